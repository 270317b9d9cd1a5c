"""PINs: only a salted scrypt hash is kept; checks are strict about the PIN's form."""

from __future__ import annotations

import pytest

from judge_app.core.errors import InvalidValue
from judge_app.core.pins import hash_pin, normalize_pin, pin_matches


def test_the_stored_form_hides_the_pin_and_is_salted() -> None:
    first, second = hash_pin("482915"), hash_pin("482915")
    assert first != second  # a fresh salt each time
    assert "482915" not in first
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
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
