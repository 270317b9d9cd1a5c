"""The projector's 成绩榜 (issue 16, polish): unit names not cut (the unit column takes the width
the others leave), whole rows only (no half row at the bottom), a page of rows at a time."""

from __future__ import annotations

import math

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
    height = table.rowHeight(0)
    assert table.viewport().height() - per_page * height < per_page  # a few pixels, never a half row
    assert table.rowAt(0) == 0 and table.rowAt(per_page * height - 1) == per_page - 1
    shot(board, "leaderboard_page")
    for _ in range(HOLD_STEPS):
        board.step()  # the first page (the winners) stays a little longer
    assert table.rowAt(0) == 0
    board.step()
    assert table.rowAt(0) == per_page  # the next page of whole rows
    steps = HOLD_STEPS + math.ceil(30 / per_page)
    assert steps * PAGE_MS / 1000 <= 40  # a group of 30 takes at most 40 s on the projector
    board.close()
