"""The change record read from the audit entries an action appended."""

from __future__ import annotations

from decimal import Decimal

from judge_app.app.changes import ALL_EVENTS, NO_CHANGES, from_audit
from judge_app.demo import build_demo
from judge_app.store import ContestDB


def _record(tmp_path, act):
    path = tmp_path / "c.judge"
    build_demo(path)
    with ContestDB.open(path, actor="组委会") as db:
        seq = db.audit_seq()
        act(db)
        return from_audit(db.audit_since(seq))


def test_a_score_changes_the_values_of_its_event_only(tmp_path):
    changes = _record(tmp_path, lambda db: db.record_score("电工", "DG01", "DG-P2", "J02", Decimal("7")))
    assert changes.values == {"电工"} and not changes.needs_snapshot
    assert changes.results_changed("电工") and not changes.results_changed("焊工")


def test_a_lock_changes_states_not_results(tmp_path):
    changes = _record(tmp_path, lambda db: db.lock_section("电工", db.scheme_dict()["events"][0]["sections"][0]["id"]))
    assert changes.states == {"电工"} and changes.needs_snapshot and not changes.results_changed("电工")


def test_a_scheme_change_changes_every_result(tmp_path):
    def rename(db):
        data = db.scheme_dict()
        data["events"][0]["name"] = "电工（改名）"
        db.set_scheme(data, reason="test")
    changes = _record(tmp_path, rename)
    assert changes.scheme and changes.needs_snapshot and changes.results_changed("焊工")


def test_a_roster_import_touches_every_event(tmp_path):
    def reimport(db):
        db.import_entries(db.entries()[:1], source="roster.xlsx")
    changes = _record(tmp_path, reimport)
    assert ALL_EVENTS in changes.entries and changes.results_changed("焊工")


def test_nothing_written_is_no_change(tmp_path):
    changes = _record(tmp_path, lambda db: db.entries())
    assert changes == NO_CHANGES and not changes
