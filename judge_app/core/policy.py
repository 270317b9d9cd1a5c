"""Who may do what: one table of every user action → the roles allowed and the state it needs.

The store enforces it (``ContestDB.require``: a role refused → NotPermitted, a condition not met
→ StateError), the GUI shows and enables from it (:func:`allowed`, :func:`roles_for`) and
docs/rules.md prints it (:func:`markdown_table`, ``python -m judge_app.core.policy``). A person
nobody is registered under acts as the organiser (the contest's creator).

A rule names the roles that may do an action for anyone, the roles that may do it for
themselves only (``own``: a judge's own scores), and the conditions that must hold now, checked
in order. View rows (``view``) say who is shown a screen, and the store refuses the screen's data
(and the command printing the same) to anyone else; names and draw tables are sealed by
:data:`Action.VIEW_NAMES` (everyone once the event is unsealed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

from judge_app.core.people import Role

JUDGE, CHIEF, SECRETARY, SCORER, SUPERVISOR, ORGANISER = (
    Role.JUDGE, Role.CHIEF, Role.SECRETARY, Role.SCORER, Role.SUPERVISOR, Role.ORGANISER)
ORGANISER_ONLY = frozenset({ORGANISER})
DESK = frozenset({ORGANISER, CHIEF})  # the chief judge's desk: panels, locks, decisions
KEY_HOLDERS = frozenset({ORGANISER, SECRETARY})  # hold the code-to-name key before unsealing
SCORE_KEEPERS = frozenset({ORGANISER, CHIEF, SCORER})  # paper sheets, times, packages
CHECKERS = frozenset({ORGANISER, CHIEF, SECRETARY, SCORER})  # recheck, appeals desk
SEALERS = frozenset({CHIEF, SUPERVISOR})  # hold the seal passphrase: locks and publications sealed
WATCHERS = frozenset({ORGANISER, CHIEF, SECRETARY, SUPERVISOR})  # the desk's screens, read-only for some


class Action(str, Enum):
    """A user action (its value names it in logs and docs; :attr:`label` in messages)."""

    CONTEST_INFO = "contest.info"
    SCHEME_SET = "scheme.set"
    ROSTER_IMPORT = "roster.import"
    JUDGE_REGISTER = "judge.register"
    JUDGES_IMPORT = "judges.import"
    PIN_SET = "pin.set"
    PANEL_ASSIGN = "panel.assign"
    PANEL_SEAT = "panel.seat"
    DRAW_LOTS = "draw.lots"
    KIT_MAKE = "kit.make"
    SCORE = "score"
    REMARK_SET = "remark.set"
    SUBMIT = "section.submit"
    REOPEN = "section.reopen"
    REMARK_REQUEST = "remark.request"
    REMARK_WITHDRAW = "remark.withdraw"
    PACKAGE_MERGE = "package.merge"
    CONFLICT_RESOLVE = "conflict.resolve"
    STATUS_SET = "entry.status"
    TIME_SET = "entry.time"
    PENALTY_ADD = "penalty.add"
    VOTES_SET = "votes.set"
    PLAYOFF_SET = "playoff.set"
    RECUSAL_SET = "recusal.set"
    SECTION_LOCK = "section.lock"
    SECTION_UNLOCK = "section.unlock"
    WARNING_ACK = "warning.acknowledge"
    RECHECK_DRAW = "recheck.draw"
    RECHECK_VALUE = "recheck.value"
    RECHECK_RESOLVE = "recheck.resolve"
    UNSEAL = "event.unseal"
    SEAL_PASSPHRASE = "seal.passphrase"
    PUBLISH = "event.publish"
    WITHDRAW = "event.withdraw"
    FINALISE = "event.finalise"
    EVENT_END = "event.end"
    APPEAL_REGISTER = "appeal.register"
    APPEAL_DECIDE = "appeal.decide"
    ROUND_ENROL = "round.enrol"
    BACKUP = "contest.backup"
    AUDIT_VIEW = "view.audit"
    VETO_SET = "season.veto"
    VIEW_NAMES = "view.names"
    VIEW_ROSTER = "view.roster"
    VIEW_SCHEME = "view.scheme"
    VIEW_REVIEW = "view.review"
    VIEW_CHECKS = "view.checks"
    VIEW_PRINT = "view.print"

    @property
    def label(self) -> str:
        """What the action is, in Chinese (``锁定模块``)."""
        return _LABELS[self]


_LABELS = {
    Action.CONTEST_INFO: "修改比赛信息",
    Action.SCHEME_SET: "导入或修改评分标准",
    Action.ROSTER_IMPORT: "导入选手名单",
    Action.JUDGE_REGISTER: "登记裁判",
    Action.JUDGES_IMPORT: "导入裁判名单",
    Action.PIN_SET: "设置 PIN",
    Action.PANEL_ASSIGN: "分配评分组",
    Action.PANEL_SEAT: "被分入评分组（成员的角色）",
    Action.DRAW_LOTS: "抽签",
    Action.KIT_MAKE: "制作评委包",
    Action.SCORE: "录入或更改评分",
    Action.REMARK_SET: "填写评分备注",
    Action.SUBMIT: "提交模块评分",
    Action.REOPEN: "退回已提交的评分",
    Action.REMARK_REQUEST: "请求重评",
    Action.REMARK_WITHDRAW: "撤回重评请求",
    Action.PACKAGE_MERGE: "导入成绩包",
    Action.CONFLICT_RESOLVE: "处理成绩包冲突",
    Action.STATUS_SET: "更改选手状态",
    Action.TIME_SET: "登记用时",
    Action.PENALTY_ADD: "扣罚分",
    Action.VOTES_SET: "登记票数",
    Action.PLAYOFF_SET: "录入加赛成绩",
    Action.RECUSAL_SET: "登记裁判回避",
    Action.SECTION_LOCK: "锁定模块",
    Action.SECTION_UNLOCK: "解锁模块",
    Action.WARNING_ACK: "确认并列警告",
    Action.RECHECK_DRAW: "抽取复核名单",
    Action.RECHECK_VALUE: "复核",
    Action.RECHECK_RESOLVE: "处理复核差异",
    Action.UNSEAL: "解密",
    Action.SEAL_PASSPHRASE: "设置封印口令",
    Action.PUBLISH: "公示",
    Action.WITHDRAW: "撤回公示",
    Action.FINALISE: "定稿",
    Action.EVENT_END: "登记比赛结束时间",
    Action.APPEAL_REGISTER: "登记申诉",
    Action.APPEAL_DECIDE: "记录申诉裁决",
    Action.ROUND_ENROL: "晋级报名",
    Action.BACKUP: "备份比赛文件",
    Action.AUDIT_VIEW: "查看和校验审计日志页",
    Action.VETO_SET: "登记或撤销一票否决",
    Action.VIEW_NAMES: "查看姓名、身份证号、单位和抽签对应表",
    Action.VIEW_ROSTER: "查看名单页",
    Action.VIEW_SCHEME: "查看评分标准页",
    Action.VIEW_REVIEW: "查看审核与锁定页",
    Action.VIEW_CHECKS: "查看复核与检查页",
    Action.VIEW_PRINT: "打印与导出页",
}


class Condition(str, Enum):
    """A state an action needs; the store says in its own words why one does not hold."""

    SECTION_OPEN = "section_open"
    NOT_SUBMITTED = "not_submitted"
    SUBMITTED = "submitted"
    NO_SCORES = "no_scores"
    ALL_LOCKED = "all_locked"
    SEALED = "sealed"
    RECHECK_DONE = "recheck_done"
    UNSEALED = "unsealed"
    UNPUBLISHED = "unpublished"
    PUBLISHED = "published"
    SECOND_PERSON = "second_person"

    @property
    def label(self) -> str:
        """What must hold, 中文 / English (for the table in docs/rules.md)."""
        return _CONDITIONS[self][0]

    @property
    def unmet(self) -> str:
        """Why the action is refused when this does not hold (English, after the store's Chinese)."""
        return _CONDITIONS[self][1]

    @property
    def hint(self) -> str:
        """What to do about it (Chinese, may be empty)."""
        return _CONDITIONS[self][2]

    @property
    def personal(self) -> bool:
        """Whether it is about who acts (refused as NotPermitted), not about the state."""
        return self is Condition.SECOND_PERSON


_CONDITIONS = {
    Condition.SECTION_OPEN: ("模块未锁定 / the section is open", "the section is locked", ""),
    Condition.NOT_SUBMITTED: ("该裁判尚未提交该模块 / the judge has not submitted the section",
                              "the section is submitted: ask the chief judge to reopen it", "；如需修改请裁判长退回"),
    Condition.SUBMITTED: ("该裁判已提交该模块 / the judge has submitted the section", "not submitted", ""),
    Condition.NO_SCORES: ("赛项还没有分数 / no scores in the event yet", "scores exist", ""),
    Condition.ALL_LOCKED: ("赛项全部模块已锁定 / every section of the event is locked", "lock every section first", ""),
    Condition.SEALED: ("赛项尚未解密 / the names are still sealed", "already unsealed", ""),
    Condition.RECHECK_DONE: ("复核已完成 / the recheck is finished", "finish the recheck first", ""),
    Condition.UNSEALED: ("赛项已解密 / the names are unsealed", "unseal the names first", ""),
    Condition.UNPUBLISHED: ("赛项未公示 / the event is not published", "the event is published: withdraw it first",
                            "；更正须先撤回公示（定稿后不能再改）"),
    Condition.PUBLISHED: ("赛项已公示、未定稿 / the event is published, not final", "publish it first (not final)", ""),
    Condition.SECOND_PERSON: ("不是该分值的裁判本人 / not the judge whose value it is", "a second person rechecks", ""),
}


@dataclass(frozen=True)
class Rule:
    """Who may do an action and what must hold.

    ``roles`` may do it for anyone; ``own`` only for themselves (their own scores); ``requires``
    are checked in order; once ``anyone_when`` holds every role may; a ``view`` row says who is
    shown a screen."""

    roles: frozenset[Role]
    requires: tuple[Condition, ...] = ()
    own: frozenset[Role] = frozenset()
    anyone_when: Condition | None = None
    view: bool = False


_C = Condition
RULES: Mapping[Action, Rule] = MappingProxyType({
    Action.CONTEST_INFO: Rule(ORGANISER_ONLY),
    Action.SCHEME_SET: Rule(ORGANISER_ONLY),
    Action.ROSTER_IMPORT: Rule(KEY_HOLDERS),
    Action.JUDGE_REGISTER: Rule(ORGANISER_ONLY),
    Action.JUDGES_IMPORT: Rule(ORGANISER_ONLY),
    Action.PIN_SET: Rule(ORGANISER_ONLY),
    Action.PANEL_ASSIGN: Rule(DESK),
    Action.PANEL_SEAT: Rule(frozenset({JUDGE, CHIEF})),
    Action.DRAW_LOTS: Rule(KEY_HOLDERS, (_C.NO_SCORES,)),
    Action.KIT_MAKE: Rule(KEY_HOLDERS),
    Action.SCORE: Rule(SCORE_KEEPERS, (_C.SECTION_OPEN, _C.NOT_SUBMITTED), own=frozenset({JUDGE})),
    Action.REMARK_SET: Rule(SCORE_KEEPERS, own=frozenset({JUDGE})),
    Action.SUBMIT: Rule(SCORE_KEEPERS, (_C.SECTION_OPEN, _C.NOT_SUBMITTED), own=frozenset({JUDGE})),
    Action.REOPEN: Rule(DESK, (_C.SECTION_OPEN, _C.SUBMITTED)),
    Action.REMARK_REQUEST: Rule(DESK, (_C.SECTION_OPEN,)),
    Action.REMARK_WITHDRAW: Rule(DESK),
    Action.PACKAGE_MERGE: Rule(SCORE_KEEPERS),
    Action.CONFLICT_RESOLVE: Rule(DESK, (_C.SECTION_OPEN,)),
    Action.STATUS_SET: Rule(DESK),
    Action.TIME_SET: Rule(SCORE_KEEPERS),
    Action.PENALTY_ADD: Rule(DESK, (_C.SECTION_OPEN,)),
    Action.VOTES_SET: Rule(SCORE_KEEPERS, (_C.SECTION_OPEN,)),
    Action.PLAYOFF_SET: Rule(DESK),
    Action.RECUSAL_SET: Rule(DESK),
    Action.SECTION_LOCK: Rule(DESK),
    Action.SECTION_UNLOCK: Rule(DESK, (_C.UNPUBLISHED,)),
    Action.WARNING_ACK: Rule(DESK),
    Action.RECHECK_DRAW: Rule(CHECKERS, (_C.SEALED, _C.ALL_LOCKED)),
    Action.RECHECK_VALUE: Rule(CHECKERS, (_C.SECOND_PERSON, _C.SEALED, _C.ALL_LOCKED)),
    Action.RECHECK_RESOLVE: Rule(DESK, (_C.SEALED, _C.ALL_LOCKED)),
    Action.UNSEAL: Rule(KEY_HOLDERS, (_C.SEALED, _C.ALL_LOCKED, _C.RECHECK_DONE)),
    Action.SEAL_PASSPHRASE: Rule(SEALERS),
    Action.PUBLISH: Rule(ORGANISER_ONLY, (_C.ALL_LOCKED, _C.UNSEALED, _C.UNPUBLISHED)),
    Action.WITHDRAW: Rule(ORGANISER_ONLY, (_C.PUBLISHED,)),
    Action.FINALISE: Rule(ORGANISER_ONLY, (_C.PUBLISHED,)),
    Action.EVENT_END: Rule(DESK),
    Action.APPEAL_REGISTER: Rule(CHECKERS),
    Action.APPEAL_DECIDE: Rule(DESK),
    Action.ROUND_ENROL: Rule(KEY_HOLDERS),
    Action.BACKUP: Rule(CHECKERS),  # a whole copy of the file: not from a judge's seat
    Action.AUDIT_VIEW: Rule(WATCHERS, view=True),
    Action.VETO_SET: Rule(DESK),
    Action.VIEW_NAMES: Rule(KEY_HOLDERS, anyone_when=_C.UNSEALED, view=True),
    Action.VIEW_ROSTER: Rule(WATCHERS, view=True),
    Action.VIEW_SCHEME: Rule(WATCHERS, view=True),
    Action.VIEW_REVIEW: Rule(WATCHERS, view=True),
    Action.VIEW_CHECKS: Rule(WATCHERS | CHECKERS, view=True),  # whoever rechecks values sees the list
    Action.VIEW_PRINT: Rule(WATCHERS, view=True),
})


@dataclass(frozen=True)
class ActionState:
    """What is known now about the thing acted on: conditions that hold, and conditions that do
    not, each with the store's words for why (模块“理论知识”已锁定). Others are not checked."""

    holds: frozenset[Condition] = frozenset()
    unmet: Mapping[Condition, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Denial:
    """Why an action is refused; ``personal``: because of who acts (NotPermitted), else the state."""

    message: str
    personal: bool


def denial(action: Action, role: Role, state: ActionState | None = None, *, own: bool = False,
           actor: str = "", target: str = "") -> Denial | None:
    """Why ``role`` may not do ``action`` now (None if it may). ``own``: on the acting person's own
    values; ``actor`` and ``target`` (whose values) go into the message."""
    rule = RULES[action]
    state = state or ActionState()
    if rule.anyone_when is not None and rule.anyone_when in state.holds:
        return None
    if role not in rule.roles and not (own and role in rule.own):
        return Denial(_role_message(action, role, actor, target), True)
    for condition in rule.requires:
        if condition in state.unmet:
            detail = state.unmet[condition] or condition.label.split(" / ")[0]
            return Denial(f"{detail}，不能{action.label}{condition.hint} / {condition.unmet}", condition.personal)
    return None


def refusal(action: Action, role: Role, state: ActionState | None = None, *, own: bool = False,
            actor: str = "", target: str = "") -> str | None:
    """The bilingual reason ``role`` may not do ``action`` now; None if it may."""
    found = denial(action, role, state, own=own, actor=actor, target=target)
    return None if found is None else found.message


def allowed(action: Action, role: Role | None, state: ActionState | None = None, *, own: bool = False) -> bool:
    """Whether ``role`` may do ``action`` (the GUI shows or enables from this); None: nobody."""
    return role is not None and denial(action, role, state, own=own) is None


def roles_for(*actions: Action) -> frozenset[Role]:
    """Every role that may do at least one of ``actions`` (for anyone or for themselves)."""
    return frozenset(role for a in actions for role in RULES[a].roles | RULES[a].own)


def _names(roles: frozenset[Role], english: bool = False) -> str:
    """裁判长、记分员或管理员 / chief, scorer or organiser."""
    names = [r.value if english else r.label for r in Role if r in roles]
    last = " or " if english else "或"
    return names[-1] if len(names) == 1 else (", " if english else "、").join(names[:-1]) + last + names[-1]


def _role_message(action: Action, role: Role, actor: str, target: str) -> str:
    rule = RULES[action]
    own = rule.own - rule.roles
    text = f"{action.label}只能由{_names(rule.roles)}进行"
    if own:
        text += f"（{_names(own)}只限本人）"
    if actor:
        text += f"，{actor} 登记为{role.label}"
    if target and role in own:
        text += f"，{target} 不是本人"
    english = f"only {_names(rule.roles, True)} may do this"
    if own:
        english += f" ({_names(own, True)}: their own only)"
    return f"{text} / {english}"


def _who(rule: Rule) -> str:
    text = "、".join(r.label for r in Role if r in rule.roles)
    if rule.own - rule.roles:
        text += f"；{_names(rule.own - rule.roles)}（只限本人）"
    if rule.anyone_when is not None:
        text += f"；{rule.anyone_when.label.split(' / ')[0]}后：所有人"
    return text


def markdown_table() -> str:
    """The table as docs/rules.md prints it (one row per action, in :class:`Action` order)."""
    lines = ["| 操作 / action | 谁可以 / who may | 须满足 / only when |", "|---|---|---|"]
    for action in Action:
        rule = RULES[action]
        when = "；".join(c.label for c in rule.requires) or ("（只是显示）/ a screen" if rule.view else "—")
        lines.append(f"| {action.label} `{action.value}` | {_who(rule)} | {when} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m judge_app.core.policy: the table for docs/rules.md
    print(markdown_table(), end="")
