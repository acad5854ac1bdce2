"""Only the search package knows Whoosh: no other module imports it."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEARCH = ROOT / "indexer" / "search"


def _imports_whoosh(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "whoosh"
                                                for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "whoosh":
            return True
    return False


def test_only_the_search_package_imports_whoosh() -> None:
    outside = [p for folder in ("indexer", "desktop_app") for p in (ROOT / folder).rglob("*.py")
               if SEARCH not in p.parents and _imports_whoosh(p)]
    assert outside == [], f"whoosh imported outside indexer/search: {outside}"


def test_the_search_package_does_import_whoosh() -> None:  # the check above can fail
    assert any(_imports_whoosh(p) for p in SEARCH.rglob("*.py"))
