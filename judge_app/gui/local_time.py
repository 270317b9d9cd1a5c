"""Stored time stamps (UTC, ISO 8601) as the people at the venue read them."""

from __future__ import annotations

from datetime import datetime


def local_time(stamp: str) -> str:
    """A stored UTC time stamp as this computer's local time, to the minute."""
    return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
