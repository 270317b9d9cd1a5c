"""参赛状态 and 用时 from the ranking page (issue 16 item 6), with keys and clicks: the chief judge
marks an entry 缺考 with a reason (Ctrl+Shift+S) and types another's time as 分:秒 (Ctrl+Shift+T),
refused while it is not a time; the ranking shows both, the printed 成绩汇总表 the status; a
judge sees neither button, the scorer only 用时, as the policy says."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from judge_app.app import reports as ops_reports
from judge_app.core.entries import Status
from judge_app.gui.entry_dialogs import StatusDialog, TimeDialog
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.qt import QApplication, Qt
from tests.gui.conftest import ask_store, open_as, shot, show_active, wait_idle


def _top(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def _ranking(window, qtbot) -> RankingPage:
    page = window.page(RankingPage)
    window.show_page(page)
    page.events.setCurrentIndex(page.events.findData("电工"))
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() > 3, timeout=10000)
    return page


def _click_row(qtbot, page: RankingPage, code: str) -> None:
    model, table = page.model, page.table
    row = next(i for i, r in enumerate(model.rows) if r.code == code)
    index = model.index(row, model.columns().index("code"))
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert page.selected_entry().code == code


def _cell(page: RankingPage, code: str, column: str) -> str:
    model = page.model
    row = next(i for i, r in enumerate(model.rows) if r.code == code)
    return model.data(model.index(row, model.columns().index(column)))


def test_the_chief_judge_marks_absent_and_enters_a_time(window, qtbot, contest_file, tmp_path):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    page = _ranking(window, qtbot)
    assert page.status_button.isVisible() and page.time_button.isVisible()
    assert not page.status_button.isEnabled()  # no entry selected yet
    absent, timed = page.model.rows[2].code, page.model.rows[0].code

    _click_row(qtbot, page, absent)
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _top(StatusDialog) is not None, timeout=5000)
    dialog = _top(StatusDialog)
    assert dialog.chosen() is Status.OK and not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)  # 正常参赛 → 缺考
    assert dialog.chosen() is Status.ABSENT and not dialog.ok.isEnabled()  # a reason is required
    dialog.reason.insert("未到场检录")  # Chinese comes through the input method
    shot(dialog, "entry_status_dialog")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: "缺考" in _cell(page, absent, "note"), timeout=10000)
    assert _cell(page, absent, "rank") == ""  # not ranked
    stored = ask_store(window, qtbot, lambda db: ({e.code: e.status for e in db.entries("电工")}[absent],
                                                  [(a.target, a.reason) for a in db.audit_log() if a.action == "entry.status"]))
    assert stored == (Status.ABSENT, [(f"电工/{absent}", "未到场检录")])

    _click_row(qtbot, page, timed)
    qtbot.mouseClick(page.time_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top(TimeDialog) is not None, timeout=5000)
    dialog = _top(TimeDialog)
    qtbot.keyClicks(dialog.time, "12:75")
    assert not dialog.ok.isEnabled() and "分:秒" in dialog.reading.text()
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, "12:34")
    assert dialog.ok.isEnabled() and dialog.reading.text() == "= 754 秒（12:34）"
    shot(dialog, "entry_time_dialog")
    qtbot.keyClick(dialog.time, Qt.Key.Key_Return)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: _cell(page, timed, "time") == "12:34", timeout=10000)
    assert ask_store(window, qtbot, lambda db: {e.code: e.time_s for e in db.entries("电工")}[timed]) == 754
    shot(window, "ranking_status_time")

    show_active(window, qtbot)  # the offscreen platform does not hand activation back after a dialog
    assert page.selected_entry().code == timed
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _top(TimeDialog) is not None, timeout=5000)
    dialog = _top(TimeDialog)
    assert dialog.time.text() == "12:34" and dialog.clear_button.isVisible()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)  # 清除用时
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: _cell(page, timed, "time") == "", timeout=10000)
    assert ask_store(window, qtbot, lambda db: {e.code: e.time_s for e in db.entries("电工")}[timed]) is None
    untimed = TimeDialog("DG99", None, window)
    untimed.show()
    assert not untimed.clear_button.isVisible() and not untimed.ok.isEnabled()
    untimed.close()

    # the printed 成绩汇总表 says 缺考 on that entry's line
    data = ask_store(window, qtbot, ops_reports.contest_data, "电工")
    (pdf,) = ops_reports.export(None, "pdf", tmp_path / "out", kind="results", data=data).files
    lines = "\n".join(sheet.extract_text() for sheet in PdfReader(str(pdf)).pages).splitlines()
    at = [i for i, line in enumerate(lines) if line.strip() == absent]
    assert at and lines[at[-1] + 1].strip() == "缺考"  # its row: the code, then the 备注 cell (no scores)


@pytest.mark.parametrize(("person", "pin", "status", "time"), [("J01", "1111", False, False),
                                                          ("R01", "7777", False, True)])
def test_who_sees_the_status_and_time_buttons(window, qtbot, contest_file, person, pin, status, time):
    open_as(window, qtbot, contest_file, person, pin)
    page = _ranking(window, qtbot)
    assert (page.status_button.isVisible(), page.time_button.isVisible()) == (status, time)
    _click_row(qtbot, page, page.model.rows[0].code)
    assert page.status_action.isEnabled() is status and page.time_action.isEnabled() is time
    assert (page.edit_status() is not None) is status
