"""四比一创 in the desktop app alone (issue 15 "Done when", the season kind): from an empty contest,
the worked chapter of docs/user-guide.md (one project list for the year, two quarters) with keys
and clicks only: each quarter scored by its judges in the grid, locked, rechecked blind, unsealed
and published; then the organiser vetoes P01 for the second quarter's safety accident on 年度成绩,
prints the 年度成绩表, exports it to Excel and exports the year's certificates. The figures are the chapter's, computed by hand:
P01 91 + 90.5 = 181.5 (vetoed: keeps its rank, no award or title), P02 82.5 + 89.5 = 172 (二等奖,
工人先锋号: nobody moves up), P03 83 + 81.5 = 164.5."""

from __future__ import annotations

import os

from openpyxl import load_workbook

from judge_app.gui.pages.print_page import PrintPage
from judge_app.gui.pages.season_page import SeasonPage
from judge_app.gui.qt import Qt
from tests.docs.worked_examples import examples
from tests.gui.conftest import ask_store, shot, wait_idle
from tests.gui.day_walk import (
    Day,
    chapter_people,
    create_contest,
    csv_rows,
    go,
    import_roster,
    lock_all,
    log_in,
    publish,
    recheck,
    register_people,
    score_and_submit,
    unseal,
    write_scheme,
)
from tests.reports.builders import compact, page_texts

EXAMPLE = examples()["season"]
SCALE = "_150" if os.environ.get("QT_SCALE_FACTOR") == "1.5" else ""
QUARTERS = (("q1", "一季度考评.csv"), ("q2", "二季度考评.csv"))
VETO = "脚手架坠物致一人受伤"


def run_quarter(day: Day, event: str, sheet: str, by_role: dict[str, str]) -> None:
    """One quarter as the year goes: its judges score in the grid, the chief locks, the scorer
    rechecks blind from the paper sheets, the secretary unseals, the organiser publishes."""
    day.event = event
    rows = csv_rows(EXAMPLE.files[sheet])
    for judge in sorted({r["裁判"] for r in rows}):
        log_in(day, judge)
        score_and_submit(day, judge, {(r["编号"], r["评分项"]): r["分数"] for r in rows if r["裁判"] == judge})
    log_in(day, by_role["chief"])
    lock_all(day)
    log_in(day, by_role["scorer"])
    recheck(day, {(r["编号"], r["评分项"], r["裁判"]): r["分数"] for r in rows})
    log_in(day, by_role["secretary"])
    unseal(day, "季度考评结束")
    log_in(day, by_role["organiser"])
    publish(day)


def season_cells(page: SeasonPage, code: str) -> dict[str, str]:
    """The season page's row of ``code``, by column header."""
    table = page.table
    row = page.codes.index(code)
    return {table.horizontalHeaderItem(c).text(): table.item(row, c).text() for c in range(table.columnCount())}


def test_a_season_runs_its_year_in_the_app(window, qtbot, tmp_path, monkeypatch):
    scheme_path, scheme = write_scheme(tmp_path, EXAMPLE)
    people = chapter_people(EXAMPLE)
    by_role = {p.role.value: p.id for p in people}
    day = Day(window, qtbot, people, "q1")
    window.resize(1366, 768)
    create_contest(day, tmp_path, scheme["contest"]["name"], scheme_path)
    roster = tmp_path / "roster.csv"
    roster.write_text(EXAMPLE.files["项目名单.csv"], encoding="utf-8")
    assert import_roster(day, roster, f"season_wizard{SCALE}") == ["event", "code", "title", "unit", "name"]
    enrolled = ask_store(window, qtbot, lambda db: sorted((e.event, e.code, e.title) for e in db.entries()))
    assert [(e, c) for e, c, _t in enrolled] == [(q, f"P0{n}") for q in ("q1", "q2") for n in (1, 2, 3)]
    register_people(day)

    for event, sheet in QUARTERS:
        run_quarter(day, event, sheet, by_role)

    page = go(day, SeasonPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)
    before = season_cells(page, "P01")
    assert [before[h] for h in ("名次", "项目名称", "第一季度", "第二季度", "年度成绩", "奖项", "称号")] == [
        "1", "城东变电站扩建", "91.00", "90.50", "181.50", "一等奖", "工人先锋号"]
    page.table.setFocus()
    page.table.selectRow(page.codes.index("P01"))
    page.period.setCurrentIndex(page.period.findData("q2"))
    qtbot.mouseClick(page.reason, Qt.MouseButton.LeftButton)
    page.reason.insert(VETO)  # Chinese comes from the input method
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: season_cells(page, "P01")["一票否决"] != "", timeout=5000)
    p01, p02, p03 = (season_cells(page, c) for c in ("P01", "P02", "P03"))
    assert [p01[h] for h in ("名次", "年度成绩", "奖项", "称号")] == ["1", "181.50", "", ""]
    assert p01["一票否决"] == f"一票否决：安全事故（第二季度：{VETO}）"
    assert [p02[h] for h in ("名次", "年度成绩", "奖项", "称号")] == ["2", "172.00", "二等奖", "工人先锋号"]
    assert [p03[h] for h in ("名次", "年度成绩", "奖项", "称号")] == ["3", "164.50", "", ""]
    shot(window, f"season_day_page{SCALE}")

    monkeypatch.setattr(PrintPage, "open_preview", lambda self, path: None)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)  # 打印年度成绩表…
    printing = window.page(PrintPage)
    qtbot.waitUntil(lambda: printing.files.count() == 1, timeout=20000)
    text = compact("".join(page_texts(printing.out_dir / "2026年度四比一创-年度成绩表.pdf")))
    assert "公示稿" in text or "公示" in text
    assert f"1P01城东变电站扩建供电公司王伟91.0090.50181.50一票否决：安全事故（第二季度：{VETO}）" in text, text
    assert "2P02滨河路改造城建公司李娜82.5089.50172.00二等奖工人先锋号" in text, text
    assert "3P03污水处理厂二期水务集团张强83.0081.50164.50" in text, text
    printing.export_data("xlsx", tmp_path / "导出")
    wait_idle(window, qtbot)
    book = tmp_path / "导出" / "2026年度四比一创-年度成绩表.xlsx"
    qtbot.waitUntil(book.exists, timeout=10000)
    rows = [[c.value for c in row] for row in load_workbook(book).active.iter_rows(min_row=2)]
    assert [r[:5] for r in rows[:3]] == [[1, "P01", "城东变电站扩建", "供电公司", "王伟"],
                                        [2, "P02", "滨河路改造", "城建公司", "李娜"],
                                        [3, "P03", "污水处理厂二期", "水务集团", "张强"]]
    assert rows[1][5:10] == [82.5, 89.5, 172, "二等奖", "工人先锋号"]
    audit = ask_store(window, qtbot, lambda db: [(e.action, e.target, e.reason) for e in db.audit_log()
                                                 if e.action == "veto.add"])
    assert audit == [("veto.add", "y26/P01", VETO)]

    window.show_page(page)  # 荣誉证书…: one per season award and title, none for the vetoed P01
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: printing.certificate_dialog is not None and printing.certificate_dialog.isVisible(),
                    timeout=10000)
    dialog = printing.certificate_dialog
    assert dialog.export_button.isEnabled() and "2026年度四比一创" in dialog.windowTitle()
    shot(dialog, f"season_certificates{SCALE}")
    dialog.export(tmp_path / "证书")
    certificates = tmp_path / "证书" / "2026年度四比一创-荣誉证书.pdf"
    qtbot.waitUntil(certificates.exists, timeout=20000)
    wait_idle(window, qtbot)
    pages = [compact(t) for t in page_texts(certificates)]
    assert len(pages) == 2 and all("滨河路改造" in t and "城建公司" in t for t in pages), pages
    assert ["荣获二等奖" in pages[0], "荣获工人先锋号" in pages[1]] == [True, True]
    assert not any("城东变电站扩建" in t for t in pages)
