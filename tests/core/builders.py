"""Compact builders for events and inputs used by the core tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from judge_app.core.engine import compute_event
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.results import EventResult
from judge_app.core.scheme import Event
from judge_app.core.scheme_json import FORMAT, contest_from_dict

D = Decimal


def event_from(spec: dict[str, Any]) -> Event:
    """An Event from one event dict in the scheme JSON format."""
    base = {"id": "E", "name": "测试赛项"}
    base.update(spec)
    return contest_from_dict({"format": FORMAT, "contest": {"name": "t"}, "events": [base]}).events[0]


def two_sections(
    *,
    theory_weight: int = 30,
    rule: str = "trimmed",
    judges: int = 5,
    awards: dict[str, Any] | None = None,
    decimals: int = 2,
    extra: dict[str, Any] | None = None,
) -> Event:
    """理论 (measurement, one criterion) + 实操 (P1 judgement 60, P2 judgement 30, P3 deduction 10)."""
    spec: dict[str, Any] = {
        "decimals": decimals,
        "key_criteria": ["P2"],
        "sections": [
            {
                "id": "theory",
                "name": "理论知识",
                "max": 100,
                "weight": theory_weight,
                "criteria": [{"id": "T1", "name": "理论考试", "max": 100, "step": "0.5", "kind": "measurement"}],
            },
            {
                "id": "practical",
                "name": "实际操作",
                "max": 100,
                "weight": 100 - theory_weight,
                "rule": rule,
                "judges": [f"J{i}" for i in range(1, judges + 1)],
                "criteria": [
                    {"id": "P1", "name": "工艺", "max": 60, "step": "0.25", "kind": "judgement"},
                    {"id": "P2", "name": "质量", "max": 30, "step": "0.25", "kind": "judgement"},
                    {"id": "P3", "name": "安全", "max": 10, "step": "0.5", "kind": "deduction"},
                ],
            },
        ],
        "awards": awards or {"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 2}]},
    }
    spec.update(extra or {})
    return event_from(spec)


def entry(code: str, *, status: str = "ok", time_s: int | None = None, group: str = "") -> Entry:
    return Entry(code=code, event="E", group=group, status=Status.parse(status), time_s=time_s)


def run(event: Event, inputs: EventInputs) -> EventResult:
    return compute_event(event, inputs)


def score_entry(
    inputs: EventInputs,
    code: str,
    theory: str,
    p1: list[str],
    p2: list[str],
    deduction: str = "0",
) -> None:
    """Record one entry's raw scores for :func:`two_sections` (judges J1..Jn in order)."""
    inputs.add_score(code, "T1", "J0", D(theory))
    for index, value in enumerate(p1, start=1):
        inputs.add_score(code, "P1", f"J{index}", D(value))
    for index, value in enumerate(p2, start=1):
        inputs.add_score(code, "P2", f"J{index}", D(value))
    inputs.add_score(code, "P3", "J1", D(deduction))
