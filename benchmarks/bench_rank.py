"""Re-rank after one edit: ``LiveEvent.set_score`` against LibreOffice Calc on two workbooks.

200 (and 500) contestants × 7 judges × 40 criteria (4 sections of 10, trimmed mean). LibreOffice
Calc is driven through Python-UNO; automatic recalculation is off, and per edit the benchmark
sets the judge's cell, calls ``calculate()`` and reads the contestant's total and rank back, as a
clerk's spreadsheet does after typing one score. Two workbooks a clerk might write:

- **SUMIFS**: one row per contestant × criterion with the 7 judges' values and
  ``=(SUM−MAX−MIN)/5``; a totals sheet with ``ROUND(SUMIFS(…),2)`` per section over the whole
  score column, ``ROUND(weighted sum,2)`` and ``RANK``;
- **direct ranges**: one row per contestant with the 280 judges' values, per criterion
  ``=(SUM(B2:H2)-MAX(B2:H2)-MIN(B2:H2))/5``, per section ``=ROUND(SUM(…10 criteria…),2)``, the
  rounded weighted total and ``RANK`` over the total column: nothing but direct cell ranges.

Both sides make the same edits and must end with the same total and rank for every contestant.
Goals: < 1 ms and ≥ 100× faster than LibreOffice. The whole-contest ranking against pandas is
bench_city_rank.py (the app's own commands).

Python-UNO only works with the system python3, so the LibreOffice side (lo_rank_side.py) runs as
a subprocess of /usr/bin/python3 with a headless soffice. Without it the lines are skipped and the
Debian packages to install are named.

    .venv/bin/python benchmarks/bench_rank.py [ENTRIES ...]
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
from collections.abc import Callable
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


@dataclass(frozen=True)
class Book:
    """A workbook for LibreOffice and where its cells are (0-based rows and columns)."""

    kind: str
    path: Path
    edit_sheet: str  # where the judges' values are
    result_sheet: str  # one row per contestant from ``first_row``, rank in the column after the total
    first_row: int
    total_col: int
    cell: Callable[[int, int, int], tuple[int, int]]  # (entry, criterion, judge) → (row, column)


def _values(inputs: EventInputs, code: str, crit: str) -> list[float]:
    return [float(inputs.scores[code][crit][j]) for j in JUDGES]


def write_sumifs_workbook(path: Path, event: Event, inputs: EventInputs) -> Book:
    """One row per (contestant, criterion) with the 7 judges' values and the trimmed mean; one row
    per contestant with SUMIFS per section over the whole score column, the rounded total and RANK."""
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
            ws.append([entry.code, f"S{c // PER_SECTION + 1}", crit, *_values(inputs, entry.code, crit),
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
    per_entry = SECTIONS * PER_SECTION
    return Book("SUMIFS", path, "scores", "totals", 1, 1 + SECTIONS,
                lambda e, c, j: (1 + e * per_entry + c, 3 + j))


def write_direct_workbook(path: Path, event: Event, inputs: EventInputs) -> Book:
    """One row per contestant: the 7 judges' values of each of the 40 criteria side by side, then
    per criterion ``(SUM−MAX−MIN)/5`` of its 7 cells, per section ``ROUND(SUM(its 10 criteria),2)``,
    ``ROUND(weighted sum,2)`` and ``RANK``: direct cell ranges only, as a clerk types them."""
    import openpyxl
    from openpyxl.utils import get_column_letter as col

    crits = criteria(event)
    n, k = len(inputs.entries), len(JUDGES)
    first_crit = 2 + len(crits) * k  # 1-based column of the first criterion score
    first_section = first_crit + len(crits)
    total = first_section + SECTIONS
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "direct"
    ws.append(["code", *(f"{crit}/{j}" for crit in crits for j in JUDGES), *crits,
               *(f"S{s + 1}" for s in range(SECTIONS)), "total", "rank"])
    for i, entry in enumerate(inputs.entries):
        r = i + 2
        values = [v for crit in crits for v in _values(inputs, entry.code, crit)]
        marks = []
        for c in range(len(crits)):
            cells = f"{col(2 + c * k)}{r}:{col(1 + (c + 1) * k)}{r}"
            marks.append(f"=(SUM({cells})-MAX({cells})-MIN({cells}))/{k - 2}")
        sections = [f"=ROUND(SUM({col(first_crit + s * PER_SECTION)}{r}:"
                    f"{col(first_crit + (s + 1) * PER_SECTION - 1)}{r}),2)" for s in range(SECTIONS)]
        weighted = "+".join(f"{col(first_section + s)}{r}*25/100" for s in range(SECTIONS))
        ranked = f"${col(total)}$2:${col(total)}${n + 1}"
        ws.append([entry.code, *values, *marks, *sections, f"=ROUND({weighted},2)",
                   f"=RANK({col(total)}{r},{ranked})"])
    wb.save(path)
    return Book("direct ranges", path, "direct", "direct", 1, total - 1, lambda e, c, j: (1 + e, 1 + c * k + j))


WORKBOOKS = (write_sumifs_workbook, write_direct_workbook)


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


def time_libreoffice(books: list[Book], n: int, edits) -> dict:
    """Run lo_rank_side.py once (one soffice) over ``books``: per book the edit times and every
    contestant's total and rank after the edits; and LibreOffice's version."""
    jobs = [{"workbook": str(b.path), "input": b.edit_sheet, "output": b.result_sheet, "first_row": b.first_row,
             "rows": n, "total_col": b.total_col,
             "edits": [[*b.cell(e, c, j), float(v), b.first_row + e] for e, c, j, v in edits]} for b in books]
    jobs_file = books[0].path.with_name("jobs.json")
    jobs_file.write_text(json.dumps(jobs), encoding="utf-8")
    done = subprocess.run([SYSTEM_PYTHON, str(HERE / "lo_rank_side.py"), str(jobs_file)],
                          capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"LibreOffice side failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _disagreements(group, inputs: EventInputs, lo: dict) -> list[str]:
    """Contestants whose total or rank differ between LibreOffice and ``group`` (ours)."""
    wrong = []
    for entry, total, rank in zip(inputs.entries, lo["totals"], lo["ranks"]):
        row = group.row(entry.code)
        theirs = Decimal(str(total)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if (theirs, int(rank)) != (row.total, row.rank):
            wrong.append(f"{entry.code}: ours {row.total}/{row.rank}, LibreOffice {total}/{rank}")
    return wrong


def bench_edit(rng: random.Random, with_libreoffice: bool = True, entries: int = 200) -> list[Timing]:
    """Our median over EDITS edits; then, when LibreOffice is there, one line per workbook (the
    first LO_EDITS of the same edits on both sides, every contestant's total and rank compared)."""
    event = the_event()
    inputs = random_inputs(event, entries, rng)
    edits = random_edits(entries, EDITS, rng)
    times, _ = time_live(event, inputs, edits)
    ours = statistics.median(times)
    missing = libreoffice_missing() if with_libreoffice else "not asked for"
    if missing:
        return [Timing(f"re-rank after one edit ({entries}×7×40)", ours, None, "< 1 ms", ours < 1e-3,
                       f"LibreOffice skipped: {missing}")]
    edits = edits[:LO_EDITS]
    live = LiveEvent(event, inputs)
    crits = criteria(event)
    for e, c, j, v in edits:  # the state LibreOffice ends in
        group = live.set_score(inputs.entries[e].code, crits[c], JUDGES[j], v)
    with tempfile.TemporaryDirectory() as tmp:
        books = [write(Path(tmp) / f"{write.__name__}.xlsx", event, inputs) for write in WORKBOOKS]
        lo = time_libreoffice(books, entries, edits)
    lines = []
    for book, result in zip(books, lo["books"]):
        theirs = statistics.median(result["times"])
        wrong = _disagreements(group, inputs, result)
        note = (f"{lo['version']}: after {len(edits)} edits every contestant's total and rank equal in both"
                if not wrong else f"MISMATCH in {len(wrong)} of {entries}: " + "; ".join(wrong[:3]))
        lines.append(Timing(f"re-rank after one edit ({entries}×7×40) vs LibreOffice, {book.kind} workbook", ours,
                            theirs, "< 1 ms, ≥ 100×", not wrong and ours < 1e-3 and theirs / ours >= 100, note))
    return lines


def main(sizes: list[int]) -> None:
    for entries in sizes:
        for t in bench_edit(random.Random(2026), entries=entries):
            ratio = "" if t.ratio is None else f"  ratio {t.ratio:,.1f}×"
            theirs = "skipped" if t.theirs is None else f"{t.theirs * 1000:.3f} ms"
            print(f"{t.name}: ours {t.ours * 1000:.3f} ms, theirs {theirs}{ratio}  goal {t.goal}"
                  f" [{'OK' if t.ok else 'MISSED'}]  {t.note}")


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [200]))
