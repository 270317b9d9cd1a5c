"""Roster wizard (issue 16 item 17): error rows coloured in the preview, a click on an error shows
its row, the problem list saved as xlsx or CSV for the unit, and Enter after 上一步 is 下一步."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from judge_app.gui.qt import QFileDialog, Qt
from tests.io.helpers import write_xlsx
from tests.io.sample_rosters import _person, errors_xlsx

from .conftest import shot
from .organiser_fixtures import controller_on  # noqa: F401
from .test_organiser_pages import _roster_page, _run_wizard_to_preview


def _problem_rows(wizard) -> list[int]:
    return [p.row for p in wizard.report.problems]


def _click_problem(wizard, qtbot, index: int) -> None:
    item = wizard.problems.item(index)
    wizard.problems.scrollToItem(item)
    rect = wizard.problems.visualItemRect(item)
    qtbot.mouseClick(wizard.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_error_rows_are_coloured_and_a_click_shows_the_row(controller_on, qtbot, tmp_path: Path) -> None:
    from judge_app.gui.roster_wizard import CELL_COLOURS, ROW_COLOURS
    from judge_app.io.roster import ERROR

    page = _roster_page(controller_on(scores=False), qtbot)
    wizard = _run_wizard_to_preview(page, qtbot, errors_xlsx(tmp_path))
    at = wizard._preview_at
    # row 7: a wrong check digit in D (身份证号): the cell darker, the rest of the row light red
    assert wizard.preview.item(at[7], 3).background().color() == CELL_COLOURS[ERROR]
    assert wizard.preview.item(at[7], 1).background().color() == ROW_COLOURS[ERROR]
    assert "第 7 行" in wizard.preview.item(at[7], 1).toolTip()
    assert wizard.preview.item(at[6], 1).background().color() not in ROW_COLOURS.values()
    index = _problem_rows(wizard).index(13)
    _click_problem(wizard, qtbot, index)
    assert wizard.preview.currentRow() == at[13]
    shot(wizard, "organiser_roster_error_rows")


def test_an_error_below_the_first_rows_is_shown_and_jumped_to(controller_on, qtbot, tmp_path: Path) -> None:
    rows = [["姓名", "性别", "身份证号", "单位", "工种"]]
    for i in range(80):
        name, male, id_number, unit, event = _person(i)
        rows.append([name, "男" if male else "女", id_number, unit, event])
    rows[70][2] = rows[70][2][:-1] + ("0" if rows[70][2][-1] != "0" else "1")  # row 71: wrong check digit
    path = write_xlsx(tmp_path / "long.xlsx", rows)
    page = _roster_page(controller_on(scores=False), qtbot)
    wizard = _run_wizard_to_preview(page, qtbot, path)
    assert 71 in _problem_rows(wizard) and 71 in wizard._preview_at
    _click_problem(wizard, qtbot, _problem_rows(wizard).index(71))
    current = wizard.preview.currentRow()
    assert wizard.preview.verticalHeaderItem(current).text() == "71"


def test_problem_list_saved_as_xlsx_and_csv(controller_on, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = _roster_page(controller_on(scores=False), qtbot)
    wizard = _run_wizard_to_preview(page, qtbot, errors_xlsx(tmp_path))
    assert wizard.save_problems.isVisible()
    for name, chosen in (("问题.xlsx", "Excel (*.xlsx)"), ("问题", "CSV (*.csv)")):
        target = tmp_path / "out" / name
        target.parent.mkdir(exist_ok=True)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, c=chosen, **k: (str(t), c))
        wizard.saved_problems = None
        qtbot.mouseClick(wizard.save_problems, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.saved_problems is not None, timeout=10000)
        saved = wizard.saved_problems
        if saved.suffix == ".xlsx":
            table = [[c if c is not None else "" for c in r]
                     for r in load_workbook(saved).active.iter_rows(values_only=True)]
        else:
            assert saved.suffix == ".csv"
            with saved.open(encoding="utf-8-sig", newline="") as handle:
                table = list(csv.reader(handle))
        assert table[0][:6] == ["文件", "工作表", "行", "列", "级别", "问题"]
        rows = {int(r[2]) for r in table[1:] if r[4] == "错误" and str(r[2]).strip()}
        assert {5, 7, 9, 11, 13} <= rows
        assert all(r[0] == "roster_errors.xlsx" for r in table[1:])
        assert any(str(r[3]).startswith("D") for r in table[1:] if str(r[2]) == "7")


def test_enter_after_back_reads_again_and_keeps_the_wizard(controller_on, qtbot, tmp_path: Path) -> None:
    page = _roster_page(controller_on(scores=False), qtbot)
    wizard = _run_wizard_to_preview(page, qtbot, errors_xlsx(tmp_path))
    qtbot.mouseClick(wizard.back, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == 0
    focus = wizard.focusWidget() or wizard
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1 and wizard.progress.maximum() == 1, timeout=15000)
    assert wizard.isVisible() and wizard.result() == 0
