"""名单导入向导: pick a file → preview with the detected header and a column mapping the user can
change → the importer's errors and warnings → import, all or nothing.

Reading and checking run on the work pool (:func:`judge_app.io.roster.roster_from_table`, a dry
run: nothing is written); the import itself is one store job
(:func:`judge_app.app.people.import_roster`, as ``judge-app import roster``), which reads and checks
the file again and refuses it whole on any error, or before the contest has a marking scheme.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from judge_app.app import people as ops_people
from judge_app.io.roster import ERROR, LEVEL_LABELS, WARNING, RosterReport, roster_from_table
from judge_app.io.roster_headers import FIELD_LABELS, IGNORE, find_header
from judge_app.io.roster_import import known_events_from_contest
from judge_app.io.roster_problems import write_problems
from judge_app.io.tabular import Table, column_index, column_letter, read_table
from judge_app.gui.geometry import place
from judge_app.gui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSize,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

PREVIEW_ROWS = 30
MAX_PROBLEM_ROWS = 500  # rows with a problem below the first PREVIEW_ROWS also shown, up to this many
LEVEL_COLOURS = {ERROR: QColor("#C62828"), WARNING: QColor("#E65100")}
ROW_COLOURS = {ERROR: QColor("#FFEBEE"), WARNING: QColor("#FFF3E0")}  # a row with a problem
CELL_COLOURS = {ERROR: QColor("#FFCDD2"), WARNING: QColor("#FFE0B2")}  # the very cell of it
FIELDS = tuple(f for f in FIELD_LABELS if f != IGNORE) + (IGNORE,)


class RosterImportWizard(QDialog):
    """Modal wizard over the open contest (``controller``); ``imported`` holds the store's counts."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("rosterWizard")
        self.setWindowTitle(self.tr("导入选手名单"))
        place(self, QSize(1100, 680))  # maximised where that does not fit (150 % scaling)
        self.table: Table | None = None
        self.report: RosterReport | None = None
        self.mapping: dict[str, str] = {}
        self.imported = None
        self.saved_problems: Path | None = None
        self._preview_at: dict[int, int] = {}  # Excel row number → row of the preview table
        self._known = known_events_from_contest(controller.snapshot.contest) \
            if controller.snapshot is not None and controller.snapshot.contest is not None else None

        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps, 1)
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._preview_step())
        self.progress = QProgressBar()
        self.progress.setObjectName("wizardProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("上一步"))
        self.back.setObjectName("wizardBack")
        self.next = QPushButton(self.tr("下一步：预览"))
        self.next.setObjectName("wizardNext")
        self.next.setDefault(True)
        self.import_button = QPushButton(self.tr("全部导入"))
        self.import_button.setObjectName("wizardImport")
        self.save_problems = QPushButton(self.tr("保存问题清单…"))
        self.save_problems.setObjectName("wizardSaveProblems")
        self.save_problems.setToolTip(self.tr("把错误和警告（文件、行、列、问题）存为 Excel 或 CSV，发回填表单位改正"))
        cancel = QPushButton(self.tr("取消"))
        for button in (self.back, self.next, self.import_button, self.save_problems, cancel):
            button.setAutoDefault(False)  # Enter presses the step's default button, not the one last clicked
        buttons.addWidget(self.back)
        buttons.addWidget(self.save_problems)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.back.clicked.connect(lambda: self._show(0))
        self.next.clicked.connect(self.read)
        self.import_button.clicked.connect(self.do_import)
        self.save_problems.clicked.connect(self.save_problem_list)
        cancel.clicked.connect(self.reject)
        self._show(0)

    # -- steps ------------------------------------------------------------------------------------

    def _file_step(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "选择各单位报来的名单文件（Excel .xlsx、.xls 或 CSV）。程序会自动找到表头行，识别各列的含义，"
            "并逐行检查身份证号、重复人员、赛项和组别。有一处错误，整个文件都不会导入。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("wizardPath")
        self.path_edit.setPlaceholderText(self.tr("名单文件的路径"))
        self.path_edit.textChanged.connect(lambda _t: self._update_buttons())
        browse = QPushButton(self.tr("选择文件…"))
        browse.setObjectName("wizardBrowse")
        browse.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addLayout(self._event_row())
        layout.addStretch(1)
        return page

    def _event_row(self) -> QHBoxLayout:
        """默认赛项: the event of the rows that name none (a file without a 赛项 column: candidates,
        proposals, 班组), as ``import roster --event``; the only event of the contest by default."""
        row = QHBoxLayout()
        label = QLabel(self.tr("默认赛项（文件中没有赛项列时）："))
        self.event = QComboBox()
        self.event.setObjectName("wizardEvent")
        self.event.addItem(self.tr("（按文件中的赛项列）"), None)
        contest = self.controller.snapshot.contest if self.controller.snapshot is not None else None
        for ev in contest.events if contest is not None else ():
            self.event.addItem(ev.name, ev.id)
        self.event.setCurrentIndex(1 if self.event.count() == 2 else 0)
        label.setBuddy(self.event)
        row.addWidget(label)
        row.addWidget(self.event, 1)
        return row

    def _preview_step(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.header_label = QLabel()
        self.header_label.setObjectName("wizardHeader")
        self.header_label.setWordWrap(True)
        layout.addWidget(self.header_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.preview = QTableWidget()
        self.preview.setObjectName("wizardPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        splitter.addWidget(self.preview)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("wizardSummary")
        self.summary.setWordWrap(True)
        lower_layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setObjectName("wizardProblems")
        self.problems.setToolTip(self.tr("单击一条问题，上面的预览就跳到那一行"))
        self.problems.currentRowChanged.connect(self._jump_to_problem)
        lower_layout.addWidget(self.problems)
        splitter.addWidget(lower)
        splitter.setSizes([380, 220])
        layout.addWidget(splitter, 1)
        return page

    def _show(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()
        if step == 0:  # Enter in the path field is 下一步 again, never a close of the wizard
            self.next.setDefault(True)
            self.import_button.setDefault(False)
            self.path_edit.setFocus()
        else:
            self.next.setDefault(False)
            self.import_button.setDefault(True)

    def _update_buttons(self) -> None:
        on_file = self.steps.currentIndex() == 0
        busy = self.progress.maximum() == 0
        self.back.setVisible(not on_file)
        self.next.setVisible(on_file)
        self.next.setEnabled(bool(self.path_edit.text().strip()) and not busy)
        self.import_button.setVisible(not on_file)
        self.save_problems.setVisible(not on_file and self.report is not None and bool(self.report.problems))
        self.save_problems.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.report is not None and self.report.ok
                                      and bool(self.report.entries) and self.imported is None)

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setValue(0 if busy else 1)
        self._update_buttons()

    # -- reading and checking (work pool) ----------------------------------------------------------

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择名单文件"), "",
                                              self.tr("名单 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)"))
        if name:
            self.path_edit.setText(name)

    def read(self) -> None:
        """Read the file (once) and check it with the current mapping."""
        path = Path(self.path_edit.text().strip())
        self.mapping = {}
        self._busy(True)
        self.controller.bg.work(read_table, path, on_done=self._table_read, on_error=self._failed,
                                label=self.tr("正在读取名单…"), parent=self)

    def _table_read(self, table: Table) -> None:
        self.table = table
        self._check()

    def _check(self) -> None:
        assert self.table is not None
        self._busy(True)
        self.controller.bg.work(_check_table, self.table, self._known, dict(self.mapping) or None, self.event.currentData(),
                                on_done=self._checked, on_error=self._failed,
                                label=self.tr("正在检查名单…"), parent=self)

    def _failed(self, exc: BaseException) -> None:
        from judge_app.gui.background import report

        self._busy(False)
        report(self, exc)

    def _checked(self, result: tuple) -> None:
        match, report = result
        self.report = report
        self._fill_preview(match)
        self._fill_problems(report)
        self._busy(False)
        self._show(1)

    def _fill_preview(self, match) -> None:
        table = self.table
        assert table is not None
        if match.row is None:
            self.header_label.setText(self.tr("没有找到表头行：请在下面为各列指定含义。"))
            start = next((i for i, r in enumerate(table.rows) if not r.is_blank), 0)
        else:
            start = table.rows.index(match.row)
            self.header_label.setText(
                self.tr("表头在第 %1 行（%2）。第一行的下拉框是各列导入为什么，可以修改；修改后立即重新检查。")
                .replace("%1", str(match.row.number)).replace("%2", table.where))
        rows = self._preview_rows(table.rows, start)
        self._preview_at = {row.number: at for at, row in enumerate(rows, start=1)}
        width = max((len(r.values) for r in rows), default=0)
        by_col = {col: name for name, col in match.columns.items()}
        if self.report is not None:  # as the reader took them (a candidate's 工种 read as the trade, not the event)
            by_col |= {_column_index(label): name for name, label in self.report.columns.items()}
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        self.preview.setVerticalHeaderLabels([self.tr("导入为")] + [str(r.number) for r in rows])
        for col in range(width):
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{column_letter(col)}")
            for name in FIELDS:
                combo.addItem(self.tr(FIELD_LABELS[name]), name)
            combo.setCurrentIndex(combo.findData(by_col.get(col, IGNORE)))
            combo.currentIndexChanged.connect(lambda _i, c=col, box=combo: self._remap(c, box.currentData()))
            self.preview.setCellWidget(0, col, combo)
        bold = self.font()
        bold.setBold(True)
        for r, row in enumerate(rows, start=1):
            for col in range(width):
                item = QTableWidgetItem(row.text(col))
                if match.row is not None and row is match.row:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor("#E3F2FD")))
                self.preview.setItem(r, col, item)
        self._mark_problems(width)
        self.preview.resizeColumnsToContents()
        for col in range(width):
            self.preview.setColumnWidth(col, max(self.preview.columnWidth(col), 110))

    def _preview_rows(self, rows: list, start: int) -> list:
        """The first PREVIEW_ROWS rows from the header on, then every later row with a problem."""
        shown = rows[start:start + PREVIEW_ROWS]
        wanted = {p.row for p in self.report.problems if p.row is not None} if self.report else set()
        last = shown[-1].number if shown else 0
        later = [r for r in rows[start + PREVIEW_ROWS:] if r.number in wanted and r.number > last]
        return shown + later[:MAX_PROBLEM_ROWS]

    def _mark_problems(self, width: int) -> None:
        """Colour each row with a problem (errors over warnings), its very cell darker, with the
        messages as the tooltip."""
        assert self.report is not None
        level_of: dict[int, str] = {}
        messages: dict[int, list[str]] = {}
        for problem in self.report.problems:
            at = self._preview_at.get(problem.row) if problem.row is not None else None
            if at is None or problem.level not in ROW_COLOURS:
                continue
            if level_of.get(at) != ERROR:
                level_of[at] = problem.level
            messages.setdefault(at, []).append(problem.describe(with_file=False))
            col = _column_index(problem.column)
            item = self.preview.item(at, col) if col is not None and col < width else None
            if item is not None:
                item.setData(Qt.ItemDataRole.UserRole, problem.level)
        for at, level in level_of.items():
            tip = "\n".join(messages[at])
            for col in range(width):
                item = self.preview.item(at, col)
                cell_level = item.data(Qt.ItemDataRole.UserRole)
                item.setBackground(QBrush(CELL_COLOURS[cell_level] if cell_level else ROW_COLOURS[level]))
                item.setToolTip(tip)

    def _jump_to_problem(self, index: int) -> None:
        """Show the preview row (and cell) of the problem chosen in the list."""
        if self.report is None or not 0 <= index < len(self.report.problems):
            return
        problem = self.report.problems[index]
        at = self._preview_at.get(problem.row) if problem.row is not None else None
        if at is None:
            return
        col = _column_index(problem.column)
        col = col if col is not None and col < self.preview.columnCount() else 0
        self.preview.setCurrentCell(at, col)
        self.preview.scrollToItem(self.preview.item(at, col), QAbstractItemView.ScrollHint.PositionAtCenter)

    def save_problem_list(self) -> None:
        """Save the problems to a file chosen by the user (.xlsx or .csv) to send to the unit."""
        if self.report is None or not self.report.problems:
            return
        start = str(Path(self.report.path).with_name(Path(self.report.path).stem + "_问题清单.xlsx"))
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("保存问题清单"), start, self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        self._busy(True)
        self.controller.bg.work(write_problems, path, self.report, on_done=self._problems_saved,
                                on_error=self._failed, label=self.tr("正在保存问题清单…"), parent=self)

    def _problems_saved(self, path: Path) -> None:
        self._busy(False)
        self.saved_problems = path
        self.header_label.setText(self.tr("问题清单已保存到 %1").replace("%1", str(path)))

    def _remap(self, col: int, name: str) -> None:
        """The user changed what a column is: every column's choice becomes explicit, then check."""
        for c in range(self.preview.columnCount()):
            combo = self.preview.cellWidget(0, c)
            self.mapping[column_letter(c)] = combo.currentData()
        self.mapping[column_letter(col)] = name
        self.imported = None
        self._check()

    def _fill_problems(self, report: RosterReport) -> None:
        c = report.counts
        if report.ok:
            text = self.tr("无误：可以导入 %1 名选手（读取 %2 行，跳过空行 %3 行、合计行 %4 行）。")
        else:
            text = self.tr("有 %5 处错误：整个文件不能导入（一条也不会写入）。请改正名单，或修改列的含义后再试。")
        text = (text.replace("%1", str(len(report.entries))).replace("%2", str(c.rows_read))
                .replace("%3", str(c.skipped_blank)).replace("%4", str(c.skipped_totals))
                .replace("%5", str(c.errors)))
        if report.warnings:
            text += self.tr(" 另有 %1 条警告。").replace("%1", str(len(report.warnings)))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #2E7D32;" if report.ok else "color: #C62828; font-weight: bold;")
        self.problems.clear()
        for problem in report.problems:
            item = QListWidgetItem(f"【{self.tr(LEVEL_LABELS[problem.level])}】{problem.describe(with_file=False)}")
            colour = LEVEL_COLOURS.get(problem.level)
            if colour is not None:
                item.setForeground(QBrush(colour))
            self.problems.addItem(item)

    # -- importing (store thread) -----------------------------------------------------------------

    def do_import(self) -> None:
        if self.table is None or self.report is None or not self.report.ok:
            return
        path, mapping = self.table.path, dict(self.mapping) or None
        self._busy(True)
        self.controller.act(partial(ops_people.import_roster, mapping=mapping, event=self.event.currentData()), path,
                            label=self.tr("正在导入名单…"), on_done=self._imported, on_error=self._failed)

    def _imported(self, report: RosterReport) -> None:
        self._busy(False)
        if not report.ok:  # the file changed since it was checked: nothing was written
            self.report = report
            self._fill_problems(report)
            self._update_buttons()
            return
        self.imported = report.stored
        counts = report.stored
        self.summary.setText(self.tr("已导入：新增 %1 名，更新 %2 名，未变 %3 名。")
                             .replace("%1", str(counts.added)).replace("%2", str(counts.updated))
                             .replace("%3", str(counts.unchanged)))
        self.accept()


def _column_index(column: str) -> int | None:
    """The 0-based index of a problem's column ``"D（身份证号码）"`` (None: no column)."""
    return column_index(column.split("（", 1)[0])


def _check_table(table: Table, known: dict | None, mapping: dict[str, str] | None, event: str | None = None):
    """(header match, report) of a table read: what the import would do (``event`` for rows
    naming none), writing nothing."""
    return find_header(table.rows, mapping), roster_from_table(table, known_events=known, mapping=mapping,
                                                               default_event=event)
