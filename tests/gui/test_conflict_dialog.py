"""Merge conflicts on the 成绩包 page: the chief judge picks the value and must give a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.core.people import Role
from judge_app.gui.pages.arrivals_page import ArrivalsPage
from judge_app.gui.qt import QPoint, Qt
from judge_app.store import ContestDB
from tests.store.laptops import ORGANISER, World, build_world

from .conftest import ask_store, open_as, shot, wait_idle

CELL = ("工匠", "G1", "R1", "J3")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


@pytest.fixture
def conflicted(world: World, tmp_path: Path):
    """The organiser's file after J3's package and a second laptop's package that gives CELL's
    first revision another value; a chief judge CJ (PIN 9999) registered. Returns (file, other value)."""
    with ContestDB.from_kit(world.kits["J3"], tmp_path / "second-laptop.judge") as laptop:
        other = world.final[CELL] + 1 if world.final[CELL] < 100 else world.final[CELL] - 1
        laptop.record_score(*CELL, other)
        second = laptop.export_package()[1]
    contest = world.organiser_copy(tmp_path / "org.judge")
    with ContestDB.open(contest, actor=ORGANISER) as db:
        db.merge_package(world.new["J3"])
        db.merge_package(second)
        assert len(db.conflicts()) == 1
        db.add_judge("CJ", "裁判长", role=Role.CHIEF, pin="chief-9999")
        db.add_judge("SE", "秘书", role=Role.SECRETARY, pin="secret-8888")
    return contest, other


def test_the_chief_judge_resolves_a_conflict_with_a_reason(window, qtbot, conflicted, world):
    contest, other = conflicted
    open_as(window, qtbot, contest, "CJ", "chief-9999")
    page = window.page(ArrivalsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: len(page._conflicts) == 1, timeout=10000)
    assert page.resolve_button.isVisible() and page.resolve_button.isEnabled()
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    dialog = page.conflict_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    values = [value for _button, value in dialog.options[:-1]]
    assert sorted(values) == sorted([other, world.final[CELL]])
    keep = world.final[CELL] if values[0] == other else other  # not the value the file holds now
    target = next(button for button, value in dialog.options if value == keep)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(8, target.height() // 2))  # on the dot
    assert target.isChecked()
    assert not dialog.ok.isEnabled()  # no reason yet
    dialog.reason_edit.insertPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.reason_edit.insertPlainText("核对原始评分表")
    assert dialog.ok.isEnabled()
    shot(dialog, "conflict_dialog")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.conflicts.item(0).text() == "无", timeout=10000)
    held, audit = ask_store(window, qtbot, lambda db: (
        {(s.event, s.code, s.criterion, s.judge): (s.value, s.revision) for s in db.scores()}[CELL],
        [e for e in db.audit_log() if e.action == "conflict.resolve"]))
    assert held == (keep, 2)
    assert len(audit) == 1 and audit[0].reason == "核对原始评分表"
    assert not page.resolve_button.isEnabled()


def test_a_typed_value_must_be_a_number(window, qtbot, conflicted):
    contest, _other = conflicted
    open_as(window, qtbot, contest, "CJ", "chief-9999")
    page = window.page(ArrivalsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: len(page._conflicts) == 1, timeout=10000)
    qtbot.keyClick(page.conflicts, Qt.Key.Key_Return)  # Enter on the conflict opens it too
    dialog = page.conflict_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
    dialog.reason_edit.insertPlainText("复核")
    qtbot.keyClicks(dialog.other_value, "8.x")
    assert dialog.other.isChecked() and not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.other_value, Qt.Key.Key_Backspace)
    assert dialog.ok.isEnabled()
    dialog.reject()


def test_only_the_chief_judge_sees_the_resolve_button(window, qtbot, conflicted):
    contest, _other = conflicted
    open_as(window, qtbot, contest, "SE", "secret-8888")
    page = window.page(ArrivalsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: len(page._conflicts) == 1, timeout=10000)
    assert not page.resolve_button.isVisible()
    assert page.ask_resolve() is None
