"""The 打印/导出 page: builds a report in the background and opens its preview; exports data."""

from __future__ import annotations

import pytest

from judge_app.gui.qt import Qt

from .organiser_fixtures import open_controller, settle, show_page


@pytest.fixture
def page(app, qtbot, contest_file):
    from judge_app.gui.pages.print_page import PrintPage

    controller = open_controller(qtbot, contest_file)
    page = show_page(PrintPage(controller), qtbot)
    page.set_session(controller.session)
    page.set_snapshot(controller.snapshot)
    yield page
    if page.preview is not None:
        page.preview.close()
    controller.shutdown()


def test_lists_every_report_and_the_events(page):
    titles = [page.kinds.item(i).text() for i in range(page.kinds.count())]
    assert titles == ["成绩汇总表", "获奖名单", "评分表", "抽签记录表", "成绩单", "单位奖牌榜", "成绩分布图", "表彰名单", "荣誉证书"]
    assert [page.events.itemText(i) for i in range(page.events.count())] == ["全部赛项", "电工", "焊工", "茶艺师"]


def test_build_and_preview_a_result_sheet(page, qtbot):
    page.events.setCurrentIndex(page.events.findText("焊工"))
    page.kinds.setCurrentRow(0)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20000)
    assert page.preview.path.name == "焊工-成绩汇总表.pdf"
    assert page.preview.page_count == 2  # 职工组 and 学生组
    assert page.files.count() == 1
    page.grab().save(str(page.out_dir / "page.png"))


def test_export_csv_into_a_folder(page, qtbot, tmp_path):
    page.events.setCurrentIndex(page.events.findText("电工"))
    out = tmp_path / "导出"
    page.export_data("csv", out)
    settle(page.controller, qtbot)
    qtbot.waitUntil(lambda: page.files.count() == 1, timeout=10000)
    written = list(out.iterdir())
    assert [p.name for p in written] == ["电工-成绩汇总表.csv"]
    assert written[0].read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_preview_closed_by_the_user_is_not_closed_again_at_exit(page, qtbot):
    """The preview deletes itself on close; the page closed it again when the window closed
    (found by the GUI walk: a crash on quitting after looking at a preview)."""
    page.kinds.setCurrentRow(0)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20000)
    qtbot.keyClick(page.preview, Qt.Key.Key_Escape)  # the user closes it
    qtbot.waitUntil(lambda: page.preview is None, timeout=5000)
    page.closing()  # what the main window does when it closes
