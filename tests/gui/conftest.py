"""GUI test fixtures: offscreen Qt, a private settings folder, the demo contest with people,
and a guard that fails a test on any warning logged (by judge_app or by Qt) it did not expect."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from judge_app.core.people import Role  # noqa: E402
from judge_app.demo import build_demo  # noqa: E402
from judge_app.store import ContestDB  # noqa: E402
from tests.store.sample import register_organiser  # noqa: E402

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"

#: (id, name, role, PIN) registered in the test contest; J01–J05 are the 电工 theory/practical panel.
PEOPLE = (
    ("J01", "王评一", Role.JUDGE, "1111"),
    ("J02", "李评二", Role.JUDGE, "2222"),
    ("J03", "张评三", Role.JUDGE, "3333"),
    ("J04", "刘评四", Role.JUDGE, "4444"),
    ("J05", "陈评五", Role.JUDGE, "5555"),
    ("C01", "赵裁判长", Role.CHIEF, "chief-9999"),
    ("S01", "孙加密", Role.SECRETARY, "secret-8888"),
    ("R01", "周记分", Role.SCORER, "7777"),
)


#: Messages of the offscreen platform plugin itself, not of the app.
PLATFORM_NOISE = ("This plugin does not support",)


class WarningGuard(logging.Handler):
    """Collects WARNING+ records; a test declares the ones it expects with ``expect(text)``."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []
        self.expected: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()}")

    def expect(self, text: str) -> None:
        self.expected.append(text)

    def unexpected(self) -> list[str]:
        return [r for r in self.records if not any(e in r for e in self.expected)]


_guards: list[WarningGuard] = []


def _qt_message(kind, _context, message: str) -> None:
    from judge_app.gui.qt import QtMsgType

    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or message.startswith(PLATFORM_NOISE):
        return
    for guard in _guards:
        guard.records.append(f"Qt: {message}")


@pytest.fixture(scope="session", autouse=True)
def qt_message_handler() -> None:
    """Qt's own warnings go to the active guard (installed once: never reset mid-run)."""
    from judge_app.gui.qt import qInstallMessageHandler

    qInstallMessageHandler(_qt_message)


@pytest.fixture(autouse=True)
def warning_guard(qt_message_handler) -> Iterator[WarningGuard]:
    guard = WarningGuard()
    root = logging.getLogger()
    root.addHandler(guard)
    _guards.append(guard)
    yield guard
    _guards.remove(guard)
    root.removeHandler(guard)
    unexpected = guard.unexpected()
    if unexpected:
        pytest.fail("unexpected warnings logged:\n" + "\n".join(unexpected))


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and data of the app go to the test's own folder, never the user's."""
    home = tmp_path / "home"
    monkeypatch.setenv("JUDGE_APP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.judge.db"
    build_demo(path)
    with ContestDB.open(path, actor="测试") as db:
        register_organiser(db)  # O0 测试: the first person registered is an organiser
        for judge_id, name, role, pin in PEOPLE:
            db.add_judge(judge_id, name, role=role, pin=pin)
    return path


@pytest.fixture
def contest_file(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo contest with people registered."""
    target = tmp_path / "比赛.judge.db"
    shutil.copy2(demo_template, target)
    return target


@pytest.fixture
def app(qapp):
    from judge_app.gui import i18n
    from judge_app.gui.launch import ensure_app

    ensure_app()
    i18n.set_language(qapp, "zh_CN")
    yield qapp
    i18n.set_language(qapp, "zh_CN")


@pytest.fixture
def window(app, qtbot):
    """A shown main window; closed (store thread stopped, file released) after the test."""
    from judge_app.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    show_active(win, qtbot)
    yield win
    win.close()


def show_active(win, qtbot) -> None:
    """Show ``win`` as the active window (window shortcuts such as Ctrl+Z need it)."""
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)


def wait_idle(window, qtbot, timeout: int = 10000) -> None:
    """Wait until every store job asked so far has answered (and its callbacks ran)."""
    qtbot.waitUntil(lambda: window.controller.bg.idle, timeout=timeout)


def open_as(window, qtbot, path: Path, judge_id: str | None, pin: str = "") -> None:
    """Open ``path`` and log in through the real login dialog (typing the PIN)."""
    from judge_app.gui.qt import Qt

    window.open_file(path)
    qtbot.waitUntil(lambda: getattr(window, "login_dialog", None) is not None
                    and window.login_dialog.isVisible(), timeout=10000)
    if judge_id is None:
        return
    dialog = window.login_dialog
    dialog.people.setCurrentIndex(dialog.people.findData(judge_id))
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.session is not None, timeout=10000)
    wait_idle(window, qtbot)
    show_active(window, qtbot)  # the offscreen platform does not hand activation back itself


def switch_user(window, qtbot, judge_id: str, secret: str) -> None:
    """Ctrl+L (whoever is logged in is logged out first), pick ``judge_id``, type ``secret``, Enter."""
    from judge_app.gui.qt import Qt

    show_active(window, qtbot)  # the offscreen platform does not hand activation back after a dialog
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "login_dialog", None) is not None
                    and window.login_dialog.isVisible(), timeout=10000)
    assert window.controller.session is None
    dialog = window.login_dialog
    dialog.people.setCurrentIndex(dialog.people.findData(judge_id))
    qtbot.keyClicks(dialog.pin, secret)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.session is not None
                    and window.controller.session.id == judge_id, timeout=10000)
    wait_idle(window, qtbot)
    show_active(window, qtbot)


def shot(widget, name: str) -> Path:
    """Render ``widget`` to build/screenshots/<name>.png (for people to look at)."""
    from judge_app.gui.qt import QApplication

    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let pending layout requests run first
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path


def ask_store(window, qtbot, fn, *args):
    """Run a read ``fn(db, *args)`` on the window's store thread and return its answer."""
    answers: list = []
    window.controller.query(fn, *args, on_done=answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    return answers[0]


def stored_value(window, qtbot, event: str, code: str, criterion: str, judge: str):
    """The value the contest file holds for one cell (None when empty or cleared)."""
    def read(db):
        for row in db.scores(event):
            if (row.code, row.criterion, row.judge) == (code, criterion, judge):
                return row.value
        return None
    return ask_store(window, qtbot, read)
