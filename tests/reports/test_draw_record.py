"""抽签记录表: seeds, times and the code → 检录号 → name table of the draws in force."""

from __future__ import annotations

import pytest

from judge_app.core.entries import Entry
from judge_app.core.errors import StateError
from judge_app.demo import demo_scheme
from judge_app.app.contest_file import load_contest
from judge_app.reports.draw_record import build_draw_record, draws_in_force
from judge_app.store import ContestDB
from tests.reports.builders import compact, font_descriptors, page_texts

YAN, JI = "\u4dae", "\U00020bb7"
NAMES = ["王伟", f"李{YAN}", f"吉{JI}祥", "张敏", "刘洋"]


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    path = tmp_path_factory.mktemp("draw") / "draw.judge"
    with ContestDB.create(path, actor="秘书", name="抽签测试") as db:
        db.set_scheme(demo_scheme())
        db.import_entries([Entry(f"T{i}", "电工", "职工组", name, unit=f"单位{i}")
                           for i, name in enumerate(NAMES)], source="test")
        db.draw_lots("电工", 1, seed=11)  # superseded by the redraw below
        db.draw_lots("电工", 1, seed=12)
        bibs = {name: bib for name, bib in db._db.execute(  # noqa: SLF001 - cross-check
            "SELECT name, bib FROM entries WHERE event = '电工'").fetchall()}
        second = db.draw_lots("电工", 2, seed=34, passphrase="二次加密 secret 01")  # the secretary keeps the key
        contest = load_contest(db)
        draws = db.draws("电工")
    station = {line.bib: line.station for line in second.lines}
    stored = {name: station[bib] for name, bib in bibs.items()}
    return contest, draws, stored, bibs


def test_draws_in_force_are_the_latest_of_each_stage(drawn):
    _, draws, _, _ = drawn
    bib, station = draws_in_force(draws)
    assert (bib.seed, station.seed) == (12, 34)
    assert draws_in_force(draws[:1]) == (draws[0], None)
    assert draws_in_force([]) == (None, None)


def test_record_lists_seeds_and_every_code_with_its_name(tmp_path, drawn):
    contest, draws, stored, bibs = drawn
    path = tmp_path / "draw.pdf"
    outcome = build_draw_record(path, contest, [(contest.event("电工"), draws)])
    text = compact("".join(page_texts(path)))
    assert "抽签记录表（密）" in text and "赛项：电工" in text
    assert "种子12" in text and "种子34" in text and "种子11" not in text
    assert "此前另有1次抽签已被重抽取代" in text
    for i, (name, code) in enumerate(sorted(stored.items(), key=lambda kv: kv[1]), 1):
        shown = name.replace(JI, "[U+20BB7]")
        assert f"{i}{code}{bibs[name]}{shown}" in text  # 序号 工位号 检录号 姓名
    for label in ("抽签人签字：", "监督签字：", "记录人签字："):
        assert label in text
    [warning] = outcome.warnings
    assert warning.char == JI and warning.name == f"吉{JI}祥" and warning.code == bibs[warning.name]
    assert any("ZenHei" in name for name in font_descriptors(path))  # 䶮


def test_event_without_draw_is_refused(tmp_path, drawn):
    contest, _, _, _ = drawn
    with pytest.raises(StateError):
        build_draw_record(tmp_path / "none.pdf", contest, [(contest.event("焊工"), [])])
    assert not (tmp_path / "none.pdf").exists()
