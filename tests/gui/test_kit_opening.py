"""Opening a judge kit (issue 16 item 18): no stray 请先登录 after 建立并登录, the laptop file is
offered in the data folder rather than inside the USB folder the kit came from, and a section
locked before the kit was made cannot be scored on the laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.app import packages as ops_packages
from judge_app.gui.pages import arrivals_page
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.scoring_page import ScoringPage
from judge_app.gui.qt import QAction, Qt
from judge_app.store import ContestDB
from tests.store.laptops import World, build_world

from .conftest import open_as, wait_idle


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


def _open_kit(window, qtbot, kit: Path, local: Path, monkeypatch, offered: list) -> None:
    dialogs = arrivals_page.QFileDialog
    monkeypatch.setattr(dialogs, "getOpenFileName", staticmethod(lambda *a, **k: (str(kit), "")))

    def save(_parent, _title, start, *_a, **_k):
        offered.append(Path(start))
        return str(local), ""

    monkeypatch.setattr(dialogs, "getSaveFileName", staticmethod(save))
    window.findChild(QAction, "actionOpenKit").trigger()
    page = window.page(arrivals_page.ArrivalsPage)
    qtbot.waitUntil(lambda: page.kit_pin_dialog is not None and page.kit_pin_dialog.isVisible(), timeout=5000)
    qtbot.keyClicks(page.kit_pin_dialog.pin, "2468")
    qtbot.keyClicks(page.kit_pin_dialog.again, "2468")
    qtbot.keyClick(page.kit_pin_dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.path == local and window.controller.session is not None, timeout=15000)
    wait_idle(window, qtbot)


def test_kit_opened_over_a_judges_ranking_logs_in_without_a_stray_error(
        window, qtbot, world: World, tmp_path: Path, monkeypatch, contest_file, private_home) -> None:
    open_as(window, qtbot, contest_file, "J01", "1111")  # a file open, its judge on 实时排名
    window.show_page(window.page(RankingPage))
    wait_idle(window, qtbot)
    usb = tmp_path / "usb"
    usb.mkdir()
    kit = usb / "J3.jkit"
    kit.write_bytes(world.kits["J3"])
    offered: list[Path] = []
    _open_kit(window, qtbot, kit, tmp_path / "J3.judge", monkeypatch, offered)
    assert window.controller.session.id == "J3"
    qtbot.wait(300)
    wait_idle(window, qtbot)  # the warning guard fails the test on any error dialog shown
    assert offered and usb not in offered[0].parents  # not inside the USB folder
    assert private_home in offered[0].parents and offered[0].name.startswith("J3")


def test_a_section_locked_before_the_kit_is_locked_on_the_laptop(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from tests.gui.organiser_fixtures import make_contest
    from tests.gui.test_score_grid import goto

    contest = make_contest(tmp_path / "org.judge.db", scores=False)
    with ContestDB.open(contest, actor="测试") as db:
        db.lock_section("电工", "theory")  # J1 sits on theory (locked) and practical (open)
        kit = ops_packages.make_kit(db, "J1", tmp_path)
    _open_kit(window, qtbot, kit, tmp_path / "J1-laptop.judge", monkeypatch, [])
    page = window.page(ScoringPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    assert "理论知识" in page.states.text() and "已锁定" in page.states.text()
    theory = goto(page, "E01", "T1")
    assert not page.model.editable(theory)
    qtbot.keyClicks(page.grid, "8")
    assert "已锁定" in page.grid.error_label.text()
    assert page.model.editable(goto(page, "E01", "P1"))  # practical stays open
