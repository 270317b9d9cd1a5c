"""The keyed seal of the audit head: locks, publication and finalisation are sealed with the chief
judge's (or supervisor's) passphrase, and ``audit verify --passphrase`` catches what someone with
only the file can do: recompute the whole chain, forge the seals, remove them, roll the file back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from judge_app.core.errors import InvalidValue, NotPermitted
from judge_app.store import ContestDB, verify_audit_file
from judge_app.store.anchor import Anchor, anchor_path, read_anchor
from judge_app.store.audit import GENESIS_HASH, entry_hash
from judge_app.store.seals import PassphraseRequired, WrongPassphrase

SEAL = "铁面无私 seal 2026"
CHIEF = "CH"


def _people(db: ContestDB) -> None:
    db.add_judge("ORG", "组委", role="organiser", pin="organiser-pass-1")
    db.act_as("ORG")
    db.add_judge(CHIEF, "裁判长", role="chief", pin="chief-pass-12")
    db.add_judge("J1", "吴一", pin="1234")


@pytest.fixture
def sealed(contest: ContestDB, db_path: Path) -> Path:
    """A closed file: a score, the seal passphrase set, the theory section locked and sealed."""
    _people(contest)
    contest.act_as(CHIEF)
    contest.record_score("电工", "C01", "T1", "J6", "88")
    contest.set_seal_passphrase(SEAL)
    contest.lock_section("电工", "theory")
    contest.close()
    return db_path


def _forge(path: Path, *sql: str) -> None:
    """What someone with the file and the sqlite3 shell can do: drop the triggers, run ``sql``,
    recompute every hash and the head, and write the anchor to fit (keeping its seal part)."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    for statement in sql:
        conn.execute(statement)
    prev = GENESIS_HASH
    rows = conn.execute("SELECT seq, ts, actor, action, target, old, new, reason FROM audit ORDER BY seq").fetchall()
    for n, (seq, *fields) in enumerate(rows, 1):
        digest = entry_hash(prev, n, *fields)
        conn.execute("UPDATE audit SET seq = ?, prev_hash = ?, hash = ? WHERE seq = ?", (n, prev, digest, seq))
        prev = digest
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{len(rows)}:{prev}",))
    conn.commit()
    contest_id = conn.execute("SELECT value FROM meta WHERE key = 'contest_id'").fetchone()[0]
    seal = conn.execute("SELECT seq, head, mac FROM seals ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    anchor_path(path).write_text(Anchor(contest_id, len(rows), prev, seal).text().ljust(511) + "\n")


def _problems(path: Path, passphrase: str | None = None) -> list[str]:
    return verify_audit_file(path, passphrase).problems


EDIT_THE_SCORE = ("UPDATE scores SET value = '98'", "UPDATE audit SET new = '98' WHERE action = 'score.record'")


def test_an_honest_sealed_file_verifies_with_the_passphrase(sealed: Path) -> None:
    report = verify_audit_file(sealed, SEAL)
    assert (report.ok, report.problems) == (True, [])
    assert report.notes == ["已用封印口令核对 1 个封印 / 1 seals checked with the passphrase"]
    assert read_anchor(sealed).seal is not None  # the last seal is kept outside the file too


def test_a_wrong_passphrase_is_said_so(sealed: Path) -> None:
    assert _problems(sealed, "not the passphrase") == [
        "封印口令不对（或文件中的口令记录被替换）/ wrong seal passphrase (or its record was replaced)"]


def test_a_recomputed_chain_breaks_the_seal_even_without_the_passphrase(sealed: Path) -> None:
    _forge(sealed, *EDIT_THE_SCORE)
    problems = _problems(sealed)
    assert len(problems) == 1 and "封印 #1" in problems[0] and "日志在封印之后被改写或重算" in problems[0]


def test_a_recomputed_chain_with_rewritten_seals_needs_the_passphrase_to_show(sealed: Path) -> None:
    conn = sqlite3.connect(sealed)
    seq, mac = conn.execute("SELECT seq, mac FROM seals").fetchone()
    conn.close()
    # the attacker fixes up everything the file holds: the seal's head and its audit entry
    _forge(sealed, *EDIT_THE_SCORE)
    conn = sqlite3.connect(sealed)
    head = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
    conn.close()
    _forge(sealed, f"UPDATE seals SET head = '{head}'",
           f"UPDATE audit SET new = '{seq}:{head}:{mac}' WHERE action = 'audit.seal'")
    assert _problems(sealed) == []  # nothing in the file tells: only the key does
    problems = _problems(sealed, SEAL)
    assert "封印 #1 不是用此口令封的 (被伪造) / seal #1 was not made with this passphrase: forged" in problems
    assert any("外部锚点中的封印" in p and "锚点被伪造" in p for p in problems)


def test_removed_seals_and_passphrase_show_with_the_passphrase(sealed: Path) -> None:
    _forge(sealed, "DELETE FROM seals", "DELETE FROM seal_passphrase",
           "DELETE FROM audit WHERE action IN ('audit.seal', 'seal.passphrase')")
    conn = sqlite3.connect(sealed)
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()[0].split(":")
    contest_id = conn.execute("SELECT value FROM meta WHERE key = 'contest_id'").fetchone()[0]
    conn.close()
    anchor_path(sealed).write_text(Anchor(contest_id, int(head[0]), head[1]).text())  # a plain /1 anchor
    assert _problems(sealed) == []
    assert _problems(sealed, SEAL) == ["本比赛文件没有封印口令 / this contest file has no seal passphrase"]


def test_a_deleted_seal_row_shows_without_the_passphrase(sealed: Path) -> None:
    with sqlite3.connect(sealed) as conn:
        conn.execute("DELETE FROM seals")
    problems = _problems(sealed)
    assert any("没有封印 (封印被删除)" in p for p in problems)
    assert any("文件缺少外部锚点记录的最后一个封印" in p for p in problems)


def test_a_rolled_back_file_shows_against_the_anchor(sealed: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.judge"
    shutil.copy(sealed, old)
    with ContestDB.open(sealed, actor=CHIEF) as db:
        db.unlock_seals(SEAL)
        db.lock_section("电工", "practical")
    shutil.copy(old, sealed)  # the older copy back, the anchor left as it is
    assert any("文件比外部锚点记录的旧" in p for p in _problems(sealed, SEAL))
    anchor_path(sealed).unlink()  # and without the anchor: the file alone cannot tell
    report = verify_audit_file(sealed, SEAL)
    assert report.ok and any("没有外部锚点" in n for n in report.notes)


def test_once_a_passphrase_is_set_a_lock_needs_it(contest: ContestDB) -> None:
    _people(contest)
    contest.act_as(CHIEF)
    contest.set_seal_passphrase(SEAL)
    contest.act_as("ORG")  # another person: the chief's key stays with the chief
    with pytest.raises(PassphraseRequired):
        contest.lock_section("电工", "theory")
    assert contest.section_state("电工", "theory") == "open" and contest.seals() == []
    with pytest.raises(WrongPassphrase):
        contest.unlock_seals("a wrong passphrase")
    contest.unlock_seals(SEAL)  # the chief types it in for the organiser
    contest.lock_section("电工", "theory")
    [seal] = contest.seals()
    assert (seal.kind, seal.target, seal.actor) == ("lock", "电工/theory", "ORG")


def test_only_the_chief_or_supervisor_sets_it_and_changing_needs_the_old(contest: ContestDB) -> None:
    _people(contest)
    with pytest.raises(NotPermitted):
        contest.set_seal_passphrase(SEAL)  # the organiser
    contest.act_as(CHIEF)
    with pytest.raises(InvalidValue):
        contest.set_seal_passphrase("short1")
    contest.set_seal_passphrase(SEAL)
    with pytest.raises(PassphraseRequired):
        contest.set_seal_passphrase("another seal passphrase")
    with pytest.raises(WrongPassphrase):
        contest.set_seal_passphrase("another seal passphrase", old="guessed wrong")
    contest.set_seal_passphrase("another seal passphrase", old=SEAL)
    entries = [e for e in contest.audit_log() if e.action == "seal.passphrase"]
    assert [(e.old, e.new) for e in entries] == [(None, "set"), ("set", "set")]  # never the passphrase
