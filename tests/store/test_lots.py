"""The two-stage lot draw (二次加密), the sealed view of entries and unsealing."""

from __future__ import annotations

import pytest

from judge_app.core.entries import Entry
from judge_app.core.errors import NotPermitted, StateError
from judge_app.core.lotdraw import draw_codes
from judge_app.core.people import Role
from judge_app.store import ContestDB

from .sample import finish_recheck, register_organiser

SEED = 987654321
SECRET = "二次加密 secret 01"  # the secretary's passphrase of the second key


def _codes(db: ContestDB, column: str) -> dict[str, str]:
    """name → bib / station / code of the 电工 entries."""
    return {name: value for name, value in db._db.execute(  # noqa: SLF001 - test looks at the table
        f"SELECT name, {column} FROM entries WHERE event = '电工'").fetchall()}


def test_stage_1_gives_unique_bibs_reproducible_from_the_seed(contest: ContestDB) -> None:
    record = contest.draw_lots("电工", 1, seed=SEED)
    assert (record.event, record.stage, record.seed, record.actor) == ("电工", 1, SEED, "张三")
    names_in_import_order = ["王伟", "李娜", "张敏", "刘洋", "陈静"]
    assert [line.name for line in record.lines] == names_in_import_order
    assert [line.bib for line in record.lines] == draw_codes(5, SEED, width=3)
    bibs = _codes(contest, "bib")
    assert sorted(bibs.values()) == ["001", "002", "003", "004", "005"]
    assert {line.name: line.bib for line in record.lines} == bibs
    assert _codes(contest, "code") == bibs  # judges now see the 检录号
    assert [e.code for e in contest.entries("工匠")] == ["G1", "G2"]  # other events untouched


def test_the_same_seed_draws_the_same_codes_again(contest: ContestDB) -> None:
    first = contest.draw_lots("电工", 1, seed=SEED)
    again = contest.draw_lots("电工", 1, seed=SEED)
    assert first.lines == again.lines
    other = contest.draw_lots("电工", 1, seed=SEED + 1)
    assert other.lines != first.lines


def test_a_fresh_seed_is_drawn_and_recorded(contest: ContestDB) -> None:
    record = contest.draw_lots("电工", 1)
    stored = contest.draws("电工")
    assert [(d.stage, d.seed, d.lines) for d in stored] == [(1, record.seed, record.lines)]


def test_stage_2_gives_stations_per_bib_without_names(contest: ContestDB) -> None:
    contest.draw_lots("电工", 1, seed=SEED)
    bibs = _codes(contest, "bib")
    record = contest.draw_lots("电工", 2, seed=SEED, passphrase=SECRET)
    assert [line.bib for line in record.lines] == sorted(bibs.values())  # input: 检录号 order
    assert all(line.name == "" and line.unit == "" for line in record.lines)
    assert [line.station for line in record.lines] == draw_codes(5, SEED, prefix="A", width=2)
    by_bib = {line.bib: line.station for line in record.lines}
    # the rows keep the 工位号 only; the secretary who drew sees who is behind each one
    rows = contest._db.execute(  # noqa: SLF001 - the table itself, in id order
        "SELECT name, id_number, bib, code, station FROM entries WHERE event = '电工' ORDER BY id").fetchall()
    assert rows == [("", "", "", s, s) for s in sorted(by_bib.values())]
    assert {e.name: e.code for e in contest.entries_for(event="电工")} == {n: by_bib[b] for n, b in bibs.items()}
    assert contest.lot_codes("电工") == {s: (b, s) for b, s in by_bib.items()}


def test_stage_2_needs_stage_1(contest: ContestDB) -> None:
    with pytest.raises(StateError, match="第一次抽签"):
        contest.draw_lots("电工", 2, seed=1, passphrase=SECRET)


def test_stage_2_refused_when_someone_joined_after_stage_1(contest: ContestDB) -> None:
    contest.draw_lots("电工", 1, seed=SEED)
    contest.import_entries([Entry(code="", event="电工", group="职工组", name="周杰", id_number="110101199003070016")],
                           source="late.xlsx")
    with pytest.raises(StateError, match="没有检录号"):
        contest.draw_lots("电工", 2, seed=SEED, passphrase=SECRET)


def test_redrawing_stage_1_clears_the_stations(contest: ContestDB) -> None:
    contest.draw_lots("电工", 1, seed=SEED)
    contest.draw_lots("电工", 2, seed=SEED, passphrase=SECRET)
    contest.draw_lots("电工", 1, seed=SEED + 7)
    assert set(_codes(contest, "station").values()) == {""}
    assert _codes(contest, "code") == _codes(contest, "bib")


def test_no_draw_once_any_score_exists(contest: ContestDB) -> None:
    contest.draw_lots("电工", 1, seed=SEED)
    some_code = contest.entries("电工")[0].code
    contest.record_score("电工", some_code, "T1", "J6", "80")
    before = _codes(contest, "code")
    for stage in (1, 2):
        with pytest.raises(StateError, match="已有分数"):
            contest.draw_lots("电工", stage, seed=SEED + 1)
    assert _codes(contest, "code") == before
    assert len(contest.draws("电工")) == 1


def test_a_cleared_score_still_blocks_a_redraw(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "T1", "J6", "80")
    contest.clear_score("电工", "C01", "T1", "J6", reason="录错")
    with pytest.raises(StateError):
        contest.draw_lots("电工", 1, seed=SEED)


@pytest.mark.parametrize("role", [Role.JUDGE, Role.CHIEF, Role.SCORER, Role.SUPERVISOR])
def test_only_key_holders_draw_and_unseal(contest: ContestDB, role: Role) -> None:
    register_organiser(contest)
    contest.add_judge("P1", "钱七", role=role)
    contest.act_as("P1")
    with pytest.raises(NotPermitted, match="加密裁判或管理员"):
        contest.draw_lots("电工", 1, seed=SEED)
    with pytest.raises(NotPermitted):
        contest.unseal_event("电工")
    assert contest.draws("电工") == []


@pytest.mark.parametrize("actor", ["S1", "周密", "周密(S1)", "周密（S1）"])
def test_a_registered_secretary_may_draw(contest: ContestDB, actor: str) -> None:
    register_organiser(contest)
    contest.add_judge("S1", "周密", role="加密裁判")
    contest.act_as(actor)
    assert contest.draw_lots("电工", 1, seed=SEED).actor == actor


def test_the_gui_label_of_a_judge_is_recognised(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "吴一", role="裁判")
    contest.act_as("吴一(J1)")
    with pytest.raises(NotPermitted):
        contest.draw_lots("电工", 1, seed=SEED)


def _lock_all(db: ContestDB) -> None:
    """Lock both sections and work through the recheck: what unsealing needs."""
    for section in ("theory", "practical"):
        db.lock_section("电工", section)
    finish_recheck(db, "电工")


def test_names_are_sealed_for_everyone_but_key_holders_until_unsealed(contest: ContestDB) -> None:
    contest.draw_lots("电工", 1, seed=SEED)
    for role in (Role.JUDGE, Role.CHIEF, Role.SCORER, Role.SUPERVISOR):
        seen = contest.entries_for(role, "电工")
        assert [e.name for e in seen] == [""] * 5
        assert all(e.id_number == e.unit == "" and e.code for e in seen)
    for role in (Role.SECRETARY, Role.ORGANISER):
        assert sorted(e.name for e in contest.entries_for(role, "电工")) == ["刘洋", "张敏", "李娜", "王伟", "陈静"]
    _lock_all(contest)
    contest.unseal_event("电工", reason="成绩已锁定")
    assert contest.is_unsealed("电工") and not contest.is_unsealed("工匠")
    assert all(e.name for e in contest.entries_for(Role.JUDGE, "电工"))
    assert [e.name for e in contest.entries_for(Role.JUDGE, "工匠")] == ["", ""]


def test_the_draw_record_shows_names_only_to_key_holders(contest: ContestDB) -> None:
    register_organiser(contest)
    contest.add_judge("J1", "吴一")
    contest.draw_lots("电工", 1, seed=SEED)
    contest.act_as("J1")
    assert contest.entries_for(event="电工")[0].name == ""  # default role: the actor's
    [record] = contest.draws("电工")
    assert (record.seed, record.stage, record.lines) == (None, 1, ())  # the seed rebuilds the key
    assert not contest.names_visible("电工")
    contest.act_as("张三")
    _lock_all(contest)
    contest.unseal_event("电工")
    contest.act_as("J1")
    [record] = contest.draws("电工")
    assert record.seed == SEED and all(line.name for line in record.lines)
    assert contest.names_visible("电工")


def test_unsealing_needs_every_section_locked(contest: ContestDB) -> None:
    contest.lock_section("电工", "theory")
    with pytest.raises(StateError, match="实际操作"):
        contest.unseal_event("电工")
    assert not contest.is_unsealed("电工")
    contest.lock_section("电工", "practical")
    with pytest.raises(StateError, match="尚未抽取复核名单"):
        contest.unseal_event("电工")
    finish_recheck(contest, "电工")
    contest.unseal_event("电工")
    with pytest.raises(StateError, match="已经解密"):
        contest.unseal_event("电工")


def test_draws_and_unseal_are_audited_without_names_or_seed(contest: ContestDB) -> None:
    contest.draw_lots("电工", 1, seed=SEED)
    contest.draw_lots("电工", 1, seed=SEED)
    contest.draw_lots("电工", 2, seed=SEED, passphrase=SECRET)
    _lock_all(contest)
    contest.unseal_event("电工", reason="复核完毕")
    log = [e for e in contest.audit_log() if e.action.startswith(("draw.", "event."))]
    assert [(e.action, e.target, e.actor) for e in log] == [
        ("draw.stage1", "电工", "张三"), ("draw.stage1", "电工", "张三"),
        ("draw.stage2", "电工", "张三"), ("event.unseal", "电工", "张三")]
    assert log[0].old is None and log[1].old and "重抽" in log[1].old
    assert log[3].reason == "复核完毕"
    text = " ".join(f"{e.old} {e.new} {e.reason}" for e in log)
    assert str(SEED) not in text and "王伟" not in text
    assert contest.verify_audit().ok
