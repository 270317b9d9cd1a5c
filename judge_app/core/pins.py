"""Judges' PINs: 4–8 digits, kept only as a salted scrypt hash.

Stored form: ``scrypt$n$r$p$salt_hex$hash_hex`` (n=2**14, r=8, p=1, a random 16-byte salt, a
32-byte hash). The parameters travel with the hash, so stronger ones can be used later without
breaking stored PINs. Comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

from judge_app.core.errors import InvalidValue

N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
_PIN_RE = re.compile(r"[0-9]{4,8}")
_MAXMEM = 64 * 1024 * 1024


def normalize_pin(pin: object) -> str:
    """The PIN as ASCII digits (full-width digits and surrounding spaces forgiven);
    InvalidValue unless it is 4–8 digits."""
    text = unicodedata.normalize("NFKC", "" if pin is None else str(pin)).strip()
    if not _PIN_RE.fullmatch(text):
        raise InvalidValue("PIN 应为 4–8 位数字 / a PIN is 4 to 8 digits")
    return text


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=_MAXMEM)


def hash_pin(pin: object) -> str:
    """The stored form of a PIN (checked with :func:`normalize_pin` first)."""
    text = normalize_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    return f"scrypt${N}${R}${P}${salt.hex()}${_scrypt(text, salt, N, R, P).hex()}"


def pin_matches(stored: str, pin: object) -> bool:
    """Whether ``pin`` is the PIN behind ``stored``. False for a malformed PIN or stored value."""
    try:
        text = normalize_pin(pin)
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        got = _scrypt(text, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    except (InvalidValue, ValueError):
        return False
    return hmac.compare_digest(got, expected)
