"""Junk in, ImportRefused or a report out: read_roster never raises anything else, and a report
either has errors or only valid entries."""

import os
import random
import tempfile
from datetime import datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, assume, currently_in_test_context, event, given, settings, strategies as st

from judge_app.core import idcard
from judge_app.core.errors import ImportRefused
from judge_app.io.roster import read_roster
from tests.io.helpers import HEADER, KNOWN, csv_bytes, make_id, people, write_xlsx

# JUDGE_FUZZ_EXAMPLES=2000 for a long hunt; the default keeps the suite fast
FUZZ = settings(
    max_examples=int(os.environ.get("JUDGE_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# openpyxl refuses XML-illegal control characters and lone surrogates: everything else goes
safe_chars = st.characters(
    exclude_categories=("Cs",),
    exclude_characters="".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r"),
)
words = st.sampled_from(
    ["姓名", "选手姓名", "身份证号", "证件号码", "单位", "赛项", "工种", "组别", "性别", "序号", "合计", "备注",
     "成员", "检录号", "名称", "电工", "焊工", "茶艺师", "男", "女", "x", "王　伟", " ", "", "小计：3人"]
)
cells = st.one_of(
    st.none(),
    words,
    st.text(safe_chars, max_size=20),
    st.integers(-(10**18), 10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(0, 300).map(lambda n: make_id(n, male=n % 2 == 0)),
    st.integers(0, 300).map(lambda n: make_id(n).lower()),
    st.just("字" * 5000),
)


@st.composite
def near_valid_rows(draw):
    """A valid person row under HEADER, sometimes with one cell replaced by junk."""
    person = people(1, start=draw(st.integers(1, 40)))[0]
    if draw(st.booleans()):
        person[draw(st.integers(0, len(person) - 1))] = draw(cells)
    return person


row = st.one_of(st.lists(cells, max_size=8), near_valid_rows())
header = st.one_of(st.just(list(HEADER)), st.lists(st.one_of(words, cells), max_size=8))


def check_report(report):
    if not report.ok:
        assert report.errors and report.counts.imported == 0
        return
    assert report.counts.imported == len(report.entries)
    ids = [e.id_number for e in report.entries if e.id_number]
    assert len(ids) == len(set(ids))
    for entry in report.entries:
        assert entry.name or entry.title
        assert entry.event in KNOWN
        assert entry.gender in ("", "男", "女")
        if "id_number" in report.columns:
            assert idcard.is_valid(entry.id_number)
            assert entry.gender == idcard.gender(entry.id_number)
        assert entry.name == entry.name.strip()


def note(outcome):
    if currently_in_test_context():
        event(outcome)  # statistics of a long hunt (--hypothesis-show-statistics)


def read_or_refuse(path, **kw):
    try:
        report = read_roster(path, known_events=KNOWN, **kw)
    except ImportRefused as refused:
        assert str(refused)
        note("refused")
        return None
    check_report(report)
    note("ok with entries" if report.ok and report.entries else "ok, empty" if report.ok else "errors")
    return report


@FUZZ
@given(titles=st.integers(0, 3), head=header, body=st.lists(row, max_size=12), sheet_empty=st.booleans())
def test_random_workbooks(titles, head, body, sheet_empty):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "junk.xlsx"
        try:
            write_xlsx(path, [head, *body], merge_titles=titles, before=[("空", [])] if sheet_empty else [])
        except (ValueError, TypeError):  # a value openpyxl itself cannot write: not our input
            assume(False)
        read_or_refuse(path)


@FUZZ
@given(body=st.lists(row, max_size=10), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"]),
       delimiter=st.sampled_from([",", ";", "\t"]), head=header)
def test_random_csv(body, encoding, delimiter, head):
    data = csv_bytes([["" if isinstance(c, str) and len(c) > 1000 else c for c in r] for r in [head, *body]],
                     delimiter=delimiter, encoding="utf-8")
    data = data.decode("utf-8").encode(encoding, errors="ignore")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "junk.csv"
        path.write_bytes(data)
        read_or_refuse(path)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".xlsx", ".csv", ".xls", ".txt", ".xlsm"]),
       prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]))
def test_binary_garbage(data, suffix, prefix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"garbage{suffix}"
        path.write_bytes(prefix + data)
        read_or_refuse(path)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40))
def test_damaged_workbooks(seed, flips):
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        good = write_xlsx(Path(tmp) / "good.xlsx", [HEADER, *people(5)], merge_titles=1)
        data = bytearray(good.read_bytes())
        for _ in range(flips):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        if rnd.random() < 0.3:
            data = data[: rnd.randrange(len(data))]
        path = Path(tmp) / "bad.xlsx"
        path.write_bytes(bytes(data))
        read_or_refuse(path)


def test_empty_sheets_everywhere(tmp_path):
    path = tmp_path / "empty.xlsx"
    wb = openpyxl.Workbook()
    wb.create_sheet("二")
    wb.save(path)
    assert read_or_refuse(path) is None
    assert read_or_refuse(path, sheet="二") is None
