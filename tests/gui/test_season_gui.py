"""年度成绩 page and the 年度成绩表 on the 打印/导出 page, with real keys and clicks: the organiser
sees a season's standings (each period × project, season total, awards, titles), vetoes a project
for a safety accident in one period (the reason typed, Enter), prints the 年度成绩表, and takes the
veto back with a reason. Each reaches the contest file, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from judge_app.app.people import import_roster
from judge_app.core.people import Role
from judge_app.gui.dialogs import ReasonDialog
from judge_app.gui.pages.print_page import PrintPage
from judge_app.gui.pages.season_page import SeasonPage
from judge_app.gui.qt import QApplication, Qt
from judge_app.store import ContestDB
from tests.cli.season_sample import SCHEME, score_all, write_inputs
from tests.gui.conftest import ask_store, open_as, shot, wait_idle
from tests.reports.builders import compact, page_texts
from tests.store.sample import ORGANISER_PASS, register_organiser


@pytest.fixture
def season_file(tmp_path: Path) -> Path:
    """The 四比一创 season of tests/cli/season_sample.py, scored, with an organiser and a judge."""
    _, roster = write_inputs(tmp_path)
    path = tmp_path / "四比一创.judge"
    with ContestDB.create(path, actor="组委会", name=SCHEME["contest"]["name"]) as db:
        db.set_scheme(SCHEME)
        import_roster(db, roster)
    score_all(path)
    with ContestDB.open(path, actor="组委会") as db:
        register_organiser(db)
        db.act_as("O0")
        db.add_judge("J01", "评委甲", role=Role.JUDGE, pin="1111")
    return path


def _top(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def _cells(page: SeasonPage, code: str) -> list[str]:
    table = page.table
    row = page.codes.index(code)
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_organiser_vetoes_prints_and_takes_back(window, qtbot, season_file, monkeypatch, tmp_path):
    open_as(window, qtbot, season_file, "O0", ORGANISER_PASS)
    page = window.page(SeasonPage)
    window.show_page(page)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=5000)
    heads = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert heads[:11] == ["组别", "名次", "编号", "项目名称", "单位", "成员", "第一季度", "第二季度", "第三季度",
                          "年度成绩", "奖项"]
    # Q1 + Q2 + Q3: P03 95+92+96 = 283 (1st, 一等奖, 工人先锋号), P01 90+88+91 = 269 (2nd, 二等奖, 工人先锋号)
    assert _cells(page, "P03")[1:13] == ["1", "P03", "污水处理厂", "水务集团", "", "95.00", "92.00", "96.00",
                                        "283.00", "一等奖", "工人先锋号", ""]
    assert not page.veto_button.isEnabled()  # nothing chosen, no reason

    page.table.setFocus()
    page.table.selectRow(page.codes.index("P03"))
    page.period.setCurrentIndex(page.period.findData("Q2"))
    qtbot.mouseClick(page.reason, Qt.MouseButton.LeftButton)
    page.reason.insert("脚手架坠物伤人")  # Chinese comes through the input method, not key codes
    assert page.veto_button.isEnabled()
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: _cells(page, "P03")[12] != "", timeout=5000)
    # P03 keeps 283.00 and 1st place without 一等奖 or title; P01 stays 2nd with 二等奖 (nobody moves up)
    assert _cells(page, "P03")[9:13] == ["283.00", "", "", "一票否决：安全事故（第二季度：脚手架坠物伤人）"]
    assert _cells(page, "P01")[1:2] + _cells(page, "P01")[9:12] == ["2", "269.00", "二等奖", "工人先锋号"]
    assert page.reason.text() == "" and "一票否决 1 项" in page.notes.text()
    assert page.period.currentData() == "Q2"  # kept for the next veto
    assert [page.table.isColumnHidden(c) for c in (0, 5)] == [True, True]  # no 组别, nobody has 成员
    shot(window, "season_page")
    stored = ask_store(window, qtbot, lambda db: [(v.code, v.period, v.kind, v.reason, v.actor) for v in db.vetoes("Y26")])
    assert stored == [("P03", "Q2", "安全事故", "脚手架坠物伤人", "组委会(O0)")]

    monkeypatch.setattr(PrintPage, "open_preview", lambda self, path: None)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)  # 打印年度成绩表…
    printing = window.page(PrintPage)
    qtbot.waitUntil(lambda: printing.files.count() == 1, timeout=20000)
    assert printing.isVisible() and printing.kinds.currentItem().text() == "年度成绩表"
    shot(window, "season_print_page")
    printing.export_data("xlsx", tmp_path / "导出")
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: (tmp_path / "导出" / "2026年度四比一创-年度成绩表.xlsx").exists(), timeout=10000)
    sheet = load_workbook(tmp_path / "导出" / "2026年度四比一创-年度成绩表.xlsx").active
    assert [c.value for c in sheet[2]][:12] == [1, "P03", "污水处理厂", "水务集团", None, 95, 92, 96, 283, None, None,
                                              "一票否决：安全事故（第二季度：脚手架坠物伤人）"]
    text = compact("".join(page_texts(printing.out_dir / "2026年度四比一创-年度成绩表.pdf")))
    assert "1P03污水处理厂水务集团95.0092.0096.00283.00一票否决：安全事故（第二季度：脚手架坠物伤人）" in text

    window.show_page(page)
    page.table.selectRow(page.codes.index("P03"))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top(ReasonDialog) is not None, timeout=5000)
    dialog = _top(ReasonDialog)
    dialog.edit.insertPlainText("复议：事故与项目无关")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: _cells(page, "P03")[10] == "一等奖", timeout=5000)
    last = ask_store(window, qtbot, lambda db: db.audit_log()[-1])
    assert (last.action, last.target, last.reason) == ("veto.remove", "Y26/P03", "复议：事故与项目无关")


def test_a_judge_does_not_see_the_season_page(window, qtbot, season_file):
    open_as(window, qtbot, season_file, "J01", "1111")
    assert not SeasonPage.usable_by(window.controller.session)
