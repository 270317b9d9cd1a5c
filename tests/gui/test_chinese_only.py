"""The Chinese UI shows Chinese only (issue 16, polish): no “ / English” tail in the package log,
the crash dialog's button or a refusal; Qt's own buttons follow the language too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from judge_app.gui.qt import QDialogButtonBox, Qt
from tests.store.laptops import World, build_world

from .conftest import wait_idle
from .test_arrivals_page import open_board_as_chief

ENGLISH_TAIL = re.compile(r" / [A-Za-z]")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


def test_package_log_is_chinese_only(window, qtbot, world: World, tmp_path: Path, warning_guard) -> None:
    warning_guard.expect("refused")  # the watch folder logs the refused file
    page = open_board_as_chief(window, qtbot, world, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "J1.jpkg").write_bytes(world.new["J1"])
    (usb / "bad.jpkg").write_bytes(b'{"not": "a package"}')  # whole JSON, not a package: refused
    page.interval_ms = 50
    qtbot.keyClicks(page.folder, str(usb))
    qtbot.mouseClick(page.watch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.log.count() >= 2
                    and not any("未写完" in page.log.item(i).text() for i in range(page.log.count())), timeout=15000)
    qtbot.mouseClick(page.watch_button, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    lines = [page.log.item(i).text() for i in range(page.log.count())]
    assert any("已导入" in line for line in lines) and any("已拒绝" in line for line in lines)
    assert not [line for line in lines if ENGLISH_TAIL.search(line)], lines


def test_crash_dialog_and_qt_buttons_follow_the_language(window, qtbot, app) -> None:
    from judge_app.gui.dialogs import CrashDialog

    dialog = CrashDialog("Traceback …", window)
    qtbot.addWidget(dialog)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert dialog.copy_button.text() == "复制详细信息"
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"  # qtbase_zh_CN is loaded
    window.set_language("en")
    english = CrashDialog("Traceback …", window)
    qtbot.addWidget(english)
    assert english.copy_button.text() == "Copy details"
    assert QDialogButtonBox(QDialogButtonBox.StandardButton.Close).button(
        QDialogButtonBox.StandardButton.Close).text() == "Close"
    window.set_language("zh_CN")
