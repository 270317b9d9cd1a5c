"""The judge-app command line, driven through click's runner and as a real process."""

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.resources import resource_path
from tests.data import DATA


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def ranked(output: str) -> dict[str, dict]:
    """The rows of ``rank --format json`` (the export's JSON of one event) by entry code, in sheet order."""
    (event,) = json.loads(output)["events"]
    return {row["code"]: row for group in event["groups"] for row in group["rows"]}


def score(row: dict, section: str) -> str | None:
    """A row's score in ``section`` (as the JSON writes it: an exact decimal string)."""
    return next(s["score"] for s in row["sections"] if s["section"] == section)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.judge"
    run("demo", path)
    return path


def test_check_case_reproduces_the_hand_worked_results():
    got = json.loads(run("check-case", DATA / "scoring_case.json").output)
    expected = json.loads((DATA / "scoring_expected.json").read_text(encoding="utf-8"))
    assert got == expected


def test_demo_ranking_matches_hand_computation(demo_file):
    rows = ranked(run("rank", demo_file, "--event", "电工", "--format", "json").output)
    # DG03: 理论 90 → 90×30/100 = 27; 实操 4.5+13.5+20+20+14+(10−2) = 80 → 80×70/100 = 56; total 83.00
    # DG11: 理论 76 → 22.8;       实操 5+14+20+20+17+(10−0)     = 86 → 60.2;            total 83.00
    assert (score(rows["DG03"], "theory"), score(rows["DG03"], "practical"), rows["DG03"]["total"]) == ("90.00", "80.00", "83.00")
    assert (score(rows["DG11"], "theory"), score(rows["DG11"], "practical"), rows["DG11"]["total"]) == ("76.00", "86.00", "83.00")
    # equal totals: the chain's first link (实际操作 higher) puts DG11 directly ahead of DG03
    assert rows["DG03"]["rank"] == rows["DG11"]["rank"] + 1
    assert "实际操作" in rows["DG03"]["tie_note"]
    # DG05 and DG14: identical scores and time → 25.5 + 56 = 81.50, one shared rank, next rank skipped
    assert rows["DG05"]["total"] == rows["DG14"]["total"] == "81.50"
    assert rows["DG05"]["rank"] == rows["DG14"]["rank"]
    ranks = sorted(r["rank"] for r in rows.values() if r["rank"] is not None)
    assert rows["DG05"]["rank"] + 1 not in ranks and rows["DG05"]["rank"] + 2 in ranks
    # the absent contestant is listed last, unranked, with the reason
    last = list(rows.values())[-1]
    assert (last["code"], last["rank"], last["total"], last["status"]) == ("DG07", None, None, "absent")


def test_demo_has_three_events_and_sixty_entries(demo_file):
    text = run("demo", demo_file.with_name("again.judge")).output
    assert "== 电工 ==" in text and "== 焊工 ==" in text and "== 茶艺师 ==" in text
    codes = set()
    for event in ("电工", "焊工", "茶艺师"):
        codes |= set(ranked(run("rank", demo_file, "--event", event, "--format", "json").output))
    assert len(codes) == 60


def test_rank_csv_has_header_and_exact_decimals(demo_file):
    lines = run("rank", demo_file, "--event", "焊工", "--group", "学生组", "--format", "csv").output.splitlines()
    assert lines[0].startswith("组别,名次,编号,姓名,单位,理论知识,实际操作,总分")
    assert len(lines) == 1 + 8
    assert all(line.split(",")[0] == "学生组" for line in lines[1:])


@pytest.mark.parametrize("form", ["csv", "json"])
def test_rank_prints_what_the_export_writes(demo_file, tmp_path, form):
    """One shape for one ranking: ``rank --format csv|json`` is the export's file of that event."""
    run("export", demo_file, "--format", form, "--event", "焊工", "--out", tmp_path)
    (written,) = tmp_path.iterdir()
    exported = written.read_text(encoding="utf-8-sig").replace("\r\n", "\n").strip()
    assert run("rank", demo_file, "--event", "焊工", "--format", form).output.strip() == exported


def test_unknown_event_is_one_clear_line_and_nonzero_exit(demo_file):
    result = run("rank", demo_file, "--event", "钳工", ok=False)
    assert result.exit_code == 7
    assert "钳工" in result.output and "电工" in result.output
    assert "Traceback" not in result.output


def test_audit_verify_detects_a_hand_edit(tmp_path):
    path = tmp_path / "c.judge"
    run("demo", path)
    assert "audit chain ok" in run("audit", "verify", path).output
    with sqlite3.connect(path) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE audit SET new = '99' WHERE seq = (SELECT MAX(seq) FROM audit)")
    conn.close()
    result = run("audit", "verify", path, ok=False)
    assert result.exit_code == 2 and "BROKEN" in result.output


def test_scheme_import_refuses_a_bad_scheme_and_stores_nothing(tmp_path):
    path = tmp_path / "c.judge"
    run("new", path, "--name", "测试")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "judge_app.scheme/1", "events": [{"id": "E", "sections": [
        {"id": "s", "max": 100, "weight": 90, "criteria": [{"id": "c", "max": 100, "step": 1}]}]}]}), encoding="utf-8")
    result = run("scheme", "import", path, bad, ok=False)
    assert result.exit_code == 3 and "权重之和应为 100" in result.output
    assert run("scheme", "show", path, ok=False).exit_code == 7


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "judge_app", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and "judge-app" in done.stdout


def test_scheme_show_prints_the_ranking_and_award_rules(demo_file):
    out = run("scheme", "show", demo_file).output
    demo = json.loads(resource_path("demo", "scheme.json").read_text(encoding="utf-8"))["events"][0]
    tiers = demo["awards"]["tiers"]
    assert f"奖项：{tiers[0]['name']} {tiers[0]['count']} 名" in out
    assert "并列处理：模块:practical、关键评分项、用时、加赛" in out and "申诉时限：比赛结束后 2 小时" in out
