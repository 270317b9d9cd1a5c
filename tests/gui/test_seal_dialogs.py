"""The passphrase dialogs, clicked through: the secretary's second draw sets her passphrase (typed
twice) and shows the recovery code once; unsealing asks for it (a wrong one is refused); the
chief judge's lock asks for the seal passphrase once a contest has one."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.gui.dialogs import ReasonDialog
from judge_app.gui.pages.lots_page import LotsPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.passphrase_dialog import PassphraseDialog
from judge_app.gui.qt import QApplication, QMessageBox, Qt
from judge_app.store import ContestDB
from tests.gui.conftest import ask_store, open_as, shot, show_active, switch_user, wait_idle
from tests.store.sample import finish_recheck, register_organiser, sample_contest

CODE = "erci-jiami-secret-01"  # typed on keys: ASCII (Chinese comes from the input method)
SEAL = "tiemian-wusi-2026"


def visible(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """The store tests' sample contest with an organiser, a chief judge and a secretary."""
    path = tmp_path / "抽签.judge"
    with sample_contest(path, "抽签测试") as db:
        register_organiser(db)
        db.add_judge("CH", "裁判长", role="chief", pin="chief-pass-12")
        db.add_judge("S1", "周密", role="secretary", pin="secretary-pass-1")
    return path


def _type_passphrase(qtbot, secret: str, *, twice: bool = False) -> PassphraseDialog:
    qtbot.waitUntil(lambda: visible(PassphraseDialog) is not None, timeout=5000)
    dialog = visible(PassphraseDialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.edit, secret)
    if twice:
        assert not dialog.ok.isEnabled()  # typed once only
        qtbot.keyClicks(dialog.again, secret)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return dialog


def _message(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: visible(QMessageBox) is not None, timeout=10000)
    return visible(QMessageBox)


def test_the_second_draw_asks_for_a_new_passphrase_and_shows_the_recovery_code(window, qtbot, small):
    open_as(window, qtbot, small, "S1", "secretary-pass-1")
    page = window.page(LotsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.events.count() > 0)
    page.events.setCurrentIndex(page.events.findData("电工"))
    qtbot.mouseClick(page.stage1, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 1)
    qtbot.mouseClick(page.stage2, Qt.MouseButton.LeftButton)
    dialog = _type_passphrase(qtbot, CODE, twice=True)
    assert dialog.new
    box = _message(qtbot)
    assert box.objectName() == "infoBox" and "恢复码：" in box.text()
    box.accept()
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.code_key_sealed("电工"))
    qtbot.waitUntil(lambda: len(page.records) == 2)
    assert page.lines.rowCount() == 5  # this session drew it: the table is shown to print now


def test_unsealing_asks_the_secretary_for_her_passphrase(window, qtbot, small, warning_guard):
    warning_guard.expect("口令或恢复码不对")  # the wrong one, shown
    with ContestDB.open(small, actor="组委会") as db:
        db.draw_lots("电工", 1, seed=1)
        db.draw_lots("电工", 2, seed=2, passphrase=CODE)
        for section in ("theory", "practical"):
            db.lock_section("电工", section)
        finish_recheck(db, "电工")
    open_as(window, qtbot, small, "S1", "secretary-pass-1")
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.unseal_button.isEnabled())
    for secret, unsealed in (("not the secret 02", False), (CODE, True)):
        qtbot.mouseClick(review.unseal_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: visible(ReasonDialog) is not None, timeout=5000)
        reason = visible(ReasonDialog)
        reason.edit.insertPlainText("全部模块已锁定")
        qtbot.mouseClick(reason.ok, Qt.MouseButton.LeftButton)
        _type_passphrase(qtbot, secret)
        if not unsealed:
            box = _message(qtbot)
            assert box.objectName() == "errorBox" and "口令或恢复码不对" in box.text()
            box.accept()
        wait_idle(window, qtbot)
        assert ask_store(window, qtbot, lambda db: db.is_unsealed("电工")) is unsealed
    assert all(ask_store(window, qtbot, lambda db: [e.name for e in db.entries("电工")]))


def test_a_lock_asks_for_the_seal_passphrase_once(window, qtbot, small):
    with ContestDB.open(small, actor="CH") as db:
        db.set_seal_passphrase(SEAL)
    open_as(window, qtbot, small, "CH", "chief-pass-12")
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.sections.rowCount() > 0)
    for row, asked in ((0, True), (1, False)):  # given once, kept for the session
        review.sections.selectRow(row)
        qtbot.mouseClick(review.lock_button, Qt.MouseButton.LeftButton)
        box = _message(qtbot)
        assert box.objectName() == "confirmBox", box.text()
        box.defaultButton().click()
        if asked:
            _type_passphrase(qtbot, SEAL)
        wait_idle(window, qtbot)
    seals = ask_store(window, qtbot, lambda db: [(s.kind, s.target) for s in db.seals()])
    assert seals == [("lock", "电工/theory"), ("lock", "电工/practical")]


def test_a_new_session_of_the_same_secretary_asks_for_her_passphrase_again(window, qtbot, small):
    """The second key given in one session was kept after logout: logging in again (or anyone
    who knew her login PIN) redrew or unsealed without the passphrase."""
    with ContestDB.open(small, actor="组委会") as db:
        db.draw_lots("电工", 1, seed=1)
    open_as(window, qtbot, small, "S1", "secretary-pass-1")
    page = window.page(LotsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: len(page.records) == 1)
    qtbot.mouseClick(page.stage2, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, CODE, twice=True)
    _message(qtbot).accept()  # the recovery code
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.code_key_needed("电工")) is False  # given in this session
    switch_user(window, qtbot, "S1", "secretary-pass-1")  # log out, then in again
    assert ask_store(window, qtbot, lambda db: db.code_key_needed("电工"))


def _seal_menu(window, qtbot, picture: str = "") -> None:
    """账户 → 设置封印口令… by the keys (the open menu grabbed to ``picture`` when named)."""
    show_active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.account_menu.isVisible)
    if picture:
        shot(window.account_menu, picture)
    qtbot.keyClick(window.account_menu, Qt.Key.Key_S)


def test_the_chief_judge_sets_and_changes_the_seal_passphrase_in_the_app(window, qtbot, small):
    """Only judge-app audit passphrase could set it: a chief judge without the CLI had no seal."""
    open_as(window, qtbot, small, "S1", "secretary-pass-1")
    assert not window.seal_action.isVisible()  # the secretary does not hold it
    switch_user(window, qtbot, "CH", "chief-pass-12")
    assert window.seal_action.isVisible()
    _seal_menu(window, qtbot, "seal_menu")
    qtbot.waitUntil(lambda: visible(PassphraseDialog) is not None)
    shot(visible(PassphraseDialog), "seal_passphrase_set")
    _type_passphrase(qtbot, SEAL, twice=True)
    box = _message(qtbot)
    assert "封印口令已设置" in box.text()
    box.accept()
    assert ask_store(window, qtbot, lambda db: db.seal_passphrase_set())

    _seal_menu(window, qtbot)  # a change: the old one first
    _type_passphrase(qtbot, SEAL)
    _type_passphrase(qtbot, "xin-de-kouling-2027", twice=True)
    _message(qtbot).accept()
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: (db.unlock_seals("xin-de-kouling-2027"), True)[1])
