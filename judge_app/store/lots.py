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
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from judge_app.core.entries import Entry
from judge_app.core.entry_kinds import title_text
from judge_app.core.errors import InvalidValue, StateError
from judge_app.core.lotdraw import (
    BIB,
    DEFAULT_PREFIX,
    DEFAULT_WIDTH,
    SEED_BITS,
    STAGE_LABELS,
    STATION,
    DrawLine,
    DrawRecord,
    check_prefix,
    check_stage,
    draw_codes,
    hand_codes,
    new_seed,
)
from judge_app.core.people import EntryView, Role, can_see_names, entry_view, sealed_draw
from judge_app.core.policy import Action
from judge_app.store import code_key
from judge_app.store.audit import utc_now
from judge_app.store.audit_replay import ENTRIES_ACTION, draw_digest, entries_digest
from judge_app.store.code_key import CodeKeyMixin

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from pathlib import Path

    from sqlite_utils import Database

    from judge_app.core.scheme import Event


class LotsMixin(CodeKeyMixin):
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
                  prefix: str | None = None, passphrase: str | None = None,
                  numbers: Sequence[int | str] | None = None) -> DrawRecord:
        """Draw 检录号 (stage 1) or 工位号 (stage 2) for every entry of ``event``.

        ``seed`` None draws a fresh one (recorded and returned); ``prefix`` defaults to '' for
        检录号 (001 ...) and 'A' for 工位号 (A01 ...). Stage 2 seals its record and who is behind
        each 工位号 with the secretary's ``passphrase`` (:mod:`~judge_app.store.code_key`): the
        first stage-2 draw sets it, a later draw of either stage needs it (or the recovery code).
        Only the returned record carries the stage-2 table, its seed and, for a new key, the
        recovery code: print them now for the sealed envelope. Raises NotPermitted, StateError
        (scores exist, no entries, stage 1 missing), InvalidValue, WrongPassphrase.

        ``numbers`` records a draw made by hand on stage instead (现场抽签): the number each item
        drew, in the order :meth:`draw_order` lists them; they must be 1 … n, each once
        (:func:`~judge_app.core.lotdraw.hand_codes`). Such a draw has no seed.
        """
        stage = check_stage(stage)
        ev = self._event(event)
        self.require(Action.DRAW_LOTS, event=ev.id)
        if numbers is not None and seed is not None:
            raise InvalidValue("现场抽签没有种子 / a draw by hand has no seed")
        seed = None if numbers is not None else new_seed() if seed is None else _check_seed(seed)
        prefix = DEFAULT_PREFIX[stage] if prefix is None else check_prefix(prefix)
        stored, key, people, items = self._draw_input(ev, stage, passphrase)
        if stage == STATION and key is None and not passphrase:
            raise code_key.CodePassphraseRequired("第二次抽签", "the second draw")
        if numbers is None:
            assert seed is not None
            codes = draw_codes(len(items), seed, prefix=prefix, width=DEFAULT_WIDTH[stage])
        else:
            codes = hand_codes(numbers, len(items), prefix=prefix, width=DEFAULT_WIDTH[stage])
        if stage == BIB:
            lines = [DrawLine(bib=code, name=item.name, unit=item.unit) for item, code in zip(items, codes)]
        else:
            lines = [DrawLine(bib=item.bib, station=code) for item, code in zip(items, codes)]
        recovery, aad = "", self._code_aad(ev.id)
        if stage == STATION and key is None:
            key, wrapped, recovery = code_key.new_key(passphrase or "", aad)
        elif stage == STATION:
            assert stored is not None and key is not None
            wrapped = {"salt": stored.salt, "by_passphrase": stored.by_passphrase,
                       "recovery_salt": stored.recovery_salt, "by_recovery": stored.by_recovery}
        previous = self._db.execute(
            "SELECT drawn_at FROM draws WHERE event = ? AND stage = ? ORDER BY id DESC LIMIT 1", (ev.id, stage)
        ).fetchone()
        now = utc_now()
        with self._db.atomic():
            if stage == BIB:
                if people:  # the second key is given up: stage 1 clears the 工位号s
                    self._restore_people(ev.id, people)
                    self._db.execute("DELETE FROM code_keys WHERE event = ?", (ev.id,))
                # clear first: codes move between entries, and (event, code) is unique at every step
                self._db.execute("UPDATE entries SET code = '', bib = '', station = '' WHERE event = ?", (ev.id,))
                for item, code in zip(items, codes):
                    self._db.execute("UPDATE entries SET bib = ?, code = ? WHERE id = ?", (code, code, item.id))
                seed_text, mapping = "" if seed is None else str(seed), json.dumps([_line_dict(line) for line in lines], ensure_ascii=False)
            else:
                assert key is not None
                sealed = self._seal_rows(
                    ev.id, [(item.id, code, people.get(item.station)) for item, code in zip(items, codes)])
                seed_text = ""
                mapping = code_key.encrypt(key, {"seed": seed, "lines": [_line_dict(line) for line in lines]}, aad)
                self._db.execute(
                    "INSERT INTO code_keys (event, salt, by_passphrase, recovery_salt, by_recovery, people, sealed_at,"
                    " actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event) DO UPDATE SET people = excluded.people,"
                    " sealed_at = excluded.sealed_at, actor = excluded.actor",
                    (ev.id, wrapped["salt"], wrapped["by_passphrase"], wrapped["recovery_salt"], wrapped["by_recovery"],
                     code_key.encrypt(key, sealed, aad), now, self.actor))
            self._db.execute(
                "INSERT INTO draws (event, stage, seed, drawn_at, actor, mapping) VALUES (?, ?, ?, ?, ?, ?)",
                (ev.id, stage, seed_text, now, self.actor, mapping),
            )
            self._audit(now, f"draw.stage{stage}", ev.id, None if previous is None else f"重抽，上次 {previous[0]}",
                        json.dumps({"entries": len(lines), "record_sha256": draw_digest(seed_text, mapping)}),
                        STAGE_LABELS[stage] + ("，现场抽签" if seed is None else ""))
        if stage == STATION and key is not None:
            self._keys_held()[ev.id] = (self.actor, key)  # the secretary who drew keeps it for this session
        self.backup(f"draw-{ev.id}-{stage}")
        return DrawRecord(ev.id, stage, seed, now, self.actor, tuple(lines), recovery_code=recovery,
                          by_hand=seed is None)

    def draw_order(self, event: str, stage: int, *, passphrase: str | None = None) -> list[DrawLine]:
        """What a draw of ``stage`` draws for, in its input order (the rows of a draw by hand):
        the entries' names and units for stage 1, the 检录号s for stage 2. Key holders only; once
        the second draw is sealed, with the secretary's ``passphrase`` (or the key held)."""
        stage = check_stage(stage)
        ev = self._event(event)
        self.require(Action.DRAW_LOTS, event=ev.id)
        items = self._draw_input(ev, stage, passphrase)[3]
        return [DrawLine(bib=item.bib, name=item.name, unit=item.unit) if stage == BIB else DrawLine(bib=item.bib)
                for item in items]

    def _draw_input(self, ev: Event, stage: int, passphrase: str | None
                    ) -> tuple[code_key.SealedKey | None, bytes | None, dict[str, dict[str, Any]], list[_Item]]:
        """The event's code key (stored, opened), who is behind its sealed rows and the items a
        draw of ``stage`` takes, in input order."""
        stored = code_key.load(self._db.conn, ev.id)
        key = None if stored is None else self._key_for(ev.id, stored, passphrase, ("重新抽签", "a redraw"))
        people = {} if key is None else self.sealed_people(ev.id, key, stored)
        return stored, key, people, self._draw_items(ev, stage, people)

    def _draw_items(self, event: Event, stage: int, people: dict[str, dict[str, Any]]) -> list[_Item]:
        """The entries in the draw's input order: import order for stage 1, 检录号 order for
        stage 2; ``people`` gives the sealed columns of sealed rows (by 工位号)."""
        items = []
        for entry_id, bib, name, title, unit, station in self._db.execute(
                "SELECT id, bib, name, title, unit, station FROM entries WHERE event = ? ORDER BY id",
                (event.id,)).fetchall():
            known = people.get(station)
            if known is not None:
                bib, name, unit = known.get("bib", ""), known.get("name", ""), known.get("unit", "")
            items.append(_Item(entry_id, bib, title_text(event.entry_kind, name, title), unit, station))
        if not items:
            raise StateError(f"赛项“{event.name}”还没有选手，请先导入名单 / no entries to draw for")
        if stage != BIB:
            missing = sum(1 for item in items if not item.bib)
            if missing == len(items):
                raise StateError(f"赛项“{event.name}”还没有进行第一次抽签（检录号）/ draw stage 1 first")
            if missing:
                raise StateError(
                    f"赛项“{event.name}”有 {missing} 名选手是第一次抽签之后加入的，没有检录号；"
                    "请重新进行第一次抽签 / some entries have no bib: redraw stage 1"
                )
            items.sort(key=lambda item: item.bib)
        return items

    def draws(self, event: str) -> list[DrawRecord]:
        """Every draw of an event, oldest first (the 抽签记录). The lines (the code-to-name key
        and the 检录号-to-工位号 key) and the seeds (which rebuild them) only for key holders,
        or for everyone once the event is unsealed; others get stage, time and actor
        (:func:`judge_app.core.people.sealed_draw`). A sealed stage-2 record only once the
        acting person holds its key (:meth:`unlock_code_key`) or the event is unsealed."""
        ev = self._event(event)
        role, unsealed = self.actor_role(), self.is_unsealed(ev.id)
        key = self._usable_key(ev.id)
        records = []
        for event_id, stage, seed, drawn_at, actor, mapping in self._db.execute(
                "SELECT event, stage, seed, drawn_at, actor, mapping FROM draws WHERE event = ? ORDER BY id",
                (ev.id,)).fetchall():
            if code_key.is_sealed(mapping):
                body = {} if key is None else code_key.decrypt(key, mapping, self._code_aad(ev.id))
                found, lines = body.get("seed"), body.get("lines", [])
            else:
                found, lines = int(seed) if seed else None, json.loads(mapping)
            record = DrawRecord(event_id, stage, found, drawn_at, actor, tuple(DrawLine(**d) for d in lines),
                                by_hand=found is None and bool(lines))
            records.append(sealed_draw(record, role, unsealed))
        return records

    def lot_codes(self, event: str) -> dict[str, tuple[str, str]]:
        """code → (检录号, 工位号) of the entries of ``event`` that have a code."""
        ev = self._event(event)
        rows = self._db.execute(
            "SELECT code, bib, station FROM entries WHERE event = ? AND code <> ''", (ev.id,)
        ).fetchall()
        key = self._usable_key(ev.id) if self.code_key_sealed(ev.id) else None
        people = {} if key is None else self.sealed_people(ev.id, key)
        return {code: (people.get(station, {}).get("bib", bib), station) for code, bib, station in rows}

    # -- unsealing --------------------------------------------------------------------------------

    def unseal_event(self, event: str, *, reason: str = "", passphrase: str | None = None) -> None:
        """Unseal (解密) an event: names become visible to everyone. Every section must be locked
        (StateError naming the open ones); key holders only (NotPermitted); a sealed second key
        needs the secretary's ``passphrase`` or the recovery code (CodePassphraseRequired,
        WrongPassphrase)."""
        ev = self._event(event)
        self.require(Action.UNSEAL, event=ev.id)
        stored = code_key.load(self._db.conn, ev.id)
        key = None if stored is None or stored.opened_key else self._key_for(ev.id, stored, passphrase, ("解密", "unsealing"))
        now = utc_now()
        with self._db.atomic():
            self._db.execute("INSERT INTO unseals (event, unsealed_at, actor, reason) VALUES (?, ?, ?, ?)",
                             (ev.id, now, self.actor, reason))
            self._audit(now, "event.unseal", ev.id, "sealed", "unsealed", reason)
            if key is not None:  # who is behind each 工位号 goes back into the rows, the key is public now
                self._restore_people(ev.id, self.sealed_people(ev.id, key, stored))
                self._db.execute("UPDATE code_keys SET opened_key = ? WHERE event = ?", (key.hex(), ev.id))
                self._audit(now, ENTRIES_ACTION, ev.id, None, entries_digest(self._db.conn, ev.id))
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
        view = entry_view(role, {row[0] for row in self._db.execute("SELECT event FROM unseals").fetchall()})
        people = {event: self.sealed_people(event, key) for event, (actor, key) in self._keys_held().items()
                  if actor == self.actor and self.code_key_sealed(event)}
        if not people:
            return view
        return lambda entry: view(code_key.identified(entry, people.get(entry.event, {}).get(entry.code)))

    def entries_for(self, role: Role | str | None = None, event: str | None = None) -> list[Entry]:
        """Entries of ``event`` (default: all) as ``role`` sees them (:meth:`entry_view`)."""
        view = self.entry_view(role)
        return [view(e) for e in self.entries(event)]

    def visible_entries(self, event: str | None = None) -> list[Entry]:
        """Entries of ``event`` (default: all) as the acting person may see them."""
        return self.entries_for(None, event)


class _Item(NamedTuple):
    """An entry as a draw takes it (``name``: what it is called, a team's or project's title)."""

    id: int
    bib: str
    name: str
    unit: str
    station: str


def _check_seed(seed: Any) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**SEED_BITS:
        raise InvalidValue(f"抽签种子应为 0 到 {2**SEED_BITS - 1} 的整数，输入的是 {seed!r} / bad seed")
    return seed


def _line_dict(line: DrawLine) -> dict[str, str]:
    return {k: v for k, v in dataclasses.asdict(line).items() if v}
