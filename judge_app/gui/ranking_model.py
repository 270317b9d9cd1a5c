"""Table model of one group's ranking (core GroupResult, shown as is): rank, code, who is behind it
when the session may see it (the entry kind's columns: 姓名 and 单位, or 团队名称 and 成员 ...),
section scores, total, 用时 when the event counts it, award, notes (the status 缺考/弃赛/取消资格
first). Provisional rows are marked “*”."""

from __future__ import annotations

from decimal import Decimal
from operator import attrgetter
from typing import Any

from judge_app.core.decimals import clock_text, fmt
from judge_app.core.entries import Status
from judge_app.core.entry_kinds import Field, who_fields
from judge_app.core.results import EntryResult, GroupResult
from judge_app.core.scheme import Event
from judge_app.gui.labels import status_name, who_header
from judge_app.gui.qt import QAbstractTableModel, QBrush, QColor, QFont, QModelIndex, Qt

PROVISIONAL_FG = QColor("#8D6E00")
UNRANKED_FG = QColor("#888888")
LARGE_AWARD_FG = QColor("#FFD54F")  # award rows on the dark leaderboard
AWARD_BG = {0: QColor("#FFF4C2"), 1: QColor("#ECEFF1"), 2: QColor("#F6E7DA")}
_CODE = attrgetter("entry.code")  # read in C: a re-rank touches every row


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
})


class RankingModel(QAbstractTableModel):
    def __init__(self, parent=None, *, large: bool = False):
        super().__init__(parent)
        self.event_def: Event | None = None
        self.group: GroupResult | None = None
        self.rows: list[EntryResult] = []
        self.with_names = False
        #: the "who" columns of the event's entry kind, shown when some entry fills them
        self.who: tuple[Field, ...] = ()
        self.large = large
        #: the font bold cells start from (the leaderboard sets its large one)
        self.base_font = QFont()
        self._columns: list[str] | None = None
        self._award_order: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        #: how many times a group was shown (tests and the benchmark wait on it)
        self.updates = 0

    # -- data ---------------------------------------------------------------------------------

    def set_group(self, event: Event, group: GroupResult) -> None:
        """Show ``group`` in the current sort order.

        The same entries again (a re-rank after a save) update in place: rows that moved are
        re-laid out (selection follows the entry), and ``dataChanged`` covers only the rows whose
        result changed (core's LiveEvent keeps an unchanged row the same object). Only another
        event, group or column set resets the model.
        """
        who = who_fields(event.entry_kind, [r.entry for r in group.rows])
        with_names = any(f.value(r.entry) for r in group.rows for f in who)
        same = ((self.event_def is event or self.event_def == event) and self.group is not None
                and with_names == self.with_names and who == self.who
                and len(group.rows) == len(self.rows) and set(map(_CODE, group.rows)) == set(map(_CODE, self.rows)))
        if not same:
            self.beginResetModel()
            self.event_def, self.group, self._columns = event, group, None
            self.with_names, self.who = with_names, who
            self._award_order = {t.name: i for i, t in enumerate(event.awards.tiers)}
            self.rows = self._sorted(group.rows)
            self.endResetModel()
            self.updates += 1
            return
        rows = self._sorted(group.rows)
        if list(map(_CODE, rows)) != list(map(_CODE, self.rows)):
            self._relayout(rows)
            self.group = group
        else:
            old, self.rows, self.group = self.rows, rows, group
            for first, last in _changed_runs(old, rows):
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.updates += 1

    def clear(self) -> None:
        """Show nothing (the leaderboard before any event is published)."""
        self.beginResetModel()
        self.event_def, self.group, self._columns, self.rows = None, None, None, []
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view's header asks); kept for every later update."""
        self._sort = (column, order)
        if self.rows:
            self._relayout(self._sorted(self.rows))

    def _sorted(self, rows: tuple[EntryResult, ...] | list[EntryResult]) -> list[EntryResult]:
        column, order = self._sort
        cols = self.columns()
        if column >= len(cols) or cols[column] == "rank":  # core's order already is by rank
            ordered = list(rows)
            ordered.sort(key=lambda r: r.rank if r.rank is not None else 10**9)
        else:
            col = cols[column]
            ordered = sorted(rows, key=lambda r: self._sort_key(r, col))
        if order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        return ordered

    def _relayout(self, rows: list[EntryResult]) -> None:
        """New order of the same entries: persistent indexes (selection) follow their entry."""
        self.layoutAboutToBeChanged.emit()
        where = {code: i for i, code in enumerate(map(_CODE, rows))}
        olds = self.persistentIndexList()
        news = [self.index(where[self.rows[i.row()].code], i.column()) if i.row() < len(self.rows) else QModelIndex()
                for i in olds]
        self.rows = rows
        self.changePersistentIndexList(olds, news)
        self.layoutChanged.emit()

    def columns(self) -> list[str]:
        """The column keys (cached: data() asks for them for every cell and role)."""
        if self._columns is None:
            self._columns = self._make_columns()
        return self._columns

    def _make_columns(self) -> list[str]:
        if self.event_def is None:
            return []
        cols = ["rank", "code"] + ([f"w:{i}" for i in range(len(self.who))] if self.with_names else [])
        if self.large:  # the projector: what the audience wants, readable from the back
            return cols + ["total", "award"]
        cols += [f"s:{s.id}" for s in self.event_def.sections]
        return cols + ["total"] + (["time"] if self.event_def.uses_time else []) + ["award", "note"]

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.event_def is None:
            return None
        cols = self.columns()
        if section >= len(cols):
            return None
        col = cols[section]
        if col.startswith("s:"):
            sec = self.event_def.section(col[2:])
            return f"{sec.name}\n({fmt(sec.weight)}%)"
        if col.startswith("w:"):
            return who_header(self.who[int(col[2:])].header)
        return {
            "rank": self.tr("名次"), "code": self.tr("编号"),
            "total": self.tr("总分"), "time": self.tr("用时"), "award": self.tr("奖项"), "note": self.tr("备注"),
        }[col]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        row = self.rows[index.row()]
        col = self.columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.startswith("w:") or col in ("note", "award"):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.large and row.award:
                return QBrush(LARGE_AWARD_FG)
            if row.rank is None:
                return QBrush(UNRANKED_FG)
            if row.provisional and col in ("rank", "total"):
                return QBrush(PROVISIONAL_FG)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.award and col in ("rank", "award") and not self.large:
            return QBrush(AWARD_BG.get(self._award_order.get(row.award, 9), QColor("#F3F7EC")))
        if role == Qt.ItemDataRole.FontRole and (col == "total" or (self.large and col == "rank")):
            font = QFont(self.base_font)
            font.setBold(True)
            if row.provisional and col == "total":
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.provisional:
                return self.tr("成绩未完整，暂定排名")
            if row.tie_note:
                return row.tie_note
        return None

    def _text(self, row: EntryResult, col: str) -> str:
        star = "*" if row.provisional else ""
        if col == "rank":
            return "" if row.rank is None else f"{row.rank}{star}"
        if col == "code":
            return row.code
        if col.startswith("w:"):
            return self.who[int(col[2:])].value(row.entry)
        if col.startswith("s:"):
            found = row.section(col[2:])
            return "" if found is None or found.score is None else fmt(found.score)
        if col == "total":
            return "" if row.total is None else f"{fmt(row.total)}{star}"
        if col == "time":
            return "" if row.entry.time_s is None else clock_text(row.entry.time_s)
        if col == "award":
            return " ".join(x for x in (row.award or "", *row.titles) if x)
        if col == "note":
            parts = []
            if row.status is not Status.OK:
                parts.append(status_name(row.status))
            if row.provisional:
                parts.append(self.tr("暂定"))
            if row.ineligible_reason:
                parts.append(row.ineligible_reason)
            if row.tie_note:
                parts.append(row.tie_note)
            return "；".join(parts)
        return ""

    def _sort_key(self, row: EntryResult, col: str) -> Any:
        big = 10**9
        if col == "rank":
            return row.rank if row.rank is not None else big
        if col == "total":
            return float(row.total) if row.total is not None else -1.0
        if col == "time":
            return row.entry.time_s if row.entry.time_s is not None else big
        if col.startswith("s:"):
            found = row.section(col[2:])
            return float(found.score) if found is not None and found.score is not None else -1.0
        if col == "award":
            return self._award_order.get(row.award or "", big)
        return self._text(row, col)


def _changed_runs(old: list[EntryResult], new: list[EntryResult]) -> list[tuple[int, int]]:
    """Runs (first, last) of positions whose row is not the same object as before."""
    runs: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(zip(old, new)):
        if a is b:
            continue
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def dec(value: Decimal | None) -> str:
    return "" if value is None else fmt(value)
