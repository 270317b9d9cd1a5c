"""打开评委包: the judge chooses the PIN they will log in with on this laptop (typed twice)."""

from __future__ import annotations

from judge_app.core.errors import InvalidValue
from judge_app.core.pins import normalize_pin
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.qt import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class KitPinDialog(QDialog):
    """确定 is enabled once the PIN is valid (4–8 digits) and typed the same twice."""

    def __init__(self, kit_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kitPinDialog")
        self.setWindowTitle(self.tr("设置本机登录 PIN"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("评委包 %1 将在本机建立您的评分文件。\n请为自己设置登录 PIN（4–8 位数字），"
                              "以后在本机凭它登录评分。").replace("%1", kit_name))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.pin = QLineEdit()
        self.pin.setObjectName("kitPin")
        self.again = QLineEdit()
        self.again.setObjectName("kitPinAgain")
        for edit in (self.pin, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(8)
            edit.textChanged.connect(self._update)
        form.addRow(self.tr("PIN："), self.pin)
        form.addRow(self.tr("再输入一次："), self.again)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("kitPinProblem")
        self.problem.setStyleSheet("color:#b71c1c;")
        layout.addWidget(self.problem)
        self.buttons, self.ok = ok_cancel(self, self.tr("建立并登录"), "kitPinOk")
        layout.addWidget(self.buttons)
        self._update()

    @property
    def chosen_pin(self) -> str:
        return self.pin.text().strip()

    def _update(self) -> None:
        problem = ""
        try:
            normalize_pin(self.chosen_pin)
        except InvalidValue:
            problem = self.tr("PIN 应为 4–8 位数字") if self.chosen_pin else ""
        if not problem and self.again.text() and self.again.text().strip() != self.chosen_pin:
            problem = self.tr("两次输入的 PIN 不一致")
        self.problem.setText(problem)
        self.ok.setEnabled(not problem and bool(self.chosen_pin) and self.again.text().strip() == self.chosen_pin)
