"""A table cell whose text is drawn smaller rather than cut: the projector's long unit names
(国网江苏省电力有限公司南京供电分公司变电运维中心) fit their column down to a least size, and only
past that are they elided."""

from __future__ import annotations

from judge_app.gui.qt import QApplication, QFont, QFontMetrics, QStyle, QStyledItemDelegate

SLACK = 2  # pixels kept free beyond the style's text rectangle (rounding of glyph advances)
LEAST_RATIO = 0.6  # never smaller than this share of the table's size: still readable from the back


def fitted_font(font: QFont, text: str, width: int, least_ratio: float = LEAST_RATIO) -> QFont:
    """``font``, or a smaller copy of it in which ``text`` fits ``width`` pixels (not below
    ``least_ratio`` of its size)."""
    wide = QFontMetrics(font).horizontalAdvance(text)
    if wide <= width or wide <= 0:
        return font
    size = font.pointSizeF()
    smaller = QFont(font)
    smaller.setPointSizeF(max(size * least_ratio, size * width / wide))
    while smaller.pointSizeF() > size * least_ratio and QFontMetrics(smaller).horizontalAdvance(text) > width:
        smaller.setPointSizeF(smaller.pointSizeF() - 0.5)  # rounding of glyph advances
    return smaller


class FitTextDelegate(QStyledItemDelegate):
    """Draws each cell's text in :func:`fitted_font` for the cell's width; ``padding`` is what a
    style sheet's ``::item { padding: 0 Npx }`` takes off each side when the text is drawn."""

    def __init__(self, parent=None, *, padding: int = 0):
        super().__init__(parent)
        self.padding = padding

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.rect.width() <= 0:  # asked for a size hint: the text as it is
            return
        option.font = fitted_font(option.font, option.text, self.room(option))
        option.fontMetrics = QFontMetrics(option.font)

    def room(self, option) -> int:
        """The pixels the text of a cell of ``option`` may take."""
        return text_width(option) - 2 * self.padding - SLACK


def text_width(option) -> int:
    """The width the style leaves a cell's text (the cell less its padding and margins)."""
    style = option.widget.style() if option.widget is not None else QApplication.style()
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget).width()
