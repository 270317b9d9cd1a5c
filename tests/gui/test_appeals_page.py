"""申诉处理, its own page (not under 解密前核查): the event's end, an appeal registered and decided,
a late appeal only with the arbitration group's reason; driven with clicks and keys."""

from __future__ import annotations

from judge_app.gui.qt import Qt

from .conftest import shot
from .organiser_fixtures import controller_on, open_page, settle  # noqa: F401
from .test_review_tools import _click, _reason


def _appeals_page(controller, qtbot):
    from judge_app.gui.pages.appeals_page import AppealsPage

    return open_page(AppealsPage, controller, qtbot)


def test_appeal_registered_and_decided(controller_on, qtbot) -> None:
    controller = controller_on()
    page = tab = _appeals_page(controller, qtbot)
    qtbot.waitUntil(lambda: "尚未登记" in tab.window_label.text())
    assert "2 小时" in tab.window_label.text()
    tab.appeal_code.setCurrentIndex(tab.appeal_code.findData("E03"))
    tab.appeal_text.insert("认为实操接线工艺评分过低，申请复查")  # committed by the input method
    _click(qtbot, tab.register_button)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: tab.appeals_table.rowCount() == 1)
    assert tab.appeals_table.item(0, 1).text() == "E03"
    assert tab.appeals_table.item(0, 4).text() == "待裁决"
    tab.appeals_table.selectRow(0)
    dialog = tab.decide_appeal()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(True))
    dialog.decision.insertPlainText("仲裁组查看评分记录，确有漏评")
    assert not dialog.ok.isEnabled()  # upheld: the resulting changes are required
    dialog.changes.insertPlainText("E03 接线工艺由裁判补评")
    _click(qtbot, dialog.ok)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: tab.appeals_table.item(0, 4).text() == "申诉成立")
    assert tab.appeals_table.item(0, 6).text() == "E03 接线工艺由裁判补评"
    shot(page, "appeals_decided")
    controller.query(lambda db: [e.action for e in db.audit_log(2)], on_done=lambda a: setattr(page, "_audit", a))
    settle(controller, qtbot)
    assert page._audit == ["appeal.register", "appeal.decide"]


def test_late_appeal_needs_the_arbitration_groups_reason(controller_on, qtbot) -> None:
    from judge_app.gui.qt import QDateTime

    controller = controller_on()
    page = tab = _appeals_page(controller, qtbot)
    qtbot.waitUntil(lambda: tab.appeal_window is not None and tab.end_button.isEnabled())
    _click(qtbot, tab.end_button)  # the event ended three hours ago: past the 2-hour deadline
    dialog = tab.end_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.when.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))
    shot(dialog, "appeals_event_end_dialog")
    _click(qtbot, dialog.ok)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: "申诉截止" in tab.window_label.text())
    tab.appeal_code.setCurrentIndex(tab.appeal_code.findData("E02"))
    tab.appeal_text.insert("理论成绩登记有误")
    _click(qtbot, tab.register_button)
    _reason(tab, qtbot, "选手在时限内口头提出，仲裁组同意受理")
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: tab.appeals_table.rowCount() == 1)
    received = tab.appeals_table.item(0, 2)
    assert received.text().endswith("（逾期受理）") and received.toolTip() == "选手在时限内口头提出，仲裁组同意受理"
    shot(page, "appeals_late")
    # changing the recorded end asks for a reason
    _click(qtbot, tab.end_button)
    again = tab.end_dialog
    qtbot.waitUntil(again.isVisible)
    assert not again.ok.isEnabled()
    again.reason.insertPlainText("实操最后一组延时结束")
    assert again.ok.isEnabled()
    again.reject()


def test_appeals_have_their_own_page_for_the_desk_and_none_for_a_judge(window, qtbot, contest_file) -> None:
    from judge_app.gui.pages.appeals_page import AppealsPage
    from judge_app.gui.pages.checks_page import ChecksPage
    from tests.gui.conftest import open_as, switch_user

    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    row = window.page_classes.index(AppealsPage)
    assert window.nav.item(row).text() == "申诉处理" and not window.nav.item(row).isHidden()
    checks = window.page(ChecksPage)
    assert [checks.tabs.tabText(i) for i in range(checks.tabs.count())] == ["复核", "评分完整性", "并列与加赛"]
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(window.nav.item(row)).center())
    page = window.page(AppealsPage)
    qtbot.waitUntil(lambda: page.isVisible() and page.events.count() > 0 and page.appeal_code.count() > 0)
    assert page.decide_button.isEnabled() is False  # nothing selected yet
    shot(window, "appeals_page")
    switch_user(window, qtbot, "J01", "1111")
    assert window.nav.item(window.page_classes.index(AppealsPage)).isHidden()
