"""Formula injection: names like =HYPERLINK(...) are never live formulas in an xlsx or CSV export."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from judge_app.core.engine import compute_event
from judge_app.core.entries import Entry, EventInputs
from judge_app.core.scheme_json import contest_from_dict
from judge_app.io.cell_text import safe_cell, unquote_cell
from judge_app.io.export_csv import write_csv
from judge_app.io.export_xlsx import write_xlsx
from judge_app.io.roster_export import write_rows
from judge_app.io.scheme_xlsx import write_scheme_xlsx
from judge_app.io.tabular import read_table

HOSTILE = ('=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1+2", "\t=1+1")
STARTS = ("=", "+", "-", "@", "\t", "\r")


def hostile_contest():
    """An event whose group, unit and names are all hostile, with entries scored so totals exist."""
    scheme = {
        "format": "judge_app.scheme/1",
        "contest": {"name": "=1+1"},
        "events": [{
            "id": "ev", "name": "@电工", "groups": ["=cmd|' /C calc'!A0"], "decimals": 2,
            "sections": [{"id": "s", "name": "-实操", "max": "100", "weight": "100", "rule": "mean", "judges": ["J1"],
                          "criteria": [{"id": "c", "name": "+接线", "max": "100", "step": "0.5"}]}],
            "awards": {"tiers": [{"name": "=一等奖", "count": 1}]},
        }],
    }
    contest = contest_from_dict(scheme)
    event = contest.events[0]
    inputs = EventInputs(entries=[
        Entry(code=f"C{i}", event="ev", group="=cmd|' /C calc'!A0", name=name, unit="@SUM(1)")
        for i, name in enumerate(HOSTILE, 1)
    ])
    for i in range(1, len(HOSTILE) + 1):
        inputs.add_score(f"C{i}", "c", "J1", Decimal(90 - i))
    return contest, event, compute_event(event, inputs)


def csv_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def assert_no_formula_text(cells: list[str]) -> None:
    bad = [c for c in cells if c.startswith(STARTS)]
    assert bad == [], bad


@pytest.mark.parametrize("text", [*HOSTILE, "\r=1+1"])
def test_safe_cell_prefixes_a_quote_and_reading_drops_it(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert unquote_cell(safe_cell(text)) == text
    assert safe_cell("王伟") == "王伟" and safe_cell(Decimal("-1")) == Decimal("-1")  # numbers stay numbers
    assert unquote_cell("'110101199003071234") == "'110101199003071234"


def test_results_csv_neutralises_every_formula_like_text_and_keeps_numbers(tmp_path: Path) -> None:
    _, event, result = hostile_contest()
    header, *rows = csv_cells(write_csv(tmp_path / "r.csv", event, result))
    assert_no_formula_text(header + [cell for row in rows for cell in row])
    assert {row[header.index("姓名")] for row in rows} == {"'" + name for name in HOSTILE}
    assert {row[header.index("组别")] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert "'-实操" in header
    totals = [row[header.index("总分")] for row in rows]
    assert [Decimal(t) for t in totals] == sorted((Decimal(90 - i) for i in range(1, 7)), reverse=True)


def test_results_xlsx_has_no_formula_and_shows_the_text_unchanged(tmp_path: Path) -> None:
    contest, event, result = hostile_contest()
    path = write_xlsx(tmp_path / "r.xlsx", [(event, result, "draft")])
    book = load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    risky = [c for c in cells if isinstance(c.value, str) and c.value.startswith(STARTS)]
    assert {c.value for c in risky} >= set(HOSTILE) | {"@SUM(1)", "@电工", "-实操"}
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)
    sheet = book.worksheets[1]
    header = [c.value for c in sheet[1]]
    totals = [row[header.index("总分")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(t, (int, float)) for t in totals)  # numbers stay numeric cells


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_roster_export_is_safe_and_imports_back_unchanged(tmp_path: Path, suffix: str) -> None:
    headers = ["赛项", "编号", "姓名", "单位", "联系电话"]
    rows = [["电工", f"C{i}", name, "@SUM(1)", "+86 138 0000 0000"] for i, name in enumerate(HOSTILE, 1)]
    path = write_rows(tmp_path / f"roster{suffix}", headers, rows)
    if suffix == ".csv":
        assert_no_formula_text([cell for row in csv_cells(path) for cell in row])
    else:
        cells = [c for row in load_workbook(path).active.iter_rows() for c in row]
        assert not [c for c in cells if c.data_type == "f"]
    back = read_table(path)
    assert [list(r.values) for r in back.rows] == [headers, *rows]


def test_scheme_template_with_hostile_names_has_no_formula(tmp_path: Path) -> None:
    contest, _, _ = hostile_contest()
    book = load_workbook(write_scheme_xlsx(tmp_path / "t.xlsx", contest))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert "@电工" in {c.value for c in cells}
