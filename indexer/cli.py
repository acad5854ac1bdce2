"""The `dossier` command line: the same Archive facade as the GUI, for terminals and scripts."""
from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from sqlalchemy.exc import SQLAlchemyError

from indexer import cli_repair
from indexer.archive import Archive
from indexer.errors import Cancelled, DossierError, NotFound
from indexer.export import FORMATS, BundleReport, ExportSelection
from indexer.logfile import attach_log
from indexer.paths import ArchivePaths, resolve_archive_dir
from indexer.recognition import OcrReport
from indexer.recovery import sentence_for
from indexer.rows import ImportReport
from indexer.search import SearchHit
from indexer.team import cli_team
from indexer.terminal import ProgressBar, plain_snippet, safe_text

log = logging.getLogger("dossier")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--archive", metavar="DIR", default=argparse.SUPPRESS,
                        help="archive folder, or a team archive's postgresql://user@host/db"
                             "?files=/shared/folder (default: $DOSSIER_ARCHIVE or the user "
                             "data folder)")
    parser = argparse.ArgumentParser(prog="dossier", parents=[common],
                                     description="Dossier: an offline archive of documents.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    cli_team.add_parsers(sub, common)
    p = sub.add_parser("import", parents=[common],
                       help="import files and folders, and merge .dossier bundles")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--tag", action="append", default=[], help="tag every imported document")
    p.add_argument("--password", help="password for encrypted PDFs")
    p.add_argument("--no-ocr", action="store_true",
                   help="do not recognise or repair pages without readable text")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("search", parents=[common], help="search the archive")
    p.add_argument("query", nargs="?")
    p.add_argument("--batch", metavar="FILE", help="one query per line ('-' for stdin)")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--sort", choices=("relevance", "date", "title"), default="relevance")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("similar", parents=[common], help="documents like one document")
    p.add_argument("id", type=int)
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("list", parents=[common], help="list documents")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("show", parents=[common], help="show one document")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("text", parents=[common], help="print extracted text")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--page", type=int)
    p.add_argument("--json", action="store_true")
    for name, helptext in (("tag", "add tags"), ("untag", "remove tags")):
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("id", type=int)
        p.add_argument("tags", nargs="+", metavar="TAG")
    p = sub.add_parser("note", parents=[common], help="add a note")
    p.add_argument("id", type=int)
    p.add_argument("text")
    p = sub.add_parser("annotate", parents=[common], help="highlight a quote on a page")
    p.add_argument("id", type=int)
    p.add_argument("--page", type=int, required=True)
    p.add_argument("--quote", required=True)
    p.add_argument("--comment", default="")
    p.add_argument("--color", default="yellow", help="yellow, red, green, blue, … or #rrggbb")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("annotations", parents=[common], help="list a document's marks")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    sub.add_parser("reindex", parents=[common], help="rebuild the search index")
    cli_repair.add_parsers(sub, common)  # check [--repair], backup, restore, recover
    _export_parser(sub, common)
    _ocr_parser(sub, common)
    _redate_parser(sub, common)
    return parser


def _redate_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("redate", parents=[common],
                       help="date documents again from their text (never a date you set)")
    p.add_argument("ids", type=int, nargs="*", metavar="ID", help="default: every document")
    p.add_argument("--json", action="store_true")


def _ocr_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ocr", parents=[common],
                       help="recognise (or repair) the text of scanned and garbled pages")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--lang", help="Tesseract languages, e.g. rus+eng (default: detected)")
    p.add_argument("--force", action="store_true", help="recognise every page again")
    p.add_argument("--json", action="store_true")


def _export_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="export documents with their marks and notes")
    p.add_argument("--format", required=True, choices=list(FORMATS), dest="fmt")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--collection", metavar="NAME")
    which.add_argument("--tag", metavar="TAG", help="a tag and its sub-tags")
    which.add_argument("--query", metavar="Q", help="every document the query finds")
    which.add_argument("--ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="a folder for pdf and markdown, else a file")
    p.add_argument("--json", action="store_true")


def _setup_logging(paths: ArchivePaths) -> None:
    """Log into the archive's log file; a log that cannot be written falls silent."""
    attach_log(paths.log_file)


def _tell_waiting(message: str) -> None:
    """Say once on stderr that this command waits for another writer."""
    sys.stderr.write(f"dossier: {message}\n")
    sys.stderr.flush()


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False) + "\n")


def cmd_import(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    bundles = [p for p in args.paths if p.lower().endswith(".dossier")]
    paths = [p for p in args.paths if p not in bundles]
    bar = ProgressBar(sys.stderr)
    report = ImportReport()
    if paths or not bundles:
        report = archive.import_paths(paths, tags=args.tag, password=args.password,
                                      progress=bar.update)
    merged = _import_bundles(archive, bundles, bar)
    recovered = None if args.no_ocr else _recover_imported(archive, report, bar)
    bar.finish()
    if args.json:
        data = report.to_json()
        if bundles:
            data["bundles"] = [{"path": path, **(r.to_json() if isinstance(r, BundleReport)
                                                 else {"error": r})} for path, r in merged]
        if recovered is not None:
            data["text_recovery"] = recovered.to_json()
        _print_json(data, out)
    else:
        out.writelines(f"imported   {doc_id:>6}  {safe_text(path)}\n"
                       for path, doc_id in report.imported)
        out.writelines(f"duplicate  {doc_id:>6}  {safe_text(path)}\n"
                       for path, doc_id in report.duplicates)
        out.writelines(f"restored   {doc_id:>6}  {safe_text(path)}\n"
                       for path, doc_id in report.restored)
        out.writelines(f"failed             {safe_text(path)}: {safe_text(error)}\n"
                       for path, error in report.failed)
        _print_bundles(merged, out)
        out.writelines(f"warning: {safe_text(w)}\n" for w in report.warnings)
        restored = f", {len(report.restored)} originals restored" if report.restored else ""
        out.write(f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
                  f"{len(report.failed)} failed{restored}\n")
        if recovered is not None:
            _print_recovery(recovered, out)
    refused = any(not isinstance(r, BundleReport) for _, r in merged)
    return EXIT_PARTIAL if report.failed or refused else EXIT_OK


def _import_bundles(archive: Archive, bundles: list[str], bar: ProgressBar
                    ) -> list[tuple[str, BundleReport | str]]:
    """Merge each bundle; a refused one is reported with its reason and the rest go on."""
    merged: list[tuple[str, BundleReport | str]] = []
    for path in bundles:
        try:
            merged.append((path, archive.import_bundle(path, progress=bar.update)))
        except DossierError as exc:
            log.info("Bundle %s refused: %s", path, exc)
            merged.append((path, str(exc)))
    return merged


def _print_bundles(merged: list[tuple[str, BundleReport | str]], out: TextIO) -> None:
    for path, result in merged:
        if not isinstance(result, BundleReport):
            out.write(f"failed             {safe_text(path)}: {safe_text(result)}\n")
            continue
        out.write(f"bundle             {safe_text(path)}: {safe_text(result.summary())}\n")
        out.writelines(f"conflict           {c.what} {c.uuid} of “{safe_text(c.document)}”: kept the "
                       f"{c.kept}'s newer version\n" for c in result.conflicts)


def cmd_export(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    selection = ExportSelection(ids=tuple(args.ids or ()), collection=args.collection,
                                tag=args.tag, query=args.query)
    bar = ProgressBar(sys.stderr)
    report = archive.export(selection, args.fmt, args.out, progress=bar.update)
    bar.finish()
    if args.json:
        _print_json(report.to_json(), out)
    else:
        out.writelines(f"wrote    {safe_text(str(path))}\n" for path in report.written)
        out.writelines(f"skipped  {s.id:>6}  {safe_text(s.title)}: {safe_text(s.reason)}\n"
                       for s in report.skipped)
        out.write(f"{report.documents} document(s) and {report.annotations} annotation(s) "
                  f"exported as {report.format}, {len(report.skipped)} skipped\n")
    return EXIT_PARTIAL if report.skipped else EXIT_OK


def cmd_search(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    if args.batch:
        return _search_batch(archive, args, out)
    if args.query is None:
        raise DossierError("Give a query, or --batch FILE.")
    result = archive.search(args.query, limit=args.limit, sort=args.sort)
    if args.json:
        _print_json(result.to_json(), out)
        return EXIT_OK
    out.write(f"{result.describe_total()} match “{safe_text(result.query)}”\n")
    if result.notice:
        out.write(f"{safe_text(result.notice)}\n")
    if result.suggestion:
        out.write(f"Did you mean: {safe_text(result.suggestion)}\n")
    _print_hits(result.hits, out)
    return EXIT_OK


def cmd_similar(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    archive.document(args.id)  # NotFound for an unknown id
    hits = archive.similar(args.id, limit=args.limit)
    if args.json:
        _print_json([h.to_json() for h in hits], out)
    else:
        _print_hits(hits, out)
    return EXIT_OK


def _print_hits(hits: list[SearchHit], out: TextIO) -> None:
    for hit in hits:
        pages = ", ".join(f"{page} ({count})" if count > 1 else str(page)
                          for page, count in hit.page_hits[:12])
        pages = f" p. {pages}" if pages else ""
        out.write(f"\n[{hit.id}] {safe_text(hit.title)}  ({hit.kind}, {hit.language or '?'})"
                  f"{pages}\n")
        out.write(f"    {plain_snippet(hit.snippet, out.isatty())}\n")


def _search_batch(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    # Bytes that are not UTF-8 become U+FFFD: such a line is still answered.
    if args.batch == "-":
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        return _search_lines(archive, stdin, args.limit, out)
    with open(args.batch, encoding="utf-8", errors="replace") as source:
        return _search_lines(archive, source, args.limit, out)


def _search_lines(archive: Archive, source: TextIO, limit: int, out: TextIO) -> int:
    """Answer every line with one JSON object: the result, or {"query", "error"}."""
    for line in source:
        query = line.rstrip("\r\n")
        try:
            _print_json(archive.search(query, limit=limit).to_json(), out)
        except DossierError as exc:
            _print_json({"query": query, "error": str(exc)}, out)
        except Exception as exc:  # one bad line never stops the batch; the log keeps it
            log.exception("Search failed for %r", query)
            _print_json({"query": query, "error": f"This search failed: {exc}."}, out)
        out.flush()
    return EXIT_OK


def cmd_list(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    rows = archive.documents()
    if args.json:
        _print_json([r.to_json() for r in rows], out)
        return EXIT_OK
    for r in rows:
        tags = f"  [{safe_text(', '.join(r.tags))}]" if r.tags else ""
        out.write(f"{r.id:>6}  {r.kind:<5} {r.language or '?':<3} {r.published or '':<10}  "
                  f"{safe_text(r.title)}{tags}\n")
    return EXIT_OK


def cmd_show(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    detail = archive.document(args.id)
    data = detail.to_json()
    if args.json:
        _print_json(data, out)
        return EXIT_OK
    for key in ("id", "title", "kind", "author", "source", "published", "date_source",
                "language",
                "page_count", "size", "text_status", "original_name", "stored_path",
                "checksum", "imported_at", "tags"):
        value = data[key]
        if value not in (None, "", []):
            shown = ', '.join(value) if isinstance(value, list) else str(value)
            out.write(f"{key:>13}: {safe_text(shown)}\n")
    out.writelines(f"\nnote {note.id} ({note.modified_at:%Y-%m-%d %H:%M}):\n"
                   f"{safe_text(note.text, multiline=True)}\n" for note in detail.notes)
    return EXIT_OK


def cmd_text(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    texts: dict[str, str] = {}
    for doc_id in args.ids:
        pages = archive.page_texts(doc_id)
        if args.page is not None:
            if not 1 <= args.page <= len(pages):
                raise NotFound(f"Document {doc_id} has no page {args.page} "
                               f"(it has {len(pages)}).")
            pages = [pages[args.page - 1]]
        texts[str(doc_id)] = "\f".join(pages)
    if args.json:
        _print_json(texts, out)
    else:
        out.write(safe_text("\n\f\n".join(texts.values()), multiline=True) + "\n")
    return EXIT_OK


def cmd_tag(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    change = archive.add_tags if args.command == "tag" else archive.remove_tags
    tags = change(args.id, args.tags)
    out.write(f"{args.id}: {safe_text(', '.join(tags)) if tags else '(no tags)'}\n")
    return EXIT_OK


def cmd_note(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    note = archive.add_note(args.id, args.text)
    out.write(f"note {note.id} added to document {args.id}\n")
    return EXIT_OK


def cmd_annotate(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    mark = archive.add_annotation(args.id, args.page, quote=args.quote, comment=args.comment,
                                  color=args.color)
    if args.json:
        _print_json(mark.to_json(), out)
    else:
        out.write(f"annotation {mark.id} on page {mark.page} of document {args.id}\n")
    return EXIT_OK


def cmd_annotations(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    marks = archive.annotations(args.id)
    if args.json:
        _print_json([m.to_json() for m in marks], out)
        return EXIT_OK
    for m in marks:
        where = "orphaned" if m.orphaned else f"p. {m.page}"
        comment = f"  — {safe_text(m.comment)}" if m.comment else ""
        out.write(f"{m.id:>5}  {where:<9} {m.kind:<9} {m.color}  “{safe_text(m.quote)}”"
                  f"{comment}\n")
    return EXIT_OK


def cmd_reindex(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    bar = ProgressBar(sys.stderr)
    count = archive.reindex(progress=bar.update)
    bar.finish()
    out.write(f"index rebuilt: {count} document(s)\n")
    return EXIT_OK


def _recover_imported(archive: Archive, report: ImportReport, bar: ProgressBar
                      ) -> OcrReport | None:
    """After an import: recover the text of the imported pages that need it (repair of
    garbled layers always, OCR when Tesseract is installed); None when none needed it."""
    ids = archive.needs_ocr([doc_id for _, doc_id in report.imported])
    if not ids:
        return None
    try:
        recovered = archive.ocr(ids, progress=bar.update)
    except Cancelled:
        return None
    if recovered.missing:
        sys.stderr.write(f"dossier: {recovered.missing}\n")
    return recovered


def _print_recovery(report: OcrReport, out: TextIO) -> None:
    done = ", ".join(f"{count} {source}" for source, count in sorted(report.pages.items()))
    out.write(f"text recovered on {sum(report.pages.values())} page(s)"
              f"{f' ({done})' if done else ''} of {len(report.documents)} document(s)"
              f"{f', {report.left} page(s) still without text' if report.left else ''}\n")
    out.writelines(f"failed    {doc:>6}  page {page}: {error}\n"
                   for doc, page, error in report.failed)


def cmd_ocr(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    for doc_id in args.ids:
        archive.document(doc_id)  # NotFound for an unknown id
    bar = ProgressBar(sys.stderr)
    report = archive.ocr(args.ids, lang=args.lang, force=args.force, progress=bar.update)
    bar.finish()
    if report.missing:
        sys.stderr.write(f"dossier: {report.missing}\n")
    if args.json:
        _print_json(report.to_json(), out)
    else:
        _print_recovery(report, out)
    return EXIT_PARTIAL if report.failed or report.left else EXIT_OK


def cmd_redate(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    bar = ProgressBar(sys.stderr)
    report = archive.redate(args.ids or None, progress=bar.update)
    bar.finish()
    if args.json:
        _print_json(report.to_json(), out)
        return EXIT_OK
    out.writelines(f"{doc_id:>6}  {old or '-':<10} -> {new or '-':<10}  ({source or 'no date'})\n"
                   for doc_id, old, new, source in report.changed)
    out.write(f"{len(report.changed)} of {report.examined} document(s) re-dated; "
              f"{report.kept_user} kept as you set them\n")
    return EXIT_OK


COMMANDS = {
    "import": cmd_import, "search": cmd_search, "similar": cmd_similar, "list": cmd_list, "show": cmd_show,
    "text": cmd_text, "tag": cmd_tag, "untag": cmd_tag, "note": cmd_note,
    "annotate": cmd_annotate, "annotations": cmd_annotations,
    "reindex": cmd_reindex, "export": cmd_export, "ocr": cmd_ocr, "redate": cmd_redate,
}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; return the exit status."""
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    if cli_team.wanted(args):  # a team archive (postgresql://…), migrate, team grant
        return cli_team.main(args, out, COMMANDS)
    paths = ArchivePaths(resolve_archive_dir(getattr(args, "archive", None)))
    try:
        _setup_logging(paths)
        if args.command in cli_repair.FOLDER_COMMANDS:  # these open the archive themselves
            return cli_repair.FOLDER_COMMANDS[args.command](paths, args, out)
        with Archive(paths, on_wait=_tell_waiting) as archive:
            return COMMANDS[args.command](archive, args, out)
    except DossierError as exc:
        log.info("Command failed: %s", exc)
        sys.stderr.write(f"dossier: {safe_text(str(exc))}\n")
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except (OSError, SQLAlchemyError) as exc:  # a full disk, a damaged database…
        log.exception("Command failed")
        sys.stderr.write(f"dossier: {safe_text(str(sentence_for(paths, exc)))}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("\ndossier: interrupted; every document is either fully imported "
                         "or absent.\n")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
