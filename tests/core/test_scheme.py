"""Scheme JSON round trip and validation messages a clerk can act on."""

import pytest

from judge_app.core.errors import SchemeError
from judge_app.core.scheme_json import contest_from_dict, contest_to_dict
from tests.core.builders import event_from, two_sections


def _problems(spec):
    with pytest.raises(SchemeError) as info:
        event_from(spec)
    return "\n".join(info.value.problems)


def _section(**over):
    base = {"id": "s", "name": "实操", "max": 100, "weight": 100, "judges": ["A", "B", "C"],
            "criteria": [{"id": "c", "name": "工艺", "max": 100, "step": "0.5"}]}
    base.update(over)
    return base


def test_round_trip_keeps_everything():
    event = two_sections(awards={"tiers": [{"name": "一等奖", "percent": "10"}, {"name": "优秀奖", "rest": True, "min_total": "60"}],
                                 "pass_mark": "60", "titles": [{"name": "技术能手", "rank_from": 1, "rank_to": 3}]})
    from judge_app.core.scheme import Contest

    contest = Contest("赛", (event,))
    assert contest_from_dict(contest_to_dict(contest)) == contest


def test_weights_must_sum_to_100():
    text = _problems({"sections": [_section(weight=60), _section(id="t", weight=30)]})
    assert "权重之和应为 100" in text and "= 90" in text


def test_trimmed_k_with_too_few_judges():
    text = _problems({"sections": [_section(rule="trimmed:2")]})
    assert "至少需要 5 名裁判" in text and "只有 3 名" in text


def test_step_must_divide_max():
    text = _problems({"sections": [_section(criteria=[{"id": "c", "name": "工艺", "max": 100, "step": "0.3"}])]})
    assert "步长 0.3 不能整除满分 100" in text


def test_criteria_must_add_up_to_section_max():
    text = _problems({"sections": [_section(criteria=[{"id": "c", "name": "工艺", "max": 90, "step": 1}])]})
    assert "之和 90 不等于模块满分 100" in text


def test_every_problem_is_located():
    text = _problems({"decimals": "x", "sections": [_section(rule="best", max="abc")]})
    assert "events[0].decimals" in text and "sections[0].rule" in text and "sections[0].max" in text


def test_unknown_key_criterion_and_award_size():
    text = _problems({"key_criteria": ["Z"], "sections": [_section()],
                      "awards": {"tiers": [{"name": "一等奖", "count": 1, "percent": 10}]}})
    assert "关键评分项 “Z” 不存在" in text and "只须用一种方式" in text


def test_marks_beyond_the_total_and_a_zero_step_are_refused() -> None:
    for extra, expected in (
        ({"awards": {"tiers": [{"name": "一等奖", "count": 1}], "pass_mark": "120"}}, "合格线 120 超出总分范围 0–100"),
        ({"awards": {"tiers": [{"name": "一等奖", "percent": "0"}]}}, "百分比应大于 0、不超过 100，现为 0"),
    ):
        with pytest.raises(SchemeError) as caught:
            two_sections(extra=extra)
        assert any(expected in p for p in caught.value.problems), caught.value.problems
    with pytest.raises(SchemeError) as caught:
        event_from({"sections": [{"id": "s", "name": "实操", "max": 10, "weight": 100, "criteria": [
            {"id": "c", "name": "工艺", "max": 10, "step": 0, "kind": "measurement"}]}]})
    assert any("步长应大于 0" in p for p in caught.value.problems)
