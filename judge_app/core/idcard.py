"""The 18-digit resident ID number (公民身份号码, GB 11643-1999): normalise, check, mask.

Pure functions, no I/O. None of them raises on junk input: checks return a problem message in
Chinese (or ``None`` when the number is fine), getters return ``None`` when they cannot answer.

Layout: 6 digits region, 8 digits birth date (YYYYMMDD), 3 digits sequence (the 17th digit is odd
for men, even for women), 1 check character (0-9 or X).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"  # indexed by (Σ digit × weight) mod 11
EARLIEST_BIRTH = date(1900, 1, 1)

NUMBER_LOST = "身份证号以数字格式保存，末几位已丢失，请将该列设置为文本格式后重新输入"

_ID_RE = re.compile(r"\d{17}[\dX]")
_SCIENTIFIC_RE = re.compile(r"[+-]?\d+(\.\d*)?[eE][+-]?\d+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def normalize(value: object) -> str:
    """Canonical text of an ID number as typed: no spaces at all (also full-width / NBSP),
    full-width digits and letters made ASCII, lower-case ``x`` made ``X``, a leading apostrophe
    (Excel's "store as text" mark) dropped. Anything else is kept, so checks can name it."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(_INVISIBLE)
    text = "".join(text.split())
    text = text.lstrip("'`‘’")
    return text.upper()


def check_char(first17: str) -> str | None:
    """The check character for 17 ASCII digits, or None if ``first17`` is not 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        return None
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS))
    return CHECK_CHARS[total % 11]


def looks_like_number_lost(text: str) -> bool:
    """True for text like ``3.20102199001011E+17``: an ID that went through a number cell."""
    return bool(_SCIENTIFIC_RE.fullmatch(text.strip()))


def birth_date(value: object) -> date | None:
    """The birth date written in a well-formed ID (whatever its check digit), or None."""
    text = normalize(value)
    if not _ID_RE.fullmatch(text):
        return None
    try:
        return date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return None


def gender(value: object) -> str | None:
    """'男' if the 17th digit is odd, '女' if even; None if the text is not a well-formed ID."""
    text = normalize(value)
    if not _ID_RE.fullmatch(text):
        return None
    return "男" if int(text[16]) % 2 else "女"


def problem(value: object, *, today: date | None = None) -> str | None:
    """What is wrong with an ID number (in Chinese, saying what was expected), or None if valid.

    Checks, in order: present, 18 characters of the right kind, a real birth date between
    1900-01-01 and ``today``, the check character.
    """
    text = normalize(value)
    if not text:
        return "身份证号为空（应为 18 位身份证号码）"
    if looks_like_number_lost(text):
        return NUMBER_LOST
    if len(text) == 15 and text.isascii() and text.isdigit():
        return "这是 15 位的旧身份证号，请填写 18 位身份证号码"
    if not _ID_RE.fullmatch(text):
        bad = [ch for ch in text if not (ch.isascii() and (ch.isdigit() or ch == "X"))]
        if bad:
            shown = "".join(dict.fromkeys(bad))[:10]
            return f"身份证号含有不该有的字符“{shown}”（应为 17 位数字加 1 位数字或 X）"
        if "X" in text[:-1]:
            return "身份证号中的 X 只能出现在最后一位"
        return f"身份证号应为 18 位，这里是 {len(text)} 位"
    born = birth_date(text)
    written = f"{text[6:10]}-{text[10:12]}-{text[12:14]}"
    if born is None:
        return f"身份证号中的出生日期 {written} 不是有效日期（第 7–14 位应为出生年月日）"
    if born < EARLIEST_BIRTH:
        return f"身份证号中的出生日期 {written} 早于 1900 年，号码可能抄错了"
    if born > (today or date.today()):
        return f"身份证号中的出生日期 {written} 在今天之后，号码可能抄错了"
    expected = check_char(text[:17])
    if expected != text[17]:
        hint = ""
        if text.endswith("000"):
            hint = "；末三位为 000，可能是以数字格式保存时丢失了末几位，请将该列设置为文本格式后重新输入"
        return f"身份证号校验位不对：按前 17 位算最后一位应为 {expected}，这里是 {text[17]}，请核对号码{hint}"
    return None


def is_valid(value: object, *, today: date | None = None) -> bool:
    return problem(value, today=today) is None


def mask(value: object) -> str:
    """Show the first 4 and last 4 characters only: ``3201**********123X``.

    Short or junk values are masked too (never shown in full); an empty value gives ''.
    """
    text = normalize(value)
    if not text:
        return ""
    if len(text) <= 8:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 8) + text[-4:]
