"""The 成绩包 page: watch folder → arrival board; menu actions to open a kit and export a package."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.core.package_format import read_kit, read_package
from judge_app.core.people import Role
from judge_app.gui.pages import arrivals_page
from judge_app.gui.pages.arrivals_page import ArrivalsPage
from judge_app.gui.qt import QAction, Qt
from judge_app.store import ContestDB
from tests.store.laptops import ORGANISER, World, build_world

from .conftest import ask_store, open_as, shot, wait_idle


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


def board(page: ArrivalsPage) -> dict[tuple[str, str, str], tuple[str, str, str]]:
    """(event, section, judge) → (state, scores, missing) as the table shows them."""
    t = page.table
    return {tuple(t.item(r, c).text() for c in range(3)): tuple(t.item(r, c).text() for c in (3, 5, 6))
            for r in range(t.rowCount())}


def open_board_as_chief(window, qtbot, world: World, tmp_path: Path) -> ArrivalsPage:
    """The organiser's copy of the world, a chief judge registered and logged in, on 成绩包."""
    contest = world.organiser_copy(tmp_path / "org.judge")
    with ContestDB.open(contest, actor=ORGANISER) as db:
        db.add_judge("CJ", "裁判长", role=Role.CHIEF, pin="chief-9999")
    open_as(window, qtbot, contest, "CJ", "chief-9999")
    page = window.page(ArrivalsPage)
    window.show_page(page)
    return page


def test_the_watch_folder_merges_packages_and_fills_the_board(window, qtbot, world: World, tmp_path: Path) -> None:
    page = open_board_as_chief(window, qtbot, world, tmp_path)
    qtbot.waitUntil(lambda: page.table.rowCount() == 6, timeout=10000)
    assert {state for state, _, _ in board(page).values()} == {"未到"}

    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "J1.jpkg").write_bytes(world.new["J1"])
    (usb / "J2.jpkg").write_bytes(world.new["J2"])
    page.interval_ms = 50
    qtbot.keyClicks(page.folder, str(usb))
    qtbot.mouseClick(page.watch_button, Qt.MouseButton.LeftButton)
    assert page.watch_button.text() == "停止监视" and not page.folder.isEnabled()
    qtbot.waitUntil(lambda: page.log.count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: board(page)[("电工", "实际操作", "J1")][0] == "已到 1 个", timeout=10000)
    qtbot.mouseClick(page.watch_button, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    assert not page.timer.isActive() and page.folder.isEnabled()

    shown = board(page)
    assert shown[("电工", "实际操作", "J2")] == ("已到 1 个", "15/15", "—")
    assert shown[("工匠", "专家评审", "J2")] == ("已到 1 个", "2/2", "—")
    assert shown[("电工", "实际操作", "J3")] == ("未到", "0/15", "C01、C02、C03、C04、C05")
    assert all("已导入" in page.log.item(i).text() for i in range(page.log.count()))
    held = ask_store(window, qtbot, lambda db: {(s.event, s.code, s.criterion, s.judge): s.value for s in db.scores()})
    assert held == {cell: value for cell, value in world.final.items() if cell[3] in ("J1", "J2")}
    shot(window, "arrivals_page")


def test_open_a_kit_then_export_a_package_from_the_menu(window, qtbot, world: World, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    kit, local, usb = tmp_path / "J3.jkit", tmp_path / "J3-laptop.judge", tmp_path / "usb"
    kit.write_bytes(world.kits["J3"])
    usb.mkdir()
    dialogs = arrivals_page.QFileDialog
    monkeypatch.setattr(dialogs, "getOpenFileName", staticmethod(lambda *a, **k: (str(kit), "")))
    monkeypatch.setattr(dialogs, "getSaveFileName", staticmethod(lambda *a, **k: (str(local), "")))
    monkeypatch.setattr(dialogs, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))

    open_kit = window.findChild(QAction, "actionOpenKit")
    assert open_kit.text() == "打开评委包…"
    open_kit.trigger()
    page = window.page(ArrivalsPage)
    qtbot.waitUntil(lambda: page.kit_pin_dialog is not None and page.kit_pin_dialog.isVisible(), timeout=5000)
    qtbot.keyClicks(page.kit_pin_dialog.pin, "3333")
    qtbot.keyClicks(page.kit_pin_dialog.again, "3333")
    qtbot.mouseClick(page.kit_pin_dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.path == local and window.controller.session is not None, timeout=10000)
    wait_idle(window, qtbot)
    ask_store(window, qtbot, lambda db: db.record_score("工匠", "G2", "R1", "J3", Decimal("66")))

    window.findChild(QAction, "actionExportPackage").trigger()
    qtbot.waitUntil(lambda: any(usb.glob("*.jpkg")), timeout=10000)
    wait_idle(window, qtbot)
    (package_file,) = usb.glob("*.jpkg")
    package = read_package(package_file.read_bytes(), lambda body: read_kit(world.kits["J3"]).key)
    assert [(s.code, s.criterion, s.value, s.revision) for s in package.scores] == [("G2", "R1", Decimal("66"), 1)]
    assert package.judge == "J3" and package.audit[0]["action"] == "score.record"


def test_scores_typed_on_this_computer_show_as_present(window, qtbot, tmp_path: Path) -> None:
    from tests.gui.organiser_fixtures import make_contest
    from tests.store.sample import ORGANISER_PASS

    contest = make_contest(tmp_path / "c.judge.db")  # J1 and J2 typed everything on this computer
    with ContestDB.open(contest, actor="测试") as db:
        db.add_judge("J3", "张评三", role=Role.JUDGE, pin="3333")
        db.assign_panel("电工", "practical", ["J1", "J2", "J3"])
    open_as(window, qtbot, contest, "O0", ORGANISER_PASS)
    page = window.page(ArrivalsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=10000)
    shown = board(page)
    assert shown[("电工", "理论知识", "J1")] == ("本机录入", "5/5", "—")
    assert shown[("电工", "实际操作", "J2")] == ("本机录入", "10/10", "—")
    assert shown[("电工", "实际操作", "J3")][0] == "未到"  # nothing from J3 at all
    shot(window, "arrivals_typed_here")
