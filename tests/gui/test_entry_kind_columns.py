"""A team event on the screens (issue 15 item 1): the roster page and the ranking show 团队名称, 成员 and
单位 (the 姓名 column of a team was empty, so the ranking showed no "who" columns at all), and the
lots page heads its table with 团队名称."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from judge_app.core.entries import Entry
from judge_app.core.people import Role
from judge_app.gui.pages.lots_page import LotsPage
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.roster_page import RosterPage
from judge_app.store import ContestDB
from tests.gui.conftest import open_as, shot, wait_idle
from tests.store.sample import ORGANISER_PASS, finish_recheck

TEAMS = (("T01", "智能巡检小车", ("赵强", "钱芳"), "供电公司", "88"),
         ("T02", "节水冲洗阀", ("吴刚",), "自来水公司", "91"))
SCHEME = {"format": "judge_app.scheme/1", "contest": {"name": "五小成果评选", "date": "2026-12-10"},
          "events": [{"id": "wx", "name": "五小成果", "entry_kind": "team", "sections": [
              {"id": "review", "name": "成果评审", "max": "100", "weight": "100", "rule": "mean",
               "criteria": [{"id": "C1", "name": "综合", "max": "100", "step": "1", "kind": "judgement"}]}]}]}


def team_contest(path: Path, *, unsealed: bool, scored: bool = True) -> Path:
    with ContestDB.create(path, actor="管理员", name="五小成果评选") as db:
        db.set_scheme(SCHEME)
        db.add_judge("O0", "管理员", role=Role.ORGANISER, pin=ORGANISER_PASS)
        db.import_entries([Entry(code=code, event="wx", title=title, members=members, unit=unit)
                           for code, title, members, unit, _ in TEAMS], source="test")
        if scored:
            db.record_scores([("wx", code, "C1", "J1", Decimal(value)) for code, *_, value in TEAMS])
        if unsealed:
            db.lock_section("wx", "review")
            finish_recheck(db, "wx")
            db.unseal_event("wx", reason="评审结束")
    return path


def _headers(view) -> list[str]:
    model = view.model()
    from judge_app.gui.qt import Qt

    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _column(view, header: str) -> list[str]:
    model, col = view.model(), _headers(view).index(header)
    return sorted(model.index(r, col).data() for r in range(model.rowCount()))


def test_the_roster_page_shows_what_a_team_is(window, qtbot, tmp_path):
    open_as(window, qtbot, team_contest(tmp_path / "teams.judge", unsealed=False), "O0", ORGANISER_PASS)
    roster = window.page(RosterPage)
    window.show_page(roster)
    qtbot.waitUntil(lambda: roster.table.rowCount() == 2)
    assert _headers(roster.table)[3:] == ["团队名称", "成员", "单位"]
    assert _column(roster.table, "团队名称") == ["智能巡检小车", "节水冲洗阀"]
    assert _column(roster.table, "成员") == ["吴刚", "赵强、钱芳"]
    shot(window, "roster_teams")


def test_the_ranking_names_each_team_with_its_members_after_unseal(window, qtbot, tmp_path):
    open_as(window, qtbot, team_contest(tmp_path / "teams.judge", unsealed=True), "O0", ORGANISER_PASS)
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.model.rowCount() == 2)
    wait_idle(window, qtbot)
    assert _headers(ranking.table)[2:5] == ["团队名称", "成员", "单位"]
    model = ranking.model
    first = [model.index(0, c).data() for c in range(5)]
    assert first == ["1", "T02", "节水冲洗阀", "吴刚", "自来水公司"]
    shot(window, "ranking_teams")


def test_the_lots_page_heads_the_title_column_by_the_kind(window, qtbot, tmp_path):
    path = team_contest(tmp_path / "teams.judge", unsealed=False, scored=False)
    with ContestDB.open(path, actor="O0") as db:
        db.draw_lots("wx", 1, seed=3)
    open_as(window, qtbot, path, "O0", ORGANISER_PASS)
    lots = window.page(LotsPage)
    window.show_page(lots)
    qtbot.waitUntil(lambda: lots.lines.rowCount() == 2)
    assert lots.lines.horizontalHeaderItem(2).text() == "团队名称"
    assert sorted(lots.lines.item(r, 2).text() for r in range(2)) == ["智能巡检小车", "节水冲洗阀"]
