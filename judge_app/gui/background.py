"""Every store, import and report call of the GUI goes through here, off the UI thread.

* :meth:`Background.store` runs ``fn(side, *args)`` on the ONE store thread. That thread opens and
  owns the contest file (sqlite3 connections belong to the thread that made them), so store
  calls run one after another, in the order they were asked, and their results come back in that
  order.
* :meth:`Background.work` runs a pure ``fn(*args)`` (PDF building, parsing an import file) on a
  small thread pool.

The result (or the error) comes back to the UI thread by a queued signal and goes to
``on_done(result)`` / ``on_error(exc)``. Without ``on_error``, an error the user can act on
(:class:`~judge_app.core.errors.JudgeAppError`) is shown by :func:`~judge_app.gui.dialogs.show_error`
and anything else by the crash dialog. A job that is not ``quiet`` and runs longer than
``PROGRESS_AFTER_MS`` shows a busy progress dialog until it ends. A work job asked with
``progress=True`` gets a ``progress(done, total)`` keyword to call from its thread: the dialog
then fills up, and :attr:`Background.jobProgress` tells the UI thread.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge_app.core.errors import JudgeAppError
from judge_app.files import file_problem
from judge_app.gui.qt import QApplication, QObject, QProgressDialog, Qt, QTimer, QWidget, Signal

log = logging.getLogger(__name__)

PROGRESS_AFTER_MS = 300
#: busyChanged(True) only for work still pending after this long: a 3 ms save flashing a status
#: label relaid the status bar and so repainted the whole window on every keystroke
BUSY_AFTER_MS = 250
_STOP = object()


@dataclass(eq=False)
class Job:
    """One submitted call; ``done`` turns True on the UI thread when its answer was delivered."""

    id: int
    label: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    quiet: bool
    parent: QWidget | None
    result: Any = None
    error: BaseException | None = None
    done: bool = False
    progress: tuple[int, int] | None = None  # (done, total) last reported by the job
    changes: Any = None  # the change record of a store job (StoreSide.settle), None if nothing changed
    #: what the store warned about during a store job (a failed automatic backup of a saved change)
    warnings: tuple[Exception | str, ...] = ()
    started: float = field(default_factory=time.perf_counter)
    finished: float = 0.0


class Background(QObject):
    """The store thread and the work pool of one main window."""

    _delivered = Signal(object)  # Job, emitted from a worker thread → queued to the UI thread
    #: Emitted on the UI thread after each job's callbacks ran (tests and benchmarks wait on it).
    jobFinished = Signal(object)
    #: True once some job has been pending for BUSY_AFTER_MS, False when all are done (a busy
    #: indicator in the status bar).
    busyChanged = Signal(bool)
    #: (Job, done, total) on the UI thread whenever a ``progress=True`` job reports.
    jobProgress = Signal(object, int, int)
    _progressed = Signal(object, int, int)  # emitted from a worker thread → queued

    def __init__(self, side: Any, parent: QObject | None = None, *, default_parent: Callable[[], QWidget | None] | None = None):
        super().__init__(parent)
        self._side = side
        self._queue: queue.Queue[Any] = queue.Queue()
        self._ids = itertools.count(1)
        self._pending: set[int] = set()
        self._default_parent = default_parent or (lambda: None)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="judge-work")
        self._progress: dict[int, QProgressDialog] = {}
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._store_loop, name="judge-store", daemon=True)
        self._thread.start()
        self._closed = False

    # -- submitting -----------------------------------------------------------------------------

    def store(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, label: str = "",
              quiet: bool = False, parent: QWidget | None = None, progress: bool = False) -> Job:
        """Run ``fn(side, *args)`` on the store thread, after every store job asked before; with
        ``progress``, as ``fn(side, *args, progress=report)`` (see :meth:`work`)."""
        job = self._job(fn, args, on_done, on_error, label, quiet, parent)
        if progress:
            self._reporting(job)
        self._queue.put(job)
        return job

    def work(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, label: str = "",
             quiet: bool = False, parent: QWidget | None = None, progress: bool = False) -> Job:
        """Run a pure ``fn(*args)`` (no store access) on the work pool; with ``progress``, as
        ``fn(*args, progress=report)`` where ``report(done, total)`` may be called any time."""
        job = self._job(fn, args, on_done, on_error, label, quiet, parent)
        if progress:
            self._reporting(job)
        self._pool.submit(self._run, job, False)
        return job

    def _reporting(self, job: Job) -> None:
        """Give the job's function a ``progress(done, total)`` keyword that fills its dialog."""
        job.fn = partial(job.fn, progress=lambda done, total: self._progressed.emit(job, done, total))

    def _job(self, fn, args, on_done, on_error, label, quiet, parent) -> Job:
        if self._closed:
            raise RuntimeError("background closed")
        job = Job(next(self._ids), label, fn, args, on_done, on_error, quiet, parent)
        if not self._pending and not self._busy_shown:
            self._busy_timer.start()
        self._pending.add(job.id)
        if not quiet:
            QTimer.singleShot(PROGRESS_AFTER_MS, lambda: self._maybe_progress(job))
        return job

    # -- state ----------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def idle(self) -> bool:
        return not self._pending

    @property
    def pending(self) -> int:
        return len(self._pending)

    def wait_idle(self, timeout_s: float = 10.0) -> bool:
        """Process events until every job was delivered (tests, shutdown). False on timeout."""
        deadline = time.monotonic() + timeout_s
        while self._pending and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)
        return not self._pending

    def shutdown(self, timeout_s: float = 15.0) -> None:
        """Let queued store jobs finish, then stop the store thread and the pool."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout_s)
        self._pool.shutdown(wait=True, cancel_futures=False)
        for dialog in self._progress.values():
            dialog.close()
        self._progress.clear()

    # -- threads --------------------------------------------------------------------------------

    def _store_loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is _STOP:
                return
            self._run(job, True)

    def _run(self, job: Job, on_store: bool) -> None:
        try:
            job.result = job.fn(self._side, *job.args) if on_store else job.fn(*job.args)
        except BaseException as exc:  # delivered to the UI thread, never lost
            job.error = exc
        if on_store:  # whatever the job wrote, even if it failed half-way, refreshes the caches
            try:
                job.changes = self._side.settle() or None
                job.warnings = self._side.take_warnings()
            except Exception:  # noqa: BLE001 - the job's own answer still goes out
                log.exception("reading the change record after %s", job.label or job.fn)
        job.finished = time.perf_counter()
        try:
            self._delivered.emit(job)
        except RuntimeError:  # the QObject is gone (window closed while the job ran)
            pass

    # -- back on the UI thread ------------------------------------------------------------------

    def _deliver(self, job: Job) -> None:
        job.done = True
        self._pending.discard(job.id)
        if self._closed:  # the window is gone: nobody to tell (store errors were logged below)
            if job.error is not None:
                log.info("after closing: %s", job.error)
            return
        dialog = self._progress.pop(job.id, None)
        if dialog is not None:
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
        try:
            if job.error is None:
                if job.on_done is not None:
                    job.on_done(job.result)
            elif job.on_error is not None:
                job.on_error(job.error)
            else:
                report(job.parent or self._default_parent(), job.error)
        finally:
            self.jobFinished.emit(job)
            if not self._pending:
                self._busy_timer.stop()
                if self._busy_shown:
                    self._busy_shown = False
                    self.busyChanged.emit(False)

    def _show_busy(self) -> None:
        if self._pending and not self._closed:
            self._busy_shown = True
            self.busyChanged.emit(True)

    def _on_progress(self, job: Job, done: int, total: int) -> None:
        if job.done or self._closed:
            return
        job.progress = (done, total)
        self.jobProgress.emit(job, done, total)
        dialog = self._progress.get(job.id)
        if dialog is not None:  # last: a modal dialog's setValue runs pending events
            dialog.setRange(0, total)
            dialog.setValue(done)

    def _maybe_progress(self, job: Job) -> None:
        if job.done or self._closed:
            return
        done, total = job.progress or (0, 0)
        dialog = QProgressDialog(job.label or self.tr("正在处理，请稍候…"), "", 0, total, job.parent or self._default_parent())
        dialog.setAutoReset(False)
        dialog.setValue(done)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._progress[job.id] = dialog


def report(parent: QWidget | None, exc: BaseException) -> None:
    """The default error handling: a clear message for our errors, the crash dialog otherwise."""
    from judge_app.gui.dialogs import show_crash, show_error

    if isinstance(exc, OSError):  # an ordinary file problem is a message, not a crash
        exc = file_problem(Path(exc.filename or "?"), exc) or exc
    if isinstance(exc, JudgeAppError):
        show_error(parent, exc)
    else:
        show_crash(parent, type(exc), exc, exc.__traceback__)
