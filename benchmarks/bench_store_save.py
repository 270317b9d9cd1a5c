"""Cost of saving one score: ContestDB.record_score vs a bare sqlite3 upsert + commit.

Both run interleaved on the same disk (a temporary folder, or the folder given as the first argument) with WAL
and synchronous=FULL, 1000 saves each. Prints median and p99 in milliseconds and their ratio.

    .venv/bin/python benchmarks/bench_store_save.py [FOLDER]
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from judge_app.core.entries import Entry
from judge_app.store import ContestDB

N = 1000
SCHEME = {
    "format": "judge_app.scheme/1",
    "contest": {"name": "基准", "date": "2026-11-25"},
    "events": [{
        "id": "电工", "name": "电工",
        "sections": [{"id": "practical", "name": "实际操作", "max": "100", "weight": "100", "rule": "trimmed",
                      "judges": ["J1", "J2", "J3", "J4", "J5"],
                      "criteria": [{"id": "P1", "name": "接线工艺", "max": "100", "step": "0.5"}]}],
    }],
}


def value(i: int) -> Decimal:
    return Decimal(i % 200) / 2  # changes every call, so no save is skipped as unchanged


def save_with_store(db: ContestDB, i: int) -> None:
    db.record_score("电工", f"C{i % 30 + 1:02}", "P1", f"J{i % 5 + 1}", value(i))


def save_bare(conn: sqlite3.Connection, i: int) -> None:
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO scores VALUES (?, 'P1', ?, ?)"
        " ON CONFLICT (code, criterion, judge) DO UPDATE SET value = excluded.value",
        (f"C{i % 30 + 1:02}", f"J{i % 5 + 1}", format(value(i), "f")),
    )
    conn.execute("COMMIT")


def open_bare(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE scores (code TEXT, criterion TEXT, judge TEXT, value TEXT,"
        " PRIMARY KEY (code, criterion, judge))"
    )
    return conn


def run(folder: Path) -> tuple[list[float], list[float]]:
    """Alternate the two kinds of save so both see the same disk conditions."""
    bare_times: list[float] = []
    store_times: list[float] = []
    conn = open_bare(folder / "bare.db")
    try:
        with ContestDB.create(folder / "bench.judge.db", actor="bench") as db:
            db.set_scheme(SCHEME)
            db.import_entries([Entry(code=f"C{i:02}", event="电工") for i in range(1, 31)], source="bench")
            for i in range(N):
                start = time.perf_counter()
                save_bare(conn, i)
                bare_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                save_with_store(db, i)
                store_times.append(time.perf_counter() - start)
    finally:
        conn.close()
    return bare_times, store_times


def p99(times: list[float]) -> float:
    return statistics.quantiles(times, n=100)[98]


def main() -> None:
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory(dir=base) as tmp:
        bare, store = run(Path(tmp))
    print(f"folder: {base or tempfile.gettempdir()}  ({N} saves each)")
    for label, times in (("bare sqlite3 upsert+commit", bare), ("ContestDB.record_score", store)):
        print(f"{label:27}: median {statistics.median(times) * 1000:.3f} ms   p99 {p99(times) * 1000:.3f} ms")
    print(f"{'ratio (median)':27}: {statistics.median(store) / statistics.median(bare):.2f}x")


if __name__ == "__main__":
    main()
