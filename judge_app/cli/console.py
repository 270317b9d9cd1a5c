"""Output that never crashes on a character the console's code page lacks.

On Chinese Windows redirected or piped output uses the ANSI code page (GBK): a name outside it
(王䶮) raised UnicodeEncodeError and lost the whole output; on other locales (cp1252) any Chinese
character did. Redirected output is written as UTF-8 (what a file or another program reads
best); a console that is not UTF-8 shows a replacement mark instead of crashing.
"""

from __future__ import annotations

import codecs
import sys
from typing import TextIO


def _is_utf8(stream: TextIO) -> bool:
    try:
        return codecs.lookup(stream.encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def make_output_safe(streams: tuple[TextIO | None, ...] | None = None) -> None:
    """Reconfigure stdout/stderr (or ``streams``) so that printing any text succeeds."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if stream is None or reconfigure is None or _is_utf8(stream):
            continue
        try:
            redirected = not stream.isatty()
        except (OSError, ValueError):
            redirected = True
        if redirected:
            reconfigure(encoding="utf-8", errors="replace")
        else:
            reconfigure(errors="replace")
