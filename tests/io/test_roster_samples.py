"""The sample rosters of tests/io/sample_rosters.py (shaped like what offices really send)."""

import pytest

from judge_app.core.errors import ImportRefused
from judge_app.io.roster import read_roster
from tests.io.helpers import KNOWN
from tests.io.sample_rosters import errors_xlsx, gbk_csv, messy_xlsx


def test_messy_xlsx_imports_40_clean_names(tmp_path):
    report = read_roster(messy_xlsx(tmp_path), known_events=KNOWN)
    assert report.ok, report.format_text()
    assert report.header_row == 3
    assert len(report.entries) == 40 and report.counts.imported == 40
    names = [e.name for e in report.entries]
    assert all(n == "".join(n.split()) and 2 <= len(n) <= 3 for n in names)
    assert "沈艳" in names and "姚立新" in names  # 沈　艳 and "姚立新 " in the file
    assert all(e.unit == e.unit.strip() and e.id_number and e.event in KNOWN for e in report.entries)
    assert len({e.id_number for e in report.entries}) == 40
    counts = report.counts
    assert counts.skipped_blank == 2 and counts.skipped_totals == 1
    notes = {(p.row, p.message.split("，")[0]) for p in report.notes}
    assert (21, "空行") in notes and (46, "表尾的合计行") in notes
    text = report.format_text()
    assert "空行 2 行" in text and "合计行 1 行" in text and "第 46 行" in text


def test_gbk_csv_imports_30_with_chinese_intact(tmp_path):
    report = read_roster(gbk_csv(tmp_path), known_events=KNOWN)
    assert report.ok, report.format_text()
    assert report.encoding == "GB18030"
    assert len(report.entries) == 30
    first = report.entries[0]
    assert (first.name, first.gender, first.unit, first.event) == ("邱文博", "男", "XX县建筑安装工程公司", "车工")
    assert all("\ufffd" not in e.name + e.unit for e in report.entries)


def test_errors_xlsx_is_refused_with_every_error_located(tmp_path):
    report = read_roster(errors_xlsx(tmp_path), known_events=KNOWN)
    assert not report.ok and report.counts.imported == 0
    by_row = {p.row: p for p in report.errors}
    assert sorted(by_row) == [5, 7, 9, 11, 13]
    assert "数字格式保存" in by_row[5].message and by_row[5].column == "D（身份证号）"
    assert "校验位" in by_row[7].message
    assert "与第 4 行是同一人" in by_row[9].message
    assert by_row[11].message == "缺少姓名"
    assert "电焊工（高级）" in by_row[13].message and "电工、焊工、车工、中式烹调师、茶艺师" in by_row[13].message
    with pytest.raises(ImportRefused) as caught:
        report.raise_if_errors()
    assert len(caught.value.problems) == 5
    assert all(f"第 {row} 行" in text for row, text in zip([5, 7, 9, 11, 13], caught.value.problems))
