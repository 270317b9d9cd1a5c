"""PINs and passphrases: only a salted scrypt hash is kept; checks are strict about the form each
role must use; wrong tries wait longer and longer."""

from __future__ import annotations

import hashlib

import pytest

from judge_app.core.errors import InvalidValue
from judge_app.core.people import Role
from judge_app.core.pins import (
    RETRY_CAP_S,
    hash_pin,
    needs_rehash,
    normalize_pin,
    normalize_secret,
    pin_matches,
    retry_delay,
    wait_left,
)


def test_the_stored_form_hides_the_pin_and_is_salted() -> None:
    first, second = hash_pin("482915"), hash_pin("482915")
    assert first != second  # a fresh salt each time
    assert "482915" not in first
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**16, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32


def test_matching() -> None:
    stored = hash_pin("0042")
    assert pin_matches(stored, "0042")
    assert pin_matches(stored, " ００４２ ")  # full-width digits typed on a Chinese keyboard
    assert not pin_matches(stored, "0043")
    assert not pin_matches(stored, "42")
    assert not pin_matches(stored, None)


@pytest.mark.parametrize("stored", ["", "plain", "md5$1$2$3$00$00", "scrypt$x$8$1$00$00", "scrypt$16$8$1$zz$00"])
def test_a_malformed_stored_value_never_matches(stored: str) -> None:
    assert not pin_matches(stored, "1234")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", None, "12 34"])
def test_bad_pins_are_refused(pin: object) -> None:
    with pytest.raises(InvalidValue, match="PIN"):
        normalize_pin(pin)


def test_normalized_pin() -> None:
    assert normalize_pin(" １２３４ ") == "1234"
    assert normalize_pin(12345678) == "12345678"


def test_old_hashes_still_match_and_are_marked_for_renewal() -> None:
    old = "scrypt$16384$8$1$" + "00" * 16 + "$" + hashlib.scrypt(b"1234", salt=bytes(16), n=2**14, r=8, p=1,
                                                                 dklen=32).hex()
    assert pin_matches(old, "1234") and not pin_matches(old, "1235")
    assert needs_rehash(old)
    assert not needs_rehash(hash_pin("1234"))


@pytest.mark.parametrize("role", [Role.CHIEF, Role.SECRETARY, Role.ORGANISER])
def test_the_roles_that_seal_need_a_passphrase(role: Role) -> None:
    for weak in ("1234", "12345678", "abcdefg", "        "):
        with pytest.raises(InvalidValue, match="口令"):
            normalize_secret(weak, role)
    assert normalize_secret(" 赵裁判长2024 ", role) == "赵裁判长2024"
    assert pin_matches(hash_pin("赵裁判长2024"), "赵裁判长2024")


@pytest.mark.parametrize("role", [Role.JUDGE, Role.SCORER, Role.SUPERVISOR])
def test_the_other_roles_keep_digit_pins(role: Role) -> None:
    assert normalize_secret("０４２７", role) == "0427"
    with pytest.raises(InvalidValue, match="PIN"):
        normalize_secret("judge2024", role)


def test_each_wrong_try_doubles_the_wait_up_to_the_cap() -> None:
    assert [retry_delay(n) for n in range(0, 8)] == [0, 0, 1, 2, 4, 8, 16, 32]
    assert retry_delay(12) == RETRY_CAP_S == retry_delay(10_000)
    assert wait_left(4, 1.5) == 3  # 4 s after the fourth, 1.5 s gone: 3 whole seconds left
    assert wait_left(4, 4) == 0
    assert wait_left(4, -3600) == 4  # a clock set back never makes it longer
