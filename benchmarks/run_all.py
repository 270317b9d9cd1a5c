"""Every benchmark in one run, printed as ONE table of ratios (Markdown) with the machine it ran on.

    bash run.sh bench          (installs what is missing, incl. LibreOffice for the comparison)
    .venv/bin/python benchmarks/run_all.py [--quick]

Absolute times vary from machine to machine; the ratios are measured side by side in the same
run. ``--quick`` skips the LibreOffice comparison, the start-up benchmark and the whole city file
and measures the growth figures once (for a smoke run); ``--no-city`` skips only the city file.
A comparison tool that is missing is named (Debian package) and its line skipped.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_city_rank  # noqa: E402
import bench_growth  # noqa: E402
import bench_packages  # noqa: E402
import bench_rank  # noqa: E402
import bench_result_pdf  # noqa: E402
import bench_roster_import  # noqa: E402
import bench_store_save  # noqa: E402


@dataclass(frozen=True)
class Row:
    name: str
    ours: str
    theirs: str  # what it is compared with, and its time
    ratio: str
    goal: str
    ok: bool | None  # None: nothing to judge (skipped)
    note: str = ""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.3f} ms" if seconds < 0.1 else f"{seconds:,.2f} s"


EDIT_SIZES = (200, 500, 2000)  # re-rank after one edit; LibreOffice at the first two
LO_SIZES = (200, 500)


def rank_rows(quick: bool) -> list[Row]:
    """LiveEvent.set_score at each size; against LibreOffice's SUMIFS and direct-range workbooks
    at LO_SIZES (one line each)."""
    rows = []
    for entries in EDIT_SIZES:
        lines = bench_rank.bench_edit(random.Random(2026), with_libreoffice=entries in LO_SIZES and not quick,
                                      entries=entries)
        for t in lines:
            if t.theirs is None:
                compared = "—" if entries not in LO_SIZES else t.note
                rows.append(Row(f"re-rank after one edit, {entries:,}×7×40 (median)", ms(t.ours), compared, "—",
                                "< 1 ms" if entries <= 500 else "—", t.ours < 1e-3 if entries <= 500 else None))
                continue
            kind = t.name.split(", ")[-1]  # "SUMIFS workbook" / "direct ranges workbook"
            rows.append(Row(f"re-rank after one edit, {entries:,}×7×40 (median) vs LibreOffice, {kind}", ms(t.ours),
                            f"LibreOffice Calc (UNO) {ms(t.theirs)}", f"{t.ratio:,.0f}× faster", "< 1 ms and ≥ 100×",
                            t.ok, t.note))
    return rows


def city_rows(scale: int) -> list[Row]:
    """judge-app rank (one event) and export csv (every event) on the city file, vs pandas."""
    with tempfile.TemporaryDirectory() as tmp:
        t = bench_city_rank.run(Path(tmp), scale=scale, runs=3)
    med = statistics.median
    size = f"1/{scale} city: {t.events} events, {t.scores:,} scores"
    rows = []
    for name, ours, theirs, goal in (
        (f"judge-app rank, one event of 266×9×60 ({size}; median of 3, new process)", t.one, t.one_pandas, 1.0),
        (f"judge-app export csv, every event ({size}; median of 3)", t.every, t.every_pandas, 5.0 / scale),
    ):
        compared = f"pandas on the same rows {ms(med(theirs))}" if theirs else "pandas: pip install pandas"
        ratio = f"{med(theirs) / med(ours):.2f}× pandas' speed" if theirs else "—"
        met = med(ours) < goal and (theirs is None or med(theirs) / med(ours) >= 4)
        rows.append(Row(name, ms(med(ours)), compared, ratio, f"< {goal:g} s and ≥ 4× pandas", met,
                        t.agree or "both rank the same entry first with the same total"))
    return rows


def growth_rows(quick: bool, city: bool) -> list[Row]:
    """bench_growth.py: open, rank, export csv, audit verify, import roster at 1×, 4×, 16× (and on
    the whole city file when ``city``), each with its peak RSS."""
    with tempfile.TemporaryDirectory(prefix="growth-") as tmp:
        points, note = bench_growth.run(Path(tmp), runs=1 if quick else 3, city=city)
    return [Row(*line) for line in bench_growth.table_lines(points, note)]


def store_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        bare, store = bench_store_save.run(Path(tmp))
    med_b, med_s = statistics.median(bare), statistics.median(store)
    p99_b, p99_s = bench_store_save.p99(bare), bench_store_save.p99(store)
    return [
        Row(f"durable score save + audit entry + anchor (median of {len(store)})", ms(med_s),
            f"bare SQLite upsert+commit, synchronous=FULL {ms(med_b)}", f"{med_s / med_b:.2f}× the bare commit",
            "≤ 2×", med_s / med_b <= 2),
        Row("durable score save (p99)", ms(p99_s), f"bare commit p99 {ms(p99_b)}", f"{p99_s / p99_b:.2f}×",
            "p99 < 10 ms", p99_s < 0.010),
    ]


def roster_row() -> Row:
    rows = 10_000
    with tempfile.TemporaryDirectory() as tmp:
        inline, shared = Path(tmp) / "inline.xlsx", Path(tmp) / "shared.xlsx"
        bench_roster_import.write_roster(inline, rows)
        bench_roster_import.to_shared_strings(inline, shared)
        ours, report = bench_roster_import.best_of(
            3, lambda: bench_roster_import.read_roster(shared, known_events=bench_roster_import.KNOWN))
        assert report.ok and len(report.entries) == rows
        try:
            import pandas
        except ImportError:
            return Row("10k-row roster import with validation", ms(ours), "pandas: pip install pandas", "—",
                       "< 3 s", ours < 3)
        theirs, _ = bench_roster_import.best_of(  # pandas' default xlsx engine in 3.1, named: it will change
            3, lambda: pandas.read_excel(shared, header=1, dtype=str, engine="openpyxl"))
    return Row("10k-row roster xlsx: read + full validation (best of 3)", ms(ours),
               f"pandas.read_excel, read only {ms(theirs)}", f"{theirs / ours:.2f}× pandas' speed", "< 3 s",
               ours < 3)


def pdf_row() -> Row:
    contest, event, group = bench_result_pdf.build_inputs(1000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "result.pdf"
        start = time.perf_counter()
        outcome = bench_result_pdf.build_result_sheet(path, contest, event, group, stage="draft")
        cold = time.perf_counter() - start
    return Row(f"1,000-row result sheet PDF ({outcome.pages} pages, first build incl. fonts)", ms(cold), "—", "—",
               "< 2 s", cold < 2)


_STARTUP_LINE = re.compile(r"^(minimal PySide6 window|judge_app [^\d]+?)\s+([\d.]+) s\s+peak RSS\s+([\d.]+) MiB")


def package_row() -> Row:
    """Merge of 20 judges' packages (600 scores each), then the same 20 merged again."""
    with tempfile.TemporaryDirectory() as tmp:
        t = bench_packages.run(Path(tmp))
    share = t["remerge_all"] / t["merge_all"]
    return Row("re-merge of 20 packages already merged (20 × 600 scores)", ms(t["remerge_all"] / 1000),
               f"their first merge {ms(t['merge_all'] / 1000)}", f"{share:.1%} of the first", "< 10%", share < 0.1)


_GUI_LINE = re.compile(r"commit → ranking updated: median ([\d.]+) ms")


GUI_SIZES = (200, 500, 2000)  # entries of the GUI commit → ranking event (× 7 judges × 40 criteria)


def gui_commit_rows(sizes: tuple[int, ...]) -> tuple[list[Row], str]:
    """bench_gui_commit.py in its own process per size (it sets Qt offscreen): a judge's commit →
    the ranking; its outputs too."""
    rows, outputs = [], []
    for entries in sizes:
        output, failed = run_with_timeout([sys.executable, str(HERE / "bench_gui_commit.py"), str(entries)],
                                          STARTUP_TIMEOUT)
        outputs.append(output)
        found = _GUI_LINE.search(output)
        name = f"GUI commit → ranking updated, {entries:,} entries × 7 × 40 (median of 60)"
        if failed or found is None:
            rows.append(Row(name, "—", f"failed: {failed or 'no result'} (output below)", "—", "< 16 ms", False))
            continue
        value = float(found.group(1))
        rows.append(Row(name, f"{value:.1f} ms", "—", "—", "< 16 ms", value < 16))
    return rows, "\n".join(outputs)


_RSS_LINE = re.compile(r"peak RSS with the (\d+)-entry event open: (\d+) MiB")
_FIRST_RANKING = re.compile(r"实时排名 first shown: ([\d.]+) s")
_SWITCH = re.compile(r"judge switch J1 → J2, grid loaded: ([\d.]+) s")


def gui_rss_row(entries: int = 2000) -> tuple[Row, str]:
    """bench_gui_rss.py in its own process: the GUI's peak RSS with an event of ``entries`` open
    as a judge, the chief judge and the scorer; the first ranking and a judge switch in the note."""
    output, failed = run_with_timeout([sys.executable, str(HERE / "bench_gui_rss.py"), str(entries)], STARTUP_TIMEOUT)
    name = f"GUI peak RSS, one event of {entries:,} entries × 7 × 40 open (judge, chief, scorer)"
    found = _RSS_LINE.search(output)
    if failed or found is None:
        return Row(name, "—", f"failed: {failed or 'no result'} (output below)", "—", "< 250 MB", False), output
    mib = int(found.group(2))
    first, switch = _FIRST_RANKING.search(output), _SWITCH.search(output)
    note = (f"实时排名 first shown {first.group(1) if first else '?'} s, "
            f"judge switch grid {switch.group(1) if switch else '?'} s")
    return Row(name, f"{mib} MiB", "—", "—", "< 250 MB", mib * 1.048576 < 250, note), output


def startup_rows(quick: bool) -> tuple[list[Row], str]:
    """Rows from bench_startup.py (cold start and memory) when it exists; its raw output too."""
    script = HERE / "bench_startup.py"
    goal = "≤ 2× minimal Qt; < 250 MB"
    if quick or not script.is_file():
        why = "--quick" if quick else "benchmarks/bench_startup.py not present"
        return [Row("cold start to main window; memory", "—", f"skipped ({why})", "—", goal, None)], ""
    output, failed = run_with_timeout([sys.executable, str(script), "--runs", "3"], STARTUP_TIMEOUT)
    found = {m.group(1).strip(): (float(m.group(2)), float(m.group(3)))
             for m in map(_STARTUP_LINE.match, output.splitlines()) if m}
    floor = found.pop("minimal PySide6 window", None)
    rows = []
    for name, (seconds, mib) in found.items() if floor is not None else ():
        rows.append(Row(f"cold start, {name} (median of 3)", ms(seconds), f"minimal PySide6 window {ms(floor[0])}",
                        f"{seconds / floor[0]:.2f}× the minimal window", "≤ 2×", seconds / floor[0] <= 2))
        rows.append(Row(f"memory, {name} with the demo open", f"{mib:.0f} MiB", f"minimal window {floor[1]:.0f} MiB",
                        f"{mib / floor[1]:.2f}×", "< 250 MB", mib < 250))
    not_built = next((line for line in output.splitlines() if line.startswith("(frozen folder not built")), "")
    if not_built:
        rows.append(Row("cold start, frozen folder", "—", "skipped: the frozen folder is not built"
                        " (`bash run.sh build` builds it)", "—", "≤ 2×", None, not_built.strip("()")))
    if failed or not rows:
        rows.append(Row("cold start: the rest of bench_startup.py", "—", f"failed: {failed or 'no result'}"
                        " (output below)", "—", goal, False))
    return rows, output


STARTUP_TIMEOUT = 300  # seconds for the whole start-up benchmark


def run_with_timeout(command: list[str], seconds: float) -> tuple[str, str]:
    """Run ``command`` in its own process group; (stdout + stderr tail, '' or why it failed).
    On timeout the whole group (the script and the app it started) is ended."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # Windows: no process groups here; end the script itself
            proc.kill()
        out, err = proc.communicate()
        return out + err[-2000:], f"timed out after {seconds:.0f} s"
    return out + err[-2000:], "" if proc.returncode == 0 else f"exit {proc.returncode}"


def machine() -> list[str]:
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or platform.machine())
    mem = next((line.split()[1] for line in _read("/proc/meminfo").splitlines() if line.startswith("MemTotal")), "")
    os_name = next((line.split("=", 1)[1].strip('"') for line in _read("/etc/os-release").splitlines()
                    if line.startswith("PRETTY_NAME=")), platform.platform())
    versions = []
    for module in ("numpy", "pandas", "sqlite3"):
        try:
            mod = __import__(module)
            versions.append(f"{module} {getattr(mod, 'sqlite_version', None) or mod.__version__}")
        except ImportError:
            pass
    return [
        f"CPU: {cpu}, {os.cpu_count()} logical cores",
        f"RAM: {int(mem) / 1024 / 1024:.1f} GiB" if mem else "RAM: ?",
        f"OS: {os_name} ({platform.release()})",
        f"Python: {platform.python_version()}; {', '.join(versions)}",
    ]


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip LibreOffice and start-up")
    parser.add_argument("--scale", type=int, default=8, help="the city file at 1/SCALE (events; 1: all 30)")
    parser.add_argument("--no-city", action="store_true",
                        help="skip the whole city file (30 events, 4.3 M scores, ~1.3 GB, ~3 min)")
    args = parser.parse_args()
    started, load_before = time.strftime("%Y-%m-%d %H:%M"), load()
    rows = rank_rows(args.quick) + city_rows(args.scale) + store_rows() + [roster_row(), pdf_row(), package_row()]
    rows += growth_rows(args.quick, city=not (args.quick or args.no_city))
    gui, gui_raw = gui_commit_rows(GUI_SIZES[:1] if args.quick else GUI_SIZES)
    rss, rss_raw = gui_rss_row()
    startup, raw = startup_rows(args.quick)
    rows += [*gui, rss, *startup]
    print(f"judge_app benchmarks, {started} (load average before: {load_before}, after: {load()})")
    for line in machine():
        print(f"- {line}")
    print()
    print("| benchmark | judge_app | compared with | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        verdict = ("—" if r.goal == "—" else "skipped") if r.ok is None else "yes" if r.ok else "**no**"
        print(f"| {r.name} | {r.ours} | {r.theirs} | {r.ratio} | {r.goal} | {verdict} |")
    print()
    for r in rows:
        if r.note:
            print(f"- {r.name}: {r.note}")
    if gui_raw:
        print("\nbench_gui_commit.py output:\n" + gui_raw.rstrip())
    if rss_raw:
        print("\nbench_gui_rss.py output:\n" + rss_raw.rstrip())
    if raw:
        print("\nbench_startup.py output:\n" + raw.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
