"""The bundled CJK fonts, registered with Qt before any window is made.

WenQuanYi Micro Hei is the application font; WenQuanYi Zen Hei is its fallback for characters
Micro Hei lacks (CJK Extension A, e.g. 䶮 in names). Both are shipped in resources/fonts, so a
Windows laptop without Chinese fonts, or a projector PC, shows Chinese, never boxes.
"""

from __future__ import annotations

import logging

from judge_app.resources import FONT_FALLBACK, FONT_PRIMARY, font_path
from judge_app.gui.qt import QApplication, QFont, QFontDatabase

log = logging.getLogger(__name__)

PRIMARY_FAMILY = "WenQuanYi Micro Hei"
FALLBACK_FAMILY = "WenQuanYi Zen Hei"
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


def app_font(point_size: float = 10.0) -> QFont:
    """The application font: Micro Hei, falling back to Zen Hei, then the system's own."""
    register_fonts()
    font = QFont(PRIMARY_FAMILY)
    font.setFamilies([PRIMARY_FAMILY, FALLBACK_FAMILY])
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def install_app_font(app: QApplication, point_size: float = 10.0) -> QFont:
    """Register the fonts and make them the font of every widget of ``app``."""
    font = app_font(point_size)
    app.setFont(font)
    return font
