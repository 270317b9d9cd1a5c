"""Start-up time to a usable main window with the demo contest open, and its memory.

    .venv/bin/python benchmarks/bench_startup.py [--runs 3] [--frozen dist/judge_app]

Times, in the same run and the same conditions: a minimal PySide6 window (the floor), the app
from source and the frozen folder (when built: ``bash run.sh build``), each from process start
to the window shown with the demo contest loaded (``judge_app --startup-probe FILE`` prints
READY then). Prints the median of ``--runs`` starts, the ratio to the minimal window (goal ≤ 2×)
and the peak resident memory with the demo open (goal < 250 MB). Offscreen Qt unless
QT_QPA_PLATFORM is set. The OS file cache is warm after the first run: "cold" here means a new
process, not an empty disk cache. The app's modules are byte-compiled first, as an installed
package is: with PYTHONDONTWRITEBYTECODE set (as on some build machines) every start from
source would otherwise compile them again (about 0.25 s here).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_RATIO = 2.0
GOAL_MIB = 250

MINIMAL = """
import resource, sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("minimal"))
window.show()
app.processEvents()
print(f"READY {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", flush=True)
"""


def time_to_ready(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the READY line, and the MiB it reported."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=tempfile.gettempdir())
    try:
        for line in proc.stdout:
            if line.startswith("READY"):
                return time.perf_counter() - start, float(line.split()[1])
        raise RuntimeError(f"{command[0]} ended without READY (exit {proc.wait()})")
    finally:
        proc.stdout.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def measure(name: str, command: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    results = [time_to_ready(command, env) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    mib = max(r[1] for r in results)
    print(f"{name:<28} {seconds:6.2f} s   peak RSS {mib:5.0f} MiB   (runs: "
          + ", ".join(f"{r[0]:.2f}" for r in results) + ")")
    return seconds, mib


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "judge_app")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory(prefix="bench_startup_") as tmp:
        env["JUDGE_APP_HOME"] = str(Path(tmp) / "home")
        contest = Path(tmp) / "demo.judge"
        from judge_app.demo import build_demo

        build_demo(contest)
        compileall.compile_dir(ROOT / "judge_app", quiet=1)
        floor, _ = measure("minimal PySide6 window", [sys.executable, "-c", MINIMAL], env, args.runs)
        rows = [("from source", [sys.executable, str(ROOT / "build_spec" / "entry.py")])]
        program = args.frozen / ("judge_app_cli.exe" if sys.platform == "win32" else "judge_app")
        if program.is_file():
            rows.append(("frozen folder", [str(program)]))
        else:
            print(f"(frozen folder not built: {program} missing; run `bash run.sh build`)")
        for name, command in rows:
            seconds, mib = measure(f"judge_app {name}", command + ["--startup-probe", str(contest)],
                                   env, args.runs)
            print(f"    ratio to minimal window: {seconds / floor:.2f}× (goal ≤ {GOAL_RATIO}×); "
                  f"memory {'within' if mib < GOAL_MIB else 'OVER'} the {GOAL_MIB} MB goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
