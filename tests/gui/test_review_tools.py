"""Before names are unsealed: recheck worked through, completeness grid,
play-off entry and the acknowledgement of a tie on an award boundary, driven with clicks and keys."""

from __future__ import annotations

from decimal import Decimal

from judge_app.gui.qt import Qt

from .conftest import shot
from .organiser_fixtures import SCORES, controller_on, open_page, settle  # noqa: F401


def _checks_page(controller, qtbot):
    from judge_app.gui.pages.checks_page import ChecksPage

    return open_page(ChecksPage, controller, qtbot)


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _reason(page, qtbot, text: str) -> None:
    from judge_app.gui.dialogs import ReasonDialog

    qtbot.waitUntil(lambda: page.findChild(ReasonDialog) is not None and page.findChild(ReasonDialog).isVisible())
    dialog = page.findChild(ReasonDialog)
    dialog.edit.insertPlainText(text)  # what an input method commits (QTest types ASCII keys only)
    _click(qtbot, dialog.ok)


def test_recheck_drawn_and_worked_through(controller_on, qtbot) -> None:
    controller = controller_on(lock=True)
    page = _checks_page(controller, qtbot)
    assert "可以复核" in page.state_label.text()
    _click(qtbot, page.draw_button)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.recheck is not None)
    state = page.recheck
    assert len(state.codes) == 5  # 5 entries, all in the top 10
    assert str(state.seed) in page.verdict_label.text()
    assert not page.draw_button.isEnabled()
    stored = page.recheck_table.item(0, 4).text()
    assert stored == "—"  # blind: the stored value is hidden until checked
    first = state.items[0]
    qtbot.keyClicks(page.value_edit, str(first.stored))
    qtbot.keyClick(page.value_edit, Qt.Key.Key_Return)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.recheck.verdict.checked == 1)
    assert page.recheck.items[0].outcome == "same"

    # the second value typed differently: a difference, then corrected with a reason
    page.recheck_table.selectRow(1)
    second = page.recheck.items[1]
    qtbot.keyClicks(page.value_edit, str(second.stored + 1))
    _click(qtbot, page.enter_button)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.recheck.verdict.differing == 1)
    page.recheck_table.selectRow(1)
    assert page.recheck_table.item(1, 6).text().startswith("不一致")
    shot(page, "checks_recheck")
    _click(qtbot, page.correct_button)
    _reason(page, qtbot, "原始评分表为复核值")
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.recheck.items[1].outcome == "corrected")
    controller.query(lambda db: {(s.code, s.criterion, s.judge): s.value for s in db.scores("电工")},
                     on_done=lambda v: setattr(page, "_scores", v))
    settle(controller, qtbot)
    assert page._scores[(second.code, second.criterion, second.judge)] == second.stored + 1
    # one of 25 values differs (4%): not the whole event yet; a second would be 8%
    assert not page.recheck.full
    page.recheck_table.selectRow(2)
    page.show_stored.setChecked(True)  # confirmation mode: the stored values are shown
    assert page.recheck_table.item(2, 4).text() != "—"
    _click(qtbot, page.confirm_button)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.recheck.verdict.checked == 3)


def test_completeness_grid_shows_every_missing_score(controller_on, qtbot) -> None:
    controller = controller_on(scores=False)
    controller.act(lambda db: db.record_score("电工", "E01", "P1", "J1", Decimal(50)))
    page = _checks_page(controller, qtbot)
    page.tabs.setCurrentIndex(1)
    page.sections.setCurrentIndex(page.sections.findData("practical"))
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.grid.rowCount() == len(SCORES))
    assert page.grid.item(0, 0).text() == "缺 1"  # J1 gave P1 of E01, still owes P2
    assert "安全文明" in page.grid.item(0, 0).toolTip()
    assert page.grid.item(0, 1).text() == "缺 2"
    assert "共缺 19 个分值" in page.missing_label.text()  # 5 × 2 × 2 − 1
    shot(page, "checks_completeness")


def test_boundary_tie_acknowledged_and_play_off_entered(controller_on, qtbot) -> None:
    controller = controller_on()
    page = _checks_page(controller, qtbot)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.warnings_table.rowCount() == 1 and page.ties_table.rowCount() == 1)
    assert "E01、E02 并列第 1 名" in page.warnings_table.item(0, 1).text()
    assert page.warnings_table.item(0, 2).text() == "未确认"
    page.warnings_table.selectRow(0)
    _click(qtbot, page.ack_button)
    _reason(page, qtbot, "经裁判长确认，安排加赛")
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.warnings_table.item(0, 2).text().startswith("已确认"))
    assert not page.ack_button.isEnabled()
    shot(page, "checks_ties")
    # the play-off of BOTH tied entrants, entered together in one dialog: E02 wins it
    assert page.ties_table.item(0, 2).text() == "E01、E02"
    page.ties_table.selectRow(0)
    _click(qtbot, page.playoff_button)
    dialog = page.playoff_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert list(dialog.fields) == ["E01", "E02"] and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.fields["E01"], "9")
    assert not dialog.ok.isEnabled()  # E02 still missing: nothing saved yet
    qtbot.keyClicks(dialog.fields["E02"], "9.5")
    shot(dialog, "checks_playoff_dialog")
    jobs: list = []
    controller.bg.jobFinished.connect(jobs.append)
    _click(qtbot, dialog.ok)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.ties_table.rowCount() == 0 and page.warnings_table.rowCount() == 0)
    assert page.result.group("").row("E02").rank == 1 and page.result.group("").row("E01").rank == 2
    answers: list = []
    controller.query(lambda db: [(e.action, e.target, e.new) for e in db.audit_log() if e.action == "playoff.set"],
                     on_done=answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert sorted(answers[0]) == [("playoff.set", "电工/E01", "9"), ("playoff.set", "电工/E02", "9.5")]
    assert sum(1 for job in jobs if job.label == "正在保存…") == 1  # both in one store job