"""实时排名: one event and group, updated on every saved score (the store thread re-ranks with
core's LiveEvent and sends the new group). Codes only until the event is unsealed. Entries without
a code (lots not drawn yet) are counted, not listed: an event not drawn shows 尚未抽签. Whoever the
policy allows marks the selected entry 缺考/弃赛/取消资格 (参赛状态…, Ctrl+Shift+S) and enters its 用时
(用时…, Ctrl+Shift+T, for an event that counts it), through app.review.set_status / set_time."""

from __future__ import annotations

import dataclasses
import time
from functools import partial

from judge_app.app import review as ops_review
from judge_app.core.policy import Action
from judge_app.core.results import EntryResult, EventResult, GroupResult
from judge_app.gui.advance_dialog import AdvanceDialog
from judge_app.gui.entry_dialogs import StatusDialog, TimeDialog
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
)
from judge_app.gui.ranking_model import RankingModel


FIT_SAMPLE_ROWS = 40  # column widths from this many rows: all 200 × 10 cells stalled the UI 0.3 s


class RankingPage(Page):
    def page_title(self) -> str:
        return self.tr("实时排名")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("rankingPage")
        self.model = RankingModel(self)  # sorts itself: a proxy re-sorted all rows on every save
        self.result: EventResult | None = None
        self.last_update_ms = 0.0
        self.updated_at = 0.0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("rankingEvent")
        self.events.currentIndexChanged.connect(lambda _i: self.load())
        self.group_label = QLabel()
        self.groups = QComboBox()
        self.groups.setObjectName("rankingGroup")
        self.groups.currentIndexChanged.connect(lambda _i: self._show_group())
        self.info = QLabel()
        #: entries listed, ranked, provisional and not drawn (no code yet) of the shown group
        self.counts: tuple[int, int, int, int] | None = None
        self.info.setObjectName("rankingInfo")
        self.info.setWordWrap(True)  # at 150 % the counts wrap rather than widen the window
        self.info.setStyleSheet("color:#555;")
        for w in (self.event_label, self.events, self.group_label, self.groups):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.info, 1)
        self.advance_button = QPushButton()
        self.advance_button.setObjectName("rankingAdvance")
        self.advance_button.clicked.connect(self.show_advancement)
        self.advance_dialog: AdvanceDialog | None = None
        top.addWidget(self.advance_button)
        self.entry_dialog: StatusDialog | TimeDialog | None = None
        self.status_action = self._entry_action("rankingStatusAction", "Ctrl+Shift+S", self.edit_status)
        self.time_action = self._entry_action("rankingTimeAction", "Ctrl+Shift+T", self.edit_time)
        self.status_button = QPushButton()
        self.status_button.setObjectName("rankingStatus")
        self.status_button.clicked.connect(self.status_action.trigger)
        self.time_button = QPushButton()
        self.time_button.setObjectName("rankingTime")
        self.time_button.clicked.connect(self.time_action.trigger)
        top.addWidget(self.status_button)
        top.addWidget(self.time_button)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.model.modelReset.connect(self._fit)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_entry_buttons())
        self.model.modelReset.connect(self._update_entry_buttons)
        layout.addWidget(self.table, 1)
        self.legend = QLabel()
        self.legend.setStyleSheet("color:#555;")
        layout.addWidget(self.legend)
        controller.groupsUpdated.connect(self.on_groups)
        controller.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.group_label.setText(self.tr("组别："))
        self.legend.setText(self.tr("* 成绩未完整，暂定排名（评分未全部完成）。点列标题可排序。"))
        self.advance_button.setText(self.tr("晋级名单…"))
        self.advance_button.setToolTip(self.tr("按晋级规则列出晋级选手，并可报名到下一轮"))
        self.status_button.setText(self.tr("参赛状态…"))
        self.status_button.setToolTip(self.tr("把所选选手标为缺考、弃赛或取消资格（或恢复正常），须写明原因（Ctrl+Shift+S）"))
        self.time_button.setText(self.tr("用时…"))
        self.time_button.setToolTip(self.tr("录入所选选手的用时：分:秒（如 12:34）或秒数（Ctrl+Shift+T）"))
        self._show_counts()
        if self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def set_snapshot(self, snapshot) -> None:
        changed = self.snapshot is None or self.snapshot.unsealed != snapshot.unsealed
        super().set_snapshot(snapshot)
        fill_events(self.events, snapshot)
        if changed or self.result is None:
            self.load()

    def activated(self) -> None:
        self.load()

    def set_session(self, session) -> None:
        super().set_session(session)
        self._update_entry_buttons()

    # -- an entry's status and time ----------------------------------------------------------------

    def _entry_action(self, name: str, keys: str, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _shown_event(self):
        event_id = self.events.currentData()
        return self.snapshot.event(event_id) if event_id and self.snapshot is not None else None

    def selected_entry(self) -> EntryResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and rows[0].row() < len(self.model.rows) else None

    def _update_entry_buttons(self) -> None:
        event = self._shown_event()
        chosen = self.selected_entry() is not None
        for button, action, shown in (
                (self.status_button, self.status_action, self.may(Action.STATUS_SET)),
                (self.time_button, self.time_action, self.may(Action.TIME_SET) and event is not None and event.uses_time)):
            button.setVisible(shown)
            button.setEnabled(shown and chosen)
            action.setEnabled(shown and chosen)

    def edit_status(self) -> StatusDialog | None:
        """参赛状态…: the selected entry's status with a reason (app.review.set_status)."""
        row, event = self.selected_entry(), self._shown_event()
        if row is None or event is None or not self.may(Action.STATUS_SET):
            return None
        dialog = StatusDialog(row.code, row.entry.status, self)
        dialog.accepted.connect(lambda: self.controller.act(
            partial(ops_review.set_status, reason=dialog.reason.text().strip()), event.id, row.code, dialog.chosen(),
            event_id=event.id, on_done=lambda _r: self.status(
                self.tr("%1 的参赛状态已保存").replace("%1", row.code))))
        return self._open(dialog)

    def edit_time(self) -> TimeDialog | None:
        """用时…: the selected entry's completion time, or clearing it (app.review.set_time)."""
        row, event = self.selected_entry(), self._shown_event()
        if row is None or event is None or not self.may(Action.TIME_SET):
            return None
        dialog = TimeDialog(row.code, row.entry.time_s, self)
        dialog.accepted.connect(lambda: self.controller.act(
            ops_review.set_time, event.id, row.code, dialog.seconds(), event_id=event.id,
            on_done=lambda _r: self.status(self.tr("%1 的用时已保存").replace("%1", row.code))))
        return self._open(dialog)

    def _open(self, dialog):
        self.entry_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def load(self) -> None:
        event_id = self.events.currentData()
        event = self._shown_event()
        self.advance_button.setVisible(event is not None and event.advance is not None)
        self._update_entry_buttons()
        if not event_id or self.session is None:
            return
        if self.result is not None and self.result.event != event_id:
            self._clear()  # another event: never its rows under this one's name while it loads
        self.controller.event_result(event_id, self._loaded, quiet=self.result is not None)

    def closing(self) -> None:
        """Let go of the event's results at once (a retired page is deleted only once the store
        is idle; at 2,000 entries a result is ~100 MiB); an answer still on its way is ignored."""
        self.events.blockSignals(True)
        self.events.clear()
        self._clear()

    def _clear(self) -> None:
        self.result = None
        self.counts = None
        self.groups.clear()
        self.model.clear()
        self.info.clear()
        self.legend.hide()

    def show_advancement(self) -> AdvanceDialog | None:
        """Who advances from the chosen round, and enrolling them (a dialog)."""
        event = self._shown_event()
        if event is None or event.advance is None:
            return None
        dialog = AdvanceDialog(self.controller, event, self)
        self.advance_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _loaded(self, result: EventResult) -> None:
        if result.event != self.events.currentData():
            return
        self.result = result
        current = self.groups.currentData()
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in result.groups:
            self.groups.addItem(group.group or self.tr("（不分组）"), group.group)
        found = self.groups.findData(current)
        self.groups.setCurrentIndex(found if found >= 0 else 0)
        self.groups.blockSignals(False)
        self._show_group()

    def _show_group(self) -> None:
        if self.result is None or self.snapshot is None:
            return
        name = self.groups.currentData()
        try:
            group = self.result.group(name if name is not None else "")
        except KeyError:
            return
        self._set(group)

    def _set(self, group: GroupResult) -> None:
        event = self.snapshot.event(group.event) if self.snapshot else None
        if event is None:
            return
        drawn = tuple(r for r in group.rows if r.code)
        undrawn = len(group.rows) - len(drawn)
        if undrawn:
            group = dataclasses.replace(group, rows=drawn)
        self.model.set_group(event, group)
        self.updated_at = time.perf_counter()
        if self.controller.last_commit:
            self.last_update_ms = (self.updated_at - self.controller.last_commit) * 1000
        self.counts = (len(drawn), sum(1 for r in drawn if r.rank is not None),
                       sum(1 for r in drawn if r.provisional), undrawn)
        self._show_counts()

    def _show_counts(self) -> None:
        """The group's entries, ranked and provisional, in the current language."""
        if self.counts is None:
            return
        total, ranked, provisional, undrawn = self.counts
        self.legend.setVisible(provisional > 0)  # the * note only when a row carries a *
        if undrawn and not total:
            self.info.setText(self.tr("尚未抽签：%1 名选手还没有编号，抽签后显示排名").replace("%1", str(undrawn)))
            return
        text = (self.tr("共 %1 名，已排名 %2 名，暂定 %3 名").replace("%1", str(total))
                .replace("%2", str(ranked)).replace("%3", str(provisional)))
        if undrawn:
            text += self.tr("；另有 %1 名尚未抽签").replace("%1", str(undrawn))
        self.info.setText(text)

    def _on_changes(self, changes) -> None:
        """Something other than this window's own saves changed the shown event (a package merge,
        a resolved conflict, an import, a correction): its ranking is read anew."""
        event_id = self.events.currentData()
        if event_id and self.result is not None and changes.results_changed(event_id):
            self.load()

    def on_groups(self, event_id: str, groups: dict) -> None:
        """A save re-ranked some groups (store thread): show ours if it is among them."""
        if event_id != self.events.currentData() or self.result is None:
            return
        self.result = dataclasses.replace(
            self.result, groups=tuple(groups.get(g.group, g) for g in self.result.groups))
        name = self.groups.currentData() or ""
        if name in groups:
            self._set(groups[name])

    def _fit(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, max(header.sectionSize(col) + 12, 64))
        cols = self.model.columns()
        if "award" in cols and self.model.event_def is not None:  # room for any award the event gives,
            col = cols.index("award")  # also one that comes with a later score (no refit then)
            widest = max((self.table.fontMetrics().horizontalAdvance(t) for t in award_texts(self.model.event_def)),
                         default=0)
            header.resizeSection(col, max(header.sectionSize(col), widest + 24))


def award_texts(event) -> list[str]:
    """Every 奖项 cell an event can show: each award with all its titles (一等奖 技术能手), the titles alone."""
    titles = " ".join(t.name for t in event.awards.titles)
    return [f"{t.name} {titles}".strip() for t in event.awards.tiers] + ([titles] if titles else [])
