"""Finding the header row and the meaning of each column."""

import pytest

from judge_app.core.errors import ImportRefused
from judge_app.io.roster_headers import (
    find_header,
    header_field,
    normalize_header,
    parse_field,
    parse_mapping,
)
from judge_app.io.tabular import Row


def rows(*values):
    return [Row(i + 1, tuple(v)) for i, v in enumerate(values)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("姓名", "name"), ("选手姓名", "name"), ("参赛选手", "name"), ("名字", "name"),
        ("姓\u3000名", "name"), (" 姓 名 ", "name"), ("*姓名：", "name"), ("姓名:", "name"), ("＊姓名", "name"),
        ("性别", "gender"), ("性别（男/女）", "gender"),
        ("身份证号", "id_number"), ("身份证号码", "id_number"), ("证件号码", "id_number"),
        ("公民身份号码", "id_number"), ("身份证号码\n（18位）", "id_number"),
        ("单位", "unit"), ("工作单位", "unit"), ("所在单位", "unit"), ("推荐单位", "unit"),
        ("代表队", "team"), ("队伍", "team"),
        ("赛项", "event"), ("工种", "event"), ("参赛工种", "event"), ("参赛项目", "event"), ("项目", "event"),
        ("职业（工种）", "event"),
        ("组别", "group"), ("组", "group"),
        ("联系电话", "phone"), ("手机", "phone"), ("电话", "phone"),
        ("备注", "note"), ("序号", "seq"),
        ("检录号", "code"), ("编号", "code"), ("参赛号", "code"),
        ("类别", "category"), ("成员", "members"), ("团队成员", "members"),
        ("名称", "title"), ("项目名称", "title"), ("成果名称", "title"), ("建议名称", "title"),
        ("民族", None), ("", None), (None, None), (42, None),
        ("填报单位：县总工会（盖章）", None),
    ],
)
def test_header_words(text, expected):
    assert header_field(text) == expected


def test_normalize_header_strips_every_kind_of_space():
    assert normalize_header("\u3000身份证\u00a0号码\r\n*") == "身份证号码"


def test_header_found_below_title_rows():
    found = find_header(
        rows(
            ["2026年职工技能竞赛报名汇总表"],
            ["填报单位：县总工会（盖章）", None, None, "填报日期：2026年10月20日"],
            ["序号", "选手姓名", "性别", "身份证号码", "工作单位", "参赛工种", "联系电话", "备注"],
            [1, "王伟", "男", "320102199001011232", "XX公司", "电工", "13800000000", None],
        )
    )
    assert found.row.number == 3
    assert found.columns == {
        "seq": 0, "name": 1, "gender": 2, "id_number": 3, "unit": 4, "event": 5, "phone": 6, "note": 7,
    }
    assert found.label(3) == "D（身份证号码）"
    assert found.problems == []


def test_no_header_in_the_first_ten_rows():
    assert find_header(rows(*([["标题"]] * 10), ["姓名", "身份证号"])).row is None
    assert find_header(rows(["王伟", "男"], ["姓名"])).row is None  # one word is not a header


def test_the_row_with_most_words_wins():
    found = find_header(rows(["姓名", "备注"], ["序号", "姓名", "身份证号", "赛项"]))
    assert found.row.number == 2


def test_mapping_overrides_and_finds_odd_headers():
    found = find_header(
        rows(["报名人", "证件", "单位", "赛项"], ["王伟", "320102199001011232", "X", "电工"]),
        {"报名人": "name", "证件": "身份证号"},
    )
    assert found.row.number == 1
    assert found.columns == {"name": 0, "id_number": 1, "unit": 2, "event": 3}


def test_mapping_by_column_letter_and_ignore():
    found = find_header(rows(["姓名", "单位", "工种", "备注"]), {"D": "ignore", "C": "event"})
    assert found.columns == {"name": 0, "unit": 1, "event": 2}


def test_mapping_wins_over_the_guess():
    found = find_header(rows(["姓名", "联系人", "单位", "赛项"]), {"联系人": "name"})
    assert found.columns["name"] == 1
    assert [m for level, _, m in found.problems if level == "warning"] == [
        "A（姓名） 与 B（联系人） 都是姓名列，只使用了 B（联系人）"
    ]


def test_bad_mappings_are_problems():
    found = find_header(rows(["姓名", "单位", "赛项"]), {"报名人": "name", "单位": "wage"})
    errors = [m for level, _, m in found.problems if level == "error"]
    assert any("“报名人”在表头（第 1 行）中找不到" in m for m in errors)
    assert any("“wage”不认识" in m for m in errors)


def test_unknown_columns_are_noted():
    found = find_header(rows(["姓名", "民族", "赛项", "学历"]))
    notes = [m for level, _, m in found.problems if level == "note"]
    assert notes and "B（民族）" in notes[0] and "D（学历）" in notes[0]


def test_parse_mapping_and_fields():
    assert parse_mapping(["报名人=name", " D = id_number "]) == {"报名人": "name", "D": "id_number"}
    assert parse_field("身份证号") == "id_number" and parse_field("忽略") == "ignore"
    assert parse_field("ID") == "id_number" and parse_field("工资") is None
    with pytest.raises(ImportRefused, match="格式应为"):
        parse_mapping(["报名人"])
    with pytest.raises(ImportRefused, match="不认识"):
        parse_mapping(["报名人=工资"])
