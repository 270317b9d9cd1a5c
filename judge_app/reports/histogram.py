"""成绩分布图: per event a histogram of the totals (one bar series per group) and a table of
count, mean, highest, lowest and median per group.

The full mark is the sum of the section weights (100 for a usual scheme), cut into
:data:`BINS` equal bands; the last band includes the full mark. Only ranked entries with a total
count. Mean and median are statistics for the reader, rounded with the event's own decimals and
rounding policy; the totals themselves are the core's values.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from judge_app.core.decimals import exact_div, quantize
from judge_app.core.fingerprint import is_ranked
from judge_app.core.results import EventResult, GroupResult
from judge_app.core.scheme import Contest, Event
from judge_app.core.sheet_rows import num, weight_text
from judge_app.reports.fonts import PRIMARY, GlyphChecker
from judge_app.reports.template import (
    CellMaker,
    Column,
    Part,
    ReportDoc,
    ReportOutcome,
    column_table,
    table_with_closing,
)

TITLE = "成绩分布图"
BINS = 10
SERIES_COLORS = ("#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47")


@dataclass(frozen=True)
class Bands:
    edges: tuple[Decimal, ...]  # BINS + 1 edges from 0 to the full mark

    @property
    def labels(self) -> list[str]:
        return [f"{weight_text(a)}–{weight_text(b)}" for a, b in zip(self.edges, self.edges[1:])]

    def index(self, total: Decimal) -> int:
        for i, upper in enumerate(self.edges[1:-1]):
            if total < upper:
                return i
        return len(self.edges) - 2


def bands(event: Event) -> Bands:
    full = sum((s.weight for s in event.sections), Decimal(0)) or Decimal(100)
    step = exact_div(full, BINS)
    return Bands(tuple(step * i for i in range(BINS + 1)))


def totals(group: GroupResult) -> list[Decimal]:
    return sorted(r.total for r in group.rows if is_ranked(r) and r.total is not None)


def counts(event: Event, group: GroupResult) -> list[int]:
    """How many ranked totals of ``group`` fall in each band."""
    edges = bands(event)
    out = [0] * BINS
    for total in totals(group):
        out[edges.index(total)] += 1
    return out


def median(values: Sequence[Decimal]) -> Decimal:
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else exact_div(values[mid - 1] + values[mid], 2)


def chart(event: Event, groups: Sequence[GroupResult], width: float) -> Drawing:
    """Grouped bars: x the bands, y the number of entries, one series per group."""
    height = 85 * mm
    drawing = Drawing(width, height, initialFontName=PRIMARY)
    bar = VerticalBarChart()
    bar.x, bar.y = 34, 34
    bar.width, bar.height = width - 50, height - 60
    data = [counts(event, g) for g in groups]
    bar.data = data
    bar.categoryAxis.categoryNames = bands(event).labels
    peak = max((n for series in data for n in series), default=0)
    bar.valueAxis.valueMin = 0
    bar.valueAxis.valueMax = max(peak + 1, 4)
    bar.valueAxis.valueStep = max(1, (peak + 4) // 5)
    for axis in (bar.categoryAxis.labels, bar.valueAxis.labels):
        axis.fontName = PRIMARY
        axis.fontSize = 8
    bar.barLabels.fontName = PRIMARY
    bar.barLabels.fontSize = 7
    bar.barLabelFormat = lambda n: str(int(n)) if n else ""
    bar.barLabels.nudge = 6
    for i in range(len(data)):
        bar.bars[i].fillColor = colors.HexColor(SERIES_COLORS[i % len(SERIES_COLORS)])
        bar.bars[i].strokeColor = None
    drawing.add(bar)
    drawing.add(String(4, height - 12, "人数", fontName=PRIMARY, fontSize=8))
    drawing.add(String(width - 4, 4, "总分", fontName=PRIMARY, fontSize=8, textAnchor="end"))
    if len(groups) > 1 or groups and groups[0].group:
        legend = Legend()
        legend.fontName = PRIMARY
        legend.fontSize = 8
        legend.x, legend.y = width - 120, height - 6
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dx = legend.dy = 8
        legend.colorNamePairs = [
            (colors.HexColor(SERIES_COLORS[i % len(SERIES_COLORS)]), g.group or "全部")
            for i, g in enumerate(groups)
        ]
        legend.deltax = 60
        drawing.add(legend)
    return drawing


def stats_columns(event: Event, groups: Sequence[GroupResult]) -> list[Column]:
    columns = [Column(h, min_width=50) for h in ("组别", "参加排名人数", "平均分", "最高分",
                                                   "最低分", "中位数")]
    for group in groups:
        values = totals(group)
        row = [group.group or "—", str(len(values))]
        if values:
            mean = exact_div(sum(values, Decimal(0)), len(values))
            row += [num(quantize(mean, event.decimals, event.rounding)), num(values[-1]),
                    num(values[0]), num(quantize(median(values), event.decimals, event.rounding))]
        else:
            row += ["", "", "", ""]
        for col, text in zip(columns, row):
            col.values.append(text)
    return columns


def build_histograms(path: str | Path, contest: Contest,
                     results: Sequence[tuple[Event, EventResult]], *, stage: str = "draft",
                     date: str | None = None) -> ReportOutcome:
    """Write one 成绩分布图 part per event of ``results``."""
    checker = GlyphChecker()
    doc = ReportDoc(path, contest.name, stage, checker, subject=TITLE)
    cells = CellMaker(checker)
    parts = []
    for event, result in results:
        groups = list(result.groups)
        labels = bands(event).labels
        notes = [
            f"横轴为总分分段（{labels[0]} … {labels[-1]}，每段含下限不含上限，最后一段含满分），"
            "纵轴为人数；只统计参加排名且有总分者。",
            f"平均分、中位数为统计参考值，保留{event.decimals}位小数，{event.rounding.label}。",
        ]
        table = column_table(stats_columns(event, groups), doc.width, cells)
        body = [chart(event, groups, doc.width)] + table_with_closing(table, notes, "", (),
                                                                      doc.width, checker)
        part = Part(TITLE, (("赛项", event.name),),
                    date if date is not None else contest.date, key=f"hist:{event.id}")
        parts.append((part, body))
    pages = doc.build(parts)
    return ReportOutcome(Path(path), pages, checker.warnings)
