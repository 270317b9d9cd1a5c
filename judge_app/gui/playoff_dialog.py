"""加赛成绩: the play-off results of every entrant of one tie, entered together (saving one
result would already break the tie and take the others out of the list)."""

from __future__ import annotations

from decimal import Decimal

from judge_app.core.decimals import to_decimal
from judge_app.core.errors import ScoreError
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.qt import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def parse_number(text: str) -> Decimal | None:
    """The value as the store will take it (core.decimals.to_decimal), or None while it is not one."""
    try:
        return to_decimal(text, "加赛成绩", signed=False)
    except ScoreError:
        return None


class PlayoffDialog(QDialog):
    """One field per tied code; 保存 is enabled once every field holds a number."""

    def __init__(self, title: str, codes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("playoffDialog")
        self.setWindowTitle(self.tr("录入加赛成绩"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        hint = QLabel(self.tr("请录入每位并列选手的加赛成绩（高者列前），一起保存。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for code in codes:
            edit = QLineEdit()
            edit.setObjectName(f"playoff_{code}")
            edit.textChanged.connect(self._update)
            form.addRow(code, edit)
            self.fields[code] = edit
        layout.addLayout(form)
        self.buttons, self.ok = ok_cancel(self, self.tr("全部保存"), "playoffDialogSave", save=True)
        layout.addWidget(self.buttons)
        self._update()

    def values(self) -> dict[str, Decimal] | None:
        """code → play-off result, or None while some field is empty or not a number."""
        parsed = {code: parse_number(edit.text()) for code, edit in self.fields.items()}
        if any(value is None for value in parsed.values()):
            return None
        return parsed  # type: ignore[return-value]

    def _update(self) -> None:
        self.ok.setEnabled(self.values() is not None)
