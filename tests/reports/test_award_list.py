"""获奖名单: awarded entries only, in award order, IDs masked, same template as the sheet."""

from __future__ import annotations

import pytest

from judge_app.core.entries import Status
from judge_app.core.fingerprint import result_fingerprint
from judge_app.core.sheet_rows import awarded_rows
from judge_app.reports.award_list import build_award_list, mask_id
from tests.reports.builders import (
    compact,
    font_descriptors,
    make_event_result,
    make_group,
    page_texts,
    render_png,
)


def test_mask_id_keeps_first_and_last_four():
    assert mask_id("32010219900101123X") == "3201**********123X"
    assert mask_id("320102199001011234") == "3201**********1234"
    assert mask_id("") == ""
    assert "1990" not in mask_id("320102199001011234")


@pytest.fixture(scope="module")
def awards(tmp_path_factory):
    from tests.reports.builders import make_contest, make_event

    event = make_event()
    workers = make_group(event, 30, unranked={0: Status.ABSENT})
    students = make_group(event, 2, "学生组", code_prefix="B")
    path = tmp_path_factory.mktemp("awards") / "awards.pdf"
    outcome = build_award_list(path, make_contest(event), event,
                               make_event_result(event, [workers, students]), stage="published")
    return outcome, page_texts(path), workers, students


def test_lists_award_winners_with_masked_ids(awards):
    outcome, texts, workers, _ = awards
    whole = compact(texts[0])  # the 职工组 part
    winners = awarded_rows(workers)
    assert [r.award for r in winners] == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖"]
    for row in winners:
        masked = row.entry.id_number[:4] + "*" * 10 + row.entry.id_number[-4:]
        titles = "、".join(row.titles)
        assert f"{row.award}{row.rank}{row.entry.name}{row.entry.unit}{masked}{titles}" in whole
        assert row.entry.id_number not in whole
    for row in workers.rows:
        if not (row.award or row.titles):
            assert row.entry.code not in whole and f"{row.entry.name}{row.entry.unit}" not in whole


def test_each_group_is_a_signed_part_with_watermark(awards):
    outcome, texts, workers, students = awards
    pages = [compact(t) for t in texts]
    assert outcome.pages == len(pages) == 2
    assert "组别：职工组" in pages[0] and "组别：学生组" in pages[1]
    for page in pages:
        assert "获奖名单" in page and "第1页共1页" in page and "公示稿" in page
        for label in ("裁判长签字：", "监督签字：", "组委会签字："):
            assert label in page
    assert f"校验码{result_fingerprint(workers)}" in pages[0]
    assert dict(outcome.fingerprints)["学生组"] == result_fingerprint(students)
    for descriptor in font_descriptors(outcome.path).values():
        assert "/FontFile2" in descriptor


def test_group_without_winners_says_so(tmp_path, event, contest):
    group = make_group(event, 3, unranked={0: Status.ABSENT, 1: Status.ABSENT, 2: Status.WITHDRAWN})
    path = tmp_path / "none.pdf"
    build_award_list(path, contest, event, group, stage="final")
    whole = compact("".join(page_texts(path)))
    assert "（无获奖者）" in whole and "无人获奖" in whole


def test_award_list_renders(tmp_path, awards):
    png = render_png(awards[0].path, tmp_path / "awards")
    if png is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    assert png.is_file() and png.stat().st_size > 10_000
