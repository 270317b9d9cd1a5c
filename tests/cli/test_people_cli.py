"""judge-app import roster / roster / judges / panel / draw / unseal, through click's runner."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result

from judge_app.cli.main import main
from judge_app.core.lotdraw import draw_codes
from judge_app.app.contest_file import ACTOR_ENV
from tests.io.helpers import make_id
from tests.io.sample_rosters import errors_xlsx, gbk_csv, messy_xlsx
from tests.cli.login_env import add_organiser, as_person
from tests.store.sample import finish_recheck

SAMPLE_EVENTS = ("电工", "焊工", "车工", "中式烹调师", "茶艺师")
PIN = "86420135"
SECRET = "二次加密 secret 01"  # the secretary's passphrase of the second key


def run(*args: object, code: int = 0, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], env=env, input=input)
    assert result.exit_code == code, result.output
    return result


def _scheme(events: tuple[str, ...]) -> dict:
    def event(name: str) -> dict:
        return {"id": name, "name": name, "sections": [
            {"id": "theory", "name": "理论知识", "max": "100", "weight": "30", "rule": "mean",
             "criteria": [{"id": "T1", "name": "理论考试", "max": "100", "step": "0.5", "kind": "measurement"}]},
            {"id": "practical", "name": "实际操作", "max": "100", "weight": "70", "rule": "mean",
             "criteria": [{"id": "P1", "name": "实操", "max": "100", "step": "0.5", "kind": "judgement"}]}]}
    return {"format": "judge_app.scheme/1", "contest": {"name": "测试赛"}, "events": [event(e) for e in events]}


@pytest.fixture
def contest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(ACTOR_ENV, raising=False)
    path = tmp_path / "c.judge"
    scheme = tmp_path / "scheme.json"
    scheme.write_text(json.dumps(_scheme(SAMPLE_EVENTS), ensure_ascii=False), encoding="utf-8")
    run("new", path, "--name", "测试赛")
    run("scheme", "import", path, scheme)
    return path


def _roster(tmp_path: Path, count: int = 6) -> Path:
    path = tmp_path / "名单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年职工技能竞赛报名表"])
    ws.append(["序号", "选手姓名", "性别", "身份证号码", "工作单位", "参赛工种"])
    for i in range(count):
        ws.append([i + 1, f"选手{'甲乙丙丁戊己庚辛'[i]}", "男", make_id(i), f"单位{i % 2}", "电工"])
    wb.save(path)
    return path


# ---- roster ------------------------------------------------------------------------------------


def test_dry_run_json_works_without_a_contest(tmp_path: Path) -> None:
    result = run("import", "roster", messy_xlsx(tmp_path), "--dry-run", "--format", "json")
    report = json.loads(result.output)
    assert report["ok"] and report["dry_run"] and report["stored"] is None
    assert len(report["entries"]) == 40 and report["counts"]["skipped_blank"] == 2
    first = report["entries"][0]
    assert {"name", "id_number", "unit", "event", "row"} <= set(first) and first["row"] == 4
    assert all(" " not in e["name"] and "\u3000" not in e["name"] for e in report["entries"])
    skipped = [p for p in report["problems"] if p["row"] == 46]
    assert skipped and skipped[0]["file"] == "roster_messy.xlsx" and skipped[0]["sheet"]


def test_sample_with_errors_is_refused_with_located_errors_in_json(contest: Path) -> None:
    result = run("import", "roster", errors_xlsx(contest.parent), "--contest", contest, "--format", "json", code=5)
    report = json.loads(result.output)
    errors = [p for p in report["problems"] if p["level"] == "error"]
    assert sorted(p["row"] for p in errors) == [5, 7, 9, 11, 13]
    assert all(p["file"] == "roster_errors.xlsx" and p["sheet"] and p["message"] for p in errors)
    assert {p["row"]: p["column"] for p in errors}[5].startswith("D")
    assert report["stored"] is None
    assert "共 0 条" in run("roster", "show", contest).output


def test_gbk_sample_imports_once_and_shows(contest: Path) -> None:
    roster = gbk_csv(contest.parent)
    text = run("import", "roster", roster, "--contest", contest).output
    assert "新增 30" in text and "GB18030" in text
    again = run("import", "roster", roster, "--contest", contest).output
    assert "新增 0" in again and "未变 30" in again
    shown = run("roster", "show", contest).output
    assert "邱文博" in shown and "共 30 条" in shown


def test_messy_sample_imports_40(contest: Path) -> None:
    text = run("import", "roster", messy_xlsx(contest.parent), "--contest", contest).output
    assert "新增 40" in text and "空行 2 行" in text and "合计行 1 行" in text


def test_import_needs_a_contest_with_a_scheme_unless_dry_run(tmp_path: Path) -> None:
    result = run("import", "roster", _roster(tmp_path), code=9)
    assert "--contest" in result.output
    bare = tmp_path / "bare.judge"
    run("new", bare, "--name", "x")
    assert "评分标准" in run("import", "roster", _roster(tmp_path), "--contest", bare, code=6).output
    assert "结论：可以导入 6 条" in run("import", "roster", _roster(tmp_path), "--contest", bare, "--dry-run").output


def test_map_and_default_event(contest: Path, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["报名人", "证件", "所属"])
        writer.writerow(["王　伟 ", make_id(1), "供电公司"])
    refused = run("import", "roster", path, "--contest", contest, "--event", "焊工", code=5)
    assert "姓名" in refused.output
    ok = run("import", "roster", path, "--contest", contest, "--event", "焊工",
             "--map", "报名人=name", "--map", "证件=id_number", "--map", "所属=unit", "--format", "json")
    report = json.loads(ok.output)
    assert report["stored"]["added"] == 1
    assert [(e["name"], e["event"], e["unit"]) for e in report["entries"]] == [("王伟", "焊工", "供电公司")]
    bad = run("import", "roster", path, "--dry-run", "--map", "报名人", code=5)
    assert "列名=字段" in bad.output


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_imports_again_unchanged(contest: Path, tmp_path: Path, suffix: str) -> None:
    run("import", "roster", _roster(tmp_path), "--contest", contest)
    out = tmp_path / f"导出{suffix}"
    assert "已导出 6 条" in run("roster", "export", contest, out).output
    again = json.loads(run("import", "roster", out, "--contest", contest, "--format", "json").output)
    assert again["ok"] and again["stored"] == {"added": 0, "updated": 0, "unchanged": 6}
    ids = {e["id_number"] for e in again["entries"]}
    assert ids == {make_id(i) for i in range(6)}  # every digit kept


# ---- judges, panels, who acts ------------------------------------------------------------------


def test_judges_add_list_set_pin_and_panel(contest: Path) -> None:
    boss = add_organiser(contest)
    run("judges", "add", contest, "J1", "吴一", "--role", "裁判", env=boss)
    run("judges", "add", contest, "J2", "郑二", "--new-pin", "1234", env=boss)
    run("judges", "set-pin", contest, "J1", input=f"{PIN}\n{PIN}\n", env=boss)
    run("panel", "assign", contest, "--event", "电工", "--section", "实际操作", "J1", "J2", env=boss)
    listed = json.loads(run("judges", "list", contest, "--format", "json", env=boss).output)
    assert listed[:2] == [
        {"id": "J1", "name": "吴一", "role": "judge", "has_pin": True, "unit": "", "panels": [["电工", "实际操作"]]},
        {"id": "J2", "name": "郑二", "role": "judge", "has_pin": True, "unit": "", "panels": [["电工", "实际操作"]]},
    ]
    assert "电工/实际操作" in run("judges", "list", contest, env=boss).output
    assert PIN.encode() not in contest.read_bytes()
    refused = run("panel", "assign", contest, "--event", "电工", "--section", "theory", "J1", "--as", "J2",
                  "--pin", "1234", code=10)
    assert "裁判长或管理员" in refused.output


def test_judges_import_all_or_nothing(contest: Path, tmp_path: Path) -> None:
    path = tmp_path / "裁判.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号", "姓名", "角色", "PIN", "评分组"])
    ws.append(["J1", "吴一", "裁判", "1234", "电工/实际操作、焊工/theory"])
    ws.append(["J2", "郑二", "", "", "电工/实际操作"])
    ws.append(["S1", "周密", "加密裁判", "", ""])
    ws.append(["J3", "王三", "厨师", "12", "电工/无此模块"])
    wb.save(path)
    boss = add_organiser(contest)
    refused = run("judges", "import", contest, path, code=5, env=boss).output
    for expected in ("第 5 行 C（角色）", "第 5 行 D（PIN）", "第 5 行 E（评分组）", "无此模块"):
        assert expected in refused
    assert [j["id"] for j in json.loads(run("judges", "list", contest, "--format", "json", env=boss).output)] == ["O0"]
    ws.delete_rows(5)
    wb.save(path)
    assert "新增 3" in run("judges", "import", contest, path, env=boss).output
    listed = {j["id"]: j for j in json.loads(run("judges", "list", contest, "--format", "json", env=boss).output)}
    assert listed["J1"]["panels"] == [["电工", "实际操作"], ["焊工", "理论知识"]]
    assert listed["S1"]["role"] == "secretary" and not listed["S1"]["has_pin"]


def test_a_supervisor_put_on_a_panel_is_located_in_the_file(contest: Path, tmp_path: Path) -> None:
    path = tmp_path / "裁判.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号", "姓名", "角色", "PIN", "评分组"])
    ws.append(["J1", "吴一", "裁判", "1234", "电工/实际操作"])
    ws.append(["V1", "冯监", "监督", "", "电工/实际操作"])
    ws.append(["J3", "王三", "厨师", "", ""])
    wb.save(path)
    boss = add_organiser(contest)
    refused = run("judges", "import", contest, path, code=5, env=boss).output  # every problem in one report
    assert "第 3 行 E（评分组）" in refused and "监督不能进入评分组" in refused and "第 4 行 C（角色）" in refused
    assert [j["id"] for j in json.loads(run("judges", "list", contest, "--format", "json", env=boss).output)] == ["O0"]


# ---- draw and unseal ---------------------------------------------------------------------------


def test_draw_prints_seed_and_table_and_is_reproducible(contest: Path, tmp_path: Path) -> None:
    run("import", "roster", _roster(tmp_path), "--contest", contest)
    first = run("draw", contest, "--event", "电工", "--stage", "1", "--seed", "42").output
    assert "种子 / seed: 42" in first and "检录号" in first
    bibs = draw_codes(6, 42, width=3)
    for name, bib in zip([f"选手{c}" for c in "甲乙丙丁戊己"], bibs):
        assert any(name in line and line.rstrip().endswith(bib) for line in first.splitlines())
    assert run("draw", contest, "--event", "电工", "--stage", "1", "--seed", "42").output.split("\n")[3:] \
        == first.split("\n")[3:]
    second = run("draw", contest, "--event", "电工", "--stage", "2", "--passphrase", SECRET).output
    seed = int(next(line for line in second.splitlines() if line.startswith("种子")).split(":")[1])
    stations = draw_codes(6, seed, prefix="A", width=2)
    assert [line.split()[1] for line in second.splitlines()[4:10]] == stations
    assert "选手" not in second  # the second key carries no names
    assert "恢复码 / recovery code:" in second  # for the sealed envelope, shown this once
    records = run("draws", contest, "--event", "电工").output
    # the second draw is sealed with the secretary's passphrase: neither its seed nor its table
    assert records.count("种子 / seed: 42") == 2 and str(seed) not in records and "选手甲" in records
    assert "种子 / seed" not in records.split("第二次抽签")[1]


def test_roles_seal_names_and_guard_the_draw(contest: Path, tmp_path: Path) -> None:
    run("import", "roster", _roster(tmp_path), "--contest", contest)
    boss = add_organiser(contest)
    run("judges", "add", contest, "J1", "吴一", "--new-pin", "1111", env=boss)
    run("judges", "add", contest, "S1", "周密", "--role", "加密裁判", "--new-pin", "zhou-mi-2025", env=boss)
    refused = run("draw", contest, "--event", "电工", "--stage", "1", "--as", "J1", "--pin", "1111", code=10)
    assert "加密裁判或管理员" in refused.output
    run("draw", contest, "--event", "电工", "--stage", "1", env=as_person("周密", "zhou-mi-2025"))
    run("draw", contest, "--event", "电工", "--stage", "2", env=as_person("S1", "zhou-mi-2025"), code=10)
    run("draw", contest, "--event", "电工", "--stage", "2", "--passphrase", SECRET, env=as_person("S1", "zhou-mi-2025"))
    # after the second draw nobody is shown who is behind a 工位号 without the key: the secretary neither
    assert "选手甲" not in run("roster", "show", contest, "--as", "S1", "--pin", "zhou-mi-2025").output
    sealed = run("roster", "show", contest, "--event", "电工", env=as_person("J1", "1111")).output
    assert "选手" not in sealed and make_id(0) not in sealed and "共 6 条" in sealed
    assert "A01" in sealed and "00" not in sealed  # the 工位号 only, not the 检录号 behind it
    record = run("draws", contest, "--event", "电工", "--as", "J1", "--pin", "1111").output
    assert "种子" in record and "仅加密裁判和管理员可见" in record and "选手" not in record and "A01" not in record
    refused = run("unseal", contest, "--event", "电工", "--as", "S1", "--pin", "zhou-mi-2025", code=6)
    assert "理论知识" in refused.output and "锁定" in refused.output


def test_unseal_after_lock(contest: Path, tmp_path: Path) -> None:
    from judge_app.store import ContestDB

    run("import", "roster", _roster(tmp_path), "--contest", contest)
    with ContestDB.open(contest, actor="组委会") as db:
        for section in ("theory", "practical"):
            db.lock_section("电工", section)
    boss = add_organiser(contest)
    run("judges", "add", contest, "J1", "吴一", "--new-pin", "1111", env=boss)
    run("unseal", contest, "--event", "电工", "--as", "J1", "--pin", "1111", code=10)
    assert "复核" in run("unseal", contest, "--event", "电工", "--reason", "没有复核", env=boss, code=6).output
    with ContestDB.open(contest, actor="组委会") as db:
        finish_recheck(db, "电工")
    assert "已解密" in run("unseal", contest, "--event", "电工", "--reason", "复核完毕", env=boss).output
    assert "选手甲" in run("roster", "show", contest, "--as", "J1", "--pin", "1111").output


# ---- marking-scheme template ---------------------------------------------------------------------


def test_template_scheme_imports_once_its_example_is_changed(tmp_path: Path) -> None:
    """The template's example (the demo scheme) is refused as it is, even under another contest
    name (issue 16, polish); changed, it imports as written."""
    from judge_app.core.scheme_json import contest_from_dict
    from judge_app.resources import resource_path

    out = tmp_path / "评分标准.xlsx"
    assert "已生成模板" in run("template", "scheme", out).output
    path = tmp_path / "t.judge"
    run("new", path, "--name", "x")
    wb = openpyxl.load_workbook(out)
    wb["比赛"]["A2"] = "2027年县职工技能大赛"
    wb.save(out)
    refused = run("scheme", "import", path, out, code=5)
    assert "还是模板里的示例比赛" in refused.output and "/ the template's example is unchanged" in refused.output
    wb["赛项"]["B2"] = "维修电工"  # the organiser's own event name
    wb.save(out)
    assert "3 个赛项" in run("scheme", "import", path, out).output
    shown = json.loads(run("scheme", "show", path, "--format", "json").output)
    demo = json.loads(resource_path("demo", "scheme.json").read_text(encoding="utf-8"))
    demo["events"][0]["name"] = "维修电工"
    assert contest_from_dict(shown).events == contest_from_dict(demo).events


def test_a_wrong_template_is_refused_and_nothing_stored(contest: Path, tmp_path: Path) -> None:
    out = tmp_path / "评分标准.xlsx"
    run("template", "scheme", out)
    wb = openpyxl.load_workbook(out)
    wb["评分项"]["E2"] = "满分"
    wb.save(out)
    before = run("scheme", "show", contest, "--format", "json").output
    result = run("scheme", "import", contest, out, code=5)
    assert "评分标准.xlsx 工作表“评分项” 第 2 行 E（满分）列：应为数字" in result.output
    assert run("scheme", "show", contest, "--format", "json").output == before
    assert run("template", "scheme", tmp_path / "x.json", code=9).exit_code == 9
