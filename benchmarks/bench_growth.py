"""Growth figures: the app's own commands at 1×, 4× and 16× the size, each in a new process (start-up,
open, log-in, the work, close: what a user waits for), with the command's own peak RSS.

- **file** (contest files of 1, 4, 16 city events: 266 entries × 9 judges × 60 criteria each, 143,640
  scores and as many audit entries per event, written by make_city.py):
  open (``judge-app judges list FILE --format json``: the cheapest command that opens the file,
  logs in and closes), ``judge-app rank FILE --event E01 --format csv`` (one event, the same size
  in every file), ``judge-app export FILE --format csv`` (every event) and ``judge-app audit verify``;
- **event** (one event of 125, 500, 2,000 entries × 9 × 60): open and ``judge-app rank``;
- **roster** (bench_roster_growth.py): ``judge-app import roster`` of 1,250 / 5,000 / 20,000 rows;
- **city** (optional, ``--city``): the whole city file (30 events, 4.3 M scores, ~1.3 GB): open,
  rank one event, export csv and audit verify, once each, and how long writing the file took.

The 16× line gives the marginal growth (t16 − t4) / (t4 − t1): 4 when the time grows linearly with
the size, 16 when it grows with its square, whatever the fixed start-up, open and log-in cost.

    .venv/bin/python benchmarks/bench_growth.py [--runs 3] [--city]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_roster_growth  # noqa: E402
import make_city  # noqa: E402
from bench_city_rank import ENV  # noqa: E402
from measure import run_measured  # noqa: E402

APP = [sys.executable, "-m", "judge_app"]
FACTORS = (1, 4, 16)
EVENT_ENTRIES = 125  # the event family's 1× (× 4 = 500, the county event; × 16 = 2,000)
SCORES_PER_ENTRY = make_city.JUDGES * make_city.CRITERIA
RSS_GOAL_MIB = 250 / 1.048576  # 250 MB


@dataclass(frozen=True)
class Point:
    """One command on one file: median time of the runs, largest peak RSS, first failure."""

    family: str
    command: str
    factor: int
    size: str
    events: int
    seconds: float
    peak_mib: float | None
    failed: str


def commands(path: Path, out: Path) -> dict[str, list[str]]:
    return {
        "open": ["judges", "list", str(path), "--format", "json"],
        "rank": ["rank", str(path), "--event", "E01", "--format", "csv"],
        "export": ["export", str(path), "--format", "csv", "--out", str(out)],
        "audit": ["audit", "verify", str(path)],
    }


FAMILY_COMMANDS = {"file": ("open", "rank", "export", "audit"), "event": ("open", "rank"),
                   "city": ("open", "rank", "export", "audit")}


@dataclass(frozen=True)
class File:
    family: str
    factor: int
    path: Path
    events: int
    entries: int

    @property
    def size(self) -> str:
        scores = self.events * self.entries * SCORES_PER_ENTRY
        return (f"{self.events} event{'s' if self.events > 1 else ''} × {self.entries:,} entries, {scores:,} scores,"
                f" {self.path.stat().st_size / 2**20:,.0f} MiB")


def write_files(folder: Path) -> list[File]:
    files = [File("file", k, folder / f"file-{k}.judge", k, make_city.PER_EVENT) for k in FACTORS]
    files += [File("event", k, folder / f"event-{k}.judge", 1, EVENT_ENTRIES * k) for k in FACTORS]
    for f in files:
        make_city.make_city(f.path, f.events, f.entries)
    return files


def measure_files(files: list[File], runs: int) -> list[Point]:
    """Every family command on every file, ``runs`` times, interleaved (run by run over the sizes)."""
    seen: dict[tuple[File, str], list] = {}
    for _ in range(runs):
        for f in files:
            argv = commands(f.path, f.path.with_suffix(".out"))
            for name in FAMILY_COMMANDS[f.family]:
                seen.setdefault((f, name), []).append(run_measured([*APP, *argv[name]], env=ENV))
    points = []
    for (f, name), done in seen.items():
        failed = next((d.failed for d in done if d.failed), "")
        peaks = [d.peak_mib for d in done if d.peak_mib is not None]
        points.append(Point(f.family, name, f.factor, f.size, f.events,
                            statistics.median(d.seconds for d in done), max(peaks) if peaks else None, failed))
    return points


def roster_points() -> list[Point]:
    points = []
    with tempfile.TemporaryDirectory(prefix="roster-growth-") as tmp:
        for k, rows in zip(FACTORS, bench_roster_growth.SIZES):
            try:
                done = bench_roster_growth.import_roster(Path(tmp), rows)
                failed = ""
            except SystemExit as exc:
                done, failed = None, str(exc)
            points.append(Point("roster", "import roster", k, f"{rows:,} rows", 0, done.seconds if done else 0.0,
                                done.peak_mib if done else None, failed))
    return points


def city_points(folder: Path) -> tuple[list[Point], str]:
    """The whole city file: each command once (open and rank three times); the note says how long
    writing it took."""
    start = time.perf_counter()
    city = File("city", 30, make_city.make_city(folder / "city.judge", make_city.EVENTS), make_city.EVENTS,
                make_city.PER_EVENT)
    note = f"the whole city file ({city.size}) written in {time.perf_counter() - start:.0f} s by make_city.py"
    points = measure_files([city], 1)
    return points, note


def run(folder: Path, runs: int = 3, city: bool = False) -> tuple[list[Point], str]:
    """Every growth point (and the whole city's when ``city``); a note on the city file."""
    compileall.compile_dir(HERE.parent / "judge_app", quiet=1)  # as installed: no compiling on every start
    points = measure_files(write_files(folder), runs) + roster_points()
    note = ""
    if city:
        more, note = city_points(folder)
        points += more
    return points, note


# -- table lines -----------------------------------------------------------------------------------

TITLES = {"open": "open (judge-app judges list: start, open, log-in, close)", "rank": "judge-app rank, one event",
          "export": "judge-app export csv, every event", "audit": "judge-app audit verify",
          "import roster": "judge-app import roster"}


def _time(p: Point) -> str:
    if p.failed:
        return "—"
    rss = f", peak {p.peak_mib:.0f} MiB" if p.peak_mib is not None else ""
    return f"{p.seconds:.2f} s{rss}"


def marginal(times: dict[int, float]) -> float | None:
    """(t16 − t4) / (t4 − t1): 4 when the time grows linearly with the size (whatever the fixed
    start-up, open and log-in cost), 16 when it grows with its square; None without the three."""
    if not all(k in times for k in FACTORS) or times[4] <= times[1]:
        return None
    return (times[16] - times[4]) / (times[4] - times[1])


LINEAR_AT_MOST = 5.0  # the marginal growth judged linear (4, with room for noise; quadratic is 16)


def _goal(p: Point, base: Point | None, growth: float | None) -> tuple[str, bool | None]:
    """The goal of issue 17 for this point and whether it is met (None: nothing to judge)."""
    rss_ok = p.peak_mib is None or p.peak_mib < RSS_GOAL_MIB
    linear = growth is None or growth <= LINEAR_AT_MOST
    if p.command == "open":
        return "< 1 s", p.seconds < 1
    if p.command == "rank" and p.family in ("file", "city"):
        return "< 1 s (the city's event)", p.seconds < 1
    if p.command == "export":
        budget = 5 * p.events / make_city.EVENTS
        return (f"< {budget:.2g} s (5 s for 30 events); < 250 MB" + ("; linear" if p.factor == 16 else ""),
                p.seconds < budget and rss_ok and linear)
    if p.command == "audit":
        return "< 250 MB" + ("; linear" if p.factor == 16 else ""), rss_ok and linear
    if p.factor < 16:
        return "—", None
    if p.command == "rank":  # the event family
        return "linear in entries", linear
    return "< 4× the 5,000-row time", base is not None and p.seconds < 4 * base.seconds  # roster 20,000 rows


def table_lines(points: list[Point], city_note: str = "") -> list[tuple]:
    """(name, ours, compared with, ratio, goal, met, note) per point, in run_all's Row order. The
    16× line's ratio also gives the marginal growth (see :func:`marginal`)."""
    ok_times: dict[tuple[str, str], dict[int, float]] = {}
    for p in points:
        if not p.failed:
            ok_times.setdefault((p.family, p.command), {})[p.factor] = p.seconds
    lines = []
    for p in points:
        base_factor = 4 if (p.family, p.factor) == ("roster", 16) else 1
        base = next((b for b in points if (b.family, b.command, b.factor) == (p.family, p.command, base_factor)
                     and not b.failed), None)
        growth = (marginal(ok_times.get((p.family, p.command), {}))
                  if p.factor == 16 and p.command != "open" else None)
        name = f"{TITLES[p.command]}, " + (f"whole city ({p.size})" if p.family == "city"
                                           else f"{p.family} {p.factor}× ({p.size})")
        goal, ok = _goal(p, base, growth)
        if p.failed:
            lines.append((name, "—", f"failed: {p.failed[:300]}", "—", goal, False, ""))
            continue
        compared, ratio = "—", "—"
        if base is not None and base is not p:
            compared = f"{base.factor}×: {base.seconds:.2f} s"
            ratio = f"{p.seconds / base.seconds:.2f}× the time"
        if growth is not None:
            ratio += f"; (t16−t4)/(t4−t1) = {growth:.1f} (4: linear, 16: quadratic)"
        lines.append((name, _time(p), compared, ratio, goal, ok, city_note if p.family == "city" else ""))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--city", action="store_true", help="also the whole city file (4.3 M scores, ~1.3 GB)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="growth-") as tmp:
        points, note = run(Path(tmp), args.runs, args.city)
    for name, ours, compared, ratio, goal, ok, _ in table_lines(points, note):
        verdict = "—" if ok is None else "yes" if ok else "NO"
        print(f"{name}: {ours}; {compared}; {ratio}; goal {goal}: {verdict}")
    if note:
        print(note)


if __name__ == "__main__":
    main()
