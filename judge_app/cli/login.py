"""Who acts on the command line and their PIN: ``--as`` and ``--pin`` (:data:`ACTOR`).

``--as 编号或姓名`` names the person (default $JUDGE_APP_ACTOR, else the OS user). Once anybody
is registered in the contest, the command needs that person's PIN (passphrase for the chief
judge, secretary and organiser): ``--pin``, else $JUDGE_APP_PIN, else it is asked for on a
terminal without echo. The check itself is :mod:`judge_app.app.session`'s.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from judge_app.app import session
from judge_app.core.people import Judge
from judge_app.core.pins import secret_hint

F = TypeVar("F", bound=Callable[..., Any])


def ask_pin(person: Judge) -> str:
    """Ask for ``person``'s PIN on the terminal (not echoed; the question goes to stderr)."""
    return click.prompt(f"{person.name}（{person.id}）的{secret_hint(person.role)}", hide_input=True,
                        default="", show_default=False, err=True)


def on_terminal() -> bool:
    """Whether someone can be asked (scripts and pipes get a clear refusal instead of a hang)."""
    return sys.stdin.isatty()


def _give_pin(ctx: click.Context, _param: click.Parameter, pin: str | None) -> None:
    ctx.call_on_close(session.give_pin(pin, ask_pin if on_terminal() else None))


def ACTOR(command: F) -> F:  # noqa: N802 - used as @ACTOR, like the option constants
    """``--as`` (passed on as ``actor``) and ``--pin`` (given to the log-in) of a command."""
    command = click.option("--pin", default=None, metavar="PIN", expose_value=False, callback=_give_pin,
                           help=f"操作人的 PIN 或口令（也可用环境变量 {session.PIN_ENV}；省略时在终端询问）"
                                " / the acting person's PIN")(command)
    return click.option("--as", "actor", default=None, metavar="编号或姓名",
                        help="操作人（已登记的编号或姓名；默认 $JUDGE_APP_ACTOR 或系统用户）/ who acts")(command)
