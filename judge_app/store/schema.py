"""Tables of a contest file and the ordered migrations that build them.

``PRAGMA user_version`` is the number of migrations applied. A migration is appended, never
edited: the file format version is ``len(MIGRATIONS)``.
"""

from __future__ import annotations

from sqlite_utils import Database

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE scheme (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    event TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    "group" TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'individual',
    status TEXT NOT NULL DEFAULT 'ok'
        CHECK (status IN ('ok', 'absent', 'withdrawn', 'disqualified')),
    time_s INTEGER CHECK (time_s IS NULL OR time_s >= 0),
    unit TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    id_number TEXT NOT NULL DEFAULT '',
    members TEXT NOT NULL DEFAULT '[]',
    title TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX entries_event_code ON entries (event, code) WHERE code <> '';
CREATE UNIQUE INDEX entries_event_id_number ON entries (event, id_number) WHERE id_number <> '';
CREATE TABLE scores (
    entry_id INTEGER NOT NULL REFERENCES entries (id),
    criterion TEXT NOT NULL,
    judge TEXT NOT NULL,
    value TEXT,  -- exact decimal text; NULL is a cleared score (tombstone)
    revision INTEGER NOT NULL CHECK (revision >= 1),
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (entry_id, criterion, judge)
);
CREATE TABLE penalties (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries (id),
    section TEXT NOT NULL,
    points TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX penalties_entry ON penalties (entry_id);
CREATE TABLE votes (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (id),
    votes INTEGER NOT NULL CHECK (votes >= 0),
    voided INTEGER NOT NULL DEFAULT 0 CHECK (voided >= 0 AND voided <= votes),
    reason TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TABLE playoffs (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (id),
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TABLE section_states (
    event TEXT NOT NULL,
    section TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (event, section)
);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    old TEXT,
    new TEXT,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, '审计日志只能追加，不能修改 / audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, '审计日志只能追加，不能删除 / audit log is append-only');
END;
"""

# Version 2: judges with PIN hashes, the two-stage lot draw (检录号 bib, 工位号 station), unsealing.
_V2 = """
ALTER TABLE entries ADD COLUMN bib TEXT NOT NULL DEFAULT '';
ALTER TABLE entries ADD COLUMN station TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX entries_event_bib ON entries (event, bib) WHERE bib <> '';
CREATE UNIQUE INDEX entries_event_station ON entries (event, station) WHERE station <> '';
CREATE TABLE judges (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL
        CHECK (role IN ('judge', 'chief', 'secretary', 'scorer', 'supervisor', 'organiser')),
    pin_hash TEXT NOT NULL DEFAULT '',  -- scrypt$n$r$p$salt$hash, never the PIN
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TABLE draws (
    id INTEGER PRIMARY KEY,
    event TEXT NOT NULL,
    stage INTEGER NOT NULL CHECK (stage IN (1, 2)),
    seed TEXT NOT NULL,
    drawn_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    mapping TEXT NOT NULL  -- JSON list of the drawn lines, in input order
);
CREATE INDEX draws_event ON draws (event, stage);
CREATE TABLE unseals (
    event TEXT PRIMARY KEY,
    unsealed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
"""

# Version 3: submissions, remarks, re-mark requests, publication (judge_app.store.review_store).
from judge_app.store.review_store import MIGRATION_SQL as _V3  # noqa: E402
# Version 4: recheck, appeals, acknowledged warnings (judge_app.store.checks_store).
from judge_app.store.checks_store import MIGRATION_SQL as _V4  # noqa: E402
# Version 5: judge keys and kits, received score packages (judge_app.store.packages_store).
from judge_app.store.packages_store import MIGRATION_SQL as _V5  # noqa: E402
# Version 6: the end of each event, late appeals (judge_app.store.appeals_store).
from judge_app.store.appeals_store import MIGRATION_SQL as _V6  # noqa: E402

# Version 7: roster lookups by name and unit use an index (an import was quadratic without it).
_V7 = """
CREATE INDEX IF NOT EXISTS entries_event_name_unit ON entries (event, name, unit);
"""

# Version 8: wrong log-in tries per person (judge_app.store.logins).
from judge_app.store.logins import MIGRATION_SQL as _V8  # noqa: E402

# Version 9: the seal passphrase and the seals of the audit head (judge_app.store.seals), the
# sealed second code key of each event (judge_app.store.code_key).
from judge_app.store.code_key import MIGRATION_SQL as _CODE_KEYS  # noqa: E402
from judge_app.store.seals import MIGRATION_SQL as _SEALS  # noqa: E402

_V9 = _SEALS + _CODE_KEYS

# Version 10: judges' units and recusals (回避) of judges from entries (judge_app.store.recusals).
from judge_app.store.recusals import MIGRATION_SQL as _V10  # noqa: E402
# Version 11: 一票否决 of a season's entries (judge_app.store.vetoes_store).
from judge_app.store.vetoes_store import MIGRATION_SQL as _V11  # noqa: E402

# Append new migrations at the end; never reorder or edit a released one.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11)


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    return len(MIGRATIONS)


def migrate(db: Database) -> tuple[int, int]:
    """Apply the pending migrations, each in its own transaction; return (old, new) version.

    The caller has checked that the file is not newer than :func:`latest_version`.
    """
    old = user_version(db)
    for version in range(old + 1, latest_version() + 1):
        with db.atomic():
            db.executescript(MIGRATIONS[version - 1])
            db.execute(f"PRAGMA user_version = {version}")
    return old, user_version(db)
