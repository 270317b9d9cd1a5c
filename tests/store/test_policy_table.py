"""The whole policy table, walked: every action performed on a small contest by a person of every
role is allowed exactly when :data:`judge_app.core.policy.RULES` says, and refused otherwise.

Each action has a ``prepare`` (run as the organiser: the state the action needs) and a
``perform`` (run as the person of the role under test). The screens' rows (``view.roster`` ...)
are walked here through the application layer's functions that give the screen its data (the
store refuses them to whoever the page is hidden from), and by tests/gui/test_page_roles.py for
the pages. Then one test per hole the table closed.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from judge_app.app import contest as ops_contest
from judge_app.app import reports as ops_reports
from judge_app.app import review as ops_review
from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ImportRefused, NotPermitted, StateError
from judge_app.core.people import JudgeInput, Role
from judge_app.core.pins import hash_pin
from judge_app.core.policy import RULES, Action, allowed
from judge_app.store import ContestDB
from judge_app.store.audit import utc_now

from .sample import finish_recheck, people, scheme

#: one registered person per role (J2 is a second judge, on the same panel as J1)
STAFF = {Role.ORGANISER: "O1", Role.CHIEF: "C1", Role.JUDGE: "J1", Role.SECRETARY: "S1", Role.SCORER: "R1",
         Role.SUPERVISOR: "V1"}


@dataclass(frozen=True)
class World:
    organiser: Path  # staff registered, J1's kit made, nothing scored
    package: bytes  # J1's laptop: 电工 C01 P1 = 50
    rival: bytes  # J1's second laptop: the same value at the same revision = 40 (a conflict)


Prepare = Callable[[ContestDB, World], Any]
Perform = Callable[[ContestDB, str, Any, World], Any]


def _register(db: ContestDB, person: str, role: Role) -> None:
    """Put a person in the file as the organiser's desk would (PIN hash set), whatever the
    registration rules about who comes first."""
    with db._db.atomic():
        db._put_judge(JudgeInput(person, f"{role.label}{person}", role), hash_pin("24681357"), utc_now())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("policy")
    path = folder / "organiser.judge"
    with ContestDB.create(path, actor="创建人", name="测试赛") as db:
        db.set_scheme(scheme())
        db.import_entries(people(), source="roster.xlsx")
        for role, person in STAFF.items():
            _register(db, person, role)
        _register(db, "J2", Role.JUDGE)
        db.act_as("O1")
        kit = db.make_kit("J1")
    packages = []
    for i, value in enumerate(("50", "40")):
        with ContestDB.from_kit(kit, folder / f"laptop{i}.judge") as laptop:
            laptop.record_score("电工", "C01", "P1", "J1", value)
            packages.append(laptop.export_package()[1])
    return World(path, *packages)


def _locked(db: ContestDB, w: World | None = None) -> None:
    """One 理论 value (of the first entry, whatever its code after a draw), every 电工 section locked."""
    db.record_score("电工", db.entries("电工")[0].code, "T1", "J6", "80")
    db.lock_section("电工", "theory")
    db.lock_section("电工", "practical")


def _rechecked(db: ContestDB, w: World | None = None) -> None:
    _locked(db)
    finish_recheck(db, "电工")


def _published(db: ContestDB, w: World | None = None) -> None:
    _rechecked(db)
    db.unseal_event("电工")
    db.publish_event("电工")


def _filled(judge: str) -> Prepare:
    """``judge``'s values of 工匠 专家评审 (a panel anyone may sit on), ready to submit."""
    def fill(db: ContestDB, w: World | None = None) -> None:
        for code in ("G1", "G2"):
            db.record_score("工匠", code, "R1", judge, "80")
    return fill


def _submitted(judge: str) -> Prepare:
    def submit(db: ContestDB, w: World | None = None) -> None:
        _filled(judge)(db)
        db.submit_section("工匠", "review", judge)
    return submit


def _conflict(db: ContestDB, w: World) -> None:
    db.merge_package(w.package)
    db.merge_package(w.rival)


_changed_scheme = scheme()
_changed_scheme["contest"]["date"] = "2026-11-26"
_season_scheme = scheme() | {"seasons": [{"id": "Y", "name": "年度", "periods": [{"event": "电工"}]}]}

#: action → (prepare as the organiser, perform as ``me``); ``got`` is what prepare returned
CASES: dict[Action, tuple[Prepare | None, Perform]] = {
    Action.CONTEST_INFO: (None, lambda db, me, got, w: db.set_meta("notes", "会场 3 号楼")),
    Action.SCHEME_SET: (None, lambda db, me, got, w: db.set_scheme(_changed_scheme)),
    Action.ROSTER_IMPORT: (None, lambda db, me, got, w: db.import_entries(
        [Entry(code="C09", event="电工", name="新人")], source="late.csv")),
    Action.JUDGE_REGISTER: (None, lambda db, me, got, w: db.add_judge("J9", "裁判九")),
    Action.JUDGES_IMPORT: (None, lambda db, me, got, w: db.import_judges([JudgeInput("J9", "裁判九")], {},
                                                                         source="judges.xlsx")),
    Action.PIN_SET: (None, lambda db, me, got, w: db.set_pin("J2", "2468")),
    Action.PANEL_ASSIGN: (None, lambda db, me, got, w: db.assign_panel("工匠", "review", ["J1", "J2"])),
    # the role under test is the member's; the organiser assigns
    Action.PANEL_SEAT: (None, lambda db, me, got, w: (db.act_as("O1"), db.assign_panel("工匠", "review", [me]))),
    Action.DRAW_LOTS: (None, lambda db, me, got, w: db.draw_lots("电工", 1, seed=1)),
    Action.KIT_MAKE: (None, lambda db, me, got, w: db.make_kit("J1")),
    Action.SCORE: (None, lambda db, me, got, w: db.record_score("工匠", "G1", "R1", "J2", "75")),
    Action.REMARK_SET: (None, lambda db, me, got, w: db.set_remark("工匠", "G1", "J2", "材料不全")),
    Action.SUBMIT: (_filled("J2"), lambda db, me, got, w: db.submit_section("工匠", "review", "J2")),
    Action.REOPEN: (_submitted("J2"), lambda db, me, got, w: db.reopen_submission("工匠", "review", "J2",
                                                                                 reason="漏看一页")),
    Action.REMARK_REQUEST: (None, lambda db, me, got, w: db.request_remark("电工", "C01", "P1", "J1",
                                                                         reason="分差过大")),
    Action.REMARK_WITHDRAW: (lambda db, w: db.request_remark("电工", "C01", "P1", "J1", reason="分差过大"),
                             lambda db, me, got, w: db.withdraw_remark_request(got, reason="看错行")),
    Action.PACKAGE_MERGE: (None, lambda db, me, got, w: db.merge_package(w.package)),
    Action.CONFLICT_RESOLVE: (_conflict,
                              lambda db, me, got, w: db.resolve_conflict("电工", "C01", "P1", "J1", "50",
                                                                         reason="核对原始评分表")),
    Action.STATUS_SET: (None, lambda db, me, got, w: db.set_status("电工", "C01", Status.ABSENT, reason="未到场")),
    Action.TIME_SET: (None, lambda db, me, got, w: db.set_time("电工", "C01", 9000)),
    Action.PENALTY_ADD: (None, lambda db, me, got, w: db.add_penalty("电工", "C01", "practical", Decimal(5),
                                                                     reason="安全违规")),
    Action.VOTES_SET: (None, lambda db, me, got, w: db.set_votes("工匠", "G1", 120)),
    Action.PLAYOFF_SET: (None, lambda db, me, got, w: db.set_playoff("电工", "C01", Decimal("9.5"))),
    Action.RECUSAL_SET: (None, lambda db, me, got, w: db.add_recusal("J2", "C02", event="电工", reason="亲属")),
    Action.SECTION_LOCK: (None, lambda db, me, got, w: db.lock_section("电工", "theory")),
    Action.SECTION_UNLOCK: (lambda db, w: db.lock_section("电工", "theory"),
                            lambda db, me, got, w: db.unlock_section("电工", "theory", reason="补录")),
    Action.WARNING_ACK: (None, lambda db, me, got, w: db.acknowledge_warning("电工", "职工组", "并列跨奖项",
                                                                             note="加赛决定")),
    Action.RECHECK_DRAW: (_locked, lambda db, me, got, w: db.draw_recheck("电工", seed=1)),
    Action.RECHECK_VALUE: (lambda db, w: (_locked(db), db.draw_recheck("电工", seed=1)),
                           lambda db, me, got, w: db.recheck_value("电工", "C01", "T1", "J6")),
    Action.RECHECK_RESOLVE: (lambda db, w: (_locked(db), db.draw_recheck("电工", seed=1),
                                         db.recheck_value("电工", "C01", "T1", "J6", "70")),
                             lambda db, me, got, w: db.resolve_recheck("电工", "C01", "T1", "J6", correct=False,
                                                                       reason="原值无误")),
    Action.UNSEAL: (_rechecked, lambda db, me, got, w: db.unseal_event("电工")),
    Action.SEAL_PASSPHRASE: (None, lambda db, me, got, w: db.set_seal_passphrase("tiemian-wusi-2026")),
    Action.PUBLISH: (lambda db, w: (_rechecked(db), db.unseal_event("电工")),
                     lambda db, me, got, w: db.publish_event("电工")),
    Action.WITHDRAW: (_published, lambda db, me, got, w: db.withdraw_publication("电工", reason="申诉成立")),
    Action.FINALISE: (_published, lambda db, me, got, w: db.finalize_event("电工")),
    Action.EVENT_END: (None, lambda db, me, got, w: db.end_event("电工")),
    Action.APPEAL_REGISTER: (None, lambda db, me, got, w: db.register_appeal("电工", "C01", "计时有误")),
    Action.APPEAL_DECIDE: (lambda db, w: db.register_appeal("电工", "C01", "计时有误"),
                           lambda db, me, got, w: db.decide_appeal(got, upheld=False, decision="计时无误")),
    Action.ROUND_ENROL: (_locked, lambda db, me, got, w: db.enrol_advancing(
        "电工", "工匠", [Entry(code="", event="工匠", name="王伟")], from_codes=["C01"], locked=["电工"])),
    Action.BACKUP: (None, lambda db, me, got, w: db.take_backup()),
    Action.AUDIT_VIEW: (None, lambda db, me, got, w: db.audit_view(limit=5)),
    Action.VETO_SET: (lambda db, w: db.set_scheme(_season_scheme),
                      lambda db, me, got, w: db.add_veto("Y", "C01", "电工", "安全事故", reason="脚手架坠物")),
    Action.VIEW_NAMES: (lambda db, w: db.draw_lots("电工", 1, seed=1), lambda db, me, got, w: _names_seen(db)),
    # the screens: what each page asks the application layer for (the CLI prints the same)
    Action.VIEW_SCHEME: (None, lambda db, me, got, w: ops_contest.scheme_for_editing(db)),
    Action.VIEW_REVIEW: (None, lambda db, me, got, w: ops_review.lock_preview(db, "电工", "practical")),
    Action.VIEW_CHECKS: (None, lambda db, me, got, w: ops_review.checks(db, "电工")),
    Action.VIEW_PRINT: (None, lambda db, me, got, w: ops_reports.print_data(db, "电工")),
}


def _names_seen(db: ContestDB) -> None:
    """NotPermitted unless the acting person sees names and the code-to-name key."""
    if not all(e.name for e in db.entries_for(None, "电工")) or not db.draws("电工")[0].lines:
        raise NotPermitted("names sealed")


@pytest.fixture
def contest(world: World, tmp_path: Path):
    path = shutil.copyfile(world.organiser, tmp_path / "contest.judge")
    with ContestDB.open(path, actor="O1") as db:
        yield db


#: the 名单 page shows the sealed view everyone gets (``roster show``, the grid's codes): a screen only
SHOWN_BY_PAGES = {Action.VIEW_ROSTER}


def test_every_action_but_the_roster_screen_is_walked() -> None:
    assert set(CASES) | SHOWN_BY_PAGES == set(Action) and not set(CASES) & SHOWN_BY_PAGES


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(CASES), ids=lambda a: a.value)
def test_allowed_exactly_when_the_table_says(contest: ContestDB, world: World, action: Action, role: Role) -> None:
    """For someone else's values (J2's, where values have an owner)."""
    prepare, perform = CASES[action]
    got = prepare(contest, world) if prepare else None
    me = STAFF[role]
    contest.act_as(me)
    if allowed(action, role):
        perform(contest, me, got, world)
    else:
        with pytest.raises(StateError if action is Action.PANEL_SEAT else NotPermitted):
            perform(contest, me, got, world)


#: actions a role may do on its own values only: perform them on the acting person's own
OWN_CASES: dict[Action, tuple[Callable[[str], Prepare | None], Perform]] = {
    Action.SCORE: (lambda me: None, lambda db, me, got, w: db.record_score("工匠", "G1", "R1", me, "75")),
    Action.REMARK_SET: (lambda me: None, lambda db, me, got, w: db.set_remark("工匠", "G1", me, "材料不全")),
    Action.SUBMIT: (_filled, lambda db, me, got, w: db.submit_section("工匠", "review", me)),
}


def test_every_own_rule_is_walked() -> None:
    assert set(OWN_CASES) == {a for a, rule in RULES.items() if rule.own}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(OWN_CASES), ids=lambda a: a.value)
def test_own_values_allowed_exactly_when_the_table_says(contest: ContestDB, world: World, action: Action,
                                                         role: Role) -> None:
    make_prepare, perform = OWN_CASES[action]
    me = STAFF[role]
    prepare = make_prepare(me)
    got = prepare(contest, world) if prepare else None
    contest.act_as(me)
    if allowed(action, role, own=True):
        perform(contest, me, got, world)
    else:
        with pytest.raises(NotPermitted):
            perform(contest, me, got, world)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_everyone_sees_names_once_unsealed(contest: ContestDB, role: Role) -> None:
    contest.draw_lots("电工", 1, seed=1)
    _rechecked(contest)
    contest.unseal_event("电工")
    contest.act_as(STAFF[role])
    _names_seen(contest)


# -- the holes the table closed (each refused before it) -------------------------------------------

def test_a_judge_who_submitted_cannot_change_values_through_scores_import(contest: ContestDB) -> None:
    """``scores import`` (record_scores) follows the grid's rule: nothing changes once submitted,
    neither from the judge nor from a scorer typing in that judge's sheet."""
    _submitted("J1")(contest)
    for who in ("J1", "R1"):
        contest.act_as(who)
        with pytest.raises(StateError, match="已提交模块"):
            contest.record_scores([("工匠", "G1", "R1", "J1", "60")])
        with pytest.raises(StateError, match="已提交模块"):
            contest.clear_score("工匠", "G1", "R1", "J1")
    assert {s.value for s in contest.scores("工匠")} == {Decimal("80")}
    contest.act_as("C1")
    contest.reopen_submission("工匠", "review", "J1", reason="补录")
    contest.act_as("J1")
    contest.record_scores([("工匠", "G1", "R1", "J1", "60")])


def test_a_package_for_a_section_its_judge_submitted_is_refused_like_a_score_import(
        contest: ContestDB, world: World) -> None:
    """J1 submitted 实际操作 at the desk (paper sheet typed in); J1's laptop package then carries a
    changed value: refused in the words ``scores import`` gets, nothing merged; after the chief
    judge reopens the section the same package merges."""
    contest.record_scores([("电工", code, crit, "J1", value) for code in ("C01", "C02", "C03", "C04", "C05")
                           for crit, value in (("P1", "45"), ("P2", "20"), ("P3", "1"))])
    contest.submit_section("电工", "practical", "J1")
    with pytest.raises(StateError) as imported:
        contest.record_scores([("电工", "C01", "P1", "J1", "50")])
    with pytest.raises(ImportRefused) as merged:
        contest.merge_package(world.package)
    said = str(imported.value).split("，")[0]  # 裁判 J1 已提交模块 “实际操作”
    assert said in "\n".join(merged.value.problems) and "已提交模块" in said
    assert "ask the chief judge to reopen it" in "\n".join(merged.value.problems)
    assert {s.value for s in contest.scores("电工") if s.code == "C01" and s.criterion == "P1"} == {Decimal("45")}
    contest.act_as("C1")
    contest.reopen_submission("电工", "practical", "J1", reason="笔误")
    contest.act_as("R1")
    contest.merge_package(world.package)  # the laptop's value now stands against the desk's: a conflict
    assert contest.conflicts()


def test_a_supervisor_cannot_import_a_roster_or_change_anything(contest: ContestDB) -> None:
    contest.act_as("V1")
    changed = dataclasses.replace(people()[0], unit="另一单位")
    with pytest.raises(NotPermitted, match="导入选手名单只能由加密裁判或管理员进行，V1 登记为监督"):
        contest.import_entries([changed], source="roster.xlsx")
    with pytest.raises(NotPermitted):
        contest.set_remark("工匠", "G1", "J1", "写点什么")
    with pytest.raises(NotPermitted):
        contest.set_votes("工匠", "G1", 5)
    assert contest.entries("电工")[0].unit == "供电公司"


def test_a_judge_cannot_merge_a_package_of_another_judge(contest: ContestDB, world: World) -> None:
    contest.act_as("J2")
    with pytest.raises(NotPermitted, match="导入成绩包只能由裁判长、记分员或管理员进行"):
        contest.merge_package(world.package)
    assert contest.scores("电工") == []
    contest.act_as("R1")
    assert contest.merge_package(world.package).changed == 1


@pytest.mark.parametrize("who", ["J1", "J2", "R1", "C1", "V1"])
def test_only_key_holders_make_kits_never_a_judge(contest: ContestDB, who: str) -> None:
    contest.act_as(who)
    with pytest.raises(NotPermitted, match="制作评委包只能由加密裁判或管理员进行"):
        contest.make_kit("J1")
