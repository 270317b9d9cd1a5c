"""Printed reports (PDF, reportlab): 成绩汇总表, 获奖名单, and what they share.

What the CLI and GUI call:

* :func:`build_result_sheet` (``judge_app.reports.result_sheet``) and :func:`build_award_list`
  (``judge_app.reports.award_list``) write a PDF and return a
  :class:`~judge_app.reports.template.ReportOutcome` (pages, glyph warnings to show the user,
  fingerprint per group);
* :func:`~judge_app.core.fingerprint.result_fingerprint` recomputes the 12-hex-digit code
  printed on a sheet, to verify it later;
* :func:`~judge_app.reports.fonts.missing_chars` tells whether a text can be printed with the
  bundled fonts.
"""

from __future__ import annotations

import importlib

# Exports resolve lazily, so that importing the pure fingerprint module does not load reportlab.
_EXPORTS = {
    "STAGES": "template",
    "ReportOutcome": "template",
    "GlyphWarning": "fonts",
    "missing_chars": "fonts",
    "build_result_sheet": "result_sheet",
    "build_award_list": "award_list",
    "mask_id": "award_list",
    "result_fingerprint": "fingerprint",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
