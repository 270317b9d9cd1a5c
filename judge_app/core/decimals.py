"""Exact decimal helpers: parsing user numbers and the rounding policies of an event."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from enum import Enum
from fractions import Fraction

from judge_app.core.errors import ScoreError


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


def to_decimal(value: object, what: str = "数值") -> Decimal:
    """Convert a user or file value to Decimal without passing through binary floats.

    Floats are converted through ``repr`` (shortest round-trip form), so ``88.5`` becomes
    ``Decimal('88.5')`` and not its binary expansion.
    """
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise ScoreError(f"{what}: 需要数字，得到 {value!r} / expected a number")
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip().replace("，", ".").translate(_FULLWIDTH_DIGITS)
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ScoreError(f"{what}: “{value}” 不是数字 / is not a number") from None
    else:
        raise ScoreError(f"{what}: 需要数字，得到 {value!r} / expected a number")
    if not result.is_finite():
        raise ScoreError(f"{what}: “{value}” 不是有限数字 / is not a finite number")
    return result


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．－＋", "0123456789.-+")


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
