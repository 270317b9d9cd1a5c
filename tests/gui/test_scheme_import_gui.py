"""导入评分标准 after the contest exists, in the desktop app alone (issue 16 item 6): File → 导入评分标准…
(Ctrl+I) or the scheme page's button reads an xlsx template or a JSON file through the same
application function as ``judge-app scheme import``, with its checks and messages; a scheme that
would drop criteria already scored is refused as the CLI refuses it. 添加赛项… and 修改组别… store
through the functions of ``judge-app event add`` / ``event groups``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from judge_app.app.contest_file import read_scheme_file
from judge_app.cli.main import main as cli
from judge_app.core.entries import Entry
from judge_app.core.errors import JudgeAppError
from judge_app.core.scheme_json import contest_from_dict
from judge_app.gui.event_dialog import EventDialog
from judge_app.gui.labels import in_ui_language
from judge_app.gui.pages.scheme_page import SchemePage
from judge_app.gui.qt import QApplication, QFileDialog, QMessageBox, Qt
from judge_app.io.scheme_xlsx import write_scheme_xlsx
from judge_app.store import ContestDB
from tests.gui.conftest import ask_store, open_as, shot, show_active, wait_idle
from tests.store.sample import ORGANISER_PASS, register_organiser

from .organiser_fixtures import make_contest, scheme


def _box(qtbot, name: str) -> QMessageBox:
    def found():
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == name), None)
    qtbot.waitUntil(lambda: found() is not None, timeout=10000)
    return found()


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _cli_message(tmp_path: Path, file: Path) -> str:
    """What ``judge-app scheme import`` says about ``file`` (its one error line), into a contest
    file of its own (the app holds the other)."""
    contest = tmp_path / "命令行.judge"
    with ContestDB.create(contest, actor="测试", name="命令行") as db:
        register_organiser(db)
    result = CliRunner().invoke(cli, ["scheme", "import", str(contest), str(file), "--as", "O0", "--pin", ORGANISER_PASS])
    assert result.exit_code != 0
    return result.output


def test_the_organiser_imports_a_scheme_into_a_contest_made_without_one(window, qtbot, tmp_path, monkeypatch,
                                                                        warning_guard):
    path = tmp_path / "后导入.judge"
    with ContestDB.create(path, actor="测试", name="2026年县职工技能大赛") as db:
        register_organiser(db)
    open_as(window, qtbot, path, "O0", ORGANISER_PASS)
    page = window.page(SchemePage)
    window.show_page(page)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.empty_hint.isVisible(), timeout=5000)
    assert page.tree.topLevelItemCount() == 0 and page.import_button.isVisible()
    assert page.import_action in window.file_menu.actions() and page.import_action.isVisible()
    shot(window, "scheme_import_empty")

    # a wrong JSON: the dialog says what the CLI says, nothing is stored
    wrong = scheme()
    wrong["events"][0]["sections"][0]["weight"] = "40"  # 40 + 70 ≠ 100
    bad = tmp_path / "有错的标准.json"
    bad.write_text(json.dumps(wrong, ensure_ascii=False), encoding="utf-8")
    try:
        read_scheme_file(bad)
    except JudgeAppError as exc:
        expected = str(exc)
    warning_guard.expect("error shown")
    _choose(monkeypatch, bad)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    box = _box(qtbot, "errorBox")
    assert box.text().split("\n")[0] == in_ui_language(expected).split("\n")[0]
    assert expected.split("\n")[0].split(" / ")[0] in _cli_message(tmp_path, bad)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ask_store(window, qtbot, lambda db: db.scheme_dict()) is None

    # the filled-in xlsx template
    template = write_scheme_xlsx(tmp_path / "评分标准.xlsx", contest_from_dict(scheme()))
    _choose(monkeypatch, template)
    show_active(window, qtbot)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    info = _box(qtbot, "infoBox")
    assert "5 个赛项" in info.text() and "电工" in info.text()
    assert "成绩表上印的比赛名称是评分标准文件中的“县职工技能大赛”" in info.text()  # not the file's own name
    shot(info, "scheme_import_done")
    info.accept()
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 5, timeout=5000)
    assert not page.empty_hint.isVisible()
    assert [e.name for e in window.controller.snapshot.contest.events] == ["电工", "焊工", "车工", "中式烹调师", "茶艺师"]
    last = ask_store(window, qtbot, lambda db: db.audit_log()[-1])
    assert (last.action, last.reason) == ("scheme.set", "导入 评分标准.xlsx")
    shot(window, "scheme_import_loaded")


def test_a_scheme_that_drops_scored_criteria_is_refused_after_a_confirmation(window, qtbot, tmp_path,
                                                                            monkeypatch, warning_guard):
    path = make_contest(tmp_path / "有分数.judge", scores=True)  # 电工 has scores for T1, P1 and P2
    open_as(window, qtbot, path, "O0", ORGANISER_PASS)
    page = window.page(SchemePage)
    window.show_page(page)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 5)
    assert not page.empty_hint.isVisible()
    changed = scheme()
    practical = changed["events"][0]["sections"][1]
    practical["criteria"] = [{"id": "P9", "name": "综合操作", "max": "100", "step": "1", "kind": "judgement"}]
    file = tmp_path / "新标准.json"
    file.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    _choose(monkeypatch, file)
    warning_guard.expect("error shown")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    question = _box(qtbot, "confirmBox")
    assert "替换现有评分标准（5 个赛项）" in question.text()
    qtbot.mouseClick(question.buttons()[0], Qt.MouseButton.LeftButton)  # 导入并替换
    refused = _box(qtbot, "errorBox")
    assert "删去了已有评分的评分项" in refused.text() and "电工/P1" in refused.text()
    refused.accept()
    wait_idle(window, qtbot)
    assert page.saved["events"][0]["sections"][1]["criteria"][0]["id"] == "P1"  # unchanged


def _event_dialog(qtbot) -> EventDialog:
    def found():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, EventDialog) and w.isVisible()), None)
    qtbot.waitUntil(lambda: found() is not None, timeout=5000)
    return found()


def _stored_event(window, qtbot, event_id: str) -> dict:
    return next(ev for ev in ask_store(window, qtbot, lambda db: db.scheme_dict())["events"] if ev["id"] == event_id)


def test_the_organiser_adds_an_event_and_edits_its_groups(window, qtbot, tmp_path, warning_guard):
    path = make_contest(tmp_path / "赛项.judge", scores=True)
    open_as(window, qtbot, path, "O0", ORGANISER_PASS)
    page = window.page(SchemePage)
    window.show_page(page)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 5)
    qtbot.mouseClick(page.tool_buttons[0], Qt.MouseButton.LeftButton)  # 添加赛项…（Ctrl+Ins）
    dialog = _event_dialog(qtbot)
    assert not dialog.ok.isEnabled()  # a name first
    dialog.name.insert("钳工")  # Chinese comes through the input method
    qtbot.keyClicks(dialog.event_id, "qg")
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # 选手 → 团队
    dialog.groups.insert("职工组、学生组")
    shot(dialog, "event_add_dialog")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 6, timeout=5000)
    stored = _stored_event(window, qtbot, "qg")
    assert (stored["name"], stored["entry_kind"], stored["groups"]) == ("钳工", "team", ["职工组", "学生组"])
    last = ask_store(window, qtbot, lambda db: db.audit_log()[-1])
    assert (last.action, last.reason) == ("scheme.set", "添加赛项 钳工")
    qtbot.waitUntil(lambda: page.tree.currentItem() is page.tree.topLevelItem(5), timeout=5000)
    assert page.groups_label.text() == "组别：职工组、学生组" and page.groups_button.isVisible()
    assert page.tree.topLevelItem(5).child(0).text(0) == "实际操作"  # a section to fill in
    shot(window, "event_added")

    qtbot.mouseClick(page.groups_button, Qt.MouseButton.LeftButton)  # 修改组别…
    dialog = _event_dialog(qtbot)
    assert dialog.groups.text() == "职工组、学生组" and not dialog.name.isVisible()
    dialog.groups.selectAll()
    dialog.groups.insert("职工组、青年组")
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Return)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: page.groups_label.text() == "组别：职工组、青年组", timeout=5000)
    assert _stored_event(window, qtbot, "qg")["groups"] == ["职工组", "青年组"]

    # a group entries are in may not go: refused as judge-app event groups refuses it
    ask_store(window, qtbot, lambda db: db.import_entries([Entry(code="", event="qg", name="一队", group="青年组")],
                                                          source="补报.xlsx"))
    warning_guard.expect("error shown")
    show_active(window, qtbot)
    qtbot.mouseClick(page.groups_button, Qt.MouseButton.LeftButton)
    dialog = _event_dialog(qtbot)
    dialog.groups.selectAll()
    dialog.groups.insert("职工组")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    refused = _box(qtbot, "errorBox")
    assert "删去了已有选手的组别：qg/青年组（1 名）" in refused.text()
    refused.accept()
    assert _stored_event(window, qtbot, "qg")["groups"] == ["职工组", "青年组"]
