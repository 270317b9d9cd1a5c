"""表彰名单: who is commended, by event and honour (each award, then each title), with units: the
list the union's official notice prints. Pure: the PDF (judge_app.reports.commendation) and the
.docx (judge_app.io.commendation_docx) both write it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from judge_app.core.entries import Entry
from judge_app.core.entry_kinds import people_of, title_of
from judge_app.core.results import EventResult
from judge_app.core.scheme import EntryKind, Event
from judge_app.core.sheet_rows import awarded_rows

TITLE = "表彰名单"


@dataclass(frozen=True)
class Honour:
    """One heading of the list (电工 一等奖) and who gets it: (name, unit) in rank order."""

    event: str
    honour: str
    names: tuple[tuple[str, str], ...]

    @property
    def heading(self) -> str:
        return f"{self.event} {self.honour}（{len(self.names)}名）"


def commended_name(kind: EntryKind, entry: Entry) -> str:
    """A team or a proposal with its people (电力抢修突击队（王伟、李娜）), anyone else by title."""
    people = people_of(entry) if kind in (EntryKind.TEAM, EntryKind.PROPOSAL) else ""
    return f"{title_of(entry)}（{people}）" if people else title_of(entry)


def commendation(items: Sequence[tuple[Event, EventResult]]) -> list[Honour]:
    """Every event's honours: awards in the order of the scheme's tiers, then its titles."""
    found = []
    for event, result in items:
        rows = [r for g in result.groups for r in awarded_rows(g)]
        tiers = [t.name for t in event.awards.tiers] + [t.name for t in event.awards.titles]
        for honour in tiers + sorted({a for r in rows for a in (r.award, *r.titles) if a and a not in tiers}):
            names = tuple((commended_name(event.entry_kind, r.entry), r.entry.unit or r.entry.team)
                          for r in rows if honour == r.award or honour in r.titles)
            if names:
                found.append(Honour(event.name, honour, names))
    return found
