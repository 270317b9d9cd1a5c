"""GUI: time from a cell commit in the score grid to the live ranking view showing the re-ranked
group, for an event of 200 (or ENTRIES) contestants × 7 judges × 40 criteria (goal < 16 ms, one
frame).

The path measured is the real one: the grid model's setData → undo command → store thread
(durable save, then LiveEvent re-rank of the one group) → queued signal → RankingPage model.
Also prints when the ranking table had repainted after that update (what the eye sees: the
next event-loop pass after the model update runs the view's posted update request), and how
long the UI thread itself was busy per commit (goal: far below 100 ms). Between edits the UI
settles (a judge types a few cells a second), so one edit's repaint is not charged to the next.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_commit.py [ENTRIES]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rank import JUDGES, random_inputs, scheme, the_event  # noqa: E402

from judge_app.gui.launch import ensure_app  # noqa: E402
from judge_app.gui.main_window import MainWindow  # noqa: E402
from judge_app.gui.pages.ranking_page import RankingPage  # noqa: E402
from judge_app.gui.pages.scoring_page import ScoringPage  # noqa: E402
from judge_app.gui.qt import QApplication  # noqa: E402
from judge_app.store import ContestDB  # noqa: E402

EDITS = 60


def build(path: Path, entries: int) -> None:
    event = the_event()
    inputs = random_inputs(event, entries, random.Random(7))
    with ContestDB.create(path, actor="基准", name="基准赛") as db:
        db.set_scheme(scheme(), reason="基准")
        db.import_entries(inputs.entries, source="bench")
        db.record_scores((event.id, code, crit, judge, value)
                         for code, crits in inputs.scores.items()
                         for crit, judges in crits.items() for judge, value in judges.items())


LONGEST_UI_MS = [0.0]  # the longest single processEvents: an upper bound of any UI-thread stall


def wait(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError
        start = time.perf_counter()
        QApplication.processEvents()
        LONGEST_UI_MS[0] = max(LONGEST_UI_MS[0], (time.perf_counter() - start) * 1000)
        time.sleep(0.0005)


def settle() -> None:
    """Let the UI catch up between edits (repaints included in the longest stall)."""
    for _ in range(5):
        start = time.perf_counter()
        QApplication.processEvents()
        LONGEST_UI_MS[0] = max(LONGEST_UI_MS[0], (time.perf_counter() - start) * 1000)
        time.sleep(0.002)


def main(entries: int) -> None:
    os.environ.setdefault("JUDGE_APP_HOME", tempfile.mkdtemp(prefix="judge-bench-home-"))
    ensure_app()
    folder = Path(tempfile.mkdtemp(prefix="judge-bench-"))
    path = folder / "bench.judge.db"
    t0 = time.perf_counter()
    build(path, entries)
    print(f"contest built: {entries} entries × {len(JUDGES)} judges × 40 criteria in {time.perf_counter() - t0:.1f} s")
    window = MainWindow()
    window.show()
    window.open_file(path)
    wait(lambda: window.controller.session is not None)
    window.show_page(window.page(RankingPage))
    wait(lambda: window.page(RankingPage).model.rowCount() == entries)
    ranking = window.page(RankingPage)  # the pages of the session, once it is settled (rebuilt on a session change)
    scoring = window.page(ScoringPage)
    scoring.judges.setCurrentIndex(scoring.judges.findData(JUDGES[0]))
    wait(lambda: scoring.model.judge == JUDGES[0] and scoring.model.rowCount() == entries)
    rng = random.Random(11)
    settle()
    LONGEST_UI_MS[0] = 0.0
    latencies, painted, ui_busy, store = [], [], [], []
    for _ in range(EDITS):
        index = scoring.model.index(rng.randrange(entries), rng.randrange(40))
        current = scoring.model.data(index)
        new = "5" if current != "5.0" else "6"
        before = ranking.model.updates
        start = time.perf_counter()
        scoring.model.setData(index, new)
        ui_busy.append(time.perf_counter() - start)
        wait(lambda: ranking.model.updates > before)
        latencies.append(ranking.updated_at - start)
        QApplication.processEvents()  # the view's update request, posted by the model's signal
        painted.append(time.perf_counter() - start)
        wait(lambda: window.controller.bg.idle)
        store.append(scoring.model.last_store_ms)
        settle()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    del window, ranking, scoring
    ms = sorted(x * 1000 for x in latencies)
    print(f"commit → ranking updated: median {statistics.median(ms):.1f} ms, p90 {ms[int(len(ms) * 0.9)]:.1f} ms,"
          f" max {ms[-1]:.1f} ms (goal < 16 ms) over {EDITS} edits")
    print(f"  of which the durable save in the store: median {statistics.median(store):.1f} ms")
    shown = sorted(x * 1000 for x in painted)
    print(f"commit → ranking repainted: median {statistics.median(shown):.1f} ms, p90 {shown[int(len(shown) * 0.9)]:.1f} ms,"
          f" max {shown[-1]:.1f} ms")
    busy = sorted(x * 1000 for x in ui_busy)
    print(f"UI thread per commit: median {statistics.median(busy):.2f} ms, max {busy[-1]:.2f} ms; longest UI"
          f" stall while editing {LONGEST_UI_MS[0]:.1f} ms (goal < 100 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    QApplication.instance().shutdown()  # destroy Qt objects before the interpreter tears down
