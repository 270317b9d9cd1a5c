"""Seeded random cases in the format of tests/data/scoring_case.json.

Only features on which the app and the reference are known to agree are generated. Left out,
because domain.md leaves them open or the app refuses them by design: several entries for one
deduction criterion, scores for withdrawn/disqualified entries, key-criterion values that differ
only below the printed decimals, ``judge_total`` sections with measurement/deduction criteria,
and ``heaviest_section`` tie-breaks between sections of equal weight.
"""

from __future__ import annotations

import copy
import random
from decimal import Decimal
from typing import Any

from tests.oracle import reference

STEPS = [Decimal("0.5"), Decimal(1), Decimal("0.25")]
WEIGHTS = {
    1: [[100]],
    2: [[30, 70], [40, 60], [70, 30], [25, 75]],
    3: [[20, 30, 50], [10, 25, 65], [50, 30, 20], [15, 60, 25]],
}
AWARD_NAMES = ["一等奖", "二等奖", "三等奖"]


def _snap(x: float, step: Decimal, top: Decimal) -> Decimal:
    """``x`` to a multiple of ``step`` within [0, top]."""
    v = (Decimal(str(x)) / step).to_integral_value() * step
    return min(top, max(Decimal(0), v))


def _json_num(x: Decimal) -> int | float:
    return (
        int(x) if x == x.to_integral_value() else float(x)
    )  # steps of 0.25 are exact floats


def _sections(rng: random.Random, weights: list[int]) -> list[dict[str, Any]]:
    sections = []
    cid = 0
    for si, weight in enumerate(weights):
        kinds = [
            rng.choice(["judgement", "judgement", "measurement", "deduction"])
            for _ in range(rng.choice([1, 2, 3]))
        ]
        all_judgement = all(k == "judgement" for k in kinds)
        level = "judge_total" if all_judgement and rng.random() < 0.35 else "criterion"
        if "judgement" in kinds:
            rule = rng.choice(["mean", "trimmed", "trimmed:2", "median"])
            judges = {
                "mean": (1, 5),
                "trimmed": (3, 6),
                "trimmed:2": (5, 7),
                "median": (2, 6),
            }[rule]
            nj = rng.randint(*judges)
        else:
            rule, nj = "mean", rng.randint(1, 2)
        criteria = []
        for kind in kinds:
            cid += 1
            top = (
                rng.choice([5, 10])
                if kind == "deduction"
                else rng.choice([10, 15, 20, 30, 40, 50])
            )
            criteria.append(
                {
                    "id": f"C{cid}",
                    "name": f"C{cid}",
                    "max": top,
                    "step": _json_num(rng.choice(STEPS)),
                    "kind": kind,
                }
            )
        sid = f"S{si + 1}"
        sections.append(
            {
                "id": sid,
                "name": sid,
                "max": sum(c["max"] for c in criteria),
                "weight": weight,
                "rule": rule,
                "level": level,
                "judges": [f"{sid}J{j + 1}" for j in range(nj)],
                "criteria": criteria,
            }
        )
    return sections


def _tie_breaks(
    rng: random.Random, sections: list[dict[str, Any]], equal_weights: bool
) -> list[str] | None:
    if equal_weights:  # no heaviest_section when it is ambiguous
        return rng.choice(
            [["section:S1", "section:S2", "time"], ["time"], ["key_criteria", "time"]]
        )
    r = rng.random()
    if r < 0.6:
        return None
    if r < 0.7:
        return ["time", "heaviest_section"]
    if r < 0.8:
        return [f"section:{s['id']}" for s in sections] + ["time"]
    if r < 0.9:
        return ["heaviest_section", "key_criteria", "time", "playoff"]
    return ["key_criteria", "heaviest_section"]


def _awards(rng: random.Random, sections: list[dict[str, Any]]) -> dict[str, Any]:
    m = rng.random()
    if m < 0.55:
        counts = rng.choice([[1, 2, 3], [1, 3, 6], [1, 1, 2], [2, 2, 2], [1, 2]])
        awards: dict[str, Any] = {
            "mode": "counts",
            "names": AWARD_NAMES[: len(counts)],
            "counts": counts,
        }
    elif m < 0.85:
        pcs = rng.choice([[10, 20, 30], [15, 25, 35], [5, 10, 20], [20, 30]])
        awards = {
            "mode": "percentages",
            "names": AWARD_NAMES[: len(pcs)],
            "percentages": pcs,
        }
    else:
        awards = {
            "mode": "bands",
            "names": AWARD_NAMES,
            "bands": [[1, 1], [2, 3], [4, 6]],
        }
    if rng.random() < 0.35:
        awards["pass_mark"] = rng.choice([50, 60, 65, 70, 72.5])
    if rng.random() < 0.2:
        s = rng.choice(sections)
        awards["section_pass_marks"] = {
            s["id"]: round(float(s["max"]) * rng.choice([0.5, 0.6, 0.7]), 1)
        }
    return awards


def _scores(
    rng: random.Random, code: str, sections: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    quality = rng.uniform(0.35, 1.0)
    out = []
    for s in sections:
        for c in s["criteria"]:
            step, top = Decimal(str(c["step"])), Decimal(c["max"])
            if c["kind"] == "judgement":
                for j in s["judges"]:
                    v = _snap(
                        quality * c["max"] + rng.gauss(0, c["max"] * 0.08), step, top
                    )
                    out.append(
                        {
                            "judge": j,
                            "code": code,
                            "criterion": c["id"],
                            "value": _json_num(v),
                        }
                    )
            elif c["kind"] == "measurement":
                v = _snap(quality * c["max"] + rng.gauss(0, c["max"] * 0.1), step, top)
                out.append(
                    {
                        "judge": s["judges"][0],
                        "code": code,
                        "criterion": c["id"],
                        "value": _json_num(v),
                    }
                )
            else:  # one deduction entry, at most 60% of the max
                v = _snap(rng.uniform(0, c["max"] * 0.6), step, top)
                out.append(
                    {
                        "judge": s["judges"][0],
                        "code": code,
                        "criterion": c["id"],
                        "value": _json_num(v),
                    }
                )
    return out


def _event(rng: random.Random, name: str) -> dict[str, Any]:
    nsec = rng.choice([1, 2, 2, 3])
    weights = rng.choice(WEIGHTS[nsec])
    equal_weights = nsec == 2 and rng.random() < 0.1
    if equal_weights:
        weights = [50, 50]
    sections = _sections(rng, weights)
    candidates = [
        c["id"] for s in sections if s["level"] == "criterion" for c in s["criteria"]
    ]
    ev: dict[str, Any] = {
        "event": name,
        "decimals": rng.choice([1, 2]),
        "key_criteria": rng.sample(
            candidates, k=min(len(candidates), rng.choice([0, 1, 1, 2]))
        ),
        "sections": sections,
    }
    chain = _tie_breaks(rng, sections, equal_weights)
    if chain is not None:
        ev["tie_breaks"] = chain
    ev["awards"] = _awards(rng, sections)

    groups = rng.random() < 0.15
    contestants, scores = [], []
    for i in range(rng.randint(3, 10)):
        code = f"{name}{i + 1:02d}"
        r = rng.random()
        status = (
            "absent"
            if r < 0.06
            else "withdrawn"
            if r < 0.09
            else "disqualified"
            if r < 0.12
            else "ok"
        )
        c: dict[str, Any] = {
            "code": code,
            "status": status,
            "time_s": None if status == "absent" else rng.randint(3000, 3300),
        }
        if groups:
            c["group"] = rng.choice(["职工组", "学生组"])
        if chain and "playoff" in chain and status == "ok":
            c["playoff"] = rng.randint(0, 5)
        if status == "ok" and rng.random() < 0.12:
            c["penalties"] = [
                {
                    "section": rng.choice(sections)["id"],
                    "points": -rng.choice([1, 2, 5, 5, 1000]),
                    "reason": "安全",
                }
            ]
        contestants.append(c)
        if status == "ok":  # no scores for unranked entries
            scores.extend(_scores(rng, code, sections))
    ev["contestants"] = contestants
    ev["scores"] = scores
    _engineer_ties(rng, ev)
    _drop_key_criteria_tied_below_print(ev)
    return ev


def _engineer_ties(rng: random.Random, ev: dict[str, Any]) -> None:
    """Copy one contestant's scores to another, then maybe perturb them back to an equal total."""
    ranked = [c for c in ev["contestants"] if c["status"] == "ok"]
    if len(ranked) < 2:
        return
    for _ in range(rng.randint(0, 3)):
        a, b = rng.sample(ranked, 2)
        kind = rng.choice(["clone_full", "clone_time", "perturb"])
        copied = [
            dict(s, code=b["code"]) for s in ev["scores"] if s["code"] == a["code"]
        ]
        ev["scores"] = [s for s in ev["scores"] if s["code"] != b["code"]] + copied
        b["penalties"] = copy.deepcopy(a.get("penalties", []))
        if "group" in a:
            b["group"] = a["group"]
        if "playoff" in a:
            b["playoff"] = a["playoff"] if rng.random() < 0.5 else rng.randint(0, 5)
        if kind == "clone_full":
            b["time_s"] = a["time_s"]
        elif kind == "clone_time":
            b["time_s"] = a["time_s"] + rng.choice([-7, 7])
        else:
            b["time_s"] = rng.choice([a["time_s"], a["time_s"] + 5])
            _perturb_to_tie(rng, ev, a["code"], b["code"])


def _perturb_to_tie(rng: random.Random, ev: dict[str, Any], a: str, b: str) -> None:
    """Nudge b's scores by a few steps until b's total equals a's but a lower level differs."""
    base = [s for s in ev["scores"] if s["code"] == b]
    others = [s for s in ev["scores"] if s["code"] != b]
    crit = {c["id"]: c for s in ev["sections"] for c in s["criteria"]}
    for attempt in range(150):
        trial = [dict(s) for s in base]
        for _ in range(rng.randint(1, 4)):
            s = rng.choice(trial)
            c = crit[s["criterion"]]
            step = Decimal(str(c["step"]))
            v = Decimal(str(s["value"])) + step * rng.choice([-2, -1, 1, 2])
            s["value"] = _json_num(min(Decimal(c["max"]), max(Decimal(0), v)))
        try:
            rows = {
                r["code"]: r
                for r in reference.compute_event(dict(ev, scores=others + trial))
            }
        except reference.CaseError:
            continue
        ra, rb = rows[a], rows[b]
        if ra["total"] != rb["total"]:
            continue
        if ra["sections"] != rb["sections"] or (trial != base and attempt > 20):
            ev["scores"] = others + trial
            return


def _drop_key_criteria_tied_below_print(ev: dict[str, Any]) -> None:
    """Keep a key criterion only if no two contestants' values differ yet print the same."""
    decimals = ev["decimals"]
    values = reference.criterion_values(ev)
    kept = []
    for k in ev["key_criteria"]:
        exact = {v[k] for v in values.values()}
        if len({reference.fmt(x, decimals) for x in exact}) == len(exact):
            kept.append(k)
    ev["key_criteria"] = kept


def random_case(seed: int) -> dict[str, Any]:
    """A case of one or two events, the same for the same seed."""
    rng = random.Random(seed)
    return {
        "contest": f"gen-{seed}",
        "events": [_event(rng, f"E{i + 1}") for i in range(rng.choice([1, 1, 2]))],
    }
