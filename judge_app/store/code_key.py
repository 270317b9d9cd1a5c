"""The second code key (二次加密) sealed by cryptography: nobody with the file rebuilds who is who.

After the stage-2 draw (工位号 for every 检录号) the file keeps, in the clear, only what judges
see: each entry's 工位号 and its scores. Who is behind a 工位号 (the 检录号 and the personal
fields: name, unit, ID number …) and the draw record itself (its seed and its 检录号 → 工位号
table) are encrypted with AES-GCM (``cryptography``) under a random per-event key. That key is
stored only wrapped, twice: by a key scrypt derives from the secretary's passphrase, and by one
derived from a printed **recovery code** (24 characters, for the sealed envelope). The rows are
written anew in 工位号 order, so neither their ids nor their order tell the import order either.

Unsealing (解密) needs the passphrase or the recovery code: the personal fields go back into the
rows and the event key is kept in the clear, since everyone may see the draw from then on.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import secrets
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from judge_app.core.entries import Entry
from judge_app.core.errors import NotPermitted, StateError
from judge_app.core.people import PERSONAL_FIELDS
from judge_app.core.seal_passphrase import check_new_passphrase
from judge_app.store.seals import WrongPassphrase, derive_key

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SQL = """
CREATE TABLE IF NOT EXISTS code_keys (
    event TEXT PRIMARY KEY,
    salt TEXT NOT NULL,           -- scrypt salt of the passphrase, hex
    by_passphrase TEXT NOT NULL,  -- the event key wrapped by the passphrase's key
    recovery_salt TEXT NOT NULL,
    by_recovery TEXT NOT NULL,    -- the event key wrapped by the recovery code's key
    people TEXT NOT NULL,         -- sealed: 工位号 → 检录号 and personal fields
    opened_key TEXT,              -- the event key in the clear, once the event is unsealed
    sealed_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
"""

SEALED_PREFIX = "aesgcm1:"
#: the entry columns sealed after the second draw: the 检录号 and who it is
SEALED_COLUMNS = ("bib", *PERSONAL_FIELDS)
RECOVERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read off paper
RECOVERY_CHARS, RECOVERY_GROUP = 24, 6  # 120 bits


@dataclass(frozen=True)
class SealedKey:
    """One event's stored code key (wrapped) and sealed people."""

    salt: str
    by_passphrase: str
    recovery_salt: str
    by_recovery: str
    people: str
    opened_key: str | None


def new_recovery_code() -> str:
    """A fresh recovery code as printed: ``XXXXXX-XXXXXX-XXXXXX-XXXXXX``."""
    text = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_CHARS))
    return "-".join(text[i:i + RECOVERY_GROUP] for i in range(0, RECOVERY_CHARS, RECOVERY_GROUP))


def recovery_form(secret: str) -> str | None:
    """``secret`` as a recovery code (case, spaces and dashes forgiven), or None if it is not one."""
    text = "".join(unicodedata.normalize("NFKC", secret).upper().replace("-", "").split())
    return text if len(text) == RECOVERY_CHARS and all(c in RECOVERY_ALPHABET for c in text) else None


def encrypt(key: bytes, value: Any, aad: str) -> str:
    """``value`` (JSON) sealed with AES-GCM under ``key``, bound to ``aad`` (contest and event)."""
    nonce = secrets.token_bytes(12)
    data = AESGCM(key).encrypt(nonce, json.dumps(value, ensure_ascii=False).encode("utf-8"), aad.encode())
    return SEALED_PREFIX + base64.b64encode(nonce + data).decode("ascii")


def decrypt(key: bytes, text: str, aad: str) -> Any:
    """What :func:`encrypt` sealed; WrongPassphrase when the key (or the text) is not the right one."""
    raw = base64.b64decode(text.removeprefix(SEALED_PREFIX))
    try:
        return json.loads(AESGCM(key).decrypt(raw[:12], raw[12:], aad.encode()))
    except InvalidTag:
        raise WrongPassphrase("口令或恢复码不对 / wrong passphrase or recovery code") from None


def is_sealed(text: str) -> bool:
    return text.startswith(SEALED_PREFIX)


def new_key(passphrase: str, aad: str) -> tuple[bytes, dict[str, str], str]:
    """A fresh event key, its wrapped forms (columns of ``code_keys``) and the recovery code."""
    text = check_new_passphrase(passphrase)
    key, recovery = AESGCM.generate_key(bit_length=256), new_recovery_code()
    salt, recovery_salt = secrets.token_bytes(16), secrets.token_bytes(16)
    wrapped = {
        "salt": salt.hex(), "by_passphrase": encrypt(derive_key(text, salt), key.hex(), aad),
        "recovery_salt": recovery_salt.hex(),
        "by_recovery": encrypt(derive_key(recovery_form(recovery), recovery_salt), key.hex(), aad),
    }
    return key, wrapped, recovery


def unwrap(stored: SealedKey, secret: str, aad: str) -> bytes:
    """The event key from the passphrase or the recovery code; WrongPassphrase if it is neither."""
    if stored.opened_key:
        return bytes.fromhex(stored.opened_key)
    code = recovery_form(secret)
    tries = [(secret, stored.salt, stored.by_passphrase)]
    if code is not None:
        tries.insert(0, (code, stored.recovery_salt, stored.by_recovery))
    for text, salt, wrapped in tries:
        try:
            return bytes.fromhex(decrypt(derive_key(text, bytes.fromhex(salt)), wrapped, aad))
        except WrongPassphrase:
            continue
    raise WrongPassphrase("加密裁判的口令或恢复码不对 / wrong passphrase or recovery code of the secretary")


def identified(entry: Entry, fields: dict[str, Any] | None) -> Entry:
    """``entry`` with the sealed columns ``fields`` (from :meth:`CodeKeyMixin.sealed_people`) back."""
    if not fields:
        return entry
    found = {c: fields.get(c, "") for c in PERSONAL_FIELDS}
    found["members"] = tuple(json.loads(fields.get("members") or "[]"))
    return dataclasses.replace(entry, **found)


def load(conn: sqlite3.Connection, event: str) -> SealedKey | None:
    row = conn.execute("SELECT salt, by_passphrase, recovery_salt, by_recovery, people, opened_key"
                       " FROM code_keys WHERE event = ?", (event,)).fetchone()
    return None if row is None else SealedKey(*row)


class CodePassphraseRequired(NotPermitted):
    """The secretary's passphrase (or the recovery code) is needed for this."""

    def __init__(self, what: str, what_en: str):
        super().__init__(f"{what}须输入加密裁判的口令或恢复码（--passphrase）/ {what_en} needs the secretary's"
                         " passphrase or the recovery code")


class CodeKeyMixin:
    """Sealing the second code key of an event into ``code_keys``; a base of LotsMixin."""

    _db: "Database"
    actor: str

    if TYPE_CHECKING:

        def meta(self, key: str) -> str | None: ...

    def unlock_code_key(self, event: str, secret: str) -> None:
        """Check the secretary's passphrase or the recovery code of ``event`` and keep the key for
        the acting person (in memory): the sealed draw record and who is behind each 工位号 are
        then shown to them, as far as their role may see them. WrongPassphrase if it is neither."""
        stored = load(self._db.conn, event)
        if stored is None:
            raise StateError(f"赛项“{event}”的第二次抽签没有加密 / the second draw of {event} is not sealed")
        self._keys_held()[event] = (self.actor, unwrap(stored, secret, self._code_aad(event)))

    def code_key_sealed(self, event: str) -> bool:
        """Whether who is behind the 工位号s of ``event`` is sealed (stage 2 drawn, not unsealed)."""
        stored = load(self._db.conn, event)
        return stored is not None and not stored.opened_key

    def code_key_needed(self, event: str) -> bool:
        """Whether a draw or the unseal of ``event`` needs the passphrase now (sealed, and the
        acting person does not hold the key)."""
        return self.code_key_sealed(event) and self._usable_key(event) is None

    def forget_code_keys(self) -> None:
        """Drop the second keys given so far (at logout: the next session asks again)."""
        self._keys_held().clear()

    def _keys_held(self) -> dict[str, tuple[str, bytes]]:
        if not hasattr(self, "_held_code_keys"):
            self._held_code_keys: dict[str, tuple[str, bytes]] = {}
        return self._held_code_keys

    def _code_aad(self, event: str) -> str:
        return f"judge_app.code-key/1\n{self.meta('contest_id') or ''}\n{event}"

    def _usable_key(self, event: str, stored: SealedKey | None = None) -> bytes | None:
        """The key of ``event`` if the acting person holds it (or the event is unsealed)."""
        stored = stored if stored is not None else load(self._db.conn, event)
        if stored is None:
            return None
        if stored.opened_key:
            return bytes.fromhex(stored.opened_key)
        held = self._keys_held().get(event)
        return held[1] if held is not None and held[0] == self.actor else None

    def _key_for(self, event: str, stored: SealedKey, secret: str | None, what: tuple[str, str]) -> bytes:
        """The key of a sealed event, from what the acting person holds or from ``secret``."""
        key = self._usable_key(event, stored)
        if key is not None:
            return key
        if not secret:
            raise CodePassphraseRequired(*what)
        return unwrap(stored, secret, self._code_aad(event))

    def sealed_people(self, event: str, key: bytes, stored: SealedKey | None = None) -> dict[str, dict[str, Any]]:
        """工位号 → the sealed columns (检录号, name …) of the entries of ``event``."""
        stored = stored if stored is not None else load(self._db.conn, event)
        return {} if stored is None else decrypt(key, stored.people, self._code_aad(event))

    def _restore_people(self, event: str, people: dict[str, dict[str, Any]]) -> None:
        """Write the sealed columns back into the rows (unsealing, or before a stage-1 redraw)."""
        assignments = ", ".join(f'"{c}" = ?' for c in SEALED_COLUMNS)
        for station, fields in people.items():
            self._db.execute(f"UPDATE entries SET {assignments} WHERE event = ? AND station = ?",
                             [fields.get(c, _BLANK.get(c, "")) for c in SEALED_COLUMNS] + [event, station])

    def _seal_rows(self, event: str, drawn: list[tuple[int, str, dict[str, Any] | None]]) -> dict[str, dict[str, Any]]:
        """Write the entries of ``event`` anew, in 工位号 order, with the 工位号 as code and without
        the sealed columns; ``drawn`` is (entry id, 工位号, its sealed columns, or None to take
        them from the row). Rows pointing at an entry follow it. Returns 工位号 → sealed columns
        (what :func:`encrypt` then seals)."""
        columns = [c for c in _columns(self._db.conn, "entries") if c != "id"]
        referring = _referring(self._db.conn)
        self._db.execute("UPDATE entries SET code = '', station = '' WHERE event = ?", (event,))
        people: dict[str, dict[str, Any]] = {}
        for entry_id, station, fields in sorted(drawn, key=lambda item: item[1]):
            row = dict(zip(columns, self._db.execute(
                f"SELECT {', '.join(_q(c) for c in columns)} FROM entries WHERE id = ?", (entry_id,)).fetchone()))
            fields = {c: row[c] for c in SEALED_COLUMNS} if fields is None else fields
            people[station] = {c: v for c, v in fields.items() if v not in ("", "[]")}
            row.update({c: _BLANK.get(c, "") for c in SEALED_COLUMNS}, code=station, station=station)
            new_id = self._db.execute(
                f"INSERT INTO entries ({', '.join(_q(c) for c in columns)}) VALUES ({', '.join('?' * len(columns))})",
                [row[c] for c in columns]).lastrowid
            for table, column in referring:
                self._db.execute(f"UPDATE {_q(table)} SET {_q(column)} = ? WHERE {_q(column)} = ?", (new_id, entry_id))
            self._db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
        return people


_BLANK = {"members": "[]"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({_q(table)})").fetchall()]


def _referring(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, column) of every column that refers to ``entries.id``."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return [(t, fk[3]) for t in tables for fk in conn.execute(f"PRAGMA foreign_key_list({_q(t)})").fetchall()
            if fk[2] == "entries"]
