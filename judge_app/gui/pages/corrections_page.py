"""撤回与更正: take a published (公示) event back so it can be corrected (organiser), and withdraw
open re-mark requests (chief judge). Both need a written reason; the store audits them."""

from __future__ import annotations

from functools import partial

from judge_app.app import review as ops_review
from judge_app.core.policy import Action, roles_for
from judge_app.gui.dialogs import ask_reason
from judge_app.local_time import local_time
from judge_app.gui.pages.base import Page
from judge_app.gui.qt import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from judge_app.gui.pages.tables import new_table
from judge_app.gui.store_side import Snapshot


def _item(text: str, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class CorrectionsPage(Page):
    roles = roles_for(Action.WITHDRAW, Action.REMARK_WITHDRAW)

    def page_title(self) -> str:
        return self.tr("撤回与更正")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("correctionsPage")
        self.requests: list = []
        layout = QVBoxLayout(self)
        self.publication_box = QGroupBox()
        box = QVBoxLayout(self.publication_box)
        self.publication_help = QLabel()
        self.publication_help.setWordWrap(True)
        box.addWidget(self.publication_help)
        self.events = new_table("publicationTable", 2)
        self.events.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.events)
        self.withdraw_publication_button = QPushButton()
        self.withdraw_publication_button.setObjectName("withdrawPublicationButton")
        self.withdraw_publication_button.clicked.connect(self.withdraw_publication)
        box.addLayout(_right(self.withdraw_publication_button))
        layout.addWidget(self.publication_box, 1)
        self.requests_box = QGroupBox()
        box = QVBoxLayout(self.requests_box)
        self.requests_help = QLabel()
        self.requests_help.setWordWrap(True)
        box.addWidget(self.requests_help)
        self.request_table = new_table("remarkRequestTable", 6)
        self.request_table.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.request_table)
        self.withdraw_request_button = QPushButton()
        self.withdraw_request_button.setObjectName("withdrawRequestButton")
        self.withdraw_request_button.clicked.connect(self.withdraw_request)
        box.addLayout(_right(self.withdraw_request_button))
        layout.addWidget(self.requests_box, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.publication_box.setTitle(self.tr("公示"))
        self.publication_help.setText(self.tr(
            "已公示的成绩需要更正时（如申诉成立）：先撤回公示，再由裁判长解锁模块修改，锁定后重新公示。"
            "定稿后不能撤回。公示、定稿在“审核与锁定”页。"))
        self.events.setHorizontalHeaderLabels([self.tr("赛项"), self.tr("状态")])
        self.withdraw_publication_button.setText(self.tr("撤回公示…"))
        self.requests_box.setTitle(self.tr("待处理的重评请求"))
        self.requests_help.setText(self.tr("裁判长发出的重评请求在评委重新评分前一直有效；请求有误时可在这里撤回。"))
        self.request_table.setHorizontalHeaderLabels(
            [self.tr("赛项"), self.tr("选手编号"), self.tr("评分项"), self.tr("评委"), self.tr("提出时间"), self.tr("原因")])
        self.withdraw_request_button.setText(self.tr("撤回重评请求…"))
        self._fill_events()

    def set_session(self, session) -> None:
        super().set_session(session)
        self.publication_box.setVisible(self.may(Action.WITHDRAW))
        self.requests_box.setVisible(self.may(Action.REMARK_WITHDRAW))

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        super().set_snapshot(snapshot)
        self._fill_events()
        if snapshot is not None and self.may(Action.REMARK_WITHDRAW):
            self.controller.query(ops_review.remark_requests, on_done=self._fill_requests)
        else:
            self._fill_requests([])

    # -- tables -------------------------------------------------------------------------------

    def _state_text(self, state: str) -> str:
        return {"published": self.tr("已公示"), "final": self.tr("已定稿")}.get(state, self.tr("未公示"))

    def _fill_events(self) -> None:
        snap = self.snapshot
        events = snap.contest.events if snap is not None and snap.contest is not None else ()
        current = self._selected(self.events)
        self.events.setRowCount(len(events))
        for r, ev in enumerate(events):
            self.events.setItem(r, 0, _item(ev.name, ev.id))
            self.events.setItem(r, 1, _item(self._state_text(snap.publications.get(ev.id, ""))))
            if ev.id == current:
                self.events.selectRow(r)
        self.events.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._update_buttons()

    def _fill_requests(self, requests: list) -> None:
        snap = self.snapshot
        self.requests = list(requests)
        self.request_table.setRowCount(len(self.requests))
        for r, req in enumerate(self.requests):
            ev = snap.event(req.event) if snap is not None and snap.contest is not None else None
            criterion = ev.criterion(req.criterion)[1].name if ev is not None else req.criterion
            cells = (ev.name if ev else req.event, req.code, criterion, snap.judge_name(req.judge) if snap else req.judge,
                     local_time(req.created_at), req.reason)
            for c, text in enumerate(cells):
                self.request_table.setItem(r, c, _item(text, req.id))
        self.request_table.resizeColumnsToContents()
        self._update_buttons()

    @staticmethod
    def _selected(table: QTableWidget):
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        event_id = self._selected(self.events)
        state = self.snapshot.publications.get(event_id, "") if self.snapshot is not None and event_id else ""
        self.withdraw_publication_button.setEnabled(state == "published")
        self.withdraw_request_button.setEnabled(self._selected(self.request_table) is not None)

    # -- actions ------------------------------------------------------------------------------

    def withdraw_publication(self) -> None:
        event_id = self._selected(self.events)
        if event_id is None or self.snapshot is None:
            return
        ev = self.snapshot.event(event_id)
        ask_reason(self, self.tr("撤回公示"),
                   self.tr("撤回“%1”的公示后，大屏幕不再显示它，成绩可以解锁更正，更正后须重新公示。请写明撤回原因：")
                   .replace("%1", ev.name),
                   lambda reason: self.controller.act(
                       partial(ops_review.withdraw_publication, reason=reason), ev.id, event_id=ev.id,
                       on_done=lambda _r: self.status(self.tr("已撤回“%1”的公示").replace("%1", ev.name))),
                   ok_text=self.tr("撤回公示"))

    def withdraw_request(self) -> None:
        request_id = self._selected(self.request_table)
        request = next((r for r in self.requests if r.id == request_id), None)
        if request is None:
            return
        ask_reason(self, self.tr("撤回重评请求"),
                   self.tr("撤回对评委 %1 的重评请求（选手 %2）？请写明原因：")
                   .replace("%1", self.snapshot.judge_name(request.judge) if self.snapshot else request.judge)
                   .replace("%2", request.code),
                   lambda reason: self.controller.act(
                       partial(ops_review.withdraw_remark_request, reason=reason), request.id, event_id=request.event,
                       on_done=lambda _r: self.status(self.tr("已撤回重评请求"))),
                   ok_text=self.tr("撤回请求"))


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
