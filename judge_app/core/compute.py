"""Scores of one entry: criterion values, section scores and the weighted total (domain rules 2–4).

Aggregated criterion values stay exact; a section score is floored at 0 and rounded with the
event's policy; the total is Σ section × weight / section max, rounded the same way.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Mapping

from judge_app.core.aggregate import TooFewValues, aggregate
from judge_app.core.decimals import exact_div, fmt, quantize, round_sum
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.results import CriterionResult, EntryResult, Issue, SectionResult
from judge_app.core.scheme import Criterion, CriterionKind, Event, Level, Section, SectionKind

ZERO = Decimal(0)
EntryScores = Mapping[str, Mapping[str, Decimal]]  # criterion → judge → value


NOBODY: frozenset[str] = frozenset()


def _panel_values(section: Section, entered: Mapping[str, Decimal],
                  recused: frozenset[str] = NOBODY) -> list[tuple[str, Decimal]]:
    """The values of the section's panel, in panel order (any judge when no panel is set), without
    the judges recused from the entry (回避)."""
    if not section.judges:
        return sorted((judge, value) for judge, value in entered.items() if judge not in recused)
    return [(judge, entered[judge]) for judge in section.judges if judge in entered and judge not in recused]


def recusal_shortfall(section: Section, recused: frozenset[str]) -> str:
    """Why the panel left after recusal cannot give the section's rule its values ('' when it
    can): e.g. trimmed needs 3 judges, a panel of 3 with one recused has 2."""
    gone = recused.intersection(section.judges)
    left = [judge for judge in section.judges if judge not in recused]
    if not gone or len(left) >= section.rule.min_values:
        return ""
    return (f"回避后评分组只余 {len(left)} 名裁判（{'、'.join(left) or '无'}），规则 {section.rule} 至少需要"
            f" {section.rule.min_values} 名 / too few judges left after recusal")


def criterion_result(
    event: Event, section: Section, crit: Criterion, entered: Mapping[str, Decimal], code: str = "",
    recused: frozenset[str] = NOBODY,
) -> tuple[CriterionResult, list[Issue]]:
    """Value of one criterion for one entry, with spread flag and any issue for the chief judge.
    A judgement criterion is aggregated over the panel without the judges ``recused`` from the
    entry; a panel left too small for the rule gives no value and an error."""
    pairs = _panel_values(section, entered, recused)
    values = [value for _, value in pairs]
    issues: list[Issue] = []
    if crit.kind is CriterionKind.JUDGEMENT:
        expected = len([j for j in section.judges if j not in recused]) or 1
        spread = max(values) - min(values) if len(values) > 1 else None
        flagged = spread is not None and spread > event.spread.threshold(crit.max)
        short = "" if section.level is Level.JUDGE_TOTAL else recusal_shortfall(section, recused)
        try:
            if short:
                raise TooFewValues(short)
            value, dropped_at = aggregate(values, section.rule) if values else (None, ())
        except TooFewValues as exc:
            issues.append(Issue("error", f"“{crit.name}”: {exc}", code, crit.id))
            value, dropped_at = None, ()
        return (
            CriterionResult(
                criterion=crit.id,
                value=value,
                values=tuple(pairs),
                dropped=tuple(pairs[i][0] for i in dropped_at),
                complete=value is not None and len(values) >= expected,
                spread=spread,
                flagged=flagged,
            ),
            issues,
        )
    # measurement / deduction: one value per entry; a second entry must agree with the first, else
    # the value is missing and the criterion is flagged: a conflict the chief judge settles
    distinct = set(values)
    value: Decimal | None = None
    if len(distinct) == 1:
        single = values[0]
        value = max(crit.max - single, ZERO) if crit.kind is CriterionKind.DEDUCTION else single
    elif len(distinct) > 1:
        shown = "、".join(f"{judge} {fmt(v)}" for judge, v in pairs)
        issues.append(Issue("error", f"“{crit.name}” 两次录入不一致: {shown} / entries disagree", code, crit.id))
    conflict = len(distinct) > 1
    return CriterionResult(crit.id, value, tuple(pairs), complete=value is not None,
                           spread=max(distinct) - min(distinct) if conflict else None, flagged=conflict), issues


def _judge_totals(section: Section, scores: EntryScores,
                  recused: frozenset[str] = NOBODY) -> tuple[list[tuple[str, Decimal]], bool]:
    """Each judge's total over the section's judgement criteria (the judges recused from the
    entry left out); False if any judge is incomplete."""
    judged = [c for c in section.criteria if c.kind is CriterionKind.JUDGEMENT]
    panel = section.judges or tuple(sorted({j for c in judged for j in scores.get(c.id, {})}))
    judges = [judge for judge in panel if judge not in recused]
    totals: list[tuple[str, Decimal]] = []
    complete = True
    for judge in judges:
        marks = [scores.get(c.id, {}).get(judge) for c in judged]
        if all(mark is not None for mark in marks):
            totals.append((judge, sum(marks, ZERO)))  # type: ignore[arg-type]
        else:
            complete = False
    return totals, complete


def section_criteria(
    event: Event, section: Section, code: str, scores: EntryScores, recused: frozenset[str] = NOBODY
) -> list[tuple[CriterionResult, list[Issue]]]:
    """Every criterion of a scored section for one entry, with each criterion's own issues."""
    return [criterion_result(event, section, crit, scores.get(crit.id, {}), code, recused)
            for crit in section.criteria]


def combine_section(
    event: Event,
    section: Section,
    entry: Entry,
    scores: EntryScores,
    criteria: tuple[CriterionResult, ...],
    penalty: Decimal = ZERO,
    recused: frozenset[str] = NOBODY,
) -> tuple[SectionResult, list[Issue]]:
    """Score of a scored section from its criterion results: Σ criteria − penalties, floored at 0,
    then rounded. Returns the section-level issues only (judge-total level), not the criteria's."""
    if section.time_penalty is not None:
        penalty += section.time_penalty.points_for(entry.time_s)
    issues: list[Issue] = []
    complete = all(c.complete for c in criteria)
    judge_totals: tuple[tuple[str, Decimal], ...] = ()
    if section.level is Level.JUDGE_TOTAL:
        totals, all_judges = _judge_totals(section, scores, recused)
        judge_totals = tuple(totals)
        short = recusal_shortfall(section, recused)
        try:
            if short:
                raise TooFewValues(short)
            panel_part = aggregate([t for _, t in totals], section.rule)[0] if totals else ZERO
        except TooFewValues as exc:
            issues.append(Issue("error", f"模块 “{section.name}” 裁判总分: {exc}", entry.code))
            panel_part, all_judges = ZERO, False
        others = sum((c.value or ZERO for c, k in zip(criteria, section.criteria) if k.kind is not CriterionKind.JUDGEMENT), ZERO)
        raw = panel_part + others - penalty
        complete = complete and all_judges and bool(totals)
    else:
        raw = sum((c.value or ZERO for c in criteria), ZERO) - penalty
    score = round_sum(max(raw, ZERO), event.decimals, event.rounding)
    return SectionResult(section.id, score, raw, penalty, complete, criteria, judge_totals), issues


def section_result(
    event: Event,
    section: Section,
    entry: Entry,
    scores: EntryScores,
    penalty: Decimal = ZERO,
    votes: Decimal | None = None,
    max_votes: Decimal = ZERO,
    recused: frozenset[str] = NOBODY,
) -> tuple[SectionResult, list[Issue]]:
    """Score of one section for one entry: Σ criteria − penalties, floored at 0, then rounded."""
    if section.kind is SectionKind.VOTE:
        raw = exact_div((votes or ZERO) * section.max, max_votes) if max_votes > 0 else ZERO
        score = quantize(raw, event.decimals, event.rounding)
        return SectionResult(section.id, score, raw, complete=votes is not None), []
    found = section_criteria(event, section, entry.code, scores, recused)
    result, issues = combine_section(event, section, entry, scores, tuple(r for r, _ in found), penalty, recused)
    return result, [issue for _, own in found for issue in own] + issues


def weighted_total(event: Event, sections: tuple[SectionResult, ...]) -> Decimal:
    """Σ section score × weight / section max, rounded with the event's policy (rule 4)."""
    total = ZERO
    for section, result in zip(event.sections, sections):
        total += exact_div((result.score or ZERO) * section.weight, section.max)
    return round_sum(total, event.decimals, event.rounding)


def max_votes(event: Event, inputs: EventInputs) -> Decimal:
    """The most votes any ranked entry of the event received (the 100 % mark of a vote section)."""
    counted = [inputs.votes[e.code] for e in inputs.entries if e.status is Status.OK and e.code in inputs.votes]
    return max(counted, default=ZERO)


def entry_penalties(inputs: EventInputs, code: str) -> dict[str, Decimal]:
    """Penalty points per section for one entry."""
    points: dict[str, Decimal] = {}
    for penalty_code, penalty in inputs.penalties:
        if penalty_code == code:
            points[penalty.section] = points.get(penalty.section, ZERO) + penalty.points
    return points


def compute_entry(
    event: Event, entry: Entry, inputs: EventInputs, top_votes: Decimal
) -> tuple[EntryResult, list[Issue]]:
    """Sections and total of one entry (unranked). Entries not OK get no scores at all."""
    if entry.status is not Status.OK:
        return EntryResult(entry), []
    scores = inputs.scores.get(entry.code, {})
    penalties = entry_penalties(inputs, entry.code)
    sections: list[SectionResult] = []
    issues: list[Issue] = []
    for section in event.sections:
        result, found = section_result(
            event,
            section,
            entry,
            scores,
            penalties.get(section.id, ZERO),
            inputs.votes.get(entry.code),
            top_votes,
            inputs.recused.get(entry.code, NOBODY),
        )
        sections.append(result)
        issues.extend(found)
    return entry_result(event, entry, tuple(sections)), issues


def scored(event: Event, sections: tuple[SectionResult, ...]) -> bool:
    """Whether anything was recorded for an entry: a value on any criterion, or votes."""
    return any(
        result.complete if section.kind is SectionKind.VOTE else any(c.values for c in result.criteria)
        for section, result in zip(event.sections, sections)
    )


def entry_result(event: Event, entry: Entry, sections: tuple[SectionResult, ...]) -> EntryResult:
    """An OK entry's unranked result from its section results: weighted total, provisional flag.
    An entry with nothing recorded yet has no total (so no rank and no award) and is provisional."""
    if not scored(event, sections):
        return EntryResult(entry, sections, None, provisional=True)
    return EntryResult(
        entry, sections, weighted_total(event, sections), provisional=not all(s.complete for s in sections)
    )
