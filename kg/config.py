"""One settings model that reads the environment; explicit arguments win.

Environment variables: ``KG_STORE`` (the embedded store's folder), ``NEO4J_URI``,
``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``, ``KG_NEO4J_HOME`` (where
``kg neo4j start`` keeps the server's jars, data and password).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_neo4j_home() -> Path:
    return Path.home() / ".cache" / "aikg" / "neo4j"


class Settings(BaseSettings):
    """Where the graph lives and how to reach Neo4j."""

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    store: Path = Field(default=Path("kg-data"), validation_alias=AliasChoices("KG_STORE", "store"))
    neo4j_uri: str | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_URI", "neo4j_uri")
    )
    neo4j_user: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_USER", "neo4j_user")
    )
    neo4j_password: str | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_PASSWORD", "neo4j_password")
    )
    neo4j_database: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "neo4j_database")
    )
    neo4j_home: Path = Field(
        default_factory=_default_neo4j_home,
        validation_alias=AliasChoices("KG_NEO4J_HOME", "neo4j_home"),
    )


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with non-None ``overrides`` (CLI flags) on top."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings.model_validate(given)
