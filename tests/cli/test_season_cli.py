"""四比一创 through the CLI: one project list for the season, periods scored as the year goes,
一票否决 by ``veto add|list|remove``, ``scheme show`` and ``standings`` with titles and vetoes, and
the 年度成绩表 as PDF, xlsx, CSV and JSON."""

from __future__ import annotations

import csv
import sqlite3
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from judge_app.app import reports as ops_reports
from judge_app.app.seasons import season_data
from judge_app.cli.main import main
from judge_app.core.people import Role
from judge_app.store import ContestDB
from tests.store.sample import register_organiser
from tests.cli.season_sample import score_all, write_inputs
from tests.reports.builders import compact, page_texts


def run(*args, code=0):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def contest(tmp_path: Path) -> Path:
    scheme, roster = write_inputs(tmp_path)
    path = tmp_path / "sbyc.judge"
    run("new", path, "--name", "2026年县总工会四比一创")
    run("scheme", "import", path, scheme)
    out = run("import", "roster", roster, "--contest", path).output
    assert "新增 12" in out  # 4 projects × 3 periods, from one list
    score_all(path)
    return path


def test_one_project_list_enrols_every_period_under_the_same_code(contest: Path, tmp_path: Path) -> None:
    with ContestDB.open(contest, actor="组委会") as db:
        for period in ("Q1", "Q2", "Q3"):
            entries = db.entries(period)
            assert [(e.code, e.title, e.unit) for e in entries][:2] == [("P01", "变电站改造", "供电公司"),
                                                                       ("P02", "线路工程", "电建公司")]
            assert len(entries) == 4
    # the same list again (e.g. after a correction) changes nobody
    again = run("import", "roster", tmp_path / "projects.csv", "--contest", contest).output
    assert "未变 12" in again
    # a list without 赛项 column, for the season by --season: a fifth project joins each period
    extra = tmp_path / "extra.csv"
    extra.write_text("编号,项目名称,单位\nP05,桥梁加固,交通局\n", encoding="utf-8-sig")
    assert "新增 3" in run("import", "roster", extra, "--contest", contest, "--season", "Y26").output
    # a 赛季 column giving the season's id does the same
    late = tmp_path / "late.csv"
    late.write_text("赛季,编号,项目名称,单位\nY26,P06,管网改造,燃气公司\n", encoding="utf-8-sig")
    assert "新增 3" in run("import", "roster", late, "--contest", contest).output
    with ContestDB.open(contest, actor="组委会") as db:
        assert [e.event for e in db.entries() if e.code == "P05"] == ["Q1", "Q2", "Q3"]
        assert [(e.event, e.title) for e in db.entries() if e.code == "P06"] == [
            ("Q1", "管网改造"), ("Q2", "管网改造"), ("Q3", "管网改造")]


def test_scheme_show_lists_the_season(contest: Path) -> None:
    out = run("scheme", "show", contest).output
    assert "年度 2026年度四比一创（Y26）" in out
    assert "各期：第一季度（Q1）、第二季度（Q2）、第三季度（Q3）" in out
    assert "称号：工人先锋号（第 1–2 名）" in out and "一票否决：安全事故" in out


def test_veto_takes_titles_and_awards_away_and_nobody_moves_up(contest: Path) -> None:
    # season = Q1 + Q2 + Q3: P03 95+92+96 = 283, P01 90+88+91 = 269, P02 85+80+86 = 251, P04 70+75+72 = 217
    before = {r["code"]: r for r in json.loads(run("standings", contest, "--season", "Y26", "--format", "json").output)["rows"]}
    assert {c: (r["total"], r["rank"], r["award"], r["titles"]) for c, r in before.items()} == {
        "P03": ("283.00", 1, "一等奖", ["工人先锋号"]), "P01": ("269.00", 2, "二等奖", ["工人先锋号"]),
        "P02": ("251.00", 3, None, []), "P04": ("217.00", 4, None, [])}
    run("veto", "add", contest, "P03", "--season", "2026年度四比一创", "--period", "第二季度",
        "--kind", "安全事故", "--reason", "5月12日脚手架坠物伤人")
    after = {r["code"]: r for r in json.loads(run("standings", contest, "--season", "Y26", "--format", "json").output)["rows"]}
    # P03 keeps 283.00 and rank 1 but gets neither 一等奖 nor 工人先锋号; P01 stays 2nd with 二等奖
    assert {c: (r["total"], r["rank"], r["award"], r["titles"]) for c, r in after.items()} == {
        "P03": ("283.00", 1, None, []), "P01": ("269.00", 2, "二等奖", ["工人先锋号"]),
        "P02": ("251.00", 3, None, []), "P04": ("217.00", 4, None, [])}
    assert after["P03"]["veto"] == "一票否决：安全事故（第二季度：5月12日脚手架坠物伤人）"
    table = run("standings", contest, "--season", "Y26").output
    assert "称号" in table and "工人先锋号" in table and "一票否决：安全事故（第二季度" in table
    listed = run("veto", "list", contest, "--season", "Y26").output
    assert "P03" in listed and "第二季度" in listed and "5月12日脚手架坠物伤人" in listed
    with ContestDB.open(contest, actor="组委会") as db:
        (entry,) = [e for e in db.audit_log() if e.action == "veto.add"]
        assert (entry.target, entry.reason) == ("Y26/P03", "5月12日脚手架坠物伤人")
    run("veto", "remove", contest, "P03", "--season", "Y26", "--reason", "复议：事故不属实")
    restored = json.loads(run("standings", contest, "--season", "Y26", "--format", "json").output)["rows"]
    assert [(r["code"], r["award"]) for r in restored][:1] == [("P03", "一等奖")]


def test_veto_refusals(contest: Path) -> None:
    run("veto", "add", contest, "P03", "--season", "Y26", "--period", "Q2", "--kind", "迟到", "--reason", "x", code=9)
    run("veto", "add", contest, "P09", "--season", "Y26", "--period", "Q2", "--reason", "x", code=7)
    run("veto", "add", contest, "P03", "--season", "Y26", "--period", "Q2", "--reason", "  ", code=9)
    run("veto", "remove", contest, "P01", "--season", "Y26", "--reason", "x", code=7)


def test_season_sheet_in_every_format(contest: Path, tmp_path: Path) -> None:
    run("veto", "add", contest, "P03", "--season", "Y26", "--period", "Q2", "--reason", "脚手架坠物")
    out = tmp_path / "out"
    for fmt in ("pdf", "xlsx", "csv", "json"):
        run("export", contest, "--kind", "season", "--format", fmt, "--out", out)
    text = compact("".join(page_texts(out / "2026年度四比一创-年度成绩表.pdf")))
    assert "年度成绩表" in text and "草稿" in text and "年度：2026年度四比一创" in text
    fingerprint = run("export", contest, "--kind", "season", "--format", "pdf", "--out", out).output.split("fingerprint ")[1][:12]
    assert fingerprint in text
    assert "一致 / MATCH" in run("verify-sheet", contest, fingerprint).output
    run("veto", "remove", contest, "P03", "--season", "Y26", "--reason", "复议撤销")
    assert "不一致" in run("verify-sheet", contest, fingerprint, code=2).output
    run("veto", "add", contest, "P03", "--season", "Y26", "--period", "Q2", "--reason", "脚手架坠物")
    assert "1P03污水处理厂水务集团95.0092.0096.00283.00一票否决：安全事故（第二季度：脚手架坠物）" in text
    assert "2P01变电站改造供电公司90.0088.0091.00269.00二等奖工人先锋号" in text
    assert "年度成绩=各期合计，缺期计0分" in text and "P03一票否决：安全事故（第二季度：脚手架坠物）。" in text
    sheet = load_workbook(out / "2026年度四比一创-年度成绩表.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["名次", "编号", "项目名称", "单位", "成员", "第一季度", "第二季度", "第三季度", "年度成绩",
                       "奖项", "称号", "一票否决", "备注", "暂定"]
    assert rows[1][:12] == [1, "P03", "污水处理厂", "水务集团", None, 95, 92, 96, 283, None, None,
                            "一票否决：安全事故（第二季度：脚手架坠物）"]
    assert rows[2][:11] == [2, "P01", "变电站改造", "供电公司", None, 90, 88, 91, 269, "二等奖", "工人先锋号"]
    assert sheet.cell(2, 9).number_format == "0.00"
    with (out / "2026年度四比一创-年度成绩表.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[2][:12] == ["", "2", "P01", "变电站改造", "供电公司", "", "90.00", "88.00", "91.00", "269.00", "二等奖",
                             "工人先锋号"]
    data = json.loads((out / "2026年度四比一创-年度成绩表.json").read_text(encoding="utf-8"))
    first = data["groups"][0]["rows"][0]
    assert (first["编号"], first["年度成绩"], first["奖项"], first["一票否决"]) == (
        "P03", "283.00", "", "一票否决：安全事故（第二季度：脚手架坠物）")
    assert data["vetoes"][0]["reason"] == "脚手架坠物" and data["season"]["periods"] == ["Q1", "Q2", "Q3"]


def test_a_veto_deleted_behind_the_stores_back_is_reported(contest: Path) -> None:
    run("veto", "add", contest, "P03", "--season", "Y26", "--period", "Q2", "--reason", "脚手架坠物")
    run("veto", "add", contest, "P03", "--season", "Y26", "--period", "Q3", "--kind", "质量事故", "--reason", "返工")
    run("veto", "remove", contest, "P03", "--season", "Y26", "--reason", "复议撤销")  # the Q3 one goes
    assert "audit chain ok" in run("audit", "verify", contest).output
    with sqlite3.connect(contest) as conn:
        conn.execute("DELETE FROM vetoes")  # P03 would get its 一等奖 back unseen
    report = run("audit", "verify", contest, code=2)
    assert "一票否决 / veto Y26/P03" in report.output and "Q2/安全事故" in report.output


@pytest.mark.parametrize("person, sees", [("O0", True), ("C1", False)])
def test_the_season_sheet_hides_units_from_who_may_not_see_them_yet(contest: Path, tmp_path: Path,
                                                                   person: str, sees: bool) -> None:
    with ContestDB.open(contest, actor="组委会") as db:
        register_organiser(db)
        db.act_as("O0")
        db.add_judge("C1", "裁判长", role=Role.CHIEF, pin="chief-pass-1")
    with ContestDB.open(contest, actor=person) as db:
        data = season_data(db)  # what the print page reads on the store thread
    units = {"供电公司", "电建公司", "水务集团", "城建公司"}
    for fmt in ("pdf", "xlsx", "csv", "json"):
        (written,) = ops_reports.export(None, fmt, tmp_path / fmt, kind="season", data=data).files
        text = compact("".join(page_texts(written))) if fmt == "pdf" else (
            " ".join(str(c.value) for row in load_workbook(written).active.iter_rows() for c in row)
            if fmt == "xlsx" else written.read_text(encoding="utf-8-sig"))
        assert {u for u in units if u in text} == (units if sees else set()), fmt
        assert "变电站改造" in text  # a project's name is not sealed, its unit is


def test_a_project_joining_mid_year_enrols_in_the_open_periods_only(contest: Path, tmp_path: Path) -> None:
    with ContestDB.open(contest, actor="组委会") as db:
        db.lock_section("Q1", "q")  # the first quarter is over
    extra = tmp_path / "joining.csv"
    extra.write_text("赛项,编号,项目名称,单位\n2026年度四比一创,P05,桥梁加固,交通局\n", encoding="utf-8-sig")
    out = run("import", "roster", extra, "--contest", contest).output
    assert "新增 2" in out and "“第一季度”已锁定，年度名单不再报名到这一期" in out
    with ContestDB.open(contest, actor="组委会") as db:
        assert [e.event for e in db.entries() if e.code == "P05"] == ["Q2", "Q3"]
    # the same list again for the year: the locked quarter is left alone, nothing refused
    assert "未变 8" in run("import", "roster", tmp_path / "projects.csv", "--contest", contest).output


def test_the_season_lists_its_own_vetoes(tmp_path: Path) -> None:
    scheme, roster = write_inputs(tmp_path)
    data = json.loads(scheme.read_text(encoding="utf-8"))
    data["seasons"][0]["vetoes"] = ["重大安全事故", "信访事件"]
    scheme.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "listed.judge"
    run("new", path, "--name", "列出否决事项")
    run("scheme", "import", path, scheme)
    run("import", "roster", roster, "--contest", path)
    assert "一票否决：重大安全事故、信访事件（任一期发生" in run("scheme", "show", path).output
    refused = run("veto", "add", path, "P01", "--season", "Y26", "--period", "Q1", "--kind", "安全事故",
                  "--reason", "x", code=9)
    assert "应为：重大安全事故、信访事件" in refused.output
    run("veto", "add", path, "P01", "--season", "Y26", "--period", "Q1", "--reason", "坍塌")  # the first listed
    run("veto", "add", path, "P02", "--season", "Y26", "--period", "Q3", "--kind", "信访事件", "--reason", "集体上访")
    listed = run("veto", "list", path, "--season", "Y26").output
    assert "重大安全事故" in listed and "信访事件" in listed and "集体上访" in listed


def test_twelve_monthly_periods_fit_a_landscape_page(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from tests.cli.season_sample import _period

    months = [f"M{m:02d}" for m in range(1, 13)]
    scheme = {"format": "judge_app.scheme/1", "contest": {"name": "月度四比一创"},
              "events": [_period(m, f"{int(m[1:])}月") for m in months],
              "seasons": [{"id": "Y", "name": "年度", "combine": "mean", "periods": [{"event": m} for m in months]}]}
    (tmp_path / "s.json").write_text(json.dumps(scheme, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "r.csv").write_text("赛项,编号,项目名称,单位\nY,P01,第一标段高速公路改扩建工程,某某市政工程建设集团有限公司\n",
                                    encoding="utf-8-sig")
    path = tmp_path / "m.judge"
    run("new", path, "--name", "月度")
    run("scheme", "import", path, tmp_path / "s.json")
    run("import", "roster", tmp_path / "r.csv", "--contest", path)
    with ContestDB.open(path, actor="组委会") as db:
        for value, month in enumerate(months, 60):  # 60, 61 … 71
            db.record_score(month, "P01", "c", "J1", value)
    run("export", path, "--kind", "season", "--out", tmp_path / "out")
    pdf = tmp_path / "out" / "年度-年度成绩表.pdf"
    page = PdfReader(str(pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    right: list[float] = []  # where each piece of text starts, across the page
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: t.strip() and right.append(
        cm[0] * tm[4] + cm[2] * tm[5] + cm[4]))
    assert max(right) < float(page.mediabox.width) - 20  # nothing runs off the right edge
    text = compact("".join(page_texts(pdf)))
    # the mean of 60 … 71 is 65.5; every month's column is on the page, in order
    assert "60.0061.0062.0063.0064.0065.0066.0067.0068.0069.0070.0071.0065.50" in text
    assert "1月2月3月4月5月6月7月8月9月10月11月12月年度成绩" in text


def test_season_certificates_wait_for_every_period_to_be_unsealed(contest: Path, tmp_path: Path) -> None:
    out = tmp_path / "证书"
    refused = run("certificates", contest, "--season", "Y26", "--out", out, code=10).output
    assert "尚未解密" in refused and not list(out.glob("*.pdf"))
    assert "--event" in run("certificates", contest, "--out", out, code=9).output  # neither named
    assert "--season" in run("certificates", contest, "--event", "Q1", "--season", "Y26", "--out", out, code=9).output
