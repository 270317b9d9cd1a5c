"""撤回与更正: the organiser withdraws a published event (reason required) so the chief judge can
unlock it again; the chief judge withdraws an open re-mark request (reason required)."""

from __future__ import annotations

from judge_app.core.people import Role
from judge_app.gui.dialogs import ReasonDialog
from judge_app.gui.pages.corrections_page import CorrectionsPage
from judge_app.gui.qt import QApplication, Qt
from judge_app.store import ContestDB
from tests.gui.conftest import ask_store, open_as, shot, wait_idle
from tests.store.sample import finish_recheck


def _reason_dialog(qtbot) -> ReasonDialog:
    def found():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: bool(found()), timeout=5000)
    return found()[-1]


def _row_of(table, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def test_organiser_withdraws_a_publication_with_a_reason(window, qtbot, contest_file):
    with ContestDB.open(contest_file, actor="测试") as db:
        db.add_judge("O01", "钱主办", role=Role.ORGANISER, pin="boss-6666")
        for section in ("theory", "practical"):
            db.lock_section("电工", section)
        finish_recheck(db, "电工")
        db.unseal_event("电工", reason="全部锁定")
        db.publish_event("电工")
    open_as(window, qtbot, contest_file, "O01", "boss-6666")
    page = window.page(CorrectionsPage)
    window.show_page(page)
    assert page.publication_box.isVisible() and page.requests_box.isVisible()  # the organiser may do both
    table = page.events
    row = _row_of(table, "电工")
    assert table.item(row, 1).text() == "已公示"
    assert not page.withdraw_publication_button.isEnabled()  # nothing selected yet
    table.selectRow(_row_of(table, "焊工"))
    assert not page.withdraw_publication_button.isEnabled()  # not published: nothing to withdraw
    table.selectRow(row)
    assert page.withdraw_publication_button.isEnabled()
    shot(window, "corrections_organiser")
    qtbot.mouseClick(page.withdraw_publication_button, Qt.MouseButton.LeftButton)
    dialog = _reason_dialog(qtbot)
    assert not dialog.ok.isEnabled()  # a reason is required
    dialog.edit.insertPlainText("申诉成立，需更正成绩")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    assert "电工" not in window.controller.snapshot.publications
    assert page.events.item(_row_of(page.events, "电工"), 1).text() == "未公示"
    last = ask_store(window, qtbot, lambda db: db.audit_log()[-1])
    assert (last.action, last.reason) == ("event.unpublish", "申诉成立，需更正成绩")
    assert ask_store(window, qtbot, lambda db: db.publication_state("电工")) == ""


def test_chief_withdraws_a_remark_request_with_a_reason(window, qtbot, contest_file):
    with ContestDB.open(contest_file, actor="赵裁判长(C01)") as db:
        db.request_remark("电工", "DG04", "DG-P1", "J04", reason="分差过大，请复核")
        db.request_remark("电工", "DG02", "DG-P1", "J02", reason="看错行")
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    page = window.page(CorrectionsPage)
    window.show_page(page)
    assert page.requests_box.isVisible() and not page.publication_box.isVisible()
    table = page.request_table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    row = next(r for r in range(2) if table.item(r, 1).text() == "DG02")
    assert table.item(row, 3).text() == "李评二" and table.item(row, 5).text() == "看错行"
    table.selectRow(row)
    shot(window, "corrections_chief")
    qtbot.mouseClick(page.withdraw_request_button, Qt.MouseButton.LeftButton)
    dialog = _reason_dialog(qtbot)
    assert not dialog.ok.isEnabled()
    dialog.edit.insertPlainText("请求发错了评委")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    assert table.item(0, 1).text() == "DG04"
    states = ask_store(window, qtbot, lambda db: {r.code: r.state for r in db.remark_requests(open_only=False)})
    assert states == {"DG04": "open", "DG02": "withdrawn"}


def test_judges_do_not_see_the_page(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J01", "1111")
    row = window.pages.index(window.page(CorrectionsPage))
    assert window.nav.item(row).isHidden()
