"""用时 as typed: seconds or a clock (分:秒, 时:分:秒), strictly; and back to the clock."""

from __future__ import annotations

import pytest

from judge_app.core.decimals import clock_text, duration_seconds
from judge_app.core.errors import ScoreError


@pytest.mark.parametrize(("text", "seconds"), [
    ("754", 754), (" 0 ", 0), ("１２：３４", 754), ("12:34", 754), ("0:05", 5), ("125:00", 7500),
    ("1:02:03", 3723), ("10:00:00", 36000),
])
def test_seconds_and_clocks_are_read(text: str, seconds: int) -> None:
    assert duration_seconds(text) == seconds


@pytest.mark.parametrize("text", ["", "12:5", "12:60", "1:60:00", "1:2:03", "12.5", "-3", "12:34:", ":34",
                                  "12分34秒", "1:02:03:04", "abc", "١٢:٣٤", "१:०२:०३", "1" * 5000 + ":00",
                                  "1" * 5000 + ":00:00"])
def test_anything_else_is_refused_naming_it(text: str) -> None:
    with pytest.raises(ScoreError, match="分:秒"):
        duration_seconds(text)


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (754, "12:34"), (3599, "59:59"), (3723, "1:02:03")])
def test_clock_text_is_read_back(seconds: int, text: str) -> None:
    assert clock_text(seconds) == text and duration_seconds(text) == seconds
