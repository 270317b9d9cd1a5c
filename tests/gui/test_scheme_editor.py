"""Scheme editor: sections and criteria added and removed (buttons, Insert / Delete keys, context
menu), aggregation rule, criterion kind, decimals and rounding changed, every change checked live
and saved through the store; a criterion with stored scores is not removed."""

from __future__ import annotations

from judge_app.gui.pages.scheme_page import SchemePage
from judge_app.gui.qt import QApplication, QMessageBox, Qt
from tests.gui.conftest import shot, show_active

from .organiser_fixtures import controller_on, settle, show_page  # noqa: F401


def _page(controller, qtbot) -> SchemePage:
    page = show_page(SchemePage(controller), qtbot)
    page.set_session(controller.session)
    controller.snapshotChanged.connect(page.set_snapshot)
    page.set_snapshot(controller.snapshot)
    settle(controller, qtbot)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 5)
    show_active(page, qtbot)
    return page


def _click(qtbot, page: SchemePage, *names: str):
    """Click the tree row found by following ``names`` (event, section, criterion)."""
    tree = page.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == names[0])
    for name in names[1:]:
        item = next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == name)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item
    return item


def _problems(page: SchemePage) -> list[str]:
    return [page.problem_list.item(i).text() for i in range(page.problem_list.count())]


def test_add_and_remove_criteria_and_sections_then_save(controller_on, qtbot) -> None:
    controller = controller_on(scores=False)
    page = _page(controller, qtbot)
    practical = _click(qtbot, page, "电工", "实际操作")
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)  # a new criterion in 实际操作
    practical = page.tree.topLevelItem(0).child(1)
    assert practical.childCount() == 3 and practical.child(2).text(0) == "新评分项"
    assert page.tree.currentItem() is practical.child(2)
    assert any("各评分项满分之和" in p for p in _problems(page))  # 60 + 40 + 10 ≠ 100
    assert not page.save_button.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # the new criterion goes again
    assert page.tree.topLevelItem(0).child(1).childCount() == 2 and _problems(page) == []

    _click(qtbot, page, "电工")
    qtbot.mouseClick(page.tool_buttons[1], Qt.MouseButton.LeftButton)  # 添加模块
    event = page.tree.topLevelItem(0)
    assert event.childCount() == 3 and event.child(2).text(0) == "新模块"
    assert "电工 100 ✓" in page.weights.text() and _problems(page) == []
    assert page.save_button.isEnabled()

    # the context menu offers the same actions
    assert [a.objectName() for a in page.tree.actions()] == ["schemeAddEvent", "schemeAddSection",
                                                             "schemeAddCriterion", "schemeRemove"]
    assert page.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu

    # aggregation rule: 去掉最高最低 needs 3 judges, the panel has 2 → listed at once
    _click(qtbot, page, "电工", "实际操作")
    assert page.rule.isVisible() and not page.kind.isVisible()
    page.rule.setFocus()
    qtbot.keyClick(page.rule, Qt.Key.Key_Down)  # mean → trimmed
    assert page.data["events"][0]["sections"][1]["rule"] == "trimmed"
    assert any("至少需要 3 名裁判" in p for p in _problems(page)) and not page.save_button.isEnabled()
    qtbot.keyClick(page.rule, Qt.Key.Key_Down)
    qtbot.keyClick(page.rule, Qt.Key.Key_Down)  # → median
    assert page.data["events"][0]["sections"][1]["rule"] == "median" and _problems(page) == []
    assert "中位数" in page.tree.topLevelItem(0).child(1).text(5)

    # criterion kind, then the event's decimals and rounding
    _click(qtbot, page, "电工", "实际操作", "安全文明")
    assert page.kind.isVisible() and page.kind.currentData() == "judgement"
    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_Down)  # judgement → deduction
    assert page.tree.currentItem().text(5) == "扣分"
    _click(qtbot, page, "电工")
    assert page.decimals.isVisible() and page.decimals.value() == 2
    page.decimals.setFocus()
    qtbot.keyClick(page.decimals, Qt.Key.Key_Down)
    page.rounding.setFocus()
    qtbot.keyClick(page.rounding, Qt.Key.Key_Down)  # 四舍五入 → 四舍六入五成双
    shot(page, "organiser_scheme_editor")

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    ev = controller.snapshot.contest.event("电工")
    assert [s.name for s in ev.sections] == ["理论知识", "实际操作", "新模块"]
    assert str(ev.section("practical").rule) == "median"
    assert ev.section("practical").criteria[1].kind.value == "deduction"
    assert ev.decimals == 1 and ev.rounding.value == "half_even"
    qtbot.waitUntil(lambda: not page.save_button.isEnabled())


def test_a_scored_criterion_is_not_removed(controller_on, qtbot, warning_guard) -> None:
    warning_guard.expect("error shown")
    controller = controller_on(scores=True)
    page = _page(controller, qtbot)
    _click(qtbot, page, "电工", "实际操作", "安全文明")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "安全文明" in box.text() and "已有评分" in box.text() and "10 个" in box.text()
    box.accept()
    assert page.tree.topLevelItem(0).child(1).childCount() == 2  # still there
    assert page.data == page.saved  # nothing changed
    # a whole section with scored criteria is refused the same way
    _click(qtbot, page, "电工", "理论知识")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "理论考试" in box.text()
    box.accept()
    assert page.tree.topLevelItem(0).childCount() == 2


def _type(qtbot, field, text: str) -> None:
    """Replace a line edit's text by typing (Chinese through insert, as an input method commits)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    ascii_part = text.isascii()
    if ascii_part:
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


def _set_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Edit one cell as a user does: open its editor, type, Enter; wait until the cell holds it."""
    from judge_app.gui.qt import QLineEdit

    def editors() -> list:
        return [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]

    qtbot.waitUntil(lambda: not editors())  # the previous cell's editor has closed
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    qtbot.waitUntil(lambda: len(editors()) == 1)
    editor = editors()[0]
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, col).text() == text)


def test_event_rules_edited_in_a_dialog_then_saved(controller_on, qtbot) -> None:
    controller = controller_on(scores=False)
    page = _page(controller, qtbot)
    _click(qtbot, page, "电工", "实际操作")
    assert not page.rules_button.isVisible()
    _click(qtbot, page, "电工")
    assert page.rules_button.isVisible()
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = page.rules_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.tie_breaks.text() == "模块:实际操作、加赛"  # the fixture's chain, in words and names
    # a word the chain does not know is listed and keeps OK disabled
    _type(qtbot, dialog.tie_breaks, "用时、抽签")
    assert "并列处理“抽签”" in dialog.problem_label.text() and not dialog.ok.isEnabled()
    _type(qtbot, dialog.tie_breaks, "用时、模块:实际操作、加赛")  # by name (an id works too)
    _type(qtbot, dialog.pass_mark, "60")
    _type(qtbot, dialog.section_marks, "理论知识=60")
    _type(qtbot, dialog.appeal_hours, "1.5")
    # three tiers: 1 一等奖, 20% 二等奖, the rest (with 60 points) 优秀奖
    while dialog.tiers.rowCount():
        dialog.tiers.selectRow(0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    for name, col, value in (("一等奖", 1, "1"), ("二等奖", 2, "20"), ("优秀奖", 4, "是")):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        row = dialog.tiers.rowCount() - 1
        _set_cell(qtbot, dialog.tiers, row, 0, name)
        _set_cell(qtbot, dialog.tiers, row, col, value)
    _set_cell(qtbot, dialog.tiers, 2, 5, "6O")  # a letter O typed for a zero
    assert "奖项第 3 行：“6O”应为数字" in dialog.problem_label.text() and not dialog.ok.isEnabled()
    _set_cell(qtbot, dialog.tiers, 2, 5, "60")
    assert dialog.problem_label.text() == "" and dialog.ok.isEnabled()
    shot(dialog, "organiser_event_rules_dialog")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert _problems(page) == [] and page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    ev = controller.snapshot.contest.event("电工")
    assert [str(t) for t in ev.tie_breaks] == ["time", "section:practical", "playoff"]
    assert [(t.name, t.count, t.percent, t.rest, t.min_total) for t in ev.awards.tiers] == [
        ("一等奖", 1, None, False, None), ("二等奖", None, 20, False, None), ("优秀奖", None, None, True, 60)]
    assert ev.awards.pass_mark == 60 and dict(ev.awards.section_pass_marks) == {"theory": 60}
    assert ev.appeal_hours == 1.5


def _rules_of_the_first_event(controller_on, qtbot):
    """(controller, scheme page, its 电工 rules dialog opened with a click)."""
    controller = controller_on(scores=False)
    page = _page(controller, qtbot)
    _click(qtbot, page, "电工")
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = page.rules_dialog
    qtbot.waitUntil(dialog.isVisible)
    return controller, page, dialog


def test_rules_that_break_the_scheme_are_listed_by_the_editor(controller_on, qtbot) -> None:
    _controller, page, dialog = _rules_of_the_first_event(controller_on, qtbot)
    _type(qtbot, dialog.tie_breaks, "模块:nosuch")  # readable, but no such section
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert any("nosuch" in p for p in _problems(page)) and not page.save_button.isEnabled()


def test_titles_such_as_jishu_nengshou_are_edited_in_the_rules_dialog(controller_on, qtbot) -> None:
    controller, page, dialog = _rules_of_the_first_event(controller_on, qtbot)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.titles.rowCount() == 0
    qtbot.mouseClick(dialog.add_title, Qt.MouseButton.LeftButton)
    for col, text in ((0, "技术能手"), (1, "1"), (2, "3"), (4, "理论知识=60、实际操作 60")):
        _set_cell(qtbot, dialog.titles, 0, col, text)
    assert "称号第 1 行：模块合格线“实际操作 60”" in dialog.problem_label.text() and not dialog.ok.isEnabled()
    _set_cell(qtbot, dialog.titles, 0, 4, "理论知识=60、实际操作=60")
    assert dialog.problem_label.text() == "" and dialog.ok.isEnabled()
    shot(dialog, "organiser_event_rules_titles")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(controller, qtbot)
    (title,) = controller.snapshot.contest.event("电工").awards.titles
    assert (title.name, title.rank_from, title.rank_to) == ("技术能手", 1, 3)
    assert dict(title.section_pass_marks) == {"theory": 60, "practical": 60}
    # opened again, the title is there to change
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rules_dialog.isVisible())
    again = page.rules_dialog
    assert [again.titles.item(0, c).text() for c in range(5)] == ["技术能手", "1", "3", "", "理论知识=60、实际操作=60"]
    again.reject()
