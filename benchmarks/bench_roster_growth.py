"""Time the app's own ``judge-app import roster`` end to end (a new process: read, check, store,
audit, backup) on rosters of 1,250 / 5,000 / 20,000 rows (1×, 4×, 16×), each into a fresh contest
with the scheme's five events, and print how the time and the peak RSS grow (goal: linear,
20k < 4 × 5k; 10k < 3 s).

    .venv/bin/python benchmarks/bench_roster_growth.py [ROWS ...]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_roster_import import EVENTS, write_roster  # noqa: E402
from measure import Measured, run_measured  # noqa: E402

CLI = [sys.executable, "-m", "judge_app"]
SIZES = (1250, 5000, 20000)


def scheme() -> dict:
    section = {"id": "practical", "name": "实际操作", "max": "100", "weight": "100", "rule": "mean",
               "criteria": [{"id": "P1", "name": "操作", "max": "100", "step": "0.5", "kind": "judgement"}]}
    return {"format": "judge_app.scheme/1", "contest": {"name": "规模测试"},
            "events": [{"id": name, "name": name, "groups": ["职工组", "学生组"], "sections": [section]}
                       for name in EVENTS]}


def import_roster(folder: Path, rows: int) -> Measured:
    roster = folder / f"roster-{rows}.xlsx"
    write_roster(roster, rows)
    contest = folder / f"c-{rows}.judge"
    subprocess.run([*CLI, "new", str(contest), "--name", "规模测试"], check=True, capture_output=True)
    scheme_file = folder / "scheme.json"
    scheme_file.write_text(json.dumps(scheme(), ensure_ascii=False), encoding="utf-8")
    subprocess.run([*CLI, "scheme", "import", str(contest), str(scheme_file)], check=True, capture_output=True)
    done = run_measured([*CLI, "import", "roster", str(roster), "--contest", str(contest)])
    if done.failed:
        raise SystemExit(done.failed)
    return done


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="roster-growth-") as tmp:
        runs = {rows: import_roster(Path(tmp), rows) for rows in sizes}
    base = sizes[0]
    for rows, done in runs.items():
        print(f"judge-app import roster, {rows:>6} rows: {done.seconds:6.2f} s, peak {done.peak_mib or 0:.0f} MiB"
              f"  ({rows / base:.0f}× rows → {done.seconds / runs[base].seconds:.2f}× time)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or list(SIZES))
