"""Hand-built contests and results for the report tests, and PDF inspection helpers."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from judge_app.core.entries import Entry, Status
from judge_app.core.results import EntryResult, EventResult, GroupResult, SectionResult
from judge_app.core.scheme import (
    AggregationRule,
    AwardRules,
    AwardTier,
    Contest,
    Criterion,
    CriterionKind,
    Event,
    Section,
    Title,
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
         "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "志强", "海燕", "晓东", "文博", "子涵"]
UNITS = [
    "南京供电公司",
    "国网江苏省电力有限公司南京供电分公司变电运维中心",
    "中建八局第三建设有限公司",
    "徐工集团",
    "苏州轨道交通集团有限公司运营一分公司",
    "常州市技师学院",
    "扬子江船业",
    "南京钢铁股份有限公司",
]


def theory_section() -> Section:
    return Section(
        "theory", "理论知识", Decimal(100), Decimal(30),
        criteria=(Criterion("t1", "笔试", Decimal(100), Decimal("0.5"), CriterionKind.MEASUREMENT),),
    )


def practical_section() -> Section:
    return Section(
        "practical", "实际操作", Decimal(100), Decimal(70),
        criteria=(
            Criterion("p1", "工艺质量", Decimal(60), Decimal("0.5")),
            Criterion("p2", "安全文明", Decimal(20), Decimal("0.5"), CriterionKind.DEDUCTION),
            Criterion("p3", "操作规范", Decimal(20), Decimal("0.5")),
        ),
        rule=AggregationRule("trimmed", 1),
        judges=("J1", "J2", "J3", "J4", "J5"),
    )


def make_event(sections: tuple[Section, ...] | None = None) -> Event:
    return Event(
        "dg", "电工", sections or (theory_section(), practical_section()),
        groups=("职工组", "学生组"),
        key_criteria=("p1",),
        awards=AwardRules(
            tiers=(AwardTier("一等奖", count=1), AwardTier("二等奖", count=2),
                   AwardTier("三等奖", count=3)),
            pass_mark=Decimal(60),
            titles=(Title("技术能手", 1, 3),),
        ),
    )


def make_contest(event: Event) -> Contest:
    return Contest("2024年南京市职工职业技能大赛", (event,), date="2024年5月20日",
                   organiser="南京市总工会")


def _q(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def valid_id(seed: int) -> str:
    body = f"320102{1980 + seed % 20}{1 + seed % 12:02d}{1 + seed % 28:02d}{seed % 1000:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return body + check


def make_group(event: Event, n: int, group: str = "职工组", *, names: dict[int, str] | None = None,
               unranked: dict[int, Status] | None = None, provisional: tuple[int, ...] = (),
               code_prefix: str = "A") -> GroupResult:
    """``n`` entries with deterministic scores, competition ranks, awards 1/2/3, titles for the
    top 3, and optional name overrides, unranked statuses and provisional rows (by index)."""
    names = names or {}
    unranked = unranked or {}
    scored = []
    for i in range(n):
        name = names.get(i, SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)])
        entry = Entry(
            code=f"{code_prefix}{i + 1:03d}", event=event.id, group=group, name=name,
            status=unranked.get(i, Status.OK), unit=UNITS[i % len(UNITS)],
            id_number=valid_id(i),
        )
        if entry.status is not Status.OK:
            scored.append((entry, None, None, None))
            continue
        theory = Decimal(55 + (i * 37) % 45) + Decimal("0.5") * (i % 2)
        practical = _q(Decimal(50 + (i * 53) % 50) + Decimal("0.125") * (i % 8))
        if i in provisional:
            practical_res = SectionResult("practical", None, complete=False)
            total = _q(theory * Decimal("0.3"))
        else:
            practical_res = SectionResult("practical", practical)
            total = _q(theory * Decimal("0.3") + practical * Decimal("0.7"))
        sections = (SectionResult("theory", theory), practical_res)
        scored.append((entry, sections, total, i in provisional))
    ok = sorted((s for s in scored if s[2] is not None), key=lambda s: -s[2])
    rows = []
    rank = 0
    for pos, (entry, sections, total, prov) in enumerate(ok, 1):
        if pos == 1 or total != ok[pos - 2][2]:
            rank = pos
        award = "一等奖" if rank <= 1 else "二等奖" if rank <= 3 else "三等奖" if rank <= 6 else None
        eligible = total >= 60
        rows.append(EntryResult(
            entry, sections, total, provisional=prov, rank=rank,
            award=award if eligible else None,
            titles=("技术能手",) if rank <= 3 and eligible else (),
            eligible=eligible, ineligible_reason="" if eligible else "总分未达合格线",
        ))
    for entry, sections, total, prov in scored:
        if total is None:
            rows.append(EntryResult(entry))
    return GroupResult(event.id, group, tuple(rows))


def make_event_result(event: Event, groups: list[GroupResult]) -> EventResult:
    return EventResult(event.id, tuple(groups))


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(str(path)).pages]


def compact(text: str) -> str:
    """Text without whitespace (pypdf may put spaces or newlines between CJK glyphs)."""
    return re.sub(r"\s+", "", text)


def font_descriptors(path: Path) -> dict[str, dict]:
    """BaseFont name → its FontDescriptor, for every font on every page."""
    from pypdf import PdfReader

    found: dict[str, dict] = {}
    for page in PdfReader(str(path)).pages:
        res = page.get("/Resources") or {}
        res = res.get_object() if hasattr(res, "get_object") else res
        fonts = res.get("/Font") or {}
        fonts = fonts.get_object() if hasattr(fonts, "get_object") else fonts
        for ref in fonts.values():
            font = ref.get_object()
            fd = font.get("/FontDescriptor")
            if fd is None and "/DescendantFonts" in font:
                fd = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            found[str(font["/BaseFont"])] = fd.get_object() if fd is not None else {}
    return found


def render_png(pdf: Path, out_prefix: Path, dpi: int = 50) -> Path | None:
    """Page 1 as PNG with pdftoppm, or None when poppler is not installed."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    subprocess.run([exe, "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(out_prefix)], check=True, capture_output=True, timeout=60)
    return out_prefix.with_suffix(".png")

