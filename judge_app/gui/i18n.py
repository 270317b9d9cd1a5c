"""Languages: Chinese (the source strings) by default, English from a Qt Linguist .qm file.

Source strings are Chinese and go through ``self.tr()``; ``resources/translations/judge_app_en.ts``
holds the English, compiled into the committed ``judge_app_en.qm`` with ``pyside6-lrelease``
(see resources/translations/README.md). Switching installs or removes the translator; Qt then
sends every widget a LanguageChange event and each window re-labels itself (``retranslate``).
"""

from __future__ import annotations

import logging

from judge_app.resources import translations_dir
from judge_app.gui.qt import QApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "中文", "en": "English"}
_installed: list[QTranslator] = []


def qm_path(language: str):
    return translations_dir() / f"judge_app_{language}.qm"


def set_language(app: QApplication, language: str) -> bool:
    """Install ``language`` ("zh_CN" or "en"); True when the translator loaded (always for zh_CN)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "zh_CN"
    ok = True
    if language != "zh_CN":
        ours = QTranslator(app)
        ok = ours.load(str(qm_path(language)))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation file missing: %s", qm_path(language))
    qt_own = QTranslator(app)  # Qt's own dialogs (OK/Cancel of standard boxes)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    app.setProperty("judge_language", language)
    return ok


def current_language(app: QApplication) -> str:
    return app.property("judge_language") or "zh_CN"
