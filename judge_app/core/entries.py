"""Entries (选手, 团队, 单位, 项目, 建议, 候选人) and the per-contestant inputs of a computation."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from judge_app.core.scheme import EntryKind


class Status(str, Enum):
    """Whether an entry is ranked. Anything but OK is listed last with the reason."""

    OK = "ok"
    ABSENT = "absent"  # 缺考
    WITHDRAWN = "withdrawn"  # 弃赛
    DISQUALIFIED = "disqualified"  # 取消资格

    @property
    def label(self) -> str:
        return {"ok": "", "absent": "缺考", "withdrawn": "弃赛", "disqualified": "取消资格"}[self.value]

    @classmethod
    def parse(cls, text: str | None) -> "Status":
        raw = (text or "ok").strip().lower()
        for status in cls:
            if raw in (status.value, status.label) and raw:
                return status
        if raw in ("", "正常", "参赛"):
            return cls.OK
        raise ValueError(f"未知的状态 “{text}” (应为 ok/缺考/弃赛/取消资格)")


@dataclass(frozen=True)
class Entry:
    """Something ranked in an event: a person, a team, a unit, a project, a proposal, a candidate.

    ``code`` is what judges see (检录号 or 工位号); names stay with the organiser and secretary.
    """

    code: str
    event: str
    group: str = ""
    name: str = ""
    kind: EntryKind = EntryKind.INDIVIDUAL
    status: Status = Status.OK
    time_s: int | None = None  # completion time (用时) in seconds
    unit: str = ""  # 单位
    team: str = ""  # 代表队
    gender: str = ""
    id_number: str = ""  # 18-digit 身份证号
    members: tuple[str, ...] = ()  # team members, project members
    title: str = ""  # project / proposal title
    category: str = ""  # proposal category (工序优化 ...)
    phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class Penalty:
    """A section penalty recorded for one entry (e.g. 安全违规 −5); ``points`` is positive."""

    section: str
    points: Decimal
    reason: str = ""


@dataclass
class EventInputs:
    """Everything recorded for one event, as plain values: the input of a computation.

    ``scores[code][criterion][judge]`` is the value entered (for deductions: the points deducted).
    """

    entries: list[Entry] = field(default_factory=list)
    scores: dict[str, dict[str, dict[str, Decimal]]] = field(default_factory=dict)
    penalties: list[tuple[str, Penalty]] = field(default_factory=list)  # (code, penalty)
    votes: dict[str, Decimal] = field(default_factory=dict)  # code → counted votes (after voids)
    voided: dict[str, tuple[int, str]] = field(default_factory=dict)  # code → (votes voided, why): 刷票
    playoffs: dict[str, Decimal] = field(default_factory=dict)  # code → play-off result
    recused: dict[str, frozenset[str]] = field(default_factory=dict)  # code → judges recused (回避)

    def add_score(self, code: str, criterion: str, judge: str, value: Decimal) -> None:
        self.scores.setdefault(code, {}).setdefault(criterion, {})[judge] = value
