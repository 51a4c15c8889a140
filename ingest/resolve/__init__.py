"""Entity resolution: the curated industry gazetteer and name normalisation."""

from ingest.resolve.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

__all__ = ["Gazetteer", "GazetteerEntry", "load_gazetteer"]
