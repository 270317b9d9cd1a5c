"""File menu printing and exports: Ctrl+P previews the result sheets fitted to the width, the
exports report each file done on the page's progress bar, temporary PDFs go with the window."""

from __future__ import annotations

from pathlib import Path

from judge_app.gui.pages.print_page import PrintPage
from judge_app.gui.print_preview import FIT_MARGIN
from judge_app.gui.qt import Qt

from .conftest import open_as, shot


def follow_progress(window, page: PrintPage) -> list[tuple[int, int, int, int, bool]]:
    """Each report of a job: (done, total) and what the page's bar showed then."""
    seen: list[tuple[int, int, int, int, bool]] = []
    window.controller.bg.jobProgress.connect(lambda _job, done, total: seen.append(
        (done, total, page.progress.value(), page.progress.maximum(), page.progress.isVisible())))
    return seen


def test_ctrl_p_previews_result_sheets_fitted_to_width_and_cleans_up(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "S01", "secret-8888")
    page = window.page(PrintPage)
    events = [e.name for e in window.controller.snapshot.contest.events]
    seen = follow_progress(window, page)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=30000)
    assert window.stack.currentWidget() is page
    assert [page.files.item(i).text() for i in range(page.files.count())] == [
        f"{name}-成绩汇总表.pdf" for name in events]
    total = len(events)
    assert seen == [(n, total, n, total, True) for n in range(1, total + 1)]
    assert not page.progress.isVisible()
    preview = page.preview
    qtbot.waitUntil(lambda: abs(preview.view.pixmap().width()
                                - (preview.scroll.viewport().width() - FIT_MARGIN)) <= 2, timeout=5000)
    assert preview.width() >= window.width() * 0.85
    shot(preview, "print_preview_fitted")
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert not preview.fit_width and preview.zoom in (1.0, 1.25, 1.5, 2.0)
    out_dir = page.out_dir
    assert any(out_dir.iterdir())
    window.close()
    assert not out_dir.exists()


def click_menu_item(qtbot, menu, action) -> None:
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_export_csv_from_the_file_menu_reports_each_file(window, qtbot, contest_file, tmp_path, monkeypatch):
    from judge_app.gui.pages import print_page

    out = tmp_path / "U盘"
    out.mkdir()
    monkeypatch.setattr(print_page.QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    page = window.page(PrintPage)
    seen = follow_progress(window, page)
    action = window.findChild(type(window.open_action), "actionExport_csv")
    assert action in window.file_menu.actions() and action.isVisible()
    click_menu_item(qtbot, window.file_menu, action)
    qtbot.waitUntil(lambda: page.files.count() > 0 and window.controller.bg.idle, timeout=30000)
    events = [e.name for e in window.controller.snapshot.contest.events]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}-成绩汇总表.csv" for name in events)
    assert [s[:2] for s in seen] == [(n, len(events)) for n in range(1, len(events) + 1)]
    assert all(Path(page.files.item(i).text()).exists() for i in range(page.files.count()))
    shot(window, "print_page_after_export")


def test_a_judge_has_no_print_or_export_actions(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J01", "1111")
    names = ("actionExport_print", "actionExport_xlsx", "actionExport_csv", "actionExport_json")
    actions = [window.findChild(type(window.open_action), name) for name in names]
    assert all(a is not None and not a.isVisible() for a in actions)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.page(PrintPage).preview is None
