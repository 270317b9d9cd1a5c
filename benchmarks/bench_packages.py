"""Cost of a score package round trip at a realistic size, against typing the same scores in.

One event of 200 contestants, 3 criteria, a panel of 5 judges (600 scores per judge). Measures:
export on the laptop, verify only (signature + parse), the first merge, and a repeated merge
(the same package again: no change), and compares one judge's first merge with recording the
same 600 scores by ``record_scores`` in one transaction.

    .venv/bin/python benchmarks/bench_packages.py [FOLDER]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from judge_app.core.entries import Entry
from judge_app.core.package_format import read_kit, read_package
from judge_app.store import ContestDB

CODES = [f"A{i:03d}" for i in range(1, 201)]
JUDGES = ["J1", "J2", "J3", "J4", "J5"]
SCHEME = {
    "format": "judge_app.scheme/1",
    "contest": {"name": "基准", "date": "2026-11-25"},
    "events": [{
        "id": "电工", "name": "电工",
        "sections": [{"id": "practical", "name": "实际操作", "max": "90", "weight": "100", "rule": "trimmed",
                      "judges": JUDGES,
                      "criteria": [{"id": c, "name": c, "max": "30", "step": "0.5"} for c in ("P1", "P2", "P3")]}],
    }],
}


def organiser(path: Path) -> ContestDB:
    db = ContestDB.create(path, actor="bench", name="基准")
    db.set_scheme(SCHEME)
    db.import_entries([Entry(code=c, event="电工") for c in CODES], source="bench")
    for judge in JUDGES:
        db.add_judge(judge, judge)
    return db


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - start) * 1000


def main(folder: Path) -> None:
    rng = random.Random(1)
    values = [(("电工", code, crit, "J1"), Decimal(rng.randint(0, 60)) / 2) for code in CODES for crit in ("P1", "P2", "P3")]
    with organiser(folder / "org.judge") as db:
        kit = db.make_kit("J1")
    with ContestDB.from_kit(kit, folder / "laptop.judge") as laptop:
        laptop.record_scores([(*cell, v) for cell, v in values])
        (_, data), export_ms = timed(laptop.export_package)
    key = read_kit(kit).key
    _, verify_ms = timed(lambda: read_package(data, lambda body: key))
    with ContestDB.open(folder / "org.judge", actor="bench") as db:
        _, merge_ms = timed(lambda: db.merge_package(data))
        _, again_ms = timed(lambda: db.merge_package(data))
    with organiser(folder / "typed.judge") as db:
        _, typed_ms = timed(lambda: db.record_scores([(*cell, v) for cell, v in values]))
    print(f"package: {len(values)} scores, {len(data) / 1024:.0f} KiB")
    print(f"export {export_ms:.0f} ms · verify {verify_ms:.0f} ms · first merge {merge_ms:.0f} ms · "
          f"repeat merge {again_ms:.0f} ms · typed in one transaction {typed_ms:.0f} ms")
    print(f"ratio first merge / typed: {merge_ms / typed_ms:.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp))
