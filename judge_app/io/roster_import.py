"""What a roster is checked against: the events and groups of the contest's marking scheme
(:func:`judge_app.io.roster.read_roster` takes them; the import itself is
:func:`judge_app.app.people.import_roster`, one transaction, all or nothing).
"""

from __future__ import annotations

from typing import Any, Protocol

from judge_app.io.roster import KnownEvents


class RosterStore(Protocol):
    """What :func:`known_events_of` needs from the store (``ContestDB``)."""

    def scheme_dict(self) -> dict[str, Any] | None: ...


def known_events_from_contest(contest: Any) -> KnownEvents:
    """Event id → its groups, with the events' names and entry kinds, and the seasons with their
    periods (a row naming a season enrols in each), from a :class:`judge_app.core.scheme.Contest`."""
    events = contest.events
    return KnownEvents({ev.id: ev.groups for ev in events}, {ev.id: ev.name for ev in events},
                       {ev.id: ev.entry_kind for ev in events},
                       {s.id: (s.name, [p.event for p in s.periods]) for s in contest.seasons})


def known_events_of(db: RosterStore) -> KnownEvents | None:
    """The events of the contest stored in ``db``; None when it has no marking scheme yet."""
    from judge_app.core.scheme_json import contest_from_dict

    data = db.scheme_dict()
    if not data:
        return None
    return known_events_from_contest(contest_from_dict(data))
