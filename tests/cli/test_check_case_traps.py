"""``judge-app check-case`` on held-out variants of the worked case: a contestant disqualified
after being scored, a time written as a clock or negative, two different scores for one cell, a
file that is no JSON object. Each runs or is refused in one line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner, Result

from judge_app.cli.main import main

CASE = Path(__file__).parents[1] / "data" / "scoring_case.json"
EVENT = json.loads(CASE.read_text(encoding="utf-8"))["events"][0]
FIRST = EVENT["contestants"][0]["code"]  # scored on every criterion, time 5400 s


def check(tmp_path: Path, change: Callable[[dict[str, Any]], Any] | None = None, text: str | None = None) -> Result:
    data = json.loads(CASE.read_text(encoding="utf-8"))
    if change is not None:
        change(data["events"][0])
    path = tmp_path / "case.json"
    path.write_text(text if text is not None else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["check-case", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def _rows(result: Result) -> dict[str, dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return {row["code"]: row for row in json.loads(result.output)[EVENT["event"]]}


def test_a_contestant_disqualified_after_scoring_is_listed_last_unranked(tmp_path: Path) -> None:
    def disqualify(event: dict[str, Any]) -> None:
        event["contestants"][0]["status"] = "disqualified"
    honest = _rows(check(tmp_path))
    rows = _rows(check(tmp_path, disqualify))
    assert rows[FIRST]["status"] == "disqualified" and rows[FIRST]["rank"] is None and not rows[FIRST]["award"]
    ranked = sorted((r for r in honest.values() if r["rank"] is not None and r["code"] != FIRST), key=lambda r: r["rank"])
    assert rows[ranked[0]["code"]]["rank"] == 1


def test_a_time_may_be_a_clock_and_a_negative_one_is_refused(tmp_path: Path) -> None:
    def clock(event: dict[str, Any]) -> None:
        event["contestants"][0]["time_s"] = "1:30:00"
    assert EVENT["contestants"][0]["time_s"] == 5400
    assert _rows(check(tmp_path, clock)) == _rows(check(tmp_path))

    def negative(event: dict[str, Any]) -> None:
        event["contestants"][0]["time_s"] = -5
    refused = check(tmp_path, negative)
    assert refused.exit_code != 0 and f"{FIRST} 的用时" in refused.output and "“-5”" in refused.output


def test_two_different_scores_for_one_cell_are_refused_and_a_repeat_is_not(tmp_path: Path) -> None:
    def repeat(event: dict[str, Any]) -> None:
        event["scores"].append(dict(event["scores"][0]))
    assert _rows(check(tmp_path, repeat)) == _rows(check(tmp_path))

    def conflict(event: dict[str, Any]) -> None:
        event["scores"].append(dict(event["scores"][0], value=50))  # the first is not 50
    refused = check(tmp_path, conflict)
    assert refused.exit_code != 0 and f"两个不同的分数 ({EVENT['scores'][0]['value']}、50)" in refused.output


@pytest.mark.parametrize("text, said", [("[]", "应为一个 JSON 对象"), ('{"events": [{}]}', "缺少 'name'")])
def test_a_file_of_another_shape_is_one_clear_refusal(tmp_path: Path, text: str, said: str) -> None:
    refused = check(tmp_path, text=text)
    assert refused.exit_code != 0 and said in refused.output and "Error(" not in refused.output
