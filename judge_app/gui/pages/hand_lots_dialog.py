"""现场抽签: the numbers drawn by hand on stage, typed into a table (one row per entry for 检录号,
one per 检录号 for 工位号, in the order the store lists them); strict as the store is (1 … n,
each once: :func:`~judge_app.core.lotdraw.hand_problems`), the wrong rows marked as you type."""

from __future__ import annotations

from judge_app.core.lotdraw import BIB, DrawLine, hand_problems
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.labels import in_ui_language
from judge_app.gui.pages.tables import BAD, cell
from judge_app.gui.qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QBrush,
    QDialog,
    QKeyEvent,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class HandLotsDialog(QDialog):
    """Type each row's number (Enter moves down); 登记 is enabled once every number is right."""

    def __init__(self, stage: int, lines: list[DrawLine], parent: QWidget | None = None, *, event_name: str = ""):
        super().__init__(parent)
        self.setObjectName("handLotsDialog")
        self.stage = stage
        self.setWindowTitle(self.tr("登记现场抽签（检录号）") if stage == BIB else self.tr("登记现场抽签（工位号）"))
        self.setMinimumSize(520, 520)
        layout = QVBoxLayout(self)
        intro = QLabel((self.tr("赛项“%1”：按抽签顺序填写每名选手抽到的号（1 到 %2，不能重复）。") if stage == BIB else
                        self.tr("赛项“%1”：按检录号填写每个检录号抽到的工位号的序号（1 到 %2，不能重复）。"))
                       .replace("%1", event_name).replace("%2", str(len(lines))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        heads = ([self.tr("序号"), self.tr("姓名"), self.tr("单位")] if stage == BIB
                 else [self.tr("序号"), self.tr("检录号")]) + [self.tr("抽到的号")]
        self.table = QTableWidget(len(lines), len(heads))
        self.table.setObjectName("handLotsTable")
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.number_column = len(heads) - 1
        for row, line in enumerate(lines):
            fixed = [str(row + 1), line.name, line.unit] if stage == BIB else [str(row + 1), line.bib]
            for col, text in enumerate(fixed):
                item = cell(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            self.table.setItem(row, self.number_column, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: self._check())
        self.table.itemDelegate().closeEditor.connect(self._edited)
        layout.addWidget(self.table, 1)
        self.problem = QLabel()
        self.problem.setObjectName("handLotsProblem")
        self.problem.setStyleSheet("color:#b71c1c;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons, self.ok = ok_cancel(self, self.tr("登记"), "handLotsOk")
        layout.addWidget(self.buttons)
        if lines:
            self.table.setCurrentCell(0, self.number_column)
        self._check()

    def numbers(self) -> list[str]:
        """What was typed, row by row."""
        return [(self.table.item(r, self.number_column).text() or "").strip() for r in range(self.table.rowCount())]

    def _check(self) -> None:
        numbers = self.numbers()
        problems = dict(hand_problems(numbers, len(numbers)))
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            item = self.table.item(r, self.number_column)
            item.setBackground(QBrush(BAD) if numbers[r] and (r + 1) in problems else QBrush())
        self.table.blockSignals(False)
        shown = [in_ui_language(text) for row, text in sorted(problems.items()) if row and numbers[row - 1]]
        missing = sum(1 for n in numbers if not n)
        if missing and not shown:
            shown = [self.tr("还有 %1 行没有填").replace("%1", str(missing))]
        self.problem.setText("\n".join(shown[:5]) + ("\n…" if len(shown) > 5 else ""))
        self.ok.setEnabled(bool(numbers) and not problems)

    def _edited(self, _editor, hint) -> None:
        """A number typed and Enter pressed: on to the next row."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._next_row()

    def _next_row(self) -> bool:
        row = self.table.currentRow()
        if row >= self.table.rowCount() - 1:
            return False
        self.table.setCurrentCell(row + 1, self.number_column)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in the table goes to the next row (the dialog's Enter is 登记 once all is right)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._next_row():
            return
        super().keyPressEvent(event)
