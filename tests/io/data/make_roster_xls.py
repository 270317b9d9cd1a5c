"""How roster_wps.xls was made: an Excel 97-2003 roster as old WPS/Excel templates save it.

Run once with xlwt (``pip install xlwt``; not a dependency of the app or its tests):
``python -m tests.io.data.make_roster_xls`` (from the project folder). The committed .xls is what the tests read.
"""

from __future__ import annotations

from pathlib import Path

from tests.io.helpers import make_id

PEOPLE = [  # name as typed, gender, unit, event
    ("王　伟", "男", "县供电公司", "电工"), ("李娜 ", "女", "县供电公司", "电工"),
    ("张　强", "男", "县建筑安装公司", "焊工"), ("刘洋", "男", "县建筑安装公司", "焊工"),
    ("陈静", "女", "县机械厂", "车工"), ("杨帆", "男", "县机械厂", "车工"),
    ("赵敏", "女", "县宾馆", "中式烹调师"), ("黄丽", "女", "县茶叶公司", "茶艺师"),
]


def main() -> Path:
    import xlwt  # only to make the file

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("报名表")
    ws.write_merge(0, 0, 0, 5, "2026年某县职工职业技能竞赛报名表")
    for col, head in enumerate(("序号", "选手姓名", "性别", "证件号码", "所在单位", "赛项")):
        ws.write(2, col, head)
    row = 3
    for n, (name, gender, unit, event) in enumerate(PEOPLE, start=1):
        if n == 5:
            row += 1  # a blank row in the middle
        for col, value in enumerate((n, name, gender, make_id(n, male=gender == "男"), unit, event)):
            ws.write(row, col, value)
        row += 1
    ws.write(row, 0, "合计")
    ws.write(row, 1, f"{len(PEOPLE)} 人")
    wrong = wb.add_sheet("有误")
    for col, head in enumerate(("姓名", "身份证号", "单位", "赛项")):
        wrong.write(0, col, head)
    for col, value in enumerate(("周涛", float(make_id(20)), "县供电公司", "电工")):  # the ID typed as a number
        wrong.write(1, col, value)
    wb.add_sheet("填表说明").write(0, 0, "身份证号请设置为文本格式")
    path = Path(__file__).with_name("roster_wps.xls")
    wb.save(str(path))
    return path


if __name__ == "__main__":
    print(main())
