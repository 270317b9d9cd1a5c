"""ContestDB.sheet_scores: what one judge's grid reads (its own values and the panel's shared
criteria), not every score of the event."""

from __future__ import annotations

from decimal import Decimal

from judge_app.core.scheme_json import contest_from_dict
from tests.store.sample import sample_contest


def test_only_the_judges_values_and_the_shared_criteria(tmp_path):
    with sample_contest(tmp_path / "c.judge.db", "赛") as db:
        event = contest_from_dict(db.scheme_dict()).events[0]
        code = db.entries(event.id)[0].code
        section = next(s for s in event.sections if len(s.judges) >= 2 and len(s.criteria) >= 2)
        judges = list(section.judges)[:2]
        crit_a, crit_b = [c.id for c in section.criteria][:2]
        db.record_scores([(event.id, code, crit_a, judges[0], Decimal(10)),
                          (event.id, code, crit_a, judges[1], Decimal(20)),
                          (event.id, code, crit_b, judges[1], Decimal(30))])
        own = sorted(db.sheet_scores(event.id, judges[0]))
        assert own == [(code, crit_a, judges[0], Decimal(10))]
        shared = sorted(db.sheet_scores(event.id, judges[0], [crit_b]))
        assert shared == [(code, crit_a, judges[0], Decimal(10)), (code, crit_b, judges[1], Decimal(30))]
