"""Import a roster file into the open contest: all of it, or nothing.

The file is read and checked against the events and groups of the contest's marking scheme
(:func:`judge_app.io.roster.read_roster`). One error anywhere refuses the whole file before
anything is written; otherwise every entry goes to the store in one call (one transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from judge_app.core.entries import Entry
from judge_app.io.roster import KnownEvents, RosterReport, read_roster


class RosterStore(Protocol):
    """What :func:`import_roster` needs from the store (``ContestDB``)."""

    def scheme_dict(self) -> dict[str, Any] | None: ...

    def import_entries(self, entries: list[Entry], *, source: str) -> Any: ...


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


def import_roster(
    db: RosterStore,
    path: str | Path,
    *,
    mapping: dict[str, str] | None = None,
    default_event: str | None = None,
    dry_run: bool = False,
    sheet: str | None = None,
) -> RosterReport:
    """Read, check and (unless ``dry_run``) import a roster into ``db``.

    Raises ImportRefused, with every error located, if the file cannot be read or has any error:
    nothing is written then. Returns the report; ``report.stored`` holds what
    ``db.import_entries`` returned (None for a dry run).
    """
    report = read_roster(
        path,
        known_events=known_events_of(db),
        mapping=mapping,
        default_event=default_event,
        sheet=sheet,
    )
    report.raise_if_errors()
    if not dry_run:
        report.stored = db.import_entries(list(report.entries), source=str(path))
    return report
