"""Self-test of an installed or frozen judge_app: ``judge_app --selftest`` / ``judge-app selftest``.

Run on a venue laptop after copying the folder, it answers "does the app work here?" in seconds:
the bundled resources are there, the demo contest is built in a temporary folder, every event is
ranked, a result-sheet PDF is written with the Chinese font embedded, the audit chain verifies,
and the main window opens (offscreen, so nothing pops up) with the bundled Chinese font. Exit
status 0 when everything passed, otherwise 1 with the failed step and its reason.

Runs from source too: ``python -m judge_app.startup.selftest [--screenshot FILE] [--no-gui]``.
Qt is imported only by the GUI step (judge_app.gui.selftest_window).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from judge_app import __version__, resources
from judge_app.app import contest_file as operations
from judge_app.store.contest_db import ContestDB

ACTOR = "自检 / self-test"
#: Bytes a PDF made by reportlab with a subset of the bundled font embedded must contain.
EMBEDDED_FONT_MARKERS = (b"/FontFile2", b"+WenQuanYiMicroHei")


class SelfTestFailure(Exception):
    """One step of the self-test failed; the message says why (Chinese / English)."""


@dataclass
class SelfTestReport:
    passed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_resources() -> str:
    needed = [
        ("fonts", resources.FONT_PRIMARY), ("fonts", resources.FONT_FALLBACK),
        ("fonts", "LICENSE-wqy-microhei.txt"), ("fonts", "LICENSE-wqy-zenhei.txt"),
        ("demo", "scheme.json"),
    ]
    missing = [str(resources.resource_path(*p)) for p in needed if not resources.resource_path(*p).is_file()]
    if missing:
        raise SelfTestFailure(f"缺少内置资源 / bundled resources missing: {', '.join(missing)}")
    return f"资源齐全 / resources present in {resources.resource_root()}"


def build_and_rank(contest: Path) -> str:
    from judge_app.demo import build_demo

    build_demo(contest, overwrite=True)
    scheme = operations.show_scheme(contest)
    ranked = 0
    for event in scheme.events:
        _, result = operations.rank_event(contest, event.id, actor=ACTOR)
        rows = [row for group in result.groups for row in group.rows]
        if not rows:
            raise SelfTestFailure(f"赛项 {event.id} 没有排名结果 / event {event.id} ranked empty")
        ranked += len(rows)
    return f"演示比赛已建立并排名 / demo built and ranked: {len(scheme.events)} events, {ranked} rows"


def write_result_sheet(contest: Path, pdf: Path) -> str:
    from judge_app.reports.result_sheet import build_result_sheet

    scheme = operations.show_scheme(contest)
    event = scheme.events[0]
    _, result = operations.rank_event(contest, event.id, actor=ACTOR)
    outcome = build_result_sheet(pdf, scheme, event, result)
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SelfTestFailure(f"{pdf} 不是 PDF / is not a PDF")
    absent = [m.decode() for m in EMBEDDED_FONT_MARKERS if m not in data]
    if absent:
        raise SelfTestFailure(f"PDF 未嵌入中文字体 / Chinese font not embedded (no {', '.join(absent)})")
    if f"judge_app {__version__}".encode() not in data:
        raise SelfTestFailure(f"PDF 未记录版本 {__version__} / version missing from the PDF")
    return f"成绩汇总表 PDF / result sheet: {outcome.pages} page(s), font embedded"


def verify_audit(contest: Path) -> str:
    with ContestDB.open(contest, actor=ACTOR) as db:
        report = db.verify_audit()
    if not report.ok:
        raise SelfTestFailure("审计链校验失败 / audit chain broken: " + "; ".join(report.problems))
    return f"审计链完整 / audit chain intact: {report.entries} entries"


def open_window(contest: Path, screenshot: Path | None) -> str:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test never pops up a window
    os.environ["JUDGE_APP_HOME"] = str(contest.parent / "home")  # keep the user's settings as they are
    from judge_app.gui.selftest_window import check_main_window

    return check_main_window(contest, screenshot)


def run_selftest(workdir: Path, *, screenshot: Path | None = None, gui: bool = True) -> SelfTestReport:
    """Run every step in ``workdir``; raise SelfTestFailure at the first failing one."""
    from judge_app.startup.checks import platform_problems

    contest = workdir / "selftest.judge"
    steps: list[tuple[str, Callable[[], str]]] = [
        ("资源 / resources", check_resources),
        ("演示比赛 / demo contest", lambda: build_and_rank(contest)),
        ("成绩汇总表 / result sheet", lambda: write_result_sheet(contest, workdir / "result_sheet.pdf")),
        ("审计链 / audit chain", lambda: verify_audit(contest)),
    ]
    if gui:
        steps.append(("主窗口 / main window", lambda: open_window(contest, screenshot)))
    # the test itself runs offscreen; say whether the real screen plugin would start here too
    report = SelfTestReport(warnings=platform_problems(native=True))
    for name, step in steps:
        try:
            report.passed.append(step())
        except SelfTestFailure as exc:
            raise SelfTestFailure(f"[{name}] {exc}") from exc
        except Exception as exc:  # any crash of a step is a failed self-test, with its reason
            raise SelfTestFailure(f"[{name}] {type(exc).__name__}: {exc}") from exc
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="judge_app --selftest", description=__doc__.split("\n")[0])
    parser.add_argument("--screenshot", type=Path, help="保存主窗口截图 (PNG) / save the main window as PNG")
    parser.add_argument("--no-gui", action="store_true", help="跳过窗口检查 / skip the window check")
    args = parser.parse_args(argv)
    print(f"judge_app {__version__} 自检 / self-test")
    with tempfile.TemporaryDirectory(prefix="judge_app_selftest_") as tmp:
        try:
            report = run_selftest(Path(tmp), screenshot=args.screenshot, gui=not args.no_gui)
        except SelfTestFailure as exc:
            print(f"自检失败 / SELF-TEST FAILED: {exc}", file=sys.stderr)
            return 1
    for line in report.passed:
        print(f"  通过 / ok: {line}")
    for line in report.warnings:
        print(f"  警告 / warning: {line}")
    print("自检通过 / SELF-TEST PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
