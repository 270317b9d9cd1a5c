"""xlsx / CSV / JSON exports of the demo contest, read back and compared with the core."""

from __future__ import annotations

import csv
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from judge_app.app.reports import export, load_contest_data
from judge_app.core.errors import InvalidValue
from judge_app.core.fingerprint import ordered_rows, result_fingerprint


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from judge_app.demo import build_demo

    path = build_demo(tmp_path_factory.mktemp("demo") / "demo.judge")
    return path, load_contest_data(path, actor="秘书")


def as_decimal(value) -> Decimal | None:
    """A numeric cell read back (openpyxl gives float/int) as the Decimal it was written from."""
    return None if value is None else Decimal(repr(value))


def test_xlsx_sheets_equal_the_core_results(tmp_path, demo):
    path, data = demo
    [file] = export(path, "xlsx", tmp_path, data=data).files
    book = load_workbook(file)
    groups = [(e, g) for e in data.events for g in e.result.groups]
    assert book.sheetnames == ["汇总"] + [f"{e.event.name}-{g.group}" if g.group else e.event.name
                                         for e, g in groups]
    for item, group in groups:
        sheet = book[f"{item.event.name}-{group.group}" if group.group else item.event.name]
        header = [c.value for c in sheet[1]]
        assert header[:4] == ["名次", "编号", "姓名", "单位"]
        assert header[4:4 + len(item.event.sections)] == [s.name for s in item.event.sections]
        assert all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "A2"
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        expected = ordered_rows(group)
        assert len(rows) == len(expected)
        total_col = header.index("总分")
        for got, row in zip(rows, expected):
            assert got[0] == row.rank and got[1] == row.code and got[2] == row.entry.name
            for i, section in enumerate(item.event.sections):
                found = row.section(section.id)
                assert as_decimal(got[4 + i]) == (found.score if found else None)
            assert as_decimal(got[total_col]) == row.total
            assert (got[header.index("奖项")] or None) == row.award
        totals = [sheet.cell(r, total_col + 1) for r in range(2, sheet.max_row + 1)]
        assert {c.number_format for c in totals if c.value is not None} == {"0.00"}
        widths = [sheet.column_dimensions[chr(65 + i)].width for i in range(4)]
        assert widths[3] > widths[0]  # 单位 is wider than 名次
    summary = list(book["汇总"].iter_rows(values_only=True))
    assert summary[0][:4] == ("赛项", "组别", "参赛", "参加排名")
    fps = {(r[0], r[1] or ""): r[-1] for r in summary[1:]}
    assert fps == {(e.event.name, g.group): result_fingerprint(g) for e, g in groups}


def test_csv_has_bom_and_exact_decimals(tmp_path, demo):
    path, data = demo
    files = export(path, "csv", tmp_path, data=data).files
    assert len(files) == len(data.events)
    electric = next(e for e in data.events if e.event.name == "电工")
    file = next(f for f in files if f.name.startswith("电工"))
    raw = file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw[3:].decode("utf-8").splitlines()))
    assert rows[0][:3] == ["组别", "名次", "编号"]
    expected = ordered_rows(electric.result.groups[0])
    assert [r[2] for r in rows[1:]] == [row.code for row in expected]
    total = rows[0].index("总分")
    for got, row in zip(rows[1:], expected):
        assert got[total] == ("" if row.total is None else format(row.total, "f"))
        assert got[1] == ("" if row.rank is None else str(row.rank))


def test_awards_kind_lists_winners_with_masked_ids(tmp_path, demo):
    path, data = demo
    [file] = export(path, "csv", tmp_path, kind="awards", event="焊工", data=None).files
    rows = list(csv.reader(file.read_text(encoding="utf-8-sig").splitlines()))
    welding = next(e for e in data.events if e.event.name == "焊工")
    winners = [r for g in welding.result.groups for r in ordered_rows(g) if r.award]
    assert [r[3] for r in rows[1:]] == [w.code for w in winners]
    for got, row in zip(rows[1:], winners):
        assert got[-1] == row.entry.id_number[:4] + "*" * 10 + row.entry.id_number[-4:]


def test_json_holds_the_whole_computation_as_decimal_strings(tmp_path, demo):
    path, data = demo
    [file] = export(path, "json", tmp_path, data=data).files
    doc = json.loads(file.read_text(encoding="utf-8"), parse_float=lambda s: pytest.fail(s))
    assert doc["format"] == "judge_app.results/1"
    electric = next(e for e in doc["events"] if e["name"] == "电工")
    core = next(e for e in data.events if e.event.name == "电工").result.groups[0]
    assert electric["rules"]["decimals"] == 2 and electric["stage"] == "draft"
    group = electric["groups"][0]
    assert group["fingerprint"] == result_fingerprint(core)
    for got, row in zip(group["rows"], ordered_rows(core)):
        assert got["code"] == row.code and got["rank"] == row.rank
        assert (got["total"] and Decimal(got["total"])) == row.total
        for sec_got, sec in zip(got["sections"], row.sections):
            assert Decimal(sec_got["score"]) == sec.score and Decimal(sec_got["raw"]) == sec.raw
            for crit_got, crit in zip(sec_got["criteria"], sec.criteria):
                assert Decimal(crit_got["value"]) == crit.value  # exact, all digits
                assert {j: Decimal(v) for j, v in crit_got["values"].items()} == dict(crit.values)
                assert crit_got["dropped"] == list(crit.dropped)
    dg03 = next(r for r in group["rows"] if r["code"] == "DG03")
    assert dg03["tie_note"]
    assert any(r["status"] == "absent" and r["rank"] is None for r in group["rows"])


def test_unsupported_combinations_are_refused(tmp_path, demo):
    path, data = demo
    with pytest.raises(InvalidValue):
        export(path, "xlsx", tmp_path, kind="histogram", data=data)
    with pytest.raises(InvalidValue):
        export(path, "docx", tmp_path, data=data)
