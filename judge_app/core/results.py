"""Results of a computation: immutable values that reports, exports and the GUI display as is."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from judge_app.core.entries import Entry, Status


@dataclass(frozen=True)
class Issue:
    """Something the chief judge must see: an error blocks a value, a warning does not."""

    level: str  # "error" | "warning"
    message: str
    code: str = ""  # entry code, when about one entry
    criterion: str = ""


@dataclass(frozen=True)
class CriterionResult:
    """One criterion for one entry. ``value`` is exact (not rounded); None when it cannot be had."""

    criterion: str
    value: Decimal | None
    values: tuple[tuple[str, Decimal], ...] = ()  # (judge, value) as entered
    dropped: tuple[str, ...] = ()  # judges whose values the trimmed rule dropped
    complete: bool = True
    spread: Decimal | None = None
    flagged: bool = False  # spread above the event's threshold


@dataclass(frozen=True)
class SectionResult:
    """One section for one entry: ``score`` is rounded to the event's decimals."""

    section: str
    score: Decimal | None
    raw: Decimal | None = None  # exact sum before floor and rounding
    penalty: Decimal = Decimal(0)  # points taken off (positive)
    complete: bool = True
    criteria: tuple[CriterionResult, ...] = ()
    judge_totals: tuple[tuple[str, Decimal], ...] = ()  # judge-total level only

    def criterion(self, criterion_id: str) -> CriterionResult | None:
        for result in self.criteria:
            if result.criterion == criterion_id:
                return result
        return None


@dataclass(frozen=True)
class EntryResult:
    """One entry's whole result. ``total`` is rounded; rank and award follow from it."""

    entry: Entry
    sections: tuple[SectionResult, ...] = ()
    total: Decimal | None = None
    provisional: bool = False  # some score missing: ranked, but marked
    rank: int | None = None
    award: str | None = None
    titles: tuple[str, ...] = ()
    eligible: bool = True  # meets the pass marks
    ineligible_reason: str = ""
    tie_note: str = ""  # which tie-break separated this entry from an equal total
    standard_score: Decimal | None = None
    remarks: tuple[str, ...] = ()  # what the sheets add to 备注: penalties, votes (core.sheet_rows.with_remarks)

    @property
    def code(self) -> str:
        return self.entry.code

    @property
    def status(self) -> Status:
        return self.entry.status

    def section(self, section_id: str) -> SectionResult | None:
        for result in self.sections:
            if result.section == section_id:
                return result
        return None


@dataclass(frozen=True)
class GroupResult:
    """The ranking of one event and group: ranked rows first, unranked (缺考 ...) last."""

    event: str
    group: str
    rows: tuple[EntryResult, ...]
    warnings: tuple[Issue, ...] = ()

    def row(self, code: str) -> EntryResult:
        for result in self.rows:
            if result.code == code:
                return result
        raise KeyError(code)


@dataclass(frozen=True)
class JudgeBias:
    """A judge's mean deviation from the panel mean, over every judgement value they gave."""

    judge: str
    mean_deviation: Decimal
    values: int


@dataclass(frozen=True)
class EventResult:
    event: str
    groups: tuple[GroupResult, ...]
    issues: tuple[Issue, ...] = ()
    bias: tuple[JudgeBias, ...] = ()
    flags: tuple[Issue, ...] = field(default=())  # spread flags for the chief judge

    def group(self, name: str = "") -> GroupResult:
        for result in self.groups:
            if result.group == name:
                return result
        raise KeyError(name)

    @property
    def rows(self) -> tuple[EntryResult, ...]:
        return tuple(row for group in self.groups for row in group.rows)
