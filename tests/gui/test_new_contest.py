"""新建比赛 from the welcome screen and File → 新建比赛 (Ctrl+N): the dialog's fields, the scheme
template saved and then used, the file created on the store thread and opened as organiser; an
existing file is refused and left alone."""

from __future__ import annotations

import openpyxl

from judge_app.core.people import Role
from judge_app.gui.new_contest_dialog import NewContestDialog
from judge_app.gui.qt import QApplication, QFileDialog, QMessageBox, Qt
from judge_app.gui.settings import data_dir
from tests.gui.conftest import ask_store, shot, wait_idle


def _dialog(window, qtbot) -> NewContestDialog:
    qtbot.waitUntil(lambda: getattr(window, "new_contest_dialog", None) is not None
                    and window.new_contest_dialog.isVisible(), timeout=5000)
    return window.new_contest_dialog


def test_welcome_button_creates_contest_with_template_scheme(window, qtbot, tmp_path, monkeypatch):
    assert window.stack.currentWidget() is window.welcome
    shot(window, "welcome")
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(window, qtbot)
    assert not dialog.ok.isEnabled()  # no name yet
    dialog.name.insert("县职工技能大赛")  # Chinese comes from the input method, not keys
    dialog.organiser.insert("县总工会")
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "2026-12-01")
    assert dialog.file_path == data_dir() / "县职工技能大赛.judge"

    template = tmp_path / "标准模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.scheme.text() == str(template), timeout=20000)
    assert template.is_file()
    assert dialog.ok.isEnabled()
    dialog.resize(dialog.sizeHint())
    shot(dialog, "new_contest_dialog")
    book = openpyxl.load_workbook(template)  # the organiser fills the template in with Excel
    book["赛项"]["B2"] = "维修电工"
    book.save(template)

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=20000)
    wait_idle(window, qtbot)
    assert window.controller.session.role is Role.ORGANISER
    snap = window.controller.snapshot
    assert snap.path == data_dir() / "县职工技能大赛.judge"
    assert snap.name == "县职工技能大赛"
    assert snap.contest is not None and snap.contest.events
    assert (snap.contest.organiser, snap.contest.date) == ("县总工会", "2026-12-01")
    assert ask_store(window, qtbot, lambda db: db.meta("organiser")) == "县总工会"
    assert window.stack.currentWidget() is not window.welcome
    assert "县职工技能大赛" in window.windowTitle()


def test_ctrl_n_refuses_an_existing_file(window, qtbot, warning_guard):
    existing = data_dir() / "已有比赛.judge"
    existing.write_bytes(b"do not overwrite")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, qtbot)
    dialog.name.insert("已有比赛")
    assert dialog.file_path == existing
    assert not dialog.ok.isEnabled()
    assert "已存在" in dialog.problem.text()

    # the file appears after the dialog checked: the store refuses it, the file stays as it was
    dialog.name.insert("2")
    assert dialog.ok.isEnabled()
    late = dialog.file_path
    late.write_bytes(b"made meanwhile")
    warning_guard.expect("已存在")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "errorBox"
                                for w in QApplication.topLevelWidgets()), timeout=10000)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "已存在" in box.text()
    box.accept()
    assert existing.read_bytes() == b"do not overwrite"
    assert late.read_bytes() == b"made meanwhile"
    assert window.controller.snapshot is None


def test_new_contest_in_file_menu_with_shortcut(window):
    assert window.new_action in window.file_menu.actions()
    assert window.new_action.text().startswith("新建比赛")
    assert window.new_action.shortcut().toString() == "Ctrl+N"


def test_a_new_contest_made_while_another_is_open_is_shown(window, qtbot, contest_file):
    """With the demo open and a judge logged in, 新建比赛 opens the new file as its organiser and
    shows its pages (the welcome page stayed before)."""
    from tests.gui.conftest import open_as

    open_as(window, qtbot, contest_file, "J01", "1111")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, qtbot)
    dialog.name.insert("第二场比赛")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and window.controller.snapshot.name == "第二场比赛", timeout=20000)
    qtbot.waitUntil(lambda: window.controller.session is not None
                    and window.controller.session.role is Role.ORGANISER, timeout=20000)
    wait_idle(window, qtbot)
    assert window.stack.currentWidget() is not window.welcome
    assert window.nav.isVisible()


def test_the_templates_example_is_not_taken_as_the_contests_scheme(window, qtbot, tmp_path, monkeypatch,
                                                                   warning_guard):
    """Template saved and OK pressed at once: the example is refused with the reason, no contest
    made (issue 16, polish)."""
    warning_guard.expect("还是模板里的示例比赛")
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(window, qtbot)
    dialog.name.insert("示例未改")
    template = tmp_path / "标准模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.scheme.text() == str(template), timeout=20000)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "示例" in w.text()
                                for w in QApplication.topLevelWidgets()), timeout=20000)
    wait_idle(window, qtbot)
    assert window.controller.session is None and not (data_dir() / "示例未改.judge").exists()


def test_the_folder_of_a_new_contest_is_offered_next_time(window, qtbot, tmp_path, monkeypatch):
    """Ctrl+N, the file put in another folder (浏览…): the next new contest is offered there."""
    chosen = tmp_path / "U盘" / "县赛"
    chosen.mkdir(parents=True)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen / "第一场"), ""))
    dialog.choose_path()
    dialog.name.insert("第一场")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=20000)
    wait_idle(window, qtbot)
    assert window.controller.snapshot.path == chosen / "第一场.judge"
    window.new_action.trigger()  # 文件 → 新建比赛
    dialog = _dialog(window, qtbot)
    dialog.name.insert("第二场")
    assert dialog.file_path == chosen / "第二场.judge"
    dialog.reject()


def test_contests_default_to_documents_as_qt_finds_it(tmp_path, monkeypatch):
    from judge_app import folders
    from judge_app.gui import settings
    from judge_app.gui.qt import QStandardPaths

    monkeypatch.delenv(folders.ENV_HOME)
    monkeypatch.setattr(folders, "config_dir", lambda: tmp_path / "config")
    (tmp_path / "config").mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "文档"))
    assert settings.contests_dir() == tmp_path / "文档" / "judge_app"
