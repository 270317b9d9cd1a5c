"""Time read_roster (read + full validation) on a 10,000-row roster xlsx; goal < 3 s.

The workbook is generated in a temporary folder the way offices send them: a merged title row,
the header on row 2, names padded with full-width spaces, trailing spaces, a blank row and a 合计
row. The file is timed twice: with a shared-string table, as Excel and WPS save, and with inline
strings, as openpyxl-based exporters save (slower to parse). Prints the best of three runs, and
pandas.read_excel on the same file for comparison (reading only, no validation) if pandas is
installed.

    .venv/bin/python benchmarks/bench_roster_import.py [ROWS]
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from judge_app.io.roster import read_roster

EVENTS = ("电工", "焊工", "车工", "中式烹调师", "茶艺师")
KNOWN = {name: ("职工组", "学生组") for name in EVENTS}
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国海燕志立新晓东浩然子涵德文博"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def make_id(n: int) -> str:
    birth = (date(1965, 1, 1) + timedelta(days=n // 500)).strftime("%Y%m%d")
    first17 = f"320102{birth}{(n % 500) * 2 + n % 2:03d}"
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def name_of(i: int) -> str:
    surname = SURNAMES[i % len(SURNAMES)]
    k = i // len(SURNAMES)
    if k < len(GIVEN):
        return surname + "\u3000" + GIVEN[k]  # two-character names padded with a full-width space
    return surname + GIVEN[k % len(GIVEN)] + GIVEN[(k // len(GIVEN)) % len(GIVEN)]


def write_roster(path: Path, rows: int) -> None:
    """A roster as offices send it: merged title row, header on row 2, padded names, trailing
    spaces, a blank row in the middle and a 合计 row at the end."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报名表"
    ws.append(["2026年职工技能竞赛报名汇总表"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "选手姓名", "性别", "身份证号码", "工作单位", "参赛工种", "组别", "联系电话", "备注"])
    for i in range(rows):
        ws.append([
            i + 1,
            name_of(i) + (" " if i % 7 == 0 else ""),
            "男" if i % 2 else "女",
            make_id(i),
            f"XX县第{i % 40}公司  ",
            EVENTS[i % len(EVENTS)],
            "职工组" if i % 3 else "学生组",
            f"13{i:09d}",
            None,
        ])
        if i == rows // 2:
            ws.append([])
    ws.append([])
    ws.append([f"合计：{rows}人"])
    wb.save(path)
    wb.close()


def to_shared_strings(src: Path, dst: Path) -> None:
    """Rewrite openpyxl's inline strings as a shared-string table, the way Excel and WPS save."""
    table: dict[str, int] = {}

    def shared(match: re.Match) -> str:
        text = match.group(3)
        index = table.setdefault(text, len(table))
        return f'<c r="{match.group(1)}"{match.group(2) or ""} t="s"><v>{index}</v></c>'

    cell = re.compile(r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = cell.sub(shared, data.decode("utf-8")).encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSST" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b"</Relationships>")
            zout.writestr(item, data)
        items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in table)
        zout.writestr("xl/sharedStrings.xml",
                      f'<sst xmlns="{MAIN}" count="{len(table)}" uniqueCount="{len(table)}">{items}</sst>')


def best_of(runs: int, work) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def time_file(label: str, path: Path, rows: int) -> None:
    seconds, report = best_of(3, lambda: read_roster(path, known_events=KNOWN))
    assert report.ok and not report.warnings, report.format_text()[:2000]
    assert len(report.entries) == rows, len(report.entries)
    assert report.counts.skipped_blank == 2 and report.counts.skipped_totals == 1
    verdict = "OK" if seconds < 3 else "SLOW (goal < 3 s)"
    print(f"read_roster, {label}: {seconds:.2f} s best of 3 "
          f"({rows / seconds:,.0f} rows/s, read + full validation) [{verdict}]")
    try:
        import pandas
    except ImportError:
        print("  pandas.read_excel: pip install pandas to compare")
    else:
        seconds, frame = best_of(3, lambda: pandas.read_excel(path, header=1, dtype=str, engine="openpyxl"))
        print(f"  pandas.read_excel on the same file: {seconds:.2f} s best of 3 (read only, no checks)")


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        inline = Path(tmp) / "roster_inline.xlsx"
        shared = Path(tmp) / "roster_shared.xlsx"
        start = time.perf_counter()
        write_roster(inline, rows)
        to_shared_strings(inline, shared)
        print(f"generated {rows} rows in {time.perf_counter() - start:.2f} s")
        time_file("saved like Excel/WPS (shared strings)", shared, rows)
        time_file("saved by openpyxl-based exporters (inline strings)", inline, rows)


if __name__ == "__main__":
    main()
