"""What an open checks: the schema and key tables always (milliseconds), SQLite's quick_check only
after an unclean shutdown, the full integrity_check on demand (audit verify) and before final;
read-only opens of Windows network paths get a URI SQLite accepts."""

from __future__ import annotations

import shutil
from pathlib import Path, PureWindowsPath

import pytest

from judge_app.demo import build_demo
from judge_app.store import ContestDB, connection, verify_audit_file
from judge_app.store.connection import sqlite_uri, unclean_shutdown


@pytest.fixture
def contest(tmp_path: Path) -> Path:
    path = tmp_path / "比赛.judge"
    build_demo(path)
    return path


@pytest.fixture
def checks(monkeypatch) -> list[bool]:
    seen: list[bool] = []
    real = connection.check_integrity

    def spy(conn, path, *, full):
        seen.append(full)
        return real(conn, path, full=full)

    monkeypatch.setattr(connection, "check_integrity", spy)
    return seen


def test_a_clean_open_reads_no_whole_file(contest, checks):
    assert not unclean_shutdown(contest)
    ContestDB.open(contest, actor="组委会").close()
    assert checks == []


def test_after_an_unclean_shutdown_the_open_runs_quick_check(contest, checks, tmp_path):
    with ContestDB.open(contest, actor="组委会") as db:
        db.set_meta("note", "写入一条，WAL 有内容")
        copy = tmp_path / "copy.judge"  # a file and its -wal as a killed program leaves them
        shutil.copyfile(contest, copy)
        shutil.copyfile(f"{contest}-wal", f"{copy}-wal")
    assert unclean_shutdown(copy)
    ContestDB.open(copy, actor="组委会").close()
    assert checks == [False]


def test_audit_verify_runs_the_full_check(contest, checks):
    assert verify_audit_file(contest).ok
    assert checks == [True]


def test_sqlite_uri_of_a_network_share_has_no_authority():
    assert sqlite_uri(PureWindowsPath(r"\\server\share\比赛\a.judge")) == "file:////server/share/%E6%AF%94%E8%B5%9B/a.judge"
    assert sqlite_uri(PureWindowsPath(r"C:\比赛\a.judge")).startswith("file:///C:/")
    assert sqlite_uri(Path("/tmp/a.judge")) == "file:///tmp/a.judge"
