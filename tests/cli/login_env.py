"""Logging in from CLI tests, as scripts do: the organiser O0 registered first, then its
``JUDGE_APP_ACTOR`` / ``JUDGE_APP_PIN`` environment (:data:`AS_ORGANISER`)."""

from __future__ import annotations

from pathlib import Path

from judge_app.app.contest_file import ACTOR_ENV
from judge_app.app.session import PIN_ENV
from judge_app.store import ContestDB
from tests.store.sample import ORGANISER_PASS, register_organiser

#: the environment that logs a command in as the organiser O0
AS_ORGANISER = {ACTOR_ENV: "O0", PIN_ENV: ORGANISER_PASS}


def add_organiser(path: Path) -> dict[str, str]:
    """Register the organiser O0 in the contest file at ``path`` (nobody may be registered yet);
    returns :data:`AS_ORGANISER`."""
    with ContestDB.open(path, actor="组委会") as db:
        register_organiser(db)
    return AS_ORGANISER


def as_person(judge_id: str, pin: str) -> dict[str, str]:
    """The environment that logs a command in as ``judge_id`` with ``pin``."""
    return {ACTOR_ENV: judge_id, PIN_ENV: pin}
