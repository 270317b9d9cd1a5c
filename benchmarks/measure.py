"""One command in a new process: its wall time, its own peak RSS and its output.

The command is started by a small Python process (this file run as a script) that times it and
reads its ``ru_maxrss`` with ``os.wait4``. Started straight from the benchmark, a child's
``ru_maxrss`` would include the benchmark's own memory (Linux counts the forked parent's pages
before the exec), and RUSAGE_CHILDREN gives only the maximum over every child so far.

    python benchmarks/measure.py RESULT.json -- COMMAND ...     (what run_measured runs)
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mib: float | None  # None where the platform gives no per-child rusage
    stdout: str
    failed: str  # '' when it exited 0, else why (exit code or timeout) and the stderr tail


def run_measured(command: list[str], env: dict[str, str] | None = None, timeout: float = 900) -> Measured:
    """Run ``command`` through the timing process; stdout and stderr go to temporary files, so no
    pipe can fill and block it. On timeout the whole process group is ended."""
    with tempfile.TemporaryDirectory(prefix="measure-") as tmp:
        result = Path(tmp) / "result.json"
        out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"
        with out_path.open("w") as out, err_path.open("w") as err:
            proc = subprocess.Popen([sys.executable, __file__, str(result), "--", *command], stdout=out, stderr=err,
                                    env=env, start_new_session=hasattr(os, "killpg"))
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                _end(proc)
                return Measured(timeout, None, "", f"timed out after {timeout:.0f} s")
        stdout = out_path.read_text(encoding="utf-8", errors="replace")
        stderr = err_path.read_text(encoding="utf-8", errors="replace")
        if not result.exists():
            return Measured(0.0, None, stdout, f"the timing process failed: {stderr[-1500:]}")
        done = json.loads(result.read_text(encoding="utf-8"))
    failed = "" if done["code"] == 0 else f"exit {done['code']}: {stderr[-1500:]}"
    return Measured(done["seconds"], done["peak_mib"], stdout, failed)


def _end(proc: subprocess.Popen) -> None:
    if hasattr(os, "killpg"):
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.kill()
    proc.wait()


def _time_child(result: str, command: list[str]) -> None:
    """The timing process: run ``command`` (inheriting stdout and stderr), write what it cost."""
    start = time.perf_counter()
    proc = subprocess.Popen(command)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
        peak: float | None = usage.ru_maxrss * scale / 2**20
    else:  # Windows: no per-child rusage
        code, peak = proc.wait(), None
    seconds = time.perf_counter() - start
    Path(result).write_text(json.dumps({"seconds": seconds, "peak_mib": peak, "code": code}), encoding="utf-8")


if __name__ == "__main__":
    _time_child(sys.argv[1], sys.argv[3:])
