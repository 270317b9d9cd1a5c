"""The marking scheme: contest → events → sections → criteria, tie-breaks and award rules.

Objects here are immutable values; :mod:`judge_app.core.scheme_json` reads and writes them and
:mod:`judge_app.core.validate` checks them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from judge_app.core.decimals import Rounding
from judge_app.core.errors import NotFound


class CriterionKind(str, Enum):
    """How a criterion is scored."""

    MEASUREMENT = "measurement"  # 客观/测量: one value per contestant, confirmed by a second entry
    JUDGEMENT = "judgement"  # 主观: every panel judge scores, values are aggregated
    DEDUCTION = "deduction"  # 扣分项: starts at max, the value entered is the deduction

    @property
    def label(self) -> str:
        return {"measurement": "客观", "judgement": "主观", "deduction": "扣分"}[self.value]


class Level(str, Enum):
    """Where the panel's values are aggregated."""

    CRITERION = "criterion"  # per criterion, then summed
    JUDGE_TOTAL = "judge_total"  # each judge's section total first, then the rule over totals


class SectionKind(str, Enum):
    SCORED = "scored"  # criteria scored by judges
    VOTE = "vote"  # public vote: votes / max votes in the event × section max


class EntryKind(str, Enum):
    """What competes in an event."""

    INDIVIDUAL = "individual"  # 选手
    TEAM = "team"  # 五小成果, 工人先锋号
    UNIT = "unit"  # 四比一创 units / projects
    PROJECT = "project"
    PROPOSAL = "proposal"  # 合理化建议 / 献一策
    CANDIDATE = "candidate"  # 工匠 candidates

    @property
    def label(self) -> str:
        return {
            "individual": "选手",
            "team": "团队",
            "unit": "单位",
            "project": "项目",
            "proposal": "建议",
            "candidate": "候选人",
        }[self.value]


@dataclass(frozen=True)
class AggregationRule:
    """How a panel's values become one value: mean, trimmed (drop k high and k low), median."""

    name: str  # "mean" | "trimmed" | "median"
    k: int = 0  # values dropped from each side for "trimmed"

    @classmethod
    def parse(cls, text: str) -> "AggregationRule":
        """Parse ``mean``, ``median``, ``trimmed`` (k=1) or ``trimmed:k``."""
        raw = str(text).strip().lower()
        name, _, arg = raw.partition(":")
        if name == "trimmed":
            try:
                k = int(arg) if arg else 1
            except ValueError:
                raise ValueError(f"去掉最高最低分的个数应为整数: “{text}”") from None
            if k < 1:
                raise ValueError(f"trimmed:k 的 k 至少为 1: “{text}”")
            return cls("trimmed", k)
        if name in ("mean", "median") and not arg:
            return cls(name)
        raise ValueError(f"未知的合成规则 “{text}” (应为 mean / trimmed / trimmed:k / median)")

    @property
    def min_values(self) -> int:
        """Fewest values the rule can work on."""
        return 2 * self.k + 1 if self.name == "trimmed" else 1

    def __str__(self) -> str:
        if self.name == "trimmed":
            return "trimmed" if self.k == 1 else f"trimmed:{self.k}"
        return self.name

    @property
    def label(self) -> str:
        if self.name == "trimmed":
            return "去掉一个最高分和一个最低分后取平均" if self.k == 1 else f"去掉{self.k}个最高分和{self.k}个最低分后取平均"
        return "取平均" if self.name == "mean" else "取中位数"


@dataclass(frozen=True)
class Criterion:
    """One line of a marking scheme (评分项)."""

    id: str
    name: str
    max: Decimal
    step: Decimal
    kind: CriterionKind = CriterionKind.JUDGEMENT


@dataclass(frozen=True)
class TimePenalty:
    """Section penalty for overtime: ``points`` per started ``per_min`` beyond ``limit_min``."""

    limit_min: int
    per_min: int
    points: Decimal

    def points_for(self, time_s: int | None) -> Decimal:
        """Penalty points (positive) for a completion time in seconds."""
        if time_s is None:
            return Decimal(0)
        over = time_s - self.limit_min * 60
        if over <= 0:
            return Decimal(0)
        started = -(-over // (self.per_min * 60))
        return self.points * started


@dataclass(frozen=True)
class Section:
    """A module of an event (考核模块) with its max marks, weight and panel."""

    id: str
    name: str
    max: Decimal
    weight: Decimal
    criteria: tuple[Criterion, ...] = ()
    rule: AggregationRule = AggregationRule("mean")
    level: Level = Level.CRITERION
    kind: SectionKind = SectionKind.SCORED
    judges: tuple[str, ...] = ()
    time_penalty: TimePenalty | None = None

    def open_to(self, judge: str) -> bool:
        """Whether ``judge`` scores this section: on its panel, or any judge when it has none."""
        return not self.judges or judge in self.judges

    def criterion(self, criterion_id: str) -> Criterion:
        for crit in self.criteria:
            if crit.id == criterion_id:
                return crit
        raise NotFound(f"模块 “{self.name}” 没有评分项 “{criterion_id}” / no such criterion")


class TieBreakKind(str, Enum):
    HEAVIEST_SECTION = "heaviest_section"  # higher score in the heaviest section
    SECTION = "section"  # higher score in a named section (module order)
    KEY_CRITERIA = "key_criteria"  # higher value on each key criterion in order
    CRITERION = "criterion"  # higher value on a named criterion
    TIME = "time"  # shorter completion time (用时)
    PLAYOFF = "playoff"  # higher play-off (加赛) result


@dataclass(frozen=True)
class TieBreak:
    kind: TieBreakKind
    ref: str | None = None  # section or criterion id for SECTION / CRITERION

    @classmethod
    def parse(cls, text: str) -> "TieBreak":
        name, _, ref = str(text).strip().partition(":")
        try:
            kind = TieBreakKind(name)
        except ValueError:
            known = ", ".join(k.value for k in TieBreakKind)
            raise ValueError(f"未知的并列处理规则 “{text}” (可用: {known})") from None
        needs_ref = kind in (TieBreakKind.SECTION, TieBreakKind.CRITERION)
        if needs_ref and not ref:
            raise ValueError(f"并列处理规则 “{text}” 需要写明模块或评分项, 例如 {name}:practical")
        if not needs_ref and ref:
            raise ValueError(f"并列处理规则 “{text}” 不带参数")
        return cls(kind, ref or None)

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.ref}" if self.ref else self.kind.value


DEFAULT_TIE_BREAKS: tuple[TieBreak, ...] = (
    TieBreak(TieBreakKind.HEAVIEST_SECTION),
    TieBreak(TieBreakKind.KEY_CRITERIA),
    TieBreak(TieBreakKind.TIME),
    TieBreak(TieBreakKind.PLAYOFF),
)


@dataclass(frozen=True)
class AwardTier:
    """One award (一等奖 ...). Exactly one of count / percent / rank_to / rest gives its size.

    ``count`` and ``percent`` add to the previous boundary; ``rank_to`` is an explicit band end;
    ``rest`` covers everyone left. ``min_total`` is an extra floor for this award only
    (优秀奖: the rest with a total of at least 60).
    """

    name: str
    count: int | None = None
    percent: Decimal | None = None
    rank_to: int | None = None
    rest: bool = False
    min_total: Decimal | None = None


@dataclass(frozen=True)
class Title:
    """An honour with its own rank range and pass conditions (技术能手 for ranks 1–3 ...)."""

    name: str
    rank_from: int
    rank_to: int
    pass_mark: Decimal | None = None
    section_pass_marks: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True)
class AwardRules:
    tiers: tuple[AwardTier, ...] = ()
    pass_mark: Decimal | None = None  # 合格线 on the total
    section_pass_marks: tuple[tuple[str, Decimal], ...] = ()  # (section id, mark)
    titles: tuple[Title, ...] = ()


@dataclass(frozen=True)
class SpreadRule:
    """When a judgement criterion's panel spread (max − min) is flagged for the chief judge."""

    small_max: Decimal = Decimal(3)  # criteria with max ≤ this use ``small_points``
    small_points: Decimal = Decimal(1)
    percent: Decimal = Decimal(20)  # otherwise this percentage of the criterion's max

    def threshold(self, criterion_max: Decimal) -> Decimal:
        if criterion_max <= self.small_max:
            return self.small_points
        return criterion_max * self.percent / 100


class Combine(str, Enum):
    """How a season adds up its periods."""

    SUM = "sum"  # Σ period totals
    MEAN = "mean"  # mean of the period totals
    WEIGHTED = "weighted"  # Σ period total × weight / 100

    @property
    def label(self) -> str:
        return {"sum": "各期合计", "mean": "各期平均", "weighted": "各期加权"}[self.value]


class Missing(str, Enum):
    """What a period without a result (not entered, 缺考, no total) counts in a season."""

    ZERO = "zero"  # counts 0
    RENORMALISE = "renormalise"  # the periods held are scaled up to all periods
    EXCLUDE = "exclude"  # the entry is not ranked in the season

    @property
    def label(self) -> str:
        return {"zero": "缺期计 0 分", "renormalise": "按已参加各期折算", "exclude": "缺期不参加年度排名"}[self.value]


@dataclass(frozen=True)
class Advancement:
    """Who goes on from a round (初赛 → 决赛), per group: the top N, a score line, or both."""

    top: int | None = None  # ranks 1..N advance; entries sharing rank N all advance (warned)
    line: Decimal | None = None  # 晋级分数线: total ≥ line
    to: str = ""  # the next round's event id (for information)


@dataclass(frozen=True)
class Carry:
    """A weighted part of an earlier round's total carried into this round's result."""

    event: str
    weight: Decimal  # percent of the combined result; this round keeps 100 − Σ weights


@dataclass(frozen=True)
class StandardScale:
    """Standardised score: the event's median total maps to ``point``; ``spread`` points per
    mean absolute deviation from the median (see docs/rules.md)."""

    point: Decimal = Decimal(700)
    spread: Decimal = Decimal(20)


@dataclass(frozen=True)
class Period:
    """One periodic assessment (an event) of a season; ``weight`` only for weighted seasons."""

    event: str
    weight: Decimal | None = None


@dataclass(frozen=True)
class Season:
    """A season-long contest (四比一创) adding periodic assessments into a yearly result."""

    id: str
    name: str
    periods: tuple[Period, ...]
    combine: Combine = Combine.SUM
    missing: Missing = Missing.ZERO
    decimals: int | None = None  # None: the first period's event
    rounding: Rounding | None = None
    tie_breaks: tuple[TieBreak, ...] = ()  # section:<period event id> or heaviest_section
    awards: AwardRules = field(default_factory=AwardRules)
    vetoes: tuple[str, ...] = ()  # 一票否决 the season's rules list; () = judge_app.core.veto.VETO_KINDS


@dataclass(frozen=True)
class Event:
    """An event (赛项/工种) with its one marking scheme."""

    id: str
    name: str
    sections: tuple[Section, ...]
    groups: tuple[str, ...] = ()
    entry_kind: EntryKind = EntryKind.INDIVIDUAL
    decimals: int = 2
    rounding: Rounding = Rounding.HALF_UP
    key_criteria: tuple[str, ...] = ()
    tie_breaks: tuple[TieBreak, ...] = DEFAULT_TIE_BREAKS
    awards: AwardRules = field(default_factory=AwardRules)
    spread: SpreadRule = field(default_factory=SpreadRule)
    advance: Advancement | None = None  # who goes on to the next round
    carry: tuple[Carry, ...] = ()  # weighted parts of earlier rounds in this round's result
    standard: StandardScale | None = None  # fill EntryResult.standard_score
    appeal_hours: Decimal = Decimal(2)  # 申诉时限: written appeals within this many hours of the end

    @property
    def own_weight(self) -> Decimal:
        """This round's own percent of its combined result (100 when nothing is carried)."""
        return Decimal(100) - sum((c.weight for c in self.carry), Decimal(0))

    def section(self, section_id: str) -> Section:
        """A section by its id or its name (see :func:`lookup_id`)."""
        found = lookup_id(((sec.id, sec.name) for sec in self.sections), section_id)
        for sec in self.sections:
            if sec.id == found:
                return sec
        raise NotFound(f"赛项 “{self.name}” 没有模块 “{section_id}” / no such section")

    def criterion(self, criterion_id: str) -> tuple[Section, Criterion]:
        for sec in self.sections:
            for crit in sec.criteria:
                if crit.id == criterion_id:
                    return sec, crit
        raise NotFound(f"赛项 “{self.name}” 没有评分项 “{criterion_id}” / no such criterion")

    @property
    def uses_time(self) -> bool:
        """Whether an entry's completion time (用时) counts: a tie-break by time or an overtime penalty."""
        return (any(t.kind is TieBreakKind.TIME for t in self.tie_breaks)
                or any(s.time_penalty is not None for s in self.sections))

    @property
    def heaviest_section(self) -> Section:
        """The section with the largest weight (the first of equals, in scheme order)."""
        return max(self.sections, key=lambda s: s.weight)

    @property
    def judges(self) -> tuple[str, ...]:
        """Every judge on any panel of the event, in order of first appearance."""
        seen: dict[str, None] = {}
        for sec in self.sections:
            for judge in sec.judges:
                seen.setdefault(judge, None)
        return tuple(seen)


@dataclass(frozen=True)
class Contest:
    name: str
    events: tuple[Event, ...]
    date: str = ""
    organiser: str = ""
    seasons: tuple[Season, ...] = ()

    def season(self, season_id: str) -> Season:
        """A season by its id or its name (see :func:`lookup_id`)."""
        return _find(self.seasons, season_id, "年度/赛季", "season")

    def event(self, event_id: str) -> Event:
        """An event by its id or its name (see :func:`lookup_id`); NotFound names the events."""
        return _find(self.events, event_id, "赛项", "event")


def lookup_key(text: str) -> str:
    """Text as lookups compare it: NFKC (full-width → half-width), no whitespace, case-folded."""
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def lookup_id(items: Iterable[tuple[str, str]], text: str) -> str | None:
    """The id that ``text`` names among ``(id, name)`` pairs: an id, else a name no other item
    has (a shared name finds nothing: use the id). Compared as written first, then as
    :func:`lookup_key`. None if nothing matches."""
    pairs = list(items)
    for key in (str.strip, lookup_key):
        wanted = key(str(text))
        for position in (0, 1):
            found = [pair[0] for pair in pairs if key(pair[position]) == wanted]
            if len(found) == 1:
                return found[0]
    return None


_Named = TypeVar("_Named", Event, Season)


def _find(items: Iterable[_Named], text: str, what: str, english: str) -> _Named:
    """The item of ``items`` ``text`` names (:func:`lookup_id`), or NotFound listing them."""
    items = list(items)
    found = lookup_id(((item.id, item.name) for item in items), text)
    if found is not None:
        return next(item for item in items if item.id == found)
    shared = [item.id for item in items if lookup_key(item.name) == lookup_key(str(text))]
    if len(shared) > 1:
        raise NotFound(f"有 {len(shared)} 个{what}名为 “{text}”，请用编号：{'、'.join(shared)}"
                       f" / several {english}s have this name: give the id")
    known = "、".join(labelled(item.id, item.name) for item in items) or "（无）"
    raise NotFound(f"{what} “{text}” 不存在 / no such {english} (已有: {known})")


def labelled(item_id: str, name: str) -> str:
    """``2026年第一季度（2026Q1）``: a name with its id when the two differ."""
    return name if item_id == name else f"{name}（{item_id}）"
