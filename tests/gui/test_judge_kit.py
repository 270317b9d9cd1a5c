"""File → 打开评委包 on a fresh judge laptop: the judge chooses a PIN, the kit's judge is
registered with it in the new laptop file, and the laptop logs that judge in (judge pages only)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.core.people import Role
from judge_app.gui.pages import arrivals_page
from judge_app.gui.pages.scoring_page import ScoringPage
from judge_app.gui.qt import QAction, Qt
from judge_app.store import ContestDB
from tests.store.laptops import ORGANISER, World, build_world

from .conftest import ask_store, shot, wait_idle


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


def click_menu_item(qtbot, menu, action) -> None:
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_open_a_kit_choose_a_pin_and_score_as_the_judge(window, qtbot, world: World, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    kit, local, usb = tmp_path / "J3.jkit", tmp_path / "J3-laptop.judge", tmp_path / "usb"
    kit.write_bytes(world.kits["J3"])
    usb.mkdir()
    dialogs = arrivals_page.QFileDialog
    monkeypatch.setattr(dialogs, "getOpenFileName", staticmethod(lambda *a, **k: (str(kit), "")))
    monkeypatch.setattr(dialogs, "getSaveFileName", staticmethod(lambda *a, **k: (str(local), "")))
    monkeypatch.setattr(dialogs, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))

    open_kit = window.findChild(QAction, "actionOpenKit")
    export = window.findChild(QAction, "actionExportPackage")
    assert window.controller.path is None  # a fresh laptop: no contest file yet
    assert open_kit in window.file_menu.actions() and open_kit.isVisible() and not export.isVisible()
    click_menu_item(qtbot, window.file_menu, open_kit)
    page = window.page(arrivals_page.ArrivalsPage)
    qtbot.waitUntil(lambda: page.kit_pin_dialog is not None and page.kit_pin_dialog.isVisible(), timeout=5000)
    dialog = page.kit_pin_dialog
    qtbot.keyClicks(dialog.pin, "24")
    assert not dialog.ok.isEnabled() and dialog.problem.text()  # too short
    qtbot.keyClicks(dialog.pin, "68")
    qtbot.keyClicks(dialog.again, "2467")
    assert not dialog.ok.isEnabled() and "不一致" in dialog.problem.text()
    qtbot.keyClick(dialog.again, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.again, "8")
    assert dialog.ok.isEnabled() and not dialog.problem.text()
    shot(dialog, "kit_pin_dialog")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=15000)
    wait_idle(window, qtbot)
    session = window.controller.session
    assert (session.judge.id, session.role) == ("J3", Role.JUDGE)
    assert window.stack.currentWidget() is window.page(ScoringPage)
    visible = [p for row, p in enumerate(window.pages) if not window.nav.item(row).isHidden()]
    assert all(Role.JUDGE in p.roles for p in visible)
    assert not window.page(arrivals_page.ArrivalsPage).visible_for(session)
    export = window.findChild(QAction, "actionExportPackage")  # the judge's pages are made anew
    assert export in window.file_menu.actions() and export.isVisible()
    assert ask_store(window, qtbot, lambda db: (db.verify_pin("J3", "2468"), db.verify_pin("J3", "2467"))) == (True, False)
    shot(window, "judge_laptop_after_kit")

    # the judge's own score, then the package exported from the File menu merges on the organiser's file
    ask_store(window, qtbot, lambda db: db.record_score("工匠", "G2", "R1", "J3", Decimal("66")))
    click_menu_item(qtbot, window.file_menu, export)
    qtbot.waitUntil(lambda: any(usb.glob("*.jpkg")), timeout=10000)
    (package_file,) = usb.glob("*.jpkg")
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        result = db.merge_package(package_file.read_bytes())
        assert result.changed == 1 and not result.conflicts
        assert [(s.code, s.value) for s in db.scores("工匠") if s.judge == "J3"] == [("G2", Decimal("66"))]


def test_a_bad_pin_is_refused_before_the_file_is_made(tmp_path: Path, world: World) -> None:
    from judge_app.app import packages as ops_packages
    from judge_app.core.errors import InvalidValue

    kit, local = tmp_path / "J1.jkit", tmp_path / "J1.judge"
    kit.write_bytes(world.kits["J1"])
    with pytest.raises(InvalidValue):
        ops_packages.open_kit(kit, local, pin="12a")
    assert not local.exists()
