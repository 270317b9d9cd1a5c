"""Enrolling advancing entrants: locked rounds only, key holders only, all or nothing, once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge_app.core.entries import Entry
from judge_app.core.errors import ImportRefused, NotPermitted, StateError
from judge_app.core.scheme_json import FORMAT
from judge_app.store import ContestDB

from ..core.test_rounds import one_section
from .sample import register_organiser

SCHEME = {"format": FORMAT, "contest": {"name": "t"},
          "events": [one_section("初赛", advance={"top": 2, "to": "决赛"}), one_section("决赛")]}
FINALISTS = [Entry("", "决赛", name="张三", unit="一厂"), Entry("", "决赛", name="李四", unit="二厂", id_number="11010519491231002X")]


@pytest.fixture
def db(tmp_path: Path):
    store = ContestDB.create(tmp_path / "c.judge", actor="organiser")
    store.set_scheme(SCHEME)
    try:
        yield store
    finally:
        store.close()


def enrol(db: ContestDB, entries=FINALISTS):
    return db.enrol_advancing("初赛", "决赛", entries, from_codes=["P1", "P2"], locked=["初赛"])


def test_refused_while_a_section_of_the_round_is_open(db):
    with pytest.raises(StateError, match="初赛/实操"):
        enrol(db)
    assert db.entries("决赛") == []


def test_enrols_once_and_audits_codes_not_names(db):
    db.lock_section("初赛", "s")
    first = enrol(db)
    again = enrol(db)
    assert (first.added, again.added, again.unchanged) == (2, 0, 2)
    assert sorted(e.name for e in db.entries("决赛")) == ["张三", "李四"]
    enrolments = [a for a in db.audit_log() if a.action == "round.enrol"]
    assert len(enrolments) == 1 and enrolments[0].target == "初赛→决赛"
    assert json.loads(enrolments[0].new)["codes"] == ["P1", "P2"] and "张三" not in enrolments[0].new


def test_all_or_nothing(db):
    db.lock_section("初赛", "s")
    nameless = Entry("", "决赛")
    with pytest.raises(ImportRefused):
        enrol(db, [*FINALISTS, nameless])
    assert db.entries("决赛") == []


def test_only_a_key_holder_enrols(db, tmp_path):
    db.lock_section("初赛", "s")
    register_organiser(db)
    db.add_judge("J1", "裁判甲")
    path = db.path
    db.close()
    with ContestDB.open(path, actor="J1") as judge:
        with pytest.raises(NotPermitted):
            enrol(judge)
        assert judge.entries("决赛") == []
