"""Live ranking after a save, chief-judge lock/unlock with a reason, secretary unseal, publishing,
and the projector leaderboard showing published events only."""

from __future__ import annotations

from decimal import Decimal

from judge_app.gui.dialogs import ReasonDialog
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.qt import QApplication, QMessageBox, Qt
from judge_app.store import ContestDB
from tests.gui.conftest import ask_store, open_as, shot, wait_idle
from tests.store.sample import finish_recheck
from tests.gui.test_score_grid import goto, scoring, type_into


def visible(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def test_ranking_updates_after_a_save(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J01", "1111")
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.model.rowCount() > 0)
    shot(window, "ranking")
    row = next(r for r in ranking.model.rows if r.code == "DG01")
    before = row.total
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    # J01 alone measures DG-P4 故障排除 (max 30, step 10): raise or lower it by one step
    old = Decimal(page.model.index_of("DG01", "DG-P4").data(Qt.ItemDataRole.EditRole))
    new = old + 10 if old < 30 else old - 10
    updates = ranking.model.updates
    goto(page, "DG01", "DG-P4")
    type_into(qtbot, page, str(int(new)))
    qtbot.waitUntil(lambda: ranking.model.updates > updates, timeout=5000)
    wait_idle(window, qtbot)
    after = next(r for r in ranking.model.rows if r.code == "DG01").total
    assert after != before
    assert (after > before) == (new > old)


def _reason_dialog(qtbot) -> ReasonDialog:
    qtbot.waitUntil(lambda: visible(ReasonDialog) is not None, timeout=5000)
    return visible(ReasonDialog)


def _select_section(review: ReviewPage, section_name: str) -> None:
    table = review.sections
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == section_name)
    table.selectRow(row)


def test_lock_then_unlock_needs_a_reason_then_unseal(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.sections.rowCount() > 0)
    for name in ("理论知识", "实际操作"):
        _select_section(review, name)
        qtbot.mouseClick(review.lock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: visible(QMessageBox) is not None, timeout=5000)
        box = visible(QMessageBox)
        assert box.objectName() == "confirmBox", box.text()
        box.defaultButton().click()
        wait_idle(window, qtbot)
    states = ask_store(window, qtbot, lambda db: {s: db.section_state("电工", s) for s in ("theory", "practical")})
    assert states == {"theory": "locked", "practical": "locked"}
    shot(window, "review")

    _select_section(review, "实际操作")
    qtbot.mouseClick(review.unlock_button, Qt.MouseButton.LeftButton)
    dialog = _reason_dialog(qtbot)
    assert not dialog.ok.isEnabled()  # no reason, no unlock
    qtbot.keyClicks(dialog.edit, "   ")
    assert not dialog.ok.isEnabled()
    dialog.edit.insertPlainText("复核发现录入错误")  # Chinese comes from the input method, not keys
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.section_state("电工", "practical")) == "open"
    log = ask_store(window, qtbot, lambda db: [e for e in db.audit_log() if "复核发现录入错误" in str(e)])
    assert log, "the reason is in the audit log"
    window.close()


def test_secretary_unseals_after_lock_and_board_shows_published_only(window, qtbot, contest_file, app):
    with ContestDB.open(contest_file, actor="赵裁判长(C01)") as db:
        for section in ("theory", "practical"):
            db.lock_section("电工", section)
        finish_recheck(db, "电工")
    open_as(window, qtbot, contest_file, "S01", "secret-8888")
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.sections.rowCount() > 0)
    assert review.unseal_button.isVisible()
    qtbot.mouseClick(review.unseal_button, Qt.MouseButton.LeftButton)
    dialog = _reason_dialog(qtbot)
    dialog.edit.insertPlainText("全部模块已锁定")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    assert window.controller.snapshot.unsealed["电工"] is True
    def publish_as_organiser(db):  # publication is the organiser's (the secretary may not)
        secretary = db.actor
        db.act_as("O0")  # registered first by the fixture (tests.store.sample.register_organiser)
        db.publish_event("电工")
        db.act_as(secretary)

    ask_store(window, qtbot, publish_as_organiser)
    window.controller.reload()
    wait_idle(window, qtbot)

    window.show_leaderboard()
    board = window.leaderboard
    qtbot.waitUntil(lambda: board.model.rowCount() > 0, timeout=5000)
    assert board.published() == ["电工"]
    assert "电工" in board.title.text()
    assert any(r.entry.name for r in board.model.rows)  # unsealed and published: names shown
    qtbot.keyClick(board, Qt.Key.Key_F11)
    assert board.isFullScreen()
    qtbot.keyClick(board, Qt.Key.Key_F11)
    assert not board.isFullScreen()
    board.resize(1366, 768)
    shot(board, "leaderboard")
    board.step()
    board.close()


def test_chief_requests_a_remark_and_the_judge_sees_it(window, qtbot, contest_file):
    from judge_app.gui.pages.review_page import FLAG_BG, RemarkRequestDialog
    from judge_app.gui.main_window import MainWindow
    from judge_app.gui.pages.scoring_page import ScoringPage
    from tests.gui.conftest import show_active

    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.flags.model().rowCount() > 0)
    codes = [review.flags.model().index(r, 0).data() for r in range(review.flags.model().rowCount())]
    row = codes.index("DG04")
    assert review.flags.model().index(row, 2).data(Qt.ItemDataRole.BackgroundRole).color() == FLAG_BG  # the spread is highlighted
    assert len(review.bias.findItems("J04 刘评四", Qt.MatchFlag.MatchExactly)) == 1  # bias table
    review.flags.selectRow(row)
    qtbot.mouseClick(review.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(RemarkRequestDialog) is not None)
    dialog = visible(RemarkRequestDialog)
    dialog.judge.setCurrentIndex(dialog.judge.findData("J04"))
    dialog.reason.insertPlainText("分差过大，请复核")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    window.close()

    judge_window = MainWindow()
    qtbot.addWidget(judge_window)
    show_active(judge_window, qtbot)
    open_as(judge_window, qtbot, contest_file, "J04", "4444")
    page = judge_window.page(ScoringPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.requests.isVisible()
    assert "DG04" in page.requests.text() and "分差过大，请复核" in page.requests.text()
    assert ("DG04", "DG-P1") in page.model.requests
    judge_window.close()


def test_the_board_opened_before_anything_is_published_says_so(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    board = window.leaderboard
    qtbot.waitUntil(lambda: board is not None and board.isVisible())
    assert board.title.text() == "尚无公示的成绩" and board.model.rowCount() == 0
    board.close()


def test_request_remark_preselects_the_judge_farthest_from_the_panel(window, qtbot, contest_file):
    from judge_app.gui.pages.review_page import RemarkRequestDialog
    from judge_app.store import ContestDB

    with ContestDB.open(contest_file, actor="测试") as db:
        panel = {s.judge: s.value for s in db.scores("电工") if (s.code, s.criterion) == ("DG04", "DG-P1")}
    assert len(panel) == 5
    median = sorted(panel.values())[2]
    farthest = max(sorted(panel.items()), key=lambda pair: abs(pair[1] - median))[0]
    assert farthest != "J01"  # the demo's DG04 spread is not J01's (the first in the list)
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.flags.model().rowCount() > 0)
    codes = [review.flags.model().index(r, 0).data() for r in range(review.flags.model().rowCount())]
    review.flags.selectRow(codes.index("DG04"))
    qtbot.mouseClick(review.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(RemarkRequestDialog) is not None)
    dialog = visible(RemarkRequestDialog)
    assert dialog.judge.currentData() == farthest
    dialog.reject()
