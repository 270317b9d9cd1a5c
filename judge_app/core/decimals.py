"""Exact decimal helpers: parsing user numbers and the rounding policies of an event."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from enum import Enum
from fractions import Fraction

from judge_app.core.errors import ScoreError, excerpt


class Rounding(str, Enum):
    """How an event rounds section scores and totals."""

    HALF_UP = "half_up"  # 四舍五入 (default)
    HALF_EVEN = "half_even"  # GB/T 8170 四舍六入五成双

    @property
    def decimal_mode(self) -> str:
        return ROUND_HALF_UP if self is Rounding.HALF_UP else ROUND_HALF_EVEN

    @property
    def label(self) -> str:
        return "四舍五入" if self is Rounding.HALF_UP else "四舍六入五成双 (GB/T 8170)"


MAX_MAGNITUDE = Decimal(10) ** 9  # no score, time, weight or play-off value is larger
MAX_DECIMALS = 6  # places after the point, once trailing zeros are dropped
MAX_TEXT = 40  # characters of a typed number
# ASCII digits and one point; full-width digits and point and the Chinese 。 are read as such
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_WIDE = str.maketrans("０１２３４５６７８９．。－＋", "0123456789..-+")


def to_decimal(value: object, what: str = "数值", *, signed: bool = True) -> Decimal:
    """The one way a typed or file value becomes a number: a normalised, bounded Decimal.

    Text may hold ASCII or full-width digits and one decimal point (``.``, ``．`` or ``。``), and a
    sign only when ``signed``; an exponent (1E3), underscores (1_0), other scripts (٩, ३.५) or a
    comma (9，5) are refused. Floats are read through ``repr`` (88.5 stays 88.5). Every value must
    be at most 10^9 with at most 6 decimals; the result has no trailing zeros (9.50 → 9.5) and no
    negative zero. Raises ScoreError saying why.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, float, str)):
        raise ScoreError(f"{what}: 需要数字，得到 {excerpt(repr(value))} / expected a number")
    if isinstance(value, str):
        result = _parse_text(value, what, signed)
    else:
        result = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not result.is_finite():
            raise ScoreError(f"{what}: “{excerpt(value)}” 不是有限数字 / is not a finite number")
        if result < 0 and not signed:
            raise ScoreError(f"{what}: “{excerpt(value)}” 不能为负数 / must not be negative")
    if result.copy_abs() > MAX_MAGNITUDE:
        raise ScoreError(f"{what}: “{excerpt(value)}” 太大（不超过 10 亿）/ too large (at most 10^9)")
    result = _without_trailing_zeros(result)
    if -result.as_tuple().exponent > MAX_DECIMALS:  # type: ignore[operator]  # finite: an int
        raise ScoreError(f"{what}: “{excerpt(value)}” 小数位太多（最多 {MAX_DECIMALS} 位）"
                         f" / at most {MAX_DECIMALS} decimals")
    return result


def whole_number(value: object, what: str = "数值") -> int:
    """A count or a time in whole seconds, read by :func:`to_decimal` (no sign, at most 10^9)."""
    try:
        number = to_decimal(value, what, signed=False)
    except ScoreError:
        number = None
    if number is None or number != number.to_integral_value():
        raise ScoreError(f"{what}应为 0 到 10 亿之间的整数，输入的是 “{excerpt(value)}” / must be a whole number from 0 to 10^9")
    return int(number)


_CLOCK = re.compile(r"(?:([0-9]{1,6}):)?([0-9]{1,6}):([0-9]{2})")  # ASCII digits: ٣ or ३ are refused


def duration_seconds(value: object, what: str = "用时") -> int:
    """A completion time (用时) in whole seconds, written as seconds (``754``) or as a clock,
    分:秒 or 时:分:秒 (``12:34``, ``1:02:03``; a full-width colon too): the seconds and, after hours,
    the minutes of a clock are two digits under 60. Anything else is a ScoreError naming it."""
    text = unicodedata.normalize("NFKC", str(value)).strip()
    wrong = ScoreError(f"{what}应为秒数（如 754）或 分:秒（如 12:34），输入的是 “{excerpt(value)}”"
                       " / a time is seconds or m:ss")
    if ":" not in text:
        try:
            return whole_number(text, what)
        except ScoreError:
            raise wrong from None
    found = _CLOCK.fullmatch(text)
    if found is None:
        raise wrong
    hours, minutes, seconds = (int(found[1] or 0), int(found[2]), int(found[3]))
    if seconds >= 60 or (found[1] is not None and (minutes >= 60 or len(found[2]) != 2)):
        raise wrong
    return whole_number(hours * 3600 + minutes * 60 + seconds, what)


def clock_text(seconds: int) -> str:
    """Seconds as the clock :func:`duration_seconds` reads: ``12:34``, ``1:02:03`` from an hour."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _without_trailing_zeros(number: Decimal) -> Decimal:
    """9.50 → 9.5, 10 stays 10 (not 1E+1), 1E+3 → 1000, -0 and 0E-50 → 0; exact, whatever the digits
    (the number is at most MAX_MAGNITUDE here)."""
    if not number:
        return Decimal(0)
    if number == number.to_integral_value():
        return Decimal(int(number))
    sign, digits, exponent = number.as_tuple()
    kept = list(digits)
    while exponent < 0 and kept[-1] == 0:  # type: ignore[operator]  # finite: an int
        kept.pop()
        exponent += 1  # type: ignore[operator]
    return Decimal((sign, tuple(kept), exponent))


def _parse_text(value: str, what: str, signed: bool) -> Decimal:
    text = value.strip().translate(_WIDE)
    if len(text) > MAX_TEXT or not _NUMBER.fullmatch(text):
        raise ScoreError(f"{what}: “{excerpt(value)}” 不是数字（只能用数字和一个小数点，不用科学计数法、逗号或其他文字）"
                         " / is not a number (digits and one decimal point only)")
    if text[0] in "+-" and not signed:
        raise ScoreError(f"{what}: “{excerpt(value)}” 不能带正负号 / no sign allowed")
    return Decimal(text)


_PREC60 = Context(prec=60)  # a context of its own: no localcontext() switch on every rounding
_EXPONENTS = {places: Decimal(1).scaleb(-places) for places in range(-2, 11)}


def quantize(value: Decimal, decimals: int, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round exactly to ``decimals`` places with the event's policy (80.725 → 80.73 half-up)."""
    exponent = _EXPONENTS.get(decimals) or Decimal(1).scaleb(-decimals)
    return value.quantize(exponent, rounding=rounding.decimal_mode, context=_PREC60)


def exact_div(numerator: Decimal, denominator: Decimal | int) -> Decimal:
    """Division at 50 significant digits, so that a later rounding to 1-4 places is exact.

    Panel means have small denominators (at most the panel size), so a sum of them is a fraction
    whose denominator is at most a few thousand: it is either exactly on a rounding half-way point
    or at least 1e-8 away from it, while the error carried by 50 digits is below 1e-40.
    """
    with localcontext() as ctx:
        ctx.prec = 50
        return numerator / Decimal(denominator)


_SETTLE = Decimal("1e-18")


def round_sum(value: Decimal, decimals: int, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round a sum of :func:`exact_div` quotients exactly, with the event's policy.

    Each quotient carries a residue below 1e-40 and a sum at the default 28 digits adds one
    below 1e-20 per term, so an exact 799/4 can arrive as 199.7499999999999999999999999 and
    round down. The value is first settled to 18 places: a sum of panel means and weighted
    scores has a small denominator, so it is either exactly on a rounding point or far (over
    1e-12) from it, and settling removes only the residue.
    """
    settled = value.quantize(_SETTLE, rounding=ROUND_HALF_EVEN, context=_PREC60)
    return quantize(settled, decimals, rounding)


def is_multiple(value: Decimal, step: Decimal) -> bool:
    """True when ``value`` is an integer multiple of ``step`` (0.5 steps: 8.5 yes, 8.3 no)."""
    if step == 0:
        return True
    with localcontext() as ctx:
        ctx.prec = 60
        try:
            return (value % step) == 0
        except InvalidOperation:  # the quotient needs more than 60 digits (a step like 1E-223): exactly
            return Fraction(value) % Fraction(step) == 0


def fmt(value: Decimal | None, decimals: int | None = None) -> str:
    """Format a Decimal without scientific notation; ``None`` prints as empty text."""
    if value is None:
        return ""
    if decimals is not None:
        value = quantize(value, decimals)
    return format(value, "f")


def round_fraction(value: Fraction, decimals: int, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round an exact fraction to ``decimals`` places with the event's policy, with no residue.

    Used where a result divides by a sum of scores (standard scores), whose denominator can be
    anything: integer arithmetic decides the half-way case exactly.
    """
    return round_ratio(value.numerator, value.denominator, decimals, rounding)


def round_ratio(numerator: int, denominator: int, decimals: int, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round numerator / denominator (denominator > 0) exactly; see :func:`round_fraction`."""
    whole, rest = divmod(numerator * 10**decimals, denominator)  # floor, 0 ≤ rest < denominator
    twice = 2 * rest
    if twice == denominator:  # exactly half-way: away from zero, or to the even neighbour
        up = whole >= 0 if rounding is Rounding.HALF_UP else whole % 2 == 1
    else:
        up = twice > denominator
    if up:
        whole += 1
    return Decimal(whole).scaleb(-decimals)
