"""What a page says when there is nothing for the person to do or see."""

from __future__ import annotations

from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.scoring_page import ScoringPage

from .conftest import open_as, wait_idle


def test_a_chief_judge_on_no_panel_is_told_so_on_the_scoring_page(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    page = window.page(ScoringPage)
    window.show_page(page)
    wait_idle(window, qtbot)
    assert page.events.count() == 0 and "不在任何评分组" in page.hint.text()


def test_the_provisional_note_shows_only_when_a_rank_is_provisional(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.counts is not None)
    assert ranking.legend.isVisible() == (ranking.counts[2] > 0)


def test_panel_members_the_scheme_names_but_nobody_registered_are_shown(window, qtbot, contest_file):
    """The demo's 理论知识 panel is J16, J17 (never registered): ticked and marked, not hidden."""
    from judge_app.gui.pages.people_page import PeoplePage
    from judge_app.gui.qt import Qt

    open_as(window, qtbot, contest_file, "C01", "chief-9999")  # the chief judge sets panels too
    page = window.page(PeoplePage)
    window.show_page(page)
    wait_idle(window, qtbot)
    page.events.setCurrentIndex(page.events.findData("电工"))
    page.sections.setCurrentIndex(page.sections.findData("theory"))
    items = [page.panel.item(i) for i in range(page.panel.count())]
    unregistered = [i for i in items if "未登记" in i.text()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in unregistered] == ["J16", "J17"]
    assert all(i.checkState() == Qt.CheckState.Checked for i in unregistered)
