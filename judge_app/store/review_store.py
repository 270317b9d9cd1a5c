"""What the judging desk needs beyond scores: per-judge submission, remarks, re-mark requests and
publication (公示 → 定稿). A mixin of :class:`~judge_app.store.contest_db.ContestDB`.

* **Submission** (提交): each judge of a panel submits a section when every cell they owe is
  filled (:meth:`missing_scores` lists what is missing); a submitted judge cannot change scores
  until the chief judge reopens it (:meth:`reopen_submission`, reason required) or asks a re-mark.
* **Remarks** (备注): one free text per contestant and judge.
* **Re-mark requests** (重评): the chief judge asks a judge to look again at one value; the request
  reopens the judge's submission and is marked done when the judge records that value again.
* **Value conflicts** (录入不一致): a measurement or deduction whose panel entries disagree has no
  value; :meth:`value_conflicts` lists them (lock reports them) and the chief judge settles one
  with :meth:`settle_value` (or asks the judge who differs to re-mark).
* **Publication** (公示 / 定稿): an event whose sections are all locked and whose names are
  unsealed can be published (the leaderboard shows only published events), then made final.
  A locked section of a published event cannot be reopened.

Every change is one transaction with its audit entry (the ContestDB's ``_audit``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from judge_app.core.compute import criterion_result
from judge_app.core.decimals import fmt
from judge_app.core.entries import Status
from judge_app.core.errors import NotFound, ScoreError, StateError
from judge_app.core.results import Issue
from judge_app.core.review import conflict_issue
from judge_app.core.score_rules import check_value
from judge_app.core.policy import Action
from judge_app.core.scheme import CriterionKind, Event, Section, SectionKind
from judge_app.store.audit import utc_now
from judge_app.store.errors import ReasonRequired

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from sqlite_utils import Database

# Migration 3 (appended to schema.MIGRATIONS): tables of this module.
MIGRATION_SQL = """
CREATE TABLE submissions (
    event TEXT NOT NULL,
    section TEXT NOT NULL,
    judge TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'submitted')),
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (event, section, judge)
);
CREATE TABLE remarks (
    entry_id INTEGER NOT NULL REFERENCES entries (id),
    judge TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (entry_id, judge)
);
CREATE TABLE remark_requests (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries (id),
    criterion TEXT NOT NULL,
    judge TEXT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'done', 'withdrawn')),
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    closed_at TEXT,
    closed_by TEXT
);
CREATE INDEX remark_requests_open ON remark_requests (judge, state);
CREATE TABLE publications (
    event TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('published', 'final')),
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
"""

OPEN, SUBMITTED = "open", "submitted"
PUBLISHED, FINAL = "published", "final"
SUBMISSION_LABELS = {OPEN: "评分中", SUBMITTED: "已提交"}
PUBLICATION_LABELS = {"": "未公示", PUBLISHED: "已公示", FINAL: "已定稿"}
MISSING_SHOWN = 12  # cells named in the "not complete" error; the GUI lists them all


@dataclass(frozen=True)
class RemarkRequest:
    """The chief judge asks ``judge`` to look again at ``criterion`` of entry ``code``."""

    id: int
    event: str
    code: str
    criterion: str
    judge: str
    reason: str
    state: str  # open | done | withdrawn
    created_at: str
    actor: str


@dataclass(frozen=True)
class MissingScore:
    code: str
    criterion: str
    criterion_name: str
    section: str


class ReviewStoreMixin:
    """Submission, remarks, re-mark requests and publication; mixed into ContestDB."""

    _db: "Database"
    actor: str

    # -- who acts ---------------------------------------------------------------------------------

    def act_as(self, actor: str) -> None:
        """Name the person acting from now on (after a log-in); every audit entry carries it."""
        if not actor or not actor.strip():
            raise StateError("须填写操作人 / who is acting must be given")
        self.actor = actor.strip()

    # -- submission --------------------------------------------------------------------------------

    def submission_state(self, event: str, section: str, judge: str) -> str:
        row = self._db.execute(
            "SELECT state FROM submissions WHERE event = ? AND section = ? AND judge = ?", (event, section, judge)
        ).fetchone()
        return row[0] if row else OPEN

    def submissions(self, event: str) -> dict[tuple[str, str], str]:
        """(section, judge) → state for every panel judge of the event's scored sections."""
        ev = self._event(event)  # type: ignore[attr-defined]
        found = {
            (section, judge): state
            for section, judge, state in self._db.execute(
                "SELECT section, judge, state FROM submissions WHERE event = ?", (ev.id,)
            ).fetchall()
        }
        out: dict[tuple[str, str], str] = {}
        for sec in ev.sections:
            if sec.kind is SectionKind.VOTE:
                continue
            for judge in sec.judges:
                out[(sec.id, judge)] = found.get((sec.id, judge), OPEN)
        for key, state in found.items():
            out.setdefault(key, state)
        return out

    def scored_criteria(self, event: str) -> dict[str, int]:
        """Criterion id → how many values are stored for it in ``event`` (only those with any).
        The scheme editor refuses to remove a criterion listed here."""
        ev = self._event(event)  # type: ignore[attr-defined]
        return dict(self._db.execute(
            "SELECT s.criterion, COUNT(*) FROM scores s JOIN entries e ON e.id = s.entry_id"
            " WHERE e.event = ? AND s.value IS NOT NULL GROUP BY s.criterion",
            (ev.id,),
        ).fetchall())

    def missing_scores(self, event: str, section: str, judge: str) -> list[MissingScore]:
        """Cells ``judge`` still owes in a section, by entry code then scheme order.

        A judgement criterion needs the judge's own value; a measurement or deduction criterion
        needs one value from anyone on the panel. Entries marked 缺考/弃赛/取消资格, and those the
        judge is recused from (回避), owe nothing.
        """
        ev = self._event(event)  # type: ignore[attr-defined]
        sec = ev.section(section)
        have: dict[tuple[str, str], set[str]] = {}
        criteria = [c.id for c in sec.criteria]  # only this section's scores (not the event's)
        for code, criterion, who in self._db.execute(
            "SELECT e.code, s.criterion, s.judge FROM scores s JOIN entries e ON e.id = s.entry_id"
            f" WHERE e.event = ? AND s.value IS NOT NULL AND s.criterion IN ({', '.join('?' * len(criteria))})",
            (ev.id, *criteria),
        ).fetchall():
            have.setdefault((code, criterion), set()).add(who)
        panel = set(sec.judges)
        missing: list[MissingScore] = []
        recused = self.recused(ev.id)  # type: ignore[attr-defined]
        codes = [
            code for code, status in self._db.execute(
                "SELECT code, status FROM entries WHERE event = ? AND code <> '' ORDER BY code", (ev.id,)
            ).fetchall()
            if status == Status.OK.value and judge not in recused.get(code, ())
        ]
        for code in codes:
            for crit in sec.criteria:
                who = have.get((code, crit.id), set())
                if crit.kind is CriterionKind.JUDGEMENT:
                    done = judge in who
                else:
                    done = bool(who & panel) if panel else bool(who)
                if not done:
                    missing.append(MissingScore(code, crit.id, crit.name, sec.id))
        return missing

    def submit_section(self, event: str, section: str, judge: str) -> None:
        """Mark ``judge``'s work on a section as submitted (that judge, or a scorer, the chief judge
        or the organiser for a paper sheet); StateError naming missing cells."""
        ev, sec = self._panel_section(event, section, judge)
        self.require(Action.SUBMIT, event=ev.id, section=sec.id, judge=judge)  # type: ignore[attr-defined]
        missing = self.missing_scores(ev.id, sec.id, judge)
        if missing:
            shown = "、".join(f"{m.code} {m.criterion_name}" for m in missing[:MISSING_SHOWN])
            more = f" 等 {len(missing)} 处" if len(missing) > MISSING_SHOWN else ""
            raise StateError(
                f"模块 “{sec.name}” 还有未评分的项目，不能提交: {shown}{more}"
                f" / {len(missing)} cells still empty"
            )
        self._set_submission(ev, sec, judge, OPEN, SUBMITTED, "section.submit", "")

    def reopen_submission(self, event: str, section: str, judge: str, *, reason: str) -> None:
        """Give a submitted section back to the judge (chief judge or organiser); the reason is required."""
        ev, sec = self._panel_section(event, section, judge)
        self.require(Action.REOPEN, event=ev.id, section=sec.id, judge=judge)  # type: ignore[attr-defined]
        _require_reason(reason, "退回评分")
        self._set_submission(ev, sec, judge, SUBMITTED, OPEN, "section.reopen", reason)

    def _set_submission(self, ev: Event, sec: Section, judge: str, old: str, new: str, action: str,
                        reason: str) -> None:
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO submissions (event, section, judge, state, updated_at, actor) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (event, section, judge) DO UPDATE SET state = excluded.state,"
                " updated_at = excluded.updated_at, actor = excluded.actor",
                (ev.id, sec.id, judge, new, now, self.actor),
            )
            self._audit(now, action, f"{ev.id}/{sec.id}/{judge}", old, new, reason)  # type: ignore[attr-defined]

    def _panel_section(self, event: str, section: str, judge: str) -> tuple[Event, Section]:
        ev = self._event(event)  # type: ignore[attr-defined]
        sec = ev.section(section)
        if not judge or not judge.strip():
            raise ScoreError("未填写裁判 / judge is missing")
        if sec.judges and judge not in sec.judges:
            raise ScoreError(
                f"裁判 “{judge}” 不在模块 “{sec.name}” 的评分组 ({'、'.join(sec.judges)}) / judge not on this panel"
            )
        return ev, sec

    # -- a judge's own scores ------------------------------------------------------------------

    def record_judge_score(self, event: str, code: str, criterion: str, judge: str, value: object) -> int:
        """record_score for the grid (refused like it once the judge submitted the section); also
        closes the judge's open re-mark requests on that value. Returns the revision."""
        ev = self._event(event)  # type: ignore[attr-defined]
        with self._db.atomic():
            revision = self.record_score(ev.id, code, criterion, judge, value)  # type: ignore[attr-defined]
            self._close_requests(ev.id, code, criterion, judge)
        return revision

    # -- value conflicts -------------------------------------------------------------------------

    def value_conflicts(self, event: str, section: str | None = None) -> list[Issue]:
        """Measurement and deduction values whose panel entries disagree (no value until settled),
        of one section (id or name) or of the whole event, by code then scheme order."""
        ev = self._event(event)  # type: ignore[attr-defined]
        sections = [ev.section(section)] if section else list(ev.sections)
        once = {c.id: (sec, c) for sec in sections for c in sec.criteria if c.kind is not CriterionKind.JUDGEMENT}
        ok = {code for code, status in self._db.execute(
            "SELECT code, status FROM entries WHERE event = ? AND code <> ''", (ev.id,)).fetchall()
            if status == Status.OK.value}
        entered: dict[tuple[str, str], dict[str, Decimal]] = {}
        for row in self.scores(ev.id):  # type: ignore[attr-defined]
            if row.value is not None and row.criterion in once and row.code in ok:
                entered.setdefault((row.code, row.criterion), {})[row.judge] = row.value
        order = {cid: i for i, cid in enumerate(once)}
        found = []
        for (code, cid), values in sorted(entered.items(), key=lambda item: (item[0][0], order[item[0][1]])):
            sec, crit = once[cid]
            result, _ = criterion_result(ev, sec, crit, values, code)
            if result.flagged:
                found.append(conflict_issue(ev, code, result))
        return found

    def settle_value(self, event: str, code: str, criterion: str, value: object, *, reason: str) -> int:
        """The chief judge settles a value conflict: ``value`` is recorded for every judge of the
        panel whose entry differs, each audited with the reason (chief judge or organiser, section open).
        Returns how many entries changed; StateError when the entries do not disagree."""
        ev = self._event(event)  # type: ignore[attr-defined]
        sec, crit = ev.criterion(criterion)
        self.require(Action.CONFLICT_RESOLVE, event=ev.id, section=sec.id)  # type: ignore[attr-defined]
        _require_reason(reason, "确定正确值")
        number = check_value(crit, value)
        if not any(c.code == code and c.criterion == crit.id for c in self.value_conflicts(ev.id, sec.id)):
            raise StateError(f"{code} “{crit.name}” 没有不一致的录入 / the entries do not disagree")
        entry_id, _ = self._entry(ev.id, code)  # type: ignore[attr-defined]
        rows = self._db.execute(
            "SELECT judge, value, revision FROM scores WHERE entry_id = ? AND criterion = ? AND value IS NOT NULL",
            (entry_id, crit.id)).fetchall()
        panel = set(sec.judges)
        changed = [(judge, old, revision) for judge, old, revision in rows
                   if (not panel or judge in panel) and Decimal(old) != number]
        note = f"裁判长确定正确值 {fmt(number)}：{reason.strip()}"
        with self._db.atomic():
            for judge, old, revision in changed:
                self._write_score(entry_id, f"{ev.id}/{code}/{crit.id}/{judge}", crit.id, judge,  # type: ignore[attr-defined]
                                  old, format(number, "f"), revision + 1, "score.record", note)
        return len(changed)

    # -- remarks -------------------------------------------------------------------------------

    def set_remark(self, event: str, code: str, judge: str, text: str) -> None:
        """Set (or, with an empty text, clear) a judge's remark on one entry (that judge, or a
        scorer, the chief judge or the organiser)."""
        self.require(Action.REMARK_SET, judge=judge)  # type: ignore[attr-defined]
        entry_id, _ = self._entry(event, code)  # type: ignore[attr-defined]
        text = (text or "").strip()
        row = self._db.execute(
            "SELECT text FROM remarks WHERE entry_id = ? AND judge = ?", (entry_id, judge)
        ).fetchone()
        old = row[0] if row else None
        if (old or "") == text:
            return
        now = utc_now()
        with self._db.atomic():
            if text:
                self._db.execute(
                    "INSERT INTO remarks (entry_id, judge, text, updated_at, actor) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (entry_id, judge) DO UPDATE SET text = excluded.text,"
                    " updated_at = excluded.updated_at, actor = excluded.actor",
                    (entry_id, judge, text, now, self.actor),
                )
            else:
                self._db.execute("DELETE FROM remarks WHERE entry_id = ? AND judge = ?", (entry_id, judge))
            self._audit(now, "remark.set", f"{event}/{code}/{judge}", old, text or None)  # type: ignore[attr-defined]

    def remarks(self, event: str, judge: str | None = None) -> dict[tuple[str, str], str]:
        """(code, judge) → remark text for an event (one judge's only, when given)."""
        sql = ("SELECT e.code, r.judge, r.text FROM remarks r JOIN entries e ON e.id = r.entry_id"
               " WHERE e.event = ?")
        params: list[str] = [event]
        if judge is not None:
            sql += " AND r.judge = ?"
            params.append(judge)
        return {(code, who): text for code, who, text in self._db.execute(sql, params).fetchall()}

    # -- re-mark requests -----------------------------------------------------------------------

    def request_remark(self, event: str, code: str, criterion: str, judge: str, *, reason: str) -> int:
        """Ask ``judge`` to re-mark one value (chief judge). Reopens the judge's submission."""
        ev = self._event(event)  # type: ignore[attr-defined]
        sec, crit = ev.criterion(criterion)
        self.require(Action.REMARK_REQUEST, event=ev.id, section=sec.id)  # type: ignore[attr-defined]
        _require_reason(reason, "请求重评")
        self._panel_section(ev.id, sec.id, judge)
        entry_id, _ = self._entry(ev.id, code)  # type: ignore[attr-defined]
        if self._db.execute(
            "SELECT 1 FROM remark_requests WHERE entry_id = ? AND criterion = ? AND judge = ? AND state = 'open'",
            (entry_id, crit.id, judge),
        ).fetchone():
            raise StateError(f"已请求裁判 {judge} 重评 {code} “{crit.name}” / already requested")
        now = utc_now()
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO remark_requests (entry_id, criterion, judge, reason, state, created_at, actor)"
                " VALUES (?, ?, ?, ?, 'open', ?, ?)",
                (entry_id, crit.id, judge, reason.strip(), now, self.actor),
            )
            request_id = int(cursor.lastrowid)
            self._audit(now, "remark_request.open", f"{ev.id}/{code}/{crit.id}/{judge}", None,  # type: ignore[attr-defined]
                        str(request_id), reason.strip())
            if self.submission_state(ev.id, sec.id, judge) == SUBMITTED:
                self._set_submission(ev, sec, judge, SUBMITTED, OPEN, "section.reopen",
                                     f"请求重评 {code} “{crit.name}”: {reason.strip()}")
        return request_id

    def withdraw_remark_request(self, request_id: int, *, reason: str) -> None:
        self.require(Action.REMARK_WITHDRAW)  # type: ignore[attr-defined]
        _require_reason(reason, "撤回重评请求")
        request = self._request(request_id)
        if request.state != "open":
            raise StateError(f"重评请求 {request_id} 已结束 / request is closed")
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                "UPDATE remark_requests SET state = 'withdrawn', closed_at = ?, closed_by = ? WHERE id = ?",
                (now, self.actor, request_id),
            )
            self._audit(now, "remark_request.withdraw", _request_target(request), "open", "withdrawn",  # type: ignore[attr-defined]
                        reason)

    def remark_requests(self, event: str | None = None, judge: str | None = None, *,
                        open_only: bool = True) -> list[RemarkRequest]:
        sql = (
            "SELECT r.id, e.event, e.code, r.criterion, r.judge, r.reason, r.state, r.created_at, r.actor"
            " FROM remark_requests r JOIN entries e ON e.id = r.entry_id WHERE 1 = 1"
        )
        params: list[str] = []
        if event is not None:
            sql += " AND e.event = ?"
            params.append(event)
        if judge is not None:
            sql += " AND r.judge = ?"
            params.append(judge)
        if open_only:
            sql += " AND r.state = 'open'"
        rows = self._db.execute(sql + " ORDER BY r.id", params).fetchall()
        return [RemarkRequest(*row) for row in rows]

    def _request(self, request_id: int) -> RemarkRequest:
        row = self._db.execute(
            "SELECT r.id, e.event, e.code, r.criterion, r.judge, r.reason, r.state, r.created_at, r.actor"
            " FROM remark_requests r JOIN entries e ON e.id = r.entry_id WHERE r.id = ?",
            (request_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {request_id} 的重评请求 / no such request")
        return RemarkRequest(*row)

    def _close_requests(self, event: str, code: str, criterion: str, judge: str) -> None:
        entry_id, _ = self._entry(event, code)  # type: ignore[attr-defined]
        ids = [r[0] for r in self._db.execute(
            "SELECT id FROM remark_requests WHERE entry_id = ? AND criterion = ? AND judge = ? AND state = 'open'",
            (entry_id, criterion, judge),
        ).fetchall()]
        if not ids:
            return
        now = utc_now()
        for request_id in ids:
            self._db.execute(
                "UPDATE remark_requests SET state = 'done', closed_at = ?, closed_by = ? WHERE id = ?",
                (now, self.actor, request_id),
            )
            self._audit(now, "remark_request.done", f"{event}/{code}/{criterion}/{judge}", "open", "done")  # type: ignore[attr-defined]

    # -- publication ----------------------------------------------------------------------------

    def publication_state(self, event: str) -> str:
        """"" (not published), "published" (公示) or "final" (定稿)."""
        row = self._db.execute("SELECT state FROM publications WHERE event = ?", (event,)).fetchone()
        return row[0] if row else ""

    def publications(self) -> dict[str, str]:
        """event → "published" | "final", for every published event."""
        return dict(self._db.execute("SELECT event, state FROM publications").fetchall())

    def publish_event(self, event: str, *, reason: str = "") -> None:
        """Publish (公示) an event: every section locked and the names unsealed first. Organiser."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.PUBLISH, event=ev.id)  # type: ignore[attr-defined]
        self._set_publication(ev, "", PUBLISHED, "event.publish", reason)

    def finalize_event(self, event: str, *, reason: str = "") -> None:
        """Make a published event final (定稿): sheets lose the 公示稿 watermark. Organiser."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.FINALISE, event=ev.id)  # type: ignore[attr-defined]
        self.check_integrity()  # type: ignore[attr-defined]  # the whole file, before it is final
        self._set_publication(ev, PUBLISHED, FINAL, "event.finalize", reason)

    def withdraw_publication(self, event: str, *, reason: str) -> None:
        """Take a published (not final) event back, e.g. after an upheld appeal; reason required."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.WITHDRAW, event=ev.id)  # type: ignore[attr-defined]
        _require_reason(reason, "撤回公示")
        self._set_publication(ev, PUBLISHED, "", "event.unpublish", reason)

    def _set_publication(self, ev: Event, old: str, new: str, action: str, reason: str) -> None:
        now = utc_now()
        with self._db.atomic():
            if new:
                self._db.execute(
                    "INSERT INTO publications (event, state, updated_at, actor) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (event) DO UPDATE SET state = excluded.state,"
                    " updated_at = excluded.updated_at, actor = excluded.actor",
                    (ev.id, new, now, self.actor),
                )
            else:
                self._db.execute("DELETE FROM publications WHERE event = ?", (ev.id,))
            self._audit(now, action, ev.id, old or None, new or None, reason)  # type: ignore[attr-defined]


def _request_target(request: RemarkRequest) -> str:
    return f"{request.event}/{request.code}/{request.criterion}/{request.judge}"


def _require_reason(reason: str, what: str) -> None:
    if not reason or not reason.strip():
        raise ReasonRequired(what)


__all__ = [
    "FINAL",
    "MIGRATION_SQL",
    "OPEN",
    "PUBLICATION_LABELS",
    "PUBLISHED",
    "SUBMISSION_LABELS",
    "SUBMITTED",
    "MissingScore",
    "RemarkRequest",
    "ReviewStoreMixin",
]

