"""Organiser screens driven with real clicks and typing: roster import wizard, scheme editor,
judges and panels, lot draw. Screenshots go to build/screenshots (not committed)."""

from __future__ import annotations

from pathlib import Path

from judge_app.gui.qt import QComboBox, Qt
from tests.io.sample_rosters import errors_xlsx, messy_xlsx

from .conftest import shot
from .organiser_fixtures import controller_on, settle, show_page  # noqa: F401


def _roster_page(controller, qtbot):
    from judge_app.gui.pages.roster_page import RosterPage

    page = show_page(RosterPage(controller), qtbot)
    page.set_session(controller.session)
    page.set_snapshot(controller.snapshot)
    controller.snapshotChanged.connect(page.set_snapshot)
    return page


def _run_wizard_to_preview(page, qtbot, path: Path):
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClicks(wizard.path_edit, str(path))
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1 and wizard.progress.maximum() == 1, timeout=15000)
    return wizard


def test_import_wizard_previews_remaps_and_imports(controller_on, qtbot, tmp_path: Path) -> None:
    controller = controller_on(scores=False)
    page = _roster_page(controller, qtbot)
    before = len(controller.snapshot.entries)
    wizard = _run_wizard_to_preview(page, qtbot, messy_xlsx(tmp_path))
    assert "表头在第 3 行" in wizard.header_label.text()
    assert wizard.report.ok and wizard.import_button.isEnabled()
    found = len(wizard.report.entries)
    shot(wizard, "organiser_roster_wizard")

    # the user makes the 联系电话 column (G) a second 备注: refused at once, named
    combo: QComboBox = wizard.preview.cellWidget(0, 6)
    assert combo.currentData() == "phone"
    combo.setCurrentIndex(combo.findData("note"))
    qtbot.waitUntil(lambda: wizard.progress.maximum() == 1 and not wizard.report.ok, timeout=15000)
    assert not wizard.import_button.isEnabled()
    assert any("两列都指定为备注" in wizard.problems.item(i).text() for i in range(wizard.problems.count()))
    # then decides not to import the phone numbers at all
    combo = wizard.preview.cellWidget(0, 6)
    combo.setCurrentIndex(combo.findData("ignore"))
    qtbot.waitUntil(lambda: wizard.progress.maximum() == 1 and wizard.report.ok, timeout=15000)
    assert "phone" not in wizard.report.columns
    assert len(wizard.report.entries) == found and not any(e.phone for e in wizard.report.entries)

    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=15000)
    settle(controller, qtbot)
    assert len(controller.snapshot.entries) == before + found
    assert not any("\u3000" in e.name or e.name != e.name.strip() for e in controller.snapshot.entries)


def test_import_wizard_lists_errors_and_imports_nothing(controller_on, qtbot, tmp_path: Path) -> None:
    controller = controller_on(scores=False)
    page = _roster_page(controller, qtbot)
    before = len(controller.snapshot.entries)
    wizard = _run_wizard_to_preview(page, qtbot, errors_xlsx(tmp_path))
    texts = [wizard.problems.item(i).text() for i in range(wizard.problems.count())]
    for row in (5, 7, 9, 11, 13):
        assert any(f"第 {row} 行" in t and "错误" in t for t in texts), row
    assert not wizard.import_button.isEnabled()
    assert "不能导入" in wizard.summary.text()
    shot(wizard, "organiser_roster_errors")
    wizard.do_import()  # even if forced: refused before anything is written
    settle(controller, qtbot)
    assert len(controller.snapshot.entries) == before


def _page(cls, controller, qtbot):
    page = show_page(cls(controller), qtbot)
    page.set_session(controller.session)
    controller.snapshotChanged.connect(page.set_snapshot)
    page.set_snapshot(controller.snapshot)
    settle(controller, qtbot)
    return page


def _edit_cell(qtbot, tree, item, column: int, text: str) -> None:
    """Go to the cell, press F2 to edit, type the new value over the old one, press Enter."""
    from judge_app.gui.qt import QLineEdit

    tree.setCurrentItem(item, column)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editors = [e for e in tree.findChildren(QLineEdit) if e.isVisible()]  # earlier ones are closed
    assert len(editors) == 1
    editor = editors[0]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_scheme_editor_checks_weights_live_and_saves(controller_on, qtbot) -> None:
    from judge_app.gui.pages.scheme_page import WEIGHT, SchemePage

    controller = controller_on(scores=False)
    page = _page(SchemePage, controller, qtbot)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 5)
    assert "电工 100 ✓" in page.weights.text()
    assert not page.save_button.isEnabled()  # nothing changed yet
    theory = page.tree.topLevelItem(0).child(0)
    _edit_cell(qtbot, page.tree, theory, WEIGHT, "40")
    qtbot.waitUntil(lambda: "电工 110 ✗" in page.weights.text())  # the edit commits on the next event loop turn
    assert any("权重之和应为 100" in page.problem_list.item(i).text() for i in range(page.problem_list.count()))
    assert not page.save_button.isEnabled()
    shot(page, "organiser_scheme_weights")
    practical = page.tree.topLevelItem(0).child(1)
    _edit_cell(qtbot, page.tree, practical, WEIGHT, "60")
    qtbot.waitUntil(lambda: "电工 100 ✓" in page.weights.text())
    assert page.problem_list.count() == 0 and page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    weights = {s.id: s.weight for s in controller.snapshot.contest.event("电工").sections}
    assert weights == {"theory": 40, "practical": 60}


def test_lot_draw_two_stages_with_seed_shown(controller_on, qtbot) -> None:
    from judge_app.gui.pages.lots_page import LotsPage

    controller = controller_on(scores=False)
    page = _page(LotsPage, controller, qtbot)
    assert not page.stage2.isEnabled()  # 工位号 only after 检录号
    qtbot.mouseClick(page.stage1, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 1)
    seed = page.records[0].seed
    assert f"种子 {seed}" in page.seed_label.text()
    assert page.lines.rowCount() == 5 and page.lines.item(0, 2).text().startswith("选手")
    bibs = sorted(e.code for e in controller.snapshot.entries_of("电工"))
    assert bibs == ["001", "002", "003", "004", "005"]
    assert page.stage2.isEnabled()
    qtbot.mouseClick(page.stage2, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "passphrase_box", None) is not None and page.passphrase_box.isVisible())
    for edit in (page.passphrase_box.edit, page.passphrase_box.again):  # the secretary's, typed twice
        qtbot.keyClicks(edit, "erci-jiami-01")
    qtbot.mouseClick(page.passphrase_box.ok, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 2)
    assert "恢复码" in page.recovery_box.text()  # shown once, for the sealed envelope
    page.recovery_box.accept()
    assert sorted(e.code for e in controller.snapshot.entries_of("电工")) == ["A01", "A02", "A03", "A04", "A05"]
    assert page.lines.item(0, 2).text() == ""  # the 工位号 record carries no names
    shot(page, "organiser_lots")
    # drawing 检录号 again asks first
    qtbot.mouseClick(page.stage1, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.redraw_box.isVisible())
    page.redraw_box.reject()
    settle(controller, qtbot)
    assert len(page.records) == 2


def test_judge_registered_with_pin_and_put_on_a_panel(controller_on, qtbot) -> None:
    from judge_app.gui.pages.people_page import PeoplePage

    controller = controller_on(scores=False)
    page = _page(PeoplePage, controller, qtbot)
    assert page.table.rowCount() == 4  # J1, J2, O0 (the organiser), S1
    qtbot.keyClicks(page.judge_id, "J3")
    page.judge_name.insert("张评三")  # committed by the input method
    qtbot.keyClicks(page.pin, "4321")
    qtbot.mouseClick(page.save_person, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.table.rowCount() == 5)
    assert [page.table.item(2, c).text() for c in range(5)] == ["J3", "张评三", "裁判", "", "已设置"]
    controller.query(lambda db: db.verify_pin("J3", "4321"), on_done=lambda ok: setattr(page, "_pin_ok", ok))
    settle(controller, qtbot)
    assert page._pin_ok is True

    page.sections.setCurrentIndex(page.sections.findData("practical"))
    item = next(page.panel.item(i) for i in range(page.panel.count())
                if page.panel.item(i).data(Qt.ItemDataRole.UserRole) == "J3")
    rect = page.panel.visualItemRect(item)
    qtbot.mouseClick(page.panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if item.checkState() != Qt.CheckState.Checked:  # a click on the text selects; the space bar ticks
        qtbot.keyClick(page.panel, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    shot(page, "organiser_people")
    qtbot.mouseClick(page.save_panel, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    assert controller.snapshot.event("电工").section("practical").judges == ("J1", "J2", "J3")


def test_each_event_draws_stations_with_its_own_letter(controller_on, qtbot) -> None:
    from judge_app.gui.pages.lots_page import LotsPage

    controller = controller_on(scores=False)
    page = _page(LotsPage, controller, qtbot)
    events = [page.events.itemData(i) for i in range(page.events.count())]
    assert events[:2] == ["电工", "焊工"]
    assert page.prefix.text() == "A"
    page.events.setCurrentIndex(1)
    assert page.prefix.text() == "B"
    page.events.setCurrentIndex(events.index("茶艺师"))
    assert page.prefix.text() == "E"  # the fifth event of the scheme
    page.events.setCurrentIndex(0)
    qtbot.mouseClick(page.stage1, Qt.MouseButton.LeftButton)  # the prefix is typed once 检录号 exist
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.prefix.isEnabled())
    page.prefix.clear()
    qtbot.keyClicks(page.prefix, "DG")
    controller.snapshotChanged.emit(controller.snapshot)  # a refresh keeps what the user typed
    assert page.prefix.text() == "DG"


def test_people_form_saves_on_enter_and_is_empty_after(controller_on, qtbot) -> None:
    from judge_app.gui.pages.people_page import PeoplePage

    controller = controller_on(scores=False)
    page = _page(PeoplePage, controller, qtbot)
    page.role.setCurrentIndex(page.role.findData("secretary"))
    for code, name, pin in (("J3", "张评三", "mi-ma-4321-abcd"), ("J4", "刘评四", "4444")):  # one after the other
        qtbot.keyClicks(page.judge_id, code)
        page.judge_name.insert(name)  # committed by the input method
        qtbot.keyClicks(page.pin, pin)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        settle(controller, qtbot)
        qtbot.waitUntil(lambda: page.judge_id.text() == "")
        assert page.judge_name.text() == "" and page.pin.text() == ""
        assert page.role.currentData() == "judge" and page.focusWidget() is page.judge_id
    ids = {j.id: j.role for j in controller.snapshot.judges}
    assert "J3" in ids and "J4" in ids
    assert str(ids["J3"]) in ("secretary", "Role.SECRETARY") and str(ids["J4"]) in ("judge", "Role.JUDGE")



def test_roster_headers_never_fall_back_to_numbers(controller_on, qtbot) -> None:
    """Polish item: with no event to show (another contest opened, nothing loaded) the table kept
    its columns with the labels cleared, shown as "1 2 3"."""
    controller = controller_on(scores=False)
    page = _roster_page(controller, qtbot)
    table = page.table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[:3] == ["编号", "组别", "状态"]
    page.set_snapshot(None)  # no contest open
    assert table.columnCount() == 0 and table.rowCount() == 0 and page.note.text() == ""
    page.set_snapshot(controller.snapshot)
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == heads
