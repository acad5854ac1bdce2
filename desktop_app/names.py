"""Codes shown as words in the interface language: document kinds and languages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.i18n import interface_language

# (English, Russian) names of the languages the core detects.
_LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "Английский"), "ru": ("Russian", "Русский"),
    "uz": ("Uzbek", "Узбекский"), "az": ("Azerbaijani", "Азербайджанский"),
    "tr": ("Turkish", "Турецкий"), "fr": ("French", "Французский"),
    "es": ("Spanish", "Испанский"), "de": ("German", "Немецкий"),
    "ar": ("Arabic", "Арабский"), "ko": ("Korean", "Корейский"),
    "zh": ("Chinese", "Китайский"), "ja": ("Japanese", "Японский"),
    "uk": ("Ukrainian", "Украинский"), "kk": ("Kazakh", "Казахский"),
    "tg": ("Tajik", "Таджикский"), "ky": ("Kyrgyz", "Киргизский"),
    "tk": ("Turkmen", "Туркменский"), "fa": ("Persian", "Персидский"),
    "be": ("Belarusian", "Белорусский"), "sr": ("Serbian", "Сербский"),
    "mk": ("Macedonian", "Македонский"),
}


def language_name(code: str | None, interface: str | None = None) -> str:
    """A language code ("en", "uz") as a word in the interface language; unknown codes as
    they are, several codes ("en, uz") each named."""
    if not code:
        return ""
    russian = (interface or interface_language()) == "ru"
    names = []
    for part in code.replace(";", ",").split(","):
        part = part.strip()
        pair = _LANGUAGES.get(part.lower().split("_")[0].split("-")[0])
        names.append(pair[1 if russian else 0] if pair else part)
    return ", ".join(name for name in names if name)


def language_code(text: str) -> str:
    """What a user typed for a language, as a code: a code stays, an English or Russian name
    becomes its code; anything else is kept as typed."""
    typed = text.strip()
    wanted = typed.casefold()
    for code, names in _LANGUAGES.items():
        if wanted == code or wanted in (name.casefold() for name in names):
            return code
    return typed


def kind_name(kind: str | None) -> str:
    """A document kind ("pdf", "html", "text") as a word in the interface language."""
    names = {"pdf": "PDF", "html": QCoreApplication.translate("Names", "Web page"),
             "text": QCoreApplication.translate("Names", "Text"),
             "markdown": "Markdown",
             "docx": QCoreApplication.translate("Names", "Word document")}
    return names.get(kind or "", (kind or "").upper())
