"""The shared template: signatures never alone on a page, version and fingerprint in the footer."""

from __future__ import annotations

import re

import pytest

from judge_app import __version__
from judge_app.core.fingerprint import result_fingerprint
from judge_app.reports.result_sheet import build_result_sheet
from tests.reports.builders import compact, make_group, page_texts


@pytest.mark.parametrize("rows", range(28, 37))
def test_signatures_share_their_page_with_the_last_rows(tmp_path, event, contest, rows):
    group = make_group(event, rows)
    path = tmp_path / "s.pdf"
    outcome = build_result_sheet(path, contest, event, group)
    texts = [compact(t) for t in page_texts(path)]
    assert outcome.pages == len(texts) >= 2
    last = texts[-1]
    assert "裁判长签字：" in last and "裁判长签字：" not in "".join(texts[:-1])
    assert len(re.findall(r"A\d{3}", last)) >= 3  # at least three data rows above the signatures
    codes = re.findall(r"A\d{3}", "".join(texts))
    assert sorted(set(codes)) == [f"A{i + 1:03d}" for i in range(rows)]  # nothing lost or doubled
    assert len(codes) == rows
    assert "名次" in last  # the header repeats on the continuation page


def test_footer_names_the_version_and_fingerprint(tmp_path, event, contest):
    group = make_group(event, 5)
    path = tmp_path / "v.pdf"
    build_result_sheet(path, contest, event, group)
    text = compact(page_texts(path)[0])
    fp = result_fingerprint(group)
    assert f"校验码{fp}judge_app{__version__}" in text
    assert f"本表由judge_app{__version__}生成；校验码{fp}可用judge-appverify-sheet" in text
