"""Exporters by name: one module per format, imported when first used.

Each module has ``SUFFIX`` (the usual file ending), ``DESCRIPTION`` (one line
for ``--help``), ``write(projection, out) -> list[Path]`` and, for the RDF
formats, ``NEEDS_RDF = True`` (only they need the store's quads).

Example:
    >>> from kg.exports import export, formats
    >>> "graphml" in formats()
    True
    >>> export("graphml", projection, Path("graph.graphml"))  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from types import ModuleType

from kg.exports._base import ExportError
from kg.projection import Projection

_FORMATS: dict[str, str] = {
    "graphml": "kg.exports.graphml",
    "gexf": "kg.exports.gexf",
    "cytoscape": "kg.exports.cytoscape",
    "dot": "kg.exports.dot",
    "neo4j-csv": "kg.exports.neo4j_csv",
    "turtle": "kg.exports.turtle",
    "jsonld": "kg.exports.jsonld",
    "nquads": "kg.exports.nquads",
    "html": "kg.exports.html",
    "png": "kg.exports.png",
}


def formats() -> list[str]:
    """The names ``kg export --format`` accepts."""
    return list(_FORMATS)


def exporter(name: str) -> ModuleType:
    """The module that writes format ``name``.

    Raises:
        ExportError: no such format; the message lists the known ones.
    """
    try:
        module = _FORMATS[name]
    except KeyError:
        raise ExportError(
            f"unknown export format {name!r}; choose one of: {', '.join(_FORMATS)}"
        ) from None
    return import_module(module)


def needs_rdf(name: str) -> bool:
    """Whether format ``name`` writes the store's RDF (and so needs its quads read)."""
    return bool(getattr(exporter(name), "NEEDS_RDF", False))


def export(name: str, projection: Projection, out: str | Path) -> list[Path]:
    """Write ``projection`` to ``out`` in format ``name``; returns the files written."""
    target = Path(out)
    if target.parent and not target.parent.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = exporter(name).write(projection, target)
    return written


__all__ = ["ExportError", "export", "exporter", "formats", "needs_rdf"]
