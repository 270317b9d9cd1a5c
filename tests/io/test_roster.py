"""read_roster on rosters shaped like the real ones: every quirk, every check, located problems."""

import codecs
from datetime import date

import pytest

from judge_app.core.errors import ImportRefused
from judge_app.core.scheme import EntryKind
from judge_app.io.roster import KnownEvents, clean_name, clean_text, read_roster
from tests.io.helpers import HEADER, KNOWN, make_id, messages, people, write_csv, write_xlsx

TODAY = date(2026, 11, 25)


def read(path, **kw):
    kw.setdefault("known_events", KNOWN)
    return read_roster(path, today=TODAY, **kw)


def xlsx(tmp_path, rows, name="r.xlsx", **kw):
    return write_xlsx(tmp_path / name, rows, **kw)


# ------------------------------------------------------------------------------ layout


@pytest.mark.parametrize("titles, header_row", [(0, 1), (1, 2), (2, 3), (4, 5)])
def test_header_below_merged_titles(tmp_path, titles, header_row):
    report = read(xlsx(tmp_path, [HEADER, *people(6)], merge_titles=titles))
    assert report.ok, report.format_text()
    assert report.header_row == header_row
    assert len(report.entries) == 6
    assert report.entry_rows == list(range(header_row + 1, header_row + 7))
    assert report.columns["id_number"] == "D（身份证号）"


def test_header_on_row_5_after_blank_rows(tmp_path):
    report = read(xlsx(tmp_path, [HEADER, *people(2)], start_row=5, merge_titles=1))
    assert report.header_row == 5 and len(report.entries) == 2


@pytest.mark.parametrize(
    "header",
    [
        ("序号", "选手姓名", "性别", "身份证号码", "工作单位", "参赛工种"),
        ("序 号", "参赛选手", "性 别", "证件号码", "所在单位", "工种"),
        ("", "名字", "性别（男/女）", "公民身份号码\n(18位)", "推荐单位", "参赛项目"),
        ("序号", "*姓名：", "*性别", "*身份证号", "单位名称", "项目"),
    ],
)
def test_synonym_headers(tmp_path, header):
    report = read(xlsx(tmp_path, [header, *people(3)], merge_titles=1))
    assert report.ok, report.format_text()
    assert [e.name for e in report.entries] == [r[1] for r in people(3)]
    assert set(report.columns) == {"name", "gender", "id_number", "unit", "event"}


def test_no_header_is_an_error(tmp_path):
    report = read(xlsx(tmp_path, [["王伟", "男", make_id(1)], ["李娜", "女", make_id(2, male=False)]]))
    assert not report.ok and report.header_row is None
    assert "找不到表头" in report.errors[0].message


def test_no_name_column_is_an_error(tmp_path):
    report = read(xlsx(tmp_path, [["序号", "身份证号", "单位", "赛项"], [1, make_id(1), "X", "电工"]]))
    assert [p.message for p in report.errors][0].startswith("表头中没有姓名列")
    assert report.entries == []


def test_no_event_column_needs_a_default_event(tmp_path):
    path = xlsx(tmp_path, [["姓名", "身份证号"], ["王伟", make_id(1)]])
    assert "表头中没有赛项列" in read(path).errors[0].message
    report = read(path, default_event="电工 ")
    assert report.ok and report.entries[0].event == "电工"
    bad = read(path, default_event="电焊工")
    assert not bad.ok and "赛项“电焊工”不存在" in bad.errors[0].message and bad.errors[0].row is None


def test_default_event_fills_empty_cells_only(tmp_path):
    rows = [["姓名", "身份证号", "赛项"], ["王伟", make_id(1), ""], ["李娜", make_id(2, male=False), "焊工"]]
    report = read(xlsx(tmp_path, rows), default_event="电工")
    assert [e.event for e in report.entries] == ["电工", "焊工"]


# ------------------------------------------------------------------------------ CSV


@pytest.mark.parametrize(
    "encoding, bom, delimiter",
    [("utf-8", b"", ","), ("utf-8", codecs.BOM_UTF8, ","), ("gbk", b"", ","), ("gbk", b"", ";"),
     ("utf-8", b"", "\t"), ("utf-8", codecs.BOM_UTF8, ";")],
)
def test_csv_variants(tmp_path, encoding, bom, delimiter):
    path = write_csv(tmp_path / "r.csv", [["2026年报名表"], HEADER, *people(5)], encoding=encoding,
                     delimiter=delimiter)
    path.write_bytes(bom + path.read_bytes())
    report = read(path)
    assert report.ok, report.format_text()
    assert report.header_row == 2
    assert [e.name for e in report.entries] == [r[1] for r in people(5)]
    assert report.entries[0].unit == "XX公司0" and report.entries[0].event == "电工"
    assert report.sheet == ""


def test_csv_id_in_scientific_notation(tmp_path):
    rows = [HEADER, [1, "王伟", "男", "3.20102E+17", "X", "电工"], [2, "李娜", "女", "3.2010219900101E+17", "X", "焊工"]]
    report = read(write_csv(tmp_path / "r.csv", rows))
    assert [(r, m) for r, _, m in messages(report)] == [
        (2, "身份证号以数字格式保存，末几位已丢失，请将该列设置为文本格式后重新输入"),
        (3, "身份证号以数字格式保存，末几位已丢失，请将该列设置为文本格式后重新输入"),
    ]


# ------------------------------------------------------------------------------ normalising


def test_names_ids_and_digits_are_normalised(tmp_path):
    female = make_id(7, male=False)
    x_id = next(make_id(n) for n in range(100, 400) if make_id(n).endswith("X"))
    rows = [
        HEADER + ("联系电话",),
        [1, "王\u3000伟", "男", x_id.lower(), "XX公司  ", "电工 ", "１３８００００００００"],
        [2, " 李\u00a0 娜\t", "女 ", female, "\u3000XX 供电\u3000公司", "焊工", 13800000001],
        [3, "John   Smith ", "男", "".join(chr(ord(c) + 0xFEE0) for c in make_id(9)), "X", "车工", None],
        [4, "阿卜杜拉·买买提", "男", " " + make_id(11) + " ", "X", "车工", " 138 0000 0003 "],
    ]
    report = read(xlsx(tmp_path, rows))
    assert report.ok, report.format_text()
    a, b, c, d = report.entries
    assert (a.name, a.id_number, a.unit, a.event, a.phone) == ("王伟", x_id, "XX公司", "电工", "13800000000")
    assert (b.name, b.gender, b.unit, b.phone) == ("李娜", "女", "XX 供电 公司", "13800000001")
    assert (c.name, c.id_number) == ("John Smith", make_id(9))
    assert (d.name, d.id_number, d.phone) == ("阿卜杜拉·买买提", make_id(11), "13800000003")
    assert all(e.code == "" and e.kind is EntryKind.INDIVIDUAL for e in report.entries)


def test_clean_helpers():
    assert clean_name("王　伟 ") == "王伟"
    assert clean_name("  Li  Na ") == "Li Na"
    assert clean_name("ＪＯＨＮ　ＳＭＩＴＨ") == "JOHN SMITH"
    assert clean_text(" 第１组\u3000 ") == "第1组"


def test_gender_is_taken_from_the_id_when_empty(tmp_path):
    rows = [HEADER, [1, "王伟", "", make_id(1, male=True), "X", "电工"], [2, "李娜", None, make_id(2, male=False), "X", "电工"]]
    report = read(xlsx(tmp_path, rows))
    assert [e.gender for e in report.entries] == ["男", "女"]


# ------------------------------------------------------------------------------ checks


def test_id_stored_as_number_is_an_error_even_when_complete(tmp_path):
    good = make_id(3)
    rows = [HEADER, [1, "王伟", "男", float(good), "X", "电工"], [2, "李娜", "男", int(make_id(5)), "X", "电工"]]
    report = read(xlsx(tmp_path, rows, merge_titles=1))
    errors = report.errors
    assert [(p.row, p.column) for p in errors] == [(3, "D（身份证号）"), (4, "D（身份证号）")]
    assert all(p.message == "身份证号以数字格式保存，末几位已丢失，请将该列设置为文本格式后重新输入" for p in errors)
    assert errors[0].value.endswith("E+17")


@pytest.mark.parametrize(
    "value, word",
    [
        (make_id(1)[:17] + ("0" if make_id(1)[17] != "0" else "1"), "校验位不对"),
        ("32010219900230" + "1234", "不是有效日期"),
        ("3201021990010", "应为 18 位"),
        ("", "身份证号为空"),
        ("320102199001011", "15 位"),
    ],
)
def test_bad_ids(tmp_path, value, word):
    report = read(xlsx(tmp_path, [HEADER, [1, "王伟", "男", value, "X", "电工"]]))
    [problem] = report.errors
    assert (problem.row, problem.column) == (2, "D（身份证号）")
    assert word in problem.message


def test_gender_must_agree_with_the_id(tmp_path):
    rows = [HEADER, [1, "王伟", "女", make_id(1, male=True), "X", "电工"], [2, "李娜", "妖", make_id(2, male=False), "X", "电工"]]
    report = read(xlsx(tmp_path, rows))
    (r1, c1, m1), (r2, c2, m2) = messages(report)
    assert (r1, c1) == (2, "C（性别）") and "应为“男”" in m1 and "第 17 位" in m1
    assert (r2, c2) == (3, "C（性别）") and "性别应为“男”或“女”" in m2


def test_same_person_twice_names_both_rows(tmp_path):
    same = make_id(4)
    rows = [HEADER, *people(2), [3, "王伟", "男", same, "X", "电工"], [4, "王 伟", "男", same.lower(), "Y", "焊工"]]
    report = read(xlsx(tmp_path, rows, merge_titles=1))
    [(row, column, message)] = messages(report)
    assert (row, column) == (6, "D（身份证号）")
    assert "与第 5 行是同一人" in message
    assert len(report.entries) == 3


def test_same_person_without_id_column(tmp_path):
    rows = [["姓名", "单位", "赛项"], ["王伟", "XX公司", "电工"], ["李娜", "XX公司", "电工"], ["王　伟 ", "XX公司 ", "电工"],
            ["王伟", "YY公司", "电工"]]
    report = read(xlsx(tmp_path, rows))
    [(row, column, message)] = messages(report)
    assert (row, column) == (4, "A（姓名）") and "与第 2 行是同一人" in message


def test_same_name_unit_event_different_ids_is_a_warning(tmp_path):
    rows = [HEADER, [1, "王伟", "男", make_id(1), "X", "电工"], [2, "王伟", "男", make_id(3), "X", "电工"]]
    report = read(xlsx(tmp_path, rows))
    assert report.ok and len(report.entries) == 2
    [(row, _, message)] = messages(report, "warning")
    assert row == 3 and "与第 2 行同名" in message


def test_required_name_and_event(tmp_path):
    rows = [HEADER, [1, None, "男", make_id(1), "X", "电工"], [2, "李娜", "女", make_id(2, male=False), "X", ""],
            [3, "12345", "男", make_id(3), "X", "电工"]]
    report = read(xlsx(tmp_path, rows))
    assert messages(report) == [
        (2, "B（姓名）", "缺少姓名"),
        (3, "F（赛项）", "缺少赛项（应填写赛项/工种名称）"),
        (4, "B（姓名）", "姓名“12345”不像人名（应为文字，不是数字或符号）"),
    ]


def test_unknown_event_is_named_with_the_existing_ones(tmp_path):
    rows = [HEADER, [1, "王伟", "男", make_id(1), "X", "电焊工（高级）"], [2, "李娜", "女", make_id(2, male=False), "X", "茶艺"]]
    report = read(xlsx(tmp_path, rows))
    (r1, c1, m1), (r2, _, m2) = messages(report)
    assert (r1, c1) == (2, "F（赛项）")
    assert m1.startswith("赛项“电焊工（高级）”不存在；已有赛项：电工、焊工、车工、中式烹调师、茶艺师")
    assert "是否是“茶艺师”" in m2


def test_event_names_match_despite_spaces_and_width(tmp_path):
    known = {"电工(高级)": (), "茶艺师": ()}
    rows = [["姓名", "赛项"], ["王伟", "电工（高级） "], ["李娜", "茶 艺 师"]]
    report = read(xlsx(tmp_path, rows), known_events=known)
    assert [e.event for e in report.entries] == ["电工(高级)", "茶艺师"]


def test_no_contest_open_skips_the_event_check(tmp_path):
    rows = [HEADER + ("组别",), [1, "王伟", "男", make_id(1), "X", "任何赛项", "任何组"]]
    report = read(xlsx(tmp_path, rows), known_events=None)
    assert report.ok
    assert (report.entries[0].event, report.entries[0].group) == ("任何赛项", "任何组")
    assert any("未核对赛项" in p.message for p in report.notes)


def test_groups(tmp_path):
    known = {"电工": ("职工组", "学生组"), "焊工": ("职工组",), "车工": ()}
    rows = [
        ["姓名", "身份证号", "赛项", "组别"],
        ["甲", make_id(1), "电工", "职工组 "],
        ["乙", make_id(2), "电工", "教师组"],
        ["丙", make_id(3), "电工", ""],
        ["丁", make_id(4), "焊工", ""],
        ["戊", make_id(5), "车工", "职工组"],
    ]
    report = read(xlsx(tmp_path, rows), known_events=known)
    assert messages(report) == [
        (3, "D（组别）", "组别“教师组”在赛项“电工”中不存在；该赛项的组别：职工组、学生组"),
        (4, "D（组别）", "缺少组别；赛项“电工”分组别：职工组、学生组"),
    ]
    assert messages(report, "warning") == [(6, "D（组别）", "赛项“车工”不分组别，已忽略组别“职工组”")]
    assert [(e.name, e.group) for e in report.entries] == [("甲", "职工组"), ("丁", "职工组"), ("戊", "")]


def test_too_long_values(tmp_path):
    rows = [HEADER, [1, "王" * 60, "男", make_id(1), "X", "电工"], [2, "李娜", "女", make_id(2, male=False), "X" * 30000, "电工"]]
    report = read(xlsx(tmp_path, rows))
    assert [(r, c) for r, c, _ in messages(report)] == [(2, "B（姓名）"), (3, "E（单位）")]
    assert len(report.errors[1].value) < 100  # the huge value is shortened in the report


# ------------------------------------------------------------------------------ skipped rows


def test_blank_and_totals_rows_are_skipped_and_reported(tmp_path):
    rows = [HEADER, *people(3), [], [None, "  ", "\u3000"], *people(2, start=4), [], ["合计：5人"]]
    report = read(xlsx(tmp_path, rows, merge_titles=2))
    assert report.ok and len(report.entries) == 5
    c = report.counts
    assert (c.rows_read, c.data_rows, c.valid, c.imported, c.skipped_blank, c.skipped_totals) == (9, 5, 5, 5, 3, 1)
    notes = [(p.row, p.message) for p in report.notes]
    assert (None, "第 7–8 行是空行（2 行），已跳过") in notes
    assert (11, "空行，已跳过") in notes
    assert (12, "表尾的合计行，已跳过（合计：5人）") in notes
    text = report.format_text()
    assert "空行 3 行" in text and "合计行 1 行" in text


def test_number_only_row_at_the_end_is_a_totals_row(tmp_path):
    rows = [HEADER, *people(2), [None, None, None, None, None, None, 2], [None, "2", None]]
    report = read(xlsx(tmp_path, rows))
    assert report.ok and report.counts.skipped_totals == 2


def test_number_only_row_in_the_middle_is_not_skipped(tmp_path):
    rows = [HEADER, *people(1), [2, 3, None, None, 4], *people(1, start=3)]
    report = read(xlsx(tmp_path, rows))
    assert not report.ok and {p.row for p in report.errors} == {3}


def test_subtotal_rows_and_footer_lines(tmp_path):
    rows = [HEADER, *people(2), ["小计", None, None, None, None, None], *people(2, start=3),
            ["", "总计 4 人"], ["填表人：张三", None, None, "审核人：李四"], ["注：身份证号请填写 18 位"]]
    report = read(xlsx(tmp_path, rows))
    assert report.ok, report.format_text()
    assert report.counts.skipped_totals == 2 and report.counts.skipped_other == 2


def test_template_rows_with_only_a_number_are_blank(tmp_path):
    rows = [HEADER, *people(2), [3], [4], [5]]
    report = read(xlsx(tmp_path, rows))
    assert report.ok and report.counts.rows_read == 2 and report.problems == []


def test_repeated_header_row_is_skipped(tmp_path):
    rows = [HEADER, *people(2), list(HEADER), *people(2, start=3)]
    report = read(xlsx(tmp_path, rows))
    assert report.ok and len(report.entries) == 4
    assert [(p.row, p.message) for p in report.notes] == [(4, "重复的表头行，已跳过")]


# ------------------------------------------------------------------------------ mapping, teams, codes


def test_explicit_mapping(tmp_path):
    rows = [["报名人", "证件", "派出单位", "比赛"], ["王伟", make_id(1), "X", "电工"]]
    path = xlsx(tmp_path, rows)
    assert not read(path).ok
    report = read(path, mapping={"报名人": "name", "证件": "id_number", "派出单位": "unit", "D": "event"})
    assert report.ok, report.format_text()
    assert report.columns == {"name": "A（报名人）", "id_number": "B（证件）", "unit": "C（派出单位）", "event": "D（比赛）"}
    assert (report.entries[0].name, report.entries[0].unit) == ("王伟", "X")


def test_mapping_errors_are_reported(tmp_path):
    path = xlsx(tmp_path, [HEADER, *people(1)])
    report = read(path, mapping={"报名人": "name"})
    assert not report.ok and "“报名人”在表头（第 1 行）中找不到" in report.errors[0].message


def test_team_entries_with_members_title_and_codes(tmp_path):
    rows = [
        ["检录号", "成果名称", "负责人", "团队成员", "单位", "赛项", "类别"],
        ["A01", "数控刀具快换装置", "王伟", "李娜、张三，赵四", "XX公司", "五小成果", "工序优化"],
        ["Ａ０２", "节能风机", "", "钱五; 孙六", "YY公司", "五小成果", ""],
        ["A01", "重复编号", "周七", "", "ZZ公司", "五小成果", ""],
    ]
    report = read(xlsx(tmp_path, rows), known_events={"五小成果": ()}, mapping={"负责人": "name"})
    assert messages(report) == [(4, "A（检录号）", "检录号与第 2 行重复")]
    a, b = report.entries
    assert (a.code, a.title, a.name, a.members, a.kind, a.category) == (
        "A01", "数控刀具快换装置", "王伟", ("李娜", "张三", "赵四"), EntryKind.TEAM, "工序优化")
    assert (b.code, b.name, b.members) == ("A02", "", ("钱五", "孙六"))


# ------------------------------------------------------------------------------ report


def test_raise_if_errors_lists_every_error_with_its_place(tmp_path):
    rows = [HEADER, [1, None, "男", make_id(1), "X", "电工"], [2, "李娜", "女", float(make_id(2, male=False)), "X", "钳工"]]
    report = read(xlsx(tmp_path, rows, merge_titles=1))
    assert report.counts.imported == 0 and report.counts.errors == 3
    with pytest.raises(ImportRefused) as caught:
        report.raise_if_errors()
    refused = caught.value
    assert "r.xlsx" in str(refused) and "3 处错误" in str(refused) and "整个文件未导入" in str(refused)
    assert [p.split("：")[0] for p in refused.problems] == [
        "第 3 行 B（姓名）列", "第 4 行 D（身份证号）列", "第 4 行 F（赛项）列",
    ]


def test_ok_report_does_not_raise_and_serialises(tmp_path):
    report = read(xlsx(tmp_path, [HEADER, *people(2), [], ["合计"]], merge_titles=1))
    report.raise_if_errors()
    data = report.to_json()
    assert data["ok"] is True and data["header_row"] == 2 and data["sheet"] == "报名表"
    assert data["counts"]["imported"] == 2 and data["counts"]["skipped_totals"] == 1
    assert data["entries"][0]["kind"] == "individual" and data["entries"][0]["row"] == 3
    assert data["entries"][0]["members"] == []
    assert {"level", "file", "sheet", "row", "column", "message", "value"} <= set(data["problems"][0])
    import json

    json.dumps(data, ensure_ascii=False)  # plain JSON types only
    assert "结论：可以导入 2 条" in report.format_text()


def test_id_as_an_exact_int_cell_is_still_an_error(tmp_path):
    # another writer may store <v>320102...</v> without exponent: openpyxl then gives an int that
    # looks complete; Excel kept only 15 significant digits, so it is refused all the same
    from judge_app.io.roster import roster_from_table
    from judge_app.io.tabular import Row, Table

    good = make_id(5)
    table = Table(tmp_path / "t.xlsx", "xlsx", "表", [Row(1, HEADER), Row(2, (1, "王伟", "男", int(good), "X", "电工"))])
    report = roster_from_table(table, known_events=KNOWN, today=TODAY)
    assert messages(report) == [(2, "D（身份证号）", "身份证号以数字格式保存，末几位已丢失，请将该列设置为文本格式后重新输入")]
    assert report.errors[0].value == good


def test_a_row_without_unit_is_warned_not_refused(tmp_path):
    rows = people(2)
    rows[1][4] = ""  # 单位 left empty
    report = read(write_csv(tmp_path / "r.csv", [HEADER, *rows]))
    assert report.ok and len(report.entries) == 2
    assert [(row, text) for row, _col, text in messages(report, "warning")] == [
        (3, "缺少单位：成绩汇总表和获奖名单上单位将空着")]


def test_a_candidates_trade_under_the_word_for_event_is_their_category(tmp_path):
    """A 工匠 roster lists each candidate's 工种; with --event naming the candidates' event, that
    column is the trade (类别), not an unknown event on every row."""
    known = KnownEvents({"gj": (), "电工": ()}, {"gj": "县工匠", "电工": "电工"},
                        {"gj": EntryKind.CANDIDATE, "电工": EntryKind.INDIVIDUAL})
    path = write_csv(tmp_path / "候选人.csv", [["姓名", "工种", "单位"], ["陈刚", "焊工", "供电公司"],
                                               ["褚琳", "茶艺师", "茶业公司"]])
    report = read(path, known_events=known, default_event="县工匠")
    assert report.ok, messages(report)
    assert [(e.event, e.name, e.category) for e in report.entries] == [("gj", "陈刚", "焊工"), ("gj", "褚琳", "茶艺师")]
    assert any("工种/行业" in p.message for p in report.problems)
    skills = read(path, known_events=known, default_event="电工")  # a skills event: 工种 still names events
    assert not skills.ok and any("赛项“焊工”不存在" in p.message for p in skills.problems)
    named = write_csv(tmp_path / "含赛项.csv", [["姓名", "工种", "单位"], ["陈刚", "gj", "供电公司"]])
    assert [e.category for e in read(named, known_events=known, default_event="县工匠").entries] == [""]


def test_a_unit_roster_by_its_natural_header(tmp_path):
    """工人先锋号 nominations come as 班组名称, 所属单位, 负责人: no header word was known."""
    known = KnownEvents({"xf": ()}, {"xf": "工人先锋号"}, {"xf": EntryKind.UNIT})
    path = write_csv(tmp_path / "推荐名单.csv", [["班组名称", "所属单位", "负责人"], ["变电运维一班", "供电公司", "王伟"]])
    report = read(path, known_events=known, default_event="xf")
    assert report.ok, messages(report)
    assert [(e.title, e.unit, e.name, e.kind) for e in report.entries] == [("变电运维一班", "供电公司", "王伟", EntryKind.UNIT)]


def test_a_hidden_row_is_imported_with_a_warning_naming_it(tmp_path):
    """Offices hide the row of someone who withdrew instead of deleting it: the clerk is told."""
    import openpyxl

    path = xlsx(tmp_path, [HEADER, *people(3)], merge_titles=1)  # title row 1, header row 2, people 3–5
    book = openpyxl.load_workbook(path)
    book.active.row_dimensions[4].hidden = True
    book.save(path)
    report = read(path)
    assert messages(report, "warning") == [(4, "", "此行在表格中被隐藏，仍会导入；如此人不参赛，请在表格中删除该行（不要只隐藏）")]
    assert report.ok and len(report.entries) == 3
    assert messages(read(xlsx(tmp_path, [HEADER, *people(3)], name="plain.xlsx")), "warning") == []


def test_a_header_of_two_rows_is_read_as_one(tmp_path):
    """证件信息 merged over 身份证号 | 工作单位 on the row below, the other headers merged down."""
    import openpyxl

    rows = [["序号", "姓名", "性别", "证件信息", None, "赛项"], [None, None, None, "身份证号", "工作单位", None],
            *([n, name, gender, number, unit, event] for n, name, gender, number, unit, event in people(2))]
    path = xlsx(tmp_path, rows)
    book = openpyxl.load_workbook(path)
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"):
        book.active.merge_cells(cells)
    book.save(path)
    report = read(path)
    assert messages(report) == [] and report.header_row == 2
    assert [(e.name, e.id_number, e.unit) for e in report.entries] == [(p[1], p[3], p[4]) for p in people(2)]
    assert any("表头占两行（第 1 行和第 2 行）" in m for _, _, m in messages(report, "note"))


def _with_formula(path, cell, cached):
    """Put a formula in ``cell`` (openpyxl saves it without a result); ``cached``: with the result
    text saved too, as Excel or WPS do."""
    import zipfile

    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active[cell] = "=A1"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = next(name for name in parts if name.startswith("xl/worksheets/sheet"))
    if cached:
        parts[sheet] = parts[sheet].replace(f'<c r="{cell}"><f>A1</f><v></v></c>'.encode(),
                                            f'<c r="{cell}" t="str"><f>A1</f><v>王建国</v></c>'.encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_a_formula_saved_without_its_result_is_named_not_read_as_empty(tmp_path):
    report = read(_with_formula(xlsx(tmp_path, [HEADER, *people(2)]), "B3", cached=False))
    [(row, column, message)] = messages(report)
    assert (row, column) == (3, "B（姓名）") and "单元格是公式，但文件没有保存公式的计算结果" in message
    report = read(_with_formula(xlsx(tmp_path, [HEADER, *people(2)], name="saved.xlsx"), "B3", cached=True))
    assert messages(report) == [] and report.entries[1].name == "王建国"
