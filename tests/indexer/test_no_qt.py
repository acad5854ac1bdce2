"""The core must never import Qt: importing every indexer module leaves PySide6 unloaded."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, pkgutil, sys
import indexer
for mod in pkgutil.walk_packages(indexer.__path__, "indexer."):
    importlib.import_module(mod.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "PyQt", "shiboken")))
print(",".join(qt))
"""


def test_indexer_imports_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "", f"indexer pulled in Qt: {out.stdout}"
