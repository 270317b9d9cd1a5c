"""评分表: one part per section and judge; blank boxes or the judge's own values; codes only."""

from __future__ import annotations

import re

import pytest

from judge_app.core.entries import Status
from judge_app.core.scheme import CriterionKind
from judge_app.reports.marksheet import build_marksheets, judge_criteria
from tests.reports.builders import compact, font_descriptors, page_texts, render_png


@pytest.fixture(scope="module")
def electric(demo_data):
    return next(e for e in demo_data.events if e.event.name == "电工")


def parts_of(texts: list[str]) -> list[str]:
    """Page texts joined per part (a part ends on the page numbered 第 n 页 共 n 页)."""
    parts, current = [], ""
    for text in map(compact, texts):
        current += text
        x, y = re.search(r"第(\d+)页共(\d+)页", text).groups()
        if x == y:
            parts.append(current)
            current = ""
    return parts


def test_blank_sheet_per_section_and_judge_lists_codes_only(tmp_path, demo_data, electric):
    path = tmp_path / "blank.pdf"
    outcome = build_marksheets(path, demo_data.contest, electric.event, electric.inputs.entries)
    parts = parts_of(page_texts(path))
    panels = [(s, j) for s in electric.event.sections for j in s.judges]
    assert len(parts) == len(panels) == 7 and outcome.pages >= 7
    competing = [e for e in electric.inputs.entries if e.status is Status.OK]
    for text, (section, judge) in zip(parts, panels):
        assert "评分表（空白）" in text and f"模块：{section.name}" in text and f"裁判：{judge}" in text
        for i, entry in enumerate(sorted(competing, key=lambda e: e.code), 1):
            assert f"{i}{entry.code}" in text
            assert entry.name not in text  # judges mark by code only
        assert "DG07" not in text  # absent
        for crit in judge_criteria(section, judge, None):
            assert crit.name.replace(" ", "") in text
        assert "评分裁判签字：" in text and "裁判长签字：" in text


def test_panel_judges_get_judgement_criteria_the_first_also_the_rest(electric):
    practical = electric.event.section("practical")
    first = [c.id for c in judge_criteria(practical, "J01", None)]
    other = [c.id for c in judge_criteria(practical, "J02", None)]
    assert first == [c.id for c in practical.criteria]
    assert other == [c.id for c in practical.criteria if c.kind is CriterionKind.JUDGEMENT]
    assert other == ["DG-P1", "DG-P2"]


def test_filled_sheet_prints_the_judges_own_values(tmp_path, demo_data, electric):
    path = tmp_path / "filled.pdf"
    scores = electric.inputs.scores
    build_marksheets(path, demo_data.contest, electric.event, electric.inputs.entries,
                     scores=scores, sections=["practical"], judges=["J02"])
    text = compact("".join(page_texts(path)))
    assert "评分表（已填）" in text and "裁判：J02" in text
    competing = sorted((e for e in electric.inputs.entries if e.status is Status.OK),
                       key=lambda e: e.code)
    for i, entry in enumerate(competing, 1):
        own = scores[entry.code]
        row = f"{i}{entry.code}" + "".join(str(own[c]["J02"]) for c in ("DG-P1", "DG-P2"))
        assert row in text, row
    assert "请逐项核对无误后签字" in text


def test_fonts_are_embedded_subsets_and_page_renders(tmp_path, demo_data, electric):
    path = tmp_path / "blank.pdf"
    build_marksheets(path, demo_data.contest, electric.event, electric.inputs.entries,
                     judges=["J01"])
    fonts = font_descriptors(path)
    assert fonts and all("+" in name for name in fonts)  # subset tag ABCDEF+Name
    assert all("/FontFile2" in fd for fd in fonts.values())
    png = render_png(path, tmp_path / "page")
    if png is not None:
        assert png.stat().st_size > 5000


def test_a_section_without_a_panel_gets_a_sheet_for_each_judge_who_marks_it(tmp_path, demo_data, electric):
    """No explicit panel wrote a 0-page PDF reported as 已导出 (issue 16 item 11)."""
    import dataclasses

    from judge_app.core.errors import NotFound

    event = electric.event
    open_panel = dataclasses.replace(event, sections=tuple(dataclasses.replace(s, judges=()) for s in event.sections))
    blank = build_marksheets(tmp_path / "blank.pdf", demo_data.contest, open_panel, electric.inputs.entries)
    parts = parts_of(page_texts(tmp_path / "blank.pdf"))
    scored = [s for s in event.sections if s.criteria]
    assert blank.pages >= len(parts) == len(scored)  # one sheet per section, for any judge to copy
    assert all("未指定评分组" in text for text in parts)
    filled = build_marksheets(tmp_path / "filled.pdf", demo_data.contest, open_panel, electric.inputs.entries,
                              scores=electric.inputs.scores)
    judges = {(s.id, j) for s in scored for c in s.criteria for per in electric.inputs.scores.values()
              for j in per.get(c.id, {})}
    assert filled.pages >= len(parts_of(page_texts(tmp_path / "filled.pdf"))) == len(judges)
    with pytest.raises(NotFound, match="没有可打印的评分表"):
        build_marksheets(tmp_path / "none.pdf", demo_data.contest, open_panel, electric.inputs.entries,
                         judges=["nobody"])
    assert not (tmp_path / "none.pdf").exists()
