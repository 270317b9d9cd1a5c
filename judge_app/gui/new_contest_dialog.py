"""新建比赛: contest name, organiser, date, where the file goes (default: Documents\\judge_app or the
folder chosen last) and,
optionally, the marking scheme (JSON or the xlsx template, which it can also save)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from judge_app.gui.dialogs import ok_cancel, show_error
from judge_app.gui.qt import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRegularExpression,
    QRegularExpressionValidator,
    QVBoxLayout,
    QWidget,
)
from judge_app.gui.settings import contests_dir
from judge_app.app.contest import default_file_name

SCHEME_FILTER = "评分标准 / marking scheme (*.xlsx *.json);;所有文件 / all files (*)"
CONTEST_FILTER = "比赛文件 / contest file (*.judge)"


class NewContestDialog(QDialog):
    """“建立比赛” is enabled once the name is given and the file does not exist yet."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("newContestDialog")
        self.setWindowTitle(self.tr("新建比赛"))
        self.setMinimumWidth(780)
        self._path_chosen = False  # once the user picked the file, the name no longer renames it
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("比赛的全部数据（名单、评分、审核）都保存在一个比赛文件中。"
                               "评分标准可以现在导入，也可以以后在“评分标准”页导入。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("newContestName")
        self.name.setPlaceholderText(self.tr("例：2026 年县职工职业技能大赛"))
        self.name.textChanged.connect(self._name_changed)
        self.organiser = QLineEdit()
        self.organiser.setObjectName("newContestOrganiser")
        self.organiser.setPlaceholderText(self.tr("例：县总工会"))
        self.date = QLineEdit(date.today().isoformat())
        self.date.setObjectName("newContestDate")
        self.date.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}-?\d{0,2}-?\d{0,2}")))
        self.date.setMaximumWidth(140)
        self.date.textChanged.connect(self._update)
        form.addRow(self.tr("比赛名称："), self.name)
        form.addRow(self.tr("主办单位："), self.organiser)
        form.addRow(self.tr("比赛日期："), self.date)
        self.path = QLineEdit(str(contests_dir() / default_file_name("")))
        self.path.setObjectName("newContestPath")
        self.path.textEdited.connect(self._path_edited)
        self.path.textChanged.connect(self._update)
        self.browse_path = QPushButton(self.tr("另选位置…"))
        self.browse_path.setObjectName("newContestBrowse")
        self.browse_path.clicked.connect(self.choose_path)
        form.addRow(self.tr("比赛文件："), _row(self.path, self.browse_path))
        self.scheme = QLineEdit()
        self.scheme.setObjectName("newContestScheme")
        self.scheme.setPlaceholderText(self.tr("可不选：以后再导入"))
        self.scheme.textChanged.connect(self._update)
        self.browse_scheme = QPushButton(self.tr("选择…"))
        self.browse_scheme.setObjectName("newContestBrowseScheme")
        self.browse_scheme.clicked.connect(self.choose_scheme)
        self.template_button = QPushButton(self.tr("保存评分标准模板…"))
        self.template_button.setObjectName("newContestTemplate")
        self.template_button.setToolTip(self.tr("保存一个 Excel 模板（第一页为填写说明，附示例），填好后在这里选择它"))
        self.template_button.clicked.connect(self.save_template)
        form.addRow(self.tr("评分标准："), _row(self.scheme, self.browse_scheme, self.template_button))
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("newContestProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons, self.ok = ok_cancel(self, self.tr("建立比赛"), "newContestOk")
        layout.addWidget(self.buttons)
        self._update()

    # -- values -------------------------------------------------------------------------------

    @property
    def file_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    @property
    def scheme_file(self) -> Path | None:
        text = self.scheme.text().strip()
        return Path(text).expanduser() if text else None

    def _name_changed(self, text: str) -> None:
        if not self._path_chosen:
            folder = self.file_path.parent if self.path.text().strip() else contests_dir()
            self.path.setText(str(folder / default_file_name(text)))
        self._update()

    def _path_edited(self, _text: str) -> None:
        self._path_chosen = True

    def _problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("请填写比赛名称")
        path = self.file_path
        if not self.path.text().strip():
            return self.tr("请选择比赛文件的位置")
        if path.exists():
            return self.tr("文件 %1 已存在：不会覆盖。请换一个文件名，或用“打开比赛文件”打开它。").replace("%1", str(path))
        if not path.parent.is_dir():
            return self.tr("文件夹 %1 不存在").replace("%1", str(path.parent))
        if self.date.text() and not self.date.hasAcceptableInput():
            return self.tr("日期请写成 2026-11-25 的形式")
        scheme = self.scheme_file
        if scheme is not None and not scheme.is_file():
            return self.tr("找不到评分标准文件 %1").replace("%1", str(scheme))
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.problem.setStyleSheet("color:#b71c1c;")
        self.problem.setText(problem if self.name.text().strip() else "")
        self.ok.setEnabled(not problem)

    # -- files --------------------------------------------------------------------------------

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("比赛文件保存到"), str(self.file_path), CONTEST_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self._path_chosen = True
            self.path.setText(path if Path(path).suffix else path + ".judge")

    def choose_scheme(self) -> None:
        start = str(self.scheme_file.parent if self.scheme_file else contests_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择评分标准"), start, SCHEME_FILTER)
        if path:
            self.scheme.setText(path)

    def save_template(self) -> None:
        """Write the xlsx template (in the work pool) and put it in the scheme field once written."""
        from judge_app.app.people import write_scheme_template

        start = str(contests_dir() / self.tr("评分标准模板.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存评分标准模板"), start, "Excel (*.xlsx)")
        if not path:
            return
        out = Path(path) if Path(path).suffix.lower() == ".xlsx" else Path(path + ".xlsx")
        self.controller.bg.work(write_scheme_template, out, on_done=self._template_saved,
                                on_error=lambda exc: show_error(self, exc), label=self.tr("正在保存模板…"))

    def _template_saved(self, path: Path) -> None:
        self.scheme.setText(str(path))
        self.problem.setStyleSheet("color:#1b5e20;")
        self.problem.setText(self.tr("模板已保存到 %1（附示例）。用 Excel 填好并保存后再点“建立比赛”。")
                             .replace("%1", str(path)))


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        row.addWidget(widget, 1 if i == 0 else 0)
    return box
