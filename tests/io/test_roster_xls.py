"""Rosters saved as Excel 97-2003 .xls (old WPS/Excel templates): read like any xlsx."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.core.errors import ImportRefused
from judge_app.io.roster import read_roster
from judge_app.io.tabular import read_table
from tests.io.data.make_roster_xls import PEOPLE
from tests.io.helpers import KNOWN, make_id

XLS = Path(__file__).with_name("data") / "roster_wps.xls"


def test_the_xls_reads_with_excel_row_numbers_and_types() -> None:
    table = read_table(XLS)
    assert (table.kind, table.sheet, table.sheets) == ("xls", "报名表", ("报名表", "有误", "填表说明"))
    assert table.rows[0].number == 1 and table.rows[0].text(0).startswith("2026年")
    header = next(r for r in table.rows if r.text(1) == "选手姓名")
    assert header.number == 3 and header.values[:2] == ("序号", "选手姓名")
    first = table.rows[3]
    assert first.number == 4 and first.value(0) == 1 and not first.is_number(3)  # the ID kept as text


def test_the_roster_is_imported_normalised_with_blank_and_totals_rows_skipped() -> None:
    report = read_roster(XLS, known_events=KNOWN)
    assert report.ok, report.format_text()
    assert report.header_row == 3 and report.kind == "xls"
    assert [e.name for e in report.entries] == ["".join(p[0].split()) for p in PEOPLE]
    assert [e.id_number for e in report.entries] == [make_id(n, male=p[1] == "男") for n, p in enumerate(PEOPLE, 1)]
    assert report.counts.skipped_blank == 1 and report.counts.skipped_totals == 1
    assert any("未读取：“有误”、“填表说明”" in p.message for p in report.notes)


def test_an_id_typed_as_a_number_is_located_in_the_named_sheet() -> None:
    report = read_roster(XLS, known_events=KNOWN, sheet="有误")
    [error] = report.errors
    assert (error.row, error.column) == (2, "B（身份证号）") and "设置为文本格式" in error.message
    with pytest.raises(ImportRefused, match="没有名为“名单”的工作表.*“报名表”、“有误”、“填表说明”"):
        read_roster(XLS, known_events=KNOWN, sheet="名单")


def test_a_dry_run_of_the_xls_from_the_command_line() -> None:
    result = CliRunner().invoke(main, ["import", "roster", str(XLS), "--dry-run", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "xls" and data["header_row"] == 3
    assert len(data["entries"]) == len(PEOPLE) and data["entries"][0]["name"] == "王伟"
