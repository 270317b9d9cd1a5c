"""Keyed seals of the audit head: what someone holding the contest file cannot forge.

The hash chain (audit.py) is plain sha256: whoever has the file can drop the triggers, edit a
score and its audit entry and recompute every hash, the head and the anchor. A **seal** is an
HMAC-SHA256 over (contest id, seq, hash) of the audit head, keyed from the **seal passphrase**
that the chief judge or the supervisor sets and keeps (scrypt-derived; the file holds only the
salt and a verifier). Once a passphrase is set, every lock, publication and finalisation is
sealed in the same transaction, and refused without the passphrase (:class:`PassphraseRequired`).

:func:`check_seals` (``audit verify`` and ``verify-sheet``) finds, without the passphrase, seals
that no longer match the log (a log rewritten before the seal) or that were removed from the
middle; with it, forged seals, a removed passphrase record and locks/publications left
unsealed. The last seal (seq, head, HMAC) is also kept in the anchor (anchor.py) and, through
the fingerprint (reports/fingerprint.py), on every sheet printed after publication.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from judge_app.core.errors import NotPermitted
from judge_app.core.policy import Action
from judge_app.core.seal_passphrase import canonical, check_new_passphrase
from judge_app.store.audit import utc_now
from judge_app.store.connection import connect

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SQL = """
CREATE TABLE IF NOT EXISTS seal_passphrase (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL,      -- scrypt salt, hex
    params TEXT NOT NULL,    -- scrypt n:r:p
    seq INTEGER NOT NULL,    -- the audit entry that set it
    verifier TEXT NOT NULL,  -- HMAC of (contest id, seq) with the derived key: never the key
    set_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS seals (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,    -- the audit entry sealed (the head when sealing)
    head TEXT NOT NULL,      -- its hash
    kind TEXT NOT NULL,      -- lock / publish / final
    target TEXT NOT NULL,    -- event/section or event
    mac TEXT NOT NULL,       -- HMAC-SHA256(key, contest id, seq, head)
    sealed_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
"""

#: audit actions sealed once a passphrase is set → the seal's kind
SEALED_ACTIONS = {"section.lock": "lock", "event.publish": "publish", "event.finalize": "final"}
_KIND_WORDS = {"lock": ("锁定模块", "a lock"), "publish": ("公示", "publication"), "final": ("定稿", "finalisation")}
SEAL_ACTION = "audit.seal"
PASSPHRASE_ACTION = "seal.passphrase"
KDF_N, KDF_R, KDF_P = 2**15, 8, 1  # 32 MiB and about 0.1 s per try


class PassphraseRequired(NotPermitted):
    """A seal passphrase is set and this action must be sealed with it."""

    def __init__(self, what: str, what_en: str):
        super().__init__(f"本比赛已设封印口令，{what}须输入封印口令（--passphrase）/ {what_en} needs the seal passphrase")


class WrongPassphrase(NotPermitted):
    """The passphrase given does not open this contest's seals."""


@dataclass(frozen=True)
class Seal:
    id: int
    seq: int
    head: str
    kind: str
    target: str
    mac: str
    sealed_at: str
    actor: str

    def reference(self) -> str:
        """What a printed sheet carries of it (through its fingerprint)."""
        return f"{self.id}:{self.seq}:{self.head}:{self.mac}"


def derive_key(passphrase: object, salt: bytes, params: str = f"{KDF_N}:{KDF_R}:{KDF_P}") -> bytes:
    """The 32-byte key scrypt derives from ``passphrase`` (cryptography's Scrypt)."""
    n, r, p = (int(x) for x in params.split(":"))
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(canonical(passphrase).encode("utf-8"))


def seal_mac(key: bytes, contest_id: str, seq: int, head: str) -> str:
    message = f"judge_app.seal/1\n{contest_id}\n{seq}\n{head}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _verifier(key: bytes, contest_id: str, seq: int) -> str:
    return hmac.new(key, f"judge_app.seal-verifier/1\n{contest_id}\n{seq}".encode(), hashlib.sha256).hexdigest()


class SealsMixin:
    """The seal passphrase and the seals; mixed into ContestDB."""

    _db: "Database"
    actor: str
    _seal_holder: tuple[str, bytes] | None = None  # (actor, key) after unlock_seals

    if TYPE_CHECKING:

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

        def require(self, action: Action, **where: object) -> None: ...

        def meta(self, key: str) -> str | None: ...

    def forget_seal_key(self) -> None:
        """Drop the seal key given so far (at logout: the next session asks again)."""
        self._seal_holder = None

    def seal_passphrase_set(self) -> bool:
        return self._db.execute("SELECT 1 FROM seal_passphrase").fetchone() is not None

    def set_seal_passphrase(self, passphrase: str, *, old: str | None = None) -> None:
        """Set the seal passphrase (chief judge or supervisor); changing it needs the old one.
        Only a salt and a verifier are stored, and the audit entry says that it was set."""
        self.require(Action.SEAL_PASSPHRASE)
        text = check_new_passphrase(passphrase)
        had = self.seal_passphrase_set()
        if had:
            if old is None:
                raise PassphraseRequired("更改封印口令", "changing it")
            self.unlock_seals(old)
        salt, params = secrets.token_bytes(16), f"{KDF_N}:{KDF_R}:{KDF_P}"
        key = derive_key(text, salt, params)
        now = utc_now()
        with self._db.atomic():
            self._audit(now, PASSPHRASE_ACTION, "seal", "set" if had else None, "set")
            seq = self._db.execute("SELECT MAX(seq) FROM audit").fetchone()[0]
            self._db.execute(
                "INSERT INTO seal_passphrase (id, salt, params, seq, verifier, set_at, actor) VALUES (1, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, params = excluded.params, seq = excluded.seq,"
                " verifier = excluded.verifier, set_at = excluded.set_at, actor = excluded.actor",
                (salt.hex(), params, seq, _verifier(key, self._contest_id(), seq), now, self.actor))
        self._seal_holder = (self.actor, key)

    def unlock_seals(self, passphrase: str) -> None:
        """Check the seal passphrase and keep its key for the acting person's next locks and
        publications (in memory only). WrongPassphrase if it does not match."""
        self._seal_holder = (self.actor, passphrase_key(self._db.conn, passphrase))

    def seal_key_needed(self) -> bool:
        """Whether a lock, publication or finalisation by the acting person needs the seal
        passphrase first (one is set and they have not given it in this session)."""
        holder = self._seal_holder
        return self.seal_passphrase_set() and (holder is None or holder[0] != self.actor)

    def seals(self) -> list[Seal]:
        return read_seals(self._db.conn)

    def sheet_seals(self, event: str) -> list[Seal]:
        """The publication and final seals of ``event``, oldest first: a sheet printed now carries
        the last one (in its fingerprint), one printed earlier may carry an earlier one."""
        return [s for s in self.seals() if s.kind in ("publish", "final") and s.target == event]

    def seal_problems(self, passphrase: str | None = None) -> tuple[list[str], list[str]]:
        """:func:`check_seals` of this file: (problems, notes)."""
        return check_seals(self._db.conn, passphrase)

    def _seal_after(self, action: str, target: str) -> None:
        """Called after each audit entry, inside its transaction: seal it if it is a lock,
        publication or finalisation and a passphrase is set (refuse it without the key)."""
        kind = SEALED_ACTIONS.get(action)
        if kind is None or not self.seal_passphrase_set():
            return
        holder = self._seal_holder
        if holder is None or holder[0] != self.actor:
            raise PassphraseRequired(*_KIND_WORDS[kind])
        seq, head = self._db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        mac = seal_mac(holder[1], self._contest_id(), seq, head)
        now = utc_now()
        cursor = self._db.execute(
            "INSERT INTO seals (seq, head, kind, target, mac, sealed_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, head, kind, target, mac, now, self.actor))
        self._audit(now, SEAL_ACTION, str(cursor.lastrowid), None, f"{seq}:{head}:{mac}", kind)

    def _contest_id(self) -> str:
        return self.meta("contest_id") or ""


def file_has_passphrase(path: Path) -> bool:
    """Whether the contest file at ``path`` has a seal passphrase (read-only, no lock)."""
    db = connect(path, read_only=True)
    try:
        return _passphrase_seq(db.conn) is not None
    finally:
        db.close()


def passphrase_key(conn: sqlite3.Connection, passphrase: str) -> bytes:
    """The seal key of ``passphrase`` if it is this file's; WrongPassphrase otherwise (or when
    the file has no seal passphrase)."""
    row = conn.execute("SELECT salt, params, seq, verifier FROM seal_passphrase").fetchone()
    if row is None:
        raise WrongPassphrase("本比赛文件没有封印口令 / this contest file has no seal passphrase")
    salt, params, seq, verifier = row
    key = derive_key(passphrase, bytes.fromhex(salt), params)
    if not hmac.compare_digest(_verifier(key, _contest_id(conn), seq), verifier):
        raise WrongPassphrase("封印口令不对（或文件中的口令记录被替换）/ wrong seal passphrase (or its record was replaced)")
    return key


def read_seals(conn: sqlite3.Connection) -> list[Seal]:
    try:
        rows = conn.execute("SELECT id, seq, head, kind, target, mac, sealed_at, actor FROM seals ORDER BY id").fetchall()
    except sqlite3.OperationalError:  # a file older than seals, read without migrating
        return []
    return [Seal(*row) for row in rows]


def check_seals(conn: sqlite3.Connection, passphrase: str | None) -> tuple[list[str], list[str]]:
    """(problems, notes) of the seals of an open contest database; see the module docstring."""
    problems: list[str] = []
    found = read_seals(conn)
    last_seq = 0
    for seal in found:
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seal.seq,)).fetchone()
        if row is None or row[0] != seal.head:
            problems.append(
                f"封印 #{seal.id}（{seal.sealed_at[:16].replace('T', ' ')}）与审计日志第 {seal.seq} 条不符："
                f"日志在封印之后被改写或重算 / seal #{seal.id} does not match audit entry {seal.seq}:"
                " the log was rewritten after it was sealed")
        if seal.seq <= last_seq:
            problems.append(f"封印 #{seal.id} 的顺序不对 (被改动) / seal #{seal.id} is out of order")
        last_seq = seal.seq
    problems += _unsealed(conn)
    if passphrase is None:
        notes = [f"{len(found)} 个封印未用口令核对 (audit verify --passphrase) / seals not checked against the"
                 " passphrase"] if found else []
        return problems, notes
    try:
        key = passphrase_key(conn, passphrase)
    except WrongPassphrase as exc:
        return problems + [str(exc)], []
    contest_id = _contest_id(conn)
    for seal in found:
        if not hmac.compare_digest(seal_mac(key, contest_id, seal.seq, seal.head), seal.mac):
            problems.append(f"封印 #{seal.id} 不是用此口令封的 (被伪造) / seal #{seal.id} was not made with this"
                            " passphrase: forged")
    return problems, [f"已用封印口令核对 {len(found)} 个封印 / {len(found)} seals checked with the passphrase"]


def check_anchored_seal(conn: sqlite3.Connection, passphrase: str, seal: tuple[int, str, str]) -> list[str]:
    """The problem with the seal an anchor keeps, checked with the passphrase: one nobody with
    the passphrase made (the anchor was forged to fit a changed file)."""
    try:
        key = passphrase_key(conn, passphrase)
    except WrongPassphrase:
        return []  # reported by check_seals
    seq, head, mac = seal
    if hmac.compare_digest(seal_mac(key, _contest_id(conn), seq, head), mac):
        return []
    return [f"外部锚点中的封印 (第 {seq} 条) 不是用此口令封的 (锚点被伪造) / the anchor's seal (entry {seq})"
            " was not made with this passphrase: the anchor was forged"]


def _unsealed(conn: sqlite3.Connection) -> list[str]:
    """Locks, publications and finalisations after the passphrase was set that have no seal
    (seals deleted, or the log rewritten to hide them)."""
    row = _passphrase_seq(conn)
    if row is None:
        return []
    actions = tuple(SEALED_ACTIONS)
    missing = conn.execute(
        f"SELECT a.seq, a.action, a.target FROM audit a WHERE a.seq > ? AND a.action IN ({', '.join('?' * len(actions))})"
        " AND NOT EXISTS (SELECT 1 FROM seals s WHERE s.seq = a.seq) ORDER BY a.seq", (row, *actions)).fetchall()
    return [f"审计日志第 {seq} 条（{action} {target}）没有封印 (封印被删除) / entry {seq} ({action}) has no seal:"
            " seal removed" for seq, action, target in missing]


def _passphrase_seq(conn: sqlite3.Connection) -> int | None:
    try:
        row = conn.execute("SELECT seq FROM seal_passphrase").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else int(row[0])


def _contest_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'contest_id'").fetchone()
    return row[0] if row else ""
