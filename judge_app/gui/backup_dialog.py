"""文件→备份 (Ctrl+B): a copy of the open contest file by SQLite's backup API, into the file's own
backups folder or another one (a USB stick), the folder chosen last remembered; a large copy
fills the progress dialog. The copy is taken on the store thread (:func:`take_backup`)."""

from __future__ import annotations

from pathlib import Path

from judge_app.app.contest_file import default_backup_folder, take_backup
from judge_app.gui.dialogs import ok_cancel, show_info
from judge_app.gui.qt import QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from judge_app.gui.settings import Settings

FOLDER_KEY = "backup"


class BackupDialog(QDialog):
    """The folder (typed or 浏览…), then 备份 (Enter) or 取消 (Esc)."""

    def __init__(self, controller, parent: QWidget | None = None, settings: Settings | None = None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("备份比赛文件"))
        self.setMinimumWidth(560)
        self.controller = controller
        self.settings = settings or Settings()
        self.default = default_backup_folder(controller.path)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("在比赛进行中复制比赛文件，请用这里的备份（不要在资源管理器里直接复制：会漏掉最近的评分）。"
                              "默认存入比赛文件旁的备份文件夹；也可以选 U 盘等其他文件夹。"))
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("备份到：")))
        self.folder = QLineEdit(str(self.settings.folder(FOLDER_KEY) or self.default))
        self.folder.setObjectName("backupFolder")
        row.addWidget(self.folder, 1)
        self.browse = QPushButton(self.tr("浏览(&W)…"))
        self.browse.setObjectName("backupBrowse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.buttons, self.ok = ok_cancel(self, self.tr("备份"), "backupOk", on_ok=self._start)
        self.ok.setDefault(True)
        layout.addWidget(self.buttons)
        self.folder.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _start(self) -> None:
        folder = Path(self.folder.text().strip())
        own = folder == self.default
        self.settings.set_folder(FOLDER_KEY, None if own else folder)  # a file's own folder is no other file's
        self.settings.sync()
        parent, done, title = self.parentWidget(), self.tr("已备份到：\n%1"), self.tr("备份完成")
        self.accept()
        self.controller.act(take_backup, None if own else folder, progress=True,
                            label=self.tr("正在备份比赛文件…"),
                            on_done=lambda path: show_info(parent, done.replace("%1", str(path)), title))


def ask_backup(controller, parent: QWidget | None) -> BackupDialog:
    dialog = BackupDialog(controller, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
