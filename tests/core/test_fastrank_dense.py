"""fast_rank's shortcut for a complete table already in (entry, criterion, judge) order gives the
same numbers as the general scatter path and as compute_event."""

from __future__ import annotations

import numpy as np

from judge_app.core.engine import compute_event
from judge_app.core.entries import Entry, EventInputs
from judge_app.core.fastrank import ScoreTable, _dense_in_order, fast_rank
from judge_app.core.scheme_json import contest_from_dict

JUDGES = ("J1", "J2", "J3", "J4", "J5")
SCHEME = {
    "format": "judge_app.scheme/1", "contest": {"name": "t"},
    "events": [{"id": "E", "name": "E", "decimals": 2, "tie_breaks": [], "sections": [
        {"id": f"S{s}", "name": f"S{s}", "max": "30", "weight": "50", "rule": "trimmed", "judges": list(JUDGES),
         "criteria": [{"id": f"C{s}{c}", "name": f"C{s}{c}", "max": "10", "step": "0.5"} for c in range(3)]}
        for s in range(2)]}],
}


def test_dense_table_equals_shuffled_table_and_compute_event() -> None:
    event = contest_from_dict(SCHEME).event("E")
    n, cols, depth = 40, 6, len(JUDGES)
    rng = np.random.default_rng(5)
    entry = np.repeat(np.arange(n), cols * depth)
    crit = np.tile(np.repeat(np.arange(cols), depth), n)
    judge = np.tile(np.arange(depth), n * cols)
    value = rng.integers(0, 21, size=n * cols * depth) * 5  # 0.0 … 10.0 in tenths
    criteria = tuple(c.id for s in event.sections for c in s.criteria)
    assert _dense_in_order(entry, crit, judge, (n, cols, depth))
    inputs = EventInputs(entries=[Entry(code=f"A{i:03}", event="E") for i in range(n)])
    dense = ScoreTable(entry, crit, judge, value, 1, criteria, JUDGES)
    perm = rng.permutation(len(value))
    assert not _dense_in_order(entry[perm], crit[perm], judge[perm], (n, cols, depth))
    shuffled = ScoreTable(entry[perm], crit[perm], judge[perm], value[perm], 1, criteria, JUDGES)
    a, b = fast_rank(event, inputs, dense), fast_rank(event, inputs, shuffled)
    assert np.array_equal(a.sections, b.sections) and np.array_equal(a.totals, b.totals)
    assert np.array_equal(a.ranks, b.ranks) and a.fast.all()
    reference = EventInputs(entries=inputs.entries, scores=dense.scores_of(range(n), inputs))
    expected = {r.code: (r.total, r.rank) for r in compute_event(event, reference).rows}
    assert {r.code: (r.total, r.rank) for r in a.rows()} == expected


def test_one_missing_value_is_not_dense() -> None:
    entry, crit, judge = np.zeros(4, int), np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])
    assert _dense_in_order(entry, crit, judge, (1, 2, 2))
    assert not _dense_in_order(entry[:3], crit[:3], judge[:3], (1, 2, 2))
    assert not _dense_in_order(entry, crit, judge[::-1], (1, 2, 2))


def test_int32_rows_are_checked_two_cells_at_a_time_with_the_same_answer() -> None:
    n, cols, depth = 6, 4, 3  # 12 cells per entry: even, so the packed test applies
    entry = np.repeat(np.arange(n, dtype=np.int32), cols * depth)
    crit = np.tile(np.repeat(np.arange(cols, dtype=np.int32), depth), n)
    judge = np.tile(np.arange(depth, dtype=np.int32), n * cols)
    assert _dense_in_order(entry, crit, judge, (n, cols, depth))
    for array in (entry, crit, judge):
        for cell in (0, 1, len(array) // 2, len(array) - 1):  # low and high half of a packed pair
            changed = array.copy()
            changed[cell] += 1
            args = [changed if a is array else a for a in (entry, crit, judge)]
            assert not _dense_in_order(*args, (n, cols, depth))
            assert not _dense_in_order(*(a.astype(np.int64) for a in args), (n, cols, depth))
    odd = (np.repeat(np.arange(2, dtype=np.int32), 3), np.zeros(6, np.int32), np.tile(np.arange(3, dtype=np.int32), 2))
    assert _dense_in_order(*odd, (2, 1, 3))  # 3 cells per entry: the plain test
