"""The LibreOffice side of bench_rank.py; runs under the SYSTEM python3 (Python-UNO), not the venv.

    /usr/bin/python3 benchmarks/lo_rank_side.py WORKBOOK.xlsx EDITS.json

Starts a headless soffice with a throw-away profile, opens the workbook, and for each edit
(sheet row, judge column, value, totals row) sets the judge's cell, calls ``calculate()`` and reads
the contestant's total and rank back, as a clerk's spreadsheet does after typing one score.
Prints one JSON line: the per-edit times in seconds and the last total and rank read.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]  # Debian: python3-uno
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe: str, deadline: float):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main(workbook: str, edits_file: str) -> None:
    edits = json.loads(Path(edits_file).read_text(encoding="utf-8"))
    profile = tempfile.mkdtemp(prefix="lo-bench-profile-")
    pipe = f"judgebench{os.getpid()}"
    soffice = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={Path(profile).as_uri()}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    doc = None
    try:
        ctx = connect(pipe, time.monotonic() + 90)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(Path(workbook).resolve().as_uri(), "_blank", 0, (prop("Hidden", True),))
        doc.calculateAll()
        doc.enableAutomaticCalculation(False)  # recalculate only when asked, as the benchmark times it
        scores = doc.Sheets.getByName("scores")
        totals = doc.Sheets.getByName("totals")
        times, total, rank = [], None, None
        for row, col, value, total_row, total_col, rank_col in edits:
            start = time.perf_counter()
            scores.getCellByPosition(col, row).setValue(value)
            doc.calculate()
            total = totals.getCellByPosition(total_col, total_row).getValue()
            rank = totals.getCellByPosition(rank_col, total_row).getValue()
            times.append(time.perf_counter() - start)
        print(json.dumps({"times": times, "total": total, "rank": rank,
                          "version": soffice_version()}))
    finally:
        if doc is not None:
            doc.close(True)
        try:
            soffice.terminate()
            soffice.wait(timeout=20)
        except subprocess.TimeoutExpired:
            soffice.kill()
            soffice.wait()
        shutil.rmtree(profile, ignore_errors=True)


def soffice_version() -> str:
    done = subprocess.run(["soffice", "--version"], capture_output=True, text=True, check=False)
    return " ".join(done.stdout.split()[:2])


if __name__ == "__main__":
    main(*sys.argv[1:])
