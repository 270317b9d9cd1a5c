"""制作评委包 on the 成绩包 page: the secretary ticks the judges, types the folder, Enter; one kit per
judge is written there and the message says where. Judges and scorers see no such button."""

from __future__ import annotations

from judge_app.core.package_format import read_kit
from judge_app.gui.kit_make_dialog import KitMakeDialog
from judge_app.gui.pages.arrivals_page import ArrivalsPage
from judge_app.gui.qt import QMessageBox, Qt
from tests.gui.conftest import ask_store, open_as, shot, show_active
from tests.gui.test_review_flow import visible


def test_the_secretary_makes_kits_for_the_judges_she_ticks(window, qtbot, contest_file, tmp_path):
    open_as(window, qtbot, contest_file, "S01", "secret-8888")
    page = window.page(ArrivalsPage)
    window.show_page(page)
    assert page.kits_button.isVisible()
    qtbot.mouseClick(page.kits_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(KitMakeDialog) is not None, timeout=10000)
    dialog = visible(KitMakeDialog)
    ids = [dialog.judges.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.judges.count())]
    assert ids[:5] == ["J01", "J02", "J03", "J04", "J05"] and "S01" not in ids  # those on a panel
    assert not dialog.ok.isEnabled()  # no folder yet
    dialog.judges.setFocus()
    dialog.judges.setCurrentRow(1)
    qtbot.keyClick(dialog.judges, Qt.Key.Key_Space)  # J02 unticked
    stick = tmp_path / "usb-kits"
    stick.mkdir()
    qtbot.keyClicks(dialog.folder, str(stick))
    shot(dialog, "kit_make_dialog")
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible(QMessageBox) is not None, timeout=20000)
    box = visible(QMessageBox)
    made = sorted(p.name for p in stick.iterdir())
    expected = sorted(f"{j}.jkit" for j in ids if j != "J02")
    assert made == expected and str(stick) in box.text() and all(name in box.text() for name in made)
    assert read_kit((stick / "J01.jkit").read_bytes()).judge == "J01"
    box.accept()
    kits = ask_store(window, qtbot, lambda db: [e.target for e in db.audit_log() if e.action == "kit.make"])
    assert sorted(kits) == sorted(j for j in ids if j != "J02")
    show_active(window, qtbot)
    qtbot.mouseClick(page.kits_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(KitMakeDialog) is not None, timeout=10000)
    assert visible(KitMakeDialog).folder.text() == str(stick)  # remembered


def test_the_scorer_has_no_kit_button(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "R01", "7777")
    page = window.page(ArrivalsPage)
    window.show_page(page)
    assert not page.kits_button.isVisible() and not page._actions[3].isVisible()
