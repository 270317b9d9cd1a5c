"""登录: pick your name, type your PIN (passphrase for the roles that seal). The PIN is checked on
the store thread (:func:`judge_app.app.session.authenticate`); after wrong ones the dialog says how
long to wait and keeps 登录 disabled until then."""

from __future__ import annotations

from judge_app.core.people import Judge
from judge_app.core.pins import PASSPHRASE_MAX, LoginRefused
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.labels import in_ui_language
from judge_app.gui.roles import person_with_role
from judge_app.gui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimer,
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
        self.pin.setMaxLength(PASSPHRASE_MAX)
        self.pin.setPlaceholderText(self.tr("PIN 或口令"))
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
        self._reason, self._wait = "", 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.people.currentIndexChanged.connect(self._other_person)  # the wait is per person
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
        self._reason = in_ui_language(exc.reason if isinstance(exc, LoginRefused) else str(exc))
        self._wait = exc.retry_in if isinstance(exc, LoginRefused) else 0
        self._show_wait()
        if self._wait:
            self._tick.start()
        self.pin.selectAll()
        self.pin.setFocus()

    def _other_person(self) -> None:
        self._tick.stop()
        self._reason, self._wait = "", 0
        self._show_wait()

    def _count_down(self) -> None:
        self._wait = max(0, self._wait - 1)
        if not self._wait:
            self._tick.stop()
        self._show_wait()

    def _show_wait(self) -> None:
        """The refusal, with "请在 N 秒后重试" while the wait lasts (登录 disabled until then)."""
        wait = self.tr("请在 %1 秒后重试").replace("%1", str(self._wait)) if self._wait else ""
        self.message.setText("\n".join(part for part in (self._reason, wait) if part))
        self.ok.setEnabled(not self._wait)
