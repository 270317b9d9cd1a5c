"""The lot draw names what each entry is: a team's, project's or proposal's title under its own
header (团队名称, 项目名称, 建议名称) on `draw`, `draws` and the 抽签记录表, a person's name under 姓名."""

from __future__ import annotations

import subprocess

import pytest

from tests.cli.test_roster_round_trip import contest, run

#: event → (the header of its title column, the titles or names its roster gives)
EXPECTED = {
    "dg": ("姓名", {"王伟", "李娜"}),
    "wx": ("团队名称", {"智能巡检小车"}),
    "xyc": ("建议名称", {"变压器余热回收", "工单一次办结"}),
    "2026Q1": ("项目名称", {"变电站改造", "线路工程"}),
}


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    folder = tmp_path_factory.mktemp("draws")
    path, roster = contest(folder)
    run("import", "roster", roster, "--contest", path)
    outputs = {event: run("draw", path, "--event", event, "--stage", "1", "--seed", "7").output for event in EXPECTED}
    return path, folder, outputs


def _table_rows(output: str) -> tuple[list[str], list[list[str]]]:
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("序"))
    return lines[start].split(), [line.split() for line in lines[start + 1:] if line.strip()]


@pytest.mark.parametrize("event", list(EXPECTED))
def test_the_draw_and_its_record_show_the_title_under_the_kinds_header(drawn, event):
    path, _folder, outputs = drawn
    header, titles = EXPECTED[event]
    for output in (outputs[event], run("draws", path, "--event", event).output):
        head, rows = _table_rows(output)
        assert head == ["序", header, "单位", "检录号"]
        assert {row[1] for row in rows} == titles


def test_the_printed_draw_record_has_the_team_title(drawn):
    path, folder, _ = drawn
    out = folder / "pdf"
    run("export", path, "--kind", "draw", "--event", "wx", "--out", out)
    pdf = next(out.glob("*.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "团队名称" in text and "智能巡检小车" in text and "姓名" not in text
