"""The login dialog after wrong PINs: it says how long to wait (请在 N 秒后重试) and keeps 登录
disabled meanwhile; the store refuses a try that comes too soon even so, and every wrong PIN is in
the audit log. The store side's clock is the test's: nothing waits longer than the dialog's 1 s."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from judge_app.gui.qt import Qt

from tests.gui.conftest import ask_store, open_as, shot, wait_idle

T0 = datetime(2025, 5, 1, 9, 0, tzinfo=timezone.utc)


def _try(window, qtbot, pin: str) -> None:
    dialog = window.login_dialog
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)


def test_wrong_pins_make_the_login_dialog_wait(window, qtbot, contest_file) -> None:
    window.controller.side.clock = lambda: T0
    open_as(window, qtbot, contest_file, None)
    dialog = window.login_dialog
    dialog.people.setCurrentIndex(dialog.people.findData("J01"))
    _try(window, qtbot, "0000")
    assert dialog.message.text() == "J01 的 PIN 不正确" and dialog.ok.isEnabled()
    _try(window, qtbot, "0001")
    assert dialog.message.text() == "J01 的 PIN 不正确\n请在 1 秒后重试"
    assert not dialog.ok.isEnabled()
    shot(dialog, "login_wait")
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=3000)  # the dialog counts the second down
    assert dialog.message.text() == "J01 的 PIN 不正确"
    _try(window, qtbot, "1111")  # the right PIN, but the store's clock has not moved: still too soon
    assert "请在 1 秒后重试" in dialog.message.text() and window.controller.session is None
    window.controller.side.clock = lambda: T0 + timedelta(seconds=1)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=3000)
    _try(window, qtbot, "1111")
    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=10000)
    assert window.controller.session.id == "J01"
    failed = ask_store(window, qtbot, lambda db: [(e.target, e.new) for e in db.audit_log() if e.action == "login.fail"])
    assert failed == [("J01", '{"why": "wrong PIN", "failures": 1}'), ("J01", '{"why": "wrong PIN", "failures": 2}')]


def test_the_wait_is_per_person(window, qtbot, contest_file) -> None:
    window.controller.side.clock = lambda: T0
    open_as(window, qtbot, contest_file, None)
    dialog = window.login_dialog
    dialog.people.setCurrentIndex(dialog.people.findData("J01"))
    _try(window, qtbot, "0000")
    _try(window, qtbot, "0001")
    assert not dialog.ok.isEnabled()
    dialog.people.setCurrentIndex(dialog.people.findData("J02"))
    assert dialog.ok.isEnabled() and dialog.message.text() == ""
    _try(window, qtbot, "2222")
    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=10000)
    assert window.controller.session.id == "J02"
