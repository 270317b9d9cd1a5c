"""Where a Windows venue laptop keeps its contest: a network share (UNC path or mapped drive,
simulated by the detection function) is opened in rollback-journal mode, and a folder Windows'
ACLs or a write-protected stick refuse (``os.access`` says yes there) is refused early, typed."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path, PureWindowsPath

import pytest

from judge_app.files import FileNotWritable, require_writable_folder
from judge_app.store import ContestDB, connection
from judge_app.store.errors import ContestFileReadOnly

from .sample import scheme


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "县赛.judge"
    ContestDB.create(path, actor="张三", name="县赛").close()
    return path


def journal(db: ContestDB) -> str:
    return db._db.conn.execute("PRAGMA journal_mode").fetchone()[0]


def test_a_local_file_is_in_wal_mode(saved: Path) -> None:
    with ContestDB.open(saved, actor="张三") as db:
        assert journal(db) == "wal" and db.journal_note == ""


def test_a_file_on_a_network_share_uses_the_rollback_journal_and_says_why(saved: Path, monkeypatch, caplog) -> None:
    monkeypatch.setattr(connection, "on_network_share", lambda path: True)  # Z: reported as DRIVE_REMOTE
    with caplog.at_level(logging.WARNING), ContestDB.open(saved, actor="张三") as db:
        assert journal(db) == "delete"
        assert "网络共享" in db.journal_note and "rollback-journal" in db.journal_note
        db.set_scheme(scheme())  # saving works in that mode
    assert "网络共享" in caplog.text
    assert not Path(f"{saved}-wal").exists()
    monkeypatch.undo()
    with ContestDB.open(saved, actor="张三") as db:  # back on a local disk: WAL again
        assert journal(db) == "wal" and db.scheme_dict() is not None


def test_the_snapshot_carries_the_reason_to_the_window(saved: Path, monkeypatch) -> None:
    from judge_app.app.views import overview

    monkeypatch.setattr(connection, "on_network_share", lambda path: True)
    with ContestDB.open(saved, actor="张三") as db:
        assert "网络共享" in overview(db, None, None).journal_note


@pytest.mark.parametrize(("text", "remote"), [
    ("//server/share/县赛.judge", True),
    ("/home/venue/县赛.judge", False),
])
def test_unc_paths_are_network_shares(text: str, remote: bool) -> None:
    assert connection.on_network_share(Path(text)) is remote


def test_a_windows_unc_path_is_a_network_share() -> None:
    assert connection.on_network_share(PureWindowsPath(r"\\server\比赛\县赛.judge"))


def acl_denies(folder: Path, monkeypatch) -> None:
    """What an ACL without write rights (or a write-protected stick) does on Windows: creating a
    file in ``folder`` fails with 'Access is denied' while os.access still says it is writable."""
    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if flags & os.O_CREAT and Path(file).parent == folder:
            raise PermissionError(errno.EACCES, "Access is denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "access", lambda *_a, **_k: True)
    monkeypatch.setattr(os, "open", denied)


def test_a_folder_the_acl_refuses_is_said_read_only_before_anything_happens(saved: Path, monkeypatch) -> None:
    before = sorted(p.name for p in saved.parent.iterdir())
    acl_denies(saved.parent, monkeypatch)
    with pytest.raises(ContestFileReadOnly, match="只读") as info:
        ContestDB.open(saved, actor="张三")
    assert "write-protected" in str(info.value)
    monkeypatch.undo()
    assert sorted(p.name for p in saved.parent.iterdir()) == before  # no lock, no probe left


def test_a_new_contest_on_a_write_protected_stick_is_refused(tmp_path: Path, monkeypatch) -> None:
    acl_denies(tmp_path, monkeypatch)
    with pytest.raises(ContestFileReadOnly):
        ContestDB.create(tmp_path / "新赛.judge", actor="张三")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_the_folder_probe_names_the_folder(tmp_path: Path, monkeypatch) -> None:
    acl_denies(tmp_path, monkeypatch)
    with pytest.raises(FileNotWritable, match="write-protected") as info:
        require_writable_folder(tmp_path)
    assert info.value.path == tmp_path
