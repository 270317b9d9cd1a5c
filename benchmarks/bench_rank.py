"""Ranking speed against what organisers would use instead.

(a) Re-rank after one edit, 200 contestants × 7 judges × 40 criteria (4 sections of 10):
    LiveEvent.set_score vs LibreOffice Calc driven through Python-UNO on an equivalent workbook
    (criterion = (SUM−MAX−MIN)/5, section = ROUND(SUMIFS(...), 2), total = ROUND(weighted sum, 2),
    RANK): set one judge cell, ``calculate()``, read the total and rank back. Goals: < 1 ms and
    ≥ 100× faster. Both sides make the same edits; the last total and rank must agree.
The whole-contest ranking against pandas is bench_city_rank.py (the app's own commands).

Python-UNO only works with the system python3, so the LibreOffice side (lo_rank_side.py) runs as
a subprocess of /usr/bin/python3 with a headless soffice. Without it the line is skipped and the
Debian packages to install are named.

    .venv/bin/python benchmarks/bench_rank.py
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from judge_app.core.entries import Entry, EventInputs
from judge_app.core.live import LiveEvent
from judge_app.core.scheme import Event
from judge_app.core.scheme_json import contest_from_dict

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
LO_PACKAGES = "libreoffice-calc-nogui python3-uno"  # Debian 12; libreoffice-calc works as well
JUDGES = tuple(f"J{j}" for j in range(1, 8))
SECTIONS, PER_SECTION = 4, 10  # 40 criteria of max 10, step 0.5: each section max 100, weight 25
EDITS = 200  # LiveEvent edits timed
LO_EDITS = 15  # LibreOffice edits timed (each one recalculates for about a second)


@dataclass(frozen=True)
class Timing:
    """One benchmark line: our time vs the alternative's (seconds), or why the alternative is skipped."""

    name: str
    ours: float
    theirs: float | None
    goal: str
    ok: bool
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if self.theirs is None else self.theirs / self.ours


def scheme() -> dict:
    sections = [
        {"id": f"S{s + 1}", "name": f"模块{s + 1}", "max": "100", "weight": "25", "rule": "trimmed",
         "judges": list(JUDGES),
         "criteria": [{"id": f"C{s * PER_SECTION + c + 1:02}", "name": f"评分项{s * PER_SECTION + c + 1}",
                       "max": "10", "step": "0.5", "kind": "judgement"} for c in range(PER_SECTION)]}
        for s in range(SECTIONS)
    ]
    return {"format": "judge_app.scheme/1", "contest": {"name": "基准赛", "date": "2026-11-25"},
            "events": [{"id": "电工", "name": "电工", "decimals": 2, "rounding": "half_up", "tie_breaks": [],
                        "sections": sections}]}


def the_event() -> Event:
    return contest_from_dict(scheme()).event("电工")


def criteria(event: Event) -> list[str]:
    return [c.id for s in event.sections for c in s.criteria]


def random_inputs(event: Event, n: int, rng: random.Random) -> EventInputs:
    inputs = EventInputs(entries=[Entry(code=f"A{i:04}", event=event.id) for i in range(n)])
    for entry in inputs.entries:
        for crit in criteria(event):
            for judge in JUDGES:
                inputs.add_score(entry.code, crit, judge, Decimal(rng.randint(8, 20)) / 2)
    return inputs


def random_edits(n: int, count: int, rng: random.Random) -> list[tuple[int, int, int, Decimal]]:
    """(entry index, criterion index, judge index, new value) edits."""
    return [(rng.randrange(n), rng.randrange(SECTIONS * PER_SECTION), rng.randrange(len(JUDGES)),
             Decimal(rng.randint(0, 20)) / 2) for _ in range(count)]


# -- (a) re-rank after one edit -------------------------------------------------------------------


def time_live(event: Event, inputs: EventInputs, edits) -> tuple[list[float], tuple[Decimal, int]]:
    live = LiveEvent(event, inputs)
    crits = criteria(event)
    times: list[float] = []
    row = None
    for entry, crit, judge, value in edits:
        code = inputs.entries[entry].code
        start = time.perf_counter()
        row = live.set_score(code, crits[crit], JUDGES[judge], value).row(code)
        times.append(time.perf_counter() - start)
    assert row is not None and row.total is not None and row.rank is not None
    return times, (row.total, row.rank)


def write_workbook(path: Path, event: Event, inputs: EventInputs) -> None:
    """The clerk's spreadsheet: one row per (contestant, criterion) with the 7 judges' values and
    the trimmed mean; one row per contestant with SUMIFS per section, the rounded total and RANK."""
    import openpyxl

    crits = criteria(event)
    n = len(inputs.entries)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "scores"
    ws.append(["code", "section", "criterion", *JUDGES, "score"])
    last_scores = 1 + n * len(crits)
    for entry in inputs.entries:
        for c, crit in enumerate(crits):
            r = ws.max_row + 1
            values = [float(inputs.scores[entry.code][crit][j]) for j in JUDGES]
            ws.append([entry.code, f"S{c // PER_SECTION + 1}", crit, *values,
                       f"=(SUM(D{r}:J{r})-MAX(D{r}:J{r})-MIN(D{r}:J{r}))/5"])
    totals = wb.create_sheet("totals")
    totals.append(["code", *(f"S{s + 1}" for s in range(SECTIONS)), "total", "rank"])
    for i, entry in enumerate(inputs.entries):
        r = i + 2
        sections = [f"=ROUND(SUMIFS(scores!$K$2:$K${last_scores},scores!$A$2:$A${last_scores},$A{r},"
                    f"scores!$B$2:$B${last_scores},\"S{s + 1}\"),2)" for s in range(SECTIONS)]
        weighted = "+".join(f"{col}{r}*25/100" for col in "BCDE")
        totals.append([entry.code, *sections, f"=ROUND({weighted},2)", f"=RANK(F{r},$F$2:$F${n + 1})"])
    wb.save(path)


def libreoffice_missing() -> str:
    """Why the LibreOffice side cannot run here ('' when it can)."""
    if not Path(SYSTEM_PYTHON).exists():
        return f"no {SYSTEM_PYTHON}"
    if shutil.which("soffice") is None:
        return f"LibreOffice not installed: sudo apt-get install {LO_PACKAGES}"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False)
    if probe.returncode != 0:
        return f"Python-UNO missing: sudo apt-get install {LO_PACKAGES}"
    return ""


def time_libreoffice(folder: Path, event: Event, inputs: EventInputs, edits) -> dict:
    book = folder / "ranking.xlsx"
    write_workbook(book, event, inputs)
    cells = [(1 + e * SECTIONS * PER_SECTION + c, 3 + j, float(v), e + 1, 5, 6) for e, c, j, v in edits]
    edits_file = folder / "edits.json"
    edits_file.write_text(json.dumps(cells), encoding="utf-8")
    done = subprocess.run([SYSTEM_PYTHON, str(HERE / "lo_rank_side.py"), str(book), str(edits_file)],
                          capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"LibreOffice side failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_edit(rng: random.Random, with_libreoffice: bool = True, entries: int = 200) -> Timing:
    event = the_event()
    inputs = random_inputs(event, entries, rng)
    edits = random_edits(entries, EDITS, rng)
    times, _ = time_live(event, inputs, edits)
    ours = statistics.median(times)
    name = f"re-rank after one edit ({entries}×7×40) vs LibreOffice"
    missing = libreoffice_missing() if with_libreoffice else "not asked for (--quick)"
    if missing:
        return Timing(name, ours, None, "< 1 ms, ≥ 100×", ours < 1e-3, f"LibreOffice skipped: {missing}")
    edits = edits[:LO_EDITS]
    _, (total, rank) = time_live(event, inputs, edits)  # the state LibreOffice ends in
    with tempfile.TemporaryDirectory() as tmp:
        lo = time_libreoffice(Path(tmp), event, inputs, edits)
    theirs = statistics.median(lo["times"])
    lo_total = Decimal(str(lo["total"])).quantize(Decimal("0.01"), ROUND_HALF_UP)
    agree = lo_total == total and int(lo["rank"]) == rank
    note = f"{lo['version']}; last edit: total {total} rank {rank} in both" if agree else (
        f"MISMATCH: ours {total}/{rank}, LibreOffice {lo['total']}/{lo['rank']}")
    return Timing(name, ours, theirs, "< 1 ms, ≥ 100×", agree and ours < 1e-3 and theirs / ours >= 100, note)


def measure() -> list[Timing]:
    return [bench_edit(random.Random(2026))]


def main() -> None:
    for t in measure():
        ratio = "" if t.ratio is None else f"  ratio {t.ratio:,.1f}×"
        theirs = "skipped" if t.theirs is None else f"{t.theirs * 1000:.3f} ms"
        print(f"{t.name}: ours {t.ours * 1000:.3f} ms, theirs {theirs}{ratio}  goal {t.goal}"
              f" [{'OK' if t.ok else 'MISSED'}]  {t.note}")


if __name__ == "__main__":
    sys.exit(main())
