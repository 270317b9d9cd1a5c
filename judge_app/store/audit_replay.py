"""Replaying the audit log against the stored rows: does the data say what the log says?

The hash chain (audit.py) shows an edited log; this shows edited DATA. While ``audit.verify``
streams the log once, :class:`Replay` keeps, per stored fact, the value the latest entry gave it
(and that entry's seq); afterwards every stored row is compared with it. A score, section or
submission state, publication, unseal, entry status or time, penalty, vote, play-off, recusal,
veto, seal, draw or registered person (role, name, unit) changed, added or deleted behind the store's back (sqlite3 ``UPDATE``) is reported with the log
entry, the row and both values.

Roster fields brought by an import (names, units, a status or time in the roster file) are in
the log as counts only; from a section lock on they are covered all the same: every lock (and
every unseal, which writes the sealed names back) first logs ``audit.entries``, a digest of all
the event's entry rows (:func:`entries_digest`), and a later row that differs from the latest
digest of its event, with no logged change of the event's entries since, is reported. Not covered:
roster fields before the event's first lock; facts recorded before a later draw of their event
moved their codes (reported as a note). The number of entries, the
draw records (by the digest the log keeps of each) and the 检录号 each stage-1 draw gave are
checked.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

#: score-writing actions; their ``new`` is the stored value text (None: cleared, a tombstone)
SCORE_ACTIONS = frozenset({"score.record", "score.clear", "score.merge", "score.recheck", "conflict.resolve"})


@dataclass(frozen=True)
class _Kind:
    """One kind of stored fact: the actions that set it, its stored rows as (target, value),
    the value a target without a row has, and whether rows the log never set are an error."""

    label: str
    actions: frozenset[str]
    stored: str
    absent: Any = None
    complete: bool = True  # False: rows may come from a roster import, only logged targets count
    per_entry: bool = False  # keyed by code: a draw of the event moves it
    read: Callable[[str | None], Any] | None = None  # the logged ``new`` as the stored value shows it


_ENTRY = "e.event || '/' || e.code"
_SCORES = _Kind("分数 / score", SCORE_ACTIONS,
                f"SELECT {_ENTRY} || '/' || s.criterion || '/' || s.judge, s.value FROM scores s"
                " JOIN entries e ON e.id = s.entry_id", per_entry=True)
_SECTIONS = _Kind("模块状态 / section state", frozenset({"section.lock", "section.unlock"}),
                  "SELECT event || '/' || section, state FROM section_states", absent="open")
_SUBMISSIONS = _Kind("提交状态 / submission", frozenset({"section.submit", "section.reopen"}),
                     "SELECT event || '/' || section || '/' || judge, state FROM submissions", absent="open")
_PUBLICATIONS = _Kind("公示状态 / publication", frozenset({"event.publish", "event.finalize", "event.unpublish"}),
                      "SELECT event, state FROM publications")
_UNSEALS = _Kind("解密 / unseal", frozenset({"event.unseal"}), "SELECT event, 'unsealed' FROM unseals")
_STATUSES = _Kind("选手状态 / entry status", frozenset({"entry.status"}),
                  f"SELECT {_ENTRY}, e.status FROM entries e WHERE e.code <> ''", complete=False, per_entry=True)
_TIMES = _Kind("用时 / time", frozenset({"entry.time"}),
               f"SELECT {_ENTRY}, CAST(e.time_s AS TEXT) FROM entries e WHERE e.code <> ''",
               complete=False, per_entry=True)
_VOTES = _Kind("票数 / votes", frozenset({"votes.set"}),
               f"SELECT {_ENTRY}, v.votes || ' (作废 ' || v.voided || ')' FROM votes v JOIN entries e ON e.id = v.entry_id",
               per_entry=True)
_PLAYOFFS = _Kind("加赛成绩 / play-off", frozenset({"playoff.set"}),
                  f"SELECT {_ENTRY}, p.value FROM playoffs p JOIN entries e ON e.id = p.entry_id", per_entry=True)
_RECUSAL_WHERE = ("SELECT e.event || '/' || CASE WHEN e.code <> '' THEN e.code ELSE '#' || e.id END || '/' || r.judge,"
                  " {label} FROM recusals r JOIN entries e ON e.id = r.entry_id WHERE r.kind = {kind}")
_RELATED = _Kind("回避（关联） / recusal", frozenset({"recusal.add", "recusal.remove"}),
                 _RECUSAL_WHERE.format(label="'关联'", kind="'related'"), per_entry=True)
_UNIT_RECUSAL = _Kind("回避（同单位） / unit recusal", frozenset({"recusal.unit"}),
                      _RECUSAL_WHERE.format(label="'同单位'", kind="'unit'"), per_entry=True)
def _person(new: str | None) -> str | None:
    """A judge.add / judge.update entry's person (name, role, PIN set, unit) as role｜name｜unit."""
    person = _json(new)
    return f"{person.get('role', '')}｜{person.get('name', '')}｜{person.get('unit', '')}" if person else None


#: who is registered with which role: a role edited by hand would let that person act as it
_PEOPLE = _Kind("登记人员 / person", frozenset({"judge.add", "judge.update"}),
                "SELECT id, role || '｜' || name || '｜' || unit FROM judges", read=_person)
_SEALS = _Kind("封印 / seal", frozenset({"audit.seal"}), "SELECT CAST(id AS TEXT), seq || ':' || head || ':' || mac FROM seals")
#: single-valued facts (the latest entry wins)
KINDS = (_SCORES, _SECTIONS, _SUBMISSIONS, _PUBLICATIONS, _UNSEALS, _STATUSES, _TIMES, _VOTES, _PLAYOFFS, _SEALS,
         _RELATED, _UNIT_RECUSAL, _PEOPLE)
#: penalties add up: the stored list must be the logged list, in order
_PENALTY = _Kind("扣分 / penalty", frozenset({"penalty.add", "penalty.remove"}),
                 f"SELECT {_ENTRY} || '/' || p.section, p.points FROM penalties p JOIN entries e ON e.id = p.entry_id"
                 " ORDER BY p.id", absent=(), per_entry=True)
#: a season's vetoes (一票否决) add up too, each ``period/kind``; a removal takes the latest
_VETO = _Kind("一票否决 / veto", frozenset({"veto.add", "veto.remove"}),
              "SELECT season || '/' || code, period || '/' || kind FROM vetoes ORDER BY id", absent=())
LISTS = (_PENALTY, _VETO)
_ROSTER_ACTIONS = frozenset({"entries.import", "round.enrol"})
#: the action logging an event's :func:`entries_digest` (before its lock, after its unseal)
ENTRIES_ACTION = "audit.entries"
#: logged changes of an event's entry rows: its digest no longer holds after them (a roster
#: import changes no event with a locked section, unless one was unlocked since its digest)
_ENTRY_CHANGES = ("entry.status", "entry.time", "draw.stage", "round.enrol", "section.unlock")
#: the columns the digest covers (fixed: a later migration adding a column changes no digest)
_DIGEST_COLUMNS = ("event", "code", "group", "name", "kind", "status", "time_s", "unit", "team", "gender",
                   "id_number", "members", "title", "category", "phone", "note", "bib", "station")
_BY_ACTION = {action: kind for kind in (*KINDS, *LISTS) for action in kind.actions}


def entries_digest(conn: sqlite3.Connection, event: str) -> str:
    """sha256 over the columns of every entry row of ``event`` (not its row id: a draw writes the
    rows anew under new ids), in a canonical order."""
    listed = ", ".join(f'"{c}"' for c in _DIGEST_COLUMNS)
    rows = sorted(json.dumps(list(r), ensure_ascii=False)
                  for r in _rows(conn, f"SELECT {listed} FROM entries WHERE event = ?", (event,)))
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def draw_digest(seed: str, mapping: str) -> str:
    """The digest the audit entry of a draw keeps of its stored record (seed and mapping text)."""
    return hashlib.sha256(f"{seed}\n{mapping}".encode()).hexdigest()


@dataclass
class _Draw:
    seq: int
    stage: int
    digest: str


@dataclass
class Replay:
    """Fed every audit entry in order (:meth:`feed`), then compared with the rows (:meth:`check`)."""

    facts: dict[_Kind, dict[str, tuple[int, Any]]] = field(default_factory=lambda: {k: {} for k in (*KINDS, *LISTS)})
    draws: dict[str, list[_Draw]] = field(default_factory=dict)
    entries_added: int = 0
    roster_changed_after: dict[str, bool] = field(default_factory=dict)  # event → roster updated since its stage 1
    loose: dict[_Kind, set[str]] = field(default_factory=dict)  # events whose earlier facts were moved
    notes: list[str] = field(default_factory=list)
    entry_digests: dict[str, tuple[int, str]] = field(default_factory=dict)  # event → (seq, digest)

    def feed(self, seq: int, action: str, target: str, new: str | None, old: str | None = None) -> None:
        """Take one audit entry (in seq order) into account."""
        if action == ENTRIES_ACTION:
            self.entry_digests[target] = (seq, new or "")
        elif action.startswith(_ENTRY_CHANGES):
            self._entries_changed(action, target)
        kind = _BY_ACTION.get(action)
        if kind in LISTS:
            points = self.facts[kind].get(target, (seq, ()))[1]
            if action.endswith(".remove"):  # the latest penalty of those points (the latest veto) goes
                last = max((i for i, p in enumerate(points) if p == old), default=None)
                points = points if last is None else points[:last] + points[last + 1:]
            else:
                points = (*points, new)
            self.facts[kind][target] = (seq, points)
        elif kind is not None:
            self.facts[kind][target] = (seq, new if kind.read is None else kind.read(new))
        elif action.startswith("draw.stage"):
            self._draw(seq, target, action.removeprefix("draw.stage"), new)
        elif action in _ROSTER_ACTIONS:
            counts = _json(new)
            added = counts.get("added", 0)
            self.entries_added += added if isinstance(added, int) else 0
            if counts.get("updated"):
                self._roster_updated(seq)

    def _entries_changed(self, action: str, target: str) -> None:
        """A logged change of entry rows: the digests of the events it touched no longer hold."""
        event = target.rsplit("→", 1)[-1] if action == "round.enrol" else target.split("/", 1)[0]
        self.entry_digests.pop(event, None)

    def _draw(self, seq: int, event: str, stage: str, new: str | None) -> None:
        self.draws.setdefault(event, []).append(_Draw(seq, int(stage) if stage.isdigit() else 0,
                                                      str(_json(new).get("record_sha256", ""))))
        if stage == "1":
            self.roster_changed_after[event] = False
        self._forget(seq, [k for k in self.facts if k.per_entry], lambda t: t.startswith(event + "/"),
                     f"抽签改变了赛项“{event}”的编号 / the draw of {event} moved its codes")

    def _roster_updated(self, seq: int) -> None:
        """A roster import that updated entries may have changed their status or time (and their
        names): those of events still open to roster changes are no longer the log's."""
        self.roster_changed_after = dict.fromkeys(self.roster_changed_after, True)
        frozen = {t.split("/", 1)[0] for t, (_, v) in self.facts[_SECTIONS].items() if v == "locked"}
        frozen |= {t for t, (_, v) in self.facts[_UNSEALS].items() if v}
        self._forget(seq, [k for k in KINDS if not k.complete], lambda t: t.split("/", 1)[0] not in frozen,
                     "名单导入更新了选手 / a roster import updated entries")

    def _forget(self, seq: int, kinds: list[_Kind], moved: Callable[[str], bool], why: str) -> None:
        for kind in kinds:
            gone = [t for t in self.facts[kind] if moved(t)]
            for target in gone:
                del self.facts[kind][target]
            if gone:
                self.loose.setdefault(kind, set()).update(t.split("/", 1)[0] for t in gone)
                self.notes.append(f"审计日志第 {seq} 条：{why.split(' / ')[0]}，此前的 {len(gone)} 项{kind.label}"
                                  f"无法逐条核对 / entry {seq}: {why.split(' / ')[-1]}; {len(gone)} earlier"
                                  f" facts ({kind.label.split(' / ')[-1]}) are not compared")

    def check(self, conn: sqlite3.Connection) -> list[str]:
        """Every difference between the stored rows and what the log says, one sentence each."""
        problems: list[str] = []
        for kind in KINDS:
            problems += self._compare(kind, dict(_rows(conn, kind.stored)))
        for kind in LISTS:
            listed: dict[str, tuple[str, ...]] = {}
            for target, value in _rows(conn, kind.stored):
                listed[target] = (*listed.get(target, ()), value)
            problems += self._compare(kind, listed)
        problems += self._check_draws(conn)
        for event, (seq, digest) in sorted(self.entry_digests.items()):
            if entries_digest(conn, event) != digest:
                problems.append(
                    f"赛项“{event}”的选手信息（姓名、单位、状态、用时等）与审计日志第 {seq} 条记录的摘要不符 (被直接改动)"
                    f" / the entries of {event} differ from the digest in audit entry {seq}: edited by hand")
        stored = conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
        if stored != self.entries_added:
            problems.append(
                f"选手表有 {stored} 条，审计日志记录导入了 {self.entries_added} 条 (选手被直接增删)"
                f" / {stored} entries stored, the log imported {self.entries_added}: entries added or deleted by hand")
        return problems

    def _compare(self, kind: _Kind, stored: dict[str, Any]) -> Iterator[str]:
        facts = self.facts[kind]
        loose = self.loose.get(kind, set())
        for target, (seq, logged) in sorted(facts.items()):
            have = stored.get(target, kind.absent)
            if logged != have and not (logged is None and have == kind.absent):
                yield (f"{kind.label} {target}：数据库中为 {_show(have)}，审计日志第 {seq} 条记为 {_show(logged)}"
                       f" (被直接改动) / stored {_show(have)}, audit entry {seq} says {_show(logged)}: edited by hand")
        if not kind.complete:
            return
        for target, have in sorted(stored.items()):
            if target not in facts and have != kind.absent and target.split("/", 1)[0] not in loose:
                yield (f"{kind.label} {target}：数据库中为 {_show(have)}，审计日志没有这项记录 (被直接写入)"
                       f" / stored {_show(have)} but never logged: written by hand")

    def _check_draws(self, conn: sqlite3.Connection) -> Iterator[str]:
        stored: dict[str, list[tuple[int, str, str]]] = {}
        for event, stage, seed, mapping in _rows(conn, "SELECT event, stage, seed, mapping FROM draws ORDER BY id"):
            stored.setdefault(event, []).append((stage, seed, mapping))
        for event in sorted(set(stored) | set(self.draws)):
            logged, rows = self.draws.get(event, []), stored.get(event, [])
            if len(logged) != len(rows):
                yield (f"抽签记录 {event}：数据库中有 {len(rows)} 次，审计日志记有 {len(logged)} 次 (被直接增删)"
                       f" / {len(rows)} draws stored, {len(logged)} logged")
            for n, (draw, (stage, seed, mapping)) in enumerate(zip(logged, rows), 1):
                if (draw.stage, draw.digest) != (stage, draw_digest(seed, mapping)):
                    yield (f"抽签记录 {event} 第 {n} 次：与审计日志第 {draw.seq} 条记录的摘要不符 (种子或对照表被改动)"
                           f" / draw {n} of {event} differs from the digest in audit entry {draw.seq}")
            firsts = [r for r in rows if r[0] == 1]
            if len(logged) == len(rows) and firsts and all(
                    (d.stage, d.digest) == (r[0], draw_digest(r[1], r[2])) for d, r in zip(logged, rows)):
                yield from self._check_bibs(conn, event, json.loads(firsts[-1][2]))

    def _check_bibs(self, conn: sqlite3.Connection, event: str, lines: list[dict[str, str]]) -> Iterator[str]:
        """The entries still hold the 检录号 their stage-1 draw gave, under the names it drew for
        (unless a roster import changed entries since), and their code is their 工位号 or 检录号."""
        names = not self.roster_changed_after.get(event, False)
        drawn = {line.get("bib", ""): (line.get("name", ""), line.get("unit", "")) for line in lines}
        for bib, name, unit, code, station in _rows(
                conn, "SELECT bib, name, unit, code, station FROM entries WHERE event = ? AND (bib <> '' OR station <> '')"
                " ORDER BY id", (event,)):
            if bib and (bib not in drawn or (names and (name, unit) != drawn[bib])):
                was = " ".join(drawn.get(bib, ("",))[:1]) or "（无）/ (none)"
                yield (f"选手 {bib} {name}：抽签记录中 {bib} 为 {was} (检录号或姓名被直接改动)"
                       f" / entry {bib} {name}: the draw gave {bib} to {was}: bib or name edited by hand")
            if code != (station or bib):
                yield (f"选手 {station or bib}：编号为 {code}，应为 {station or bib} (被直接改动)"
                       f" / code {code} should be {station or bib}: edited by hand")


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The rows of ``sql``; none when its table does not exist yet (a file of an older version,
    checked read-only without migrating)."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such" in str(exc):
            return []
        raise


def _json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _show(value: Any) -> str:
    if value is None:
        return "（空）/ (none)"
    if isinstance(value, tuple):
        return "、".join(str(v) for v in value) or "（无）/ (none)"
    return str(value)
