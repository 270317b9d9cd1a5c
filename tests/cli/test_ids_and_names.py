"""Events whose ids differ from their names (2026Q1 is 2026年第一季度, jx is 县工匠评选): every command
finds them by either, and what they store is under the id."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.core.decimals import fmt
from tests.cli.kinds_sample import results, write_csv, write_inputs

KEYS = {"id": {"q1": "2026Q1", "q2": "2026Q2", "jx": "jx", "season": "sbyc", "section": "quality"},
        "name": {"q1": "2026年第一季度", "q2": "2026年第二季度", "jx": "县工匠评选", "season": "2026年度四比一创",
                 "section": "比质量"}}


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(params=list(KEYS))
def case(request, tmp_path):
    scheme, roster = write_inputs(tmp_path)
    path = tmp_path / "c.judge"
    run("new", path, "--name", "测试")
    run("scheme", "import", path, scheme)
    run("import", "roster", roster, "--contest", path)  # its 赛项 column mixes ids and names
    return path, KEYS[request.param], tmp_path


def ranked(path, event):
    """code → (rank, total, status) once ``rank --event`` found the event by ``event``."""
    shown = run("rank", path, "--event", event).output
    found = results(path, KEYS["id"]["q1"] if event in (KEYS["id"]["q1"], KEYS["name"]["q1"]) else KEYS["id"]["q2"])
    assert all(code in shown for code in found)
    return {code: (row.rank, fmt(row.total) if row.total is not None else None, row.status.value)
            for code, row in found.items()}


def test_the_roster_is_stored_under_the_ids(case):
    path, _, _ = case
    stored = sqlite3.connect(path).execute("SELECT DISTINCT event FROM entries ORDER BY event").fetchall()
    assert [e for (e,) in stored] == ["2026Q1", "2026Q2", "dg", "jx", "wx", "xyc"]


def test_every_command_takes_the_id_or_the_name(case):
    path, key, folder = case
    q1, q2 = key["q1"], key["q2"]
    shown = run("roster", "show", path, "--event", q1).output
    assert "P01" in shown and "P02" in shown and "共 2 条" in shown
    run("roster", "export", path, folder / "q1.csv", "--event", q1)
    assert "已导出 2 条" in run("roster", "export", path, folder / "q1.csv", "--event", q1).output
    run("scores", "import", path, write_csv(folder / "q1.csv", ("编号", "裁判", "评分项", "分数"),
                                              [("P01", "J1", "Q1", "90"), ("P02", "J1", "质量", "80")]), "--event", q1)
    run("scores", "import", path, write_csv(folder / "q2.csv", ("赛项", "编号", "裁判", "评分项", "分数"),
                                              [(q2, "P01", "J1", "Q1", "70"), (q2, "P02", "J1", "Q1", "85")]))
    assert ranked(path, q1) == {"P01": (1, "90.00", "ok"), "P02": (2, "80.00", "ok")}
    run("time", path, "--event", q1, "P01", "600")
    run("penalty", "add", path, "--event", q1, "P01", "--section", key["section"], "5", "--reason", "安全隐患")
    assert "P01   比质量  5     安全隐患" in run("penalty", "list", path, "--event", q1).output
    assert ranked(path, q1)["P01"] == (1, "85.00", "ok")
    standings = run("standings", path, "--season", key["season"], "--format", "json").output
    assert "155" in standings and "165" in standings  # P01 85 + 70, P02 80 + 85
    run("status", path, "--event", q2, "P02", "缺考", "--reason", "未到")
    assert ranked(path, q2)["P02"] == (None, None, "absent")
    run("votes", "set", path, "--event", key["jx"], "G01", "10")
    assert "G01   10" in run("votes", "list", path, "--event", key["jx"]).output
    run("lock", path, "--event", q1, "--section", key["section"])
    run("unlock", path, "--event", q1, "--section", key["section"], "--reason", "更正")
    assert "已导出" in run("export", path, "--format", "csv", "--event", q1, "--out", folder / "out").output
    run("draw", path, "--event", key["jx"], "--stage", "1", "--seed", "7")
    assert "7" in run("draws", path, "--event", key["jx"]).output
    stored = sqlite3.connect(path).execute("SELECT DISTINCT target FROM audit WHERE action IN"
                                           " ('score.record', 'penalty.add', 'votes.set', 'entry.status', 'entry.time',"
                                           " 'section.lock')").fetchall()
    assert {t.split("/")[0] for (t,) in stored} == {"2026Q1", "2026Q2", "jx"}
