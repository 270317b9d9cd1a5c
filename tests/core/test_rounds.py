"""Rounds (初赛 → 决赛), carried-over finals, seasons of periodic assessments, and their schemes."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.core.engine import compute_event, rank_group
from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.errors import SchemeError
from judge_app.core.results import EntryResult, EventResult
from judge_app.core.rounds import advancement, combine_rounds, combine_season, entrant_key
from judge_app.core.scheme import Event
from judge_app.core.scheme_json import FORMAT, contest_from_dict, contest_to_dict

D = Decimal


def one_section(event_id: str, **extra: Any) -> dict[str, Any]:
    """An event whose total equals its one measured value (max 100, weight 100); ties stay shared."""
    spec = {
        "id": event_id,
        "name": event_id,
        "tie_breaks": [],
        "sections": [
            {
                "id": "s",
                "name": "实操",
                "max": 100,
                "weight": 100,
                "criteria": [{"id": "c", "name": "成绩", "max": 100, "step": "0.25", "kind": "measurement"}],
            }
        ],
    }
    spec.update(extra)
    return spec


def contest(*events: dict[str, Any], seasons: list[dict[str, Any]] | None = None):
    data: dict[str, Any] = {"format": FORMAT, "contest": {"name": "t"}, "events": list(events)}
    if seasons is not None:
        data["seasons"] = seasons
    return contest_from_dict(data)


def scored(event: Event, rows: list[tuple], ids: bool = True) -> EventResult:
    """Compute ``event`` from (code, value or status, group, person) rows."""
    inputs = EventInputs()
    for code, value, group, person in rows:
        status = Status.parse(value) if isinstance(value, str) and not value[0].isdigit() else Status.OK
        inputs.entries.append(
            Entry(code=code, event=event.id, group=group, status=status, id_number=person if ids else "", name=person)
        )
        if status is Status.OK:
            inputs.add_score(code, "c", "J1", D(value))
    return compute_event(event, inputs)


# ---- advancement ------------------------------------------------------------------------------


def test_top_n_with_a_tie_at_the_cut_lets_both_advance_and_warns():
    ev = contest(one_section("P", advance={"top": 3})).events[0]
    result = scored(ev, [("A", "90", "", "a"), ("B", "85", "", "b"), ("C", "80", "", "c"), ("D", "80", "", "d"),
                         ("E", "70", "", "e"), ("F", "缺考", "", "f")])
    got = advancement(ev, result)
    # ranks 1, 2, 3, 3, 5: C and D share the 3rd place, the last place within the top 3
    assert [r.code for r in got.advancing] == ["A", "B", "C", "D"]
    (warning,) = got.groups[0].warnings
    assert "C、D" in warning.message and "并列第 3 名" in warning.message and "共晋级 4 名" in warning.message
    assert [r.code for r in got.groups[0].staying] == ["E", "F"]  # the absent one never advances


def test_no_warning_when_a_tie_sits_inside_the_quota():
    ev = contest(one_section("P", advance={"top": 3})).events[0]
    result = scored(ev, [("A", "90", "", "a"), ("B", "90", "", "b"), ("C", "80", "", "c"), ("D", "70", "", "d")])
    got = advancement(ev, result)
    assert [r.code for r in got.advancing] == ["A", "B", "C"] and got.groups[0].warnings == ()


def test_score_line_and_both_rules_together():
    rows = [("A", "90", "", "a"), ("B", "85", "", "b"), ("C", "79.75", "", "c"), ("D", "80", "", "d")]
    line = contest(one_section("P", advance={"line": "80"})).events[0]
    assert [r.code for r in advancement(line, scored(line, rows)).advancing] == ["A", "B", "D"]
    both = contest(one_section("P", advance={"top": 2, "line": "86"})).events[0]
    assert [r.code for r in advancement(both, scored(both, rows)).advancing] == ["A"]


def test_advancement_is_per_group():
    ev = contest(one_section("P", groups=["职工组", "学生组"], advance={"top": 1})).events[0]
    result = scored(ev, [("A", "90", "职工组", "a"), ("B", "95", "职工组", "b"), ("C", "60", "学生组", "c"),
                         ("D", "50", "学生组", "d")])
    got = advancement(ev, result)
    assert {g.group: [r.code for r in g.advancing] for g in got.groups} == {"职工组": ["B"], "学生组": ["C"]}


def test_provisional_entries_advance_with_a_warning():
    ev = contest(one_section("P", advance={"top": 2})).events[0]
    inputs = EventInputs(entries=[Entry("A", "P"), Entry("B", "P")])
    inputs.add_score("A", "c", "J1", D(50))
    inputs.add_score("B", "c", "J1", D(40))  # two entries that disagree: B is ranked provisionally
    inputs.add_score("B", "c", "J2", D(41))
    got = advancement(ev, compute_event(ev, inputs))
    assert [r.code for r in got.advancing] == ["A", "B"]
    assert any("B" in w.message and "暂定" in w.message for w in got.groups[0].warnings)


def test_advancement_without_a_rule_is_a_scheme_error():
    ev = contest(one_section("P")).events[0]
    with pytest.raises(SchemeError, match="没有晋级规则"):
        advancement(ev, scored(ev, [("A", "90", "", "a")]))


def ranked(ev: Event, totals: list[Decimal]) -> EventResult:
    rows = [EntryResult(Entry(f"X{i:03}", ev.id), total=t) for i, t in enumerate(totals)]
    return EventResult(ev.id, (rank_group(ev, "", rows, EventInputs()),))


@settings(max_examples=150, deadline=None)
@given(
    totals=st.lists(st.integers(min_value=0, max_value=40).map(lambda n: D(n) / 4 + 80), min_size=1, max_size=30),
    top=st.integers(min_value=1, max_value=12),
)
def test_advancement_count_is_the_quota_except_for_ties_at_the_cut(totals, top):
    ev = contest(one_section("P", advance={"top": top})).events[0]
    got = advancement(ev, ranked(ev, totals)).advancing
    ordered = sorted(totals, reverse=True)
    assert len(got) >= min(top, len(totals))
    if len(got) > top:  # only a shared last place may overflow the quota, and then it is warned about
        last = got[-1].total
        assert sum(1 for r in got if r.total == last) >= 2 and ordered[top - 1] == last
        assert advancement(ev, ranked(ev, totals)).groups[0].warnings
    # every total left behind is below every advancing total (equal totals share a rank here)
    assert all(t < min(r.total for r in got) for t in ordered[len(got):])


# ---- a final that carries the preliminary -------------------------------------------------------


def rounds(**final_extra: Any):
    return contest(
        one_section("初赛", advance={"top": 10, "to": "决赛"}),
        one_section("决赛", carry=[{"event": "初赛", "weight": 30}], **final_extra),
    )


def test_final_is_seventy_percent_final_plus_thirty_percent_preliminary():
    c = rounds()
    prelim, final = c.events
    # the same people carry other codes in the final (new lot draw): matched by ID number
    pre = scored(prelim, [("P1", "82.5", "", "110"), ("P2", "60", "", "220"), ("P3", "80", "", "330")])
    fin = scored(final, [("F1", "88.25", "", "110"), ("F2", "90", "", "220"), ("F3", "85", "", "330")])
    got = combine_rounds(final, fin, {"初赛": pre})
    rows = {r.code: r for r in got.result.rows}
    # F1: 88.25×70% + 82.50×30% = 61.775 + 24.75 = 86.525 → 86.53 (half-up)
    # F2: 90×70% + 60×30% = 63 + 18 = 81.00      F3: 85×70% + 80×30% = 59.5 + 24 = 83.50
    assert (rows["F1"].total, rows["F2"].total, rows["F3"].total) == (D("86.53"), D("81.00"), D("83.50"))
    assert [r.code for r in got.result.rows] == ["F1", "F3", "F2"]  # F2 won the final, not the whole
    assert [r.rank for r in got.result.rows] == [1, 2, 3]
    b = got.breakdown["F1"]
    assert (b.own_total, b.own_weight, b.parts[0].total, b.parts[0].weight) == (D("88.25"), 70, D("82.50"), 30)


def test_carried_total_uses_the_round_rounding_policy():
    c = rounds(rounding="half_even")
    pre = scored(c.events[0], [("P1", "82.5", "", "110")])
    fin = scored(c.events[1], [("F1", "88.25", "", "110")])
    # 86.525 → 86.52 under GB/T 8170 (the 5 is followed by nothing and 2 is even)
    assert combine_rounds(c.events[1], fin, {"初赛": pre}).result.rows[0].total == D("86.52")


def test_no_carry_means_the_final_starts_from_scratch():
    c = contest(one_section("初赛"), one_section("决赛"))
    fin = scored(c.events[1], [("F1", "88.25", "", "110")])
    assert combine_rounds(c.events[1], fin, {}).result is fin


def test_missing_preliminary_result_carries_zero_provisionally_and_warns():
    c = rounds()
    pre = scored(c.events[0], [("P1", "缺考", "", "110")])
    fin = scored(c.events[1], [("F1", "80", "", "110"), ("F2", "70", "", "999"), ("F3", "缺考", "", "330")])
    got = combine_rounds(c.events[1], fin, {"初赛": pre})
    rows = {r.code: r for r in got.result.rows}
    assert rows["F1"].total == D("56.00") and rows["F1"].provisional  # 80×70% + 0
    assert rows["F2"].total == D("49.00") and rows["F2"].provisional
    assert rows["F3"].rank is None and rows["F3"].total is None
    messages = " ".join(i.message for i in got.result.issues)
    assert "F1" in messages and "F2" in messages and "带入 0 分" in messages


def test_an_ambiguous_earlier_entrant_is_not_guessed():
    c = rounds()
    # two people named 王伟 without ID numbers in the same unit: the final's 王伟 carries nothing
    pre = scored(c.events[0], [("P1", "90", "", "王伟"), ("P2", "60", "", "王伟")], ids=False)
    fin = scored(c.events[1], [("F1", "80", "", "王伟")], ids=False)
    got = combine_rounds(c.events[1], fin, {"初赛": pre})
    assert got.result.rows[0].total == D("56.00") and got.result.rows[0].provisional
    assert "匹配到多名选手" in got.result.issues[0].message


def test_entrants_match_by_id_then_name_and_unit_then_code():
    assert entrant_key(Entry("A", "E", id_number="32010219900101123x", name="王伟")) == "id:32010219900101123X"
    assert entrant_key(Entry("A", "E", name="王伟", unit="一厂")) == "name:王伟|一厂"
    assert entrant_key(Entry("A", "E")) == "code:A"


@settings(max_examples=150, deadline=None)
@given(
    final=st.integers(min_value=0, max_value=10000),
    prelim=st.integers(min_value=0, max_value=10000),
    weight=st.integers(min_value=1, max_value=99),
)
def test_carry_over_equals_the_hand_formula(final, prelim, weight):
    c = contest(one_section("初赛"), one_section("决赛", carry=[{"event": "初赛", "weight": weight}]))
    f, p = D(final) / 100, D(prelim) / 100
    fin = ranked(c.events[1], [f])
    pre = ranked(c.events[0], [p])
    expected = ((f * (100 - weight) + p * weight) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert combine_rounds(c.events[1], fin, {"初赛": pre}).result.rows[0].total == expected


# ---- seasons: periodic assessments ------------------------------------------------------------


def season_contest(**season: Any):
    spec = {"id": "Y", "name": "2026年度", "periods": [{"event": q} for q in ("Q1", "Q2", "Q3", "Q4")]}
    spec.update(season)
    return contest(*(one_section(q) for q in ("Q1", "Q2", "Q3", "Q4")), seasons=[spec])


def quarters(c) -> dict[str, EventResult]:
    """Unit U1 in all four quarters (80, 90, 70, 85); U2 misses Q3 (90, 95, —, 92.5); U3 only in Q1."""
    marks = {"Q1": [("U1", "80"), ("U2", "90"), ("U3", "99")], "Q2": [("U1", "90"), ("U2", "95")],
             "Q3": [("U1", "70"), ("U2", "缺考")], "Q4": [("U1", "85"), ("U2", "92.5")]}
    return {q: scored(c.event(q), [(code, v, "", "") for code, v in rows], ids=False) for q, rows in marks.items()}


def season_rows(c):
    got = combine_season(c, c.seasons[0], quarters(c))
    return {r.code: r for r in got.result.rows}, got


def test_season_sum_with_missing_periods_counting_zero():
    rows, got = season_rows(season_contest(combine="sum"))
    # U1: 80+90+70+85 = 325; U2: 90+95+0+92.5 = 277.5; U3: 99
    assert (rows["U1"].total, rows["U2"].total, rows["U3"].total) == (D("325.00"), D("277.50"), D("99.00"))
    assert [r.code for r in got.result.rows] == ["U1", "U2", "U3"]
    assert "Q3" in got.notes["U2"] and "计 0 分" in got.notes["U2"]
    assert rows["U2"].section("Q3").score is None and rows["U2"].section("Q4").score == D("92.50")


def test_season_mean_renormalised_over_the_periods_held():
    rows, got = season_rows(season_contest(combine="mean", missing="renormalise"))
    # U1: 325/4 = 81.25; U2: 277.5/3 = 92.5; U3: 99/1 = 99
    assert (rows["U1"].total, rows["U2"].total, rows["U3"].total) == (D("81.25"), D("92.50"), D("99.00"))
    assert [r.code for r in got.result.rows] == ["U3", "U2", "U1"]


def test_season_sum_renormalised_scales_to_all_periods():
    rows, _ = season_rows(season_contest(combine="sum", missing="renormalise"))
    # U2: 277.5 × 4/3 = 370; U3: 99 × 4 = 396
    assert (rows["U2"].total, rows["U3"].total) == (D("370.00"), D("396.00"))


def test_season_weighted_and_exclude():
    weights = {"Q1": 20, "Q2": 20, "Q3": 30, "Q4": 30}
    spec = {"combine": "weighted", "missing": "exclude", "periods": [{"event": q, "weight": w} for q, w in weights.items()]}
    rows, got = season_rows(season_contest(**spec))
    # U1: 80×.2 + 90×.2 + 70×.3 + 85×.3 = 16 + 18 + 21 + 25.5 = 80.5
    assert rows["U1"].total == D("80.50") and rows["U1"].rank == 1
    assert rows["U2"].total is None and rows["U2"].rank is None and "不参加年度排名" in got.notes["U2"]
    assert [r.code for r in got.result.rows][0] == "U1"


def test_season_tie_broken_by_the_latest_period_and_awards():
    c = contest(one_section("M1"), one_section("M2"), seasons=[{
        "id": "Y", "name": "年度", "combine": "sum", "periods": [{"event": "M1"}, {"event": "M2"}],
        "tie_breaks": ["section:M2"], "awards": {"tiers": [{"name": "年度先进", "count": 1}]}}])
    periods = {
        "M1": scored(c.event("M1"), [("A", "90", "", ""), ("B", "80", "", "")], ids=False),
        "M2": scored(c.event("M2"), [("A", "80", "", ""), ("B", "90", "", "")], ids=False),
    }
    got = combine_season(c, c.seasons[0], periods).result
    assert [(r.code, r.total, r.rank, r.award) for r in got.rows] == [
        ("B", D("170.00"), 1, "年度先进"), ("A", D("170.00"), 2, None)]
    assert "M2" in got.rows[0].tie_note


# ---- scheme declarations --------------------------------------------------------------------


def problems(*events: dict[str, Any], seasons: list[dict[str, Any]] | None = None) -> str:
    with pytest.raises(SchemeError) as caught:
        contest(*events, seasons=seasons)
    return "\n".join(caught.value.problems)


def test_bad_round_declarations_are_named():
    text = problems(
        one_section("A", advance={}),
        one_section("B", advance={"top": 0, "line": "120", "to": "Z"}),
        one_section("C", carry=[{"event": "C", "weight": 30}, {"event": "A", "weight": 80}]),
        one_section("D", standard_score={"spread": "0"}),
    )
    assert "赛项 “A” 晋级规则: 须给出前 N 名 (top) 或分数线 (line)" in text
    assert "晋级名额至少为 1" in text and "分数线 120 超出 0–100" in text and "下一轮赛项 “Z” 不存在" in text
    assert "前一轮赛项 “C” 不存在或就是本赛项" in text
    assert "带入权重之和 30 + 80 应小于 100" in text
    assert "离散度 (spread) 应大于 0" in text


def test_bad_season_declarations_are_named():
    text = problems(
        one_section("Q1"), one_section("Q2"),
        seasons=[
            {"id": "Y", "periods": [{"event": "Q1", "weight": 60}, {"event": "Q2", "weight": 30}], "combine": "weighted"},
            {"id": "Q1", "periods": [{"event": "Q9"}, {"event": "Q2", "weight": 50}], "tie_breaks": ["time"]},
            {"id": "Z", "periods": []},
        ],
    )
    assert "各期权重之和应为 100，现为 Q1 60 + Q2 30 = 90" in text
    assert "编号 “Q1” 与赛项编号相同" in text and "考核期赛项 “Q9” 不存在" in text
    assert "只有加权合计 (combine: weighted) 才给各期权重" in text
    assert "并列处理只能是 section:<考核期赛项>" in text
    assert "没有考核期" in text
    unknown = problems(one_section("Q1"), seasons=[{"id": "Y", "periods": [{"event": "Q1"}], "missing": "ignore"}])
    assert "scheme.seasons[0].missing: 未知的缺期处理 “ignore”" in unknown


def test_round_and_season_declarations_survive_a_json_round_trip():
    c = contest(
        one_section("初赛", advance={"top": 10, "line": "60", "to": "决赛"}),
        one_section("决赛", carry=[{"event": "初赛", "weight": "30"}], standard_score=True),
        seasons=[{"id": "Y", "name": "年度", "periods": [{"event": "初赛", "weight": 40}, {"event": "决赛", "weight": 60}],
                  "combine": "weighted", "missing": "renormalise", "decimals": 1, "tie_breaks": ["section:决赛"]}],
    )
    again = contest_from_dict(contest_to_dict(c))
    assert again == c
    assert c.events[1].standard is not None and c.events[1].standard.point == 700 and c.events[1].own_weight == 70


@settings(max_examples=150, deadline=None)
@given(
    totals=st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=10000)), min_size=1, max_size=6),
    combine=st.sampled_from(["sum", "mean"]),
    missing=st.sampled_from(["zero", "renormalise", "exclude"]),
)
def test_season_total_equals_the_hand_formula(totals, combine, missing):
    from judge_app.core.rounds import season_total

    spec = {"id": "Y", "combine": combine, "missing": missing,
            "periods": [{"event": f"M{i}"} for i in range(len(totals))]}
    c = contest(*(one_section(f"M{i}") for i in range(len(totals))), seasons=[spec])
    values = [None if t is None else D(t) / 100 for t in totals]
    held = [v for v in values if v is not None]
    got = season_total(c.seasons[0], values)
    if not held or (missing == "exclude" and len(held) < len(values)):
        assert got is None
        return
    count = len(held) if missing == "renormalise" else len(values)
    # sum: Σ held × all / counted; mean: Σ held / counted (counted = all periods unless renormalised)
    assert got == Fraction(sum(held)) * (len(values) if combine == "sum" else 1) / count
