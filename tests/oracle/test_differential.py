"""The app's ``check-case`` results against the independent reference, on seeded random cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from judge_app.app.contest_file import check_case
from tests.data import DATA
from tests.oracle import reference
from tests.oracle.cases import random_case

SEEDS = range(1, 41)
FIELDS = ("status", "provisional", "sections", "total", "rank", "award")


def app_results(
    case: dict[str, Any], tmp_path: Path
) -> dict[str, list[dict[str, Any]]]:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    return check_case(path)


def differences(
    app: dict[str, list[dict[str, Any]]], ref: dict[str, list[dict[str, Any]]]
) -> list[str]:
    """Per contestant, every field where the app and the reference disagree."""
    if set(app) != set(ref):
        return [f"events: app={sorted(app)} ref={sorted(ref)}"]
    diffs = []
    for event, ref_rows in ref.items():
        got = {r["code"]: r for r in app[event]}
        if set(got) != {r["code"] for r in ref_rows}:
            diffs.append(
                f"{event}: codes app={sorted(got)} ref={[r['code'] for r in ref_rows]}"
            )
            continue
        for want in ref_rows:
            for field in FIELDS:
                if got[want["code"]][field] != want[field]:
                    diffs.append(
                        f"{event}/{want['code']}.{field}: app={got[want['code']][field]!r} ref={want[field]!r}"
                    )
    return diffs


def rows_in_order(
    app: dict[str, list[dict[str, Any]]], case: dict[str, Any]
) -> list[str]:
    """Within each group the app lists ranked rows by rank, then the unranked ones."""
    problems = []
    for ev in case["events"]:
        group = {c["code"]: c.get("group", "") for c in ev["contestants"]}
        last: dict[str, int] = {}
        unranked_seen: set[str] = set()
        for row in app[ev["event"]]:
            g = group[row["code"]]
            if row["rank"] is None:
                unranked_seen.add(g)
            elif g in unranked_seen or row["rank"] < last.get(g, 0):
                problems.append(f"{ev['event']}/{row['code']}: out of order")
            else:
                last[g] = row["rank"]
    return problems


@pytest.mark.parametrize("seed", SEEDS)
def test_app_agrees_with_reference(seed, tmp_path):
    case = random_case(seed)
    app = app_results(case, tmp_path)
    diffs = differences(app, reference.compute_case(case)) + rows_in_order(app, case)
    assert not diffs, f"seed {seed}: " + "; ".join(diffs)


def test_reference_reproduces_the_hand_worked_case():
    """tests/data/scoring_expected.json was worked by hand (tests/data/README.md)."""
    case = json.loads((DATA / "scoring_case.json").read_text(encoding="utf-8"))
    expected = json.loads(
        (DATA / "scoring_expected.json").read_text(encoding="utf-8")
    )
    assert reference.compute_case(case) == expected


def _hand_case() -> dict[str, Any]:
    """domain.md's examples: trimmed 8.5, 9.0, 7.0, 9.5, 8.0 → 8.5; 86.50×30% + 78.25×70% = 80.725 → 80.73."""
    theory = {
        "id": "T",
        "name": "理论",
        "max": 100,
        "weight": 30,
        "rule": "mean",
        "judges": ["J0"],
        "criteria": [{"id": "T1", "max": 100, "step": 0.25, "kind": "measurement"}],
    }
    practical = {
        "id": "P",
        "name": "实操",
        "max": 100,
        "weight": 70,
        "rule": "trimmed",
        "judges": ["J1", "J2", "J3", "J4", "J5"],
        "criteria": [
            {"id": "P1", "max": 10, "step": 0.5, "kind": "judgement"},
            {"id": "P2", "max": 80, "step": 0.25, "kind": "measurement"},
            {"id": "P3", "max": 10, "step": 0.5, "kind": "deduction"},
        ],
    }
    scores = []

    def add(code: str, t1: float, p1: list[float], p2: float, p3: float) -> None:
        scores.append({"judge": "J0", "code": code, "criterion": "T1", "value": t1})
        scores.extend(
            {"judge": f"J{i + 1}", "code": code, "criterion": "P1", "value": v}
            for i, v in enumerate(p1)
        )
        scores.append({"judge": "J1", "code": code, "criterion": "P2", "value": p2})
        scores.append({"judge": "J1", "code": code, "criterion": "P3", "value": p3})

    add(
        "A", 86.5, [8.5, 9.0, 7.0, 9.5, 8.0], 63.75, 2
    )  # P: 8.5 + 63.75 + (10 − 2) = 80.25, −2 penalty = 78.25
    add(
        "B", 86.5, [8.5, 9.0, 7.0, 9.5, 8.0], 60.75, 1
    )  # P: 8.5 + 60.75 + 9 = 78.25, same total and sections
    add(
        "C", 60, [5, 5, 5, 5, 5], 40, 10
    )  # P: 5 + 40 + 0 = 45; total 18 + 31.5 = 49.50, under the pass mark
    contestants = [
        {
            "code": "A",
            "status": "ok",
            "time_s": 100,
            "penalties": [{"section": "P", "points": -2, "reason": "安全"}],
        },
        {"code": "B", "status": "ok", "time_s": 90},
        {"code": "C", "status": "ok", "time_s": 80},
        {"code": "D", "status": "absent", "time_s": None},
    ]
    return {
        "contest": "hand",
        "events": [
            {
                "event": "电工",
                "decimals": 2,
                "key_criteria": ["P2"],
                "sections": [theory, practical],
                "awards": {
                    "mode": "counts",
                    "names": ["一等奖", "二等奖"],
                    "counts": [1, 1],
                    "pass_mark": 60,
                },
                "contestants": contestants,
                "scores": scores,
            }
        ],
    }


def test_reference_reproduces_hand_computed_answers():
    rows = {r["code"]: r for r in reference.compute_case(_hand_case())["电工"]}
    assert reference.aggregate(
        [reference.num(v) for v in (8.5, 9.0, 7.0, 9.5, 8.0)], "trimmed"
    ) == reference.num("8.5")
    assert (
        rows["A"]["sections"] == rows["B"]["sections"] == {"T": "86.50", "P": "78.25"}
    )
    assert (
        rows["A"]["total"] == rows["B"]["total"] == "80.73"
    )  # 80.725 half-up, not 80.72
    # equal totals and heaviest section: key criterion P2 63.75 > 60.75 puts A first despite B's time
    assert (rows["A"]["rank"], rows["A"]["award"]) == (1, "一等奖")
    assert (rows["B"]["rank"], rows["B"]["award"]) == (2, "二等奖")
    assert (
        rows["C"]["sections"],
        rows["C"]["total"],
        rows["C"]["rank"],
        rows["C"]["award"],
    ) == ({"T": "60.00", "P": "45.00"}, "49.50", 3, None)
    assert (rows["D"]["status"], rows["D"]["total"], rows["D"]["rank"]) == (
        "absent",
        None,
        None,
    )
    assert [r["code"] for r in reference.compute_case(_hand_case())["电工"]] == [
        "A",
        "B",
        "C",
        "D",
    ]


def test_app_agrees_on_the_hand_case(tmp_path):
    case = _hand_case()
    assert not differences(app_results(case, tmp_path), reference.compute_case(case))
