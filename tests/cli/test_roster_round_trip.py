"""`roster export` writes what `import roster` reads back unchanged, for every kind of entry, and a
roster with its office's natural header (a proposal list: 建议人, 建议类别, 建议名称, 联名人) imports."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.core.scheme import EntryKind
from judge_app.store import ContestDB
from tests.cli.kinds_sample import write_csv, write_inputs

KINDS = {"dg": EntryKind.INDIVIDUAL, "wx": EntryKind.TEAM, "xyc": EntryKind.PROPOSAL,
         "jx": EntryKind.CANDIDATE, "2026Q1": EntryKind.PROJECT}


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def contest(folder, name="c.judge"):
    scheme, roster = write_inputs(folder)
    path = folder / name
    run("new", path, "--name", "测试")
    run("scheme", "import", path, scheme)
    return path, roster


def entries(path, event):
    with ContestDB.open(path, actor="组委会") as db:
        return db.entries(event)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    path, roster = contest(tmp_path_factory.mktemp("kinds"))
    run("import", "roster", roster, "--contest", path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("event", list(KINDS))
def test_an_exported_roster_imports_again_unchanged(imported, tmp_path, event, suffix):
    stored = entries(imported, event)
    assert stored and {e.kind for e in stored} == {KINDS[event]}
    out = tmp_path / f"名单{suffix}"
    run("roster", "export", imported, out, "--event", event)
    assert "未变 " + str(len(stored)) in run("import", "roster", out, "--contest", imported).output
    fresh, _ = contest(tmp_path, "fresh.judge")
    assert "新增 " + str(len(stored)) in run("import", "roster", out, "--contest", fresh).output
    assert entries(fresh, event) == stored


def test_what_each_kind_brings_is_stored(imported):
    (team,) = entries(imported, "wx")
    assert (team.name, team.title, team.members, team.unit) == ("", "智能巡检小车", ("赵强", "钱芳", "孙立"), "供电公司")
    first = entries(imported, "xyc")[0]
    assert (first.name, first.title, first.members, first.category, first.group) == (
        "周敏", "变压器余热回收", ("吴刚", "郑丽"), "节能降耗", "节能降耗")
    assert [e.category for e in entries(imported, "jx")] == ["电工", "焊工", "车工"]
    # one project list for each period: the same codes in two periods are not duplicates
    assert [e.code for e in entries(imported, "2026Q1")] == [e.code for e in entries(imported, "2026Q2")] == ["P01", "P02"]


def test_a_proposal_roster_with_its_natural_header_imports(tmp_path):
    path, _ = contest(tmp_path)
    file = write_csv(tmp_path / "献一策.csv", ("序号", "建议人", "建议类别", "建议名称", "联名人", "单位"), [
        ("1", "周敏", "节能降耗", "变压器余热回收", "吴刚、郑丽", "热电厂"),
        ("2", "冯涛", "工序优化", "工单一次办结", "", "客服中心"),
    ])
    result = run("import", "roster", file, "--contest", path, "--event", "献一策")
    assert "新增 2" in result.output
    got = [(e.name, e.group, e.category, e.title, e.members, e.kind) for e in entries(path, "xyc")]
    assert got == [("周敏", "节能降耗", "节能降耗", "变压器余热回收", ("吴刚", "郑丽"), EntryKind.PROPOSAL),
                   ("冯涛", "工序优化", "工序优化", "工单一次办结", (), EntryKind.PROPOSAL)]


def test_a_missing_group_column_is_named_once_with_the_header_it_probably_means(tmp_path):
    path, _ = contest(tmp_path)
    rows = [(str(i), f"建议人{'甲乙丙丁'[i]}", "节能降耗", f"建议{i}") for i in range(4)]
    file = write_csv(tmp_path / "献一策.csv", ("序号", "建议人", "申报类别", "建议名称"), rows)
    result = run("import", "roster", file, "--contest", path, "--event", "xyc", ok=False)
    assert result.exit_code != 0
    assert result.output.count("缺少组别") == 1
    assert "缺少组别：是否是“申报类别”？（可用 --map 申报类别=组别 指定）；赛项“献一策”分组别：工序优化、节能降耗" in result.output
    assert "新增 4" in run("import", "roster", file, "--contest", path, "--event", "xyc", "--map", "申报类别=组别").output
