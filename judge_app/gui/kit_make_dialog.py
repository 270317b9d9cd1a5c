"""制作评委包 (评委U盘包): tick the judges (those on a panel; all ticked), choose the folder (a USB
stick; remembered), 制作 writes one ``<编号>.jkit`` per judge on the store thread
(:func:`~judge_app.app.packages.make_kits`) and says where. No PIN is asked here, as ``judge-app
kit make`` asks none: each judge sets their laptop PIN when the kit is opened there."""

from __future__ import annotations

from judge_app.app import packages as ops_packages
from judge_app.core.people import Judge
from judge_app.gui.dialogs import ok_cancel, show_info
from judge_app.gui.folder_field import FolderField
from judge_app.gui.qt import QDialog, QLabel, QListWidget, QListWidgetItem, Qt, QVBoxLayout, QWidget
from judge_app.gui.settings import Settings

FOLDER_KEY = "kits"


class KitMakeDialog(QDialog):
    """``judges``: (judge, [(event name, section name)]) of everyone on a panel."""

    def __init__(self, controller, judges: list[tuple[Judge, list[tuple[str, str]]]], parent: QWidget | None = None,
                 settings: Settings | None = None):
        super().__init__(parent)
        self.setObjectName("kitMakeDialog")
        self.setWindowTitle(self.tr("制作评委包"))
        self.setMinimumSize(560, 460)
        self.controller = controller
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("为每名勾选的裁判制作一个评委包（评委U盘包），裁判在评分笔记本上用“文件→打开评委包”打开，"
                              "并在那时设置自己的 PIN。评委包含该裁判的签名密钥，请当面交给本人。"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.judges = QListWidget()
        self.judges.setObjectName("kitJudges")
        for judge, panels in judges:
            where = "、".join(f"{event}/{section}" for event, section in panels)
            item = QListWidgetItem(f"{judge.id}  {judge.name}  （{where}）")
            item.setData(Qt.ItemDataRole.UserRole, judge.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.judges.addItem(item)
        self.judges.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.judges, 1)
        self.field = FolderField(self.tr("保存到："), self.tr("评委包保存到"), FOLDER_KEY, self, settings=settings,
                                 name="kitFolder")
        self.folder = self.field.edit
        self.folder.setPlaceholderText(self.tr("U 盘或文件夹"))
        self.folder.textChanged.connect(lambda _t: self._update())
        layout.addWidget(self.field)
        self.buttons, self.ok = ok_cancel(self, self.tr("制作"), "kitMakeOk", on_ok=self._start)
        self.ok.setDefault(True)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> list[str]:
        return [self.judges.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.judges.count())
                if self.judges.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.chosen()) and bool(self.folder.text().strip()))

    def _start(self) -> None:
        folder = self.field.path()
        self.field.remember(folder)
        parent, title = self.parentWidget(), self.tr("评委包已制作")
        text = self.tr("已制作 %1 个评委包，保存在：\n%2\n\n%3")
        self.accept()
        self.controller.act(ops_packages.make_kits, self.chosen(), folder, label=self.tr("正在制作评委包…"),
                            on_done=lambda paths: show_info(parent, text.replace("%1", str(len(paths)))
                                                            .replace("%2", str(folder))
                                                            .replace("%3", "\n".join(p.name for p in paths)), title))
