"""Judges' recusal (回避): a mixin of :class:`~judge_app.store.contest_db.ContestDB`.

A judge does not score an entry of their own unit (``judges.unit`` equal to the entry's unit) or
one they are marked as related to (:meth:`RecusalsMixin.add_recusal`, with a reason). Both are
rows of ``recusals``, keyed by the entry's row id so that they follow the entry through a draw.
The unit rows are worked out by the store itself whenever units are in the clear (a roster
import, a judge's unit set): after the second draw the rows no longer hold the units, and the
rows already worked out stay. Nobody is shown a unit through them: what a person is shown
(:meth:`recusals`) is the code and, for those who may see names, the kind and the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from judge_app.core.errors import NotFound, StateError
from judge_app.core.people import RECUSED_AS_RELATED, RECUSED_BY_UNIT, RECUSED_SEALED, Recusal, Role
from judge_app.core.policy import Action, allowed
from judge_app.core.scheme import SectionKind
from judge_app.store.audit import utc_now

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from typing import Any

    from sqlite_utils import Database

    from judge_app.core.scheme import Event

MIGRATION_SQL = """
ALTER TABLE judges ADD COLUMN unit TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS recusals (
    entry_id INTEGER NOT NULL REFERENCES entries (id),
    judge TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('unit', 'related')),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (entry_id, judge, kind)
);
CREATE INDEX IF NOT EXISTS recusals_judge ON recusals (judge);
"""

UNIT, RELATED = "unit", "related"
KIND_LABELS = {UNIT: RECUSED_BY_UNIT, RELATED: RECUSED_AS_RELATED}


def unit_key(unit: str) -> str:
    """What two unit names must share to be one unit: the name without spaces ('' matches nothing)."""
    return "".join(unit.split())


class RecusalsMixin:
    """Recusals of judges from entries; mixed into ContestDB."""

    _db: "Database"
    actor: str

    if TYPE_CHECKING:

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

        def _event(self, event_id: str) -> Event: ...

        def require(self, action: Action, *, event: str | None = None, section: str | None = None,
                    judge: str | None = None) -> None: ...

        def judge(self, judge_id: str) -> Any: ...

        def actor_role(self) -> Role: ...

        def actor_is(self, judge_id: str) -> bool: ...

        def names_visible(self, event: str) -> bool: ...

        def code_key_sealed(self, event: str) -> bool: ...

        def _usable_key(self, event: str) -> bytes | None: ...

        def sealed_people(self, event: str, key: bytes) -> dict[str, dict[str, Any]]: ...

    # -- marked by hand --------------------------------------------------------------------------

    def add_recusal(self, judge: str, code: str, *, event: str | None = None, reason: str) -> Recusal:
        """Mark ``judge`` as related to the entry ``code`` (of ``event``, or the only event with
        that code): they may not score it. Refused (StateError) when they have scored it already;
        organiser or chief judge only."""
        self.require(Action.RECUSAL_SET)
        if not reason.strip():
            raise StateError("请填写回避理由 / a reason is required")
        person = self.judge(judge)
        entry_id, event_id, code = self._recusal_entry(code, event)
        scored = self._db.execute("SELECT 1 FROM scores WHERE entry_id = ? AND judge = ? AND value IS NOT NULL",
                                  (entry_id, person.id)).fetchone()
        if scored is not None:
            raise StateError(f"裁判 {person.id} 已为 {code} 评分：请先清除其分数，再登记回避"
                             " / the judge has scored this entry: clear the scores first")
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO recusals (entry_id, judge, kind, reason, created_at, actor) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (entry_id, judge, kind) DO UPDATE SET reason = excluded.reason",
                (entry_id, person.id, RELATED, reason.strip(), now, self.actor))
            self._audit(now, "recusal.add", f"{event_id}/{code}/{person.id}", None, KIND_LABELS[RELATED],
                        reason.strip())
        return Recusal(person.id, event_id, code, KIND_LABELS[RELATED], reason.strip())

    def remove_recusal(self, judge: str, code: str, *, event: str | None = None, reason: str) -> None:
        """Take back a recusal marked by hand (a unit recusal goes with the judge's unit)."""
        self.require(Action.RECUSAL_SET)
        if not reason.strip():
            raise StateError("请填写撤销回避的理由 / a reason is required")
        entry_id, event_id, code = self._recusal_entry(code, event)
        row = self._db.execute("SELECT reason FROM recusals WHERE entry_id = ? AND judge = ? AND kind = ?",
                               (entry_id, judge, RELATED)).fetchone()
        if row is None:
            raise NotFound(f"裁判 {judge} 没有登记回避 {code}（同单位的回避随裁判单位而定）"
                           " / no recusal marked for this judge and entry")
        now = utc_now()
        with self._db.atomic():
            self._db.execute("DELETE FROM recusals WHERE entry_id = ? AND judge = ? AND kind = ?",
                             (entry_id, judge, RELATED))
            self._audit(now, "recusal.remove", f"{event_id}/{code}/{judge}", row[0], None, reason.strip())

    def _recusal_entry(self, code: str, event: str | None) -> tuple[int, str, str]:
        """(entry row id, event id, code) of the entry a recusal names."""
        code = str(code).strip()
        if event is not None:
            event_ids = [self._event(event).id]
        else:
            event_ids = [r[0] for r in self._db.execute(
                "SELECT DISTINCT event FROM entries WHERE code = ? ORDER BY event", (code,)).fetchall()]
        rows = [(r[0], ev) for ev in event_ids for r in self._db.execute(
            "SELECT id FROM entries WHERE event = ? AND code = ? AND code <> ''", (ev, code)).fetchall()]
        if not rows:
            raise NotFound(f"没有编号为“{code}”的选手 / no entry with this code")
        if len(rows) > 1:
            raise StateError(f"编号“{code}”在多个赛项中都有（{'、'.join(ev for _, ev in rows)}），请用 --event 指明"
                             " / the code is in several events: name the event")
        return rows[0][0], rows[0][1], code

    # -- what the rest of the store asks ----------------------------------------------------------

    def recused(self, event: str) -> dict[str, frozenset[str]]:
        """code → the judges recused from it, of every entry of ``event`` who may score there
        (on one of its panels, or any judge where a section has none): what scoring and the
        sheets' 备注 need."""
        ev = self._event(event)
        scored = [s for s in ev.sections if s.kind is SectionKind.SCORED]
        anyone = any(not s.judges for s in scored)
        panels = {judge for s in scored for judge in s.judges}
        found: dict[str, set[str]] = {}
        for code, judge in self._db.execute(
                "SELECT DISTINCT e.code, r.judge FROM recusals r JOIN entries e ON e.id = r.entry_id"
                " WHERE e.event = ? AND e.code <> ''", (ev.id,)).fetchall():
            if anyone or judge in panels:
                found.setdefault(code, set()).add(judge)
        return {code: frozenset(judges) for code, judges in found.items()}

    def _recused_pairs(self, event: str) -> frozenset[tuple[int, str]]:
        """(entry row id, judge) of every recusal in ``event``."""
        return frozenset((r[0], r[1]) for r in self._db.execute(
            "SELECT r.entry_id, r.judge FROM recusals r JOIN entries e ON e.id = r.entry_id WHERE e.event = ?",
            (event,)).fetchall())

    def recusals(self, *, judge: str | None = None, event: str | None = None) -> list[Recusal]:
        """The recusals (of entries with a code) as the acting person may see them: a judge only
        their own; the kind (同单位/关联) and reason to those who may see the event's names; before
        unseal the chief judge sees the recusals marked by hand (theirs to take back) but not which
        entries share a judge's unit: 回避 with no reason."""
        role = self.actor_role()
        mine_only, desk = role is Role.JUDGE, allowed(Action.RECUSAL_SET, role)
        rows = self._db.execute(
            "SELECT r.judge, e.event, e.code, r.kind, r.reason FROM recusals r JOIN entries e ON e.id = r.entry_id"
            " WHERE e.code <> '' ORDER BY e.event, r.judge, e.code, r.kind").fetchall()  # no code: nothing to score yet
        visible: dict[str, bool] = {}
        found = []
        event_id = None if event is None else self._event(event).id
        for who, ev, code, kind, reason in rows:
            if (judge is not None and who != judge) or (event_id is not None and ev != event_id):
                continue
            if mine_only and not self.actor_is(who):
                continue
            if ev not in visible:
                visible[ev] = self.names_visible(ev)
            shown = visible[ev] or (desk and kind == RELATED)
            found.append(Recusal(who, ev, code, KIND_LABELS[kind], reason) if shown
                         else Recusal(who, ev, code, RECUSED_SEALED, ""))
        return found

    # -- unit recusals, worked out by the store -----------------------------------------------------

    def _refresh_unit_recusals(self, judges: Iterable[str] | None = None, *, strict: bool = False) -> None:
        """Bring the unit recusals of ``judges`` (default: everyone) up to date with the judges'
        and the entries' units, in the caller's transaction. An event whose units are sealed (the
        second draw) and whose key the acting person does not hold keeps its rows; with ``strict``
        (a judge's unit changed) that is refused instead."""
        scope = None if judges is None else set(judges)
        units = {jid: unit if allowed(Action.PANEL_SEAT, Role(role)) else ""  # only who may score
                 for jid, unit, role in self._db.execute("SELECT id, unit, role FROM judges").fetchall()
                 if scope is None or jid in scope}
        by_unit: dict[str, list[str]] = {}
        for jid, unit in units.items():
            if unit_key(unit):
                by_unit.setdefault(unit_key(unit), []).append(jid)
        if not by_unit and self._db.execute("SELECT 1 FROM recusals WHERE kind = ? LIMIT 1", (UNIT,)).fetchone() is None:
            return  # nobody has a unit: nothing to work out (a roster import stays as fast as before)
        now = utc_now()
        for (event,) in self._db.execute("SELECT DISTINCT event FROM entries ORDER BY event").fetchall():
            entries = self._entry_units(event)
            if entries is None:
                if strict:
                    raise StateError(f"赛项“{event}”已二次加密，更改裁判单位须由加密裁判先输入口令"
                                     " / the event's units are sealed: the secretary's passphrase is needed")
                continue
            want = {(eid, jid) for eid, (_, unit) in entries.items() for jid in by_unit.get(unit_key(unit), ())}
            have = {(eid, jid) for eid, jid in self._db.execute(
                "SELECT r.entry_id, r.judge FROM recusals r JOIN entries e ON e.id = r.entry_id"
                " WHERE e.event = ? AND r.kind = ?", (event, UNIT)).fetchall() if jid in units}
            where = {eid: code or f"#{eid}" for eid, (code, _) in entries.items()}  # before the draw: no code
            for eid, jid in sorted(want - have):
                if self._db.execute("SELECT 1 FROM scores WHERE entry_id = ? AND judge = ? AND value IS NOT NULL",
                                    (eid, jid)).fetchone() is not None:
                    raise StateError(f"裁判 {jid} 与 {entries[eid][0] or '一名选手'} 同单位，但已为其评分：请先清除其分数"
                                     " / the judge has scored an entry of their own unit: clear the scores first")
                self._db.execute("INSERT INTO recusals (entry_id, judge, kind, reason, created_at, actor)"
                                 " VALUES (?, ?, ?, '', ?, ?)", (eid, jid, UNIT, now, self.actor))
                self._audit(now, "recusal.unit", f"{event}/{where[eid]}/{jid}", None, KIND_LABELS[UNIT])
            for eid, jid in sorted(have - want):
                self._db.execute("DELETE FROM recusals WHERE entry_id = ? AND judge = ? AND kind = ?",
                                 (eid, jid, UNIT))
                self._audit(now, "recusal.unit", f"{event}/{where[eid]}/{jid}", KIND_LABELS[UNIT], None)

    def _entry_units(self, event: str) -> dict[int, tuple[str, str]] | None:
        """entry row id → (code, unit) of ``event``, from the rows or, after the second draw,
        from the sealed columns when the acting person holds the key; None when they do not."""
        rows = self._db.execute("SELECT id, code, unit FROM entries WHERE event = ?", (event,)).fetchall()
        if not self.code_key_sealed(event):
            return {eid: (code, unit) for eid, code, unit in rows}
        key = self._usable_key(event)
        if key is None:
            return None
        people = self.sealed_people(event, key)
        return {eid: (code, people.get(code, {}).get("unit", "")) for eid, code, _ in rows}
