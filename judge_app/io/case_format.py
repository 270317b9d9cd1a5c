"""Worked cases in the neutral test-case format (shared/samples/scoring_case.json).

A case names events with sections, criteria, panels, contestants and every raw score. This module
turns a case into the app's own inputs (a ``judge_app.scheme/1`` dict, entries, scores) and turns
results back into the case's expected-results form. The reader is lenient about spellings that
the format leaves open (``percentages`` or ``percent``, ``bands`` as pairs or objects, ...), and
strict about anything it cannot place: an unknown award mode is an error, not a guess.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from judge_app.core.decimals import duration_seconds, fmt, to_decimal, whole_number
from judge_app.core.entries import Entry, Penalty, Status
from judge_app.core.errors import ImportRefused, excerpt
from judge_app.core.json_input import load_json
from judge_app.core.results import EventResult
from judge_app.core.scheme_json import FORMAT


@dataclass
class CaseScore:
    event: str
    code: str
    criterion: str
    judge: str
    value: Decimal


@dataclass
class Case:
    """A worked case converted to the app's inputs."""

    scheme: dict[str, Any]
    entries: list[Entry] = field(default_factory=list)
    scores: list[CaseScore] = field(default_factory=list)
    penalties: list[tuple[str, str, Penalty]] = field(default_factory=list)  # (event, code, penalty)
    votes: list[tuple[str, str, int, int, str]] = field(default_factory=list)  # event, code, votes, voided, reason
    playoffs: list[tuple[str, str, Decimal]] = field(default_factory=list)


def load_case(path: str | Path) -> Case:
    """Read a case file; ImportRefused names the file and what is wrong."""
    path = Path(path)
    try:
        data = load_json(path.read_text(encoding="utf-8-sig"), f"用例文件 {path.name} ")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportRefused(f"无法读取用例文件 {path.name}: {exc}") from None
    if not isinstance(data, dict):
        raise ImportRefused(f"用例文件 {path.name} 应为一个 JSON 对象（contest、events）/ a case is a JSON object")
    try:
        return case_from_dict(data)
    except KeyError as exc:
        raise ImportRefused(f"用例文件 {path.name} 格式有误：缺少 {exc} / missing {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise ImportRefused(f"用例文件 {path.name} 格式有误：{excerpt(str(exc))} / malformed case") from None


def _award_rules(awards: dict[str, Any]) -> dict[str, Any]:
    mode = str(awards.get("mode", "counts")).lower()
    names = list(awards.get("names", []))
    tiers: list[dict[str, Any]] = []
    if mode in ("counts", "count"):
        sizes = awards.get("counts", [])
        tiers = [{"name": n, "count": int(c)} for n, c in zip(names, sizes)]
    elif mode in ("percentages", "percentage", "percent", "percents"):
        sizes = awards.get("percentages", awards.get("percents", awards.get("percent", [])))
        tiers = [{"name": n, "percent": str(p)} for n, p in zip(names, sizes)]
    elif mode in ("bands", "band", "ranks", "rank_bands"):
        for name, band in zip(names, awards.get("bands", [])):
            end = band.get("to", band.get("rank_to")) if isinstance(band, dict) else band[-1]
            tiers.append({"name": name, "rank_to": int(end)})
    else:
        raise ValueError(f"unknown award mode {mode!r}")
    for extra in awards.get("rest", []) or []:
        tiers.append({"name": extra["name"] if isinstance(extra, dict) else extra, "rest": True,
                      "min_total": (extra.get("min_total") if isinstance(extra, dict) else None)})
    rules: dict[str, Any] = {"tiers": tiers}
    if awards.get("pass_mark") is not None:
        rules["pass_mark"] = str(awards["pass_mark"])
    marks = awards.get("section_pass_marks") or awards.get("section_pass") or {}
    if marks:
        rules["section_pass_marks"] = {k: str(v) for k, v in marks.items()}
    if awards.get("titles"):
        rules["titles"] = awards["titles"]
    return rules


def _section(sec: dict[str, Any]) -> dict[str, Any]:
    out = {
        "id": sec["id"],
        "name": sec.get("name", sec["id"]),
        "max": str(sec["max"]),
        "weight": str(sec["weight"]),
        "rule": str(sec.get("rule", "mean")),
        "level": sec.get("level", "criterion"),
        "kind": sec.get("kind", "scored"),
        "judges": [str(j) for j in sec.get("judges", [])],
        "criteria": [
            {
                "id": c["id"],
                "name": c.get("name", c["id"]),
                "max": str(c["max"]),
                "step": str(c.get("step", "0.01")),
                "kind": c.get("kind", "judgement"),
            }
            for c in sec.get("criteria", [])
        ],
    }
    if sec.get("time_penalty"):
        out["time_penalty"] = sec["time_penalty"]
    return out


def case_from_dict(data: dict[str, Any]) -> Case:
    """Convert a parsed case to the app's inputs."""
    events = []
    case = Case(scheme={})
    for ev in data["events"]:
        name = ev["event"] if "event" in ev else ev["name"]
        event_dict: dict[str, Any] = {
            "id": name,
            "name": name,
            "decimals": int(ev.get("decimals", 2)),
            "rounding": ev.get("rounding", "half_up"),
            "key_criteria": list(ev.get("key_criteria", [])),
            "sections": [_section(s) for s in ev["sections"]],
            "awards": _award_rules(ev.get("awards", {})),
            "groups": sorted({str(c.get("group", "")) for c in ev["contestants"]} - {""}),
        }
        if "tie_breaks" in ev:
            event_dict["tie_breaks"] = list(ev["tie_breaks"])
        events.append(event_dict)
        for c in ev["contestants"]:
            code = str(c["code"])
            case.entries.append(
                Entry(
                    code=code,
                    event=name,
                    group=str(c.get("group", "")),
                    name=str(c.get("name", "")),
                    status=Status.parse(c.get("status")),
                    time_s=None if c.get("time_s") is None else duration_seconds(c["time_s"], f"{code} 的用时"),
                )
            )
            for p in c.get("penalties", []) or []:
                case.penalties.append(
                    (name, code, Penalty(p["section"], to_decimal(p["points"]).copy_abs(), p.get("reason", "")))
                )
            if c.get("votes") is not None:
                case.votes.append((name, code, whole_number(c["votes"], "票数"), whole_number(c.get("voided", 0), "作废票数"),
                                   str(c.get("void_reason", ""))))
            if c.get("playoff") is not None:
                case.playoffs.append((name, code, to_decimal(c["playoff"])))
        given: dict[tuple[str, str, str], Decimal] = {}
        for s in ev.get("scores", []):
            score = CaseScore(name, str(s["code"]), str(s["criterion"]), str(s["judge"]), to_decimal(s["value"]))
            key = (score.code, score.criterion, score.judge)
            if given.setdefault(key, score.value) != score.value:
                raise ImportRefused(f"赛项 “{name}”: 裁判 {score.judge} 给 {score.code} 的 {score.criterion} 有两个不同的分数"
                                    f" ({fmt(given[key])}、{fmt(score.value)}) / two different scores for one cell")
            case.scores.append(score)
    case.scheme = {"format": FORMAT, "contest": {"name": data.get("contest", "")}, "events": events}
    return case


def expected_form(result: EventResult) -> list[dict[str, Any]]:
    """One event's results in the form of scoring_expected.json (ranked first, then unranked)."""
    out = []
    for row in result.rows:
        out.append(
            {
                "code": row.code,
                "status": row.status.value,
                "provisional": row.provisional,
                "sections": {s.section: fmt(s.score) for s in row.sections if s.score is not None},
                "total": None if row.total is None else fmt(row.total),
                "rank": row.rank,
                "award": row.award,
            }
        )
    return out
