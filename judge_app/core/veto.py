"""一票否决 (veto) of a season (四比一创): an entry with a safety accident or another listed veto in
any period keeps its season total and rank but gets none of the season's awards or titles, and
moves nobody up (like an entry below a pass mark, docs/rules.md rule 9); the reason is shown."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from judge_app.core.errors import InvalidValue
from judge_app.core.results import EventResult
from judge_app.core.scheme import Season

#: the kinds of veto a county's 四比一创 rules list (安全事故 first: the usual one)
VETO_KINDS: tuple[str, ...] = ("安全事故", "质量事故", "环保事故", "违法违纪", "其他")


@dataclass(frozen=True)
class Veto:
    """One veto of an entry (by its code) in a season, for what happened in one period."""

    season: str
    code: str
    period: str  # the period's event id
    kind: str
    reason: str
    created_at: str = ""
    actor: str = ""

    def text(self, period_name: str = "") -> str:
        """How the sheets say it: ``一票否决：安全事故（2026年第二季度：脚手架坠物）``."""
        return f"一票否决：{self.kind}（{period_name or self.period}：{self.reason}）"


def listed_vetoes(season: Season) -> tuple[str, ...]:
    """What may veto an entry of ``season``: its rules' list, else :data:`VETO_KINDS`."""
    return season.vetoes or VETO_KINDS


def veto_kind(text: str | None, listed: tuple[str, ...] = VETO_KINDS) -> str:
    """The listed kind ``text`` names (None: the first listed); InvalidValue listing the kinds otherwise."""
    if text is None:
        return listed[0]
    kind = text.strip()
    if kind not in listed:
        raise InvalidValue(f"否决事项 “{text}” 不在清单中，应为：{'、'.join(listed)} / unknown veto kind")
    return kind


def apply_vetoes(result: EventResult, vetoes: Iterable[Veto],
                 period_names: Mapping[str, str] | None = None) -> EventResult:
    """The season result with every vetoed entry stripped of award and titles, marked ineligible
    with the veto's text (several vetoes joined with ；; ``period_names``: event id → name)."""
    by_code: dict[str, list[str]] = {}
    for veto in vetoes:
        by_code.setdefault(veto.code, []).append(veto.text((period_names or {}).get(veto.period, "")))
    if not by_code:
        return result
    groups = tuple(
        replace(group, rows=tuple(
            replace(row, award=None, titles=(), eligible=False, ineligible_reason="；".join(by_code[row.code]))
            if row.code in by_code else row
            for row in group.rows))
        for group in result.groups
    )
    return replace(result, groups=groups)
