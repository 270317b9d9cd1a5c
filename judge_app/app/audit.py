"""The audit log as a person reads it: the listing (审计日志, filtered by event, person and
action; names masked where the reader may not see them yet) and the check of the open file
(校验: chain, data, seals) for the desk. ``judge-app audit list`` and the GUI's 审计日志 page
both call these."""

from __future__ import annotations

from dataclasses import dataclass

from judge_app.app.contest_file import AuditSummary, verify_audit
from judge_app.core.policy import Action
from judge_app.store import ContestDB
from judge_app.store.audit import AuditEntry
from judge_app.store.audit import AuditQuery as AuditFilter
from judge_app.core.policy import SEALERS

__all__ = ["AuditFilter", "AuditPage", "audit_listing", "audit_page", "verify_open_file"]


def audit_listing(db: ContestDB, keep: AuditFilter = AuditFilter()) -> list[AuditEntry]:
    """The audit entries ``keep`` selects, oldest first, as the acting person may read them
    (:meth:`ContestDB.audit_view`: chief judge, secretary, supervisor, organiser)."""
    return db.audit_view(keep)[0][::-1]


@dataclass(frozen=True)
class AuditPage:
    """What the GUI's 审计日志 page shows: the latest ``limit`` entries ``keep`` selects, how many
    it selects in all, the kinds of action in the whole log (the filter's choices), and whether
    the check should ask the reader for the seal passphrase (set, and theirs to hold)."""

    entries: list[AuditEntry]
    total: int
    actions: list[str]
    asks_seal_passphrase: bool


def audit_page(db: ContestDB, keep: AuditFilter = AuditFilter(), limit: int = 2000) -> AuditPage:
    """:func:`audit_listing` for a screen: at most the latest ``limit`` entries, newest first."""
    entries, total = db.audit_view(keep, limit)
    return AuditPage(entries, total, db.audit_kinds(), db.seal_passphrase_set() and db.actor_role() in SEALERS)


def verify_open_file(db: ContestDB, passphrase: str | None = None) -> AuditSummary:
    """``audit verify`` of the file open in ``db`` (read through a second, read-only connection):
    for whoever may read the log; with the seal ``passphrase``, the seals' keyed check too."""
    db.require(Action.AUDIT_VIEW)
    return verify_audit(db.path, passphrase)
