"""荣誉证书 and 表彰名单: one page per honour, the template's positions, 套打, units, rare characters,
refused before unseal; the 表彰名单 as PDF and .docx."""

from __future__ import annotations

import dataclasses

import pytest

from judge_app.core.commendation import commendation
from judge_app.core.errors import InvalidValue, NotPermitted
from judge_app.core.scheme import EntryKind
from judge_app.io.commendation_docx import write_commendation_docx
from judge_app.reports.certificate import CertificateTemplate, build_certificates, parse_template, winners
from judge_app.reports.commendation import build_commendation
from tests.reports.builders import compact, make_contest, make_event, make_event_result, make_group, page_texts
from tests.reports.test_entry_kinds_on_paper import kind_result


@pytest.fixture
def decided():
    event = make_event()
    return event, make_event_result(event, [make_group(event, 8, names={0: "李䶮"})])


def test_one_page_per_award_and_title(tmp_path, decided):
    event, result = decided
    expected = sum(bool(r.award) + len(r.titles) for g in result.groups for r in g.rows)
    outcome = build_certificates(tmp_path / "c.pdf", make_contest(event), event, result)
    pages = page_texts(outcome.path)
    assert outcome.pages == len(pages) == expected == len(winners(result))
    first = compact(pages[0])
    assert "荣誉证书" in first and "一等奖" in first and "电工" in first and "南京市总工会" in first


def test_a_character_no_font_has_is_a_glyph_warning(tmp_path, decided):
    event, result = decided
    top = result.groups[0].rows[0]
    rare = dataclasses.replace(top, entry=dataclasses.replace(top.entry, name="王\U00030000"))
    result = make_event_result(event, [dataclasses.replace(result.groups[0], rows=(rare, *result.groups[0].rows[1:]))])
    outcome = build_certificates(tmp_path / "c.pdf", make_contest(event), event, result)
    assert outcome.warnings and all("证书姓名" in w.where and w.code == top.entry.code for w in outcome.warnings)
    assert "[U+30000]" in compact(page_texts(outcome.path)[0])


def test_preprinted_paper_gets_only_the_texts_at_the_template_positions(tmp_path, decided):
    from pypdf import PdfReader

    event, result = decided
    template = CertificateTemplate().moved("name", x=40.0, y=50.0, align="left")
    out = build_certificates(tmp_path / "c.pdf", make_contest(event), event, result, template=template,
                             preprinted=True)
    page = PdfReader(str(out.path)).pages[0]
    found = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: found.append((text, tm[4], tm[5])) if text.strip() else None)
    assert "荣誉证书" not in compact(page.extract_text())
    name = winners(result)[0].row.entry.name
    name_x, name_y = next((x, y) for text, x, y in found if text.strip() and text.strip() in name)
    assert name_x == pytest.approx(40 * 72 / 25.4, abs=1)
    assert name_y == pytest.approx((210 - 50) * 72 / 25.4, abs=1)


def test_a_team_certificate_names_the_team_and_its_members(tmp_path):
    event, result = kind_result(EntryKind.TEAM)
    out = build_certificates(tmp_path / "c.pdf", make_contest(event), event, result)
    assert "电力抢修突击队（王伟、李娜、赵强）" in compact(page_texts(out.path)[0])


def test_refused_before_unseal_or_without_winners(tmp_path, decided):
    event, result = decided
    with pytest.raises(NotPermitted, match="解密"):
        build_certificates(tmp_path / "c.pdf", make_contest(event), event, result, sealed=True)
    nobody = make_event_result(event, [dataclasses.replace(
        result.groups[0], rows=tuple(dataclasses.replace(r, award=None, titles=()) for r in result.groups[0].rows))])
    with pytest.raises(InvalidValue, match="没有获奖者"):
        build_certificates(tmp_path / "c.pdf", make_contest(event), event, nobody)
    assert not (tmp_path / "c.pdf").exists()


def test_template_round_trip_and_bad_templates():
    template = CertificateTemplate().moved("date", x=200.0, size=12.0)
    assert parse_template(template.to_json()) == template
    assert parse_template("") == CertificateTemplate()
    for bad in ("[1]", "{x", '{"photo": {"x": 1}}', '{"name": {"x": "左"}}', '{"name": {"x": 400}}',
                '{"name": {"align": "middle"}}'):
        with pytest.raises(InvalidValue):
            parse_template(bad)


def test_commendation_lists_each_award_with_units(tmp_path, decided):
    event, result = decided
    honours = commendation([(event, result)])
    assert [h.honour for h in honours] == ["一等奖", "二等奖", "三等奖", "技术能手"]
    first = result.groups[0].rows[0].entry
    assert honours[0].names == ((first.name, first.unit),)
    text = compact("".join(page_texts(build_commendation(tmp_path / "b.pdf", make_contest(event), honours).path)))
    assert "表彰名单" in text and compact(honours[0].heading) in text and compact(first.unit) in text


def test_commendation_docx_holds_headings_names_and_units(tmp_path, decided):
    from docx import Document

    event, result = decided
    honours = commendation([(event, result)])
    doc = Document(str(write_commendation_docx(tmp_path / "b.docx", "2024年大赛", honours)))
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[:2] == ["2024年大赛", "表彰名单"] and honours[1].heading in paragraphs
    cells = [[c.text for c in row.cells] for table in doc.tables for row in table.rows]
    assert cells == [list(n) for h in honours for n in h.names]
