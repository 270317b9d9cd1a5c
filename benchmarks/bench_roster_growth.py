"""Time the app's own ``judge-app import roster`` end to end (a new process: read, check, store,
audit, backup) on rosters of 2,500 / 10,000 / 20,000 rows, each into a fresh contest with the
scheme's five events, and print how the time grows (goal: linear, 20k < 4 × 5k; 10k < 3 s).

    .venv/bin/python benchmarks/bench_roster_growth.py [ROWS ...]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_roster_import import EVENTS, write_roster  # noqa: E402

CLI = [sys.executable, "-m", "judge_app"]


def scheme() -> dict:
    section = {"id": "practical", "name": "实际操作", "max": "100", "weight": "100", "rule": "mean",
               "criteria": [{"id": "P1", "name": "操作", "max": "100", "step": "0.5", "kind": "judgement"}]}
    return {"format": "judge_app.scheme/1", "contest": {"name": "规模测试"},
            "events": [{"id": name, "name": name, "groups": ["职工组", "学生组"], "sections": [section]}
                       for name in EVENTS]}


def import_seconds(folder: Path, rows: int) -> float:
    roster = folder / f"roster-{rows}.xlsx"
    write_roster(roster, rows)
    contest = folder / f"c-{rows}.judge"
    subprocess.run([*CLI, "new", str(contest), "--name", "规模测试"], check=True, capture_output=True)
    scheme_file = folder / "scheme.json"
    scheme_file.write_text(json.dumps(scheme(), ensure_ascii=False), encoding="utf-8")
    subprocess.run([*CLI, "scheme", "import", str(contest), str(scheme_file)], check=True, capture_output=True)
    start = time.perf_counter()
    done = subprocess.run([*CLI, "import", "roster", str(roster), "--contest", str(contest)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return seconds


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="roster-growth-") as tmp:
        times = {rows: import_seconds(Path(tmp), rows) for rows in sizes}
    base = sizes[0]
    for rows, seconds in times.items():
        print(f"judge-app import roster, {rows:>6} rows: {seconds:6.2f} s  ({rows / base:.0f}× rows → "
              f"{seconds / times[base]:.2f}× time)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2500, 10000, 20000])
