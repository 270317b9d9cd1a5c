"""The people of a contest (裁判, 裁判长, 加密裁判 ...) and what each may see.

Judges score by code and never see names: until an event is unsealed (解密, after every section
is locked) only the secretary (加密裁判, who holds the code-to-name key) and the organiser see
who is behind a code. :func:`sealed_entry` is that rule; every output (reports, exports, ``rank``,
``roster show``, the screens) reads entries through it: the store's ``ContestDB.entry_view()`` (the
acting person's :func:`entry_view`) and ``ContestDB.visible_entries(event)``, results through
:func:`view_result`, lot draws through :func:`sealed_draw` (the seed rebuilds the key).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from judge_app.core.entries import Entry
from judge_app.core.errors import InvalidValue
from judge_app.core.lotdraw import DrawRecord
from judge_app.core.results import EventResult
from judge_app.core.scheme import Contest

MAX_ID_CHARS = 32
MAX_NAME_CHARS = 50


class Role(str, Enum):
    """What a registered person does (see ../shared/domain.md, People)."""

    JUDGE = "judge"  # 裁判: scores the panel's contestants, by code
    CHIEF = "chief"  # 裁判长: assigns panels, reviews flags, locks sections
    SECRETARY = "secretary"  # 加密裁判 / 保密员: holds the code-to-name key, draws lots, unseals
    SCORER = "scorer"  # 记分员: types paper score sheets in
    SUPERVISOR = "supervisor"  # 监督: read-only
    ORGANISER = "organiser"  # 组委会 / 管理员: sets the contest up

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: "str | Role") -> "Role":
        """A role from its English value or its Chinese word (裁判, 加密裁判, 管理员 ...)."""
        if isinstance(text, Role):
            return text
        key = "".join(str(text).split()).lower()
        found = _WORDS.get(key)
        if found is None:
            known = "、".join(f"{r.label}（{r.value}）" for r in cls)
            raise InvalidValue(f"未知的角色“{text}”，应为：{known} / unknown role")
        return found


_LABELS = {
    Role.JUDGE: "裁判",
    Role.CHIEF: "裁判长",
    Role.SECRETARY: "加密裁判",
    Role.SCORER: "记分员",
    Role.SUPERVISOR: "监督",
    Role.ORGANISER: "管理员",
}
_WORDS: dict[str, Role] = {r.value: r for r in Role} | {label: r for r, label in _LABELS.items()} | {
    "裁判员": Role.JUDGE,
    "评委": Role.JUDGE,
    "保密员": Role.SECRETARY,
    "加密员": Role.SECRETARY,
    "监督员": Role.SUPERVISOR,
    "组委会": Role.ORGANISER,
    "organizer": Role.ORGANISER,
}


@dataclass(frozen=True)
class Judge:
    """A registered person. The PIN itself is never kept, only whether one is set."""

    id: str
    name: str
    role: Role = Role.JUDGE
    has_pin: bool = False
    unit: str = ""  # the judge's own unit: entries of it are recused (回避)


@dataclass(frozen=True)
class JudgeInput:
    """A person to register (from a file or a form); ``pin`` None keeps a stored PIN."""

    id: str
    name: str
    role: Role = Role.JUDGE
    pin: str | None = None
    unit: str | None = None  # None keeps the stored unit


RECUSED_BY_UNIT, RECUSED_AS_RELATED = "同单位", "关联"  # the two kinds of recusal (回避)
RECUSED_SEALED = "回避"  # what someone who may not see names is shown instead of the kind


class Recusal(NamedTuple):
    """One judge recused from one entry (回避), as the acting person may see it: the kind and the
    reason only for those who may see the event's names."""

    judge: str
    event: str
    code: str
    kind: str  # RECUSED_BY_UNIT / RECUSED_AS_RELATED, or RECUSED_SEALED
    reason: str


def recused_message(judge: str, code: str) -> str:
    """Why a value of a judge recused from an entry (回避) is refused: every door says the same."""
    return f"裁判 {judge} 回避 {code}（同单位或有关联），不能为其评分 / judge {judge} is recused from {code}"


def check_person(judge_id: str, name: str) -> tuple[str, str]:
    """The id and name trimmed; InvalidValue if either is empty or unreasonable."""
    jid, who = str(judge_id).strip(), " ".join(str(name).split())
    if not jid:
        raise InvalidValue("裁判编号不能为空 / judge id is required")
    if len(jid) > MAX_ID_CHARS or any(ch.isspace() for ch in jid):
        raise InvalidValue(
            f"裁判编号“{jid[:40]}”应为不超过 {MAX_ID_CHARS} 个字符且不含空格 / judge id too long or has spaces"
        )
    if not who:
        raise InvalidValue(f"裁判 {jid} 缺少姓名 / name is required")
    if len(who) > MAX_NAME_CHARS:
        raise InvalidValue(f"裁判 {jid} 的姓名太长（{len(who)} 个字符）/ name too long")
    return jid, who


_LABEL_ID = re.compile(r"[(（]([^()（）\s]+)[)）]$")


def actor_label(judge: Judge) -> str:
    """How a logged-in person is named as the actor of changes: ``姓名(编号)``."""
    return f"{judge.name}({judge.id})"


def actor_id(actor: str) -> str:
    """The judge id inside an :func:`actor_label` (``王伟(J01)`` → ``J01``); else ``actor``."""
    found = _LABEL_ID.search(actor.strip())
    return found.group(1) if found else actor.strip()


def can_see_names(role: "Role | str", unsealed: bool) -> bool:
    """Whether ``role`` may see who is behind a code: key holders always, others after unseal
    (:data:`judge_app.core.policy.Action.VIEW_NAMES`)."""
    from judge_app.core.policy import Action, ActionState, Condition, allowed  # policy imports Role from here

    return allowed(Action.VIEW_NAMES, Role.parse(role), ActionState(frozenset({Condition.UNSEALED}) if unsealed else frozenset()))


def visible_name(entry: Entry, role: "Role | str", unsealed: bool) -> str:
    """The entry's name as ``role`` may see it: '' for everyone but the key holders before unseal."""
    return entry.name if can_see_names(role, unsealed) else ""


#: fields that tell who is behind a code; blanked by :func:`sealed_entry`
PERSONAL_FIELDS = ("name", "gender", "id_number", "unit", "team", "phone", "members", "note")


def sealed_entry(entry: Entry, role: "Role | str", unsealed: bool) -> Entry:
    """The entry as ``role`` may see it: before unseal, non-key-holders get code, event, group,
    status, time, title and category only."""
    if can_see_names(role, unsealed):
        return entry
    blank = {f: () if f == "members" else "" for f in PERSONAL_FIELDS}
    return dataclasses.replace(entry, **blank)


#: what stands for a sealed name in a text (the audit listing)
MASK = "＊＊"


def personal_texts(entries: Collection[Entry]) -> list[str]:
    """The names, units, ID numbers ... of ``entries`` (gender and notes aside), longest first:
    what :func:`masker` hides in free text. Single characters are left (they would mask anything)."""
    found = {text for e in entries for f in PERSONAL_FIELDS if f not in ("gender", "note")
             for text in ((getattr(e, f),) if f != "members" else e.members) if len(text.strip()) > 1}
    return sorted(found, key=lambda t: (-len(t), t))


def masker(hidden: Collection[str]) -> Callable[[str], str]:
    """A function giving a text with every one of ``hidden`` replaced by MASK, the longest first
    where two start at the same place (looked up by first character: thousands of names, fast)."""
    by_first: dict[str, list[str]] = {}
    for secret in sorted(hidden, key=len, reverse=True):
        by_first.setdefault(secret[0], []).append(secret)

    def mask(text: str) -> str:
        out, i = [], 0
        while i < len(text):
            found = next((s for s in by_first.get(text[i], ()) if text.startswith(s, i)), None)
            out.append(MASK if found else text[i])
            i += len(found) if found else 1
        return "".join(out)

    return mask


#: how one person sees entries: the entry itself, or its :func:`sealed_entry`
EntryView = Callable[[Entry], Entry]


def entry_view(role: "Role | str", unsealed_events: Collection[str]) -> EntryView:
    """How ``role`` sees an entry when the events ``unsealed_events`` (ids) are unsealed."""
    unsealed = frozenset(unsealed_events)
    return lambda entry: sealed_entry(entry, role, entry.event in unsealed)


#: the view of someone who sees no names (the sealed form of a printed sheet)
SEALED: EntryView = entry_view(Role.JUDGE, ())


def view_result(result: EventResult, view: EntryView) -> EventResult:
    """``result`` with the entry of every row as ``view`` shows it (ranks, totals unchanged)."""
    groups = tuple(
        dataclasses.replace(group, rows=tuple(dataclasses.replace(row, entry=view(row.entry)) for row in group.rows))
        for group in result.groups
    )
    return dataclasses.replace(result, groups=groups)


def sealed_draw(record: DrawRecord, role: "Role | str", unsealed: bool) -> DrawRecord:
    """A lot draw as ``role`` may see it: before unseal, non-key-holders get stage, time and
    actor only; neither the lines (the key) nor the seed (which rebuilds them)."""
    if can_see_names(role, unsealed):
        return record
    return dataclasses.replace(record, seed=None, lines=())


def panels_of(contest: Contest, judge_id: str) -> list[tuple[str, str]]:
    """(event name, section name) of every panel ``judge_id`` sits on, in scheme order."""
    return [
        (ev.name, sec.name) for ev in contest.events for sec in ev.sections if judge_id in sec.judges
    ]
