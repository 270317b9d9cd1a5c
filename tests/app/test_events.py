"""app.contest.add_event / set_groups on the open contest: an event added to a contest without a
scheme starts one named after the contest; the id defaults to the name; a name another event has
and a group given twice (as lookups compare names) are refused; each change audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.app import contest as ops_contest
from judge_app.core.errors import InvalidValue
from judge_app.core.scheme import EntryKind
from judge_app.store import ContestDB


def test_the_first_event_of_a_contest_without_a_scheme(tmp_path: Path) -> None:
    with ContestDB.create(tmp_path / "空.judge", actor="组委会", name="2026年县职工技能大赛") as db:
        added = ops_contest.add_event(db, "", " 钳工 ", groups=[" 职工组", "", "学生组 "], entry_kind=EntryKind.UNIT)
        assert (added.id, added.name, added.groups, added.entry_kind) == ("钳工", "钳工", ("职工组", "学生组"), EntryKind.UNIT)
        assert db.scheme_dict()["contest"] == {"name": "2026年县职工技能大赛"}
        with pytest.raises(InvalidValue, match="已有赛项"):
            ops_contest.add_event(db, "X", "钳 工")  # the same name as lookups compare it
        with pytest.raises(InvalidValue, match="赛项名称"):
            ops_contest.add_event(db, "Y", "  ")
        with pytest.raises(InvalidValue, match="组别“AB组”重复"):
            ops_contest.set_groups(db, "钳工", ["青年组", "ＡＢ组", "AB组"])  # full-width is the same name
        assert ops_contest.set_groups(db, "钳工", ["青年组"]).groups == ("青年组",)
        assert [e.reason for e in db.audit_log() if e.action == "scheme.set"] == ["添加赛项 钳工", "组别 钳工：青年组"]
