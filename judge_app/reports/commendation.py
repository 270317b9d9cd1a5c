"""表彰名单 as a PDF (A4 portrait): the contest, then each event's honours with who gets them and
their units (:func:`judge_app.core.commendation.commendation`), page x of y at the foot."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from judge_app.core.commendation import TITLE, Honour
from judge_app.core.scheme import Contest
from judge_app.files import atomic_output
from judge_app.reports.fonts import GlyphChecker, draw_text, register_fonts, string_width
from judge_app.reports.template import ReportOutcome

NAME_X, UNIT_X, RIGHT = 30 * mm, 105 * mm, 190 * mm
LINE, SIZE = 7 * mm, 12


def _fitting(text: str, room: float) -> float:
    """The font size at which ``text`` fits ``room`` (a long unit name shrinks, never cut)."""
    wide = string_width(text, SIZE)
    return SIZE if wide <= room else SIZE * room / wide


def _lines(honours: Sequence[Honour]) -> list[tuple[str, str, str]]:
    """(kind, left, right) of every printed line: a heading or a name with its unit."""
    lines: list[tuple[str, str, str]] = []
    for honour in honours:
        lines.append(("heading", honour.heading, ""))
        lines += [("name", name, unit) for name, unit in honour.names]
    return lines


def build_commendation(path: str | Path, contest: Contest, honours: Sequence[Honour], *,
                       date: str | None = None) -> ReportOutcome:
    """Write the 表彰名单 of ``honours`` to ``path``."""
    register_fonts()
    checker = GlyphChecker()
    width, height = A4
    pages: list[list[tuple[str, str, str]]] = [[]]
    room = int((height - 75 * mm) // LINE)
    for line in _lines(honours) or [("name", "（无获奖者）", "")]:
        if len(pages[-1]) >= room or (line[0] == "heading" and len(pages[-1]) >= room - 1):
            pages.append([])
        pages[-1].append(line)
    with atomic_output(Path(path)) as partial:
        canvas = Canvas(str(partial), pagesize=A4)
        canvas.setTitle(f"{contest.name} {TITLE}")
        for number, lines in enumerate(pages, 1):
            draw_text(canvas, width / 2, height - 25 * mm, checker.check(contest.name, "标题"), 14, align="centre")
            draw_text(canvas, width / 2, height - 37 * mm, TITLE, 20, align="centre", bold=True)
            y = height - 52 * mm
            for kind, left, right in lines:
                if kind == "heading":
                    draw_text(canvas, 22 * mm, y, checker.check(left, TITLE), SIZE + 1, bold=True)
                else:
                    draw_text(canvas, NAME_X, y, checker.check(left, f"{TITLE} {left}"), _fitting(left, UNIT_X - NAME_X - 4 * mm))
                    unit = checker.check(right, f"{TITLE} {left} 单位")
                    draw_text(canvas, UNIT_X, y, unit, _fitting(unit, RIGHT - UNIT_X))
                y -= LINE
            foot = f"{contest.organiser}　{date if date is not None else contest.date}　第 {number} 页 / 共 {len(pages)} 页"
            draw_text(canvas, width / 2, 15 * mm, foot.strip("　"), 9, align="centre")
            canvas.showPage()
        canvas.save()
    return ReportOutcome(Path(path), len(pages), checker.warnings)
