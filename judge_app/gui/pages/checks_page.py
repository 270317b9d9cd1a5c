"""解密前核查: what must be done before names are unsealed, one tab each: the recheck (复核) list
worked through (blind re-entry or confirmation, differences settled, the 5% rule), a completeness
grid of judges × contestants, and ties: play-off (加赛) results and the acknowledgement of ties
across an award boundary (appeals have their own page, 申诉处理). Every action is one audited store call."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from judge_app.app import review as ops_review
from judge_app.app.review import OUTCOME_LABELS
from judge_app.core.decimals import fmt
from judge_app.core.policy import Action, allowed, roles_for
from judge_app.core.recheck import REASON_LABELS
from judge_app.core.results import EventResult
from judge_app.core.scheme import SectionKind
from judge_app.gui.dialogs import ask_reason
from judge_app.gui.labels import in_ui_language
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.pages.tables import BAD, GOOD, WAIT, cell, fill_table, new_table
from judge_app.gui.playoff_dialog import PlayoffDialog
from judge_app.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

class ChecksPage(Page):
    roles = roles_for(Action.VIEW_CHECKS)

    def page_title(self) -> str:
        return self.tr("解密前核查")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("checksPage")
        self.recheck = None  # RecheckState | None
        self.result: EventResult | None = None
        self.acks: dict[tuple[str, str], str] = {}
        self.missing: tuple | None = None  # (event, section, judges, {judge: [MissingScore]})
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("checksEvent")
        self.events.currentIndexChanged.connect(lambda _i: self.refresh())
        self.state_label = QLabel()
        self.state_label.setObjectName("checksState")
        top.addWidget(self.event_label)
        top.addWidget(self.events)
        top.addSpacing(16)
        top.addWidget(self.state_label, 1)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("checksTabs")
        self.tabs.addTab(self._recheck_tab(), "")
        self.tabs.addTab(self._completeness_tab(), "")
        self.tabs.addTab(self._ties_tab(), "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------------

    def _recheck_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.draw_button = QPushButton()
        self.draw_button.setObjectName("recheckDraw")
        self.draw_button.clicked.connect(self.draw_recheck)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("recheckVerdict")
        self.verdict_label.setWordWrap(True)
        row.addWidget(self.draw_button)
        row.addWidget(self.verdict_label, 1)
        layout.addLayout(row)
        self.recheck_table = new_table("recheckTable", 7)
        self.recheck_table.itemSelectionChanged.connect(self._update_recheck_buttons)
        layout.addWidget(self.recheck_table, 1)
        entry = QHBoxLayout()
        self.show_stored = QCheckBox()
        self.show_stored.setObjectName("recheckShowStored")
        self.show_stored.toggled.connect(lambda _on: self._fill_recheck())
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("recheckValue")
        self.value_edit.setMaximumWidth(120)
        self.value_edit.returnPressed.connect(self.enter_value)
        self.enter_button = QPushButton()
        self.enter_button.setObjectName("recheckEnter")
        self.enter_button.clicked.connect(self.enter_value)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("recheckConfirm")
        self.confirm_button.clicked.connect(self.confirm_value)
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("recheckCorrect")
        self.correct_button.clicked.connect(lambda: self.resolve(True))
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("recheckKeep")
        self.keep_button.clicked.connect(lambda: self.resolve(False))
        self.value_label = QLabel()
        entry.addWidget(self.show_stored)
        entry.addStretch(1)
        entry.addWidget(self.value_label)
        for widget in (self.value_edit, self.enter_button, self.confirm_button, self.correct_button, self.keep_button):
            entry.addWidget(widget)
        layout.addLayout(entry)
        return tab

    def _completeness_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.section_label = QLabel()
        self.sections = QComboBox()
        self.sections.setObjectName("completenessSection")
        self.sections.currentIndexChanged.connect(lambda _i: self.load_completeness())  # user's choice
        self.missing_label = QLabel()
        self.missing_label.setObjectName("completenessSummary")
        row.addWidget(self.section_label)
        row.addWidget(self.sections)
        row.addSpacing(16)
        row.addWidget(self.missing_label, 1)
        layout.addLayout(row)
        self.grid = new_table("completenessGrid", 0)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.grid, 1)
        return tab

    def _ties_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.warnings_title = QLabel()
        layout.addWidget(self.warnings_title)
        self.warnings_table = new_table("tieWarnings", 3)
        self.warnings_table.itemSelectionChanged.connect(self._update_tie_buttons)
        layout.addWidget(self.warnings_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("tieAcknowledge")
        self.ack_button.clicked.connect(self.acknowledge)
        row.addWidget(self.ack_button)
        layout.addLayout(row)
        self.ties_title = QLabel()
        self.ties_title.setWordWrap(True)
        layout.addWidget(self.ties_title)
        self.ties_table = new_table("tiesTable", 4)
        self.ties_table.itemSelectionChanged.connect(self._update_tie_buttons)
        layout.addWidget(self.ties_table, 1)
        self.ties_table.itemActivated.connect(lambda _item: self.ask_playoff())
        row = QHBoxLayout()
        row.addStretch(1)
        self.playoff_button = QPushButton()
        self.playoff_button.setObjectName("playoffEnter")
        self.playoff_button.clicked.connect(self.ask_playoff)
        self.playoff_dialog: PlayoffDialog | None = None
        row.addWidget(self.playoff_button)
        layout.addLayout(row)
        return tab

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        for i, text in enumerate((self.tr("复核"), self.tr("评分完整性"), self.tr("并列与加赛"))):
            self.tabs.setTabText(i, text)
        self.draw_button.setText(self.tr("抽取复核名单"))
        self.recheck_table.setHorizontalHeaderLabels([  # in the order of the list: sheet by sheet
            self.tr("裁判"), self.tr("编号"), self.tr("评分项"), self.tr("抽取原因"), self.tr("原值"),
            self.tr("复核值"), self.tr("结果")])
        self.show_stored.setText(self.tr("显示原值（核对模式）"))
        self.value_label.setText(self.tr("复核值："))
        self.enter_button.setText(self.tr("录入"))
        self.confirm_button.setText(self.tr("确认无误"))
        self.correct_button.setText(self.tr("更正为复核值…"))
        self.keep_button.setText(self.tr("原值正确…"))
        self.section_label.setText(self.tr("模块："))
        self.warnings_title.setText(self.tr("并列名次跨越获奖名额界线（须裁判长确认或安排加赛）："))
        self.warnings_table.setHorizontalHeaderLabels([self.tr("组别"), self.tr("提示"), self.tr("确认")])
        self.ack_button.setText(self.tr("确认此提示…"))
        self.ties_title.setText(self.tr("决胜规则无法分开的并列（可录入加赛成绩作为最后的决胜依据）："))
        self.ties_table.setHorizontalHeaderLabels([
            self.tr("组别"), self.tr("名次"), self.tr("并列选手"), self.tr("总分")])
        self.playoff_button.setText(self.tr("录入加赛成绩…"))
        self._fill_all()

    # -- data ---------------------------------------------------------------------------------------

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        fill_events(self.events, snapshot)
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def _event(self):
        event_id = self.events.currentData()
        if self.snapshot is None or self.snapshot.contest is None or event_id is None:
            return None
        return self.snapshot.event(event_id)

    def refresh(self) -> None:
        """Reload the recheck, acknowledgements and the ranking of the chosen event."""
        ev = self._event()
        session = self.controller.session
        if ev is None or self.controller.snapshot is None or session is None or session.role not in self.roles:
            self.recheck, self.result, self.acks, self.missing = None, None, {}, None
            self._fill_all()
            return
        event_id = ev.id
        self._fill_sections()
        self.load_completeness()
        self.controller.query(ops_review.checks, event_id, on_done=self._loaded)
        self.controller.event_result(event_id, self._result_loaded, quiet=True)

    def _loaded(self, answer: ops_review.Checks) -> None:
        self.recheck, self.acks = answer.recheck, answer.acknowledged
        self._fill_all()

    def _result_loaded(self, result: EventResult) -> None:
        self.result = result
        self._fill_ties()

    def _fill_all(self) -> None:
        """Show what was loaded last (no store call: also used on a language switch)."""
        self._fill_state()
        self._fill_recheck()
        self._fill_grid()
        self._fill_ties()

    def _fill_state(self) -> None:
        ev = self._event()
        if ev is None or self.snapshot is None:
            self.state_label.setText("")
            return
        if self.snapshot.unsealed.get(ev.id):
            text = self.tr("已解密：复核已不能再做")
        elif self.snapshot.all_locked(ev.id):
            text = self.tr("全部模块已锁定，尚未解密：可以复核")
        else:
            text = self.tr("还有模块未锁定：锁定全部模块后才能抽取复核名单")
        self.state_label.setText(text)

    # -- recheck ------------------------------------------------------------------------------------

    def _criterion_name(self, criterion: str) -> str:
        ev = self._event()
        return ev.criterion(criterion)[1].name if ev is not None else criterion

    def _fill_recheck(self) -> None:
        state = self.recheck
        ev = self._event()
        can_draw = (ev is not None and self.snapshot is not None and state is None
                    and self.snapshot.all_locked(ev.id) and not self.snapshot.unsealed.get(ev.id))
        self.draw_button.setEnabled(can_draw and self.may(Action.RECHECK_DRAW))
        if state is None:
            self.verdict_label.setText(self.tr("默认：每组前 10 名全部复核，其余随机抽取 15%；差错超过 5% 则整个赛项全部复核。"))
            self.recheck_table.setRowCount(0)
            self._update_recheck_buttons()
            return
        v = state.verdict
        text = (self.tr("种子 %1 · 复核 %2 份评分表 · 已查 %3/%4 个分值 · 不符 %5 个（%6%，上限 %7%）")
                .replace("%1", str(state.seed)).replace("%2", str(len(state.codes)))
                .replace("%3", str(v.checked)).replace("%4", str(v.expected)).replace("%5", str(v.differing))
                .replace("%6", f"{v.rate:.1f}").replace("%7", fmt(v.limit)))
        if state.full:
            text += self.tr(" —— 差错超过上限：整个赛项全部复核")
        elif state.unsettled:
            text += self.tr(" —— %1 处差异待裁判长处理").replace("%1", str(state.unsettled))
        elif state.finished:
            text += self.tr(" —— 复核完成")
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet("color: #C62828; font-weight: bold;" if state.full else "")
        rows = []
        show = self.show_stored.isChecked()
        for item in state.items:
            colour = {"same": GOOD, "differs": BAD, "corrected": WAIT, "kept": GOOD}.get(item.outcome)
            stored = fmt(item.stored) if (show or item.outcome) else "—"
            rows.append([
                cell(item.judge), cell(item.code), cell(self._criterion_name(item.criterion)),
                cell(self.tr(REASON_LABELS[state.codes.get(item.code, "")]) if item.code in state.codes else ""),
                cell(stored),
                cell(fmt(item.entered) if item.entered is not None else ""),
                cell(self.tr(OUTCOME_LABELS[item.outcome]) if item.outcome else self.tr("待复核"), colour,
                      item.note),
            ])
        current = self.recheck_table.currentRow()
        fill_table(self.recheck_table, rows)
        if rows:
            self.recheck_table.selectRow(self._next_row(current))
        self._update_recheck_buttons()

    def _next_row(self, current: int) -> int:
        """The first unchecked row from ``current`` on (else ``current``), to work down the list."""
        items = self.recheck.items if self.recheck is not None else ()
        for r in list(range(max(current, 0), len(items))) + list(range(0, max(current, 0))):
            if not items[r].outcome:
                return r
        return min(max(current, 0), len(items) - 1)

    def _selected_item(self):
        row = self.recheck_table.currentRow()
        if self.recheck is None or not 0 <= row < len(self.recheck.items):
            return None
        return self.recheck.items[row]

    def _update_recheck_buttons(self) -> None:
        item = self._selected_item()
        own = item is not None and self.session is not None and item.judge == self.session.id
        open_ = item is not None and not item.outcome and self.may(Action.RECHECK_VALUE) and not own
        self.value_edit.setPlaceholderText(self.tr("须由他人复核") if own else "")  # a second person checks
        self.value_edit.setEnabled(open_)
        self.enter_button.setEnabled(open_)
        self.confirm_button.setEnabled(open_ and self.show_stored.isChecked())
        resolver = self.may(Action.RECHECK_RESOLVE)  # others never see a dialog they would be refused
        differs = item is not None and item.outcome == "differs" and resolver
        for button in (self.correct_button, self.keep_button):
            button.setVisible(resolver)
            button.setEnabled(differs)

    def draw_recheck(self) -> None:
        ev = self._event()
        if ev is None:
            return
        event_id = ev.id
        self.controller.act(ops_review.draw_recheck, event_id, event_id=event_id,
                            label=self.tr("正在抽取复核名单…"),
                            on_done=lambda state: self.status(self.tr("复核名单已抽取，种子 %1").replace("%1", str(state.seed))))

    def _check(self, value: str | None) -> None:
        item, ev = self._selected_item(), self._event()
        if item is None or ev is None:
            return
        key = (ev.id, item.code, item.criterion, item.judge)

        def done(answer: tuple[str, str]) -> None:
            outcome, _pending = answer
            self.value_edit.clear()
            self.status(self.tr("%1 %2：%3").replace("%1", item.code)
                        .replace("%2", self._criterion_name(item.criterion)).replace("%3", self.tr(OUTCOME_LABELS[outcome])))

        self.controller.act(ops_review.recheck_value, *key, value, event_id=ev.id, on_done=done)

    def enter_value(self) -> None:
        text = self.value_edit.text().strip()
        if text:
            self._check(text)

    def confirm_value(self) -> None:
        self._check(None)

    def resolve(self, correct: bool) -> None:
        item, ev = self._selected_item(), self._event()
        if item is None or ev is None or not self.may(Action.RECHECK_RESOLVE):
            return
        key = (ev.id, item.code, item.criterion, item.judge)
        if correct:
            title = self.tr("更正分数")
            prompt = (self.tr("把 %1 “%2”（裁判 %3）由 %4 更正为 %5。请写明依据（如：原始评分表）。")
                      .replace("%4", fmt(item.stored)).replace("%5", fmt(item.entered)))
        else:
            title = self.tr("原值正确")
            prompt = self.tr("保留 %1 “%2”（裁判 %3）的原值 %4。请写明理由（如：复核录入有误）。").replace("%4", fmt(item.stored))
        prompt = prompt.replace("%1", item.code).replace("%2", self._criterion_name(item.criterion)).replace("%3", item.judge)
        ask_reason(self, title, prompt, lambda reason: self.controller.act(
            partial(ops_review.resolve_recheck, correct=correct, reason=reason), *key, event_id=ev.id))

    # -- completeness -------------------------------------------------------------------------------

    def _fill_sections(self) -> None:
        ev = self._event()
        current = self.sections.currentData()
        self.sections.blockSignals(True)
        self.sections.clear()
        if ev is not None:
            for sec in ev.sections:
                if sec.kind is SectionKind.SCORED:
                    self.sections.addItem(sec.name, sec.id)
        found = self.sections.findData(current)
        self.sections.setCurrentIndex(found if found >= 0 else (0 if self.sections.count() else -1))
        self.sections.blockSignals(False)

    def load_completeness(self) -> None:
        ev, section_id = self._event(), self.sections.currentData()
        if ev is None or section_id is None or self.controller.snapshot is None:
            self.missing = None
            self._fill_grid()
            return
        sec = ev.section(section_id)
        judges = list(sec.judges) or sorted({j.id for j in self.snapshot.judges if allowed(Action.PANEL_SEAT, j.role)})
        def done(missing: dict) -> None:
            self.missing = (ev, judges, missing)
            self._fill_grid()

        self.controller.missing_scores(ev.id, section_id, judges, done)

    def _fill_grid(self) -> None:
        if self.snapshot is None or self.missing is None:
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.missing_label.setText("")
            return
        ev, judges, missing = self.missing
        codes = [e.code for e in self.snapshot.entries_of(ev.id) if e.code and e.status.value == "ok"]
        self.grid.clear()
        self.grid.setColumnCount(len(judges))
        self.grid.setRowCount(len(codes))
        self.grid.setHorizontalHeaderLabels([f"{self.snapshot.judge_name(j)}\n{j}" for j in judges])
        self.grid.setVerticalHeaderLabels(codes)
        self.grid.verticalHeader().setVisible(True)
        total = 0
        row_of = {code: r for r, code in enumerate(codes)}
        for c, judge in enumerate(judges):
            by_code: dict[str, list[str]] = {}
            for gap in missing.get(judge, []):
                by_code.setdefault(gap.code, []).append(gap.criterion_name)
            for code, r in row_of.items():
                names = by_code.get(code, [])
                total += len(names)
                if names:
                    item = cell(self.tr("缺 %1").replace("%1", str(len(names))), BAD, "、".join(names))
                else:
                    item = cell("✓", GOOD)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(r, c, item)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.missing_label.setText(
            self.tr("全部齐全") if total == 0 else self.tr("共缺 %1 个分值（悬停查看缺哪些评分项）").replace("%1", str(total)))
        self.missing_label.setStyleSheet("" if total == 0 else "color: #C62828; font-weight: bold;")

    # -- ties and play-offs -------------------------------------------------------------------------

    def _tie_warnings(self) -> list[tuple[str, str]]:
        if self.result is None:
            return []
        return [(g.group, in_ui_language(w.message)) for g in self.result.groups for w in g.warnings]

    def _ties(self) -> list[tuple[str, list]]:
        """Ties the whole tie-break chain leaves: (group, the rows sharing one rank)."""
        out: list[tuple[str, list]] = []
        if self.result is None:
            return out
        for group in self.result.groups:
            ranks: dict[int, list] = {}
            for row in group.rows:
                if row.rank is not None:
                    ranks.setdefault(row.rank, []).append(row)
            out += [(group.group, rows) for rows in ranks.values() if len(rows) > 1]
        return out

    def _fill_ties(self) -> None:
        rows = []
        for group, message in self._tie_warnings():
            note = self.acks.get((group, message))
            rows.append([cell(group or self.tr("不分组")), cell(message, WAIT if note is None else None, message),
                         cell(self.tr("已确认：%1").replace("%1", note) if note is not None else self.tr("未确认"),
                               BAD if note is None else GOOD)])
        fill_table(self.warnings_table, rows)
        rows = []
        for group, tied in self._ties():
            total = tied[0].total
            rows.append([cell(group or self.tr("不分组")), cell(str(tied[0].rank)),
                         cell("、".join(row.code for row in tied)),
                         cell(fmt(total) if total is not None else "")])
        fill_table(self.ties_table, rows)
        self._update_tie_buttons()

    def _update_tie_buttons(self) -> None:
        warnings = self._tie_warnings()
        row = self.warnings_table.currentRow()
        self.ack_button.setEnabled(0 <= row < len(warnings) and warnings[row] not in self.acks
                                   and self.may(Action.WARNING_ACK))
        self.playoff_button.setEnabled(0 <= self.ties_table.currentRow() < len(self._ties())
                                       and self.may(Action.PLAYOFF_SET))

    def acknowledge(self) -> None:
        ev, warnings, row = self._event(), self._tie_warnings(), self.warnings_table.currentRow()
        if ev is None or not 0 <= row < len(warnings):
            return
        group, message = warnings[row]
        event_id = ev.id
        ask_reason(self, self.tr("确认并列跨越名额界线"),
                   message + "\n\n" + self.tr("请写明处理意见（如：经裁判长确认，并列者均获该奖项；或：已安排加赛）。"),
                   lambda note: self.controller.act(
                       partial(ops_review.acknowledge_warning, note=note), event_id, group, message, event_id=event_id),
                   ok_text=self.tr("确认"))

    def ask_playoff(self) -> PlayoffDialog | None:
        """The play-off results of every entrant of the selected tie, in one dialog."""
        ev, ties, row = self._event(), self._ties(), self.ties_table.currentRow()
        if ev is None or not 0 <= row < len(ties):
            return None
        group, tied = ties[row]
        title = self.tr("%1 %2：%3 并列第 %4 名").replace("%1", ev.name).replace(
            "%2", group or self.tr("不分组")).replace("%3", "、".join(r.code for r in tied)).replace(
            "%4", str(tied[0].rank))
        dialog = PlayoffDialog(title, [r.code for r in tied], self)
        dialog.accepted.connect(lambda: self.save_playoffs(ev.id, dialog.values() or {}))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.playoff_dialog = dialog
        return dialog

    def save_playoffs(self, event_id: str, values: dict[str, Decimal]) -> None:
        """Save the results of one tie together: one store job, then one re-rank."""
        codes = "、".join(values)
        self.controller.act(ops_review.set_playoffs, event_id, values, event_id=event_id,
                            on_done=lambda _r: self.status(self.tr("已保存 %1 的加赛成绩").replace("%1", codes)))
