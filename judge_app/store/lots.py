"""The two-stage lot draw (二次加密) and unsealing: a mixin of :class:`~judge_app.store.contest_db.ContestDB`.

* Stage 1 draws a 检录号 (``entries.bib``) for every entry of the event, in roster import order;
  the entry's ``code`` becomes its 检录号. Stage 2 draws a 工位号 (``entries.station``) for every
  检录号, in 检录号 order; the ``code`` (what judges see, what scores are keyed by) becomes the
  工位号. Drawing stage 1 again clears the 工位号s.
* Every draw is recorded in ``draws`` with its seed and lines in input order (reproducible with
  :func:`judge_app.core.lotdraw.draw_codes`), audited (without names or seed: the audit log is
  readable by the supervisor) and followed by a backup.
* A draw is refused once any score of the event exists, and unless the acting person is a key
  holder (the policy's :data:`~judge_app.core.policy.Action.DRAW_LOTS`): a registered secretary
  or organiser, or an actor nobody is registered under (the organiser's own account).
* Unsealing (解密) needs every section of the event locked and the recheck done
  (:data:`~judge_app.core.policy.Action.UNSEAL`); then everyone may see names.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING, Any

from judge_app.core.entries import Entry
from judge_app.core.errors import InvalidValue, StateError
from judge_app.core.lotdraw import (
    BIB,
    DEFAULT_PREFIX,
    DEFAULT_WIDTH,
    SEED_BITS,
    STAGE_LABELS,
    DrawLine,
    DrawRecord,
    check_prefix,
    check_stage,
    draw_codes,
    new_seed,
)
from judge_app.core.people import EntryView, Role, can_see_names, entry_view, sealed_draw
from judge_app.core.policy import Action
from judge_app.store.audit import utc_now

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from pathlib import Path

    from sqlite_utils import Database

    from judge_app.core.scheme import Event

class LotsMixin:
    """Lot draws, unsealing and the sealed view of entries; mixed into ContestDB."""

    _db: "Database"
    actor: str

    if TYPE_CHECKING:

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

        def _event(self, event_id: str) -> Event: ...

        def backup(self, reason: str) -> Path: ...

        def entries(self, event: str | None = None) -> list[Entry]: ...

        def require(self, action: Action, *, event: str | None = None, section: str | None = None,
                    judge: str | None = None) -> None: ...

        def actor_role(self) -> Role: ...

    # -- drawing --------------------------------------------------------------------------------

    def draw_lots(self, event: str, stage: int, *, seed: int | None = None,
                  prefix: str | None = None) -> DrawRecord:
        """Draw 检录号 (stage 1) or 工位号 (stage 2) for every entry of ``event``.

        ``seed`` None draws a fresh one (recorded and returned); ``prefix`` defaults to '' for
        检录号 (001 ...) and 'A' for 工位号 (A01 ...). Raises NotPermitted, StateError (scores
        exist, no entries, stage 1 missing), InvalidValue.
        """
        stage = check_stage(stage)
        ev = self._event(event)
        self.require(Action.DRAW_LOTS, event=ev.id)
        seed = new_seed() if seed is None else _check_seed(seed)
        prefix = DEFAULT_PREFIX[stage] if prefix is None else check_prefix(prefix)
        items = self._draw_items(ev, stage)
        codes = draw_codes(len(items), seed, prefix=prefix, width=DEFAULT_WIDTH[stage])
        if stage == BIB:
            lines = [DrawLine(bib=code, name=name, unit=unit) for (_, _, name, unit), code in zip(items, codes)]
            clear, assign = "code = '', bib = '', station = ''", "bib = ?, code = ?"
        else:
            lines = [DrawLine(bib=bib, station=code) for (_, bib, _, _), code in zip(items, codes)]
            clear, assign = "code = '', station = ''", "station = ?, code = ?"
        mapping = json.dumps([_line_dict(line) for line in lines], ensure_ascii=False)
        previous = self._db.execute(
            "SELECT drawn_at FROM draws WHERE event = ? AND stage = ? ORDER BY id DESC LIMIT 1", (ev.id, stage)
        ).fetchone()
        now = utc_now()
        with self._db.atomic():
            # clear first: codes move between entries, and (event, code) is unique at every step
            self._db.execute(f"UPDATE entries SET {clear} WHERE event = ?", (ev.id,))
            for (entry_id, _, _, _), code in zip(items, codes):
                self._db.execute(f"UPDATE entries SET {assign} WHERE id = ?", (code, code, entry_id))
            self._db.execute(
                "INSERT INTO draws (event, stage, seed, drawn_at, actor, mapping) VALUES (?, ?, ?, ?, ?, ?)",
                (ev.id, stage, str(seed), now, self.actor, mapping),
            )
            fingerprint = hashlib.sha256(f"{seed}\n{mapping}".encode()).hexdigest()
            self._audit(now, f"draw.stage{stage}", ev.id, None if previous is None else f"重抽，上次 {previous[0]}",
                        json.dumps({"entries": len(lines), "record_sha256": fingerprint}), STAGE_LABELS[stage])
        self.backup(f"draw-{ev.id}-{stage}")
        return DrawRecord(ev.id, stage, seed, now, self.actor, tuple(lines))

    def _draw_items(self, event: Event, stage: int) -> list[tuple[int, str, str, str]]:
        """(entry id, bib, name, unit) in the draw's input order: import order for stage 1,
        检录号 order for stage 2."""
        order = "id" if stage == BIB else "bib"
        items = [tuple(r) for r in self._db.execute(
            f"SELECT id, bib, name, unit FROM entries WHERE event = ? ORDER BY {order}", (event.id,)).fetchall()]
        if not items:
            raise StateError(f"赛项“{event.name}”还没有选手，请先导入名单 / no entries to draw for")
        if stage != BIB:
            missing = sum(1 for item in items if not item[1])
            if missing == len(items):
                raise StateError(f"赛项“{event.name}”还没有进行第一次抽签（检录号）/ draw stage 1 first")
            if missing:
                raise StateError(
                    f"赛项“{event.name}”有 {missing} 名选手是第一次抽签之后加入的，没有检录号；"
                    "请重新进行第一次抽签 / some entries have no bib: redraw stage 1"
                )
        return items  # type: ignore[return-value]

    def draws(self, event: str) -> list[DrawRecord]:
        """Every draw of an event, oldest first (the 抽签记录). The lines (the code-to-name key
        and the 检录号-to-工位号 key) and the seeds (which rebuild them) only for key holders,
        or for everyone once the event is unsealed; others get stage, time and actor
        (:func:`judge_app.core.people.sealed_draw`)."""
        ev = self._event(event)
        role, unsealed = self.actor_role(), self.is_unsealed(ev.id)
        rows = self._db.execute(
            "SELECT event, stage, seed, drawn_at, actor, mapping FROM draws WHERE event = ? ORDER BY id", (ev.id,)
        ).fetchall()
        return [
            sealed_draw(DrawRecord(r[0], r[1], int(r[2]), r[3], r[4], tuple(DrawLine(**d) for d in json.loads(r[5]))),
                        role, unsealed)
            for r in rows
        ]

    def lot_codes(self, event: str) -> dict[str, tuple[str, str]]:
        """code → (检录号, 工位号) of the entries of ``event`` that have a code."""
        ev = self._event(event)
        rows = self._db.execute(
            "SELECT code, bib, station FROM entries WHERE event = ? AND code <> ''", (ev.id,)
        ).fetchall()
        return {code: (bib, station) for code, bib, station in rows}

    # -- unsealing --------------------------------------------------------------------------------

    def unseal_event(self, event: str, *, reason: str = "") -> None:
        """Unseal (解密) an event: names become visible to everyone. Every section must be locked
        (StateError naming the open ones); key holders only (NotPermitted)."""
        ev = self._event(event)
        self.require(Action.UNSEAL, event=ev.id)
        now = utc_now()
        with self._db.atomic():
            self._db.execute("INSERT INTO unseals (event, unsealed_at, actor, reason) VALUES (?, ?, ?, ?)",
                             (ev.id, now, self.actor, reason))
            self._audit(now, "event.unseal", ev.id, "sealed", "unsealed", reason)
        self.backup(f"unseal-{ev.id}")

    def names_visible(self, event: str) -> bool:
        """Whether the acting person may see who is behind the codes of ``event`` (and the draw
        tables): key holders always, everyone once the event is unsealed."""
        return can_see_names(self.actor_role(), self.is_unsealed(event))

    def is_unsealed(self, event: str) -> bool:
        ev = self._event(event)
        return self._db.execute("SELECT 1 FROM unseals WHERE event = ?", (ev.id,)).fetchone() is not None

    def entry_view(self, role: Role | str | None = None) -> EntryView:
        """How ``role`` (default: the acting person's role) sees entries now: before an event is
        unsealed only key holders get names and personal fields
        (:func:`judge_app.core.people.sealed_entry`). Every output reads entries through it."""
        role = self.actor_role() if role is None else role
        return entry_view(role, {row[0] for row in self._db.execute("SELECT event FROM unseals").fetchall()})

    def entries_for(self, role: Role | str | None = None, event: str | None = None) -> list[Entry]:
        """Entries of ``event`` (default: all) as ``role`` sees them (:meth:`entry_view`)."""
        view = self.entry_view(role)
        return [view(e) for e in self.entries(event)]

    def visible_entries(self, event: str | None = None) -> list[Entry]:
        """Entries of ``event`` (default: all) as the acting person may see them."""
        return self.entries_for(None, event)


def _check_seed(seed: Any) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**SEED_BITS:
        raise InvalidValue(f"抽签种子应为 0 到 {2**SEED_BITS - 1} 的整数，输入的是 {seed!r} / bad seed")
    return seed


def _line_dict(line: DrawLine) -> dict[str, str]:
    return {k: v for k, v in dataclasses.asdict(line).items() if v}
