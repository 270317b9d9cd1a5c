"""One strict number parser (core.decimals.to_decimal) for scores, times, play-offs and votes."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from judge_app.core.decimals import to_decimal, whole_number
from judge_app.core.errors import ScoreError


@pytest.mark.parametrize(("text", "expected"), [
    ("9.5", "9.5"), ("9.50", "9.5"), ("10", "10"), ("10.000", "10"), (" 8 ", "8"), (".5", "0.5"), ("5.", "5"),
    ("０９．５", "9.5"), ("９。５", "9.5"), ("9。5", "9.5"), ("１０", "10"), ("0.000001", "0.000001"),
    ("1000000000", "1000000000"),
])
def test_digits_and_one_point_are_read_and_stored_normalised(text: str, expected: str) -> None:
    number = to_decimal(text, "分数", signed=False)
    assert number == D(expected) and str(number) == expected


@pytest.mark.parametrize("text", [
    "1E3", "1e3", "0E-50000000", "1_0", "٩", "३.५", "9，5", "9,5", "9.5.1", "", "  ", "NaN", "Infinity",
    "八", "0x10", "1 000", "9.5分", "½",
])
def test_exponents_underscores_other_scripts_and_commas_are_refused(text: str) -> None:
    with pytest.raises(ScoreError, match="不是数字"):
        to_decimal(text, "分数")


@pytest.mark.parametrize("text", ["-1", "+5", "-0", "－1", "＋5"])
def test_a_sign_is_refused_where_none_is_allowed(text: str) -> None:
    with pytest.raises(ScoreError, match="正负号"):
        to_decimal(text, "分数", signed=False)


def test_a_sign_is_read_where_allowed_and_minus_zero_is_zero() -> None:
    assert to_decimal("-2.50") == D("-2.5")
    assert str(to_decimal("-0")) == "0" and str(to_decimal(D("-0"), signed=False)) == "0"
    assert str(to_decimal("-0.000")) == "0"


@pytest.mark.parametrize("value", ["1000000000.5", "1000000001", "9" * 40, D("1E+50000000"), 10**23, 1e300])
def test_magnitude_is_bounded(value: object) -> None:
    with pytest.raises(ScoreError, match="太大"):
        to_decimal(value, "分数")


@pytest.mark.parametrize("value", ["1.1234567", "0.0000001", D("1E-50000000"), 0.1 + 0.2])
def test_precision_is_bounded(value: object) -> None:
    with pytest.raises(ScoreError, match="小数位太多"):
        to_decimal(value, "分数")


def test_decimals_from_elsewhere_are_normalised_not_stored_with_their_digits() -> None:
    """0E-50000000 handed over as a Decimal (a GUI field, a file) is 0, not 50 million zeros."""
    assert str(to_decimal(D("0E-50000000"), signed=False)) == "0"
    assert str(to_decimal(D("1E+3"))) == "1000" and str(to_decimal(D("9.500000000"))) == "9.5"
    assert to_decimal(88.5) == D("88.5") and to_decimal(7) == D(7)
    for bad in (True, None, [1], float("nan"), D("sNaN")):
        with pytest.raises(ScoreError):
            to_decimal(bad, "分数")


def test_a_long_text_is_quoted_as_an_excerpt() -> None:
    with pytest.raises(ScoreError) as info:
        to_decimal("9" * 1_000_000 + "x", "分数")
    assert len(str(info.value)) < 200 and "…" in str(info.value)


@pytest.mark.parametrize(("value", "expected"), [("12", 12), ("１２", 12), (12, 12), ("12.0", 12), (0, 0)])
def test_whole_numbers_for_times_and_votes(value: object, expected: int) -> None:
    assert whole_number(value, "用时") == expected


@pytest.mark.parametrize("value", [10**23, "1_0", "٩", "12.5", "-1", -1, "1E3", True, "+3"])
def test_whole_numbers_refuse_anything_else(value: object) -> None:
    with pytest.raises(ScoreError, match="整数"):
        whole_number(value, "用时")
