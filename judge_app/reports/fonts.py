"""The bundled Chinese fonts for reportlab, and which font can draw which character.

Two fonts are registered (TrueType collections, subfont 0; reportlab embeds a subset of the
glyphs actually used, as /FontFile2):

* :data:`PRIMARY` - WenQuanYi Micro Hei: compact, covers GBK; used for all text it can draw;
* :data:`FALLBACK` - WenQuanYi Zen Hei: also covers CJK Extension A (䶮 U+4DAE ...); used only
  for the characters the primary font lacks.

A character that neither font has (𠮷 U+20BB7, CJK Extension B, rare in names) is never left
as a silent gap: it is drawn as its code point in brackets, in red - ``[U+20BB7]`` - so the
reader sees exactly which character belongs there and can write it in by hand, and the report
builders return a :class:`GlyphWarning` naming the entry and the character.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from judge_app import resources

PRIMARY = "WQYMicroHei"
FALLBACK = "WQYZenHei"
FONTS: tuple[str, ...] = (PRIMARY, FALLBACK)

#: Colour of the replacement marker for characters no bundled font has.
MISSING_COLOR = "#C00000"

_FILES = {PRIMARY: resources.FONT_PRIMARY, FALLBACK: resources.FONT_FALLBACK}
_lock = threading.Lock()
_registered: set[str] = set()


def _register(name: str) -> None:
    if name in _registered:
        return
    with _lock:
        if name not in _registered:
            path = resources.font_path(_FILES[name])
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
            _registered.add(name)


def register_fonts(fallback: bool = True) -> tuple[str, str]:
    """Register the bundled fonts with reportlab (idempotent, thread-safe).

    Returns the reportlab names ``(PRIMARY, FALLBACK)``. With ``fallback=False`` only the primary
    font is loaded now; the fallback (a 16 MB file) is then loaded the first time a character
    the primary lacks is looked up (:func:`font_for`). Either way reportlab embeds only the fonts
    (and glyphs) a document uses.
    """
    _register(PRIMARY)
    if fallback:
        _register(FALLBACK)
    return PRIMARY, FALLBACK


@lru_cache(maxsize=None)
def font_cmap(font_name: str) -> frozenset[int]:
    """The code points a bundled font has a glyph for (read once, cached)."""
    _register(font_name)
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def _invisible(ch: str) -> bool:
    """Control and format characters, variation selectors: not drawn, not a gap."""
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return True
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


@lru_cache(maxsize=8192)
def font_for(ch: str) -> str | None:
    """The bundled font that draws ``ch`` (primary first), or None when neither has it."""
    cp = ord(ch)
    for name in FONTS:
        if cp in font_cmap(name):
            return name
    return None


def codepoint(ch: str) -> str:
    """``U+20BB7`` style name of a character."""
    return f"U+{ord(ch):04X}"


def replacement(ch: str) -> str:
    """The visible marker drawn (in :data:`MISSING_COLOR`) for a character no font has."""
    return f"[{codepoint(ch)}]"


def missing_chars(text: str) -> list[str]:
    """Characters of ``text`` that no bundled font can draw, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in seen and not _invisible(ch) and font_for(ch) is None:
            seen[ch] = None
    return list(seen)


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn with one font. ``font`` is None for characters no font has."""

    font: str | None
    text: str

    @property
    def shown(self) -> str:
        """What is actually drawn: the text, or the ``[U+XXXX]`` markers for missing characters."""
        if self.font is None:
            return "".join(replacement(ch) for ch in self.text)
        return self.text


def font_runs(text: str) -> list[Run]:
    """Split ``text`` into runs per font: primary where it can, fallback (Zen Hei) for what the
    primary lacks (䶮), ``font=None`` for what neither has (𠮷). Control/format characters and
    variation selectors are dropped (control characters become spaces)."""
    runs: list[Run] = []
    current: str | None = ""
    buf: list[str] = []
    for ch in text:
        if _invisible(ch):
            if unicodedata.category(ch) == "Cc":
                ch = " "
            else:
                continue
        font = font_for(ch)
        if font != current and buf:
            runs.append(Run(current, "".join(buf)))
            buf = []
        current = font
        buf.append(ch)
    if buf:
        runs.append(Run(current, "".join(buf)))
    return runs


def primary_only(text: str) -> bool:
    """True when the primary font draws every character (the fast path for table cells)."""
    cmap = font_cmap(PRIMARY)
    return all(ord(ch) in cmap for ch in text)


def markup(text: str) -> str:
    """``text`` as reportlab Paragraph markup, escaped, with a font per run.

    Assumes the paragraph style's font is :data:`PRIMARY`; fallback runs get a ``<font>`` tag and
    missing characters become red ``[U+XXXX]`` markers.
    """
    parts: list[str] = []
    for run in font_runs(text):
        if run.font == PRIMARY:
            parts.append(escape(run.text))
        elif run.font is None:
            parts.append(
                f'<font name="{PRIMARY}" color="{MISSING_COLOR}">{escape(run.shown)}</font>'
            )
        else:
            parts.append(f'<font name="{run.font}">{escape(run.text)}</font>')
    return "".join(parts)


@lru_cache(maxsize=65536)
def string_width(text: str, size: float) -> float:
    """Width in points of ``text`` as drawn by :func:`draw_text` / :func:`markup` (cached)."""
    _register(PRIMARY)
    return sum(
        pdfmetrics.stringWidth(run.shown, run.font or PRIMARY, size) for run in font_runs(text)
    )


#: Characters a line must not start with (Chinese typesetting, 避头点); reportlab's own CJK
#: wrapping does not know the full-width comma and semicolon.
CANNOT_START = frozenset("，。、；：！？）》」』】〕〉”’…％%,.;:!?)]}·～")
#: Characters a line must not end with (避尾点).
CANNOT_END = frozenset("（《「『【〔〈“‘([{")
_TOKEN = re.compile(r"[A-Za-z0-9_.+\-/#@&%*\[\]]+|\s|.", re.S)


def wrap_lines(text: str, width: float, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (as drawn at ``size``), between any two
    Chinese characters but not inside a run of Latin letters/digits (80.725, A001), and never
    starting a line with closing punctuation or ending one with an opening bracket: such a
    character takes its neighbour along to the next line."""
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for token in _TOKEN.findall(text):
        token_width = string_width(token, size)
        if current and used + token_width > width:
            carry: list[str] = []
            if token[0] in CANNOT_START and len(current) > 1:
                carry.append(current.pop())
            while len(current) > 1 and current[-1][-1] in CANNOT_END:
                carry.insert(0, current.pop())
            lines.append("".join(current).rstrip())
            current = carry
            used = sum(string_width(t, size) for t in carry)
            if token.isspace() and not current:
                continue
        current.append(token)
        used += token_width
    if current:
        lines.append("".join(current).rstrip())
    return lines


def wrapped_markup(text: str, width: float, size: float) -> str:
    """Paragraph markup of ``text`` with explicit line breaks from :func:`wrap_lines`."""
    return "<br/>".join(markup(line) for line in wrap_lines(text, width, size))


def draw_text(canvas, x: float, y: float, text: str, size: float, align: str = "left",
              bold: bool = False) -> float:
    """Draw ``text`` on a reportlab canvas with per-character font fallback.

    ``align`` is left / centre / right relative to ``x``. ``bold`` fakes a bold face (the
    bundled fonts have none) by stroking the outline. Returns the width drawn.
    """
    _register(PRIMARY)
    runs = font_runs(text)
    width = sum(pdfmetrics.stringWidth(r.shown, r.font or PRIMARY, size) for r in runs)
    if align in ("centre", "center"):
        x -= width / 2
    elif align == "right":
        x -= width
    canvas.saveState()
    if bold:
        canvas.setLineWidth(size / 30)
    for run in runs:
        canvas.saveState()
        if run.font is None:
            canvas.setFillColor(MISSING_COLOR)
            canvas.setStrokeColor(MISSING_COLOR)
        t = canvas.beginText(x, y)
        t.setFont(run.font or PRIMARY, size)
        if bold:
            t.setTextRenderMode(2)
        t.textOut(run.shown)
        canvas.drawText(t)
        canvas.restoreState()
        x += pdfmetrics.stringWidth(run.shown, run.font or PRIMARY, size)
    canvas.restoreState()
    return width


@dataclass(frozen=True)
class GlyphWarning:
    """A character printed as ``[U+XXXX]`` because no bundled font has it.

    ``where`` says whose text it is (``选手 A003 吉𠮷祥 姓名``); ``code``/``name`` name the
    entry when there is one.
    """

    char: str
    where: str
    code: str = ""
    name: str = ""

    @property
    def codepoint(self) -> str:
        return codepoint(self.char)

    @property
    def message(self) -> str:
        cp = self.codepoint
        return (
            f"{self.where}：字符“{self.char}”({cp}) 内置字体中没有，表中印为红色“[{cp}]”，"
            f"请核对后手工补写 / character {cp} is not in the bundled fonts, printed as [{cp}]"
        )

    def __str__(self) -> str:
        return self.message


class GlyphChecker:
    """Collects :class:`GlyphWarning` s while a report is built (each (where, char) once)."""

    def __init__(self) -> None:
        self._warnings: dict[tuple[str, str], GlyphWarning] = {}

    def check(self, text: str, where: str, code: str = "", name: str = "") -> str:
        """Record warnings for the characters of ``text`` no font has; return ``text``."""
        if text:
            for ch in missing_chars(text):
                self._warnings.setdefault((where, ch), GlyphWarning(ch, where, code, name))
        return text

    @property
    def warnings(self) -> tuple[GlyphWarning, ...]:
        return tuple(self._warnings.values())
