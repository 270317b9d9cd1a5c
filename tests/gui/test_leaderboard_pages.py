"""The projector's 成绩榜 (issue 16, polish): unit names not cut (the unit column takes the width
the others leave, a longer name is drawn smaller), whole rows only (no half row at the bottom), a page of rows at a time."""

from __future__ import annotations

import math

from judge_app.gui.fit_text_delegate import fitted_font
from judge_app.gui.leaderboard import HOLD_STEPS, PAGE_MS, LeaderboardWindow
from judge_app.gui.qt import QFontMetrics, Qt
from tests.reports.builders import UNITS, make_event, make_group

from .conftest import shot


def _board(window, qtbot, rows: int, size=(1366, 768)) -> LeaderboardWindow:
    board = LeaderboardWindow(window.controller)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    event = make_event()
    board.groups = [(event, make_group(event, rows))]
    board.next_group()
    return board


def test_units_whole_rows_and_pages(window, qtbot) -> None:
    board = _board(window, qtbot, 30)
    table, cols = board.table, board.model.columns()
    assert cols == ["rank", "code", "w:0", "w:1", "total", "award"]  # 姓名, 单位
    assert [board.model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)] == ["姓名", "单位"]
    unit = cols.index("w:1")
    widest = max(QFontMetrics(table.font()).horizontalAdvance(u) for u in UNITS if len(u) <= 16)
    assert table.columnWidth(unit) >= widest  # a unit of up to 16 characters is shown whole
    assert table.columnWidth(unit) == max(table.columnWidth(c) for c in range(len(cols)))
    per_page = board.rows_per_page()
    page_height = sum(table.rowHeight(r) for r in range(per_page))
    assert page_height == table.viewport().height()  # not a pixel of the next row shows
    assert sum(table.rowHeight(r) for r in range(per_page, 2 * per_page)) == page_height
    assert table.rowAt(0) == 0 and table.rowAt(page_height - 1) == per_page - 1
    assert table.rowAt(page_height) == per_page
    longest = max(UNITS, key=len)  # 23 characters: drawn smaller, whole, not cut with …
    font = fitted_font(table.font(), longest, table.columnWidth(unit) - 24)
    assert QFontMetrics(font).horizontalAdvance(longest) <= table.columnWidth(unit) - 24
    assert table.itemDelegateForColumn(unit) is board.fit_delegate
    assert table.itemDelegateForColumn(cols.index("w:0")) is None  # names keep their size
    shot(board, "leaderboard_page")
    for _ in range(HOLD_STEPS):
        board.step()  # the first page (the winners) stays a little longer
    assert table.rowAt(0) == 0
    board.step()
    assert table.rowAt(0) == per_page  # the next page of whole rows
    steps = HOLD_STEPS + math.ceil(30 / per_page)
    assert steps * PAGE_MS / 1000 <= 40  # a group of 30 takes at most 40 s on the projector
    board.close()


def test_a_long_unit_is_drawn_smaller_not_cut_on_a_scaled_screen(window, qtbot) -> None:
    board = _board(window, qtbot, 12, size=(1280, 720))  # 1920×1080 at 150 %: 1280×720 logical
    table, cols = board.table, board.model.columns()
    unit = cols.index("w:1")
    row = next(r for r in range(board.model.rowCount())
               if board.model.index(r, unit).data() == max(UNITS, key=len))
    rect = table.visualRect(board.model.index(row, unit))
    from judge_app.gui.qt import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.widget = table
    option.rect = rect
    option.font = table.font()
    board.fit_delegate.initStyleOption(option, board.model.index(row, unit))
    room = board.fit_delegate.room(option)
    assert 0 < room < rect.width() - 20  # the style's margins and the sheet's padding taken off
    assert option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideRight, room) == option.text
    assert table.font().pointSizeF() * 0.6 <= option.font.pointSizeF() < table.font().pointSizeF()
    names = cols.index("w:0")
    assert all(table.columnWidth(names) >= QFontMetrics(table.font()).horizontalAdvance(
        board.model.index(r, names).data()) for r in range(board.model.rowCount()))
    shot(board, "leaderboard_1280x720")
    board.close()
