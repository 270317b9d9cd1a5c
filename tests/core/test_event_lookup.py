"""An event (or season) is found by its id or its name; a name two events share finds neither."""

from decimal import Decimal

import pytest

from judge_app.core.errors import NotFound
from judge_app.core.scheme import Contest, Event, Section, labelled, lookup_id


def event(eid: str, name: str) -> Event:
    return Event(id=eid, name=name, sections=(Section(id="s", name="模块", max=Decimal(100), weight=Decimal(100)),))


CONTEST = Contest(name="赛", events=(event("2026Q1", "2026年第一季度"), event("2026Q2", "2026年第二季度"),
                                     event("a", "同名"), event("b", "同名"), event("c", "a")))


@pytest.mark.parametrize("text, expected", [
    ("2026Q1", "2026Q1"), ("2026年第一季度", "2026Q1"), (" 2026q2 ", "2026Q2"), ("２０２６年第二季度", "2026Q2"),
    ("a", "a"),  # an id wins over another event's name
    ("c", "c"),
])
def test_an_event_is_found_by_id_or_name(text, expected):
    assert CONTEST.event(text).id == expected


def test_a_shared_name_finds_nothing_and_says_to_give_the_id():
    assert lookup_id((("a", "同名"), ("b", "同名")), "同名") is None
    with pytest.raises(NotFound, match="有 2 个赛项名为 “同名”，请用编号：a、b"):
        CONTEST.event("同名")


def test_an_unknown_event_lists_names_with_their_ids():
    with pytest.raises(NotFound, match=r"已有: 2026年第一季度（2026Q1）、2026年第二季度（2026Q2）"):
        CONTEST.event("2026Q3")
    assert labelled("电工", "电工") == "电工"
