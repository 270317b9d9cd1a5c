"""The marking scheme as an xlsx workbook the organiser fills in (评分标准模板).

Sheets: 说明 (instructions), 比赛, 赛项, 模块, 评分项, 奖项, 年度; one row per thing, linked by ids
(a 模块 row names its 赛项编号, an 评分项 row its 赛项编号 and 模块编号, an 奖项 row its 赛项 or
年度编号). Rounds are 赛项 columns (晋级名额/晋级分数线/晋级至, 带入前轮成绩, 标准分); seasons of
periodic assessments are 年度 rows. Choice cells take the
Chinese word or the JSON value (主观 or judgement). :func:`read_scheme_xlsx` gives the same dict
as the JSON format (``judge_app.scheme/1``, docs/scheme-format.md), all checked: every problem
names file, sheet, Excel row, column and what was expected, and nothing is returned unless the
whole workbook is right. :func:`write_scheme_xlsx` writes a template, filled with an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from judge_app.core.errors import ImportRefused, SchemeError
from judge_app.core.scheme import (
    AggregationRule,
    Combine,
    Contest,
    CriterionKind,
    EntryKind,
    Level,
    Missing,
    SectionKind,
    StandardScale,
)
from judge_app.core.scheme_json import FORMAT, contest_from_dict, contest_to_dict
from judge_app.files import atomic_output
from judge_app.io.cell_text import append_row
from judge_app.io.scheme_words import (
    EVENT_TIE_HINT,
    MARKS_FORM,
    TIE_WORDS,
    inverse,
    marks_text,
    parse_pairs,
    parse_tie_chain,
    split_list,
    tie_chain_text,
)
from judge_app.io.sheet_columns import Problems, SheetColumns, find_columns
from judge_app.io.tabular import Row, read_table


@dataclass(frozen=True)
class Col:
    """One column of a sheet: the field it fills, its header (a bracketed hint is allowed) and
    the help line of the 说明 sheet."""

    field: str
    header: str
    help: str
    required: bool = False
    width: int = 12


SHEETS: dict[str, tuple[Col, ...]] = {
    "比赛": (
        Col("name", "比赛名称", "印在成绩表上的比赛全称", True, 40),
        Col("date", "日期", "如 2026-11-25", width=14),
        Col("organiser", "主办单位", "如 某县总工会", width=20),
    ),
    "赛项": (
        Col("id", "赛项编号", "赛项的简短编号，其他工作表用它关联；名单里的“赛项”应与赛项名称一致", True),
        Col("name", "赛项名称", "印在成绩表上的名称；空着则同编号"),
        Col("entry_kind", "参赛对象", "选手、团队、单位、项目、建议、候选人；空着为选手"),
        Col("groups", "组别（用、分隔）", "分别排名的组别，如 职工组、学生组；空着为不分组", width=18),
        Col("decimals", "小数位数", "模块分和总分保留的小数位数（0–4），空着为 2"),
        Col("rounding", "舍入规则", "四舍五入，或 四舍六入五成双；空着为四舍五入"),
        Col("key_criteria", "关键评分项（用、分隔）", "并列时依次比较的评分项编号", width=18),
        Col("tie_breaks", "并列处理（用、分隔）",
            "总分相同时依次比较：最重模块、模块:编号、关键评分项、评分项:编号、用时、加赛；"
            "空着为 最重模块、关键评分项、用时、加赛", width=30),
        Col("pass_mark", "合格线", "总分低于此分不获奖（可空）"),
        Col("section_pass_marks", "模块合格线", "如 theory=60、practical=60：任一模块低于其合格线不获奖（可空）", width=24),
        Col("advance_top", "晋级名额", "初赛等：每组前几名晋级下一轮，并列在线上的全部晋级（可空）"),
        Col("advance_line", "晋级分数线", "总分不低于此分晋级；与晋级名额都填时须同时满足（可空）"),
        Col("advance_to", "晋级至", "下一轮赛项的编号（可空）"),
        Col("carry", "带入前轮成绩（用、分隔）",
            "决赛带入前一轮成绩的权重，写成 赛项编号=权重，如 初赛=30（本轮占 70）；空着为本轮从零开始", width=24),
        Col("standard_score", "标准分",
            "填“是”：赛项总分的中位数计 700 分、每个平均偏差计 20 分，用于跨赛项比较（如评选工匠）；"
            "也可写成 中位数分/偏差分，如 700/20；空着为不计算", width=14),
        Col("appeal_hours", "申诉时限（小时）", "比赛结束后几小时内可以提出书面申诉；空着为 2"),
    ),
    "模块": (
        Col("event", "赛项编号", "该模块所属赛项的编号", True),
        Col("id", "模块编号", "如 theory、practical；同一赛项内不重复", True),
        Col("name", "模块名称", "如 理论知识、实际操作"),
        Col("max", "满分", "模块满分，须等于其评分项满分之和", True),
        Col("weight", "权重", "占总分的权重，同一赛项各模块权重之和为 100（0 = 仅供参考）", True),
        Col("kind", "类型", "评分（由裁判打分），或 投票；空着为评分"),
        Col("rule", "合成规则",
            "平均、去掉最高最低（5 名裁判时常用）、中位数，或 trimmed:2（各去掉 2 个）；空着为平均", width=18),
        Col("level", "合成层级", "评分项（逐项合成），或 裁判总分（先算每位裁判的模块总分）；空着为评分项"),
        Col("judges", "评分组裁判（用、分隔）", "可打分的裁判编号，如 J01、J02；空着为任何裁判", width=24),
        Col("limit_min", "超时限时（分钟）", "实操限时，超时扣分用（可空）"),
        Col("per_min", "超时每（分钟）", "每超时几分钟扣一次"),
        Col("points", "超时扣分", "每次扣几分"),
    ),
    "评分项": (
        Col("event", "赛项编号", "所属赛项的编号", True),
        Col("section", "模块编号", "所属模块的编号", True),
        Col("id", "评分项编号", "同一赛项内不重复，如 DG-P1", True),
        Col("name", "评分项名称", "如 接线工艺", width=18),
        Col("max", "满分", "该项满分", True),
        Col("step", "步长", "分数的最小单位，如 0.5；须能整除满分；空着为 1"),
        Col("kind", "类型", "主观（每位裁判打分后合成）、客观（录入一次）、扣分（填扣掉的分）；空着为主观"),
    ),
    "奖项": (
        Col("event", "赛项编号", "所属赛项的编号（年度奖项填年度编号）", True),
        Col("category", "类别", "奖项（一等奖……），或 称号（技术能手……）；空着为奖项"),
        Col("name", "名称", "如 一等奖、技术能手", True),
        Col("count", "名额", "奖项：获奖人数（与比例、名次至、其余只填一项）"),
        Col("percent", "比例（%）", "奖项：占参加排名人数的百分比，四舍五入，至少 1 名"),
        Col("rank_to", "名次至", "奖项：名次段的最后一名；称号：名次范围的最后一名"),
        Col("rest", "其余全部", "奖项：填“是”表示剩下的全部（只能是最后一个奖项）"),
        Col("min_total", "最低总分", "奖项：另需总分不低于此分（可空）"),
        Col("rank_from", "名次从", "称号：名次范围的第一名，空着为 1"),
        Col("pass_mark", "称号合格线", "称号：总分合格线（可空）"),
        Col("section_pass_marks", "称号模块合格线", "称号：如 theory=60、practical=60（可空）", width=24),
    ),
    "年度": (
        Col("id", "年度编号", "年度累计排名（四比一创月度、季度评比）的编号，不与赛项编号相同；不用可留空表", True),
        Col("name", "年度名称", "如 2026年度四比一创；空着同编号", width=20),
        Col("periods", "各期赛项（用、分隔）", "按先后填写各期的赛项编号，如 q1、q2、q3、q4；加权时写成 q1=40、q2=60", True, 24),
        Col("combine", "合计方式", "各期合计、各期平均，或 各期加权；空着为各期合计"),
        Col("missing", "缺期处理", "缺期计 0 分、按已参加各期折算，或 缺期不参加年度排名；空着为缺期计 0 分", width=18),
        Col("decimals", "小数位数", "年度成绩保留的小数位数（0–4）；空着同第一期"),
        Col("rounding", "舍入规则", "四舍五入，或 四舍六入五成双；空着同第一期"),
        Col("tie_breaks", "并列处理（用、分隔）", "年度成绩相同时依次比较：期:赛项编号（该期成绩高者在前）、最重一期；空着为并列", width=24),
        Col("vetoes", "一票否决事项（用、分隔）", "任一期发生即不得评年度奖项和称号的事项；空着为 安全事故、质量事故、环保事故、违法违纪、其他",
            width=24),
    ),
}

ENTRY_KINDS = {k.label: k.value for k in EntryKind} | {"个人": "individual"}
ROUNDINGS = {"四舍五入": "half_up", "四舍六入五成双": "half_even"}
SECTION_KINDS = {"评分": SectionKind.SCORED.value, "打分": SectionKind.SCORED.value, "投票": SectionKind.VOTE.value}
RULES = {"平均": "mean", "取平均": "mean", "去掉最高最低": "trimmed", "去掉一个最高分和一个最低分": "trimmed",
         "中位数": "median", "取中位数": "median"}
LEVELS = {"评分项": Level.CRITERION.value, "裁判总分": Level.JUDGE_TOTAL.value}
CRITERION_KINDS = {k.label: k.value for k in CriterionKind} | {"测量": "measurement"}
COMBINES = {c.label: c.value for c in Combine} | {"合计": "sum", "平均": "mean", "加权": "weighted"}
MISSING = {m.label: m.value for m in Missing} | {"缺期计0分": "zero", "计0分": "zero", "折算": "renormalise", "不排名": "exclude"}
SEASON_TIE_WORDS = {"期": "section", "最重一期": "heaviest_section"}
SEASON_TIE_HINT = "期:赛项编号、最重一期"
AWARD, TITLE = "奖项", "称号"
MAX_NUMBER = 1_000_000  # no mark, weight, rank or minute count comes near this
YES = ("是", "yes", "y", "true", "1", "√", "TRUE")
NO = ("否", "no", "n", "false", "0", "FALSE")


# ------------------------------------------------------------------------------------ reading


def read_scheme_xlsx(path: str | Path) -> dict[str, Any]:
    """The scheme dict of a filled-in template; ImportRefused listing every problem."""
    path = Path(path)
    reader = _Reader(path)
    data = reader.run()
    if reader.problems:
        raise ImportRefused(f"评分标准 {path.name} 有 {len(reader.problems)} 处错误，未导入：", reader.problems)
    try:
        contest_from_dict(data)
    except SchemeError as exc:
        raise ImportRefused(f"评分标准 {path.name} 的内容不一致，未导入：",
                            [reader.locate(problem) for problem in exc.problems]) from None
    return data


class _Reader:
    def __init__(self, path: Path):
        self.path = path
        self.problems = Problems()
        self.events: dict[str, dict[str, Any]] = {}
        self.sections: dict[tuple[str, str], dict[str, Any]] = {}
        self.seasons: dict[str, dict[str, Any]] = {}
        self.rows: dict[tuple[str, str], int] = {}  # (sheet, name as the checks print it) → row

    def locate(self, problem: str) -> str:
        """A consistency problem (``赛项 “电工” 模块 “实际操作”: …``) prefixed with the sheet and row
        of the innermost thing it names."""
        for sheet in ("评分项", "模块", "赛项"):
            for name in re.findall(rf"{sheet} “([^”]+)”", problem):
                row = self.rows.get((sheet, name))
                if row is not None:
                    return f"{self.path.name} 工作表“{sheet}” 第 {row} 行：{problem}"
        return problem

    def run(self) -> dict[str, Any]:
        contest = self.read_contest()
        for sheet_name, handle in (("赛项", self.event_row), ("模块", self.section_row),
                                   ("评分项", self.criterion_row), ("年度", self.season_row),
                                   ("奖项", self.award_row)):
            sheet = self.sheet(sheet_name, optional=sheet_name in ("奖项", "年度"), may_lack=sheet_name == "年度")
            if sheet is not None:
                for row in sheet.rows():
                    handle(sheet, row)
        if not self.events and not self.problems:
            self.problems.append(f"{self.path.name} 工作表“赛项”：没有填写任何赛项")
        data = {"format": FORMAT, "contest": contest, "events": list(self.events.values())}
        if self.seasons:
            data["seasons"] = list(self.seasons.values())
        return data

    def sheet(self, name: str, *, optional: bool = False, may_lack: bool = False) -> SheetColumns | None:
        """The sheet's columns; None for an ``optional`` sheet that is empty (or absent, ``may_lack``:
        templates written before the sheet existed)."""
        cols = SHEETS[name]
        try:
            table = read_table(self.path, sheet=name)
        except ImportRefused as exc:
            if (optional and "是空的" in str(exc)) or (may_lack and "没有名为" in str(exc)):
                return None
            raise
        return find_columns(table, {c.field: (c.header,) for c in cols}, [c.field for c in cols if c.required])

    def read_contest(self) -> dict[str, str]:
        sheet = self.sheet("比赛")
        assert sheet is not None
        rows = list(sheet.rows())
        if not rows:
            self.problems.add(sheet, sheet.header.number + 1, "name", "应填写比赛名称")
            return {}
        return {c.field: self.text(sheet, rows[0], c.field) for c in SHEETS["比赛"]}

    # -- cells ----------------------------------------------------------------------------------

    def text(self, sheet: SheetColumns, row: Row, name: str, *, required: bool = False) -> str:
        text = " ".join(sheet.text(row, name).split())
        if required and not text:
            self.problems.add(sheet, row.number, name, "不能为空")
        return text

    def number(self, sheet: SheetColumns, row: Row, name: str, *, required: bool = False) -> str | None:
        value = sheet.value(row, name)
        text = sheet.text(row, name).strip()
        if not text:
            if required:
                self.problems.add(sheet, row.number, name, "应填写数字")
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            self.problems.add(sheet, row.number, name, "应为数字", value)
            return None
        if not number.is_finite() or not 0 <= number <= MAX_NUMBER:
            self.problems.add(sheet, row.number, name, f"应为 0 到 {MAX_NUMBER} 之间的数字", value)
            return None
        return format(number.normalize(), "f")

    def integer(self, sheet: SheetColumns, row: Row, name: str) -> int | None:
        text = self.number(sheet, row, name)
        if text is None:
            return None
        if Decimal(text) != Decimal(text).to_integral_value():
            self.problems.add(sheet, row.number, name, "应为整数", sheet.value(row, name))
            return None
        return int(Decimal(text))

    def choice(self, sheet: SheetColumns, row: Row, name: str, words: Mapping[str, str],
               check: Callable[[str], object] | None = None) -> str | None:
        """The JSON value of a choice cell (Chinese word or the value itself); None when empty."""
        text = self.text(sheet, row, name)
        if not text:
            return None
        value = words.get(text, text)
        try:
            if check is not None:
                check(value)
            elif value not in words.values():
                raise ValueError
        except ValueError:
            self.problems.add(sheet, row.number, name, f"应为 {'、'.join(dict.fromkeys(words))} 之一", text)
            return None
        return value

    def marks(self, sheet: SheetColumns, row: Row, name: str, form: str = MARKS_FORM) -> dict[str, str]:
        """A ``key=number、key=number`` cell as a dict; each bad item is a problem saying ``form``."""
        return {k: v for k, v in self.pairs(sheet, row, name, form, bare=False).items() if v is not None}

    def pairs(self, sheet: SheetColumns, row: Row, name: str, form: str, *, bare: bool) -> dict[str, str | None]:
        """``key=number`` items of a list cell (``bare``: a key alone is allowed, value None)."""
        out, bad = parse_pairs(self.text(sheet, row, name), bare=bare)
        for item in bad:
            self.problems.add(sheet, row.number, name, f"应写成 {form}", item)
        return out

    def owner(self, sheet: SheetColumns, row: Row, *, seasons: bool = False) -> dict[str, Any] | None:
        """The event (or, with ``seasons``, the season) a row names in its 赛项编号 column."""
        owner_id = self.text(sheet, row, "event", required=True)
        known = {**self.events, **(self.seasons if seasons else {})}
        if owner_id and owner_id not in known:
            where = "工作表“赛项”或“年度”" if seasons else "工作表“赛项”"
            self.problems.add(sheet, row.number, "event", f"编号不在{where}中（已有：{'、'.join(known) or '（无）'}）", owner_id)
            return None
        return known.get(owner_id)

    # -- rows -----------------------------------------------------------------------------------

    def event_row(self, sheet: SheetColumns, row: Row) -> None:
        event_id = self.text(sheet, row, "id", required=True)
        if event_id in self.events:
            self.problems.add(sheet, row.number, "id", "赛项编号重复", event_id)
            return
        event: dict[str, Any] = {"id": event_id, "name": self.text(sheet, row, "name") or event_id,
                                 "groups": split_list(self.text(sheet, row, "groups")), "sections": []}
        optional = {
            "entry_kind": self.choice(sheet, row, "entry_kind", ENTRY_KINDS),
            "decimals": self.integer(sheet, row, "decimals"),
            "rounding": self.choice(sheet, row, "rounding", ROUNDINGS),
            "key_criteria": split_list(self.text(sheet, row, "key_criteria")) or None,
            "tie_breaks": self.tie_breaks(sheet, row),
            "appeal_hours": self.number(sheet, row, "appeal_hours"),
        }
        event.update({k: v for k, v in optional.items() if v is not None})
        awards = {"pass_mark": self.number(sheet, row, "pass_mark"),
                  "section_pass_marks": self.marks(sheet, row, "section_pass_marks") or None}
        event["awards"] = {k: v for k, v in awards.items() if v is not None}
        event.update(self.round_keys(sheet, row))
        if event_id:
            self.events[event_id] = event
            self.rows.setdefault(("赛项", event["name"]), row.number)

    def round_keys(self, sheet: SheetColumns, row: Row) -> dict[str, Any]:
        """advance, carry and standard_score of an 赛项 row (only those filled in)."""
        advance = {"top": self.integer(sheet, row, "advance_top"), "line": self.number(sheet, row, "advance_line"),
                   "to": self.text(sheet, row, "advance_to") or None}
        if advance["to"] and advance["top"] is None and advance["line"] is None:
            self.problems.add(sheet, row.number, "advance_to", "填了晋级至，还应填写晋级名额或晋级分数线", advance["to"])
        carry = self.marks(sheet, row, "carry", "前一轮赛项编号=权重，多个用顿号分隔，如 初赛=30")
        keys = {
            "advance": {k: v for k, v in advance.items() if v is not None} if advance["top"] or advance["line"] else None,
            "carry": [{"event": e, "weight": w} for e, w in carry.items()] or None,
            "standard_score": self.standard(sheet, row),
        }
        return {k: v for k, v in keys.items() if v is not None}

    def standard(self, sheet: SheetColumns, row: Row) -> bool | dict[str, str] | None:
        """标准分: “是” (700/20), ``point/spread``, or empty / 否 (none)."""
        text = self.text(sheet, row, "standard_score").replace("／", "/")
        if not text or text in NO:
            return None
        if text in YES:
            return True
        point, sep, spread = text.partition("/")
        try:
            numbers = [Decimal(point.strip()), Decimal(spread.strip())] if sep else []
            if not numbers or not all(n.is_finite() and 0 < n <= MAX_NUMBER for n in numbers):
                raise InvalidOperation
        except InvalidOperation:
            self.problems.add(sheet, row.number, "standard_score", "应为“是”、空着，或 中位数分/偏差分（如 700/20）", text)
            return None
        return {"point": format(numbers[0].normalize(), "f"), "spread": format(numbers[1].normalize(), "f")}

    def tie_breaks(self, sheet: SheetColumns, row: Row, words: Mapping[str, str] = TIE_WORDS,
                   hint: str = EVENT_TIE_HINT) -> list[str] | None:
        chain, bad = parse_tie_chain(self.text(sheet, row, "tie_breaks"), words)
        for item in bad:
            self.problems.add(sheet, row.number, "tie_breaks", f"应为 {hint} 中的若干项", item)
        return chain or None

    def season_row(self, sheet: SheetColumns, row: Row) -> None:
        season_id = self.text(sheet, row, "id", required=True)
        if season_id in self.seasons or season_id in self.events:
            self.problems.add(sheet, row.number, "id", "年度编号重复（或与赛项编号相同）", season_id)
            return
        self.text(sheet, row, "periods", required=True)
        periods = self.pairs(sheet, row, "periods", "赛项编号，多个用顿号分隔，如 q1、q2；加权时 q1=40、q2=60", bare=True)
        for period in periods:
            if period not in self.events:
                known = "、".join(self.events) or "（无）"
                self.problems.add(sheet, row.number, "periods", f"赛项编号不在工作表“赛项”中（已有：{known}）", period)
        season = {
            "id": season_id, "name": self.text(sheet, row, "name") or season_id,
            "periods": [{"event": e, **({"weight": w} if w is not None else {})} for e, w in periods.items()],
            "combine": self.choice(sheet, row, "combine", COMBINES),
            "missing": self.choice(sheet, row, "missing", MISSING),
            "decimals": self.integer(sheet, row, "decimals"),
            "rounding": self.choice(sheet, row, "rounding", ROUNDINGS),
            "tie_breaks": self.tie_breaks(sheet, row, SEASON_TIE_WORDS, SEASON_TIE_HINT),
            "vetoes": split_list(self.text(sheet, row, "vetoes")) or None,
        }
        if season_id:
            self.seasons[season_id] = {k: v for k, v in season.items() if v is not None} | {"awards": {}}

    def section_row(self, sheet: SheetColumns, row: Row) -> None:
        event = self.owner(sheet, row)
        section_id = self.text(sheet, row, "id", required=True)
        section: dict[str, Any] = {
            "id": section_id, "name": self.text(sheet, row, "name") or section_id,
            "max": self.number(sheet, row, "max", required=True),
            "weight": self.number(sheet, row, "weight", required=True),
            "kind": self.choice(sheet, row, "kind", SECTION_KINDS) or SectionKind.SCORED.value,
            "rule": self.choice(sheet, row, "rule", RULES, AggregationRule.parse) or "mean",
            "level": self.choice(sheet, row, "level", LEVELS) or Level.CRITERION.value,
            "judges": split_list(self.text(sheet, row, "judges")),
            "criteria": [],
        }
        penalty = {f: self.integer(sheet, row, f) for f in ("limit_min", "per_min")}
        points = self.number(sheet, row, "points")
        if any(v is not None for v in (*penalty.values(), points)):
            if None in (*penalty.values(), points):
                self.problems.add(sheet, row.number, "limit_min", "超时扣分须同时填写限时、每几分钟和扣分")
            section["time_penalty"] = {**penalty, "points": points}
        if event is None or not section_id:
            return
        if (event["id"], section_id) in self.sections:
            self.problems.add(sheet, row.number, "id", f"赛项“{event['id']}”中模块编号重复", section_id)
            return
        event["sections"].append(section)
        self.sections[event["id"], section_id] = section
        self.rows.setdefault(("模块", section["name"]), row.number)

    def criterion_row(self, sheet: SheetColumns, row: Row) -> None:
        event = self.owner(sheet, row)
        section_id = self.text(sheet, row, "section", required=True)
        criterion_id = self.text(sheet, row, "id", required=True)
        criterion = {
            "id": criterion_id, "name": self.text(sheet, row, "name") or criterion_id,
            "max": self.number(sheet, row, "max", required=True),
            "step": self.number(sheet, row, "step") or "1",
            "kind": self.choice(sheet, row, "kind", CRITERION_KINDS) or CriterionKind.JUDGEMENT.value,
        }
        if event is None or not section_id:
            return
        section = self.sections.get((event["id"], section_id))
        if section is None:
            known = "、".join(s for e, s in self.sections if e == event["id"]) or "（无）"
            self.problems.add(sheet, row.number, "section",
                              f"赛项“{event['id']}”在工作表“模块”中没有这个模块编号（已有：{known}）", section_id)
            return
        section["criteria"].append(criterion)
        self.rows.setdefault(("评分项", criterion["name"]), row.number)

    def award_row(self, sheet: SheetColumns, row: Row) -> None:
        event = self.owner(sheet, row, seasons=True)
        category = self.choice(sheet, row, "category", {AWARD: AWARD, TITLE: TITLE}) or AWARD
        item: dict[str, Any] = {"name": self.text(sheet, row, "name", required=True)}
        if category == TITLE:
            item.update(rank_from=self.integer(sheet, row, "rank_from"), rank_to=self.integer(sheet, row, "rank_to"),
                        pass_mark=self.number(sheet, row, "pass_mark"),
                        section_pass_marks=self.marks(sheet, row, "section_pass_marks") or None)
        else:
            rest = self.text(sheet, row, "rest")
            item.update(count=self.integer(sheet, row, "count"), percent=self.number(sheet, row, "percent"),
                        rank_to=self.integer(sheet, row, "rank_to"), rest=(rest in YES) or None,
                        min_total=self.number(sheet, row, "min_total"))
            if rest and rest not in YES and rest not in NO:
                self.problems.add(sheet, row.number, "rest", "应为“是”或空着", rest)
        if event is not None:
            key = "titles" if category == TITLE else "tiers"
            event["awards"].setdefault(key, []).append({k: v for k, v in item.items() if v is not None})


# ------------------------------------------------------------------------------------ writing

INSTRUCTIONS = (
    "评分标准模板 / marking-scheme template",
    "",
    "用法：按下列各工作表填写（表中已有一个示例比赛，请改成自己的内容，多余的行整行删除），保存后执行",
    "    judge-app scheme import 比赛文件 本文件.xlsx",
    "导入前会检查整个文件：任何一处有误都不会导入，错误信息会写明工作表、行号、列和应填写的内容。",
    "各表第一行是列名，不要改动列名；列的顺序可以调整。数字请直接填写（0.5、100），不要带单位。",
    "“用、分隔”的格子里，多个值用顿号（、）或逗号分隔。",
    "",
)


def write_scheme_xlsx(path: str | Path, example: Contest | None = None) -> Path:
    """Write the template: the 说明 sheet, then one sheet per part with headers and, when
    ``example`` is given, its rows (so the organiser sees a filled-in scheme)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    rows = _example_rows(example) if example is not None else {name: [] for name in SHEETS}
    wb = Workbook()
    guide = wb.active
    guide.title = "说明"
    lines: list[tuple[str, str]] = [(line, "") for line in INSTRUCTIONS]
    for name, cols in SHEETS.items():
        lines.append((f"工作表“{name}”", ""))
        lines.extend((("* " if c.required else "  ") + c.header, c.help) for c in cols)
        lines.append(("", ""))
    lines.append(("带 * 的列必须填写。", ""))
    for line in lines:
        append_row(guide, line)
    guide.column_dimensions["A"].width = 30
    guide.column_dimensions["B"].width = 100
    guide["A1"].font = Font(bold=True, size=14)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for name, cols in SHEETS.items():
        ws = wb.create_sheet(name)
        append_row(ws, [c.header for c in cols])
        for row in rows[name]:
            append_row(ws, [row.get(c.field) for c in cols])
        for index, col in enumerate(cols, 1):
            cell = ws.cell(1, index)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            letter = cell.column_letter
            ws.column_dimensions[letter].width = col.width
            for (data,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                if isinstance(data.value, str):
                    data.number_format = "@"  # ids like 001 stay text
        ws.freeze_panes = "A2"
    path = Path(path)
    with atomic_output(path) as partial:
        wb.save(partial)
    return path


def _example_rows(contest: Contest) -> dict[str, list[dict[str, Any]]]:
    """The rows of every sheet for ``contest`` (Chinese words for choices, numbers as numbers)."""
    data = contest_to_dict(contest)
    words = {"entry_kind": inverse(ENTRY_KINDS), "rounding": inverse(ROUNDINGS), "kind": inverse(SECTION_KINDS),
             "rule": inverse(RULES), "level": inverse(LEVELS), "crit_kind": inverse(CRITERION_KINDS)}
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in SHEETS}
    out["比赛"].append(dict(data["contest"]))
    for ev in data["events"]:
        awards = ev.get("awards", {})
        advance = ev.get("advance", {})
        out["赛项"].append({
            "advance_top": advance.get("top"), "advance_line": _num(advance.get("line")), "advance_to": advance.get("to"),
            "carry": "、".join(f"{c['event']}={c['weight']}" for c in ev.get("carry", [])),
            "standard_score": _standard_cell(ev.get("standard_score")),
            "id": ev["id"], "name": ev["name"], "entry_kind": words["entry_kind"][ev["entry_kind"]],
            "groups": "、".join(ev["groups"]), "decimals": ev["decimals"], "rounding": words["rounding"][ev["rounding"]],
            "key_criteria": "、".join(ev["key_criteria"]),
            "tie_breaks": tie_chain_text(ev["tie_breaks"]),
            "pass_mark": _num(awards.get("pass_mark")), "section_pass_marks": marks_text(awards.get("section_pass_marks")),
            "appeal_hours": _num(ev.get("appeal_hours")),
        })
        for sec in ev["sections"]:
            penalty = sec.get("time_penalty") or {}
            out["模块"].append({
                "event": ev["id"], "id": sec["id"], "name": sec["name"], "max": _num(sec["max"]),
                "weight": _num(sec["weight"]), "kind": words["kind"][sec["kind"]],
                "rule": words["rule"].get(sec["rule"], sec["rule"]), "level": words["level"][sec["level"]],
                "judges": "、".join(sec.get("judges", [])), "limit_min": penalty.get("limit_min"),
                "per_min": penalty.get("per_min"), "points": _num(penalty.get("points")),
            })
            for crit in sec.get("criteria", []):
                out["评分项"].append({
                    "event": ev["id"], "section": sec["id"], "id": crit["id"], "name": crit["name"],
                    "max": _num(crit["max"]), "step": _num(crit["step"]), "kind": words["crit_kind"][crit["kind"]],
                })
        out["奖项"] += _award_rows(ev["id"], awards)
    for season in data.get("seasons", []):
        out["年度"].append({
            "id": season["id"], "name": season["name"],
            "periods": "、".join(p["event"] + (f"={p['weight']}" if "weight" in p else "") for p in season["periods"]),
            "combine": inverse(COMBINES)[season["combine"]], "missing": inverse(MISSING)[season["missing"]],
            "decimals": season.get("decimals"),
            "rounding": words["rounding"][season["rounding"]] if "rounding" in season else None,
            "tie_breaks": tie_chain_text(season.get("tie_breaks", []), SEASON_TIE_WORDS),
            "vetoes": "、".join(season.get("vetoes", [])) or None,
        })
        out["奖项"] += _award_rows(season["id"], season.get("awards", {}))
    return out


def _award_rows(owner: str, awards: Mapping[str, Any]) -> list[dict[str, Any]]:
    """奖项 rows of an event's or a season's award rules."""
    rows = [{"event": owner, "category": AWARD, "name": tier["name"], "count": tier.get("count"),
             "percent": _num(tier.get("percent")), "rank_to": tier.get("rank_to"),
             "rest": "是" if tier.get("rest") else None, "min_total": _num(tier.get("min_total"))}
            for tier in awards.get("tiers", [])]
    rows += [{"event": owner, "category": TITLE, "name": title["name"],
              "rank_from": title.get("rank_from"), "rank_to": title.get("rank_to"),
              "pass_mark": _num(title.get("pass_mark")), "section_pass_marks": marks_text(title.get("section_pass_marks"))}
             for title in awards.get("titles", [])]
    return rows


def _standard_cell(scale: Mapping[str, str] | None) -> str | None:
    """“是” for the default scale, ``point/spread`` otherwise."""
    if not scale:
        return None
    default = StandardScale()
    if Decimal(scale["point"]) == default.point and Decimal(scale["spread"]) == default.spread:
        return "是"
    return f"{scale['point']}/{scale['spread']}"


def _num(text: str | None) -> int | float | None:
    """A JSON number string as the number Excel should hold (exact for the usual 0.5 steps)."""
    if text is None:
        return None
    number = Decimal(text)
    return int(number) if number == number.to_integral_value() else float(number)
