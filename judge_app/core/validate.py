"""Checks of a whole marking scheme, every problem named with where it is."""

from __future__ import annotations

from decimal import Decimal

from judge_app.core.decimals import fmt, is_multiple
from judge_app.core.errors import SchemeError
from judge_app.core.scheme import (
    AwardRules,
    Combine,
    Contest,
    CriterionKind,
    Event,
    Level,
    Season,
    Section,
    SectionKind,
    TieBreakKind,
)

HUNDRED = Decimal(100)
MAX_APPEAL_HOURS = 720  # 30 days: longer is a typing slip


def validate_contest(contest: Contest) -> None:
    """Raise SchemeError listing every problem of every event; return None when all is well."""
    problems: list[str] = []
    _unique(problems, "赛项", [ev.id for ev in contest.events], "比赛")
    for event in contest.events:
        problems.extend(event_problems(event))
    problems.extend(stage_problems(contest))
    if problems:
        raise SchemeError(problems)


def event_problems(event: Event) -> list[str]:
    """Every problem of one event's scheme, as clerk-readable lines."""
    where = f"赛项 “{event.name}”"
    problems: list[str] = []
    if not event.id:
        problems.append("赛项缺少编号 / event id missing")
    if not event.sections:
        problems.append(f"{where}: 没有考核模块 / no sections")
    if not 0 <= event.decimals <= 4:
        problems.append(f"{where}: 小数位数应为 0 到 4，现为 {event.decimals}")
    if not 0 < event.appeal_hours <= MAX_APPEAL_HOURS:
        problems.append(f"{where}: 申诉时限应大于 0、不超过 {MAX_APPEAL_HOURS} 小时，现为 {fmt(event.appeal_hours)}")
    _unique(problems, "模块", [s.id for s in event.sections], where)
    _unique(problems, "评分项", [c.id for s in event.sections for c in s.criteria], where)
    weights = sum((s.weight for s in event.sections), Decimal(0))
    if event.sections and weights != HUNDRED:
        detail = " + ".join(f"{s.name} {fmt(s.weight)}" for s in event.sections)
        problems.append(f"{where}: 各模块权重之和应为 100，现为 {detail} = {fmt(weights)}")
    for section in event.sections:
        problems.extend(_section_problems(section, f"{where} 模块 “{section.name}”"))
    criterion_ids = {c.id for s in event.sections for c in s.criteria}
    section_ids = {s.id for s in event.sections}
    for key in event.key_criteria:
        if key not in criterion_ids:
            problems.append(f"{where}: 关键评分项 “{key}” 不存在")
    for tie in event.tie_breaks:
        if tie.kind is TieBreakKind.SECTION and tie.ref not in section_ids:
            problems.append(f"{where}: 并列处理中的模块 “{tie.ref}” 不存在")
        if tie.kind is TieBreakKind.CRITERION and tie.ref not in criterion_ids:
            problems.append(f"{where}: 并列处理中的评分项 “{tie.ref}” 不存在")
    problems.extend(_award_problems(event.awards, {s.id: s for s in event.sections}, where))
    return problems


def _unique(problems: list[str], what: str, ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            problems.append(f"{where}: {what}编号 “{item}” 重复 / duplicate id")
        seen.add(item)


def _section_problems(section: Section, where: str) -> list[str]:
    problems: list[str] = []
    if section.max <= 0:
        problems.append(f"{where}: 满分应大于 0")
    if section.weight < 0:
        problems.append(f"{where}: 权重不能为负")
    if section.kind is SectionKind.VOTE:
        if section.criteria:
            problems.append(f"{where}: 投票模块不设评分项 (得分 = 票数 / 最高票数 × 满分)")
        return problems
    if not section.criteria:
        problems.append(f"{where}: 没有评分项")
        return problems
    total = sum((c.max for c in section.criteria), Decimal(0))
    if total != section.max:
        problems.append(f"{where}: 各评分项满分之和 {fmt(total)} 不等于模块满分 {fmt(section.max)}")
    for crit in section.criteria:
        label = f"{where} 评分项 “{crit.name}”"
        if crit.max <= 0:
            problems.append(f"{label}: 满分应大于 0")
        if crit.step <= 0:
            problems.append(f"{label}: 步长应大于 0")
        elif crit.max > 0 and not is_multiple(crit.max, crit.step):
            problems.append(f"{label}: 步长 {fmt(crit.step)} 不能整除满分 {fmt(crit.max)}")
    panel_scored = section.level is Level.JUDGE_TOTAL or any(
        c.kind is CriterionKind.JUDGEMENT for c in section.criteria
    )
    if panel_scored and section.judges and len(section.judges) < section.rule.min_values:
        problems.append(
            f"{where}: 规则 {section.rule} 至少需要 {section.rule.min_values} 名裁判，"
            f"评分组只有 {len(section.judges)} 名"
        )
    if len(set(section.judges)) != len(section.judges):
        problems.append(f"{where}: 评分组中有重复的裁判")
    if section.time_penalty and (section.time_penalty.per_min <= 0 or section.time_penalty.points < 0):
        problems.append(f"{where}: 超时扣分规则有误 (每 N 分钟应大于 0，扣分不能为负)")
    return problems


def _award_problems(awards: AwardRules, sections: dict[str, Section], where: str,
                    total_max: Decimal | None = HUNDRED) -> list[str]:
    """Award sizes, pass marks and titles; totals are checked against ``total_max`` (None: a
    season, whose combined total may be a sum)."""
    problems: list[str] = []
    last_band = 0
    for index, tier in enumerate(awards.tiers):
        label = f"{where} 奖项 “{tier.name}”"
        sizes = [tier.count is not None, tier.percent is not None, tier.rank_to is not None, tier.rest]
        if sum(sizes) != 1:
            problems.append(f"{label}: 名额须且只须用一种方式给出 (count / percent / rank_to / rest)")
        if tier.count is not None and tier.count < 1:
            problems.append(f"{label}: 名额至少为 1")
        if tier.percent is not None and not 0 < tier.percent <= HUNDRED:
            problems.append(f"{label}: 百分比应大于 0、不超过 100，现为 {fmt(tier.percent)}")
        if tier.rank_to is not None:
            if tier.rank_to <= last_band:
                problems.append(f"{label}: 名次段的结束名次应大于前一奖项")
            last_band = tier.rank_to
        if tier.rest and index != len(awards.tiers) - 1:
            problems.append(f"{label}: “其余” 只能是最后一个奖项")
    totals = [("合格线", awards.pass_mark)] + [(f"称号 “{t.name}” 的合格线", t.pass_mark) for t in awards.titles]
    totals += [(f"奖项 “{t.name}” 的最低总分", t.min_total) for t in awards.tiers]
    for what, mark in totals:
        if mark is not None and total_max is not None and not 0 <= mark <= total_max:
            problems.append(f"{where}: {what} {fmt(mark)} 超出总分范围 0–{fmt(total_max)}")
    marks = list(awards.section_pass_marks)
    for title in awards.titles:
        marks.extend(title.section_pass_marks)
        if not 1 <= title.rank_from <= title.rank_to:
            problems.append(f"{where} 称号 “{title.name}”: 名次范围 {title.rank_from}–{title.rank_to} 有误")
    for section_id, mark in marks:
        section = sections.get(section_id)
        if section is None:
            problems.append(f"{where}: 合格线中的模块 “{section_id}” 不存在")
        elif not 0 <= mark <= section.max:
            problems.append(f"{where}: 模块 “{section.name}” 的合格线 {fmt(mark)} 超出 0–{fmt(section.max)}")
    return problems


def stage_problems(contest: Contest) -> list[str]:
    """Problems of rounds (advance, carry), standard scores and seasons, named with their place."""
    problems: list[str] = []
    event_ids = {ev.id for ev in contest.events}
    for event in contest.events:
        where = f"赛项 “{event.name}”"
        advance = event.advance
        if advance is not None:
            if advance.top is None and advance.line is None:
                problems.append(f"{where} 晋级规则: 须给出前 N 名 (top) 或分数线 (line)")
            if advance.top is not None and advance.top < 1:
                problems.append(f"{where} 晋级规则: 晋级名额至少为 1，现为 {advance.top}")
            if advance.line is not None and not 0 <= advance.line <= HUNDRED:
                problems.append(f"{where} 晋级规则: 分数线 {fmt(advance.line)} 超出 0–100")
            if advance.to and (advance.to not in event_ids or advance.to == event.id):
                problems.append(f"{where} 晋级规则: 下一轮赛项 “{advance.to}” 不存在或就是本赛项")
        for carry in event.carry:
            if carry.event == event.id or carry.event not in event_ids:
                problems.append(f"{where} 带入成绩: 前一轮赛项 “{carry.event}” 不存在或就是本赛项")
            if carry.weight <= 0:
                problems.append(f"{where} 带入成绩: “{carry.event}” 的权重应大于 0")
        _unique(problems, "带入赛项", [c.event for c in event.carry], where)
        if event.carry and event.own_weight <= 0:
            carried = " + ".join(fmt(c.weight) for c in event.carry)
            problems.append(f"{where} 带入成绩: 带入权重之和 {carried} 应小于 100 (本轮须保留权重)")
        if event.standard is not None and event.standard.spread <= 0:
            problems.append(f"{where} 标准分: 离散度 (spread) 应大于 0，现为 {fmt(event.standard.spread)}")
    _unique(problems, "年度/赛季", [s.id for s in contest.seasons], "比赛")
    for season in contest.seasons:
        if season.id in event_ids:
            problems.append(f"年度 “{season.name}”: 编号 “{season.id}” 与赛项编号相同 / id used by an event")
        problems.extend(_season_problems(season, event_ids))
    return problems


def _season_problems(season: Season, event_ids: set[str]) -> list[str]:
    where = f"年度 “{season.name}”"
    problems: list[str] = []
    if not season.periods:
        problems.append(f"{where}: 没有考核期 (periods) / no periods")
    ids = [p.event for p in season.periods]
    _unique(problems, "考核期赛项", ids, where)
    for period in season.periods:
        if period.event not in event_ids:
            problems.append(f"{where}: 考核期赛项 “{period.event}” 不存在")
    weights = [p.weight for p in season.periods]
    if season.combine is Combine.WEIGHTED:
        if any(w is None or w <= 0 for w in weights):
            problems.append(f"{where}: 加权合计 (weighted) 时每期须给出大于 0 的权重")
        else:
            total = sum((w for w in weights if w is not None), Decimal(0))
            if total != HUNDRED:
                detail = " + ".join(f"{p.event} {fmt(p.weight)}" for p in season.periods)
                problems.append(f"{where}: 各期权重之和应为 100，现为 {detail} = {fmt(total)}")
    elif any(w is not None for w in weights):
        problems.append(f"{where}: 只有加权合计 (combine: weighted) 才给各期权重")
    if season.decimals is not None and not 0 <= season.decimals <= 4:
        problems.append(f"{where}: 小数位数应为 0 到 4，现为 {season.decimals}")
    for tie in season.tie_breaks:
        if tie.kind is TieBreakKind.SECTION and tie.ref in ids:
            continue
        if tie.kind is not TieBreakKind.HEAVIEST_SECTION:
            problems.append(f"{where}: 并列处理只能是 section:<考核期赛项> 或 heaviest_section，不能是 “{tie}”")
    if season.awards.section_pass_marks or any(t.section_pass_marks for t in season.awards.titles):
        problems.append(f"{where}: 年度奖项不设模块合格线 (只能设总分合格线 pass_mark)")
    problems.extend(_award_problems(season.awards, {}, where, None))
    return problems
