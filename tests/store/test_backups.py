"""Automatic and manual backups: where, when, how many, and that they restore."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.store import KEEP_BACKUPS, ContestDB, backup, list_backups


def test_backup_name_and_place(contest: ContestDB, tmp_path: Path) -> None:
    path = contest.backup("before draw", required=True)  # asked for: a new copy though nothing changed
    assert path.parent == tmp_path / "比赛.backups"  # the contest's name once, in the folder
    assert re.fullmatch(r"\d{8}-\d{6}-\d{6}-before-draw\.judge", path.name)
    assert contest.backups()[0] == path


def test_lock_takes_a_backup_with_the_locked_state(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "7.5")
    before = len(contest.backups())
    contest.lock_section("电工", "practical")
    assert len(contest.backups()) == before + 1
    newest = contest.backups()[0]
    assert "lock-电工-practical" in newest.name
    copy = newest.with_name("restored.judge.db")
    shutil.copy(newest, copy)
    with ContestDB.open(copy, actor="张三") as restored:
        assert restored.section_state("电工", "practical") == "locked"


def test_backups_are_pruned_to_the_newest(contest: ContestDB, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "MAX_BACKUP_FILES", 100)  # the count alone bounds this set
    made = [contest.backup(f"n{i}", required=True) for i in range(KEEP_BACKUPS + 5)]
    kept = contest.backups()
    assert len(kept) == KEEP_BACKUPS == 20
    assert kept == list(reversed(made[-KEEP_BACKUPS:]))
    assert not made[0].exists()


def test_backup_restores_scores(contest: ContestDB, tmp_path: Path) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "8.5")
    contest.record_score("电工", "C02", "T1", "J6", "91")
    backup = contest.backup("manual")
    contest.record_score("电工", "C01", "P1", "J1", "9")  # after the backup
    restored_path = tmp_path / "restored.judge.db"
    shutil.copy(backup, restored_path)
    with ContestDB.open(restored_path, actor="张三") as restored:
        assert [(r.code, r.value) for r in restored.scores()] == [("C01", Decimal("8.5")), ("C02", Decimal("91"))]
        assert restored.verify_audit().ok
        assert restored.meta("contest_id") == contest.meta("contest_id")


def test_list_backups_without_opening(contest: ContestDB, db_path: Path) -> None:
    contest.backup("x")
    expected = contest.backups()
    contest.close()
    assert list_backups(db_path) == expected
    assert list_backups(db_path.with_name("other.judge.db")) == []


def test_an_automatic_backup_is_skipped_when_nothing_changed(contest: ContestDB) -> None:
    first = contest.backup("lock")
    assert contest.backup("draw") == first and contest.backups() == [first]
    contest.record_score("电工", "C01", "P1", "J1", "7.5")
    second = contest.backup("draw")
    assert second != first and contest.backups() == [second, first]


def test_the_set_is_bounded_by_size_as_well_as_count(contest: ContestDB, monkeypatch: pytest.MonkeyPatch) -> None:
    made = [contest.backup(f"n{i}", required=True) for i in range(8)]
    # 8 copies are fewer than 20, but together 8 × the file: only the newest 5 × the file stay
    assert contest.backups() == list(reversed(made[-5:]))
    monkeypatch.setattr(backup, "MAX_BACKUP_BYTES", 1)  # smaller than one copy: the newest stays
    newest = contest.backup("n9", required=True)
    assert contest.backups() == [newest]
