"""文件→备份 (Ctrl+B): a copy of the open contest file by SQLite's backup API, into the file's own
backups folder or another one (a USB stick), the folder chosen last remembered; a large copy
fills the progress dialog. The copy is taken on the store thread (:func:`take_backup`)."""

from __future__ import annotations

from judge_app.app.contest_file import default_backup_folder, take_backup
from judge_app.gui.dialogs import ok_cancel, show_info
from judge_app.gui.folder_field import FolderField
from judge_app.gui.qt import QDialog, QLabel, QVBoxLayout, QWidget
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
        self.default = default_backup_folder(controller.path)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("在比赛进行中复制比赛文件，请用这里的备份（不要在资源管理器里直接复制：会漏掉最近的评分）。"
                              "默认存入比赛文件旁的备份文件夹；也可以选 U 盘等其他文件夹。"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.field = FolderField(self.tr("备份到："), self.tr("选择备份文件夹"), FOLDER_KEY, self, default=self.default,
                                 settings=settings, name="backupFolder")
        self.folder = self.field.edit
        layout.addWidget(self.field)
        self.buttons, self.ok = ok_cancel(self, self.tr("备份"), "backupOk", on_ok=self._start)
        self.ok.setDefault(True)
        layout.addWidget(self.buttons)
        self.folder.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))

    def _start(self) -> None:
        folder = self.field.path()
        own = folder is None or folder == self.default
        self.field.remember(None if own else folder)  # a file's own folder is no other file's
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
