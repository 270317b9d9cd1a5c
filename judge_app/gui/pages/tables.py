"""Small helpers for the read-only tables of the pages (checks, review, corrections)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from judge_app.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QColor,
    QModelIndex,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

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


#: (row, column, role) → what the cell shows for that role (None: nothing)
Cell = Callable[[int, int, int], Any]
#: (section, orientation, role) → the header's text etc. (None: nothing)
Header = Callable[[int, Qt.Orientation, int], Any]
FIT_ROWS = 50  # column widths from this many rows: a table of 10⁴–10⁵ rows is never measured whole


class LazyTable(QAbstractTableModel):
    """A read-only table whose cells are computed when the view asks for them, so only the rows
    on screen ever are: ``cell`` and ``header`` are the page's own functions (its texts, its
    translation context)."""

    def __init__(self, cell: Cell, header: Header, parent=None):
        super().__init__(parent)
        self._cell, self._header = cell, header
        self._rows = self._columns = 0

    def reset(self, rows: int, columns: int) -> None:
        """The table now has ``rows`` × ``columns`` cells (the page's data changed)."""
        self.beginResetModel()
        self._rows, self._columns = rows, columns
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: every cell and header is asked again."""
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, self._columns - 1))
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._columns

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._cell(index.row(), index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._header(section, orientation, role)


def new_view(name: str, model: LazyTable) -> QTableView:
    """A read-only view of a :class:`LazyTable` selecting one whole row at a time; rows of one
    height, column widths measured on the first rows only."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    view.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def selected_data(view: QTableView, role: int = Qt.ItemDataRole.UserRole) -> Any:
    """``role``'s data of the current selection's first cell (None when nothing is selected)."""
    picked = view.selectionModel().selectedIndexes()
    return picked[0].data(role) if picked else None
