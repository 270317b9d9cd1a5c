"""Each contest kind's day in the desktop app alone (issue 15 "Done when"): 县工匠 (candidates and
votes), 五小 (teams), 献一策 (proposals by category) and 工人先锋号 (班组), from an empty contest
to the published 成绩汇总表, 获奖名单, Excel file and certificates, with keys and clicks only.

Each walk takes its worked chapter of docs/user-guide.md (same scheme, roster, people and paper
score sheets as the CLI walk of tests/docs/test_worked_examples.py). The app draws its own codes
(no seed is given in the app), so the chapter's codes are turned into the app's through the names:
chapter code → entry (its seeded draw) → the code the app drew (read from the store). The totals
and awards below are computed by hand from the chapter's values."""

from __future__ import annotations

import os

import pytest

from judge_app.gui.pages.votes_page import VotesPage
from judge_app.gui.qt import QApplication, QFileDialog, Qt
from tests.docs.test_worked_examples import SHEETS, pdf_text, xlsx_rows
from tests.docs.worked_examples import examples
from tests.gui.conftest import ask_store, shot, wait_idle
from tests.reports.builders import compact, page_texts
from tests.gui.day_walk import (
    Day,
    chapter_draw,
    chapter_people,
    click,
    create_contest,
    csv_rows,
    draw_first_lots,
    export_xlsx,
    give_reason,
    go,
    import_roster,
    import_scheme,
    lock_all,
    log_in,
    pick_event,
    print_pdf,
    publish,
    recheck,
    register_people,
    score_and_submit,
    unseal,
    write_scheme,
)

EXAMPLES = examples()
SCALE = "_150" if os.environ.get("QT_SCALE_FACTOR") == "1.5" else ""  # the screenshots' names
#: per kind: the chapter's roster file, its paper score sheets, and its vote counts (工匠 only)
FILES = {
    "craftsman": ("候选人.csv", "评审.csv", "投票.csv"),
    "wuxiao": ("五小名单.csv", "五小评分.csv", None),
    "proposals": ("建议汇总.csv", "建议评分.csv", None),
    "vanguard": ("推荐名单.csv", "考评.csv", None),
}
#: by hand, per entry (name or title): (the section scores and total as printed, award); e.g.
#: 五小 智能巡检小车: (38+28+27 + 37.5+27+26) / 2 = 91.75; 工匠 陈刚: 1200/1500×100 = 80 votes
#: × 30 % + (92+90)/2 = 91 × 70 % = 24 + 63.7 = 87.7
HAND = {
    "craftsman": {"陈刚": (("80.00", "91.00"), "87.70", "县工匠"), "蒋华": (("100.00", "81.00"), "86.70", "县工匠"),
                  "褚琳": (("53.33", "87.50"), "77.25", "县工匠提名奖"), "卫东": (("40.00", "85.50"), "71.85", "")},
    "wuxiao": {"智能巡检小车": ((), "91.75", "一等奖"), "节水冲洗阀": ((), "87.75", "二等奖"),
               "焊缝自动打磨装置": ((), "81.50", "三等奖")},
    "proposals": {"工单一次办结": ((), "89.00", "金点子"), "备件条码管理": ((), "83.00", "优秀建议"),
                  "变压器余热回收": ((), "92.50", "金点子"), "空压机群控节电": ((), "76.50", "优秀建议")},
    "vanguard": {"变电运维一班": ((), "91.00", "工人先锋号"), "焊接攻关班": ((), "87.50", "工人先锋号"),
                 "数控车间甲班": ((), "78.00", "")},
}
#: what the sheets show of an entry, in their column order: 候选人 姓名 工种 单位; 团队名称 成员 单位;
#: 建议名称 建议人 (proposer first) 单位 建议类别; 班组 所属单位 负责人
WHAT = {
    "craftsman": lambda e: [e.name, e.category, e.unit],
    "wuxiao": lambda e: [e.title, "、".join(e.members), e.unit],
    "proposals": lambda e: [e.title, "、".join((e.name, *e.members)), e.unit, e.category],
    "vanguard": lambda e: [e.title, e.unit, e.name],
}
#: the roster's columns as the wizard imports them (the candidates' 工种 is their trade, 类别)
COLUMNS = {
    "craftsman": ["name", "category", "unit"],
    "wuxiao": ["event", "title", "members", "unit"],
    "proposals": ["name", "category", "title", "members", "unit"],
    "vanguard": ["title", "unit", "name"],
}
#: 工匠: 100 of 褚琳's 900 votes are rigged (the chapter voids them with this reason)
RIGGED = ("褚琳", 100, "同一设备重复投票（刷票）")


def label(entry) -> str:
    """What the chapter's draw prints for an entry: its title (team, project, proposal) or name."""
    return entry.title or entry.name


def enter_votes(day: Day, votes: dict[str, int], monkeypatch, tmp_path) -> None:
    """公众投票 (the scorer): the first candidate's count typed in its cell, the others imported
    from a file, then the rigged votes voided with the reason."""
    qtbot = day.qtbot
    page = go(day, VotesPage)
    pick_event(day, page.events)
    table = page.table
    qtbot.waitUntil(lambda: table.rowCount() == len(votes))
    row_of = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    first, *rest = sorted(votes)
    table.setFocus()
    table.setCurrentCell(row_of[first], 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), str(votes[first]))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row_of[first], 3).text() == str(votes[first]), timeout=5000)
    counts = tmp_path / "票数.csv"
    counts.write_text("编号,票数\n" + "".join(f"{code},{votes[code]}\n" for code in rest), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(counts), "")))
    click(qtbot, page.import_button)
    wait_idle(day.window, qtbot)
    qtbot.waitUntil(lambda: all(table.item(row_of[c], 1).text() == str(votes[c]) for c in votes), timeout=5000)


def void_votes(day: Day, code: str, count: int, reason: str) -> None:
    qtbot, page = day.qtbot, day.window.page(VotesPage)
    table = page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)
    table.selectRow(row)
    page.void_count.selectAll()
    qtbot.keyClicks(page.void_count, str(count))
    click(qtbot, page.void_button)
    give_reason(qtbot, reason)
    wait_idle(day.window, qtbot)
    qtbot.waitUntil(lambda: table.item(row, 2).text() == str(count), timeout=5000)


def walk(kind: str, window, qtbot, tmp_path, monkeypatch) -> dict:
    """The chapter's day in the app; what it printed and the app's codes of the entries."""
    example = EXAMPLES[kind]
    roster_name, scores_name, votes_name = FILES[kind]
    scheme_path, scheme = write_scheme(tmp_path, example)
    people = chapter_people(example)
    day = Day(window, qtbot, people, scheme["events"][0]["id"])
    by_role = {p.role.value: p.id for p in people}
    window.resize(1366, 768)
    if kind == "vanguard":  # the scheme imported after the contest exists, as an organiser may
        create_contest(day, tmp_path, scheme["contest"]["name"], None)
        assert "1 个赛项" in import_scheme(day, scheme_path, monkeypatch)
    else:
        create_contest(day, tmp_path, scheme["contest"]["name"], scheme_path)
    roster = tmp_path / "roster.csv"  # its path is typed
    roster.write_text(example.files[roster_name], encoding="utf-8")
    columns = import_roster(day, roster, f"kinds_{kind}_wizard{SCALE}")
    assert columns == COLUMNS[kind]  # what the wizard's preview says each column is imported as
    register_people(day)

    log_in(day, by_role["secretary"])
    drawn = draw_first_lots(day)
    code_of = {label(entry): code for code, entry in drawn.items()}
    app_code = {code: code_of[name] for code, name in chapter_draw(example).items()}  # chapter's → app's

    if votes_name:
        log_in(day, by_role["scorer"])
        enter_votes(day, {app_code[r["编号"]]: int(r["票数"]) for r in csv_rows(example.files[votes_name])},
                    monkeypatch, tmp_path)
        name, count, reason = RIGGED
        void_votes(day, code_of[name], count, reason)
        shot(window, f"kinds_{kind}_votes{SCALE}")
    sheets = [dict(r, 编号=app_code[r["编号"]]) for r in csv_rows(example.files[scores_name])]
    for judge in sorted({r["裁判"] for r in sheets}):
        log_in(day, judge)
        score_and_submit(day, judge, {(r["编号"], r["评分项"]): r["分数"] for r in sheets if r["裁判"] == judge})
    stored = ask_store(window, qtbot, lambda db: {(s.code, s.criterion, s.judge): str(s.value) for s in db.scores(day.event)})
    assert stored == {(r["编号"], r["评分项"], r["裁判"]): r["分数"] for r in sheets}

    log_in(day, by_role["chief"])
    lock_all(day)
    recheck(day, {(r["编号"], r["评分项"], r["裁判"]): r["分数"] for r in sheets})
    log_in(day, by_role["secretary"])
    unseal(day, "评审结束")
    log_in(day, by_role["organiser"])
    publish(day)
    from judge_app.gui.pages.ranking_page import RankingPage

    go(day, RankingPage)
    shot(window, f"kinds_{kind}_ranking{SCALE}")
    results = print_pdf(day, "成绩汇总表")
    awards = print_pdf(day, "获奖名单", f"kinds_{kind}_awards{SCALE}")
    certificates = print_pdf(day, "荣誉证书")
    xlsx = export_xlsx(day, tmp_path / "导出", monkeypatch)
    return {"results": results, "awards": awards, "certificates": certificates, "xlsx": xlsx, "codes": code_of,
            "drawn": drawn}


def check_sheets(kind: str, printed: dict) -> None:
    """The hand-computed totals and awards, and what each entry is, on the PDFs and in the xlsx."""
    results, awards = pdf_text(printed["results"]), pdf_text(printed["awards"])
    rows = xlsx_rows(printed["xlsx"])
    assert "公示稿" in results
    for name, (sections, total, award) in HAND[kind].items():
        code = printed["codes"][name]
        entry = printed["drawn"][code]
        what = [code, *WHAT[kind](entry)]
        line = " ".join([*what, *(sections or (total,)), total, award]).strip()  # one section: its score is the total
        assert line in results, (line, results)
        assert any(all(cell in row for cell in [*what, total.rstrip("0").rstrip("."), award] if cell)
                   for row in rows), (name, rows)
    pages = [compact(t) for t in page_texts(printed["certificates"])]
    winners = {name: award for name, (_s, _t, award) in HAND[kind].items() if award}
    assert len(pages) == len(winners)  # one certificate per winner
    for name, award in winners.items():  # the entry's name (title), its members, unit and award on its certificate
        entry = printed["drawn"][printed["codes"][name]]
        shown = [name, award, entry.unit, *entry.members]
        assert any(all(part in page for part in shown) for page in pages), (shown, pages)
    if kind == "craftsman":  # the voided votes and their reason in 备注
        text = compact("".join(page_texts(printed["results"])))  # in drawing order: the wrapped cell whole
        assert f"公众投票得票900，作废100：{RIGGED[2]}" in text, text
    for line in SHEETS[kind][0]:  # the chapter's 获奖名单: award, rank, title, members, unit (, category)
        assert " ".join(line) in awards, (line, awards)


@pytest.mark.parametrize("kind", ["craftsman", "wuxiao", "proposals", "vanguard"])
def test_a_kind_of_contest_runs_its_day_in_the_app(kind, window, qtbot, tmp_path, monkeypatch):
    printed = walk(kind, window, qtbot, tmp_path, monkeypatch)
    check_sheets(kind, printed)
