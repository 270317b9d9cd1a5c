"""``judge-app kit make|open``, ``package export``, ``merge``, ``watch``, ``arrivals``."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from judge_app.cli.main import main
from judge_app.store import ContestDB
from tests.cli.login_env import AS_ORGANISER
from tests.store.laptops import ORGANISER, new_organiser


def run(*args: object, code: int = 0) -> Result:
    """A command as the organiser (on a judge laptop's file nobody is registered: no log-in)."""
    result = CliRunner().invoke(main, [str(a) for a in args], env=AS_ORGANISER)
    assert result.exit_code == code, result.output
    return result


def test_kit_to_laptop_to_package_to_merge_and_arrivals(tmp_path: Path) -> None:
    contest, usb = tmp_path / "org.judge", tmp_path / "usb"
    usb.mkdir()
    new_organiser(contest).close()
    run("kit", "make", contest, "--judge", "J2", "--out", usb)
    kit = usb / "J2.jkit"
    assert kit.is_file()
    laptop = tmp_path / "laptop.judge"
    assert "J2" in run("kit", "open", kit, laptop).output
    with ContestDB.open(laptop, actor="J2") as db:
        db.record_scores([("电工", "C01", "P1", "J2", "50.5"), ("工匠", "G2", "R1", "J2", "77")])
    exported = run("package", "export", laptop, "--out", usb).output
    (package,) = usb.glob("*.jpkg")
    assert str(package) in exported
    first = run("merge", contest, package, package).output
    assert first.count("已导入 / merged") == 2 and "更新 2" in first and "此包已导入过" in first

    board = run("arrivals", contest).output.splitlines()
    j2_practical = next(line for line in board if "practical" in line and "J2" in line)
    assert "1/15" in j2_practical and "C02、C03、C04、C05" in j2_practical
    assert "未到" in next(line for line in board if "practical" in line and "J3" in line)

    tampered = tmp_path / "tampered.jpkg"
    tampered.write_bytes(package.read_bytes().replace(b"50.5", b"59.5"))
    refused = run("merge", contest, tampered, code=5)
    assert "已拒绝" in refused.output and "签名不符" in refused.output
    with ContestDB.open(contest, actor=ORGANISER) as db:
        assert {(s.code, str(s.value)) for s in db.scores() if s.judge == "J2"} == {("C01", "50.5"), ("G2", "77")}


def test_watch_once_merges_the_packages_in_a_folder_and_logs_them(tmp_path: Path) -> None:
    contest, usb = tmp_path / "org.judge", tmp_path / "usb"
    usb.mkdir()
    new_organiser(contest).close()
    run("kit", "make", contest, "--judge", "J1", "--out", tmp_path / "J1.jkit")
    run("kit", "open", tmp_path / "J1.jkit", tmp_path / "laptop.judge")
    with ContestDB.open(tmp_path / "laptop.judge", actor="J1") as db:
        db.record_score("电工", "C03", "T1", "J1", "88")
    run("package", "export", tmp_path / "laptop.judge", "--out", usb)
    (usb / "junk.jpkg").write_bytes(b"not a package at all")
    output = run("watch", contest, usb, "--once", "--interval", "0.05").output
    assert output.count("已导入 / merged") == 1 and "未写完" in output
    log = Path(f"{contest}.watch.log").read_text(encoding="utf-8")
    assert len(log.splitlines()) == 2
    with ContestDB.open(contest, actor=ORGANISER) as db:
        assert [(s.code, s.judge, str(s.value)) for s in db.scores()] == [("C03", "J1", "88")]


def test_errors_are_one_line_with_an_exit_code(tmp_path: Path) -> None:
    contest = tmp_path / "org.judge"
    new_organiser(contest).close()
    result = run("kit", "make", contest, "--judge", "J9", "--out", tmp_path / "x.jkit", code=7)
    assert "J9" in result.output and "Traceback" not in result.output
    assert "评委包" in run("package", "export", contest, "--out", tmp_path, code=6).output
