"""Issue 16 item 15: the 重评 banner vanished when the re-marked value was saved, the grid jumped
up ~48 px under the mouse and the judge's next click landed on another entry. The banner now
stays (the request marked ✓ 已重评) until the judge closes it."""

from __future__ import annotations

from decimal import Decimal

from judge_app.gui.qt import Qt
from judge_app.store import ContestDB
from tests.gui.conftest import open_as, shot, stored_value, wait_idle
from tests.gui.test_score_grid import goto, scoring, type_into


def test_the_row_under_the_mouse_stays_when_the_re_marked_value_is_saved(window, qtbot, contest_file):
    with ContestDB.open(contest_file, actor="赵裁判长(C01)") as db:
        db.request_remark("电工", "DG04", "DG-P1", "J04", reason="分差过大，请复核")
    window.resize(1366, 768)
    open_as(window, qtbot, contest_file, "J04", "4444")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.requests.isVisible())
    assert "DG04" in page.requests.text() and "已重评" not in page.requests.text()
    assert not page.requests_close.isEnabled()  # not before the request is done
    shot(window, "remark_banner_open")

    index = goto(page, "DG04", "DG-P1")
    below = page.model.index(index.row() + 1, index.column())
    spot = page.grid.visualRect(below).center()  # where the mouse rests, on the next entry's row
    global_spot = page.grid.viewport().mapToGlobal(spot)
    type_into(qtbot, page, "3.5")
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: ("DG04", "DG-P1") not in page.model.requests)
    assert stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J04") == Decimal("3.5")
    under = page.grid.indexAt(page.grid.viewport().mapFromGlobal(global_spot))
    assert under.row() == below.row(), "the row under the mouse moved"
    assert page.requests.isVisible() and "已重评" in page.requests.text()
    shot(window, "remark_banner_done")

    assert page.requests_close.isEnabled()
    qtbot.mouseClick(page.requests_close, Qt.MouseButton.LeftButton)  # the judge's own click
    assert not page.requests.isVisible()
