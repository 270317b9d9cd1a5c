"""公众投票: the votes of a 工匠 selection, per candidate (codes only). Type a count in the 票数
column, import a file of counts (编号 or 候选人编号, 票数 …, all or nothing), or void rigged votes
(刷票) with a reason; each is audited by the store, and the vote section's score follows."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from judge_app.app import votes as ops_votes
from judge_app.core.decimals import fmt
from judge_app.core.policy import Action, roles_for
from judge_app.core.scheme import SectionKind
from judge_app.gui.dialogs import ask_reason
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.pages.tables import new_table
from judge_app.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
)
from judge_app.gui.store_side import Snapshot

VOTES_COLUMN = 1
MAX_VOTES = 1_000_000_000


class VotesPage(Page):
    roles = roles_for(Action.VOTES_SET)

    def page_title(self) -> str:
        return self.tr("公众投票")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("votesPage")
        self.rows: list[ops_votes.CandidateVotes] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("votesEvent")
        self.events.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button = QPushButton()
        self.import_button.setObjectName("importVotes")
        self.import_button.clicked.connect(self.choose_file)
        top.addWidget(self.event_label)
        top.addWidget(self.events)
        top.addStretch(1)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        self.help = QLabel()
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.table = new_table("votesTable", 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.void_label = QLabel()
        self.void_count = QSpinBox()
        self.void_count.setObjectName("voidCount")
        self.void_count.setRange(0, MAX_VOTES)
        self.void_button = QPushButton()
        self.void_button.setObjectName("voidVotes")
        self.void_button.clicked.connect(self.void)
        bottom.addStretch(1)
        for widget in (self.void_label, self.void_count, self.void_button):
            bottom.addWidget(widget)
        layout.addLayout(bottom)
        controller.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.import_button.setText(self.tr("导入票数文件…"))
        self.help.setText(self.tr(
            "在“票数”列直接输入候选人的得票数（回车保存）；查实刷票的，选中候选人，填写作废票数（该候选人作废票数合计）"
            "并写明原因。计票数 = 票数 − 作废票数；投票得分 = 计票数 ÷ 本赛项最高计票数 × 满分。"))
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("票数"), self.tr("作废"), self.tr("计票"),
                                              self.tr("投票得分"), self.tr("作废原因")])
        self.void_label.setText(self.tr("作废票数："))
        self.void_button.setText(self.tr("作废刷票…"))

    # -- data ---------------------------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        super().set_snapshot(snapshot)
        voting = [ev.id for ev in snapshot.contest.events if any(s.kind is SectionKind.VOTE for s in ev.sections)] \
            if snapshot is not None and snapshot.contest is not None else []
        fill_events(self.events, snapshot, only=voting)
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        event_id = self.events.currentData()
        if not event_id or self.session is None:
            self._fill(event_id, [])
            return
        self.controller.query(ops_votes.vote_sheet, event_id, on_done=lambda found: self._fill(event_id, found[1]))

    def _on_changes(self, changes) -> None:
        event_id = self.events.currentData()
        if event_id and changes.results_changed(event_id):
            self.refresh()

    def _fill(self, event_id: str | None, rows: list[ops_votes.CandidateVotes]) -> None:
        if event_id != self.events.currentData():
            return
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.code, "" if row.votes is None else str(row.votes), str(row.voided) if row.voided else "",
                     "" if row.counted is None else str(row.counted), fmt(row.score) if row.score is not None else "",
                     row.reason)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != VOTES_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _selected(self) -> ops_votes.CandidateVotes | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.void_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.void_count.setValue(chosen.voided)

    # -- actions ------------------------------------------------------------------------------

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() != VOTES_COLUMN or item.row() >= len(self.rows):
            return
        code, text = self.rows[item.row()].code, item.text().strip()
        self.controller.act(ops_votes.set_votes, self.events.currentData(), code, text,
                            event_id=self.events.currentData(), on_done=lambda _r: self.refresh(),
                            on_error=lambda exc: self._refused(exc))

    def _refused(self, exc: BaseException) -> None:
        from judge_app.gui.background import report

        self.refresh()  # the cell shows the stored count again
        report(self, exc)

    def void(self) -> None:
        chosen, event_id = self._selected(), self.events.currentData()
        if chosen is None or not event_id:
            return
        count = self.void_count.value()
        ask_reason(self, self.tr("作废刷票"),
                   self.tr("将候选人 %1 的作废票数定为 %2 票。请写明查实刷票的依据：")
                   .replace("%1", chosen.code).replace("%2", str(count)),
                   lambda reason: self.controller.act(
                       partial(ops_votes.void_votes, reason=reason), event_id, chosen.code, count, event_id=event_id,
                       on_done=lambda _r: self.status(self.tr("已作废 %1 的 %2 票").replace("%1", chosen.code)
                                                      .replace("%2", str(count)))),
                   ok_text=self.tr("作废刷票"))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择票数文件"), "",
                                              self.tr("票数文件 (*.xlsx *.xls *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        event_id = self.events.currentData()
        self.controller.act(partial(ops_votes.import_votes, event=event_id), path, event_id=event_id or "",
                            on_done=lambda count: self.status(self.tr("已导入 %1 名候选人的票数").replace("%1", str(count))))
