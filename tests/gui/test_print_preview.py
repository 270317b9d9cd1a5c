"""The print preview dialog: pages render, keys and buttons page through, zoom, print, save as."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.gui.fonts import install_app_font
from judge_app.gui.print_preview import PrintPreviewDialog, render_page, show_print_preview
from judge_app.gui.qt import QPrinter, Qt
from judge_app.reports.result_sheet import build_result_sheet
from tests.reports.builders import make_contest, make_event, make_group


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> Path:
    event = make_event()
    path = tmp_path_factory.mktemp("preview") / "成绩汇总表.pdf"
    outcome = build_result_sheet(path, make_contest(event), event, make_group(event, 50))
    assert outcome.pages == 3
    return path


def page_size_pt(path: Path) -> tuple[float, float]:
    """The first page's width and height in points (A4, portrait or landscape as the sheet chose)."""
    from pypdf import PdfReader

    box = PdfReader(str(path)).pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.fixture
def dialog(qtbot, sheet):
    dlg = PrintPreviewDialog(sheet)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def non_white_share(image) -> float:
    """Share of sampled pixels that are not white: a rendered page has ink on it."""
    step = 7
    points = [(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(1 for x, y in points if image.pixelColor(x, y).lightness() < 200) / len(points)


def test_pages_render_with_ink(dialog, sheet):
    assert dialog.page_count == 3
    image = dialog.view.pixmap().toImage()
    width, height = page_size_pt(sheet)
    assert abs(image.width() / image.height() - width / height) < 0.01  # the page's own proportions
    assert 0.01 < non_white_share(image) < 0.5
    assert dialog.page_label.text() == "第 1 / 3 页"


def test_keys_and_buttons_page_through(dialog, qtbot):
    first = dialog.view.pixmap().toImage()
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.page == 1 and dialog.page_label.text() == "第 2 / 3 页"
    assert dialog.view.pixmap().toImage() != first
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)  # stays on the last page
    assert dialog.page == 2 and not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.page == 1
    qtbot.mouseClick(dialog.prev_button, Qt.MouseButton.LeftButton)
    assert dialog.page == 0 and not dialog.prev_button.isEnabled()
    assert dialog.view.pixmap().toImage() == first
    qtbot.keyClick(dialog, Qt.Key.Key_End)
    assert dialog.page == 2


def test_zoom_changes_the_rendered_size(dialog, qtbot):
    assert dialog.fit_width  # opens fitted to the width
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.fit_width
    width, zoom = dialog.view.pixmap().width(), dialog.zoom
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.zoom_label.text() == f"{round(dialog.zoom * 100)}%" and dialog.zoom > zoom
    assert abs(dialog.view.pixmap().width() / width - dialog.zoom / zoom) < 0.01
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.fit_width


def test_save_as_copies_identical_bytes(dialog, tmp_path, sheet):
    target = dialog.save_as(tmp_path / "副本")
    assert target == tmp_path / "副本.pdf"
    assert target.read_bytes() == sheet.read_bytes()


def test_print_paints_every_page_at_printer_resolution(dialog, tmp_path, sheet):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert dialog.print_to(printer) == 3
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == 3
    image = render_page(dialog.document, 0, 150)
    assert abs(image.width() - page_size_pt(sheet)[0] * 150 / 72) <= 1  # the page's width at 150 dpi


def test_show_print_preview_opens_a_dialog(qtbot, qapp, sheet):
    install_app_font(qapp)  # as the main window does: Chinese button texts
    dlg = show_print_preview(None, sheet)
    qtbot.waitExposed(dlg)
    assert dlg.isVisible() and dlg.page_count == 3
    dlg.grab().save(str(sheet.with_name("preview.png")))
    dlg.close()
