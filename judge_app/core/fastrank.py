"""Ranking a whole event from scratch in exact scaled-integer arithmetic, vectorised with numpy.

:func:`fast_rank` gives every entry's section scores, total and rank exactly as
:func:`judge_app.core.engine.compute_event` does (domain rules 2–5), for big contests where building
millions of ``Decimal`` objects is too slow. It never uses floats:

- every value is scaled by one power of ten, 10**P, so that all values, deduction maxima, penalty
  points and the event's rounding unit are integers;
- a panel aggregate stays an exact fraction: mean = Σ/n, trimmed:k = (Σ − k lowest − k highest)/(n−2k),
  median = middle value or (sum of the two middle values)/2; a section is
  (Σ numerators + den × (measured + (max − deducted) − penalties)) / den, floored at 0 and
  rounded once, half-up or half-even, in integer arithmetic;
- the total Σ score × weight / max is an exact fraction over the lcm of the weight/max
  denominators, rounded once the same way;
- ranking sorts integer keys (total, then the tie-break chain, then code) with ``numpy.lexsort``
  and gives competition ranks 1, 2, 2, 4.

What the fast path does not cover falls back to the Decimal engine, so results stay identical:

- per entry (:func:`judge_app.core.compute.compute_entry`): an entry with a missing or
  disagreeing value (a provisional entry);
- per event (:func:`judge_app.core.engine.compute_event`): judge-total level, vote sections,
  judgement criteria without a panel, a panel smaller than its rule needs, and values so large
  that 63-bit integers could overflow.

Only numbers are produced: no issues, spread flags, judge bias or awards (compute_event has them).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Iterable, Sequence

import numpy as np

from judge_app.core.compute import compute_entry, max_votes
from judge_app.core.decimals import Rounding, quantize
from judge_app.core.engine import compute_event
from judge_app.core.entries import EventInputs, Status
from judge_app.core.results import EntryResult
from judge_app.core.scheme import CriterionKind, Event, Level, SectionKind, TieBreakKind

_LIMIT = 2**62  # the largest magnitude any intermediate integer may reach
_BIG = np.int64(2**62)


def _places(value: Decimal) -> int:
    """Decimal places needed to write ``value`` exactly (0 for integers)."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _scaled(value: Decimal, places: int) -> int:
    """``value × 10**places`` as an exact int (``places`` must be enough)."""
    num, den = value.as_integer_ratio()
    scaled, rest = divmod(num * 10**places, den)
    if rest:
        raise ValueError(f"{value} has more than {places} decimal places")
    return scaled


def _unscaled(units: int, places: int) -> Decimal:
    return Decimal(int(units)).scaleb(-places)


@dataclass(frozen=True)
class ScoreTable:
    """Recorded values as parallel arrays: row i says ``entry[i]`` got ``value[i] / 10**places`` on
    ``criteria[criterion[i]]`` from ``judges[judge[i]]``. ``entry`` indexes ``inputs.entries``.

    This is the long "rows" form a database or a file gives; (entry, criterion, judge) must be
    unique. Criteria not in the event, and judges not on a criterion's panel, are ignored, as
    compute_event ignores them. Building the table in the event's criterion order and with the
    panel as ``judges`` lets the fast path skip two lookups per value.
    """

    entry: np.ndarray
    criterion: np.ndarray
    judge: np.ndarray
    value: np.ndarray  # int64, value × 10**places
    places: int
    criteria: tuple[str, ...]
    judges: tuple[str, ...]

    def __len__(self) -> int:
        return int(self.value.shape[0])

    @classmethod
    def from_inputs(cls, event: Event, inputs: EventInputs) -> "ScoreTable":
        """The table of ``inputs.scores`` for the entries of ``inputs`` (exact, any decimals)."""
        criteria = tuple(c.id for s in event.sections for c in s.criteria)
        crit_index = {cid: i for i, cid in enumerate(criteria)}
        judge_index: dict[str, int] = {}
        for section in event.sections:
            for judge in section.judges:
                judge_index.setdefault(judge, len(judge_index))
        rows: list[tuple[int, int, int]] = []
        values: list[Decimal] = []
        for e_index, entry in enumerate(inputs.entries):
            for cid, by_judge in inputs.scores.get(entry.code, {}).items():
                c_index = crit_index.get(cid)
                if c_index is None:
                    continue
                for judge, value in by_judge.items():
                    j_index = judge_index.setdefault(judge, len(judge_index))
                    rows.append((e_index, c_index, j_index))
                    values.append(value)
        places = max((_places(v) for v in values), default=0)
        table = np.array(rows, dtype=np.int64).reshape(-1, 3)
        return cls(
            entry=table[:, 0].copy(),
            criterion=table[:, 1].copy(),
            judge=table[:, 2].copy(),
            value=np.array([_scaled(v, places) for v in values], dtype=np.int64),
            places=places,
            criteria=criteria,
            judges=tuple(judge_index),
        )

    def scores_of(self, entries: Iterable[int], inputs: EventInputs) -> dict[str, dict[str, dict[str, Decimal]]]:
        """The Decimal scores (code → criterion → judge → value) of some entries, for the fallback."""
        wanted = np.zeros(len(inputs.entries), dtype=bool)
        wanted[list(entries)] = True
        scores: dict[str, dict[str, dict[str, Decimal]]] = {}
        for i in np.flatnonzero(wanted[self.entry]):
            code = inputs.entries[int(self.entry[i])].code
            crit = self.criteria[int(self.criterion[i])]
            judge = self.judges[int(self.judge[i])]
            scores.setdefault(code, {}).setdefault(crit, {})[judge] = _unscaled(int(self.value[i]), self.places)
        return scores


@dataclass(frozen=True)
class FastRow:
    """One entry's numbers, as compute_event has them on its EntryResult."""

    code: str
    group: str
    sections: tuple[Decimal | None, ...]  # per event section; () for an entry not ranked (缺考 ...)
    total: Decimal | None
    rank: int | None
    provisional: bool = False
    fast: bool = True  # False: computed by the Decimal engine (fallback)


@dataclass(frozen=True)
class FastRanking:
    """The ranking of one event as integer arrays, one row per entry of ``inputs.entries``.

    Section scores and totals are in units of 10**-decimals (int64; Python ints after a
    whole-event fallback); ``rank`` is 0 for an entry not ranked. An OK entry with nothing recorded
    is not ranked but provisional, with its (zero) section scores, as compute_event has it. ``fast`` says which entries the integer path computed; ``fallback`` is why the whole
    event went to compute_event ('' when it did not).
    """

    event: Event
    codes: tuple[str, ...]
    groups: tuple[str, ...]
    ranked: np.ndarray  # bool: status OK and something recorded (an entry with a rank)
    sections: np.ndarray  # int64 (entries, sections)
    totals: np.ndarray  # int64 (entries,)
    ranks: np.ndarray  # int64 (entries,), 0 = not ranked
    provisional: np.ndarray  # bool
    fast: np.ndarray  # bool
    fallback: str = ""

    def rows(self) -> list[FastRow]:
        """Every entry's section scores, total and rank as Decimals, in the order of the inputs."""
        d = self.event.decimals
        out: list[FastRow] = []
        for i, code in enumerate(self.codes):
            if not self.ranked[i]:
                unscored = bool(self.provisional[i])  # status OK, nothing recorded yet
                sections = tuple(_unscaled(u, d) for u in self.sections[i].tolist()) if unscored else ()
                out.append(FastRow(code, self.groups[i], sections, None, None, unscored, bool(self.fast[i])))
                continue
            out.append(
                FastRow(
                    code,
                    self.groups[i],
                    tuple(_unscaled(u, d) for u in self.sections[i].tolist()),
                    _unscaled(int(self.totals[i]), d),
                    int(self.ranks[i]),
                    bool(self.provisional[i]),
                    bool(self.fast[i]),
                )
            )
        return out


def _round_div(num: np.ndarray, den: np.ndarray | int, half_even: bool) -> np.ndarray:
    """num / den (den > 0) rounded to an integer, half-up (away from 0) or half-even, exactly."""
    q, r = np.divmod(num, den)
    twice = 2 * r
    if half_even:
        tie_up = (q & 1) == 1
    else:
        tie_up = num >= 0
    return q + ((twice > den) | ((twice == den) & tie_up))


def _uncovered(event: Event) -> str:
    """Why the integer path cannot do this event ('' when it can)."""
    for section in event.sections:
        if section.kind is SectionKind.VOTE:
            return f"vote section {section.id}"
        if section.level is Level.JUDGE_TOTAL:
            return f"judge-total level in section {section.id}"
        judged = any(c.kind is CriterionKind.JUDGEMENT for c in section.criteria)
        if judged and not section.judges:
            return f"judgement criteria without a panel in section {section.id}"
        if judged and len(section.judges) < section.rule.min_values:
            return f"panel of section {section.id} smaller than rule {section.rule} needs"
    return ""


def fast_rank(event: Event, inputs: EventInputs, table: ScoreTable | None = None) -> FastRanking:
    """Section scores, totals and ranks of every entry, identical to compute_event's.

    ``table`` holds the scores when given (``inputs.scores`` is then not read); otherwise it is
    built from ``inputs.scores``. Entries, penalties, play-offs (and votes) come from ``inputs``.
    """
    reason = _uncovered(event) or ("judges recused from entries (回避)" if inputs.recused else "")
    if not reason:
        try:
            if table is None:
                return _Fast(event, inputs, ScoreTable.from_inputs(event, inputs), True).run()
            return _Fast(event, inputs, table, False).run()
        except _Overflow as exc:
            reason = f"numbers too large for 63-bit integers ({exc})"
    if table is not None:
        inputs = EventInputs(
            entries=inputs.entries,
            scores=table.scores_of(range(len(inputs.entries)), inputs),
            penalties=inputs.penalties,
            votes=inputs.votes,
            playoffs=inputs.playoffs,
            recused=inputs.recused,
        )
    return _from_rows(event, inputs, compute_event(event, inputs).rows, reason)


def _from_rows(event: Event, inputs: EventInputs, rows: Sequence[EntryResult], reason: str) -> FastRanking:
    """A FastRanking holding compute_event's numbers (the whole-event fallback)."""
    d = event.decimals
    by_code = {id(r.entry): r for r in rows}
    n, s = len(inputs.entries), len(event.sections)
    sections = np.zeros((n, s), dtype=object)  # Python ints: any size compute_event copes with
    totals = np.zeros(n, dtype=object)
    ranks = np.zeros(n, dtype=np.int64)
    ranked = np.zeros(n, dtype=bool)
    provisional = np.zeros(n, dtype=bool)
    for i, entry in enumerate(inputs.entries):
        row = by_code[id(entry)]
        if row.rank is None and not row.provisional:
            continue
        ranked[i] = row.rank is not None
        sections[i] = [_scaled(sec.score or Decimal(0), d) for sec in row.sections]
        totals[i] = _scaled(row.total or Decimal(0), d)
        ranks[i] = row.rank or 0
        provisional[i] = row.provisional
    return FastRanking(
        event,
        tuple(e.code for e in inputs.entries),
        tuple(e.group for e in inputs.entries),
        ranked,
        sections,
        totals,
        ranks,
        provisional,
        np.zeros(n, dtype=bool),
        reason,
    )


class _Fast:
    """One run of the integer path."""

    def __init__(self, event: Event, inputs: EventInputs, table: ScoreTable, scores_in_inputs: bool) -> None:
        self.event = event
        self.inputs = inputs
        self.table = table
        self.scores_in_inputs = scores_in_inputs  # the fallback reads inputs.scores, else the table
        self.half_even = event.rounding is Rounding.HALF_EVEN
        entries = inputs.entries
        self.n = len(entries)
        ok = Status.OK  # looked up once: an enum member read in the loop costs more than the test
        self.ok = np.array([e.status is ok for e in entries], dtype=bool)
        self.columns = [(s_index, crit) for s_index, sec in enumerate(event.sections) for crit in sec.criteria]
        self.col_of = {crit.id: c for c, (_, crit) in enumerate(self.columns)}
        # one power of ten making every value, maximum, penalty and the rounding unit an integer
        penalties = [p for _, p in inputs.penalties]
        self.places = max(
            [table.places, event.decimals]
            + [_places(crit.max) for _, crit in self.columns if crit.kind is CriterionKind.DEDUCTION]
            + [_places(p.points) for p in penalties]
            + [_places(s.time_penalty.points) for s in event.sections if s.time_penalty is not None]
        )
        self._panels: dict[tuple[str, int], np.ndarray] = {}  # whole-cube reductions of this run
        self._dense = False  # set by _cube when the table fills every (slot, entry, column) cell
        self.scale = 1  # set by _cube: the cube holds the table's values; × scale gives scaled integers
        self.unit = 10 ** (self.places - event.decimals)  # one rounding unit, in scaled integers
        self.deduction_peak = max(
            [_scaled(crit.max, self.places) for _, crit in self.columns if crit.kind is CriterionKind.DEDUCTION] or [0]
        )

    # -- the dense cube ----------------------------------------------------------------------

    def _cube(self) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """Values as a dense (slot, entry, column) cube with its presence mask.

        A slot is a judge's position on the column's panel (or among every judge for a section
        without panel, which has measurements only).
        """
        event, table, n = self.event, self.table, self.n
        n_judges = len(table.judges)
        judge_pos = {judge: j for j, judge in enumerate(table.judges)}
        slots_lut = np.full((len(event.sections), max(n_judges, 1)), -1, dtype=np.int64)
        sizes: list[int] = []
        for s_index, section in enumerate(event.sections):
            if section.judges:
                for slot, judge in enumerate(section.judges):
                    if judge in judge_pos:
                        slots_lut[s_index, judge_pos[judge]] = slot
                sizes.append(len(section.judges))
            else:
                slots_lut[s_index, :n_judges] = np.arange(n_judges)
                sizes.append(n_judges)
        n_cols = len(self.columns)
        depth = max(sizes + [1])
        col_lut = np.array([self.col_of.get(cid, -1) for cid in table.criteria] or [-1], dtype=np.int64)
        section_of_col = np.array([s for s, _ in self.columns] or [0], dtype=np.int64)

        col: np.ndarray = table.criterion
        if not np.array_equal(col_lut, np.arange(len(table.criteria))):
            col = col_lut[table.criterion]
        slot_identity = all(
            np.array_equal(slots_lut[s, :n_judges], np.arange(n_judges)) for s in range(len(event.sections))
        )
        slot: np.ndarray = table.judge if slot_identity else slots_lut[section_of_col[col], table.judge]
        value = table.value
        if (col_lut < 0).any() or not slot_identity:
            keep = (col >= 0) & (slot >= 0)
            if not keep.all():
                col, slot, value = col[keep], slot[keep], value[keep]
                entry = table.entry[keep]
            else:
                entry = table.entry
        else:
            entry = table.entry
        vmax = int(max(abs(int(value.min())), abs(int(value.max())))) if len(value) else 0
        vmax *= 10 ** (self.places - table.places)
        self._guard(vmax, sizes)
        scale = 10 ** (self.places - table.places)
        dtype = np.int32 if vmax < 2**31 - 1 else np.int64
        # Rows usually come in (entry, column, slot) order: fill in that order so that writes are
        # sequential, then turn the cube into (slot, entry, column) for the reductions over the panel.
        # The cube keeps the table's values: each section's panel aggregates are scaled instead
        # (sums, min, max and middle values all commute with × scale), on arrays a panel smaller.
        self.scale = scale
        cube = np.empty((depth, n, n_cols), dtype=dtype)
        if _dense_in_order(entry, col, slot, (n, n_cols, depth)):  # nothing to scatter
            cube[...] = value.reshape(n, n_cols, depth).transpose(2, 0, 1)
            self._dense = True  # every cell present: counts need no summing
            return cube, np.ones((depth, n, n_cols), dtype=bool), sizes
        flat = np.multiply(entry, n_cols * depth, dtype=np.int64)
        flat += np.multiply(col, depth, dtype=np.int64)
        flat += slot
        filled = np.zeros((n, n_cols, depth), dtype=dtype)
        present = np.zeros((n, n_cols, depth), dtype=bool)
        filled.reshape(-1)[flat] = value
        present.reshape(-1)[flat] = True
        if np.count_nonzero(present) != len(flat):
            raise ValueError("同一选手、评分项、裁判有重复的分数 / duplicate (entry, criterion, judge) in the table")
        cube[...] = filled.transpose(2, 0, 1)
        return cube, np.ascontiguousarray(present.transpose(2, 0, 1)), sizes

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> FastRanking:
        event, n = self.event, self.n
        if self.n == 0 or not self.columns:
            self.penalties = self._penalties()
            # nothing can be recorded: the Decimal engine says so for every entry
            return self._rank(np.zeros((n, len(event.sections)), np.int64), np.zeros(n, bool), {})
        self.penalties = self._penalties()
        cube, present, sizes = self._cube()
        n_sections = len(event.sections)
        complete = self.ok.copy()
        sections = np.zeros((n, n_sections), dtype=np.int64)
        crit_values: dict[int, tuple[np.ndarray, int]] = {}  # column → (numerator, denominator)
        lo = 0
        penalties = self.penalties
        for s_index, section in enumerate(event.sections):
            width = len(section.criteria)
            hi = lo + width
            size = sizes[s_index]
            if width:
                num, den, whole = self._section(section, lo, hi, size, cube, present, crit_values)
                complete &= whole
            else:
                num, den = np.zeros(n, np.int64), 1
            raw = num - den * penalties[:, s_index]
            np.maximum(raw, 0, out=raw)
            sections[:, s_index] = _round_div(raw, den * self.unit, self.half_even)
            lo = hi
        return self._rank(sections, complete, crit_values)

    def _section(
        self,
        section,
        lo: int,
        hi: int,
        size: int,
        cube: np.ndarray,
        present: np.ndarray,
        crit_values: dict[int, tuple[np.ndarray, int]],
    ) -> tuple[np.ndarray, int, np.ndarray]:
        """Σ criteria of one section as (numerator, denominator) per entry, and completeness."""
        n = self.n
        if size == 0:  # no judge in the table at all: no value, nobody complete (computed exactly later)
            for c in range(lo, hi):
                crit_values[c] = (np.zeros(n, np.int64), 1)
            return np.zeros(n, np.int64), 1, np.zeros(n, dtype=bool)
        values = cube[:size, :, lo:hi]
        here = present[:size, :, lo:hi]
        counts = self._whole_panel("count", size, cube, present)[:, lo:hi]
        kinds = [c.kind for c in section.criteria]
        judged = [i for i, k in enumerate(kinds) if k is CriterionKind.JUDGEMENT]
        measured = [i for i, k in enumerate(kinds) if k is not CriterionKind.JUDGEMENT]
        whole = np.ones(n, dtype=bool)
        den = 1
        judged_sum = np.zeros(n, dtype=np.int64)
        if judged:
            whole &= (counts[:, judged] == size).all(axis=1)
            rule = section.rule
            if rule.name == "mean" or (rule.name == "trimmed" and rule.k == 1):
                cols = slice(lo, hi) if len(judged) == len(kinds) else [lo + i for i in judged]
                num = self._whole_panel("sum", size, cube, present)[:, cols]
                den = size
                if rule.name == "trimmed":
                    num = num - self._whole_panel("min", size, cube, present)[:, cols]
                    num -= self._whole_panel("max", size, cube, present)[:, cols]
                    den = size - 2
            else:
                block = values if len(judged) == len(kinds) else values[:, :, judged]
                num, den = self._aggregate(block, rule, size)
            if self.scale != 1:
                num = num * self.scale
            judged_sum = num.sum(axis=1)
            for i, c in enumerate(judged):
                crit_values[lo + c] = (num[:, i], den)
        measured_sum = np.zeros(n, dtype=np.int64)
        if measured:
            block = values[:, :, measured].astype(np.int64)
            mask = here[:, :, measured]
            low = np.where(mask, block, _BIG).min(axis=0)
            high = np.where(mask, block, -_BIG).max(axis=0)
            whole &= ((counts[:, measured] >= 1) & (low == high)).all(axis=1)
            for i, c in enumerate(measured):
                crit = section.criteria[c]
                value = low[:, i] * self.scale
                if crit.kind is CriterionKind.DEDUCTION:
                    value = np.maximum(_scaled(crit.max, self.places) - value, 0)
                value = np.where(low[:, i] == _BIG, 0, value)  # no value at all: not complete anyway
                crit_values[lo + c] = (value, 1)
                measured_sum += value
        return judged_sum + den * measured_sum, den, whole

    def _whole_panel(self, what: str, size: int, cube: np.ndarray, present: np.ndarray) -> np.ndarray:
        """One reduction (count, sum, min or max) over the first ``size`` panel slots of every
        (entry, column), made once per run and size: reducing the whole contiguous cube is several
        times faster than reducing each section's strided slice."""
        found = self._panels.get((what, size))
        if found is None:
            if what == "count":
                found = np.full(present.shape[1:], size) if self._dense else present[:size].sum(axis=0)
            elif what == "sum":
                found = cube[:size].sum(axis=0, dtype=np.int64)
            else:
                found = cube[:size].min(axis=0) if what == "min" else cube[:size].max(axis=0)
            self._panels[(what, size)] = found
        return found

    @staticmethod
    def _aggregate(block: np.ndarray, rule, size: int) -> tuple[np.ndarray, int]:
        """The panel aggregate of each (entry, criterion) for the rules that sort the panel
        (trimmed:k with k > 1, median) as numerator / common denominator."""
        ordered = np.sort(block, axis=0)
        if rule.name == "trimmed":
            return ordered[rule.k : size - rule.k].sum(axis=0, dtype=np.int64), size - 2 * rule.k
        middle = size // 2
        if size % 2:
            return ordered[middle].astype(np.int64), 1
        return ordered[middle - 1].astype(np.int64) + ordered[middle], 2

    def _guard(self, vmax: int, sizes: list[int]) -> None:
        """Refuse sizes that could overflow 63-bit integers (the caller then falls back).

        A section numerator is at most den × width × (panel × largest value + largest deduction
        max) plus den × penalties; rounding doubles it.
        """
        for section, size in zip(self.event.sections, sizes):
            width = len(section.criteria)
            den = max(size, 2)
            bound = den * width * (size * vmax + self.deduction_peak) + den * self.penalty_peak
            if 4 * (bound + 1) * self.unit >= _LIMIT:
                raise _Overflow(f"section {section.id}")

    def _penalties(self) -> np.ndarray:
        """Penalty points per (entry, section), recorded and overtime, in scaled integers."""
        event, places = self.event, self.places
        out = np.zeros((self.n, len(event.sections)), dtype=np.int64)
        s_index = {s.id: i for i, s in enumerate(event.sections)}
        e_index: dict[str, list[int]] = {}
        for i, entry in enumerate(self.inputs.entries if self.inputs.penalties else ()):
            e_index.setdefault(entry.code, []).append(i)
        for code, penalty in self.inputs.penalties:
            column = s_index.get(penalty.section)
            for i in e_index.get(code, ()) if column is not None else ():
                out[i, column] += _scaled(penalty.points, places)
        timed = [(column, s.time_penalty) for column, s in enumerate(event.sections) if s.time_penalty is not None]
        if timed:
            known = np.array([e.time_s is not None for e in self.inputs.entries], dtype=bool)
            times = np.array([e.time_s or 0 for e in self.inputs.entries], dtype=np.int64)
            for column, rule in timed:  # TimePenalty.points_for: points per started period over the limit
                over = times - rule.limit_min * 60
                started = -(-over // (rule.per_min * 60))
                out[:, column] += np.where(known & (over > 0), started, 0) * _scaled(rule.points, places)
        self.penalty_peak = int(np.abs(out).max()) if out.size else 0
        return out

    # -- totals, fallback entries, ranks -----------------------------------------------------

    def _rank(
        self, sections: np.ndarray, complete: np.ndarray, crit_values: dict[int, tuple[np.ndarray, int]]
    ) -> FastRanking:
        event, inputs, n = self.event, self.inputs, self.n
        d = event.decimals
        totals = self._totals(sections)
        fast = self.ok & complete
        provisional = np.zeros(n, dtype=bool)
        # key criteria values (rounded like the sheets print them), None where there is none
        key_columns = sorted(
            {
                self.col_of[cid]
                for tie in event.tie_breaks
                if tie.kind in (TieBreakKind.KEY_CRITERIA, TieBreakKind.CRITERION)
                for cid in (event.key_criteria if tie.kind is TieBreakKind.KEY_CRITERIA else (tie.ref or "",))
            }
        )
        key_values: dict[int, np.ndarray] = {}
        key_missing: dict[int, np.ndarray] = {}
        for c in key_columns:
            num, den = crit_values.get(c, (np.zeros(n, np.int64), 1))
            key_values[c] = _round_div(num, den * self.unit, self.half_even)
            key_missing[c] = np.zeros(n, dtype=bool)
        ranked = self.ok.copy()  # less the entries with nothing recorded (found on the slow path)
        slow = np.flatnonzero(self.ok & ~complete)
        if len(slow):
            scores = inputs.scores if self.scores_in_inputs else self.table.scores_of(slow.tolist(), inputs)
            view = EventInputs(entries=inputs.entries, scores=scores, penalties=inputs.penalties)
            top = max_votes(event, view)
            for i in slow.tolist():
                row, _ = compute_entry(event, inputs.entries[i], view, top)
                sections[i] = [_scaled(sec.score or Decimal(0), d) for sec in row.sections]
                totals[i] = _scaled(row.total or Decimal(0), d)
                provisional[i] = row.provisional
                ranked[i] = row.total is not None
                for c in key_columns:
                    s_index, crit = self.columns[c]
                    result = row.sections[s_index].criterion(crit.id)
                    if result is None or result.value is None:
                        key_missing[c][i], key_values[c][i] = True, 0
                    else:
                        key_values[c][i] = _scaled(quantize(result.value, d, event.rounding), d)
        ranks = self._ranks(sections, totals, key_values, key_missing, ranked)
        return FastRanking(
            event,
            tuple(e.code for e in inputs.entries),
            tuple(e.group for e in inputs.entries),
            ranked,
            sections,
            totals,
            ranks,
            provisional,
            fast,
        )

    def _totals(self, sections: np.ndarray) -> np.ndarray:
        """Σ section × weight / max, exact, rounded once (in units of the event's decimals)."""
        ratios = [Fraction(s.weight) / Fraction(s.max) for s in self.event.sections]
        common = lcm(*(r.denominator for r in ratios)) if ratios else 1
        factors = [r.numerator * (common // r.denominator) for r in ratios]
        peak = int(np.abs(sections).max()) if sections.size else 0
        if peak * sum(abs(f) for f in factors) >= _LIMIT:
            raise _Overflow("total")
        num = np.zeros(self.n, dtype=np.int64)
        for s_index, factor in enumerate(factors):
            if factor:
                num += sections[:, s_index] * factor
        return _round_div(num, common, self.half_even)

    def _ranks(
        self,
        sections: np.ndarray,
        totals: np.ndarray,
        key_values: dict[int, np.ndarray],
        key_missing: dict[int, np.ndarray],
        ranked: np.ndarray,
    ) -> np.ndarray:
        """Competition ranks per group of the ``ranked`` entries: total, then the tie-break chain,
        then code (rank_rows)."""
        event, inputs, n = self.event, self.inputs, self.n
        entries = inputs.entries
        keys: list[np.ndarray] = [-totals]  # most significant first
        for tie in event.tie_breaks:
            kind = tie.kind
            if kind in (TieBreakKind.HEAVIEST_SECTION, TieBreakKind.SECTION):
                section = event.heaviest_section if kind is TieBreakKind.HEAVIEST_SECTION else event.section(tie.ref or "")
                keys.append(-sections[:, event.sections.index(section)])
            elif kind in (TieBreakKind.KEY_CRITERIA, TieBreakKind.CRITERION):
                ids = event.key_criteria if kind is TieBreakKind.KEY_CRITERIA else (tie.ref or "",)
                for cid in ids:
                    c = self.col_of[cid]
                    keys.append(key_missing[c].astype(np.int64))
                    keys.append(-key_values[c])
            elif kind is TieBreakKind.TIME:
                keys.append(np.array([e.time_s is None for e in entries], dtype=np.int64))
                keys.append(np.array([e.time_s or 0 for e in entries], dtype=np.int64))
            else:  # play-off: higher is better, none last
                places = max((_places(v) for v in inputs.playoffs.values()), default=0)
                found = [inputs.playoffs.get(e.code) for e in entries]
                keys.append(np.array([v is None for v in found], dtype=np.int64))
                scaled = [0 if v is None else -_scaled(v, places) for v in found]
                if any(abs(v) >= _LIMIT for v in scaled):
                    raise _Overflow("play-off results")
                keys.append(np.array(scaled, dtype=np.int64))
        groups: dict[str, int] = {}
        group_ids = np.array([groups.setdefault(e.group, len(groups)) for e in entries], dtype=np.int64)
        by_code = np.argsort(np.array([e.code for e in entries], dtype=str), kind="stable")
        code_order = np.empty(n, dtype=np.int64)
        code_order[by_code] = np.arange(n)
        chosen = np.flatnonzero(ranked)
        ranks = np.zeros(n, dtype=np.int64)
        if not len(chosen):
            return ranks
        keys = [np.asarray(k)[chosen] for k in keys]
        gid = group_ids[chosen]
        order = np.lexsort([code_order[chosen]] + keys[::-1] + [gid])
        gid = gid[order]
        sorted_keys = [k[order] for k in keys]
        same = np.zeros(len(order), dtype=bool)
        same[1:] = gid[1:] == gid[:-1]
        for k in sorted_keys:
            same[1:] &= k[1:] == k[:-1]
        position = np.arange(len(order))
        first_of_group = np.ones(len(order), dtype=bool)
        first_of_group[1:] = gid[1:] != gid[:-1]
        group_start = np.maximum.accumulate(np.where(first_of_group, position, 0))
        tie_start = np.maximum.accumulate(np.where(same, 0, position))
        ranks[chosen[order]] = tie_start - group_start + 1
        return ranks


def _dense_in_order(entry: np.ndarray, col: np.ndarray, slot: np.ndarray, shape: tuple[int, int, int]) -> bool:
    """True when row i is exactly cell i of an (entry, column, slot) array of ``shape``: every cell
    present once, entry-major, as a store reading ``ORDER BY entry, criterion, judge`` gives them."""
    n, n_cols, depth = shape
    if len(entry) != n * n_cols * depth or not len(entry):
        return False
    width = n_cols * depth
    if width % 2 == 0 and all(a.dtype == np.int32 and a.flags.c_contiguous for a in (entry, col, slot)):
        # the same test two int32 cells at a time, as int64 (half the compares): each entry's row
        # of width cells must read slots 0..depth-1 per column, columns 0..n_cols-1, its own number
        slots = np.tile(np.arange(depth, dtype=np.int32), n_cols).view(np.int64)
        cols = np.repeat(np.arange(n_cols, dtype=np.int32), depth).view(np.int64)
        entries = (np.arange(n, dtype=np.int64) * (2**32 + 1))[:, None]  # (k, k) packed
        return bool(
            (slot.view(np.int64).reshape(n, width // 2) == slots).all()
            and (col.view(np.int64).reshape(n, width // 2) == cols).all()
            and (entry.view(np.int64).reshape(n, width // 2) == entries).all()
        )
    return bool(
        (slot.reshape(-1, depth) == np.arange(depth, dtype=slot.dtype)).all()
        and (col.reshape(n, n_cols, depth) == np.arange(n_cols, dtype=col.dtype)[:, None]).all()
        and (entry.reshape(n, -1) == np.arange(n, dtype=entry.dtype)[:, None]).all()
    )


class _Overflow(Exception):
    pass
