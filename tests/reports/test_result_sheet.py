"""成绩汇总表: content, order, marks, pages, watermark by stage, fonts, glyph warnings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pypdf import PdfReader

from judge_app.core.entries import Entry, EventInputs, Status
from judge_app.core.errors import NotFound
from judge_app.core.fingerprint import result_fingerprint
from judge_app.core.results import EntryResult, GroupResult, SectionResult
from judge_app.core.scheme import Criterion, CriterionKind, Section
from judge_app.reports.result_sheet import build_result_sheet
from tests.reports.builders import (
    compact,
    font_descriptors,
    make_contest,
    make_event,
    make_event_result,
    make_group,
    page_texts,
    render_png,
)

D = Decimal
YAN = "\u4dae"  # 䶮
JI = "\U00020bb7"  # 𠮷
UNRANKED = {7: Status.ABSENT, 9: Status.WITHDRAWN, 11: Status.DISQUALIFIED}


def expected_row(row: EntryResult) -> str:
    """The row as it must read on the sheet (cells concatenated), built independently."""
    if row.status is not Status.OK:
        return f"—{row.entry.code}{row.entry.name}{row.entry.unit}{row.status.label}"
    cells = [str(row.rank), row.entry.code, row.entry.name.replace(JI, "[U+20BB7]"), row.entry.unit]
    for section in row.sections:
        cells.append("—" if section.score is None else format(section.score, "f"))
    cells.append(format(row.total, "f") + ("*" if row.provisional else ""))
    cells.append(row.award or "")
    cells.append("、".join(row.titles))
    return "".join(cells)


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    event = make_event()
    contest = make_contest(event)
    workers = make_group(event, 45, names={2: f"李{YAN}", 5: f"吉{JI}祥"}, unranked=UNRANKED,
                         provisional=(4,))
    students = make_group(event, 12, "学生组", code_prefix="B")
    path = tmp_path_factory.mktemp("sheet") / "result.pdf"
    outcome = build_result_sheet(path, contest, event, make_event_result(event, [workers, students]),
                                 stage="draft")
    return outcome, page_texts(path), workers, students


def test_outcome_describes_the_file(sheet):
    outcome, texts, workers, students = sheet
    assert outcome.path.is_file()
    assert outcome.pages == len(texts) == len(PdfReader(str(outcome.path)).pages)
    assert dict(outcome.fingerprints) == {
        "职工组": result_fingerprint(workers),
        "学生组": result_fingerprint(students),
    }


def test_every_row_prints_its_exact_values_in_rank_order(sheet):
    _, texts, workers, students = sheet
    whole = compact("".join(texts))
    for group in (workers, students):
        positions = []
        for row in group.rows:
            found = whole.find(expected_row(row))
            assert found >= 0, expected_row(row)
            positions.append(found)
        ranked = [p for p, r in zip(positions, group.rows) if r.rank is not None]
        unranked = [p for p, r in zip(positions, group.rows) if r.rank is None]
        assert ranked == sorted(ranked)
        if group is workers:
            assert len(unranked) == 3 and min(unranked) > max(ranked)  # listed last


def test_header_on_every_page_and_page_x_of_y_per_group(sheet):
    _, texts, workers, _ = sheet
    pages = [compact(t) for t in texts]
    worker_pages = [p for p in pages if "组别：职工组" in p]
    student_pages = [p for p in pages if "组别：学生组" in p]
    assert len(worker_pages) >= 2 and len(student_pages) >= 1
    assert len(worker_pages) + len(student_pages) == len(pages)
    for group_pages in (worker_pages, student_pages):
        n = len(group_pages)
        for i, page in enumerate(group_pages, 1):
            assert f"第{i}页共{n}页" in page
    for page in pages:
        assert "2024年南京市职工职业技能大赛" in page and "成绩汇总表" in page
        assert "赛项：电工" in page and "日期：2024年5月20日" in page
        for head in ("名次", "编号", "姓名", "单位", "理论知识(30%)", "实际操作(70%)", "总分",
                     "奖项", "称号", "备注"):
            assert head in page
    fp = result_fingerprint(workers)
    assert all(f"校验码{fp}" in p for p in worker_pages)


def test_notes_rules_and_signatures_close_each_group(sheet):
    _, texts, _, _ = sheet
    pages = [compact(t) for t in texts]
    last_pages = [p for i, p in enumerate(pages) if i + 1 == len(pages) or "第1页" in pages[i + 1]]
    assert len(last_pages) == 2
    for page in last_pages:
        for label in ("裁判员签字：", "裁判长签字：", "监督签字："):
            assert page.count(label) == 1
        assert page.count("日期：") >= 4  # header date + one per signature
        assert "逐项去掉一个最高分和一个最低分后取平均" in page
        assert "保留2位小数，四舍五入" in page
        assert ("总分相同时依次比较：实际操作得分高者在前→关键评分项（工艺质量）依次比较，高者在前"
                "→用时短者在前→加赛成绩高者在前；仍相同者名次并列") in page
    workers_last = last_pages[0]
    assert "*成绩未完整，暂定排名" in workers_last
    assert "缺考、弃赛、取消资格者不参加排名" in workers_last
    assert "成绩未完整" not in last_pages[1]  # no provisional row among the students


def test_fonts_are_embedded_and_fallback_used_for_ext_a(sheet):
    outcome, texts, _, _ = sheet
    found = font_descriptors(outcome.path)
    assert found
    for name, descriptor in found.items():
        assert "/FontFile2" in descriptor, name  # embedded TrueType, no base-14 font
    names = " ".join(found)
    assert "WenQuanYiMicroHei" in names and "WenQuanYiZenHei" in names
    assert f"李{YAN}" in compact("".join(texts))


def test_fallback_font_only_when_needed(tmp_path, event, contest):
    path = tmp_path / "plain.pdf"
    build_result_sheet(path, contest, event, make_group(event, 5), stage="final")
    names = " ".join(font_descriptors(path))
    assert "WenQuanYiMicroHei" in names and "ZenHei" not in names


def test_character_no_font_has_is_marked_and_reported(sheet):
    outcome, texts, _, _ = sheet
    [warning] = outcome.warnings
    assert (warning.code, warning.name, warning.codepoint) == ("A006", f"吉{JI}祥", "U+20BB7")
    assert "A006" in str(warning) and f"吉{JI}祥" in str(warning) and "U+20BB7" in str(warning)
    whole = compact("".join(texts))
    assert "吉[U+20BB7]祥" in whole and JI not in whole


def test_unit_with_missing_character_names_the_entry_and_field(tmp_path, event, contest):
    group = make_group(event, 3)
    row = group.rows[0]
    odd = EntryResult(Entry(row.entry.code, "dg", "职工组", row.entry.name, unit=f"{JI}家机械厂"),
                      row.sections, row.total, rank=row.rank, award=row.award)
    group = GroupResult(group.event, group.group, (odd,) + group.rows[1:])
    outcome = build_result_sheet(tmp_path / "u.pdf", contest, event, group)
    [warning] = outcome.warnings
    assert warning.code == row.entry.code and "单位" in warning.where
    assert warning.codepoint == "U+20BB7"


def _watermark_sizes(path) -> dict[str, float]:
    """Largest font size each watermark word is drawn with, on every page (0 when absent)."""
    sizes: list[dict[str, float]] = []
    for page in PdfReader(str(path)).pages:
        seen = {"草稿": 0.0, "公示稿": 0.0}

        def visit(text, cm, tm, font, size, seen=seen):
            for word in seen:
                if word in text:
                    seen[word] = max(seen[word], size)

        page.extract_text(visitor_text=visit)
        sizes.append(seen)
    return {w: min(s[w] for s in sizes) for w in ("草稿", "公示稿")}


@pytest.mark.parametrize(
    "stage, draft, published",
    [("draft", True, False), ("published", False, True), ("final", False, False)],
)
def test_watermark_by_stage(tmp_path, event, contest, stage, draft, published):
    path = tmp_path / f"{stage}.pdf"
    outcome = build_result_sheet(path, contest, event, make_group(event, 60), stage=stage)
    assert outcome.pages >= 2
    sizes = _watermark_sizes(path)
    assert (sizes["草稿"] > 60) is draft  # drawn big on every page
    assert (sizes["公示稿"] > 60) is published
    whole = "".join(page_texts(path))
    if stage == "final":
        assert "草稿" not in whole and "公示稿" not in whole


def test_unknown_stage_is_refused(tmp_path, event, contest):
    with pytest.raises(ValueError, match="draft"):
        build_result_sheet(tmp_path / "x.pdf", contest, event, make_group(event, 2), stage="done")
    assert not (tmp_path / "x.pdf").exists()


def test_120_entries_span_pages_with_header_on_each(tmp_path, event, contest):
    group = make_group(event, 120)
    path = tmp_path / "big.pdf"
    outcome = build_result_sheet(path, contest, event, group)
    texts = [compact(t) for t in page_texts(path)]
    assert outcome.pages == len(texts) >= 4
    for i, page in enumerate(texts, 1):
        assert "编号" in page and "理论知识(30%)" in page and "总分" in page
        assert f"第{i}页共{len(texts)}页" in page
    whole = "".join(texts)
    for row in group.rows:
        assert whole.count(row.entry.code) == 1
        assert expected_row(row) in whole


def test_numbers_printed_exactly_as_stored(tmp_path, event, contest):
    entry = Entry("A001", "dg", "职工组", "王伟", unit="南京供电公司")
    row = EntryResult(entry, (SectionResult("theory", D("86.50")), SectionResult("practical", D("1E+2"))),
                      D("80.725"), rank=1)
    path = tmp_path / "exact.pdf"
    build_result_sheet(path, contest, event, GroupResult("dg", "职工组", (row,)))
    whole = compact("".join(page_texts(path)))
    assert "1A001王伟南京供电公司86.5010080.725" in whole  # no float rounding, no exponent


def test_orientation_follows_the_columns(tmp_path, contest):
    few = make_event()
    path = tmp_path / "few.pdf"
    plain = make_group(few, 8)
    plain = GroupResult(plain.event, plain.group,
                        tuple(EntryResult(r.entry, r.sections, r.total, rank=r.rank, award=r.award)
                              for r in plain.rows))
    outcome = build_result_sheet(path, contest, few, plain)
    box = PdfReader(str(path)).pages[0].mediabox
    assert not outcome.landscape and box.width < box.height

    crit = (Criterion("c", "c", D(100), D(1), CriterionKind.MEASUREMENT),)
    names = ["理论知识", "实际操作", "安全文明生产", "职业素养", "现场答辩", "公众投票"]
    many = make_event(tuple(Section(f"s{i}", n, D(100), D(20 if i < 5 else 0), criteria=crit)
                            for i, n in enumerate(names)))
    path = tmp_path / "many.pdf"
    outcome = build_result_sheet(path, make_contest(many), many, make_group(many, 8))
    box = PdfReader(str(path)).pages[0].mediabox
    assert outcome.landscape and box.width > box.height
    first = compact(page_texts(path)[0])
    for header in ("理论知识(20%)", "安全文明生产(20%)", "公众投票(参考)"):
        assert header in first


def test_selected_groups_only(tmp_path, event, contest):
    result = make_event_result(event, [make_group(event, 5), make_group(event, 4, "学生组", code_prefix="B")])
    path = tmp_path / "students.pdf"
    outcome = build_result_sheet(path, contest, event, result, groups=["学生组"])
    assert [g for g, _ in outcome.fingerprints] == ["学生组"]
    whole = compact("".join(page_texts(path)))
    assert "B001" in whole and "A001" not in whole
    with pytest.raises(NotFound):
        build_result_sheet(tmp_path / "x.pdf", contest, event, result, groups=["教师组"])


def test_sheet_from_the_engine_agrees_with_it(tmp_path, event, contest):
    engine = pytest.importorskip("judge_app.core.engine")
    inputs = EventInputs()
    marks = {"A1": ("86.5", ["50", "52", "51.5", "49", "55"], "2", ["18", "19", "17", "18.5", "20"]),
             "A2": ("90", ["45", "47", "46", "44.5", "48"], "0", ["16", "15", "17", "16", "15.5"]),
             "A3": ("70.5", ["55", "56", "54", "57", "53"], "5", ["19", "18", "19.5", "18", "19"])}
    for code, (theory, p1, p2, p3) in marks.items():
        inputs.entries.append(Entry(code, event.id, "职工组", f"选手{code}", unit="测试单位"))
        inputs.add_score(code, "t1", "J1", D(theory))
        for judge, a, c in zip(event.section("practical").judges, p1, p3):
            inputs.add_score(code, "p1", judge, D(a))
            inputs.add_score(code, "p3", judge, D(c))
            inputs.add_score(code, "p2", judge, D(p2))
    inputs.entries.append(Entry("A4", event.id, "职工组", "选手A4", status=Status.ABSENT))
    result = engine.compute_event(event, inputs)
    path = tmp_path / "engine.pdf"
    outcome = build_result_sheet(path, contest, event, result, groups=["职工组"])
    whole = compact("".join(page_texts(path)))
    group = result.group("职工组")
    assert outcome.fingerprints == (("职工组", result_fingerprint(group)),)
    scored = [row for row in group.rows if row.total is not None]
    assert len(scored) == 3
    for row in scored:
        assert f"{row.rank}{row.entry.code}{row.entry.name}测试单位" in whole
        assert format(row.total, "f") in whole
    assert "—A4选手A4缺考" in whole


def test_page_one_renders(tmp_path, sheet):
    outcome = sheet[0]
    png = render_png(outcome.path, tmp_path / "page1")
    if png is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    assert png.is_file() and png.stat().st_size > 20_000


def test_failed_build_keeps_the_previous_file(tmp_path, event, contest, monkeypatch):
    path = tmp_path / "sheet.pdf"
    build_result_sheet(path, contest, event, make_group(event, 3))
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("reportlab.platypus.doctemplate.BaseDocTemplate.build", broken)
    with pytest.raises(RuntimeError):
        build_result_sheet(path, contest, event, make_group(event, 4))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
