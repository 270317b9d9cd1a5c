"""Backups, restored copies and the anchor on Windows: files held open by an antivirus or Explorer
(PermissionError with WinError 32, simulated by a fake os.replace), MAX_PATH (259 characters),
names with dots and the two contest suffixes."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from judge_app import files
from judge_app.files import MAX_PATH, FileInUse, PathTooLong, path_length
from judge_app.gui.store_side import restore_copy
from judge_app.store import ContestDB, backup, list_backups
from judge_app.store.anchor import anchor_path, read_anchor
from judge_app.store.errors import BackupFailed


def sharing_violation(path: object) -> PermissionError:
    exc = PermissionError(13, "The process cannot access the file because it is being used by another process", str(path))
    exc.winerror = 32
    return exc


@pytest.fixture
def no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files.time, "sleep", lambda _s: None)


def held_for(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """os.replace fails like Windows while another program holds the file, ``times`` times."""
    real, left = os.replace, [times]

    def replace(src: object, dst: object) -> None:
        if left[0]:
            left[0] -= 1
            raise sharing_violation(dst)
        real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    return left


def test_a_backup_held_by_an_antivirus_for_a_moment_is_written(contest: ContestDB, monkeypatch, no_wait) -> None:
    held_for(monkeypatch, 3)
    made = contest.backup("manual", required=True)
    assert made.is_file() and contest.backups()[0] == made
    assert not [p for p in made.parent.iterdir() if "partial" in p.name]


def test_a_backup_held_open_is_a_typed_error_and_leaves_nothing(contest: ContestDB, monkeypatch, no_wait) -> None:
    before = sorted(backup.backup_dir(contest.path).iterdir())
    held_for(monkeypatch, 10**6)
    with pytest.raises(BackupFailed, match="Excel/WPS") as info:
        contest.backup("manual", required=True)
    assert isinstance(info.value.__cause__, FileInUse)
    assert sorted(backup.backup_dir(contest.path).iterdir()) == before


def open_handles(path: Path) -> list[str]:
    fds = Path("/proc/self/fd")
    return [str(fd) for fd in fds.iterdir() if os.path.realpath(fd) == str(path.resolve())]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to list open handles")
def test_the_anchor_is_not_held_open_between_saves(contest: ContestDB, db_path: Path) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "7")
    assert anchor_path(db_path).is_file()
    assert open_handles(anchor_path(db_path)) == []  # Explorer can copy or delete it while the app runs
    assert read_anchor(db_path).seq == contest._db.conn.execute("SELECT MAX(seq) FROM audit").fetchone()[0]


def test_the_anchor_is_written_after_an_antivirus_let_go(contest: ContestDB, db_path: Path, monkeypatch, no_wait) -> None:
    held_for(monkeypatch, 2)
    contest.record_score("电工", "C01", "P1", "J1", "7")
    assert read_anchor(db_path).seq == contest._db.conn.execute("SELECT MAX(seq) FROM audit").fetchone()[0]


def test_an_anchor_held_open_only_lags_and_the_save_stands(contest: ContestDB, db_path: Path, monkeypatch, no_wait) -> None:
    before = read_anchor(db_path)
    held_for(monkeypatch, 10**6)
    assert contest.record_score("电工", "C01", "P1", "J1", "6") == 1
    assert read_anchor(db_path) == before  # lagging is what the anchor check tolerates
    assert [s.value for s in contest.scores()] == [6]


def deep_folder(root: Path, length: int) -> Path:
    """A folder whose absolute path is ``length`` characters long (well, at least)."""
    folder = root
    while path_length(folder) < length - 40:
        folder = folder / "contest-files"  # ASCII: SQLite on Linux takes at most 512 bytes of path
    folder = folder / ("x" * max(1, length - path_length(folder) - 1))
    folder.mkdir(parents=True)
    return folder


def test_backup_paths_stay_within_max_path(tmp_path: Path) -> None:
    """A 36-character contest name in a deep folder: the name once and every path ≤ 259."""
    name = "二〇二六年度全县职工职业技能大赛暨岗位练兵技术比武电工与焊工决赛项目"[:36]
    folder = deep_folder(tmp_path, 140)
    path = folder / f"{name}.judge"
    with ContestDB.create(path, actor="张三", name=name) as db:
        made = db.backup("lock-电工-实操-第二轮-复核后重新锁定-" * 3, required=True)
    assert path_length(made) <= MAX_PATH and path_length(Path(f"{made}.partial-journal")) <= MAX_PATH
    assert made.name.count(name) == 0 and str(made).count(name) == 1
    assert re.fullmatch(r"\d{8}-\d{6}-\d{6}-lock-.*\.judge", made.name)
    assert list_backups(path) == [made]
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT COUNT(*) FROM audit").fetchone()[0] > 0


def test_a_folder_too_deep_for_a_backup_is_said_so(tmp_path: Path, caplog) -> None:
    folder = deep_folder(tmp_path, 245)
    path = folder / "赛.judge"
    with ContestDB.create(path, actor="张三", name="赛") as db:
        with pytest.raises(BackupFailed, match="路径太长") as info:
            db.backup("manual", required=True)
        assert isinstance(info.value.__cause__, PathTooLong)
        assert db.backup("import") is None  # an automatic one: the change stands, a warning says why
    assert "路径太长" in caplog.text


def test_restore_keeps_the_dots_of_a_name(tmp_path: Path) -> None:
    damaged = tmp_path / "2026.3 县赛.v2.judge.db"
    source = tmp_path / "copy.judge"
    source.write_bytes(b"SQLite format 3\x00")
    restored = restore_copy(source, damaged)
    assert restored.parent == tmp_path
    assert re.fullmatch(r"2026\.3 县赛\.v2-恢复-\d{8}-\d{6}\.judge", restored.name)
    assert restored.read_bytes() == source.read_bytes()


def test_restore_into_a_deep_folder_shortens_the_name(tmp_path: Path) -> None:
    folder = deep_folder(tmp_path, 225)
    source = tmp_path / "copy.judge"
    source.write_bytes(b"x")
    restored = restore_copy(source, folder / ("很长的比赛名称" * 5 + ".judge"))
    assert path_length(restored) <= MAX_PATH and restored.name.endswith(".judge") and "-恢复-" in restored.name


def test_both_suffixes_beside_each_other_keep_their_own_backups(tmp_path: Path) -> None:
    new, old = tmp_path / "赛事.judge", tmp_path / "赛事.judge.db"
    with ContestDB.create(new, actor="张三", name="新") as db:
        mine = db.backup("manual", required=True)
    with ContestDB.create(old, actor="张三", name="旧") as db:
        theirs = db.backup("manual", required=True)
    assert list_backups(new) == [mine] and list_backups(old) == [theirs]
    assert mine.parent != theirs.parent


def test_copies_named_the_old_way_are_still_listed(tmp_path: Path) -> None:
    """Before, a copy was ``<stem>-<stamp>-<reason>.judge.db`` in ``<stem>.backups``."""
    path = tmp_path / "赛事.judge.db"
    with ContestDB.create(path, actor="张三", name="赛") as db:
        folder = tmp_path / "赛事.backups"
        folder.mkdir()
        old = folder / "赛事-20260101-080000-000000-import.judge.db"
        old.write_bytes(b"")
        new = db.backup("manual", required=True)
    assert list_backups(path) == [new, old]
