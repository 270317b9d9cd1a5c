"""What runs on the store thread: the open ContestDB, the live rankings, and the plain snapshots
sent back to the UI. No Qt here; every method is called by a job of
:class:`~judge_app.gui.background.Background` on its one store thread.

Entries are sealed at this boundary (:func:`~judge_app.core.people.sealed_entry`): a judge's
session never even receives a name, so none can be shown.
"""

from __future__ import annotations

import dataclasses
import shutil
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from judge_app.app.changes import NO_CHANGES, Changes, from_audit
from judge_app.app.session import Clock, authenticate, utc_clock
from judge_app.core.engine import compute_event
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.errors import NotFound, StateError
from judge_app.core.people import Judge, Role, sealed_entry
from judge_app.core.pins import LoginRefused
from judge_app.core.results import EventResult, GroupResult
from judge_app.core.scheme import Contest, CriterionKind, Event, Section, SectionKind
from judge_app.core.scheme_json import contest_from_dict
from judge_app.store import ContestDB

try:  # incremental re-rank after one change (core.live); compute_event otherwise
    from judge_app.core.live import LiveEvent
except ImportError:  # pragma: no cover - depends on the core version
    LiveEvent = None  # type: ignore[assignment,misc]


@dataclass(frozen=True)
class Session:
    """Who is logged in. ``judge`` is the person (id, name, role)."""

    judge: Judge

    @property
    def role(self) -> Role:
        return Role(self.judge.role)

    @property
    def id(self) -> str:
        return self.judge.id

    @property
    def label(self) -> str:
        return f"{self.judge.name}（{self.role.label}）"


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


@dataclass(frozen=True)
class Saved:
    """Answer of a score save: the revision, and how long the store took (ms)."""

    revision: int
    store_ms: float


@dataclass
class _Live:
    event: Event
    live: Any  # LiveEvent, or None to use compute_event
    inputs: EventInputs
    result: EventResult | None = None
    dirty_groups: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class LiveBuild:
    """What the work pool needs to build one event's LiveEvent (see StoreSide.prepare_live)."""

    event: Event
    inputs: EventInputs
    ticket: list[tuple[str, str, str, Decimal | None]]

    def build(self) -> Any:
        return LiveEvent(self.event, self.inputs)


class StoreSide:
    """Lives on the store thread. ``db`` is None until :meth:`open`."""

    def __init__(self) -> None:
        self.db: ContestDB | None = None
        self.session: Session | None = None
        self._contest: Contest | None = None
        self._live: dict[str, _Live] = {}
        #: events whose LiveEvent is being built off this thread → the score changes saved
        #: meanwhile, replayed when it is installed (the list is also the build's ticket)
        self._building: dict[str, list[tuple[str, str, str, Decimal | None]]] = {}
        self._codes_group: dict[tuple[str, str], str] = {}
        self._seen = 0  # the audit seq whose changes the caches already reflect
        self.clock: Clock = utc_clock  # log-in waits are measured on it (tests set their own)

    # -- file ---------------------------------------------------------------------------------

    def open(self, path: Path, actor: str) -> Path:
        self.close()
        self.db = ContestDB.open(path, actor=actor)
        self._reset()
        self._seen = self.db.audit_seq()
        return self.db.path

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        self.db = None
        self.session = None
        self._reset()

    def _reset(self) -> None:
        self._contest = None
        self._drop_live()
        self._codes_group.clear()

    def _drop_live(self, event_id: str | None = None) -> None:
        """Forget computed rankings (and builds under way) of one event or all."""
        if event_id is None:
            self._live.clear()
            self._building.clear()
        else:
            self._live.pop(event_id, None)
            self._building.pop(event_id, None)

    def require_db(self) -> ContestDB:
        if self.db is None:
            raise StateError("尚未打开比赛文件 / no contest file is open")
        return self.db

    def contest(self) -> Contest | None:
        if self._contest is None:
            data = self.require_db().scheme_dict()
            self._contest = None if data is None else contest_from_dict(data)
        return self._contest

    # -- people -------------------------------------------------------------------------------

    def judges(self) -> list[Judge]:
        db = self.require_db()
        return list(db.judges()) if hasattr(db, "judges") else []

    def login(self, judge_id: str, pin: str) -> Session:
        """Check the PIN (:func:`judge_app.app.session.authenticate`: wrong ones make the next try
        wait, LoginRefused says how long) and start a session; the person becomes the actor."""
        db = self.require_db()
        before = db.actor
        db.act_as(judge_id)  # a refused try is audited under the name tried
        try:
            judge = authenticate(db, judge_id, pin, clock=self.clock)
        finally:
            db.act_as(before)
        return self._begin(judge or db.judge(judge_id))

    def start_session(self, judge: Judge) -> Session:
        """A session without a PIN: only while nobody is registered (the organiser's own file)."""
        if self.require_db().has_people():
            raise LoginRefused("请登录 / please log in")
        return self._begin(judge)

    def _begin(self, judge: Judge) -> Session:
        db = self.require_db()
        db.act_as(f"{judge.name}({judge.id})")  # the store finds the role by the id inside
        self.session = Session(judge)
        self._drop_live()  # rebuilt with what this role may see
        return self.session

    def logout(self) -> None:
        self.session = None
        self._drop_live()

    def _role(self) -> Role:
        if self.session is None:
            raise StateError("请先登录 / please log in")
        return self.session.role

    def _unsealed(self, event_id: str) -> bool:
        db = self.require_db()
        return bool(db.is_unsealed(event_id)) if hasattr(db, "is_unsealed") else False

    def _seal(self, entry: Entry) -> Entry:
        return sealed_entry(entry, self._role(), self._unsealed(entry.event))

    # -- snapshots ----------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        db = self.require_db()
        if self.session is not None and db.has_people() and self.session.id not in {j.id for j in db.judges()}:
            self.logout()  # the organiser's own session ends once the first people are registered
        contest = self.contest()
        name = db.meta("name") or (contest.name if contest else db.path.stem)
        if contest is None or self.session is None:
            return Snapshot(db.path, name, contest, judges=tuple(self.judges()))
        unsealed = {ev.id: self._unsealed(ev.id) for ev in contest.events}
        role = self._role()
        entries = tuple(sealed_entry(e, role, unsealed.get(e.event, False)) for e in db.entries())
        states = {(ev.id, s.id): db.section_state(ev.id, s.id) for ev in contest.events for s in ev.sections}
        submissions = {ev.id: db.submissions(ev.id) for ev in contest.events}
        judge = self.session.id
        requests = len(db.remark_requests(judge=judge)) if role in (Role.JUDGE, Role.CHIEF) else 0
        return Snapshot(db.path, name, contest, entries, states, submissions, unsealed,
                        db.publications(), tuple(self.judges()), requests)

    def grid(self, event_id: str, judge: str) -> GridData:
        """The grid of ``judge`` for an event: every section the judge sits on (all, if none)."""
        db = self.require_db()
        contest = self.contest()
        if contest is None:
            raise NotFound("尚未导入评分标准 / no marking scheme yet")
        ev = contest.event(event_id)
        sections = tuple(s for s in ev.sections if s.kind is SectionKind.SCORED and judge in s.judges)
        if not sections:
            raise NotFound(f"裁判 {judge} 不在赛项 “{ev.name}” 的任何评分组 / not on any panel of this event")
        values: dict[tuple[str, str], Decimal] = {}
        others: dict[tuple[str, str], list[tuple[str, Decimal]]] = {}
        wanted = {c.id: s for s in sections for c in s.criteria}
        # Judges score independently: a judgement (主观) mark of another judge is never sent to
        # the grid; a measurement or deduction holds one agreed value, so the panel sees it.
        shared = {c.id for s in sections for c in s.criteria if c.kind is not CriterionKind.JUDGEMENT}
        for row in db.scores(ev.id):
            if row.value is None or row.criterion not in wanted:
                continue
            if row.judge == judge:
                values[(row.code, row.criterion)] = row.value
            elif row.criterion in shared and row.judge in wanted[row.criterion].judges:
                others.setdefault((row.code, row.criterion), []).append((row.judge, row.value))
        entries = tuple(self._seal(e) for e in db.entries(ev.id))
        return GridData(
            event=ev,
            judge=judge,
            sections=sections,
            entries=entries,
            values=values,
            others={k: tuple(v) for k, v in others.items()},
            remarks={code: text for (code, _), text in db.remarks(ev.id, judge).items()},
            requests=tuple(db.remark_requests(ev.id, judge)),
            section_states={s.id: db.section_state(ev.id, s.id) for s in sections},
            submissions={s.id: db.submission_state(ev.id, s.id, judge) for s in sections},
        )

    # -- scores -------------------------------------------------------------------------------

    def save_score(self, event_id: str, code: str, criterion: str, judge: str, value: Decimal | None) -> Saved:
        """Record (or, with None, clear) one value durably, then note it for the live ranking."""
        db = self.require_db()
        start = time.perf_counter()
        if value is None:
            revision = db.clear_judge_score(event_id, code, criterion, judge, reason="撤销")
        else:
            revision = db.record_judge_score(event_id, code, criterion, judge, value)
        store_ms = (time.perf_counter() - start) * 1000
        self._note_score(event_id, code, criterion, judge, value)
        self._seen = db.audit_seq()  # the live ranking has this change already
        return Saved(revision, store_ms)

    def save_remark(self, event_id: str, code: str, judge: str, text: str) -> str:
        self.require_db().set_remark(event_id, code, judge, text)
        return text

    def _note_score(self, event_id: str, code: str, criterion: str, judge: str, value: Decimal | None) -> None:
        state = self._live.get(event_id)
        if state is None:
            if event_id in self._building:
                self._building[event_id].append((code, criterion, judge, value))
            return  # not loaded: computed from the store when first asked
        state.result = None
        if state.live is not None:
            group = state.live.set_score(code, criterion, judge, value)
            state.dirty_groups.add(group.group)
        else:
            if value is None:
                state.inputs.scores.get(code, {}).get(criterion, {}).pop(judge, None)
            else:
                state.inputs.add_score(code, criterion, judge, value)
            state.dirty_groups.add(self._codes_group.get((event_id, code), ""))

    # -- rankings -----------------------------------------------------------------------------

    def _state(self, event_id: str) -> _Live:
        state = self._live.get(event_id)
        if state is None:
            ev, inputs = self._inputs(event_id)
            self._building.pop(event_id, None)  # built here after all: a later install is stale
            live = LiveEvent(ev, inputs) if LiveEvent is not None else None
            state = _Live(ev, live, inputs)
            self._live[ev.id] = state
        return state

    def _inputs(self, event_id: str) -> tuple[Event, EventInputs]:
        contest = self.contest()
        if contest is None:
            raise NotFound("尚未导入评分标准 / no marking scheme yet")
        ev = contest.event(event_id)
        inputs = self.require_db().event_inputs(ev)
        inputs.entries = [self._seal(e) for e in inputs.entries]
        for entry in inputs.entries:
            self._codes_group[(ev.id, entry.code)] = entry.group
        return ev, inputs

    def prepare_live(self, event_id: str) -> LiveBuild | None:
        """Read what building ``event_id``'s LiveEvent needs (None: loaded, or nothing to build).
        The build itself (~1 s at 200 × 7 × 40) runs in the work pool, so saves are not held up
        behind it; :meth:`install_live` then adds the scores saved meanwhile."""
        if LiveEvent is None or event_id in self._live or event_id in self._building:
            return None
        ev, inputs = self._inputs(event_id)
        ticket: list[tuple[str, str, str, Decimal | None]] = []
        self._building[event_id] = ticket
        return LiveBuild(ev, inputs, ticket)

    def install_live(self, build: LiveBuild, live: Any) -> None:
        """Take a LiveEvent built from ``build`` unless the event was reloaded or dropped since."""
        event_id = build.event.id
        if self._building.get(event_id) is not build.ticket or event_id in self._live:
            return
        del self._building[event_id]
        state = _Live(build.event, live, build.inputs)
        self._live[event_id] = state
        for code, criterion, judge, value in build.ticket:
            self._note_score(event_id, code, criterion, judge, value)

    def event_result(self, event_id: str) -> EventResult:
        """The whole event (flags and bias included); cached until the next change."""
        state = self._state(event_id)
        if state.result is None:
            state.result = state.live.result() if state.live is not None else compute_event(state.event, state.inputs)
        state.dirty_groups.clear()
        return state.result

    def changed_groups(self, event_id: str) -> dict[str, GroupResult]:
        """The groups re-ranked since the last call (cheap with LiveEvent)."""
        state = self._live.get(event_id)
        if state is None or not state.dirty_groups:
            return {}
        names = set(state.dirty_groups)
        state.dirty_groups.clear()
        if state.live is not None:
            return {name: state.live.group(name) for name in names}
        state.result = compute_event(state.event, state.inputs)
        return {g.group: g for g in state.result.groups if g.group in names}

    def loaded_events(self) -> list[str]:
        return list(self._live)

    def settle(self) -> Changes:
        """The change record of what was written since the last job (after every store job):
        the live rankings it touches are dropped (rebuilt when next asked), the scheme too when it
        changed, and the record goes to the UI so the pages refresh what shows those events."""
        if self.db is None:
            return NO_CHANGES
        entries = self.db.audit_since(self._seen)
        if not entries:
            return NO_CHANGES
        self._seen = entries[-1].seq
        changes = from_audit(entries)
        if changes.scheme:
            self.forget()
        else:
            for event_id in changes.events_with_new_results([*self._live, *self._building]):
                self._drop_live(event_id)
        return changes

    def forget(self, event_id: str | None = None) -> None:
        """Drop cached rankings (after unseal, status changes, imports): rebuilt when asked.
        Without an event, the cached scheme goes too (after a scheme or panel change)."""
        self._drop_live(event_id)
        if event_id is None:
            self._contest = None


def restore_copy(backup: Path, damaged: Path) -> Path:
    """Copy ``backup`` next to the damaged file as a new contest file (the damaged one is kept)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = damaged.with_name(f"{damaged.name.split('.')[0]}-恢复-{stamp}.judge.db")
    shutil.copy2(backup, target)
    return target


def with_entries(result: EventResult, entries: dict[str, Entry]) -> EventResult:
    """``result`` with each row's entry replaced (used to show names after unseal)."""
    groups = tuple(
        dataclasses.replace(g, rows=tuple(dataclasses.replace(r, entry=entries.get(r.code, r.entry)) for r in g.rows))
        for g in result.groups
    )
    return dataclasses.replace(result, groups=groups)


__all__ = ["GridData", "LiveBuild", "Saved", "Session", "Snapshot", "StoreSide", "Status", "restore_copy", "with_entries"]
