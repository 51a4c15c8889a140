"""``kg neo4j start|stop|status``: the project's own server, and its clear errors."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli.neo4j_cmd import neo4j_app
from kg.config import Settings
from kg.neo4j import (
    ServerError,
    ToolMissingError,
    find_java,
    find_maven,
    runtime,
    server_status,
    start_server,
)
from kg.neo4j.testing import free_port
from kg.stores.neo4j_store import connect
from ontology.errors import StoreUnavailableError


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(neo4j_app)
    return app


@pytest.mark.neo4j
def test_status_reports_the_running_server(neo4j_settings: Settings) -> None:
    info = server_status(neo4j_settings.neo4j_home)
    assert info.running and info.pid is not None
    result = CliRunner().invoke(_cli(), ["neo4j", "status"])
    assert result.exit_code == 0, result.output
    assert f"running (pid {info.pid})" in result.output
    assert f"bolt://127.0.0.1:{info.port}" in result.output
    assert str(info.data_dir) in result.output
    assert "5.26" in result.output


@pytest.mark.neo4j
def test_password_file_is_private_and_auth_is_on(neo4j_settings: Settings) -> None:
    info = server_status(neo4j_settings.neo4j_home)
    mode = stat.S_IMODE(info.password_file.stat().st_mode)
    assert mode == 0o600
    wrong = neo4j_settings.model_copy(
        update={"neo4j_uri": info.uri, "neo4j_password": "not-the-password"}
    )
    with pytest.raises(StoreUnavailableError, match="refused"):
        connect(wrong).close()


@pytest.mark.neo4j
def test_server_listens_on_loopback_only(neo4j_settings: Settings) -> None:
    port = server_status(neo4j_settings.neo4j_home).port
    listening = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                listening.add(address)
    # 127.0.0.1 as IPv4, or as Java's IPv4-mapped IPv6 (::ffff:127.0.0.1), little-endian words
    assert listening
    assert listening <= {"0100007F", "0000000000000000FFFF00000100007F"}


@pytest.mark.neo4j
def test_start_again_returns_the_running_server(neo4j_settings: Settings) -> None:
    before = server_status(neo4j_settings.neo4j_home)
    again = start_server(neo4j_settings.neo4j_home)
    assert again.pid == before.pid
    with pytest.raises(ServerError, match="already runs on port"):
        start_server(neo4j_settings.neo4j_home, port=before.port + 1)


def test_a_taken_port_is_refused_before_anything_starts(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        with pytest.raises(ServerError, match=rf"port {port} .* is taken.*--port"):
            start_server(tmp_path / "home", port)
    assert not (tmp_path / "home" / "data").exists()


@pytest.mark.neo4j
def test_a_server_that_dies_while_starting_shows_its_log(
    neo4j_settings: Settings, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "lib").symlink_to(neo4j_settings.neo4j_home / "lib")
    # A heap too small for any JVM: the process exits at once.
    with pytest.raises(ServerError, match="exited while starting") as caught:
        start_server(home, free_port(), heap="1k", timeout=120)
    assert "console.log" in str(caught.value)
    assert not server_status(home).running


def test_missing_java_is_named_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(runtime, "DEBIAN_JAVA_17", tmp_path / "no-java")
    with pytest.raises(ToolMissingError, match=r"Java 17 or 21.*apt-get install"):
        find_java()


def test_missing_maven_is_named_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ToolMissingError, match=r"Maven.*apt-get install"):
        find_maven()


@pytest.mark.neo4j
def test_data_without_its_password_file_is_refused(
    neo4j_settings: Settings, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / "data" / "databases" / "system").mkdir(parents=True)
    (home / "lib").symlink_to(neo4j_settings.neo4j_home / "lib")
    with pytest.raises(ServerError, match=r"password file .* is gone"):
        start_server(home, free_port())
    assert not server_status(home).running


@pytest.mark.neo4j
def test_cli_stop_shuts_down_cleanly_and_start_brings_it_back(neo4j_settings: Settings) -> None:
    home = neo4j_settings.neo4j_home
    runner, cli = CliRunner(), _cli()
    before = server_status(home)
    again = runner.invoke(cli, ["neo4j", "start"])
    assert again.exit_code == 0, again.output
    assert f"already running (pid {before.pid})" in again.output
    assert f"URI:      {before.uri}" in again.output
    assert str(before.password_file) in again.output

    stopped = runner.invoke(cli, ["neo4j", "stop"])
    assert stopped.exit_code == 0, stopped.output
    assert f"Neo4j stopped (pid {before.pid})" in stopped.output
    assert before.log_file.read_text().rstrip().endswith("Stopped.")  # a clean shutdown
    assert "stopped" in runner.invoke(cli, ["neo4j", "status"]).output
    assert "was not running" in runner.invoke(cli, ["neo4j", "stop"]).output

    started = runner.invoke(cli, ["neo4j", "start"])
    assert started.exit_code == 0, started.output
    after = server_status(home)
    assert after.running and after.port == before.port and after.pid != before.pid
    assert f"started (pid {after.pid})" in started.output
