"""What an action changed: the change record, read from the audit entries the action appended.

Every change the store makes appends an audit entry (action, target ``event/code/...``), so the
log itself says what changed: no caller has to remember to pass a flag. The GUI's store side reads
the entries appended since the last job it saw (:func:`from_audit`), drops the caches they touch
(the live rankings) and hands the record to the pages, which refresh what shows those events; a
package merge, a resolved conflict, an import or a correction update every view the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from judge_app.store.audit import AuditEntry

#: stands for "every event" (a roster import names its file, not the events)
ALL_EVENTS = "*"

#: audit actions (by prefix before the dot, or whole) → the part of the record they change
_VALUES = ("score", "penalty", "votes", "playoff", "recheck", "entry.time", "recusal", "veto")  # veto: a season id
_ENTRIES = ("entry.status", "entries", "draw", "round", "event.unseal")
_STATES = ("section", "event")
_PEOPLE = ("judge", "judges", "kit")


@dataclass(frozen=True)
class Changes:
    """Events whose recorded values, entries or states changed; whether the scheme or the
    people did; and the other audit actions seen (appeals, remarks, packages ...)."""

    values: frozenset[str] = frozenset()
    entries: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    scheme: bool = False
    people: bool = False
    other: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.values or self.entries or self.states or self.scheme or self.people or self.other)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.values | other.values, self.entries | other.entries, self.states | other.states,
                       self.scheme or other.scheme, self.people or other.people, self.other | other.other)

    def results_changed(self, event_id: str) -> bool:
        """Whether the ranking of ``event_id`` (totals, ranks, shown entries) may differ now."""
        touched = self.values | self.entries
        return self.scheme or event_id in touched or ALL_EVENTS in touched

    def events_with_new_results(self, known: Iterable[str]) -> list[str]:
        """Those of ``known`` events whose results may differ now."""
        return [event for event in known if self.results_changed(event)]

    @property
    def needs_snapshot(self) -> bool:
        """Whether the overview the pages share (entries, states, scheme, people) is out of date."""
        return bool(self.entries or self.states or self.scheme or self.people)


NO_CHANGES = Changes()


def _matches(action: str, kinds: tuple[str, ...]) -> bool:
    return any(action == kind or action.startswith(kind + ".") for kind in kinds)


def _event_of(entry: AuditEntry) -> str:
    """The event an audit entry is about: the first part of its target (``电工/C01/P1/J1``);
    every event when the target is not an event (an import names its file)."""
    if entry.action == "entries.import":
        return ALL_EVENTS
    if entry.action == "round.enrol":  # "初赛→决赛": the round enrolled into
        return entry.target.split("→")[-1]
    return entry.target.split("/")[0]


def from_audit(entries: Iterable[AuditEntry]) -> Changes:
    """The change record of the audit entries an action appended."""
    values: set[str] = set()
    rows: set[str] = set()
    states: set[str] = set()
    other: set[str] = set()
    scheme = people = False
    for entry in entries:
        action = entry.action
        if action == "scheme.set":
            scheme = True
            continue
        if _matches(action, _PEOPLE):
            people = True
            continue
        known = False
        if _matches(action, _VALUES):
            values.add(_event_of(entry))
            known = True
        if _matches(action, _ENTRIES):
            rows.add(_event_of(entry))
            known = True
        if _matches(action, _STATES):
            states.add(_event_of(entry))
            known = True
        if not known:
            other.add(action)
    return Changes(frozenset(values), frozenset(rows), frozenset(states), scheme, people, frozenset(other))
