"""口令: the secretary's passphrase of the second code key (stage-2 draw, unseal) and the seal
passphrase of the chief judge or supervisor (locks, publication), typed hidden; a new one twice."""

from __future__ import annotations

from collections.abc import Callable

from judge_app.core.errors import InvalidValue
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.qt import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from judge_app.core.seal_passphrase import MIN_CHARS, check_new_passphrase


class PassphraseDialog(QDialog):
    """确定 is enabled once something is typed; a ``new`` passphrase must be long enough and the
    same twice."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, *, new: bool = False,
                 ok_text: str = ""):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.new = new
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.edit = QLineEdit()
        self.edit.setObjectName("passphraseEdit")
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        for edit in (self.edit, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        form.addRow(self.tr("口令："), self.edit)
        if new:
            form.addRow(self.tr("再输入一次："), self.again)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet("color:#b71c1c;")
        layout.addWidget(self.problem)
        self.buttons, self.ok = ok_cancel(self, ok_text or self.tr("确定"), "passphraseOk")
        layout.addWidget(self.buttons)
        self._update()

    @property
    def passphrase(self) -> str:
        return self.edit.text()

    def _update(self) -> None:
        problem = ""
        if self.new and self.passphrase:
            try:
                check_new_passphrase(self.passphrase)
            except InvalidValue:
                problem = self.tr("口令至少 %1 个字符且含字母").replace("%1", str(MIN_CHARS))
            if not problem and self.again.text() and self.again.text() != self.passphrase:
                problem = self.tr("两次输入的口令不一致")
        self.problem.setText(problem)
        same = not self.new or self.again.text() == self.passphrase
        self.ok.setEnabled(bool(self.passphrase.strip()) and not problem and same)


def ask_passphrase(parent: QWidget | None, title: str, prompt: str, then: Callable[[str], None], *,
                   new: bool = False, ok_text: str = "") -> PassphraseDialog:
    """Open a PassphraseDialog; ``then(passphrase)`` runs when the user confirms."""
    dialog = PassphraseDialog(title, prompt, parent, new=new, ok_text=ok_text)
    dialog.accepted.connect(lambda: then(dialog.passphrase))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
