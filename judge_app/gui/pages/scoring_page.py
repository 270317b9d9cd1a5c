"""评分: a judge's grid (or, for a scorer, the grid of the judge whose paper sheet is typed in)."""

from __future__ import annotations

from typing import Any

from judge_app.core.policy import Action, roles_for
from judge_app.core.scheme import SectionKind
from judge_app.gui.dialogs import ListDialog, confirm, show_error, show_info
from judge_app.gui.grid_model import ScoreGridModel
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.qt import (
    QAction,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    Qt,
    QUndoStack,
    QVBoxLayout,
)
from judge_app.gui.score_grid import CellCommand, ScoreGridView
from judge_app.gui.settings import Settings
from judge_app.gui.store_side import GridData

#: 重做: Ctrl+Y (Windows, shown in the menu and the hint) and Ctrl+Shift+Z (other systems' habit)
REDO_KEYS = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]

STATE_STYLE = {
    "open": "color:#1B5E20;",
    "submitted": "color:#0D47A1;font-weight:bold;",
    "locked": "color:#B71C1C;font-weight:bold;",
}


class ScoringPage(Page):
    roles = roles_for(Action.SCORE)

    def page_title(self) -> str:
        return self.tr("评分")

    def menu_actions(self) -> list:
        """Undo / redo of cell changes (each goes through the store again)."""
        if not hasattr(self, "_actions"):
            undo = QAction(self)
            undo.setObjectName("actionUndo")
            undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
            undo.triggered.connect(self.undo_stack.undo)
            undo.setEnabled(self.undo_stack.canUndo())
            self.undo_stack.canUndoChanged.connect(undo.setEnabled)
            redo = QAction(self)
            redo.setObjectName("actionRedo")
            redo.triggered.connect(self.undo_stack.redo)
            redo.setEnabled(self.undo_stack.canRedo())
            self.undo_stack.canRedoChanged.connect(redo.setEnabled)
            redo.setShortcuts(REDO_KEYS)  # the first is the one the menu shows, as the hint says
            submit = QAction(self)
            submit.setObjectName("actionSubmit")
            submit.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
            submit.triggered.connect(self.submit_current)
            self._actions = [undo, redo, submit]
            self._name_actions()
        return self._actions

    def _name_actions(self) -> None:
        """Undo / redo texts in the current language (created once, re-labelled on a switch)."""
        if hasattr(self, "_actions"):
            self._actions[0].setText(self.tr("撤销"))
            self._actions[1].setText(self.tr("重做"))
            self._actions[2].setText(self.tr("提交本模块…"))

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("scoringPage")
        self.undo_stack = QUndoStack(self)
        self.model = ScoreGridModel(controller, self)
        self.model.changeRequested.connect(self._push)
        self.model.saveFailed.connect(self._save_failed)
        self.model.saved.connect(self._saved)
        self.model.secondTyped.connect(self._show_mismatches)
        self.data: GridData | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("scoringEvent")
        self.events.currentIndexChanged.connect(lambda _i: self._event_changed())
        self.judge_label = QLabel()
        self.judges = QComboBox()
        self.judges.setObjectName("scoringJudge")
        self.judges.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.judges.currentIndexChanged.connect(lambda _i: self.load())
        self.who = QLabel()
        self.who.setObjectName("scoringWho")
        top.addWidget(self.event_label)
        top.addWidget(self.events)
        top.addSpacing(12)
        top.addWidget(self.judge_label)
        top.addWidget(self.judges)
        top.addWidget(self.who)
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkPassButton")
        self.check_button.setCheckable(True)
        self.check_button.toggled.connect(self._check_pass)
        top.addWidget(self.check_button)
        top.addStretch(1)
        self.submit_box = QHBoxLayout()
        top.addLayout(self.submit_box)
        layout.addLayout(top)

        self.states = QLabel()
        self.states.setObjectName("scoringStates")
        self.states.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.states)
        self.requests_box = QFrame()
        self.requests_box.setObjectName("remarkBanner")
        self.requests_box.setStyleSheet("#remarkBanner { background:#FFF3E0; border:1px solid #FFB74D; }")
        banner = QHBoxLayout(self.requests_box)
        banner.setContentsMargins(8, 4, 4, 4)
        self.requests = QLabel()
        self.requests.setObjectName("remarkRequests")
        self.requests.setWordWrap(True)
        self.requests_close = QPushButton()
        self.requests_close.setObjectName("remarkBannerClose")
        self.requests_close.clicked.connect(self._dismiss_requests)
        banner.addWidget(self.requests, 1)
        banner.addWidget(self.requests_close, 0, Qt.AlignmentFlag.AlignTop)
        self.requests_box.hide()
        #: the requests the banner lists for (event, judge): kept, marked done, until dismissed, so
        #: the grid never moves under the mouse when a re-marked value is saved
        self._banner: tuple[tuple[str, str], dict[tuple[str, str], str]] | None = None
        layout.addWidget(self.requests_box)
        self.mismatch = QLabel()
        self.mismatch.setObjectName("mismatchList")
        self.mismatch.setStyleSheet("QLabel { background:#FDECEA; color:#B71C1C; border:1px solid #E57373; padding:4px 8px; }")
        self.mismatch.hide()
        layout.addWidget(self.mismatch)

        self.grid = ScoreGridView()
        self.grid.setModel(self.model)
        self.grid.refusalShown.connect(lambda reason: self.status(reason, 8000))
        layout.addWidget(self.grid, 1)
        bottom = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setObjectName("scoringHint")
        self.hint.setStyleSheet("color:#555;")
        self.hint.setWordWrap(True)
        bottom.addWidget(self.hint, 1)
        self.enter_down = QCheckBox()
        self.enter_down.setObjectName("enterMovesDown")
        self.enter_down.setChecked(Settings().enter_moves_down)
        self.grid.enter_moves_down = self.enter_down.isChecked()
        self.enter_down.toggled.connect(self._set_enter_down)
        bottom.addWidget(self.enter_down)
        layout.addLayout(bottom)
        self._submit_buttons: list[QPushButton] = []
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.judge_label.setText(self.tr("录入裁判："))
        self.check_button.setText(self.tr("第二遍核对客观项"))
        self.requests_close.setText(self.tr("知道了"))
        self.requests_close.setToolTip(self.tr("全部重评完后关闭此提示"))
        self.check_button.setToolTip(self.tr(
            "记分员再录一遍客观项（测量值）：两遍一致为绿色，不一致为红色并列出；第二遍不保存"))
        self.hint.setText(self.tr(
            "输入分数后按回车保存并跳到下一项（Tab 也可）；Delete 清除；Ctrl+Z 撤销，Ctrl+Y 重做；"
            "Ctrl+回车 提交当前模块。✓ 表示已保存到比赛文件。"))
        self.enter_down.setText(self.tr("回车后向下"))
        self.enter_down.setToolTip(self.tr("勾选后回车跳到下一名选手的同一项（按列录入）；不勾选则跳到右边的下一项"))
        self._name_actions()
        self._show_states()
        if self.data is not None:  # texts made from data: submit buttons, judge, header widths
            self._show_who()
            self._show_requests()
            self._rebuild_submit_buttons()
            if self.model.columnCount():
                self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self.grid.fit_columns()

    def _set_enter_down(self, on: bool) -> None:
        """Enter moves down (the same criterion, next entry) or right; remembered between runs."""
        self.grid.enter_moves_down = on
        settings = Settings()
        settings.enter_moves_down = on
        settings.sync()
        self.grid.setFocus()

    # -- session and snapshot -----------------------------------------------------------------

    @property
    def scorer_mode(self) -> bool:
        return self.may(Action.SCORE) and not self.may(Action.PANEL_SEAT)  # types others' sheets, on no panel

    def set_session(self, session) -> None:
        super().set_session(session)
        self.judges.setVisible(self.scorer_mode)
        self.judge_label.setVisible(self.scorer_mode)
        self.check_button.setVisible(self.scorer_mode)
        self.check_button.setChecked(False)
        self.undo_stack.clear()

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        if snapshot is None or snapshot.contest is None or self.session is None:
            self.events.clear()
            return
        if self.scorer_mode:
            only = None
        else:
            only = [ev.id for ev in snapshot.contest.events
                    if any(s.kind is SectionKind.SCORED and s.open_to(self.session.id) for s in ev.sections)]
        fill_events(self.events, snapshot, only)
        if only == []:  # e.g. a chief judge who sits on no panel: say so instead of an empty grid
            self.hint.setText(self.tr("您不在任何评分组中，没有要评的分。需要时请管理员在「裁判与评分组」页分配。"))
        self._event_changed(reload=False)

    def _event_changed(self, reload: bool = True) -> None:
        snap = self.snapshot
        event_id = self.events.currentData()
        if self.scorer_mode and snap is not None and event_id:
            ev = snap.event(event_id)
            current = self.judges.currentData()
            self.judges.blockSignals(True)
            self.judges.clear()
            for judge in ev.judges:
                self.judges.addItem(f"{judge} {snap.judge_name(judge)}".strip(), judge)
            found = self.judges.findData(current)
            self.judges.setCurrentIndex(found if found >= 0 else 0)
            self.judges.blockSignals(False)
        self.load()

    def current_judge(self) -> str:
        if self.session is None:
            return ""
        if self.scorer_mode:
            return self.judges.currentData() or ""
        return self.session.id

    # -- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        event_id = self.events.currentData()
        judge = self.current_judge()
        if not event_id or not judge:
            return
        self.controller.load_grid(event_id, judge, self._loaded)

    def _loaded(self, data: GridData) -> None:
        self.data = data
        self.check_button.setChecked(False)
        self.undo_stack.clear()
        self.model.load(data)
        self._show_who()
        self._rebuild_submit_buttons()
        self._show_states()
        self._show_requests()
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.first_empty())
        self.grid.setFocus()

    def _show_who(self) -> None:
        judge = self.data.judge if self.data else ""
        self.who.setText(self.tr("裁判 %1").replace("%1", judge) if judge and not self.scorer_mode else "")

    def _rebuild_submit_buttons(self) -> None:
        for button in self._submit_buttons:
            self.submit_box.removeWidget(button)
            button.deleteLater()
        self._submit_buttons = []
        if self.data is None:
            return
        for sec in self.data.sections:
            if sec.kind is SectionKind.VOTE:
                continue
            button = QPushButton(self.tr("提交“%1”…").replace("%1", sec.name))
            button.setObjectName(f"submit_{sec.id}")
            button.setToolTip(self.tr("全部评完后提交本模块；提交后如需修改，须裁判长退回"))
            button.clicked.connect(lambda _c=False, s=sec.id: self.submit(s))
            open_ = self.data.section_states.get(sec.id) == "open" and self.data.submissions.get(sec.id) != "submitted"
            button.setEnabled(open_)
            self.submit_box.addWidget(button)
            self._submit_buttons.append(button)

    def _show_states(self) -> None:
        if self.data is None:
            self.states.setText("")
            return
        parts = []
        for sec in self.data.sections:
            locked = self.data.section_states.get(sec.id) == "locked"
            sub = self.data.submissions.get(sec.id, "open")
            state = "locked" if locked else sub
            label = {"open": self.tr("评分中"), "submitted": self.tr("已提交"), "locked": self.tr("已锁定")}[state]
            filled, total = self.model.filled(sec.id)
            parts.append(
                self.tr("%1：%2").replace("%1", f"<b>{sec.name}</b>")
                .replace("%2", f"<span style='{STATE_STYLE[state]}'>{label}</span>")
                + self.tr("（已填 %1 / %2）").replace("%1", str(filled)).replace("%2", str(total)))
        self.states.setText("　　".join(parts))

    def _show_requests(self) -> None:
        """The chief judge's re-mark requests; one re-marked stays listed as done (the banner keeps
        its height) until the judge closes the banner or another sheet is loaded."""
        if self.data is None:
            self._banner = None
            self.requests_box.hide()
            return
        sheet = (self.data.event.id, self.data.judge)
        listed = self._banner[1] if self._banner is not None and self._banner[0] == sheet else {}
        listed = {**listed, **self.model.requests}
        self._banner = (sheet, listed) if listed else None
        if not listed:
            self.requests_box.hide()
            return
        lines = [self.tr("裁判长请求重评（橙色单元格）：")]
        for (code, crit), reason in sorted(listed.items()):
            done = "" if (code, crit) in self.model.requests else self.tr("　✓ 已重评")
            lines.append(f"  {code} · {self.model.criterion_label(crit)}：{reason}{done}")
        self.requests.setText("\n".join(lines))
        self.requests_close.setEnabled(not self.model.requests)  # shown throughout: the width stays
        self.requests_box.show()

    def _dismiss_requests(self) -> None:
        """Close the banner once every request is re-marked (the judge's click: the grid may move)."""
        if self.model.requests:
            return
        self._banner = None
        self.requests_box.hide()
        self.grid.setFocus()

    # -- second pass --------------------------------------------------------------------------

    def _check_pass(self, on: bool) -> None:
        self.model.set_check_pass(on)
        self.grid.fit_columns()
        self._show_mismatches()
        if on:
            first = next((self.model.index(r, c) for r in range(self.model.rowCount())
                          for c in range(self.model.columnCount()) if self.model.checkable(self.model.index(r, c))), None)
            if first is not None:
                self.grid.setCurrentIndex(first)
            self.grid.setFocus()

    def _show_mismatches(self) -> None:
        if not self.model.check_pass:
            self.mismatch.hide()
            return
        wrong = self.model.mismatches()
        left = self.model.to_check()
        lines = [self.tr("第二遍：已核对 %1 项，还剩 %2 项；不一致 %3 项（红色）。")
                 .replace("%1", str(len(self.model.second))).replace("%2", str(left)).replace("%3", str(len(wrong)))]
        lines += [self.tr("  %1 · %2：第一遍 %3，第二遍 %4").replace("%1", code).replace("%2", name)
                  .replace("%3", self.model.shown("", first)).replace("%4", self.model.shown("", second))
                  for code, name, first, second in wrong]
        self.mismatch.setText("\n".join(lines))
        self.mismatch.setStyleSheet(
            "QLabel { background:%s; color:%s; border:1px solid %s; padding:4px 8px; }"
            % (("#FDECEA", "#B71C1C", "#E57373") if wrong else ("#E8F5E9", "#1B5E20", "#81C784")))
        self.mismatch.show()

    # -- editing ------------------------------------------------------------------------------

    def _push(self, code: str, criterion: str, old: Any, new: Any) -> None:
        label = self.model.criterion_label(criterion)
        text = self.tr("%1 %2：%3 → %4").replace("%1", code).replace("%2", label).replace(
            "%3", "—" if old in (None, "") else str(old)).replace("%4", "—" if new in (None, "") else str(new))
        self.grid.clear_refusal()
        self.undo_stack.push(CellCommand(self.model, code, criterion, old, new, text))

    def _saved(self, code: str, criterion: str, revision: int) -> None:
        self._show_states()
        self._show_requests()
        if criterion:
            self.status(self.tr("已保存 %1 %2").replace("%1", code).replace("%2", self.model.criterion_label(criterion)), 3000)

    def _save_failed(self, exc: BaseException) -> None:
        self.undo_stack.clear()  # the stack no longer matches the store
        show_error(self, exc)
        self.load()

    # -- submitting ---------------------------------------------------------------------------

    def submit(self, section_id: str) -> None:
        if self.data is None:
            return
        event_id, judge = self.data.event.id, self.data.judge

        def check() -> None:
            self.controller.missing_scores(event_id, section_id, [judge], lambda missing: answer(missing[judge]))

        def answer(missing: list) -> None:
            sec = self.data.event.section(section_id)
            if missing:
                dialog = ListDialog(
                    self.tr("还不能提交"),
                    self.tr("“%1”还有 %2 处未评分，请补齐后再提交（双击跳到该格）：")
                    .replace("%1", sec.name).replace("%2", str(len(missing))),
                    [f"{m.code}　{m.criterion_name}" for m in missing], self)
                dialog.setObjectName("missingDialog")
                dialog.list.itemDoubleClicked.connect(
                    lambda item: (self._go(missing[dialog.list.row(item)]), dialog.accept()))
                dialog.open()
                return
            confirm(self, self.tr("提交评分"),
                    self.tr("提交“%1”的全部评分？提交后不能再修改，除非裁判长退回。").replace("%1", sec.name),
                    lambda: self.controller.submit_section(event_id, section_id, judge, on_done=lambda _r: done(sec.name)),
                    ok_text=self.tr("提交"))

        def done(name: str) -> None:
            show_info(self, self.tr("“%1”已提交。").replace("%1", name), self.tr("已提交"))
            self.load()

        self.controller.after_idle(check)  # wait for saves still on their way

    def submit_current(self) -> None:
        """提交 the section of the current cell (Ctrl+Enter); the first one still open elsewhere."""
        if self.data is None:
            return
        index = self.grid.currentIndex()
        column = self.model.columns[index.column()] if index.isValid() else None
        open_ = [b.objectName().removeprefix("submit_") for b in self._submit_buttons if b.isEnabled()]
        section = column.section.id if column is not None and column.section is not None else None
        if section not in open_:
            section = open_[0] if open_ else None
        if section is not None:
            self.submit(section)

    def _go(self, missing) -> None:
        index = self.model.index_of(missing.code, missing.criterion)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
            self.grid.setFocus()

    def activated(self) -> None:
        self.grid.setFocus()

    def reload_if(self, event_id: str) -> None:
        if self.data is not None and (not event_id or event_id == self.data.event.id):
            self.load()
