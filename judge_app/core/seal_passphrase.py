"""The passphrases that seal: the chief judge's (or supervisor's) seal of the audit head and the
secretary's second code key. Whoever holds the contest file can try guesses against what it
stores (a verifier, a wrapped key) offline, at scrypt's pace, so they are longer than a login
passphrase (:func:`judge_app.core.pins.normalize_passphrase`)."""

from __future__ import annotations

import unicodedata

from judge_app.core.errors import InvalidValue
from judge_app.core.pins import normalize_passphrase

MIN_CHARS = 10


def canonical(passphrase: object) -> str:
    """The passphrase as used for the key: NFKC (full-width forgiven), surrounding spaces off."""
    return unicodedata.normalize("NFKC", "" if passphrase is None else str(passphrase)).strip()


def check_new_passphrase(passphrase: object) -> str:
    """A new sealing passphrase as used; InvalidValue unless it is a login passphrase of at
    least :data:`MIN_CHARS` characters."""
    text = normalize_passphrase(passphrase)
    if len(text) < MIN_CHARS:
        raise InvalidValue(f"封印口令和加密裁判口令至少 {MIN_CHARS} 个字符且含字母 / a sealing passphrase needs"
                           f" at least {MIN_CHARS} characters with letters")
    return text
