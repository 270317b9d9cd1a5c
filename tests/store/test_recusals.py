"""Recusal (回避) in the store: by unit and marked by hand, refused from every door, listed sealed."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.core.engine import compute_event
from judge_app.core.errors import ImportRefused, NotPermitted, ScoreError, StateError
from judge_app.core.package_format import read_kit
from judge_app.store import ContestDB

from .laptops import ORGANISER, panel_scheme
from .sample import people, register_organiser

UNITS = {"C01": "供电公司", "C02": "水务集团", "C03": "燃气公司", "C04": "水务集团", "C05": "公交公司"}


def _contest(path: Path) -> ContestDB:
    """电工 practical panel J1–J3 (trimmed), entries of four units; J2 is of 水务集团 (C02, C04)."""
    db = ContestDB.create(path, actor=ORGANISER, name="回避测试")
    db.set_scheme(panel_scheme())
    db.import_entries([dataclasses.replace(e, unit=UNITS.get(e.code, e.unit)) for e in people()], source="r.xlsx")
    register_organiser(db)
    db.add_judge("J1", "裁判一")
    db.add_judge("J2", "裁判二", unit="水务 集团")  # spaces do not count
    db.add_judge("J3", "裁判三")
    return db


def test_a_judge_of_the_entrys_unit_is_recused_and_refused(tmp_path: Path) -> None:
    with _contest(tmp_path / "c.judge") as db:
        assert db.recused("电工") == {"C02": frozenset({"J2"}), "C04": frozenset({"J2"})}
        with pytest.raises(ScoreError, match="裁判 J2 回避 C02"):
            db.record_score("电工", "C02", "P1", "J2", "50")
        with pytest.raises(ScoreError, match="回避 C04"):  # a score file: all or nothing
            db.record_scores([("电工", "C01", "P1", "J2", "50"), ("电工", "C04", "P1", "J2", "50")])
        assert not [s for s in db.scores("电工") if s.judge == "J2"]
        db.record_score("电工", "C02", "P1", "J1", "50")  # the others score it
        assert sorted(read_kit(db.make_kit("J2")).codes["电工"]) == ["C01", "C03", "C05"]
        assert "C02" in read_kit(db.make_kit("J1")).codes["电工"]
        db.add_judge("J2", "裁判二", unit="")  # the unit taken away: the recusal goes
        assert db.recused("电工") == {}
        actions = [(a.action, a.target, a.new) for a in db.audit_log() if a.action == "recusal.unit"]
        assert ("recusal.unit", "电工/C02/J2", "同单位") in actions and ("recusal.unit", "电工/C02/J2", None) in actions


def test_a_recused_judge_submits_without_the_entries_they_may_not_score(tmp_path: Path) -> None:
    with _contest(tmp_path / "c.judge") as db:
        owed = {(m.code, m.criterion) for m in db.missing_scores("电工", "practical", "J2")}
        assert {code for code, _ in owed} == {"C01", "C03", "C05"}
        db.record_scores([("电工", code, crit, "J2", value) for code in ("C01", "C03", "C05")
                          for crit, value in (("P1", "50"), ("P2", "20"), ("P3", "2"))])
        db.submit_section("电工", "practical", "J2")
        assert db.submission_state("电工", "practical", "J2") == "submitted"


def test_a_unit_given_after_scoring_is_refused(tmp_path: Path) -> None:
    with _contest(tmp_path / "c.judge") as db:
        db.record_score("电工", "C03", "P1", "J3", "50")
        with pytest.raises(StateError, match="裁判 J3 与 C03 同单位，但已为其评分"):
            db.add_judge("J3", "裁判三", unit="燃气公司")
        assert db.judge("J3").unit == ""


def test_a_related_judge_marked_by_hand(tmp_path: Path) -> None:
    with _contest(tmp_path / "c.judge") as db:
        db.add_recusal("J1", "C03", reason="师徒关系")
        assert db.recused("电工")["C03"] == {"J1"}
        with pytest.raises(ScoreError, match="裁判 J1 回避 C03"):
            db.record_score("电工", "C03", "P1", "J1", "40")
        entry = db.audit_log()[-1]
        assert (entry.action, entry.target, entry.reason) == ("recusal.add", "电工/C03/J1", "师徒关系")
        with pytest.raises(StateError, match="理由"):
            db.remove_recusal("J1", "C03", reason=" ")
        db.remove_recusal("J1", "C03", reason="登记错误")
        db.record_score("电工", "C03", "P1", "J1", "40")
        with pytest.raises(StateError, match="已为 C03 评分"):
            db.add_recusal("J1", "C03", reason="师徒关系")


def test_only_the_chief_judge_or_organiser_marks_a_recusal(tmp_path: Path) -> None:
    path = tmp_path / "c.judge"
    with _contest(path):
        pass
    with ContestDB.open(path, actor="J1") as db, pytest.raises(NotPermitted, match="登记裁判回避只能由裁判长或管理员"):
        db.add_recusal("J1", "C01", reason="x")


def test_a_judge_sees_codes_only_and_only_their_own(tmp_path: Path) -> None:
    path = tmp_path / "c.judge"
    with _contest(path) as db:
        db.add_recusal("J1", "C03", reason="师徒关系：王伟")
        seen = [(r.judge, r.code, r.kind, r.reason) for r in db.recusals()]
        assert seen == [("J1", "C03", "关联", "师徒关系：王伟"), ("J2", "C02", "同单位", ""), ("J2", "C04", "同单位", "")]
    with ContestDB.open(path, actor="J2") as db:
        assert [(r.judge, r.code, r.kind, r.reason) for r in db.recusals()] == [
            ("J2", "C02", "回避", ""), ("J2", "C04", "回避", "")]
    with ContestDB.open(path, actor=ORGANISER) as db:
        db.add_judge("C9", "裁判长", role="chief", pin="chief-pass-9")
    with ContestDB.open(path, actor="C9") as db:  # the desk takes back what it marked, learns no unit
        assert [(r.judge, r.code, r.kind, r.reason) for r in db.recusals()] == [
            ("J1", "C03", "关联", "师徒关系：王伟"), ("J2", "C02", "回避", ""), ("J2", "C04", "回避", "")]


def test_a_package_with_a_recused_value_is_refused(tmp_path: Path) -> None:
    organiser = tmp_path / "org.judge"
    with _contest(organiser) as db:
        kit = db.make_kit("J3")
    with ContestDB.from_kit(kit, tmp_path / "laptop.judge") as laptop:
        laptop.record_score("电工", "C05", "P1", "J3", "45")
        package = laptop.export_package()[1]
    with ContestDB.open(organiser, actor=ORGANISER) as db:
        db.add_recusal("J3", "C05", reason="亲属")
        with pytest.raises(ImportRefused) as refused:
            db.merge_package(package)
        assert any("裁判 J3 回避 C05" in p for p in refused.value.problems)
        assert not db.scores("电工")


def test_the_ranking_uses_the_remaining_judges(tmp_path: Path) -> None:
    # C02: J2 recused; J1 and J3 left of a trimmed panel of 3 → too few: no value, an error
    # C01: all three score P1 48, 50, 57 → trimmed 50
    with _contest(tmp_path / "c.judge") as db:
        db.record_scores([("电工", "C01", "P1", j, v) for j, v in (("J1", "48"), ("J2", "50"), ("J3", "57"))]
                         + [("电工", "C02", "P1", j, "50") for j in ("J1", "J3")])
        event = db._event("电工")
        result = compute_event(event, db.event_inputs(event))
        rows = {r.code: r for r in result.rows}
        assert rows["C01"].section("practical").criteria[0].value == Decimal(50)
        assert rows["C02"].section("practical").criteria[0].value is None
        assert any("回避后评分组只余 2 名裁判（J1、J3）" in i.message and i.code == "C02" for i in result.issues)


def test_unit_recusals_stay_through_the_second_draw_and_need_the_key_after_it(contest: ContestDB) -> None:
    """After the stage-2 draw the rows no longer hold units: the recusals worked out before follow
    the entries to their 工位号, and a unit given later needs the secretary's key."""
    register_organiser(contest)
    contest.add_judge("J1", "裁判一", unit="供电公司")  # every 电工 entry is of 供电公司
    contest.draw_lots("电工", 1, seed=11)
    record = contest.draw_lots("电工", 2, seed=22, passphrase="二次加密 secret 01")
    stations = sorted(line.station for line in record.lines)
    contest.close()
    with ContestDB.open(contest.path, actor="张三") as db:
        assert db.recused("电工") == {code: frozenset({"J1"}) for code in stations}
        with pytest.raises(StateError, match="已二次加密"):
            db.add_judge("J2", "裁判二", unit="供电公司")
        db.unlock_code_key("电工", "二次加密 secret 01")
        db.add_judge("J2", "裁判二", unit="供电公司")
        assert db.recused("电工") == {code: frozenset({"J1", "J2"}) for code in stations}


def test_only_who_may_score_the_event_is_recused(tmp_path: Path) -> None:
    with _contest(tmp_path / "c.judge") as db:
        db.add_judge("O0", db.actor, role="organiser", unit="水务集团")  # the organiser scores nothing
        db.add_judge("J9", "裁判九", unit="水务集团")  # on no 电工 panel
        assert db.recused("电工") == {"C02": frozenset({"J2"}), "C04": frozenset({"J2"})}
        assert {r.judge for r in db.recusals()} == {"J2", "J9"}
        db.add_judge("J2", "裁判二", role="supervisor")  # no longer a judge: the unit recuses nobody
        assert db.recused("电工") == {}
