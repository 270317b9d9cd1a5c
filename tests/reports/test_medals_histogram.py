"""单位奖牌榜 and 成绩分布图 over the demo contest, counted independently here."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from judge_app.reports.histogram import build_histograms, counts
from judge_app.reports.medal_table import build_medal_table, medal_table
from tests.reports.builders import compact, page_texts, render_png


def results_of(demo_data):
    return [(e.event, e.result) for e in demo_data.events]


def test_medal_counts_match_the_awards(demo_data):
    table = medal_table(results_of(demo_data))
    assert table.awards == ("一等奖", "二等奖", "三等奖")
    expected: Counter = Counter()
    for _, result in results_of(demo_data):
        for row in result.rows:
            if row.rank is not None and row.award:
                expected[(row.entry.unit, row.award)] += 1
    for unit in table.units:
        assert unit.counts == tuple(expected[(unit.unit, a)] for a in table.awards)
    assert sum(u.total for u in table.units) == sum(expected.values()) > 0
    keys = [u.counts for u in table.units]
    assert keys == sorted(keys, reverse=True)  # 一等奖 first, then 二等奖 …
    for before, after in zip(table.units, table.units[1:]):
        assert (after.rank == before.rank) == (after.counts == before.counts)


def test_medal_table_pdf(tmp_path, demo_data):
    path = tmp_path / "medals.pdf"
    build_medal_table(path, demo_data.contest, results_of(demo_data), stage=demo_data.stage)
    text = compact("".join(page_texts(path)))
    assert "单位奖牌榜" in text and "草稿" in text
    for unit in medal_table(results_of(demo_data)).units:
        row = f"{unit.rank}{unit.unit}" + "".join(map(str, unit.counts)) + f"{unit.total}{unit.entries}"
        assert row in text, row
    png = render_png(path, tmp_path / "medals")
    assert png is None or png.stat().st_size > 5000


def test_histogram_counts_and_statistics(tmp_path, demo_data):
    welding = next(e for e in demo_data.events if e.event.name == "焊工")
    for group in welding.result.groups:
        totals = [r.total for r in group.rows if r.rank is not None]
        by_band = Counter(min(int(t // 10), 9) for t in totals)  # full mark 100, bands of 10
        assert counts(welding.event, group) == [by_band[i] for i in range(10)]
    path = tmp_path / "hist.pdf"
    outcome = build_histograms(path, demo_data.contest, results_of(demo_data))
    texts = [compact(t) for t in page_texts(path)]
    assert outcome.pages == len(texts) == 3
    page = next(t for t in texts if "赛项：焊工" in t)
    for group in welding.result.groups:
        totals = sorted(r.total for r in group.rows if r.rank is not None)
        mean = (sum(totals) / len(totals)).quantize(Decimal("0.01"))
        assert f"{group.group}{len(totals)}{mean}{totals[-1]}{totals[0]}" in page
    assert "90–100" in page and "职工组" in page and "学生组" in page
