"""登录: pick your name, type your PIN. The PIN is checked by the store on the store thread."""

from __future__ import annotations

from judge_app.core.people import Judge
from judge_app.gui.roles import person_with_role
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class LoginDialog(QDialog):
    """Judge + PIN; stays open with the reason shown when the store refuses the PIN."""

    def __init__(self, controller, judges: list[Judge], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.controller = controller
        self.setWindowTitle(self.tr("登录"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.people = QComboBox()
        self.people.setObjectName("loginJudge")
        for judge in judges:
            self.people.addItem(person_with_role(f"{judge.name}（{judge.id}）", judge.role), judge.id)
        self.pin = QLineEdit()
        self.pin.setObjectName("loginPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("4–8 位数字"))
        form.addRow(self.tr("姓名："), self.people)
        form.addRow(self.tr("PIN："), self.pin)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet("color:#B71C1C;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons, self.ok = ok_cancel(self, self.tr("登录"), "loginOk", on_ok=self.try_login)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def try_login(self) -> None:
        judge_id = self.people.currentData()
        if judge_id is None:
            return
        self.ok.setEnabled(False)
        self.message.clear()
        self.controller.login(judge_id, self.pin.text(), on_done=lambda _s: self.accept(),
                              on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.message.setText(str(exc))
        self.pin.selectAll()
        self.pin.setFocus()
