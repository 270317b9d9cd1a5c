"""荣誉证书: one A4 landscape page per winner (an award or a title), on blank paper with a border and
the heading, or on pre-printed paper (套打: only the texts, at the template's positions in mm).

A :class:`CertificateTemplate` holds the position (x from the left, y from the top, in mm), size
and alignment of each field: name, unit, event, award, date, issuer. The contest keeps it as JSON
under the meta key :data:`META_KEY`; :func:`parse_template` reads it (or a file) and refuses
anything that is not a known field with numbers inside the page. Characters no bundled font
has are printed red as ``[U+XXXX]`` and returned as glyph warnings, like on the sheets.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from judge_app.core.commendation import commended_name
from judge_app.core.entry_kinds import title_of
from judge_app.core.errors import InvalidValue, NotPermitted
from judge_app.core.results import EntryResult, EventResult
from judge_app.core.scheme import Contest, Event
from judge_app.core.sheet_rows import awarded_rows
from judge_app.files import atomic_output
from judge_app.reports.fonts import GlyphChecker, draw_text, register_fonts
from judge_app.reports.template import ReportOutcome, entry_label

TITLE = "荣誉证书"
META_KEY = "certificate_template"
PAGE_W_MM, PAGE_H_MM = 297.0, 210.0
FIELDS: tuple[str, ...] = ("name", "unit", "event", "award", "date", "issuer")
FIELD_LABELS = {"name": "姓名/名称", "unit": "单位", "event": "赛项", "award": "奖项",
                "date": "日期", "issuer": "颁发单位"}


@dataclass(frozen=True)
class Spot:
    """Where one field is printed: x, y in mm from the page's top-left, font size in pt, alignment."""

    x: float
    y: float
    size: float = 18.0
    align: str = "centre"


@dataclass(frozen=True)
class CertificateTemplate:
    spots: dict[str, Spot] = field(default_factory=lambda: dict(DEFAULT_SPOTS))

    def to_json(self) -> str:
        return json.dumps({k: asdict(v) for k, v in self.spots.items()}, ensure_ascii=False, sort_keys=True)

    def moved(self, name: str, **changes: float | str) -> "CertificateTemplate":
        return CertificateTemplate({**self.spots, name: replace(self.spots[name], **changes)})


DEFAULT_SPOTS: dict[str, Spot] = {
    "name": Spot(148.5, 88, 30), "unit": Spot(148.5, 104, 16), "event": Spot(148.5, 122, 18),
    "award": Spot(148.5, 140, 26), "issuer": Spot(240, 172, 16), "date": Spot(240, 184, 14),
}


def parse_template(text: str | None) -> CertificateTemplate:
    """The template in ``text`` (JSON: field → {x, y, size, align}, fields left out keep their
    default); None or '' is the default. InvalidValue names what is wrong."""
    if not text:
        return CertificateTemplate()
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidValue(f"证书模板不是有效的 JSON：{exc.msg} / template is not JSON") from None
    if not isinstance(raw, dict):
        raise InvalidValue("证书模板应为 {字段: {x, y, size, align}} / template must be an object")
    spots = dict(DEFAULT_SPOTS)
    for name, value in raw.items():
        if name not in FIELDS:
            raise InvalidValue(f"证书模板的字段“{name}”未知，应为 {'、'.join(FIELDS)} / unknown field")
        if not isinstance(value, dict) or set(value) - {"x", "y", "size", "align"}:
            raise InvalidValue(f"证书模板字段“{name}”应为 {{x, y, size, align}} / bad field")
        try:
            spot = replace(spots[name], **{k: (str(v) if k == "align" else float(v)) for k, v in value.items()})
        except (TypeError, ValueError):
            raise InvalidValue(f"证书模板字段“{name}”的位置应为数字（毫米） / positions are numbers in mm") from None
        if not (0 <= spot.x <= PAGE_W_MM and 0 <= spot.y <= PAGE_H_MM and 4 <= spot.size <= 96):
            raise InvalidValue(f"证书模板字段“{name}”超出纸张（297×210 毫米，字号 4–96） / outside the page")
        if spot.align not in ("left", "centre", "right"):
            raise InvalidValue(f"证书模板字段“{name}”的对齐应为 left/centre/right / bad align")
        spots[name] = spot
    return CertificateTemplate(spots)


@dataclass(frozen=True)
class Winner:
    """What one certificate says."""

    row: EntryResult
    honour: str  # the award or the title


def winners(result: EventResult) -> list[Winner]:
    """One certificate per award and per title of every winner, in sheet order."""
    return [Winner(row, honour) for group in result.groups for row in awarded_rows(group)
            for honour in ((row.award,) if row.award else ()) + tuple(row.titles)]


def certificate_texts(contest: Contest, event: Event, winner: Winner, date: str) -> dict[str, str]:
    """Each field's text: a team or a proposal's people follow its name (电力抢修突击队（王伟、李娜）)."""
    entry = winner.row.entry
    return {"name": commended_name(event.entry_kind, entry), "unit": entry.unit or entry.team, "event": f"在{contest.name}{event.name}中",
            "award": f"荣获{winner.honour}", "date": date, "issuer": contest.organiser}


def sample_texts(contest: Contest, event: Event) -> dict[str, str]:
    """What the preview prints when no winner may be shown (before unseal, or nobody awarded)."""
    return {"name": "张三（示例）", "unit": "示例单位", "event": f"在{contest.name}{event.name}中",
            "award": "荣获一等奖", "date": contest.date or "2026年11月25日", "issuer": contest.organiser or "颁发单位"}


def _blank_paper(canvas: Canvas) -> None:
    width, height = landscape(A4)
    canvas.setStrokeColor("#B22222")
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(1)
    canvas.rect(16 * mm, 16 * mm, width - 32 * mm, height - 32 * mm)
    canvas.setFillColor("#B22222")
    draw_text(canvas, width / 2, height - 50 * mm, TITLE, 40, align="centre", bold=True)
    canvas.setFillColor("black")


def build_certificates(path: str | Path, contest: Contest, event: Event, result: EventResult, *,
                       template: CertificateTemplate | None = None, preprinted: bool = False,
                       date: str | None = None, sealed: bool = False) -> ReportOutcome:
    """Write every certificate of ``event`` to one PDF at ``path``. ``preprinted`` prints only the
    texts (套打). Refused while the event is ``sealed`` (names hidden) or has no winner."""
    if sealed:
        raise NotPermitted(f"赛项“{event.name}”尚未解密，证书印有姓名，解密后才能打印 / unseal the event first")
    found = winners(result)
    if not found:
        raise InvalidValue(f"赛项“{event.name}”没有获奖者，没有证书可打印 / no winner")
    spots = (template or CertificateTemplate()).spots
    checker = GlyphChecker()
    with _document(path, f"{event.name} {TITLE}") as canvas:
        for winner in found:
            texts = certificate_texts(contest, event, winner, date if date is not None else contest.date)
            for name, text in texts.items():
                checker.check(text, f"{entry_label(event, winner.row)} 证书{FIELD_LABELS[name]}",
                              winner.row.entry.code, title_of(winner.row.entry))
            _page(canvas, texts, spots, preprinted)
    return ReportOutcome(Path(path), len(found), checker.warnings, landscape=True)


def build_preview(path: str | Path, contest: Contest, event: Event, result: EventResult | None, *,
                  template: CertificateTemplate, preprinted: bool = False) -> Path:
    """One certificate page at ``path``: the first winner's, or :func:`sample_texts` when
    ``result`` is None (names may not be shown) or has no winner."""
    found = winners(result) if result is not None else []
    texts = certificate_texts(contest, event, found[0], contest.date) if found else sample_texts(contest, event)
    with _document(path, f"{event.name} {TITLE}") as canvas:
        _page(canvas, texts, template.spots, preprinted)
    return Path(path)


@contextmanager
def _document(path: str | Path, title: str) -> Iterator[Canvas]:
    """A landscape A4 canvas written to ``path`` whole or not at all."""
    register_fonts()
    with atomic_output(Path(path)) as partial:
        canvas = Canvas(str(partial), pagesize=landscape(A4))
        canvas.setTitle(title)
        yield canvas
        canvas.save()


def _page(canvas: Canvas, texts: dict[str, str], spots: dict[str, Spot], preprinted: bool) -> None:
    """One certificate: the paper (unless 套打) and each field's text at its spot."""
    _, height = landscape(A4)
    if not preprinted:
        _blank_paper(canvas)
    for name, text in texts.items():
        spot = spots[name]
        draw_text(canvas, spot.x * mm, height - spot.y * mm, text, spot.size, align=spot.align)
    canvas.showPage()

