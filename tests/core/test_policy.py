"""The policy table is well formed, its messages say who may, and docs/rules.md prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.core import policy
from judge_app.core.people import Role, can_see_names
from judge_app.core.policy import RULES, Action, ActionState, Condition, allowed, refusal, roles_for

RULES_MD = Path(__file__).parents[2] / "docs" / "rules.md"


def test_every_action_has_a_rule_with_known_roles_and_conditions() -> None:
    assert set(RULES) == set(Action)
    for action, rule in RULES.items():
        assert rule.roles and rule.roles <= set(Role), action
        assert rule.own <= set(Role) and not rule.own & rule.roles, action
        assert all(isinstance(c, Condition) for c in rule.requires), action
        assert len(set(rule.requires)) == len(rule.requires), action
        assert action.label and "/" not in action.label, action


def test_the_supervisor_changes_nothing_and_a_judge_only_their_own() -> None:
    for action, rule in RULES.items():
        if not rule.view and action not in (Action.PANEL_SEAT, Action.SEAL_PASSPHRASE):  # who may sit on
            # a panel, not who acts; the seal passphrase guards the record, it changes no result
            assert Role.SUPERVISOR not in rule.roles | rule.own, action
            assert Role.JUDGE not in rule.roles, action  # a judge acts on their own values at most


def test_a_refusal_names_the_action_the_person_and_who_may() -> None:
    text = refusal(Action.SECTION_LOCK, Role.JUDGE, actor="王伟(J01)")
    assert text == "锁定模块只能由裁判长或管理员进行，王伟(J01) 登记为裁判 / only chief or organiser may do this"
    assert refusal(Action.SECTION_LOCK, Role.CHIEF) is None
    own = refusal(Action.SCORE, Role.JUDGE, actor="J01", target="裁判 J02")
    assert "裁判只限本人" in own and "裁判 J02 不是本人" in own and "their own only" in own
    assert refusal(Action.SCORE, Role.JUDGE, own=True) is None


def test_a_condition_that_does_not_hold_refuses_with_the_stores_words() -> None:
    state = ActionState(unmet={Condition.UNPUBLISHED: "赛项 “电工” 已公示"})
    assert refusal(Action.SECTION_UNLOCK, Role.CHIEF, state) == (
        "赛项 “电工” 已公示，不能解锁模块；更正须先撤回公示（定稿后不能再改） / the event is published: withdraw it first")
    assert refusal(Action.SECTION_LOCK, Role.CHIEF, state) is None  # not a condition of locking
    role_first = refusal(Action.SECTION_UNLOCK, Role.JUDGE, state)
    assert role_first is not None and role_first.startswith("解锁模块只能由")


@pytest.mark.parametrize("role", list(Role))
def test_names_follow_the_view_names_rule(role: Role) -> None:
    keys = RULES[Action.VIEW_NAMES].roles
    assert can_see_names(role, False) is (role in keys) and can_see_names(role, True)
    assert allowed(Action.VIEW_NAMES, role) is (role in keys)


def test_roles_for_joins_roles_and_own_roles() -> None:
    assert roles_for(Action.SCORE) == {Role.JUDGE, Role.CHIEF, Role.SCORER, Role.ORGANISER}
    assert roles_for(Action.DRAW_LOTS, Action.PUBLISH) == {Role.SECRETARY, Role.ORGANISER}
    assert not allowed(Action.PUBLISH, None)


def test_docs_rules_md_prints_the_table() -> None:
    """docs/rules.md holds ``python -m judge_app.core.policy``'s output verbatim."""
    text = RULES_MD.read_text(encoding="utf-8")
    assert policy.markdown_table() in text
    for action in Action:
        assert f"`{action.value}`" in text
