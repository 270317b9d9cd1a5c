"""Painting the score grid must not leak or drop references (issue: the grid aborted with
``none_dealloc`` after 19–40 typed cells under Python 3.11 + PySide6 6.12.0)."""

from __future__ import annotations

import sys

from judge_app.gui.pages.scoring_page import ScoringPage
from judge_app.gui.qt import QApplication
from judge_app.startup.checks import unsound_binding
from tests.gui.conftest import open_as

REPAINTS = 150  # × the visible cells (~100 on the 1366×768 window): thousands of delegate paints


def test_painting_the_grid_keeps_none_alive(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J02", "2222")
    page = window.page(ScoringPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    viewport = page.grid.viewport()
    viewport.repaint()
    QApplication.processEvents()
    before = sys.getrefcount(None)
    for done in range(1, REPAINTS + 1):
        viewport.repaint()  # paints every visible cell through ScoreDelegate.paint now
        lost = before - sys.getrefcount(None)
        # A sound binding leaves None's count where it was (give or take objects made meanwhile);
        # the broken one loses one per save()/restore()/setPen()/data() call, so stop before the
        # count reaches 0 and aborts the test run.
        assert lost < 50, f"None lost {lost} references in {done} repaints of the grid"


def test_known_broken_binding_is_refused_at_start():
    assert "PySide6 6.12.0" in unsound_binding((3, 11), "6.12.0")
    assert unsound_binding((3, 11), "6.11.3") == ""
    assert unsound_binding((3, 12), "6.12.0") == ""
