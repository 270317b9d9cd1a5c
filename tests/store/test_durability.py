"""A process killed at any moment loses no score it acknowledged, and leaves a sound file
whose audit chain and external anchor verify."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.store import ContestDB, verify_audit_file

from .child_record import operation

HERE = Path(__file__).parent
RUNS = 50  # kills at 50 random moments (issue 9)


def expected_after(acks: int) -> dict[tuple[str, str], Decimal]:
    """(code, judge) → value once operations 1..acks have been applied."""
    state: dict[tuple[str, str], Decimal] = {}
    for n in range(1, acks + 1):
        code, judge, value = operation(n)
        state[(code, judge)] = value
    return state


def kill_while_recording(path: Path, rng: random.Random) -> int:
    """Run the recording child, SIGKILL it at a random moment; return the last write it acknowledged."""
    target = rng.randint(1, 20)
    with subprocess.Popen(
        [sys.executable, str(HERE / "child_record.py"), str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        acked = 0
        for line in proc.stdout:
            acked = int(line.split()[1])
            if acked == target:
                break
        time.sleep(rng.uniform(0, 0.002))
        proc.kill()
        rest, errors = proc.stdout.read(), proc.stderr.read()
        proc.wait()
    assert acked == target, f"child stopped on its own: {errors}"
    whole_lines = rest.split("\n")[:-1]  # a line cut by the kill is not an acknowledgement
    return int(whole_lines[-1].split()[1]) if whole_lines else acked


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_every_acknowledged_score_survives_a_kill(contest: ContestDB, db_path: Path, tmp_path: Path) -> None:
    contest.close()
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    for run in range(RUNS):
        path = tmp_path / f"run{run}.judge.db"
        shutil.copy(db_path, path)
        acks = kill_while_recording(path, rng)
        assert integrity(path) == "ok"
        report = verify_audit_file(path)  # before any reopen: the anchor as the kill left it
        assert report.ok and not report.notes, (seed, run, report)
        with ContestDB.open(path, actor="检查") as db:
            stored = {(r.code, r.judge): r.value for r in db.scores()}
            # The write after the last ACK may or may not have committed; nothing else is allowed.
            assert stored in (expected_after(acks), expected_after(acks + 1)), f"seed {seed}, run {run}"
            assert db.verify_audit().ok, f"seed {seed}, run {run}"
