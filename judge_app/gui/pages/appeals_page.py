"""申诉处理: the appeals register of an event, its own page (appeals come after the results are
shown, not before names are unsealed): the event's end and the appeal deadline, appeals registered
(a late one only with the arbitration group's written reason) and decided by the chief judge's desk."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from judge_app.app import appeals as ops_appeals
from judge_app.core.appeal_window import AppealWindow
from judge_app.core.decimals import fmt
from judge_app.core.policy import Action, roles_for
from judge_app.gui.dialogs import ask_reason, ok_cancel
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.pages.tables import BAD, GOOD, WAIT, cell, fill_table, new_table
from judge_app.gui.qt import (
    QComboBox,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)
from judge_app.local_time import local_time


class DecisionDialog(QDialog):
    """The arbitration group's decision on an appeal: upheld or not, the decision, the changes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("appealDecisionDialog")
        self.setWindowTitle(self.tr("申诉裁决"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.outcome = QComboBox()
        self.outcome.setObjectName("appealOutcome")
        self.outcome.addItem(self.tr("申诉不成立"), False)
        self.outcome.addItem(self.tr("申诉成立"), True)
        self.decision = QPlainTextEdit()
        self.decision.setObjectName("appealDecision")
        self.decision.setTabChangesFocus(True)
        self.decision.setFixedHeight(70)
        self.changes = QPlainTextEdit()
        self.changes.setObjectName("appealChanges")
        self.changes.setTabChangesFocus(True)
        self.changes.setFixedHeight(70)
        self.changes.setPlaceholderText(self.tr("申诉成立时必填：改动了哪些分数或名次"))
        form.addRow(self.tr("结论："), self.outcome)
        form.addRow(self.tr("仲裁组意见："), self.decision)
        form.addRow(self.tr("处理结果："), self.changes)
        buttons, self.ok = ok_cancel(self, self.tr("记录裁决"), "appealDecisionOk")
        form.addRow(buttons)
        for signal in (self.decision.textChanged, self.changes.textChanged, self.outcome.currentIndexChanged):
            signal.connect(self._update)
        self._update()

    def _update(self, *_: object) -> None:
        upheld = bool(self.outcome.currentData())
        self.ok.setEnabled(bool(self.decision.toPlainText().strip())
                           and (not upheld or bool(self.changes.toPlainText().strip())))


class EndDialog(QDialog):
    """When the event ended (now by default); changing a recorded end needs a reason."""

    def __init__(self, recorded: datetime | None, parent=None):
        super().__init__(parent)
        self.setObjectName("eventEndDialog")
        self.setWindowTitle(self.tr("登记比赛结束时间"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("eventEndTime")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))  # not in the future
        form.addRow(self.tr("结束时间："), self.when)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("eventEndReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.changing = recorded is not None
        if recorded is not None:
            self.reason.setPlaceholderText(
                self.tr("已登记为 %1；更改须写明原因").replace("%1", recorded.astimezone().strftime("%Y-%m-%d %H:%M")))
            form.addRow(self.tr("更改原因："), self.reason)
        buttons, self.ok = ok_cancel(self, self.tr("登记"), "eventEndOk")
        form.addRow(buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    @property
    def moment(self) -> str:
        """The chosen time as ISO text with this computer's zone."""
        return self.when.dateTime().toPython().astimezone().isoformat()

    def _update(self) -> None:
        self.ok.setEnabled(not self.changing or bool(self.reason.toPlainText().strip()))


class AppealsPage(Page):
    """Appeals of the chosen event: who may register and decide follows the policy table."""

    roles = roles_for(Action.APPEAL_REGISTER) | roles_for(Action.APPEAL_DECIDE)

    def page_title(self) -> str:
        return self.tr("申诉处理")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("appealsPage")
        self.event_id: str | None = None
        self.codes: list[tuple[str, str]] = []  # (code, label) of the event's entries
        self.appeal_list: list = []
        self.appeal_window: AppealWindow | None = None
        layout = QVBoxLayout(self)
        events_row = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("appealsEvent")
        self.events.currentIndexChanged.connect(lambda _i: self.refresh())
        events_row.addWidget(self.event_label)
        events_row.addWidget(self.events)
        events_row.addStretch(1)
        layout.addLayout(events_row)
        top = QHBoxLayout()
        self.window_label = QLabel()
        self.window_label.setObjectName("appealWindow")
        self.end_button = QPushButton()
        self.end_button.setObjectName("eventEnd")
        self.end_button.clicked.connect(self.ask_end)
        top.addWidget(self.window_label, 1)
        top.addWidget(self.end_button)
        layout.addLayout(top)
        self.appeals_table = new_table("appealsTable", 7, stretch=False)
        for column in (3, 5, 6):  # the appeal, the decision and the changes share the width
            self.appeals_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.appeals_table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.appeals_table, 1)
        form = QHBoxLayout()
        self.appeal_code = QComboBox()
        self.appeal_code.setObjectName("appealCode")
        self.appeal_code.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.appeal_text = QLineEdit()
        self.appeal_text.setObjectName("appealText")
        self.appeal_text.textChanged.connect(lambda _t: self._update_buttons())
        self.register_button = QPushButton()
        self.register_button.setObjectName("appealRegister")
        self.register_button.clicked.connect(self.register_appeal)
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("appealDecide")
        self.decide_button.clicked.connect(self.decide_appeal)
        self.appeal_code_label = QLabel()
        form.addWidget(self.appeal_code_label)
        form.addWidget(self.appeal_code)
        form.addWidget(self.appeal_text, 1)
        form.addWidget(self.register_button)
        form.addSpacing(24)
        form.addWidget(self.decide_button)
        layout.addLayout(form)
        self.decision_dialog: DecisionDialog | None = None
        self.end_dialog: EndDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.appeals_table.setHorizontalHeaderLabels([
            self.tr("编号"), self.tr("选手"), self.tr("收到时间"), self.tr("申诉内容"), self.tr("状态"),
            self.tr("仲裁组意见"), self.tr("处理结果")])
        self.appeal_code_label.setText(self.tr("选手："))
        self.appeal_text.setPlaceholderText(self.tr("申诉内容（书面申诉的要点）"))
        self.register_button.setText(self.tr("登记申诉"))
        self.decide_button.setText(self.tr("裁决…"))
        self.end_button.setText(self.tr("登记比赛结束…"))
        self.end_button.setToolTip(self.tr("申诉时限从比赛结束时起算（裁判长或组委会登记）"))
        self.fill()

    # -- data ---------------------------------------------------------------------------------------

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        fill_events(self.events, snapshot)
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the appeals of the chosen event (nothing while nobody allowed is logged in)."""
        event_id = self.events.currentData()
        snapshot, session = self.controller.snapshot, self.controller.session
        if event_id is None or snapshot is None or session is None or session.role not in self.roles:
            self.event_id, self.codes, self.appeal_list, self.appeal_window = None, [], [], None
            self.fill()
            return
        self.event_id = event_id
        self.codes = [(e.code, e.code + (f" {e.name}" if e.name else ""))
                      for e in snapshot.entries_of(event_id) if e.code]
        self.controller.query(ops_appeals.appeals_of, event_id, on_done=self._loaded)

    def _loaded(self, answer) -> None:
        if self.event_id is None:
            return
        self.appeal_list, windows = answer
        self.appeal_window = windows.get(self.event_id)
        self.fill()

    def fill(self) -> None:
        """Show what was loaded last (no store call: also used on a language switch)."""
        current = self.appeal_code.currentData()
        self.appeal_code.clear()
        for code, label in self.codes:
            self.appeal_code.addItem(label, code)
        found = self.appeal_code.findData(current)
        if found >= 0:
            self.appeal_code.setCurrentIndex(found)
        rows = []
        for appeal in self.appeal_list:
            colour = {"open": WAIT, "upheld": BAD, "rejected": GOOD}[appeal.state]
            received = local_time(appeal.received_at)
            if appeal.late_reason:
                late = cell(received + self.tr("（逾期受理）"), WAIT, appeal.late_reason)
            elif self.appeal_window is not None and self.appeal_window.is_late(datetime.fromisoformat(appeal.received_at)):
                late = cell(received + self.tr("（逾期）"), BAD, self.tr("登记在先，之后登记的结束时间使其超过时限"))
            else:
                late = cell(received)
            rows.append([cell(str(appeal.id)), cell(appeal.code), late,
                         cell(appeal.text, tip=appeal.text), cell(self.tr(appeal.state_label), colour),
                         cell(appeal.decision, tip=appeal.decision), cell(appeal.changes, tip=appeal.changes)])
        fill_table(self.appeals_table, rows)
        self.window_label.setText(self._window_text())
        self._update_buttons()

    def _window_text(self) -> str:
        window = self.appeal_window
        if window is None:
            return ""
        hours = fmt(window.hours)
        if window.ended_at is None or window.deadline is None:
            return self.tr("比赛结束时间尚未登记；登记后开始计算申诉时限（%1 小时）").replace("%1", hours)
        return (self.tr("比赛结束：%1　申诉截止：%2（时限 %3 小时）")
                .replace("%1", window.ended_at.astimezone().strftime("%Y-%m-%d %H:%M"))
                .replace("%2", window.deadline.astimezone().strftime("%Y-%m-%d %H:%M")).replace("%3", hours))

    def _selected(self):
        row = self.appeals_table.currentRow()
        return self.appeal_list[row] if 0 <= row < len(self.appeal_list) else None

    def _update_buttons(self) -> None:
        self.register_button.setEnabled(bool(self.appeal_text.text().strip()) and self.appeal_code.count() > 0)
        appeal = self._selected()
        self.decide_button.setEnabled(appeal is not None and appeal.state == "open"
                                      and self.may(Action.APPEAL_DECIDE))
        self.end_button.setEnabled(self.appeal_window is not None and self.may(Action.EVENT_END))

    # -- actions ------------------------------------------------------------------------------------

    def ask_end(self) -> EndDialog | None:
        event_id, window = self.event_id, self.appeal_window
        if event_id is None or window is None:
            return None
        dialog = EndDialog(window.ended_at, self)
        self.end_dialog = dialog

        def chosen() -> None:
            at, reason = dialog.moment, dialog.reason.toPlainText().strip()
            self.controller.act(partial(ops_appeals.end_event, at=at, reason=reason), event_id, event_id=event_id)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def register_appeal(self) -> None:
        """Register the typed appeal; past the deadline, first ask the arbitration group's reason."""
        event_id, code, text = self.event_id, self.appeal_code.currentData(), self.appeal_text.text().strip()
        if event_id is None or code is None or not text:
            return

        def register(late_reason: str = "") -> None:
            def done(appeal) -> None:
                self.appeal_text.clear()
                self.status(self.tr("申诉已登记，编号 %1").replace("%1", str(appeal.id)))

            self.controller.act(partial(ops_appeals.register_appeal, late_reason=late_reason), event_id, code, text,
                                event_id=event_id, on_done=done)

        now = datetime.now().astimezone()
        if self.appeal_window is not None and self.appeal_window.is_late(now):
            ask_reason(self, self.tr("逾期申诉"),
                       self.appeal_window.late_message(now) + "\n\n"
                       + self.tr("仲裁组同意逾期受理时，请写明理由（记入申诉登记和审计日志）。"),
                       register, ok_text=self.tr("逾期受理"))
            return
        register()

    def decide_appeal(self) -> DecisionDialog | None:
        appeal = self._selected()
        if appeal is None:
            return None
        dialog = DecisionDialog(self)
        self.decision_dialog = dialog

        def decided() -> None:
            upheld = bool(dialog.outcome.currentData())
            decision, changes = dialog.decision.toPlainText().strip(), dialog.changes.toPlainText().strip()
            self.controller.act(partial(ops_appeals.decide_appeal, upheld=upheld, decision=decision, changes=changes),
                                appeal.id, event_id=appeal.event)

        dialog.accepted.connect(decided)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
