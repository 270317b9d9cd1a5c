"""Schema versions: older files are migrated on open, newer ones refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judge_app.store import ContestDB, NewerContestFile, schema

V2 = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_new_file_is_at_the_latest_version(db_path: Path) -> None:
    ContestDB.create(db_path, actor="张三").close()
    assert user_version(db_path) == schema.latest_version() == len(schema.MIGRATIONS)


def test_older_file_is_migrated_on_open(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ContestDB.create(db_path, actor="张三").close()
    base = schema.latest_version()
    assert user_version(db_path) == base
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + (V2,))
    with ContestDB.open(db_path, actor="李四") as db:
        assert db.meta("schema_version") == str(base + 1)
        last = db.audit_log()[-1]
        assert (last.action, last.old, last.new, last.actor) == ("schema.migrate", str(base), str(base + 1), "李四")
        db._db.execute("INSERT INTO notes (text) VALUES ('ok')")
        assert db.verify_audit().ok
    assert user_version(db_path) == base + 1
    with ContestDB.open(db_path, actor="李四") as db:  # nothing left to do the second time
        assert db.audit_log()[-1].action == "schema.migrate" and len(db.audit_log()) == 2


def test_failed_migration_leaves_the_file_as_it_was(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ContestDB.create(db_path, actor="张三").close()
    base = schema.latest_version()
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + (V2 + "CREATE TABLE broken (;",))
    with pytest.raises(sqlite3.OperationalError):
        ContestDB.open(db_path, actor="李四")
    assert user_version(db_path) == base
    monkeypatch.undo()
    with ContestDB.open(db_path, actor="李四") as db:
        assert "notes" not in db._db.table_names()


def test_newer_file_is_refused(db_path: Path) -> None:
    ContestDB.create(db_path, actor="张三").close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerContestFile, match="请升级程序"):
        ContestDB.open(db_path, actor="张三")
