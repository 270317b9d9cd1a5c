"""Commands for people and codes: roster import/show/export, judges, panels, lot draw, unsealing.

Who acts: ``--as 编号或姓名`` and ``--pin`` on each command (:mod:`judge_app.cli.login`); in a
contest with nobody registered yet, whoever opens it is the organiser. Role checks are the store's.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from judge_app.app import people as ops_people
from judge_app.app.contest_file import load_contest, open_contest
from judge_app.cli.login import ACTOR
from judge_app.cli.passphrase import PASSPHRASE, ask
from judge_app.core.entry_kinds import title_header
from judge_app.core.errors import ImportRefused, InvalidValue
from judge_app.core.lotdraw import BIB, STATION, DrawRecord
from judge_app.io.roster_headers import field_help, parse_mapping
from judge_app.local_time import local_time
from judge_app.textwidth import display_width, ljust

CONTEST = click.argument("contest", type=click.Path(dir_okay=False, path_type=Path))
EVENT = click.option("--event", required=True, help="赛项（编号或名称）/ event")
NOTE = click.option("--reason", default="", help="说明（记入审计日志）/ reason")


def options(*decorators: Callable[[Callable[..., Any]], Any]) -> Callable[[Callable[..., Any]], Any]:
    """One decorator made of ``decorators`` (applied as if written above the function in this order)."""
    def apply(function: Callable[..., Any]) -> Any:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function
    return apply


#: a command about one event: CONTEST --event --as
ON_EVENT = options(CONTEST, EVENT, ACTOR)
#: a step on a whole event that needs a passphrase (unseal, publish, final): CONTEST --event --reason --as --passphrase
EVENT_STEP = options(click.command(), CONTEST, EVENT, NOTE, ACTOR, PASSPHRASE)


def register(group: click.Group) -> None:
    group.add_command(import_group)
    group.add_command(roster)
    group.add_command(judges)
    group.add_command(panel)
    group.add_command(draw)
    group.add_command(draw_order)
    group.add_command(draws)
    group.add_command(unseal)
    group.add_command(template)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """Plain-text columns aligned for CJK terminals."""
    widths = [max(display_width(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    return "\n".join("  ".join(ljust(str(c), widths[i]) for i, c in enumerate(r)).rstrip() for r in [headers, *rows])


# ---- roster ------------------------------------------------------------------------------------


@click.group("import")
def import_group() -> None:
    """导入 / import files."""


@import_group.command("roster")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--contest", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="比赛文件（--dry-run 时可省略）/ contest file")
@click.option("--dry-run", is_flag=True, help="只检查，不写入 / check only, write nothing")
@click.option("--format", "form", type=click.Choice(["text", "json"]), default="text")
@click.option("--map", "maps", multiple=True, metavar="列名=字段",
              help=f"指定列的含义，可多次使用，如 --map 报名人=name 或 D=id_number；字段：{field_help()}")
@click.option("--event", default=None, help="赛项（文件无“赛项”列或为空时）/ default event")
@click.option("--season", default=None,
              help="年度（四比一创）：未填赛项的行报名到该年度的每一期 / enrol the rows in every period of the season")
@click.option("--sheet", default=None, help="工作表名称（默认第一个有内容的）/ worksheet")
@ACTOR
def import_roster(file: Path, contest: Path | None, dry_run: bool, form: str, maps: tuple[str, ...],
                  event: str | None, season: str | None, sheet: str | None, actor: str | None) -> None:
    """导入名单（xlsx/xls/CSV，全部或全不）/ import a roster: all of it or nothing.

    四比一创：一份项目名单用于全年，赛项列填年度（或用 --season），每个项目报名到各期，编号不变。"""
    mapping = parse_mapping(maps) or None
    if season and event:
        raise InvalidValue("--event 与 --season 只能选一个 / give --event or --season, not both")
    if season and contest is None:
        raise InvalidValue("--season 须指定比赛文件（--contest）/ --season needs --contest")
    if contest is None:
        if not dry_run:
            raise InvalidValue("导入名单须指定比赛文件（--contest），或用 --dry-run 只检查 / give --contest or --dry-run")
        report = ops_people.check_roster_file(file, mapping=mapping, event=event, sheet=sheet)
    else:
        with open_contest(contest, actor) as db:
            report = ops_people.import_roster(db, file, dry_run=dry_run, mapping=mapping, event=event, sheet=sheet,
                                              season=season)
    if form == "json":
        click.echo(json.dumps(report.to_json() | {"dry_run": dry_run, "stored": _counts(report.stored)},
                              ensure_ascii=False, indent=1))
    else:
        click.echo(report.format_text())
        stored = _counts(report.stored)
        if stored:
            click.echo(f"已导入 / imported: 新增 {stored['added']}，更新 {stored['updated']}，"
                       f"未变 {stored['unchanged']}")
        elif report.ok:
            click.echo("（试运行，未写入 / dry run: nothing written）")
    if not report.ok:
        sys.exit(ImportRefused.exit_code)


def _counts(stored: object) -> dict[str, int] | None:
    if stored is None:
        return None
    return {k: getattr(stored, k) for k in ("added", "updated", "unchanged")}


@click.group()
def roster() -> None:
    """名单 / the roster the contest file holds."""


@roster.command("show")
@CONTEST
@click.option("--event", default=None, help="赛项 / event (default: all)")
@ACTOR
def roster_show(contest: Path, event: str | None, actor: str | None) -> None:
    """显示名单（解密前只有加密裁判和管理员看得到姓名）/ show the roster, sealed by role."""
    with open_contest(contest, actor) as db:
        headers, rows = ops_people.roster_table(db, event=event)
    click.echo(table(headers, rows))
    click.echo(f"共 {len(rows)} 条 / {len(rows)} entries")


@roster.command("export")
@CONTEST
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--event", default=None, help="赛项 / event (default: all)")
@ACTOR
def roster_export(contest: Path, out: Path, event: str | None, actor: str | None) -> None:
    """导出名单为 .csv 或 .xlsx（可再次导入）/ export the roster."""
    with open_contest(contest, actor) as db:
        path, count = ops_people.export_roster(db, out, event=event)
    click.echo(f"已导出 {count} 条 / exported: {path}")


# ---- judges and panels -------------------------------------------------------------------------


@click.group()
def judges() -> None:
    """裁判 / judges and other registered people."""


@judges.command("add")
@CONTEST
@click.argument("judge_id")
@click.argument("name")
@click.option("--role", default="judge", help="角色：裁判 裁判长 加密裁判 记分员 监督 管理员 / role")
@click.option("--new-pin", "new_pin", default=None,
              help="此人的 PIN（裁判 4–8 位数字；裁判长、加密裁判、管理员为至少 8 个字符含字母的口令；"
                   "也可稍后用 judges set-pin）/ this person's PIN or passphrase")
@click.option("--unit", default=None,
              help="此人的工作单位：同单位的选手由其回避（不给其评分）；不填则不变，--unit '' 清除 / the person's unit")
@ACTOR
def judges_add(contest: Path, judge_id: str, name: str, role: str, new_pin: str | None, unit: str | None,
               actor: str | None) -> None:
    """登记或修改一名裁判 / register or update a person."""
    with open_contest(contest, actor) as db:
        judge = ops_people.add_judge(db, judge_id, name, role=role, pin=new_pin, unit=unit)
    click.echo(f"已登记 / registered: {judge.id} {judge.name} {judge.role.label}" + ("（已设 PIN）" if judge.has_pin else "")
               + (f"，单位 {judge.unit}" if judge.unit else ""))


@judges.command("import")
@CONTEST
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@ACTOR
def judges_import(contest: Path, file: Path, actor: str | None) -> None:
    """导入裁判名单（编号、姓名、角色、PIN、评分组），全部或全不 / import a judges list."""
    with open_contest(contest, actor) as db:
        counts = ops_people.import_judges_file(db, file)
    click.echo(f"已导入裁判 / judges imported: 新增 {counts.added}，更新 {counts.updated}，未变 {counts.unchanged}")


@judges.command("list")
@CONTEST
@click.option("--format", "form", type=click.Choice(["text", "json"]), default="text")
@ACTOR
def judges_list(contest: Path, form: str, actor: str | None) -> None:
    """列出裁判及其评分组 / list people and their panels."""
    with open_contest(contest, actor) as db:
        found = ops_people.list_judges(db)
    if form == "json":
        click.echo(json.dumps([{"id": j.id, "name": j.name, "role": j.role.value, "has_pin": j.has_pin,
                                "unit": j.unit, "panels": [list(p) for p in panels]} for j, panels in found],
                              ensure_ascii=False, indent=1))
        return
    rows = [[j.id, j.name, j.role.label, j.unit, "是" if j.has_pin else "否", "、".join(f"{e}/{s}" for e, s in panels)]
            for j, panels in found]
    click.echo(table(["编号", "姓名", "角色", "单位", "PIN", "评分组"], rows))


@judges.command("set-pin")
@CONTEST
@click.argument("judge_id")
@click.option("--new-pin", "new_pin", default=None,
              help="新 PIN 或口令；省略时提示输入（不回显）/ the new PIN, prompted when left out")
@ACTOR
def judges_set_pin(contest: Path, judge_id: str, new_pin: str | None, actor: str | None) -> None:
    """设置裁判 PIN 或口令（只保存加盐散列）/ set a person's PIN (only a salted hash is kept)."""
    if new_pin is None:
        new_pin = click.prompt(f"{judge_id} 的新 PIN / new PIN", hide_input=True,
                               confirmation_prompt="再输入一次 / repeat", err=True)
    with open_contest(contest, actor) as db:
        ops_people.set_pin(db, judge_id, new_pin)
    click.echo(f"已设置 {judge_id} 的 PIN / PIN set")


@click.group()
def panel() -> None:
    """评分组 / scoring panels."""


@panel.command("assign")
@CONTEST
@EVENT
@click.option("--section", required=True, help="模块（编号或名称）/ section")
@click.argument("judge_ids", nargs=-1, metavar="JUDGE...")
@click.option("--reason", default="", help="原因（记入审计日志）/ reason")
@ACTOR
def panel_assign(contest: Path, event: str, section: str, judge_ids: tuple[str, ...], reason: str,
                 actor: str | None) -> None:
    """设定一个模块的评分组（不列裁判 = 任何裁判）/ set a section's panel."""
    with open_contest(contest, actor) as db:
        ops_people.assign_panel(db, event, section, list(judge_ids), reason=reason)
    click.echo(f"评分组已设定 / panel set: {event}/{section}: {'、'.join(judge_ids) or '（任何裁判）'}")


# ---- lot draw and unsealing --------------------------------------------------------------------


@click.command()
@CONTEST
@EVENT
@click.option("--stage", type=click.IntRange(1, 2), required=True, help="1 = 检录号，2 = 工位号")
@click.option("--seed", type=click.IntRange(0, 2**63 - 1), default=None, help="种子（默认随机，会记录并打印）")
@click.option("--prefix", default=None, help="编号前缀（默认 检录号 无，工位号 按赛项顺序 A、B、C…）/ code prefix (stations: the event's own letter)")
@click.option("--numbers", default=None,
              help="现场手工抽出的号，逗号分隔：第一次按名单导入顺序、第二次按检录号顺序（见 draw-order）"
                   " / numbers drawn by hand on stage, comma-separated, in draw-order's order")
@ACTOR
@PASSPHRASE
def draw(contest: Path, event: str, stage: int, seed: int | None, prefix: str | None, numbers: str | None,
         actor: str | None, passphrase: str | None) -> None:
    """抽签（二次加密），加密裁判或管理员；第二次抽签用加密裁判的口令加密对照表 / two-stage lot draw,
    secretary or organiser; the second key is sealed with the secretary's passphrase. With
    --numbers, records a draw made by hand on stage (no seed)."""
    drawn = None if numbers is None else [n.strip() for n in numbers.replace("，", ",").split(",")]
    with open_contest(contest, actor) as db:
        sealed = ops_people.code_key_needed(db, event)
        if passphrase is None and (stage == STATION or sealed):
            passphrase = ask("加密裁判口令 / the secretary's passphrase", confirm=not sealed)
        record = ops_people.draw_lots(db, event, stage, seed=seed, prefix=prefix, passphrase=passphrase,
                                      numbers=drawn)
        who = title_header(load_contest(db).event(event).entry_kind)
    click.echo(format_draw(record, who))
    if record.recovery_code:
        click.echo(f"\n恢复码 / recovery code: {record.recovery_code}\n"
                   "（请把本表和恢复码打印后密封保存：对照表只显示这一次，解密须口令或恢复码"
                   " / print this table and the code for the sealed envelope: shown this once）")


@click.command("draw-order")
@CONTEST
@EVENT
@click.option("--stage", type=click.IntRange(1, 2), required=True, help="1 = 检录号，2 = 工位号")
@ACTOR
@PASSPHRASE
def draw_order(contest: Path, event: str, stage: int, actor: str | None, passphrase: str | None) -> None:
    """现场抽签的登记顺序（draw --numbers 按此顺序给号）/ the order of a draw by hand's numbers."""
    with open_contest(contest, actor) as db:
        if passphrase is None and ops_people.code_key_needed(db, event):
            passphrase = ask("加密裁判口令 / the secretary's passphrase")
        lines = ops_people.draw_order(db, event, stage, passphrase=passphrase)
    if stage == BIB:
        click.echo(table(["序", "姓名", "单位"], [[str(i), line.name, line.unit] for i, line in enumerate(lines, 1)]))
    else:
        click.echo(table(["序", "检录号"], [[str(i), line.bib] for i, line in enumerate(lines, 1)]))


@click.command()
@CONTEST
@EVENT
@ACTOR
@PASSPHRASE
def draws(contest: Path, event: str, actor: str | None, passphrase: str | None) -> None:
    """抽签记录（种子与结果；解密前只给加密裁判和管理员；第二次抽签须加密裁判口令）/ the recorded
    draws of an event (the sealed second draw with the secretary's passphrase)."""
    with open_contest(contest, actor) as db:
        if passphrase is None and ops_people.code_key_needed(db, event):
            passphrase = ask("加密裁判口令（直接回车则不显示第二次抽签）/ the secretary's passphrase (Enter: skip)") or None
        if passphrase:
            ops_people.unlock_code_key(db, event, passphrase)
        records = ops_people.draw_records(db, event)
        who = title_header(load_contest(db).event(event).entry_kind)
    click.echo("\n\n".join(format_draw(r, who) for r in records) or "尚未抽签 / no draws yet")


def format_draw(record: DrawRecord, who: str) -> str:
    """A draw as printed on the 抽签记录: stage, seed, time, actor, then its table in input order
    (``who``: the header of what an entry is called, 姓名 or 团队名称 ...)."""
    head = [f"{record.label}  赛项 {record.event}",
            f"时间 {local_time(record.drawn_at, seconds=True)}  操作人 {record.actor}"]
    if record.by_hand and record.lines:
        head.insert(1, "现场抽签（无种子）/ drawn by hand on stage (no seed)")
    elif record.seed is None:  # sealed from this person (or the second key not held): the seed rebuilds the table
        return "\n".join(head + ["（种子和对照表仅加密裁判和管理员可见（第二次抽签凭加密裁判口令），解密后公开"
                                 " / seed and table: key holders only (the second draw with the secretary's"
                                 " passphrase) until unsealed）"])
    else:
        head.insert(1, f"种子 / seed: {record.seed}")
    if record.stage == BIB:
        rows = [[str(i), line.name, line.unit, line.bib] for i, line in enumerate(record.lines, 1)]
        return "\n".join(head + [table(["序", who, "单位", "检录号"], rows)])
    rows = [[line.bib, line.station] for line in record.lines]
    return "\n".join(head + [table(["检录号", "工位号"], rows)])


@EVENT_STEP
def unseal(contest: Path, event: str, reason: str, actor: str | None, passphrase: str | None) -> None:
    """解密：全部模块锁定后公开姓名（须加密裁判口令或恢复码）/ unseal an event after every section is
    locked (the secretary's passphrase or the recovery code)."""
    with open_contest(contest, actor) as db:
        if passphrase is None and ops_people.code_key_needed(db, event):
            passphrase = ask("加密裁判口令或恢复码 / the secretary's passphrase or the recovery code")
        ops_people.unseal(db, event, reason=reason, passphrase=passphrase)
    click.echo(f"赛项 {event} 已解密 / unsealed")


@click.group()
def template() -> None:
    """空白模板 / templates to fill in."""


@template.command("scheme")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--blank", is_flag=True, help="不带示例 / without the example rows")
def template_scheme(out: Path, blank: bool) -> None:
    """评分标准 xlsx 模板（第一页为填写说明，附示例）/ write the marking-scheme xlsx template."""
    path = ops_people.write_scheme_template(out, example=not blank)
    click.echo(f"已生成模板 / template written: {path}")
    click.echo(f"填好后导入 / then: judge-app scheme import 比赛文件 {path.name}")
