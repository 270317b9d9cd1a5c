"""Merging score packages from three simulated judge laptops into the organiser's contest file."""

from __future__ import annotations

import itertools
import json
from decimal import Decimal
from collections.abc import Iterable
from pathlib import Path

import pytest

from judge_app.core.engine import compute_event
from judge_app.core.errors import ImportRefused, NotFound, NotPermitted, StateError
from judge_app.core.package_format import PackageScore, ScorePackage, package_bytes, read_kit
from judge_app.core.scheme_json import contest_from_dict
from judge_app.io.export_json import event_detail
from judge_app.store import ContestDB, ReasonRequired

from .laptops import JUDGES, ORGANISER, World, build_world, new_organiser, people


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


def merged(world: World, folder: Path, packages: Iterable[bytes], name: str = "org.judge") -> str:
    """The merged dump of a fresh organiser copy after merging ``packages`` in order."""
    with ContestDB.open(world.organiser_copy(folder / name), actor=ORGANISER) as db:
        for data in packages:
            db.merge_package(data)
        return db.merged_dump()


def state(db: ContestDB) -> tuple[str, int, str | None]:
    """Everything a refused merge must leave alone: merged data, audit length and head."""
    return db.merged_dump(), len(db.audit_log()), db.meta("audit_head")


def test_every_order_and_repeats_give_the_same_database(world: World, tmp_path: Path) -> None:
    packages = [world.new[j] for j in JUDGES]
    dumps = {merged(world, tmp_path, order, f"o{i}.judge") for i, order in enumerate(itertools.permutations(packages))}
    a, b, c = packages
    dumps.add(merged(world, tmp_path, [b, a, b, c, a, c, c], "repeats.judge"))
    assert len(dumps) == 1
    # with the old packages in anywhere (before, between, after the new ones) the cells are the same
    with_old = {merged(world, tmp_path, order, f"w{i}.judge") for i, order in enumerate([
        [world.old["J2"], *packages, world.old["J1"], world.old["J3"]],
        [*packages, *world.old.values()],
        [*world.old.values(), c, b, a],
    ])}
    assert len(with_old) == 1
    assert json.loads(with_old.pop())["scores"] == json.loads(dumps.pop())["scores"]


def test_merged_cells_hold_the_final_values_and_revisions(world: World, tmp_path: Path) -> None:
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        for judge in ("J3", "J1", "J2"):
            result = db.merge_package(world.new[judge])
            assert result.changed == result.scores > 0 and not result.conflicts
        rows = db.scores()
    held = {(r.event, r.code, r.criterion, r.judge): (r.value, r.revision, r.actor) for r in rows}
    expected = {cell: (value, world.revisions[cell], cell[3]) for cell, value in world.final.items()}
    assert held == expected
    assert max(world.revisions.values()) == 3  # the clear-and-rescore came through as revision 3


def test_a_contest_scored_on_three_laptops_ranks_as_typed_on_one_machine(world: World, tmp_path: Path) -> None:
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        for judge in ("J2", "J3", "J1", "J2"):
            db.merge_package(world.new[judge])
        laptops = {ev.id: event_detail(ev, compute_event(ev, db.event_inputs(ev)), "draft", {})
                   for ev in contest_from_dict(db.scheme_dict()).events}
    with new_organiser(tmp_path / "one.judge") as db:
        db.record_scores([(*cell, value) for cell, value in world.final.items()])
        contest = contest_from_dict(db.scheme_dict())
        one = {ev.id: event_detail(ev, compute_event(ev, db.event_inputs(ev)), "draft", {}) for ev in contest.events}
    assert laptops == one
    ranks = [row["rank"] for group in one["电工"]["groups"] for row in group["rows"]]
    assert sorted(r for r in ranks if r is not None) == [1, 2, 3, 4, 5]  # a real, complete ranking


def test_an_old_package_replayed_after_a_newer_one_has_no_effect(world: World, tmp_path: Path) -> None:
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        db.merge_package(world.new["J2"])
        before = db.scores()
        result = db.merge_package(world.old["J2"])
        assert db.scores() == before
    assert (result.changed, result.stale, result.conflicts) == (0, 2, ())


def test_the_same_package_twice_is_marked_repeated_and_changes_no_score(world: World, tmp_path: Path) -> None:
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        first = db.merge_package(world.new["J1"])
        dump = db.merged_dump()
        again = db.merge_package(world.new["J1"])
        assert db.merged_dump() == dump
        merges = [e for e in db.audit_log() if e.action == "package.merge"]
    assert not first.repeated and again.repeated and again.changed == 0
    assert len(merges) == 2  # every merge is audited


def _refused(db: ContestDB, data: bytes, reason: str) -> None:
    before = state(db)
    with pytest.raises(ImportRefused, match=reason):
        db.merge_package(data)
    assert state(db) == before


def test_altered_foreign_and_misdirected_packages_are_refused_and_change_nothing(world: World, tmp_path: Path) -> None:
    good = world.new["J2"]
    j1_key = read_kit(world.kits["J1"]).key
    other_path = tmp_path / "other.judge"
    with new_organiser(other_path, "另一场比赛") as other:
        other_kit = other.make_kit("J2")
    with ContestDB.from_kit(other_kit, tmp_path / "other-laptop.judge") as laptop:
        laptop.record_score("电工", "C01", "P1", "J2", "10")
        foreign = laptop.export_package()[1]
    body = json.loads(good)["body"]
    scores = tuple(PackageScore(s["event"], s["code"], s["criterion"], s["judge"], None if s["value"] is None
                                else s["value"], s["revision"], s["updated_at"], s["actor"]) for s in body["scores"])
    as_j2 = ScorePackage("", body["contest_id"], body["contest_name"], "J2", body["source_id"], body["exported_at"],
                         scores, ())
    off_panel = ScorePackage("", body["contest_id"], body["contest_name"], "J1", "x", body["exported_at"],
                             (PackageScore("工匠", "G1", "R1", "J1", Decimal(50), 1, body["exported_at"], "J1"),), ())
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        db.merge_package(world.new["J1"])  # something merged already, so "unchanged" means something
        middle = good.index(b'"value":"') + len(b'"value":"')
        for position in (0, len(good) // 3, middle, len(good) - 20, len(good) - 1):
            changed = bytearray(good)
            changed[position] ^= 0x01
            _refused(db, bytes(changed), "成绩包")
        _refused(db, good.replace(b'"value":"', b'"value": "', 1), "改动")
        _refused(db, package_bytes(as_j2, j1_key), "签名不符")  # J2's scores signed with J1's key
        _refused(db, foreign, "另一场比赛")
        _refused(db, package_bytes(off_panel, j1_key), "不在模块")
        _refused(db, b"", "不完整")


def test_equal_revision_with_another_value_is_a_conflict_whatever_the_order(world: World, tmp_path: Path) -> None:
    with ContestDB.from_kit(world.kits["J3"], tmp_path / "second-laptop.judge") as laptop:
        cell = ("工匠", "G1", "R1", "J3")
        value = world.final[cell] + 1 if world.final[cell] < 100 else world.final[cell] - 1
        assert laptop.record_score(*cell, value) == world.revisions[cell] == 1
        second = laptop.export_package()[1]
    dumps, found = set(), []
    for i, order in enumerate(([world.new["J3"], second], [second, world.new["J3"]])):
        with ContestDB.open(world.organiser_copy(tmp_path / f"org{i}.judge"), actor=ORGANISER) as db:
            results = [db.merge_package(data) for data in order]
            dumps.add(db.merged_dump())
            found.append(db.conflicts())
            assert any(e.action == "score.conflict" for e in db.audit_log())
        assert [c.describe() for c in results[1].conflicts] == [c.describe() for c in found[-1]]
    assert len(dumps) == 1 and found[0] == found[1]
    (conflict,) = found[0]
    assert (conflict.event, conflict.code, conflict.criterion, conflict.judge) == cell
    assert set(conflict.values) == {world.final[cell], value}
    with ContestDB.open(tmp_path / "org0.judge", actor=ORGANISER) as db:  # the chief judge decides
        kept = db.scores("工匠")[0].value
        with pytest.raises(ReasonRequired):
            db.resolve_conflict(*cell, kept, reason=" ")
        assert db.resolve_conflict(*cell, kept, reason="裁判长核对原始评分表") == 2
        assert db.conflicts() == []
        with pytest.raises(NotFound):
            db.resolve_conflict(*cell, kept, reason="再次")


def test_a_package_for_a_locked_section_is_refused_until_unlocked(world: World, tmp_path: Path) -> None:
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        db.merge_package(world.old["J2"])
        db.lock_section("电工", "practical", reason="评完")
        _refused(db, world.new["J2"], "已锁定")
        assert db.merge_package(world.old["J2"]).changed == 0  # nothing new for the locked section: fine
        db.unlock_section("电工", "practical", reason="补交成绩包")
        assert db.merge_package(world.new["J2"]).changed == 2


def test_arrival_board_shows_who_sent_what_and_what_is_missing(world: World, tmp_path: Path) -> None:
    codes = tuple(e.code for e in people() if e.event == "电工")
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        empty = {(a.event, a.section, a.judge): a for a in db.arrivals()}
        db.merge_package(world.new["J1"])
        db.merge_package(world.old["J1"])
        board = {(a.event, a.section, a.judge): a for a in db.arrivals()}
    assert set(empty) == {("电工", "theory", "J1"), ("电工", "practical", "J1"), ("电工", "practical", "J2"),
                          ("电工", "practical", "J3"), ("工匠", "review", "J2"), ("工匠", "review", "J3")}
    assert all(not a.arrived and a.scores == 0 and a.missing == (codes if a.event == "电工" else ("G1", "G2"))
               for a in empty.values())
    practical = board[("电工", "practical", "J1")]
    assert (practical.packages, practical.scores, practical.expected, practical.missing) == (2, 15, 15, ())
    assert practical.last_exported == json.loads(world.new["J1"])["body"]["exported_at"]
    assert not board[("电工", "practical", "J2")].arrived and board[("电工", "practical", "J2")].missing == codes


def test_kit_carries_codes_and_key_but_no_names(world: World, tmp_path: Path) -> None:
    kit = read_kit(world.kits["J2"])
    assert kit.panels == (("电工", "practical"), ("工匠", "review"))
    assert kit.codes == {"电工": ("C01", "C02", "C03", "C04", "C05"), "工匠": ("G1", "G2")}
    text = world.kits["J2"].decode("utf-8")
    assert not [e.name for e in people() if e.name in text]
    assert not [e.id_number for e in people() if e.id_number and e.id_number in text]
    with ContestDB.open(world.laptops["J2"], actor="J2") as laptop:
        assert laptop.kit_judge() == "J2" and laptop.meta("mode") == "judge"
        assert all(e.name == "" for e in laptop.entries())
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        assert read_kit(db.make_kit("J2")).key == kit.key  # a second kit keeps the key
        assert not any(kit.key.hex() in str(e) for e in db.audit_log())
        with pytest.raises(NotFound):
            db.make_kit("J9")
        db.add_judge("J7", "裁判七")
        with pytest.raises(StateError, match="不在任何评分组"):
            db.make_kit("J7")
        with pytest.raises(StateError, match="评委包"):
            db.export_package()
    with ContestDB.open(tmp_path / "org.judge", actor="J1") as db:
        with pytest.raises(NotPermitted):
            db.make_kit("J1")  # a judge cannot make kits (they carry the keys)


def test_a_damaged_kit_is_refused_and_leaves_no_file(world: World, tmp_path: Path) -> None:
    damaged = world.kits["J1"].replace(b"C01", b"C0l", 1)
    with pytest.raises(ImportRefused):
        ContestDB.from_kit(damaged, tmp_path / "laptop.judge")
    assert not (tmp_path / "laptop.judge").exists()
