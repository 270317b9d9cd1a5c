"""晋级名单 from the live ranking: who advances from a locked round (ties at the cut all go on, with
a warning), then the organiser enrols them in the next round with one click."""

from __future__ import annotations

from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.qt import Qt
from judge_app.store import ContestDB
from tests.cli.test_enrol_cli import finalists, heats

from .conftest import shot
from .organiser_fixtures import open_controller, settle, show_page


def _ranking_on(controller, qtbot, event: str) -> RankingPage:
    page = show_page(RankingPage(controller), qtbot)
    page.set_session(controller.session)
    controller.snapshotChanged.connect(page.set_snapshot)
    page.set_snapshot(controller.snapshot)
    page.events.setCurrentIndex(page.events.findData(event))
    settle(controller, qtbot)
    return page


def test_the_organiser_sees_who_advances_and_enrols_them(app, qtbot, tmp_path) -> None:
    controller = open_controller(qtbot, heats(tmp_path))
    try:
        page = _ranking_on(controller, qtbot, "决赛")
        assert not page.advance_button.isVisible()  # the final has no advance rule
        page.events.setCurrentIndex(page.events.findData("初赛"))
        assert page.advance_button.isVisible()
        qtbot.mouseClick(page.advance_button, Qt.MouseButton.LeftButton)
        dialog = page.advance_dialog
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)
        advancing = [dialog.table.item(r, 2).text() for r in range(4) if dialog.table.item(r, 4).text() == "晋级"]
        assert advancing == ["P1", "P2", "P3"]  # 90, 80, 80 with top 2: the tie at the cut goes on
        assert "P2、P3 并列第 2 名" in dialog.warning_label.text()
        assert "每组前 2 名" in dialog.rule_label.text() and "晋级至 决赛" in dialog.rule_label.text()
        shot(dialog, "ranking_advance_dialog")
        assert dialog.enrol_button.isEnabled()
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
        settle(controller, qtbot)
        qtbot.waitUntil(lambda: "新增 3 人" in dialog.done_label.text())
        dialog.accept()
    finally:
        controller.shutdown()
    assert sorted(e.name for e in finalists(tmp_path / "c.judge")) == ["张三", "李四", "王五"]


def test_enrolling_an_open_round_is_refused_and_changes_nothing(app, qtbot, tmp_path, warning_guard) -> None:
    warning_guard.expect("error shown")
    path = heats(tmp_path, lock=False)
    controller = open_controller(qtbot, path)
    try:
        page = _ranking_on(controller, qtbot, "初赛")
        dialog = page.show_advancement()
        qtbot.waitUntil(lambda: dialog.enrol_button.isEnabled())
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
        settle(controller, qtbot)
        assert dialog.done_label.text() == ""
        dialog.accept()
    finally:
        controller.shutdown()
    with ContestDB.open(path, actor="organiser") as db:
        assert db.entries("决赛") == []
