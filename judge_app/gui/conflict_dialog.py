"""The chief judge's decision on a merge conflict: the same revision of one cell arrived with
different values. Pick one of the values seen (or type another, or clear the cell) and write the
reason; the store saves the choice as the next revision, audited with that reason."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.qt import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from judge_app.app.packages import Conflict

#: What the dialog decides: the value to keep (None clears the cell).
Decision = Decimal | None


class ConflictDialog(QDialog):
    """确定 stays disabled until a value is chosen (a typed one must be a number) and a reason written."""

    def __init__(self, conflict: Conflict, labels: tuple[str, str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.setWindowTitle(self.tr("处理冲突"))
        self.setMinimumWidth(480)
        event_name, criterion_name, code = labels
        layout = QVBoxLayout(self)
        facts = QFormLayout()
        facts.addRow(self.tr("赛项："), QLabel(event_name))
        facts.addRow(self.tr("检录号："), QLabel(code))
        facts.addRow(self.tr("评分项："), QLabel(criterion_name))
        facts.addRow(self.tr("裁判："), QLabel(conflict.judge))
        facts.addRow(self.tr("版本："), QLabel(str(conflict.revision)))
        layout.addLayout(facts)
        intro = QLabel(self.tr("同一版本收到了不同的分数。请核对原始评分表后选择要保留的分数："))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        self.options: list[tuple[QRadioButton, Decision]] = []
        for n, value in enumerate(conflict.values):
            text = self.tr("清除此分数") if value is None else format(value, "f")
            if n == 0:
                text += self.tr("（当前保存的）")
            self._option(layout, text, value)
        self.other = self._option(layout, self.tr("其他分数："), None)
        self.other_value = QLineEdit()
        self.other_value.setObjectName("conflictOtherValue")
        self.other_value.setPlaceholderText(self.tr("例如 8.5"))
        layout.addWidget(self.other_value)
        layout.addWidget(QLabel(self.tr("理由（必填，记入审计日志）：")))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("conflictReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        layout.addWidget(self.reason_edit)
        self.buttons, self.ok = ok_cancel(self, self.tr("保存决定"), "conflictOk")
        layout.addWidget(self.buttons)
        self.choices.buttonToggled.connect(lambda *_: self._update())
        self.other_value.textChanged.connect(self._typed)
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    def _option(self, layout: QVBoxLayout, text: str, value: Decision) -> QRadioButton:
        button = QRadioButton(text)
        button.setObjectName(f"conflictOption{len(self.options)}")
        self.choices.addButton(button)
        self.options.append((button, value))
        layout.addWidget(button)
        return button

    def _typed(self) -> None:
        if self.other_value.text().strip():
            self.other.setChecked(True)
        self._update()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def decision(self) -> tuple[bool, Decision]:
        """(chosen?, value): a typed value must read as a number (the store checks its range)."""
        for button, value in self.options:
            if button.isChecked() and button is not self.other:
                return True, value
        if self.other.isChecked():
            try:
                return True, Decimal(self.other_value.text().strip())
            except InvalidOperation:
                return False, None
        return False, None

    def _update(self) -> None:
        self.ok.setEnabled(self.decision()[0] and bool(self.reason))
