"""The second code key (二次加密) sealed by cryptography. A judge with the contest file, its backups
and the roster the offices sent tries to rebuild name → 检录号 → 工位号 as the issue did (the
seeds and the roster order), and from the rows themselves: it must fail. The secretary unseals
with the passphrase or the recovery code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judge_app.core.lotdraw import draw_codes
from judge_app.store import ContestDB, verify_audit_file
from judge_app.store.code_key import CodePassphraseRequired, recovery_form
from judge_app.store.seals import WrongPassphrase

from .sample import finish_recheck, people

SEEDS = (918273645, 564738291)
SECRET = "二次加密 secret 01"


@pytest.fixture
def drawn(contest: ContestDB, db_path: Path) -> tuple[Path, dict[str, str], str]:
    """The file after both draws of 电工, closed; the truth (name → 工位号) as the secretary's
    printed table has it, and the recovery code of the sealed envelope."""
    contest.draw_lots("电工", 1, seed=SEEDS[0])
    bibs = {e.name: e.code for e in contest.entries("电工")}
    record = contest.draw_lots("电工", 2, seed=SEEDS[1], passphrase=SECRET)
    station = {line.bib: line.station for line in record.lines}
    contest.close()
    return db_path, {name: station[bib] for name, bib in bibs.items()}, record.recovery_code


def test_the_seeds_and_the_roster_no_longer_rebuild_who_is_who(drawn: tuple[Path, dict[str, str], str]) -> None:
    path, truth, _ = drawn
    roster = [e.name for e in people() if e.event == "电工"]  # the order the offices sent
    conn = sqlite3.connect(path)
    draws = conn.execute("SELECT stage, seed, mapping FROM draws WHERE event = '电工' ORDER BY id").fetchall()
    rows = conn.execute("SELECT name, bib, code FROM entries WHERE event = '电工' ORDER BY id").fetchall()
    conn.close()
    # the attack: stage-1 seed → 检录号 per roster line, stage-2 seed → 工位号 per 检录号
    (_, seed1, _), (_, seed2, mapping2) = draws
    bib_of = dict(zip(roster, draw_codes(len(roster), int(seed1), width=3)))
    assert seed2 == "" and mapping2.startswith("aesgcm1:")  # neither seed nor table: only ciphertext
    assert all(part not in mapping2 for part in (str(SEEDS[1]), '"A01"', '"bib"'))  # ("A0" occurs in base64 by chance)
    stations = dict(zip(sorted(bib_of.values()), draw_codes(len(roster), int(seed2 or 0), prefix="A", width=2)))
    assert {name: stations[bib] for name, bib in bib_of.items()} != truth
    # the rows: no name or 检录号 beside a 工位号, and their order is the 工位号 order
    assert all(name == "" and bib == "" for name, bib, _ in rows)
    assert [code for _, _, code in rows] == sorted(truth.values())


def test_no_file_in_the_folder_holds_the_second_seed_or_table(drawn: tuple[Path, dict[str, str], str]) -> None:
    path, truth, _ = drawn
    files = [f for f in path.parent.rglob("*") if f.is_file()]
    assert any(".backups" in str(f) for f in files)  # the draw's backup is checked too
    for found in files:
        data = found.read_bytes()
        assert str(SEEDS[1]).encode() not in data, found
        assert '"station"'.encode() not in data, found


def test_unsealing_needs_the_passphrase_or_the_recovery_code(drawn: tuple[Path, dict[str, str], str]) -> None:
    path, truth, recovery = drawn
    assert recovery_form(recovery) is not None and len(recovery) == 27  # 4 × 6 characters for paper
    with ContestDB.open(path, actor="张三") as db:
        for section in ("theory", "practical"):
            db.lock_section("电工", section)
        finish_recheck(db, "电工")
        with pytest.raises(CodePassphraseRequired):
            db.unseal_event("电工")
        with pytest.raises(WrongPassphrase):
            db.unseal_event("电工", passphrase="not the secret 02")
        db.unseal_event("电工", passphrase=recovery.lower().replace("-", " "))  # as read off the envelope
        assert {e.name: e.code for e in db.entries("电工")} == truth
        stage2 = db.draws("电工")[1]
        assert stage2.seed == SEEDS[1] and {line.station for line in stage2.lines} == set(truth.values())
    assert verify_audit_file(path).ok


def test_a_key_holder_sees_who_is_who_only_with_the_key(drawn: tuple[Path, dict[str, str], str]) -> None:
    path, truth, _ = drawn
    with ContestDB.open(path, actor="张三") as db:  # the organiser, in a new session
        assert {e.name for e in db.entries_for(event="电工")} == {""}
        assert db.draws("电工")[1].lines == () and db.draws("电工")[1].seed is None
        with pytest.raises(WrongPassphrase):
            db.unlock_code_key("电工", "not the secret 02")
        db.unlock_code_key("电工", SECRET)
        assert {e.name: e.code for e in db.entries_for(event="电工")} == truth
        assert db.draws("电工")[1].seed == SEEDS[1]


def test_a_redraw_needs_the_key_and_keeps_the_envelope_valid(drawn: tuple[Path, dict[str, str], str]) -> None:
    path, _, recovery = drawn
    with ContestDB.open(path, actor="张三") as db:
        with pytest.raises(CodePassphraseRequired):
            db.draw_lots("电工", 2, seed=7)
        again = db.draw_lots("电工", 2, seed=7, passphrase=SECRET)
        assert again.recovery_code == ""  # the same key: the sealed envelope still opens it
        truth = {line.bib: line.station for line in again.lines}
    with ContestDB.open(path, actor="张三") as db:
        db.unlock_code_key("电工", recovery)
        assert {bib: code for code, (bib, _) in db.lot_codes("电工").items()} == truth
        first = db.draw_lots("电工", 1, seed=SEEDS[0])  # stage 1 again gives the second key up
        assert {e.name for e in db.entries("电工")} == {line.name for line in first.lines}
        assert not db.code_key_sealed("电工")
    assert verify_audit_file(path).ok
