"""The page template every report shares: header, footer, watermark, page x of y, the data table,
the notes block with the fingerprint QR code, and the signature lines.

A report is a sequence of :class:`Part` s (one per event group). Each part starts on a new page,
has its own header, its own page numbering (第 x 页 共 y 页, counted within the part) and ends
with its notes and signature lines, so every group's sheet can be signed and filed on its own.
A report module only has to say which columns and rows it has: see :func:`data_table` and
:class:`ReportDoc`.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from judge_app import __version__
from judge_app.core.entry_kinds import title_of
from judge_app.core.errors import NotFound
from judge_app.core.fingerprint import result_fingerprint
from judge_app.core.results import EntryResult, EventResult, GroupResult
from judge_app.core.scheme import Contest, Event
from judge_app.files import replace_file
from judge_app.reports import fonts
from judge_app.reports.fonts import PRIMARY, GlyphChecker, GlyphWarning

# --- stages ------------------------------------------------------------------------------------

STAGES: tuple[str, ...] = ("draft", "published", "final")
#: Watermark per stage: 草稿 while any section is not locked, 公示稿 while published, none when final.
WATERMARKS = {"draft": "草稿", "published": "公示稿", "final": ""}


def check_stage(stage: str) -> str:
    if stage not in STAGES:
        raise ValueError(f"未知的报表状态 “{stage}” (应为 draft / published / final)")
    return stage


# --- geometry and type sizes -------------------------------------------------------------------

MARGIN_X = 14 * mm
HEADER_H = 38 * mm  # from the top edge to the frame
FOOTER_H = 17 * mm  # from the bottom edge to the frame
BODY_SIZE = 10.0
BODY_LEADING = 12.5
SMALL_SIZE = 8.5
CELL_PAD = 3.0

GRID_COLOR = colors.black
HEADER_FILL = colors.HexColor("#E6E6E6")


def page_size(landscape: bool) -> tuple[float, float]:
    return _landscape(A4) if landscape else A4


def usable_width(landscape: bool = False) -> float:
    return page_size(landscape)[0] - 2 * MARGIN_X


# --- paragraph styles --------------------------------------------------------------------------

_ALIGN = {"LEFT": TA_LEFT, "CENTER": TA_CENTER, "RIGHT": TA_RIGHT}


def cell_style(align: str = "CENTER", size: float = BODY_SIZE) -> ParagraphStyle:
    return ParagraphStyle(
        f"cell-{align}-{size}",
        fontName=PRIMARY,
        fontSize=size,
        leading=size * 1.25,
        alignment=_ALIGN[align],
        wordWrap="CJK",
    )


NOTE_STYLE = ParagraphStyle(
    "notes", fontName=PRIMARY, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.45, wordWrap="CJK"
)
SIGN_STYLE = ParagraphStyle("sign", fontName=PRIMARY, fontSize=BODY_SIZE + 0.5, leading=15)


# --- parts and outcome -------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One independently numbered, signed run of pages: the sheet of one event group."""

    title: str  # 成绩汇总表, 获奖名单
    info: tuple[tuple[str, str], ...] = ()  # (("赛项", "电工"), ("组别", "职工组"))
    date: str = ""
    fingerprint: str = ""
    key: str = ""  # unique within a document; pages are numbered per key
    who: str = ""  # the entry a per-entry part is about (选手 A003 李䶮), for glyph warnings
    code: str = ""
    name: str = ""


@dataclass(frozen=True)
class ReportOutcome:
    """What a report builder returns: the CLI/GUI show ``warnings`` to the user."""

    path: Path
    pages: int
    warnings: tuple[GlyphWarning, ...] = ()
    fingerprints: tuple[tuple[str, str], ...] = ()  # (group, fingerprint)
    landscape: bool = False


# --- table cells and columns -------------------------------------------------------------------


@dataclass
class Column:
    """A data-table column. Width = widest content (header lines included) + padding, kept
    between ``min_width`` and ``max_width`` (longer text wraps); ``flex`` columns shrink first."""

    header: str  # "\n" separates header lines
    align: str = "CENTER"
    min_width: float = 24.0
    max_width: float | None = None
    flex: bool = False
    values: list[str] = field(default_factory=list)  # filled by the report, one per row

    def natural_width(self, size: float) -> float:
        widest = max(
            (fonts.string_width(line, size) for line in self.header.split("\n")), default=0.0
        )
        for text in self.values:
            if text:
                widest = max(widest, fonts.string_width(text, size))
        width = widest + 2 * CELL_PAD + 1
        if self.max_width is not None:
            width = min(width, self.max_width)
        return max(width, self.min_width)


def natural_table_width(columns: Sequence[Column], size: float = BODY_SIZE) -> float:
    """Width the columns need: natural widths, with flex columns at their minimum (they wrap)."""
    return sum(c.min_width if c.flex else c.natural_width(size) for c in columns)


def fit_widths(columns: Sequence[Column], available: float, size: float = BODY_SIZE) -> list[float]:
    """Column widths filling ``available``: natural widths, widened proportionally when there is
    room, flex columns shrunk (not below their minimum) when there is not."""
    widths = [c.natural_width(size) for c in columns]
    total = sum(widths)
    if total <= available:
        extra = available - total
        return [w + extra * w / total for w in widths]
    excess = total - available
    flex = [i for i, c in enumerate(columns) if c.flex]
    room = sum(widths[i] - columns[i].min_width for i in flex)
    if room > 0:
        take = min(excess, room)
        for i in flex:
            widths[i] -= take * (widths[i] - columns[i].min_width) / room
    return widths


class CellMaker:
    """Turns texts into table cells. Text the primary font draws entirely stays a plain string
    (fast), broken into lines by :func:`~judge_app.reports.fonts.wrap_lines` when too wide;
    other text becomes a Paragraph with per-character font fallback (and red ``[U+XXXX]``
    markers, recorded by the report's :class:`GlyphChecker`)."""

    def __init__(self, checker: GlyphChecker, size: float = BODY_SIZE) -> None:
        self.checker = checker
        self.size = size
        self._styles = {a: cell_style(a, size) for a in _ALIGN}

    def __call__(self, text: str, width: float, align: str = "CENTER", *, where: str = "",
                 code: str = "", name: str = ""):
        if not text:
            return ""
        room = width - 2 * CELL_PAD - 1
        if fonts.primary_only(text):
            if fonts.string_width(text, self.size) <= room:
                return text
            return "\n".join(fonts.wrap_lines(text, room, self.size))  # Table draws the lines
        self.checker.check(text, where, code, name)
        return Paragraph(fonts.wrapped_markup(text, room, self.size), self._styles[align])

    def header(self, text: str) -> Paragraph:
        self.checker.check(text, "表头")
        body = "<br/>".join(fonts.markup(line) for line in text.split("\n"))
        return Paragraph(body, self._styles["CENTER"])


def data_table(columns: Sequence[Column], cells: list[list], widths: Sequence[float],
               size: float = BODY_SIZE, header_cells: list | None = None,
               extra_style: Sequence[tuple] = ()) -> Table:
    """A ruled table whose header row repeats on every page."""
    maker_style = [
        ("FONT", (0, 0), (-1, -1), PRIMARY, size, size * 1.25),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("BOX", (0, 0), (-1, -1), 1.0, GRID_COLOR),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, GRID_COLOR),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    for i, col in enumerate(columns):
        maker_style.append(("ALIGN", (i, 0), (i, -1), col.align))
    maker_style.append(("ALIGN", (0, 0), (-1, 0), "CENTER"))
    table = Table(
        [header_cells] + cells,
        colWidths=list(widths),
        repeatRows=1,
        hAlign="CENTER",
        style=TableStyle(maker_style + list(extra_style)),
    )
    return table


@dataclass(frozen=True)
class RowOwner:
    """Whose row it is, for glyph warnings: ``label`` (选手 A003 李䶮), code and name."""

    label: str = ""
    code: str = ""
    name: str = ""


def column_table(columns: Sequence[Column], width: float, cells: CellMaker,
                 owners: Sequence[RowOwner] = (), extra_style: Sequence[tuple] = (),
                 empty: str = "（无）") -> Table:
    """The data table of ``columns`` (each holding one value per row) fitted to ``width``;
    ``owners`` names each row's entry in glyph warnings. No rows: one spanning ``empty`` row."""
    widths = fit_widths(columns, width, cells.size)
    rows = len(columns[0].values) if columns else 0
    data = []
    for i in range(rows):
        owner = owners[i] if i < len(owners) else RowOwner()
        data.append([
            cells(col.values[i], widths[j], col.align,
                  where=f"{owner.label} {col.header.splitlines()[0]}".strip(),
                  code=owner.code, name=owner.name)
            for j, col in enumerate(columns)
        ])
    style = list(extra_style)
    if not data:
        data = [[empty] + [""] * (len(columns) - 1)]
        style.append(("SPAN", (0, 1), (-1, 1)))
    header = [cells.header(c.header) for c in columns]
    return data_table(columns, data, widths, cells.size, header_cells=header, extra_style=style)


def table_with_closing(table: Table, notes: Sequence[str], fingerprint: str,
                       signatures: Sequence[str], width: float,
                       checker: GlyphChecker) -> list:
    """The body of a part: the table, then notes, QR code and signatures kept with its tail."""
    return [TableWithClosing(table, closing_block(notes, fingerprint, signatures, width, checker))]


# --- notes, QR code, signatures ----------------------------------------------------------------


def qr_drawing(value: str, size: float = 22 * mm) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                      initialFontName=PRIMARY)  # default would reference Helvetica
    drawing.add(widget)
    return drawing


def notes_block(lines: Sequence[str], fingerprint: str, width: float,
                checker: GlyphChecker) -> Table:
    """说明 (numbered lines) on the left, the fingerprint as QR code and text on the right."""
    qr_w = 34 * mm
    text_w = width - qr_w - 4 * mm
    body = "说明：<br/>" + "<br/>".join(
        fonts.wrapped_markup(checker.check(f"{i}. {line}", "说明"), text_w, NOTE_STYLE.fontSize)
        for i, line in enumerate(lines, 1)
    )
    right: list = []
    if fingerprint:
        caption = ParagraphStyle("qr", parent=NOTE_STYLE, alignment=TA_CENTER, fontSize=7,
                                 leading=9)
        right = [qr_drawing(fingerprint), Paragraph(f"校验码 {fingerprint}", caption)]
    table = Table([[Paragraph(body, NOTE_STYLE), right]], colWidths=[width - qr_w, qr_w])
    # the QR column is a little wider than the code so its caption fits under it
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), PRIMARY, SMALL_SIZE),  # default would be Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ]
        )
    )
    return table


def signature_block(labels: Sequence[str], width: float) -> Table:
    """For each label a line to sign on and a dated line below: 裁判长签字：______ 日期：____."""
    n = len(labels)
    label_w = max(fonts.string_width(f"{lab}签字：", SIGN_STYLE.fontSize) for lab in labels)
    label_w += 6
    line_w = width / n - label_w
    row_sign, row_date, widths, style = [], [], [], []
    for i, lab in enumerate(labels):
        row_sign += [Paragraph(fonts.markup(f"{lab}签字："), SIGN_STYLE), ""]
        row_date += [Paragraph("日期：", SIGN_STYLE), "       年     月     日"]
        widths += [label_w, line_w - 8]
        style.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.6, colors.black))
    table = Table([row_sign, row_date], colWidths=widths, rowHeights=[30, 24], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            style
            + [
                ("FONT", (0, 0), (-1, -1), PRIMARY, SIGN_STYLE.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def version_note(fingerprint: str) -> str:
    """The last 说明 line: which program made the sheet and how to check it."""
    text = f"本表由 judge_app {__version__} 生成"
    if fingerprint:
        text += f"；校验码 {fingerprint} 可用 judge-app verify-sheet 与当前数据核对"
    return text + "。"


def closing_block(notes: Sequence[str], fingerprint: str, signatures: Sequence[str],
                  width: float, checker: GlyphChecker) -> KeepTogether:
    """Notes (ending with the program version), QR code and signature lines, kept together at
    the end of a part."""
    items: list = [Spacer(1, 5 * mm),
                   notes_block([*notes, version_note(fingerprint)], fingerprint, width, checker)]
    if signatures:
        items += [Spacer(1, 4 * mm), signature_block(signatures, width)]
    return KeepTogether(items)


#: Data rows kept on the page of the closing block, so signatures never stand alone.
TAIL_ROWS = 3


class TableWithClosing(Flowable):
    """A data table followed by its closing block (notes, signatures), where the closing block
    always shares its page with at least the table's last :data:`TAIL_ROWS` rows: a signature
    must sit under the rows it signs for, never alone on a new page."""

    def __init__(self, table: Table, closing: KeepTogether, tail: int = TAIL_ROWS,
                 closing_sizes: dict | None = None) -> None:
        super().__init__()
        self.table = table
        self.closing = closing
        self.tail = tail
        # the closing block is the same on every page it may land on: wrap it once per width
        self._closing_sizes: dict[float, list] = {} if closing_sizes is None else closing_sizes
        self._wrapped: tuple[float, float] | None = None

    def _parts(self) -> list[Flowable]:
        return [self.table, *self.closing._content]

    def wrap(self, avail_width, avail_height):
        if self._wrapped != (avail_width, avail_height):  # frames ask more than once
            if avail_width not in self._closing_sizes:
                self._closing_sizes[avail_width] = [
                    f.wrapOn(self.canv, avail_width, avail_height) for f in self.closing._content]
            table_size = self.table.wrapOn(self.canv, avail_width, avail_height)
            self._sizes = [table_size, *self._closing_sizes[avail_width]]
            self.width = avail_width
            self.height = sum(h for _, h in self._sizes)
            self._wrapped = (avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:  # everything fits here (otherwise split() hands out the pieces)
        y = self.height
        for flowable, (w, h) in zip(self._parts(), self._sizes):
            y -= h
            flowable.drawOn(self.canv, 0, y, _sW=self.width - w)

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)  # cached: the frame has just asked the same
        closing_h = self.height - self._sizes[0][1]
        heights = self.table._rowHeights
        header = self.table.repeatRows
        rows = len(heights)
        if sum(heights) + closing_h <= avail_height:
            return [self.table, self.closing]
        # the most leading rows that fit here while leaving ``tail`` rows for the closing page
        keep = min(rows - self.tail, _rows_fitting(heights, avail_height))
        if keep <= header:
            frame = getattr(self, "_frame", None)
            if frame is not None and frame._atTop:  # already a fresh page: give way
                return [self.table, self.closing]
            return []  # start on the next page
        first, rest = self.table.split(avail_width, sum(heights[:keep]) + 0.01)[:2]
        return [first, TableWithClosing(rest, self.closing, self.tail, self._closing_sizes)]


def _rows_fitting(heights: Sequence[float], available: float) -> int:
    used = 0.0
    for i, height in enumerate(heights):
        used += height
        if used > available:
            return i
    return len(heights)


# --- the document ------------------------------------------------------------------------------


class _PartMarker(Flowable):
    """Zero-size flowable at the start of a part: tells the page decorations whose page it is."""

    def __init__(self, part: Part) -> None:
        super().__init__()
        self.part = part
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        self.canv._judge_part = self.part


class _NumberedCanvas(Canvas):
    """Defers each page until the end so that 第 x 页 共 y 页 can be written, counted per part."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._judge_pages: list[dict] = []
        self._judge_part: Part | None = None

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._judge_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = self._judge_pages
        key = lambda state: state["_judge_part"].key if state["_judge_part"] else ""  # noqa: E731
        totals = Counter(key(state) for state in pages)
        seen: Counter = Counter()
        for state in pages:
            self.__dict__.update(state)
            seen[key(state)] += 1
            width = self._pagesize[0]
            fonts.draw_text(self, width / 2, 8 * mm,
                            f"第 {seen[key(state)]} 页  共 {totals[key(state)]} 页", 9,
                            align="centre")
            Canvas.showPage(self)
        Canvas.save(self)


class ReportDoc:
    """Builds one PDF from parts. ``contest`` heads every page; ``stage`` sets the watermark."""

    def __init__(self, path: str | Path, contest: str, stage: str, checker: GlyphChecker,
                 landscape: bool = False, subject: str = "") -> None:
        self.path = Path(path)
        self.contest = contest
        self.stage = check_stage(stage)
        self.checker = checker
        self.landscape = landscape
        self.subject = subject
        fonts.register_fonts(fallback=False)  # the fallback loads when a character needs it
        checker.check(contest, "赛事名称")

    @property
    def width(self) -> float:
        return usable_width(self.landscape)

    def build(self, parts: Sequence[tuple[Part, list]]) -> int:
        """Lay out every part (each from a new page); returns the number of pages."""
        size = page_size(self.landscape)
        # written next to the target and renamed at the end: a failed build leaves no half file
        # and does not clobber an earlier sheet
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
        doc = BaseDocTemplate(
            str(partial),
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=HEADER_H,
            bottomMargin=FOOTER_H,
            title=" ".join(x for x in (self.contest, self.subject) if x),
            author="judge_app",
            creator=f"judge_app {__version__}",
            subject=self.subject,
            initialFontName=PRIMARY,  # else reportlab references an unembedded Helvetica
            initialFontSize=BODY_SIZE,
        )
        frame = Frame(
            MARGIN_X, FOOTER_H, size[0] - 2 * MARGIN_X, size[1] - HEADER_H - FOOTER_H,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=self._decorate)])
        story: list = []
        for i, (part, flowables) in enumerate(parts):
            if i:
                story.append(PageBreak())
            for label, value in part.info:
                self.checker.check(value, f"{part.who} {label}".strip(), part.code, part.name)
            story.append(_PartMarker(part))
            story.extend(flowables)
        try:
            doc.build(story, canvasmaker=_NumberedCanvas)
            replace_file(partial, self.path)
        finally:
            partial.unlink(missing_ok=True)
        return doc.page

    # page decorations, drawn when a page is complete (so the page's part is known)
    def _decorate(self, canvas: Canvas, doc) -> None:
        part: Part | None = getattr(canvas, "_judge_part", None)
        width, height = canvas._pagesize
        canvas.saveState()
        if part is not None:
            fonts.draw_text(canvas, width / 2, height - 17 * mm, self.contest, 13, align="centre")
            fonts.draw_text(canvas, width / 2, height - 27 * mm, part.title, 18, align="centre",
                            bold=True)
            info = "　　".join(f"{label}：{value}" for label, value in part.info if value)
            fonts.draw_text(canvas, MARGIN_X, height - 35 * mm, info, 10.5)
            if part.date:
                date = f"日期：{part.date}"
                room = width - 2 * MARGIN_X - fonts.string_width(info, 10.5) - 12
                date_y = 35 if fonts.string_width(date, 10.5) <= room else 27  # beside the title
                fonts.draw_text(canvas, width - MARGIN_X, height - date_y * mm, date, 10.5,
                                align="right")
            footer = f"judge_app {__version__}"
            if part.fingerprint:
                footer = f"校验码 {part.fingerprint}　{footer}"
            fonts.draw_text(canvas, MARGIN_X, 8 * mm, footer, 8)
        label = WATERMARKS[self.stage]
        if label:
            fonts.draw_text(canvas, width - MARGIN_X, 8 * mm, f"{label}（非正式成绩）", 8,
                            align="right")
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, 12.5 * mm, width - MARGIN_X, 12.5 * mm)
        if label:
            self._watermark(canvas, label, width, height)
        canvas.restoreState()

    @staticmethod
    def _watermark(canvas: Canvas, label: str, width: float, height: float) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.5, 0.5, 0.5, alpha=0.16))
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        size = min(width, height) / (len(label) * 0.9 + 0.6)
        fonts.draw_text(canvas, 0, -size / 3, label, size, align="centre")
        canvas.restoreState()


# --- what every per-group report does ----------------------------------------------------------


def select_groups(event: Event, result: EventResult | GroupResult,
                  groups: Sequence[str] | None = None) -> list[GroupResult]:
    """The groups to print: ``result`` itself, or the event's groups (those named in ``groups``)."""
    if isinstance(result, GroupResult):
        return [result]
    selected = [g for g in result.groups if groups is None or g.group in groups]
    if groups is not None:
        missing = [g for g in groups if g not in {x.group for x in selected}]
        if missing:
            raise NotFound(
                f"赛项 “{event.name}” 没有组别 “{'、'.join(missing)}” / no such group"
            )
    return selected


def entry_label(event: Event, row: EntryResult) -> str:
    """How warnings name an entry: ``选手 A003 李䶮``."""
    return f"{event.entry_kind.label} {row.entry.code} {title_of(row.entry)}".rstrip()


def build_group_report(
    path: str | Path,
    contest: Contest,
    event: Event,
    groups: Sequence[GroupResult],
    *,
    title: str,
    stage: str,
    date: str | None,
    checker: GlyphChecker,
    landscape: bool,
    flowables: Callable[[GroupResult, str], list],
    heading: str = "赛项",
) -> ReportOutcome:
    """One part per group (header 赛项 — or ``heading`` — /组别/日期, fingerprint in footer), body
    from ``flowables`` (called with the group and its fingerprint); writes the PDF and returns the outcome."""
    check_stage(stage)
    parts = []
    fingerprints = []
    for group in groups:
        fp = result_fingerprint(group)
        fingerprints.append((group.group, fp))
        part = Part(title, ((heading, event.name), ("组别", group.group)),
                    date if date is not None else contest.date, fp, key=f"group:{group.group}")
        parts.append((part, flowables(group, fp)))
    doc = ReportDoc(path, contest.name, stage, checker, landscape=landscape,
                    subject=f"{event.name} {title}")
    pages = doc.build(parts)
    return ReportOutcome(Path(path), pages, checker.warnings, tuple(fingerprints), landscape)
