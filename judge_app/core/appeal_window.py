"""The appeal deadline (申诉时限): written appeals are accepted within the event's
``appeal_hours`` (default 2) after the recorded end of the event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from judge_app.core.decimals import fmt


@dataclass(frozen=True)
class AppealWindow:
    """When an event ended (None: not recorded yet) and how long appeals stay open after it."""

    ended_at: datetime | None
    hours: Decimal = Decimal(2)

    @property
    def deadline(self) -> datetime | None:
        if self.ended_at is None:
            return None
        return self.ended_at + timedelta(seconds=int(self.hours * 3600))

    def is_late(self, received_at: datetime) -> bool:
        """True when an appeal received at ``received_at`` comes after the deadline."""
        deadline = self.deadline
        return deadline is not None and received_at > deadline

    def late_message(self, received_at: datetime) -> str:
        """Why an appeal received at ``received_at`` is late, in the venue's local time."""
        end, deadline = _local(self.ended_at), _local(self.deadline)
        return (f"申诉已超过时限：比赛结束于 {end}，时限 {fmt(self.hours)} 小时，截止 {deadline}，"
                f"收到于 {_local(received_at)} / the appeal is after the deadline ({deadline})")


def _local(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")
