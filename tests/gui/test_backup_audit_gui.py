"""文件→备份 (Ctrl+B), the warning when the automatic backup after a saved change fails, and the
审计日志 page (filters, names sealed, 校验 with its result), driven by keys and clicks."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from judge_app.gui.pages.audit_page import AuditPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.qt import QMessageBox, Qt
from judge_app.store import backup
from judge_app.store.backup import backup_dir
from tests.gui.conftest import ask_store, open_as, shot, show_active
from tests.gui.test_review_flow import _select_section, visible


def test_ctrl_b_backs_up_into_the_chosen_folder_with_progress_and_remembers_it(window, qtbot, contest_file,
                                                                             tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "COPY_PAGES", 8)  # the small demo in many steps, as a large file goes
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    page = window.page(AuditPage)
    reports: list[tuple[int, int]] = []
    window.controller.bg.jobProgress.connect(lambda _job, done, total: reports.append((done, total)))
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = page.backup_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.folder.text() == str(backup_dir(contest_file))  # the default: the file's own folder
    shot(dialog, "backup_dialog")
    stick = tmp_path / "usb-stick"  # typed: QTest types no Chinese (an input method does)
    stick.mkdir()
    dialog.folder.selectAll()
    qtbot.keyClicks(dialog.folder, str(stick))
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible(QMessageBox) is not None, timeout=20000)
    box = visible(QMessageBox)
    assert box.objectName() == "infoBox"
    [copy] = list(stick.iterdir())
    assert str(copy) in box.text() and copy.name.endswith(".judge")
    assert sqlite3.connect(copy).execute("SELECT COUNT(*) FROM scores").fetchone()[0] > 0
    assert len(reports) > 1 and reports[-1][0] == reports[-1][1]
    box.accept()
    show_active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.backup_dialog.isVisible(), timeout=5000)
    assert page.backup_dialog.folder.text() == str(stick)  # remembered
    qtbot.keyClick(page.backup_dialog, Qt.Key.Key_Escape)
    last = ask_store(window, qtbot, lambda db: db.audit_log()[-1])
    assert (last.action, last.new, last.actor) == ("contest.backup", str(stick), "赵裁判长(C01)")


def test_a_judge_has_no_backup_in_the_file_menu(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J01", "1111")
    page = window.page(AuditPage)
    assert not page.backup_action.isVisible() and page.backup() is None
    assert window.nav.item(window.page_classes.index(AuditPage)).isHidden()


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(conn, partial: Path, progress=None) -> None:
        partial.write_bytes(b"SQLite format 3\x00")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full)


def test_a_lock_whose_backup_fails_is_saved_and_warns_naming_the_folder(window, qtbot, contest_file, disk_full,
                                                                        warning_guard):
    warning_guard.expect("自动备份失败")
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.sections.rowCount() > 0)
    _select_section(review, "理论知识")
    qtbot.mouseClick(review.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(QMessageBox) is not None, timeout=5000)
    visible(QMessageBox).defaultButton().click()
    qtbot.waitUntil(lambda: getattr(window, "store_warning_box", None) is not None, timeout=10000)
    box = window.store_warning_box
    assert box.objectName() == "warningBox" and box.icon() == QMessageBox.Icon.Warning
    assert str(backup_dir(contest_file)) in box.text() and "已保存" in box.text()
    assert not any(w.objectName() == "errorBox" for w in window.findChildren(QMessageBox) if w.isVisible())
    assert ask_store(window, qtbot, lambda db: db.section_state("电工", "theory")) == "locked"
    qtbot.waitUntil(lambda: "备份失败" in window.statusBar().currentMessage(), timeout=5000)
    assert "并已备份" not in window.statusBar().currentMessage()
    shot(box, "backup_failed_warning")


SEAL = "seal-passphrase-2026"


def _prepare_log(path: Path) -> str:
    """A status change whose reason names the contestant, and a seal passphrase the chief keeps."""
    from judge_app.core.entries import Status
    from judge_app.store import ContestDB

    with ContestDB.open(path, actor="测试") as db:
        entry = db.entries("电工")[1]
        db.set_status("电工", entry.code, Status.ABSENT, reason=f"{entry.name}请假")
        db.act_as("C01")
        db.set_seal_passphrase(SEAL)
        return entry.name


def _audit_page_as(window, qtbot, path: Path, person: str, pin: str) -> AuditPage:
    """Log in and show the 审计日志 page from the side list, once its rows are in."""
    open_as(window, qtbot, path, person, pin)
    page = window.page(AuditPage)
    window.nav.setCurrentRow(window.page_classes.index(AuditPage))
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10000)
    return page


def _rows(page: AuditPage) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_audit_page_lists_filters_masks_names_and_verifies(window, qtbot, contest_file):
    from judge_app.core.people import MASK

    name = _prepare_log(contest_file)
    page = _audit_page_as(window, qtbot, contest_file, "C01", "chief-9999")
    rows = _rows(page)
    assert int(rows[0][0]) > int(rows[-1][0])  # newest first
    absent = [r for r in rows if r[3] == "选手状态与用时（entry.status）"]
    assert absent and absent[0][6] == f"{MASK}请假" and not any(name in " ".join(r) for r in rows)
    assert page.count.text().startswith(f"共 {len(rows)} 条")
    page.actions.setFocus()
    index = page.actions.findData("entry")
    assert page.actions.itemText(index) == "选手状态与用时"
    page.actions.setCurrentIndex(0)
    for _ in range(index):  # down the list to it, as the keys go
        qtbot.keyClick(page.actions, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.actions.currentIndex() == index
                    and all("（entry." in r[3] for r in _rows(page)), timeout=5000)
    qtbot.keyClicks(page.person, "nobody")
    qtbot.keyClick(page.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)
    page.person.clear()
    qtbot.keyClick(page.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == len(absent), timeout=5000)
    shot(window, "audit_page")

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    dialog = page.verify_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.passphrase.isVisible()  # the chief holds the seal passphrase
    qtbot.keyClicks(dialog.passphrase, SEAL)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert dialog.summary.ok and "审计日志完整" in dialog.result.text()
    shot(dialog, "audit_verify_ok")

    conn = sqlite3.connect(contest_file)  # someone edits a score behind the app's back
    conn.execute("UPDATE scores SET value = '9.5' WHERE rowid = (SELECT MIN(rowid) FROM scores)")
    conn.commit()
    conn.close()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.start.isEnabled() and not dialog.summary.ok, timeout=20000)
    assert "发现问题" in dialog.result.text() and dialog.findings.count() >= 1
    assert "9.5" in dialog.findings.item(0).text()
    shot(dialog, "audit_verify_broken")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_secretary_sees_the_names_in_the_log(window, qtbot, contest_file):
    name = _prepare_log(contest_file)
    page = _audit_page_as(window, qtbot, contest_file, "S01", "secret-8888")
    assert any(r[6] == f"{name}请假" for r in _rows(page))
    page.verify()
    assert not page.verify_dialog.passphrase.isVisible()  # not hers to hold
