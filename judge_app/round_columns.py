"""Extra ranking columns for rounds: the parts a final carries and the standard score.

Plain formatting shared by ``judge-app rank`` (table, CSV, JSON): a column has a key (JSON/CSV),
a heading (table) and a value per entry code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from judge_app.core.decimals import fmt
from judge_app.core.rounds import CombinedResult
from judge_app.core.scheme import Event

NOT_CARRIED = "—"  # the entrant has no total in that earlier round (0 carried)


@dataclass(frozen=True)
class Column:
    key: str
    head: str
    values: dict[str, str | None] = field(default_factory=dict)  # entry code → cell


@dataclass(frozen=True)
class RoundColumns:
    """Columns before the total (this round's own total, each carried part) and after it."""

    before_total: tuple[Column, ...] = ()
    after_total: tuple[Column, ...] = ()
    total_head: str = "总分"

    @property
    def all(self) -> tuple[Column, ...]:
        return self.before_total + self.after_total


def round_columns(event: Event, found: CombinedResult) -> RoundColumns:
    """The columns ``event`` needs: carried parts when it carries earlier rounds (its total is then
    the combined one), the standard score when it declares one; none otherwise."""
    before: list[Column] = []
    if event.carry:
        own = Column("own_total", f"本轮({fmt(event.own_weight)}%)")
        parts = [Column(f"carried_{c.event}", f"{c.event}({fmt(c.weight)}%)") for c in event.carry]
        for code, breakdown in found.breakdown.items():
            own.values[code] = fmt(breakdown.own_total) or None
            for column, part in zip(parts, breakdown.parts):
                column.values[code] = NOT_CARRIED if part.total is None else fmt(part.total)
        before = [own, *parts]
    after: list[Column] = []
    if event.standard is not None:
        after.append(Column("standard_score", "标准分", {r.code: fmt(r.standard_score) or None for r in found.result.rows}))
    return RoundColumns(tuple(before), tuple(after), "综合成绩" if event.carry else "总分")
