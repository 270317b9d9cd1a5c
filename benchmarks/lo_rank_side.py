"""The LibreOffice side of bench_rank.py; runs under the SYSTEM python3 (Python-UNO), not the venv.

    /usr/bin/python3 benchmarks/lo_rank_side.py JOBS.json

Starts a headless soffice with a throw-away profile and, for each job (a workbook, its input and
result sheets, its edits), opens the workbook and for each edit (input row, judge column, value,
result row) sets the judge's cell, calls ``calculate()`` and reads the contestant's total and rank
back, as a clerk's spreadsheet does after typing one score; after the last edit it reads every
contestant's total and rank. Prints one JSON line: per job the per-edit times in seconds and the
totals and ranks; and LibreOffice's version.
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


def run_job(desktop, job: dict) -> dict:
    """One workbook: the timed edits, then every contestant's total and rank."""
    doc = desktop.loadComponentFromURL(Path(job["workbook"]).resolve().as_uri(), "_blank", 0,
                                       (prop("Hidden", True),))
    try:
        doc.calculateAll()
        doc.enableAutomaticCalculation(False)  # recalculate only when asked, as the benchmark times it
        scores = doc.Sheets.getByName(job["input"])
        results = doc.Sheets.getByName(job["output"])
        total_col = job["total_col"]
        times = []
        for row, col, value, result_row in job["edits"]:
            start = time.perf_counter()
            scores.getCellByPosition(col, row).setValue(value)
            doc.calculate()
            results.getCellByPosition(total_col, result_row).getValue()
            results.getCellByPosition(total_col + 1, result_row).getValue()
            times.append(time.perf_counter() - start)
        first = job["first_row"]
        block = results.getCellRangeByPosition(total_col, first, total_col + 1, first + job["rows"] - 1).getDataArray()
        return {"times": times, "totals": [r[0] for r in block], "ranks": [r[1] for r in block]}
    finally:
        doc.close(True)


def main(jobs_file: str) -> None:
    jobs = json.loads(Path(jobs_file).read_text(encoding="utf-8"))
    profile = tempfile.mkdtemp(prefix="lo-bench-profile-")
    pipe = f"judgebench{os.getpid()}"
    soffice = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={Path(profile).as_uri()}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe, time.monotonic() + 90)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        books = [run_job(desktop, job) for job in jobs]
        print(json.dumps({"books": books, "version": soffice_version()}))
    finally:
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
