"""The scorer rechecks values (recheck.value), so the 复核与检查 page is theirs too (view.checks):
opened as the scorer it loads the event's checks from the store without a refusal."""

from __future__ import annotations

from judge_app.gui.pages.checks_page import ChecksPage
from tests.gui.conftest import open_as, shot, wait_idle


def test_the_scorer_opens_the_checks_page(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "R01", "7777")
    page = window.page(ChecksPage)
    assert page is not None
    window.show_page(page)
    wait_idle(window, qtbot)
    assert page.isVisible()
    shot(window, "checks_page_scorer")
