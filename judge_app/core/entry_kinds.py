"""What an entry is on paper, per kind (选手, 团队, 单位, 项目, 建议, 候选人): its title field and the
columns that say who or what is behind a code.

Every sheet, export and screen asks :func:`who_fields` for the "who" columns of an event, so a
team shows its name and members, a project its name and unit, a proposal its title and
proposer(s), a candidate the trade (工种/行业). The values read the entry as given: a sealed entry
(:func:`judge_app.core.people.sealed_entry`) has its personal fields blank, its title kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from judge_app.core.entries import Entry
from judge_app.core.scheme import EntryKind

MEMBER_SEPARATOR = "、"


@dataclass(frozen=True)
class Field:
    """One "who" column: its header, how an entry fills it, whether it is the entry's title (the
    column warnings and certificates name it by) and whether an all-empty column is left out."""

    header: str
    value: Callable[[Entry], str]
    title: bool = False
    optional: bool = False


def title_of(entry: Entry) -> str:
    """What the entry is called: a person's name, or a team's, unit's, project's or proposal's title
    (its name when it has no title)."""
    return title_text(entry.kind, entry.name, entry.title)


def title_text(kind: EntryKind, name: str, title: str) -> str:
    """:func:`title_of` from an entry's stored ``name`` and ``title``."""
    if kind in (EntryKind.INDIVIDUAL, EntryKind.CANDIDATE):
        return name or title
    return title or name


def people_of(entry: Entry) -> str:
    """The people of a team, project or proposal: the named person first (leader, proposer), then
    the members, each once (王伟、李娜)."""
    names = [entry.name] if entry.name and entry.name != title_of(entry) else []
    names += [m for m in entry.members if m not in names]
    return MEMBER_SEPARATOR.join(names)


def unit_of(entry: Entry) -> str:
    return entry.unit or entry.team


def trade_of(entry: Entry) -> str:
    """A candidate's trade (工种/行业): its category, else its group."""
    return entry.category or entry.group


_UNIT = Field("单位", unit_of)

FIELDS: dict[EntryKind, tuple[Field, ...]] = {
    EntryKind.INDIVIDUAL: (Field("姓名", title_of, title=True), _UNIT),
    EntryKind.TEAM: (Field("团队名称", title_of, title=True), Field("成员", people_of), _UNIT),
    EntryKind.UNIT: (Field("单位名称", lambda e: e.title or e.unit or e.name, title=True),
                     Field("所属单位", lambda e: unit_of(e) if e.title else "", optional=True),  # a 班组's parent
                     Field("负责人", people_of, optional=True)),
    EntryKind.PROJECT: (Field("项目名称", title_of, title=True), _UNIT, Field("成员", people_of, optional=True)),
    EntryKind.PROPOSAL: (Field("建议名称", title_of, title=True), Field("建议人", people_of), _UNIT,
                         Field("建议类别", lambda e: e.category, optional=True)),
    EntryKind.CANDIDATE: (Field("姓名", title_of, title=True), Field("工种/行业", trade_of), _UNIT),
}


def noun(kind: EntryKind) -> str:
    """选手, 团队, 单位, 项目, 建议, 候选人."""
    return kind.label


def title_header(kind: EntryKind) -> str:
    """The header of the entry's title column: 姓名, 团队名称, 项目名称, 建议名称 ..."""
    return next(f.header for f in FIELDS[kind] if f.title)


def who_fields(kind: EntryKind, entries: Sequence[Entry] = ()) -> tuple[Field, ...]:
    """The "who" columns of an event of ``kind``; optional ones only when some of ``entries`` fill them."""
    return tuple(f for f in FIELDS[kind] if not f.optional or any(f.value(e) for e in entries))


def who_values(fields: Sequence[Field], entry: Entry) -> list[str]:
    return [f.value(entry) for f in fields]


def title_index(fields: Sequence[Field]) -> int:
    """Where the title column is among ``fields``."""
    return next(i for i, f in enumerate(fields) if f.title)
