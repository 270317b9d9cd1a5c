"""晋级: who advances from a round by its rule (per group, ties at the cut all go on, with a
warning), and enrolling them in the next round (the organiser; every section of the round
locked). The rules are core's (:func:`judge_app.core.rounds.advancement`), the enrolment the
store's, both through :mod:`judge_app.app.rounds`."""

from __future__ import annotations

from judge_app.app import rounds as ops_rounds
from judge_app.core.decimals import fmt
from judge_app.core.policy import Action, allowed
from judge_app.core.rounds import AdvanceResult
from judge_app.core.scheme import Event
from judge_app.gui.labels import in_ui_language
from judge_app.gui.pages.tables import GOOD, cell, fill_table, new_table
from judge_app.gui.qt import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class AdvanceDialog(QDialog):
    """The advancement of one round; :attr:`enrol_button` enrols the advancing entrants."""

    def __init__(self, controller, event: Event, parent=None):
        super().__init__(parent)
        self.setObjectName("advanceDialog")
        self.setMinimumSize(620, 460)
        self.controller = controller
        self.round_event = event
        self.result: AdvanceResult | None = None
        layout = QVBoxLayout(self)
        self.rule_label = QLabel(self._rule_text())
        self.rule_label.setWordWrap(True)
        layout.addWidget(self.rule_label)
        self.table = new_table("advanceTable", 5)
        layout.addWidget(self.table, 1)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("advanceWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #C62828;")
        layout.addWidget(self.warning_label)
        self.done_label = QLabel()
        self.done_label.setObjectName("advanceDone")
        layout.addWidget(self.done_label)
        buttons = QHBoxLayout()
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("advanceEnrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("晋级名单：%1").replace("%1", event.name))
        self.table.setHorizontalHeaderLabels([self.tr("组别"), self.tr("名次"), self.tr("编号"),
                                              self.tr("总分"), self.tr("晋级")])
        target = event.advance.to if event.advance is not None else ""
        self.enrol_button.setText(self.tr("报名到下一轮（%1）").replace("%1", target or "—"))
        self.close_button.setText(self.tr("关闭"))
        self.enrol_button.setEnabled(False)
        controller.query(ops_rounds.advance_event, event.id, on_done=self._loaded)

    def _rule_text(self) -> str:
        rule = self.round_event.advance
        if rule is None:
            return self.tr("此赛项没有晋级规则")
        parts = []
        if rule.top:
            parts.append(self.tr("每组前 %1 名").replace("%1", str(rule.top)))
        if rule.line is not None:
            parts.append(self.tr("总分不低于 %1").replace("%1", fmt(rule.line)))
        text = self.tr("晋级规则：") + self.tr("且").join(parts)
        return text + (self.tr("；晋级至 %1").replace("%1", rule.to) if rule.to else "")

    def _loaded(self, answer: tuple[Event, AdvanceResult]) -> None:
        _event, result = answer
        self.result = result
        rows = []
        for group in result.groups:
            for row, goes in [(r, True) for r in group.advancing] + [(r, False) for r in group.staying]:
                rows.append([cell(group.group), cell("" if row.rank is None else str(row.rank)), cell(row.code),
                             cell(fmt(row.total)), cell(self.tr("晋级") if goes else "", GOOD if goes else None)])
        fill_table(self.table, rows)
        self.warning_label.setText(in_ui_language("\n".join(w.message for g in result.groups for w in g.warnings)))
        session = self.controller.session
        self.enrol_button.setEnabled(bool(result.advancing) and self.round_event.advance is not None
                                     and bool(self.round_event.advance.to) and session is not None
                                     and allowed(Action.ROUND_ENROL, session.role))

    def enrol(self) -> None:
        """Enrol the advancing entrants in the next round (refused by the store unless locked)."""
        event_id = self.round_event.id

        def done(enrolment: ops_rounds.Enrolment) -> None:
            counts = enrolment.counts
            self.done_label.setText(
                self.tr("已报名到 %1：新增 %2 人，更新 %3 人，未变 %4 人").replace("%1", enrolment.target.name)
                .replace("%2", str(counts.added)).replace("%3", str(counts.updated)).replace("%4", str(counts.unchanged)))

        self.controller.act(ops_rounds.enrol_advancing, event_id, event_id=event_id, on_done=done)
