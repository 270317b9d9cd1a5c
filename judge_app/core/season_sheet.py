"""The 说明 lines of a season's sheet (年度成绩表, 四比一创): how the periods add up, the awards
and titles, and the vetoes (一票否决) with their reasons; shared by the PDF and the JSON."""

from __future__ import annotations

from judge_app.core.rounds import SeasonResult
from judge_app.core.scheme import Combine, Season
from judge_app.core.sheet_rows import num
from judge_app.core.veto import listed_vetoes

SEASON_TITLE = "年度成绩表"


def season_notes(season: Season, standing: SeasonResult) -> list[str]:
    """What the sheet says under its table, each line a sentence."""
    event = standing.season
    weights = "、".join(f"{s.name} {num(s.weight)}" for s in event.sections) if season.combine is Combine.WEIGHTED else ""
    notes = [
        f"年度成绩 = {season.combine.label}" + (f"（权重：{weights}）" if weights else "")
        + f"，{season.missing.label}，保留{event.decimals}位小数，{event.rounding.label}，按年度成绩排名。"
    ]
    rules = event.awards
    if rules.tiers:
        notes.append("奖项：" + "、".join(t.name for t in rules.tiers) + "。")
    notes += [f"称号“{t.name}”：年度第 {t.rank_from}–{t.rank_to} 名。" for t in rules.titles]
    notes.append(f"一票否决（{'、'.join(listed_vetoes(season))}）：任一期发生者保留年度成绩和名次，不得评奖、评称号，名额不顺延。")
    names = {s.id: s.name for s in event.sections}
    notes += [f"{v.code} {v.text(names.get(v.period, ''))}。" for v in standing.vetoes]
    return notes
