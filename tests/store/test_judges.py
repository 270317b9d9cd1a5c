"""Judges, PINs (hash only), panels and who is acting."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.core.errors import InvalidValue, NotFound, NotPermitted, SchemeError, StateError
from judge_app.core.people import Judge, JudgeInput, Role
from judge_app.core.policy import Action
from judge_app.store import ContestDB

from .sample import register_organiser

PIN = "73915864"


def test_add_list_and_update(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", " 吴　一 ", role="裁判长")
    contest.add_judge("S1", "周密", role=Role.SECRETARY, pin="zhou-mi-2025")
    assert contest.judges() == [Judge("J1", "吴 一", Role.CHIEF, False), Judge("O0", "张三", Role.ORGANISER, True),
                                Judge("S1", "周密", Role.SECRETARY, True)]
    contest.add_judge("J1", "吴一")
    assert contest.judge("J1") == Judge("J1", "吴一", Role.JUDGE, False)
    with pytest.raises(NotFound):
        contest.judge("J9")


@pytest.mark.parametrize("judge_id, name, role", [("", "吴一", "judge"), ("J 1", "吴一", "judge"),
                                                  ("J1", " ", "judge"), ("J1", "吴一", "厨师")])
def test_bad_people_are_refused(contest: ContestDB, judge_id: str, name: str, role: str) -> None:
    with pytest.raises(InvalidValue):
        contest.add_judge(judge_id, name, role=role)
    assert contest.judges() == []


def test_pins_are_checked_and_never_stored_in_clear(contest: ContestDB, db_path: Path) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "吴一", pin=PIN)
    assert contest.verify_pin("J1", PIN)
    assert not contest.verify_pin("J1", "73915865")
    assert not contest.verify_pin("J9", PIN)
    contest.add_judge("J2", "郑二")
    assert not contest.verify_pin("J2", PIN)
    contest.set_pin("J2", "５５５５１２３４")  # full-width digits
    assert contest.verify_pin("J2", "55551234")
    with pytest.raises(InvalidValue):
        contest.set_pin("J2", "12")
    contest.close()
    files = [p for p in db_path.parent.rglob("*") if p.is_file()]
    assert any(p.suffix == ".judge" for p in files) and len(files) > 1  # the file and its backups
    for file in files:
        data = file.read_bytes()
        for secret in (PIN, "55551234"):
            assert secret.encode() not in data, file
            assert secret.encode("utf-16-le") not in data, file
    assert b"scrypt$65536$8$1$" in db_path.read_bytes()


def test_setting_the_same_pin_again_changes_nothing(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "吴一", pin=PIN)
    before = len(contest.audit_log())
    contest.set_pin("J1", PIN)
    contest.add_judge("J1", "吴一", pin=PIN)
    assert len(contest.audit_log()) == before


def test_audit_says_a_pin_was_set_never_which(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "吴一")
    contest.set_pin("J1", PIN)
    contest.set_pin("J1", "24681357")
    log = [e for e in contest.audit_log() if e.action.startswith("judge.") and e.target == "J1"]
    assert [(e.action, e.target) for e in log] == [("judge.add", "J1"), ("judge.pin", "J1"), ("judge.pin", "J1")]
    assert log[1].old is None and log[2].old
    assert all(PIN not in f"{e.old}{e.new}" and "24681357" not in f"{e.old}{e.new}" for e in log)


def _people() -> list[JudgeInput]:
    """Six judges and the organiser (the acting 张三), as a first import must include."""
    return [JudgeInput(f"J{i}", name, Role.JUDGE, "1111") for i, name in enumerate("甲乙丙丁戊己", 1)] + [
        JudgeInput("O0", "张三", Role.ORGANISER, "zhang-san-2025")]


def test_import_sets_people_and_whole_panels_at_once(contest: ContestDB) -> None:
    counts = contest.import_judges(_people(), {("电工", "practical"): ["J1", "J2", "J3"]}, source="judges.xlsx")
    assert (counts.added, counts.updated, counts.unchanged) == (7, 0, 0)
    assert contest.scheme_dict()["events"][0]["sections"][1]["judges"] == ["J1", "J2", "J3"]
    again = contest.import_judges(_people(), {("电工", "practical"): ["J1", "J2", "J3"]}, source="judges.xlsx")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 7)
    assert len(contest.judges()) == 7


@pytest.mark.parametrize("panels, error", [
    ({("电工", "practical"): ["J1", "J99"]}, NotFound),
    ({("电工", "nosuch"): ["J1"]}, NotFound),
    ({("电工", "practical"): ["J1", "J1"]}, StateError),
])
def test_a_bad_import_stores_nobody(contest: ContestDB, panels: dict, error: type) -> None:
    before = contest.scheme_dict()
    with pytest.raises(error):
        contest.import_judges(_people(), panels, source="judges.xlsx")
    assert contest.judges() == []
    assert contest.scheme_dict() == before


def test_a_bad_pin_in_an_import_stores_nobody(contest: ContestDB) -> None:
    people = _people() + [JudgeInput("J7", "庚", Role.JUDGE, "12")]
    with pytest.raises(InvalidValue):
        contest.import_judges(people, {}, source="judges.xlsx")
    assert contest.judges() == []


def test_panel_members_must_be_judges(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "吴一")
    contest.add_judge("S1", "周密", role="secretary")
    with pytest.raises(StateError, match="不能进入评分组"):
        contest.assign_panel("电工", "theory", ["J1", "S1"])
    contest.assign_panel("电工", "theory", ["J1"], reason="调整")
    assert contest.scheme_dict()["events"][0]["sections"][0]["judges"] == ["J1"]
    entry = [e for e in contest.audit_log() if e.action == "scheme.set"][-1]
    assert entry.reason == "调整"


def test_a_judge_with_scores_stays_on_the_panel(contest: ContestDB) -> None:
    register_organiser(contest)
    for jid in ("J6", "J7"):
        contest.add_judge(jid, f"裁判{jid}")
    contest.record_score("电工", "C01", "T1", "J6", "50")
    with pytest.raises(StateError, match="J6"):
        contest.assign_panel("电工", "theory", ["J7"])
    contest.assign_panel("电工", "theory", ["J6", "J7"])


def test_a_panel_the_scheme_rule_cannot_use_is_refused(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "吴一")
    with pytest.raises(SchemeError, match="至少需要 3 名裁判"):
        contest.assign_panel("电工", "practical", ["J1"])


def test_who_is_acting(contest: ContestDB) -> None:
    assert contest.actor_role() is Role.ORGANISER  # nobody registered yet: 张三, the creator, is the organiser
    contest.add_judge("O1", "组委会办公室", role="organiser", pin="office-2025")
    with pytest.raises(NotPermitted, match="未在本比赛登记"):
        contest.actor_role()  # from now on an unregistered name gets nothing
    contest.act_as("组委会办公室")
    contest.add_judge("J1", "张三", role="supervisor")
    contest.act_as("张三")
    assert contest.actor_role() is Role.SUPERVISOR  # matched by name
    with pytest.raises(NotPermitted):
        contest.require(Action.UNSEAL)
    with pytest.raises(NotPermitted, match="管理员"):
        contest.add_judge("O2", "张三", role="organiser", pin="zhang-san-2025")
    contest.act_as("组委会办公室")
    contest.add_judge("O2", "张三", role="organiser", pin="zhang-san-2025")
    contest.act_as("张三")
    assert contest.actor_role() is Role.SUPERVISOR  # two people share the name: the restricted one
    contest.act_as("O2")
    assert contest.actor_role() is Role.ORGANISER
    contest.require(Action.UNSEAL)


def test_only_the_organiser_registers_people_and_sets_pins(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("C1", "裁判长甲", role="chief")
    contest.add_judge("J6", "吴六")
    contest.act_as("C1")
    for action in (lambda: contest.add_judge("J2", "郑二"), lambda: contest.set_pin("J6", "1234"),
                   lambda: contest.import_judges(_people(), {}, source="x.xlsx")):
        with pytest.raises(NotPermitted, match="只能由管理员"):
            action()
    contest.assign_panel("电工", "理论知识", ["J6"])  # the chief judge sets panels (by section name too)
    contest.act_as("J6")
    with pytest.raises(NotPermitted, match="裁判长或管理员"):
        contest.assign_panel("电工", "theory", [])
