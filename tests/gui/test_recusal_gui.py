"""Recusal (回避) in the desktop app: the organiser gives a judge a unit on 裁判与评分组, and that
judge's grid shows the entries of the unit as 回避, not editable; keys typed there store nothing."""

from __future__ import annotations

from pathlib import Path

from judge_app.gui.main_window import MainWindow
from judge_app.gui.pages.people_page import PeoplePage
from judge_app.gui.qt import Qt
from tests.gui.conftest import ask_store, open_as, shot, show_active, stored_value, wait_idle
from tests.gui.test_gui_day import SECRET, day_contest
from tests.gui.test_score_grid import goto, scoring


def people_page_as(window, qtbot, tmp_path: Path, person: str) -> tuple[Path, PeoplePage]:
    """The day's contest (E01 scored by J1) opened as ``person`` on 裁判与评分组."""
    path = day_contest(tmp_path / "day.judge.db", [("E01", "P1", "J1", "50")])
    window.resize(1366, 768)
    open_as(window, qtbot, path, person, SECRET[person])
    page = window.page(PeoplePage)
    window.show_page(page)
    wait_idle(window, qtbot)
    return path, page


def choose_person(qtbot, page: PeoplePage, judge_id: str) -> None:
    """Click the person's row in the people table."""
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == judge_id)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualItemRect(page.table.item(row, 1)).center())
    assert page.judge_id.text() == judge_id


def test_a_judge_given_the_entries_unit_sees_them_as_recused(window, qtbot, tmp_path: Path, app) -> None:
    path, page = people_page_as(window, qtbot, tmp_path, "A1")
    choose_person(qtbot, page, "J2")
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "J2")
    qtbot.mouseClick(page.unit, Qt.MouseButton.LeftButton)
    page.unit.insert("供电公司")  # Chinese arrives from the input method, not keys
    qtbot.mouseClick(page.save_person, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.table.item(row, 3) is not None and page.table.item(row, 3).text() == "供电公司")
    shot(window, "people_unit")
    assert ask_store(window, qtbot, lambda db: db.recused("电工")) == {c: frozenset({"J2"}) for c in ("E01", "E02", "E03")}
    window.close()

    judge = MainWindow()
    qtbot.addWidget(judge)
    judge.resize(1366, 768)
    show_active(judge, qtbot)
    open_as(judge, qtbot, path, "J2", SECRET["J2"])
    grid = scoring(judge)
    qtbot.waitUntil(lambda: grid.model.rowCount() > 0)
    cell = goto(grid, "E02", "P1")
    assert cell.data() == "回避" and not cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert "回避" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert grid.model.headerData(cell.row(), Qt.Orientation.Vertical) == "E02 回避"
    qtbot.keyClicks(grid.grid, "45")
    qtbot.keyClick(grid.grid, Qt.Key.Key_Return)
    wait_idle(judge, qtbot)
    assert stored_value(judge, qtbot, "电工", "E02", "P1", "J2") is None
    shot(judge, "grid_recused")
    judge.close()


def test_the_chief_judge_marks_and_takes_back_a_related_judge(window, qtbot, tmp_path: Path) -> None:
    from tests.gui.test_votes_penalties_gui import _confirm_reason

    _, page = people_page_as(window, qtbot, tmp_path, "C1")
    box = page.recusals
    assert not box.add_button.isEnabled()  # nobody chosen yet
    choose_person(qtbot, page, "J1")
    assert "J1" in box.add_button.text()
    qtbot.mouseClick(box.code, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.code, "E03")
    box.reason.insert("师徒关系")  # Chinese comes through the input method
    qtbot.keyClick(box.reason, Qt.Key.Key_Return)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1)
    assert [box.table.item(0, c).text() for c in range(4)] == ["J1", "E03", "关联", "师徒关系"]
    assert ask_store(window, qtbot, lambda db: db.recused("电工")) == {"E03": frozenset({"J1"})}
    shot(window, "people_recusal")
    box.table.selectRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    _confirm_reason(qtbot, "登记错误")
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: box.table.rowCount() == 0)
    assert ask_store(window, qtbot, lambda db: db.recused("电工")) == {}
    refused = ask_store(window, qtbot, lambda db: [(a.action, a.reason) for a in db.audit_log()[-2:]])
    assert refused == [("recusal.add", "师徒关系"), ("recusal.remove", "登记错误")]
