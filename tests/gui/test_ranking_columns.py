"""实时排名 (issue 16, polish): the 奖项 column has room for every award the event gives, also one
that arrives with a later score (the columns are fitted once, when the table is first filled)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.qt import QFontMetrics
from judge_app.store import ContestDB
from tests.gui.organiser_fixtures import SCORES, make_contest, scheme
from tests.store.sample import ORGANISER_PASS

from .conftest import open_as, shot, wait_idle


def test_award_column_fits_an_award_with_its_title(window, qtbot, tmp_path: Path) -> None:
    path = make_contest(tmp_path / "c.judge.db", scores=False)
    data = scheme()
    data["events"][0]["awards"]["titles"] = [{"name": "技术能手", "rank_from": 1, "rank_to": 1},
                                             {"name": "岗位明星", "rank_from": 1, "rank_to": 1}]
    with ContestDB.open(path, actor="测试") as db:
        db.set_scheme(data)
    open_as(window, qtbot, path, "O0", ORGANISER_PASS)
    page = window.page(RankingPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(SCORES), timeout=10000)  # nothing scored yet
    t1, p1a, p1b, p2a, p2b = SCORES["E03"]
    def score(db):
        db.record_scores([("电工", "E03", "T1", "J1", Decimal(t1)), ("电工", "E03", "P1", "J1", Decimal(p1a)),
                          ("电工", "E03", "P1", "J2", Decimal(p1b)), ("电工", "E03", "P2", "J1", Decimal(p2a)),
                          ("电工", "E03", "P2", "J2", Decimal(p2b))])
    window.controller.act(score, event_id="电工")
    wait_idle(window, qtbot)
    col = page.model.columns().index("award")
    texts = lambda: [page.model.index(r, col).data() for r in range(page.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "一等奖 技术能手 岗位明星" in texts(), timeout=10000)
    needed = QFontMetrics(page.table.font()).horizontalAdvance("一等奖 技术能手 岗位明星")
    assert page.table.columnWidth(col) >= needed + 8
    shot(window, "ranking_award_column")
