"""成绩包到达 / score-package arrival board, with the watch folder and the kit/package menu actions.

Organiser's machine: the board (per event, section and panel judge: arrived when, how many
scores, which codes still miss) and open conflicts, which the chief judge resolves (value and
reason, :class:`~judge_app.gui.conflict_dialog.ConflictDialog`); a watch folder polled on a timer, each poll
a store job that merges complete packages. Judge laptop: "打开评委包" asks the judge for the PIN
they will use on the laptop, creates the local contest file from the kit with the kit's judge
registered under that PIN, opens it and logs the judge in; "导出成绩包" writes a signed package to a folder (USB stick).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from judge_app.app import packages as ops_packages
from judge_app.app import people as ops_people
from judge_app.core.policy import Action, roles_for
from judge_app.gui.conflict_dialog import ConflictDialog
from judge_app.gui.kit_make_dialog import KitMakeDialog
from judge_app.gui.kit_pin_dialog import KitPinDialog
from judge_app.gui.labels import in_ui_language
from judge_app.gui.pages.base import Page
from judge_app.gui.settings import data_dir
from judge_app.gui.qt import (
    QAbstractItemView,
    QAction,
    QBrush,
    QColor,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from judge_app.core.package_format import KIT_SUFFIX, PACKAGE_SUFFIX
from judge_app.io.watch_folder import MERGED, REFUSED, WAITING, WatchFolder, WatchResult

MISSING_BG, PARTLY_BG, DONE_BG = QColor("#fde2e1"), QColor("#fff4cc"), QColor("#e3f4e1")


def laptop_file(kit: Path) -> Path:
    """Where the laptop's own contest file is offered: the data folder, not the USB stick the kit
    came on (pulled out, the file would be gone), under a name not taken yet (J3.judge, J3-2.judge)."""
    folder = data_dir()
    candidate, n = folder / f"{kit.stem}.judge", 2
    while candidate.exists():
        candidate, n = folder / f"{kit.stem}-{n}.judge", n + 1
    return candidate


class ArrivalsPage(Page):
    roles = roles_for(Action.KIT_MAKE, Action.PACKAGE_MERGE, Action.CONFLICT_RESOLVE)
    #: Milliseconds between two looks at the watch folder (a file is taken when stable over two).
    interval_ms = 2000

    def page_title(self) -> str:
        return self.tr("成绩包")

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.setObjectName("arrivalsPage")
        self._watcher: WatchFolder | None = None
        self._polling = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._poll)
        self._actions: list[QAction] = []
        self._conflicts: list[ops_packages.Conflict] = []
        self.conflict_dialog: ConflictDialog | None = None
        self.kit_pin_dialog: KitPinDialog | None = None
        self.kit_make_dialog: KitMakeDialog | None = None

        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setObjectName("watchFolder")
        self.browse = QPushButton()
        self.browse.setObjectName("watchBrowse")
        self.browse.clicked.connect(self._ask_folder)
        self.watch_button = QPushButton()
        self.watch_button.setObjectName("watchButton")
        self.watch_button.setCheckable(True)
        self.watch_button.toggled.connect(self._toggle_watch)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("arrivalsRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.kits_button = QPushButton()
        self.kits_button.setObjectName("makeKits")
        self.kits_button.clicked.connect(self.ask_make_kits)
        for widget in (self.folder_label, self.folder, self.browse, self.watch_button, self.refresh_button):
            row.addWidget(widget, 1 if widget is self.folder else 0)
        row.addSpacing(24)
        row.addWidget(self.kits_button)
        layout.addLayout(row)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("arrivalTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.conflict_label, self.log_label = QLabel(), QLabel()
        self.conflicts, self.log = QListWidget(), QListWidget()
        self.conflicts.setObjectName("conflictList")
        self.conflicts.itemActivated.connect(lambda _item: self.ask_resolve())
        self.conflicts.currentRowChanged.connect(lambda _row: self._update_resolve())
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolveConflict")
        self.resolve_button.clicked.connect(self.ask_resolve)
        self.log.setObjectName("watchLog")
        for label, widget in ((self.conflict_label, self.conflicts), (self.log_label, self.log)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget)
            if widget is self.conflicts:
                column.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignLeft)
            lower_layout.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        controller.closed.connect(self._on_closed)  # a bound slot: disconnected when the page is deleted
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("成绩包到达情况"))
        self.folder_label.setText(self.tr("监视文件夹："))
        self.folder.setPlaceholderText(self.tr("U 盘或共享文件夹"))
        self.browse.setText(self.tr("选择…"))
        self.watch_button.setText(self.tr("停止监视") if self.watch_button.isChecked() else self.tr("开始监视"))
        self.refresh_button.setText(self.tr("刷新"))
        self.table.setHorizontalHeaderLabels([
            self.tr("赛项"), self.tr("模块"), self.tr("裁判"), self.tr("成绩包"), self.tr("最近导出"),
            self.tr("已有分数"), self.tr("缺少的选手"),
        ])
        self.conflict_label.setText(self.tr("冲突（请裁判长处理）"))
        self.log_label.setText(self.tr("导入记录"))
        self.resolve_button.setText(self.tr("处理冲突…"))
        self._update_resolve()
        for action, text in zip(self._actions, (self.tr("打开评委包…"), self.tr("导出成绩包…"), self.tr("导入成绩包…"),
                                                self.tr("制作评委包(&K)…"))):
            action.setText(text)
        self.kits_button.setText(self.tr("制作评委包(&K)…"))

    def _make_actions(self) -> list[QAction]:
        """打开评委包 / 导出成绩包 / 导入成绩包 / 制作评委包 (made once)."""
        if not self._actions:
            for name, slot in (("actionOpenKit", self.ask_open_kit), ("actionExportPackage", self.ask_export),
                               ("actionMergePackages", self.ask_merge), ("actionMakeKits", self.ask_make_kits)):
                action = QAction(self)
                action.setObjectName(name)
                action.triggered.connect(lambda _checked=False, slot=slot: slot())
                self._actions.append(action)
            self.retranslate()
            self._show_kits()
        return self._actions

    def menu_actions(self) -> list[QAction]:
        return self._make_actions()[2:]

    def file_actions(self) -> list[QAction]:
        """File → 打开评委包 (also before any file is open: a fresh judge laptop) and 导出成绩包
        (the judge logged in on the laptop, who does not see this page)."""
        return self._make_actions()[:2]

    def file_action_visible(self, action: QAction, has_file: bool) -> bool:
        if action is self._actions[0]:
            return True
        return has_file and self.session is not None

    # -- the board ----------------------------------------------------------------------------

    def _on_closed(self) -> None:
        self.watch_button.setChecked(False)

    def activated(self) -> None:
        self.refresh()

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        if snapshot is not None and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.controller.path is None:
            return
        self.controller.query(ops_packages.arrivals, on_done=self._show)

    def _show(self, answer) -> None:
        board, conflicts = answer
        self.table.setRowCount(len(board))
        for row, a in enumerate(board):
            if a.arrived:
                state = self.tr("已到 %1 个").replace("%1", str(a.packages))
            elif a.scores:  # no package, but scores: typed on this computer (a paper sheet, no laptop)
                state = self.tr("本机录入")
            else:
                state = self.tr("未到")
            colour = MISSING_BG if not a.scores else (DONE_BG if not a.missing else PARTLY_BG)
            event_name, section_name = self._names(a.event, a.section)
            cells = [event_name, section_name, a.judge, state, a.last_exported[:19].replace("T", " "),
                     f"{a.scores}/{a.expected}", "、".join(a.missing) or "—"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(colour))
                self.table.setItem(row, column, item)
        self._conflicts = list(conflicts)
        self.conflicts.clear()
        self.conflicts.addItems([in_ui_language(c.describe()) for c in conflicts] or [self.tr("无")])
        if conflicts:
            self.conflicts.setCurrentRow(0)
        self._update_resolve()

    # -- conflicts (the chief judge decides) ----------------------------------------------------

    def set_session(self, session) -> None:
        super().set_session(session)
        self.watch_button.setEnabled(self.may(Action.PACKAGE_MERGE))
        self._make_actions()[2].setEnabled(self.may(Action.PACKAGE_MERGE))
        self._update_resolve()

    def _update_resolve(self) -> None:
        chief = self.may(Action.CONFLICT_RESOLVE)
        self.resolve_button.setVisible(chief)
        self.resolve_button.setEnabled(chief and 0 <= self.conflicts.currentRow() < len(self._conflicts))

    def ask_resolve(self) -> ConflictDialog | None:
        """Open the decision dialog for the selected conflict (chief judge only)."""
        row = self.conflicts.currentRow()
        if not self.resolve_button.isEnabled() or not 0 <= row < len(self._conflicts):
            return None
        conflict = self._conflicts[row]
        event_name, criterion_name = conflict.event, conflict.criterion
        contest = self.snapshot.contest if self.snapshot is not None else None
        if contest is not None:
            event = contest.event(conflict.event)
            event_name, criterion_name = event.name, event.criterion(conflict.criterion)[1].name
        dialog = ConflictDialog(conflict, (event_name, criterion_name, conflict.code), self)
        dialog.accepted.connect(lambda: self._resolve(conflict, dialog.decision()[1], dialog.reason))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.conflict_dialog = dialog
        return dialog

    def _resolve(self, conflict: ops_packages.Conflict, value, reason: str) -> None:
        def done(revision: int) -> None:
            self.status(self.tr("冲突已处理，保存为第 %1 版").replace("%1", str(revision)))
            self.refresh()

        self.controller.act(partial(ops_packages.resolve_conflict, reason=reason), conflict, value,
                            event_id=conflict.event, on_done=done)

    def _names(self, event_id: str, section_id: str) -> tuple[str, str]:
        contest = self.snapshot.contest if self.snapshot is not None else None
        if contest is None:
            return event_id, section_id
        event = contest.event(event_id)
        return event.name, event.section(section_id).name

    # -- watch folder -------------------------------------------------------------------------

    def _ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择监视文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _toggle_watch(self, on: bool) -> None:
        folder = self.folder.text().strip()
        if on and (not folder or not Path(folder).is_dir()):
            self.status(self.tr("请先选择一个存在的文件夹"))
            self.watch_button.setChecked(False)
            return
        self._watcher = None
        self.folder.setEnabled(not on)
        self.browse.setEnabled(not on)
        if on:
            self.timer.start(self.interval_ms)
            self._poll()
        else:
            self.timer.stop()
        self.retranslate()

    def _poll(self) -> None:
        if self._polling or self.controller.path is None:
            return
        self._polling = True
        self.controller.query(ops_packages.poll_folder, Path(self.folder.text().strip()), self._watcher,
                              on_done=self._polled, on_error=self._poll_failed)

    def _polled(self, answer: tuple[WatchFolder, list[WatchResult]]) -> None:
        self._polling = False
        watcher, results = answer
        self._watcher = watcher if self.watch_button.isChecked() else None
        labels = {MERGED: self.tr("已导入"), REFUSED: self.tr("已拒绝"), WAITING: self.tr("未写完，等待")}
        for r in results:  # in the UI's language (WatchResult.line() is the bilingual log file's)
            self.log.addItem(f"{r.at}  {r.file}  {labels[r.outcome]}  {in_ui_language(r.message)}")
        if any(r.outcome == MERGED for r in results):
            self.controller.reload(lambda _snap: self.refresh())

    def _poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        self.watch_button.setChecked(False)
        self.status(in_ui_language(str(exc)))

    # -- kits and packages ----------------------------------------------------------------------

    def set_session(self, session) -> None:
        super().set_session(session)
        self._show_kits()

    def _show_kits(self) -> None:
        """制作评委包 only for whom the store lets make kits (secretary, organiser)."""
        may = self.may(Action.KIT_MAKE)
        self.kits_button.setVisible(may)
        if self._actions:
            self._actions[3].setVisible(may)

    def ask_make_kits(self) -> None:
        """制作评委包…: the dialog with the judges on a panel."""
        if not self.may(Action.KIT_MAKE):
            return

        def chosen(judges) -> None:
            on_panels = [(judge, panels) for judge, panels in judges if panels]
            self.kit_make_dialog = KitMakeDialog(self.controller, on_panels, self.window())
            self.kit_make_dialog.finished.connect(self.kit_make_dialog.deleteLater)
            self.kit_make_dialog.open()

        self.controller.query(ops_people.list_judges, on_done=chosen)

    def ask_open_kit(self) -> None:
        kit, _ = QFileDialog.getOpenFileName(self, self.tr("打开评委包"), "", self.tr("评委包 (*%1)").replace("%1", KIT_SUFFIX))
        if not kit:
            return
        local, _ = QFileDialog.getSaveFileName(self, self.tr("本机评分文件保存为"),
                                               str(laptop_file(Path(kit))), self.tr("比赛文件 (*.judge)"))
        if local:
            self.ask_kit_pin(Path(kit), Path(local))

    def ask_kit_pin(self, kit: Path, local: Path) -> KitPinDialog:
        """The judge chooses their laptop PIN; then the file is made and the judge logged in."""
        dialog = KitPinDialog(kit.name, self)
        dialog.accepted.connect(lambda: self.open_kit(kit, local, dialog.chosen_pin))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.kit_pin_dialog = dialog
        return dialog

    def open_kit(self, kit: Path, local: Path, pin: str | None = None) -> None:
        """Create the laptop's contest file from ``kit`` (on the store thread), then open it; with
        ``pin`` the kit's judge is registered under it and logged in."""
        def opened(judge: str) -> None:
            self.status(self.tr("已建立裁判 %1 的评分文件").replace("%1", judge))
            window = self.window()
            if hasattr(window, "open_file"):
                window.open_file(local, login=(judge, pin) if pin is not None else None)

        self.controller.bg.store(lambda _side: ops_packages.open_kit(kit, local, pin=pin), on_done=opened,
                                 label=self.tr("正在建立评分文件…"))

    def ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("成绩包导出到（U 盘或共享文件夹）"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        self.controller.query(ops_packages.export_package, folder, on_done=lambda path: self.status(self.tr("成绩包已写入 %1").replace("%1", str(path))),
                              quiet=False)

    def ask_merge(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("导入成绩包"), self.folder.text(),
                                                self.tr("成绩包 (*%1)").replace("%1", PACKAGE_SUFFIX))
        if files:
            self.merge_files([Path(f) for f in files])

    def merge_files(self, files: list[Path]) -> None:
        def done(outcomes: list[ops_packages.MergeOutcome]) -> None:
            for o in outcomes:
                state = self.tr("已导入") if o.merged else self.tr("已拒绝")
                self.log.addItem(f"{o.file}  {state}  {in_ui_language(o.message)}")
            self.controller.reload(lambda _snap: self.refresh())

        self.controller.query(ops_packages.merge_packages, files, on_done=done, quiet=False)
