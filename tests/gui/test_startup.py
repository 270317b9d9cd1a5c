"""Start-up: second instance refused naming the holder, damaged file offers the latest backup,
the language switch, fonts."""

from __future__ import annotations

from pathlib import Path

from judge_app.gui.qt import QApplication, QFontDatabase, QMessageBox
from judge_app.store import ContestDB
from tests.gui.conftest import open_as, shot, wait_idle


def visible_box():
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return boxes[-1] if boxes else None


def test_second_instance_on_the_same_file_is_refused_naming_the_holder(window, qtbot, contest_file, warning_guard):
    warning_guard.expect("error shown")
    with ContestDB.open(contest_file, actor="另一台电脑的李四"):
        window.open_file(contest_file)
        qtbot.waitUntil(lambda: visible_box() is not None, timeout=10000)
        box = visible_box()
        assert "另一台电脑的李四" in box.text()
        assert "正被" in box.text()
        box.accept()
    assert window.controller.snapshot is None
    assert window.stack.currentWidget() is window.welcome


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over every page after the header
        data[offset + 100: offset + 400] = b"\xde\xad" * 150
    path.write_bytes(bytes(data))


def test_damaged_file_says_so_and_opens_the_latest_backup(window, qtbot, contest_file, warning_guard):
    warning_guard.expect("damaged")
    with ContestDB.open(contest_file, actor="测试") as db:
        backup = db.backup("赛前")
    _damage(contest_file)
    window.open_file(contest_file)
    qtbot.waitUntil(lambda: visible_box() is not None, timeout=10000)
    box = visible_box()
    assert "已损坏" in box.text()
    assert backup.name in box.text()
    box.defaultButton().click()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=10000)
    wait_idle(window, qtbot)
    opened = window.controller.snapshot.path
    assert opened != contest_file and opened.parent == contest_file.parent
    assert window.controller.snapshot.contest is not None
    window.login_dialog.reject()


def test_switching_to_english_changes_menus_and_pages(window, qtbot, contest_file, app):
    open_as(window, qtbot, contest_file, "J01", "1111")
    assert window.file_menu.title() == "文件(&F)"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")  # LanguageChange is posted
    assert window.nav.item(0).text() == "Scoring"
    shot(window, "main_window_english")
    assert window.settings.language == "en"
    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert window.nav.item(0).text() == "评分"


def test_bundled_cjk_font_is_the_application_font(app):
    from judge_app.gui.fonts import PRIMARY_FAMILY

    assert PRIMARY_FAMILY in QFontDatabase.families()
    assert PRIMARY_FAMILY in app.font().families()
