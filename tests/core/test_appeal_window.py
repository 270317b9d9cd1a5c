"""The appeal deadline: the event's end plus its appeal hours."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from judge_app.core.appeal_window import AppealWindow
from judge_app.core.errors import SchemeError
from judge_app.core.scheme import Contest
from judge_app.core.scheme_json import contest_from_dict, contest_to_dict
from judge_app.core.validate import validate_contest

from .builders import two_sections

END = datetime(2026, 12, 2, 6, 0, tzinfo=timezone.utc)  # 14:00 in Beijing


def test_default_two_hours_after_the_end() -> None:
    window = AppealWindow(END)
    assert window.deadline == END + timedelta(hours=2)
    assert not window.is_late(END + timedelta(hours=2))  # on the minute: still in time
    assert window.is_late(END + timedelta(hours=2, seconds=1))
    assert not window.is_late(END - timedelta(hours=1))  # before the end: about the procedure


def test_fractional_hours_and_no_recorded_end() -> None:
    assert AppealWindow(END, Decimal("0.5")).deadline == END + timedelta(minutes=30)
    never = AppealWindow(None)
    assert never.deadline is None and not never.is_late(END + timedelta(days=30))


def test_the_late_message_gives_end_limit_deadline_and_receipt_in_local_time() -> None:
    received = END + timedelta(hours=2, minutes=30)
    message = AppealWindow(END).late_message(received)
    local = received.astimezone().strftime("%H:%M")
    assert "时限 2 小时" in message and local in message
    assert END.astimezone().strftime("%Y-%m-%d %H:%M") in message


def test_appeal_hours_are_read_written_and_checked() -> None:
    data = contest_to_dict(Contest("t", (two_sections(),)))
    assert data["events"][0]["appeal_hours"] == "2"
    data["events"][0]["appeal_hours"] = "1.5"
    assert contest_from_dict(data).events[0].appeal_hours == Decimal("1.5")
    for wrong in ("0", "-1", "1000"):
        data["events"][0]["appeal_hours"] = wrong
        with pytest.raises(SchemeError, match="申诉时限"):
            contest_from_dict(data)
    del data["events"][0]["appeal_hours"]
    validate_contest(contest_from_dict(data))
    assert contest_from_dict(data).events[0].appeal_hours == Decimal(2)
