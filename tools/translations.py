"""Refresh the translation sources from the code and compile them:
python tools/translations.py [--fill FILE.json] — lupdate, optional fill, lrelease.

FILE.json maps a language ("ru", "en") to {source: translation or [plural forms]}: unfinished
messages with that source get the translation; a key "Context|source" sets that context's
message even when it is already translated.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "desktop_app" / "resources" / "i18n"
LANGUAGES = ("en", "ru")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def update() -> None:
    """Collect every tr() string of the GUI into the .ts files (obsolete ones dropped)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py"))
    for lang in LANGUAGES:
        ts = I18N / f"dossier_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts",
                        str(ts.relative_to(ROOT))], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def fill(lang: str, table: dict[str, str | list[str]]) -> int:
    """Put translations into dossier_<lang>.ts; returns how many messages were filled."""
    ts = I18N / f"dossier_{lang}.ts"
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        filled += _fill_context(context, table)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def _fill_context(context: ET.Element, table: dict[str, str | list[str]]) -> int:
    filled = 0
    name = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        key = f"{name}|{source}"
        if key in table:
            value = table[key]
        elif source in table and translation.get("type") == "unfinished":
            value = table[source]
        else:
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.text = None
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        filled += 1
    return filled


def release() -> None:
    """Compile the .ts files into the .qm files the application loads."""
    for lang in LANGUAGES:
        ts = I18N / f"dossier_{lang}.ts"
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill", type=Path, help="JSON of translations to put in")
    parser.add_argument("--no-update", action="store_true", help="skip lupdate")
    args = parser.parse_args()
    if not args.no_update:
        update()
    if args.fill:
        for lang, table in json.loads(args.fill.read_text(encoding="utf-8")).items():
            print(lang, fill(lang, table), "messages filled")
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
