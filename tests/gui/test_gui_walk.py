"""The whole day in the desktop app alone (issue 16, "Done when"): from an empty contest to the
printed 成绩汇总表, each role in turn on one window, with keys and clicks only: no CLI and no
store call for an action (the store is only read, to check what the clicks did).

新建比赛 (the scheme given in the dialog) → the organiser imports the roster with the wizard and
registers people (the organiser first) → the secretary draws both lots (the second with her
passphrase) → two judges log in (Ctrl+L), type their scores and submit → the chief judge sets the
seal passphrase, reviews and locks → the secretary rechecks (typing the values blind) and unseals
→ the organiser publishes and prints the 成绩汇总表, whose names, totals and awards are checked
against the ones computed by hand below."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from judge_app.app.contest_file import load_contest
from judge_app.gui.login import LoginDialog
from judge_app.gui.new_contest_dialog import NewContestDialog
from judge_app.gui.pages.checks_page import ChecksPage
from judge_app.gui.pages.lots_page import LotsPage
from judge_app.gui.pages.people_page import PeoplePage
from judge_app.gui.pages.print_page import PrintPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.pages.roster_page import RosterPage
from judge_app.gui.qt import Qt
from tests.gui.conftest import ask_store, shot, show_active, switch_user, wait_idle
from tests.gui.day_walk import answer, click, give_reason, type_passphrase, visible, wait_for
from tests.gui.organiser_fixtures import scheme
from tests.gui.test_score_grid import goto, type_into
from tests.io.helpers import make_id, write_xlsx
from tests.reports.builders import compact, page_texts

#: 电工 of organiser_fixtures alone, no panels: 理论知识 30 % (T1, J1 alone), 实际操作 70 % (P1 max 60 +
#: P2 max 40, mean of J1 and J2); three awards of one each
SCHEME = scheme()
SCHEME["events"] = SCHEME["events"][:1]
SCHEME["events"][0]["tie_breaks"] = ["section:practical"]
for _section in SCHEME["events"][0]["sections"]:
    _section["judges"] = []  # the panels are ticked on the 裁判与评分组 page
PANELS = {"theory": ("J1",), "practical": ("J1", "J2")}
SCHEME["events"][0]["awards"] = {"tiers": [{"name": name, "count": 1} for name in ("一等奖", "二等奖", "三等奖")]}
ROSTER = (("李建国", "男", "县供电公司"), ("王海燕", "女", "县人民医院"),
          ("张浩然", "男", "县建筑公司"), ("赵子涵", "女", "县交通运输局"))
#: (id, name, role as the people page lists it, passphrase or PIN); the organiser first
PEOPLE = (("A1", "钱管理", "organiser", "guan-li-yuan-1"), ("C1", "赵裁判长", "chief", "cai-pan-zhang-1"),
          ("S1", "孙加密", "secretary", "jia-mi-yuan-01"), ("J1", "王评一", "judge", "1111"),
          ("J2", "李评二", "judge", "2222"))
SECRET = {p[0]: p[3] for p in PEOPLE}
CODE_KEY = "erci-jiami-2026"  # the secretary's passphrase for the second draw
SEAL = "tiemian-wusi-2026"  # the chief judge's seal passphrase
#: station code → the values typed: T1 by J1; P1 and P2 by J1 and J2
SCORES = {
    "A01": {("T1", "J1"): "90", ("P1", "J1"): "55", ("P1", "J2"): "53", ("P2", "J1"): "38", ("P2", "J2"): "36"},
    "A02": {("T1", "J1"): "80", ("P1", "J1"): "50", ("P1", "J2"): "48", ("P2", "J1"): "35", ("P2", "J2"): "35"},
    "A03": {("T1", "J1"): "70", ("P1", "J1"): "45", ("P1", "J2"): "46", ("P2", "J1"): "30", ("P2", "J2"): "31"},
    "A04": {("T1", "J1"): "60", ("P1", "J1"): "40", ("P1", "J2"): "41", ("P2", "J1"): "28", ("P2", "J2"): "29"},
}
#: by hand: 0.3 × T1 + 0.7 × (mean P1 + mean P2), e.g. A01 27 + 0.7 × (54 + 37) = 90.70
TOTALS = {"A01": "90.70", "A02": "82.80", "A03": "74.20", "A04": "66.30"}
THEORY = {"A01": "90.00", "A02": "80.00", "A03": "70.00", "A04": "60.00"}  # T1 as typed
PRACTICAL = {"A01": "91.00", "A02": "84.00", "A03": "76.00", "A04": "69.00"}  # mean P1 + mean P2
AWARDS = {"A01": "一等奖", "A02": "二等奖", "A03": "三等奖"}  # A04: none


def go(window, qtbot, cls):
    """Click the page's name in the list on the left."""
    page = window.page(cls)
    nav = window.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text() == page.page_title())
    assert not nav.item(row).isHidden(), page.page_title()
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    assert window.stack.currentWidget() is page
    wait_idle(window, qtbot)
    return page


def log_in(window, qtbot, person: str) -> None:
    switch_user(window, qtbot, person, SECRET[person])


def create_contest(window, qtbot, tmp_path: Path) -> Path:
    scheme_file = tmp_path / "scheme.json"
    scheme_file.write_text(json.dumps(SCHEME, ensure_ascii=False), encoding="utf-8")
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = wait_for(qtbot, NewContestDialog)
    dialog.name.insert("县职工技能大赛")  # Chinese comes from the input method
    dialog.organiser.insert("县总工会")
    path = tmp_path / "county-2026.judge"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.keyClicks(dialog.scheme, str(scheme_file))
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=20000)
    wait_idle(window, qtbot)
    return path


def import_roster(window, qtbot, tmp_path: Path) -> None:
    roster = write_xlsx(tmp_path / "roster.xlsx", [["姓名", "性别", "身份证号", "单位", "赛项"]] + [
        [name, gender, make_id(i, male=gender == "男"), unit, "电工"] for i, (name, gender, unit) in enumerate(ROSTER)])
    page = go(window, qtbot, RosterPage)
    click(qtbot, page.import_button)
    wizard = page.wizard
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClicks(wizard.path_edit, str(roster))
    click(qtbot, wizard.next)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=15000)
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=15000)
    wait_idle(window, qtbot)
    if wizard.isVisible():
        wizard.close()


def register_people(window, qtbot) -> None:
    """The organiser first (then everyone logs in: the organiser does, and registers the rest)."""
    for n, (person, name, role, secret) in enumerate(PEOPLE):
        page = go(window, qtbot, PeoplePage)
        page.role.setCurrentIndex(page.role.findData(role))
        for field in (page.judge_id, page.pin):
            field.clear()
        qtbot.keyClicks(page.judge_id, person)
        page.judge_name.setText(name)  # from the input method
        qtbot.keyClicks(page.pin, secret)
        click(qtbot, page.save_person)
        wait_idle(window, qtbot)
        if n == 0:  # from now on everyone logs in, the organiser too
            dialog = wait_for(qtbot, LoginDialog)
            dialog.people.setCurrentIndex(dialog.people.findData(person))
            qtbot.keyClicks(dialog.pin, secret)
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: window.controller.session is not None)
            wait_idle(window, qtbot)
            show_active(window, qtbot)
    judges = ask_store(window, qtbot, lambda db: [(j.id, j.role.value) for j in db.judges()])
    assert sorted(judges) == sorted((p[0], p[2]) for p in PEOPLE)


def assign_panels(window, qtbot) -> None:
    """Tick the judges of each section (a click on the name, the space bar), then 保存评分组."""
    page = go(window, qtbot, PeoplePage)
    for section, judges in PANELS.items():
        page.sections.setCurrentIndex(page.sections.findData(section))
        for row in range(page.panel.count()):
            item = page.panel.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in judges:
                qtbot.mouseClick(page.panel.viewport(), Qt.MouseButton.LeftButton,
                                 pos=page.panel.visualItemRect(item).center())
                if item.checkState() != Qt.CheckState.Checked:
                    qtbot.keyClick(page.panel, Qt.Key.Key_Space)
        click(qtbot, page.save_panel)
        wait_idle(window, qtbot)
    panels = ask_store(window, qtbot, lambda db: {s.id: s.judges for s in load_contest(db).event("电工").sections})
    assert panels == PANELS


def draw_lots(window, qtbot) -> None:
    page = go(window, qtbot, LotsPage)
    click(qtbot, page.stage1)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 1)
    click(qtbot, page.stage2)
    type_passphrase(qtbot, CODE_KEY, twice=True)
    assert "恢复码" in answer(qtbot, "infoBox")  # for the sealed envelope
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 2)
    codes = ask_store(window, qtbot, lambda db: sorted(e.code for e in db.entries("电工")))
    assert codes == sorted(SCORES)


def score_and_submit(window, qtbot, judge: str) -> None:
    from judge_app.gui.pages.scoring_page import ScoringPage

    page = go(window, qtbot, ScoringPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(SCORES))
    for code, values in SCORES.items():
        for (criterion, who), value in values.items():
            if who == judge:
                goto(page, code, criterion)
                type_into(qtbot, page, value)
    wait_idle(window, qtbot)
    sections = [b.objectName() for b in page._submit_buttons]  # rebuilt after each submission
    assert sections == (["submit_theory", "submit_practical"] if judge == "J1" else ["submit_practical"])
    for name in sections:
        click(qtbot, next(b for b in page._submit_buttons if b.objectName() == name))
        wait_idle(window, qtbot)
        answer(qtbot)  # 提交评分？
        wait_idle(window, qtbot)
        assert "已提交" in answer(qtbot, "infoBox")
        wait_idle(window, qtbot)
        qtbot.waitUntil(lambda: page.model.rowCount() == len(SCORES))
    submitted = ask_store(window, qtbot, lambda db: {s: db.submission_state("电工", s, judge) for s in ("theory", "practical")})
    assert [s for s, state in submitted.items() if state == "submitted"] == [n.split("_", 1)[1] for n in sections]
    shot(window, f"walk_{judge}_submitted")


def set_seal(window, qtbot) -> None:
    """账户 → 设置封印口令… by the keys (Alt+A, S), the new passphrase typed twice."""
    assert window.seal_action.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.account_menu.isVisible)
    qtbot.keyClick(window.account_menu, Qt.Key.Key_S)
    type_passphrase(qtbot, SEAL, twice=True)
    assert "封印口令已设置" in answer(qtbot, "infoBox")
    assert ask_store(window, qtbot, lambda db: db.seal_passphrase_set())


def lock_all(window, qtbot) -> None:
    page = go(window, qtbot, ReviewPage)
    table = page.sections
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    for row, asked in ((0, True), (1, False)):  # the seal passphrase once per session
        table.selectRow(row)
        click(qtbot, page.lock_button)
        answer(qtbot)
        if asked:
            type_passphrase(qtbot, SEAL)
        wait_idle(window, qtbot)
    shot(window, "walk_chief_locked")


def recheck(window, qtbot) -> None:
    """Every listed value typed again from the paper sheets, blind."""
    page = go(window, qtbot, ChecksPage)
    click(qtbot, page.draw_button)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.recheck is not None and page.recheck_table.rowCount() > 0)
    for _ in range(page.recheck_table.rowCount()):
        item = page.recheck.items[page.recheck_table.currentRow()]  # the next one to check
        assert not item.outcome
        qtbot.keyClicks(page.value_edit, SCORES[item.code][(item.criterion, item.judge)])
        qtbot.keyClick(page.value_edit, Qt.Key.Key_Return)
        wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.recheck.finished)
    assert page.verdict_label.text().endswith("复核完成")


def unseal(window, qtbot) -> None:
    page = go(window, qtbot, ReviewPage)
    click(qtbot, page.unseal_button)
    give_reason(qtbot, "全部模块已锁定，复核完成")
    type_passphrase(qtbot, CODE_KEY)
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.is_unsealed("电工"))


def publish_and_print(window, qtbot) -> Path:
    page = go(window, qtbot, ReviewPage)
    click(qtbot, page.publish_button)
    answer(qtbot)
    type_passphrase(qtbot, SEAL)  # the chief judge types it at the organiser's laptop
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.publication_state("电工")) == "published"
    page = go(window, qtbot, PrintPage)
    page.events.setCurrentIndex(page.events.findText("电工"))
    page.kinds.setCurrentRow(0)
    assert page.kinds.currentItem().text() == "成绩汇总表"
    click(qtbot, page.pdf_button)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20000)
    path = page.preview.path
    page.preview.close()
    return path


def test_the_whole_day_in_the_app_alone(window, qtbot, tmp_path):
    window.resize(1366, 768)
    create_contest(window, qtbot, tmp_path)
    import_roster(window, qtbot, tmp_path)
    register_people(window, qtbot)
    assign_panels(window, qtbot)
    assert not window.seal_action.isVisible()  # the organiser never holds the seal passphrase
    log_in(window, qtbot, "C1")
    set_seal(window, qtbot)
    log_in(window, qtbot, "S1")
    draw_lots(window, qtbot)
    for judge in ("J1", "J2"):
        log_in(window, qtbot, judge)
        score_and_submit(window, qtbot, judge)
    stored = ask_store(window, qtbot, lambda db: {(s.code, s.criterion, s.judge): s.value for s in db.scores("电工")})
    assert stored == {(code, c, j): Decimal(v) for code, values in SCORES.items() for (c, j), v in values.items()}
    log_in(window, qtbot, "C1")
    lock_all(window, qtbot)  # a new session: asked for the seal passphrase once
    log_in(window, qtbot, "S1")
    recheck(window, qtbot)
    unseal(window, qtbot)
    log_in(window, qtbot, "A1")
    pdf = publish_and_print(window, qtbot)

    names = ask_store(window, qtbot, lambda db: {e.code: e.name for e in db.entries("电工")})
    assert sorted(names.values()) == sorted(p[0] for p in ROSTER)  # each drawn a station code
    seals = ask_store(window, qtbot, lambda db: [(s.kind, s.target) for s in db.seals()])
    assert seals[:2] == [("lock", "电工/theory"), ("lock", "电工/practical")] and len(seals) == 3, seals
    unit = {name: unit for name, _gender, unit in ROSTER}
    text = compact("".join(page_texts(pdf)))
    assert "成绩汇总表" in text and "公示稿" in text
    rows = [f"{rank}{code}{names[code]}{unit[names[code]]}{THEORY[code]}{PRACTICAL[code]}{TOTALS[code]}"
            f"{AWARDS.get(code, '')}" for rank, code in enumerate(sorted(TOTALS, key=lambda c: -Decimal(TOTALS[c])), 1)]
    table = text[text.index("备注") + 2:text.index("说明")]  # the rows between the header and the notes
    assert table == "".join(rows)
