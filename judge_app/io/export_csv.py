"""CSV export in UTF-8 with BOM (Excel and WPS then open Chinese correctly): one file per event,
a 组别 column first, numbers written exactly as the core's Decimals."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

from judge_app.core.results import EventResult
from judge_app.core.scheme import Event
from judge_app.files import atomic_output
from judge_app.io.cell_text import safe_cell
from judge_app.core.rounds import SeasonResult
from judge_app.io.export_rows import NOTHING_CARRIED, Carried, Table, event_table, season_rows, text

ENCODING = "utf-8-sig"  # writes the BOM


def write_csv(path: str | Path, event: Event, result: EventResult, kind: str = "results",
              carried: Carried = NOTHING_CARRIED) -> Path:
    """Write the ``kind`` table (results / awards) of every group of ``event`` (with the carried
    rounds' columns of a final)."""
    path = Path(path)
    with atomic_output(path) as partial, partial.open("w", encoding=ENCODING, newline="") as handle:
        write_table(handle, event_table(kind, event, result, carried))
    return path


def write_season_csv(path: str | Path, standing: SeasonResult) -> Path:
    """Write a season's sheet (every group, a 组别 column first)."""
    path = Path(path)
    with atomic_output(path) as partial, partial.open("w", encoding=ENCODING, newline="") as handle:
        write_table(handle, season_rows(standing))
    return path


def write_table(handle: TextIO, table: Table, *, lineterminator: str = "\r\n") -> None:
    """``table`` as CSV into ``handle``: the headers, then the rows (numbers exactly as the core's
    Decimals, text made safe to open in a spreadsheet)."""
    writer = csv.writer(handle, lineterminator=lineterminator)
    writer.writerow(safe_cell(cell) for cell in table.headers)
    for row in table.rows:
        writer.writerow(text(safe_cell(cell)) for cell in row)
