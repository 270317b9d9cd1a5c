"""record_scores at scale (issue 17): one transaction, executemany and a batched audit chain."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

import pytest

from judge_app.core.errors import ImportRefused
from judge_app.store import ContestDB

from .sample import CODES


def _items(value: int = 40) -> list[tuple[str, str, str, str, object]]:
    return [("电工", code, "P1", f"J{j}", Decimal(value) + Decimal("0.5") * j) for code in CODES for j in range(1, 6)]


def _statements(contest: ContestDB, items) -> int:
    """Statements run, the rows of an executemany of scores or audit entries not counted."""
    seen: list[str] = []
    contest._db.conn.set_trace_callback(seen.append)
    try:
        contest.record_scores(items)
    finally:
        contest._db.conn.set_trace_callback(None)
    return sum(not sql.startswith(("INSERT INTO scores", "INSERT INTO audit")) for sql in seen)


def test_statements_do_not_grow_with_the_number_of_scores(contest: ContestDB) -> None:
    few = _statements(contest, _items(40)[:5])  # C01 by the 5 judges
    many = _statements(contest, _items(41))  # 25 scores by the same judges: 5 changed, 20 new
    assert many == few  # per event, section and judge; nothing per score


def test_one_audit_entry_per_changed_score_and_the_chain_holds(contest: ContestDB) -> None:
    before = contest.audit_seq()
    contest.record_scores(_items(40))
    revisions = contest.record_scores(_items(40)[:3] + [("电工", "C01", "P1", "J1", 50), ("电工", "C01", "P1", "J1", 51)])
    assert revisions == [1, 1, 1, 2, 3]  # unchanged, then the same value twice in one batch
    entries = contest.audit_since(before)
    assert [e.action for e in entries] == ["score.record"] * 27
    assert entries[-1].target == "电工/C01/P1/J1" and (entries[-1].old, entries[-1].new) == ("50", "51")
    assert contest.verify_audit().ok


def test_a_refusal_at_the_end_of_a_stream_stores_nothing(contest: ContestDB) -> None:
    before = contest.audit_seq()

    def stream() -> Iterator[tuple[str, str, str, str, object]]:
        yield from _items(40)
        raise ImportRefused("分数文件有错误")

    with pytest.raises(ImportRefused):
        contest.record_scores(stream())
    assert contest.audit_seq() == before and not [s for s in contest.scores("电工") if s.criterion == "P1"]
