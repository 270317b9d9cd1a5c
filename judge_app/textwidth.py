"""Display width of text in a terminal, where a 汉字 takes two columns."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Columns ``text`` occupies: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def ljust(text: str, width: int) -> str:
    """Pad ``text`` with spaces to ``width`` display columns."""
    return text + " " * max(width - display_width(text), 0)
