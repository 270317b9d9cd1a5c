"""The votes of a 工匠 selection (公众投票): enter a candidate's count, import a file of counts, void
rigged votes (刷票) with a reason, and the sheet of votes with the vote section's score. Each takes
the open contest (its actor is the acting person); the store checks roles and audits."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from judge_app.app.contest_file import load_contest
from judge_app.core.decimals import whole_number
from judge_app.core.fast_engine import compute_event_fast
from judge_app.core.errors import ImportRefused
from judge_app.core.scheme import Event, SectionKind
from judge_app.io.votes_file import read_vote_lines, vote_event
from judge_app.store import ContestDB
from judge_app.store.records import VoteRow


@dataclass(frozen=True)
class CandidateVotes:
    """One entry of a vote event: its votes (None: none recorded), those voided and why, and the
    vote section's score they give (votes counted / most counted × section max)."""

    code: str
    votes: int | None
    voided: int
    reason: str
    score: Decimal | None

    @property
    def counted(self) -> int | None:
        return None if self.votes is None else self.votes - self.voided


def vote_sheet(db: ContestDB, event: str) -> tuple[Event, list[CandidateVotes]]:
    """Every entry of a vote event (codes only) with its votes and its vote section's score."""
    ev = vote_event(load_contest(db), event)
    section = next(s for s in ev.sections if s.kind is SectionKind.VOTE)
    recorded = {row.code: row for row in db.votes(ev.id)}
    result = compute_event_fast(ev, db.event_inputs(ev))
    rows = []
    for group in result.groups:
        for entry in group.rows:
            found = recorded.get(entry.code)
            scored = entry.section(section.id)
            rows.append(CandidateVotes(entry.code, found.votes if found else None, found.voided if found else 0,
                                       found.reason if found else "", scored.score if found and scored else None))
    return ev, sorted(rows, key=lambda row: row.code)


def _recorded(db: ContestDB, event_id: str, code: str) -> VoteRow | None:
    return next((row for row in db.votes(event_id) if row.code == code), None)


def set_votes(db: ContestDB, event: str, code: str, votes: int | str) -> None:
    """Record a candidate's votes (a whole number, typed or not); votes voided before stay voided
    (with their reason)."""
    ev = vote_event(load_contest(db), event)
    found = _recorded(db, ev.id, code)
    db.set_votes(ev.id, code, whole_number(votes, "票数"), voided=found.voided if found else 0,
                 reason=found.reason if found else "")


def void_votes(db: ContestDB, event: str, code: str, voided: int | str, *, reason: str) -> None:
    """Void ``voided`` of a candidate's votes (刷票: the number voided in all, not more of them),
    with the reason; 0 counts them all again."""
    ev = vote_event(load_contest(db), event)
    found = _recorded(db, ev.id, code)
    db.set_votes(ev.id, code, found.votes if found else 0, voided=whole_number(voided, "作废票数"), reason=reason)


def import_votes(db: ContestDB, file: str | Path, *, event: str | None = None) -> int:
    """Load a votes file (编号 or 候选人编号, 票数 [, 作废票数, 作废原因, 赛项]) all or nothing; a file
    without 作废票数 keeps the votes voided before. Returns the number of candidates."""
    lines = read_vote_lines(file, load_contest(db), db.entries(), event=event)
    kept = {(event_id, row.code): row for event_id in {line.event for line in lines} for row in db.votes(event_id)}
    items, problems = [], []
    for line in lines:
        before = kept.get((line.event, line.code))
        voided, reason = (line.voided, line.reason) if line.voided is not None else (
            (before.voided, before.reason) if before else (0, ""))
        if voided > line.votes:
            problems.append(f"{Path(file).name} 第 {line.row} 行：编号“{line.code}”已作废 {voided} 票，多于新票数 {line.votes}"
                            "（请加“作废票数”列）")
        items.append((line.event, line.code, line.votes, voided, reason))
    if problems:
        raise ImportRefused(f"票数文件 {Path(file).name} 有 {len(problems)} 处错误，未导入任何票数：", problems)
    db.set_votes_many(items)
    return len(items)
