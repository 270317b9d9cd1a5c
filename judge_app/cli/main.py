"""Headless command line over the same library the GUI uses: ``judge-app COMMAND ...``.

Each command parses its arguments, calls one function of :mod:`judge_app.app.contest_file` (or io),
and formats the answer. A user mistake prints one line and exits non-zero, never a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from judge_app import __version__
from judge_app.app import contest_file as operations
from judge_app.app import reports as ops_reports
from judge_app.cli.console import make_output_safe
from judge_app.cli.passphrase import PASSPHRASE, ask
from judge_app.cli.people import ACTOR
from judge_app.core.decimals import fmt
from judge_app.core.errors import InvalidValue, JudgeAppError
from judge_app.core.results import EventResult
from judge_app.core.rounds import CombinedResult
from judge_app.files import file_problem
from judge_app.core.scheme import AwardRules, Contest, Event, Season, labelled
from judge_app.core.veto import listed_vetoes
from judge_app.io.scheme_words import marks_text, tie_chain_text
from judge_app.round_columns import RoundColumns, round_columns
from judge_app.startup.logs import setup_logging
from judge_app.textwidth import display_width, ljust

CONTEST = click.argument("contest", type=click.Path(dir_okay=False, path_type=Path))


class _Group(click.Group):
    """Turns every JudgeAppError into one clear line and its exit code; output that cannot crash
    on the console's code page (console.py)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        make_output_safe()
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        shown = _StoreWarnings(logging.WARNING)
        logging.getLogger("judge_app.store").addHandler(shown)
        try:
            return super().invoke(ctx)
        except JudgeAppError as exc:
            click.echo(f"错误 / error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except OSError as exc:  # an ordinary file problem (in use, read-only, disk full): one line
            problem = file_problem(Path(exc.filename or "?"), exc)
            if problem is None:
                raise
            click.echo(f"错误 / error: {problem}", err=True)
            sys.exit(problem.exit_code)
        finally:
            logging.getLogger("judge_app.store").removeHandler(shown)


class _StoreWarnings(logging.Handler):
    """The store's warnings about a change it saved (an automatic backup that failed) on the
    console too, not only in the log file."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"! 注意 / warning: {record.getMessage()}", err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="judge-app")
def main() -> None:
    """judge_app: 职工技能竞赛现场评分 / on-site judging for workers' skills contests."""
    setup_logging("cli")


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="demo.judge")
@click.option("--force", is_flag=True, help="覆盖已有文件 / overwrite an existing file")
@click.option("--print/--open", "print_only", default=True, help="打印排名，或打开桌面程序")
def demo(path: Path, force: bool, print_only: bool) -> None:
    """建立演示比赛 / build the demo contest (3 events, ~60 contestants) and show it."""
    from judge_app.demo import build_demo

    build_demo(path, overwrite=force)
    click.echo(f"演示比赛已建立 / demo contest written: {path}")
    if not print_only:
        reason = gui_unavailable()
        if not reason:
            from judge_app.gui.launch import run_gui

            sys.exit(run_gui([str(path)]))
        click.echo(f"（{reason}，改为打印排名 / printing the ranking instead）")
    contest = operations.show_scheme(path)
    for event in contest.events:
        _, result = operations.rank_event(path, event.id)
        click.echo()
        click.echo(format_table(event, result))


def gui_unavailable() -> str:
    """Why the desktop app cannot open here ('' when it can)."""
    import importlib.util
    import os

    if importlib.util.find_spec("PySide6") is None:
        return "未安装 PySide6"
    if importlib.util.find_spec("judge_app.gui.launch") is None:
        return "桌面界面尚未提供"
    has_screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not has_screen:
        return "没有图形显示 (DISPLAY)"
    return ""


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="比赛名称 / contest title")
def new(path: Path, name: str) -> None:
    """新建比赛文件 / create an empty contest file."""
    click.echo(f"已建立 / created: {operations.new_contest(path, name)}")


@main.group()
def scheme() -> None:
    """评分标准 / marking scheme (JSON format judge_app.scheme/1, see docs/scheme-format.md)."""


@scheme.command("import")
@CONTEST
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@ACTOR
def scheme_import(contest: Path, file: Path, actor: str | None) -> None:
    """导入评分标准 / load a JSON scheme into the contest."""
    loaded = operations.import_scheme(contest, file, actor=actor)
    click.echo(f"已导入评分标准 / scheme imported: {len(loaded.events)} 个赛项 ({'、'.join(e.name for e in loaded.events)})")


@scheme.command("show")
@CONTEST
@click.option("--format", "form", type=click.Choice(["text", "json"]), default="text")
def scheme_show(contest: Path, form: str) -> None:
    """显示评分标准 / print the scheme."""
    loaded = operations.show_scheme(contest)
    if form == "json":
        click.echo(json.dumps(operations.scheme_as_dict(loaded), ensure_ascii=False, indent=2))
        return
    click.echo(f"{loaded.name}  {loaded.date}")
    for event in loaded.events:
        click.echo(f"\n赛项 {event.name}  (小数 {event.decimals} 位, {event.rounding.label})")
        for section in event.sections:
            click.echo(
                f"  模块 {section.name} [{section.id}]  满分 {fmt(section.max)}  权重 {fmt(section.weight)}"
                f"  {section.rule.label}  裁判 {len(section.judges)} 名"
            )
            for crit in section.criteria:
                click.echo(f"    {crit.id:<8} {crit.name}  满分 {fmt(crit.max)}  步长 {fmt(crit.step)}  {crit.kind.label}")
        for line in rules_lines(event):
            click.echo(f"  {line}")
    for season in loaded.seasons:
        click.echo("\n".join(season_lines(loaded, season)))


def season_lines(contest: Contest, season: Season) -> list[str]:
    """A season's periods, how they add up, its awards and titles, and its vetoes (``scheme show``)."""
    periods = "、".join(labelled(p.event, contest.event(p.event).name) + (f" 权重 {fmt(p.weight)}" if p.weight else "")
                        for p in season.periods)
    decimals = f"，小数 {season.decimals} 位" if season.decimals is not None else ""
    return [f"\n年度 {labelled(season.id, season.name)}  ({season.combine.label}，{season.missing.label}{decimals})",
            f"  各期：{periods}",
            *(f"  {line}" for line in award_lines(season.awards)),
            f"  一票否决：{'、'.join(listed_vetoes(season))}（任一期发生即不得评奖、评称号）"]


def rules_lines(event: Event) -> list[str]:
    """An event's ranking and award rules in the template's words (``scheme show``)."""
    lines = [f"并列处理：{tie_chain_text([str(t) for t in event.tie_breaks]) or '（并列）'}"
             + (f"；关键评分项：{'、'.join(event.key_criteria)}" if event.key_criteria else "")]
    lines += award_lines(event.awards)
    lines.append(f"申诉时限：比赛结束后 {fmt(event.appeal_hours)} 小时")
    return lines


def award_lines(awards: AwardRules) -> list[str]:
    """Award tiers, pass marks and titles in the template's words."""

    def size(tier) -> str:
        if tier.count is not None:
            return f"{tier.count} 名"
        if tier.percent is not None:
            return f"{fmt(tier.percent)}%"
        return f"至第 {tier.rank_to} 名" if tier.rank_to is not None else "其余全部"

    tiers = "、".join(f"{t.name} {size(t)}" + (f"（不低于 {fmt(t.min_total)} 分）" if t.min_total is not None else "")
                      for t in awards.tiers)
    lines = [f"奖项：{tiers or '（不评奖）'}"]
    if awards.pass_mark is not None or awards.section_pass_marks:
        lines.append(f"合格线：{fmt(awards.pass_mark) or '—'}"
                     + (f"；模块合格线：{marks_text({k: fmt(v) for k, v in awards.section_pass_marks})}"
                        if awards.section_pass_marks else ""))
    lines += [f"称号：{t.name}（第 {t.rank_from}–{t.rank_to} 名）" for t in awards.titles]
    return lines


@main.group()
def scores() -> None:
    """分数 / scores."""


@scores.command("import")
@CONTEST
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--event", default=None, help="赛项（文件无“赛项”列时）/ event, when the file has no event column")
@ACTOR
def scores_import(contest: Path, file: Path, event: str | None, actor: str | None) -> None:
    """导入长表 CSV (编号, 裁判, 评分项, 分数) / import a long CSV: code, judge, criterion, value."""
    count = operations.import_scores(contest, file, event=event, actor=actor)
    click.echo(f"已导入 {count} 个分数 / scores imported: {count}")


@main.command()
@CONTEST
@click.option("--event", required=True, help="赛项 / event")
@click.option("--group", default=None, help="组别 / group (default: all groups)")
@click.option("--format", "form", type=click.Choice(["table", "json", "csv"]), default="table")
@ACTOR
def rank(contest: Path, event: str, group: str | None, form: str, actor: str | None) -> None:
    """排名 / rank one event (codes only: names stay sealed); a final carrying earlier rounds by its
    combined total. csv / json: the rows and fields ``export --format csv|json`` writes."""
    with operations.open_contest(contest, actor) as db:
        data = ops_reports.contest_data(db, event)
    (item,) = data.events
    if group is not None:
        found = item.result
        item = dataclasses.replace(item, result=EventResult(found.event, (found.group(group),), found.issues,
                                                            found.bias, found.flags))
        data = dataclasses.replace(data, events=(item,))
    if form == "table":
        click.echo(format_table(item.event, item.result, round_columns(item.event, CombinedResult(item.result, item.carried))))
    else:
        click.echo(ops_reports.ranking_text(data, form))


@main.group()
def audit() -> None:
    """审计日志 / audit log."""


@audit.command("verify")
@CONTEST
@PASSPHRASE
def audit_verify(contest: Path, passphrase: str | None) -> None:
    """校验审计链、数据和封印 / verify the audit chain, the data it logs and the seals (with the
    seal passphrase: that nobody without it recomputed the chain)."""
    if passphrase is None and operations.has_seal_passphrase(contest):
        passphrase = ask("封印口令（直接回车则不核对封印）/ seal passphrase (Enter: do not check the seals)") or None
    summary = operations.verify_audit(contest, passphrase)
    for note in summary.notes:
        click.echo(f"注意 / note: {note}", err=True)
    if summary.ok:
        click.echo(f"审计日志完整 / audit chain ok: {summary.entries} 条")
        return
    click.echo(f"审计日志被改动 / audit chain BROKEN ({summary.entries} 条):", err=True)
    for problem in summary.problems:
        click.echo(f"  - {problem}", err=True)
    sys.exit(2)


@audit.command("passphrase")
@CONTEST
@click.option("--new", "new", default=None, help="新的封印口令（不给时提示输入两次）/ the new seal passphrase")
@click.option("--old", default=None, help="原来的封印口令（更改时）/ the old one, to change it")
@ACTOR
def audit_passphrase(contest: Path, new: str | None, old: str | None, actor: str | None) -> None:
    """设置封印口令（裁判长或监督，自行保管）/ set the seal passphrase (chief judge or supervisor)."""
    new = new if new is not None else ask("新的封印口令 / new seal passphrase", confirm=True)
    if not new:
        raise InvalidValue("请给出封印口令（--new）/ give the passphrase (--new)")
    if old is None and operations.has_seal_passphrase(contest):
        old = ask("原来的封印口令 / the old seal passphrase")
    operations.set_seal_passphrase(contest, new, old=old, actor=actor)
    click.echo("封印口令已设置：此后锁定、公示和定稿都须输入它 / seal passphrase set: locks, publication and"
               " finalisation now need it")


@audit.command("list")
@CONTEST
@click.option("--event", default="", help="只列此赛项 / only this event (id)")
@click.option("--person", default="", help="只列此人的操作（姓名或编号）/ only this person's")
@click.option("--action", default="", help="只列此类操作（如 score、section.lock）/ only this action")
@ACTOR
def audit_list(contest: Path, event: str, person: str, action: str, actor: str | None) -> None:
    """列出审计日志（解密前对不可见者隐去姓名）/ list the audit log (names masked before unseal
    for whoever may not see them)."""
    from judge_app.app.audit import AuditFilter, audit_listing
    from judge_app.local_time import local_time

    with operations.open_contest(contest, actor) as db:
        entries = audit_listing(db, AuditFilter(event, person, action))
    for e in entries:
        change = f"{e.old or ''} → {e.new or ''}" if e.old or e.new else ""
        click.echo("  ".join(part for part in (f"#{e.seq}", local_time(e.ts, seconds=True), e.actor, e.action,
                                                e.target, change, e.reason) if part))
    click.echo(f"共 {len(entries)} 条 / {len(entries)} entries")


@main.command()
@CONTEST
@click.option("--out", "folder", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="备份到此文件夹（默认比赛文件旁的 .backups 文件夹）/ folder (default: the backups folder)")
@ACTOR
def backup(contest: Path, folder: Path | None, actor: str | None) -> None:
    """立即备份 / make a backup copy now."""
    click.echo(f"已备份 / backup written: {operations.backup_contest(contest, actor=actor, folder=folder)}")


@main.command("check-case")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check_case(file: Path) -> None:
    """试算用例 / run a worked case (scoring_case.json format) and print results as JSON."""
    click.echo(json.dumps(operations.check_case(file), ensure_ascii=False, indent=1))


# ---- formatting -------------------------------------------------------------------------------


def result_rows(event: Event, result: EventResult, columns: RoundColumns = RoundColumns()) -> list[dict[str, Any]]:
    """Flat rows (one per entry) with exact decimal strings, for the plain-text table."""
    rows = []
    for group in result.groups:
        for row in group.rows:
            item: dict[str, Any] = {
                "group": group.group,
                "rank": row.rank,
                "code": row.code,
                "status": row.status.value,
            }
            for section in event.sections:
                found = row.section(section.id)
                item[section.id] = fmt(found.score) if found and found.score is not None else None
            item.update((column.key, column.values.get(row.code)) for column in columns.all)
            item.update(
                total=fmt(row.total) if row.total is not None else None,
                award=row.award,
                titles=list(row.titles),
                provisional=row.provisional,
                note="；".join(
                    part for part in (row.status.label, row.ineligible_reason, row.tie_note) if part
                ),
            )
            rows.append(item)
    return rows


def format_table(event: Event, result: EventResult, columns: RoundColumns = RoundColumns()) -> str:
    """A plain-text ranking aligned for CJK terminals."""
    heads = ["组别", "名次", "编号"] + [f"{s.name}({fmt(s.weight)})" for s in event.sections]
    heads += [c.head for c in columns.before_total] + [columns.total_head] + [c.head for c in columns.after_total] + ["奖项", "备注"]
    lines = [f"== {event.name} =="]
    body = []
    for item in result_rows(event, result, columns):
        rank = "" if item["rank"] is None else str(item["rank"]) + ("*" if item["provisional"] else "")
        cells = [item["group"], rank, item["code"]] + [item[s.id] or "" for s in event.sections]
        award = " ".join(x for x in [item["award"] or ""] + item["titles"] if x)
        cells += [item[c.key] or "" for c in columns.before_total] + [item["total"] or ""]
        body.append(cells + [item[c.key] or "" for c in columns.after_total] + [award, item["note"]])
    widths = [max(display_width(str(row[i])) for row in [heads] + body) for i in range(len(heads))]
    for row in [heads] + body:
        lines.append("  ".join(ljust(str(cell), widths[i]) for i, cell in enumerate(row)).rstrip())
    notes = [i.message for g in result.groups for i in g.warnings] + [i.message for i in result.issues]
    if any(item["provisional"] for item in result_rows(event, result)):
        notes.insert(0, "* 成绩未完整，暂定排名 / provisional: some scores missing")
    lines.extend(f"! {note}" for note in notes)
    return "\n".join(lines)


# Commands of other areas live in their own modules (judge_app/cli/<area>.py), each with a
# ``register(group)`` that adds its commands to ``main``.
from judge_app.cli import (  # noqa: E402
    appeals, build, certificates, events, packages, penalties, people, recusals, reports, review, rounds, seasons,
    votes)

for _area in (build, packages, rounds, people, reports, appeals, review, votes, penalties, certificates, events,
              recusals, seasons):
    _area.register(main)
