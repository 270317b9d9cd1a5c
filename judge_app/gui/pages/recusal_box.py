"""回避 on 裁判与评分组: the recusals of the chosen event (a judge of the entry's unit, worked out
by the store, and those marked by hand), and for the chief judge or organiser: mark the selected
judge as related to an entry (编号 and a reason) or take a marked one back (with a reason)."""

from __future__ import annotations

from functools import partial

from judge_app.app import recusals as ops_recusals
from judge_app.gui.dialogs import ask_reason
from judge_app.gui.pages.tables import cell, fill_table, new_table
from judge_app.gui.qt import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout
from judge_app.core.people import RECUSED_AS_RELATED, RECUSED_BY_UNIT, RECUSED_SEALED, Recusal


class RecusalBox(QGroupBox):
    """The recusals of one event, with 登记回避 / 撤销所选回避."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("recusalBox")
        self.controller = controller
        self.event_id: str | None = None
        self.judge_id = ""
        self.may_mark = False
        self.found: list[Recusal] = []
        layout = QVBoxLayout(self)
        self.table = new_table("recusalTable", 4)
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("recusalCode")
        self.reason = QLineEdit()
        self.reason.setObjectName("recusalReason")
        self.labels = [QLabel(), QLabel()]
        form.addRow(self.labels[0], self.code)
        form.addRow(self.labels[1], self.reason)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("recusalAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("recusalRemove")
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        for edit in (self.code, self.reason):
            edit.textChanged.connect(lambda _t: self._update())
        self.reason.returnPressed.connect(self.add)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setTitle(self.tr("回避（同单位的自动回避；有关联的在此登记）"))
        self.table.setHorizontalHeaderLabels([self.tr("裁判"), self.tr("编号"), self.tr("类别"), self.tr("理由")])
        self.labels[0].setText(self.tr("编号："))
        self.labels[1].setText(self.tr("理由："))
        self.reason.setPlaceholderText(self.tr("如：师徒关系（必填，记入审计日志）"))
        self._update()

    def set_context(self, event_id: str | None, judge_id: str, may_mark: bool) -> None:
        """The event shown, the judge a new recusal is for (the selected person), and whether the
        acting person may mark recusals (``Action.RECUSAL_SET``)."""
        changed = event_id != self.event_id
        self.event_id, self.judge_id, self.may_mark = event_id, judge_id, may_mark
        if changed:
            self.refresh()
        self._update()

    def refresh(self) -> None:
        event_id = self.event_id
        if event_id is None or self.controller.session is None:  # nobody logged in (yet, or any more)
            self._fill(event_id, [])
            return
        self.controller.query(partial(ops_recusals.list_recusals, event=event_id),
                              on_done=lambda found: self._fill(event_id, found))

    def on_changes(self, changes) -> None:
        if self.event_id is not None and (changes.results_changed(self.event_id) or changes.people):
            self.refresh()

    def _fill(self, event_id: str | None, found: list[Recusal]) -> None:
        if event_id != self.event_id:
            return
        self.found = list(found)
        kinds = {RECUSED_BY_UNIT: self.tr("同单位"), RECUSED_AS_RELATED: self.tr("关联"), RECUSED_SEALED: self.tr("回避")}
        fill_table(self.table, [[cell(r.judge), cell(r.code), cell(kinds.get(r.kind, r.kind)), cell(r.reason)]
                                for r in self.found])
        self._update()

    def _selected(self) -> Recusal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows and rows[0].row() < len(self.found) else None

    def _update(self) -> None:
        self.add_button.setText(self.tr("登记 %1 回避").replace("%1", self.judge_id or self.tr("所选裁判")))
        self.remove_button.setText(self.tr("撤销所选回避…"))
        ready = self.may_mark and self.event_id is not None and bool(self.judge_id)
        self.add_button.setEnabled(ready and bool(self.code.text().strip()) and bool(self.reason.text().strip()))
        chosen = self._selected()
        self.remove_button.setEnabled(self.may_mark and chosen is not None and chosen.kind == RECUSED_AS_RELATED)
        for edit in (self.code, self.reason):
            edit.setEnabled(self.may_mark)

    def add(self) -> None:
        if not self.add_button.isEnabled():
            return
        self.controller.act(partial(ops_recusals.add_recusal, event=self.event_id, reason=self.reason.text().strip()),
                            self.judge_id, self.code.text().strip(), event_id=self.event_id or "",
                            on_done=lambda _r: (self.code.clear(), self.reason.clear(), self.refresh()))

    def remove(self) -> None:
        chosen = self._selected()
        if chosen is None or not self.remove_button.isEnabled():
            return
        ask_reason(self, self.tr("撤销回避"),
                   self.tr("撤销裁判 %1 对 %2 的回避？请写明原因：").replace("%1", chosen.judge).replace("%2", chosen.code),
                   lambda reason: self.controller.act(
                       partial(ops_recusals.remove_recusal, event=chosen.event, reason=reason), chosen.judge,
                       chosen.code, event_id=chosen.event, on_done=lambda _r: self.refresh()))
