"""judge-app advance --enrol: the advancing entrants of a locked round become the final's entries."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from judge_app.core.entries import Entry
from judge_app.core.scheme_json import FORMAT
from judge_app.store import ContestDB

from ..core.test_rounds import one_section
from .test_rounds_cli import run

SCHEME = {"format": FORMAT, "contest": {"name": "t"},
          "events": [one_section("初赛", advance={"top": 2, "to": "决赛"}), one_section("决赛"), one_section("复赛")]}
# 90, 80, 80, 70 with top 2: P2 and P3 share 2nd place and both advance
HEATS = [("P1", "张三", "90"), ("P2", "李四", "80"), ("P3", "王五", "80"), ("P4", "赵六", "70")]


def heats(tmp_path: Path, *, lock: bool = True) -> Path:
    path = tmp_path / "c.judge"
    with ContestDB.create(path, actor="organiser") as db:
        db.set_scheme(SCHEME)
        db.import_entries([Entry(code, "初赛", name=name, unit="某厂", group="") for code, name, _ in HEATS], source="t")
        for code, _, value in HEATS:
            db.record_score("初赛", code, "c", "J1", Decimal(value))
        if lock:
            db.lock_section("初赛", "s")
    return path


def finalists(path: Path) -> list[Entry]:
    with ContestDB.open(path, actor="organiser") as db:
        return db.entries("决赛")


def test_enrol_adds_everyone_tied_at_the_cut_once(tmp_path):
    path = heats(tmp_path)
    out = run("advance", path, "--event", "初赛", "--enrol").output
    assert "并列第 2 名" in out and "已报名至 “决赛”：新增 3 名" in out
    assert sorted((e.name, e.code, e.unit) for e in finalists(path)) == [("张三", "", "某厂"), ("李四", "", "某厂"), ("王五", "", "某厂")]
    again = json.loads(run("advance", path, "--event", "初赛", "--enrol", "--format", "json").output)
    assert again["enrolled"] == {"to": "决赛", "added": 0, "updated": 0, "unchanged": 3}
    assert len(finalists(path)) == 3


def test_enrol_into_another_round_with_to(tmp_path):
    path = heats(tmp_path)
    data = json.loads(run("advance", path, "--event", "初赛", "--enrol", "--to", "复赛", "--format", "json").output)
    assert data["enrolled"]["to"] == "复赛" and data["enrolled"]["added"] == 3
    assert finalists(path) == []


def test_enrol_refused_while_the_round_is_open(tmp_path):
    path = heats(tmp_path, lock=False)
    refused = run("advance", path, "--event", "初赛", "--enrol", ok=False)
    assert refused.exit_code == 6 and "未锁定" in refused.output and "Traceback" not in refused.output
    assert finalists(path) == []
    assert "晋级 3 名" in run("advance", path, "--event", "初赛").output  # listing still works
