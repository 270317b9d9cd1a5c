"""文件→备份 / ``judge-app backup``: a copy taken when asked, into the chosen folder, reported page
by page, audited; refused to a judge."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judge_app.core.errors import NotPermitted
from judge_app.store import ContestDB, backup
from judge_app.store.backup import backup_dir

from .sample import register_organiser


def test_a_backup_goes_into_the_chosen_folder_with_its_progress(contest: ContestDB, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "COPY_PAGES", 2)  # the small file in several steps
    steps: list[tuple[int, int]] = []
    stick = tmp_path / "U盘"
    stick.mkdir()
    copy = contest.take_backup(stick, progress=lambda done, total: steps.append((done, total)))
    assert copy.parent == stick and copy.name.startswith("比赛-") and copy.name.endswith(".judge")
    assert len(steps) > 1 and steps[-1][0] == steps[-1][1] and all(t == steps[0][1] for _, t in steps)
    last = contest.audit_log()[-1]
    assert (last.action, last.new) == ("contest.backup", str(stick))
    conn = sqlite3.connect(copy)  # the copy holds its own audit entry
    assert conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0] == "contest.backup"
    conn.close()
    again = contest.take_backup()  # nothing changed but the entry: the default folder, made all the same
    assert again.parent == backup_dir(contest.path)


def test_a_judge_may_not_take_a_backup(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "裁判一", pin="1357")
    contest.act_as("J1")
    with pytest.raises(NotPermitted):
        contest.take_backup()
