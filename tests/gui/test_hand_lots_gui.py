"""登记现场抽签: the numbers drawn by hand on stage typed into the lots page's table (wrong rows
marked, 登记 only when all are right), stage 2 sealed with the secretary's new passphrase, and a
redraw of a sealed event asking for it first."""

from __future__ import annotations

from judge_app.gui.pages.hand_lots_dialog import HandLotsDialog
from judge_app.gui.pages.lots_page import LotsPage
from judge_app.gui.qt import QApplication, QLineEdit, QMessageBox, Qt
from judge_app.gui.pages.tables import BAD
from judge_app.store import ContestDB
from tests.gui.conftest import ask_store, open_as, shot, wait_idle
from tests.gui.test_seal_dialogs import CODE, _message, _type_passphrase, small, visible  # noqa: F401


def _open_hand(qtbot, page: LotsPage, action) -> HandLotsDialog:
    """Click 登记现场抽签 and pick ``action`` from its menu with the keys."""
    qtbot.mouseClick(page.hand, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.hand_menu.isVisible, timeout=5000)
    page.hand_menu.setActiveAction(action)
    qtbot.keyClick(page.hand_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible(HandLotsDialog) is not None, timeout=10000)
    return visible(HandLotsDialog)


def _editor(dialog: HandLotsDialog) -> QLineEdit | None:
    found = [e for e in dialog.table.findChildren(QLineEdit) if e.isVisible()]
    return found[0] if found else None


def _type_in(qtbot, dialog: HandLotsDialog, number: str) -> None:
    """Type a number into the current cell and press Enter: into its editor once one is open
    (Enter opens the next row's), else on the table (the key opens the editor)."""
    row = dialog.table.currentRow()
    editor = _editor(dialog)
    if editor is None:
        qtbot.keyClicks(dialog.table, number)
        editor = _editor(dialog)
    else:
        qtbot.keyClicks(editor, number)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits it a moment later
    qtbot.waitUntil(lambda: dialog.table.item(row, dialog.number_column).text() == number, timeout=5000)


def _type_numbers(qtbot, dialog: HandLotsDialog, numbers: list[str]) -> None:
    """Type each number and Enter from the first row down, as the secretary reads the slips."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, dialog.number_column)
    for number in numbers:
        _type_in(qtbot, dialog, number)


def test_the_secretary_types_the_lots_drawn_on_stage(window, qtbot, small):
    open_as(window, qtbot, small, "S1", "secretary-pass-1")
    page = window.page(LotsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.events.count() > 0)
    page.events.setCurrentIndex(page.events.findData("电工"))
    dialog = _open_hand(qtbot, page, page.hand_bib)
    names = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert names == ["王伟", "李娜", "张敏", "刘洋", "陈静"]  # the roster's order
    _type_numbers(qtbot, dialog, ["3", "1", "3", "9"])
    assert dialog.numbers() == ["3", "1", "3", "9", ""] and not dialog.ok.isEnabled()
    column = dialog.number_column
    bad = [r for r in range(5) if dialog.table.item(r, column).background().color() == BAD]
    assert bad == [2, 3]  # the repeat and the one out of range
    assert "第 3 行：3 号与第 1 行重复" in dialog.problem.text() and "第 4 行" in dialog.problem.text()
    shot(dialog, "hand_lots_dialog")
    for row, number in zip((2, 3, 4), ("5", "2", "4")):
        dialog.table.setCurrentCell(row, column)
        _type_in(qtbot, dialog, number)
    assert dialog.ok.isEnabled() and dialog.problem.text() == ""
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # the last row: Enter records
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 1)
    codes = ask_store(window, qtbot, lambda db: {e.name: e.code for e in db.entries("电工")})
    assert codes == {"王伟": "003", "李娜": "001", "张敏": "005", "刘洋": "002", "陈静": "004"}
    assert page.records[0].by_hand and "现场抽签" in page.seed_label.text()
    shot(window, "hand_lots_recorded")

    dialog = _open_hand(qtbot, page, page.hand_station)
    assert [dialog.table.item(r, 1).text() for r in range(5)] == ["001", "002", "003", "004", "005"]
    _type_numbers(qtbot, dialog, ["2", "1", "5", "4", "3"])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    _type_passphrase(qtbot, CODE, twice=True)  # the second key sealed with her new passphrase
    box = _message(qtbot)
    assert box.objectName() == "infoBox" and "恢复码：" in box.text()
    box.accept()
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.code_key_sealed("电工"))
    stations = ask_store(window, qtbot, lambda db: [line.station for line in db.draws("电工")[-1].lines])
    assert stations == ["A02", "A01", "A05", "A04", "A03"]


def test_a_hand_redraw_of_a_sealed_event_asks_for_the_passphrase_first(window, qtbot, small):
    with ContestDB.open(small, actor="组委会") as db:
        db.draw_lots("电工", 1, seed=1)
        db.draw_lots("电工", 2, seed=2, passphrase=CODE)
    open_as(window, qtbot, small, "S1", "secretary-pass-1")
    page = window.page(LotsPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: page.events.count() > 0 and len(page.records) == 2)
    qtbot.mouseClick(page.hand, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.hand_menu.isVisible, timeout=5000)
    page.hand_menu.setActiveAction(page.hand_station)
    qtbot.keyClick(page.hand_menu, Qt.Key.Key_Return)
    box = _message(qtbot)
    assert box.objectName() == "confirmBox"
    box.defaultButton().click()
    _type_passphrase(qtbot, CODE)
    qtbot.waitUntil(lambda: visible(HandLotsDialog) is not None, timeout=10000)
    dialog = visible(HandLotsDialog)
    _type_numbers(qtbot, dialog, ["1", "2", "3", "4", "5"])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 3)
    assert page.records[-1].by_hand and [line.station for line in page.records[-1].lines][:2] == ["A01", "A02"]
    assert not any(isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "errorBox"
                   for w in QApplication.topLevelWidgets())


def test_the_draw_record_of_a_sealed_second_draw_asks_the_secretary_for_her_passphrase(window, qtbot, small):
    """Printed in a new session (the key not held), the 抽签记录表 had no 工位号: the print page
    asks for the passphrase as ``export --kind draw`` does, and prints the whole table."""
    from judge_app.gui.pages.print_page import PrintPage
    from tests.reports.builders import page_texts

    with ContestDB.open(small, actor="组委会") as db:
        db.draw_lots("电工", 1, seed=1)
        stations = [line.station for line in db.draw_lots("电工", 2, seed=2, passphrase=CODE).lines]
    open_as(window, qtbot, small, "S1", "secretary-pass-1")
    page = window.page(PrintPage)
    window.show_page(page)
    page.events.setCurrentIndex(page.events.findData("电工"))
    page.kinds.setCurrentRow(list(page._kind_titles()).index("draw"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, CODE)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=30000)
    text = "".join(page_texts(page.out_dir / "抽签记录表.pdf"))
    assert all(station in text for station in stations) and "王伟" in text
