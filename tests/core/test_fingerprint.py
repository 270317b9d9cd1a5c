"""The result fingerprint: documented algorithm, sensitive to printed values, order-stable."""

import hashlib
import json
from dataclasses import replace
from decimal import Decimal

from judge_app.core.entries import Entry, Status
from judge_app.core.fingerprint import FORMAT, canonical_rows, ordered_rows, result_fingerprint
from judge_app.core.results import EntryResult, GroupResult, SectionResult
from tests.reports.builders import make_event, make_group

D = Decimal


def _tiny() -> GroupResult:
    a = EntryResult(Entry("A1", "dg", "职工组", "王伟", unit="南京供电"),
                    (SectionResult("t", D("86.50")),), D("80.73"), rank=1, award="一等奖")
    b = EntryResult(Entry("A2", "dg", "职工组", "李䶮", status=Status.ABSENT))
    return GroupResult("dg", "职工组", (b, a))


def test_matches_the_documented_algorithm():
    rows = [
        {"rank": 1, "code": "A1", "name": "王伟", "unit": "南京供电", "status": "ok",
         "sections": [["t", "86.50", True]], "total": "80.73", "provisional": False,
         "award": "一等奖", "titles": [], "eligible": True},
        {"rank": None, "code": "A2", "name": "李䶮", "unit": "", "status": "absent",
         "sections": [], "total": None, "provisional": False, "award": None, "titles": [],
         "eligible": True},
    ]
    payload = {"format": FORMAT, "event": "dg", "group": "职工组", "rows": rows}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    expected = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    assert canonical_rows(_tiny()) == rows
    assert result_fingerprint(_tiny()) == expected
    assert len(expected) == 12 and int(expected, 16) >= 0


def test_changes_with_any_printed_value():
    base = _tiny()
    fp = result_fingerprint(base)
    a = base.row("A1")
    for changed in (
        replace(a, total=D("80.74")),
        replace(a, total=D("80.730")),  # prints differently, so a different sheet
        replace(a, award="二等奖"),
        replace(a, entry=replace(a.entry, name="王玮")),
        replace(a, sections=(SectionResult("t", D("86.5")),)),
        replace(a, provisional=True),
    ):
        other = GroupResult("dg", "职工组", (changed, base.row("A2")))
        assert result_fingerprint(other) != fp


def test_ranked_rows_in_rank_order_whatever_the_input_order():
    event = make_event()
    group = make_group(event, 20, unranked={3: Status.ABSENT})
    shuffled = replace(group, rows=tuple(reversed(group.rows)))
    assert result_fingerprint(shuffled) == result_fingerprint(group)
    order = ordered_rows(shuffled)
    assert [r.rank for r in order[:-1]] == sorted(r.rank for r in order[:-1])
    assert order[-1].status is Status.ABSENT
