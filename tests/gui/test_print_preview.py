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


SHOW_PAGE = """
import json, sys
from judge_app.gui.qt import QApplication
from judge_app.gui.print_preview import PrintPreviewDialog
app = QApplication([])
dialog = PrintPreviewDialog(sys.argv[1])
dialog.fit_width = False
dialog.show()
dialog.show_page()
shown = dialog.view.pixmap()
print(json.dumps({"ratio": dialog.devicePixelRatioF(), "pixels": shown.width(), "dpr": shown.devicePixelRatio(),
                  "logical": dialog.view.sizeHint().width()}))
"""


def shown_at(scale: str, sheet: Path) -> dict:
    """The preview's page as a window at ``scale`` (QT_SCALE_FACTOR, as Windows' 150 %) shows it."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    done = subprocess.run([sys.executable, "-c", SHOW_PAGE, str(sheet)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_preview_is_rendered_at_the_device_pixel_ratio(sheet):
    """At 150 % scaling the page gets 1.5 pixels per logical pixel (as sharp as the screen), at
    the same logical size as at 100 %."""
    plain, sharp = shown_at("1", sheet), shown_at("1.5", sheet)
    assert sharp["ratio"] == 1.5 and sharp["dpr"] == 1.5
    assert abs(sharp["logical"] - plain["logical"]) <= 2
    assert abs(sharp["pixels"] - plain["pixels"] * 1.5) <= 2


@pytest.mark.parametrize(("printer_dpi", "rendered_dpi"), [(150, 150), (300, 300), (600, 300), (1200, 300)])
def test_printing_renders_at_most_300_dpi(dialog, tmp_path, monkeypatch, printer_dpi, rendered_dpi):
    """A 600- or 1200-dpi printer (a PDF printer set to that resolution stands in for one) gets each
    page rendered at 300 dpi and scaled by the printer: an A4 page is then ~26 MB in the spooler
    instead of ~100 MB (600 dpi) or ~400 MB (1200 dpi)."""
    from judge_app.gui import print_preview

    rendered: list[tuple[float, int]] = []
    real = print_preview.render_page

    def spy(document, index, dpi):
        image = real(document, index, dpi)
        rendered.append((dpi, image.sizeInBytes()))
        return image

    monkeypatch.setattr(print_preview, "render_page", spy)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(printer_dpi)
    printer.setFromTo(1, 1)
    assert dialog.print_to(printer) == 1
    [(dpi, size)] = rendered
    assert dpi == rendered_dpi
    width, height = page_size_pt(dialog.path)
    a4_at = width / 72 * dpi * height / 72 * dpi * 3  # RGB bytes of the page at that resolution
    assert size <= a4_at * 1.01 and size <= 27 * 1024 * 1024
    print(f"printer {printer_dpi} dpi: page rendered at {dpi} dpi, {size / 2**20:.1f} MiB")
