"""The contest itself: creating its file in one go (name, organiser, date and optionally the marking
scheme), editing the scheme of the open contest, adding an event to it and setting an event's
groups (组别). Each scheme change goes through the store's ``set_scheme`` (organiser only, checked,
audited as ``scheme.set`` with what was done as its reason)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from judge_app.core.errors import InvalidValue
from judge_app.core.policy import Action
from judge_app.core.scheme import EntryKind, Event, lookup_key
from judge_app.core.scheme_json import FORMAT, contest_from_dict
from judge_app.app.contest_file import default_actor, load_contest, read_scheme_file
from judge_app.store import ContestDB

#: Characters a file name may not hold on Windows (the contest name becomes the default file name).
_BAD_FILE_CHARS = '\\/:*?"<>|'


def default_file_name(name: str, suffix: str = ".judge") -> str:
    """A file name made from the contest name (characters Windows refuses become “_”)."""
    cleaned = "".join("_" if c in _BAD_FILE_CHARS or ord(c) < 32 else c for c in name.strip()).strip(". ")
    return (cleaned or "新比赛") + suffix


def create_contest(path: str | Path, *, name: str, organiser: str = "", date: str = "",
                   scheme_file: str | Path | None = None, actor: str | None = None) -> Path:
    """Create the contest file ``path`` (refused if it exists) named ``name``, with organiser and
    date kept in its meta; with ``scheme_file`` (JSON or the xlsx template) also its scheme, whose
    contest name/organiser/date the given non-empty ones replace. The scheme is read and checked
    before the file is made: a wrong scheme leaves no file behind."""
    name = name.strip()
    if not name:
        raise InvalidValue("请填写比赛名称 / the contest needs a name")
    info = {"name": name, "organiser": organiser.strip(), "date": date.strip()}
    scheme = None
    if scheme_file:
        scheme = read_scheme_file(scheme_file)
        scheme = {**scheme, "contest": {**scheme.get("contest", {}), **{k: v for k, v in info.items() if v}}}
    with ContestDB.create(path, actor=actor or default_actor(), name=name) as db:
        for key in ("organiser", "date"):
            if info[key]:
                db.set_meta(key, info[key])
        if scheme is not None:
            db.set_scheme(scheme, reason=f"导入 {Path(scheme_file).name}")
        return db.path


def set_scheme(db: ContestDB, scheme: dict[str, Any], *, reason: str = "评分标准编辑") -> None:
    """Replace the marking scheme (checked by the store; a criterion already scored may not go)."""
    db.set_scheme(scheme, reason=reason)


def scheme_for_editing(db: ContestDB) -> tuple[dict[str, Any] | None, dict[str, dict[str, int]]]:
    """The stored scheme (None before one is imported), and per event the criteria that have
    scores (criterion id → how many values), which the editor may not remove (the 评分标准 page:
    :data:`~judge_app.core.policy.Action.VIEW_SCHEME`)."""
    db.require(Action.VIEW_SCHEME)
    data = db.scheme_dict()
    events = [str(ev.get("id")) for ev in (data or {}).get("events", [])]
    return data, {ev: db.scored_criteria(ev) for ev in events}


def new_event(event_id: str, name: str, *, groups: Iterable[str] = (),
              entry_kind: EntryKind = EntryKind.INDIVIDUAL) -> dict[str, Any]:
    """A new event as the scheme stores it (its id the name when none is given): one section 实际操作 (满分 100, 权重 100) with one
    criterion 操作 (满分 100, 步长 1), to be renamed and filled in on the scheme page or in a file."""
    name = name.strip()
    if not name:
        raise InvalidValue("请填写赛项名称 / an event needs a name")
    event_id = event_id.strip() or name
    return {"id": event_id, "name": name, "entry_kind": entry_kind.value, "groups": clean_groups(groups),
            "sections": [{"id": "S1", "name": "实际操作", "max": "100", "weight": "100", "rule": "mean",
                          "criteria": [{"id": "C1", "name": "操作", "max": "100", "step": "1",
                                        "kind": "judgement"}]}]}


def clean_groups(groups: Iterable[str]) -> list[str]:
    """Group names stripped, blanks dropped; a name given twice (as lookups compare) is refused."""
    found: dict[str, str] = {}
    for group in (str(g).strip() for g in groups):
        if not group:
            continue
        if lookup_key(group) in found:
            raise InvalidValue(f"组别“{group}”重复 / duplicate group")
        found[lookup_key(group)] = group
    return list(found.values())


def add_event(db: ContestDB, event_id: str, name: str, *, groups: Iterable[str] = (),
              entry_kind: EntryKind = EntryKind.INDIVIDUAL) -> Event:
    """Add an event (:func:`new_event`) to the contest's scheme (a scheme of its own if it has none
    yet); an id or name another event has is refused."""
    added = new_event(event_id, name, groups=groups, entry_kind=entry_kind)
    data = db.scheme_dict() or {"format": FORMAT, "contest": {"name": db.meta("name") or ""}, "events": []}
    for ev in data.get("events", []):
        if {lookup_key(str(ev.get("id", ""))), lookup_key(str(ev.get("name", "")))} & {
                lookup_key(added["id"]), lookup_key(added["name"])}:
            raise InvalidValue(f"已有赛项“{ev.get('name', ev.get('id'))}”（编号 {ev.get('id')}），"
                               "请换一个编号和名称 / an event with this id or name exists")
    data["events"] = [*data.get("events", []), added]
    db.set_scheme(data, reason=f"添加赛项 {added['name']}")
    return contest_from_dict(data).event(added["id"])


def set_groups(db: ContestDB, event: str, groups: Iterable[str]) -> Event:
    """Set the groups (组别) an event ranks separately (none: one ranking); a group that entries
    are in may not go (the store names them)."""
    found = load_contest(db).event(event)
    wanted = clean_groups(groups)
    data = db.scheme_dict() or {}
    for ev in data.get("events", []):
        if ev.get("id") == found.id:
            ev["groups"] = wanted
    db.set_scheme(data, reason=f"组别 {found.name}：{'、'.join(wanted) or '不分组'}")
    return contest_from_dict(data).event(found.id)
