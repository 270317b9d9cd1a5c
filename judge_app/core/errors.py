"""Typed errors with messages a clerk understands.

Every error raised on purpose by core, store or io derives from :class:`JudgeAppError`; the CLI
turns it into one line and an exit code, the GUI into one error dialog.
"""

from __future__ import annotations

EXCERPT_CHARS = 40
_ONE_LINE = str.maketrans("\r\n\t\v\f", "     ")


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A value as a message may quote it: at most ``limit`` characters, then “…”, on one line."""
    text = str(value)
    shown = text[:limit].translate(_ONE_LINE)
    return shown + "…" if len(text) > limit else shown


class JudgeAppError(Exception):
    """Base class of every error the user can act on."""

    exit_code = 1


class SchemeError(JudgeAppError):
    """The marking scheme is inconsistent (weights, maxima, rules, panels)."""

    exit_code = 3

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("评分标准有误 / invalid marking scheme:\n- " + "\n- ".join(self.problems))


class ScoreError(JudgeAppError):
    """A score value is not acceptable for its criterion (range, step, unknown code)."""

    exit_code = 4


class ImportRefused(JudgeAppError):
    """An input file was refused as a whole; ``problems`` lists every located problem."""

    exit_code = 5

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = list(problems or [])
        text = message if not self.problems else message + "\n- " + "\n- ".join(self.problems)
        super().__init__(text)


class StateError(JudgeAppError):
    """The action is not allowed in the current state (locked section, scores exist, ...)."""

    exit_code = 6


class NotFound(JudgeAppError):
    """A named event, section, criterion, judge or entry does not exist."""

    exit_code = 7


class InvalidValue(JudgeAppError):
    """A value typed by the user is not acceptable (PIN, role, judge id, seed ...)."""

    exit_code = 9


class NotPermitted(StateError):
    """The acting person's role may not do this (a plain judge drawing lots ...)."""

    exit_code = 10
