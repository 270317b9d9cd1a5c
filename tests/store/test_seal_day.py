"""The whole honest day with both passphrases set, on the command line: the chief judge sets the
seal passphrase, the secretary draws (the second key sealed with hers), judges score, the chief
locks (sealed), the recheck, the secretary unseals, the organiser publishes (sealed) and prints,
then finalises (sealed); ``audit verify`` and ``verify-sheet`` say ok. Then the attacks on the
finished file: a recomputed chain and an older copy, caught by the printed sheet."""

from __future__ import annotations

import re
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge_app.cli.main import main
from judge_app.store import ContestDB
from judge_app.store.anchor import anchor_path
from judge_app.store.audit import GENESIS_HASH, entry_hash
from tests.cli.login_env import AS_ORGANISER, as_person

from .sample import finish_recheck, register_organiser, sample_contest

SEAL = "铁面无私 seal 2026"  # the chief judge's
CODE = "二次加密 secret 01"  # the secretary's
CHIEF = as_person("CH", "chief-pass-12")
SECRETARY = as_person("S1", "secretary-pass-1")
E = ("--event", "电工")


def run(*args: object, env: dict[str, str], code: int = 0) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], env=env)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The finished day: (contest file, the fingerprint printed after publication, the folder of
    a copy taken just before publication)."""
    folder = tmp_path_factory.mktemp("day")
    path = folder / "比赛.judge"
    with sample_contest(path, "封印之日") as db:
        register_organiser(db)
        db.add_judge("CH", "裁判长", role="chief", pin="chief-pass-12")
        db.add_judge("S1", "周密", role="secretary", pin="secretary-pass-1")
    run("audit", "passphrase", path, "--new", SEAL, env=CHIEF)
    run("draw", path, *E, "--stage", "1", env=SECRETARY)
    drawn = run("draw", path, *E, "--stage", "2", "--passphrase", CODE, env=SECRETARY).output
    assert "恢复码 / recovery code:" in drawn
    with ContestDB.open(path, actor="组委会") as db:
        codes = sorted(e.code for e in db.entries("电工"))
        db.record_scores([("电工", c, "T1", "J6", 60 + 5 * i) for i, c in enumerate(codes)]
                         + [("电工", c, "P1", f"J{j}", Decimal(40 + i) + j) for i, c in enumerate(codes) for j in range(1, 6)]
                         + [("电工", c, crit, "J1", v) for c in codes for crit, v in (("P2", 20), ("P3", 8))])
    refused = run("lock", path, *E, "--section", "theory", env=CHIEF, code=10).output
    assert "封印口令" in refused  # no terminal to ask on, no --passphrase: refused, nothing locked
    for section in ("theory", "practical"):
        run("lock", path, *E, "--section", section, "--passphrase", SEAL, env=CHIEF)
    with ContestDB.open(path, actor="组委会") as db:
        finish_recheck(db, "电工")
    assert "口令或恢复码" in run("unseal", path, *E, env=SECRETARY, code=10).output
    run("unseal", path, *E, "--passphrase", CODE, env=SECRETARY)
    before = folder / "before"
    before.mkdir()
    shutil.copy(path, before / path.name)
    run("publish", path, *E, "--passphrase", SEAL, env=AS_ORGANISER)
    printed = run("export", path, "--format", "pdf", "--kind", "results", *E, "--out", folder / "out", env=AS_ORGANISER)
    fingerprint = re.search(r"校验码 / fingerprint ([0-9a-f]{12})", printed.output).group(1)
    run("finalise", path, *E, "--passphrase", SEAL, env=AS_ORGANISER)
    return path, fingerprint, str(before)


def test_the_honest_day_verifies(day: tuple[Path, str, str]) -> None:
    path, fingerprint, _ = day
    verified = run("audit", "verify", path, "--passphrase", SEAL, env=AS_ORGANISER).output
    assert "audit chain ok" in verified and "4 seals checked with the passphrase" in verified
    with ContestDB.open(path, actor="组委会") as db:
        assert [s.kind for s in db.seals()] == ["lock", "lock", "publish", "final"]
        assert all(e.name for e in db.entries("电工"))  # unsealed: the names are back
    sheet = run("verify-sheet", path, fingerprint, "--passphrase", SEAL, env=AS_ORGANISER).output
    assert "一致 / MATCH" in sheet and "sealed at audit entry" in sheet


def test_a_recomputed_chain_fails_the_printed_sheet_and_the_passphrase(day: tuple[Path, str, str],
                                                                       tmp_path: Path) -> None:
    path, fingerprint, _ = day
    forged = tmp_path / path.name
    shutil.copy(path, forged)
    conn = sqlite3.connect(forged)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET reason = '改写' WHERE seq = 3")  # any edit before a seal, then every hash anew
    prev = GENESIS_HASH
    for seq, *fields in conn.execute("SELECT seq, ts, actor, action, target, old, new, reason FROM audit"
                                     " ORDER BY seq").fetchall():
        digest = entry_hash(prev, seq, *fields)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest
    conn.execute("UPDATE meta SET value = ? || ':' || ? WHERE key = 'audit_head'",
                 (conn.execute("SELECT MAX(seq) FROM audit").fetchone()[0], prev))
    conn.commit()
    conn.close()
    sheet = run("verify-sheet", forged, fingerprint, env=AS_ORGANISER, code=2)
    assert "一致 / MATCH" in sheet.output and "日志在封印之后被改写或重算" in sheet.output
    assert "日志在封印之后被改写或重算" in run("audit", "verify", forged, "--passphrase", SEAL,
                                          env=AS_ORGANISER, code=2).output


def test_an_older_copy_without_its_anchor_fails_the_printed_sheet(day: tuple[Path, str, str], tmp_path: Path) -> None:
    path, fingerprint, before = day
    older = tmp_path / path.name
    shutil.copy(Path(before) / path.name, older)  # taken before publication; no anchor beside it
    assert not anchor_path(older).exists()
    verified = run("audit", "verify", older, "--passphrase", SEAL, env=AS_ORGANISER).output
    assert "audit chain ok" in verified  # the file alone is consistent: only the sheet can tell
    assert "不一致 / NO MATCH" in run("verify-sheet", older, fingerprint, env=AS_ORGANISER, code=2).output
