"""Rounds and seasons: advancement (初赛 → 决赛), carried-over finals and periodic assessments.

Pure functions over already computed :class:`EventResult` values. Combined totals are exact and
rounded once with the round's (or season's) policy; ranking and awards reuse
:func:`judge_app.core.engine.rank_group`, so every tie-break and award rule works unchanged.

An entrant is the same across events when :func:`entrant_key` agrees: the 18-digit ID number,
else name + unit, else the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction
from typing import Mapping, Sequence

from judge_app.core.decimals import exact_div, quantize, round_fraction
from judge_app.core.engine import group_names, rank_group
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.errors import SchemeError
from judge_app.core.results import EntryResult, EventResult, GroupResult, Issue, SectionResult
from judge_app.core.scheme import Combine, Contest, Event, Missing, Season, Section
from judge_app.core.standard import standardise
from judge_app.core.veto import Veto, apply_vetoes

HUNDRED = Decimal(100)


def entrant_key(entry: Entry) -> str:
    """Who an entry is across events: ID number, else name + unit, else the code."""
    if entry.id_number:
        return "id:" + entry.id_number.strip().upper()
    if entry.name:
        return f"name:{entry.name.strip()}|{entry.unit.strip()}"
    return "code:" + entry.code


def _index(result: EventResult) -> tuple[dict[str, EntryResult], set[str]]:
    """Rows of an event by entrant key, and the keys found more than once (ambiguous)."""
    rows: dict[str, EntryResult] = {}
    twice: set[str] = set()
    for row in result.rows:
        key = entrant_key(row.entry)
        if key in rows:
            twice.add(key)
        rows[key] = row
    return rows, twice


def _reset(row: EntryResult, total: Decimal | None, provisional: bool) -> EntryResult:
    """A row ready to be ranked again on a new total."""
    return replace(row, total=total, provisional=provisional, rank=None, award=None, titles=(), tie_note="")


def _counted(row: EntryResult | None) -> Decimal | None:
    """The total a row brings to a combination, None when it has none (缺考, no scores...)."""
    if row is None or row.entry.status is not Status.OK:
        return None
    return row.total


# ---- advancement --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdvanceGroup:
    """One group's advancement: who goes on, who does not (ranked and unranked), and why."""

    group: str
    advancing: tuple[EntryResult, ...]
    staying: tuple[EntryResult, ...]
    warnings: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class AdvanceResult:
    event: str
    groups: tuple[AdvanceGroup, ...]

    @property
    def advancing(self) -> tuple[EntryResult, ...]:
        return tuple(row for group in self.groups for row in group.advancing)


def advancement(event: Event, result: EventResult) -> AdvanceResult:
    """Who advances from a ranked round, per group, by its ``advance`` rule.

    Ranked entries with rank ≤ top (when set) and total ≥ line (when set) advance. Entries sharing
    the last place all advance, with a warning (domain.md is silent on ties at the cut). Unranked
    entries never advance.
    """
    rule = event.advance
    if rule is None:
        raise SchemeError(f"赛项 “{event.name}” 没有晋级规则 (advance) / the event declares no advancement")
    groups = []
    for group in result.groups:
        advancing, staying = [], []
        for row in group.rows:
            goes = (
                row.rank is not None
                and row.total is not None
                and (rule.top is None or row.rank <= rule.top)
                and (rule.line is None or row.total >= rule.line)
            )
            (advancing if goes else staying).append(row)
        groups.append(AdvanceGroup(group.group, tuple(advancing), tuple(staying), tuple(_cut_warnings(event, advancing))))
    return AdvanceResult(event.id, tuple(groups))


def _cut_warnings(event: Event, advancing: Sequence[EntryResult]) -> list[Issue]:
    rule = event.advance
    assert rule is not None
    warnings: list[Issue] = []
    if rule.top is not None and len(advancing) > rule.top:
        last = advancing[-1].rank
        tied = "、".join(r.code for r in advancing if r.rank == last)
        warnings.append(
            Issue(
                "warning",
                f"{tied} 并列第 {last} 名，处在晋级名额 {rule.top} 名的界线上：均晋级，共晋级 {len(advancing)} 名"
                f" / tied at the cut: all advance",
            )
        )
    provisional = [r.code for r in advancing if r.provisional]
    if provisional:
        warnings.append(
            Issue("warning", f"{'、'.join(provisional)} 成绩未完整，晋级名单为暂定 / provisional scores")
        )
    return warnings


# ---- a final carrying earlier rounds --------------------------------------------------------------


@dataclass(frozen=True)
class CarriedPart:
    """One earlier round's total in a combined result (None: the entrant has none there)."""

    event: str
    weight: Decimal
    total: Decimal | None


@dataclass(frozen=True)
class Breakdown:
    """How one combined total was made: this round's own total and the carried parts."""

    own_total: Decimal | None
    own_weight: Decimal
    parts: tuple[CarriedPart, ...]


@dataclass(frozen=True)
class CombinedResult:
    """A round's result with carried parts: ranked, awarded, and each total explained."""

    result: EventResult
    breakdown: Mapping[str, Breakdown] = field(default_factory=dict)  # entry code → breakdown


def combine_rounds(
    event: Event,
    own: EventResult,
    earlier: Mapping[str, EventResult],
    playoffs: Mapping[str, Decimal] | None = None,
) -> CombinedResult:
    """This round's result with the weighted parts of earlier rounds (``event.carry``).

    combined = own total × own weight / 100 + Σ earlier total × weight / 100, rounded once with
    the round's policy. An entrant without a total in an earlier round carries 0 from it, is marked
    provisional and warned about. Without ``carry`` the round starts from scratch (own result).
    """
    if not event.carry:
        return CombinedResult(own, {})
    indexes = {c.event: _index(earlier[c.event]) for c in event.carry}
    inputs = EventInputs(playoffs=dict(playoffs or {}))
    breakdown: dict[str, Breakdown] = {}
    groups: list[GroupResult] = []
    issues: list[Issue] = list(own.issues)
    for group in own.groups:
        rows: list[EntryResult] = []
        for row in group.rows:
            if row.entry.status is not Status.OK or row.total is None:
                rows.append(row)
                continue
            key = entrant_key(row.entry)
            percent_points = row.total * event.own_weight  # exact: Decimal products of short numbers
            provisional = row.provisional
            parts = []
            for carry in event.carry:
                found, twice = indexes[carry.event]
                earlier_row = None if key in twice else found.get(key)
                value = _counted(earlier_row)
                parts.append(CarriedPart(carry.event, carry.weight, value))
                if value is None:
                    why = "匹配到多名选手" if key in twice else "没有成绩"
                    issues.append(
                        Issue("warning", f"{row.code} 在前一轮 “{carry.event}” 中{why}，带入 0 分 / nothing carried", row.code)
                    )
                    provisional = True
                    continue
                percent_points += value * carry.weight
                provisional = provisional or bool(earlier_row and earlier_row.provisional)
            breakdown[row.code] = Breakdown(row.total, event.own_weight, tuple(parts))
            total = quantize(exact_div(percent_points, 100), event.decimals, event.rounding)  # ÷100 is exact
            rows.append(_reset(row, total, provisional))
        groups.append(rank_group(event, group.group, rows, inputs))
    result = replace(own, groups=tuple(groups), issues=tuple(issues))
    return CombinedResult(standardise(event, result), breakdown)


# ---- seasons of periodic assessments ------------------------------------------------------------


@dataclass(frozen=True)
class SeasonResult:
    """A season's ranking: one row per entrant, each period's total shown as a section score."""

    season: Event  # the season as an event: one section per period (for sheets and tie-breaks)
    result: EventResult
    notes: Mapping[str, str] = field(default_factory=dict)  # entry code → missing periods
    vetoes: tuple[Veto, ...] = ()  # 一票否决 applied to ``result`` (no award or title for them)

    def veto_text(self, row: EntryResult) -> str:
        """The 一票否决 of a row of ``result`` as the sheets print it ('' when it has none)."""
        return row.ineligible_reason if any(v.code == row.code for v in self.vetoes) else ""


def season_event(contest: Contest, season: Season) -> Event:
    """The season as an event whose sections are its periods, for ranking and display."""
    first = contest.event(season.periods[0].event)
    sections = tuple(
        Section(id=p.event, name=contest.event(p.event).name, max=HUNDRED, weight=p.weight or Decimal(1))
        for p in season.periods
    )
    return Event(
        id=season.id,
        name=season.name,
        sections=sections,
        entry_kind=first.entry_kind,
        decimals=first.decimals if season.decimals is None else season.decimals,
        rounding=season.rounding or first.rounding,
        tie_breaks=season.tie_breaks,
        awards=season.awards,
    )


def season_total(season: Season, totals: Sequence[Decimal | None]) -> Fraction | None:
    """The exact season total of one entrant from each period's total (None: missing).

    With weights w (1 each unless weighted) over all periods P and the periods held H:
    value = Σ_H total × w / D × (|P| for sum, else 1), where D = Σ_P w for ``zero`` and Σ_H w for
    ``renormalise``. ``exclude`` gives None when any period is missing; no period held gives None.
    """
    weights = [Fraction(p.weight) if season.combine is Combine.WEIGHTED and p.weight else Fraction(1) for p in season.periods]
    held = [(Fraction(t), w) for t, w in zip(totals, weights) if t is not None]
    if not held or (season.missing is Missing.EXCLUDE and len(held) < len(weights)):
        return None
    denominator = sum(w for _, w in held) if season.missing is Missing.RENORMALISE else sum(weights)
    scale = len(weights) if season.combine is Combine.SUM else 1
    return sum(t * w for t, w in held) * scale / denominator


def combine_season(contest: Contest, season: Season, periods: Mapping[str, EventResult],
                   vetoes: Sequence[Veto] = ()) -> SeasonResult:
    """Rank a season from its periods' results (``periods``: event id → result); a vetoed entry
    (``vetoes``, :func:`judge_app.core.veto.apply_vetoes`) keeps its rank, gets no award or title.

    Each entrant's row takes its entry (code, group, name) from the latest period it appears in.
    A period is missing for an entrant who has no row there, or is not ranked there (缺考 ...);
    what a missing period counts follows ``season.missing`` and is noted on the row.
    """
    event = season_event(contest, season)
    ids = [p.event for p in season.periods]
    indexes = {pid: _index(periods[pid]) for pid in ids}
    order: dict[str, Entry] = {}
    for pid in ids:
        for row in periods[pid].rows:
            order[entrant_key(row.entry)] = row.entry  # later periods overwrite: latest entry
    rows: list[EntryResult] = []
    notes: dict[str, str] = {}
    issues: list[Issue] = []
    for key, entry in order.items():
        found = [None if key in indexes[pid][1] else indexes[pid][0].get(key) for pid in ids]
        totals = [_counted(row) for row in found]
        missing = [pid for pid, t in zip(ids, totals) if t is None]
        if any(key in indexes[pid][1] for pid in ids):
            message = f"{entry.code} 在某期中匹配到多名选手，该期按缺期处理 / ambiguous entrant"
            issues.append(Issue("warning", message, entry.code))
        exact = season_total(season, totals)
        total = None if exact is None else round_fraction(exact, event.decimals, event.rounding)
        sections = tuple(
            SectionResult(pid, t, t, complete=row is not None and not row.provisional)
            for pid, t, row in zip(ids, totals, found)
        )
        if missing:
            names = "、".join(contest.event(pid).name for pid in missing)
            notes[entry.code] = f"缺期: {names} ({season.missing.label})"
        provisional = any(row is not None and row.provisional for row in found)
        rows.append(EntryResult(replace(entry, status=Status.OK), sections, total, provisional=provisional))
    inputs = EventInputs()
    groups = tuple(
        rank_group(event, name, [r for r in rows if r.entry.group == name], inputs)
        for name in group_names(event, rows)
        if any(r.entry.group == name for r in rows)
    )
    names = {pid: contest.event(pid).name for pid in ids}
    result = apply_vetoes(EventResult(season.id, groups, tuple(issues)), vetoes, names)
    return SeasonResult(event, result, notes, tuple(vetoes))

