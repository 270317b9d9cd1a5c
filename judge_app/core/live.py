"""One event kept computed while scores arrive: an edit re-ranks only what it touches.

:class:`LiveEvent` holds the same state :func:`judge_app.core.engine.compute_event` builds, per
entry, section and criterion. ``set_score`` recomputes the one criterion that changed with
:func:`~judge_app.core.compute.criterion_result` (the app's fast one,
:func:`~judge_app.core.fast_engine.criterion_fn`), its section with
:func:`~judge_app.core.compute.combine_section`, the entry's total with
:func:`~judge_app.core.compute.entry_result`, then moves the entry in its group's sorted order
(bisect) and re-ranks, re-notes and re-awards only the rows between its old and new places and
the ties at the award boundaries; an entry that becomes ranked or unranked, a play-off or a vote
re-ranks the whole group with :func:`~judge_app.core.engine.rank_group`. Every number therefore
comes from the functions ``compute_event`` uses, and ``result()`` after any sequence of edits
equals ``compute_event`` on the final inputs.

A vote changes the most votes of the event, hence every vote section: ``set_votes`` recomputes
the vote sections of every entry when the top changes (rare) and re-ranks every group.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from judge_app.core.awards import award_giver, boundary_tie_warnings, tier_boundaries
from judge_app.core.compute import NOBODY, combine_section, entry_penalties, entry_result, max_votes, section_result
from judge_app.core.engine import group_names, rank_group
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.errors import NotFound
from judge_app.core.fast_engine import criterion_fn
from judge_app.core.ranking import rank_key, tie_break_chain, tie_note
from judge_app.core.results import CriterionResult, EntryResult, EventResult, GroupResult, Issue, SectionResult
from judge_app.core.review import judge_bias, spread_flags
from judge_app.core.scheme import Event, SectionKind
from judge_app.core.standard import standardise

ZERO = Decimal(0)


@dataclass
class _EntryState:
    """What compute_entry found for one entry, kept apart per section and criterion."""

    entry: Entry
    row: EntryResult
    penalties: dict[str, Decimal] = field(default_factory=dict)  # section id → points
    sections: list[SectionResult] = field(default_factory=list)
    criteria: list[list[CriterionResult]] = field(default_factory=list)  # per section
    criterion_issues: list[list[list[Issue]]] = field(default_factory=list)  # per section, criterion
    section_issues: list[list[Issue]] = field(default_factory=list)  # per section (judge-total level)

    def issues(self) -> list[Issue]:
        """The entry's issues in the order compute_entry reports them."""
        found: list[Issue] = []
        for own, section_level in zip(self.criterion_issues, self.section_issues):
            for issues in own:
                found.extend(issues)
            found.extend(section_level)
        return found


def _copy_inputs(inputs: EventInputs) -> EventInputs:
    """A copy the live event may change without touching the caller's inputs."""
    return EventInputs(
        entries=list(inputs.entries),
        scores={code: {crit: dict(by_judge) for crit, by_judge in crits.items()} for code, crits in inputs.scores.items()},
        penalties=list(inputs.penalties),
        votes=dict(inputs.votes),
        playoffs=dict(inputs.playoffs),
        recused=dict(inputs.recused),
    )


class LiveEvent:
    """The computed, ranked and awarded state of one event, kept current edit by edit.

    Entry codes must be unique within the event; entries without a code (lots not drawn yet) are
    listed, unranked, but nothing can be recorded for them. The inputs given are copied (with
    ``own=True`` they are taken as they are: the caller hands them over and never changes them);
    ``inputs`` is the live event's own, current copy.
    """

    def __init__(self, event: Event, inputs: EventInputs, *, own: bool = False) -> None:
        self.event = event
        self.inputs = inputs if own else _copy_inputs(inputs)
        self._where: dict[str, tuple[int, int]] = {
            crit.id: (s_index, c_index)
            for s_index, section in enumerate(event.sections)
            for c_index, crit in enumerate(section.criteria)
        }
        self._vote_sections = [i for i, s in enumerate(event.sections) if s.kind is SectionKind.VOTE]
        self._criterion = {  # criterion id → its criterion_result, the app's fast one
            crit.id: criterion_fn(event, section, crit) for section in event.sections for crit in section.criteria
        }
        self._top_votes = max_votes(event, self.inputs)
        #: each entry's key in ``_states``, in input order: its code, or one no code can be
        self._keys_in_order = [e.code or f"\x00{i}" for i, e in enumerate(self.inputs.entries)]
        self._states: dict[str, _EntryState] = {}
        for key, entry in zip(self._keys_in_order, self.inputs.entries):
            if key in self._states:
                raise ValueError(f"赛项 “{event.name}” 中编号 “{entry.code}” 重复 / duplicate entry code")
            self._states[key] = self._compute(entry)
        rows = [self._states[key].row for key in self._keys_in_order]
        self._group_codes: dict[str, list[str]] = {
            name: [key for key, e in zip(self._keys_in_order, self.inputs.entries) if e.group == name]
            for name in group_names(event, rows)
            if any(r.entry.group == name for r in rows) or not rows
        }
        self._fresh: dict[str, dict[str, EntryResult]] = {name: {} for name in self._group_codes}
        self._keys: dict[str, dict[str, tuple[Any, ...]]] = {name: {} for name in self._group_codes}
        self._groups: dict[str, GroupResult] = {}
        self._parts = tie_break_chain(event)
        #: per group, as the last re-rank left it: the ranked rows' (sort key, code) in order, the
        #: ranked rows in that order, the unranked rows and the award boundaries
        self._order: dict[str, list[tuple[tuple[Any, ...], str]]] = {}
        self._ranked: dict[str, list[EntryResult]] = {}
        self._unranked: dict[str, tuple[EntryResult, ...]] = {}
        self._bounds: dict[str, list[int]] = {}
        for name in self._group_codes:
            self._rerank(name)
        self._result: EventResult | None = None

    # -- edits -------------------------------------------------------------------------------

    def set_score(self, code: str, criterion: str, judge: str, value: Decimal | None) -> GroupResult:
        """Record (or, with None, clear) one value and return the entry's re-ranked group."""
        state = self._state(code)
        try:
            s_index, c_index = self._where[criterion]
        except KeyError:
            raise NotFound(f"赛项 “{self.event.name}” 没有评分项 “{criterion}” / no such criterion") from None
        scores = self.inputs.scores
        if value is None:
            by_judge = scores.get(code, {}).get(criterion)
            if by_judge is None or judge not in by_judge:
                return self._groups[state.entry.group]
            del by_judge[judge]
            if not by_judge:
                del scores[code][criterion]
        else:
            scores.setdefault(code, {}).setdefault(criterion, {})[judge] = value
        self._result = None
        if state.entry.status is not Status.OK:
            return self._groups[state.entry.group]
        result, issues = self._criterion[criterion](scores.get(code, {}).get(criterion, {}), code, self._recused(code))
        state.criteria[s_index][c_index] = result
        state.criterion_issues[s_index][c_index] = issues
        self._combine(state, s_index)
        row = entry_result(self.event, state.entry, tuple(state.sections))
        moved = self._move(state, row)
        if moved is not None:
            return moved
        self._changed(state, row)
        return self._rerank(state.entry.group)

    def set_votes(self, code: str, votes: Decimal | None) -> GroupResult:
        """Record (or clear) an entry's counted votes; a new top recomputes every vote section."""
        state = self._state(code)
        if votes is None:
            self.inputs.votes.pop(code, None)
        else:
            self.inputs.votes[code] = votes
        self._result = None
        top = max_votes(self.event, self.inputs)
        if top != self._top_votes:
            self._top_votes = top
            for other in self._states.values():
                self._revote(other)
            for name in self._group_codes:
                self._rerank(name)
            return self._groups[state.entry.group]
        self._revote(state)
        return self._rerank(state.entry.group)

    def set_playoff(self, code: str, value: Decimal | None) -> GroupResult:
        """Record (or clear) an entry's play-off (加赛) result and re-rank its group."""
        state = self._state(code)
        if value is None:
            self.inputs.playoffs.pop(code, None)
        else:
            self.inputs.playoffs[code] = value
        self._result = None
        self._keys[state.entry.group].pop(code, None)  # the play-off is part of the sort key
        return self._rerank(state.entry.group)

    # -- results -----------------------------------------------------------------------------

    def group(self, name: str = "") -> GroupResult:
        """The current ranking of one group."""
        try:
            return self._groups[name]
        except KeyError:
            raise KeyError(name) from None

    def result(self) -> EventResult:
        """The whole event, as compute_event returns it for the current inputs."""
        if self._result is None:
            states = [self._states[key] for key in self._keys_in_order]
            rows = [state.row for state in states]
            self._result = standardise(
                self.event,
                EventResult(
                    event=self.event.id,
                    groups=tuple(self._groups[name] for name in self._group_codes),
                    issues=tuple(issue for state in states for issue in state.issues()),
                    bias=tuple(judge_bias(self.event, rows)),
                    flags=tuple(spread_flags(self.event, rows)),
                ),
            )
        return self._result

    # -- internals ---------------------------------------------------------------------------

    def _state(self, code: str) -> _EntryState:
        try:
            return self._states[code]  # "" is never a key: nothing is recorded without a code
        except KeyError:
            raise NotFound(f"赛项 “{self.event.name}” 没有编号 “{code}” / no such entry") from None

    def _compute(self, entry: Entry) -> _EntryState:
        """An entry's state from scratch, as compute_entry computes it."""
        if entry.status is not Status.OK:
            return _EntryState(entry, EntryResult(entry))
        state = _EntryState(entry, EntryResult(entry), entry_penalties(self.inputs, entry.code))
        scores = self.inputs.scores.get(entry.code, {})
        for s_index, section in enumerate(self.event.sections):
            if section.kind is SectionKind.VOTE:
                state.sections.append(self._vote_section(entry, s_index))
                state.criteria.append([])
                state.criterion_issues.append([])
                state.section_issues.append([])
                continue
            recused = self._recused(entry.code)
            found = [self._criterion[c.id](scores.get(c.id, {}), entry.code, recused) for c in section.criteria]
            state.criteria.append([result for result, _ in found])
            state.criterion_issues.append([issues for _, issues in found])
            state.sections.append(SectionResult(section.id, None))
            state.section_issues.append([])
            self._combine(state, s_index)
        state.row = entry_result(self.event, entry, tuple(state.sections))
        return state

    def _combine(self, state: _EntryState, s_index: int) -> None:
        """Recompute one scored section of an entry from its (current) criterion results."""
        section = self.event.sections[s_index]
        result, issues = combine_section(
            self.event,
            section,
            state.entry,
            self.inputs.scores.get(state.entry.code, {}),
            tuple(state.criteria[s_index]),
            state.penalties.get(section.id, ZERO),
            self._recused(state.entry.code),
        )
        state.sections[s_index] = result
        state.section_issues[s_index] = issues

    def _recused(self, code: str) -> frozenset[str]:
        """The judges recused from an entry (回避)."""
        return self.inputs.recused.get(code, NOBODY)

    def _vote_section(self, entry: Entry, s_index: int) -> SectionResult:
        section = self.event.sections[s_index]
        result, _ = section_result(
            self.event, section, entry, {}, ZERO, self.inputs.votes.get(entry.code), self._top_votes
        )
        return result

    def _revote(self, state: _EntryState) -> None:
        if state.entry.status is not Status.OK or not self._vote_sections or not state.entry.code:
            return  # an entry without a code has no votes: its vote sections stay 0
        for s_index in self._vote_sections:
            state.sections[s_index] = self._vote_section(state.entry, s_index)
        self._changed(state, entry_result(self.event, state.entry, tuple(state.sections)))

    def _changed(self, state: _EntryState, row: EntryResult) -> None:
        """A new unranked row for an entry: its sort key is stale, the next re-rank places it."""
        code, group = state.entry.code, state.entry.group
        state.row = row
        self._fresh[group][code] = row
        self._keys[group].pop(code, None)

    def _rerank(self, name: str) -> GroupResult:
        """Rank and award one group with engine.rank_group.

        The rows go in as last ranked, in their last order (so the sort has little to do), with
        their cached sort keys; a changed entry goes in freshly computed. Rank, award... of every
        row are recomputed by rank_group all the same; a row they leave unchanged is not copied.
        """
        previous = self._groups.get(name)
        fresh = self._fresh[name]
        if previous is None:
            rows = [self._states[code].row for code in self._group_codes[name]]
        elif fresh:
            rows = [fresh.get(row.entry.code, row) for row in previous.rows]
        else:
            rows = list(previous.rows)
        fresh.clear()
        keys = self._keys[name]
        group = rank_group(self.event, name, rows, self.inputs, keys)
        self._groups[name] = group
        ranked = [row for row in group.rows if row.rank is not None]
        self._order[name] = [(keys[row.entry.code], row.entry.code) for row in ranked]
        self._ranked[name] = ranked
        self._unranked[name] = group.rows[len(ranked):]
        self._bounds[name] = tier_boundaries(self.event.awards.tiers, len(ranked))
        return group

    def _move(self, state: _EntryState, row: EntryResult) -> GroupResult | None:
        """Move a ranked entry whose total or tie-break values changed to its new place in its
        group's order (bisect), re-ranking, re-noting and re-awarding only the rows between its
        old and new places (widened to whole runs of equal totals) and the boundary ties near
        the award boundaries; equal to :meth:`_rerank`. None when the entry was or becomes
        unranked, or other changes wait (the whole group is re-ranked then)."""
        name, code = state.entry.group, state.entry.code
        old_key = self._keys[name].get(code)
        if self._fresh[name] or old_key is None or row.total is None:
            return None
        order, ranked = self._order[name], self._ranked[name]
        old = bisect_left(order, (old_key, code))
        key = rank_key(row, self.inputs.playoffs, self._parts)
        del order[old], ranked[old]
        new = bisect_left(order, (key, code))
        order.insert(new, (key, code))
        ranked.insert(new, row)
        self._keys[name][code] = key
        state.row = row
        last = len(order) - 1
        lo, hi = max(min(old, new) - 1, 0), min(max(old, new) + 1, last)
        while lo > 0 and order[lo - 1][0][0] == order[lo][0][0]:
            lo -= 1
        while hi < last and order[hi + 1][0][0] == order[hi][0][0]:
            hi += 1
        award = award_giver(self.event, self._bounds[name])
        rank = ranked[lo - 1].rank if lo else 0
        for k in range(lo, hi + 1):
            here = order[k][0]
            if not k or here != order[k - 1][0]:
                rank = k + 1
            note = tie_note(order[k - 1][0] if k else None, here, order[k + 1][0] if k < last else None, self._parts)
            found = ranked[k]
            if found.rank != rank or found.tie_note != note:
                found = replace(found, rank=rank, tie_note=note)
            ranked[k] = award(found)
        group = GroupResult(self.event.id, name, tuple(ranked) + self._unranked[name],
                            tuple(self._boundary_warnings(name)))
        self._groups[name] = group
        return group

    def _boundary_warnings(self, name: str) -> list[Issue]:
        """boundary_tie_warnings of a group, read only from the runs of equal ranks that hold a
        place next to an award boundary (no other run can straddle one)."""
        ranked, bounds = self._ranked[name], self._bounds[name]
        runs: dict[int, list[EntryResult]] = {}
        for bound in bounds:
            if 0 < bound < len(ranked) and (ranked[bound].rank or 0) <= bound:  # places bound, bound+1 tied
                start = (ranked[bound].rank or 1) - 1
                if start not in runs:
                    end = bound
                    while end + 1 < len(ranked) and ranked[end + 1].rank == ranked[start].rank:
                        end += 1
                    runs[start] = ranked[start : end + 1]
        return boundary_tie_warnings(self.event, [row for start in sorted(runs) for row in runs[start]], bounds)
