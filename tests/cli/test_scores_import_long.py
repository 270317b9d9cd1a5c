"""judge-app scores import has no row cap a real event exceeds (issue 17): a roster's cap
(MAX_ROWS, shrunk here to 3) does not apply to a score file, which is still all or nothing."""

import pytest

from judge_app.io import tabular
from tests.cli.test_cli import run
from tests.cli.test_scores_import import _total

ROWS = "赛项,编号,裁判,评分项,分数\n" + "".join(f"焊工,HG0{i},J16,HG-T1,{90 + i}\n" for i in range(1, 5))


@pytest.fixture
def contest(tmp_path, monkeypatch):
    path = tmp_path / "c.judge"
    run("demo", path)
    monkeypatch.setattr(tabular, "MAX_ROWS", 3)
    return path


def test_a_score_file_longer_than_a_roster_may_be_imported(tmp_path, contest):
    csv_file = tmp_path / "s.csv"
    csv_file.write_text(ROWS, encoding="utf-8")
    assert "已导入 4 个分数" in run("scores", "import", contest, csv_file).output


def test_a_bad_row_after_the_cap_still_refuses_the_whole_file(tmp_path, contest):
    before = _total(contest, "HG01")
    csv_file = tmp_path / "s.csv"
    csv_file.write_text(ROWS + "焊工,ZZ99,J16,HG-T1,90\n", encoding="utf-8")
    result = run("scores", "import", contest, csv_file, ok=False)
    assert result.exit_code == 5 and "第 6 行 B 列（编号）" in result.output
    assert _total(contest, "HG01") == before  # its good rows were written, then rolled back


def test_a_roster_keeps_its_cap(tmp_path, contest):
    csv_file = tmp_path / "r.csv"
    csv_file.write_text(ROWS, encoding="utf-8")
    with pytest.raises(tabular.ImportRefused, match="超过 3 行"):
        tabular.read_table(csv_file)
