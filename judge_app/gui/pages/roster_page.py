"""选手名单: the entries of an event, and the import wizard (key holders). Names appear only when
the session may see them (the store thread seals entries first: a judge's session never receives
a name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from judge_app.core.entries import Status
from judge_app.core.entry_kinds import who_fields, who_values
from judge_app.core.policy import Action, roles_for
from judge_app.core.scheme import EntryKind
from judge_app.gui.labels import status_name, who_header
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:  # the roster import code is loaded when the wizard is opened
    from judge_app.gui.roster_wizard import RosterImportWizard


class RosterPage(Page):
    roles = roles_for(Action.VIEW_ROSTER)

    def page_title(self) -> str:
        return self.tr("选手名单")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("rosterPage")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("rosterEvent")
        self.events.currentIndexChanged.connect(lambda _i: self._fill())
        self.note = QLabel()
        self.note.setObjectName("rosterNote")
        top.addWidget(self.event_label)
        top.addWidget(self.events)
        top.addSpacing(16)
        top.addWidget(self.note, 1)
        self.import_button = QPushButton()
        self.import_button.setObjectName("rosterImport")
        self.import_button.clicked.connect(self.open_wizard)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.open_wizard)
        self.wizard: RosterImportWizard | None = None
        self.table = QTableWidget()
        self.table.setObjectName("rosterTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.import_button.setText(self.tr("导入名单…"))
        self.import_action.setText(self.tr("导入选手名单…"))
        self._fill()

    def menu_actions(self) -> list[QAction]:
        return [self.import_action]

    def set_session(self, session) -> None:
        super().set_session(session)
        allowed = self.may(Action.ROSTER_IMPORT)
        self.import_button.setEnabled(allowed)
        self.import_action.setEnabled(allowed)

    def open_wizard(self) -> RosterImportWizard:
        """Open the import wizard (modal); the page refreshes from the new snapshot afterwards."""
        from judge_app.gui.roster_wizard import RosterImportWizard

        self.wizard = RosterImportWizard(self.controller, self)
        self.wizard.accepted.connect(lambda: self.status(self.tr("名单已导入")))
        self.wizard.open()
        return self.wizard

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        fill_events(self.events, snapshot)
        self._fill()

    def _fill(self) -> None:
        snap = self.snapshot
        self.table.clear()  # the header labels too: with no event, no columns (not "1 2 3")
        event_id = self.events.currentData()
        if snap is None or snap.contest is None or event_id is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.note.clear()
            return
        entries = snap.entries_of(event_id)
        kind = snap.contest.event(event_id).entry_kind
        who = who_fields(kind, entries)
        with_names = any(f.value(e) for e in entries for f in who)
        person = kind is EntryKind.INDIVIDUAL
        heads = [self.tr("编号"), self.tr("组别"), self.tr("状态")]
        if with_names:
            heads += [who_header(f.header) for f in who] + ([self.tr("性别"), self.tr("代表队")] if person else [])
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            values = [e.code, e.group, status_name(e.status) or self.tr("正常")]
            if with_names:
                values += who_values(who, e) + ([e.gender, e.team] if person else [])
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if e.status is not Status.OK:
                    item.setForeground(self.palette().mid())
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        sealed = not any(e.name or e.unit for e in entries)
        ok = sum(1 for e in entries if e.status is Status.OK)
        text = self.tr("共 %1 名，参赛 %2 名").replace("%1", str(len(entries))).replace("%2", str(ok))
        if sealed:
            text += self.tr("。姓名已加密：解密前只显示编号")
        self.note.setText(text)
