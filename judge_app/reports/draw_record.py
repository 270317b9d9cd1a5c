"""抽签记录表: the lot draw of an event (secretary only: it links codes to names).

One part per event: the seeds, times and operators of the draws in force (the latest 检录号 draw
and, when drawn after it, the latest 工位号 draw; earlier draws are counted as superseded), and the
table 工位号 → 检录号 → 姓名 (a team's or project's title) → 单位 in code order. Anyone holding the seeds can redo the draw with
:func:`judge_app.core.lotdraw.draw_codes`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from judge_app.core.entry_kinds import title_header
from judge_app.core.errors import StateError
from judge_app.core.lotdraw import BIB, STATION, DrawRecord
from judge_app.core.scheme import Contest, Event
from judge_app.local_time import local_time
from judge_app.reports.fonts import GlyphChecker
from judge_app.reports.template import (
    CellMaker,
    Column,
    Part,
    ReportDoc,
    ReportOutcome,
    RowOwner,
    column_table,
    table_with_closing,
)

TITLE = "抽签记录表"
SIGNATURES: tuple[str, ...] = ("抽签人", "监督", "记录人")


def draws_in_force(draws: Sequence[DrawRecord]) -> tuple[DrawRecord | None, DrawRecord | None]:
    """(latest 检录号 draw, latest 工位号 draw made after it or None); ``draws`` oldest first."""
    bib = next((d for d in reversed(draws) if d.stage == BIB), None)
    if bib is None:
        return None, None
    after = list(draws)[list(draws).index(bib) + 1:]
    station = next((d for d in reversed(after) if d.stage == STATION), None)
    return bib, station


def _draw_note(record: DrawRecord) -> str:
    how = "现场抽签（无种子）" if record.by_hand else f"种子 {record.seed}"
    return (f"{record.label}：{how}，时间 {local_time(record.drawn_at, seconds=True)}，"
            f"操作人 {record.actor}，共 {len(record.lines)} 个号。")


def _part(event: Event, draws: Sequence[DrawRecord], width: float, cells: CellMaker,
          checker: GlyphChecker) -> list:
    bib_draw, station_draw = draws_in_force(draws)
    if bib_draw is None:
        raise StateError(f"赛项“{event.name}”还没有抽签 / no lot draw yet")
    stations = {line.bib: line.station for line in station_draw.lines} if station_draw else {}
    lines = sorted(bib_draw.lines, key=lambda line: (stations.get(line.bib, ""), line.bib))
    columns = [Column("序号", min_width=30)]
    if station_draw:
        columns.append(Column("工位号", min_width=50))
    columns += [Column("检录号", min_width=50), Column(title_header(event.entry_kind), min_width=70, max_width=130),
                Column("单位", align="LEFT", min_width=150, flex=True)]
    owners = []
    for i, line in enumerate(lines, 1):
        values = [str(i)] + ([stations.get(line.bib, "")] if station_draw else [])
        values += [line.bib, line.name, line.unit]
        for col, text in zip(columns, values):
            col.values.append(text)
        owners.append(RowOwner(f"检录号 {line.bib} {line.name}", line.bib, line.name))
    notes = [_draw_note(bib_draw)]
    if station_draw:
        notes.append(_draw_note(station_draw))
    superseded = len(draws) - 1 - (station_draw is not None)
    if superseded:
        notes.append(f"此前另有 {superseded} 次抽签已被重抽取代，以本表为准。")
    notes.append(("现场抽签的号以本表为准；" if bib_draw.by_hand or (station_draw and station_draw.by_hand)
                  else "凭种子可复现抽签结果；") + "本表涉及选手身份，评分结束解密前须密封保管。")
    table = column_table(columns, width, cells, owners)
    return table_with_closing(table, notes, "", SIGNATURES, width, checker)


def build_draw_record(path: str | Path, contest: Contest,
                      draws_by_event: Sequence[tuple[Event, Sequence[DrawRecord]]], *,
                      date: str | None = None) -> ReportOutcome:
    """Write the 抽签记录表 of each (event, its draws oldest first); StateError for an event
    without a draw."""
    checker = GlyphChecker()
    doc = ReportDoc(path, contest.name, "final", checker, subject=TITLE)
    cells = CellMaker(checker)
    parts = []
    for event, draws in draws_by_event:
        part = Part(TITLE + "（密）", (("赛项", event.name),),
                    date if date is not None else contest.date, key=f"draw:{event.id}")
        parts.append((part, _part(event, draws, doc.width, cells, checker)))
    pages = doc.build(parts)
    return ReportOutcome(Path(path), pages, checker.warnings)
