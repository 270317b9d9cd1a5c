"""GUI at scale: peak memory and load times with one event of 2,000 (or ENTRIES) contestants × 7
judges × 40 criteria open (goal < 250 MB peak RSS).

The contest is built in a child process (so its build does not count), then this process opens
it in the real main window (Qt offscreen) and goes through what the day does with it:

1. judge J1 logs in: the 评分 grid of their event (time to the grid loaded);
2. the chief judge logs in (Ctrl+L's path: log out, then once that settled log in): 实时排名 (time to the first ranking
   shown), the 审核与锁定 page (time to its flags, bias and panel grid filled);
3. the scorer (记分员) logs in: the 评分 grid of J1, then switching it to J2 (a judge switch).

It prints each time, the longest UI-thread stall during each step (a QTimer heartbeat every
10 ms: the largest gap between two of its ticks), and the process's peak RSS (VmHWM) after each
step and at the end, with the RSS at that point (VmRSS).

    .venv/bin/python benchmarks/bench_gui_rss.py [ENTRIES] [--file PATH]

``--file PATH`` keeps the built contest there (built only when missing: for repeated runs).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

GOAL_MB = 250
ORGANISER = ("O0", "基准", "organiser", "organiser-pass-1")
CHIEF = ("C1", "裁判长", "chief", "chief-pass-1")
SCORER = ("R1", "记分员", "scorer", "7777")  # types the judges' paper sheets: switches judges
PIN = "1111"  # every judge's
TYPING_S = 1.0  # between the log-out and the log-in: the login dialog is open, a PIN being typed


def build(path: Path, entries: int) -> None:
    """The contest of bench_gui_commit.py with people registered (the judges J1–J7, a chief)."""
    from bench_gui_commit import build as build_scores
    from bench_rank import JUDGES

    from judge_app.store import ContestDB

    build_scores(path, entries)
    with ContestDB.open(path, actor=ORGANISER[1]) as db:
        db.add_judge(ORGANISER[0], ORGANISER[1], role=ORGANISER[2], pin=ORGANISER[3])
        for judge in JUDGES:
            db.add_judge(judge, f"裁判{judge}", role="judge", pin=PIN)
        for person, name, role, pin in (CHIEF, SCORER):
            db.add_judge(person, name, role=role, pin=pin)


def memory() -> tuple[float, float]:
    """(peak RSS, current RSS) of this process in MiB (Linux /proc; ru_maxrss elsewhere)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak
    found = {line.split(":")[0]: int(line.split()[1]) / 1024 for line in status.splitlines()
             if line.startswith(("VmHWM", "VmRSS"))}
    return found["VmHWM"], found["VmRSS"]


class Heartbeat:
    """A 10 ms QTimer on the UI thread: the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        from judge_app.gui.qt import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def wait(predicate, timeout: float = 300.0) -> None:
    """Run a real event loop until ``predicate()`` holds (checked every 2 ms): unlike
    ``processEvents()`` it also deletes what ``deleteLater()`` retired, as the app's loop does."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not predicate():
        loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError


def main(entries: int, file: Path | None) -> None:
    from bench_rank import JUDGES

    path = file or Path(tempfile.mkdtemp(prefix="judge-bench-")) / "bench.judge.db"
    if not path.exists():
        t0 = time.perf_counter()
        subprocess.run([sys.executable, __file__, str(entries), "--build", str(path)], check=True)
        print(f"contest built (child process): {entries} entries × {len(JUDGES)} judges × 40 criteria"
              f" in {time.perf_counter() - t0:.1f} s")
    os.environ.setdefault("JUDGE_APP_HOME", tempfile.mkdtemp(prefix="judge-bench-home-"))

    from judge_app.gui.launch import ensure_app
    from judge_app.gui.main_window import MainWindow
    from judge_app.gui.pages.ranking_page import RankingPage
    from judge_app.gui.pages.review_page import ReviewPage
    from judge_app.gui.pages.scoring_page import ScoringPage
    from judge_app.gui.qt import QApplication

    ensure_app()
    heart = Heartbeat()
    print(f"before the window: peak RSS {memory()[0]:.0f} MiB")
    window = MainWindow()
    window.resize(1366, 768)
    window.show()

    def step(name: str, start, done) -> None:
        heart.reset()
        t0 = time.perf_counter()
        start()
        wait(done)
        QApplication.processEvents()  # the repaint the model's signals posted
        seconds = time.perf_counter() - t0
        peak, now = memory()
        print(f"{name}: {seconds:.2f} s; longest UI stall {heart.longest * 1000:.0f} ms;"
              f" peak RSS {peak:.0f} MiB (now {now:.0f} MiB)")

    def grid_of(judge: str):
        def loaded() -> bool:
            model = window.page(ScoringPage).model
            return model.judge == judge and model.rowCount() == entries
        return loaded

    def log_in(person: str, pin: str):
        """Ctrl+L's path: log out, and once that has settled (a person types the PIN meanwhile)
        log in; the PIN's scrypt takes 64 MiB for a moment, by design (core/pins.py)."""
        def start() -> None:
            window.controller.logout()
            wait(lambda: window.controller.session is None and window.controller.bg.idle)
            typing = time.monotonic() + TYPING_S
            wait(lambda: time.monotonic() > typing)
            print(f"  logged out, the PIN typed: RSS {memory()[1]:.0f} MiB")
            window.controller.login(person, pin)
        return start

    step("open the file, log in as judge J1", lambda: window.open_file(path, login=(JUDGES[0], PIN)),
         lambda: window.controller.session is not None and window.controller.bg.idle)
    step("judge J1: 评分 grid loaded", lambda: window.show_page(window.page(ScoringPage)), grid_of(JUDGES[0]))
    step("log in as the chief judge", log_in(CHIEF[0], CHIEF[3]),
         lambda: window.controller.session is not None and window.controller.session.id == CHIEF[0]
         and window.controller.bg.idle)
    # the pages are looked up in each step, never kept in a variable here: the steps' closures
    # would keep the chief's pages (and their results) alive after the next log-in
    step("chief: 实时排名 first shown", lambda: window.show_page(window.page(RankingPage)),
         lambda: window.page(RankingPage).model.rowCount() == entries)

    def review_filled() -> bool:
        review = window.page(ReviewPage)
        return review.result is not None and review.panel.model().rowCount() == entries and window.controller.bg.idle

    step("chief: 审核与锁定 filled", lambda: window.show_page(window.page(ReviewPage)), review_filled)
    step("log in as the scorer", log_in(SCORER[0], SCORER[3]),
         lambda: window.controller.session is not None and window.controller.session.id == SCORER[0]
         and window.controller.bg.idle)

    def pick(judge: str):
        scoring = window.page(ScoringPage)
        return lambda: scoring.judges.setCurrentIndex(scoring.judges.findData(judge))

    step("scorer: 评分 grid of J1", lambda: (window.show_page(window.page(ScoringPage)), pick(JUDGES[0])()),
         grid_of(JUDGES[0]))
    step("scorer: judge switch J1 → J2, grid loaded", lambda: pick(JUDGES[1])(), grid_of(JUDGES[1]))
    peak, now = memory()
    print(f"peak RSS with the {entries}-entry event open: {peak:.0f} MiB (now {now:.0f} MiB; goal < {GOAL_MB} MB)")
    window.close()
    window.deleteLater()
    QApplication.processEvents()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("entries", type=int, nargs="?", default=2000)
    parser.add_argument("--file", type=Path, help="keep the built contest here (built only when missing)")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # the child process that builds
    args = parser.parse_args()
    if args.build:
        build(args.build, args.entries)
        sys.exit(0)
    main(args.entries, args.file)
    from judge_app.gui.qt import QApplication

    QApplication.instance().shutdown()  # destroy Qt objects before the interpreter tears down
