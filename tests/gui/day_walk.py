"""Steps of a contest day in the desktop app, with keys and clicks only (issue 15 and 16 "Done
when"): each step is what one person does on one page; the store is only read, to check what
the clicks did. ``Day`` holds the window and the secrets typed (PINs and passphrases by person).

A worked chapter of docs/user-guide.md gives the day its files and people (:func:`day_of`): the
scheme, the roster, the paper score sheets and the people the chapter registers with
``judges add``, so the walk in the app uses the same scheme, roster and values as the CLI walk."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from judge_app.core.people import Role
from judge_app.gui.dialogs import ReasonDialog
from judge_app.gui.login import LoginDialog
from judge_app.gui.new_contest_dialog import NewContestDialog
from judge_app.gui.passphrase_dialog import PassphraseDialog
from judge_app.gui.qt import QApplication, QFileDialog, QMessageBox, Qt
from tests.docs.worked_examples import Example
from tests.gui.conftest import ask_store, shot, show_active, wait_idle
from tests.gui.test_score_grid import goto, type_into


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: Role
    secret: str  # the PIN or passphrase typed at the login


@dataclass
class Day:
    """The window a day runs on, its people (the organiser first) and the contest's event."""

    window: object
    qtbot: object
    people: tuple[Person, ...]
    event: str = ""
    secrets: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.secrets = {p.id: p.secret for p in self.people}


# --- reading a worked chapter ----------------------------------------------------------------


def chapter_people(example: Example) -> tuple[Person, ...]:
    """The people a chapter registers with ``judge-app judges add FILE ID NAME [--role R] --new-pin P``."""
    found = []
    for step in example.steps:
        args = step.args
        if args[1:3] == ["judges", "add"]:
            role = args[args.index("--role") + 1] if "--role" in args else "裁判"
            found.append(Person(args[4], args[5], Role.parse(role), args[args.index("--new-pin") + 1]))
    return tuple(found)


def chapter_draw(example: Example) -> dict[str, str]:
    """The chapter's seeded first draw, printed as ``序 名称 单位 检录号``: its code → the entry's name."""
    step = next(s for s in example.steps if " draw " in s.line and "--stage 1" in s.line)
    return {line.split()[-1]: line.split()[1] for line in step.expected if line.split()[0].isdigit()}


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --- small moves -----------------------------------------------------------------------------


def visible(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def wait_for(qtbot, cls, timeout: int = 10000):
    qtbot.waitUntil(lambda: visible(cls) is not None, timeout=timeout)
    return visible(cls)


def click(qtbot, button) -> None:
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def go(day: Day, cls):
    """Click the page's name in the list on the left."""
    window, qtbot = day.window, day.qtbot
    page = window.page(cls)
    nav = window.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text() == page.page_title())
    assert not nav.item(row).isHidden(), page.page_title()
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    assert window.stack.currentWidget() is page
    wait_idle(window, qtbot)
    return page


def answer(qtbot, name: str = "confirmBox") -> str:
    """Click the default button of the message box shown (a confirmation or a notice); its text."""
    box = wait_for(qtbot, QMessageBox)
    assert box.objectName() == name, box.text()
    text = box.text()
    click(qtbot, box.defaultButton() or box.buttons()[0])
    return text


def type_passphrase(qtbot, secret: str, *, twice: bool = False) -> None:
    dialog = wait_for(qtbot, PassphraseDialog)
    qtbot.keyClicks(dialog.edit, secret)
    if twice:
        qtbot.keyClicks(dialog.again, secret)
    click(qtbot, dialog.ok)


def give_reason(qtbot, text: str) -> None:
    dialog = wait_for(qtbot, ReasonDialog)
    dialog.edit.insertPlainText(text)  # what the input method commits
    click(qtbot, dialog.ok)


def pick_event(day: Day, combo) -> None:
    combo.setCurrentIndex(combo.findData(day.event))
    wait_idle(day.window, day.qtbot)


# --- the day's steps -------------------------------------------------------------------------


def log_in(day: Day, person: str) -> None:
    """Ctrl+L, pick the person, type the secret, Enter."""
    window, qtbot = day.window, day.qtbot
    show_active(window, qtbot)  # the offscreen platform does not hand activation back after a dialog
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for(qtbot, LoginDialog)
    assert window.controller.session is None  # the previous person is logged out first
    _type_login(day, dialog, person)


def _type_login(day: Day, dialog, person: str) -> None:
    window, qtbot = day.window, day.qtbot
    dialog.people.setFocus()
    dialog.people.setCurrentIndex(dialog.people.findData(person))
    qtbot.keyClicks(dialog.pin, day.secrets[person])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.session is not None and window.controller.session.id == person)
    wait_idle(window, qtbot)
    show_active(window, qtbot)


def create_contest(day: Day, tmp_path: Path, name: str, scheme: Path | None) -> Path:
    """新建比赛 on the welcome screen: name, organiser, file and the scheme file (if any) typed in."""
    window, qtbot = day.window, day.qtbot
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = wait_for(qtbot, NewContestDialog)
    dialog.name.insert(name)  # Chinese comes from the input method
    dialog.organiser.insert("县总工会")
    path = tmp_path / "contest.judge"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(path))
    if scheme is not None:
        qtbot.keyClicks(dialog.scheme, str(scheme))
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=20000)
    wait_idle(window, qtbot)
    return path


def import_scheme(day: Day, scheme: Path, monkeypatch) -> str:
    """评分标准 → 导入评分标准 (Ctrl+I), the file chosen in the open dialog; the notice shown."""
    from judge_app.gui.pages.scheme_page import SchemePage

    go(day, SchemePage)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scheme), "")))
    show_active(day.window, day.qtbot)  # the offscreen platform does not hand activation back after a dialog
    day.qtbot.keyClick(day.window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    text = answer(day.qtbot, "infoBox")
    wait_idle(day.window, day.qtbot)
    return text


def import_roster(day: Day, roster: Path, look: str = "") -> list[str]:
    """名单 → 导入名单…: the file typed in, 下一步：预览, 全部导入 (the preview grabbed as ``look``);
    what the preview said each column is imported as."""
    from judge_app.gui.pages.roster_page import RosterPage

    window, qtbot = day.window, day.qtbot
    page = go(day, RosterPage)
    click(qtbot, page.import_button)
    wizard = page.wizard
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClicks(wizard.path_edit, str(roster))
    if look:
        shot(wizard, look + "_file")
    click(qtbot, wizard.next)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=15000)
    if look:
        shot(wizard, look)
    columns = [wizard.preview.cellWidget(0, c).currentData() for c in range(wizard.preview.columnCount())]
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=15000)
    wait_idle(window, qtbot)
    return columns


def register_people(day: Day) -> None:
    """人员: the organiser first (then everyone logs in: the organiser does, and registers the rest)."""
    from judge_app.gui.pages.people_page import PeoplePage

    window, qtbot = day.window, day.qtbot
    for n, person in enumerate(day.people):
        page = go(day, PeoplePage)
        page.role.setCurrentIndex(page.role.findData(person.role.value))
        for edit in (page.judge_id, page.pin):
            edit.clear()
        qtbot.keyClicks(page.judge_id, person.id)
        page.judge_name.setText(person.name)  # from the input method
        qtbot.keyClicks(page.pin, person.secret)
        click(qtbot, page.save_person)
        wait_idle(window, qtbot)
        if n == 0:  # from now on everyone logs in, the organiser too
            _type_login(day, wait_for(qtbot, LoginDialog), person.id)
    judges = ask_store(window, qtbot, lambda db: [(j.id, j.role) for j in db.judges()])
    assert sorted(judges) == sorted((p.id, p.role) for p in day.people)


def draw_first_lots(day: Day) -> dict[str, str]:
    """抽签 → 第一次抽签（检录号）; the codes drawn, read back from the store: code → entry."""
    from judge_app.gui.pages.lots_page import LotsPage

    window, qtbot = day.window, day.qtbot
    page = go(day, LotsPage)
    pick_event(day, page.events)
    click(qtbot, page.stage1)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: len(page.records) == 1)
    return ask_store(window, qtbot, lambda db: {e.code: e for e in db.entries(day.event)})


def score_and_submit(day: Day, judge: str, values: dict[tuple[str, str], str]) -> None:
    """评分: the judge's ``values`` ((code, criterion) → text) typed in the grid, each section submitted."""
    from judge_app.gui.pages.scoring_page import ScoringPage

    window, qtbot = day.window, day.qtbot
    page = go(day, ScoringPage)
    pick_event(day, page.events)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    rows = page.model.rowCount()
    for (code, criterion), value in values.items():
        goto(page, code, criterion)
        type_into(qtbot, page, value)
    wait_idle(window, qtbot)
    for name in [b.objectName() for b in page._submit_buttons]:  # rebuilt after each submission
        click(qtbot, next(b for b in page._submit_buttons if b.objectName() == name))
        wait_idle(window, qtbot)
        answer(qtbot)  # 提交评分？
        wait_idle(window, qtbot)
        assert "已提交" in answer(qtbot, "infoBox")
        wait_idle(window, qtbot)
        qtbot.waitUntil(lambda: page.model.rowCount() == rows)


def lock_all(day: Day) -> None:
    """审核与锁定: each section selected and locked (confirmed)."""
    from judge_app.gui.pages.review_page import ReviewPage

    window, qtbot = day.window, day.qtbot
    page = go(day, ReviewPage)
    pick_event(day, page.events)
    table = page.sections
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    for row in range(table.rowCount()):
        table.selectRow(row)
        click(qtbot, page.lock_button)
        answer(qtbot)
        wait_idle(window, qtbot)
    states = ask_store(window, qtbot, lambda db: {db.section_state(day.event, s.id)
                                                  for s in window.controller.snapshot.event(day.event).sections})
    assert states == {"locked"}, states


def recheck(day: Day, typed: dict[tuple[str, str, str], str]) -> None:
    """解密前核查: the recheck drawn, every listed value typed again from the paper sheets, blind;
    ``typed`` is (code, criterion, judge) → the value on paper."""
    from judge_app.gui.pages.checks_page import ChecksPage

    window, qtbot = day.window, day.qtbot
    page = go(day, ChecksPage)
    pick_event(day, page.events)
    click(qtbot, page.draw_button)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.recheck is not None and page.recheck_table.rowCount() > 0)
    for _ in range(page.recheck_table.rowCount()):
        item = page.recheck.items[page.recheck_table.currentRow()]  # the next one to check
        assert not item.outcome
        qtbot.keyClicks(page.value_edit, typed[(item.code, item.criterion, item.judge)])
        qtbot.keyClick(page.value_edit, Qt.Key.Key_Return)
        wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.recheck.finished)
    assert page.verdict_label.text().endswith("复核完成")


def unseal(day: Day, reason: str) -> None:
    """审核与锁定 → 解密 with the reason (one draw: no passphrase asked)."""
    from judge_app.gui.pages.review_page import ReviewPage

    window, qtbot = day.window, day.qtbot
    page = go(day, ReviewPage)
    pick_event(day, page.events)
    click(qtbot, page.unseal_button)
    give_reason(qtbot, reason)
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.is_unsealed(day.event))


def publish(day: Day) -> None:
    from judge_app.gui.pages.review_page import ReviewPage

    window, qtbot = day.window, day.qtbot
    page = go(day, ReviewPage)
    pick_event(day, page.events)
    click(qtbot, page.publish_button)
    answer(qtbot)
    wait_idle(window, qtbot)
    assert ask_store(window, qtbot, lambda db: db.publication_state(day.event)) == "published"


def print_pdf(day: Day, title: str, look: str = "") -> Path:
    """打印/导出: the event and the report ``title`` picked, 生成并预览 PDF; the PDF previewed
    (grabbed as ``look`` when given)."""
    from judge_app.gui.pages.print_page import PrintPage

    window, qtbot = day.window, day.qtbot
    page = go(day, PrintPage)
    pick_event(day, page.events)
    row = next(r for r in range(page.kinds.count()) if page.kinds.item(r).text() == title)
    page.kinds.setCurrentRow(row)
    click(qtbot, page.pdf_button)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20000)
    path = page.preview.path
    if look:
        shot(page.preview, look)
    page.preview.close()  # it deletes itself
    page.preview = None  # (the branch gui-walk has the page forget it on its own)
    return path


def export_xlsx(day: Day, folder: Path, monkeypatch) -> Path:
    """打印/导出 → 导出 Excel… into ``folder`` (the folder dialog answered); the 成绩汇总表 workbook."""
    from judge_app.gui.pages.print_page import PrintPage

    window, qtbot = day.window, day.qtbot
    page = go(day, PrintPage)
    pick_event(day, page.events)
    page.kinds.setCurrentRow(0)  # 成绩汇总表
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    click(qtbot, page.export_buttons["xlsx"])
    qtbot.waitUntil(lambda: any(folder.glob("*.xlsx")), timeout=20000)
    wait_idle(window, qtbot)
    return next(folder.glob("*.xlsx"))


def write_scheme(tmp_path: Path, example: Example) -> tuple[Path, dict]:
    """The chapter's scheme file written; (its path, the scheme)."""
    text = next(t for n, t in example.files.items() if n.endswith(".json"))
    path = tmp_path / "scheme.json"  # keys typed are ASCII: Chinese comes from the input method
    path.write_text(text, encoding="utf-8")
    return path, json.loads(text)
