"""A contest opened from a network share (UNC path or mapped drive, simulated by the detection
function): the status bar says it runs in rollback-journal mode, and its tooltip why."""

from __future__ import annotations

from judge_app.store import connection
from tests.gui.conftest import open_as, shot


def test_the_status_bar_says_why_the_file_is_not_in_wal_mode(window, qtbot, contest_file, monkeypatch,
                                                             warning_guard):
    monkeypatch.setattr(connection, "on_network_share", lambda path: True)
    warning_guard.expect("网络共享")  # logged too, for the log file
    open_as(window, qtbot, contest_file, "J01", "1111")
    label = window.journal_label
    assert label.isVisible() and label.text() == "网络共享文件夹：回滚日志模式"
    assert "WAL" in label.toolTip() and "rollback-journal" in label.toolTip()  # the whole reason
    shot(window, "network_share_status")


def test_a_local_file_just_says_it_is_open(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "J01", "1111")
    assert not window.journal_label.isVisible()
