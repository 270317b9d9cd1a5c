"""Scorer mode: typing a chosen judge's paper sheet, and the blind second pass over measurements."""

from __future__ import annotations

from decimal import Decimal

from judge_app.gui.grid_model import MATCH_BG, MISMATCH_BG
from judge_app.gui.qt import Qt
from tests.gui.conftest import open_as, shot, stored_value, wait_idle
from tests.gui.test_score_grid import goto, scoring, type_into


def test_scorer_types_a_judges_sheet(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "R01", "7777")
    page = scoring(window)
    assert page.judges.isVisible()
    page.judges.setCurrentIndex(page.judges.findData("J05"))
    qtbot.waitUntil(lambda: page.model.judge == "J05" and page.model.rowCount() > 0)
    before = stored_value(window, qtbot, "电工", "DG03", "DG-P2", "J05")
    new = Decimal("9.5") if before != Decimal("9.5") else Decimal("10")
    goto(page, "DG03", "DG-P2")
    type_into(qtbot, page, str(new))
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG03", "DG-P2", "J05") == new


def test_second_pass_shows_matches_and_lists_mismatches_without_saving(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "R01", "7777")
    page = scoring(window)
    page.judges.setCurrentIndex(page.judges.findData("J01"))  # J01 measures 通电试车 etc.
    qtbot.waitUntil(lambda: page.model.judge == "J01" and page.model.rowCount() > 0)
    first_ok = stored_value(window, qtbot, "电工", "DG01", "DG-P5", "J01")
    first_bad = stored_value(window, qtbot, "电工", "DG02", "DG-P5", "J01")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.model.check_pass
    ok_cell = page.model.index_of("DG01", "DG-P5")
    assert ok_cell.data() == ""  # the first pass stays hidden
    assert not page.model.editable(page.model.index_of("DG01", "DG-P1"))  # judgement: not re-typed

    goto(page, "DG01", "DG-P5")
    type_into(qtbot, page, str(int(first_ok)))
    wrong = first_bad + 1 if first_bad < 20 else first_bad - 1
    goto(page, "DG02", "DG-P5")
    type_into(qtbot, page, str(int(wrong)))

    assert ok_cell.data(Qt.ItemDataRole.BackgroundRole).color() == MATCH_BG
    bad_cell = page.model.index_of("DG02", "DG-P5")
    assert bad_cell.data(Qt.ItemDataRole.BackgroundRole).color() == MISMATCH_BG
    assert page.mismatch.isVisible()
    assert "DG02" in page.mismatch.text() and "DG01" not in page.mismatch.text()
    shot(window, "scorer_second_pass")
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG02", "DG-P5", "J01") == first_bad  # nothing saved
