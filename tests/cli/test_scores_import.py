"""judge-app scores import: long CSV, all or nothing, errors located by row and column."""

from tests.cli.test_cli import ranked, run, score


def _contest(tmp_path):
    path = tmp_path / "c.judge"
    run("demo", path)
    return path


def _total(path, code):
    return ranked(run("rank", path, "--event", "焊工", "--format", "json").output)[code]


def test_scores_import_changes_the_ranking(tmp_path):
    path = _contest(tmp_path)
    before = _total(path, "HG01")
    csv_file = tmp_path / "s.csv"
    csv_file.write_text("赛项,编号,裁判,评分项,分数\n焊工,HG01,J16,HG-T1,100\n焊工,HG01,J17,理论考试,100\n", encoding="utf-8-sig")
    assert "已导入 2 个分数" in run("scores", "import", path, csv_file).output
    after = _total(path, "HG01")
    assert score(after, "theory") == "100.00" and after["total"] != before["total"]


def test_bad_rows_refuse_the_whole_file_with_locations(tmp_path):
    path = _contest(tmp_path)
    before = _total(path, "HG02")
    csv_file = tmp_path / "s.csv"
    csv_file.write_text(
        "赛项,编号,裁判,评分项,分数\n"
        "焊工,HG02,J16,HG-T1,99\n"  # fine, but must not be stored
        "焊工,HG02,J06,HG-P1,30.3\n"  # off step
        "焊工,ZZ99,J06,HG-P1,30\n"  # unknown code
        "焊工,HG02,J01,HG-P1,30\n",  # judge not on the panel
        encoding="gbk",
    )
    result = run("scores", "import", path, csv_file, ok=False)
    assert result.exit_code == 5
    for expected in ("第 3 行 E 列（分数）", "0.5 的整数倍", "第 4 行 B 列（编号）", "第 5 行 C 列（裁判）"):
        assert expected in result.output
    assert _total(path, "HG02") == before


def test_the_same_score_twice_in_a_file_is_refused(tmp_path):
    path = _contest(tmp_path)
    before = _total(path, "HG02")
    csv_file = tmp_path / "s.csv"
    csv_file.write_text("赛项,编号,裁判,评分项,分数\n焊工,HG02,J16,HG-T1,50\n焊工,HG02,J16,理论考试,51\n",
                        encoding="utf-8-sig")
    result = run("scores", "import", path, csv_file, ok=False)
    assert result.exit_code == 5 and "第 3 行" in result.output and "与第 2 行是同一选手、评分项和裁判" in result.output
    assert _total(path, "HG02") == before
