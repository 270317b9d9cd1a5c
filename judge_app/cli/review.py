"""Commands for the judging desk: ``lock|unlock`` a section, ``publish|finalise|withdraw`` an event,
an entry's ``status|time|playoff``, and the recheck (复核) before unsealing: ``recheck
draw|list|enter|confirm|resolve``. Role checks are the store's."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click

from judge_app.app import review as ops_review
from judge_app.app.contest_file import open_contest
from judge_app.cli.passphrase import PASSPHRASE, unlock_seals
from judge_app.cli.people import ACTOR, CONTEST, EVENT, EVENT_STEP, table
from judge_app.core.decimals import clock_text, duration_seconds, fmt, to_decimal
from judge_app.core.entries import Status
from judge_app.core.errors import InvalidValue
from judge_app.core.recheck import REASON_LABELS
from judge_app.core.scheme import Event
from judge_app.store.checks_store import OUTCOME_LABELS, RecheckItem, RecheckState

SECTION = click.option("--section", required=True, help="模块（编号或名称）/ section")
STATUS_WORDS = "ok/absent/withdrawn/disqualified 或 正常/缺考/弃赛/取消资格"
ITEM = ("code", "criterion", "judge")


def register(group: click.Group) -> None:
    for command in (lock, unlock, publish, finalise, withdraw, status, time, playoff, recheck):
        group.add_command(command)


def _item_args(func: Callable[..., None]) -> Callable[..., None]:
    """The CODE CRITERION JUDGE arguments naming one value on the recheck list."""
    for name in reversed(ITEM):
        func = click.argument(name)(func)
    return func


# ---- section locks and publication -------------------------------------------------------------


@click.command()
@CONTEST
@EVENT
@SECTION
@click.option("--reason", default="", help="说明（记入审计日志）/ reason")
@ACTOR
@PASSPHRASE
def lock(contest: Path, event: str, section: str, reason: str, actor: str | None, passphrase: str | None) -> None:
    """锁定模块（不能再改分，随后自动备份），裁判长或管理员 / lock a section."""
    with open_contest(contest, actor) as db:
        unlock_seals(db, passphrase)
        locked = ops_review.lock_section(db, event, section, reason=reason)
    click.echo(f"模块 {locked.section} 已锁定 / section locked")
    if locked.missing:
        click.echo(f"! 注意：锁定时仍缺 {locked.missing} 个分值，相关选手的名次为暂定（*）"
                   f" / {locked.missing} values missing: provisional")
    if locked.conflicts:
        click.echo(f"! 注意：{len(locked.conflicts)} 处录入不一致，该项没有分值，相关选手的名次为暂定（*）"
                   f"；解锁后由裁判长确定正确值 / {len(locked.conflicts)} value conflicts left unsettled:")
        for conflict in locked.conflicts:
            click.echo(f"  {conflict.message}")


@click.command()
@CONTEST
@EVENT
@SECTION
@click.option("--reason", default="", help="原因（必填，记入审计日志）/ reason, required")
@ACTOR
def unlock(contest: Path, event: str, section: str, reason: str, actor: str | None) -> None:
    """解锁模块（公示后不能解锁），裁判长或管理员 / reopen a locked section."""
    with open_contest(contest, actor) as db:
        name = ops_review.unlock_section(db, event, section, reason=reason)
    click.echo(f"模块 {name} 已解锁 / section unlocked")


def _sealing_step(contest: Path, actor: str | None, passphrase: str | None,
                  step: Callable[..., object], event: str, reason: str) -> None:
    """Open the contest, unlock the seals (the head is sealed at this step) and take ``step``."""
    with open_contest(contest, actor) as db:
        unlock_seals(db, passphrase)
        step(db, event, reason=reason)


@EVENT_STEP
def publish(contest: Path, event: str, reason: str, actor: str | None, passphrase: str | None) -> None:
    """公示成绩（全部模块锁定且已解密），管理员 / publish an event's results."""
    _sealing_step(contest, actor, passphrase, ops_review.publish_event, event, reason)
    click.echo(f"赛项 {event} 已公示 / published")


@EVENT_STEP
def finalise(contest: Path, event: str, reason: str, actor: str | None, passphrase: str | None) -> None:
    """定稿（公示之后；此后不能再改），管理员 / make a published event final."""
    _sealing_step(contest, actor, passphrase, ops_review.finalize_event, event, reason)
    click.echo(f"赛项 {event} 已定稿 / final")


@click.command()
@CONTEST
@EVENT
@click.option("--reason", default="", help="原因（必填，如申诉成立）/ reason, required")
@ACTOR
def withdraw(contest: Path, event: str, reason: str, actor: str | None) -> None:
    """撤回公示（定稿前），管理员 / take a published event back."""
    with open_contest(contest, actor) as db:
        ops_review.withdraw_publication(db, event, reason=reason)
    click.echo(f"赛项 {event} 已撤回公示 / publication withdrawn")


# ---- an entry's status, time and play-off -------------------------------------------------------


def _status(word: str) -> Status:
    try:
        return Status.parse(word)
    except ValueError:
        raise InvalidValue(f"未知的状态“{word}”，应为 {STATUS_WORDS} / unknown status") from None


def _given_or_cleared(given: bool, clear: bool, metavar: str) -> None:
    if given == clear:
        raise InvalidValue(f"请给出 {metavar} 或 --clear（二者取一）/ give {metavar} or --clear, not both")


@click.command()
@CONTEST
@EVENT
@click.argument("code")
@click.argument("word", metavar="STATUS")
@click.option("--reason", required=True, help="原因（记入审计日志）/ reason")
@ACTOR
def status(contest: Path, event: str, code: str, word: str, reason: str, actor: str | None) -> None:
    """参赛状态：ok/absent/withdrawn/disqualified（正常/缺考/弃赛/取消资格）/ set an entry's status."""
    found = _status(word)
    with open_contest(contest, actor) as db:
        ops_review.set_status(db, event, code, found, reason=reason)
    click.echo(f"{code}：{found.label or '正常'} / {found.value}")


@click.command()
@CONTEST
@EVENT
@click.argument("code")
@click.argument("text", metavar="TIME", required=False)
@click.option("--clear", is_flag=True, help="清除用时 / clear the time")
@ACTOR
def time(contest: Path, event: str, code: str, text: str | None, clear: bool, actor: str | None) -> None:
    """用时：秒数（754）或 分:秒（12:34）、时:分:秒，并列时比较 / an entry's completion time,
    seconds or m:ss."""
    _given_or_cleared(text is not None, clear, "TIME")
    seconds = None if text is None else duration_seconds(text)
    with open_contest(contest, actor) as db:
        ops_review.set_time(db, event, code, seconds)
    click.echo(f"{code} 用时已清除 / time cleared" if clear else f"{code} 用时 {seconds} 秒（{clock_text(seconds)}）/ time recorded")


@click.command()
@CONTEST
@EVENT
@click.argument("code")
@click.argument("value", required=False)
@click.option("--clear", is_flag=True, help="清除加赛成绩 / remove the play-off result")
@ACTOR
def playoff(contest: Path, event: str, code: str, value: str | None, clear: bool, actor: str | None) -> None:
    """加赛成绩（最后一项并列规则）/ record an entry's play-off result."""
    _given_or_cleared(value is not None, clear, "VALUE")
    number = None if value is None else to_decimal(value, "加赛成绩", signed=False)
    with open_contest(contest, actor) as db:
        ops_review.set_playoffs(db, event, {code: number})
    click.echo(f"{code} 加赛成绩已清除 / play-off cleared" if number is None
               else f"{code} 加赛成绩 {fmt(number)} / play-off recorded")


# ---- recheck (复核) --------------------------------------------------------------------------------


@click.group()
def recheck() -> None:
    """复核：全部模块锁定后、解密前 / the recheck between locking and unsealing."""


@recheck.command("draw")
@CONTEST
@EVENT
@click.option("--seed", type=click.IntRange(0, 2**63 - 1), default=None, help="种子（默认随机，会记录并打印）")
@ACTOR
def recheck_draw(contest: Path, event: str, seed: int | None, actor: str | None) -> None:
    """抽取复核名单（每组前 10 名，其余随机 15%）/ draw the recheck list."""
    with open_contest(contest, actor) as db:
        state = ops_review.draw_recheck(db, event, seed=seed)
    click.echo(f"复核名单已抽取 / recheck list drawn: 种子 / seed {state.seed}")
    click.echo(f"{len(state.codes)} 份评分表（{'、'.join(state.codes)}），{len(state.items)} 个分值 / "
               f"{len(state.codes)} sheets, {len(state.items)} values")


def _stored(item: RecheckItem, show: bool) -> str | None:
    """The stored value once checked or when asked for; hidden before, for blind re-entry."""
    return fmt(item.stored) if show or item.outcome else None


def _item_dict(item: RecheckItem, state: RecheckState, show: bool) -> dict[str, object]:
    return {"code": item.code, "why": state.codes.get(item.code, ""), "criterion": item.criterion,
            "judge": item.judge, "stored": _stored(item, show),
            "entered": None if item.entered is None else fmt(item.entered), "outcome": item.outcome,
            "note": item.note, "checked_by": item.actor}


def _item_row(item: RecheckItem, state: RecheckState, ev: Event, show: bool) -> list[str]:
    why = REASON_LABELS.get(state.codes.get(item.code, ""), "")
    outcome = OUTCOME_LABELS[item.outcome] if item.outcome else "待复核"
    return [item.code, why, f"{item.criterion} {ev.criterion(item.criterion)[1].name}", item.judge,
            _stored(item, show) or "—", "" if item.entered is None else fmt(item.entered), outcome, item.note]


def _echo_pending(pending: str) -> None:
    """What still stops unsealing, or that the recheck is finished."""
    click.echo(pending or "复核已完成，可以解密 / recheck finished")


def _verdict_line(state: RecheckState) -> str:
    v = state.verdict
    line = (f"种子 {state.seed} · 复核 {len(state.codes)} 份评分表 · 已查 {v.checked}/{v.expected} 个分值"
            f" · 不符 {v.differing} 个（{v.rate:.1f}%，上限 {fmt(v.limit)}%）/ checked {v.checked} of {v.expected}")
    return line + ("；差错超过上限：整个赛项全部复核 / whole event" if state.full else "")


@recheck.command("list")
@CONTEST
@EVENT
@click.option("--format", "form", type=click.Choice(["table", "json"]), default="table")
@click.option("--show-stored", is_flag=True, help="显示未复核分值的原值（确认方式）/ show stored values not yet checked")
@ACTOR
def recheck_list(contest: Path, event: str, form: str, show_stored: bool, actor: str | None) -> None:
    """复核名单及进度（未复核的原值默认不显示，便于盲录）/ the recheck list and where it stands."""
    with open_contest(contest, actor) as db:
        found = ops_review.checks(db, event)
    ev, state, pending = found.event, found.recheck, found.pending
    if form == "json":
        payload = None if state is None else {
            "event": ev.id, "seed": state.seed, "codes": state.codes, "full": state.full,
            "drawn_at": state.drawn_at, "drawn_by": state.actor, "pending": pending,
            "items": [_item_dict(i, state, show_stored) for i in state.items]}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    if state is None:
        click.echo(f"赛项 {ev.name} 尚未抽取复核名单 / no recheck list drawn yet")
        return
    click.echo(_verdict_line(state))
    rows = [_item_row(i, state, ev, show_stored) for i in state.items]
    click.echo(table(["选手", "抽取原因", "评分项", "裁判", "原值", "复核值", "结果", "说明"], rows))
    _echo_pending(pending)


@recheck.command("enter")
@CONTEST
@EVENT
@_item_args
@click.argument("value")
@ACTOR
def recheck_enter(contest: Path, event: str, code: str, criterion: str, judge: str, value: str,
                  actor: str | None) -> None:
    """盲录：第二人按评分表重新录入一个分值 / re-enter one listed value blind."""
    with open_contest(contest, actor) as db:
        outcome, pending = ops_review.recheck_value(db, event, code, criterion, judge, value)
    click.echo(f"{code} {criterion}（裁判 {judge}）：{OUTCOME_LABELS[outcome]} / {outcome}")
    _echo_pending(pending)


@recheck.command("import")
@CONTEST
@EVENT
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@ACTOR
def recheck_import(contest: Path, event: str, file: Path, actor: str | None) -> None:
    """盲录文件：第二人按评分表录入的长表（编号, 裁判, 评分项, 分数），全部或全不 / re-enter listed
    values blind from a file, all or nothing."""
    with open_contest(contest, actor) as db:
        counts, pending = ops_review.recheck_file(db, event, file)
    click.echo(f"已复核 {counts['same'] + counts['differs']} 个分值：一致 {counts['same']}，"
               f"不一致 {counts['differs']}（待处理）/ rechecked: {counts['same']} same, {counts['differs']} differ")
    _echo_pending(pending)


@recheck.command("confirm")
@CONTEST
@EVENT
@_item_args
@ACTOR
def recheck_confirm(contest: Path, event: str, code: str, criterion: str, judge: str, actor: str | None) -> None:
    """确认：第二人核对原值无误 / confirm one listed value as stored."""
    with open_contest(contest, actor) as db:
        outcome, pending = ops_review.recheck_value(db, event, code, criterion, judge, None)
    click.echo(f"{code} {criterion}（裁判 {judge}）：{OUTCOME_LABELS[outcome]} / {outcome}")
    _echo_pending(pending)


@recheck.command("resolve")
@CONTEST
@EVENT
@_item_args
@click.option("--correct/--keep", required=True, help="原值有误，改为复核值 / 原值正确，保留")
@click.option("--reason", default="", help="原因（必填，记入审计日志）/ reason, required")
@ACTOR
def recheck_resolve(contest: Path, event: str, code: str, criterion: str, judge: str, correct: bool, reason: str,
                    actor: str | None) -> None:
    """处理差异：--correct 以复核值更正分数，--keep 保留原值 / settle a difference."""
    with open_contest(contest, actor) as db:
        pending = ops_review.resolve_recheck(db, event, code, criterion, judge, correct=correct, reason=reason)
    outcome = "corrected" if correct else "kept"
    click.echo(f"{code} {criterion}（裁判 {judge}）：{OUTCOME_LABELS[outcome]} / {outcome}")
    _echo_pending(pending)
