"""Judges, their PINs and the scoring panels: a mixin of :class:`~judge_app.store.contest_db.ContestDB`.

A judge is registered once per contest file (编号, 姓名, 角色, PIN). The PIN (a passphrase for
the roles that seal) is kept only as a salted scrypt hash (:mod:`judge_app.core.pins`); audit
entries say whether a PIN is set, never which. Panels live in the marking scheme (each
section's ``judges`` list): :meth:`assign_panel` rewrites that list and stores the scheme
again, so it is checked like any scheme change.

Who is acting (``ContestDB.actor``) is matched to a registered person by id, else by name.
While nobody is registered, whoever opens the file is its organiser; the first people registered
must include an organiser with a passphrase, and from then on an unregistered actor gets no role
(logging in is :mod:`judge_app.app.session`'s).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from judge_app.core.errors import NotFound, NotPermitted, StateError
from judge_app.core.people import Judge, JudgeInput, Role, actor_id, check_person
from judge_app.core.policy import KEY_HOLDERS, RULES, Action, ActionState, allowed, denial
from judge_app.core.pins import hash_pin, normalize_secret, pin_matches
from judge_app.store.audit import utc_now
from judge_app.store.records import ImportCounts

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from pathlib import Path

    from sqlite_utils import Database

    from judge_app.core.scheme import Event


class JudgesMixin:
    """Judges, PINs, panels and the acting person's role; mixed into ContestDB."""

    _db: "Database"
    actor: str

    if TYPE_CHECKING:

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

        def _event(self, event_id: str) -> Event: ...

        def scheme_dict(self) -> dict[str, Any] | None: ...

        def set_scheme(self, scheme: dict[str, Any], *, reason: str = "") -> None: ...

        def backup(self, reason: str) -> Path: ...

        def has_people(self) -> bool: ...

        def kit_judge(self) -> str | None: ...

        def _refresh_unit_recusals(self, judges: Sequence[str] | None = None, *, strict: bool = False) -> None: ...

        def _action_state(self, action: Action, event: str | None, section: str | None,
                          judge: str | None) -> ActionState: ...

    # -- judges ---------------------------------------------------------------------------------

    def add_judge(self, judge_id: str, name: str, *, role: Role | str = Role.JUDGE,
                  pin: str | None = None, unit: str | None = None) -> None:
        """Register a person, or update their name and role (and PIN and unit when given); the
        entries of the judge's unit are recused from them (回避)."""
        self.require(Action.JUDGE_REGISTER)
        person = _checked(JudgeInput(judge_id, name, Role.parse(role), pin, unit))
        pin_hash = self._new_pin_hash(person.id, person.pin)
        with self._db.atomic():
            self._put_judge(person, pin_hash, utc_now())
            self._check_organiser_kept()

    def set_pin(self, judge_id: str, pin: str) -> None:
        """Set or change a person's PIN (4–8 digits; a passphrase for the roles that seal); their
        count of wrong tries starts again."""
        self.require(Action.PIN_SET)
        judge = self.judge(judge_id)
        pin_hash = self._new_pin_hash(judge.id, normalize_secret(pin, judge.role))
        if pin_hash is None:
            return
        now = utc_now()
        with self._db.atomic():
            self._db.execute("UPDATE judges SET pin_hash = ?, updated_at = ?, actor = ? WHERE id = ?",
                             (pin_hash, now, self.actor, judge.id))
            self._db.execute("DELETE FROM login_failures WHERE person = ?", (judge.id,))
            self._audit(now, "judge.pin", judge.id, _PIN_SET if judge.has_pin else None, _PIN_SET)

    def verify_pin(self, judge_id: str, pin: str) -> bool:
        """Whether ``pin`` is the judge's PIN; False for an unknown judge or one without a PIN."""
        stored = self._pin_hash(str(judge_id).strip())
        return bool(stored) and pin_matches(stored, pin)

    def judges(self) -> list[Judge]:
        """Every registered person, by id."""
        rows = self._db.execute("SELECT id, name, role, pin_hash, unit FROM judges ORDER BY id").fetchall()
        return [_judge(row) for row in rows]

    def judge(self, judge_id: str) -> Judge:
        row = self._db.execute(
            "SELECT id, name, role, pin_hash, unit FROM judges WHERE id = ?", (str(judge_id).strip(),)
        ).fetchone()
        if row is None:
            raise NotFound(f"裁判“{judge_id}”未登记 / no such judge")
        return _judge(row)

    def import_judges(self, judges: Sequence[JudgeInput],
                      panels: Mapping[tuple[str, str], Sequence[str]], *, source: str) -> ImportCounts:
        """Register many people and set whole panels ((event, section) → judge ids) in ONE
        transaction: all or nothing. Importing the same list again changes nothing."""
        self.require(Action.JUDGES_IMPORT)
        people = [_checked(j) for j in judges]
        hashes = {p.id: self._new_pin_hash(p.id, p.pin) for p in people}  # slow: outside the transaction
        now = utc_now()
        outcomes: Counter[str] = Counter()
        with self._db.atomic():
            for person in people:
                outcomes[self._put_judge(person, hashes[person.id], now)] += 1
            self._check_organiser_kept()
            counts = ImportCounts(outcomes["added"], outcomes["updated"], outcomes["unchanged"])
            self._audit(now, "judges.import", source, None, json.dumps(
                {"added": counts.added, "updated": counts.updated, "unchanged": counts.unchanged}))
            if panels:
                self._set_panels(panels, f"导入 {source}")
        self.backup("judges-import")
        return counts

    def _put_judge(self, person: JudgeInput, pin_hash: str | None, now: str) -> str:
        """Insert or update one person (``pin_hash`` None: keep the stored one); return
        "added", "updated" or "unchanged"."""
        row = self._db.execute("SELECT name, role, pin_hash, unit FROM judges WHERE id = ?", (person.id,)).fetchone()
        new = (person.name, person.role.value, pin_hash if pin_hash is not None else (row[2] if row else ""),
               person.unit if person.unit is not None else (row[3] if row else ""))
        if row is not None and tuple(row) == new:
            return "unchanged"
        self._db.execute(
            "INSERT INTO judges (id, name, role, pin_hash, unit, updated_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,"
            " pin_hash = excluded.pin_hash, unit = excluded.unit, updated_at = excluded.updated_at,"
            " actor = excluded.actor",
            (person.id, *new, now, self.actor),
        )
        old = None if row is None else _describe(row[0], row[1], bool(row[2]), row[3])
        self._audit(now, "judge.add" if row is None else "judge.update", person.id, old,
                    _describe(new[0], new[1], bool(new[2]), new[3]))
        if row is None or (row[1], row[3]) != (new[1], new[3]):  # a new person, role or unit
            self._refresh_unit_recusals([person.id], strict=bool(new[3] or (row and row[3])))
        return "added" if row is None else "updated"

    def _check_organiser_kept(self) -> None:
        """Refuse (StateError, inside the change's transaction) people registered without an
        organiser who can log in: nobody unregistered may act once anybody is registered, so
        nobody could manage the contest any more. (A judge laptop's file made from a kit has only
        its judge.)"""
        if self.has_people() and self.kit_judge() is None and self._db.execute(
                "SELECT 1 FROM judges WHERE role = ? AND pin_hash <> '' LIMIT 1", (Role.ORGANISER.value,)).fetchone() is None:
            raise StateError("比赛须有一名设了口令的管理员：请先登记管理员（可以是您自己）。登记人员后，未登记的人不能再操作本比赛"
                             " / register an organiser with a passphrase first: once people are registered,"
                             " nobody unregistered may act")

    def _pin_hash(self, judge_id: str) -> str:
        row = self._db.execute("SELECT pin_hash FROM judges WHERE id = ?", (judge_id,)).fetchone()
        return row[0] if row else ""

    def _new_pin_hash(self, judge_id: str, pin: str | None) -> str | None:
        """The hash to store for ``pin``; None when there is none or the stored one already matches
        (so re-importing the same PIN changes nothing)."""
        if pin is None:
            return None
        stored = self._pin_hash(judge_id)
        if stored and pin_matches(stored, pin):
            return None
        return hash_pin(pin)

    # -- panels ---------------------------------------------------------------------------------

    def assign_panel(self, event: str, section: str, judge_ids: Sequence[str], *, reason: str = "") -> None:
        """Make ``judge_ids`` the panel of one section (an empty list: any judge may score).

        Each must be a registered judge or chief judge. Refused (StateError) when a judge who
        has scores in the section would leave the panel; the scheme is re-checked (SchemeError).
        ``section`` is the section's id or name. Organiser or chief judge only (NotPermitted).
        """
        self.require(Action.PANEL_ASSIGN)
        with self._db.atomic():
            self._set_panels({(event, section): judge_ids}, reason)

    def _set_panels(self, panels: Mapping[tuple[str, str], Sequence[str]], reason: str) -> None:
        data = self.scheme_dict()
        if data is None:
            raise StateError("尚未导入评分标准，不能分配评分组 / no marking scheme yet")
        described = []
        for (event, section), judge_ids in panels.items():
            ev = self._event(event)
            sec = next((s for s in ev.sections if section in (s.id, s.name)), None) or ev.section(section)
            ids = self._panel_members(judge_ids, f"{ev.name}/{sec.name}")
            self._check_scored_stay(ev, sec.id, ids)
            _scheme_section(data, ev.id, sec.id)["judges"] = ids
            described.append(f"{ev.name}/{sec.name}: {'、'.join(ids) or '（任何裁判）'}")
        self._store_scheme(data, reason or "评分组 " + "；".join(described))

    def _panel_members(self, judge_ids: Sequence[str], where: str) -> list[str]:
        ids = [str(j).strip() for j in judge_ids]
        problems = []
        twice = sorted({j for j in ids if ids.count(j) > 1})
        if twice:
            problems.append(f"{where}: 裁判 {'、'.join(twice)} 重复 / listed twice")
        for jid in dict.fromkeys(ids):
            row = self._db.execute("SELECT role FROM judges WHERE id = ?", (jid,)).fetchone()
            if row is None:
                raise NotFound(f"{where}: 裁判“{jid}”未登记，请先登记（judges add / judges import）/ no such judge")
            role = Role(row[0])
            if not allowed(Action.PANEL_SEAT, role):
                problems.append(f"{where}: {jid} 是{role.label}，不能进入评分组（只有裁判和裁判长可以）")
        if problems:
            raise StateError("；".join(problems))
        return ids

    def _check_scored_stay(self, event: Event, section_id: str, ids: list[str]) -> None:
        """Refuse a panel that leaves out someone who already scored in the section."""
        if not ids:
            return
        section = event.section(section_id)
        criteria = [c.id for c in section.criteria]
        if not criteria:
            return
        marks = ", ".join("?" * len(criteria))
        scored = {
            row[0]
            for row in self._db.execute(
                "SELECT DISTINCT s.judge FROM scores s JOIN entries e ON e.id = s.entry_id"
                f" WHERE e.event = ? AND s.value IS NOT NULL AND s.criterion IN ({marks})",
                [event.id, *criteria],
            ).fetchall()
        }
        leaving = sorted(scored - set(ids))
        if leaving:
            raise StateError(
                f"模块“{section.name}”已有裁判 {'、'.join(leaving)} 的分数，不能把其移出评分组"
                " / a judge with scores in this section cannot leave its panel"
            )

    # -- who is acting ----------------------------------------------------------------------------

    def actor_role(self) -> Role:
        """The acting person's role: the person registered under the actor as id, as the id in a
        ``姓名(编号)`` label (what the GUI's log-in sets), else as name (the most restricted one
        if several share it); organiser while nobody is registered (the contest's creator).
        Once anybody is, an unregistered actor gets no role: NotPermitted."""
        for judge_id in dict.fromkeys((self.actor, actor_id(self.actor))):
            row = self._db.execute("SELECT role FROM judges WHERE id = ?", (judge_id,)).fetchone()
            if row is not None:
                return Role(row[0])
        roles = [Role(r[0]) for r in self._db.execute(
            "SELECT role FROM judges WHERE name = ? ORDER BY id", (self.actor,)).fetchall()]
        if not roles:
            if not self.has_people():
                return Role.ORGANISER
            raise NotPermitted(f"“{self.actor}”未在本比赛登记，不能操作 / not registered in this contest")
        return next((r for r in roles if r not in KEY_HOLDERS), roles[0])

    def actor_is(self, judge_id: str) -> bool:
        """Whether the acting person is the judge ``judge_id`` (by id, ``姓名(编号)`` or name)."""
        if judge_id in (self.actor, actor_id(self.actor)):
            return True
        row = self._db.execute("SELECT 1 FROM judges WHERE id = ? AND name = ?", (judge_id, self.actor)).fetchone()
        return row is not None

    def require(self, action: Action, *, event: str | None = None, section: str | None = None,
                judge: str | None = None) -> None:
        """Refuse ``action`` unless the policy (:data:`judge_app.core.policy.RULES`) allows it now:
        NotPermitted when the acting person's role (:meth:`actor_role`) may not (or, for their own
        values only, ``judge`` is someone else), StateError naming the first required condition
        that does not hold for ``event``/``section``/``judge`` (ids or names)."""
        role, rule = self.actor_role(), RULES[action]
        own = judge is not None and role in rule.own and role not in rule.roles and self.actor_is(judge)
        found = denial(action, role, self._action_state(action, event, section, judge), own=own,
                       actor=self.actor, target=f"裁判 {judge}" if judge else "")
        if found is not None:
            raise (NotPermitted if found.personal else StateError)(found.message)


_PIN_SET = "PIN 已设置 / set"


def _checked(person: JudgeInput) -> JudgeInput:
    jid, name = check_person(person.id, person.name)
    role = Role.parse(person.role)
    return JudgeInput(jid, name, role, None if person.pin is None else normalize_secret(person.pin, role),
                      None if person.unit is None else " ".join(str(person.unit).split()))


def _judge(row: Any) -> Judge:
    return Judge(row[0], row[1], Role(row[2]), bool(row[3]), row[4])


def _describe(name: str, role: str, has_pin: bool, unit: str) -> str:
    return json.dumps({"name": name, "role": role, "pin": _PIN_SET if has_pin else "", "unit": unit},
                      ensure_ascii=False)


def _scheme_section(data: dict[str, Any], event_id: str, section_id: str) -> dict[str, Any]:
    """The section's object inside the stored scheme dict (ids as contest_from_dict reads them)."""
    for event in data.get("events", []):
        if str(event.get("id") if event.get("id") is not None else event.get("name")).strip() == event_id:
            for section in event.get("sections", []):
                if str(section.get("id")).strip() == section_id:
                    return section
    raise NotFound(f"评分标准中没有 {event_id}/{section_id} / no such section")
