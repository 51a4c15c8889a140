"""Dependencies point one way: a test reads every import and checks the layers."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = {"ontology", "ingest", "kg", "queries"}

# package (or module prefix) -> our packages it may import
ALLOWED = {
    "ontology": {"ontology"},
    "ingest": {"ontology", "ingest"},
    "kg.stores": {"ontology", "kg.stores", "kg.config", "kg.neo4j"},
    "kg.config": set(),
    "kg.neo4j": {"ontology", "kg.neo4j", "kg.config", "kg.stores"},
    "kg.projection": {"ontology", "kg.stores", "kg.config", "kg.projection"},
    "kg.exports": {"ontology", "kg.stores", "kg.config", "kg.projection", "kg.exports", "kg.neo4j"},
    "queries": {"ontology", "queries", "kg.stores", "kg.config"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return {name for name in found if name.split(".")[0] in OURS}


def _rule_for(module: str) -> set[str] | None:
    matches = [prefix for prefix in ALLOWED if module == prefix or module.startswith(prefix + ".")]
    return ALLOWED[max(matches, key=len)] if matches else None


def test_imports_follow_the_layers():
    broken = []
    for package in OURS:
        for path in (ROOT / package).rglob("*.py"):
            module = _module_name(path)
            allowed = _rule_for(module)
            if allowed is None:
                continue  # the CLI and other wiring may import everything
            for imported in _imports(path):
                if not any(imported == a or imported.startswith(a + ".") for a in allowed):
                    broken.append(f"{module} imports {imported}")
    assert broken == []


def _code_strings(path: Path) -> list[str]:
    """String constants of a module, docstrings left out (they may show examples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_query_text_lives_in_files_not_python():
    """No module builds SPARQL or Cypher in code: it belongs in .rq / .cypher files.

    The CLI is left out: its help texts show the ad-hoc queries a user may type.
    """
    suspicious = ("SELECT ?", "MATCH (", "MERGE (", "PREFIX kg:", "UNWIND $")
    offenders = [
        str(path.relative_to(ROOT))
        for package in OURS
        for path in (ROOT / package).rglob("*.py")
        if "cli" not in path.parts
        and any(s in text for text in _code_strings(path) for s in suspicious)
    ]
    assert offenders == []
