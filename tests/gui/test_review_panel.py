"""The chief judge's section table names every panel judge in full (wrapped, with a tooltip) at
1366×768, with who has submitted."""

from __future__ import annotations

from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.qt import QFontMetrics, QRect, Qt
from tests.gui.conftest import PEOPLE, open_as, shot

NAMES = {judge_id: name for judge_id, name, _role, _pin in PEOPLE}


def test_panel_column_shows_whole_names(window, qtbot, contest_file):
    window.resize(1366, 768)
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    table = review.sections
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    shot(window, "review_1366x768")
    panel_col = table.columnCount() - 1
    seen = set()
    for row in range(table.rowCount()):
        item = table.item(row, panel_col)
        text = item.text()
        for judge_id, name in NAMES.items():
            if judge_id in text:
                assert f"{name}（{judge_id}）" in text and name in item.toolTip()
                seen.add(judge_id)
        width = table.columnWidth(panel_col) - 8
        needed = QFontMetrics(table.font()).boundingRect(
            QRect(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), text).height()
        assert needed <= table.rowHeight(row), (text, needed, table.rowHeight(row))  # nothing cut off
        assert "…" not in text
    assert seen  # the demo's sections have panels
