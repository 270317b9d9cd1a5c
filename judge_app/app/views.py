"""What the screens show of the open contest: the overview every page shares, a judge's score grid
and an event's inputs for the live ranking. Entries are read through the one sealed view
(:meth:`ContestDB.entry_view`), so a person who may not see names never receives one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from judge_app.core.entries import Entry, EventInputs
from judge_app.core.errors import NotFound
from judge_app.core.people import Judge, Role
from judge_app.core.scheme import Contest, CriterionKind, Event, Section, SectionKind
from judge_app.core.scheme_json import contest_from_dict
from judge_app.store import ContestDB


@dataclass(frozen=True)
class Snapshot:
    """The contest as the logged-in person may see it; rebuilt after every state change."""

    path: Path
    name: str
    contest: Contest | None
    entries: tuple[Entry, ...] = ()
    section_states: dict[tuple[str, str], str] = field(default_factory=dict)
    submissions: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)
    unsealed: dict[str, bool] = field(default_factory=dict)
    publications: dict[str, str] = field(default_factory=dict)
    judges: tuple[Judge, ...] = ()
    open_requests: int = 0
    journal_note: str = ""  # why the file is in rollback-journal mode (a network share)
    logged_out: bool = False  # the session ended with this snapshot (the first people were registered)

    def event(self, event_id: str) -> Event:
        assert self.contest is not None
        return self.contest.event(event_id)

    def entries_of(self, event_id: str) -> list[Entry]:
        return [e for e in self.entries if e.event == event_id]

    def state(self, event_id: str, section_id: str) -> str:
        return self.section_states.get((event_id, section_id), "open")

    def all_locked(self, event_id: str) -> bool:
        ev = self.event(event_id)
        return all(self.state(ev.id, s.id) == "locked" for s in ev.sections)

    def judge_name(self, judge_id: str) -> str:
        for judge in self.judges:
            if judge.id == judge_id:
                return judge.name
        return judge_id


@dataclass(frozen=True)
class GridData:
    """One judge's grid for one event: rows are codes, columns the criteria of ``sections``."""

    event: Event
    judge: str
    sections: tuple[Section, ...]
    entries: tuple[Entry, ...]  # sealed: codes, group, status
    values: dict[tuple[str, str], Decimal]  # (code, criterion) → this judge's value
    others: dict[tuple[str, str], tuple[tuple[str, Decimal], ...]]  # measurement/deduction values of the panel
    remarks: dict[str, str]
    requests: tuple[Any, ...]  # open RemarkRequest for this judge and event
    section_states: dict[str, str]
    submissions: dict[str, str]  # section → open | submitted (this judge)
    recused: frozenset[str] = frozenset()  # codes this judge is recused from (回避): not theirs to score


def scheme(db: ContestDB) -> Contest | None:
    """The contest's marking scheme as objects (None before one is imported)."""
    data = db.scheme_dict()
    return None if data is None else contest_from_dict(data)


def overview(db: ContestDB, contest: Contest | None, person: Judge | None) -> Snapshot:
    """The overview of the contest (``contest``: its scheme) as ``person``, the acting person
    (None: nobody logged in yet, who gets the name and the people only), may see it."""
    name = db.meta("name") or (contest.name if contest else db.path.stem)
    judges = tuple(db.judges())
    if contest is None or person is None:
        return Snapshot(db.path, name, contest, judges=judges, journal_note=db.journal_note)
    unsealed = {ev.id: db.is_unsealed(ev.id) for ev in contest.events}
    states = {(ev.id, s.id): db.section_state(ev.id, s.id) for ev in contest.events for s in ev.sections}
    submissions = {ev.id: db.submissions(ev.id) for ev in contest.events}
    asked = Role(person.role) in (Role.JUDGE, Role.CHIEF)
    requests = len(db.remark_requests(judge=person.id)) if asked else 0
    return Snapshot(db.path, name, contest, tuple(db.visible_entries()), states, submissions, unsealed,
                    db.publications(), judges, requests, db.journal_note)


def judge_grid(db: ContestDB, contest: Contest | None, event: str, judge: str) -> GridData:
    """The grid of ``judge`` for an event: every section the judge sits on (or any judge may score)."""
    if contest is None:
        raise NotFound("尚未导入评分标准 / no marking scheme yet")
    ev = contest.event(event)
    sections = tuple(s for s in ev.sections if s.kind is SectionKind.SCORED and s.open_to(judge))
    if not sections:
        raise NotFound(f"裁判 {judge} 不在赛项 “{ev.name}” 的任何评分组 / not on any panel of this event")
    values: dict[tuple[str, str], Decimal] = {}
    others: dict[tuple[str, str], list[tuple[str, Decimal]]] = {}
    wanted = {c.id: s for s in sections for c in s.criteria}
    # Judges score independently: a judgement (主观) mark of another judge is never sent to
    # the grid; a measurement or deduction holds one agreed value, so the panel sees it.
    shared = {c.id for s in sections for c in s.criteria if c.kind is not CriterionKind.JUDGEMENT}
    for code, criterion, by, value in db.sheet_scores(ev.id, judge, sorted(shared)):
        if criterion not in wanted:
            continue
        if by == judge:
            values[(code, criterion)] = value
        elif by in wanted[criterion].judges:
            others.setdefault((code, criterion), []).append((by, value))
    return GridData(
        event=ev,
        judge=judge,
        sections=sections,
        entries=tuple(db.visible_entries(ev.id)),
        values=values,
        others={k: tuple(sorted(v)) for k, v in others.items()},
        remarks={code: text for (code, _), text in db.remarks(ev.id, judge).items()},
        requests=tuple(db.remark_requests(ev.id, judge)),
        section_states={s.id: db.section_state(ev.id, s.id) for s in sections},
        submissions={s.id: db.submission_state(ev.id, s.id, judge) for s in sections},
        recused=frozenset(code for code, judges in db.recused(ev.id).items() if judge in judges),
    )


def event_inputs(db: ContestDB, event: Event) -> EventInputs:
    """Everything recorded for ``event`` that its ranking is computed from, the entries as the
    acting person may see them."""
    inputs = db.event_inputs(event)
    view = db.entry_view()
    inputs.entries = [view(e) for e in inputs.entries]
    return inputs
