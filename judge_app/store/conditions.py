"""The state conditions of the policy (:class:`judge_app.core.policy.Condition`) as the contest
file holds them: a mixin of :class:`~judge_app.store.contest_db.ContestDB`.

:meth:`ConditionsMixin._action_state` tells, for the conditions an action requires, which do not
hold for the event, section and judge acted on, each in words naming them (模块“理论知识”已锁定);
``ContestDB.require`` (store/judges.py) turns the first into the refusal. A condition about a
target not given (no section, no judge) is not checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from judge_app.core.policy import RULES, Action, ActionState, Condition
from judge_app.store.review_store import PUBLICATION_LABELS, PUBLISHED, SUBMITTED

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from sqlite_utils import Database

    from judge_app.core.scheme import Event, Section

OPEN, LOCKED = "open", "locked"
SECTION_STATE_LABELS = {OPEN: "开放", LOCKED: "锁定"}


class ConditionsMixin:
    """Which policy conditions fail now; mixed into ContestDB."""

    _db: "Database"
    actor: str

    if TYPE_CHECKING:

        def _event(self, event_id: str) -> Event: ...

        def section_state(self, event: str, section: str) -> str: ...

        def submission_state(self, event: str, section: str, judge: str) -> str: ...

        def is_unsealed(self, event: str) -> bool: ...

        def publication_state(self, event: str) -> str: ...

        def recheck_pending(self, event: str) -> str: ...

        def actor_is(self, judge_id: str) -> bool: ...

    def _action_state(self, action: Action, event: str | None, section: str | None,
                      judge: str | None) -> ActionState:
        """The conditions of ``action``'s rule that do not hold now, with why."""
        ev = None if event is None else self._event(event)
        sec = None if ev is None or section is None else ev.section(section)
        unmet = {}
        for condition in RULES[action].requires:
            check = _CHECKS[condition]
            problem = check(self, ev, sec, judge)
            if problem:
                unmet[condition] = problem
        return ActionState(unmet=unmet)

    def _section_open(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        if ev is None or sec is None:
            return ""
        state = self.section_state(ev.id, sec.id)
        return "" if state == OPEN else f"模块 “{sec.name}” 已{SECTION_STATE_LABELS.get(state, state)}"

    def _submitted(self, ev: Event | None, sec: Section | None, judge: str | None) -> bool | None:
        if ev is None or sec is None or judge is None:
            return None
        return self.submission_state(ev.id, sec.id, judge) == SUBMITTED

    def _not_submitted(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        return f"裁判 {judge} 已提交模块 “{sec.name}”" if self._submitted(ev, sec, judge) else ""

    def _is_submitted(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        return f"裁判 {judge} 尚未提交模块 “{sec.name}”" if self._submitted(ev, sec, judge) is False else ""

    def _no_scores(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        if ev is None:
            return ""
        scored = self._db.execute(
            "SELECT 1 FROM scores s JOIN entries e ON e.id = s.entry_id WHERE e.event = ? LIMIT 1", (ev.id,)
        ).fetchone()
        return f"赛项“{ev.name}”已有分数" if scored else ""

    def _all_locked(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        if ev is None:
            return ""
        still_open = [s.name for s in ev.sections if self.section_state(ev.id, s.id) != LOCKED]
        return f"赛项“{ev.name}”还有未锁定的模块：{'、'.join(still_open)}" if still_open else ""

    def _sealed(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        return f"赛项“{ev.name}”已经解密" if ev is not None and self.is_unsealed(ev.id) else ""

    def _unsealed(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        return f"赛项“{ev.name}”尚未解密" if ev is not None and not self.is_unsealed(ev.id) else ""

    def _recheck_done(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        pending = "" if ev is None else self.recheck_pending(ev.id)
        return f"赛项“{ev.name}”{pending.split(' / ')[0]}" if pending else ""

    def _unpublished(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        state = "" if ev is None else self.publication_state(ev.id)
        return f"赛项 “{ev.name}” {PUBLICATION_LABELS[state]}" if state else ""

    def _published(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        if ev is None:
            return ""
        state = self.publication_state(ev.id)
        return "" if state == PUBLISHED else f"赛项 “{ev.name}” {PUBLICATION_LABELS[state]}"

    def _second_person(self, ev: Event | None, sec: Section | None, judge: str | None) -> str:
        if judge is None or not self.actor_is(judge):
            return ""
        return f"复核须由另一人进行，{self.actor} 不能复核自己的评分"


_Check = Callable[[ConditionsMixin, "Event | None", "Section | None", "str | None"], str]
_CHECKS: dict[Condition, _Check] = {
    Condition.SECTION_OPEN: ConditionsMixin._section_open,
    Condition.NOT_SUBMITTED: ConditionsMixin._not_submitted,
    Condition.SUBMITTED: ConditionsMixin._is_submitted,
    Condition.NO_SCORES: ConditionsMixin._no_scores,
    Condition.ALL_LOCKED: ConditionsMixin._all_locked,
    Condition.SEALED: ConditionsMixin._sealed,
    Condition.RECHECK_DONE: ConditionsMixin._recheck_done,
    Condition.UNSEALED: ConditionsMixin._unsealed,
    Condition.UNPUBLISHED: ConditionsMixin._unpublished,
    Condition.PUBLISHED: ConditionsMixin._published,
    Condition.SECOND_PERSON: ConditionsMixin._second_person,
}
