"""Export selections (annotated PDFs, reports, Markdown, CSV, W3C JSON, citations, bundles)."""
from __future__ import annotations

from indexer.export.bundle_import import import_bundle
from indexer.export.bundle_read import DEFAULT_LIMITS, BundleLimits
from indexer.export.runner import FORMATS, run_export
from indexer.export.types import (
    BundleRefused,
    BundleReport,
    Conflict,
    ExportError,
    ExportReport,
    ExportSelection,
    Skipped,
)

__all__ = ["DEFAULT_LIMITS", "FORMATS", "BundleLimits", "BundleRefused", "BundleReport", "Conflict",
           "ExportError", "ExportReport", "ExportSelection", "Skipped", "import_bundle",
           "run_export"]
