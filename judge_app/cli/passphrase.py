"""The passphrases a command may need, given with ``--passphrase`` or typed at a prompt (hidden,
only on a terminal): the seal passphrase of the chief judge or supervisor (locks, publication,
``audit verify``) and the secretary's code-key passphrase (stage-2 draw, unseal)."""

from __future__ import annotations

import sys

import click

from judge_app.store import ContestDB

PASSPHRASE = click.option("--passphrase", default=None,
                          help="口令（不给时在终端上提示输入）/ passphrase (asked for on a terminal when not given)")


def ask(prompt: str, *, confirm: bool = False) -> str | None:
    """The passphrase typed at a hidden prompt; None when no terminal is there to ask on."""
    if not sys.stdin.isatty():
        return None
    return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def unlock_seals(db: ContestDB, given: str | None) -> None:
    """Before a lock, publication or finalisation: once the contest has a seal passphrase, take
    it (given, else asked for); without it the store refuses the action and says why."""
    if not db.seal_passphrase_set():
        return
    passphrase = given if given is not None else ask("封印口令（裁判长或监督输入）/ seal passphrase")
    if passphrase:
        db.unlock_seals(passphrase)
