"""成绩榜: a window for the projector. Large type, F11 full screen, and it pages through the
published events and groups by itself: a page of whole rows (never a half row at the bottom)
every :data:`PAGE_MS`, the unit column taking the room the others leave (a longer unit drawn smaller,
not cut). Only events the organiser published appear.
It follows the open file: another file opened (or the file closed) empties it, and it shows what
the new file has published. What it pages through carries its own event, never the window's
snapshot of the moment (which may already be another file's).
"""

from __future__ import annotations

from judge_app.core.results import GroupResult
from judge_app.core.scheme import Event
from judge_app.gui.fit_text_delegate import FitTextDelegate
from judge_app.gui.fonts import app_font
from judge_app.gui.qt import (
    QAbstractItemView,
    QEvent,
    QHeaderView,
    QKeyEvent,
    QLabel,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from judge_app.gui.ranking_model import RankingModel

PAGE_MS = 8000  # one page of rows further every PAGE_MS (a group of 20 at 10 a page: 24 s)
HOLD_STEPS = 1  # steps more to stay on a group's first page (its winners)
ITEM_PADDING = 10  # pixels each side of a cell's text
ROW_HEIGHT = 52  # about: the rows are stretched to fill the table exactly


class LeaderboardWindow(QWidget):
    """Shows ``controller``'s published events one group at a time, scrolling slowly."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("leaderboard")
        self.controller = controller
        self.groups: list[tuple[Event, GroupResult]] = []
        self.current = -1
        self._hold = 0
        self._asked = 0  # answers to an earlier refresh (another file, another state) are dropped
        self._shown: tuple | None = None  # (file, published events) the board was filled for
        self.setStyleSheet(
            "#leaderboard { background:#0D1B2A; }"
            "QLabel#boardTitle { color:#FFD54F; font-size:30pt; font-weight:bold; padding:12px; }"
            "QLabel#boardHint { color:#90A4AE; font-size:12pt; padding:4px; }"
            "QTableView { background:#0D1B2A; alternate-background-color:#13263A; color:#ECEFF1;"
            " gridline-color:#1F3A56; border:none; font-size:22pt; }"
            f"QTableView::item {{ padding:0 {ITEM_PADDING}px; }}"
            "QHeaderView::section { background:#1B3A5C; color:#FFFFFF; font-size:18pt; padding:6px;"
            " border:none; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.title = QLabel()
        self.title.setObjectName("boardTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.model = RankingModel(self, large=True)
        self.table = QTableView()
        self.table.setObjectName("boardTable")
        self.table.setModel(self.model)
        self.table.setFont(app_font(22))
        self.model.base_font = app_font(22)
        self.table.horizontalHeader().setFont(app_font(18))
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit_delegate = FitTextDelegate(self.table, padding=ITEM_PADDING)
        self.model.modelReset.connect(self._fit_columns)
        self.model.modelReset.connect(self._fit_rows)
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setObjectName("boardHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.hint)
        self.timer = QTimer(self)
        self.timer.setInterval(PAGE_MS)
        self.timer.timeout.connect(self.step)
        controller.stateChanged.connect(lambda _e: self.refresh())
        controller.changed.connect(self._on_changes)
        controller.opened.connect(lambda _path: self.clear())
        controller.closed.connect(self.clear)
        controller.snapshotChanged.connect(self._on_snapshot)
        self.retranslate()
        self.resize(1366, 768)

    # -- layout -------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Rank, code, total and award as wide as their text; the unit (else the name) the rest."""
        header = self.table.horizontalHeader()
        cols = self.model.columns()
        who = [key for key in cols if key.startswith("w:")]  # the entry kind's columns (姓名, 单位 …)
        unit = next((key for key in who if self.model.who[int(key[2:])].header == "单位"), None)
        stretched = unit or (who[-1] if who else None)
        for col, key in enumerate(cols):
            mode = QHeaderView.ResizeMode.Stretch if key == stretched else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)
            self.table.setItemDelegateForColumn(col, self.fit_delegate if key == stretched else None)
        if stretched is None:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def rows_per_page(self) -> int:
        return max(1, self.table.viewport().height() // ROW_HEIGHT)

    def _fit_rows(self) -> None:
        """Rows as tall as fills the table with whole rows: each page of :meth:`rows_per_page` rows
        is exactly the table's height (the pixels left over go one each to its first rows), so no
        part of a next row shows at the bottom."""
        height = self.table.viewport().height()
        if height <= 0:
            return
        per_page = self.rows_per_page()
        row_height, spare = divmod(height, per_page)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(row_height)
        for row in range(self.model.rowCount()):
            rows.resizeSection(row, row_height + (1 if row % per_page < spare else 0))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("成绩榜"))
        self.hint.setText(self.tr("F11 全屏 / 退出全屏　Esc 退出全屏"))
        self._show_title()

    # -- data ---------------------------------------------------------------------------------

    def published(self) -> list[str]:
        snap = self.controller.snapshot
        if snap is None or snap.contest is None:
            return []
        return [ev.id for ev in snap.contest.events if snap.publications.get(ev.id)]

    def _key(self) -> tuple | None:
        snap = self.controller.snapshot
        return None if snap is None else (snap.path, tuple(self.published()))

    def clear(self) -> None:
        """Show nothing (another file is being opened, or none is open)."""
        self._asked += 1
        self._shown = None
        self.groups = []
        self.current = -1
        self.timer.stop()
        self.model.clear()
        self._show_title()

    def _on_snapshot(self, _snapshot) -> None:
        """A new snapshot: refill only when the file or its published events changed."""
        if self._key() != self._shown:
            self.refresh()

    def refresh(self) -> None:
        """Ask the store for every published event; the board restarts from the first group."""
        self.clear()
        snap, events = self.controller.snapshot, self.published()
        self._shown = self._key()
        if not events:
            return
        asked = self._asked
        defined = {event_id: snap.event(event_id) for event_id in events}
        answers: dict[str, tuple[GroupResult, ...]] = {}

        def got(result) -> None:
            if asked != self._asked:
                return  # the board was cleared or refilled since
            answers[result.event] = result.groups
            if len(answers) == len(events):
                self.groups = [(defined[e], g) for e in events for g in answers[e] if g.rows]
                self.next_group()
                self.timer.start()

        for event_id in events:
            self.controller.event_result(event_id, got, quiet=True)

    def _on_changes(self, changes) -> None:
        """A merge, correction or import changed what a published event shows: show it anew."""
        if changes.events_with_new_results(self.published()):
            self.refresh()

    def next_group(self) -> None:
        if not self.groups:
            return
        self.current = (self.current + 1) % len(self.groups)
        event, group = self.groups[self.current]
        self.model.set_group(event, group)
        self._fit_rows()
        self.table.scrollToTop()
        self._hold = HOLD_STEPS
        self._show_title()

    def step(self) -> None:
        """One tick: hold on a group's first page, then the next page of whole rows, then the
        next group."""
        if self._hold > 0:
            self._hold -= 1
            return
        self._fit_rows()
        first = self.table.rowAt(0) + self.rows_per_page()
        if 0 <= self.table.rowAt(0) and first < self.model.rowCount():
            self.table.scrollTo(self.model.index(first, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.next_group()

    def _show_title(self) -> None:
        if not self.groups or self.current < 0:
            self.title.setText(self.tr("尚无公示的成绩"))
            return
        event, group = self.groups[self.current]
        self.title.setText(f"{event.name}　{group.group}".strip() + self.tr("　成绩"))

    # -- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
            return
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().closeEvent(event)
