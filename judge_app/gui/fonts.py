"""The bundled CJK fonts, registered with Qt before any window is made.

WenQuanYi Micro Hei is the application font where the system has no CJK UI font of its own
(Microsoft YaHei, PingFang, Noto Sans CJK are used first where present); WenQuanYi Zen Hei is the
fallback for characters Micro Hei lacks (CJK Extension A, e.g. 䶮 in names). Both are shipped in
resources/fonts, so a Windows laptop without Chinese fonts, or a projector PC, shows Chinese,
never boxes. The PDFs always embed the bundled fonts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from judge_app.resources import FONT_FALLBACK, FONT_PRIMARY, font_path
from judge_app.gui.qt import QApplication, QFont, QFontDatabase

log = logging.getLogger(__name__)

PRIMARY_FAMILY = "WenQuanYi Micro Hei"
FALLBACK_FAMILY = "WenQuanYi Zen Hei"
#: CJK UI fonts of Windows, macOS and Linux desktops, preferred to the bundled one where present;
#: Qt may list a family under its localised name (微软雅黑), so both are here.
SYSTEM_UI_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "苹方-简",
                      "Noto Sans CJK SC", "Source Han Sans SC", "思源黑体")
_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (once); return the families found."""
    if _registered:
        return list(_registered)
    for name in (FONT_PRIMARY, FONT_FALLBACK):
        font_id = QFontDatabase.addApplicationFont(str(font_path(name)))
        if font_id < 0:
            raise RuntimeError(f"无法加载内置字体 {name} / cannot load bundled font {name}")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def ui_families(installed: Iterable[str]) -> list[str]:
    """The UI's font families in order: the system's own CJK UI font where it has one (hinted for
    the screen: the bundled font is fuzzy at 9–10 pt on Windows), then Micro Hei and Zen Hei."""
    have = set(installed)
    system = next((family for family in SYSTEM_UI_FAMILIES if family in have), None)
    return ([system] if system else []) + [PRIMARY_FAMILY, FALLBACK_FAMILY]


def app_font(point_size: float = 10.0) -> QFont:
    """The application font (:func:`ui_families`), then whatever the system substitutes."""
    register_fonts()
    families = ui_families(QFontDatabase.families())
    font = QFont(families[0])
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def install_app_font(app: QApplication, point_size: float = 10.0) -> QFont:
    """Register the fonts and make them the font of every widget of ``app``."""
    font = app_font(point_size)
    app.setFont(font)
    return font
