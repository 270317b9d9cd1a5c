"""Rounds and seasons in the scheme xlsx template: written, read back to the same scheme, and
bad cells located."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from judge_app.core.errors import ImportRefused
from judge_app.core.scheme_json import FORMAT, contest_from_dict
from judge_app.io.scheme_xlsx import SHEETS, read_scheme_xlsx, write_scheme_xlsx


def one_section(event_id: str, **extra: Any) -> dict[str, Any]:
    spec = {"id": event_id, "name": event_id + "赛", "sections": [{
        "id": "s", "name": "实操", "max": 100, "weight": 100,
        "criteria": [{"id": "c", "name": "成绩", "max": 100, "step": "0.5", "kind": "measurement"}]}]}
    return spec | extra


ROUNDS: dict[str, Any] = {
    "format": FORMAT,
    "contest": {"name": "轮次与年度", "date": "2026-11-25", "organiser": "某县总工会"},
    "events": [
        one_section("pre", advance={"top": 10, "line": "60", "to": "final"}),
        one_section("semi", advance={"line": "75.5"}),
        one_section("final", carry=[{"event": "pre", "weight": "30"}, {"event": "semi", "weight": "12.5"}],
                    standard_score=True, awards={"tiers": [{"name": "一等奖", "count": 1}]}),
        one_section("q1", standard_score={"point": "500", "spread": "50"}),
        one_section("q2"),
    ],
    "seasons": [
        {"id": "Y", "name": "2026年度", "periods": [{"event": "q1", "weight": "40"}, {"event": "q2", "weight": "60"}],
         "combine": "weighted", "missing": "renormalise", "decimals": 1, "rounding": "half_even",
         "tie_breaks": ["section:q2", "heaviest_section"],
         "awards": {"tiers": [{"name": "年度先进", "count": 2}], "titles": [{"name": "标兵", "rank_to": 1}]},
         "vetoes": ["安全事故", "重大质量事故"]},
        {"id": "H", "periods": [{"event": "q1"}, {"event": "q2"}], "combine": "mean", "missing": "exclude"},
    ],
}


def cell(sheet: str, field: str, row: int) -> str:
    """The A1 address of ``field`` in ``row`` of ``sheet`` as the template lays it out."""
    return f"{get_column_letter([c.field for c in SHEETS[sheet]].index(field) + 1)}{row}"


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return write_scheme_xlsx(tmp_path / "轮次.xlsx", contest_from_dict(ROUNDS))


def edit(path: Path, *changes: tuple[str, str, int, object]) -> None:
    wb = openpyxl.load_workbook(path)
    for sheet, field, row, value in changes:
        wb[sheet][cell(sheet, field, row)] = value
    wb.save(path)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ImportRefused) as caught:
        read_scheme_xlsx(path)
    return caught.value.problems


def test_template_reads_back_as_the_json_scheme(template: Path) -> None:
    data = read_scheme_xlsx(template)
    assert contest_from_dict(data) == contest_from_dict(ROUNDS)
    final = contest_from_dict(data).event("final")
    assert [(c.event, str(c.weight)) for c in final.carry] == [("pre", "30"), ("semi", "12.5")]
    assert str(final.own_weight) == "57.5"
    assert contest_from_dict(data).season("Y").vetoes == ("安全事故", "重大质量事故")
    assert openpyxl.load_workbook(template)["年度"][cell("年度", "vetoes", 2)].value == "安全事故、重大质量事故"


def test_round_cells_are_written_in_words_a_clerk_reads(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    events, seasons = wb["赛项"], wb["年度"]
    assert [events[cell("赛项", f, 2)].value for f in ("advance_top", "advance_line", "advance_to")] == [10, 60, "final"]
    assert events[cell("赛项", "carry", 4)].value == "pre=30、semi=12.5"
    assert (events[cell("赛项", "standard_score", 4)].value, events[cell("赛项", "standard_score", 5)].value) == ("是", "500/50")
    assert [seasons[cell("年度", f, 2)].value for f in ("periods", "combine", "missing", "tie_breaks")] == [
        "q1=40、q2=60", "各期加权", "按已参加各期折算", "期:q2、最重一期"]
    award_owners = [row[0].value for row in wb["奖项"].iter_rows(min_row=2)]
    assert award_owners == ["final", "Y", "Y"]


def test_bad_round_cells_are_located(template: Path) -> None:
    edit(template, ("赛项", "advance_top", 2, "前十"), ("赛项", "carry", 4, "pre30"),
         ("赛项", "standard_score", 5, "七百"), ("年度", "periods", 2, "q1=40、q9=60"),
         ("年度", "combine", 3, "累加"), ("年度", "tie_breaks", 2, "抽签"))
    problems = problems_of(template)
    assert len(problems) == 6, problems
    expected = [("赛项", 2, "晋级名额", "前十"), ("赛项", 4, "带入前轮成绩", "pre30"), ("赛项", 5, "标准分", "七百"),
                ("年度", 2, "各期赛项", "q9"), ("年度", 3, "合计方式", "累加"), ("年度", 2, "并列处理", "抽签")]
    for sheet, row, column, value in expected:
        assert any(f"轮次.xlsx 工作表“{sheet}” 第 {row} 行" in p and column in p and value in p for p in problems), (
            sheet, column, problems)


def test_advance_to_alone_and_an_award_of_an_unknown_season_are_located(template: Path) -> None:
    edit(template, ("赛项", "advance_to", 5, "q2"), ("奖项", "event", 3, "Z"))
    problems = problems_of(template)
    assert any("第 5 行" in p and "晋级至" in p and "晋级名额或晋级分数线" in p for p in problems), problems
    assert any("工作表“奖项” 第 3 行" in p and "“年度”" in p and "Y、H" in p for p in problems), problems


def test_inconsistent_round_weights_are_refused(template: Path) -> None:
    edit(template, ("赛项", "carry", 4, "pre=60、semi=50"))
    assert any("带入权重之和 60 + 50 应小于 100" in p for p in problems_of(template))


def test_json_words_and_a_template_without_the_season_sheet(template: Path) -> None:
    edit(template, ("年度", "combine", 2, "weighted"), ("年度", "missing", 2, "renormalise"),
         ("赛项", "standard_score", 4, "700／20"))
    assert contest_from_dict(read_scheme_xlsx(template)) == contest_from_dict(ROUNDS)
    wb = openpyxl.load_workbook(template)
    del wb["年度"]
    wb["奖项"].delete_rows(3, 2)  # the season's awards go with it
    wb.save(template)
    data = read_scheme_xlsx(template)
    assert "seasons" not in data and contest_from_dict(data).event("final").standard is not None
