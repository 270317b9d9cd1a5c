"""The score grid's model: rows are contestant codes, columns the criteria grouped by section,
then the entry's 合计 (the points of this judge's sheet) and one remark column. Values are checked with core's ``check_value``; accepted ones are saved
through the controller (store thread) and shown pending (…) until the store confirms (✓).
A measurement or deduction value that differs from what another judge of the panel entered is
saved, marked red and named at once (:attr:`ScoreGridModel.noted`): the chief judge settles it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from judge_app.core.decimals import fmt
from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ScoreError
from judge_app.core.scheme import Criterion, CriterionKind, Section
from judge_app.core.score_rules import check_value
from judge_app.gui.labels import status_name
from judge_app.gui.qt import QAbstractTableModel, QBrush, QColor, QFont, QModelIndex, Qt, Signal
from judge_app.gui.store_side import GridData, Saved

PENDING, SAVED, FAILED = "pending", "saved", "failed"
StateRole = Qt.ItemDataRole.UserRole + 1  # PENDING | SAVED | FAILED | None
SectionRole = Qt.ItemDataRole.UserRole + 2  # header: the section name of a column
KindRole = Qt.ItemDataRole.UserRole + 3  # "score" | "total" | "remark" | "check" (second pass)
TOTAL = "=total"  # the criterion part of a 合计 cell's key (no criterion id starts with "=")

SAVED_BG = QColor("#E8F5E9")
PENDING_BG = QColor("#FFF8E1")
REQUEST_BG = QColor("#FFE0B2")
LOCKED_BG = QColor("#F2F2F2")
TOTAL_BG = QColor("#EDF1F7")
OTHER_FG = QColor("#7A7A7A")
CHECK_BG = QColor("#E3F2FD")
MATCH_BG = QColor("#C8E6C9")
MISMATCH_BG = QColor("#FFCDD2")
SECTION_TINTS = (QColor("#FFFFFF"), QColor("#F5F8FC"))


@dataclass(frozen=True)
class Column:
    section: Section | None  # None for the 合计 and remark columns
    criterion: Criterion | None
    tint: int = 0
    total: bool = False  # the 合计 column

    @property
    def is_remark(self) -> bool:
        return self.criterion is None and not self.total

    @property
    def key_part(self) -> str:
        """The criterion part of a cell key: the criterion id, TOTAL, or '' for the remark."""
        return self.criterion.id if self.criterion else (TOTAL if self.total else "")


class ScoreGridModel(QAbstractTableModel):
    """One judge's values for one event. ``apply`` is what undo commands call."""

    #: (row, column, message) a value was refused at the cell (check_value or the store)
    refused = Signal(int, int, str)
    #: a save failed in the store (the cell is back to the stored value)
    saveFailed = Signal(object)
    #: a value (or remark) was confirmed by the store: (code, criterion or "", revision)
    saved = Signal(str, str, int)
    #: ask the page to push an undo command: (code, criterion or "" for remark, old, new)
    changeRequested = Signal(str, str, object, object)
    #: a second-pass value was typed (the page updates its mismatch list)
    secondTyped = Signal()
    #: (row, column, message) a value was taken but differs from the panel's (shown under the cell)
    noted = Signal(int, int, str)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.data_: GridData | None = None
        self.columns: list[Column] = []
        self.entries: list[Entry] = []
        self.values: dict[tuple[str, str], Any] = {}  # shown value (Decimal, or str for remarks)
        self.confirmed: dict[tuple[str, str], Any] = {}  # what the store holds
        self.states: dict[tuple[str, str], str] = {}
        self.revisions: dict[tuple[str, str], int] = {}
        self.requests: dict[tuple[str, str], str] = {}  # (code, criterion) → reason
        self.last_store_ms = 0.0
        self._row_of: dict[str, int] = {}
        self._steps: dict[str, Decimal] = {}
        self._section_of: dict[str, str] = {}  # criterion → section id
        self._competing: set[str] = set()  # codes that owe scores (status OK)
        self._filled: Counter[str] = Counter()  # section id → filled cells of competing entries
        #: scorer's second pass over measurement criteria: typed values, compared, never saved
        self.check_pass = False
        self.second: dict[tuple[str, str], Decimal] = {}

    # -- loading ------------------------------------------------------------------------------

    def load(self, data: GridData) -> None:
        self.beginResetModel()
        self.data_ = data
        self.columns = [
            Column(section, crit, i % 2)
            for i, section in enumerate(data.sections)
            for crit in section.criteria
        ] + [Column(None, None, total=True), Column(None, None)]
        self.entries = list(data.entries)
        self._row_of = {e.code: i for i, e in enumerate(self.entries)}
        self._steps = {c.id: c.step for s in data.sections for c in s.criteria}
        self._section_of = {c.id: s.id for s in data.sections for c in s.criteria}
        self._competing = {e.code for e in self.entries if e.status is Status.OK and e.code not in data.recused}
        self.values = {}
        self._filled = Counter()
        for key, value in data.values.items():
            self._put(key, value)
        for code, text in data.remarks.items():
            self.values[(code, "")] = text
        self.confirmed = dict(self.values)
        self.states = {key: SAVED for key in self.values}
        self.revisions = {}
        self.requests = {(r.code, r.criterion): r.reason for r in data.requests}
        self.second = {}
        self.endResetModel()

    @property
    def event_id(self) -> str:
        return self.data_.event.id if self.data_ else ""

    @property
    def judge(self) -> str:
        return self.data_.judge if self.data_ else ""

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def key(self, index: QModelIndex) -> tuple[str, str]:
        return self.entries[index.row()].code, self.columns[index.column()].key_part

    def index_of(self, code: str, criterion: str) -> QModelIndex:
        row = self._row_of.get(code)
        for c, col in enumerate(self.columns):
            if col.key_part == criterion and row is not None:
                return self.index(row, c)
        return QModelIndex()

    def editable(self, index: QModelIndex) -> bool:
        if not index.isValid() or self.data_ is None:
            return False
        entry = self.entries[index.row()]
        if entry.status is not Status.OK or self.recused(entry):
            return False
        col = self.columns[index.column()]
        if col.total:
            return False
        if self.check_pass:
            return self.checkable(index)
        if col.is_remark:
            return True
        sec = col.section.id  # type: ignore[union-attr]
        return self.data_.section_states.get(sec) == "open" and self.data_.submissions.get(sec) != "submitted"

    def recused(self, entry: Entry) -> bool:
        """Whether this judge is recused from the entry (回避): its row is not theirs to score."""
        return self.data_ is not None and entry.code in self.data_.recused

    def readonly_reason(self, index: QModelIndex) -> str:
        """Why a cell takes no value ('' when it does): typing there says so instead of nothing."""
        if not index.isValid() or self.data_ is None or self.editable(index):
            return ""
        entry = self.entries[index.row()]
        col = self.columns[index.column()]
        if self.recused(entry):
            return self.tr("%1：您须回避（同单位或有关联），不由您评分").replace("%1", entry.code)
        if entry.status is not Status.OK:
            return self.tr("%1：%2，不评分").replace("%1", entry.code).replace("%2", status_name(entry.status))
        if col.total:
            return self.tr("合计由各项得分自动算出，不能直接填写")
        if col.section is None:
            return ""
        if self.data_.section_states.get(col.section.id) == "locked":
            return self.tr("“%1”已锁定，不能再修改").replace("%1", col.section.name)
        if self.data_.submissions.get(col.section.id) == "submitted":
            return self.tr("“%1”已提交，不能再修改；需要修改时请裁判长退回").replace("%1", col.section.name)
        return ""

    def first_empty(self) -> QModelIndex:
        """The first editable score cell without a value (row by row), else the first cell.
        Looks the values up directly: asking data() of all 200 × 40 cells took 0.6 s."""
        for r, entry in enumerate(self.entries):
            for c, col in enumerate(self.columns):
                if col.criterion is not None and (entry.code, col.criterion.id) not in self.values:
                    index = self.index(r, c)
                    if self.editable(index):
                        return index
        return self.index(0, 0)

    # -- second pass (double entry of measurement criteria) -------------------------------------

    def checkable(self, index: QModelIndex) -> bool:
        """A measurement cell with a first-pass value: the second pass types it again."""
        col = self.columns[index.column()]
        if col.criterion is None or col.criterion.kind is not CriterionKind.MEASUREMENT:
            return False
        return self.entries[index.row()].status is Status.OK and self.key(index) in self.confirmed

    def set_check_pass(self, on: bool) -> None:
        self.beginResetModel()
        self.check_pass = on
        self.second = {}
        self.endResetModel()

    def mismatches(self) -> list[tuple[str, str, Decimal, Decimal]]:
        """(code, criterion name, first, second) for every second-pass value that differs."""
        return [(code, self.criterion_label(crit), self.confirmed[(code, crit)], value)
                for (code, crit), value in sorted(self.second.items())
                if self.confirmed.get((code, crit)) != value]

    def to_check(self) -> int:
        """Measurement cells of the first pass not yet typed again."""
        return sum(1 for r in range(self.rowCount()) for c in range(self.columnCount())
                   if self.checkable(self.index(r, c)) and self.key(self.index(r, c)) not in self.second)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable(index) else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        col = self.columns[index.column()]
        key = self.key(index)
        value = self.values.get(key)
        if self.check_pass and self.checkable(index):
            return self._second_data(key, role)
        if col.total:
            return self._total_data(entry, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.is_remark:
                return value or ""
            if entry.status is not Status.OK:
                return status_name(entry.status) if index.column() == 0 else ""
            if self.recused(entry):
                return "" if col.is_remark else self.tr("回避")
            if value is not None:
                return self.shown(key[1], value)
            others = self.data_.others.get(key) if self.data_ else None
            if others:
                return "、".join(self.shown(key[1], v) for _, v in others)
            return ""
        if role == Qt.ItemDataRole.EditRole:
            if col.is_remark:
                return value or ""
            return "" if value is None else self.shown(key[1], value)
        if role == StateRole:
            return self.states.get(key)
        if role == KindRole:
            return "remark" if col.is_remark else "score"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.is_remark:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.differing(key):
                return QBrush(MISMATCH_BG)
            if not self.editable(index):
                return QBrush(LOCKED_BG)
            if key in self.requests:
                return QBrush(REQUEST_BG)
            state = self.states.get(key)
            if state == PENDING:
                return QBrush(PENDING_BG)
            if state == SAVED and value not in (None, ""):
                return QBrush(SAVED_BG)
            return QBrush(SECTION_TINTS[col.tint])
        if role == Qt.ItemDataRole.ForegroundRole:
            if value is None and not col.is_remark and self.data_ and self.data_.others.get(key):
                return QBrush(OTHER_FG)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if value is None and not col.is_remark and self.data_ and self.data_.others.get(key):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, entry, col, key, value)
        return None

    def entry_total(self, code: str) -> tuple[Decimal | None, int]:
        """(points of this judge's sheet for ``code``, cells still empty): judgement and
        measurement values as entered, a deduction as max − deduction (never below 0); a
        measurement or deduction another judge of the panel entered counts when they agree."""
        total: Decimal | None = None
        empty = 0
        for col in self.columns:
            crit = col.criterion
            if crit is None:
                continue
            value = self.values.get((code, crit.id))
            if value is None and crit.kind is not CriterionKind.JUDGEMENT and self.data_ is not None:
                found = {v for _, v in self.data_.others.get((code, crit.id), ())}
                value = found.pop() if len(found) == 1 else None
            if value is None:
                empty += 1
                continue
            points = max(crit.max - value, Decimal(0)) if crit.kind is CriterionKind.DEDUCTION else value
            total = points if total is None else total + points
        return total, empty

    def _total_data(self, entry: Entry, role: int) -> Any:
        """A cell of the 合计 column (read only)."""
        if entry.status is not Status.OK:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        total, empty = self.entry_total(entry.code)
        if role == Qt.ItemDataRole.DisplayRole:
            places = max((max(0, -c.criterion.step.as_tuple().exponent) for c in self.columns if c.criterion), default=0)
            return fmt(total, places) if total is not None else ""
        if role == KindRole:
            return "total"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(not empty)
            font.setItalic(bool(empty))
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("%1 的合计：本评分表各项得分之和（扣分项按满分减去扣分计）").replace("%1", entry.code)
            if empty:
                text += "\n" + self.tr("还有 %1 项未填").replace("%1", str(empty))
            return text
        return None

    def _second_data(self, key: tuple[str, str], role: int) -> Any:
        """A cell of the second pass: the first value stays hidden until the second is typed."""
        second = self.second.get(key)
        first = self.confirmed.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if second is None else self.shown(key[1], second)
        if role == KindRole:
            return "check"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if second is None:
                return QBrush(CHECK_BG)
            return QBrush(MATCH_BG if second == first else MISMATCH_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if second is None:
                return self.tr("第二遍：再次录入这一客观项")
            if second == first:
                return self.tr("两遍一致")
            return (self.tr("两遍不一致：第一遍 %1，第二遍 %2").replace("%1", self.shown(key[1], first))
                    .replace("%2", self.shown(key[1], second)))
        return None

    def differing(self, key: tuple[str, str]) -> tuple[tuple[str, Decimal], ...]:
        """The panel's values for a measurement or deduction cell that differ from this judge's."""
        value = self.values.get(key)
        others = self.data_.others.get(key, ()) if self.data_ is not None and value is not None else ()
        return tuple((judge, v) for judge, v in others if v != value)

    def differing_text(self, key: tuple[str, str]) -> str:
        """'与评分组的录入不一致：J02 16 …' for a differing cell ('' when it agrees)."""
        found = self.differing(key)
        if not found:
            return ""
        shown = "、".join(f"{judge} {self.shown(key[1], v)}" for judge, v in found)
        return (self.tr("与评分组的录入不一致：%1。请核对；两者都保存，由裁判长确定正确值").replace("%1", shown))

    def shown(self, criterion: str, value: Any) -> str:
        """A value with as many decimals as the criterion's step (3.0 and 4.0, not 3.0 and 4)."""
        if value is None or value == "":
            return ""
        step = self._steps.get(criterion)
        if step is None:
            return fmt(value)
        return fmt(value, max(0, -step.as_tuple().exponent))

    def _tooltip(self, index: QModelIndex, entry: Entry, col: Column, key: tuple[str, str], value: Any) -> str:
        if entry.status is not Status.OK:
            return self.tr("%1：%2，不评分").replace("%1", entry.code).replace("%2", status_name(entry.status))
        if self.recused(entry):
            return self.tr("%1：您须回避（同单位或有关联），不由您评分").replace("%1", entry.code)
        if col.is_remark:
            return self.tr("选手 %1 的备注（回车保存）").replace("%1", entry.code)
        crit = col.criterion
        assert crit is not None
        lines = [f"{entry.code} · {crit.name}",
                 self.tr("满分 %1，步长 %2").replace("%1", fmt(crit.max)).replace("%2", fmt(crit.step))]
        if crit.kind is CriterionKind.DEDUCTION:
            lines.append(self.tr("扣分项：填写扣去的分数"))
        if crit.kind is CriterionKind.MEASUREMENT:
            lines.append(self.tr("客观项：一人录入，另一人录入相同数值即为确认"))
        others = self.data_.others.get(key) if self.data_ else None
        if others:
            shown = "、".join(f"{j} {fmt(v)}" for j, v in others)
            lines.append(self.tr("已由其他裁判录入：%1").replace("%1", shown))
        if self.differing(key):
            lines.append(self.differing_text(key))
        state = self.states.get(key)
        if state == SAVED and value is not None:
            lines.append(self.tr("✓ 已保存"))
        elif state == PENDING:
            lines.append(self.tr("正在保存…"))
        if key in self.requests:
            lines.append(self.tr("裁判长请求重评：%1").replace("%1", self.requests[key]))
        if not self.editable(index):
            lines.append(self.tr("不可修改（已提交或已锁定）"))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if section >= len(self.entries):
                return None
            entry = self.entries[section]
            if role == Qt.ItemDataRole.DisplayRole:
                if self.recused(entry):
                    return f"{entry.code} {self.tr('回避')}"
                return entry.code if entry.status is Status.OK else f"{entry.code} {status_name(entry.status)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("编号 %1").replace("%1", entry.code) + (f" · {entry.group}" if entry.group else "")
            return None
        if section >= len(self.columns):
            return None
        col = self.columns[section]
        if role == SectionRole:
            return col.section.name if col.section else (self.tr("合计") if col.total else self.tr("备注"))
        if role == Qt.ItemDataRole.DisplayRole:
            if col.total:
                return self.tr("合计") + "\n "
            if col.is_remark:
                return self.tr("备注") + "\n "
            crit = col.criterion
            assert crit is not None
            kind = {CriterionKind.DEDUCTION: self.tr("扣分"), CriterionKind.MEASUREMENT: self.tr("客观")}.get(crit.kind, "")
            limits = self.tr("满分%1 步长%2").replace("%1", fmt(crit.max)).replace("%2", fmt(crit.step))
            return f"{crit.name}\n{limits}" + (f" {kind}" if kind else "")
        if role == Qt.ItemDataRole.ToolTipRole and col.criterion is not None:
            crit = col.criterion
            return (f"{col.section.name} · {crit.id} {crit.name}\n"  # type: ignore[union-attr]
                    + self.tr("满分 %1，步长 %2").replace("%1", fmt(crit.max)).replace("%2", fmt(crit.step)))
        return None

    # -- editing ------------------------------------------------------------------------------

    def check(self, index: QModelIndex, text: str) -> tuple[Any, str]:
        """(value, "") if ``text`` is acceptable for the cell, else (None, reason). Empty → None."""
        col = self.columns[index.column()]
        if col.is_remark:
            return text.strip(), ""
        text = text.strip()
        if not text:
            return None, ""
        try:
            return check_value(col.criterion, text), ""  # type: ignore[arg-type]
        except ScoreError as exc:
            return None, str(exc)

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable(index):
            return False
        number, reason = self.check(index, str(value))
        if reason:
            self.refused.emit(index.row(), index.column(), reason)
            return False
        if self.check_pass:
            if number is None:
                self.second.pop(self.key(index), None)
            else:
                self.second[self.key(index)] = number
            self._changed(index)
            self.secondTyped.emit()
            return True
        code, criterion = self.key(index)
        old = self.values.get((code, criterion))
        if criterion:
            if number is None:
                return False  # an empty score cell changes nothing (Delete clears a value)
            if old is not None and old == number:
                return True
        else:
            number = number or ""
            if (old or "") == number:
                return True
        self.changeRequested.emit(code, criterion, old, number)
        return True

    def request_clear(self, index: QModelIndex) -> None:
        if not self.editable(index):
            return
        code, criterion = self.key(index)
        old = self.values.get((code, criterion))
        if old not in (None, ""):
            self.changeRequested.emit(code, criterion, old, None if criterion else "")

    def apply(self, code: str, criterion: str, value: Any) -> None:
        """Show ``value`` at once and save it (the store thread); undo/redo call this."""
        key = (code, criterion)
        index = self.index_of(code, criterion)
        self._put(key, value)
        self.states[key] = PENDING
        self._changed(index)
        if criterion and self.differing(key):
            self.noted.emit(index.row(), index.column(), self.differing_text(key))
        if criterion:
            self.controller.save_score(
                self.event_id, code, criterion, self.judge, value,
                on_done=lambda saved: self._confirm(key, value, saved),
                on_error=lambda exc: self._failed(key, exc),
            )
        else:
            self.controller.save_remark(
                self.event_id, code, self.judge, value or "",
                on_done=lambda _text: self._confirm(key, value, Saved(0, 0.0)),
                on_error=lambda exc: self._failed(key, exc),
            )

    def _confirm(self, key: tuple[str, str], value: Any, saved: Saved) -> None:
        if value is None or value == "":
            self.confirmed.pop(key, None)
        else:
            self.confirmed[key] = value
        self.revisions[key] = saved.revision
        self.last_store_ms = saved.store_ms
        if self.values.get(key) == self.confirmed.get(key):
            self.states[key] = SAVED
        if key in self.requests and value not in (None, ""):
            del self.requests[key]
        self._changed(self.index_of(*key))
        self.saved.emit(key[0], key[1], saved.revision)

    def _failed(self, key: tuple[str, str], exc: BaseException) -> None:
        self._put(key, self.confirmed.get(key))
        self.states[key] = SAVED
        self._changed(self.index_of(*key))
        self.saveFailed.emit(exc)

    def _put(self, key: tuple[str, str], value: Any) -> None:
        """Show ``value`` (None or "" clears) and keep the filled count of its section."""
        had = self.values.get(key) is not None
        if value is None or value == "":
            self.values.pop(key, None)
        else:
            self.values[key] = value
        section = self._section_of.get(key[1])
        if section is not None and key[0] in self._competing:
            self._filled[section] += (self.values.get(key) is not None) - had

    def filled(self, section_id: str) -> tuple[int, int]:
        """(filled, total) cells of competing entries in a section of the grid. A measurement or
        deduction cell another judge of the panel has filled counts as filled: it is owed once
        per entry (the grid shows that value in grey)."""
        criteria = [c for c, s in self._section_of.items() if s == section_id]
        shared = 0
        if self.data_ is not None:
            once = {c.id for sec in self.data_.sections for c in sec.criteria
                    if c.id in criteria and c.kind is not CriterionKind.JUDGEMENT}
            shared = sum(1 for code in self._competing for crit in once
                         if self.values.get((code, crit)) is None and self.data_.others.get((code, crit)))
        return self._filled[section_id] + shared, len(self._competing) * len(criteria)

    def _changed(self, index: QModelIndex) -> None:
        """Repaint the cell, and its row's 合计 when a score changed."""
        if index.isValid():
            self.dataChanged.emit(index, index)
            if self.columns[index.column()].criterion is not None:
                total = self.index(index.row(), len(self.columns) - 2)
                self.dataChanged.emit(total, total)

    # -- questions ----------------------------------------------------------------------------

    def pending(self) -> int:
        return sum(1 for s in self.states.values() if s == PENDING)

    def criterion_label(self, criterion: str) -> str:
        for col in self.columns:
            if col.criterion and col.criterion.id == criterion:
                return col.criterion.name
        return self.tr("备注") if not criterion else criterion
