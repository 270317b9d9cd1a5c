"""Issue 16 item 14, the recheck (复核) on 解密前核查: the header said 复核完成 with a difference
still to settle; the secretary could open and fill the 更正/原值正确 dialog before the store refused
her; the list ran entry → criterion → judge, so the checker turned five sheets per criterion."""

from __future__ import annotations

from judge_app.gui.controller import Controller
from judge_app.gui.pages.checks_page import ChecksPage
from judge_app.gui.qt import Qt
from tests.store.sample import ORGANISER_PASS

from .conftest import shot
from .organiser_fixtures import SCORES, make_contest, settle, show_page
from .test_review_tools import _click, _reason

#: the criteria of 电工 in scheme order, and the judges who mark each (organiser_fixtures.SCHEME)
CRITERIA = (("T1", "理论考试", ("J1",)), ("P1", "接线工艺", ("J1", "J2")), ("P2", "安全文明", ("J1", "J2")))


def _login(controller, qtbot, judge: str, secret: str) -> None:
    controller.login(judge, secret)
    qtbot.waitUntil(lambda: controller.session is not None and controller.session.id == judge and controller.bg.idle)


def test_the_recheck_runs_sheet_by_sheet_and_is_done_only_when_settled(app, qtbot, tmp_path) -> None:
    controller = Controller()
    try:
        controller.open(make_contest(tmp_path / "复核.judge.db", lock=True), "测试")
        qtbot.waitUntil(lambda: controller.snapshot is not None)
        _login(controller, qtbot, "S1", "secret-8888")
        page = show_page(ChecksPage(controller), qtbot)
        page.set_session(controller.session)
        controller.snapshotChanged.connect(page.set_snapshot)
        page.set_snapshot(controller.snapshot)
        settle(controller, qtbot)
        _click(qtbot, page.draw_button)
        settle(controller, qtbot)
        qtbot.waitUntil(lambda: page.recheck is not None and page.recheck_table.rowCount() == 25)

        # judge → entry → criterion: one judge's sheet after the other, criteria as on the sheet
        sheets = [(judge, code, name) for judge in ("J1", "J2") for code in SCORES
                  for _cid, name, judges in CRITERIA if judge in judges]
        table = page.recheck_table
        assert [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
                for r in range(table.rowCount())] == sheets

        # the secretary checks: the first value differs, every other is confirmed
        assert not page.correct_button.isVisible() and not page.keep_button.isVisible()  # not hers
        first = page.recheck.items[0]
        qtbot.keyClicks(page.value_edit, str(first.stored - 1))
        qtbot.keyClick(page.value_edit, Qt.Key.Key_Return)
        settle(controller, qtbot)
        qtbot.waitUntil(lambda: page.recheck.items[0].outcome == "differs")
        page.show_stored.setChecked(True)
        for row in range(1, 25):
            page.recheck_table.selectRow(row)
            _click(qtbot, page.confirm_button)
            settle(controller, qtbot)
        qtbot.waitUntil(lambda: page.recheck.verdict.checked == 25)
        assert "复核完成" not in page.verdict_label.text()
        assert "1 处差异待裁判长处理" in page.verdict_label.text()
        page.recheck_table.selectRow(0)
        assert not page.correct_button.isVisible()  # nothing to fill in only to be refused
        shot(page, "recheck_pending_difference")

        # the organiser (at the chief judge's desk) settles it: now it is done
        _login(controller, qtbot, "O0", ORGANISER_PASS)
        page.set_session(controller.session)
        page.refresh()
        settle(controller, qtbot)
        page.recheck_table.selectRow(0)
        assert page.correct_button.isVisible() and page.correct_button.isEnabled()
        _click(qtbot, page.keep_button)
        _reason(page, qtbot, "复核录入有误，原始评分表为原值")
        settle(controller, qtbot)
        qtbot.waitUntil(lambda: page.recheck.items[0].outcome == "kept")
        assert page.verdict_label.text().endswith("复核完成")
    finally:
        controller.shutdown()


def test_a_chief_judge_on_the_panel_cannot_type_the_recheck_of_his_own_value(app, qtbot, tmp_path) -> None:
    """A second person rechecks: the value field was open for the judge's own value, then refused."""
    from decimal import Decimal

    from judge_app.core.people import Role
    from judge_app.store import ContestDB

    path = make_contest(tmp_path / "本人.judge.db", scores=True)
    with ContestDB.open(path, actor="测试") as db:
        db.add_judge("C1", "赵裁判长", role=Role.CHIEF, pin="cai-pan-zhang-1")
        db.assign_panel("电工", "theory", ["J1", "C1"])
        db.record_scores([("电工", code, "T1", "C1", Decimal(values[0])) for code, values in SCORES.items()])
        db.lock_section("电工", "theory")
        db.lock_section("电工", "practical")
        db.draw_recheck("电工", seed=1)
    controller = Controller()
    try:
        controller.open(path, "测试")
        qtbot.waitUntil(lambda: controller.snapshot is not None)
        _login(controller, qtbot, "C1", "cai-pan-zhang-1")
        page = show_page(ChecksPage(controller), qtbot)
        page.set_session(controller.session)
        page.set_snapshot(controller.snapshot)
        settle(controller, qtbot)
        qtbot.waitUntil(lambda: page.recheck is not None)
        judges = [item.judge for item in page.recheck.items]
        page.recheck_table.selectRow(judges.index("C1"))
        assert not page.value_edit.isEnabled() and page.value_edit.placeholderText() == "须由他人复核"
        page.recheck_table.selectRow(judges.index("J1"))
        assert page.value_edit.isEnabled()
    finally:
        controller.shutdown()
