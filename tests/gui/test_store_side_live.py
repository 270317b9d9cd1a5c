"""StoreSide builds an event's LiveEvent off the store thread: scores saved while it is being
built are replayed into it, and a build overtaken by a reload is dropped."""

from __future__ import annotations

from decimal import Decimal

from judge_app.core.engine import compute_event
from judge_app.gui.store_side import StoreSide


def _side(contest_file) -> StoreSide:
    side = StoreSide()
    side.open(contest_file, actor="测试")
    side.login("J01", "1111")
    return side


def _event_id(side: StoreSide) -> str:
    return side.contest().event("电工").id


def _totals(result) -> dict[str, Decimal | None]:
    return {r.code: r.total for g in result.groups for r in g.rows}


def test_scores_saved_during_the_build_are_replayed(contest_file):
    side = _side(contest_file)
    dg = _event_id(side)
    build = side.prepare_live(dg)
    assert build is not None and side.prepare_live(dg) is None  # one build at a time
    live = build.build()  # the work pool's part
    old = build.inputs.scores["DG01"]["DG-P4"]["J01"]
    new = old + 10 if old < 30 else old - 10
    side.save_score(dg, "DG01", "DG-P4", "J01", new)  # saved while the pool was building
    side.install_live(build, live)
    ev, inputs = side._inputs(dg)
    expected = _totals(compute_event(ev, inputs))
    assert inputs.scores["DG01"]["DG-P4"]["J01"] == new
    assert _totals(side.event_result(dg)) == expected
    side.close()


def test_a_build_overtaken_by_a_reload_is_dropped(contest_file):
    side = _side(contest_file)
    dg = _event_id(side)
    build = side.prepare_live(dg)
    live = build.build()
    side.forget(dg)
    side.install_live(build, live)
    assert dg not in side.loaded_events()
    side.close()


def test_the_cached_event_keeps_one_current_copy_of_the_scores(contest_file):
    """The cache holds the LiveEvent's own inputs (not a second copy of every score), and after
    edits and a cleared value it ranks as the reference engine does on the store's scores."""
    side = _side(contest_file)
    dg = _event_id(side)
    side.event_result(dg)  # built on the store thread (no work pool)
    state = side._live[dg]
    assert state.inputs is state.live.inputs
    old = state.inputs.scores["DG01"]["DG-P4"]["J01"]
    side.save_score(dg, "DG01", "DG-P4", "J01", old + 10 if old < 30 else old - 10)
    side.save_score(dg, "DG02", "DG-P4", "J01", None)
    ev, inputs = side._inputs(dg)
    assert state.inputs.scores == inputs.scores
    assert _totals(side.event_result(dg)) == _totals(compute_event(ev, inputs))
    side.close()


def test_event_inputs_keep_one_string_per_judge(contest_file):
    """Every score of an event names its judge with the same str object (one per judge, not one
    per score read: 28 MiB at 2,000 × 7 × 40)."""
    side = _side(contest_file)
    ev = side.contest().event("电工")
    scores = side.require_db().event_inputs(ev).scores
    judges = [judge for by_criterion in scores.values() for by_judge in by_criterion.values() for judge in by_judge]
    assert len(judges) > len(set(judges)) > 1
    assert len({id(judge) for judge in judges}) == len(set(judges))
    side.close()


def test_the_cache_keeps_one_copy_of_the_scores_and_stays_exact_after_edits(contest_file):
    """The cached event holds the LiveEvent's own inputs (not a second copy of every score), and
    edits saved through the store side keep its ranking equal to a fresh computation."""
    side = _side(contest_file)
    dg = _event_id(side)
    side.event_result(dg)
    state = side._live[dg]
    assert state.inputs is state.live.inputs
    for code, value in (("DG01", Decimal(10)), ("DG02", Decimal(30)), ("DG01", Decimal(20))):
        side.save_score(dg, code, "DG-P4", "J01", value)
    ev, inputs = side._inputs(dg)
    assert _totals(side.event_result(dg)) == _totals(compute_event(ev, inputs))
    judges = {id(judge) for crits in state.inputs.scores.values() for by in crits.values() for judge in by}
    assert len(judges) <= len(ev.judges)  # one str per judge id, not one per score
    side.close()
