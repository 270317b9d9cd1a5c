"""The contest itself: creating its file in one go (name, organiser, date and optionally the marking
scheme) and editing the scheme of the open contest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from judge_app.core.errors import InvalidValue
from judge_app.core.policy import Action
from judge_app.app.contest_file import default_actor, read_scheme_file
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
