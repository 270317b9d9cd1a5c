"""Cost of a score package round trip at a realistic size, against typing the same scores in.

One event of 200 contestants, 3 criteria, a panel of 20 judges (600 scores per judge, one
package each). Measures: export on a laptop, verify only (signature + parse), the first merge of
all 20 packages, and a re-merge of the same 20 (already merged: recognised by their digest and
skipped), and compares one judge's first merge with recording the same 600 scores by
``record_scores`` in one transaction. ``run_all.py`` prints the merge and re-merge as a line.

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
JUDGES = [f"J{i}" for i in range(1, 21)]
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
    db.add_judge("O0", db.actor, role="organiser", pin="bench-pass-2026")  # the first registered: an organiser
    for judge in JUDGES:
        db.add_judge(judge, judge)
    return db


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - start) * 1000


def _values(judge: str, rng: random.Random) -> list[tuple[tuple[str, str, str, str], Decimal]]:
    return [(("电工", code, crit, judge), Decimal(rng.randint(0, 60)) / 2) for code in CODES for crit in ("P1", "P2", "P3")]


def run(folder: Path) -> dict[str, float]:
    """Times in ms: export, verify, first merge of one package, merge of all 20, re-merge of
    the 20, the same 600 scores typed in; and the package's size."""
    rng = random.Random(1)
    with organiser(folder / "org.judge") as db:
        kits = {judge: db.make_kit(judge) for judge in JUDGES}
    packages = []
    for judge, kit in kits.items():
        with ContestDB.from_kit(kit, folder / f"laptop-{judge}.judge") as laptop:
            laptop.record_scores([(*cell, v) for cell, v in _values(judge, rng)])
            (_, data), export_ms = timed(laptop.export_package)
        packages.append(data)
    key = read_kit(kits[JUDGES[0]]).key
    _, verify_ms = timed(lambda: read_package(packages[0], lambda body: key))
    with ContestDB.open(folder / "org.judge", actor="bench") as db:
        _, first_ms = timed(lambda: db.merge_package(packages[0]))
        _, rest_ms = timed(lambda: [db.merge_package(data) for data in packages[1:]])
        _, again_ms = timed(lambda: [db.merge_package(data) for data in packages])
    with organiser(folder / "typed.judge") as db:
        values = _values(JUDGES[0], random.Random(1))
        _, typed_ms = timed(lambda: db.record_scores([(*cell, v) for cell, v in values]))
    return {"export": export_ms, "verify": verify_ms, "merge_one": first_ms, "merge_all": first_ms + rest_ms,
            "remerge_all": again_ms, "typed": typed_ms, "kib": len(packages[0]) / 1024}


def main(folder: Path) -> None:
    t = run(folder)
    print(f"package: 600 scores, {t['kib']:.0f} KiB; {len(JUDGES)} packages")
    print(f"export {t['export']:.0f} ms · verify {t['verify']:.0f} ms · first merge {t['merge_one']:.0f} ms · "
          f"typed in one transaction {t['typed']:.0f} ms (ratio {t['merge_one'] / t['typed']:.2f})")
    print(f"merge of {len(JUDGES)} packages {t['merge_all']:.0f} ms · re-merge of the same {t['remerge_all']:.0f} ms"
          f" ({t['remerge_all'] / t['merge_all']:.1%} of the first)")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp))
