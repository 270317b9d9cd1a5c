"""Switching users (Ctrl+L) keeps nothing of the previous person: the login dialog opens over an
empty window, and every page is made anew for whoever logs in next."""

from __future__ import annotations

from judge_app.gui.pages.base import Page
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.scoring_page import ScoringPage
from judge_app.gui.qt import QAbstractItemView, QModelIndex, Qt
from tests.gui.conftest import open_as, shot, show_active, wait_idle


def _log_in(window, qtbot, judge_id: str, pin: str) -> None:
    dialog = window.login_dialog
    dialog.people.setCurrentIndex(dialog.people.findData(judge_id))
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.session is not None
                    and window.controller.session.judge.id == judge_id, timeout=10000)
    wait_idle(window, qtbot)
    show_active(window, qtbot)


def _headers(page: RankingPage) -> list[str]:
    model = page.model
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def _visible_cell_texts(window) -> list[str]:
    texts = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for r in range(model.rowCount(QModelIndex())):
            c = 0
            while model.index(r, c).isValid():  # list and table models alike
                texts.append(str(model.index(r, c).data() or ""))
                c += 1
    return texts


def _names(window, qtbot) -> set[str]:
    from tests.gui.conftest import ask_store

    return set(ask_store(window, qtbot, lambda db: [e.name for e in db.entries() if e.name]))


def test_ctrl_l_clears_the_secretarys_names_before_a_judge_logs_in(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "S01", "secret-8888")
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.model.rowCount() > 0, timeout=10000)
    names = _names(window, qtbot)
    assert "姓名" in _headers(ranking) and names & set(_visible_cell_texts(window))  # the key holder sees names

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.login_dialog is not None and window.login_dialog.isVisible(), timeout=5000)
    assert window.controller.session is None
    assert window.stack.currentWidget() is window.welcome
    assert not any(isinstance(w, Page) and w.isVisible() for w in window.stack.findChildren(Page))
    assert not names & set(_visible_cell_texts(window)), "a name is visible behind the login dialog"
    shot(window, "user_switch_login")

    _log_in(window, qtbot, "J01", "1111")
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.model.rowCount() > 0, timeout=10000)
    assert "姓名" not in _headers(ranking) and "单位" not in _headers(ranking), _headers(ranking)
    assert not names & set(_visible_cell_texts(window))


def test_the_next_judge_never_sees_the_previous_judges_grid(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J02", "2222")
    grid_page = window.page(ScoringPage)
    window.show_page(grid_page)
    qtbot.waitUntil(lambda: grid_page.model.rowCount() > 0, timeout=10000)
    assert grid_page.model.data_.judge == "J02"
    window.ask_login()
    qtbot.waitUntil(lambda: window.login_dialog.isVisible(), timeout=5000)
    _log_in(window, qtbot, "C01", "chief-9999")
    fresh = window.page(ScoringPage)
    assert fresh is not grid_page
    window.show_page(fresh)
    qtbot.waitUntil(lambda: fresh.isVisible(), timeout=5000)
    data = fresh.model.data_
    assert data is None or data.judge != "J02"


def test_a_change_after_a_user_switch_raises_nothing_in_the_previous_pages(window, qtbot, contest_file):
    """The chief judge's 审核与锁定 page, deleted at the switch, kept a lambda on the controller's
    stateChanged: the next person's every change raised “Internal C++ object already deleted”."""
    from judge_app.gui.pages.review_page import ReviewPage
    from judge_app.gui.qt import QApplication, QMessageBox

    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    window.show_page(window.page(ReviewPage))
    wait_idle(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.login_dialog.isVisible())
    _log_in(window, qtbot, "J01", "1111")
    QApplication.sendPostedEvents(None, 0)  # the chief judge's pages are deleted now (deleteLater)
    page = window.page(ScoringPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    with qtbot.captureExceptions() as raised:
        submit = page._submit_buttons[0]
        qtbot.waitUntil(submit.isVisible)
        qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
        QApplication.activeModalWidget().defaultButton().click()  # 提交: a change, told to every page
        wait_idle(window, qtbot)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
        QApplication.activeModalWidget().accept()  # 已提交
    assert raised == [], raised[0][1] if raised else ""


def test_the_retired_pages_let_go_of_the_chiefs_results_at_the_switch(window, qtbot, contest_file):
    """A retired page lives on until the store is idle (answers may still come for it); its
    results (~100 MiB at 2,000 entries) must not: the next person's pages load meanwhile."""
    from judge_app.gui.pages.review_page import ReviewPage

    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    ranking, review = window.page(RankingPage), window.page(ReviewPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.result is not None and ranking.model.rowCount() > 0, timeout=10000)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.result is not None and review.flags.model().rowCount() > 0, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.session is None and window.page(RankingPage) is not ranking
    assert ranking.result is None and ranking.model.rows == []
    assert review.result is None and review._by_code == {} and review._flagged is None
    qtbot.waitUntil(lambda: window.login_dialog is not None and window.login_dialog.isVisible(), timeout=5000)


def test_a_user_switch_gives_the_freed_memory_back_once_the_old_pages_are_gone(window, qtbot, contest_file,
                                                                               monkeypatch):
    from judge_app.gui import gui_gc

    given: list[bool] = []
    monkeypatch.setattr(gui_gc, "give_back", lambda: given.append(True))
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    window.show_page(window.page(RankingPage))
    wait_idle(window, qtbot)
    given.clear()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.login_dialog is not None and window.login_dialog.isVisible(), timeout=5000)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: bool(given), timeout=5000)
    assert not window._retired  # given back after the retired pages were handed to deleteLater


def test_give_back_runs_here_without_error():
    from judge_app.gui import gui_gc

    gui_gc.give_back()  # glibc: malloc_trim; elsewhere only the collection
