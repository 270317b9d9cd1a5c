"""The words a clerk writes for scheme rules, shared by the xlsx template and the scheme editor:
a tie-break chain (``最重模块、模块:theory、用时、加赛``) and ``key=number`` lists
(``theory=60、practical=60``), each read into the JSON form and written back."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from judge_app.core.scheme import TieBreak

TIE_WORDS = {"最重模块": "heaviest_section", "模块": "section", "关键评分项": "key_criteria",
             "评分项": "criterion", "用时": "time", "加赛": "playoff"}
EVENT_TIE_HINT = "最重模块、模块:编号、关键评分项、评分项:编号、用时、加赛"
MARKS_FORM = "模块编号=分数，多个用顿号分隔，如 theory=60、practical=60"
_LIST_SPLIT = re.compile(r"[、,，;；\n]+")


def split_list(text: str) -> list[str]:
    """Items of a cell listing several values (``职工组、学生组``; also commas, semicolons)."""
    return [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]


def inverse(words: Mapping[str, str]) -> dict[str, str]:
    """JSON value → the first Chinese word for it (what is written back)."""
    out: dict[str, str] = {}
    for word, value in words.items():
        out.setdefault(value, word)
    return out


def parse_tie_chain(text: str, words: Mapping[str, str] = TIE_WORDS) -> tuple[list[str], list[str]]:
    """(the chain as JSON tokens, the items that are not a known link)."""
    chain, bad = [], []
    for item in split_list(text):
        name, sep, ref = item.replace("：", ":").partition(":")
        token = words.get(name.strip(), name.strip()) + (f":{ref.strip()}" if sep else "")
        try:
            TieBreak.parse(token)
        except ValueError:
            bad.append(item)
            continue
        chain.append(token)
    return chain, bad


def tie_chain_text(tokens: list[str] | tuple[str, ...], words: Mapping[str, str] = TIE_WORDS) -> str:
    """JSON tokens → ``最重模块、模块:theory …``."""
    names = inverse(words)
    out = []
    for token in tokens:
        kind, sep, ref = str(token).partition(":")
        out.append(names.get(kind, kind) + (f":{ref}" if sep else ""))
    return "、".join(out)


def parse_pairs(text: str, *, bare: bool = False) -> tuple[dict[str, str | None], list[str]]:
    """(``key=number`` items as key → exact number text, the items not in that form). With
    ``bare`` a key alone is allowed (value None)."""
    out: dict[str, str | None] = {}
    bad: list[str] = []
    for item in split_list(text):
        key, sep, value = item.replace("＝", "=").partition("=")
        try:
            number = Decimal(value.strip()) if sep else None
            if not key.strip() or (number is None and not bare) or (number is not None and not number.is_finite()):
                raise InvalidOperation
        except InvalidOperation:
            bad.append(item)
            continue
        out[key.strip()] = None if number is None else format(number.normalize(), "f")
    return out, bad


def marks_text(marks: Mapping[str, str] | None) -> str:
    """``{"theory": "60"}`` → ``theory=60``."""
    return "、".join(f"{k}={v}" for k, v in (marks or {}).items())
