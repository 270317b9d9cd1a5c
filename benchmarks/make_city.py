"""Write a city-scale contest file: 30 events × 8,000 entries in all × 9-judge panels × 60 criteria.

The full size is about 4.3 M scores (each with its audit entry, as the app stores it). ``--scale``
divides the events and keeps each event full size (266 entries × 9 × 60 = 143,640 scores): ``--scale
8`` is 4 events, 1,064 entries, 574,560 scores, for quick runs and a shared machine; ranking one
event is then measured at its real size, the whole contest at 1/8 (``--entries`` changes the event's
size, for growth figures). Scores are stored with the app's own ``ContestDB.record_scores`` (checks, upserts,
audit chain) in one transaction per event; values are realistic: each judge within ±0.5 of the
entry's level on a criterion, so the panel spreads are small and a few totals tie.

    .venv/bin/python benchmarks/make_city.py OUT.judge [--scale 8] [--entries 266]

Also importable: :func:`make_city` returns the file; :func:`score_rows` gives the same rows as a
long table (event, code, criterion, judge, value) for pandas.
"""

from __future__ import annotations

import argparse
import random
import time
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from judge_app.core.entries import Entry
from judge_app.store import ContestDB

ENTRIES, EVENTS, JUDGES, CRITERIA, SECTIONS = 8000, 30, 9, 60, 4
ACTOR, PIN = "bench", "bench-pass-2026"


def judges() -> list[str]:
    return [f"J{j}" for j in range(1, JUDGES + 1)]


def event_ids(events: int) -> list[str]:
    return [f"E{e:02d}" for e in range(1, events + 1)]


def scheme(events: int) -> dict:
    """Each event: 4 sections of 15 judgement criteria (max 10, step 0.5), trimmed mean
    (去掉一个最高分和一个最低分), weights 40/30/20/10, two decimals, key criteria as tie-break."""
    per = CRITERIA // SECTIONS
    weights = ["40", "30", "20", "10"]
    sections = [
        {"id": f"S{s + 1}", "name": f"模块{s + 1}", "max": str(10 * per), "weight": weights[s], "rule": "trimmed",
         "judges": judges(),
         "criteria": [{"id": f"C{s * per + c + 1:02d}", "name": f"评分项{s * per + c + 1}", "max": "10",
                       "step": "0.5", "kind": "judgement"} for c in range(per)]}
        for s in range(SECTIONS)
    ]
    return {"format": "judge_app.scheme/1", "contest": {"name": "城市职工技能大赛", "date": "2026-11-25"},
            "events": [{"id": ev, "name": f"赛项{ev}", "decimals": 2, "rounding": "half_up",
                        "key_criteria": ["C01"], "tie_breaks": ["heaviest_section", "key_criteria"],
                        "awards": {"tiers": [{"name": "一等奖", "count": 3}, {"name": "二等奖", "count": 6}]},
                        "sections": sections} for ev in event_ids(events)]}


PER_EVENT = ENTRIES // EVENTS  # 266


def events_at(scale: int) -> int:
    """Events of the file at 1/``scale`` of the city's size."""
    return max(1, round(EVENTS / scale))


def codes(n: int) -> list[str]:
    return [f"A{i:05d}" for i in range(1, n + 1)]


def score_rows(events: int, seed: int = 1, entries: int = PER_EVENT) -> Iterator[tuple[str, str, str, str, Decimal]]:
    """Every (event, code, criterion, judge, value) the file holds, in the order it is written."""
    rng = random.Random(seed)
    halves = [Decimal(h) / 2 for h in range(21)]
    crits = [f"C{c:02d}" for c in range(1, CRITERIA + 1)]
    for ev in event_ids(events):
        for code in codes(entries):
            for crit in crits:
                level = rng.randint(8, 19)
                for judge in judges():
                    yield ev, code, crit, judge, halves[level + rng.choice((-1, 0, 0, 1))]


def make_city(path: Path, events: int, entries: int = PER_EVENT) -> Path:
    """Create the contest file of ``events`` events of ``entries`` entries each at ``path``
    (replaced if it exists)."""
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    n = entries
    with ContestDB.create(path, actor=ACTOR, name="城市职工技能大赛") as db:
        db.set_scheme(scheme(events))
        db.import_entries([Entry(code=c, event=ev) for ev in event_ids(events) for c in codes(n)], source="bench")
        db.add_judge("O0", ACTOR, role="organiser", pin=PIN)
        for judge in judges():
            db.add_judge(judge, judge)
        batch: list[tuple[str, str, str, str, Decimal]] = []
        for row in score_rows(events, entries=n):
            batch.append(row)
            if len(batch) == n * CRITERIA * JUDGES:  # one event
                db.record_scores(batch)
                batch = []
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=8, help="divide the 30 events by this (1: full size)")
    parser.add_argument("--entries", type=int, default=PER_EVENT, help="entries per event (the city's: 266)")
    args = parser.parse_args()
    start = time.perf_counter()
    events = events_at(args.scale)
    n = args.entries
    make_city(args.out, events, n)
    print(f"{args.out}: {events} events × {n} entries × {JUDGES} judges × {CRITERIA} criteria = "
          f"{events * n * JUDGES * CRITERIA:,} scores, {args.out.stat().st_size / 2**20:.0f} MiB, "
          f"{time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
