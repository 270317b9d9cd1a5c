"""Independent reference of the scoring rules in shared/domain.md (rules 1-7).

Written from domain.md alone and kept apart from ``judge_app`` (it must not import it). Input is a
case in the format of tests/data/scoring_case.json; output is the scoring_expected.json form.
All arithmetic is exact (``Fraction``); rounding is half-up, applied only where domain.md says.

Scope: every score is present (``provisional`` is always false); a measurement or deduction
criterion holds exactly one value per contestant; a ``judge_total`` section has judgement criteria
only. Votes, titles, "rest" awards and time penalties are not modelled: such cases raise CaseError.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from typing import Any

Row = dict[str, Any]
DEFAULT_CHAIN = ["heaviest_section", "key_criteria", "time", "playoff"]


class CaseError(Exception):
    """The case is invalid or outside the reference's scope."""


def num(x: Any) -> Fraction:
    """A JSON number or numeric string as an exact fraction (floats via their shortest repr)."""
    return Fraction(Decimal(str(x)))


def round_half_up(x: Fraction, decimals: int) -> Fraction:
    """Round exactly, halves away from zero (四舍五入)."""
    scaled = abs(x) * 10**decimals
    n = (2 * scaled.numerator + scaled.denominator) // (
        2 * scaled.denominator
    )  # floor(|x| + 1/2)
    return Fraction(n if x >= 0 else -n, 10**decimals)


def fmt(x: Fraction, decimals: int) -> str:
    """Print with exactly ``decimals`` places, half-up."""
    n = round_half_up(x, decimals) * 10**decimals
    return str(Decimal(int(n)).scaleb(-decimals))


def aggregate(values: list[Fraction], rule: str) -> Fraction:
    """A panel's values by ``mean``, ``median``, ``trimmed`` or ``trimmed:k`` (rule 2)."""
    vals = sorted(values)
    n = len(vals)
    if n == 0:
        raise CaseError("no values to aggregate")
    if rule == "mean":
        return sum(vals, Fraction(0)) / n
    if rule == "median":
        return vals[n // 2] if n % 2 else (vals[n // 2 - 1] + vals[n // 2]) / 2
    if rule == "trimmed" or rule.startswith("trimmed:"):
        k = int(rule.split(":")[1]) if ":" in rule else 1
        if n < 2 * k + 1:
            raise CaseError(f"{rule} needs {2 * k + 1} values, got {n}")
        kept = vals[k : n - k]
        return sum(kept, Fraction(0)) / len(kept)
    raise CaseError(f"unknown rule {rule!r}")


def _raw_scores(ev: dict[str, Any]) -> dict[str, dict[str, list[tuple[str, Fraction]]]]:
    raw: dict[str, dict[str, list[tuple[str, Fraction]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for s in ev.get("scores", []):
        raw[str(s["code"])][s["criterion"]].append((str(s["judge"]), num(s["value"])))
    return raw


def _check_scope(ev: dict[str, Any]) -> None:
    if ev.get("rounding", "half_up") != "half_up":
        raise CaseError("only half-up rounding is modelled")
    aw = ev.get("awards") or {}
    if aw.get("rest") or aw.get("titles"):
        raise CaseError("rest awards and titles are not modelled")
    for s in ev["sections"]:
        if s.get("kind", "scored") != "scored" or s.get("time_penalty"):
            raise CaseError(
                f"section {s['id']}: only scored sections without time penalty"
            )
        if s.get("level", "criterion") == "judge_total" and any(
            c.get("kind", "judgement") != "judgement" for c in s["criteria"]
        ):
            raise CaseError(
                f"section {s['id']}: judge_total with non-judgement criteria"
            )
    if any(c.get("votes") is not None for c in ev["contestants"]):
        raise CaseError("votes are not modelled")


def _contestant_scores(
    ev: dict[str, Any],
    contestant: dict[str, Any],
    raw: dict[str, list[tuple[str, Fraction]]],
) -> tuple[dict[str, Fraction], dict[str, Fraction]]:
    """Rounded section scores and exact criterion values of one ranked contestant (rules 2-3)."""
    decimals = int(ev.get("decimals", 2))
    penalty: dict[str, Fraction] = defaultdict(Fraction)
    for p in contestant.get("penalties") or []:
        penalty[p["section"]] += abs(num(p["points"]))
    sections: dict[str, Fraction] = {}
    criteria: dict[str, Fraction] = {}
    for s in ev["sections"]:
        rule = s.get("rule", "mean")
        subtotal = Fraction(0)
        if s.get("level", "criterion") == "judge_total":
            per_judge: dict[str, Fraction] = defaultdict(Fraction)
            for c in s["criteria"]:
                for judge, v in raw[c["id"]]:
                    per_judge[judge] += v
            subtotal = aggregate(list(per_judge.values()), rule)
        else:
            for c in s["criteria"]:
                kind = c.get("kind", "judgement")
                vals = [v for _, v in raw[c["id"]]]
                if kind == "judgement":
                    value = aggregate(vals, rule)
                elif kind in ("measurement", "deduction"):
                    if len(vals) != 1:
                        raise CaseError(
                            f"{kind} {c['id']} of {contestant['code']}: {len(vals)} values"
                        )
                    value = (
                        vals[0]
                        if kind == "measurement"
                        else max(Fraction(0), num(c["max"]) - vals[0])
                    )
                else:
                    raise CaseError(f"unknown criterion kind {kind!r}")
                criteria[c["id"]] = value
                subtotal += value
        sections[s["id"]] = round_half_up(
            max(Fraction(0), subtotal - penalty[s["id"]]), decimals
        )
    return sections, criteria


def criterion_values(ev: dict[str, Any]) -> dict[str, dict[str, Fraction]]:
    """Exact criterion values (criterion-level sections) of every ranked contestant, by code."""
    raw = _raw_scores(ev)
    return {
        str(c["code"]): _contestant_scores(ev, c, raw[str(c["code"])])[1]
        for c in ev["contestants"]
        if (c.get("status") or "ok") == "ok"
    }


def award_bounds(awards: dict[str, Any], ranked: int) -> list[tuple[str, int]]:
    """Each award's cumulative last rank (rule 7); percentages are of ``ranked`` contestants."""
    mode = str(awards.get("mode", "counts")).lower()
    names = list(awards.get("names", []))
    bounds: list[tuple[str, int]] = []
    if mode in ("counts", "count"):
        end = 0
        for name, count in zip(names, awards.get("counts", [])):
            end += int(count)
            bounds.append((name, end))
    elif mode in ("percentages", "percentage", "percent", "percents"):
        end = 0
        for name, p in zip(names, awards.get("percentages", [])):
            end += max(1, int(round_half_up(num(p) * ranked / 100, 0)))
            bounds.append((name, end))
    elif mode in ("bands", "band", "ranks", "rank_bands"):
        for name, band in zip(names, awards.get("bands", [])):
            bounds.append(
                (name, int(band["to"] if isinstance(band, dict) else band[-1]))
            )
    else:
        raise CaseError(f"unknown award mode {mode!r}")
    return bounds


def compute_event(ev: dict[str, Any]) -> list[Row]:
    """One event's rows: ranked (by group, rank, input order), then the unranked (rules 3-7)."""
    _check_scope(ev)
    decimals = int(ev.get("decimals", 2))
    sections = ev["sections"]
    chain = (
        list(ev["tie_breaks"]) if ev.get("tie_breaks") is not None else DEFAULT_CHAIN
    )
    weights = sorted((num(s["weight"]) for s in sections), reverse=True)
    if "heaviest_section" in chain and len(weights) > 1 and weights[0] == weights[1]:
        raise CaseError("heaviest section is ambiguous")
    heaviest = max(sections, key=lambda s: num(s["weight"]))["id"]
    keys = list(ev.get("key_criteria", []))
    raw = _raw_scores(ev)

    rows: dict[str, Row] = {}
    facts: dict[str, dict[str, Any]] = {}
    for c in ev["contestants"]:
        code = str(c["code"])
        status = c.get("status") or "ok"
        row: Row = {
            "code": code,
            "status": status,
            "provisional": False,
            "sections": {},
            "total": None,
            "rank": None,
            "award": None,
        }
        rows[code] = row
        if status != "ok":
            continue
        secs, crits = _contestant_scores(ev, c, raw[code])
        total = round_half_up(
            sum(
                (secs[s["id"]] * num(s["weight"]) / num(s["max"]) for s in sections),
                Fraction(0),
            ),
            decimals,
        )
        row["sections"] = {sid: fmt(v, decimals) for sid, v in secs.items()}
        row["total"] = fmt(total, decimals)
        facts[code] = {
            "total": total,
            "sections": secs,
            "criteria": crits,
            "time": c.get("time_s"),
            "playoff": None if c.get("playoff") is None else num(c["playoff"]),
            "group": str(c.get("group", "")),
        }

    def sort_key(code: str) -> tuple[Any, ...]:
        f = facts[code]
        key: list[Any] = [-f["total"]]
        for link in chain:
            if link == "heaviest_section":
                key.append(-f["sections"][heaviest])
            elif link.startswith("section:"):
                key.append(-f["sections"][link.split(":", 1)[1]])
            elif link == "key_criteria":
                key.extend(-f["criteria"][k] for k in keys)
            elif link.startswith("criterion:"):
                key.append(-f["criteria"][link.split(":", 1)[1]])
            elif link == "time":
                key.append((f["time"] is None, f["time"] or 0))  # no time sorts last
            elif link == "playoff":
                key.append(-(f["playoff"] or 0))
            else:
                raise CaseError(f"unknown tie-break {link!r}")
        return tuple(key)

    awards = ev.get("awards") or {}
    groups: dict[str, list[str]] = defaultdict(list)
    for code, f in facts.items():
        groups[f["group"]].append(code)
    for codes in groups.values():
        keyed = {code: sort_key(code) for code in codes}
        for code in codes:  # competition ranking: 1, 2, 2, 4
            rows[code]["rank"] = 1 + sum(keyed[o] < keyed[code] for o in codes)
        bounds = award_bounds(awards, len(codes))
        for code in codes:
            f, row = facts[code], rows[code]
            if awards.get("pass_mark") is not None and f["total"] < num(
                awards["pass_mark"]
            ):
                continue
            if any(
                f["sections"][sid] < num(m)
                for sid, m in (awards.get("section_pass_marks") or {}).items()
            ):
                continue
            row["award"] = next(
                (name for name, end in bounds if end >= row["rank"]), None
            )

    order = {code: i for i, code in enumerate(rows)}
    ranked = sorted(
        (r for r in rows.values() if r["rank"] is not None),
        key=lambda r: (facts[r["code"]]["group"], r["rank"], order[r["code"]]),
    )
    return ranked + [r for r in rows.values() if r["rank"] is None]


def compute_case(case: dict[str, Any]) -> dict[str, list[Row]]:
    """Every event of a case, keyed by event name."""
    return {(ev.get("event") or ev["name"]): compute_event(ev) for ev in case["events"]}
