"""JSON export with the full computation detail, for auditors and other programs.

Every number is a string holding the exact Decimal (``"83.50"``, ``"13.333…"``), never a JSON
float; read them back with ``Decimal(text)``. Per event: the rules (sections with max, weight,
aggregation rule, level, panel and criteria; decimals, rounding, tie-break chain, awards) and per
group and entry: rank, total, award, titles, tie note, and per section the raw sum, penalty
(with the recorded reasons), rounded score and per criterion every judge's value, the dropped
judges and the value used. A final carrying earlier rounds adds per entry ``round_parts``: its own
total and each carried round's total and weight (its ``total`` is then the combined one).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping, Sequence

from judge_app import __version__
from judge_app.core.entries import Penalty
from judge_app.core.fingerprint import ordered_rows, result_fingerprint
from judge_app.core.results import CriterionResult, EntryResult, EventResult, GroupResult, SectionResult
from judge_app.core.rounds import Breakdown, SeasonResult
from judge_app.core.scheme import Contest, Event, Season
from judge_app.core.scheme_json import contest_to_dict
from judge_app.core.sheet_rows import rules_notes
from judge_app.files import atomic_output

FORMAT = "judge_app.results/1"
SEASON_FORMAT = "judge_app.season/1"


def dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _criterion(result: CriterionResult) -> dict[str, Any]:
    return {
        "criterion": result.criterion,
        "value": dec(result.value),
        "values": {judge: dec(value) for judge, value in result.values},
        "dropped": list(result.dropped),
        "complete": result.complete,
        "spread": dec(result.spread),
        "flagged": result.flagged,
    }


def _section(result: SectionResult, penalties: list[Penalty]) -> dict[str, Any]:
    return {
        "section": result.section,
        "raw": dec(result.raw),
        "penalty": dec(result.penalty),
        "penalties": [{"points": dec(p.points), "reason": p.reason} for p in penalties
                      if p.section == result.section],
        "score": dec(result.score),
        "complete": result.complete,
        "judge_totals": {judge: dec(value) for judge, value in result.judge_totals},
        "criteria": [_criterion(c) for c in result.criteria],
    }


def _round_parts(breakdown: Breakdown | None) -> dict[str, Any] | None:
    if breakdown is None:
        return None
    return {"own_total": dec(breakdown.own_total), "own_weight": dec(breakdown.own_weight),
            "carried": [{"event": p.event, "weight": dec(p.weight), "total": dec(p.total)} for p in breakdown.parts]}


def _entry(row: EntryResult, penalties: list[Penalty], breakdown: Breakdown | None = None) -> dict[str, Any]:
    entry = row.entry
    parts = _round_parts(breakdown)
    return {
        "rank": row.rank,
        "code": entry.code,
        "name": entry.name,
        "title": entry.title,
        "members": list(entry.members),
        "category": entry.category,
        "unit": entry.unit,
        "team": entry.team,
        "status": entry.status.value,
        "total": dec(row.total),
        "provisional": row.provisional,
        "award": row.award,
        "titles": list(row.titles),
        "eligible": row.eligible,
        "ineligible_reason": row.ineligible_reason,
        "tie_note": row.tie_note,
        "standard_score": dec(row.standard_score),
        "sections": [_section(s, penalties) for s in row.sections],
        **({"round_parts": parts} if parts else {}),
    }


def event_detail(event: Event, result: EventResult, stage: str, scheme: dict[str, Any],
                 penalties: Sequence[tuple[str, Penalty]] = (),
                 carried: Mapping[str, Breakdown] | None = None) -> dict[str, Any]:
    by_code: dict[str, list[Penalty]] = {}
    for code, penalty in penalties:
        by_code.setdefault(code, []).append(penalty)
    return {
        "event": event.id,
        "name": event.name,
        "stage": stage,
        "rules": scheme,
        "rules_text": rules_notes(event, result.groups[0]) if result.groups else [],
        "groups": [
            {
                "group": group.group,
                "fingerprint": result_fingerprint(group),
                "rows": [_entry(r, by_code.get(r.code, []), (carried or {}).get(r.code)) for r in ordered_rows(group)],
                "warnings": [i.message for i in group.warnings],
            }
            for group in result.groups
        ],
        "issues": [i.message for i in result.issues],
        "flags": [i.message for i in result.flags],
        "bias": [{"judge": b.judge, "mean_deviation": dec(b.mean_deviation), "values": b.values}
                 for b in result.bias],
    }


def results_json(contest: Contest,
                 items: Sequence[tuple[Event, EventResult, str, Sequence[tuple[str, Penalty]]]],
                 carried: Mapping[str, Mapping[str, Breakdown]] | None = None) -> dict[str, Any]:
    """The export as a plain dict: (event, result, stage, penalties) per event; ``carried``: a
    final's breakdowns by entry code, by event id."""
    schemes = {e["id"]: e for e in contest_to_dict(contest)["events"]}
    return {
        "format": FORMAT,
        "app_version": __version__,
        "contest": {"name": contest.name, "date": contest.date, "organiser": contest.organiser},
        "events": [event_detail(event, result, stage, schemes.get(event.id, {}), penalties,
                                (carried or {}).get(event.id))
                   for event, result, stage, penalties in items],
    }


def json_text(contest: Contest,
              items: Sequence[tuple[Event, EventResult, str, Sequence[tuple[str, Penalty]]]],
              carried: Mapping[str, Mapping[str, Breakdown]] | None = None) -> str:
    """:func:`results_json` as the text the export writes (also ``judge-app rank --format json``)."""
    return json.dumps(results_json(contest, items, carried), ensure_ascii=False, indent=1)


def write_json(path: str | Path, contest: Contest,
               items: Sequence[tuple[Event, EventResult, str, Sequence[tuple[str, Penalty]]]],
               carried: Mapping[str, Mapping[str, Breakdown]] | None = None) -> Path:
    path = Path(path)
    text = json_text(contest, items, carried)
    with atomic_output(path) as partial:
        partial.write_text(text + "\n", encoding="utf-8")
    return path


def season_json(contest: Contest, season: Season, standing: SeasonResult, stage: str) -> dict[str, Any]:
    """A season's sheet as a plain dict: the rules' lines, per group its fingerprint and rows
    (:func:`~judge_app.io.export_rows.season_table`, every cell as text), and the vetoes."""
    from judge_app.core.season_sheet import season_notes
    from judge_app.io.export_rows import season_table, text

    def rows(group: GroupResult) -> list[dict[str, str]]:
        table = season_table(standing, group)
        return [dict(zip(table.headers, (text(cell) for cell in row))) for row in table.rows]

    return {
        "format": SEASON_FORMAT,
        "app_version": __version__,
        "contest": {"name": contest.name, "date": contest.date, "organiser": contest.organiser},
        "season": {"id": season.id, "name": season.name, "combine": season.combine.value,
                   "missing": season.missing.value, "periods": [p.event for p in season.periods]},
        "stage": stage,
        "rules_text": season_notes(season, standing),
        "groups": [{"group": g.group, "fingerprint": result_fingerprint(g), "rows": rows(g)}
                   for g in standing.result.groups],
        "vetoes": [{"code": v.code, "period": v.period, "kind": v.kind, "reason": v.reason,
                    "recorded_at": v.created_at, "by": v.actor} for v in standing.vetoes],
        "issues": [i.message for i in standing.result.issues],
    }


def write_season_json(path: str | Path, contest: Contest, season: Season, standing: SeasonResult, stage: str) -> Path:
    """Write :func:`season_json` to ``path``."""
    path = Path(path)
    text = json.dumps(season_json(contest, season, standing, stage), ensure_ascii=False, indent=1)
    with atomic_output(path) as partial:
        partial.write_text(text + "\n", encoding="utf-8")
    return path
