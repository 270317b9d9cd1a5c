"""Awards: eligibility, rank bands, rest-with-floor, titles, boundary-tie warnings."""

from judge_app.core.entries import EventInputs
from tests.core.builders import D, entry, event_from, run


def _event(awards, sections=None):
    return event_from(
        {
            "tie_breaks": [],
            "sections": sections
            or [
                {"id": "a", "name": "理论", "max": 100, "weight": 30,
                 "criteria": [{"id": "ca", "name": "ca", "max": 100, "step": 1, "kind": "measurement"}]},
                {"id": "b", "name": "实操", "max": 100, "weight": 70,
                 "criteria": [{"id": "cb", "name": "cb", "max": 100, "step": 1, "kind": "measurement"}]},
            ],
            "awards": awards,
        }
    )


def _inputs(scores):
    inputs = EventInputs(entries=[entry(code) for code in scores])
    for code, (a, b) in scores.items():
        inputs.add_score(code, "ca", "J", D(a))
        inputs.add_score(code, "cb", "J", D(b))
    return inputs


def test_ineligible_keeps_rank_gets_nothing_moves_nobody_up():
    event = _event(
        {"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 1}],
         "section_pass_marks": {"a": 60, "b": 60}}
    )
    rows = {r.code: r for r in run(event, _inputs({"A": (50, 100), "B": (90, 80), "C": (90, 70)})).rows}
    assert rows["A"].rank == 1 and rows["A"].award is None and not rows["A"].eligible
    assert "理论未达合格线" in rows["A"].ineligible_reason
    assert (rows["B"].rank, rows["B"].award) == (2, "二等奖")
    assert (rows["C"].rank, rows["C"].award) == (3, None)


def test_rank_bands_and_rest_with_floor():
    event = _event(
        {"tiers": [{"name": "一等奖", "rank_to": 1}, {"name": "二等奖", "rank_to": 3}, {"name": "优秀奖", "rest": True, "min_total": 60}]}
    )
    scores = {"A": (100, 100), "B": (90, 90), "C": (80, 80), "D": (70, 70), "E": (50, 50)}
    rows = {r.code: r.award for r in run(event, _inputs(scores)).rows}
    assert rows == {"A": "一等奖", "B": "二等奖", "C": "二等奖", "D": "优秀奖", "E": None}


def test_title_needs_rank_range_and_both_sections_passed():
    event = _event(
        {"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 3}],
         "titles": [{"name": "技术能手", "rank_from": 1, "rank_to": 3, "section_pass_marks": {"a": 60, "b": 60}}]}
    )
    scores = {"A": (100, 100), "B": (55, 100), "C": (80, 80), "D": (70, 70)}
    rows = {r.code: r.titles for r in run(event, _inputs(scores)).rows}
    assert rows == {"A": ("技术能手",), "B": (), "C": ("技术能手",), "D": ()}


def test_two_titles_of_one_event_each_with_its_own_range_and_pass_mark():
    """技术能手 for the top 3, 比武精英 (a 技术比武 title) for the top 1 with 实操 ≥ 90: an entry can hold both."""
    event = _event(
        {"tiers": [{"name": "一等奖", "count": 1}],
         "titles": [{"name": "技术能手", "rank_from": 1, "rank_to": 3},
                    {"name": "比武精英", "rank_from": 1, "rank_to": 1, "section_pass_marks": {"b": 90}}]}
    )
    rows = {r.code: r.titles for r in run(event, _inputs({"A": (90, 95), "B": (95, 85), "C": (60, 80), "D": (50, 50)})).rows}
    assert rows == {"A": ("技术能手", "比武精英"), "B": ("技术能手",), "C": ("技术能手",), "D": ()}
    weak = {r.code: r.titles for r in run(event, _inputs({"A": (100, 89), "B": (80, 80)})).rows}
    assert weak == {"A": ("技术能手",), "B": ("技术能手",)}  # 1st but 实操 under 90: no 比武精英, nobody moves up


def test_tie_across_boundary_warns_and_both_get_the_award():
    event = _event({"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 1}]})
    result = run(event, _inputs({"A": (100, 100), "B": (80, 80), "C": (80, 80), "D": (10, 10)}))
    rows = {r.code: (r.rank, r.award) for r in result.rows}
    assert rows == {"A": (1, "一等奖"), "B": (2, "二等奖"), "C": (2, "二等奖"), "D": (4, None)}
    warnings = result.groups[0].warnings
    assert len(warnings) == 1 and "B、C" in warnings[0].message and "二等奖" in warnings[0].message


def test_groups_ranked_separately():
    event = _event({"tiers": [{"name": "一等奖", "count": 1}]})
    event = event.__class__(**{**event.__dict__, "groups": ("职工组", "学生组")})
    inputs = EventInputs(entries=[entry("A", group="职工组"), entry("B", group="学生组"), entry("C", group="学生组")])
    for code, value in {"A": 50, "B": 90, "C": 80}.items():
        inputs.add_score(code, "ca", "J", D(value))
        inputs.add_score(code, "cb", "J", D(value))
    result = run(event, inputs)
    assert [(g.group, [(r.code, r.rank, r.award) for r in g.rows]) for g in result.groups] == [
        ("职工组", [("A", 1, "一等奖")]),
        ("学生组", [("B", 1, "一等奖"), ("C", 2, None)]),
    ]


def test_absent_entry_is_unranked_without_award_and_not_called_failing():
    event = _event({"tiers": [{"name": "一等奖", "count": 1}], "pass_mark": 60})
    inputs = _inputs({"A": (90, 90)})
    inputs.entries.append(entry("B", status="absent"))
    rows = {r.code: r for r in run(event, inputs).rows}
    assert (rows["A"].rank, rows["A"].award) == (1, "一等奖")
    assert rows["B"].rank is None and rows["B"].award is None
    assert rows["B"].eligible and rows["B"].ineligible_reason == ""  # 缺考, not 未达合格线


def test_entries_with_nothing_scored_are_unranked_provisional_without_award():
    """A draft with no scores gave every entry rank 1* and 一等奖 (issue 16 item 10)."""
    event = _event({"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 2}]})
    inputs = EventInputs(entries=[entry(code) for code in ("A", "B", "C")])
    rows = run(event, inputs).rows
    assert [(r.rank, r.award, r.total, r.provisional) for r in rows] == [(None, None, None, True)] * 3
    inputs.add_score("B", "ca", "J", D(40))  # one value: B is ranked (provisionally), alone
    rows = {r.code: r for r in run(event, inputs).rows}
    assert (rows["B"].rank, rows["B"].award, rows["B"].provisional) == (1, "一等奖", True)
    assert [(rows[c].rank, rows[c].award) for c in "AC"] == [(None, None), (None, None)]
    assert [r.code for r in run(event, inputs).rows] == ["B", "A", "C"]  # the unscored listed last


def test_a_pass_mark_is_not_called_failed_while_scores_are_missing():
    """Only the theory scored: no award yet, but not 未达合格线 (issue 16, polish)."""
    from judge_app.core.awards import NOT_YET_SCORED

    event = _event({"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 2}],
                    "pass_mark": 60, "section_pass_marks": {"b": 60}})
    inputs = _inputs({"A": (90, 90), "C": (50, 40)})
    inputs.entries.append(entry("B"))
    inputs.add_score("B", "ca", "J", D(80))  # 实操 still to come
    rows = {r.code: r for r in run(event, inputs).rows}
    assert rows["B"].provisional and rows["B"].award is None
    assert rows["B"].ineligible_reason == NOT_YET_SCORED and "未达" not in rows["B"].ineligible_reason
    assert rows["C"].ineligible_reason.startswith("总分未达合格线")  # complete and below: failed
    section_only = _event({"tiers": [{"name": "一等奖", "count": 3}], "section_pass_marks": {"b": 60}})
    rows = {r.code: r for r in run(section_only, inputs).rows}
    assert rows["B"].ineligible_reason == NOT_YET_SCORED
    assert rows["C"].ineligible_reason == "实操未达合格线 60"
