"""The UI side of the open contest: one method per user action, each a store job.

Pages call the controller; the controller submits a plain function to the store thread
(:class:`~judge_app.gui.background.Background`) and announces the answer with a signal. After a
change of state (lock, unseal, submit ...) it reloads the snapshot, so every page shows the
store's truth, never a guess of the GUI.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from decimal import Decimal
from pathlib import Path
from typing import Any

from judge_app.app import people as ops_people
from judge_app.app import review as ops_review
from judge_app.core.people import Judge, Role
from judge_app.core.results import EventResult, GroupResult
from judge_app.gui import gui_gc
from judge_app.gui.background import Background
from judge_app.gui.qt import QObject, QTimer, QWidget, Signal
from judge_app.gui.store_side import GridData, LiveBuild, Saved, Session, Snapshot, StoreSide

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None


class Controller(QObject):
    """Owns the Background (store thread) of one main window."""

    opened = Signal(object)  # Path
    closed = Signal()
    snapshotChanged = Signal(object)  # Snapshot
    sessionChanged = Signal(object)  # Session | None
    groupsUpdated = Signal(str, object)  # event id, {group: GroupResult}
    #: (event id, t0) when a score change was committed at the UI: for timing the ranking update
    scoreCommitted = Signal(str, float)
    stateChanged = Signal(str)  # event id whose states changed (lock, submit, unseal ...)
    #: the change record (judge_app.app.changes.Changes) of every store job that wrote something:
    #: a merge, an import, a correction ... whoever asked for it; pages refresh what it touches
    changed = Signal(object)
    #: what the store warned about during a job: a change saved, but its automatic backup failed
    storeWarned = Signal(object)  # the error warned about (BackupFailed ...) or the store's text

    def __init__(self, window: QWidget | None = None):
        super().__init__(window)
        self.side = StoreSide()
        gui_gc.acquire()  # a Qt object must never be collected on the threads started here
        self.bg = Background(self.side, self, default_parent=lambda: window)
        self.bg.jobFinished.connect(self._after_job)
        self.path: Path | None = None
        self.snapshot: Snapshot | None = None
        self.session: Session | None = None
        self._refresh_pending: set[str] = set()
        self._warming: dict[str, list[Callable[[], None]]] = {}  # event → asks waiting for its build
        self.last_commit: float = 0.0

    # -- file ---------------------------------------------------------------------------------

    def open(self, path: Path, actor: str, *, on_done: Callback = None, on_error: Callback = None) -> None:
        def done(real: Path) -> None:
            self.path = real
            ended, self.session = self.session, None
            self.opened.emit(real)
            if ended is not None:  # the pages of the previous file's person go (they asked its store)
                self.sessionChanged.emit(None)
            self.reload(on_done)

        self.bg.store(StoreSide.open, Path(path), actor, on_done=done, on_error=on_error,
                      label=self.tr("正在打开比赛文件…"))

    def close_file(self, on_done: Callback = None) -> None:
        def done(_: Any) -> None:
            self.path = None
            self.snapshot = None
            self.session = None
            self.closed.emit()
            if on_done:
                on_done(None)

        self.bg.store(StoreSide.close, on_done=done, quiet=True)

    def shutdown(self) -> None:
        """Close the file (releasing its lock) and stop the threads; waits for queued saves."""
        if self.bg.closed:
            return
        if not (self.bg.idle and self.path is None):
            self.bg.store(StoreSide.close, quiet=True, on_error=lambda exc: log.warning("closing: %s", exc))
        self.bg.shutdown()
        gui_gc.release()

    def _after_job(self, job: Any) -> None:
        """Tell the pages what a store job changed; the shared overview first if it is stale.
        Store warnings (a saved change whose backup failed) go out as :attr:`storeWarned`."""
        for warning in job.warnings:
            self.storeWarned.emit(warning)
        changes = job.changes
        if not changes or self.bg.closed:
            return
        if changes.needs_snapshot:
            self.reload(lambda _snap: self.changed.emit(changes))
        else:
            self.changed.emit(changes)

    def reload(self, on_done: Callback = None) -> None:
        def done(snapshot: Snapshot) -> None:
            self.snapshot = snapshot
            if snapshot.logged_out and self.session is not None:  # the store ended it: no page asks as it any more
                self.session = None
                self.sessionChanged.emit(None)
            self.snapshotChanged.emit(snapshot)
            if on_done:
                on_done(snapshot)

        self.bg.store(StoreSide.snapshot, on_done=done, quiet=True)

    # -- session ------------------------------------------------------------------------------

    def judges(self, on_done: Callable[[list[Judge]], None]) -> None:
        self.bg.store(StoreSide.judges, on_done=on_done, quiet=True)

    def login(self, judge_id: str, pin: str, *, on_done: Callback = None, on_error: Callback = None) -> None:
        self.bg.store(StoreSide.login, judge_id, pin, on_done=lambda s: self._started(s, on_done),
                      on_error=on_error, label=self.tr("正在登录…"))

    def start_session(self, judge: Judge, on_done: Callback = None) -> None:
        """Start a session without a PIN (a contest with nobody registered yet: the organiser)."""
        self.bg.store(StoreSide.start_session, judge, on_done=lambda s: self._started(s, on_done), quiet=True)

    def _started(self, session: Session, on_done: Callback) -> None:
        self.session = session
        self.reload(lambda snap: (self.sessionChanged.emit(session), on_done and on_done(session)))

    def logout(self) -> None:
        """End the session: every page is cleared at once, the store side forgets it after."""
        self.session = None
        self.sessionChanged.emit(None)
        self.bg.store(StoreSide.logout, quiet=True)

    @property
    def role(self) -> Role | None:
        return self.session.role if self.session else None

    # -- scoring ------------------------------------------------------------------------------

    def load_grid(self, event_id: str, judge: str, on_done: Callable[[GridData], None],
                  on_error: Callback = None) -> None:
        self.bg.store(StoreSide.grid, event_id, judge, on_done=on_done, on_error=on_error,
                      label=self.tr("正在读取评分表…"))

    def save_score(self, event_id: str, code: str, criterion: str, judge: str, value: Decimal | None,
                   on_done: Callable[[Saved], None], on_error: Callable[[BaseException], None]) -> None:
        """Save one cell (None clears it); then re-rank the event on the same thread."""
        self.last_commit = time.perf_counter()
        self.scoreCommitted.emit(event_id, self.last_commit)
        self.bg.store(StoreSide.save_score, event_id, code, criterion, judge, value,
                      on_done=on_done, on_error=on_error, quiet=True)
        self._schedule_refresh(event_id)

    def save_remark(self, event_id: str, code: str, judge: str, text: str,
                    on_done: Callback = None, on_error: Callback = None) -> None:
        self.bg.store(StoreSide.save_remark, event_id, code, judge, text, on_done=on_done,
                      on_error=on_error, quiet=True)

    def _schedule_refresh(self, event_id: str) -> None:
        """One re-rank job per event however many saves are queued before it runs."""
        if event_id in self._refresh_pending:
            return
        self._refresh_pending.add(event_id)

        def run(side: StoreSide) -> dict[str, GroupResult]:
            return side.changed_groups(event_id)

        def done(groups: dict[str, GroupResult]) -> None:
            self._refresh_pending.discard(event_id)
            if groups:
                self.groupsUpdated.emit(event_id, groups)

        def failed(exc: BaseException) -> None:
            self._refresh_pending.discard(event_id)
            from judge_app.gui.background import report
            report(None, exc)

        self.bg.store(run, on_done=done, on_error=failed, quiet=True)

    def event_result(self, event_id: str, on_done: Callable[[EventResult], None], *, quiet: bool = False) -> None:
        """The event's results. A first ask builds its LiveEvent in the work pool (the store
        thread keeps saving meanwhile; asks made during the build wait for it), then asks the
        store thread for the result."""
        def ask(_: Any = None) -> None:
            self.bg.store(StoreSide.event_result, event_id, on_done=on_done, quiet=quiet,
                          label=self.tr("正在计算成绩…"))

        if event_id in self._warming:
            self._warming[event_id].append(ask)
            return
        self._warming[event_id] = [ask]

        def flush(_: Any = None) -> None:
            for waiting in self._warming.pop(event_id, []):
                waiting()

        def prepared(build: LiveBuild | None) -> None:
            if build is None or self.bg.closed:
                return flush()
            self.bg.work(build.build, on_error=flush, quiet=True,
                         on_done=lambda live: self.bg.store(StoreSide.install_live, build, live,
                                                            on_done=flush, on_error=flush, quiet=True))

        self.bg.store(StoreSide.prepare_live, event_id, on_done=prepared, on_error=flush, quiet=quiet,
                      label=self.tr("正在计算成绩…"))

    # -- state changes (each audited by the store) -------------------------------------------

    def act(self, fn: Callable[..., Any], *args: Any, event_id: str = "", label: str = "",
            on_done: Callback = None, on_error: Callback = None, progress: bool = False) -> None:
        """Run ``fn(db, *args)`` on the store thread, then reload the snapshot and tell the pages
        (the caches the action touched are dropped from its change record, :mod:`judge_app.app.changes`);
        with ``progress``, as ``fn(db, *args, progress=report)`` filling the progress dialog."""

        def run(side: StoreSide, **report: Any) -> Any:
            return fn(side.require_db(), *args, **report)

        def done(result: Any) -> None:
            def reloaded(_snap: Snapshot) -> None:
                self.stateChanged.emit(event_id)
                if on_done:
                    on_done(result)
            self.reload(reloaded)

        self.bg.store(run, on_done=done, on_error=on_error, label=label or self.tr("正在保存…"), progress=progress)

    def query(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
              on_error: Callback = None, quiet: bool = True, label: str = "") -> None:
        """Run a read ``fn(db, *args)`` on the store thread (not ``quiet``: a busy dialog with
        ``label`` once it takes long)."""
        self.bg.store(lambda side: fn(side.require_db(), *args), on_done=on_done, on_error=on_error,
                      quiet=quiet, label=label)

    def submit_section(self, event_id: str, section_id: str, judge: str, **kw: Any) -> None:
        self.act(ops_review.submit_section, event_id, section_id, judge, event_id=event_id, **kw)

    def lock_section(self, event_id: str, section_id: str, **kw: Any) -> None:
        """Lock a section; ``on_done`` gets the :class:`~judge_app.app.review.Locked` (values still owed)."""
        self.act(ops_review.lock_section, event_id, section_id, event_id=event_id,
                 label=self.tr("正在锁定并备份…"), **kw)

    def unlock_section(self, event_id: str, section_id: str, reason: str, **kw: Any) -> None:
        self.act(partial(ops_review.unlock_section, reason=reason), event_id, section_id, event_id=event_id, **kw)

    def unseal_event(self, event_id: str, reason: str = "", passphrase: str | None = None, **kw: Any) -> None:
        self.act(partial(ops_people.unseal, reason=reason, passphrase=passphrase), event_id, event_id=event_id, **kw)

    def publish_event(self, event_id: str, **kw: Any) -> None:
        self.act(ops_review.publish_event, event_id, event_id=event_id, **kw)

    def finalize_event(self, event_id: str, **kw: Any) -> None:
        self.act(ops_review.finalize_event, event_id, event_id=event_id, **kw)

    def request_remark(self, event_id: str, code: str, criterion: str, judge: str, reason: str, **kw: Any) -> None:
        self.act(partial(ops_review.request_remark, reason=reason), event_id, code, criterion, judge,
                 event_id=event_id, **kw)

    def reopen_submission(self, event_id: str, section_id: str, judge: str, reason: str, **kw: Any) -> None:
        self.act(partial(ops_review.reopen_submission, reason=reason), event_id, section_id, judge,
                 event_id=event_id, **kw)

    def missing_scores(self, event_id: str, section_id: str, judges: list[str],
                       on_done: Callable[[dict[str, list]], None]) -> None:
        """The values each of ``judges`` still owes in a section (judge → list)."""
        self.query(ops_review.missing_scores, event_id, section_id, judges, on_done=on_done)

    def after_idle(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the UI thread once every job asked so far has answered."""
        self.bg.store(lambda side: None, on_done=lambda _: QTimer.singleShot(0, fn), quiet=True)
