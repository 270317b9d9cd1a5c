"""An entry's 参赛状态 and 用时, for the desk (ranking page): the status (正常 / 缺考 / 弃赛 / 取消资格)
with a required reason, and the completion time typed as seconds or 分:秒, read strictly by
:func:`judge_app.core.decimals.duration_seconds` (what ``judge-app time`` reads). Codes only:
nothing here shows a name."""

from __future__ import annotations

from judge_app.core.decimals import clock_text, duration_seconds
from judge_app.core.entries import Status
from judge_app.core.errors import ScoreError
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.labels import in_ui_language, status_name
from judge_app.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StatusDialog(QDialog):
    """The status of entry ``code``; OK once another status and a reason are given."""

    def __init__(self, code: str, current: Status, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.current = current
        self.setWindowTitle(self.tr("参赛状态 — %1").replace("%1", code))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.status = QComboBox()
        self.status.setObjectName("statusChoice")
        for status in Status:
            self.status.addItem(status_name(status) or self.tr("正常参赛"), status.value)
        self.status.setCurrentIndex(self.status.findData(current.value))
        self.reason = QLineEdit()
        self.reason.setObjectName("statusReason")
        self.reason.setPlaceholderText(self.tr("如：未到场检录（必填，记入审计日志）"))
        form.addRow(self.tr("状态："), self.status)
        form.addRow(self.tr("原因："), self.reason)
        layout.addLayout(form)
        hint = QLabel(self.tr("缺考、弃赛、取消资格的选手不排名、不评奖，列在名单最后并注明。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")
        layout.addWidget(hint)
        self.buttons, self.ok = ok_cancel(self, self.tr("保存状态"), "statusOk", save=True)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def chosen(self) -> Status:
        return Status(self.status.currentData())

    def _update(self) -> None:
        self.ok.setEnabled(self.chosen() is not self.current and bool(self.reason.text().strip()))


class TimeDialog(QDialog):
    """The completion time of entry ``code``: OK while the text is a time; 清除用时 when one is set."""

    def __init__(self, code: str, current: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeDialog")
        self.cleared = False
        self.setWindowTitle(self.tr("用时 — %1").replace("%1", code))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.time = QLineEdit("" if current is None else clock_text(current))
        self.time.setObjectName("timeText")
        self.time.setPlaceholderText(self.tr("如 12:34（分:秒）或 754（秒）"))
        form.addRow(self.tr("用时："), self.time)
        layout.addLayout(form)
        self.reading = QLabel()
        self.reading.setObjectName("timeReading")
        self.reading.setWordWrap(True)
        self.reading.setMinimumHeight(self.reading.fontMetrics().lineSpacing() * 3)  # room for a refusal
        layout.addWidget(self.reading)
        self.buttons, self.ok = ok_cancel(self, self.tr("保存用时"), "timeOk", save=True)
        self.clear_button = QPushButton(self.tr("清除用时"))
        self.clear_button.setObjectName("timeClear")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self._clear)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.setVisible(current is not None)  # after addButton, which shows it
        layout.addWidget(self.buttons)
        self.time.textChanged.connect(self._update)
        self.time.selectAll()
        self._update()

    def seconds(self) -> int | None:
        """The time typed in seconds; None after 清除用时."""
        return None if self.cleared else duration_seconds(self.time.text())

    def _update(self) -> None:
        text = self.time.text().strip()
        try:
            seconds = duration_seconds(text)
        except ScoreError as exc:
            self.reading.setText(in_ui_language(str(exc)) if text else "")
            self.reading.setStyleSheet("color:#C62828;")
            self.ok.setEnabled(False)
            return
        self.reading.setText(self.tr("= %1 秒（%2）").replace("%1", str(seconds)).replace("%2", clock_text(seconds)))
        self.reading.setStyleSheet("color:#2E7D32;")
        self.ok.setEnabled(True)

    def _clear(self) -> None:
        self.cleared = True
        self.accept()
