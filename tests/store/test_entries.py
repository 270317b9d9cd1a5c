"""Importing rosters: all or nothing, no duplicates on re-import, on-site fields kept."""

from __future__ import annotations

from dataclasses import replace

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ImportRefused, NotFound, ScoreError
from judge_app.core.scheme import EntryKind
from judge_app.store import ContestDB, ImportCounts

from .sample import people


@pytest.fixture
def empty(db_path: Path) -> Iterator[ContestDB]:
    db = ContestDB.create(db_path, actor="张三")
    try:
        yield db
    finally:
        db.close()


def test_import_roundtrips_every_field(empty: ContestDB) -> None:
    team = Entry(
        code="T01", event="五小成果", group="职工组", name="节能小组", kind=EntryKind.TEAM, status=Status.OK,
        time_s=3600, unit="电厂", team="一队", gender="", id_number="", members=("甲", "乙"),
        title="变压器降噪", category="工序优化", phone="13800000000", note="备注",
    )
    assert empty.import_entries([team], source="a.xlsx") == ImportCounts(added=1, updated=0, unchanged=0)
    assert empty.entries() == [team]


def test_reimport_does_not_duplicate(empty: ContestDB) -> None:
    assert empty.import_entries(people(), source="roster.xlsx") == ImportCounts(7, 0, 0)
    assert empty.import_entries(people(), source="roster.xlsx") == ImportCounts(0, 0, 7)
    assert len(empty.entries()) == 7
    audit = [e for e in empty.audit_log() if e.action == "entries.import"]
    assert [(e.target, e.new) for e in audit] == [
        ("roster.xlsx", '{"added": 7, "updated": 0, "unchanged": 0}'),
        ("roster.xlsx", '{"added": 0, "updated": 0, "unchanged": 7}'),
    ]


def test_match_by_id_number_then_code_then_name_and_unit(empty: ContestDB) -> None:
    empty.import_entries(
        [
            Entry(code="", event="电工", name="王伟", id_number="320102199001010011"),
            Entry(code="C02", event="电工", name="李娜"),
            Entry(code="", event="电工", name="张敏", unit="供电公司"),
        ],
        source="v1",
    )
    counts = empty.import_entries(
        [
            Entry(code="C01", event="电工", name="王 伟", id_number="320102199001010011"),  # name corrected
            Entry(code="C02", event="电工", name="李娜", unit="电厂"),
            Entry(code="", event="电工", name="张敏", unit="供电公司", phone="139"),
            Entry(code="", event="焊工", name="王伟", id_number="320102199001010011"),  # other event
        ],
        source="v2",
    )
    assert counts == ImportCounts(added=1, updated=3, unchanged=0)
    assert [(e.event, e.code, e.name, e.unit, e.phone) for e in empty.entries()] == [
        ("焊工", "", "王伟", "", ""),
        ("电工", "", "张敏", "供电公司", "139"),
        ("电工", "C01", "王 伟", "", ""),
        ("电工", "C02", "李娜", "电厂", ""),
    ]


def test_reimport_keeps_what_was_recorded_on_site(empty: ContestDB) -> None:
    empty.import_entries(people(), source="roster.xlsx")
    empty.set_status("电工", "C02", Status.WITHDRAWN, reason="身体不适")
    empty.set_time("电工", "C02", 1800)
    without_codes = [dataclasses.replace(e, code="") for e in people()[:5]]
    assert empty.import_entries(without_codes, source="roster.xlsx") == ImportCounts(0, 0, 5)
    kept = empty.entries("电工")[1]
    assert (kept.code, kept.status, kept.time_s) == ("C02", Status.WITHDRAWN, 1800)


def test_failing_entry_in_the_middle_leaves_nothing(empty: ContestDB) -> None:
    roster = people()
    roster.insert(3, Entry(code="C01", event="电工", name="冒名者"))  # duplicate code
    audit_before = len(empty.audit_log())
    with pytest.raises(ImportRefused) as info:
        empty.import_entries(roster, source="bad.xlsx")
    assert info.value.problems == ["第 4 条 (冒名者): 与第 1 条检录号相同，名单重复 / listed twice"]
    assert "没有做任何改动" in str(info.value)
    assert empty.entries() == []
    assert len(empty.audit_log()) == audit_before
    assert empty.backups() == []


def test_every_problem_is_listed(empty: ContestDB) -> None:
    empty.import_entries(people(), source="roster.xlsx")
    with pytest.raises(ImportRefused) as info:
        empty.import_entries(
            [
                Entry(code="C09", event="电工", name="新人"),
                Entry(code="C01", event="电工", name="别人", id_number="110101199003070011"),  # 王伟's code
                Entry(code="", event="电工"),  # nobody
                Entry(code="C09", event="电工", name="新人", phone="1"),  # same as line 1
                Entry(code="C02", event="电工", name="新人", id_number="110101199003070099"),  # 李娜's code
                Entry(code="C09", event="电工", name="另一人", id_number="110101199003070055"),  # line 1's code
            ],
            source="bad.xlsx",
        )
    assert info.value.problems == [
        "第 2 条 (别人): 检录号 “C01” 已属于 王伟 / code already used",
        "第 3 条 (无名): 没有姓名、名称、检录号或身份证号 / no name, title, code or ID number",
        "第 4 条 (新人): 与第 1 条检录号相同，名单重复 / listed twice",
        "第 5 条 (新人): 检录号 “C02” 已属于 李娜 / code already used",
        "第 6 条 (另一人): 检录号 “C09” 与第 1 条重复 / duplicate code",
    ]
    assert len(empty.entries()) == 7


def test_a_team_known_by_its_title_alone_imports_and_is_recognised_again(empty: ContestDB) -> None:
    teams = [Entry(code="", event="电工", title="智能巡检小车", members=("赵强", "钱芳"), unit="供电公司"),
             Entry(code="", event="电工", title="节水冲洗阀", members=("吴刚",), unit="供电公司")]
    assert empty.import_entries(teams, source="teams.csv").added == 2
    again = empty.import_entries([teams[0], replace(teams[1], members=("吴刚", "郑丽"))], source="teams.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 1, 1)
    stored = {e.title: e.members for e in empty.entries()}
    assert stored == {"智能巡检小车": ("赵强", "钱芳"), "节水冲洗阀": ("吴刚", "郑丽")}
    with pytest.raises(ImportRefused) as info:
        empty.import_entries([teams[0], teams[0]], source="twice.csv")
    assert info.value.problems == ["第 2 条 (智能巡检小车): 与第 1 条名称和单位相同，名单重复 / listed twice"]


def test_empty_codes_may_repeat_but_id_numbers_not(empty: ContestDB) -> None:
    empty.import_entries(
        [Entry(code="", event="电工", name="甲", unit="A"), Entry(code="", event="电工", name="乙", unit="A")],
        source="draw-later.csv",
    )
    assert len(empty.entries()) == 2
    with pytest.raises(ImportRefused, match="第 2 条 \\(丙\\): 与第 1 条身份证号相同"):
        empty.import_entries(
            [
                Entry(code="X1", event="电工", name="丙", id_number="320102199001010011"),
                Entry(code="X2", event="电工", name="丙", id_number="320102199001010011"),
            ],
            source="dup.csv",
        )


def test_import_takes_a_backup(empty: ContestDB) -> None:
    empty.import_entries(people(), source="roster.xlsx")
    (backup,) = empty.backups()
    assert backup.name.endswith("-import.judge")


def test_entries_of_one_event_in_code_order(empty: ContestDB) -> None:
    roster = people()
    empty.import_entries(list(reversed(roster)), source="roster.xlsx")
    assert [e.code for e in empty.entries("电工")] == ["C01", "C02", "C03", "C04", "C05"]
    assert [e.event for e in empty.entries()] == ["工匠"] * 2 + ["电工"] * 5


def test_status_and_time_are_audited(empty: ContestDB) -> None:
    empty.import_entries(people(), source="roster.xlsx")
    empty.set_status("电工", "C05", Status.DISQUALIFIED, reason="违规操作")
    empty.set_time("电工", "C05", 2400)
    empty.set_time("电工", "C05", 2400)  # unchanged: not audited again
    last = empty.audit_log(limit=2)
    assert [(e.action, e.target, e.old, e.new, e.reason) for e in last] == [
        ("entry.status", "电工/C05", "ok", "disqualified", "违规操作"),
        ("entry.time", "电工/C05", None, "2400", ""),
    ]
    with pytest.raises(ScoreError, match="用时"):
        empty.set_time("电工", "C05", -1)
    with pytest.raises(NotFound):
        empty.set_status("电工", "C99", Status.ABSENT, reason="")


def test_same_name_and_unit_twice_is_ambiguous(empty: ContestDB) -> None:
    empty.import_entries(
        [
            Entry(code="", event="电工", name="王伟", unit="A", id_number="110101199003070011"),
            Entry(code="", event="电工", name="王伟", unit="A", id_number="110101199003070099"),
        ],
        source="v1",
    )
    with pytest.raises(ImportRefused, match="已有 2 条同名同单位的记录"):
        empty.import_entries([Entry(code="", event="电工", name="王伟", unit="A")], source="v2")
