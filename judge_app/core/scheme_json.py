"""The documented JSON form of a marking scheme (format ``judge_app.scheme/1``).

``contest_from_dict`` reads it (numbers may be JSON numbers or strings, so "0.5" stays exact),
checks it with :func:`judge_app.core.validate.validate_contest` and returns immutable objects;
``contest_to_dict`` writes the same form back. The format is described in docs/scheme-format.md.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, TypeVar

from judge_app.core.decimals import Rounding, fmt, to_decimal
from judge_app.core.errors import JudgeAppError, SchemeError
from judge_app.core.scheme import (
    DEFAULT_TIE_BREAKS,
    Advancement,
    AggregationRule,
    AwardRules,
    AwardTier,
    Carry,
    Combine,
    Contest,
    Criterion,
    CriterionKind,
    EntryKind,
    Event,
    Level,
    Missing,
    Period,
    Season,
    Section,
    SectionKind,
    SpreadRule,
    StandardScale,
    TieBreak,
    TimePenalty,
    Title,
)

FORMAT = "judge_app.scheme/1"
T = TypeVar("T")


class _Reader:
    """Reads one JSON object, collecting every problem with its path (events[0].sections[1].max)."""

    def __init__(self, problems: list[str], path: str, data: Any):
        self.problems = problems
        self.path = path
        self.data = data if isinstance(data, dict) else {}
        if not isinstance(data, dict):
            problems.append(f"{path}: 应为对象 {{...}} / expected an object")

    def child(self, key: str, data: Any) -> "_Reader":
        return _Reader(self.problems, f"{self.path}.{key}", data)

    def _fail(self, key: str, message: str) -> None:
        self.problems.append(f"{self.path}.{key}: {message}")

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            self._fail(key, "缺少此项 / required")
            return ""
        return str(value).strip()

    def number(self, key: str, default: Any = None, *, optional: bool = False) -> Decimal | None:
        value = self.data.get(key, default)
        if value is None:
            if not optional:
                self._fail(key, "缺少数值 / number required")
            return None
        try:
            return to_decimal(value, key)
        except JudgeAppError as exc:
            self._fail(key, str(exc))
            return None

    def integer(self, key: str, default: int | None = None) -> int | None:
        value = self.number(key, default, optional=default is None)
        if value is None:
            return None
        if value != value.to_integral_value():
            self._fail(key, f"应为整数，得到 {fmt(value)} / expected a whole number")
            return None
        return int(value)

    def parsed(self, key: str, parse: Callable[[str], T], default: T) -> T:
        value = self.data.get(key)
        if value is None:
            return default
        try:
            return parse(str(value))
        except ValueError as exc:
            self._fail(key, str(exc))
            return default

    def items(self, key: str) -> list[tuple["_Reader", Any]]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self._fail(key, "应为列表 [...] / expected a list")
            return []
        return [(_Reader(self.problems, f"{self.path}.{key}[{i}]", item), item) for i, item in enumerate(value)]

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self._fail(key, "应为列表 [...] / expected a list")
            return ()
        return tuple(str(item).strip() for item in value)

    def marks(self, key: str) -> tuple[tuple[str, Decimal], ...]:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            self._fail(key, "应为对象 {模块: 分数} / expected an object")
            return ()
        sub = self.child(key, value)
        return tuple((str(k), mark) for k in value if (mark := sub.number(k)) is not None)


def _enum(enum: type, label: str) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return enum(text.strip().lower())
        except ValueError:
            known = " / ".join(member.value for member in enum)
            raise ValueError(f"未知的{label} “{text}” (应为 {known})") from None

    return parse


def _criterion(r: _Reader) -> Criterion:
    return Criterion(
        id=r.text("id"),
        name=r.text("name", r.data.get("id")),
        max=r.number("max") or Decimal(0),
        step=r.number("step", "1") or Decimal(0),  # 0 (or a typo read as nothing) is refused by validation
        kind=r.parsed("kind", _enum(CriterionKind, "评分项类型"), CriterionKind.JUDGEMENT),
    )


def _time_penalty(r: _Reader, data: Any) -> TimePenalty | None:
    if data is None:
        return None
    sub = r.child("time_penalty", data)
    return TimePenalty(
        limit_min=sub.integer("limit_min") or 0,
        per_min=sub.integer("per_min") or 1,
        points=sub.number("points") or Decimal(0),
    )


def _section(r: _Reader) -> Section:
    return Section(
        id=r.text("id"),
        name=r.text("name", r.data.get("id")),
        max=r.number("max") or Decimal(0),
        weight=r.number("weight") or Decimal(0),
        criteria=tuple(_criterion(c) for c, _ in r.items("criteria")),
        rule=r.parsed("rule", AggregationRule.parse, AggregationRule("mean")),
        level=r.parsed("level", _enum(Level, "合成层级"), Level.CRITERION),
        kind=r.parsed("kind", _enum(SectionKind, "模块类型"), SectionKind.SCORED),
        judges=r.strings("judges"),
        time_penalty=_time_penalty(r, r.data.get("time_penalty")),
    )


def _tier(r: _Reader) -> AwardTier:
    return AwardTier(
        name=r.text("name"),
        count=r.integer("count"),
        percent=r.number("percent", optional=True),
        rank_to=r.integer("rank_to"),
        rest=bool(r.data.get("rest", False)),
        min_total=r.number("min_total", optional=True),
    )


def _title(r: _Reader) -> Title:
    return Title(
        name=r.text("name"),
        rank_from=r.integer("rank_from", 1) or 1,
        rank_to=r.integer("rank_to") or 0,
        pass_mark=r.number("pass_mark", optional=True),
        section_pass_marks=r.marks("section_pass_marks"),
    )


def _awards(r: _Reader) -> AwardRules:
    return AwardRules(
        tiers=tuple(_tier(t) for t, _ in r.items("tiers")),
        pass_mark=r.number("pass_mark", optional=True),
        section_pass_marks=r.marks("section_pass_marks"),
        titles=tuple(_title(t) for t, _ in r.items("titles")),
    )


def _spread(r: _Reader) -> SpreadRule:
    base = SpreadRule()
    return SpreadRule(
        small_max=r.number("small_max", base.small_max) or base.small_max,
        small_points=r.number("small_points", base.small_points) or base.small_points,
        percent=r.number("percent", base.percent) or base.percent,
    )


def _tie_breaks(r: _Reader, default: tuple[TieBreak, ...] = DEFAULT_TIE_BREAKS) -> tuple[TieBreak, ...]:
    if "tie_breaks" not in r.data:
        return default
    chain = []
    for index, text in enumerate(r.strings("tie_breaks")):
        try:
            chain.append(TieBreak.parse(text))
        except ValueError as exc:
            r.problems.append(f"{r.path}.tie_breaks[{index}]: {exc}")
    return tuple(chain)


def _advance(r: _Reader) -> Advancement | None:
    data = r.data.get("advance")
    if data is None:
        return None
    sub = r.child("advance", data)
    return Advancement(top=sub.integer("top"), line=sub.number("line", optional=True), to=sub.text("to", ""))


def _standard(r: _Reader) -> StandardScale | None:
    data = r.data.get("standard_score")
    if data is None or data is False:
        return None
    if data is True:
        return StandardScale()
    sub = r.child("standard_score", data)
    base = StandardScale()
    return StandardScale(
        point=sub.number("point", base.point) or Decimal(0),
        spread=sub.number("spread", base.spread) or Decimal(0),
    )


def _season(r: _Reader) -> Season:
    return Season(
        id=r.text("id", r.data.get("name")),
        name=r.text("name", r.data.get("id")),
        periods=tuple(
            Period(p.text("event"), p.number("weight", optional=True)) for p, _ in r.items("periods")
        ),
        combine=r.parsed("combine", _enum(Combine, "合计方式"), Combine.SUM),
        missing=r.parsed("missing", _enum(Missing, "缺期处理"), Missing.ZERO),
        decimals=r.integer("decimals"),
        rounding=r.parsed("rounding", _enum(Rounding, "舍入规则"), None),
        tie_breaks=_tie_breaks(r, ()),
        awards=_awards(r.child("awards", r.data.get("awards", {}))),
        vetoes=r.strings("vetoes"),
    )


def _event(r: _Reader) -> Event:
    return Event(
        id=r.text("id", r.data.get("name")),
        name=r.text("name", r.data.get("id")),
        sections=tuple(_section(s) for s, _ in r.items("sections")),
        groups=r.strings("groups"),
        entry_kind=r.parsed("entry_kind", _enum(EntryKind, "参赛对象类型"), EntryKind.INDIVIDUAL),
        decimals=r.integer("decimals", 2) or 0,
        rounding=r.parsed("rounding", _enum(Rounding, "舍入规则"), Rounding.HALF_UP),
        key_criteria=r.strings("key_criteria"),
        tie_breaks=_tie_breaks(r),
        awards=_awards(r.child("awards", r.data.get("awards", {}))),
        spread=_spread(r.child("spread", r.data.get("spread", {}))),
        advance=_advance(r),
        carry=tuple(Carry(c.text("event"), c.number("weight") or Decimal(0)) for c, _ in r.items("carry")),
        standard=_standard(r),
        appeal_hours=r.number("appeal_hours", Decimal(2)) or Decimal(0),
    )


def contest_from_dict(data: Any) -> Contest:
    """Read a scheme dict; raise SchemeError listing every problem with its location."""
    from judge_app.core.validate import validate_contest

    problems: list[str] = []
    root = _Reader(problems, "scheme", data)
    fmt_name = root.data.get("format", FORMAT)
    if fmt_name != FORMAT:
        problems.append(f"scheme.format: 不支持的格式 “{fmt_name}” (应为 {FORMAT})")
    info = root.child("contest", root.data.get("contest", {}))
    contest = Contest(
        name=info.text("name", ""),
        date=info.text("date", ""),
        organiser=info.text("organiser", ""),
        events=tuple(_event(e) for e, _ in root.items("events")),
        seasons=tuple(_season(s) for s, _ in root.items("seasons")),
    )
    if problems:
        raise SchemeError(problems)
    validate_contest(contest)
    return contest


def _num(value: Decimal) -> str:
    return fmt(value)


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out unset keys (None, False, empty containers) so the written JSON stays short."""
    return {
        k: v
        for k, v in data.items()
        if not (v is None or v is False or (isinstance(v, (list, tuple, dict)) and not v))
    }


def contest_to_dict(contest: Contest) -> dict[str, Any]:
    """Write a Contest back to the JSON form (numbers as exact strings)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "contest": {"name": contest.name, "date": contest.date, "organiser": contest.organiser},
        "events": [_event_dict(ev) for ev in contest.events],
    }
    if contest.seasons:
        data["seasons"] = [_season_dict(season) for season in contest.seasons]
    return data


def _opt_num(value: Decimal | None) -> str | None:
    return None if value is None else _num(value)


def _stage_dict(ev: Event) -> dict[str, Any]:
    """The round keys of an event (advance, carry, standard_score); empty when it has none."""
    advance = ev.advance
    return _drop_none(
        {
            "advance": advance
            and _drop_none({"top": advance.top, "line": _opt_num(advance.line), "to": advance.to or None}),
            "carry": [{"event": c.event, "weight": _num(c.weight)} for c in ev.carry],
            "standard_score": ev.standard
            and {"point": _num(ev.standard.point), "spread": _num(ev.standard.spread)},
        }
    )


def _season_dict(season: Season) -> dict[str, Any]:
    return _drop_none(
        {
            "id": season.id,
            "name": season.name,
            "periods": [_drop_none({"event": p.event, "weight": _opt_num(p.weight)}) for p in season.periods],
            "combine": season.combine.value,
            "missing": season.missing.value,
            "decimals": season.decimals,
            "rounding": season.rounding and season.rounding.value,
            "tie_breaks": [str(t) for t in season.tie_breaks],
            "awards": _awards_dict(season.awards),
            "vetoes": list(season.vetoes) or None,
        }
    )


def _marks_dict(marks: tuple[tuple[str, Decimal], ...]) -> dict[str, str]:
    return {key: _num(value) for key, value in marks}


def _event_dict(ev: Event) -> dict[str, Any]:
    return {
        "id": ev.id,
        "name": ev.name,
        "entry_kind": ev.entry_kind.value,
        "groups": list(ev.groups),
        "decimals": ev.decimals,
        "rounding": ev.rounding.value,
        "key_criteria": list(ev.key_criteria),
        "tie_breaks": [str(t) for t in ev.tie_breaks],
        "appeal_hours": _num(ev.appeal_hours),
        "spread": {
            "small_max": _num(ev.spread.small_max),
            "small_points": _num(ev.spread.small_points),
            "percent": _num(ev.spread.percent),
        },
        "sections": [
            _drop_none(
                {
                    "id": sec.id,
                    "name": sec.name,
                    "max": _num(sec.max),
                    "weight": _num(sec.weight),
                    "kind": sec.kind.value,
                    "rule": str(sec.rule),
                    "level": sec.level.value,
                    "judges": list(sec.judges),
                    "time_penalty": sec.time_penalty
                    and {
                        "limit_min": sec.time_penalty.limit_min,
                        "per_min": sec.time_penalty.per_min,
                        "points": _num(sec.time_penalty.points),
                    },
                    "criteria": [
                        {
                            "id": c.id,
                            "name": c.name,
                            "max": _num(c.max),
                            "step": _num(c.step),
                            "kind": c.kind.value,
                        }
                        for c in sec.criteria
                    ],
                }
            )
            for sec in ev.sections
        ],
        "awards": _awards_dict(ev.awards),
        **_stage_dict(ev),
    }


def _awards_dict(awards: AwardRules) -> dict[str, Any]:
    return _drop_none(
        {
            "tiers": [
                _drop_none(
                    {
                        "name": t.name,
                        "count": t.count,
                        "percent": t.percent is not None and _num(t.percent) or None,
                        "rank_to": t.rank_to,
                        "rest": t.rest,
                        "min_total": t.min_total is not None and _num(t.min_total) or None,
                    }
                )
                for t in awards.tiers
            ],
            "pass_mark": awards.pass_mark is not None and _num(awards.pass_mark) or None,
            "section_pass_marks": _marks_dict(awards.section_pass_marks),
            "titles": [
                _drop_none(
                    {
                        "name": t.name,
                        "rank_from": t.rank_from,
                        "rank_to": t.rank_to,
                        "pass_mark": t.pass_mark is not None and _num(t.pass_mark) or None,
                        "section_pass_marks": _marks_dict(t.section_pass_marks),
                    }
                )
                for t in awards.titles
            ],
        }
    )
