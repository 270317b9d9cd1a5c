"""The three rosters shaped like what offices really send, built in a test's folder:
a messy xlsx, a GBK CSV and a workbook with five faults (see tests/io/test_roster_samples.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.io.helpers import EVENTS, make_id, write_csv, write_xlsx

UNITS = ("XX县供电公司", "XX县人民医院", "XX县建筑安装工程公司", "XX食品有限公司", "XX县交通运输局",
         "XX县职业技术学校", "XX纺织有限公司")
SURNAMES = "李沈林康许傅姚冯刘廖姜蔡汤彭蒋胡赵邵陆贾钟毛龙吕秦杜熊卢陈孙石阎谭田唐叶史梁雷"
GIVENS = ("建国", "海燕", "浩然", "子涵", "立新", "玉兰", "晓东", "德华", "志强", "文博")
SINGLE = "伟艳芳敏明娟军涛洋娜"


def _person(i: int) -> tuple[str, bool, str, str, str]:
    """(name, male, ID, unit, event) of person ``i``: every third name has two characters."""
    name = SURNAMES[i % len(SURNAMES)] + (SINGLE[i % len(SINGLE)] if i % 3 == 1 else GIVENS[i % len(GIVENS)])
    male = i % 2 == 0
    return name, male, make_id(1000 + i, male=male), UNITS[i % len(UNITS)], EVENTS[i * 3 % len(EVENTS)]


def messy_xlsx(folder: Path) -> Path:
    """roster_messy.xlsx: two merged title rows, the header on row 3, 40 people on rows 4–44 with a
    blank row 21 and another at 45, a 合计 row 46; two-character names padded with a full-width
    space (沈　艳), some names and units with trailing spaces. Imports 40 clean names."""
    header = ["序号", "选手姓名", "性别", "身份证号码", "工作单位", "参赛工种", "联系电话", "备注"]
    rows: list[list[Any]] = [header]
    for i in range(40):
        name, male, id_number, unit, event = _person(i)  # person 1 is 沈艳
        if i == 6:
            name = "姚立新"
        if len(name) == 2:
            name = name[0] + "\u3000" + name[1]
        if i % 7 == 6:
            name += " "
        if i % 5 == 4:
            unit += "  "
        rows.append([i + 1, name, "男" if male else "女", id_number, unit, event, f"139{i:08d}", None])
        if i == 16:
            rows.append([None] * len(header))
    rows += [[None] * len(header), ["合计：40人"]]
    return write_xlsx(folder / "roster_messy.xlsx", rows, merge_titles=2)


def gbk_csv(folder: Path) -> Path:
    """roster_gbk.csv: GBK-encoded CSV (姓名, 性别, 身份证号, 单位, 赛项) of 30 people, the first
    邱文博 (男, XX县建筑安装工程公司, 车工)."""
    rows: list[list[Any]] = [["姓名", "性别", "身份证号", "单位", "赛项"],
                             ["邱文博", "男", make_id(2000, male=True), "XX县建筑安装工程公司", "车工"]]
    for i in range(1, 30):
        name, male, id_number, unit, event = _person(i + 40)
        rows.append([name, "男" if male else "女", id_number, unit, event])
    return write_csv(folder / "roster_gbk.csv", rows, encoding="gbk")


def errors_xlsx(folder: Path) -> Path:
    """roster_errors.xlsx: one title row, the header on row 2, 12 people on rows 3–14 with five
    faults: row 5 an ID stored as a number (digits lost), row 7 a wrong check digit, row 9 the same
    person as row 4, row 11 no name, row 13 the event 电焊工（高级）; then a blank row and a 合计 row."""
    rows: list[list[Any]] = [["序号", "姓名", "性别", "身份证号", "单位", "工种"]]
    for i in range(12):
        name, male, id_number, unit, event = _person(i + 80)
        rows.append([i + 1, name, "男" if male else "女", id_number, unit, event])
    rows[3][3] = float(rows[3][3])  # row 5
    wrong = "X" if rows[5][3][-1] != "X" else "0"
    rows[5][3] = rows[5][3][:-1] + wrong  # row 7
    rows[7] = [8, *rows[2][1:]]  # row 9 = row 4
    rows[9][1] = None  # row 11
    rows[11][5] = "电焊工（高级）"  # row 13
    rows += [[None] * 6, ["合计：12人"]]
    return write_xlsx(folder / "roster_errors.xlsx", rows, merge_titles=1)
