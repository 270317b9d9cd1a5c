"""The CLI of what the desk now also does in the app: ``backup --out``, ``audit list`` (names
masked before unseal), ``kit make`` for several judges, ``draw --numbers`` / ``draw-order`` (lots
drawn by hand), and the sealed second draw opened with ``--passphrase`` for ``draws`` and
``export --kind draw``."""

from __future__ import annotations

from pathlib import Path

from judge_app.core.entries import Status
from judge_app.store import ContestDB
from tests.cli.login_env import add_organiser, as_person
from tests.cli.test_people_cli import SECRET, _roster, contest, run  # noqa: F401
from tests.reports.builders import page_texts


def test_backup_into_a_chosen_folder(contest: Path, tmp_path: Path) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    out = run("backup", contest, "--out", stick).output
    [copy] = list(stick.iterdir())
    assert str(copy) in out


def test_audit_list_masks_names_for_the_supervisor_and_filters(contest: Path, tmp_path: Path) -> None:
    run("import", "roster", _roster(tmp_path), "--contest", contest)
    boss = add_organiser(contest)
    run("judges", "add", contest, "V1", "监督一", "--role", "supervisor", "--new-pin", "2468", env=boss)
    with ContestDB.open(contest, actor="O0") as db:
        db.draw_lots("电工", 1, seed=1)  # codes first
        code = db.entries("电工")[0].code
        db.set_status("电工", code, Status.ABSENT, reason="选手甲请假")
    seen = run("audit", "list", contest, "--action", "entry", env=as_person("V1", "2468")).output
    assert "entry.status" in seen and "选手甲" not in seen and "＊＊请假" in seen and "共 1 条" in seen
    assert "选手甲请假" in run("audit", "list", contest, "--person", "O0", env=boss).output
    run("audit", "list", contest, "--event", "电工", env=as_person("V1", "2468"))


def test_kits_for_several_judges(contest: Path, tmp_path: Path) -> None:
    boss = add_organiser(contest)
    for judge in ("J1", "J2"):
        run("judges", "add", contest, judge, f"裁判{judge}", "--new-pin", "1111", env=boss)
    run("panel", "assign", contest, "--event", "电工", "--section", "theory", "J1", "J2", env=boss)
    out = run("kit", "make", contest, "-j", "J1", "-j", "J2", "--out", tmp_path, env=boss).output
    assert (tmp_path / "J1.jkit").is_file() and (tmp_path / "J2.jkit").is_file() and out.count("kit written") == 2


def test_lots_drawn_by_hand_and_the_draw_record_with_the_passphrase(contest: Path, tmp_path: Path) -> None:
    run("import", "roster", _roster(tmp_path), "--contest", contest)
    order = run("draw-order", contest, "--event", "电工", "--stage", "1").output
    assert [line.split()[1] for line in order.splitlines()[1:]] == [f"选手{c}" for c in "甲乙丙丁戊己"]
    wrong = run("draw", contest, "--event", "电工", "--stage", "1", "--numbers", "1,2,2,4,5,6", code=9).output
    assert "第 3 行" in wrong and "重复" in wrong
    out = run("draw", contest, "--event", "电工", "--stage", "1", "--numbers", "6，5,4,3,2,1").output
    assert "现场抽签（无种子）" in out and "种子 / seed" not in out
    run("draw", contest, "--event", "电工", "--stage", "2", "--numbers", "1,2,3,4,5,6", "--passphrase", SECRET)
    sealed = run("draws", contest, "--event", "电工").output
    assert "A01" not in sealed
    opened = run("draws", contest, "--event", "电工", "--passphrase", SECRET).output
    assert "A06" in opened and opened.count("现场抽签") == 2
    refused = run("export", contest, "--kind", "draw", "--out", tmp_path / "out", code=10).output
    assert "口令" in refused
    run("export", contest, "--kind", "draw", "--out", tmp_path / "out", "--passphrase", SECRET)
    text = "".join(page_texts(tmp_path / "out" / "抽签记录表.pdf"))
    assert "A06" in text and "现场抽签" in text
