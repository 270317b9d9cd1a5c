"""ops_contest.create_contest: name/organiser/date kept, the scheme imported with them, an existing
file or a wrong scheme refused without touching anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge_app.core.errors import ImportRefused, InvalidValue, SchemeError, StateError
from judge_app.app.contest import create_contest, default_file_name
from judge_app.resources import resource_path
from judge_app.store import ContestDB


def test_contest_created_with_scheme_and_details(tmp_path: Path) -> None:
    path = create_contest(tmp_path / "市赛.judge", name=" 市职工技能大赛 ", organiser="市总工会",
                          date="2026-12-01", scheme_file=resource_path("demo", "scheme.json"), actor="管理员")
    with ContestDB.open(path, actor="管理员") as db:
        assert (db.meta("name"), db.meta("organiser"), db.meta("date")) == ("市职工技能大赛", "市总工会", "2026-12-01")
        contest = db.scheme_dict()["contest"]
        assert (contest["name"], contest["organiser"], contest["date"]) == ("市职工技能大赛", "市总工会", "2026-12-01")
        demo = json.loads(resource_path("demo", "scheme.json").read_text(encoding="utf-8"))
        assert [e["id"] for e in db.scheme_dict()["events"]] == [e["id"] for e in demo["events"]]


def test_without_scheme_the_file_has_none(tmp_path: Path) -> None:
    path = create_contest(tmp_path / "空.judge", name="空比赛", actor="管理员")
    with ContestDB.open(path, actor="管理员") as db:
        assert db.scheme_dict() is None
        assert db.meta("organiser") is None


def test_existing_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "已有.judge"
    path.write_bytes(b"keep me")
    with pytest.raises(StateError, match="已存在"):
        create_contest(path, name="新比赛", actor="管理员")
    assert path.read_bytes() == b"keep me"


def test_wrong_scheme_or_no_name_leaves_no_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "judge_app.scheme/1", "events": [{"id": "x"}]}', encoding="utf-8")
    with pytest.raises((SchemeError, ImportRefused)):
        create_contest(tmp_path / "a.judge", name="比赛", scheme_file=bad, actor="管理员")
    with pytest.raises(InvalidValue):
        create_contest(tmp_path / "b.judge", name="  ", actor="管理员")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_default_file_name_drops_characters_windows_refuses() -> None:
    assert default_file_name('2026/电工:决赛?') == "2026_电工_决赛_.judge"
    assert default_file_name("  ") == "新比赛.judge"
