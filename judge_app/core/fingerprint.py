"""A short fingerprint of one group's result set, printed on its sheets (text and QR code).

Pure functions: the CLI can recompute the fingerprint from the stored results and compare it
with a printed sheet. The fingerprint is the first 12 hex digits of the SHA-256 of the UTF-8
JSON of :func:`canonical_rows` wrapped as ``{"format": FORMAT, "event", "group", "rows"}``,
with sorted keys, no spaces and non-ASCII kept as is. Numbers are the core's Decimal values
formatted with ``format(d, "f")`` (never through float), so a sheet whose printed numbers
differ from the stored ones has a different fingerprint.

Once an event is published its groups are SealedGroup objects: the payload also holds the
seal of the audit head that the publication (or finalisation) made (``"seal"``: id, seq, head
and HMAC, judge_app.store.seals), so a sheet printed for signature carries the sealed head. A file
rolled back to before that seal, or whose log was rewritten up to it, no longer gives the
printed fingerprint.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from judge_app.core.entries import Status
from judge_app.core.results import EntryResult, EventResult, GroupResult

FORMAT = "judge_app.result-fingerprint/1"
LENGTH = 12


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def is_ranked(row: EntryResult) -> bool:
    """Ranked rows come first on every sheet; 缺考/弃赛/取消资格 (and rows without a rank) last."""
    return row.status is Status.OK and row.rank is not None


def ordered_rows(group: GroupResult) -> list[EntryResult]:
    """The rows in sheet order: ranked by rank (the core's order among equal ranks), then the
    unranked in the core's order."""
    ranked = sorted((r for r in group.rows if is_ranked(r)), key=lambda r: r.rank)
    return ranked + [r for r in group.rows if not is_ranked(r)]


def canonical_rows(group: GroupResult) -> list[dict]:
    """What the fingerprint covers, one plain dict per row in sheet order."""
    rows = []
    for row in ordered_rows(group):
        entry = row.entry
        rows.append(
            {
                "rank": row.rank,
                "code": entry.code,
                "name": entry.name,
                "unit": entry.unit,
                "status": entry.status.value,
                "sections": [
                    [s.section, _num(s.score), bool(s.complete)] for s in row.sections
                ],
                "total": _num(row.total),
                "provisional": bool(row.provisional),
                "award": row.award,
                "titles": list(row.titles),
                "eligible": bool(row.eligible),
            }
        )
    return rows


@dataclass(frozen=True)
class SealedGroup(GroupResult):
    """A group's results as printed after publication, with the seal (``Seal.reference()``)
    its fingerprint covers."""

    seal: str = ""


def with_seal(result: EventResult, seal: str) -> EventResult:
    """``result`` with every group carrying ``seal`` ('' : none, plain groups again)."""
    def one(group: GroupResult) -> GroupResult:
        plain = {f.name: getattr(group, f.name) for f in dataclasses.fields(GroupResult)}
        return SealedGroup(**plain, seal=seal) if seal else GroupResult(**plain)

    return dataclasses.replace(result, groups=tuple(one(g) for g in result.groups))


def canonical_bytes(group: GroupResult) -> bytes:
    payload = {
        "format": FORMAT,
        "event": group.event,
        "group": group.group,
        "rows": canonical_rows(group),
    }
    seal = getattr(group, "seal", "")
    if seal:
        payload["seal"] = seal
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def result_fingerprint(group_result: GroupResult) -> str:
    """First 12 hex digits of SHA-256 over the canonical rows of ``group_result``."""
    return hashlib.sha256(canonical_bytes(group_result)).hexdigest()[:LENGTH]
