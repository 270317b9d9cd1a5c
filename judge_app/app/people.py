"""Library functions behind the people commands: roster, judges, panels, lot draw, unsealing.

Each opens the contest file, does one thing as ``actor`` (default
:func:`judge_app.app.contest_file.default_actor`), closes it and returns plain values. Role checks are
the store's: the acting person is matched to a registered judge by id, ``姓名(编号)`` or name.
"""

from __future__ import annotations

from pathlib import Path

from judge_app.core.errors import InvalidValue, StateError
from judge_app.core.lotdraw import DrawRecord
from judge_app.core.people import Judge, panels_of
from judge_app.core.scheme_json import contest_from_dict
from judge_app.io.roster import RosterReport, read_roster
from judge_app.io.roster_export import roster_rows, write_rows
from judge_app.io.roster_import import known_events_of
from judge_app.app.contest_file import load_contest, open_contest
from judge_app.store.records import ImportCounts


def import_roster_file(file: str | Path, contest: str | Path | None = None, *, dry_run: bool = False,
                       mapping: dict[str, str] | None = None, event: str | None = None,
                       sheet: str | None = None, actor: str | None = None) -> RosterReport:
    """Read and check a roster against the contest's events, and import it unless ``dry_run``
    or the report has an error (then nothing is written; ``report.ok`` is False).

    With no contest only a dry run is possible (events and groups are not checked)."""
    if contest is None:
        if not dry_run:
            raise InvalidValue("导入名单须指定比赛文件（--contest），或用 --dry-run 只检查 / give --contest or --dry-run")
        return read_roster(file, mapping=mapping, default_event=event, sheet=sheet)
    with open_contest(contest, actor) as db:
        known = known_events_of(db)
        if known is None and not dry_run:
            raise StateError("比赛还没有评分标准，无法核对赛项；请先导入评分标准（judge-app scheme import）"
                             " / import the marking scheme first")
        report = read_roster(file, known_events=known, mapping=mapping, default_event=event, sheet=sheet)
        if report.ok and not dry_run:
            report.stored = db.import_entries(list(report.entries), source=str(file))
        return report


def roster_table(contest: str | Path, *, event: str | None = None, with_lots: bool = True,
                 actor: str | None = None) -> tuple[list[str], list[list[str]]]:
    """The roster as ``actor`` may see it: before unseal, non-key-holders get neither names nor
    the 检录号 behind a 工位号 (only the code they score by)."""
    with open_contest(contest, actor) as db:
        event_id = load_contest(db).event(event).id if event else None
        entries = db.visible_entries(event_id)
        lots = {ev: db.lot_codes(ev) for ev in {e.event for e in entries} if with_lots and db.names_visible(ev)}
        return roster_rows(entries, lots, with_lots=with_lots)


def export_roster(contest: str | Path, out: str | Path, *, event: str | None = None,
                  actor: str | None = None) -> tuple[Path, int]:
    """Write the roster to ``out`` (.csv or .xlsx, re-importable); returns the path and rows."""
    headers, rows = roster_table(contest, event=event, with_lots=False, actor=actor)
    return write_rows(out, headers, rows), len(rows)


def add_judge(contest: str | Path, judge_id: str, name: str, *, role: str = "judge",
              pin: str | None = None, actor: str | None = None) -> Judge:
    with open_contest(contest, actor) as db:
        db.add_judge(judge_id, name, role=role, pin=pin)
        return db.judge(judge_id)


def import_judges_file(contest: str | Path, file: str | Path, *, actor: str | None = None) -> ImportCounts:
    """Register everyone of a judges list and set the panels it names, all or nothing."""
    from judge_app.io.judges_file import read_judges_file

    with open_contest(contest, actor) as db:
        data = db.scheme_dict()
        found = read_judges_file(file, None if data is None else contest_from_dict(data))
        return db.import_judges(found.people, found.panels, source=Path(file).name)


def list_judges(contest: str | Path, *, actor: str | None = None) -> list[tuple[Judge, list[tuple[str, str]]]]:
    """Every registered person with the (event, section) names of the panels they sit on."""
    with open_contest(contest, actor) as db:
        data = db.scheme_dict()
        scheme = None if data is None else contest_from_dict(data)
        return [(j, [] if scheme is None else panels_of(scheme, j.id)) for j in db.judges()]


def set_pin(contest: str | Path, judge_id: str, pin: str, *, actor: str | None = None) -> None:
    with open_contest(contest, actor) as db:
        db.set_pin(judge_id, pin)


def assign_panel(contest: str | Path, event: str, section: str, judge_ids: list[str], *,
                 reason: str = "", actor: str | None = None) -> None:
    with open_contest(contest, actor) as db:
        db.assign_panel(load_contest(db).event(event).id, section, judge_ids, reason=reason)


def draw_lots(contest: str | Path, event: str, stage: int, *, seed: int | None = None,
              prefix: str | None = None, actor: str | None = None) -> DrawRecord:
    with open_contest(contest, actor) as db:
        return db.draw_lots(load_contest(db).event(event).id, stage, seed=seed, prefix=prefix)


def draw_records(contest: str | Path, event: str, *, actor: str | None = None) -> list[DrawRecord]:
    """The recorded draws of an event, oldest first (names only for key holders before unseal)."""
    with open_contest(contest, actor) as db:
        return db.draws(load_contest(db).event(event).id)


def unseal(contest: str | Path, event: str, *, reason: str = "", actor: str | None = None) -> None:
    with open_contest(contest, actor) as db:
        db.unseal_event(load_contest(db).event(event).id, reason=reason)


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
