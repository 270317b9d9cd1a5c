"""公众投票 page and the chief judge's 扣罚分 dialog, with real keys and clicks: the scorer types a
candidate's votes, imports a file and voids rigged votes with a reason; the chief judge adds a
penalty and takes it back with a reason. Each reaches the contest file, audited."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from judge_app.core.entries import Entry
from judge_app.gui.dialogs import ReasonDialog
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.pages.votes_page import VotesPage
from judge_app.gui.penalty_dialog import PenaltyDialog
from judge_app.gui.qt import QApplication, QFileDialog, Qt
from judge_app.store import ContestDB
from tests.gui.conftest import ask_store, open_as, shot, wait_idle

VOTE_EVENT = {"id": "jx", "name": "县工匠评选", "entry_kind": "candidate",
              "sections": [{"id": "vote", "name": "公众投票", "max": "100", "weight": "30", "kind": "vote"},
                           {"id": "review", "name": "专家评审", "max": "100", "weight": "70", "rule": "mean",
                            "criteria": [{"id": "R1", "name": "事迹材料", "max": "100", "step": "1"}]}]}


@pytest.fixture
def vote_contest(contest_file):
    """The demo contest with a 工匠 selection of three candidates added."""
    with ContestDB.open(contest_file, actor="测试") as db:
        scheme = db.scheme_dict()
        scheme["events"].append(VOTE_EVENT)
        db.set_scheme(scheme)
        db.import_entries([Entry(code=f"G0{i}", event="jx", name=name) for i, name in enumerate(("陈刚", "褚琳", "卫东"), 1)],
                          source="候选人.xlsx")
    return contest_file


def _top(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def _row(table, code: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)


def _confirm_reason(qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: _top(ReasonDialog) is not None, timeout=5000)
    dialog = _top(ReasonDialog)
    assert not dialog.ok.isEnabled()
    dialog.edit.insertPlainText(text)  # Chinese comes through the input method, not key codes
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_the_scorer_types_imports_and_voids_votes(window, qtbot, vote_contest, tmp_path, monkeypatch):
    open_as(window, qtbot, vote_contest, "R01", "7777")
    page = window.page(VotesPage)
    window.show_page(page)
    wait_idle(window, qtbot)
    assert page.events.currentData() == "jx" and page.events.count() == 1  # only events with a vote section
    table = page.table
    table.setFocus()
    table.setCurrentCell(_row(table, "G01"), 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the 票数 cell
    qtbot.keyClicks(QApplication.focusWidget(), "1200")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(_row(table, "G01"), 3).text() == "1200", timeout=5000)
    assert table.item(_row(table, "G01"), 4).text() == "100.00"  # the only votes so far: the most

    votes = tmp_path / "票数.csv"
    with votes.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([("候选人编号", "票数"), ("G02", "800"), ("G03", "1500")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(votes), "")))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    # 1500 is the most: G01 1200 → 80.00, G02 800 → 53.33
    qtbot.waitUntil(lambda: table.item(_row(table, "G01"), 4).text() == "80.00", timeout=5000)

    table.selectRow(_row(table, "G03"))
    assert page.void_button.isEnabled()
    page.void_count.selectAll()
    qtbot.keyClicks(page.void_count, "600")
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    _confirm_reason(qtbot, "同一IP大量投票")
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: table.item(_row(table, "G03"), 3).text() == "900", timeout=5000)
    row = _row(table, "G03")
    assert [table.item(row, c).text() for c in range(6)] == ["G03", "1500", "600", "900", "75.00", "同一IP大量投票"]
    shot(window, "votes_page")
    stored = ask_store(window, qtbot, lambda db: [(v.code, v.votes, v.voided, v.reason) for v in db.votes("jx")])
    assert stored == [("G01", 1200, 0, ""), ("G02", 800, 0, ""), ("G03", 1500, 600, "同一IP大量投票")]
    actions = ask_store(window, qtbot, lambda db: [(e.action, e.actor) for e in db.audit_log()[-4:]])
    assert actions[-1][0] == "votes.set" and "周记分" in actions[-1][1]


def test_a_judge_does_not_see_the_votes_page(window, qtbot, vote_contest):
    open_as(window, qtbot, vote_contest, "J01", "1111")
    assert not VotesPage.usable_by(window.controller.session)


def test_the_chief_judge_adds_and_takes_back_a_penalty(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    review.events.setCurrentIndex(review.events.findData("电工"))
    wait_idle(window, qtbot)
    assert review.penalty_button.isVisible()
    qtbot.mouseClick(review.penalty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top(PenaltyDialog) is not None, timeout=5000)
    dialog = _top(PenaltyDialog)
    dialog.code.setCurrentIndex(dialog.code.findText("DG03"))
    dialog.section.setCurrentIndex(dialog.section.findData("practical"))
    assert not dialog.add_button.isEnabled()  # a reason is required
    dialog.reason.insert("未戴安全帽")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["DG03", "实际操作", "5", "未戴安全帽"]
    shot(dialog, "penalty_dialog")
    found = ask_store(window, qtbot, lambda db: [(c, p.section, p.points, p.reason) for c, p in db.penalties("电工")])
    assert found == [("DG03", "practical", Decimal(5), "未戴安全帽")]

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    _confirm_reason(qtbot, "误记，应为 DG04")
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert ask_store(window, qtbot, lambda db: db.penalties("电工")) == []
    last = ask_store(window, qtbot, lambda db: db.audit_log()[-1])
    assert (last.action, last.target, last.old, last.reason) == ("penalty.remove", "电工/DG03/practical", "5", "误记，应为 DG04")
    dialog.reject()


def test_penalties_are_offered_only_while_a_section_is_open(window, qtbot, contest_file):
    """扣罚分… stayed enabled after every section was locked, and the store then refused the penalty."""
    with ContestDB.open(contest_file, actor="C01") as db:  # the chief judge
        for section in ("theory", "practical"):
            db.lock_section("电工", section)
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    review.events.setCurrentIndex(review.events.findData("电工"))
    wait_idle(window, qtbot)
    assert review.penalty_button.isVisible() and not review.penalty_button.isEnabled()
