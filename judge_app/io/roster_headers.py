"""Find a roster's header row and tell which column holds which field.

Offices write headers their own way: 姓名 / 选手姓名 / 参赛选手, 身份证号 / 证件号码 ..., sometimes
with spaces inside (姓　名), a line break, a required-field star (*姓名) or a colon (姓名：), and
below one or more merged title rows. :func:`find_header` looks at the first non-blank rows and
takes the one that matches the most known header words; an explicit mapping
``{"列名": "field"}`` (CLI ``--map 列名=field``) overrides the guess for the columns it names.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from judge_app.core.errors import ImportRefused
from judge_app.io.tabular import Row, column_index, column_letter

HEADER_SCAN_ROWS = 10
IGNORE = "ignore"

#: field → its Chinese label (as used in reports)
FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "gender": "性别",
    "id_number": "身份证号",
    "unit": "单位",
    "team": "代表队",
    "event": "赛项",
    "group": "组别",
    "phone": "联系电话",
    "note": "备注",
    "seq": "序号",
    "code": "检录号",
    "category": "类别",
    "members": "成员",
    "title": "名称",
    IGNORE: "（不导入）",
}

#: field → header words that mean it (compared after :func:`normalize_header`)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "姓名", "选手姓名", "参赛选手", "名字", "选手", "参赛人员姓名", "参赛者姓名", "建议人", "提出人",
        "候选人", "候选人姓名", "负责人", "班组长",
    ),
    "gender": ("性别",),
    "id_number": (
        "身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证", "证件号", "身份证件号码",
    ),
    "unit": (
        "单位", "工作单位", "所在单位", "推荐单位", "参赛单位", "单位名称", "选送单位", "报送单位", "所属单位",
    ),
    "team": ("代表队", "队伍", "参赛队", "所属代表队"),
    "event": (
        "赛项", "工种", "参赛工种", "参赛项目", "项目", "参赛赛项", "竞赛项目", "比赛项目", "职业",
        "职业(工种)", "竞赛工种", "赛季", "季度", "考核期",
    ),
    "group": ("组别", "组", "参赛组别"),
    "phone": ("联系电话", "手机", "电话", "手机号", "手机号码", "联系方式"),
    "note": ("备注",),
    "seq": ("序号", "序"),
    "code": ("检录号", "编号", "参赛号", "参赛编号", "选手编号", "检录编号"),
    "category": ("类别", "类型", "建议类别", "建议类型"),
    "members": ("成员", "团队成员", "主要成员", "参与人员", "联名人", "联名建议人"),
    "title": ("名称", "项目名称", "成果名称", "建议名称", "团队名称", "班组名称", "班组", "集体名称"),
}
#: more words a header that probably means a field resembles (only for :func:`suggest_header`)
_ALIKE: dict[str, tuple[str, ...]] = {
    "name": ("人",), "group": ("类别", "类型", "分类", "级别"), "event": ("专业", "类别"),
}
_SUGGEST_CUTOFF = 0.4

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_BRACKET_TAIL = re.compile(r"(\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】)$")


def normalize_header(text: object) -> str:
    """Header text for comparison: NFKC, no whitespace at all (also full-width and line breaks),
    no required-field stars or colons at either end."""
    raw = unicodedata.normalize("NFKC", "" if text is None else str(text)).translate(_INVISIBLE)
    return "".join(raw.split()).strip("*:：＊★")


_WORDS: dict[str, str] = {normalize_header(w): f for f, words in SYNONYMS.items() for w in words}


def header_field(text: object) -> str | None:
    """The field a header cell names (``"身份证号码（18位）"`` → ``"id_number"``), or None."""
    key = normalize_header(text)
    if not key:
        return None
    if key in _WORDS:
        return _WORDS[key]
    bare = _BRACKET_TAIL.sub("", key).strip("*:")
    return _WORDS.get(bare) if bare != key else None


def parse_field(name: str) -> str | None:
    """A field named by the user: its id (``id_number``), its label or any synonym
    (``身份证号``), or ``ignore``/``忽略``/``-``. None if unknown."""
    raw = str(name).strip()
    low = raw.lower()
    if low in FIELD_LABELS:
        return low
    if low in ("id", "idcard", "id_card"):
        return "id_number"
    if low in ("", "-", "skip", "none") or raw in ("忽略", "不导入"):
        return IGNORE
    return header_field(raw)


def field_help() -> str:
    return "、".join(f"{f}（{FIELD_LABELS[f]}）" for f in FIELD_LABELS if f != "seq")


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """Parse CLI ``--map 列名=field`` items into a mapping; ImportRefused on a malformed item."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = str(item).partition("=")
        if not sep or not column.strip():
            raise ImportRefused(f"列映射“{item}”的格式应为 列名=字段，例如 报名人=name 或 D=id_number")
        if parse_field(target) is None:
            raise ImportRefused(f"列映射“{item}”中的字段“{target.strip()}”不认识；可用字段：{field_help()}")
        mapping[column.strip()] = target.strip()
    return mapping


@dataclass
class HeaderMatch:
    """The header row found and what each column means."""

    row: Row | None  # None: no header row found
    columns: dict[str, int] = field(default_factory=dict)  # field → 0-based column
    headers: dict[int, str] = field(default_factory=dict)  # column → header text as written
    problems: list[tuple[str, int | None, str]] = field(default_factory=list)  # level, col, message

    def label(self, col: int) -> str:
        """``D（身份证号码）``: the column letter and its header text."""
        text = self.headers.get(col, "")
        return f"{column_letter(col)}（{text}）" if text else column_letter(col)

    def field_label(self, name: str) -> str:
        col = self.columns.get(name)
        return self.label(col) if col is not None else ""


def _display(text: object) -> str:
    return " ".join(str(text).split()) if text is not None else ""


def _score(row: Row, mapped: set[str]) -> int:
    hits = 0
    for _, value in row.filled():
        if isinstance(value, str) and (normalize_header(value) in mapped or header_field(value)):
            hits += 1
    return hits


def _with_sub_header(rows: Sequence[Row], best: Row, mapped: set[str]) -> tuple[Row, int | None]:
    """A header of two rows (证件信息 merged over 身份证号 | 工作单位 below it, the other headers
    merged down over both rows) as one row numbered as its lower row, and the upper row's number;
    ``best`` alone, and None, when the row below it is not made of header words only."""
    below = next((r for r in rows if r.number > best.number), None)
    if below is None or below.number != best.number + 1:
        return best, None
    filled = list(below.filled())
    if not filled or _score(below, mapped) != len(filled):
        return best, None
    values = list(best.values) + [None] * max(0, len(below.values) - len(best.values))
    for col, value in filled:
        values[col] = value
    return Row(below.number, tuple(values)), best.number


def find_header(rows: Sequence[Row], mapping: dict[str, str] | None = None) -> HeaderMatch:
    """Take, among the first 10 non-blank rows, the one with the most known header words
    (at least 2; the first of equals), then assign fields to its columns."""
    mapping = dict(mapping or {})
    mapped = {normalize_header(k) for k in mapping}
    candidates = [r for r in rows if not r.is_blank][:HEADER_SCAN_ROWS]
    best: Row | None = None
    best_hits = 1
    for row in candidates:
        hits = _score(row, mapped)
        if hits > best_hits:
            best, best_hits = row, hits
    if best is None:
        return HeaderMatch(None)
    best, merged = _with_sub_header(rows, best, mapped)

    match = HeaderMatch(best)
    if merged is not None:
        match.problems.append(("note", None, f"表头占两行（第 {merged} 行和第 {best.number} 行），已合并读取"))
    match.headers = {col: _display(value) for col, value in best.filled()}
    taken: dict[str, int] = {}
    ignored: set[int] = set()

    for key, target in mapping.items():
        name = parse_field(target)
        if name is None:
            match.problems.append(("error", None, f"列映射“{key}={target}”中的字段“{target}”不认识；可用字段：{field_help()}"))
            continue
        wanted = normalize_header(key)
        col = next((c for c, v in best.filled() if normalize_header(v) == wanted), None)
        if col is None:
            col = column_index(key)
        if col is None:
            shown = "、".join(match.headers.values())
            match.problems.append(
                ("error", None, f"列映射中的列名“{key}”在表头（第 {best.number} 行）中找不到；表头有：{shown}")
            )
            continue
        if name == IGNORE:
            ignored.add(col)
            continue
        if name in taken and taken[name] != col:
            match.problems.append(
                ("error", col, f"列映射把两列都指定为{FIELD_LABELS[name]}：{match.label(taken[name])} 和 {match.label(col)}")
            )
            continue
        taken[name] = col
        ignored.add(col)  # decided: the guess below leaves it alone

    unused: list[int] = []
    for col, value in best.filled():
        if col in ignored:
            continue
        name = header_field(value)
        if name is None:
            unused.append(col)
        elif name in taken:
            match.problems.append(
                ("warning", col, f"{match.label(col)} 与 {match.label(taken[name])} 都是{FIELD_LABELS[name]}列，只使用了 {match.label(taken[name])}")
            )
        else:
            taken[name] = col
    if unused:
        match.problems.append(
            ("note", None, "以下列不认识，未导入：" + "、".join(match.label(c) for c in unused)
             + "（如需导入，可用 --map 列名=字段 指定）")
        )
    match.columns = taken
    return match


def suggest_header(match: HeaderMatch, name: str) -> str | None:
    """The header of a column no field took that probably means field ``name`` (the most like
    one of its header words), for a hint such as 缺少组别：是否是“申报类别”？; None if none is."""
    taken = set(match.columns.values())
    words = [normalize_header(w) for w in SYNONYMS.get(name, ()) + _ALIKE.get(name, ())]
    best, best_ratio = None, _SUGGEST_CUTOFF
    for col, text in match.headers.items():
        key = normalize_header(text)
        if col in taken or not key or header_field(text) is not None:
            continue
        ratio = max((difflib.SequenceMatcher(None, key, w).ratio() for w in words), default=0.0)
        if ratio >= best_ratio and (best is None or ratio > best_ratio):
            best, best_ratio = text, ratio
    return best


def suggestion(match: HeaderMatch, name: str) -> str:
    """``：是否是“申报类别”？（可用 --map 申报类别=组别 指定）`` for a missing field, or ''."""
    found = suggest_header(match, name)
    return f"：是否是“{found}”？（可用 --map {found}={FIELD_LABELS[name]} 指定）" if found else ""
