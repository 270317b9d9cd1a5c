"""Read a spreadsheet-like file (xlsx, Excel 97-2003 xls, or CSV) into rows of cell values with their coordinates.

What comes back is a :class:`Table`: the sheet that was read and its rows, each row with the row
number the user sees in Excel (CSV: the record number Excel would show) and the raw cell values.
Values keep their type (``str``, ``int``, ``float``, ``bool``, ``datetime`` ...) so that callers
can tell, for example, that an ID number was stored as a number. Column ``i`` (0-based) is
``column_letter(i)``.

Every way a file can fail to be read ends in :class:`ImportRefused` with a message a clerk can act
on: missing file, empty file, binary garbage, a password-protected or damaged workbook, an unknown text encoding, a sheet that
does not exist or is empty, a cell or a sheet beyond sane limits.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from functools import partial
from itertools import islice
from typing import Callable, Iterable, Iterator

from judge_app.core.errors import ImportRefused, excerpt
from judge_app.io.cell_text import unquote_cell

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000  # rows in a sheet, blank ones included
MAX_COLUMNS = 512
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_INFLATED_BYTES = 200 * 1024 * 1024  # a workbook's parts, uncompressed, together
MAX_MEMBER_BYTES = 100 * 1024 * 1024  # one part (a sheet's XML), uncompressed
MAX_MEMBERS = 10_000

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DELIMITERS = (",", "\t", ";")
_DELIMITER_NAMES = {",": "逗号", "\t": "制表符", ";": "分号"}


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA."""
    n = index + 1
    letters = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int | None:
    """0-based index of column letters (``"D"`` → 3), or None if ``letters`` is not A..XFD."""
    text = letters.strip().upper()
    if not (1 <= len(text) <= 3) or not all("A" <= ch <= "Z" for ch in text):
        return None
    n = 0
    for ch in text:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def is_number(value: object) -> bool:
    """True for a value the spreadsheet stored as a number (bool is not a number here)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def cell_text(value: object) -> str:
    """The text of a cell roughly as Excel shows it. Integral floats lose their ``.0``;
    other floats show at most 15 significant digits, like Excel; dates are ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g").upper() if math.isfinite(value) else str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Row:
    """One row: ``number`` as the user sees it, ``values`` without trailing empty cells."""

    number: int
    values: tuple[object, ...]

    def value(self, col: int) -> object:
        return self.values[col] if 0 <= col < len(self.values) else None

    def text(self, col: int) -> str:
        return cell_text(self.value(col))

    def is_number(self, col: int) -> bool:
        return is_number(self.value(col))

    @property
    def is_blank(self) -> bool:
        return all(_blank(v) for v in self.values)

    def filled(self) -> Iterator[tuple[int, object]]:
        """(column index, value) of every non-empty cell."""
        for col, value in enumerate(self.values):
            if not _blank(value):
                yield col, value


@dataclass
class Table:
    """The rows of one sheet (or one CSV file)."""

    path: Path
    kind: str  # "xlsx" | "xls" | "csv"
    sheet: str  # sheet name; "" for CSV
    rows: list[Row]
    sheets: tuple[str, ...] = ()  # every sheet of the workbook, in order
    encoding: str = ""  # CSV only: "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16"
    delimiter: str = ""  # CSV only
    notes: list[str] = field(default_factory=list)
    hidden_rows: frozenset[int] = frozenset()  # xlsx: rows the sheet hides (a withdrawn person kept out of sight)
    #: xlsx: (row, 0-based column) of formulas saved without their result (a program's export):
    #: they read as empty cells
    uncached: frozenset[tuple[int, int]] = frozenset()

    @property
    def file(self) -> str:
        return self.path.name

    @property
    def where(self) -> str:
        """The file (and sheet) in words: ``报名表.xlsx 工作表“Sheet1”``."""
        return f"{self.file} 工作表“{self.sheet}”" if self.sheet else self.file


def read_table(path: str | Path, *, sheet: str | None = None, long_form: bool = False) -> Table:
    """Read an xlsx or xls workbook (the named sheet, else the first non-empty one) or a CSV file.

    A ``long_form`` file (one value a row, such as a score file: one event of 500 entries × 60
    criteria × 9 judges is 270,000 rows) has no row cap; other sheets stop at MAX_ROWS.

    The format is decided by the content, not only by the name: a zip is read as a workbook,
    anything else named .csv/.txt/.tsv as text. Raises ImportRefused (never anything else).
    """
    path = Path(path)
    data = _read_bytes(path)
    head = data[:8]
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        return _read_xls(path, data, sheet, long_form)
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, data, sheet, long_form)
    if suffix in XLSX_SUFFIXES:
        raise ImportRefused(
            f"{path.name} 的扩展名是 {suffix}，但内容不是 Excel 工作簿（文件可能已损坏，或是改了扩展名的其他文件）；"
            "请用 Excel 或 WPS 打开确认后另存为 .xlsx"
        )
    if suffix in (".xls", ".et"):
        raise ImportRefused(
            f"{path.name} 不是能读取的 Excel 工作簿（可能是网页或其他系统导出的表格）；"
            "请用 Excel 或 WPS 打开后“另存为” .xlsx 再导入"
        )
    if suffix and suffix not in TEXT_SUFFIXES:
        raise ImportRefused(f"不支持的文件类型 {suffix}（{path.name}）；请提供 .xlsx/.xls 工作簿或 .csv 文件")
    if sheet:
        raise ImportRefused(f"{path.name} 是 CSV 文本文件，没有工作表“{sheet}”；读取 CSV 时不要指定工作表")
    return _read_csv(path, data, long_form)


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.exists():
            raise ImportRefused(f"找不到文件 {path}")
        if path.is_dir():
            raise ImportRefused(f"{path} 是文件夹，不是名单文件")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                f"{path.name} 有 {size // (1024 * 1024)} MB，超过 {MAX_FILE_BYTES // (1024 * 1024)} MB 的上限，不像是名单文件"
            )
        data = path.read_bytes()
    except PermissionError:
        raise ImportRefused(f"无法读取 {path.name}：没有权限，或文件正被 Excel/WPS 打开（请关闭后重试）") from None
    except OSError as exc:
        raise ImportRefused(f"无法读取 {path.name}：{exc.strerror or exc}") from None
    if not data:
        raise ImportRefused(f"{path.name} 是空文件（0 字节）")
    return data


# --------------------------------------------------------------------------------------- xlsx


def _read_xlsx(path: Path, data: bytes, sheet: str | None, long_form: bool) -> Table:
    import openpyxl  # imported here: CSV-only use does not pay for it

    broken = (
        f"无法打开 {path.name}：文件已损坏，或不是 .xlsx 工作簿；请用 Excel 或 WPS 打开确认后另存为 .xlsx 再导入"
    )
    check_inflated_size(path, data, broken)
    with warnings.catch_warnings():
        # openpyxl warns about styles, data validation, extensions it ignores: not our business
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - any failure of the parser means a broken file
            raise ImportRefused(f"{broken}（{type(exc).__name__}）") from None
        try:
            return _read_workbook(path, wb, sheet, long_form, data)
        except ImportRefused:
            raise
        except Exception as exc:  # noqa: BLE001 - parse errors surface while rows are read
            raise ImportRefused(f"{broken}（{type(exc).__name__}: {str(exc)[:200]}）") from None
        finally:
            wb.close()


def check_inflated_size(path: Path, data: bytes, broken: str) -> None:
    """Refuse a workbook whose parts would inflate beyond the limits, before any XML is parsed.

    The sizes are the zip directory's; Python's zipfile (which openpyxl reads with) never gives
    more bytes of a part than its directory entry says, so a lying entry cannot get past them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as exc:  # noqa: BLE001 - any failure to read the zip directory means a broken file
        raise ImportRefused(f"{broken}（{type(exc).__name__}）") from None
    mib = 1024 * 1024
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(f"{path.name} 含有 {len(members)} 个部件，超过 {MAX_MEMBERS} 个的上限，不像是正常的工作簿"
                            f" / too many parts in the workbook")
    largest = max(members, key=lambda m: m.file_size, default=None)
    if largest is not None and largest.file_size > MAX_MEMBER_BYTES:
        raise ImportRefused(f"{path.name} 的部件 {excerpt(largest.filename)} 解压后有 {largest.file_size // mib} MB，"
                            f"超过 {MAX_MEMBER_BYTES // mib} MB 的上限（可能是“压缩炸弹”）/ a part inflates too much")
    total = sum(m.file_size for m in members)
    if total > MAX_INFLATED_BYTES:
        raise ImportRefused(f"{path.name} 解压后共有 {total // mib} MB，超过 {MAX_INFLATED_BYTES // mib} MB 的上限"
                            f"（可能是“压缩炸弹”）/ the workbook inflates too much")


@dataclass(frozen=True)
class _Sheet:
    """One worksheet, whichever library reads it: its rows on demand and a cheap look for content."""

    title: str
    visible: bool
    read: Callable[[], list[Row]]
    has_content: Callable[[], bool]


def _read_workbook(path: Path, wb, sheet: str | None, long_form: bool, data: bytes | None = None) -> Table:
    sheets = [_Sheet(ws.title, ws.sheet_state == "visible", partial(_sheet_rows, path, ws, long_form),
                     partial(_has_content, ws))
              for ws in wb.worksheets]  # chartsheets are not in here
    table = _choose_sheet(path, "xlsx", tuple(wb.sheetnames), sheets, sheet)
    part = next((getattr(ws, "_worksheet_path", None) for ws in wb.worksheets if ws.title == table.sheet), None)
    if data is not None and part:
        xml = _sheet_xml(data, part)
        found = (_ROW_NUMBER.search(m.group(0)) for m in _HIDDEN_ROW.finditer(xml))
        table.hidden_rows = frozenset(int(n.group(1)) for n in found if n is not None)
        table.uncached = _uncached_formulas(xml)
    return table


_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="([0-9]{1,7})"')
_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)', re.DOTALL)
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_RESULT = re.compile(rb'<(?:\w+:)?v>[^<]')


def _sheet_xml(data: bytes, part: str) -> bytes:
    """The XML of sheet ``part`` of an xlsx (its inflated size was checked before): openpyxl's
    read-only mode gives neither row formats nor whether a cell held a formula."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            return archive.read(part.lstrip("/"))
        except KeyError:
            return b""


def _uncached_formulas(xml: bytes) -> frozenset[tuple[int, int]]:
    """(row, 0-based column) of the cells holding a formula but no saved result (``<f>`` without
    a ``<v>`` value): a workbook written by a program, never opened and saved in Excel or WPS."""
    if b"<f" not in xml and b":f" not in xml:
        return frozenset()
    cells = set()
    for m in _CELL.finditer(xml):
        body = m.group(2) or b""
        ref = _CELL_REF.search(m.group(1))
        if ref is not None and (b"<f" in body or b":f" in body) and not _RESULT.search(body):
            cells.add((int(ref.group(2)), column_index(ref.group(1).decode()) or 0))
    return frozenset(cells)


def _choose_sheet(path: Path, kind: str, names: tuple[str, ...], sheets: list[_Sheet], sheet: str | None) -> Table:
    """The named sheet, else the first non-empty one (visible sheets before hidden ones)."""
    listed = "、".join(f"“{n}”" for n in names) or "（无）"
    if sheet is not None:
        wanted = sheet.strip()
        chosen = next((s for s in sheets if s.title == wanted), None) or next(
            (s for s in sheets if s.title.strip() == wanted), None)
        if chosen is None:
            raise ImportRefused(f"{path.name} 里没有名为“{sheet}”的工作表；工作表有：{listed}")
        rows = chosen.read()
        if not any(not r.is_blank for r in rows):
            raise ImportRefused(f"{path.name} 的工作表“{chosen.title}”是空的")
        return Table(path, kind, chosen.title, rows, names)

    ordered = [s for s in sheets if s.visible] + [s for s in sheets if not s.visible]
    for candidate in ordered:
        rows = candidate.read()
        if any(not r.is_blank for r in rows):
            table = Table(path, kind, candidate.title, rows, names)
            if not candidate.visible:
                table.notes.append(f"可见的工作表都是空的，读取了隐藏的工作表“{candidate.title}”")
            others = [o.title for o in ordered if o is not candidate and o.has_content()]
            if others:
                table.notes.append(
                    f"工作簿有多个有内容的工作表，只读取了“{candidate.title}”；未读取："
                    + "、".join(f"“{o}”" for o in others)
                    + "（如需导入其他工作表，请指定工作表名）"
                )
            return table
    if not sheets:
        raise ImportRefused(f"{path.name} 里没有工作表（只有图表或为空）")
    raise ImportRefused(f"{path.name} 的所有工作表都是空的（工作表：{listed}）")


def _has_content(ws, probe_rows: int = 50) -> bool:
    """Whether a sheet has anything in its first rows (a cheap look, not a full read)."""
    ws.reset_dimensions()
    for values in ws.iter_rows(max_row=probe_rows, values_only=True):
        if any(not _blank(v) for v in values):
            return True
    return False


def _sheet_rows(path: Path, ws, long_form: bool) -> list[Row]:
    # The dimension recorded in the file may be wrong (A1:XFD1048576 from some exporters);
    # forget it so rows come back as long as their real content, not padded to it.
    ws.reset_dimensions()
    where = f"{path.name} 工作表“{ws.title}”"
    return _collect_rows(where, enumerate(ws.iter_rows(values_only=True), start=1), long_form)


def _collect_rows(where: str, numbered: Iterable[tuple[int, Iterable[object]]], long_form: bool) -> list[Row]:
    rows: list[Row] = []
    for number, raw in numbered:
        if number > MAX_ROWS and not long_form:
            raise ImportRefused(
                f"{where} 超过 {MAX_ROWS} 行（含空行），不像是名单；请删除多余的行（或只复制名单部分）后另存再导入"
            )
        values = list(raw)
        while values and _blank(values[-1]):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise ImportRefused(
                f"{where} 第 {number} 行在第 {column_letter(MAX_COLUMNS - 1)} 列之后还有内容"
                f"（第 {column_letter(len(values) - 1)} 列），表格过宽，不像是名单"
            )
        for col, value in enumerate(values):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise ImportRefused(
                    f"{where} 第 {number} 行 {column_letter(col)} 列的内容有 {len(value)} 个字符，"
                    f"超过单元格上限 {MAX_CELL_CHARS}；文件可能已损坏或填错了内容"
                )
        rows.append(Row(number, tuple(values)))
    return rows


# ----------------------------------------------------------------------------------------- xls

_XLS_UNREADABLE = ("{name} 是旧版 Excel 97-2003（.xls）文件，但无法读取（可能加了密码或已损坏）；"
                   "请用 Excel 或 WPS 打开，取消密码后“另存为” .xlsx 再导入")


def _read_xls(path: Path, data: bytes, sheet: str | None, long_form: bool) -> Table:
    """An Excel 97-2003 workbook (BIFF, as old WPS/Excel templates still save), read by calamine."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        metadata = list(wb.sheets_metadata)
    except Exception as exc:  # noqa: BLE001 - any failure of the parser means an unreadable file
        raise ImportRefused(_XLS_UNREADABLE.format(name=path.name) + f"（{str(exc)[:120]}）") from None

    def numbered(name: str) -> Iterator[tuple[int, list[object]]]:
        """Row by row (memory stays small), padded to A1 so numbers and letters are Excel's."""
        try:
            found = wb.get_sheet_by_name(name)
            pad: list[object] = [None] * (found.start[1] if found.start else 0)
            for number, row in enumerate(found.iter_rows(), start=1):  # rows start at 1, columns do not
                yield number, pad + [None if v == "" else v for v in row]
        except ImportRefused:
            raise
        except Exception as exc:  # noqa: BLE001
            raise ImportRefused(_XLS_UNREADABLE.format(name=path.name) + f"（{str(exc)[:120]}）") from None

    def read(name: str) -> list[Row]:
        return _collect_rows(f"{path.name} 工作表“{name}”", numbered(name), long_form)

    def has_content(name: str) -> bool:
        return any(not _blank(v) for _number, row in islice(numbered(name), 50) for v in row)

    sheets = [_Sheet(m.name, m.visible == SheetVisibleEnum.Visible, partial(read, m.name), partial(has_content, m.name))
              for m in metadata if m.typ == SheetTypeEnum.WorkSheet]
    return _choose_sheet(path, "xls", tuple(m.name for m in metadata), sheets, sheet)


# ---------------------------------------------------------------------------------------- CSV


def decode_text(data: bytes, name: str = "文件") -> tuple[str, str]:
    """Decode CSV bytes strictly: UTF-16 with BOM, else UTF-8 (with or without BOM), else
    GB18030 (a superset of GBK and GB2312). Returns (text, encoding label)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise ImportRefused(f"{name} 不是文本文件（含有二进制内容）；请提供 .xlsx/.xls 工作簿或 .csv 文件")
    try:
        label = "UTF-8 (BOM)" if data.startswith(codecs.BOM_UTF8) else "UTF-8"
        return data.decode("utf-8-sig"), label
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        raise ImportRefused(
            f"无法识别 {name} 的文字编码（既不是 UTF-8 也不是 GBK/GB18030），文件可能已损坏；"
            "请用 Excel 或 WPS 打开后另存为 .xlsx 或“CSV UTF-8”再导入"
        ) from None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\x0c") or ch == "\x7f")
    return controls > max(2, len(sample) // 200)


def sniff_delimiter(text: str) -> str:
    """The delimiter among comma, tab and semicolon that splits the first lines best."""
    lines = [line for line in text.splitlines() if line.strip()][:30]
    best, best_score = ",", (0, 0)
    for delim in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delim) if len(r) > 1]
        except csv.Error:
            continue
        if not counts:
            continue
        modal = max(counts.count(c) for c in set(counts))
        score = (len(counts), modal)
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, data: bytes, long_form: bool) -> Table:
    text, encoding = decode_text(data, path.name)
    if _looks_binary(text):
        raise ImportRefused(f"{path.name} 不是文本文件（含有大量控制字符）；请提供 .xlsx/.xls 工作簿或 .csv 文件")
    if not text.strip():
        raise ImportRefused(f"{path.name} 没有内容（只有空白）")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        rows = _collect_rows(path.name, ((n, map(unquote_cell, raw)) for n, raw in enumerate(reader, start=1)),
                             long_form)
    except csv.Error as exc:
        raise ImportRefused(
            f"{path.name} 第 {reader.line_num} 行无法按 CSV 读取（{exc}）；单元格内容可能过长或引号不配对"
        ) from None
    table = Table(path, "csv", "", rows, (), encoding, delimiter)
    if not any(not r.is_blank for r in rows):
        raise ImportRefused(f"{path.name} 没有内容（只有空行和分隔符）")
    if delimiter != ",":
        table.notes.append(f"CSV 以{_DELIMITER_NAMES[delimiter]}分隔")
    if encoding not in ("UTF-8", "UTF-8 (BOM)"):
        table.notes.append(f"CSV 文字编码为 {encoding}")
    return table
