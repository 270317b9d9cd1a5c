"""裁判长审核: section states and submissions, lock / unlock (reason required), spread flags and
value conflicts (a measurement the panel entered differently: settled here with a reason) in a
panel grid and a list, judge bias, re-mark requests; unseal (secretary) and publication
(organiser). Every action is a store call; the store decides what is allowed and audits it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from judge_app.app import contest_file as ops_contest
from judge_app.app import people as ops_people
from judge_app.app import review as ops_review
from judge_app.core.decimals import fmt, quantize
from judge_app.core.policy import Action, roles_for
from judge_app.core.results import EntryResult, EventResult, Issue
from judge_app.core.review import outlier
from judge_app.core.scheme import CriterionKind, SectionKind
from judge_app.gui.dialogs import ask_reason, confirm, ok_cancel, show_info
from judge_app.gui.labels import in_ui_language
from judge_app.gui.passphrase_dialog import ask_passphrase
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.pages.tables import LazyTable, new_table, new_view, selected_data
from judge_app.gui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

FLAG_BG = QColor("#FFCDD2")
STATE_BG = {"open": QColor("#E8F5E9"), "locked": QColor("#FFEBEE"), "submitted": QColor("#E3F2FD")}


def _who(name: str, judge_id: str) -> str:
    """A judge as “姓名（J01）”, or the id alone when nobody by that id is registered."""
    return judge_id if name == judge_id else f"{name}（{judge_id}）"


class RemarkRequestDialog(QDialog):
    """Ask one judge of the panel to re-mark a value: judge (with the value given) and reason."""

    def __init__(self, code: str, criterion_name: str, values: list[tuple[str, str]], parent=None,
                 *, outlier: str | None = None):
        super().__init__(parent)
        self.setObjectName("remarkRequestDialog")
        self.setWindowTitle(self.tr("请求重评"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        form.addRow(self.tr("选手编号："), QLabel(code))
        form.addRow(self.tr("评分项："), QLabel(criterion_name))
        self.judge = QComboBox()
        self.judge.setObjectName("remarkJudge")
        for judge, value in values:
            self.judge.addItem(f"{judge}（{value}）", judge)
        if outlier is not None:  # the value farthest from the panel's: most likely the one meant
            self.judge.setCurrentIndex(max(0, self.judge.findData(outlier)))
        form.addRow(self.tr("裁判："), self.judge)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("remarkReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(self.tr("例如：分差过大，请复核评分（必填）"))
        form.addRow(self.tr("原因："), self.reason)
        buttons, self.ok = ok_cancel(self, self.tr("发送请求"), "remarkOk")
        form.addRow(buttons)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        self.ok.setEnabled(False)


class SettleValueDialog(QDialog):
    """The chief judge's decision on a value conflict: the correct value (one of those entered,
    or typed) and the reason."""

    def __init__(self, code: str, criterion_name: str, message: str, values: list, parent=None):
        super().__init__(parent)
        self.setObjectName("settleValueDialog")
        self.setWindowTitle(self.tr("确定正确值"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        form.addRow(self.tr("选手编号："), QLabel(code))
        form.addRow(self.tr("评分项："), QLabel(criterion_name))
        self.entered = QLabel(message)
        self.entered.setWordWrap(True)
        form.addRow(self.tr("各裁判录入："), self.entered)
        self.value = QComboBox()
        self.value.setObjectName("settleValue")
        self.value.setEditable(True)
        for value in values:
            self.value.addItem(fmt(value))
        form.addRow(self.tr("正确值："), self.value)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("settleReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("例如：按测量记录单（必填）"))
        form.addRow(self.tr("依据："), self.reason)
        buttons, self.ok = ok_cancel(self, self.tr("确定"), "settleOk")
        form.addRow(buttons)
        self.reason.textChanged.connect(self._ready)
        self.value.currentTextChanged.connect(lambda _t: self._ready())
        self.ok.setEnabled(False)

    def _ready(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip() and self.value.currentText().strip()))


class ReviewPage(Page):
    roles = roles_for(Action.VIEW_REVIEW)

    def page_title(self) -> str:
        return self.tr("审核与锁定")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("reviewPage")
        self.result: EventResult | None = None
        self._by_code: dict[str, EntryResult] = {}  # the result's rows by entry code
        #: what the two lazy tables show: the flags of (event, its flags), the rows of (event,
        #: section, its rows by code); their cells are made only when the view asks (on screen)
        self._flagged: tuple[Any, tuple[Issue, ...]] | None = None
        self._overview: tuple[Any, Any, list[EntryResult]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)

        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("reviewEvent")
        self.events.currentIndexChanged.connect(lambda _i: self.refresh())
        self.event_state = QLabel()
        self.event_state.setObjectName("eventState")
        self.unseal_button = QPushButton()
        self.unseal_button.setObjectName("unsealButton")
        self.unseal_button.clicked.connect(self.unseal)
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publishButton")
        self.publish_button.clicked.connect(self.publish)
        self.final_button = QPushButton()
        self.final_button.setObjectName("finalButton")
        self.final_button.clicked.connect(self.finalize)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshReview")
        self.refresh_button.clicked.connect(self.refresh)
        for w in (self.event_label, self.events, self.event_state):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.refresh_button, self.unseal_button, self.publish_button, self.final_button):
            top.addWidget(w)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.sections_title = QLabel()
        self.sections_title.setObjectName("sectionsTitle")
        left.addWidget(self.sections_title)
        self.sections = new_table("sectionStates", stretch=False)
        self.sections.itemSelectionChanged.connect(self._update_buttons)
        left.addWidget(self.sections)
        buttons = QHBoxLayout()
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(self.lock)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.penalty_button = QPushButton()
        self.penalty_button.setObjectName("penaltyButton")
        self.penalty_button.clicked.connect(self.penalties)
        for w in (self.lock_button, self.unlock_button, self.reopen_button, self.penalty_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        left.addLayout(buttons)
        upper_layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.bias_title = QLabel()
        right.addWidget(self.bias_title)
        self.bias = new_table("biasTable", stretch=False)
        right.addWidget(self.bias)
        upper_layout.addLayout(right, 2)
        splitter.addWidget(upper)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        flags_box = QWidget()
        flags_layout = QVBoxLayout(flags_box)
        flags_layout.setContentsMargins(2, 2, 2, 2)
        self.flags = new_view("flagsTable", LazyTable(self._flag_cell, self._flag_header, self))
        self.flags.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        flags_layout.addWidget(self.flags)
        flag_buttons = QHBoxLayout()
        self.request_button = QPushButton()
        self.request_button.setObjectName("requestRemark")
        self.request_button.clicked.connect(self.request_remark)
        flag_buttons.addWidget(self.request_button)
        self.settle_button = QPushButton()
        self.settle_button.setObjectName("settleValue")
        self.settle_button.clicked.connect(self.settle_value)
        flag_buttons.addWidget(self.settle_button)
        self.requests_info = QLabel()
        self.requests_info.setObjectName("openRequests")
        flag_buttons.addWidget(self.requests_info, 1)
        flags_layout.addLayout(flag_buttons)
        self.tabs.addTab(flags_box, "")
        panel_box = QWidget()
        panel_layout = QVBoxLayout(panel_box)
        panel_layout.setContentsMargins(2, 2, 2, 2)
        panel_top = QHBoxLayout()
        self.panel_section_label = QLabel()
        self.panel_section = QComboBox()
        self.panel_section.setObjectName("panelSection")
        self.panel_section.currentIndexChanged.connect(lambda _i: self._fill_panel())
        panel_top.addWidget(self.panel_section_label)
        panel_top.addWidget(self.panel_section)
        panel_top.addStretch(1)
        panel_layout.addLayout(panel_top)
        self.panel = new_view("panelGrid", LazyTable(self._panel_cell, self._panel_header, self))
        self.panel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.panel.verticalHeader().setVisible(True)
        self.panel.horizontalHeader().setStretchLastSection(False)
        self.panel.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        panel_layout.addWidget(self.panel)
        self.tabs.addTab(panel_box, "")
        splitter.addWidget(self.tabs)
        splitter.setSizes([260, 340])
        layout.addWidget(splitter, 1)
        controller.stateChanged.connect(self._on_state)  # a bound slot: gone with the page (a lambda
        controller.changed.connect(self._on_changes)  # outlived it and raised once the page was deleted)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.refresh_button.setText(self.tr("刷新"))
        self.unseal_button.setText(self.tr("解密（显示姓名）…"))
        self.publish_button.setText(self.tr("公示"))
        self.final_button.setText(self.tr("定稿"))
        self.sections_title.setText(self.tr("<b>模块状态与裁判提交情况</b>"))
        self.lock_button.setText(self.tr("锁定模块"))
        self.unlock_button.setText(self.tr("解锁…"))
        self.reopen_button.setText(self.tr("退回裁判…"))
        self.penalty_button.setText(self.tr("扣罚分…"))
        self.bias_title.setText(self.tr("<b>裁判偏差</b>（与评分组平均分之差的平均值）"))
        self.request_button.setText(self.tr("请求重评…"))
        self.settle_button.setText(self.tr("确定正确值…"))
        self.settle_button.setToolTip(self.tr("评分组对客观项或扣分项的录入不一致时，由裁判长确定正确值（须写明依据）"))
        self.tabs.setTabText(0, self.tr("分差提示"))
        self.tabs.setTabText(1, self.tr("评分总览（红色为分差过大）"))
        self.panel_section_label.setText(self.tr("模块："))
        self.lock_button.setToolTip(self.tr("锁定后不能再改分；锁定时自动备份"))
        self.unlock_button.setToolTip(self.tr("解锁须写明原因，记入审计日志"))
        self._fill()

    # -- data ---------------------------------------------------------------------------------

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        fill_events(self.events, snapshot)
        self._fill_states()
        self._update_buttons()

    def set_session(self, session) -> None:
        super().set_session(session)
        for button, action in ((self.lock_button, Action.SECTION_LOCK), (self.unlock_button, Action.SECTION_UNLOCK),
                               (self.reopen_button, Action.REOPEN), (self.request_button, Action.REMARK_REQUEST),
                               (self.settle_button, Action.CONFLICT_RESOLVE), (self.penalty_button, Action.PENALTY_ADD),
                               (self.unseal_button, Action.UNSEAL), (self.publish_button, Action.PUBLISH),
                               (self.final_button, Action.FINALISE)):
            button.setVisible(self.may(action))

    def activated(self) -> None:
        self.refresh()

    def _on_state(self, _event_id: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        event_id = self.events.currentData()
        if not event_id or self.session is None:
            return
        self._fill_states()
        self.controller.event_result(event_id, self._loaded, quiet=self.result is not None)

    def _on_changes(self, changes) -> None:
        """Flags and bias follow any change of the shown event's values (a merge, a correction)."""
        event_id = self.events.currentData()
        if event_id and self.result is not None and changes.results_changed(event_id):
            self.refresh()

    def closing(self) -> None:
        """Let go of the event's results and flags at once (see RankingPage.closing)."""
        self.events.blockSignals(True)
        self.events.clear()
        self.result, self._by_code, self._flagged, self._overview = None, {}, None, None
        self.flags.model().reset(0, 4)
        self.panel.model().reset(0, 0)

    def _loaded(self, result: EventResult) -> None:
        if result.event != self.events.currentData():
            return
        self.result = result
        self._by_code = {row.code: row for row in result.rows}
        self._fill()

    def _event(self):
        event_id = self.events.currentData()
        if not event_id or self.snapshot is None or self.snapshot.contest is None:
            return None
        return self.snapshot.event(event_id)

    def _fill(self) -> None:
        self._fill_states()
        self._fill_flags()
        self._fill_bias()
        ev = self._event()
        current = self.panel_section.currentData()
        self.panel_section.blockSignals(True)
        self.panel_section.clear()
        if ev is not None:
            for sec in ev.sections:
                if sec.kind is SectionKind.SCORED:
                    self.panel_section.addItem(sec.name, sec.id)
        found = self.panel_section.findData(current)
        self.panel_section.setCurrentIndex(found if found >= 0 else 0)
        self.panel_section.blockSignals(False)
        self._fill_panel()
        self._update_buttons()

    def _fill_states(self) -> None:
        ev, snap = self._event(), self.snapshot
        self.sections.clear()
        if ev is None or snap is None:
            self.sections.setRowCount(0)
            return
        heads = [self.tr("模块"), self.tr("状态"), self.tr("已提交")] + [self.tr("评分组")]
        self.sections.setColumnCount(len(heads))
        self.sections.setHorizontalHeaderLabels(heads)
        self.sections.setRowCount(len(ev.sections))
        subs = snap.submissions.get(ev.id, {})
        for r, sec in enumerate(ev.sections):
            state = snap.state(ev.id, sec.id)
            label = {"open": self.tr("开放"), "locked": self.tr("已锁定")}.get(state, state)
            judges = list(sec.judges)
            done = [j for j in judges if subs.get((sec.id, j)) == "submitted"]
            panel = [(_who(snap.judge_name(j), j), j in done) for j in judges]
            marks = "　".join(f"{'✓' if ok else '○'}{who}" for who, ok in panel)
            cells = [sec.name, label, f"{len(done)}/{len(judges)}" if judges else "—", marks]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, sec.id)
                if c == 1:
                    item.setBackground(QBrush(STATE_BG.get(state, QColor("#FFFFFF"))))
                if c == 3 and panel:
                    item.setToolTip("\n".join(
                        f"{who}：{self.tr('已提交') if ok else self.tr('未提交')}" for who, ok in panel))
                self.sections.setItem(r, c, item)
        header = self.sections.horizontalHeader()
        for c in range(3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the panel wraps in what is left
        self.sections.setWordWrap(True)
        self.sections.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        unsealed = snap.unsealed.get(ev.id, False)
        publication = snap.publications.get(ev.id, "")
        text = [self.tr("已解密") if unsealed else self.tr("未解密（只显示编号）")]
        if publication:
            text.append({"published": self.tr("已公示"), "final": self.tr("已定稿")}.get(publication, publication))
        self.event_state.setText("　" + " · ".join(text))

    def _fill_flags(self) -> None:
        ev, result = self._event(), self.result
        shown = ev is not None and result is not None and result.event == ev.id
        self._flagged = (ev, result.flags) if shown else None
        self.flags.model().reset(len(result.flags) if shown else 0, 4)
        if not shown:
            self.requests_info.setText("")
            return
        self.flags.resizeColumnsToContents()
        conflicts = sum(1 for flag in result.flags if flag.level == "error")
        text = self.tr("共 %1 处分差过大。选中一行后可请求该项的某位裁判重评。").replace("%1", str(len(result.flags) - conflicts))
        if conflicts:
            text = (self.tr("%1 处录入不一致（该项暂无分值），请确定正确值或请求重评；").replace("%1", str(conflicts))
                    + text)
        self.requests_info.setText(text)

    def _flag_header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or section > 3:
            return None
        return (self.tr("编号"), self.tr("评分项"), self.tr("分差"), self.tr("各裁判评分"))[section]

    def _flag_cell(self, r: int, c: int, role: int) -> Any:
        """One cell of the flags list, made when the view shows it."""
        if self._flagged is None:
            return None
        ev, flags = self._flagged
        flag = flags[r]
        if role == Qt.ItemDataRole.UserRole:
            return (flag.code, flag.criterion)
        if role == Qt.ItemDataRole.ToolTipRole:
            return in_ui_language(flag.message)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(FLAG_BG) if c == 2 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        sec, crit = ev.criterion(flag.criterion)
        if c < 2:
            return flag.code if c == 0 else crit.name
        row = self._row(flag.code)
        found = row.section(sec.id).criterion(crit.id) if row and row.section(sec.id) else None
        if c == 3:
            return "、".join(f"{j}: {fmt(v)}" for j, v in found.values) if found else ""
        spread = fmt(found.spread) if found and found.spread is not None else ""
        if flag.level == "error":  # a measurement or deduction entered differently: no value
            spread = self.tr("录入不一致（差 %1）").replace("%1", spread)
        return spread

    def _fill_bias(self) -> None:
        self.bias.clear()
        heads = [self.tr("裁判"), self.tr("平均偏差"), self.tr("评分数")]
        self.bias.setColumnCount(len(heads))
        self.bias.setHorizontalHeaderLabels(heads)
        result = self.result
        ev = self._event()
        if result is None or ev is None or result.event != ev.id:
            self.bias.setRowCount(0)
            return
        self.bias.setRowCount(len(result.bias))
        for r, b in enumerate(result.bias):
            name = self.snapshot.judge_name(b.judge) if self.snapshot else b.judge
            label = b.judge if name == b.judge else f"{b.judge} {name}"
            for c, text in enumerate([label, f"{b.mean_deviation:+}", str(b.values)]):
                item = QTableWidgetItem(text)
                if c == 1 and abs(b.mean_deviation) >= 1:
                    item.setBackground(QBrush(FLAG_BG))
                self.bias.setItem(r, c, item)
        self.bias.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bias.horizontalHeader().setStretchLastSection(True)

    def _row(self, code: str) -> EntryResult | None:
        return self._by_code.get(code) if self.result is not None else None

    def _fill_panel(self) -> None:
        ev, result = self._event(), self.result
        sec_id = self.panel_section.currentData()
        if ev is None or result is None or result.event != ev.id or not sec_id:
            self._overview = None
            self.panel.model().reset(0, 0)
            return
        sec = ev.section(sec_id)
        self._overview = (ev, sec, sorted(result.rows, key=lambda r: r.code))
        self.panel.model().reset(len(result.rows), len(sec.criteria) + 1)
        self.panel.resizeColumnsToContents()

    def _panel_header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if self._overview is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        _ev, sec, rows = self._overview
        if orientation == Qt.Orientation.Vertical:
            return rows[section].code if section < len(rows) else None
        if section < len(sec.criteria):
            return self._criterion_header(sec.criteria[section])
        return self.tr("模块得分")

    def _panel_cell(self, r: int, c: int, role: int) -> Any:
        """One cell of 评分总览 (a criterion's value of one entry, or its section score), made
        when the view shows it."""
        if self._overview is None:
            return None
        ev, sec, rows = self._overview
        row = rows[r]
        section = row.section(sec.id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if c == len(sec.criteria):  # 模块得分
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return "" if section is None or section.score is None else fmt(section.score)
        crit = sec.criteria[c]
        found = section.criterion(crit.id) if section else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _overview_text(ev, crit, found)
        if role == Qt.ItemDataRole.UserRole:
            return (row.code, crit.id)
        if found is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and found.values:
            return "\n".join(
                f"{j}: {fmt(v)}" + (self.tr("（去掉）") if j in found.dropped else "") for j, v in found.values)
        if role == Qt.ItemDataRole.BackgroundRole and found.flagged:
            return QBrush(FLAG_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not found.flagged and not found.complete:
            return QBrush(QColor("#9E9E9E"))
        return None

    def _criterion_header(self, crit) -> str:
        """'name / ≤max', a deduction marked as such (its cells show the points taken off)."""
        limit = f"≤{fmt(crit.max)}"
        if crit.kind is CriterionKind.DEDUCTION:
            limit = self.tr("扣分 %1").replace("%1", limit)
        return f"{crit.name}\n{limit}"

    # -- actions ------------------------------------------------------------------------------

    def penalties(self) -> None:
        """The event's penalties (违纪 −5): add one, take one back (gui/penalty_dialog.py)."""
        from judge_app.gui.penalty_dialog import PenaltyDialog

        ev = self._event()
        if ev is None:
            return
        codes = [e.code for e in self.snapshot.entries_of(ev.id) if e.code]
        dialog = PenaltyDialog(self.controller, ev, codes, self._selected_section(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _selected_section(self) -> str | None:
        items = self.sections.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected_value(self) -> tuple[str, str] | None:
        return selected_data(self.flags if self.tabs.currentIndex() == 0 else self.panel)

    def _update_buttons(self) -> None:
        ev, snap = self._event(), self.snapshot
        sec = self._selected_section()
        state = snap.state(ev.id, sec) if ev is not None and snap is not None and sec else None
        publication = snap.publications.get(ev.id, "") if ev is not None and snap is not None else ""
        self.lock_button.setEnabled(state == "open")
        self.unlock_button.setEnabled(state == "locked" and not publication)  # 公示/定稿: withdraw first
        self.reopen_button.setEnabled(state == "open")
        self.request_button.setEnabled(self._selected_value() is not None)
        self.settle_button.setEnabled(self._selected_conflict() is not None)
        self.unseal_button.setEnabled(ev is not None and snap is not None and not snap.unsealed.get(ev.id, False))
        self.publish_button.setEnabled(ev is not None and not publication)
        self.final_button.setEnabled(publication == "published")
        # a penalty is added to or taken from an open section only
        self.penalty_button.setEnabled(ev is not None and snap is not None and not snap.all_locked(ev.id))

    def lock(self) -> None:
        ev, sec_id = self._event(), self._selected_section()
        if ev is None or not sec_id:
            return
        sec = ev.section(sec_id)
        subs = self.snapshot.submissions.get(ev.id, {}) if self.snapshot else {}
        waiting = [j for j in sec.judges if subs.get((sec.id, j)) != "submitted"]
        text = self.tr("锁定“%1”后，任何人都不能再修改该模块的分数（解锁须写明原因）。").replace("%1", sec.name)
        if waiting:
            text += "\n\n" + self.tr("注意：以下裁判尚未提交：%1").replace("%1", "、".join(waiting))

        def ask(left: ops_review.Locked) -> None:
            warning = "\n\n" + self._owed_text(left.missing) if left.missing else ""
            if left.conflicts:
                warning += "\n\n" + self._conflicts_text(left.conflicts)
            confirm(self, self.tr("锁定模块"), text + warning,
                    lambda: self._with_seal(lambda: self.controller.lock_section(ev.id, sec.id, on_done=self._locked)),
                    ok_text=self.tr("锁定"))

        self.controller.query(ops_review.lock_preview, ev.id, sec.id, on_done=ask)

    def _conflicts_text(self, conflicts: tuple[Issue, ...]) -> str:
        """The value conflicts a lock leaves, one per line (what each judge entered)."""
        lines = [in_ui_language(c.message) for c in conflicts]
        return (self.tr("注意：%1 处录入不一致，锁定后该项没有分值，相关选手的名次为暂定（*）：")
                .replace("%1", str(len(conflicts))) + "\n" + "\n".join(lines))

    def _owed_text(self, owed: int) -> str:
        return self.tr("仍缺 %1 个分值，锁定后相关选手的名次为暂定（*）。").replace("%1", str(owed))

    def _locked(self, locked: ops_review.Locked) -> None:
        text = (self.tr("已锁定“%1”并已备份") if locked.backed_up
                else self.tr("已锁定“%1”，但备份失败（见提示）")).replace("%1", locked.section)
        if locked.conflicts:
            text += "；" + self.tr("%1 处录入不一致").replace("%1", str(len(locked.conflicts)))
        self.status(text + ("；" + self._owed_text(locked.missing) if locked.missing else ""))

    def _selected_conflict(self) -> Issue | None:
        """The value conflict selected in the flags list (None for a spread flag or nothing)."""
        picked = self._selected_value() if self.tabs.currentIndex() == 0 else None
        if picked is None or self.result is None:
            return None
        return next((f for f in self.result.flags if f.level == "error" and (f.code, f.criterion) == picked), None)

    def settle_value(self) -> None:
        """确定正确值: the value the panel's disagreeing entries all take, with the reason."""
        ev, conflict = self._event(), self._selected_conflict()
        if ev is None or conflict is None:
            return
        sec, crit = ev.criterion(conflict.criterion)
        row = self._row(conflict.code)
        found = row.section(sec.id).criterion(crit.id) if row and row.section(sec.id) else None
        values = [v for _, v in found.values] if found else []
        dialog = SettleValueDialog(conflict.code, crit.name, in_ui_language(conflict.message),
                                   sorted(set(values), key=lambda v: (-values.count(v), v)), self)
        dialog.accepted.connect(lambda: self.controller.act(
            partial(ops_review.settle_value, reason=dialog.reason.toPlainText().strip()),
            ev.id, conflict.code, crit.id, dialog.value.currentText().strip(), event_id=ev.id,
            on_done=lambda _n: self.status(self.tr("已确定 %1 “%2” 的正确值").replace("%1", conflict.code)
                                           .replace("%2", crit.name))))
        dialog.open()

    def unlock(self) -> None:
        ev, sec_id = self._event(), self._selected_section()
        if ev is None or not sec_id:
            return
        sec = ev.section(sec_id)
        ask_reason(self, self.tr("解锁模块"),
                   self.tr("解锁“%1”须写明原因，原因将记入审计日志：").replace("%1", sec.name),
                   lambda reason: self.controller.unlock_section(ev.id, sec.id, reason, on_done=lambda _r: self.status(
                       self.tr("已解锁“%1”").replace("%1", sec.name))),
                   ok_text=self.tr("解锁"))

    def reopen(self) -> None:
        ev, sec_id = self._event(), self._selected_section()
        if ev is None or not sec_id or self.snapshot is None:
            return
        sec = ev.section(sec_id)
        subs = self.snapshot.submissions.get(ev.id, {})
        submitted = [j for j in sec.judges if subs.get((sec.id, j)) == "submitted"]
        if not submitted:
            show_info(self, self.tr("“%1”没有已提交的裁判。").replace("%1", sec.name))
            return
        dialog = QDialog(self)
        dialog.setObjectName("reopenDialog")
        dialog.setWindowTitle(self.tr("退回裁判"))
        form = QFormLayout(dialog)
        judge = QComboBox()
        judge.setObjectName("reopenJudge")
        for j in submitted:
            judge.addItem(f"{j} {self.snapshot.judge_name(j)}", j)
        form.addRow(self.tr("裁判："), judge)
        reason = QPlainTextEdit()
        reason.setObjectName("reopenReason")
        reason.setFixedHeight(70)
        form.addRow(self.tr("原因："), reason)
        box, _ok = ok_cancel(dialog, self.tr("重新开放"), "reopenOk")
        form.addRow(box)
        dialog.accepted.connect(lambda: self.controller.reopen_submission(
            ev.id, sec.id, judge.currentData(), reason.toPlainText().strip()))
        dialog.open()

    def request_remark(self) -> None:
        ev, picked = self._event(), self._selected_value()
        if ev is None or picked is None:
            return
        code, crit_id = picked
        sec, crit = ev.criterion(crit_id)
        row = self._row(code)
        found = row.section(sec.id).criterion(crit.id) if row and row.section(sec.id) else None
        values = [(j, fmt(v)) for j, v in found.values] if found else []
        values += [(j, "—") for j in sec.judges if j not in {v[0] for v in values}]
        dialog = RemarkRequestDialog(code, crit.name, values, self, outlier=outlier(found.values) if found else None)
        dialog.accepted.connect(lambda: self.controller.request_remark(
            ev.id, code, crit.id, dialog.judge.currentData(), dialog.reason.toPlainText().strip(),
            on_done=lambda _r: self.status(self.tr("已发送重评请求"))))
        dialog.open()

    def unseal(self) -> None:
        ev = self._event()
        if ev is None:
            return
        def done(_result: object) -> None:
            self.status(self.tr("“%1”已解密").replace("%1", ev.name))

        def with_key(reason: str, needed: bool) -> None:
            if not needed:
                self.controller.unseal_event(ev.id, reason, on_done=done)
                return
            self.passphrase_box = ask_passphrase(
                self, self.tr("加密裁判口令"),
                self.tr("“%1”的第二次抽签已加密：请加密裁判输入口令，或输入密封信封中的恢复码：").replace("%1", ev.name),
                lambda secret: self.controller.unseal_event(ev.id, reason, secret, on_done=done), ok_text=self.tr("解密"))

        ask_reason(self, self.tr("解密"),
                   self.tr("解密“%1”后，所有人都能看到编号对应的姓名。只有全部模块锁定后才能解密。请写明解密依据：")
                   .replace("%1", ev.name),
                   lambda reason: self.controller.query(ops_people.code_key_needed, ev.id,
                                                        on_done=partial(with_key, reason)),
                   ok_text=self.tr("解密"))

    def _with_seal(self, then: Callable[[], None]) -> None:
        """Run ``then`` (a lock, publication or finalisation) once the seal passphrase is given:
        asked for first when the contest has one that this session has not been given yet."""
        def checked(needed: bool) -> None:
            if not needed:
                then()
                return
            self.passphrase_box = ask_passphrase(
                self, self.tr("封印口令"),
                self.tr("本比赛已设封印口令：锁定、公示和定稿时用它封存审计记录，他人无法伪造。请裁判长或监督输入封印口令："),
                lambda secret: self.controller.query(ops_contest.unlock_seals, secret, on_done=lambda _r: then()))

        self.controller.query(ops_contest.seal_key_needed, on_done=checked)

    def publish(self) -> None:
        ev = self._event()
        if ev is None:
            return
        confirm(self, self.tr("公示"),
                self.tr("公示“%1”的成绩？公示后大屏幕可显示，成绩表标“公示稿”。").replace("%1", ev.name),
                lambda: self._with_seal(lambda: self.controller.publish_event(ev.id)), ok_text=self.tr("公示"))

    def finalize(self) -> None:
        ev = self._event()
        if ev is None:
            return
        confirm(self, self.tr("定稿"), self.tr("“%1”定稿后成绩表不再带水印。确定？").replace("%1", ev.name),
                lambda: self._with_seal(lambda: self.controller.finalize_event(ev.id)), ok_text=self.tr("定稿"))


def _overview_text(event, crit, found) -> str:
    """A criterion's value on the overview: a panel's mark with the event's decimals (11.33, not
    11.3333), a measurement as entered, a deduction as the judge typed it (2, not the 8 it leaves
    of 10)."""
    if found is None or found.value is None:
        return ""
    if crit.kind is CriterionKind.JUDGEMENT:
        return fmt(quantize(found.value, event.decimals, event.rounding))
    typed = {value for _, value in found.values}  # one agreed value (else value is None)
    return fmt(typed.pop()) if len(typed) == 1 else ""
