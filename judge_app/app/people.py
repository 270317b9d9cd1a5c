"""People and codes: roster, judges, panels, lot draw, unsealing.

Each function takes the open contest (its actor is the acting person), does one thing and returns
plain values; the CLI and the GUI's store thread both call them. Role checks are the store's: the
acting person is matched to a registered judge by id, ``姓名(编号)`` or name.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from judge_app.core.errors import InvalidValue, StateError
from judge_app.core.lotdraw import STATION, DrawLine, DrawRecord, station_prefix
from judge_app.core.people import Judge, Role, panels_of
from judge_app.core.scheme_json import contest_from_dict
from judge_app.app.contest_file import load_contest
from judge_app.store import ContestDB
from judge_app.store.records import ImportCounts

if TYPE_CHECKING:  # the roster readers load only for an import (the GUI starts without them)
    from judge_app.io.roster import RosterReport


def import_roster(db: ContestDB, file: str | Path, *, dry_run: bool = False,
                  mapping: dict[str, str] | None = None, event: str | None = None,
                  sheet: str | None = None, season: str | None = None) -> RosterReport:
    """Read and check a roster against the contest's events, and import it unless ``dry_run``
    or the report has an error (then nothing is written; ``report.ok`` is False). Refused
    before the contest has a marking scheme (its events and groups are what the file is checked
    against), but for a dry run. ``season`` (四比一创): rows without an event enrol in each of
    the season's periods under the same code."""
    from judge_app.io.roster import read_roster
    from judge_app.io.roster_import import known_events_of

    known = known_events_of(db)
    if known is None and not dry_run:
        raise StateError("比赛还没有评分标准，无法核对赛项；请先导入评分标准（judge-app scheme import）"
                         " / import the marking scheme first")
    if season:
        event = load_contest(db).season(season).id
    if known is not None:
        known = known.closing(db.frozen_events())  # a season's rows skip the periods already locked
    report = read_roster(file, known_events=known, mapping=mapping, default_event=event, sheet=sheet)
    if report.ok and not dry_run:
        report.stored = db.import_entries(list(report.entries), source=str(file))
    return report


def check_roster_file(file: str | Path, *, mapping: dict[str, str] | None = None, event: str | None = None,
                      sheet: str | None = None) -> RosterReport:
    """Read and check a roster without a contest (events and groups are not checked); writes nothing."""
    from judge_app.io.roster import read_roster

    return read_roster(file, mapping=mapping, default_event=event, sheet=sheet)


def roster_table(db: ContestDB, *, event: str | None = None,
                 with_lots: bool = True) -> tuple[list[str], list[list[str]]]:
    """The roster as the acting person may see it: before unseal, non-key-holders get neither names nor
    the 检录号 behind a 工位号 (only the code they score by)."""
    from judge_app.io.roster_export import roster_rows

    event_id = load_contest(db).event(event).id if event else None
    entries = db.visible_entries(event_id)
    lots = {ev: db.lot_codes(ev) for ev in {e.event for e in entries} if with_lots and db.names_visible(ev)}
    return roster_rows(entries, lots, with_lots=with_lots)


def export_roster(db: ContestDB, out: str | Path, *, event: str | None = None) -> tuple[Path, int]:
    """Write the roster to ``out`` (.csv or .xlsx, re-importable); returns the path and rows."""
    from judge_app.io.roster_export import write_rows

    headers, rows = roster_table(db, event=event, with_lots=False)
    return write_rows(out, headers, rows), len(rows)


def add_judge(db: ContestDB, judge_id: str, name: str, *, role: Role | str = Role.JUDGE,
              pin: str | None = None, unit: str | None = None) -> Judge:
    """Register (or update) a person (``unit`` None keeps their unit); returns them as stored."""
    db.add_judge(judge_id, name, role=role, pin=pin, unit=unit)
    return db.judge(judge_id)


def registered(db: ContestDB) -> list[Judge]:
    """Everyone registered, as the login list shows them."""
    return list(db.judges())


def import_judges_file(db: ContestDB, file: str | Path) -> ImportCounts:
    """Register everyone of a judges list and set the panels it names, all or nothing."""
    from judge_app.io.judges_file import read_judges_file

    data = db.scheme_dict()
    found = read_judges_file(file, None if data is None else contest_from_dict(data))
    return db.import_judges(found.people, found.panels, source=Path(file).name)


def list_judges(db: ContestDB) -> list[tuple[Judge, list[tuple[str, str]]]]:
    """Every registered person with the (event, section) names of the panels they sit on."""
    data = db.scheme_dict()
    scheme = None if data is None else contest_from_dict(data)
    return [(j, [] if scheme is None else panels_of(scheme, j.id)) for j in db.judges()]


def set_pin(db: ContestDB, judge_id: str, pin: str) -> None:
    """Set a person's PIN (only a salted hash is kept)."""
    db.set_pin(judge_id, pin)


def assign_panel(db: ContestDB, event: str, section: str, judge_ids: list[str], *, reason: str = "") -> None:
    """Set the panel of one section (no judges: any judge may score it)."""
    db.assign_panel(load_contest(db).event(event).id, section, judge_ids, reason=reason)


def draw_lots(db: ContestDB, event: str, stage: int, *, seed: int | None = None,
              prefix: str | None = None, passphrase: str | None = None,
              numbers: Sequence[int | str] | None = None) -> DrawRecord:
    """Draw stage 1 (检录号) or 2 (工位号) of an event's codes; stage 2 (and any draw after it)
    with the secretary's passphrase, which seals the second key (store/code_key.py). The 工位号
    prefix defaults to the event's own letter (:func:`station_prefix`: 电工 A, 茶艺师 B …). With
    ``numbers`` (in :func:`draw_order`'s order) it records a draw made by hand on stage instead."""
    contest = load_contest(db)
    event_id = contest.event(event).id
    if prefix is None and stage == STATION:
        prefix = station_prefix([ev.id for ev in contest.events], event_id)
    return db.draw_lots(event_id, stage, seed=seed, prefix=prefix, passphrase=passphrase, numbers=numbers)


def draw_order(db: ContestDB, event: str, stage: int, *, passphrase: str | None = None) -> list[DrawLine]:
    """The rows of a draw by hand, in the order its ``numbers`` are given: the entries (names,
    units) for stage 1, the 检录号s for stage 2 (once sealed, with the secretary's passphrase)."""
    return db.draw_order(load_contest(db).event(event).id, stage, passphrase=passphrase)


def unlock_code_key(db: ContestDB, event: str, secret: str) -> None:
    """Give the secretary's passphrase (or the recovery code) of an event's sealed second key for
    this session: its draw record and who is behind each 工位号 are then shown to the key holder
    (the 抽签记录表 printed in full). WrongPassphrase if it is neither."""
    db.unlock_code_key(load_contest(db).event(event).id, secret)


def code_key_needed(db: ContestDB, event: str) -> bool:
    """Whether a draw or the unseal of an event needs the secretary's passphrase now (its
    second key is sealed and not given in this session)."""
    return db.code_key_needed(load_contest(db).event(event).id)


def draw_records(db: ContestDB, event: str) -> list[DrawRecord]:
    """The recorded draws of an event, oldest first (names only for key holders before unseal)."""
    return db.draws(load_contest(db).event(event).id)


def unseal(db: ContestDB, event: str, *, reason: str = "", passphrase: str | None = None) -> None:
    """Unseal (解密) an event: every section locked and the recheck finished first; a sealed
    second key needs the secretary's passphrase or the recovery code."""
    db.unseal_event(load_contest(db).event(event).id, reason=reason, passphrase=passphrase)


def write_scheme_template(out: str | Path, *, example: bool = True) -> Path:
    """Write the marking-scheme xlsx template, filled with the demo scheme as an example."""
    from judge_app.io.scheme_xlsx import write_scheme_xlsx
    from judge_app.app.contest_file import read_scheme_file
    from judge_app.resources import resource_path

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InvalidValue(f"模板应保存为 .xlsx 文件：{out.name} / the template is an .xlsx file")
    demo = contest_from_dict(read_scheme_file(resource_path("demo", "scheme.json"))) if example else None
    return write_scheme_xlsx(out, demo)
