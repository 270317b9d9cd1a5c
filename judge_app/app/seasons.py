"""Seasons (四比一创): the season sheet's data, written as PDF / xlsx / CSV / JSON, and the vetoes
(一票否决) the organiser or chief judge records, takes back and lists. Role checks and the audit
are the store's (:data:`~judge_app.core.policy.Action.VETO_SET`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from judge_app.app.contest_file import load_contest
from judge_app.app.rounds import season_standings
from judge_app.core.errors import NotFound
from judge_app.core.rounds import SeasonResult
from judge_app.core.scheme import Contest, Season
from judge_app.core.veto import Veto
from judge_app.store import ContestDB

if TYPE_CHECKING:
    from judge_app.reports.fonts import GlyphWarning

_STAGE_ORDER = ("draft", "published", "final")


@dataclass(frozen=True)
class SeasonSheet:
    """One season as its sheet shows it: the rule, the standing (vetoes applied, entries as the
    reader may see them) and the lowest stage of its periods (草稿 until every period is published)."""

    season: Season
    standing: SeasonResult
    stage: str


@dataclass(frozen=True)
class SeasonData:
    """What the season sheets of a contest need, read on the store thread."""

    contest: Contest
    sheets: tuple[SeasonSheet, ...]


def season_data(db: ContestDB, season: str | None = None) -> SeasonData:
    """Every season of the contest (or ``season``, id or name) with its standing and stage;
    NotFound when the scheme has no season."""
    from judge_app.app.reports import event_stage

    contest = load_contest(db)
    chosen = [contest.season(season)] if season else list(contest.seasons)
    if not chosen:
        raise NotFound("评分标准中没有年度（四比一创）/ the scheme has no season")
    sheets = []
    for found in chosen:
        stages = [event_stage(db, contest.event(p.event)) for p in found.periods]
        stage = min(stages, key=_STAGE_ORDER.index)
        sheets.append(SeasonSheet(found, season_standings(db, found.id), stage))
    return SeasonData(contest, tuple(sheets))


def write_season_sheets(data: SeasonData, fmt: str, out: Path, progress: Callable[[int, int], None]
                        ) -> tuple[list[Path], list[GlyphWarning], list[tuple[str, str, str]]]:
    """Write each sheet of ``data`` in ``fmt`` (pdf / xlsx / csv / json) into ``out``; return the
    files, the PDFs' glyph warnings and their (season, group, fingerprint)."""
    from judge_app.app.reports import safe_name
    from judge_app.core.season_sheet import SEASON_TITLE
    from judge_app.io.export_rows import season_table

    files: list[Path] = []
    warnings: list[GlyphWarning] = []
    fingerprints: list[tuple[str, str, str]] = []
    for done, sheet in enumerate(data.sheets, 1):
        target = out / f"{safe_name(sheet.season.name)}-{SEASON_TITLE}.{fmt}"
        if fmt == "pdf":
            from judge_app.reports.season_sheet import build_season_sheet

            outcome = build_season_sheet(target, data.contest, sheet.season, sheet.standing,
                                         lambda g, s=sheet.standing: season_table(s, g).rows, stage=sheet.stage)
            warnings += outcome.warnings
            fingerprints += [(sheet.season.name, group, fp) for group, fp in outcome.fingerprints]
        elif fmt == "xlsx":
            from judge_app.io.export_xlsx import write_season_xlsx

            write_season_xlsx(target, sheet.standing)
        elif fmt == "csv":
            from judge_app.io.export_csv import write_season_csv

            write_season_csv(target, sheet.standing)
        else:
            from judge_app.io.export_json import write_season_json

            write_season_json(target, data.contest, sheet.season, sheet.standing, sheet.stage)
        files.append(target)
        progress(done, len(data.sheets))
    return files, warnings, fingerprints


def add_veto(db: ContestDB, season: str, code: str, period: str, kind: str | None, *, reason: str) -> Veto:
    """Record 一票否决 of ``code`` in ``season`` for what happened in ``period``, with the reason."""
    return db.add_veto(season, code, period, kind, reason=reason)


def remove_veto(db: ContestDB, season: str, code: str, *, reason: str) -> Veto:
    """Take back the latest veto of ``code`` in ``season``, with the reason."""
    return db.remove_veto(season, code, reason=reason)


def vetoes_of(db: ContestDB, season: str) -> tuple[Season, list[Veto], dict[str, str]]:
    """The season, its vetoes in the order recorded, and its periods' names by event id."""
    contest = load_contest(db)
    found = contest.season(season)
    return found, db.vetoes(found.id), {p.event: contest.event(p.event).name for p in found.periods}
