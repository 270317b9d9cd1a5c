"""Plain values the store returns, and the mapping between core ``Entry`` and its table row."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from judge_app.core.entries import Entry, Status
from judge_app.core.package_format import PackageScore
from judge_app.core.scheme import EntryKind

ENTRY_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Entry))


#: One stored score; ``value`` is None for a cleared score (the revision still counts). It is the
#: same record a score package carries, so a judge's package is made of stored rows as they are.
ScoreRow = PackageScore


@dataclass(frozen=True)
class VoteRow:
    """An entry's recorded votes; ``voided`` (刷票) are not counted, ``reason`` says why."""

    code: str
    votes: int
    voided: int
    reason: str
    updated_at: str
    actor: str

    @property
    def counted(self) -> int:
        return self.votes - self.voided


@dataclass(frozen=True)
class ImportCounts:
    added: int
    updated: int
    unchanged: int


def entry_to_row(entry: Entry) -> dict[str, Any]:
    row = {name: getattr(entry, name) for name in ENTRY_COLUMNS}
    row["kind"] = entry.kind.value
    row["status"] = entry.status.value
    row["members"] = json.dumps(list(entry.members), ensure_ascii=False)
    return row


def row_to_entry(row: dict[str, Any]) -> Entry:
    values = {name: row[name] for name in ENTRY_COLUMNS}
    values["kind"] = EntryKind(row["kind"])
    values["status"] = Status(row["status"])
    values["members"] = tuple(json.loads(row["members"]))
    return Entry(**values)
