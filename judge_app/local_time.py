"""Stored time stamps (UTC, ISO 8601) as the people at the venue read them: this computer's
local time. Used by the GUI, the CLI and the printed sheets alike."""

from __future__ import annotations

from datetime import datetime


def local_time(stamp: str | None, *, seconds: bool = False) -> str:
    """A stored UTC time stamp as local time, to the minute (or second); "" for None, the text as
    is when it is not a time stamp."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
