"""Messages and small dialogs: the one error dialog, the crash dialog, reason and list dialogs.

Dialogs are opened with ``open()`` (window-modal, no nested event loop), so the UI keeps painting
and tests can drive them like any window.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable, Sequence
from types import TracebackType

import judge_app
from judge_app.core.errors import ImportRefused, JudgeAppError, SchemeError
from judge_app.gui.labels import in_ui_language
from judge_app.gui.qt import (
    QCoreApplication,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def _problems(exc: BaseException) -> list[str]:
    if isinstance(exc, (ImportRefused, SchemeError)):
        return list(exc.problems)
    return list(getattr(exc, "problems", []) or [])


def show_error(parent: QWidget | None, exc: BaseException | str, title: str = "") -> QMessageBox:
    """Show an error of core/store/io (or a plain message) in the one error dialog.

    The first line of the message is the text; a list of problems, when the error has one, goes
    to the details. Logged at WARNING so tests notice errors they did not expect.
    """
    text = in_ui_language(str(exc))
    log.warning("error shown: %s", text.splitlines()[0] if text else type(exc).__name__)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QApplication.translate("Dialogs", "无法完成操作"))
    problems = _problems(exc) if isinstance(exc, BaseException) else []
    if len(problems) > 8:
        head = text.split("\n- ")[0]
        box.setText(head + "\n" + QApplication.translate("Dialogs", "共 %n 个问题，见“详细信息”。", "", len(problems)))
        box.setDetailedText(in_ui_language("\n".join(problems)))
    else:
        box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorBox")
    box.open()
    return box


def show_info(parent: QWidget | None, text: str, title: str = "") -> QMessageBox:
    return _message(parent, QMessageBox.Icon.Information, text, title or QApplication.translate("Dialogs", "提示"),
                    "infoBox")


def show_warning(parent: QWidget | None, text: str, title: str = "") -> QMessageBox:
    """A warning about something that did go through (a change saved whose backup failed): not
    the error dialog, which says an action was refused."""
    return _message(parent, QMessageBox.Icon.Warning, text, title or QApplication.translate("Dialogs", "注意"),
                    "warningBox")


def _message(parent: QWidget | None, icon: QMessageBox.Icon, text: str, title: str, name: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setObjectName(name)
    box.open()
    return box


def crash_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    head = (
        f"judge_app {judge_app.__version__}\nPython {sys.version.split()[0]} · {platform.platform()}\n"
    )
    return head + "".join(lines)


class CrashDialog(QDialog):
    """“程序出错了” with the details folded out and a button that copies them for support."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.details = details
        self.setWindowTitle(self.tr("程序出错了"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr(
            "程序遇到了意外错误。已保存的分数不会丢失。\n"
            "请点“复制详细信息”，把内容发给技术支持，然后继续工作或重新打开程序。"))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("复制详细信息"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.details)


def show_crash(parent: QWidget | None, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> CrashDialog | None:
    """Anything unexpected: log it (ERROR) and show the crash dialog with copyable details."""
    details = crash_details(exc_type, exc, tb)
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        return None
    dialog = CrashDialog(details, parent)
    dialog.open()
    return dialog


_previous_hook = None


def install_excepthook() -> None:
    """Route uncaught exceptions (in slots, timers, callbacks) to the crash dialog."""
    global _previous_hook
    if _previous_hook is not None:
        return
    _previous_hook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            _previous_hook(exc_type, exc, tb)  # type: ignore[misc]
            return
        if isinstance(exc, JudgeAppError):
            show_error(QApplication.activeWindow(), exc)
            return
        show_crash(QApplication.activeWindow(), exc_type, exc, tb)

    sys.excepthook = hook


def uninstall_excepthook() -> None:
    global _previous_hook
    if _previous_hook is not None:
        sys.excepthook = _previous_hook
        _previous_hook = None


def ok_cancel(dialog: QDialog, ok_text: str, ok_name: str, *, on_ok: Callable[[], None] | None = None,
              save: bool = False) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's OK (or Save) and Cancel buttons with Chinese texts, OK named ``ok_name``; OK runs
    ``on_ok`` (default: accept), Cancel rejects. The caller places the box and keeps OK."""
    kind = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    box = QDialogButtonBox(kind | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(kind)
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("dialogs", "取消"))
    box.accepted.connect(on_ok or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


class ReasonDialog(QDialog):
    """Ask for a written reason (unlock, re-mark request ...): OK stays disabled while it is empty."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, *, ok_text: str = ""):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reasonEdit")
        self.edit.setPlaceholderText(self.tr("请写明原因（必填，将记入审计日志）"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        layout.addWidget(self.edit)
        self.buttons, self.ok = ok_cancel(self, ok_text or self.tr("确定"), "reasonOk")
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason))

    @property
    def reason(self) -> str:
        return self.edit.toPlainText().strip()


def ask_reason(parent: QWidget | None, title: str, prompt: str, then: Callable[[str], None], *,
               ok_text: str = "") -> ReasonDialog:
    """Open a ReasonDialog; ``then(reason)`` runs when the user confirms."""
    dialog = ReasonDialog(title, prompt, parent, ok_text=ok_text)
    dialog.accepted.connect(lambda: then(dialog.reason))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class ListDialog(QDialog):
    """A message above a list (incomplete cells, import problems ...), with OK or OK/Cancel."""

    def __init__(self, title: str, text: str, items: Sequence[str], parent: QWidget | None = None, *,
                 confirm: str = ""):
        super().__init__(parent)
        self.setObjectName("listDialog")
        self.setWindowTitle(title)
        self.setMinimumSize(460, 320)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.addItems(list(items))
        layout.addWidget(self.list)
        if confirm:
            buttons, _ok = ok_cancel(self, confirm, "listOk")
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("知道了"))
            buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def confirm(parent: QWidget | None, title: str, text: str, then: Callable[[], None], *,
            ok_text: str = "") -> QMessageBox:
    """A yes/no question answered asynchronously: ``then()`` on yes."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(ok_text or QApplication.translate("Dialogs", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("Dialogs", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.finished.connect(lambda _r: then() if box.clickedButton() is yes else None)
    box.open()
    return box
