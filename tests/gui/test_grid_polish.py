"""The judge's grid (issue 16 item 19): a 合计 per entry, Enter down or right as a remembered
setting, 重做 on Ctrl+Y and Ctrl+Shift+Z as the menu says, and typing after 提交 says why nothing
changes. Driven by real keys."""

from __future__ import annotations

from decimal import Decimal

from judge_app.gui.qt import QKeySequence, Qt
from judge_app.gui.settings import Settings
from judge_app.store import ContestDB
from tests.gui.conftest import open_as, shot, show_active, stored_value, wait_idle
from judge_app.gui.pages.scoring_page import ScoringPage
from tests.gui.test_score_grid import goto, scoring, type_into


def _total_index(page, code: str):
    from judge_app.gui.grid_model import TOTAL

    return page.model.index_of(code, TOTAL)


def _total(page, code: str) -> str:
    return _total_index(page, code).data(Qt.ItemDataRole.DisplayRole)


def test_each_entry_has_a_total_of_the_judges_sheet(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert header[-2].startswith("合计") and header[-1].startswith("备注")
    # DG03 (demo.PLANNED): P1 4.5 + P2 13.5 + P3 20 + P4 20 + P5 14 + (10 − deduction 2) = 80
    assert _total(page, "DG03") == "80.0"
    goto(page, "DG03", "DG-P2")
    type_into(qtbot, page, "10")
    assert _total(page, "DG03") == "76.5"
    wait_idle(window, qtbot)
    index = _total_index(page, "DG03")
    assert not page.model.editable(index)
    page.grid.setCurrentIndex(index)
    qtbot.keyClicks(page.grid, "5")
    assert page.grid.error_label.isVisible() and "自动" in page.grid.error_label.text()
    shot(window, "score_grid_total")


def test_enter_moves_down_when_ticked_and_is_remembered(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    box = page.enter_down
    assert box.isVisible() and not box.isChecked()
    goto(page, "DG01", "DG-P1")
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert page.grid.currentIndex() == page.model.index_of("DG01", "DG-P2")  # right
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() and Settings().enter_moves_down
    goto(page, "DG01", "DG-P1")
    type_into(qtbot, page, "4")
    assert page.grid.currentIndex() == page.model.index_of("DG02", "DG-P1")  # down
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG01", "DG-P1", "J02") == Decimal("4")


def test_redo_is_ctrl_y_in_menu_and_hint_and_ctrl_shift_z_works_too(window, qtbot, contest_file, monkeypatch):
    standard = QKeySequence.keyBindings
    x11 = {QKeySequence.StandardKey.Redo: [QKeySequence("Ctrl+Shift+Z")]}  # what xcb (Linux) gives
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(lambda key: x11.get(key) or standard(key)))
    open_as(window, qtbot, contest_file, "J03", "3333")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    redo = page.menu_actions()[1]
    shown = redo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert shown == QKeySequence("Ctrl+Y").toString(QKeySequence.SequenceFormat.NativeText)
    assert "Ctrl+Y 重做" in page.hint.text()
    before = stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J03")
    new = Decimal("2.5") if before != Decimal("2.5") else Decimal("3")
    goto(page, "DG04", "DG-P1")
    type_into(qtbot, page, str(new))
    wait_idle(window, qtbot)
    for key, mods in ((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
                      (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        wait_idle(window, qtbot)
        assert stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J03") == before
        qtbot.keyClick(page.grid, key, mods)
        wait_idle(window, qtbot)
        assert stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J03") == new, key


def test_typing_after_submit_says_it_is_submitted(window, qtbot, contest_file):
    with ContestDB.open(contest_file, actor="测试") as db:
        db.submit_section("电工", "practical", "J02")
    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    before = stored_value(window, qtbot, "电工", "DG01", "DG-P2", "J02")
    goto(page, "DG01", "DG-P2")
    qtbot.keyClicks(page.grid, "7")
    assert page.grid.error_label.isVisible()
    assert "已提交" in page.grid.error_label.text() and "裁判长退回" in page.grid.error_label.text()
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG01", "DG-P2", "J02") == before
    shot(window, "score_grid_submitted")


def test_ctrl_enter_submits_and_ctrl_number_goes_to_a_page(window, qtbot, contest_file):
    from judge_app.gui.pages.ranking_page import RankingPage
    from judge_app.gui.qt import QApplication, QMessageBox

    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert "Ctrl+回车" in page.hint.text()
    goto(page, "DG02", "DG-P1")
    qtbot.keyClick(page.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(window, qtbot)

    def box():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                 and w.objectName() == "confirmBox"]
        return found[0] if found else None

    qtbot.waitUntil(lambda: box() is not None, timeout=5000)
    assert "实际操作" in box().text()
    qtbot.keyClick(box(), Qt.Key.Key_Return)  # 提交 is the default button
    qtbot.waitUntil(lambda: page.data is not None and page.data.submissions.get("practical") == "submitted",
                    timeout=10000)
    for shown in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
        shown.accept()  # “已提交” information
    rows = [r for r in range(window.nav.count()) if not window.nav.item(r).isHidden()]
    assert window.nav.item(rows[1]).toolTip() == "Ctrl+2"
    show_active(window, qtbot)  # the offscreen platform does not hand activation back after a dialog
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page(RankingPage)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page(ScoringPage)
