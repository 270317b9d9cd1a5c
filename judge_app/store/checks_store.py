"""Checks before unsealing: recheck (复核), appeals (申诉) and acknowledged warnings. A mixin of
:class:`~judge_app.store.contest_db.ContestDB`.

* **Recheck**: once every section of an event is locked, :meth:`draw_recheck` draws the list
  (:func:`judge_app.core.recheck.draw_recheck`, seed recorded). For every stored value of a listed
  sheet a second person re-enters it (blind) or confirms it (:meth:`recheck_value`). A difference
  is resolved by :meth:`resolve_recheck`: the stored value was wrong (corrected: the score is
  rewritten, the one score change allowed on a locked section, audited with the reason) or the
  second entry was (kept). When more than 5% of the listed values differ, every entry of the event
  joins the list (audited ``recheck.escalate``). Nothing of this after unsealing.
* **Appeals**: see :mod:`judge_app.store.appeals_store` (the table came with this migration).
* **Acknowledgements**: a warning (a tie across an award boundary) acknowledged with a note.

Every change is one transaction with its audit entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Sequence

from judge_app.core.fast_engine import compute_event_fast
from judge_app.core.entries import Status
from judge_app.core.errors import ImportRefused, JudgeAppError, NotFound, StateError
from judge_app.core.lotdraw import new_seed
from judge_app.core.policy import Action
from judge_app.core.recheck import FULL, RecheckRules, Verdict, draw_recheck, verdict
from judge_app.core.score_rules import check_value
from judge_app.store.audit import utc_now
from judge_app.store.errors import ReasonRequired

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from sqlite_utils import Database

    from judge_app.core.scheme import Event

# Migration 4 (appended to schema.MIGRATIONS): tables of this module.
MIGRATION_SQL = """
CREATE TABLE recheck_draws (
    event TEXT PRIMARY KEY,
    seed TEXT NOT NULL,
    rules TEXT NOT NULL,   -- JSON {top_n, percent, limit}
    codes TEXT NOT NULL,   -- JSON {code: top | random | full}
    whole_event INTEGER NOT NULL DEFAULT 0,  -- 1 once the 5% rule sent the whole event to recheck
    drawn_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TABLE recheck_values (
    event TEXT NOT NULL,
    code TEXT NOT NULL,
    criterion TEXT NOT NULL,
    judge TEXT NOT NULL,
    original TEXT NOT NULL,
    entered TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('entry', 'confirm')),
    outcome TEXT NOT NULL CHECK (outcome IN ('same', 'differs', 'corrected', 'kept')),
    note TEXT NOT NULL DEFAULT '',
    checked_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (event, code, criterion, judge)
);
CREATE TABLE appeals (
    id INTEGER PRIMARY KEY,
    event TEXT NOT NULL,
    code TEXT NOT NULL,
    text TEXT NOT NULL,
    received_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'upheld', 'rejected')),
    decision TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL DEFAULT '',
    decided_at TEXT,
    decided_by TEXT,
    actor TEXT NOT NULL
);
CREATE TABLE acknowledgements (
    event TEXT NOT NULL,
    "group" TEXT NOT NULL,
    warning TEXT NOT NULL,
    note TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (event, "group", warning)
);
"""

SAME, DIFFERS, CORRECTED, KEPT = "same", "differs", "corrected", "kept"
OUTCOME_LABELS = {SAME: "一致", DIFFERS: "不一致（待处理）", CORRECTED: "已更正", KEPT: "原值正确"}
_DIFFERENT = (DIFFERS, CORRECTED)  # the stored value was (or may be) wrong


@dataclass(frozen=True)
class RecheckItem:
    """One value on a listed sheet; ``entered``/``outcome`` empty until it is checked."""

    code: str
    criterion: str
    judge: str
    stored: Decimal
    entered: Decimal | None = None
    outcome: str = ""
    note: str = ""
    actor: str = ""


@dataclass(frozen=True)
class RecheckState:
    event: str
    seed: int
    rules: RecheckRules
    codes: dict[str, str]  # code → why (top | random | full)
    items: tuple[RecheckItem, ...]
    verdict: Verdict
    drawn_at: str
    actor: str
    full: bool  # the whole event is being rechecked (5% rule)

    @property
    def unsettled(self) -> int:
        """Differences found and not yet settled (corrected or kept): the recheck is not done."""
        return sum(1 for i in self.items if i.outcome == DIFFERS)

    @property
    def finished(self) -> bool:
        """Every listed value checked and every difference settled (what unsealing needs)."""
        return self.verdict.done and not self.unsettled


class ChecksStoreMixin:
    """Recheck and acknowledgements; mixed into ContestDB."""

    _db: "Database"
    actor: str

    # -- recheck ---------------------------------------------------------------------------------

    def draw_recheck(self, event: str, *, seed: int | None = None,
                     rules: RecheckRules = RecheckRules()) -> RecheckState:
        """Draw the recheck list of an event (once; every section locked, names still sealed).
        Organiser, chief judge, secretary or scorer."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.RECHECK_DRAW, event=ev.id)  # type: ignore[attr-defined]
        if self._recheck_row(ev.id) is not None:
            raise StateError(f"赛项“{ev.name}”的复核名单已经抽取 / recheck list already drawn")
        seed = new_seed() if seed is None else int(seed)
        result = compute_event_fast(ev, self.event_inputs(ev))  # type: ignore[attr-defined]
        scored = {row.code for row in self.scores(ev.id) if row.value is not None}  # type: ignore[attr-defined]
        ranks = [(row.code, row.rank) for row in result.rows if row.code in scored]
        codes = draw_recheck(ranks, seed, rules)
        now = utc_now()
        rules_json = json.dumps({"top_n": rules.top_n, "percent": str(rules.percent), "limit": str(rules.limit)})
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO recheck_draws (event, seed, rules, codes, drawn_at, actor) VALUES (?, ?, ?, ?, ?, ?)",
                (ev.id, str(seed), rules_json, json.dumps(codes), now, self.actor),
            )
            self._audit(now, "recheck.draw", ev.id, None, json.dumps(  # type: ignore[attr-defined]
                {"seed": str(seed), "codes": codes, "rules": json.loads(rules_json)}, ensure_ascii=False))
        return self.recheck_state(ev.id)

    def recheck_state(self, event: str) -> RecheckState | None:
        """The list, every value on it and the verdict; None before the draw."""
        ev = self._event(event)  # type: ignore[attr-defined]
        row = self._recheck_row(ev.id)
        if row is None:
            return None
        seed, rules_json, codes_json, drawn_at, actor, whole_event = row
        raw = json.loads(rules_json)
        rules = RecheckRules(raw["top_n"], Decimal(raw["percent"]), Decimal(raw["limit"]))
        codes: dict[str, str] = json.loads(codes_json)
        checked = {
            (r[0], r[1], r[2]): r[3:]
            for r in self._db.execute(
                "SELECT code, criterion, judge, original, entered, outcome, note, actor FROM recheck_values"
                " WHERE event = ?", (ev.id,)).fetchall()
        }
        items = []
        for score in self.scores(ev.id):  # type: ignore[attr-defined]
            if score.code not in codes or score.value is None:
                continue
            found = checked.get((score.code, score.criterion, score.judge))
            if found is None:
                items.append(RecheckItem(score.code, score.criterion, score.judge, score.value))
            else:
                original, entered, outcome, note, who = found
                items.append(RecheckItem(score.code, score.criterion, score.judge, Decimal(original),
                                         Decimal(entered), outcome, note, who))
        order = {c.id: n for n, c in enumerate(c for sec in ev.sections for c in sec.criteria)}
        items.sort(key=lambda i: (i.judge, i.code, order.get(i.criterion, len(order))))  # sheet by sheet
        done = [i for i in items if i.outcome]
        counts = verdict(len(items), len(done), sum(1 for i in done if i.outcome in _DIFFERENT), rules.limit)
        return RecheckState(ev.id, int(seed), rules, codes, tuple(items), counts, drawn_at, actor, bool(whole_event))

    def recheck_value(self, event: str, code: str, criterion: str, judge: str, value: object | None = None) -> str:
        """Record the second person's check of one listed value: ``value`` re-entered blind, or
        None to confirm the stored value. Returns the outcome (same | differs). Organiser, chief
        judge, secretary or scorer, and never the judge whose value it is."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.RECHECK_VALUE, event=ev.id, judge=judge)  # type: ignore[attr-defined]
        state = self._require_recheck(ev)
        item = self._unchecked_item(state, code, criterion, judge)
        _, crit = ev.criterion(criterion)
        entered = item.stored if value is None else check_value(crit, value)
        now = utc_now()
        with self._db.atomic():
            outcome = self._record_recheck(ev, item, entered, "confirm" if value is None else "entry", now)
            self._escalate_if_needed(ev, now)
        return outcome

    def recheck_values(self, event: str, lines: Sequence[tuple[str, str, str, str, object]]) -> dict[str, int]:
        """Record the second person's blind re-entry of many listed values at once (the sheets
        typed into a file): ``lines`` are (where, code, criterion, judge, value). All or nothing:
        ImportRefused lists, each with its ``where``, every line whose value is not on the list,
        already rechecked, the person's own or not a valid value. Returns how many were the same
        and how many differ."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.RECHECK_VALUE, event=ev.id)  # type: ignore[attr-defined]
        state = self._require_recheck(ev)
        problems: list[str] = []
        checked: list[tuple[RecheckItem, Decimal]] = []
        for where, code, criterion, judge, value in lines:
            try:
                self.require(Action.RECHECK_VALUE, event=ev.id, judge=judge)  # type: ignore[attr-defined]
                item = self._unchecked_item(state, code, criterion, judge)
                checked.append((item, check_value(ev.criterion(criterion)[1], value)))
            except JudgeAppError as exc:
                problems.append(f"{where}：{exc}")
        if problems:
            raise ImportRefused("复核文件未导入，没有做任何改动 / recheck file refused, nothing was changed", problems)
        if not checked:
            raise ImportRefused("复核文件没有分值行 / no values in the recheck file")
        now, counts = utc_now(), {SAME: 0, DIFFERS: 0}
        with self._db.atomic():
            for item, entered in checked:
                counts[self._record_recheck(ev, item, entered, "entry", now)] += 1
            self._escalate_if_needed(ev, now)
        return counts

    def _unchecked_item(self, state: RecheckState, code: str, criterion: str, judge: str) -> RecheckItem:
        item = self._recheck_item(state, code, criterion, judge)
        if item.outcome:
            raise StateError(f"{code} “{criterion}”（裁判 {judge}）已复核 / already rechecked")
        return item

    def _record_recheck(self, ev: Event, item: RecheckItem, entered: Decimal, mode: str, now: str) -> str:
        """Store one check of ``item`` (inside the caller's transaction) with its audit entry; the outcome."""
        outcome = SAME if entered == item.stored else DIFFERS
        self._db.execute(
            "INSERT INTO recheck_values (event, code, criterion, judge, original, entered, mode, outcome,"
            " checked_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ev.id, item.code, item.criterion, item.judge, format(item.stored, "f"), format(entered, "f"), mode,
             outcome, now, self.actor),
        )
        self._audit(now, f"recheck.{mode}", f"{ev.id}/{item.code}/{item.criterion}/{item.judge}",  # type: ignore[attr-defined]
                    format(item.stored, "f"), format(entered, "f"), OUTCOME_LABELS[outcome])
        return outcome

    def resolve_recheck(self, event: str, code: str, criterion: str, judge: str, *, correct: bool,
                        reason: str) -> None:
        """Settle a difference: ``correct`` rewrites the score with the rechecked value (audited
        ``score.recheck``), else the stored value stands. The reason is required. Chief judge or
        organiser."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.RECHECK_RESOLVE, event=ev.id)  # type: ignore[attr-defined]
        if not reason or not reason.strip():
            raise ReasonRequired("复核处理")
        state = self._require_recheck(ev)
        item = self._recheck_item(state, code, criterion, judge)
        if item.outcome != DIFFERS:
            raise StateError(f"{code} “{criterion}”（裁判 {judge}）没有待处理的差异 / nothing to resolve")
        assert item.entered is not None
        outcome = CORRECTED if correct else KEPT
        now = utc_now()
        target = f"{ev.id}/{code}/{criterion}/{judge}"
        with self._db.atomic():
            if correct:
                entry_id, _ = self._entry(ev.id, code)  # type: ignore[attr-defined]
                old, revision = self._score(entry_id, criterion, judge)  # type: ignore[attr-defined]
                self._write_score(entry_id, target, criterion, judge, old, format(item.entered, "f"),  # type: ignore[attr-defined]
                                  revision + 1, "score.recheck", reason.strip())
            self._db.execute(
                "UPDATE recheck_values SET outcome = ?, note = ? WHERE event = ? AND code = ? AND criterion = ?"
                " AND judge = ?", (outcome, reason.strip(), ev.id, code, criterion, judge))
            self._audit(now, "recheck.resolve", target, DIFFERS, outcome, reason.strip())  # type: ignore[attr-defined]
            self._escalate_if_needed(ev, now)

    def recheck_pending(self, event: str) -> str:
        """Why the recheck still stops unsealing ('' when it does not): no list drawn yet, values
        on the list not yet checked, or differences not yet settled."""
        state = self.recheck_state(event)
        if state is None:
            return "尚未抽取复核名单：复核完成后才能解密 / draw and work through the recheck list first"
        if state.finished:
            return ""
        unchecked, unsettled = state.verdict.expected - state.verdict.checked, state.unsettled
        return (f"复核未完成：{unchecked} 个分值待复核，{unsettled} 处差异待处理"
                f" / recheck not finished: {unchecked} to check, {unsettled} differences to settle")

    def _escalate_if_needed(self, ev: Event, now: str) -> None:
        state = self.recheck_state(ev.id)
        assert state is not None
        if state.full or not state.verdict.whole_event:
            return
        codes = dict(state.codes)
        for entry in self.entries(ev.id):  # type: ignore[attr-defined]
            if entry.code and entry.status is Status.OK:
                codes.setdefault(entry.code, FULL)
        codes = dict(sorted(codes.items()))
        self._db.execute("UPDATE recheck_draws SET codes = ?, whole_event = 1 WHERE event = ?",
                         (json.dumps(codes), ev.id))
        v = state.verdict
        self._audit(now, "recheck.escalate", ev.id, f"{v.differing}/{v.expected}",  # type: ignore[attr-defined]
                    json.dumps(sorted(c for c, why in codes.items() if why == FULL)),
                    f"差错 {v.rate:.1f}% 超过 {v.limit}%，全部复核 / over the limit: whole event")

    def _recheck_row(self, event: str) -> tuple | None:
        return self._db.execute(
            "SELECT seed, rules, codes, drawn_at, actor, whole_event FROM recheck_draws WHERE event = ?", (event,)).fetchone()

    def _require_recheck(self, ev: Event) -> RecheckState:
        state = self.recheck_state(ev.id)
        if state is None:
            raise StateError(f"赛项“{ev.name}”尚未抽取复核名单 / draw the recheck list first")
        return state

    @staticmethod
    def _recheck_item(state: RecheckState, code: str, criterion: str, judge: str) -> RecheckItem:
        for item in state.items:
            if (item.code, item.criterion, item.judge) == (code, criterion, judge):
                return item
        raise NotFound(f"{code} “{criterion}”（裁判 {judge}）不在复核名单上 / not on the recheck list")

    # -- acknowledged warnings --------------------------------------------------------------------

    def acknowledge_warning(self, event: str, group: str, warning: str, *, note: str) -> None:
        """Acknowledge a warning of an event's group (e.g. a tie across an award boundary). Chief
        judge or organiser."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.WARNING_ACK)  # type: ignore[attr-defined]
        if not note or not note.strip():
            raise ReasonRequired("确认说明")
        if (group, warning) in self.acknowledged(ev.id):
            return
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                'INSERT INTO acknowledgements (event, "group", warning, note, acknowledged_at, actor)'
                " VALUES (?, ?, ?, ?, ?, ?)", (ev.id, group, warning, note.strip(), now, self.actor))
            self._audit(now, "warning.acknowledge", f"{ev.id}/{group}", None, warning, note.strip())  # type: ignore[attr-defined]

    def acknowledged(self, event: str) -> dict[tuple[str, str], str]:
        """(group, warning text) → the note, for every acknowledged warning of an event."""
        rows = self._db.execute(
            'SELECT "group", warning, note FROM acknowledgements WHERE event = ?', (event,)).fetchall()
        return {(group, warning): note for group, warning, note in rows}


__all__ = ["MIGRATION_SQL", "OUTCOME_LABELS", "ChecksStoreMixin", "RecheckItem", "RecheckState"]
