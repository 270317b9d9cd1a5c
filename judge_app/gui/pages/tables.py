"""Small helpers for the read-only tables of the pages (checks, review, corrections)."""

from __future__ import annotations

from judge_app.gui.qt import QAbstractItemView, QBrush, QColor, QTableWidget, QTableWidgetItem

BAD = QColor("#FFCDD2")
GOOD = QColor("#E8F5E9")
WAIT = QColor("#FFF8E1")


def new_table(name: str, heads: int = 0, *, stretch: bool = True) -> QTableWidget:
    """A read-only table selecting one whole row at a time (the last column stretched unless not)."""
    table = QTableWidget(0, heads)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(stretch)
    return table


def cell(text: str, colour: QColor | None = None, tip: str = "") -> QTableWidgetItem:
    """A table cell with an optional background colour and tooltip."""
    item = QTableWidgetItem(text)
    if colour is not None:
        item.setBackground(QBrush(colour))
    if tip:
        item.setToolTip(tip)
    return item


def fill_table(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    """Replace the rows of ``table`` and fit the columns to their contents."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.setItem(r, c, value)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)  # re-applied so the last column takes the free width
    header.setStretchLastSection(True)
