"""Judge kits, score packages and their merge: a mixin of :class:`~judge_app.store.contest_db.ContestDB`.

Organiser's file: :meth:`make_kit` gives a judge a kit (and a secret key kept in ``judge_keys``);
:meth:`merge_package` verifies and merges a judge's package; :meth:`arrivals` and
:meth:`conflicts` tell the chief judge what came in. Judge laptop: :meth:`from_kit` creates a local
contest file in judge mode, :meth:`export_package` seals every score of the kit's judge.

**Merge rule.** For one (event, code, criterion, judge) the cell holds the greatest version by
(revision, updated_at, value, actor), so the result depends only on the SET of packages merged:
any order, any number of times, gives the same cells. A version with a lower revision has no
effect (an old package replayed). Two versions with the same revision and different values are
a conflict: audited (``score.conflict``), returned by the merge and listed by :meth:`conflicts`
for the chief judge until a higher revision supersedes it (:meth:`resolve_conflict`).
Every version ever received is kept in ``package_scores`` so that conflicts show whatever the order.

A package is refused as a whole (ImportRefused, nothing written) when its signature, contest or
content is wrong, when a score is outside the judge's panels, or when it would change a score of
a locked section or of an entry marked absent/withdrawn/disqualified.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ImportRefused, JudgeAppError, NotFound, StateError, excerpt
from judge_app.core.people import Role, recused_message
from judge_app.core.policy import Action, Condition
from judge_app.core.score_rules import check_value
from judge_app.core.package_format import (
    PACKAGE_SUFFIX,
    JudgeKit,
    PackageScore,
    ScorePackage,
    canonical,
    kit_bytes,
    new_key,
    package_bytes,
    read_kit,
    read_package,
)
from judge_app.store.audit import utc_now
from judge_app.store.conditions import LOCKED, OPEN
from judge_app.store.connection import remove_contest_file
from judge_app.store.errors import ReasonRequired

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from sqlite_utils import Database

    from judge_app.core.people import Judge
    from judge_app.core.scheme import Event, Section
    from judge_app.store.audit import AuditEntry
    from judge_app.store.records import ImportCounts, ScoreRow

# Migration (appended to schema.MIGRATIONS): tables of this module.
MIGRATION_SQL = """
CREATE TABLE judge_keys (  -- organiser: the secret key of each judge who was given a kit
    judge TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TABLE judge_kit (  -- judge laptop: the kit this file was made from (judge mode)
    id INTEGER PRIMARY KEY CHECK (id = 1),
    contest_id TEXT NOT NULL,
    contest_name TEXT NOT NULL,
    judge TEXT NOT NULL,
    key TEXT NOT NULL,
    panels TEXT NOT NULL,
    made_at TEXT NOT NULL,
    opened_at TEXT NOT NULL
);
CREATE TABLE package_arrivals (
    package_id TEXT PRIMARY KEY,  -- sha256 of the package file
    judge TEXT NOT NULL,
    source_id TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    scores INTEGER NOT NULL,
    file TEXT NOT NULL DEFAULT ''
);
CREATE INDEX package_arrivals_judge ON package_arrivals (judge, exported_at);
CREATE TABLE package_scores (  -- every score version received; value '' is a cleared score
    event TEXT NOT NULL,
    code TEXT NOT NULL,
    criterion TEXT NOT NULL,
    judge TEXT NOT NULL,
    revision INTEGER NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (event, code, criterion, judge, revision, value, updated_at, actor)
);
CREATE TABLE package_audit (  -- the laptops' audit entries of the scores they sent
    source_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    judge TEXT NOT NULL,
    entry TEXT NOT NULL,  -- canonical JSON of the laptop's audit entry
    PRIMARY KEY (source_id, seq)
);
"""

JUDGE_MODE = "judge"
_SCORE_ACTIONS = ("score.record", "score.clear")


@dataclass(frozen=True)
class Conflict:
    """Same revision, different values: the chief judge decides (a new value supersedes it)."""

    event: str
    code: str
    criterion: str
    judge: str
    revision: int
    values: tuple[Decimal | None, ...]  # every value seen at this revision, the kept one first

    def describe(self) -> str:
        shown = " / ".join("清除" if v is None else format(v, "f") for v in self.values)
        return f"{self.event}/{self.code}/{self.criterion} 裁判 {self.judge} 第 {self.revision} 版: {shown}"


@dataclass(frozen=True)
class MergeResult:
    package_id: str
    judge: str
    scores: int  # in the package
    changed: int  # cells written
    unchanged: int  # already held
    stale: int  # superseded by a higher revision held here
    conflicts: tuple[Conflict, ...]
    repeated: bool  # this very package was merged before

    def describe(self) -> str:
        text = (f"裁判 {self.judge}: {self.scores} 个分数，更新 {self.changed}，未变 {self.unchanged}，"
                f"旧版本 {self.stale}" + ("（此包已导入过）" if self.repeated else ""))
        if self.conflicts:
            text += f"；冲突 {len(self.conflicts)} 个，请裁判长处理 / conflicts for the chief judge"
        return text


@dataclass(frozen=True)
class Arrival:
    """One judge of one section's panel on the arrival board."""

    event: str
    section: str
    judge: str
    packages: int  # packages received from the judge (any section)
    last_exported: str  # '' when none arrived
    last_received: str
    scores: int  # values held for this section
    expected: int  # cells the judge owes: entries × criteria
    missing: tuple[str, ...]  # codes with at least one value still missing

    @property
    def arrived(self) -> bool:
        return self.packages > 0


@dataclass
class _Cell:
    value: str | None
    revision: int
    updated_at: str
    actor: str

    def order(self) -> tuple[int, str, str, str]:
        return (self.revision, self.updated_at, self.value or "", self.actor)

    def same_value(self, other: "_Cell") -> bool:
        return _number(self.value) == _number(other.value)


@dataclass(frozen=True)
class _Write:
    entry_id: int
    score: PackageScore
    old: str | None  # the value held before this merge
    new: _Cell


class PackagesStoreMixin:
    """Kits, packages, merge and arrival board; mixed into ContestDB."""

    _db: "Database"
    actor: str

    if TYPE_CHECKING:
        path: Path

        def _not_submitted(self, ev: Event | None, sec: Section | None, judge: str | None) -> str: ...

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

        def _event(self, event_id: str) -> Event: ...

        def _entry(self, event: str, code: str) -> tuple[int, Status]: ...

        def meta(self, key: str) -> str | None: ...

        def set_meta(self, key: str, value: str) -> None: ...

        def scheme_dict(self) -> dict[str, Any] | None: ...

        def set_scheme(self, scheme: dict[str, Any], *, reason: str = "") -> None: ...

        def entries(self, event: str | None = None) -> list[Entry]: ...

        def import_entries(self, entries: list[Entry], *, source: str) -> ImportCounts: ...

        def scores(self, event: str | None = None) -> list[ScoreRow]: ...

        def section_state(self, event: str, section: str) -> str: ...

        def _set_section_state(self, event: str, section: str, state: str, reason: str) -> None: ...

        def audit_log(self, limit: int | None = None) -> list[AuditEntry]: ...

        def judge(self, judge_id: str) -> Judge: ...

        def close(self) -> None: ...

        def entries_for(self, role: Role | str | None = None, event: str | None = None) -> list[Entry]: ...

        def require(self, action: Action, *, event: str | None = None, section: str | None = None,
                    judge: str | None = None) -> None: ...

        def recused(self, event: str) -> dict[str, frozenset[str]]: ...

        def _recused_pairs(self, event: str) -> frozenset[tuple[int, str]]: ...

        def _write_score(self, entry_id: int, target: str, criterion: str, judge: str, old: str | None,
                         new: str | None, revision: int, action: str, reason: str) -> int: ...

    # -- organiser: kits --------------------------------------------------------------------------

    def make_kit(self, judge_id: str) -> bytes:
        """The kit file of one registered judge who sits on at least one panel.

        The kit's panels are the sections still open: one locked before the kit was made arrives
        locked on the laptop (:meth:`from_kit`), so it cannot be scored there (a package would be
        refused for it anyway). The judge's key is made on the first kit and kept: a second kit
        for the same judge carries the same key, so packages from either laptop verify. Key
        holders only (NotPermitted).
        """
        self.require(Action.KIT_MAKE)
        person = self.judge(judge_id)
        data = self.scheme_dict()
        if data is None:
            raise StateError("尚未导入评分标准，不能制作评委包 / no marking scheme yet")
        contest = self._contest_obj()
        panels = tuple((ev.id, sec.id) for ev in contest.events for sec in ev.sections if person.id in sec.judges)
        if not panels:
            raise StateError(f"裁判 {person.id} 不在任何评分组，不能制作评委包 / judge is on no panel")
        panels = tuple(p for p in panels if self.section_state(*p) == OPEN)
        if not panels:
            raise StateError(f"裁判 {person.id} 的评分模块都已锁定，不能制作评委包 / every section of the judge is locked")
        events = dict.fromkeys(event for event, _ in panels)
        seen = {ev: self.entries_for(Role.JUDGE, ev) for ev in events}  # what a judge may see: codes
        recused = {ev: self.recused(ev) for ev in events}
        codes = {ev: tuple(e.code for e in entries if e.code and e.status is Status.OK
                           and person.id not in recused[ev].get(e.code, ()))
                 for ev, entries in seen.items()}
        now = utc_now()
        row = self._db.execute("SELECT key FROM judge_keys WHERE judge = ?", (person.id,)).fetchone()
        key = bytes.fromhex(row[0]) if row else new_key()
        kit = JudgeKit(self.meta("contest_id") or "", self.meta("name") or "", person.id, person.name, key,
                       data, panels, codes, now)
        with self._db.atomic():
            if row is None:
                self._db.execute("INSERT INTO judge_keys (judge, key, created_at, actor) VALUES (?, ?, ?, ?)",
                                 (person.id, key.hex(), now, self.actor))
            self._audit(now, "kit.make", person.id, None, json.dumps(
                {"panels": [f"{e}/{s}" for e, s in panels], "codes": sum(len(c) for c in codes.values()),
                 "new_key": row is None}, ensure_ascii=False))
        return kit_bytes(kit)

    # -- judge laptop: open a kit, export packages --------------------------------------------------

    @classmethod
    def from_kit(cls, data: bytes, path: str | Path) -> Any:
        """Create the local contest file of a judge laptop from a kit (the file must not exist).

        Returns the open ContestDB, acting as the kit's judge, in judge mode.
        """
        kit = read_kit(data)
        path = Path(path)
        db = cls.create(path, actor=kit.judge, name=kit.contest_name)  # type: ignore[attr-defined]
        try:
            db.set_scheme(kit.scheme, reason=f"评委包 {kit.judge}")
            db.import_entries([Entry(code=c, event=e) for e, codes in kit.codes.items() for c in codes],
                              source=f"评委包 {kit.judge}")
            for event in db._contest_obj().events:  # the judge's sections not in the kit were locked
                for section in event.sections:
                    if kit.judge in section.judges and (event.id, section.id) not in kit.panels:
                        db._set_section_state(event.id, section.id, LOCKED, "制作评委包时已锁定 / locked when the kit was made")
            now = utc_now()
            with db._db.atomic():
                db._db.execute(
                    "INSERT INTO judge_kit (id, contest_id, contest_name, judge, key, panels, made_at, opened_at)"
                    " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                    (kit.contest_id, kit.contest_name, kit.judge, kit.key.hex(),
                     json.dumps([list(p) for p in kit.panels], ensure_ascii=False), kit.made_at, now),
                )
                db._audit(now, "kit.open", kit.judge, None, json.dumps(
                    {"contest_id": kit.contest_id, "made_at": kit.made_at}, ensure_ascii=False))
            db.set_meta("mode", JUDGE_MODE)
        except BaseException:
            db.close()
            remove_contest_file(path)
            raise
        return db

    def kit_judge(self) -> str | None:
        """The judge of a laptop file made from a kit; None on the organiser's file."""
        row = self._db.execute("SELECT judge FROM judge_kit WHERE id = 1").fetchone()
        return row[0] if row else None

    def export_package(self) -> tuple[str, bytes]:
        """(file name, bytes) of a package with every score of the kit's judge, sealed with its key."""
        row = self._db.execute("SELECT contest_id, contest_name, judge, key FROM judge_kit WHERE id = 1").fetchone()
        if row is None:
            raise StateError("这不是由评委包建立的比赛文件，不能导出成绩包 / not a judge laptop file (open a kit first)")
        contest_id, contest_name, judge, key_hex = row
        scores = tuple(s for s in self.scores() if s.judge == judge)
        suffix = f"/{judge}"
        audit = tuple(
            dataclasses.asdict(e) for e in self.audit_log() if e.action in _SCORE_ACTIONS and e.target.endswith(suffix)
        )
        now = utc_now()
        package = ScorePackage("", contest_id, contest_name, judge, self.meta("contest_id") or "", now, scores, audit)
        data = package_bytes(package, bytes.fromhex(key_hex))
        with self._db.atomic():
            self._audit(now, "package.export", judge, None, json.dumps({"scores": len(scores)}))
        stamp = now[:26].replace("-", "").replace(":", "").replace(".", "").replace("T", "-")
        return f"{judge}-{stamp}{PACKAGE_SUFFIX}", data

    # -- organiser: merge ---------------------------------------------------------------------------

    def merge_package(self, data: bytes, *, file: str = "") -> MergeResult:
        """Verify and merge one package file's bytes (see the module's merge rule).

        Raises ImportRefused with the reason (and then nothing at all is written); organiser,
        chief judge or scorer only (NotPermitted).
        """
        self.require(Action.PACKAGE_MERGE)
        repeat = self._merged_before(data, file)
        if repeat is not None:
            return repeat
        package = read_package(data, self._key_for_package)
        writes, conflicts, counts = self._merge_plan(package)
        now = utc_now()
        tag = f"成绩包 {package.package_id[:12]}"
        with self._db.atomic():
            self._db.execute(
                "INSERT OR IGNORE INTO package_arrivals (package_id, judge, source_id, exported_at, received_at,"
                " scores, file) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (package.package_id, package.judge, package.source_id, package.exported_at, now,
                 len(package.scores), file),
            )
            self._db.conn.executemany(
                "INSERT OR IGNORE INTO package_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(*s.key, s.revision, "" if s.value is None else format(s.value, "f"), s.updated_at, s.actor)
                 for s in package.scores],
            )
            self._db.conn.executemany(
                "INSERT OR IGNORE INTO package_audit (source_id, seq, judge, entry) VALUES (?, ?, ?, ?)",
                [(package.source_id, e["seq"], package.judge, canonical(e).decode("utf-8"))  # seq: checked int
                 for e in package.audit],
            )
            for w in writes:
                self._db.execute(
                    "INSERT INTO scores (entry_id, criterion, judge, value, revision, updated_at, actor)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id, criterion, judge) DO UPDATE SET"
                    " value = excluded.value, revision = excluded.revision,"
                    " updated_at = excluded.updated_at, actor = excluded.actor",
                    (w.entry_id, w.score.criterion, w.score.judge, w.new.value, w.new.revision, w.new.updated_at,
                     w.new.actor),
                )
                self._audit(now, "score.merge", "/".join(w.score.key), w.old, w.new.value,
                            f"{tag} 第 {w.new.revision} 版")
            for conflict in conflicts:
                self._audit(now, "score.conflict", "/".join((conflict.event, conflict.code, conflict.criterion,
                                                            conflict.judge)), None, conflict.describe(), tag)
            result = MergeResult(package.package_id, package.judge, len(package.scores), len(writes),
                                 counts["unchanged"], counts["stale"], tuple(conflicts), False)
            self._audit_merge(now, result, package.exported_at, file)
        return result

    def _merged_before(self, data: bytes, file: str) -> MergeResult | None:
        """The result of merging again a package whose very bytes (signed body and signature:
        the sha256 kept as its package id in ``package_arrivals``) were merged already: it is
        not read, checked or planned again (a re-merge of 20 packages cost 77% of the first);
        only the repeat is audited. None for a package not merged before."""
        package_id = hashlib.sha256(data).hexdigest()
        row = self._db.execute("SELECT judge, scores, exported_at FROM package_arrivals WHERE package_id = ?",
                               (package_id,)).fetchone()
        if row is None:
            return None
        judge, scores, exported_at = row
        result = MergeResult(package_id, judge, scores, 0, scores, 0, (), True)
        with self._db.atomic():
            self._audit_merge(utc_now(), result, exported_at, file)
        return result

    def _audit_merge(self, now: str, result: MergeResult, exported_at: str, file: str) -> None:
        self._audit(now, "package.merge", result.judge, None, json.dumps(
            {"package": result.package_id, "exported_at": exported_at, "file": file,
             "changed": result.changed, "unchanged": result.unchanged, "stale": result.stale,
             "conflicts": len(result.conflicts), "repeated": result.repeated}, ensure_ascii=False))

    def _key_for_package(self, body: dict[str, Any]) -> bytes:
        """The key to check a package with, once its contest and judge are ours."""
        mine = self.meta("contest_id")
        if body.get("contest_id") != mine:
            raise ImportRefused(
                f"成绩包属于另一场比赛“{excerpt(body.get('contest_name', ''))}”，不是本比赛“{excerpt(self.meta('name') or '')}”"
                " / package is from another contest")
        judge = body.get("judge")
        row = None if not isinstance(judge, str) else self._db.execute(
            "SELECT key FROM judge_keys WHERE judge = ?", (judge,)).fetchone()
        if row is None:
            raise ImportRefused(f"没有为裁判“{excerpt(judge)}”制作过评委包，无法验证成绩包 / no kit was made for this judge")
        return bytes.fromhex(row[0])

    def _merge_plan(self, package: ScorePackage) -> tuple[list[_Write], list[Conflict], dict[str, int]]:
        """What merging would write; ImportRefused listing every problem if it must be refused."""
        problems: list[str] = []
        cells: dict[tuple[int, str, str], _Cell | None] = {}
        writes: dict[tuple[int, str, str], _Write] = {}
        conflicts: list[Conflict] = []
        counts = {"unchanged": 0, "stale": 0}
        recused: dict[str, frozenset[tuple[int, str]]] = {}

        def recused_in(event: str) -> frozenset[tuple[int, str]]:
            if event not in recused:
                recused[event] = self._recused_pairs(event)
            return recused[event]

        for score in package.scores:
            where = excerpt("/".join(score.key), 80)
            try:
                entry_id, status, value, locked, submitted = self._merge_target(package.judge, score, recused_in)
            except JudgeAppError as exc:
                problems.append(f"{where}: {exc}")
                continue
            key = (entry_id, score.criterion, score.judge)
            if key not in cells:
                cells[key] = self._cell(*key)
            current, incoming = cells[key], _Cell(value, score.revision, score.updated_at, score.actor)
            clash = current is not None and current.revision == incoming.revision and not current.same_value(incoming)
            if current is not None and incoming.order() <= current.order():
                if clash:
                    conflicts.append(_conflict(score, current, incoming))
                    problems.extend(_blocked(where, status, locked, submitted))
                else:
                    counts["stale" if incoming.revision < current.revision else "unchanged"] += 1
                continue
            if clash:
                conflicts.append(_conflict(score, incoming, current))  # type: ignore[arg-type]
            problems.extend(_blocked(where, status, locked, submitted))
            old = writes[key].old if key in writes else (None if current is None else current.value)
            writes[key] = _Write(entry_id, score, old, incoming)
            cells[key] = incoming
        if problems:
            raise ImportRefused(f"裁判 {package.judge} 的成绩包被拒绝，未导入任何分数 / package refused, nothing merged",
                                problems)
        return list(writes.values()), conflicts, counts

    def _merge_target(self, judge: str, score: PackageScore, recused_in: Callable[[str], frozenset[tuple[int, str]]],
                      ) -> tuple[int, Status, str | None, str, str]:
        """(entry id, status, normalised value, locked section name or '', why the judge's values
        may not change: submitted, as a score import is told) of one package score; ImportRefused
        for a value of a judge recused from the entry (``recused_in(event)``)."""
        if score.judge != judge:
            raise ImportRefused(f"分数属于裁判 {excerpt(score.judge)}，不是成绩包的裁判 {judge} / score of another judge")
        event = self._event(score.event)
        section, criterion = event.criterion(score.criterion)
        if judge not in section.judges:
            raise ImportRefused(f"裁判 {judge} 不在模块“{section.name}”的评分组 / judge not on this panel")
        entry_id, status = self._entry(event.id, score.code)
        if score.value is not None and (entry_id, judge) in recused_in(event.id):
            raise ImportRefused(recused_message(judge, score.code))
        value = None if score.value is None else format(check_value(criterion, score.value), "f")
        locked = section.name if self.section_state(event.id, section.id) != "open" else ""
        return entry_id, status, value, locked, self._not_submitted(event, section, judge)

    def _cell(self, entry_id: int, criterion: str, judge: str) -> _Cell | None:
        row = self._db.execute(
            "SELECT value, revision, updated_at, actor FROM scores WHERE entry_id = ? AND criterion = ? AND judge = ?",
            (entry_id, criterion, judge),
        ).fetchone()
        return None if row is None else _Cell(*row)

    # -- organiser: what arrived --------------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """Open conflicts: a cell whose revision was received with another value too."""
        rows = self._db.execute(
            "SELECT e.event, e.code, s.criterion, s.judge, s.revision, s.value, p.value"
            " FROM scores s JOIN entries e ON e.id = s.entry_id JOIN package_scores p"
            " ON p.event = e.event AND p.code = e.code AND p.criterion = s.criterion AND p.judge = s.judge"
            " AND p.revision = s.revision ORDER BY e.event, e.code, s.criterion, s.judge, p.value"
        ).fetchall()
        found: dict[tuple[str, str, str, str, int], list[Decimal | None]] = {}
        for event, code, criterion, judge, revision, kept, seen in rows:
            values = found.setdefault((event, code, criterion, judge, revision), [_number(kept)])
            number = _number(seen or None)
            if number not in values:
                values.append(number)
        return [Conflict(*key, tuple(values)) for key, values in found.items() if len(values) > 1]

    def resolve_conflict(self, event: str, code: str, criterion: str, judge: str, value: object, *,
                         reason: str) -> int:
        """The chief judge's decision on an open conflict: ``value`` (None clears) is stored as the
        next revision, which supersedes every version in conflict. Returns that revision."""
        ev = self._event(event)
        section, crit = ev.criterion(criterion)
        self.require(Action.CONFLICT_RESOLVE, event=ev.id, section=section.id)
        if not reason or not reason.strip():
            raise ReasonRequired("处理冲突")
        cell = (event, code, criterion, judge)
        if not any((c.event, c.code, c.criterion, c.judge) == cell for c in self.conflicts()):
            raise NotFound(f"{'/'.join(cell)} 没有未处理的冲突 / no open conflict there")
        entry_id, _ = self._entry(ev.id, code)
        new = None if value is None else format(check_value(crit, value), "f")
        held = self._cell(entry_id, crit.id, judge)
        assert held is not None  # a conflict is about a held cell
        return self._write_score(entry_id, "/".join(cell), crit.id, judge, held.value, new, held.revision + 1,
                                 "conflict.resolve", reason)

    def arrivals(self) -> list[Arrival]:
        """The arrival board: for each event, section and panel judge, what came in and what is missing."""
        packages = {
            judge: (count, exported, received)
            for judge, count, exported, received in self._db.execute(
                "SELECT judge, COUNT(*), MAX(exported_at), MAX(received_at) FROM package_arrivals GROUP BY judge"
            ).fetchall()
        }
        board = []
        for event in self._contest_obj().events:
            codes = [e.code for e in self.entries(event.id) if e.code and e.status is Status.OK]
            held: dict[tuple[str, str], set[str]] = {}
            for s in self.scores(event.id):
                if s.value is not None:
                    held.setdefault((s.judge, s.criterion), set()).add(s.code)
            for section in event.sections:
                for judge in section.judges:
                    count, exported, received = packages.get(judge, (0, "", ""))
                    have = [held.get((judge, c.id), set()) for c in section.criteria]
                    missing = tuple(code for code in codes if any(code not in h for h in have))
                    board.append(Arrival(event.id, section.id, judge, count, exported, received,
                                         sum(len(h & set(codes)) for h in have), len(codes) * len(section.criteria),
                                         missing))
        return board

    def merged_dump(self) -> str:
        """Canonical JSON of everything a merge decides (scores, versions received, laptop audit
        entries, packages), without arrival times: equal dumps mean equal merged data."""
        tables = {
            "scores": "SELECT e.event, e.code, s.criterion, s.judge, s.value, s.revision, s.updated_at, s.actor"
                      " FROM scores s JOIN entries e ON e.id = s.entry_id",
            "package_scores": "SELECT * FROM package_scores",
            "package_audit": "SELECT source_id, seq, judge, entry FROM package_audit",
            "packages": "SELECT package_id, judge, source_id, exported_at, scores FROM package_arrivals",
        }
        dump = {name: sorted(([*row] for row in self._db.execute(sql).fetchall()), key=_sort_key)
                for name, sql in tables.items()}
        return canonical(dump).decode("utf-8")

    def _contest_obj(self) -> Any:
        from judge_app.core.scheme_json import contest_from_dict

        data = self.scheme_dict()
        if data is None:
            raise NotFound("尚未导入评分标准 / no marking scheme yet")
        return contest_from_dict(data)


def _conflict(score: PackageScore, kept: _Cell, other: _Cell) -> Conflict:
    values = tuple(None if c.value is None else Decimal(c.value) for c in (kept, other))
    return Conflict(score.event, score.code, score.criterion, score.judge, kept.revision, values)


def _blocked(where: str, status: Status, locked: str, submitted: str) -> list[str]:
    problems = []
    if submitted:  # the words a score import gets (policy.denial)
        rule = Condition.NOT_SUBMITTED
        problems.append(f"{where}: {submitted}，不能{Action.SCORE.label}{rule.hint} / {rule.unmet}")
    if locked:
        problems.append(f"{where}: 模块“{locked}”已锁定，须裁判长先解锁才能导入 / section is locked")
    if status is not Status.OK:
        problems.append(f"{where}: 选手为{status.label}，不能录分 / entry is {status.value}")
    return problems


def _number(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _sort_key(row: list[Any]) -> list[str]:
    return ["" if v is None else str(v) for v in row]
