"""Reading xlsx and CSV into located rows; every unreadable file is an ImportRefused."""

import codecs
import zipfile
from datetime import datetime

import openpyxl
import pytest

from judge_app.core.errors import ImportRefused
from judge_app.io import tabular
from judge_app.io.tabular import cell_text, column_index, column_letter, read_table, sniff_delimiter
from tests.io.helpers import csv_bytes, write_csv, write_xlsx

ROWS = [["姓名", "身份证号", "赛项"], ["王伟", "320102199001011232", "电工"], ["李娜", "32010219900101123X", "焊工"]]


def test_column_letters_round_trip():
    assert [column_letter(i) for i in (0, 3, 25, 26, 701, 702)] == ["A", "D", "Z", "AA", "ZZ", "AAA"]
    for i in (0, 3, 25, 26, 701, 702, 16383):
        assert column_index(column_letter(i)) == i
    assert column_index("身份") is None and column_index("ABCD") is None


def test_cell_text_shows_numbers_like_excel():
    assert cell_text(3.212831993031692e17) == "3.21283199303169E+17"
    assert cell_text(13497094009) == "13497094009"
    assert cell_text(12.0) == "12"
    assert cell_text(88.5) == "88.5"
    assert cell_text(datetime(2026, 10, 20)) == "2026-10-20"
    assert cell_text(None) == "" and cell_text(True) == "TRUE"


def test_xlsx_rows_keep_excel_numbers_and_types(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [*ROWS, ["张三", 3.2010219900101e17, "车工"], ["赵四", 320102199001011232, "车工"]],
                      merge_titles=2)
    table = read_table(path)
    assert table.kind == "xlsx" and table.sheet == "报名表" and table.file == "r.xlsx"
    assert [r.number for r in table.rows] == [1, 2, 3, 4, 5, 6, 7]
    assert table.rows[2].values == ("姓名", "身份证号", "赛项")
    assert table.rows[5].is_number(1) and isinstance(table.rows[5].value(1), float)
    assert table.rows[6].is_number(1)  # an int of 18 digits is still a number cell
    assert not table.rows[3].is_number(1)


def test_xlsx_gaps_keep_row_numbers(tmp_path):
    path = tmp_path / "gaps.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B3"] = "姓名"
    ws["B9"] = "王伟"
    wb.save(path)
    table = read_table(path)
    filled = [(r.number, r.values) for r in table.rows if not r.is_blank]
    assert filled == [(3, (None, "姓名")), (9, (None, "王伟"))]


def test_first_non_empty_sheet_or_named_sheet(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", ROWS, before=[("封面", [])], after=[("统计", [["合计", 2]])])
    table = read_table(path)
    assert table.sheet == "报名表"
    assert table.sheets == ("封面", "报名表", "统计")
    assert any("统计" in n for n in table.notes)  # the other non-empty sheet is mentioned
    assert read_table(path, sheet="统计").rows[0].values == ("合计", 2)
    with pytest.raises(ImportRefused, match="没有名为“名单”的工作表.*报名表"):
        read_table(path, sheet="名单")
    with pytest.raises(ImportRefused, match="工作表“封面”是空的"):
        read_table(path, sheet="封面")


def test_empty_workbook_is_refused(tmp_path):
    path = tmp_path / "empty.xlsx"
    wb = openpyxl.Workbook()
    wb.create_sheet("Sheet2")
    wb.active["A1"] = "   "
    wb.save(path)
    with pytest.raises(ImportRefused, match="所有工作表都是空的"):
        read_table(path)


@pytest.mark.parametrize(
    "name, content, word",
    [
        ("garbage.xlsx", bytes(range(256)) * 4, "不是 Excel 工作簿"),
        ("empty.xlsx", b"", "空文件"),
        ("empty.csv", b"", "空文件"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "97-2003"),
        ("web.xls", b"<html><table><tr><td>1</td></tr></table></html>", "另存为"),
        ("notes.pdf", b"%PDF-1.4", "不支持的文件类型"),
        ("bin.csv", b"\x00\x01\x02garbage" * 50, "不是文本文件"),
        ("ctrl.csv", "姓名\x01\x02\x03\x04\x05\x06\x07\x08".encode() * 30, "不是文本文件"),
        ("bad.csv", "姓名,单位\n王伟,".encode("gbk") + b"\x81\xff\n", "无法识别"),
        ("blank.csv", b" \r\n ,, \r\n", "没有内容"),
    ],
)
def test_junk_files_are_refused(tmp_path, name, content, word):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=word):
        read_table(path)


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportRefused, match="已损坏"):
        read_table(path)


def test_truncated_workbook(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", ROWS)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportRefused, match="已损坏"):
        read_table(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportRefused, match="找不到文件"):
        read_table(tmp_path / "nope.xlsx")
    with pytest.raises(ImportRefused, match="文件夹"):
        read_table(tmp_path)


def test_huge_cell_is_refused_with_its_place(tmp_path, monkeypatch):
    # openpyxl itself cuts cells at Excel's 32767 characters; a lower limit shows the check
    path = write_xlsx(tmp_path / "huge.xlsx", [*ROWS, ["王", "x" * 40_000, "电工"]])
    assert len(read_table(path).rows[3].values[1]) <= tabular.MAX_CELL_CHARS
    monkeypatch.setattr(tabular, "MAX_CELL_CHARS", 1000)
    with pytest.raises(ImportRefused, match="第 4 行 B 列.*超过单元格上限"):
        read_table(path)
    monkeypatch.undo()
    csv_path = write_csv(tmp_path / "huge.csv", [*ROWS, ["王", "x" * 200_000, "电工"]])
    with pytest.raises(ImportRefused, match="第 4 行"):
        read_table(csv_path)


def test_too_many_rows_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 5)
    path = write_csv(tmp_path / "long.csv", ROWS * 3)
    with pytest.raises(ImportRefused, match="超过 5 行"):
        read_table(path)


def test_too_wide_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_COLUMNS", 4)
    path = write_csv(tmp_path / "wide.csv", [["姓名", "身份证号", "赛项", "", "", "注"]])
    with pytest.raises(ImportRefused, match="表格过宽"):
        read_table(path)


@pytest.mark.parametrize(
    "encoding, bom, label",
    [("utf-8", b"", "UTF-8"), ("utf-8", codecs.BOM_UTF8, "UTF-8 (BOM)"), ("gbk", b"", "GB18030"),
     ("gb18030", b"", "GB18030"), ("utf-16", b"", "UTF-16")],
)
def test_csv_encodings(tmp_path, encoding, bom, label):
    path = tmp_path / "r.csv"
    path.write_bytes(bom + csv_bytes(ROWS, encoding=encoding))
    table = read_table(path)
    assert table.encoding == label
    assert table.rows[0].values == ("姓名", "身份证号", "赛项")
    assert table.rows[2].values == ("李娜", "32010219900101123X", "焊工")


def test_gbk_is_decoded_strictly_without_replacement_characters(tmp_path):
    # decoding is strict: a GBK file is never half-read as UTF-8 with replacement characters
    path = write_csv(tmp_path / "g.csv", [["姓名", "单位"], ["王伟", "县供电公司"]], encoding="gbk")
    text = "".join(cell_text(v) for r in read_table(path).rows for v in r.values)
    assert "\ufffd" not in text and "县供电公司" in text


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters(tmp_path, delimiter):
    rows = [["报名表"], *ROWS, ["孙七", "320102199001011232", "XX有限公司,分公司"]]
    path = write_csv(tmp_path / "d.csv", rows, delimiter=delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows[1].values == ("姓名", "身份证号", "赛项")
    assert table.rows[4].values[2] == "XX有限公司,分公司"


def test_sniff_prefers_the_consistent_delimiter():
    text = "姓名;单位;赛项\n王伟;XX公司,一分厂;电工\n李娜;XX公司;焊工\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("姓名\n王伟\n") == ","


def test_csv_record_numbers_count_multiline_cells_once(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text('姓名,备注\n王伟,"第一行\n第二行"\n李娜,\n', encoding="utf-8")
    table = read_table(path)
    assert [r.number for r in table.rows] == [1, 2, 3]
    assert table.rows[2].values == ("李娜",)


def test_workbook_renamed_csv_is_read_as_workbook(tmp_path):
    src = write_xlsx(tmp_path / "a.xlsx", ROWS)
    path = tmp_path / "a.csv"
    path.write_bytes(src.read_bytes())
    assert read_table(path).kind == "xlsx"


def test_workbook_with_broken_sheet_xml(tmp_path):
    # read-only openpyxl parses a sheet only while its rows are read: the failure comes late
    good = write_xlsx(tmp_path / "good.xlsx", ROWS)
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(ImportRefused, match="已损坏"):
        read_table(path)
