"""评分总览 on 审核与锁定 (issue 16 item 19): a panel's mark with the event's decimals (not
11.3333), a deduction as the judge typed it (2, not the 8 it leaves), marked 扣分 in the header."""

from __future__ import annotations

import re

from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.qt import QPoint, Qt
from tests.gui.conftest import open_as, shot


def test_overview_shows_event_decimals_and_deductions_as_typed(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    review.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: review.panel_section.findData("practical") >= 0, timeout=10000)
    review.panel_section.setCurrentIndex(review.panel_section.findData("practical"))
    table = review.panel.model()
    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.columnCount() == 7, timeout=10000)  # 6 criteria + 模块得分
    headers = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    deduction = next(c for c, h in enumerate(headers) if h.startswith("安全文明生产"))
    assert "扣分" in headers[deduction]
    rows = {table.headerData(r, Qt.Orientation.Vertical): r for r in range(table.rowCount())}
    assert table.index(rows["DG03"], deduction).data() == "2"  # demo.PLANNED: 2 taken off
    assert table.index(rows["DG11"], deduction).data() == "0"
    decimals = [len(m.group(1)) for r in range(table.rowCount()) for c in range(table.columnCount() - 1)
                if (m := re.search(r"\.(\d+)$", table.index(r, c).data()))]
    assert decimals and max(decimals) <= 2  # 电工 has 2 decimals: a mean of five marks shows no more
    shot(window, "review_overview")


def test_overview_cells_are_made_for_the_rows_on_screen_and_right_when_scrolled(window, qtbot, contest_file,
                                                                                 monkeypatch):
    asked: set[int] = set()
    made = ReviewPage._panel_cell

    def counting(page, r, c, role):
        asked.add(r)
        return made(page, r, c, role)

    monkeypatch.setattr(ReviewPage, "_panel_cell", counting)
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    review.tabs.setCurrentIndex(1)
    table = review.panel.model()
    qtbot.waitUntil(lambda: table.rowCount() > 6, timeout=10000)
    review.panel.setFixedHeight(120)  # room for a few rows only
    qtbot.wait(50)
    asked.clear()
    review.panel.scrollToBottom()
    review.panel.viewport().repaint()
    last = table.rowCount() - 1
    codes = [table.headerData(r, Qt.Orientation.Vertical) for r in range(table.rowCount())]
    assert codes == sorted(codes) and last in asked and 0 not in asked  # only what is on screen
    bottom = review.panel.indexAt(review.panel.viewport().rect().bottomLeft() + QPoint(2, -4))
    assert bottom.row() == last
    code, criterion = bottom.data(Qt.ItemDataRole.UserRole)
    row = next(r for r in review.result.rows if r.code == code)
    assert code == codes[-1] and row.section(review.panel_section.currentData()).criterion(criterion) is not None
