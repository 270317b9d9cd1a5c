"""judge-app export and verify-sheet."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.core.entries import Entry
from judge_app.demo import build_demo, demo_scheme
from judge_app.store import ContestDB
from tests.cli.login_env import as_person
from tests.store.sample import register_organiser

JI = "\U00020bb7"


def run(*args, code=0):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def demo_file(tmp_path):
    return build_demo(tmp_path / "demo.judge")


def test_export_every_pdf_kind_of_one_event(tmp_path, demo_file):
    out = tmp_path / "out"
    for kind in ("results", "awards", "marksheet", "transcript", "medals", "histogram"):
        result = run("export", demo_file, "--format", "pdf", "--kind", kind, "--event", "焊工",
                     "--out", out)
        written = re.findall(r"written: (.+\.pdf)", result.output)
        assert written and all((out / p.split("/")[-1]).read_bytes()[:5] == b"%PDF-" for p in written)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["焊工-成绩汇总表.pdf", "焊工-获奖名单.pdf", "焊工-评分表-空白.pdf",
                            "焊工-评分表-已填.pdf", "焊工-成绩单.pdf", "单位奖牌榜.pdf",
                            "成绩分布图.pdf"])


def test_data_formats(tmp_path, demo_file):
    for fmt, suffix in (("xlsx", ".xlsx"), ("csv", ".csv"), ("json", ".json")):
        result = run("export", demo_file, "--format", fmt, "--out", tmp_path / fmt)
        assert all(p.suffix == suffix for p in (tmp_path / fmt).iterdir())
        assert "written" in result.output
    result = run("export", demo_file, "--format", "csv", "--kind", "draw", "--out", tmp_path, code=9)
    assert "pdf" in result.output


def test_verify_sheet_matches_until_the_data_changes(tmp_path, demo_file):
    result = run("export", demo_file, "--kind", "results", "--event", "电工", "--out", tmp_path)
    [fp] = re.findall(r"fingerprint ([0-9a-f]{12}): 电工 职工组", result.output)
    ok = run("verify-sheet", demo_file, fp.upper())
    assert "MATCH" in ok.output and "电工 职工组" in ok.output
    with ContestDB.open(demo_file, actor="裁判长") as db:
        db.record_score("电工", "DG01", "DG-T1", "J16", Decimal("55"))
    changed = run("verify-sheet", demo_file, fp, code=2)
    assert "NO MATCH" in changed.output
    assert run("verify-sheet", demo_file, "xyz", code=9).output.startswith("错误")


def test_missing_glyph_is_warned_naming_the_contestant(tmp_path):
    path = tmp_path / "rare.judge"
    with ContestDB.create(path, actor="秘书", name="生僻字") as db:
        db.set_scheme(demo_scheme())
        db.import_entries([Entry("DG01", "电工", "职工组", f"吉{JI}祥", unit="县机械厂"),
                           Entry("DG02", "电工", "职工组", "王伟", unit="县机械厂")], source="t")
    result = run("export", path, "--event", "电工", "--out", tmp_path / "out")
    warnings = [line for line in result.output.splitlines() if line.startswith("警告")]
    assert len(warnings) == 1
    assert f"吉{JI}祥" in warnings[0] and "DG01" in warnings[0] and "U+20BB7" in warnings[0]


def test_draw_record_only_for_key_holders_before_unsealing(tmp_path):
    demo_file = tmp_path / "draw.judge"
    with ContestDB.create(demo_file, actor="组委会", name="抽签") as db:
        db.set_scheme(demo_scheme())
        db.import_entries([Entry(f"DG0{i}", "电工", "职工组", name, unit="县机械厂")
                           for i, name in enumerate(["王伟", "李娜", "张强"], start=1)], source="t")
        register_organiser(db)
        db.add_judge("S1", "秘书甲", role="secretary", pin="mi-shu-2468")
        db.add_judge("J1", "裁判乙", role="judge", pin="1357")
        db.act_as("S1")
        db.draw_lots("电工", 1, seed=7)
    refused = CliRunner().invoke(main, ["export", str(demo_file), "--kind", "draw", "--out", str(tmp_path / "j")],
                                 env=as_person("J1", "1357"))
    assert refused.exit_code == 10, refused.output
    assert not (tmp_path / "j").exists() or not any((tmp_path / "j").iterdir())
    allowed = CliRunner().invoke(main, ["export", str(demo_file), "--kind", "draw", "--out", str(tmp_path / "s")],
                                 env=as_person("S1", "mi-shu-2468"))
    assert allowed.exit_code == 0, allowed.output
    assert [p.suffix for p in (tmp_path / "s").iterdir()] == [".pdf"]
