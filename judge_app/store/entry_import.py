"""Merging a roster into the entries table without duplicating anyone.

A person is recognised by (event, ID number), else (event, code), else (event, name, unit); a
team, project or proposal listed without a name or code by (event, title, unit). A
re-import fills in and corrects fields but never blanks one that is set: an empty code, ID number
or text, no time and status ``ok`` keep what is stored (so a lot draw or a 缺考 recorded on site
survives a second import of the same roster).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ImportRefused
from judge_app.store.records import ENTRY_COLUMNS, ImportCounts, entry_to_row

_COLUMNS_SQL = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
_BLANK: dict[str, object] = {"members": "[]", "status": Status.OK.value}


class _Refused(Exception):
    """One roster line cannot be stored; the message says why."""


def merge_entries(db: Database, entries: list[Entry], *, frozen: set[str] = frozenset()) -> ImportCounts:
    """Insert or update every entry; raise ImportRefused listing all problems (caller rolls back).
    Nobody may be added to, or changed in, a ``frozen`` event (a section locked)."""
    problems: list[str] = []
    touched: dict[int, int] = {}  # row id → position in this import (1-based)
    outcomes = {"added": 0, "updated": 0, "unchanged": 0}
    for position, entry in enumerate(entries, 1):
        try:
            outcome = _store(db, entry, position, touched)
            if outcome != "unchanged" and entry.event in frozen:
                raise _Refused(f"赛项“{entry.event}”已有模块锁定或已解密，名单不能再{'增加' if outcome == 'added' else '修改'}"
                               " / the event is locked: its roster cannot change")
            outcomes[outcome] += 1
        except _Refused as exc:
            who = entry.name or entry.title or entry.code or entry.id_number or "无名"
            problems.append(f"第 {position} 条 ({who}): {exc}")
    if problems:
        raise ImportRefused("名单未导入，没有做任何改动 / roster refused, nothing was changed", problems)
    return ImportCounts(**outcomes)


def _store(db: Database, entry: Entry, position: int, touched: dict[int, int]) -> str:
    """Insert or update one entry; return "added", "updated" or "unchanged"."""
    if not (entry.name or entry.title or entry.code or entry.id_number):
        raise _Refused("没有姓名、名称、检录号或身份证号 / no name, title, code or ID number")
    existing, key = _match(db, entry)
    if existing is not None and existing["id"] in touched:
        raise _Refused(f"与第 {touched[existing['id']]} 条{key}相同，名单重复 / listed twice")
    row = entry_to_row(entry) if existing is None else _merged(existing, entry_to_row(entry))
    _check_code_free(db, row, existing["id"] if existing else None, touched)
    values = [row[c] for c in ENTRY_COLUMNS]
    if existing is None:
        cursor = db.execute(f"INSERT INTO entries ({_COLUMNS_SQL}) VALUES ({', '.join('?' * len(values))})", values)
        touched[int(cursor.lastrowid or 0)] = position
        return "added"
    touched[existing["id"]] = position
    if all(row[c] == existing[c] for c in ENTRY_COLUMNS):
        return "unchanged"
    assignments = ", ".join(f'"{c}" = ?' for c in ENTRY_COLUMNS)
    db.execute(f"UPDATE entries SET {assignments} WHERE id = ?", values + [existing["id"]])
    return "updated"


def _match(db: Database, entry: Entry) -> tuple[dict[str, Any] | None, str]:
    """The stored row of the same entry (or None) and the key that recognised it."""
    if entry.id_number:
        key, rows = "身份证号", _rows(db, LOOKUPS["id_number"], [entry.event, entry.id_number])
    elif entry.code:
        key, rows = "检录号", _rows(db, LOOKUPS["code"], [entry.event, entry.code])
    else:
        key, rows = "姓名和单位", _rows(db, LOOKUPS["name_unit"], [entry.event, entry.name, entry.unit])
        if not entry.name:  # a team or project known by its title: the unit's nameless entries
            key, rows = "名称和单位", [r for r in rows if r["title"] == entry.title]
    if len(rows) > 1:
        raise _Refused(
            f"已有 {len(rows)} 条同名同单位的记录，无法区分，请补充身份证号或检录号"
            " / several stored entries have this name and unit: add an ID number or code"
        )
    return (rows[0] if rows else None), key


def _merged(existing: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    def blank(column: str) -> bool:
        return incoming[column] in ("", None, _BLANK.get(column))

    return {c: existing[c] if blank(c) else incoming[c] for c in ENTRY_COLUMNS}


def _check_code_free(db: Database, row: dict[str, Any], own_id: int | None, touched: dict[int, int]) -> None:
    """Refuse a code that belongs to another entry.

    (An ID number cannot clash: an entry with one is always matched by it.)
    """
    if not row["code"]:
        return
    others = _rows(db, LOOKUPS["code_free"], [row["event"], row["code"], own_id])
    if not others:
        return
    other = others[0]
    if other["id"] in touched:
        raise _Refused(f"检录号 “{row['code']}” 与第 {touched[other['id']]} 条重复 / duplicate code")
    raise _Refused(f"检录号 “{row['code']}” 已属于 {other['name'] or '另一记录'} / code already used")


#: every lookup of a roster line: each must use an index (tests/store/test_entry_import_plan.py),
#: or an import of n lines costs n full scans. ``code <> ''`` / ``id_number <> ''`` let SQLite use
#: the partial unique indexes (a WHERE that does not imply an index's condition cannot).
LOOKUPS = {
    "id_number": "event = ? AND id_number = ? AND id_number <> ''",
    "code": "event = ? AND code = ? AND code <> ''",
    "name_unit": "event = ? AND name = ? AND unit = ?",
    "code_free": "event = ? AND code = ? AND code <> '' AND id IS NOT ?",
}


def _rows(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(db.query(f"SELECT id, {_COLUMNS_SQL} FROM entries WHERE {where} ORDER BY id", params))


def query_plan(db: Database, lookup: str) -> str:
    """SQLite's plan for one of :data:`LOOKUPS` (EXPLAIN QUERY PLAN), for the index test."""
    where = LOOKUPS[lookup]
    params = ["x"] * where.count("?")
    rows = db.execute(f"EXPLAIN QUERY PLAN SELECT id FROM entries WHERE {where} ORDER BY id", params).fetchall()
    return " | ".join(str(r[-1]) for r in rows)
