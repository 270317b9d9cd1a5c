"""What runs on the store thread: the open ContestDB, the live rankings, and the plain snapshots
sent back to the UI. No Qt here; every method is called by a job of
:class:`~judge_app.gui.background.Background` on its one store thread.

What it reads and writes goes through the application layer (:mod:`judge_app.app`, the
overview and the grid from :mod:`judge_app.app.views`), which reads entries through the store's
one sealed view: a judge's session never even receives a name, so none can be shown.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from judge_app import files
from judge_app.app import people as ops_people
from judge_app.app import review as ops_review
from judge_app.app import views
from judge_app.app.views import GridData, Snapshot
from judge_app.app.changes import NO_CHANGES, Changes, from_audit
from judge_app.app.session import Clock, authenticate, end_session, utc_clock
from judge_app.core.fast_engine import compute_event_fast
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.errors import NotFound, StateError
from judge_app.core.people import Judge, Role
from judge_app.core.pins import LoginRefused
from judge_app.core.results import EventResult, GroupResult
from judge_app.core.scheme import Contest, Event
from judge_app.store import ContestDB

try:  # incremental re-rank after one change (core.live); compute_event_fast otherwise
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
        return LiveEvent(self.event, self.inputs, own=True)  # read for it alone: no copy (22 MiB at 2,000)


class _StoreWarnings(logging.Handler):
    """Keeps what the store warns about on one thread (the store thread): after a committed change
    the store only warns when its automatic backup fails, and the UI must say so."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread: int | None = None
        self.messages: list[Exception | str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the error warned about (BackupFailed: its folder, for the UI's own words) or the text."""
        if threading.get_ident() == self.thread:
            args = record.args if isinstance(record.args, tuple) else ()
            self.messages.append(args[0] if len(args) == 1 and isinstance(args[0], Exception) else record.getMessage())


class StoreSide:
    """Lives on the store thread. ``db`` is None until :meth:`open`."""

    def __init__(self) -> None:
        self._warnings = _StoreWarnings()
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
        self._warnings.thread = threading.get_ident()
        logging.getLogger("judge_app.store").addHandler(self._warnings)
        self.db = ContestDB.open(path, actor=actor)
        self._reset()
        self._seen = self.db.audit_seq()
        return self.db.path

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        logging.getLogger("judge_app.store").removeHandler(self._warnings)
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
            self._contest = views.scheme(self.require_db())
        return self._contest

    # -- people -------------------------------------------------------------------------------

    def judges(self) -> list[Judge]:
        return ops_people.registered(self.require_db())

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
        if self.db is not None:
            end_session(self.db)
        self._drop_live()

    def _role(self) -> Role:
        if self.session is None:
            raise StateError("请先登录 / please log in")
        return self.session.role

    # -- snapshots ----------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        db = self.require_db()
        ended = self.session is not None and db.has_people() and self.session.id not in {j.id for j in self.judges()}
        if ended:
            self.logout()  # the organiser's own session ends once the first people are registered
        snapshot = views.overview(db, self.contest(), self.session.judge if self.session else None)
        return dataclasses.replace(snapshot, logged_out=True) if ended else snapshot

    def grid(self, event_id: str, judge: str) -> GridData:
        """The grid of ``judge`` for an event: every section the judge sits on."""
        self._role()  # a logged-in person's
        return views.judge_grid(self.require_db(), self.contest(), event_id, judge)

    # -- scores -------------------------------------------------------------------------------

    def save_score(self, event_id: str, code: str, criterion: str, judge: str, value: Decimal | None) -> Saved:
        """Record (or, with None, clear) one value durably, then note it for the live ranking."""
        db = self.require_db()
        start = time.perf_counter()
        revision = ops_review.enter_score(db, event_id, code, criterion, judge, value)
        store_ms = (time.perf_counter() - start) * 1000
        self._note_score(event_id, code, criterion, judge, value)
        self._seen = db.audit_seq()  # the live ranking has this change already
        return Saved(revision, store_ms)

    def save_remark(self, event_id: str, code: str, judge: str, text: str) -> str:
        return ops_review.set_remark(self.require_db(), event_id, code, judge, text)

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
            live = LiveEvent(ev, inputs, own=True) if LiveEvent is not None else None
            state = _Live(ev, live, inputs)  # one copy of the scores: the LiveEvent's, kept current
            self._live[ev.id] = state
        return state

    def _inputs(self, event_id: str) -> tuple[Event, EventInputs]:
        contest = self.contest()
        if contest is None:
            raise NotFound("尚未导入评分标准 / no marking scheme yet")
        ev = contest.event(event_id)
        self._role()  # a logged-in person's
        inputs = views.event_inputs(self.require_db(), ev)
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
            state.result = state.live.result() if state.live is not None else compute_event_fast(state.event, state.inputs)
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
        state.result = compute_event_fast(state.event, state.inputs)
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

    def take_warnings(self) -> tuple[Exception | str, ...]:
        """What the store warned about since the last call (after every store job)."""
        found, self._warnings.messages = tuple(self._warnings.messages), []
        return found

    def forget(self, event_id: str | None = None) -> None:
        """Drop cached rankings (after unseal, status changes, imports): rebuilt when asked.
        Without an event, the cached scheme goes too (after a scheme or panel change)."""
        self._drop_live(event_id)
        if event_id is None:
            self._contest = None


def restore_copy(backup: Path, damaged: Path) -> Path:
    """Copy ``backup`` next to the damaged file as a new contest file (the damaged one is kept):
    ``2026.3 赛事.judge.db`` → ``2026.3 赛事-恢复-<stamp>.judge``, the name shortened to fit MAX_PATH."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = files.fit_name(damaged.parent, files.contest_stem(damaged), f"-恢复-{stamp}{files.CONTEST_SUFFIX}")
    return files.copy_file(backup, target)


__all__ = ["GridData", "LiveBuild", "Saved", "Session", "Snapshot", "StoreSide", "Status", "restore_copy"]
