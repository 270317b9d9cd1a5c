"""The app's own ranking commands on a city-scale contest file, against pandas on the same rows.

The file comes from make_city.py (default 1/8 of the city: 4 events of 266 entries × 9 judges ×
60 criteria, 574,560 scores with their audit entries). Interleaved, in new processes each time
(what a user waits for, start-up and log-in included):

- one event: ``judge-app rank FILE --event E01 --format csv`` vs ``pandas_rank.py FILE E01``;
- the whole contest: ``judge-app export FILE --format csv --kind results`` (every event ranked and
  written) vs ``pandas_rank.py FILE`` (every event).

pandas reads the same rows from the same file (sqlite3), works in floats and writes nothing.
Also checks that both put the same entry first with the same total.

    .venv/bin/python benchmarks/bench_city_rank.py [--scale 8] [--runs 3] [FOLDER]
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_city  # noqa: E402

ENV = dict(os.environ, JUDGE_APP_ACTOR="O0", JUDGE_APP_PIN=make_city.PIN)
ENV.pop("PYTHONDONTWRITEBYTECODE", None)


@dataclass(frozen=True)
class CityTimes:
    events: int
    scores: int
    one: list[float]  # judge-app rank, one event (s)
    one_pandas: list[float] | None
    every: list[float]  # judge-app export csv, every event
    every_pandas: list[float] | None
    agree: str  # '' when both rank the same entry first with the same total, else what differs


def _timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=ENV)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def run(folder: Path, scale: int = 8, runs: int = 3) -> CityTimes:
    events = make_city.events_at(scale)
    path = make_city.make_city(folder / "city.judge", events)
    compileall.compile_dir(HERE.parent / "judge_app", quiet=1)  # as installed: no compiling on every start
    app = [sys.executable, "-m", "judge_app"]
    pandas = [sys.executable, str(HERE / "pandas_rank.py"), str(path)] if importlib.util.find_spec("pandas") else None
    one, every, one_pd, every_pd = [], [], [], []
    ours_text = theirs_text = ""
    for _ in range(runs):
        seconds, ours_text = _timed([*app, "rank", str(path), "--event", "E01", "--format", "csv"])
        one.append(seconds)
        if pandas:
            seconds, theirs_text = _timed([*pandas, "E01"])
            one_pd.append(seconds)
        every.append(_timed([*app, "export", str(path), "--format", "csv", "--out", str(folder / "out")])[0])
        if pandas:
            every_pd.append(_timed(pandas)[0])
    agree = ""
    if pandas:
        first = ours_text.splitlines()[1].split(",")  # 组别,名次,编号,…,总分 (the 10th column)
        _, code, total, _ = theirs_text.split(maxsplit=3)
        if (first[2], first[9]) != (code, total):
            agree = f"first: judge_app {first[2]} {first[9]}, pandas {code} {total}"
    return CityTimes(events, events * make_city.PER_EVENT * make_city.JUDGES * make_city.CRITERIA,
                     one, one_pd or None, every, every_pd or None, agree)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--scale", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="city-") as tmp:
        t = run(args.folder or Path(tmp), args.scale, args.runs)
    med = statistics.median
    print(f"{t.events} events, {t.scores:,} scores (1/{args.scale} of the city)")
    print(f"judge-app rank one event: {med(t.one):.2f} s; pandas {med(t.one_pandas) if t.one_pandas else float('nan'):.2f} s")
    print(f"judge-app export csv, every event: {med(t.every):.2f} s;"
          f" pandas {med(t.every_pandas) if t.every_pandas else float('nan'):.2f} s")
    print(t.agree or "same first entry and total")


if __name__ == "__main__":
    main()
