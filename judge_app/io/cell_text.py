"""Text cells that a spreadsheet never runs as a formula (OWASP: CSV / formula injection).

A name such as ``=HYPERLINK("http://x","y")``, ``=cmd|' /C calc'!A0`` or ``@SUM(1)`` that an
export wrote as it is would be a live formula once Excel or WPS opens the file. Every writer of
xlsx and CSV files goes through this module, for text cells only (numbers stay numbers):

* CSV: a text starting with ``= + - @``, a tab or a carriage return gets a leading ``'``
  (:func:`safe_cell`), as OWASP recommends; reading a CSV drops it again (:func:`unquote_cell`);
* xlsx: such a text is written as a string cell marked "quote prefix" (:func:`append_row`), which
  is what Excel itself stores when someone types ``'=…``: the cell shows the text unchanged, reads
  back unchanged, and stays text when edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def is_formula_like(value: object) -> bool:
    """True for a text a spreadsheet could take as a formula (``=…``, ``+…``, ``-…``, ``@…``, tab, CR)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_cell(value: Any) -> Any:
    """The value for a CSV cell: a formula-like text with a leading ``'``; anything else unchanged."""
    return QUOTE + value if is_formula_like(value) else value


def unquote_cell(value: str) -> str:
    """A CSV cell as read back: the ``'`` that :func:`safe_cell` put before a formula-like text is
    dropped, so an exported roster imports unchanged (``'1101…`` and other texts stay as they are)."""
    return value[1:] if value.startswith(QUOTE) and is_formula_like(value[1:]) else value


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append one row to an openpyxl worksheet; formula-like texts become quote-prefixed string
    cells (never formulas), every other value is written as openpyxl writes it."""
    row = list(values)
    sheet.append(row)
    for column, value in enumerate(row, start=1):
        if is_formula_like(value):
            cell = sheet.cell(sheet.max_row, column)
            cell.data_type = "s"  # openpyxl made "=…" a formula
            cell.quotePrefix = True
