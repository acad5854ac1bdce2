"""What an import's worker processes do with each file: read it, then analyse it for the search
index, so that the importing process (the single writer of the database and the index) only
stores what the workers prepared, and the analysis runs on the other cores."""
from __future__ import annotations

import functools
import logging
from pathlib import Path

from indexer.countries import countries_of
from indexer.errors import DossierError
from indexer.extract.dates import choose_date
from indexer.extract.registry import extract
from indexer.extract.types import Extracted, indexable
from indexer.filestore import stage
from indexer.search.prepare import Preparer, pack_fields
from indexer.search.record import IndexRecord

TITLE_CHARS = 1000  # as the importer cuts titles

log = logging.getLogger(__name__)


@functools.cache
def _preparer() -> Preparer:
    """This worker process's analyser (its word cache serves every file the worker reads)."""
    return Preparer()


def title_of(result: Extracted, path: Path) -> str:
    """The title a document gets: the one read from the file, else the file's name."""
    return (result.title or path.stem).strip()[:TITLE_CHARS]


def extract_and_prepare(path: Path, password: str | None = None,
                        stage_as: tuple[str, str, str] | None = None) -> Extracted:
    """extract(), with result.prepared holding the document's analysed text fields and the
    countries it names, and result.dated its date. Files with marks of their own are left
    to the importer: the marks' text is settled only when they are anchored.

    stage_as (the store's temporary folder, the file's checksum, the import's token) has
    the file copied there too (result.staged); if that fails, the importer stores the file
    itself and reports why it could not."""
    result = extract(path, password)
    if stage_as is not None:
        result.staged = _staged(path, *stage_as)
    if result.annotations:
        return result
    result.dated = choose_date(result.kind, result.pages, result.published, path.name)
    title = title_of(result, path)
    pages = indexable(result.text_status, result.pages)
    languages = result.page_languages or [None] * len(result.pages)
    record = IndexRecord(id=0, title=title, pages=pages, kind=result.kind,
                         language=result.language, author=result.author,
                         source=result.source, page_languages=languages if pages else [])
    result.prepared = {"fields": pack_fields(_preparer().fields(record)),
                       "countries": countries_of(title, pages)}
    return result


def _staged(path: Path, tmp_dir: str, checksum: str, token: str) -> str | None:
    try:
        return str(stage(path, checksum, Path(tmp_dir), token))
    except (DossierError, OSError):
        log.warning("Could not copy %s into the store's temporary folder", path, exc_info=True)
        return None
