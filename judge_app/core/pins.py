"""Login secrets: judges' 4–8 digit PINs and the passphrases of the roles that seal, kept only as
a salted scrypt hash; the growing wait after wrong tries.

Stored form: ``scrypt$n$r$p$salt_hex$hash_hex`` (a random 16-byte salt, a 32-byte hash). New
hashes use n=2**16, r=8, p=1 (about 0.2 s and 64 MiB per try); the parameters travel with the hash,
so older ones (n=2**14) still verify and are re-hashed at the next successful login
(:func:`needs_rehash`). Comparison is constant-time.

A 4-digit PIN cannot resist someone who has the contest file and tries all 10 000 offline: it
only keeps another person at the venue from acting as that judge through the program. What
protects results is the audit seal and the passphrases of the secretary, chief judge and organiser.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import unicodedata

from judge_app.core.errors import InvalidValue, NotPermitted
from judge_app.core.people import Role

N, R, P = 2**16, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
_PIN_RE = re.compile(r"[0-9]{4,8}")
_MAXMEM = 128 * 1024 * 1024

#: roles that seal or unseal results: they log in with a passphrase, not a short PIN
PASSPHRASE_ROLES = frozenset({Role.SECRETARY, Role.CHIEF, Role.ORGANISER})
PASSPHRASE_MIN, PASSPHRASE_MAX = 8, 64
#: the longest wait between two tries (seconds)
RETRY_CAP_S = 300


def _canonical(secret: object) -> str:
    """The secret as typed, with full-width characters and surrounding spaces forgiven."""
    return unicodedata.normalize("NFKC", "" if secret is None else str(secret)).strip()


def normalize_pin(pin: object) -> str:
    """The PIN as ASCII digits (full-width digits and surrounding spaces forgiven);
    InvalidValue unless it is 4–8 digits."""
    text = _canonical(pin)
    if not _PIN_RE.fullmatch(text):
        raise InvalidValue("PIN 应为 4–8 位数字 / a PIN is 4 to 8 digits")
    return text


def normalize_passphrase(secret: object) -> str:
    """The passphrase of a role that seals; InvalidValue unless it has 8–64 characters,
    at least one of them a letter."""
    text = _canonical(secret)
    if not (PASSPHRASE_MIN <= len(text) <= PASSPHRASE_MAX and any(c.isalpha() for c in text)
            and all(c.isprintable() for c in text)):
        raise InvalidValue(f"裁判长、加密裁判和管理员的口令至少 {PASSPHRASE_MIN} 个字符且含字母"
                           f" / the chief judge, secretary and organiser need a passphrase of at least"
                           f" {PASSPHRASE_MIN} characters with letters")
    return text


def normalize_secret(secret: object, role: Role | str) -> str:
    """The login secret ``role`` must use: a passphrase for :data:`PASSPHRASE_ROLES`, else a PIN."""
    return normalize_passphrase(secret) if Role.parse(role) in PASSPHRASE_ROLES else normalize_pin(secret)


def secret_hint(role: Role | str) -> str:
    """What the secret of ``role`` looks like, for prompts."""
    return ("口令（至少 8 个字符，含字母）/ passphrase" if Role.parse(role) in PASSPHRASE_ROLES
            else "PIN（4–8 位数字）/ PIN")


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=_MAXMEM)


def hash_pin(secret: object) -> str:
    """The stored form of a PIN or passphrase (its form is the caller's to check, by role)."""
    text = _canonical(secret)
    if not text:
        raise InvalidValue("PIN 不能为空 / the PIN is empty")
    salt = secrets.token_bytes(SALT_BYTES)
    return f"scrypt${N}${R}${P}${salt.hex()}${_scrypt(text, salt, N, R, P).hex()}"


def pin_matches(stored: str, secret: object) -> bool:
    """Whether ``secret`` is the PIN or passphrase behind ``stored``. False for an empty secret
    or a malformed stored value."""
    text = _canonical(secret)
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt" or not text:
            return False
        expected = bytes.fromhex(hash_hex)
        got = _scrypt(text, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(got, expected)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with weaker parameters than new hashes get."""
    try:
        scheme, n, _r, _p, _salt, _hash = stored.split("$")
        return scheme != "scrypt" or int(n) < N
    except ValueError:
        return True


def retry_delay(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong ones in a row:
    0, 0, 1, 2, 4, 8 … up to :data:`RETRY_CAP_S`."""
    if failures <= 1:
        return 0
    return min(2 ** min(failures - 2, 20), RETRY_CAP_S)


def wait_left(failures: int, seconds_since_last: float) -> int:
    """Whole seconds still to wait, given the failures and the time since the last one (a clock
    set back never makes the wait longer than :func:`retry_delay`)."""
    delay = retry_delay(failures)
    return min(delay, max(0, math.ceil(delay - seconds_since_last)))


class LoginRefused(NotPermitted):
    """A log-in was refused (unknown person, no or wrong PIN, or too soon after wrong ones):
    ``reason``, and ``retry_in``, the seconds until the next try is accepted (0: at once)."""

    def __init__(self, reason: str, retry_in: int = 0):
        self.reason, self.retry_in = reason, retry_in
        wait = f"\n请在 {retry_in} 秒后重试 / try again in {retry_in} s" if retry_in else ""
        super().__init__(reason + wait)
