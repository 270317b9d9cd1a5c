"""The main window: pages from the registry, opening a file, logging in, role-filtered pages."""

from __future__ import annotations

from judge_app.gui.pages import PAGES
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.pages.scoring_page import ScoringPage
from judge_app.gui.qt import Qt
from tests.gui.conftest import open_as, shot, wait_idle


def test_every_registered_page_is_made_in_order(window):
    assert [type(p) for p in window.pages] == list(PAGES)
    assert window.nav.count() == len(PAGES)


def test_welcome_page_until_a_file_is_open(window):
    assert window.stack.currentWidget() is window.welcome
    assert not window.nav.isVisible()
    shot(window, "welcome")


def test_judge_login_shows_judge_pages_only(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J01", "1111")
    assert window.controller.session.id == "J01"
    visible = [p for row, p in enumerate(window.pages) if not window.nav.item(row).isHidden()]
    assert any(isinstance(p, ScoringPage) for p in visible)
    assert any(isinstance(p, RankingPage) for p in visible)
    assert not any(isinstance(p, ReviewPage) for p in visible)
    assert "王评一" in window.who_label.text()
    shot(window, "main_window_judge")


def test_wrong_pin_is_refused_and_dialog_stays(window, qtbot, contest_file, warning_guard):
    from judge_app.gui.qt import Qt

    open_as(window, qtbot, contest_file, None)
    dialog = window.login_dialog
    dialog.people.setCurrentIndex(dialog.people.findData("J02"))
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    wait_idle(window, qtbot)
    assert "PIN" in dialog.message.text()
    assert dialog.isVisible()
    assert window.controller.session is None


def test_recent_files_remembered(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J01", "1111")
    assert window.settings.recent_files()[0] == contest_file.resolve()
    action = window.recent_menu.actions()[0]
    assert action.text().startswith(contest_file.name) and action.toolTip() == str(contest_file.resolve())


def test_recent_files_in_look_alike_folders_tell_apart(app, qtbot, private_home) -> None:
    """Two 比赛.judge.db deep in the data folder: the welcome list shows each one's own folder
    (the name first, the contests folder by name, the middle elided), not the same long prefix."""
    from judge_app.gui.main_window import MainWindow
    from judge_app.gui.qt import QFontMetrics
    from judge_app.gui.settings import Settings, contests_dir

    deep = contests_dir() / "各单位报送" / "二〇二六年度职工职业技能竞赛" / "正式比赛"
    files = [deep / "县赛" / "比赛.judge.db", deep / "市赛" / "比赛.judge.db"]
    settings = Settings()
    for path in files:
        path.parent.mkdir(parents=True)
        path.write_bytes(b"")
        settings.add_recent(path)
    settings.sync()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    recent = win.welcome.recent
    qtbot.waitUntil(recent.isVisible)
    width = recent.viewport().width() - 8
    assert recent.visualItemRect(recent.item(0)).width() <= recent.viewport().width()  # drawn elided
    shown = [QFontMetrics(recent.font()).elidedText(recent.item(i).text(), recent.textElideMode(), width)
             for i in range(recent.count())]
    assert shown[0] != shown[1] and "市赛" in shown[0] and "县赛" in shown[1], shown
    assert all(text.startswith("比赛.judge.db") for text in shown)
    assert recent.item(0).text().startswith("比赛.judge.db  —  比赛文件夹/各单位报送/")
    assert recent.item(0).toolTip() == str(files[1].resolve())
    shot(win, "welcome_recent")
    win.close()


def test_open_main_window_offscreen(app, qtbot, contest_file):
    from judge_app.gui.launch import open_main_window

    win = open_main_window(contest_file)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.controller.snapshot is not None, timeout=10000)
    wait_idle(win, qtbot)
    assert win.isVisible()
    assert win.controller.snapshot.contest is not None
    win.login_dialog.reject()
    win.close()


def test_demo_contest_is_built_in_the_data_folder_and_opened(window, qtbot, private_home):
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=20000)
    wait_idle(window, qtbot)
    path = window.controller.snapshot.path
    assert path.parent == private_home / "data"
    assert window.controller.session.role.value == "organiser"  # nobody registered yet
    assert [e.id for e in window.controller.snapshot.contest.events] == ["电工", "焊工", "茶艺师"]


def test_remark_per_contestant_is_saved(window, qtbot, contest_file):
    from tests.gui.conftest import ask_store
    from tests.gui.test_score_grid import cell_editor, goto, scoring

    open_as(window, qtbot, contest_file, "J02", "2222")
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    goto(page, "DG05", "")  # the remark column
    qtbot.keyClick(page.grid, Qt.Key.Key_F2)
    editor = cell_editor(page)
    editor.insert("接线规范，操作熟练")  # Chinese arrives from the input method
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_idle(window, qtbot)
    remarks = ask_store(window, qtbot, lambda db: db.remarks("电工", "J02"))
    assert remarks[("DG05", "J02")] == "接线规范，操作熟练"
