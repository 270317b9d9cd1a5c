"""The judge's score grid driven by real key presses: save, refuse, undo, clear, submit."""

from __future__ import annotations

from decimal import Decimal

from judge_app.gui.grid_model import SAVED, StateRole
from judge_app.gui.pages.scoring_page import ScoringPage
from judge_app.gui.qt import QApplication, Qt
from judge_app.gui.main_window import MainWindow
from tests.gui.conftest import open_as, shot, show_active, stored_value, wait_idle


def scoring(window) -> ScoringPage:
    page = window.page(ScoringPage)
    window.show_page(page)
    return page


def goto(page: ScoringPage, code: str, criterion: str):
    index = page.model.index_of(code, criterion)
    assert index.isValid(), (code, criterion)
    page.grid.setCurrentIndex(index)
    page.grid.setFocus()
    return index


def type_into(qtbot, page: ScoringPage, text: str, key=Qt.Key.Key_Return) -> None:
    """Type like a judge: the first key opens the cell editor, the rest go into it."""
    qtbot.keyClicks(page.grid, text[0])
    editor = cell_editor(page)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)


def cell_editor(page: ScoringPage):
    from judge_app.gui.qt import QLineEdit

    editors = [e for e in page.grid.findChildren(QLineEdit, "cellEditor") if e.isVisible()]
    assert len(editors) == 1, "the cell editor is open"
    return editors[0]


def test_typed_value_is_stored_and_seen_after_reopening(window, qtbot, contest_file, app):
    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    index = goto(page, "DG01", "DG-P2")
    before = stored_value(window, qtbot, "电工", "DG01", "DG-P2", "J02")
    new = Decimal("7.5") if before != Decimal("7.5") else Decimal("8")
    type_into(qtbot, page, str(new))
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG01", "DG-P2", "J02") == new
    assert index.data(StateRole) == SAVED
    assert page.grid.currentIndex() == page.model.index_of("DG01", "DG-P3")  # Enter moved on
    shot(window, "score_grid")
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    show_active(again, qtbot)
    open_as(again, qtbot, contest_file, "J02", "2222")
    page2 = scoring(again)
    qtbot.waitUntil(lambda: page2.model.rowCount() > 0)
    assert Decimal(page2.model.index_of("DG01", "DG-P2").data(Qt.ItemDataRole.EditRole)) == new
    again.close()


def test_off_step_value_refused_at_the_cell_with_reason(window, qtbot, contest_file, warning_guard):
    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    before = stored_value(window, qtbot, "电工", "DG02", "DG-P2", "J02")
    index = goto(page, "DG02", "DG-P2")
    type_into(qtbot, page, "7.3")
    assert page.grid.error_label.isVisible()
    assert "0.5" in page.grid.error_label.text()  # names the step
    assert page.grid.currentIndex() == index  # did not move on
    editor = cell_editor(page)
    editor.clear()
    qtbot.keyClicks(editor, "16")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "15" in page.grid.error_label.text()  # out of range: names the max
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG02", "DG-P2", "J02") == before


def test_ctrl_z_undoes_in_the_store_and_ctrl_y_redoes(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J03", "3333")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    before = stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J03")
    new = Decimal("2.5") if before != Decimal("2.5") else Decimal("3")
    goto(page, "DG04", "DG-P1")
    type_into(qtbot, page, str(new))
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J03") == new
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J03") == before
    qtbot.keyClick(page.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG04", "DG-P1", "J03") == new


def test_delete_clears_and_submit_lists_the_missing_cell(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J04", "4444")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    goto(page, "DG09", "DG-P2")
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    wait_idle(window, qtbot)
    assert stored_value(window, qtbot, "电工", "DG09", "DG-P2", "J04") is None
    button = page.findChild(type(page._submit_buttons[0]), "submit_practical")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(type(page), "") is None and _dialog(page) is not None)
    dialog = _dialog(page)
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items == ["DG09　接线工艺"]
    dialog.accept()


def _dialog(page):
    from judge_app.gui.dialogs import ListDialog

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ListDialog) and w.isVisible()]
    return found[0] if found else None


def test_judge_session_never_shows_a_name(window, qtbot, contest_file):
    from judge_app.store import ContestDB  # noqa: F401  (names come from the roster below)

    open_as(window, qtbot, contest_file, "J01", "1111")
    names = {e.name for e in window.controller.snapshot.entries if e.name}
    assert not names  # sealed before reaching the GUI
    from judge_app.demo import _entries  # the names the demo roster really holds
    import random
    from judge_app.demo import SEED
    real_names = {e.name for e in _entries(random.Random(SEED))}
    for page in window.pages:
        if window.nav.item(window.pages.index(page)).isHidden():
            continue
        window.show_page(page)
        wait_idle(window, qtbot)
        texts = _all_texts(window)
        leaked = {n for n in real_names if any(n in t for t in texts)}
        assert not leaked, (type(page).__name__, leaked)


def _all_texts(window) -> list[str]:
    from judge_app.gui.qt import QAbstractItemView, QComboBox, QLabel, QModelIndex, QPushButton

    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for widget in window.findChildren(QLabel) + window.findChildren(QPushButton):
        if widget.isVisible():
            texts.append(widget.text())
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for r in range(model.rowCount(QModelIndex())):
            texts.append(str(model.headerData(r, Qt.Orientation.Vertical) or ""))
            c = 0
            while model.index(r, c).isValid():  # list and table models alike
                texts.append(str(model.index(r, c).data() or ""))
                texts.append(str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""))
                c += 1
    return texts


def test_a_complete_grid_reads_complete_with_measurements_entered_by_another_judge(window, qtbot, contest_file):
    """In the demo every judge scored every judgement value and J01 entered the measurements:
    J02's grid shows those in grey and counts them, so a complete section reads n / n."""
    from judge_app.core.scheme import CriterionKind

    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    sections = [s for s in page.model.data_.sections
                if any(c.kind is not CriterionKind.JUDGEMENT for c in s.criteria)]
    assert sections  # the demo's 实际操作 has measurement criteria
    for section in sections:
        filled, total = page.model.filled(section.id)
        assert total and filled == total, (section.name, filled, total)
        assert f"已填 {filled} / {total}" in page.states.text()


def test_a_judge_never_sees_another_judges_judgement_marks(window, qtbot, contest_file):
    """Judges score independently: with J02's own 接线工艺 (judgement) value cleared, the cell,
    its tooltip and the grid's data hold none of J01/J03/J04's marks; a measurement entered by
    another judge (通电试车) is still shown, as the one agreed value."""
    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    goto(page, "DG01", "DG-P2")
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    wait_idle(window, qtbot)
    judgement = page.model.index_of("DG01", "DG-P2")
    assert judgement.data() == ""
    tip = str(judgement.data(Qt.ItemDataRole.ToolTipRole) or "")
    assert "其他裁判" not in tip and "J01" not in tip, tip
    assert not any(crit == "DG-P2" for (_code, crit) in page.model.data_.others)
    measurement = page.model.index_of("DG01", "DG-P3")
    own = stored_value(window, qtbot, "电工", "DG01", "DG-P3", "J02")
    if own is None:  # the demo's measurements are entered by J01: shown to the panel
        assert measurement.data() != ""
        assert "已由其他裁判录入" in str(measurement.data(Qt.ItemDataRole.ToolTipRole))
