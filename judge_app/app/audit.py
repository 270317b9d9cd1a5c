"""The audit log as a person reads it: the listing (审计日志, filtered by event, person and
action; names masked where the reader may not see them yet) and the check of the open file
(校验: chain, data, seals) for the desk. ``judge-app audit list`` and the GUI's 审计日志 dialog
both call these."""

from __future__ import annotations

from dataclasses import dataclass

from judge_app.app.contest_file import AuditSummary, verify_audit
from judge_app.core.policy import Action
from judge_app.store import ContestDB
from judge_app.store.audit import AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    """What to list: entries about ``event`` (the first part of the target), by ``person`` (the
    actor contains it) and of ``action`` (the action or its prefix before a dot); empty: any."""

    event: str = ""
    person: str = ""
    action: str = ""

    def keeps(self, entry: AuditEntry) -> bool:
        return ((not self.event or entry.target.split("/")[0] == self.event)
                and (not self.person or self.person in entry.actor)
                and (not self.action or entry.action == self.action or entry.action.startswith(self.action + ".")))


def audit_listing(db: ContestDB, keep: AuditFilter = AuditFilter()) -> list[AuditEntry]:
    """The audit entries ``keep`` selects, oldest first, as the acting person may read them
    (:meth:`ContestDB.audit_view`: chief judge, secretary, supervisor, organiser)."""
    return [entry for entry in db.audit_view() if keep.keeps(entry)]


def audit_actions(entries: list[AuditEntry]) -> list[str]:
    """The kinds of action in ``entries`` (their prefix before the dot), for a filter's choices."""
    return sorted({entry.action.split(".")[0] for entry in entries})


def verify_open_file(db: ContestDB, passphrase: str | None = None) -> AuditSummary:
    """``audit verify`` of the file open in ``db`` (read through a second, read-only connection):
    for whoever may read the log; with the seal ``passphrase``, the seals' keyed check too."""
    db.require(Action.AUDIT_VIEW)
    return verify_audit(db.path, passphrase)
