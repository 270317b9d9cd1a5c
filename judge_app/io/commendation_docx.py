"""表彰名单 as a Word document (.docx) for the union's official notice: the title, then each
honour as a heading line and a two-column table of names and units, in 仿宋/宋体 as notices use."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from judge_app.core.commendation import TITLE, Honour
from judge_app.files import atomic_output

FONT = "仿宋"


def _font(run, size: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # CJK text takes the East Asian font


def write_commendation_docx(path: str | Path, contest_name: str, honours: Sequence[Honour]) -> Path:
    """Write the 表彰名单 of ``honours`` to ``path`` (.docx)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for text, size in ((contest_name, 16), (TITLE, 22)):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(para.add_run(text), size, bold=True)
    for honour in honours or [Honour("", "（无获奖者）", ())]:
        _font(doc.add_paragraph().add_run(honour.heading if honour.names else honour.honour), 16, bold=True)
        if not honour.names:
            continue
        table = doc.add_table(rows=0, cols=2)
        for name, unit in honour.names:
            cells = table.add_row().cells
            for cell, text in zip(cells, (name, unit)):
                _font(cell.paragraphs[0].add_run(text), 14)
    path = Path(path)
    with atomic_output(path) as partial:
        doc.save(str(partial))
    return path
