"""The contest file (SQLite): the only code that reads or writes contest data on disk."""

from judge_app.store.audit import AuditEntry, AuditReport, verify_audit_file
from judge_app.store.backup import KEEP_BACKUPS, list_backups
from judge_app.store.contest_db import ContestDB
from judge_app.store.errors import (
    ContestFileExists,
    ContestFileMissing,
    ContestFileReadOnly,
    ContestLocked,
    DamagedContestFile,
    DiskFull,
    NewerContestFile,
    NotAContestFile,
    ReasonRequired,
    StorageError,
)
from judge_app.store.records import ImportCounts, ScoreRow

__all__ = [
    "KEEP_BACKUPS",
    "AuditEntry",
    "AuditReport",
    "ContestDB",
    "ContestFileExists",
    "ContestFileMissing",
    "ContestFileReadOnly",
    "ContestLocked",
    "DamagedContestFile",
    "DiskFull",
    "ImportCounts",
    "NewerContestFile",
    "NotAContestFile",
    "ReasonRequired",
    "ScoreRow",
    "StorageError",
    "list_backups",
    "verify_audit_file",
]
