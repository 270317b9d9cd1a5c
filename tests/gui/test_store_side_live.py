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
