"""What a page says when there is nothing for the person to do or see."""

from __future__ import annotations

from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.scoring_page import ScoringPage

from .conftest import open_as, wait_idle


def test_a_chief_judge_on_no_panel_is_told_so_on_the_scoring_page(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "9999")
    page = window.page(ScoringPage)
    window.show_page(page)
    wait_idle(window, qtbot)
    assert page.events.count() == 0 and "不在任何评分组" in page.hint.text()


def test_the_provisional_note_shows_only_when_a_rank_is_provisional(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "9999")
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.counts is not None)
    assert ranking.legend.isVisible() == (ranking.counts[2] > 0)
