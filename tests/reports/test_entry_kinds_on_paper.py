"""Each entry kind shows what it is on the 成绩汇总表, 获奖名单, 成绩单 and in the xlsx export: a team's
name and members, a project's name and unit, a proposal's title and proposers, a candidate's trade."""

from __future__ import annotations

import dataclasses

import pytest
from openpyxl import load_workbook

from judge_app.core.entries import Entry
from judge_app.core.people import SEALED, view_result
from judge_app.core.results import GroupResult
from judge_app.core.scheme import EntryKind
from judge_app.io.export_xlsx import write_xlsx
from judge_app.reports.award_list import build_award_list
from judge_app.reports.result_sheet import build_result_sheet
from judge_app.reports.transcript import build_transcripts
from tests.reports.builders import compact, make_contest, make_event, make_event_result, make_group, page_texts

#: kind → (the entry's fields, the headers and texts that must be on paper)
KINDS = {
    EntryKind.TEAM: (dict(title="电力抢修突击队", name="", members=("王伟", "李娜", "赵强"), unit="南京供电公司"),
                     ("团队名称", "成员"), ("电力抢修突击队", "王伟、李娜、赵强", "南京供电公司")),
    EntryKind.PROJECT: (dict(title="智能巡检机器人", name="", members=(), unit="徐工集团"),
                        ("项目名称",), ("智能巡检机器人", "徐工集团")),
    EntryKind.PROPOSAL: (dict(title="降低变压器空载损耗", name="周明", members=("吴涛",), unit="扬子江船业",
                              category="节能降耗"),
                         ("建议名称", "建议人", "建议类别"), ("降低变压器空载损耗", "周明、吴涛", "节能降耗")),
    EntryKind.CANDIDATE: (dict(name="孙海燕", category="焊工", unit="中建八局第三建设有限公司"),
                          ("姓名", "工种/行业"), ("孙海燕", "焊工")),
}


def kind_result(kind: EntryKind):
    event = dataclasses.replace(make_event(), entry_kind=kind)
    fields, _, _ = KINDS[kind]
    group = make_group(event, 3)
    rows = tuple(dataclasses.replace(r, entry=dataclasses.replace(r.entry, kind=kind, id_number="", **fields))
                 if i == 0 else dataclasses.replace(r, entry=dataclasses.replace(r.entry, kind=kind, id_number=""))
                 for i, r in enumerate(group.rows))
    return event, make_event_result(event, [GroupResult(event.id, group.group, rows)])


@pytest.mark.parametrize("kind", list(KINDS), ids=lambda k: k.value)
@pytest.mark.parametrize("build", [build_result_sheet, build_award_list, build_transcripts],
                         ids=["result_sheet", "award_list", "transcript"])
def test_sheets_show_what_the_entry_is(tmp_path, kind, build):
    event, result = kind_result(kind)
    _, headers, texts = KINDS[kind]
    pdf = tmp_path / "sheet.pdf"
    build(pdf, make_contest(event), event, result, stage="final")
    text = compact("".join(page_texts(pdf)))
    for expected in (*headers, *texts):
        assert compact(expected) in text, expected


def test_proposal_title_is_not_the_proposer(tmp_path):
    event, result = kind_result(EntryKind.PROPOSAL)
    pdf = tmp_path / "sheet.pdf"
    build_result_sheet(pdf, make_contest(event), event, result, stage="final")
    text = compact("".join(page_texts(pdf)))
    assert compact("建议名称建议人") in text  # the title column, then the proposers
    assert "身份证号" not in text


@pytest.mark.parametrize("kind", list(KINDS), ids=lambda k: k.value)
@pytest.mark.parametrize("table", ["results", "awards"])
def test_xlsx_cells_hold_title_and_members(tmp_path, kind, table):
    event, result = kind_result(kind)
    _, headers, texts = KINDS[kind]
    path = write_xlsx(tmp_path / "out.xlsx", [(event, result, "final")], table)
    sheet = load_workbook(path).worksheets[1]
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, (c.value for c in sheet[2])))
    for head in headers:
        assert head in header
    for expected in texts:
        assert expected in first.values(), expected
    assert isinstance(first["总分"], (int, float))  # the numeric columns moved with the who columns


def test_sealed_sheet_keeps_a_projects_title_but_not_the_members(tmp_path):
    event, result = kind_result(EntryKind.TEAM)
    pdf = tmp_path / "sealed.pdf"
    build_result_sheet(pdf, make_contest(event), event, view_result(result, SEALED), stage="draft")
    text = compact("".join(page_texts(pdf)))
    assert "电力抢修突击队" in text
    assert "王伟、李娜" not in text and "南京供电公司" not in text


def test_individual_sheet_keeps_name_and_unit_only(tmp_path):
    event = make_event()
    result = make_event_result(event, [make_group(event, 3)])
    pdf = tmp_path / "sheet.pdf"
    build_result_sheet(pdf, make_contest(event), event, result, stage="final")
    text = compact("".join(page_texts(pdf)))
    assert "姓名单位" in text and "成员" not in text


def test_unit_entries_are_named_by_their_title():
    from judge_app.core.entry_kinds import who_fields, who_values

    entry = Entry("U01", "e", kind=EntryKind.UNIT, title="城东变电站", unit="南京供电公司", name="")
    fields = who_fields(EntryKind.UNIT, [entry])  # a 班组 or station: its parent unit beside it
    assert [f.header for f in fields] == ["单位名称", "所属单位"]
    assert who_values(fields, entry) == ["城东变电站", "南京供电公司"]
    alone = Entry("U02", "e", kind=EntryKind.UNIT, unit="南京供电公司", name="")  # the unit itself competes
    fields = who_fields(EntryKind.UNIT, [alone])
    assert [f.header for f in fields] == ["单位名称"] and who_values(fields, alone) == ["南京供电公司"]
