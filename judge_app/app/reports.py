"""Library functions behind ``judge-app export`` / ``verify-sheet`` and the GUI's print page:
read what a report needs from the contest file once, then write PDFs or data files.

The stage of an event's sheets follows the file: 草稿 (draft) until every section is locked and
the event is published, 公示稿 (published) while published, none once final.
"""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping

from judge_app.core.entries import EventInputs, Penalty
from judge_app.core.errors import InvalidValue, NotFound, NotPermitted
from judge_app.core.lotdraw import STATION, DrawRecord
from judge_app.core.people import SEALED, view_result
from judge_app.core.policy import Action
from judge_app.core.results import EventResult
from judge_app.core.rounds import Breakdown
from judge_app.core.scheme import Contest, Event
from judge_app.app.contest_file import load_contest, open_contest
from judge_app.app.rounds import compute_round
from judge_app.core.fingerprint import LENGTH, result_fingerprint, with_seal
from judge_app.core.sheet_rows import carried_parts, with_remarks
from judge_app.io.export_rows import Carried
from judge_app.store import ContestDB
from judge_app.store.code_key import CodePassphraseRequired
from judge_app.store.seals import Seal

if TYPE_CHECKING:
    from judge_app.app.seasons import SeasonData
if TYPE_CHECKING:  # reportlab is imported only by what writes a PDF (judge-app rank needs none)
    from judge_app.reports.certificate import CertificateTemplate
    from judge_app.reports.fonts import GlyphWarning
    from judge_app.reports.template import ReportOutcome

FORMATS: tuple[str, ...] = ("pdf", "xlsx", "csv", "json", "docx")
KINDS: tuple[str, ...] = ("results", "awards", "marksheet", "draw", "transcript", "medals",
                          "histogram", "commendation", "certificates")  # the sheets of events
SEASON_KIND = "season"  # the 年度成绩表 of a season (四比一创): pdf, xlsx, csv and json
EXPORT_KINDS: tuple[str, ...] = (*KINDS, SEASON_KIND)
DATA_KINDS: tuple[str, ...] = ("results", "awards")  # what xlsx / csv can hold of an event
KIND_TITLES = {
    "results": "成绩汇总表", "awards": "获奖名单", "marksheet": "评分表", "draw": "抽签记录表",
    "transcript": "成绩单", "medals": "单位奖牌榜", "histogram": "成绩分布图", "commendation": "表彰名单",
    "certificates": "荣誉证书", "season": "年度成绩表",
}


@dataclass(frozen=True)
class EventData:
    """One event as the reports see it."""

    event: Event
    result: EventResult
    stage: str  # draft / published / final
    inputs: EventInputs
    penalties: tuple[tuple[str, Penalty], ...]
    draws: tuple[DrawRecord, ...]
    carried: Mapping[str, Breakdown] = field(default_factory=dict)  # a final's carried parts by code
    sealed: bool = False  # names, units and the draw key hidden from the reader
    unsealed: bool = False  # the event's codes are unsealed (certificates may be printed)


@dataclass(frozen=True)
class ContestData:
    contest: Contest
    events: tuple[EventData, ...]
    certificate: CertificateTemplate | None = None  # positions in mm (None: the default template)

    @property
    def stage(self) -> str:
        from judge_app.reports.medal_table import lowest_stage

        return lowest_stage([e.stage for e in self.events])


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote, the glyph warnings of its PDFs and the fingerprints printed."""

    files: tuple[Path, ...]
    warnings: tuple[GlyphWarning, ...] = ()
    fingerprints: tuple[tuple[str, str, str], ...] = field(default=())  # (event, group, fp)


def event_stage(db: ContestDB, event: Event) -> str:
    publication = db.publication_state(event.id)
    if publication in ("published", "final"):
        return publication
    return "draft"


def contest_data(db: ContestDB, event: str | None = None, *, passphrase: str | None = None) -> ContestData:
    """Scheme, results, stage, inputs, penalties and draws of every event (or ``event``) of an
    open contest file (the GUI calls this on its store thread), as the acting person may see
    them (:meth:`ContestDB.entry_view`: no names before unseal but for the key holders). A final
    carrying earlier rounds gets its combined result and the carried parts. With the secretary's
    ``passphrase`` (or recovery code), the sealed second draws are opened first, so a key holder
    gets the whole draw record (抽签记录表) of each."""
    contest = load_contest(db)
    events = [contest.event(event)] if event is not None else list(contest.events)
    if passphrase:
        for ev in events:
            if db.code_key_needed(ev.id):
                db.unlock_code_key(ev.id, passphrase)
    view = db.entry_view()
    data = []
    for ev in events:
        inputs = db.event_inputs(ev)
        found = compute_round(db, contest, ev, inputs)  # on the real entries: rounds match people
        seen = dataclasses.replace(inputs, entries=[view(e) for e in inputs.entries])
        stage = event_stage(db, ev)
        sealed = db.sheet_seals(ev.id) if stage != "draft" else []  # printed for signature: the sealed head
        result = with_seal(with_remarks(ev, found.result, inputs), sealed[-1].reference() if sealed else "")
        data.append(EventData(ev, view_result(result, view), stage, seen,
                              tuple(db.penalties(ev.id)), tuple(db.draws(ev.id)), found.breakdown,
                              sealed=not db.names_visible(ev.id), unsealed=db.is_unsealed(ev.id)))
    return ContestData(contest, tuple(data))


def print_data(db: ContestDB, event: str | None = None, *, passphrase: str | None = None) -> ContestData:
    """:func:`contest_data` for the 打印与导出 page and ``export``: who may print
    (:data:`~judge_app.core.policy.Action.VIEW_PRINT`), with the certificate template; the
    ranking (``rank``) is everyone's and loads no PDF code."""
    db.require(Action.VIEW_PRINT)
    return dataclasses.replace(contest_data(db, event, passphrase=passphrase), certificate=certificate_template(db))


def load_contest_data(path: str | Path, event: str | None = None, *,
                      actor: str | None = None, passphrase: str | None = None) -> ContestData:
    """:func:`print_data` of the contest file at ``path`` (``actor`` logs in first)."""
    with open_contest(path, actor) as db:
        return print_data(db, event, passphrase=passphrase)


def draw_key_needed(db: ContestDB, event: str | None = None) -> bool:
    """Whether printing the 抽签记录表 of ``event`` (default: all) needs the secretary's
    passphrase first: a key holder's second draw sealed and its key not given this session."""
    contest = load_contest(db)
    events = [contest.event(event)] if event is not None else list(contest.events)
    return any(db.names_visible(ev.id) and db.code_key_needed(ev.id) for ev in events)


# --- verify-sheet ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetMatch:
    event: str
    group: str
    fingerprint: str
    seal: Seal | None = None  # the seal the sheet carries (printed after publication)
    problems: tuple[str, ...] = ()  # what is wrong with the seals of the file


def normalise_fingerprint(text: str) -> str:
    fp = re.sub(r"[\s\-]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{%d}" % LENGTH, fp):
        raise InvalidValue(f"校验码应为 {LENGTH} 位十六进制数字，输入的是 “{text}” / bad fingerprint")
    return fp


def verify_sheet(path: str | Path, fingerprint: str, *, actor: str | None = None,
                 passphrase: str | None = None) -> list[SheetMatch]:
    """The event groups whose current results carry ``fingerprint`` (empty: the printed sheet no
    longer matches the data), each with the problems of the file's seals (with the seal
    ``passphrase``, their HMACs too). A sheet printed without names (sealed) matches too; one with names only for
    someone who may see them. A sheet printed after publication matches only with the seal it
    carries: not in a file rolled back to before it, nor one whose log was rewritten."""
    from judge_app.app.seasons import season_data

    wanted = normalise_fingerprint(fingerprint)
    with open_contest(path, actor) as db:
        data = contest_data(db)
        seals = {item.event.id: [None, *db.sheet_seals(item.event.id)] for item in data.events}
        problems, _notes = db.seal_problems(passphrase)
        seasons = season_data(db).sheets if data.contest.seasons else ()
    matches = [  # a 年度成绩表 (its sheets carry no seal)
        SheetMatch(sheet.season.name, seen.group, wanted, None, tuple(problems))
        for sheet in seasons
        for seen, sealed in zip(sheet.standing.result.groups, view_result(sheet.standing.result, SEALED).groups)
        if wanted in (result_fingerprint(seen), result_fingerprint(sealed))
    ]
    for item in data.events:
        for seal in seals[item.event.id]:
            result = with_seal(item.result, "" if seal is None else seal.reference())
            matches += [
                SheetMatch(item.event.name, seen.group, wanted, seal, tuple(problems))
                for seen, sealed in zip(result.groups, view_result(result, SEALED).groups)
                if wanted in (result_fingerprint(seen), result_fingerprint(sealed))
            ]
    return matches


# --- export ----------------------------------------------------------------------------------


def safe_name(text: str) -> str:
    """A file-name part without path separators or characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "_"


#: ``progress(files_done, files_total)``, called after each file written (the GUI's progress bar).
Progress = Callable[[int, int], None]


def _no_progress(_done: int, _total: int) -> None:
    pass


def _pdf(data: ContestData, kind: str, out: Path, progress: Progress = _no_progress) -> ExportResult:
    from judge_app.reports import draw_record, histogram, marksheet, medal_table, transcript
    from judge_app.reports.award_list import build_award_list
    from judge_app.reports.result_sheet import build_result_sheet

    contest = data.contest
    title = KIND_TITLES[kind]
    outcomes = []
    per_event: dict[str, Callable] = {
        "results": build_result_sheet, "awards": build_award_list,
        "transcript": transcript.build_transcripts,
    }
    if kind in per_event:
        for item in data.events:
            target = out / f"{safe_name(item.event.name)}-{title}.pdf"
            carried = {"carried": item.carried} if kind == "results" and item.event.carry else {}
            outcome = per_event[kind](target, contest, item.event, item.result, stage=item.stage, **carried)
            outcomes.append((item.event.name, outcome))
            progress(len(outcomes), len(data.events))
    elif kind == "marksheet":
        for item in data.events:
            for filled, label in ((False, "空白"), (True, "已填")):
                target = out / f"{safe_name(item.event.name)}-{title}-{label}.pdf"
                outcome = marksheet.build_marksheets(
                    target, contest, item.event, item.inputs.entries,
                    scores=item.inputs.scores if filled else None)
                outcomes.append((item.event.name, outcome))
                progress(len(outcomes), 2 * len(data.events))
    elif kind == "draw":
        drawn = [(item.event, item.draws) for item in data.events if item.draws]
        if not drawn:
            raise NotFound("还没有任何赛项抽签 / no lot draw recorded")
        if any(item.sealed for item in data.events if item.draws):
            raise NotPermitted("抽签记录表含选手姓名和抽签种子，解密前只有加密裁判或管理员可以打印"
                               " / key holders only until unsealed")
        if any(d.stage == STATION and not d.lines for _ev, draws in drawn for d in draws):
            raise CodePassphraseRequired("打印抽签记录表", "printing the draw record")
        outcomes.append(("", draw_record.build_draw_record(out / f"{title}.pdf", contest, drawn)))
    elif kind == "certificates":
        for item in data.events:
            outcomes.append((item.event.name, build_certificate_pdf(_job(data, item), out)))
            progress(len(outcomes), len(data.events))
    elif kind == "commendation":
        from judge_app.reports.commendation import build_commendation

        outcomes.append(("", build_commendation(out / f"{title}.pdf", contest, _honours(data))))
    else:
        if kind == "medals" and any(item.sealed for item in data.events):
            raise NotPermitted("单位奖牌榜按单位统计，解密前只有加密裁判或管理员可以打印"
                               " / the medal table counts units: key holders only until unsealed")
        results = [(item.event, item.result) for item in data.events]
        build = medal_table.build_medal_table if kind == "medals" else histogram.build_histograms
        outcomes.append(("", build(out / f"{title}.pdf", contest, results, stage=data.stage)))
    if kind in ("draw", "medals", "histogram", "commendation"):
        progress(1, 1)
    return ExportResult(
        tuple(o.path for _, o in outcomes),
        tuple(w for _, o in outcomes for w in o.warnings),
        tuple((event, group, fp) for event, o in outcomes for group, fp in o.fingerprints),
    )


def _json_items(data: ContestData) -> tuple[list[tuple[Event, EventResult, str, tuple[tuple[str, Penalty], ...]]],
                                              dict[str, Mapping[str, Breakdown]]]:
    """What the JSON export holds of ``data``: (event, result, stage, penalties) per event, and a
    final's carried breakdowns by event id."""
    items = [(e.event, e.result, e.stage, e.penalties) for e in data.events]
    return items, {e.event.id: e.carried for e in data.events if e.event.carry}


def _carried(data: ContestData) -> dict[str, Carried]:
    """The carried rounds' columns of each event of ``data`` (none for one that carries nothing)."""
    return {e.event.id: Carried(carried_parts(data.contest, e.event), e.carried) for e in data.events}


def ranking_text(data: ContestData, fmt: str) -> str:
    """The ranking of ``data``'s events written as the export writes it, as text: the CSV rows of
    the 成绩汇总表 (``fmt`` csv) or the JSON with every detail (json). ``judge-app rank`` prints
    it, so the two never give the same ranking two shapes."""
    from judge_app.io.export_csv import write_table
    from judge_app.io.export_json import json_text
    from judge_app.io.export_rows import event_table

    if fmt == "json":
        return json_text(data.contest, *_json_items(data))
    out = io.StringIO()
    carried = _carried(data)
    for e in data.events:
        write_table(out, event_table("results", e.event, e.result, carried[e.event.id]), lineterminator="\n")
    return out.getvalue().rstrip("\n")


def _data(data: ContestData, fmt: str, kind: str, out: Path, progress: Progress = _no_progress) -> ExportResult:
    from judge_app.io.export_csv import write_csv
    from judge_app.io.export_json import write_json
    from judge_app.io.export_xlsx import write_xlsx

    if fmt == "json":
        if kind != "results":
            raise InvalidValue("JSON 导出总是包含全部计算细节，请用 --kind results / json holds results")
        written = write_json(out / f"{safe_name(data.contest.name)}-成绩明细.json", data.contest, *_json_items(data))
        progress(1, 1)
        return ExportResult((written,))
    if kind not in DATA_KINDS:
        raise InvalidValue(
            f"{fmt} 只能导出 {' / '.join(DATA_KINDS)}，“{kind}” 请用 --format pdf / use pdf for {kind}")
    title = KIND_TITLES[kind]
    carried = _carried(data)
    if fmt == "xlsx":
        name = f"{safe_name(data.contest.name)}-{title}.xlsx"
        items = [(e.event, e.result, e.stage) for e in data.events]
        written = write_xlsx(out / name, items, kind, carried)
        progress(1, 1)
        return ExportResult((written,))
    files = []
    for e in data.events:
        target = out / f"{safe_name(e.event.name)}-{title}.csv"
        files.append(write_csv(target, e.event, e.result, kind, carried[e.event.id]))
        progress(len(files), len(data.events))
    return ExportResult(tuple(files))


def export(path: str | Path | None, fmt: str, out_dir: str | Path, *, kind: str = "results",
           event: str | None = None, actor: str | None = None, passphrase: str | None = None,
           season: str | None = None, data: ContestData | SeasonData | None = None,
           progress: Progress | None = None) -> ExportResult:
    """Write ``kind`` in ``fmt`` for every event (or ``event``) into ``out_dir`` (created); the
    ``season`` kind writes the 年度成绩表 of every season (or ``season``).

    ``data`` (from :func:`contest_data`, or :func:`~judge_app.app.seasons.season_data` for the
    season kind) is used instead of reading the file at ``path`` (with the secretary's
    ``passphrase`` for sealed second draws); ``progress(done, total)`` is called after each file
    written."""
    if fmt not in FORMATS:
        raise InvalidValue(f"未知的导出格式 “{fmt}” (可用: {' / '.join(FORMATS)})")
    if kind not in EXPORT_KINDS:
        raise InvalidValue(f"未知的报表种类 “{kind}” (可用: {' / '.join(EXPORT_KINDS)})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tick = progress or _no_progress
    if kind == SEASON_KIND:
        return _season(path, fmt, out, season, actor, data, tick)  # type: ignore[arg-type]
    if data is None:
        data = load_contest_data(path, event, actor=actor, passphrase=passphrase)  # type: ignore[arg-type]
    if fmt == "docx":
        return _docx(data, kind, out, tick)
    return _pdf(data, kind, out, tick) if fmt == "pdf" else _data(data, fmt, kind, out, tick)


def _season(path: str | Path | None, fmt: str, out: Path, season: str | None, actor: str | None,
            data: SeasonData | None, progress: Progress) -> ExportResult:
    """The 年度成绩表 of ``data`` (else read from the file at ``path``) in ``fmt``."""
    from judge_app.app.seasons import season_data, write_season_sheets

    if fmt == "docx":
        raise InvalidValue("年度成绩表可导出 pdf / xlsx / csv / json / the season sheet is not a docx")
    if data is None:
        with open_contest(path, actor) as db:  # type: ignore[arg-type]
            data = season_data(db, season)
    files, warnings, fingerprints = write_season_sheets(data, fmt, out, progress)
    return ExportResult(tuple(files), tuple(warnings), tuple(fingerprints))


# --- 表彰名单 and 荣誉证书 ----------------------------------------------------------------------


def _honours(data: ContestData) -> list:
    """The 表彰名单 of ``data``; refused while an event's names are hidden from the reader."""
    from judge_app.core.commendation import commendation

    sealed = [item.event.name for item in data.events if item.sealed]
    if sealed:
        raise NotPermitted(f"表彰名单印有姓名和单位，赛项“{'、'.join(sealed)}”解密后才能导出 / unseal first")
    return commendation([(item.event, item.result) for item in data.events])


def _docx(data: ContestData, kind: str, out: Path, progress: Progress) -> ExportResult:
    from judge_app.io.commendation_docx import write_commendation_docx

    if kind != "commendation":
        raise InvalidValue(f"docx 只能导出表彰名单（--kind commendation），不支持 “{kind}” / docx holds the commendation list")
    written = write_commendation_docx(out / f"{safe_name(data.contest.name)}-表彰名单.docx", data.contest.name,
                                      _honours(data))
    progress(1, 1)
    return ExportResult((written,))


def certificate_template(db: ContestDB) -> CertificateTemplate:
    """The contest's certificate template (positions in mm), the default when none is stored."""
    from judge_app.reports.certificate import META_KEY, parse_template

    return parse_template(db.meta(META_KEY))


def save_certificate_template(db: ContestDB, template: CertificateTemplate) -> None:
    """Keep ``template`` in the contest (audited as a change of contest info)."""
    from judge_app.reports.certificate import META_KEY

    db.set_meta(META_KEY, template.to_json())


@dataclass(frozen=True)
class CertificateJob:
    """What the 荣誉证书 of one event are made from, read on the store thread: the winners (as
    the acting person may see them), the stored template, and whether names may be printed."""

    contest: Contest
    item: EventData
    template: CertificateTemplate
    printable: bool  # the event is unsealed and its names are shown to the reader


def certificate_job(db: ContestDB, event: str) -> CertificateJob:
    """The certificates of ``event`` as the acting person may print them."""
    data = dataclasses.replace(contest_data(db, event), certificate=certificate_template(db))
    return _job(data, data.events[0])


def season_certificate_job(db: ContestDB, season: str) -> CertificateJob:
    """The certificates of a season's awards and titles (工人先锋号 for the year's top projects):
    its standing with the vetoes applied (a vetoed entry has none), printable once every period is
    unsealed and its names shown to the reader."""
    from judge_app.app.seasons import season_data

    db.require(Action.VIEW_PRINT)
    data = season_data(db, season)
    [sheet] = data.sheets
    periods = [p.event for p in sheet.season.periods]
    item = EventData(sheet.standing.season, sheet.standing.result, sheet.stage, EventInputs(), (), (),
                     sealed=not all(db.names_visible(e) for e in periods),
                     unsealed=all(db.is_unsealed(e) for e in periods))
    return _job(ContestData(data.contest, (item,), certificate_template(db)), item)


def _job(data: ContestData, item: EventData) -> CertificateJob:
    from judge_app.reports.certificate import CertificateTemplate

    return CertificateJob(data.contest, item, data.certificate or CertificateTemplate(), item.unsealed and not item.sealed)


def build_certificate_pdf(job: CertificateJob, out: Path, *, template: CertificateTemplate | None = None,
                          preprinted: bool = False) -> ReportOutcome:
    """One PDF of every certificate of the job's event in the folder ``out`` (with ``template``,
    default the stored one). Refused before unseal."""
    from judge_app.reports.certificate import TITLE, build_certificates

    return build_certificates(out / f"{safe_name(job.item.event.name)}-{TITLE}.pdf", job.contest, job.item.event,
                              job.item.result, template=template or job.template, preprinted=preprinted,
                              sealed=not job.printable)


def write_certificates(job: CertificateJob, out_dir: str | Path, *, template: CertificateTemplate | None = None,
                       preprinted: bool = False) -> ExportResult:
    """:func:`build_certificate_pdf` into ``out_dir`` (created)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    outcome = build_certificate_pdf(job, out, template=template, preprinted=preprinted)
    return ExportResult((outcome.path,), outcome.warnings)


def certificate_preview(job: CertificateJob, path: str | Path, *, template: CertificateTemplate,
                        preprinted: bool = False) -> Path:
    """Page 1 of the certificates at ``path``: the first winner, or sample text before unseal."""
    from judge_app.reports.certificate import build_preview

    return build_preview(path, job.contest, job.item.event, job.item.result if job.printable else None,
                         template=template, preprinted=preprinted)


def certificates(path: str | Path, event: str | None, out_dir: str | Path, *, season: str | None = None,
                 template_file: str | Path | None = None, preprinted: bool = False,
                 actor: str | None = None) -> ExportResult:
    """One PDF of 荣誉证书 for the winners of ``event`` (or of ``season``) in ``out_dir``, with the
    contest's template (or the one in ``template_file``, JSON, which is then kept in the contest).
    Refused before unseal."""
    if (event is None) == (season is None):
        raise InvalidValue("请指定赛项（--event）或年度（--season）之一 / give --event or --season")
    from judge_app.reports.certificate import parse_template

    with open_contest(path, actor) as db:
        if template_file is not None:
            try:
                text = Path(template_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InvalidValue(f"无法读取证书模板 {template_file}：{exc} / cannot read the template") from None
            save_certificate_template(db, parse_template(text))
        job = certificate_job(db, event) if event is not None else season_certificate_job(db, season)
    return write_certificates(job, out_dir, preprinted=preprinted)
