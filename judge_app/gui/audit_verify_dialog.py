"""校验审计日志: ``audit verify`` of the open file run on the store thread (a busy dialog while it
reads the whole log), with the seal passphrase when the reader holds it (chief judge, supervisor):
the result in plain words, ok or each finding."""

from __future__ import annotations

from judge_app.app import audit as ops_audit
from judge_app.app.contest_file import AuditSummary
from judge_app.gui.labels import in_ui_language
from judge_app.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

OK_STYLE = "color:#1b5e20; font-weight:bold; font-size:12pt;"
BAD_STYLE = "color:#b71c1c; font-weight:bold; font-size:12pt;"


class AuditVerifyDialog(QDialog):
    """开始校验 (Enter) runs the check; the findings fill the list; 关闭 (Esc)."""

    def __init__(self, controller, parent: QWidget | None = None, *, ask_passphrase: bool = False):
        super().__init__(parent)
        self.setObjectName("auditVerifyDialog")
        self.setWindowTitle(self.tr("校验审计日志"))
        self.setMinimumSize(620, 360)
        self.controller = controller
        self.summary: AuditSummary | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("校验核对：审计链是否完整、每个分值和状态是否与日志记录一致、文件是否被旧副本替换；"
                               "输入封印口令时还核对封印（有人重算审计链也能发现）。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("auditPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("不输入则不核对封印"))
        if ask_passphrase:
            form = QFormLayout()
            form.addRow(self.tr("封印口令："), self.passphrase)
            layout.addLayout(form)
        self.passphrase.setVisible(ask_passphrase)
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.findings = QListWidget()
        self.findings.setObjectName("auditFindings")
        self.findings.setWordWrap(True)
        layout.addWidget(self.findings, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.start = QPushButton(self.tr("开始校验"))
        self.start.setObjectName("auditVerifyStart")
        self.start.setAutoDefault(False)
        self.start.clicked.connect(self.run)
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter starts the check (from the passphrase too); Esc closes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.start.isEnabled():
                self.run()
            return
        super().keyPressEvent(event)

    def run(self) -> None:
        self.start.setEnabled(False)
        self.result.setText(self.tr("正在校验…"))
        self.result.setStyleSheet("")
        self.findings.clear()
        self.controller.query(ops_audit.verify_open_file, self.passphrase.text() or None, on_done=self._show,
                              on_error=self._failed, quiet=False,
                              label=self.tr("正在校验审计日志（读取整个文件）…"))

    def _failed(self, exc: BaseException) -> None:
        from judge_app.gui.background import report

        self.start.setEnabled(True)
        self.result.setText("")
        report(self, exc)

    def _show(self, summary: AuditSummary) -> None:
        self.summary = summary
        self.start.setEnabled(True)
        if summary.ok:
            self.result.setText(self.tr("审计日志完整，数据与日志一致：共 %1 条").replace("%1", str(summary.entries)))
            self.result.setStyleSheet(OK_STYLE)
        else:
            self.result.setText(self.tr("发现问题：文件可能被改动（共 %1 条日志，%2 处问题）")
                                .replace("%1", str(summary.entries)).replace("%2", str(len(summary.problems))))
            self.result.setStyleSheet(BAD_STYLE)
        for problem in summary.problems:
            self.findings.addItem("✗ " + in_ui_language(problem))
        for note in summary.notes:
            self.findings.addItem(self.tr("注意：") + in_ui_language(note))
