"""The ranking path the app runs: :func:`compute_event`'s result, equal in every field, faster.

The reference engine (:mod:`judge_app.core.engine`, :mod:`judge_app.core.compute`) stays as it
is and is what the tests compare with. Its cost is not the arithmetic (``decimal`` is C) but the
Python around each of the ~10⁵–10⁶ criterion values of an event: a sort of the panel with a
Python key per value, a ``localcontext()`` switch per division, a scan of the scheme per lookup.
This module computes the common criterion — a judgement criterion with a panel, mean or
``trimmed:1`` (去掉一个最高分和一个最低分), a value from every judge or fewer — with the same
Decimal operations in the same order (so the same digits and the same exponents: 27/3 stays
9, 27.0/3 stays 9.0), without those costs:

- the panel's lowest and highest are found by index (the lowest first, the highest last: the
  positions the reference's stable sort drops), the kept values summed as the reference sums them;
- divisions use one prepared 50-digit context, as :func:`judge_app.core.decimals.exact_div` does;
- the scheme is read once per event (panel, rule, spread threshold per criterion).

Everything else — measurements and deductions, median and ``trimmed:k`` for k > 1, a panel
smaller than its rule needs (an issue), sections, penalties, totals, ranking, awards, review data,
standard scores — is the reference's own code, called as is.

An event with what this path does not cover at all (a vote section, the judge-total level,
judgement criteria without a panel) is computed by the reference :func:`compute_event`
(:func:`fallback_reason` says why), so a result is never a wrong number.
"""

from __future__ import annotations

from decimal import Context, Decimal
from typing import Callable, Mapping

from judge_app.core.compute import NOBODY, combine_section, criterion_result, entry_penalties, entry_result
from judge_app.core.engine import compute_event, event_result
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.results import CriterionResult, EntryResult, EventResult, Issue
from judge_app.core.review import BiasSums
from judge_app.core.scheme import Criterion, CriterionKind, Event, Level, Section, SectionKind

ZERO = Decimal(0)
_DIV = Context(prec=50)  # exact_div's precision; the default rounding, as its localcontext has
#: (values entered by judge, entry code[, the judges recused from the entry]) → criterion result
CriterionFn = Callable[..., tuple[CriterionResult, list[Issue]]]


def fallback_reason(event: Event) -> str:
    """Why this event is computed by the reference engine as a whole ('' when the fast path runs)."""
    for section in event.sections:
        if section.kind is SectionKind.VOTE:
            return f"vote section {section.id}"
        if section.level is Level.JUDGE_TOTAL:
            return f"judge-total level in section {section.id}"
        if not section.judges and any(c.kind is CriterionKind.JUDGEMENT for c in section.criteria):
            return f"judgement criteria without a panel in section {section.id}"
    return ""


def compute_event_fast(event: Event, inputs: EventInputs) -> EventResult:
    """:func:`judge_app.core.engine.compute_event`, equal in every field, for any event."""
    if fallback_reason(event) or inputs.recused:  # recusals: the reference's smaller panels
        return compute_event(event, inputs)
    bias = BiasSums()
    plan = [(section, [criterion_fn(event, section, crit, bias) for crit in section.criteria]) for section in event.sections]
    penalised = {code for code, _ in inputs.penalties}
    rows: list[EntryResult] = []
    issues: list[Issue] = []
    for entry in inputs.entries:
        if entry.status is not Status.OK:
            rows.append(EntryResult(entry))
            continue
        penalties = entry_penalties(inputs, entry.code) if entry.code in penalised else {}
        row, found = _entry(event, plan, entry, inputs.scores.get(entry.code, {}), penalties)
        rows.append(row)
        issues.extend(found)
    return event_result(event, inputs, rows, issues, bias.result())


def _entry(
    event: Event,
    plan: list[tuple[Section, list[CriterionFn]]],
    entry: Entry,
    scores: Mapping[str, Mapping[str, Decimal]],
    penalties: Mapping[str, Decimal],
) -> tuple[EntryResult, list[Issue]]:
    """One OK entry, as :func:`judge_app.core.compute.compute_entry` computes it."""
    sections = []
    issues: list[Issue] = []
    code = entry.code
    empty: dict[str, Decimal] = {}
    for section, fns in plan:
        criteria = []
        for crit, fn in zip(section.criteria, fns):
            result, own = fn(scores.get(crit.id, empty), code)
            criteria.append(result)
            if own:
                issues.extend(own)
        result_s, own = combine_section(event, section, entry, scores, tuple(criteria), penalties.get(section.id, ZERO))
        sections.append(result_s)
        issues.extend(own)
    return entry_result(event, entry, tuple(sections)), issues


def criterion_fn(event: Event, section: Section, crit: Criterion, bias: BiasSums | None = None) -> CriterionFn:
    """A function (values entered by judge, entry code) → :func:`criterion_result` of one criterion,
    the fast one where it applies (see the module's docstring); a judgement criterion's values
    are added to ``bias`` (when given) as :func:`judge_bias` adds them."""
    if bias is None:
        bias = _NO_BIAS
    rule = section.rule
    judged = crit.kind is CriterionKind.JUDGEMENT

    def reference(entered: Mapping[str, Decimal], code: str,
                  recused: frozenset[str] = NOBODY) -> tuple[CriterionResult, list[Issue]]:
        result = criterion_result(event, section, crit, entered, code, recused)
        if judged and len(result[0].values) >= 2:
            bias.add(result[0].values)
        return result

    if not judged or not section.judges or not (rule.name == "mean" or (rule.name == "trimmed" and rule.k == 1)):
        return reference
    judges, cid, need = section.judges, crit.id, rule.min_values
    threshold = event.spread.threshold(crit.max)
    trimmed = rule.name == "trimmed"
    counts = [Decimal(n) for n in range(len(judges) + 1)]
    divide = _DIV.divide

    def fn(entered: Mapping[str, Decimal], code: str,
           recused: frozenset[str] = NOBODY) -> tuple[CriterionResult, list[Issue]]:
        if recused:  # a judge of the panel recused from this entry (回避): the reference's rule
            return reference(entered, code, recused)
        pairs = [(judge, entered[judge]) for judge in judges if judge in entered]
        n = len(pairs)
        if n < need:  # none (no value yet) or too few for the rule (an issue): the reference's words
            return reference(entered, code)
        values = [value for _, value in pairs]
        low, high = min(values), max(values)
        spread = high - low if n > 1 else None
        flagged = spread is not None and spread > threshold
        if trimmed:
            lo = values.index(low)  # the first lowest and the last highest: what the stable sort drops
            hi = n - 1 - values[::-1].index(high)
            kept = sum((v for i, v in enumerate(values) if i != lo and i != hi), ZERO)
            value = divide(kept, counts[n - 2])
            dropped = (pairs[lo][0], pairs[hi][0]) if lo < hi else (pairs[hi][0], pairs[lo][0])
            if n > 1:
                bias.add(pairs, divide(kept + low + high, counts[n]))
        else:
            value = divide(sum(values, ZERO), counts[n])
            dropped = ()
            if n > 1:
                bias.add(pairs, value)
        return CriterionResult(cid, value, tuple(pairs), dropped, n >= len(judges), spread, flagged), []

    return fn


class _NoBias(BiasSums):
    def add(self, values: object, mean: object = None) -> None:
        """Nothing: the caller computes no bias."""


_NO_BIAS = _NoBias()
