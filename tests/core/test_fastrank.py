"""The integer fast path gives exactly compute_event's section scores, totals and ranks."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from judge_app.core.engine import compute_event
from judge_app.core.entries import Entry, EventInputs, Penalty, Status
from judge_app.core.fastrank import ScoreTable, fast_rank
from judge_app.core.results import EventResult
from judge_app.core.scheme import CriterionKind, Event
from tests.core.builders import D, entry, event_from, two_sections

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


def numbers(result: EventResult) -> dict[str, tuple[Any, ...]]:
    """What the fast path must reproduce: section scores, total, rank, provisional, per code."""
    return {r.code: (tuple(s.score for s in r.sections), r.total, r.rank, r.provisional) for r in result.rows}


def fast_numbers(event: Event, inputs: EventInputs, table: ScoreTable | None = None) -> dict[str, tuple[Any, ...]]:
    return {r.code: (r.sections, r.total, r.rank, r.provisional) for r in fast_rank(event, inputs, table).rows()}


# -- properties ------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(event_specs(), st.randoms(use_true_random=False))
def test_fast_path_equals_compute_event_on_complete_scores(spec, rnd):
    event = event_from(spec)
    inputs = random_inputs(event, rnd)
    ranking = fast_rank(event, inputs)
    assert ranking.fallback == "" or "without a panel" in ranking.fallback
    if not ranking.fallback:  # the integer path really computed every ranked entry
        assert list(ranking.fast) == list(ranking.ranked)
    assert fast_numbers(event, inputs) == numbers(compute_event(event, inputs))


@settings(max_examples=80, deadline=None)
@given(event_specs(), st.randoms(use_true_random=False))
def test_missing_or_disagreeing_values_fall_back_per_entry(spec, rnd):
    event = event_from(spec)
    inputs = random_inputs(event, rnd, complete=False)
    assert fast_numbers(event, inputs) == numbers(compute_event(event, inputs))


@settings(max_examples=60, deadline=None)
@given(event_specs(extras=True), st.randoms(use_true_random=False))
def test_what_the_fast_path_does_not_cover_falls_back_to_compute_event(spec, rnd):
    event = event_from(spec)
    inputs = random_inputs(event, rnd, complete=rnd.random() < 0.5, extras=True)
    assert fast_numbers(event, inputs) == numbers(compute_event(event, inputs))


@settings(max_examples=60, deadline=None)
@given(event_specs(), st.randoms(use_true_random=False))
def test_score_table_in_any_order_with_strangers_equals_compute_event(spec, rnd):
    """A table with shuffled rows, foreign criteria, judges off the panel and extra decimals."""
    event = event_from(spec)
    inputs = random_inputs(event, rnd, complete=rnd.random() < 0.7)
    base = ScoreTable.from_inputs(event, inputs)
    criteria = list(base.criteria) + ["foreign"]
    judges = list(base.judges) + ["stranger"]
    rows = list(zip(base.entry.tolist(), base.criterion.tolist(), base.judge.tolist(), base.value.tolist()))
    extra_places = rnd.randint(0, 2)
    rows = [(e, c, j, v * 10**extra_places) for e, c, j, v in rows]
    if inputs.entries:
        rows.append((0, len(criteria) - 1, 0, 7))  # a criterion of another event: ignored
        rows.append((0, 0, len(judges) - 1, 3))  # a judge on no panel: ignored where a panel is set
    rnd.shuffle(rows)
    c_order = list(range(len(criteria)))
    rnd.shuffle(c_order)  # criteria listed in another order than the scheme's
    position = {c: i for i, c in enumerate(c_order)}
    table = ScoreTable(
        entry=np.array([r[0] for r in rows], dtype=np.int32),
        criterion=np.array([position[r[1]] for r in rows], dtype=np.int32),
        judge=np.array([r[2] for r in rows], dtype=np.int32),
        value=np.array([r[3] for r in rows], dtype=np.int64),
        places=base.places + extra_places,
        criteria=tuple(criteria[c] for c in c_order),
        judges=tuple(judges),
    )
    reference = EventInputs(entries=inputs.entries, penalties=inputs.penalties, playoffs=inputs.playoffs)
    reference.scores = table.scores_of(range(len(inputs.entries)), inputs)
    without_scores = EventInputs(entries=inputs.entries, penalties=inputs.penalties, playoffs=inputs.playoffs)
    assert fast_numbers(event, without_scores, table) == numbers(compute_event(event, reference))


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(RULES),
    st.integers(5, 8),
    st.lists(st.lists(st.integers(0, 20), min_size=8, max_size=8), min_size=1, max_size=6),
    st.sampled_from([1, 2]),
    st.sampled_from(["half_up", "half_even"]),
)
def test_section_scores_equal_exact_rational_rounding(rule, size, marks, decimals, rounding):
    """Reference: Fractions, rounded by hand. Both engines must agree with it (rule 3)."""
    spec = {
        "decimals": decimals,
        "rounding": rounding,
        "sections": [
            {
                "id": "s",
                "name": "s",
                "max": 10 * len(marks),
                "weight": 100,
                "rule": rule,
                "judges": [f"J{j}" for j in range(size)],
                "criteria": [{"id": f"c{i}", "name": f"c{i}", "max": 10, "step": "0.5"} for i in range(len(marks))],
            }
        ],
    }
    event = event_from(spec)
    inputs = EventInputs(entries=[entry("A")])
    exact = Fraction(0)
    for i, values in enumerate(marks):
        halves = sorted(Fraction(v, 2) for v in values[:size])
        for j, v in enumerate(values[:size]):
            inputs.add_score("A", f"c{i}", f"J{j}", D(v) / 2)
        if rule == "mean":
            exact += sum(halves) / size
        elif rule == "median":
            exact += (halves[(size - 1) // 2] + halves[size // 2]) / 2
        else:
            k = 2 if rule == "trimmed:2" else 1
            exact += sum(halves[k : size - k]) / (size - 2 * k)
    scaled = exact * 10**decimals
    down, rest = divmod(scaled, 1)
    up = rest > Fraction(1, 2) or (rest == Fraction(1, 2) and (rounding == "half_up" or down % 2 == 1))
    expected = Fraction(int(down) + up, 10**decimals)
    assert Fraction(compute_event(event, inputs).rows[0].section("s").score) == expected
    assert Fraction(fast_rank(event, inputs).rows()[0].sections[0]) == expected


# -- worked cases ----------------------------------------------------------------------------


def test_six_judge_means_summing_to_a_half_point_round_up():
    """12.5/6 + 38/6 + 5/6 = 9.25 exactly. Summed as 50-digit quotients at 28 digits it used to
    arrive as 9.249999…, and printed 9.2 instead of 9.3."""
    event = event_from(
        {
            "decimals": 1,
            "sections": [
                {
                    "id": "s",
                    "name": "实操",
                    "max": 30,
                    "weight": 100,
                    "rule": "mean",
                    "judges": [f"J{j}" for j in range(6)],
                    "criteria": [{"id": f"c{i}", "name": f"c{i}", "max": 10, "step": "0.5"} for i in range(3)],
                }
            ],
        }
    )
    inputs = EventInputs(entries=[entry("A")])
    for crit, values in (("c0", "2 2 2 2 2 2.5"), ("c1", "6 6 6 6 7 7"), ("c2", "1 1 1 1 0.5 0.5")):
        for j, value in enumerate(values.split()):
            inputs.add_score("A", crit, f"J{j}", D(value))
    row = compute_event(event, inputs).rows[0]
    assert row.section("s").score == D("9.3")
    assert row.total == D("31.0")  # 9.3 × 100 / 30
    assert fast_rank(event, inputs).rows()[0].sections == (D("9.3"),)


def test_weighted_total_of_thirds_and_sixths_rounds_exactly():
    """Weights 50/150 and 50/300: 0.01/3 + 0.01/6 = 0.005 → 0.01 half-up, 0.00 half-even."""
    for rounding, expected in (("half_up", D("0.01")), ("half_even", D("0.00"))):
        event = event_from(
            {
                "rounding": rounding,
                "sections": [
                    {"id": "a", "name": "a", "max": 150, "weight": 50,
                     "criteria": [{"id": "ca", "name": "ca", "max": 150, "step": "0.01", "kind": "measurement"}]},
                    {"id": "b", "name": "b", "max": 300, "weight": 50,
                     "criteria": [{"id": "cb", "name": "cb", "max": 300, "step": "0.01", "kind": "measurement"}]},
                ],
            }
        )
        inputs = EventInputs(entries=[entry("A")])
        inputs.add_score("A", "ca", "M", D("0.01"))
        inputs.add_score("A", "cb", "M", D("0.01"))
        assert compute_event(event, inputs).rows[0].total == expected
        assert fast_rank(event, inputs).rows()[0].total == expected


def test_ranks_ties_and_provisional_entries_on_the_usual_event():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A", time_s=300), entry("B"), entry("C", status="absent"), entry("D", time_s=200)])
    for code in "ABD":
        inputs.add_score(code, "T1", "J0", D("86.5"))
        for j in range(1, 6):
            inputs.add_score(code, "P1", f"J{j}", D(50))
            inputs.add_score(code, "P2", f"J{j}", D(25))
        inputs.add_score(code, "P3", "J1", D(1))
    del inputs.scores["B"]["P2"]["J5"]  # B is provisional: falls back to the Decimal engine
    ranking = fast_rank(event, inputs)
    rows = {r.code: r for r in ranking.rows()}
    assert (rows["D"].rank, rows["A"].rank) == (1, 2)  # equal totals: shorter time first
    assert rows["B"].provisional and not rows["B"].fast
    assert rows["C"].rank is None and rows["C"].sections == ()
    assert {r.code: (r.sections, r.total, r.rank, r.provisional) for r in rows.values()} == numbers(
        compute_event(event, inputs)
    )


def test_duplicate_rows_in_a_table_are_refused():
    event = two_sections()
    inputs = EventInputs(entries=[entry("A")])
    table = ScoreTable(
        entry=np.array([0, 0]),
        criterion=np.array([0, 0]),
        judge=np.array([0, 0]),
        value=np.array([5, 6]),
        places=0,
        criteria=("T1",),
        judges=("J0",),
    )
    with pytest.raises(ValueError, match="重复"):
        fast_rank(event, inputs, table)


def test_numbers_too_large_for_integers_fall_back_exactly():
    event = event_from(
        {
            "sections": [
                {"id": "s", "name": "s", "max": 10, "weight": 100, "rule": "mean", "judges": ["A", "B", "C"],
                 "criteria": [{"id": "c", "name": "c", "max": 10, "step": "0.5"}]}
            ]
        }
    )
    inputs = EventInputs(entries=[entry("X"), entry("Y")])
    for judge in "ABC":
        inputs.add_score("X", "c", judge, D("1e17"))  # nonsense, but compute_event copes with it
        inputs.add_score("Y", "c", judge, D("7.5"))
    ranking = fast_rank(event, inputs)
    assert "63-bit" in ranking.fallback
    assert fast_numbers(event, inputs) == numbers(compute_event(event, inputs))


def test_empty_event():
    event = two_sections()
    ranking = fast_rank(event, EventInputs())
    assert ranking.rows() == []


def test_no_judge_in_the_table_at_all_is_computed_not_crashed():
    """Found by hypothesis: a section without a panel whose only entry has an empty score dict."""
    event = event_from({
        "decimals": 1, "tie_breaks": [], "awards": {"tiers": []},
        "sections": [{"id": "s0", "name": "s0", "max": 3, "weight": 100, "rule": "mean",
                      "criteria": [{"id": "c", "name": "c", "max": 3, "step": "1", "kind": "measurement"}]}],
    })
    inputs = EventInputs(entries=[Entry(code="C1", event="E")], scores={"C1": {"c": {}}})
    assert fast_numbers(event, inputs) == numbers(compute_event(event, inputs))


def test_recusals_fall_back_to_compute_event():
    # two_sections: P1/P2 trimmed over J1–J5; J3 recused from A: (50+52+54+56 → drop 50, 56) = 53
    event = two_sections()
    inputs = EventInputs(entries=[entry("A")], recused={"A": frozenset({"J3"})})
    inputs.add_score("A", "T1", "J0", D(80))
    for judge, p1 in zip(("J1", "J2", "J4", "J5"), (50, 52, 54, 56)):
        inputs.add_score("A", "P1", judge, D(p1))
        inputs.add_score("A", "P2", judge, D(25))
    inputs.add_score("A", "P3", "J1", D(0))
    ranking = fast_rank(event, inputs)
    assert "回避" in ranking.fallback
    assert numbers(compute_event(event, inputs)) == {r.code: (r.sections, r.total, r.rank, r.provisional)
                                                      for r in ranking.rows()}
    assert not ranking.rows()[0].provisional
