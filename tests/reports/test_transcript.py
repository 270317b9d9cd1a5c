"""成绩单: per contestant, criterion detail with every judge's value, section and total."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judge_app.core.entries import Entry
from judge_app.core.fingerprint import result_fingerprint
from judge_app.core.results import CriterionResult, EntryResult, GroupResult, SectionResult
from judge_app.reports.transcript import build_transcripts, exact_text
from tests.reports.builders import compact, font_descriptors, make_event, page_texts

YAN, JI = "\u4dae", "\U00020bb7"


@pytest.fixture(scope="module")
def electric(demo_data):
    return next(e for e in demo_data.events if e.event.name == "电工")


def test_exact_values_are_shortened_visibly():
    assert exact_text(Decimal("13.5")) == "13.5"
    assert exact_text(Decimal(40) / Decimal(3)) == "≈13.3333"
    assert exact_text(None) == ""


def test_one_part_per_entry_with_judge_values_and_scores(tmp_path, demo_data, electric):
    path = tmp_path / "t.pdf"
    group = electric.result.groups[0]
    outcome = build_transcripts(path, demo_data.contest, electric.event, electric.result,
                                codes=["DG03", "DG07"])
    texts = [compact(t) for t in page_texts(path)]
    assert outcome.pages == len(texts) == 2
    assert dict(outcome.fingerprints) == {"职工组": result_fingerprint(group)}
    row = group.row("DG03")
    page = next(t for t in texts if "编号：DG03" in t)
    assert f"姓名：{row.entry.name}" in page
    practical = row.section("practical")
    p1 = practical.criterion("DG-P1")
    expected = "".join(f"({j}{v})" if j in p1.dropped else f"{j}{v}" for j, v in p1.values)
    assert expected in page  # every judge's value as entered, dropped ones in brackets
    assert f"模块得分100合计{practical.raw}" in page
    assert format(practical.score, "f") in page and format(row.total, "f") in page
    assert f"名次{row.rank}" in page and f"奖项{row.award}" in page
    assert "裁判长签字：" in page and "监督签字：" in page and f"校验码{result_fingerprint(group)}" in page
    absent = next(t for t in texts if "编号：DG07" in t)
    assert "缺考，不参加排名" in absent


def test_rare_names_use_the_fallback_or_are_reported(tmp_path, contest):
    event = make_event()
    rows = tuple(
        EntryResult(Entry(code, event.id, "职工组", name, unit="南京供电公司"),
                    (SectionResult("theory", Decimal("80.00"),
                                   criteria=(CriterionResult("t1", Decimal(80), (("J1", Decimal(80)),)),)),),
                    Decimal("24.00"), rank=rank)
        for code, name, rank in (("A001", f"李{YAN}", 1), ("A002", f"吉{JI}祥", 2))
    )
    path = tmp_path / "rare.pdf"
    outcome = build_transcripts(path, contest, event, GroupResult(event.id, "职工组", rows))
    assert any("ZenHei" in name for name in font_descriptors(path))  # 䶮 drawn from Zen Hei
    [warning] = outcome.warnings
    assert (warning.char, warning.code, warning.name) == (JI, "A002", f"吉{JI}祥")
    assert "A002" in warning.message and "U+20BB7" in warning.message
    assert "[U+20BB7]" in compact("".join(page_texts(path)))
