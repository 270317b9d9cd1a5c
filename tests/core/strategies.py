"""Random events and inputs for the property tests of the engines (hypothesis strategies)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from judge_app.core.entries import Entry, EventInputs, Penalty, Status
from judge_app.core.scheme import CriterionKind, Event
from tests.core.builders import D

RULES = ["mean", "trimmed", "trimmed:2", "median"]
STEPS = ["1", "0.5", "0.25", "0.05", "0.125"]  # 0.05 and 0.125 reach exact half-way points
CRITERION_MAXES = [3, 6, 10]
TIE_LINKS = ["heaviest_section", "key_criteria", "time", "playoff"]


# -- random events and inputs (also used by test_live) ---------------------------------------


@st.composite
def event_specs(draw: Any, *, extras: bool = False) -> dict[str, Any]:
    """A random valid event: 1–3 sections, any rule, decimals 1/2, half-up/half-even, mixed kinds.

    ``extras`` adds what only the Decimal engine computes: vote sections, judge-total level and
    judgement sections without a panel.
    """
    n_sections = draw(st.integers(1, 3))
    cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=n_sections - 1, max_size=n_sections - 1)))
    weights = [b - a for a, b in zip([0] + cuts, cuts + [100])]
    sections: list[dict[str, Any]] = []
    all_criteria: list[str] = []
    shared_panel = draw(st.booleans())
    for s in range(n_sections):
        sid = f"s{s}"
        if extras and draw(st.integers(0, 5)) == 0:
            sections.append({"id": sid, "name": sid, "max": draw(st.sampled_from([10, 30])), "weight": weights[s], "kind": "vote"})
            continue
        rule = draw(st.sampled_from(RULES))
        need = 5 if rule == "trimmed:2" else 3 if rule == "trimmed" else 1
        size = draw(st.integers(need, 8))
        kinds = draw(
            st.lists(st.sampled_from(["judgement", "judgement", "measurement", "deduction"]), min_size=1, max_size=4)
        )
        criteria = []
        for c, kind in enumerate(kinds):
            cid = f"{sid}c{c}"
            all_criteria.append(cid)
            criteria.append(
                {
                    "id": cid,
                    "name": cid,
                    "max": draw(st.sampled_from(CRITERION_MAXES)),
                    "step": draw(st.sampled_from(STEPS)),
                    "kind": kind,
                }
            )
        section: dict[str, Any] = {
            "id": sid,
            "name": sid,
            "max": sum(c["max"] for c in criteria),
            "weight": weights[s],
            "rule": rule,
            "criteria": criteria,
        }
        judged = "judgement" in kinds
        if judged or draw(st.booleans()):  # a measurement-only section may have no panel
            prefix = "J" if shared_panel else f"{sid}J"
            section["judges"] = [f"{prefix}{j}" for j in range(size)]
        if extras and judged and draw(st.integers(0, 4)) == 0:
            if draw(st.booleans()):
                section["level"] = "judge_total"
            else:
                section.pop("judges", None)  # judgement without a panel: any judge, any count
        if draw(st.integers(0, 3)) == 0:
            section["time_penalty"] = {"limit_min": 5, "per_min": 1, "points": draw(st.sampled_from(["0.5", "1", "2.25"]))}
        sections.append(section)
    links = draw(st.lists(st.sampled_from(TIE_LINKS), unique=True, max_size=4))
    if all_criteria and draw(st.booleans()):
        links.append("criterion:" + draw(st.sampled_from(all_criteria)))
    if draw(st.booleans()):
        links.insert(0, "section:" + draw(st.sampled_from([s["id"] for s in sections])))
    draw(st.randoms(use_true_random=False)).shuffle(links)
    keys = draw(st.lists(st.sampled_from(all_criteria), unique=True, max_size=2)) if all_criteria else []
    return {
        "decimals": draw(st.sampled_from([1, 2])),
        "rounding": draw(st.sampled_from(["half_up", "half_even"])),
        "sections": sections,
        "key_criteria": keys,
        "tie_breaks": links,
        "groups": draw(st.sampled_from([[], ["职工组", "学生组"]])),
        "awards": _award_spec(draw, sections),
    }


def _award_spec(draw: Any, sections: list[dict[str, Any]]) -> dict[str, Any]:
    """Tiers, and sometimes pass marks (total, per section) and a title with its own pass mark."""
    awards: dict[str, Any] = {
        "tiers": [{"name": f"T{i}", "count": draw(st.integers(1, 3))} for i in range(draw(st.integers(0, 3)))]
    }
    if draw(st.booleans()):
        awards["pass_mark"] = draw(st.sampled_from([20, 40, 50, 60]))
    if draw(st.booleans()):
        section = draw(st.sampled_from(sections))
        awards["section_pass_marks"] = {section["id"]: section["max"] // 2}
    if draw(st.booleans()):
        awards["titles"] = [{"name": "技术能手", "rank_from": 1, "rank_to": draw(st.integers(1, 3)), "pass_mark": 45}]
    return awards


def panel_of(event: Event, section_id: str) -> tuple[str, ...]:
    section = event.section(section_id)
    return section.judges or ("M1", "M2")


def random_value(rnd: random.Random, crit: Any, spread: int) -> Decimal:
    """A value on the criterion's step; a small ``spread`` makes equal values (ties) likely."""
    steps = int(crit.max / crit.step)
    low = rnd.randint(0, max(steps - spread, 0))
    return crit.step * rnd.randint(low, min(low + spread, steps))


def random_inputs(event: Event, rnd: random.Random, *, complete: bool = True, extras: bool = False) -> EventInputs:
    """Entries (some absent, withdrawn...), every panel value (or some missing), penalties, times, play-offs."""
    groups = list(event.groups) or [""]
    n = rnd.randint(1, 12)
    statuses = [Status.OK] * 8 + [Status.ABSENT, Status.WITHDRAWN, Status.DISQUALIFIED]
    entries = [
        Entry(
            code=f"C{i:02d}",
            event=event.id,
            group=rnd.choice(groups),
            status=rnd.choice(statuses),
            time_s=rnd.choice([None, 250, 300, 301, 420, 900]),
        )
        for i in rnd.sample(range(40), n)
    ]
    inputs = EventInputs(entries=entries)
    spread = rnd.choice([1, 2, 4, 40])
    for e in entries:
        for section in event.sections:
            for crit in section.criteria:
                if crit.kind is CriterionKind.JUDGEMENT:
                    judges = section.judges or tuple(f"M{j}" for j in range(rnd.randint(1, 5)))
                    for judge in judges:
                        inputs.add_score(e.code, crit.id, judge, random_value(rnd, crit, spread))
                else:  # one value, sometimes entered twice (a second judge confirms)
                    value = random_value(rnd, crit, spread)
                    if crit.kind is CriterionKind.DEDUCTION and rnd.random() < 0.1:
                        value = crit.max + crit.step  # more than the max: the criterion stays at 0
                    judges = list(panel_of(event, section.id))
                    for judge in judges[: rnd.choice([1, 1, 2])]:
                        inputs.add_score(e.code, crit.id, judge, value)
        if not complete:
            _spoil(inputs, e.code, rnd)
    for e in entries:  # identical twins: equal totals, so the tie-break chain and codes decide
        if rnd.random() < 0.3:
            twin = rnd.choice(entries).code
            inputs.scores[e.code] = {c: dict(by_judge) for c, by_judge in inputs.scores.get(twin, {}).items()}
    for e in rnd.sample(entries, rnd.randint(0, len(entries))):
        section = rnd.choice(event.sections)
        inputs.penalties.append((e.code, Penalty(section.id, rnd.choice([D("0.5"), D(1), D(5), D("2.25")]), "违规")))
    for e in rnd.sample(entries, rnd.randint(0, len(entries))):
        inputs.playoffs[e.code] = rnd.choice([D(1), D(2), D("2.5")])
    if extras:
        for e in entries:
            if rnd.random() < 0.8:
                inputs.votes[e.code] = D(rnd.randint(0, 30))
    return inputs


def _spoil(inputs: EventInputs, code: str, rnd: random.Random) -> None:
    """Make an entry incomplete or inconsistent: a missing value, or two disagreeing entries."""
    scores = inputs.scores.get(code, {})
    if not scores or rnd.random() < 0.5:
        return
    crit = rnd.choice(sorted(scores))
    judges = sorted(scores[crit])
    if rnd.random() < 0.7:
        del scores[crit][rnd.choice(judges)]
    else:
        scores[crit]["ZZ"] = scores[crit][judges[0]] + 1  # an extra judge, or a disagreeing entry
