"""The interface language: --lang, else the saved choice, else the system's; Qt's own strings too."""
from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.icons import RESOURCES

I18N = RESOURCES / "i18n"      # package data, found through importlib.resources
SUPPORTED = ("en", "ru")


def choose_language(explicit: str | None, saved: str, system: QLocale | None = None) -> str:
    """The language to use: an explicit choice, the saved one, or the system's if supported."""
    for code in (explicit, saved):
        if code:
            return code
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def interface_language(locale: QLocale | None = None) -> str:
    """The language the interface is shown in: the default locale's, which
    install_translators() set to the chosen language ("en" when not supported)."""
    name = (locale or QLocale()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Dossier's and Qt's translations for language.

    English loads dossier_en too: it holds only the plural forms ("1 document", "2 documents").
    """
    if QLocale.system().name().split("_")[0] != language:
        QLocale.setDefault(QLocale(language))  # numbers and sizes in the chosen language too
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    with as_file(I18N / f"dossier_{language}.qm") as ours:
        for name, folder in ((ours.stem, str(ours.parent)), (f"qtbase_{language}", qt_dir)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
    return installed
