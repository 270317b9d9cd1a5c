"""Inflated workbooks (zip bombs) and deeply nested scheme JSON are refused before parsing."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from judge_app.app.contest_file import read_scheme_file
from judge_app.core.errors import ImportRefused
from judge_app.io import tabular
from judge_app.io.scheme_xlsx import read_scheme_xlsx
from judge_app.io.tabular import read_table

MIB = 1024 * 1024


def workbook(path: Path) -> Path:
    book = Workbook()
    book.active.append(["编号", "姓名"])
    book.active.append(["C01", "王伟"])
    book.save(path)
    return path


def add_member(path: Path, name: str, inflated: int, *, count: int = 1) -> Path:
    """Add ``count`` members of ``inflated`` zero bytes each (a few KB once compressed)."""
    chunk = bytes(MIB)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        for n in range(count):
            with archive.open(f"{name}{n}" if count > 1 else name, "w", force_zip64=True) as out:
                for _ in range(inflated // MIB):
                    out.write(chunk)
                out.write(bytes(inflated % MIB))
    return path


def test_a_zip_bomb_is_refused_quickly_with_the_file_named(tmp_path: Path) -> None:
    bomb = add_member(workbook(tmp_path / "名单.xlsx"), "xl/worksheets/sheet2.xml", 120 * MIB)
    assert bomb.stat().st_size < MIB  # small on disk, 120 MB inflated
    started = time.perf_counter()
    with pytest.raises(ImportRefused, match=r"名单\.xlsx.*120 MB.*上限"):
        read_table(bomb)
    assert time.perf_counter() - started < 2  # refused from the zip directory, nothing inflated


def test_the_total_inflated_size_and_the_number_of_parts_are_bounded(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_INFLATED_BYTES", 3 * MIB)
    many = add_member(workbook(tmp_path / "总量.xlsx"), "xl/media/image", 1 * MIB, count=4)
    with pytest.raises(ImportRefused, match=r"总量\.xlsx 解压后共有 4 MB"):
        read_table(many)
    monkeypatch.setattr(tabular, "MAX_MEMBERS", 20)
    parts = add_member(workbook(tmp_path / "部件.xlsx"), "xl/x", 0, count=30)
    with pytest.raises(ImportRefused, match=r"部件\.xlsx 含有 \d+ 个部件"):
        read_table(parts)


def test_an_honest_workbook_still_reads_and_a_scheme_bomb_is_refused(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_table(workbook(tmp_path / "ok.xlsx")).rows[1].values == ("C01", "王伟")
    monkeypatch.setattr(tabular, "MAX_MEMBER_BYTES", MIB)
    bomb = add_member(workbook(tmp_path / "标准.xlsx"), "xl/worksheets/sheet9.xml", 2 * MIB)
    with pytest.raises(ImportRefused, match=r"标准\.xlsx 的部件 xl/worksheets/sheet9.xml 解压后有 2 MB"):
        read_scheme_xlsx(bomb)


@pytest.mark.parametrize("text", ["[" * 100_000, '{"events":' * 5_000 + "1" + "}" * 5_000, "[" * 40 + "]" * 40])
def test_a_deeply_nested_scheme_json_is_refused_not_a_recursion_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "scheme.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"scheme\.json.*嵌套"):
        read_scheme_file(path)
