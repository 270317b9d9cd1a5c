"""荣誉证书 in the app (issue 15 item 7): on 打印/导出 the organiser opens 荣誉证书…, moves the name
by keys with the preview following, saves the positions (kept in the contest, audited) and exports
the certificates for pre-printed paper: the name is printed where the numbers say."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.gui.pages.print_page import PrintPage
from judge_app.gui.qt import QFileDialog, Qt
from tests.gui.conftest import ask_store, open_as, shot, wait_idle
from tests.gui.test_gui_day import SECRET, published_contest

MM = 72 / 25.4  # PDF points per millimetre


def name_positions(pdf: Path, names: set[str]) -> list[tuple[float, float]]:
    """(x, y) in PDF points of the first text of each page that is one of ``names``."""
    from pypdf import PdfReader

    found = []
    for page in PdfReader(str(pdf)).pages:
        seen: list[tuple[float, float]] = []
        page.extract_text(visitor_text=lambda text, cm, tm, *_: seen.append((tm[4], tm[5]))
                          if text.strip() in names else None)
        found.append(seen[0])
    return found


def test_moving_the_name_by_keys_is_saved_previewed_and_printed_there(window, qtbot, tmp_path, monkeypatch):
    from judge_app.app.reports import certificate_template
    from judge_app.gui.certificate_dialog import CertificateDialog

    path = published_contest(tmp_path / "day.judge.db")
    window.resize(1366, 768)
    open_as(window, qtbot, path, "A1", SECRET["A1"])
    page = window.page(PrintPage)
    window.show_page(page)
    page.events.setCurrentIndex(page.events.findText("电工"))
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.certificate_dialog is not None and page.certificate_dialog.isVisible(), timeout=20000)
    dialog: CertificateDialog = page.certificate_dialog
    names = {"选手1", "选手2", "选手3"}
    folder = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(dialog.preprinted, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    before = name_positions(dialog.written.files[0], names)
    first_preview = dialog.preview.pixmap().toImage()

    x = dialog.spins["name", "x"]
    x.setFocus()
    qtbot.keyClick(x, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(x, "60")
    qtbot.keyClick(x, Qt.Key.Key_Tab)  # on to the name's y
    y = dialog.spins["name", "y"]
    assert y.hasFocus()
    for _ in range(5):
        qtbot.keyClick(y, Qt.Key.Key_Up)  # 88 → 93 mm
    qtbot.keyClick(y, Qt.Key.Key_PageUp)  # + 10 → 103 mm
    qtbot.waitUntil(lambda: dialog.preview.pixmap().toImage() != first_preview, timeout=5000)
    qtbot.keyClick(y, Qt.Key.Key_Return)  # Enter saves (the dialog stays open)
    wait_idle(window, qtbot)
    assert dialog.isVisible()
    saved = ask_store(window, qtbot, certificate_template).spots["name"]
    assert (saved.x, saved.y, saved.size) == (60.0, 103.0, 30.0)
    assert "位置已保存" in dialog.state.text()
    audit = ask_store(window, qtbot, lambda db: db.audit_log()[-1])
    assert (audit.action, audit.target) == ("meta.set", "certificate_template")

    dialog.written = None
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    after = name_positions(dialog.written.files[0], names)
    assert len(after) == len(before) == 3  # 一等奖 and two 二等奖
    for (x0, y0), (x1, y1) in zip(before, after):  # centred on x: the same name moves by the difference
        assert x1 - x0 == pytest.approx((60 - 148.5) * MM, abs=0.05)
        assert y0 == pytest.approx((210 - 88) * MM, abs=0.05) and y1 == pytest.approx((210 - 103) * MM, abs=0.05)
    shot(dialog, "certificate_dialog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
