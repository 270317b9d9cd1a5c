"""The keyboard-first score grid: type digits, Enter or Tab saves and moves on.

* A value the criterion refuses (range, step: core's ``check_value``) stays in the editor, with
  the reason under the cell and in the status bar.
* Enter moves to the next score cell of the row (then the next row); with “回车后向下” it moves
  down. Tab visits every cell, the remark column included. Delete clears a value.
* Each accepted value is saved at once (store thread), shown “…” until the store confirms and
  ✓ after. Undo/redo are commands of a QUndoStack that save through the store too.
"""

from __future__ import annotations

from typing import Any

from judge_app.gui.grid_model import KindRole, PENDING, SAVED, SectionRole, StateRole, ScoreGridModel
from judge_app.gui.labels import in_ui_language
from judge_app.gui.qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QColor,
    QEvent,
    QFontMetrics,
    QHeaderView,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPainter,
    QPen,
    QPersistentModelIndex,
    QRect,
    QRegularExpression,
    QRegularExpressionValidator,
    QSize,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    Qt,
    QTimer,
    QUndoCommand,
    QWidget,
    Signal,
)

TICK = QColor("#2E7D32")
BAND = (QColor("#DCE6F2"), QColor("#E8EEF6"))


class CellCommand(QUndoCommand):
    """One cell change; redo and undo both save through the store (undo of a first entry clears)."""

    def __init__(self, model: ScoreGridModel, code: str, criterion: str, old: Any, new: Any, text: str):
        super().__init__(text)
        self.model, self.code, self.criterion, self.old, self.new = model, code, criterion, old, new

    def redo(self) -> None:
        self.model.apply(self.code, self.criterion, self.new)

    def undo(self) -> None:
        self.model.apply(self.code, self.criterion, self.old if self.old is not None else (None if self.criterion else ""))


class GroupedHeader(QHeaderView):
    """Column header with a band naming the section above its criteria."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def band_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        return QSize(base.width(), base.height() + self.band_height())

    def _span(self, logical: int) -> tuple[int, int]:
        model = self.model()
        name = model.headerData(logical, Qt.Orientation.Horizontal, SectionRole)
        visual = self.visualIndex(logical)
        first = last = visual
        while first > 0 and model.headerData(self.logicalIndex(first - 1), Qt.Orientation.Horizontal, SectionRole) == name:
            first -= 1
        while last < self.count() - 1 and model.headerData(self.logicalIndex(last + 1), Qt.Orientation.Horizontal, SectionRole) == name:
            last += 1
        return self.logicalIndex(first), self.logicalIndex(last)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        band_h = self.band_height()
        rest = QRect(rect.x(), rect.y() + band_h, rect.width(), rect.height() - band_h)
        painter.save()
        super().paintSection(painter, rest, logical)
        painter.restore()
        model = self.model()
        if model is None:
            return
        first, last = self._span(logical)
        x0 = self.sectionViewportPosition(first)
        x1 = self.sectionViewportPosition(last) + self.sectionSize(last)
        group = 0
        cols = getattr(model, "columns", None)
        if cols and 0 <= logical < len(cols):
            group = cols[logical].tint
        painter.save()
        painter.fillRect(QRect(rect.x(), rect.y(), rect.width(), band_h), BAND[group])
        painter.setPen(QPen(QColor("#9AA8B8")))
        painter.drawLine(rect.x(), rect.y() + band_h - 1, rect.right(), rect.y() + band_h - 1)
        if logical == first:
            painter.drawLine(rect.x(), rect.y(), rect.x(), rect.y() + band_h)
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#1F3A5F")))
        name = model.headerData(logical, Qt.Orientation.Horizontal, SectionRole) or ""
        painter.drawText(QRect(x0, rect.y(), x1 - x0, band_h), Qt.AlignmentFlag.AlignCenter, name)
        painter.restore()


class ScoreDelegate(QStyledItemDelegate):
    """Editors that accept digits only; Enter/Tab commit a value the criterion accepts and move."""

    def __init__(self, view: "ScoreGridView"):
        super().__init__(view)
        self.view = view
        self._index: dict[int, QPersistentModelIndex] = {}
        self._score_validator = QRegularExpressionValidator(QRegularExpression(r"^[0-9０-９]{0,4}([.．。][0-9０-９]{0,3})?$"), self)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("cellEditor")
        editor.setFrame(False)
        if index.data(KindRole) in ("score", "check"):
            editor.setValidator(self._score_validator)
            editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
            editor.setMaxLength(9)
        else:
            editor.setMaxLength(200)
        self._index[id(editor)] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda *_a, key=id(editor): self._index.pop(key, None))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        model.setData(index, editor.text().replace("．", "."), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def eventFilter(self, editor: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QLineEdit):
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                persistent = self._index.get(id(editor))
                if persistent is None or not persistent.isValid():
                    return super().eventFilter(editor, event)
                index = self.view.model().index(persistent.row(), persistent.column())
                _, reason = self.view.model().check(index, editor.text().replace("．", "."))
                if reason:
                    self.view.show_refusal(index, reason)
                    editor.selectAll()
                    return True
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.view.move_after(index, key)
                return True
        return super().eventFilter(editor, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        state = index.data(StateRole)
        if state is None or index.data(KindRole) != "score":
            return
        text = index.data(Qt.ItemDataRole.EditRole)
        mark = "✓" if state == SAVED and text else ("…" if state == PENDING else "")
        if not mark:
            return
        painter.save()
        painter.setPen(QPen(TICK if mark == "✓" else QColor("#B26A00")))
        r = option.rect.adjusted(0, 0, -4, 0)
        painter.drawText(r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), mark)
        painter.restore()


class ScoreGridView(QTableView):
    """The grid. ``enter_moves_down`` chooses where Enter goes."""

    refusalShown = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scoreGrid")
        self.setHorizontalHeader(GroupedHeader(self))
        self.setItemDelegate(ScoreDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setDefaultSectionSize(30)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumWidth(64)
        self.enter_moves_down = False
        self.error_label = QLabel(self.viewport())
        self.error_label.setObjectName("cellError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "QLabel { background: #FDECEA; color: #B71C1C; border: 1px solid #E57373; padding: 3px 6px; }")
        self.error_label.hide()
        self._hide_error = QTimer(self)
        self._hide_error.setSingleShot(True)
        self._hide_error.timeout.connect(self.error_label.hide)

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt name
        super().setModel(model)
        model.refused.connect(lambda row, col, reason: self.show_refusal(model.index(row, col), reason))
        model.noted.connect(lambda row, col, note: self.show_refusal(model.index(row, col), note))
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        fm = QFontMetrics(self.font())
        for col in range(model.columnCount()):
            text = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            widest = max((fm.horizontalAdvance(line) for line in text.split("\n")), default=40)
            header.resizeSection(col, max(78, min(widest + 26, 230)))
        if model.columnCount():
            header.setStretchLastSection(True)

    # -- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState and index.isValid():
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.model().request_clear(index)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_after(index, key)
                return
            if key == Qt.Key.Key_Tab and not event.modifiers():
                self.move_after(index, key)
                return
            if key == Qt.Key.Key_Backtab:
                self.move_after(index, key)
                return
            text = event.text()
            if text and text.isprintable() and not text.isspace() and not self.model().editable(index):
                reason = self.model().readonly_reason(index)
                if reason:  # e.g. the section was submitted: say so rather than ignore the key
                    self.show_refusal(index, reason)
                    return
        super().keyPressEvent(event)

    def move_after(self, index: QModelIndex, key: int) -> None:
        """Move on from ``index`` after a commit: Enter → next score cell, Tab → next cell."""
        model = self.model()
        rows, cols = model.rowCount(), model.columnCount()
        if not rows or not cols:
            return
        backwards = key == Qt.Key.Key_Backtab
        include_remark = key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        r, c = index.row(), index.column()
        down = self.enter_moves_down and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        for _ in range(rows * cols):
            if down:
                r += 1
                if r >= rows:
                    r, c = 0, c + 1
                    if c >= cols:
                        return
            elif backwards:
                c -= 1
                if c < 0:
                    r, c = r - 1, cols - 1
                    if r < 0:
                        return
            else:
                c += 1
                if c >= cols:
                    r, c = r + 1, 0
                    if r >= rows:
                        return
            candidate = model.index(r, c)
            if not include_remark and candidate.data(KindRole) == "remark":
                continue
            if model.editable(candidate):
                self.setCurrentIndex(candidate)
                self.scrollTo(candidate)
                return

    # -- refusals -----------------------------------------------------------------------------

    def show_refusal(self, index: QModelIndex, reason: str) -> None:
        """The reason a value was refused (or a warning on one taken), under the cell (and in the
        status bar via the signal)."""
        rect = self.visualRect(index)
        reason = in_ui_language(reason)
        self.error_label.setText(reason)
        width = max(260, min(520, self.viewport().width() - 8))
        self.error_label.setFixedWidth(width)
        self.error_label.adjustSize()
        x = max(2, min(rect.left(), self.viewport().width() - width - 4))
        y = rect.bottom() + 2
        if y + self.error_label.height() > self.viewport().height():
            y = max(0, rect.top() - self.error_label.height() - 2)
        self.error_label.move(x, y)
        self.error_label.show()
        self.error_label.raise_()
        self._hide_error.start(6000)
        self.refusalShown.emit(reason)

    def clear_refusal(self) -> None:
        self.error_label.hide()
