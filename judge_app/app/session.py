"""Logging in: the one check between "who says they act" and an open contest, for CLI and GUI.

Once anybody is registered in a contest, acting in it needs that person's PIN (a passphrase for
the roles that seal, :data:`judge_app.core.pins.PASSPHRASE_ROLES`); an unregistered name gets
nothing. A contest with nobody registered opens as its organiser, as before. Each wrong PIN makes
the next try wait longer; the count is kept in the file and every refusal is audited
(:mod:`judge_app.store.logins`).

The CLI says once per command which PIN it was given (``--pin``, else $JUDGE_APP_PIN, else a
prompt on a terminal: :func:`give_pin`, :func:`pin_given`); the door every command opens a
contest through, :func:`judge_app.app.contest_file.open_contest`, passes it to :func:`open_as`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextvars import ContextVar
from datetime import datetime, timezone
from pathlib import Path

from judge_app.core.people import Judge
from judge_app.core.pins import LoginRefused, secret_hint
from judge_app.store import ContestDB

PIN_ENV = "JUDGE_APP_PIN"
#: the actor of a contest opened to read without logging in (role-bound calls are refused)
READER = "未登录查看 / not logged in"

Clock = Callable[[], datetime]
#: a PIN, or something that asks the person for theirs when one is needed (None: none given)
PinSource = str | Callable[[Judge], str] | None

_given: ContextVar[tuple[str | None, Callable[[Judge], str] | None]] = ContextVar(
    "judge_app_pin", default=(None, None))


def utc_clock() -> datetime:
    return datetime.now(timezone.utc)


def authenticate(db: ContestDB, who: str, pin: PinSource, *, clock: Clock = utc_clock) -> Judge | None:
    """Check that ``who`` (id, ``姓名(编号)`` or a unique name) is registered in ``db`` and that
    ``pin`` is theirs; returns the person, or None when nobody is registered yet.

    LoginRefused (with ``retry_in``) for an unregistered name, a person without a PIN, a try too
    soon after wrong ones (the PIN is then not even asked for), a missing or a wrong PIN."""
    if not db.has_people():
        return None
    person = db.person_for(who)
    now = clock()
    wait = db.login_wait(person.id, now)
    if wait:
        raise LoginRefused(f"{person.id} 的 PIN 刚刚输错 / a wrong PIN was just tried", wait)
    if not person.has_pin:
        retry = db.check_login(person.id, "", now)
        raise LoginRefused(f"{person.id} 尚未设置 PIN，请管理员设置（judges set-pin）/ no PIN set yet", retry)
    secret = pin(person) if callable(pin) else pin
    if not secret:
        raise LoginRefused(f"请输入 {person.name}（{person.id}）的{secret_hint(person.role)}："
                           f"--pin 或环境变量 {PIN_ENV} / a PIN is needed")
    retry = db.check_login(person.id, secret, now)
    if retry >= 0:
        raise LoginRefused(f"{person.id} 的 PIN 不正确 / wrong PIN", retry)
    return person


def open_as(path: str | Path, who: str, pin: PinSource, *, clock: Clock = utc_clock) -> ContestDB:
    """The contest file opened as ``who`` after :func:`authenticate`; use it in a ``with``."""
    db = ContestDB.open(path, actor=who)
    try:
        authenticate(db, who, pin, clock=clock)
    except BaseException:
        db.close()
        raise
    return db


def end_session(db: ContestDB) -> None:
    """Logout: the passphrases given in the session (seal, second draw key) are forgotten, so
    whoever logs in next, the same person too, is asked for them again."""
    db.forget_seal_key()
    db.forget_code_keys()


def open_to_read(path: str | Path) -> ContestDB:
    """The contest file opened without logging in, for what needs no role (the scheme); once
    anybody is registered, every role-bound call on it is refused."""
    return ContestDB.open(path, actor=READER)


def give_pin(pin: str | None, ask: Callable[[Judge], str] | None = None) -> Callable[[], None]:
    """Make ``pin`` (typed as ``--pin``; ``ask``: a terminal prompt) the PIN of the command under
    way; returns what undoes it when the command ends."""
    token = _given.set((pin, ask))
    return lambda: _given.reset(token)


def pin_given() -> PinSource:
    """The PIN of the command under way: its ``--pin``, else $JUDGE_APP_PIN, else its prompt."""
    pin, ask = _given.get()
    return pin or os.environ.get(PIN_ENV, "").strip() or ask
