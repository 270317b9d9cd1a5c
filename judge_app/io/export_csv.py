"""CSV export in UTF-8 with BOM (Excel and WPS then open Chinese correctly): one file per event,
a 组别 column first, numbers written exactly as the core's Decimals."""

from __future__ import annotations

import csv
from pathlib import Path

from judge_app.core.results import EventResult, GroupResult
from judge_app.core.scheme import Event
from judge_app.io.export_rows import NOTHING_CARRIED, Carried, group_table, text

ENCODING = "utf-8-sig"  # writes the BOM


def write_csv(path: str | Path, event: Event, result: EventResult, kind: str = "results",
              carried: Carried = NOTHING_CARRIED) -> Path:
    """Write the ``kind`` table (results / awards) of every group of ``event`` (with the carried
    rounds' columns of a final)."""
    path = Path(path)
    with path.open("w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        empty = GroupResult(event.id, "", ())
        writer.writerow(("组别", *group_table(kind, event, empty, carried).headers))
        for group in result.groups:
            for row in group_table(kind, event, group, carried).rows:
                writer.writerow((group.group, *(text(cell) for cell in row)))
    return path
