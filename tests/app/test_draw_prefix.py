"""The 工位号 of two events never collide by default (issue 16 item 19): without --prefix each
event draws with its own letter by its place in the scheme, the CLI and the app alike."""

from __future__ import annotations

from pathlib import Path

from judge_app.app import people as ops_people
from judge_app.core.entries import Entry
from judge_app.core.lotdraw import station_prefix
from judge_app.store import ContestDB
from tests.gui.organiser_fixtures import make_contest

SECRET = "erci-jiami-01"


def test_two_events_draw_distinct_station_codes(tmp_path: Path) -> None:
    path = make_contest(tmp_path / "c.judge.db", scores=False)
    with ContestDB.open(path, actor="S1") as db:
        db.import_entries([Entry(code=f"T{i}", event="茶艺师", name=f"茶{i}", unit="茶厂") for i in range(1, 4)],
                          source="test")
        codes = {}
        for event in ("电工", "茶艺师"):
            ops_people.draw_lots(db, event, 1)
            record = ops_people.draw_lots(db, event, 2, passphrase=SECRET)
            codes[event] = {line.station for line in record.lines}
    assert all(c.startswith("A") for c in codes["电工"])
    assert all(c.startswith("E") for c in codes["茶艺师"])  # 茶艺师 is the scheme's fifth event
    assert not codes["电工"] & codes["茶艺师"]


def test_letters_go_on_after_z() -> None:
    ids = [f"e{i}" for i in range(30)]
    assert [station_prefix(ids, ids[i]) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
