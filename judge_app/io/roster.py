"""Read a roster (报名表) as offices really send it, check it, and say exactly what is wrong where.

:func:`read_roster` returns a :class:`RosterReport`: the normalised entries, every problem with
its file, sheet, Excel row and column, the counts and the column mapping used. It never writes
anything. A report with any error means the whole file must be refused
(:meth:`RosterReport.raise_if_errors`); ``entries`` then holds only the rows that were fine, for
preview, and must not be imported.

Only a file that cannot be read as a table at all raises (:class:`ImportRefused`); everything
found inside the table is a problem in the report.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from judge_app.core import idcard
from judge_app.core.entries import Entry
from judge_app.core.errors import ImportRefused
from judge_app.core.scheme import EntryKind, labelled, lookup_id, lookup_key
from judge_app.io.roster_headers import FIELD_LABELS, SYNONYMS, HeaderMatch, find_header, normalize_header, suggestion
from judge_app.io.tabular import Row, Table, cell_text, is_number, read_table

ERROR, WARNING, NOTE = "error", "warning", "note"
LEVEL_LABELS = {ERROR: "错误", WARNING: "警告", NOTE: "说明"}

TOTAL_WORDS = ("合计", "总计", "小计", "共计")
FOOTER_WORDS = ("注", "说明", "填表", "填报", "制表", "审核", "联系人", "负责人", "盖章", "日期")
MAX_NAME_CHARS = 50
MAX_FIELD_CHARS = 200  # unit, team, event, group, code, phone, title, category
MAX_LONG_FIELD_CHARS = 2000  # note, members
MAX_VALUE_SHOWN = 60

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CJK = re.compile(r"[\u2e80-\u2fdf\u3005-\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_NUMERIC = re.compile(r"[+-]?[\d,，]*\.?\d+%?")
_MEMBER_SPLIT = re.compile(r"[、,，;；/／\n]+")
_GENDERS = {
    "男": "男", "男性": "男", "m": "男", "male": "男",
    "女": "女", "女性": "女", "f": "女", "female": "女",
}


# --------------------------------------------------------------------------- text normalising


def clean_text(value: object) -> str:
    """Cell text with whitespace runs (also full-width, NBSP, line breaks) made one space,
    trimmed, invisible characters dropped and full-width digits made ASCII."""
    text = cell_text(value).translate(_INVISIBLE).translate(_FULLWIDTH_DIGITS)
    return " ".join(text.split())


def clean_name(value: object) -> str:
    """A person's name: Chinese names lose ALL whitespace (王　伟 → 王伟); Latin names keep a
    single space between words. Full-width letters and digits become ASCII (NFKC)."""
    text = unicodedata.normalize("NFKC", cell_text(value)).translate(_INVISIBLE)
    if _CJK.search(text):
        return "".join(text.split())
    return " ".join(text.split())


match_key = lookup_key  # how names of events, groups and people are compared


class KnownEvents(Mapping[str, tuple[str, ...]]):
    """The events of the open contest a roster may name: event id → its groups. A roster's 赛项
    cell may give the id or the name (:func:`~judge_app.core.scheme.lookup_id`); entries are
    stored under the id."""

    def __init__(self, groups: Mapping[str, Sequence[str]], names: Mapping[str, str] | None = None,
                 kinds: Mapping[str, EntryKind] | None = None,
                 seasons: Mapping[str, tuple[str, Sequence[str]]] | None = None,
                 closed: frozenset[str] = frozenset()) -> None:
        self._groups = {event_id: tuple(found) for event_id, found in groups.items()}
        self._names = dict(names or {})
        self._kinds = dict(kinds or {})
        #: season id → (its name, its periods' event ids): a row naming a season enrols in each
        self._seasons = {sid: (name, tuple(periods)) for sid, (name, periods) in (seasons or {}).items()}
        self.closed = closed  # periods whose roster may no longer change (a section locked)

    def closing(self, frozen: Iterable[str]) -> "KnownEvents":
        """The same events, with the ``frozen`` ones closed to a season's rows: a project joining
        mid-year enrols in the periods still open only."""
        return KnownEvents(self._groups, self._names, self._kinds, self._seasons, frozenset(frozen))

    def __getitem__(self, event_id: str) -> tuple[str, ...]:
        return self._groups[event_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._groups)

    def __len__(self) -> int:
        return len(self._groups)

    def name(self, event_id: str) -> str:
        return self._names.get(event_id, event_id)

    def kind(self, event_id: str) -> EntryKind | None:
        """What competes in the event (选手, 团队, 项目 …), if the scheme says."""
        return self._kinds.get(event_id)

    def find(self, text: str) -> str | None:
        """The id of the event ``text`` names (its id or its name), or None."""
        return lookup_id(((event_id, self.name(event_id)) for event_id in self), text)

    def periods(self, text: str, *, closed: bool = False) -> tuple[str, ...]:
        """The open periods (event ids; with ``closed``, the closed ones) of the season ``text``
        names when it names no event, else ()."""
        if self.find(text) is not None:
            return ()
        found = lookup_id(((sid, name) for sid, (name, _) in self._seasons.items()), text)
        every = self._seasons[found][1] if found is not None else ()
        return tuple(p for p in every if (p in self.closed) is closed)

    def shown(self) -> list[str]:
        """Each event (then each season) as the user knows it: ``2026年第一季度（2026Q1）``."""
        return [labelled(event_id, self.name(event_id)) for event_id in self] + [
            labelled(sid, name) + "（年度，报名到各期）" for sid, (name, _) in self._seasons.items()]


def _shown(value: object) -> str:
    text = cell_text(value)
    if is_number(value):
        return text
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE_SHOWN else text[:MAX_VALUE_SHOWN] + "…"


def _name_problem(name: str) -> str | None:
    if len(name) > MAX_NAME_CHARS:
        return f"姓名有 {len(name)} 个字符，太长了（可能填错了列）"
    if any(unicodedata.category(ch)[0] == "C" for ch in name):
        return "姓名中含有不可见的控制字符，请重新输入姓名"
    if not any(unicodedata.category(ch)[0] == "L" for ch in name):
        return f"姓名“{name}”不像人名（应为文字，不是数字或符号）"
    return None


# ------------------------------------------------------------------------------------ report


@dataclass(frozen=True)
class RosterProblem:
    """One located problem. ``row`` is the Excel row as the user sees it (None: the whole
    file); ``column`` is ``"D（身份证号码）"`` or ''."""

    level: str  # "error" | "warning" | "note"
    file: str
    sheet: str
    row: int | None
    column: str
    message: str
    value: str = ""

    def where(self, *, with_file: bool = True) -> str:
        parts = []
        if with_file:
            parts.append(self.file + (f" 工作表“{self.sheet}”" if self.sheet else ""))
        if self.row is not None:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"{self.column}列")
        return " ".join(parts)

    def describe(self, *, with_file: bool = True) -> str:
        where = self.where(with_file=with_file)
        text = f"{where}：{self.message}" if where else self.message
        return text + (f"（填的是“{self.value}”）" if self.value else "")

    def __str__(self) -> str:
        return self.describe()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RosterCounts:
    rows_read: int = 0  # rows below the header, up to the last non-empty row
    data_rows: int = 0  # rows taken as entries (with or without problems)
    valid: int = 0  # rows without errors
    imported: int = 0  # entries to import: ``valid`` if the file has no error, else 0
    skipped_blank: int = 0
    skipped_totals: int = 0  # 合计/总计/小计 rows, number-only rows at the end
    skipped_other: int = 0  # repeated header rows, footer lines (填表人 ...)
    errors: int = 0
    warnings: int = 0


@dataclass
class RosterReport:
    """What :func:`read_roster` found. ``ok`` is False as soon as there is one error."""

    file: str
    path: str
    sheet: str = ""
    kind: str = ""  # "xlsx" | "xls" | "csv"
    encoding: str = ""
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field → "D（身份证号码）"
    entries: list[Entry] = field(default_factory=list)
    entry_rows: list[int] = field(default_factory=list)  # Excel row of each entry
    problems: list[RosterProblem] = field(default_factory=list)
    counts: RosterCounts = field(default_factory=RosterCounts)
    stored: Any = None  # what the store answered (ImportCounts) once imported

    @property
    def errors(self) -> list[RosterProblem]:
        return [p for p in self.problems if p.level == ERROR]

    @property
    def warnings(self) -> list[RosterProblem]:
        return [p for p in self.problems if p.level == WARNING]

    @property
    def notes(self) -> list[RosterProblem]:
        return [p for p in self.problems if p.level == NOTE]

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_if_errors(self) -> None:
        """Refuse the whole file (ImportRefused listing every error with its location)."""
        errors = self.errors
        if errors:
            where = self.file + (f" 工作表“{self.sheet}”" if self.sheet else "")
            raise ImportRefused(
                f"名单 {where} 有 {len(errors)} 处错误，整个文件未导入（一条也没有写入）；请改正后重新导入：",
                [p.describe(with_file=False) for p in errors],
            )

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "path": self.path,
            "sheet": self.sheet,
            "kind": self.kind,
            "encoding": self.encoding,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "ok": self.ok,
            "counts": asdict(self.counts),
            "entries": [dict(entry_to_dict(e), row=r) for e, r in zip(self.entries, self.entry_rows)],
            "problems": [p.to_dict() for p in self.problems],
        }

    def format_text(self) -> str:
        """A report a clerk can read (Chinese)."""
        c = self.counts
        where = self.file + (f"（工作表“{self.sheet}”）" if self.sheet else "")
        lines = [f"名单文件：{where}"]
        if self.encoding:
            lines.append(f"文字编码：{self.encoding}")
        if self.header_row is not None:
            lines.append(f"表头在第 {self.header_row} 行")
        if self.columns:
            used = "、".join(f"{col} → {FIELD_LABELS.get(f, f)}" for f, col in self.columns.items())
            lines.append(f"使用的列：{used}")
        skipped = []
        if c.skipped_blank:
            skipped.append(f"空行 {c.skipped_blank} 行")
        if c.skipped_totals:
            skipped.append(f"合计行 {c.skipped_totals} 行")
        if c.skipped_other:
            skipped.append(f"其他 {c.skipped_other} 行")
        line = f"读取 {c.rows_read} 行，其中名单 {c.data_rows} 行，无误 {c.valid} 行"
        if skipped:
            line += "；跳过" + "、".join(skipped)
        lines.append(line)
        for level in (ERROR, WARNING, NOTE):
            found = [p for p in self.problems if p.level == level]
            if found:
                lines.append("")
                lines.append(f"{LEVEL_LABELS[level]}（{len(found)}）：")
                lines.extend(f"  {p.describe(with_file=False)}" for p in found)
        lines.append("")
        if self.ok:
            lines.append(f"结论：可以导入 {len(self.entries)} 条。")
        else:
            lines.append(f"结论：有 {c.errors} 处错误，整个文件不能导入（一条也不会写入）。请改正后重新导入。")
        return "\n".join(lines)


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    data = asdict(entry)
    for key, value in data.items():
        if isinstance(value, Enum):
            data[key] = value.value
        elif isinstance(value, tuple):
            data[key] = list(value)
    return data


# ------------------------------------------------------------------------------------ reading


def read_roster(
    path: str | Path,
    *,
    known_events: Mapping[str, Sequence[str]] | None = None,
    mapping: dict[str, str] | None = None,
    default_event: str | None = None,
    sheet: str | None = None,
    today: date | None = None,
) -> RosterReport:
    """Read and check a roster file (xlsx or CSV).

    ``known_events`` maps each event of the open contest to its groups (a :class:`KnownEvents`
    also knows their names; a plain mapping's keys are ids and names at once); None means no
    contest is open (event and group names are not checked; the report says so).
    ``mapping`` ``{"列名" or column letter: field}`` overrides the header guess.
    ``default_event`` is used for rows whose event is empty (or when there is no event column).
    ``sheet`` names the worksheet (default: the first non-empty one).
    Raises ImportRefused only when the file cannot be read as a table.
    """
    table = read_table(path, sheet=sheet)
    return roster_from_table(
        table, known_events=known_events, mapping=mapping, default_event=default_event, today=today
    )


def roster_from_table(
    table: Table,
    *,
    known_events: Mapping[str, Sequence[str]] | None = None,
    mapping: dict[str, str] | None = None,
    default_event: str | None = None,
    today: date | None = None,
) -> RosterReport:
    """Same as :func:`read_roster` on a table already read."""
    return _RosterReader(table, known_events, mapping, default_event, today).run()


class _RosterReader:
    def __init__(self, table, known_events, mapping, default_event, today):
        self.table: Table = table
        self.known: KnownEvents | None = (
            known_events if known_events is None or isinstance(known_events, KnownEvents) else KnownEvents(known_events))
        self.mapping = mapping
        self.default_event = clean_text(default_event) if default_event else ""
        self.today = today or date.today()
        self.report = RosterReport(
            file=table.file,
            path=str(table.path),
            sheet=table.sheet,
            kind=table.kind,
            encoding=table.encoding,
        )
        self.header: HeaderMatch = HeaderMatch(None)
        self.seen_ids: dict[str, int] = {}
        self.seen_people: dict[tuple[str, str, str], tuple[int, str]] = {}
        self.seen_codes: dict[tuple[str, str], int] = {}  # (event, code) → first row: codes are per event
        self.without_group: set[str] = set()  # events told once that the file has no 组别 column
        self.closed_noted: set[str] = set()  # closed periods a season's rows were told to skip
        self.error_count = 0

    # ------------------------------------------------------------------ problems

    def add(self, level: str, row: int | None, message: str, column: str = "", value: object = None) -> None:
        shown = "" if value is None else _shown(value)
        if level == ERROR:
            self.error_count += 1
        self.report.problems.append(
            RosterProblem(level, self.table.file, self.table.sheet, row, column, message, shown)
        )

    # ------------------------------------------------------------------ main

    def run(self) -> RosterReport:
        report = self.report
        for text in self.table.notes:
            self.add(NOTE, None, text)
        self.header = find_header(self.table.rows, self.mapping)
        header = self.header
        if header.row is None:
            self.add(
                ERROR,
                None,
                "在前 10 行中找不到表头。表头应包含 姓名、身份证号、单位、赛项 等列名（至少两个）；"
                "列名不同时可用 --map 列名=字段 指定",
            )
            return self.finish()
        report.header_row = header.row.number
        self.trade_as_category()
        report.columns = {f: header.label(c) for f, c in header.columns.items() if f != "seq"}
        for level, col, message in header.problems:
            self.add(level, header.row.number, message, header.label(col) if col is not None else "")
        self.check_structure()
        if not report.ok:
            return self.finish()
        if self.known is None:
            self.add(NOTE, None, "尚未打开赛事（没有赛项清单），未核对赛项和组别名称")
        self.read_rows()
        return self.finish()

    def trade_as_category(self) -> None:
        """A candidates' roster (工匠评选) gives each one's trade under 工种 or 职业, words that name
        the event in a skills roster. When the event given by --event is a candidates' one and no
        cell of that column names an event, the column is the candidates' 工种/行业 (类别), told in
        a note."""
        cols, header = self.header.columns, self.header
        col = cols.get("event")
        target = self.lookup_event(self.default_event) if self.default_event else None
        if (col is None or "category" in cols or target is None or self.known is None
                or self.known.kind(target) is not EntryKind.CANDIDATE or header.headers.get(col, "") in (self.mapping or {})):
            return
        assert header.row is not None
        values = {row.text(col) for row in self.table.rows if row.number > header.row.number} - {""}
        if any(self.lookup_event(v) is not None for v in values):
            return
        cols["category"] = cols.pop("event")
        self.add(NOTE, header.row.number, f"不是赛项名称，按候选人的工种/行业（类别）导入；赛项为“{self.known.name(target)}”",
                 header.label(col))

    def check_structure(self) -> None:
        cols = self.header.columns
        row = self.header.row.number
        if "name" not in cols and "title" not in cols:
            self.add(
                ERROR, row,
                "表头中没有姓名列" + (suggestion(self.header, "name") or "（可用的列名：" + "、".join(SYNONYMS["name"][:4])
                                      + "；或用 --map 列名=name 指定）"),
            )
        if "event" not in cols and not self.default_event:
            self.add(
                ERROR, row,
                "表头中没有赛项列" + (suggestion(self.header, "event") or "（可用的列名：" + "、".join(SYNONYMS["event"][:6])
                                      + "）；请加一列赛项，或导入时指定默认赛项"),
            )
        if self.default_event and self.known is not None and self.lookup_event(self.default_event) is None:
            self.add(ERROR, None, self.unknown_event_message(self.default_event) + "（导入时指定的默认赛项）")

    def finish(self) -> RosterReport:
        report = self.report
        counts = report.counts
        counts.valid = len(set(report.entry_rows))  # a season's row is one row, an entry per period
        counts.errors = len(report.errors)
        counts.warnings = len(report.warnings)
        counts.imported = len(report.entries) if counts.errors == 0 else 0
        return report

    # ------------------------------------------------------------------ rows

    def read_rows(self) -> None:
        rows = self.table.rows
        number = self.header.row.number
        start = next(i for i, r in enumerate(rows) if r.number == number) + 1
        body = rows[start:]
        while body and self.is_empty(body[-1]):
            body.pop()
        self.report.counts.rows_read = len(body)
        tail = self.trailing_skip(body)
        blank_run: list[int] = []
        for index, row in enumerate(body):
            if self.is_empty(row):
                blank_run.append(row.number)
                continue
            self.flush_blanks(blank_run)
            if index >= tail:
                self.skip_tail(row)
            elif self.is_totals(row):
                self.skip_totals(row)
            elif self.repeats_header(row):
                self.report.counts.skipped_other += 1
                self.add(NOTE, row.number, "重复的表头行，已跳过")
            else:
                self.read_person(row)
        self.flush_blanks(blank_run)

    def flush_blanks(self, run: list[int]) -> None:
        if not run:
            return
        self.report.counts.skipped_blank += len(run)
        if len(run) == 1:
            self.add(NOTE, run[0], "空行，已跳过")
        else:
            self.add(NOTE, None, f"第 {run[0]}–{run[-1]} 行是空行（{len(run)} 行），已跳过")
        run.clear()

    def is_empty(self, row: Row) -> bool:
        """Blank, or nothing but a 序号 (templates come with numbered empty rows)."""
        seq = self.header.columns.get("seq")
        return all(col == seq and _number_like(v) for col, v in row.filled())

    def repeats_header(self, row: Row) -> bool:
        """The header row again (sheets pasted one under another)."""
        header = self.header.row
        probe = self.header.columns.get("name", self.header.columns.get("title", 0))
        if normalize_header(row.value(probe)) != normalize_header(header.value(probe)):
            return False  # the cheap test first: this runs for every row
        key = [normalize_header(v) for v in row.values]
        return key == [normalize_header(v) for v in header.values]

    def is_totals(self, row: Row) -> bool:
        """A 合计/总计/小计 row: one of those words in a cell and no ID number."""
        id_col = self.header.columns.get("id_number")
        if id_col is not None and not _blank_text(row.value(id_col)):
            return False
        return any(
            isinstance(v, str) and any(w in "".join(v.split()) for w in TOTAL_WORDS) for _, v in row.filled()
        )

    def trailing_skip(self, body: list[Row]) -> int:
        """Index where the trailing totals / number-only / footer rows begin."""
        tail = len(body)
        for index in range(len(body) - 1, -1, -1):
            row = body[index]
            if self.is_empty(row) or self.is_totals(row) or _numbers_only(row) or _footer(row):
                tail = index
            else:
                break
        while tail < len(body) and self.is_empty(body[tail]):  # blank rows before the tail stay blanks
            tail += 1
        return tail

    def skip_tail(self, row: Row) -> None:
        text = " ".join(cell_text(v).strip() for _, v in row.filled())
        shown = text if len(text) <= MAX_VALUE_SHOWN else text[:MAX_VALUE_SHOWN] + "…"
        if self.is_totals(row) or _numbers_only(row):
            self.report.counts.skipped_totals += 1
            self.add(NOTE, row.number, f"表尾的合计行，已跳过（{shown}）")
        else:
            self.report.counts.skipped_other += 1
            self.add(NOTE, row.number, f"表尾的说明行，已跳过（{shown}）")

    def skip_totals(self, row: Row) -> None:
        text = " ".join(cell_text(v).strip() for _, v in row.filled())
        shown = text if len(text) <= MAX_VALUE_SHOWN else text[:MAX_VALUE_SHOWN] + "…"
        self.report.counts.skipped_totals += 1
        self.add(NOTE, row.number, f"合计行，已跳过（{shown}）")

    # ------------------------------------------------------------------ one person

    def lookup_event(self, text: str) -> str | None:
        """The id of the event ``text`` names, by id or name; for a season its first period, whose
        groups and entry kind the row is checked against (None: unknown, or no contest)."""
        if self.known is None:
            return None
        return self.known.find(text) or next(iter(self.known.periods(text)), None)

    def is_person(self, event_text: str) -> bool:
        """Whether entries of the event ``event_text`` names are people (选手, 候选人), who need
        their ID number; so is every entry while the event or its kind is unknown."""
        event = self.lookup_event(event_text or self.default_event)
        kind = self.known.kind(event) if self.known is not None and event is not None else None
        return kind in (None, EntryKind.INDIVIDUAL, EntryKind.CANDIDATE)

    def unknown_event_message(self, text: str) -> str:
        known = self.known or KnownEvents({})
        message = f"赛项“{text}”不存在；已有赛项：" + ("、".join(known.shown()) or "（无）")
        words = {known.name(event_id): event_id for event_id in known} | {event_id: event_id for event_id in known}
        close = difflib.get_close_matches(text, list(words), n=1, cutoff=0.5)
        if close:
            message += f"。是否是“{known.name(words[close[0]])}”？"
        return message

    def read_person(self, row: Row) -> None:
        h = self.header
        cols = h.columns
        n = row.number
        self.report.counts.data_rows += 1
        errors_before = self.error_count
        if n in self.table.hidden_rows:
            self.add(WARNING, n, "此行在表格中被隐藏，仍会导入；如此人不参赛，请在表格中删除该行（不要只隐藏）")

        def col_label(name: str) -> str:
            return h.field_label(name)

        def value(name: str) -> object:
            col = cols.get(name)
            return row.value(col) if col is not None else None

        def error(name: str, message: str, raw: object = None) -> None:
            self.add(ERROR, n, message, col_label(name), raw)

        formulas = [f for f, c in cols.items() if (n, c) in self.table.uncached]
        for field_name in formulas:  # read as empty: say why rather than 缺少姓名
            error(field_name, "单元格是公式，但文件没有保存公式的计算结果（多为其他程序导出的文件）；"
                  "请用 Excel 或 WPS 打开此文件并保存后再导入")
        if formulas:
            return

        # name / title
        name = clean_name(value("name")) if "name" in cols else ""
        title = clean_text(value("title")) if "title" in cols else ""
        if not name and not title:
            error("name" if "name" in cols else "title", "缺少姓名" if "name" in cols else "缺少名称")
        elif name:
            trouble = _name_problem(name)
            if trouble:
                error("name", trouble, value("name"))

        # ID number (a team, project or proposal needs none)
        id_number = ""
        raw = value("id_number")
        if "id_number" in cols and not (_blank_text(raw) and not self.is_person(clean_text(value("event")))):
            if is_number(raw):
                error("id_number", idcard.NUMBER_LOST, raw)
            else:
                trouble = idcard.problem(raw, today=self.today)
                if trouble:
                    error("id_number", trouble, raw if not _blank_text(raw) else None)
                else:
                    id_number = idcard.normalize(raw)

        # gender
        gender = ""
        if "gender" in cols:
            raw_gender = clean_text(value("gender"))
            if raw_gender:
                gender = _GENDERS.get(raw_gender.casefold(), "")
                if not gender:
                    error("gender", "性别应为“男”或“女”", value("gender"))
        if id_number:
            from_id = idcard.gender(id_number)
            if gender and from_id and gender != from_id:
                digit = id_number[16]
                error(
                    "gender",
                    f"性别填的是“{gender}”，但身份证号第 17 位是 {digit}（奇数为男、偶数为女），应为“{from_id}”；请核对性别或身份证号",
                    value("gender"),
                )
            elif not gender and from_id:
                gender = from_id

        # event and group
        event = clean_text(value("event")) if "event" in cols else ""
        if not event:
            event = self.default_event
        group = clean_text(value("group")) if "group" in cols else ""
        periods: tuple[str, ...] = ()
        if not event:
            if "event" in cols:
                error("event", "缺少赛项（应填写赛项/工种名称）")
            else:
                self.add(ERROR, n, "缺少赛项（应填写赛项/工种名称）")
        elif self.known is not None:
            periods = self.known.periods(event)  # a season's row enrols in each of its open periods
            for shut in self.known.periods(event, closed=True):
                if shut not in self.closed_noted:
                    self.closed_noted.add(shut)
                    self.add(NOTE, None, f"“{self.known.name(shut)}”已锁定，年度名单不再报名到这一期"
                                         "（新项目从未锁定的各期参加）")
            canonical = self.lookup_event(event)
            if canonical is None:
                if "event" in cols and clean_text(value("event")):
                    error("event", self.unknown_event_message(event), value("event"))
                # an unknown default event was reported once, for the whole file
            else:
                event = canonical
                if not group and self.known.get(event):
                    group = clean_text(value("category"))  # 建议类别 … is the group the scheme needs
                group = self.check_group(n, event, group, col_label("group"))

        # the rest
        unit = clean_text(value("unit"))
        team = clean_text(value("team"))
        code = "".join(unicodedata.normalize("NFKC", clean_text(value("code"))).split())
        phone = "".join(clean_text(value("phone")).split())
        members: tuple[str, ...] = ()
        if "members" in cols:
            members = tuple(m for m in (clean_name(x) for x in _MEMBER_SPLIT.split(cell_text(value("members")))) if m)

        for fld, text in (("unit", unit), ("team", team), ("event", event), ("group", group),
                          ("code", code), ("phone", phone), ("title", title),
                          ("category", clean_text(value("category")))):
            if len(text) > MAX_FIELD_CHARS:
                error(fld, f"{FIELD_LABELS[fld]}有 {len(text)} 个字符，太长了（应不超过 {MAX_FIELD_CHARS} 个字符）", value(fld))
        for fld in ("note", "members"):
            if len(cell_text(value(fld))) > MAX_LONG_FIELD_CHARS:
                error(fld, f"{FIELD_LABELS[fld]}太长了（应不超过 {MAX_LONG_FIELD_CHARS} 个字符）", value(fld))

        # the same person twice
        who = name or title
        if id_number:
            first = self.seen_ids.setdefault(id_number, n)
            if first != n:
                error("id_number", f"与第 {first} 行是同一人（身份证号相同），重复填报", value("id_number"))
        if who and event:
            key = (match_key(who), match_key(unit), match_key(event))
            earlier = self.seen_people.get(key)
            if earlier is None:
                self.seen_people[key] = (n, id_number)
            elif "id_number" not in cols:
                error(
                    "name",
                    f"与第 {earlier[0]} 行是同一人（姓名、单位、赛项都相同），重复填报",
                    value("name") if "name" in cols else value("title"),
                )
            elif id_number and earlier[1] and earlier[1] != id_number:
                self.add(
                    WARNING, n,
                    f"与第 {earlier[0]} 行同名、同单位、同赛项，但身份证号不同；请确认不是重复填报",
                    col_label("name") or col_label("title"), who,
                )
        if code:
            first = self.seen_codes.setdefault((match_key(event), code), n)
            if first != n:
                error("code", f"检录号与第 {first} 行重复", value("code"))
        if "unit" in cols and not unit and not team:
            self.add(WARNING, n, "缺少单位：成绩汇总表和获奖名单上单位将空着", col_label("unit"), "")

        if self.error_count > errors_before:
            return
        kind = (self.known.kind(event) if self.known is not None else None) or (
            EntryKind.TEAM if members else EntryKind.INDIVIDUAL)
        entry = Entry(
            code=code,
            event=event,
            group=group,
            name=name,
            kind=kind,
            unit=unit,
            team=team,
            gender=gender,
            id_number=id_number,
            members=members,
            title=title,
            category=clean_text(value("category")),
            phone=phone,
            note=clean_text(value("note")),
        )
        for period in periods or (event,):
            self.report.entries.append(replace(entry, event=period))
            self.report.entry_rows.append(n)

    def check_group(self, n: int, event: str, group: str, column: str) -> str:
        groups = tuple(self.known.get(event, ()) or ())
        shown = self.known.name(event)
        if not groups:
            if group:
                self.add(WARNING, n, f"赛项“{shown}”不分组别，已忽略组别“{group}”", column, group)
            return ""
        if not group:
            if len(groups) == 1:
                return groups[0]
            if "group" not in self.header.columns and "category" not in self.header.columns:
                self.missing_group_column(event, groups)
                return ""
            self.add(
                ERROR, n, f"缺少组别；赛项“{shown}”分组别：" + "、".join(groups), column
            )
            return ""
        by_key = {match_key(g): g for g in groups}
        found = by_key.get(match_key(group))
        if found is None:
            self.add(
                ERROR, n, f"组别“{group}”在赛项“{shown}”中不存在；该赛项的组别：" + "、".join(groups), column, group
            )
            return ""
        return found


    def missing_group_column(self, event: str, groups: tuple[str, ...]) -> None:
        """Once per event: the file has no 组别 column though the event has groups (with the header
        it probably means); every row of the event is refused with it."""
        self.error_count += 1
        if event in self.without_group:
            return
        self.without_group.add(event)
        self.add(ERROR, self.header.row.number,
                 f"缺少组别{suggestion(self.header, 'group') or '：表头中没有组别列'}；赛项“{self.known.name(event)}”"
                 "分组别：" + "、".join(groups))


def _blank_text(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number_like(value: object) -> bool:
    return is_number(value) or (isinstance(value, str) and bool(_NUMERIC.fullmatch("".join(value.split()))))


def _numbers_only(row: Row) -> bool:
    filled = list(row.filled())
    return bool(filled) and all(_number_like(v) for _, v in filled)


def _footer(row: Row) -> bool:
    filled = list(row.filled())
    return bool(filled) and all(
        isinstance(v, str) and "".join(v.split()).startswith(FOOTER_WORDS) for _, v in filled
    )
