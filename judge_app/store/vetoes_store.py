"""一票否决 (vetoes) of a season: a mixin of :class:`~judge_app.store.contest_db.ContestDB`.

A veto names the season, the entry's code (a code belongs to the season's entry, not a period),
the period it happened in, a listed kind and the reason. Adding and removing are audited
(``veto.add`` / ``veto.remove``, ``period/kind`` and the reason in the log; ``audit verify``
replays them against the rows); who may is :data:`Action.VETO_SET`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from judge_app.core.errors import InvalidValue, NotFound
from judge_app.core.policy import Action
from judge_app.core.veto import Veto, listed_vetoes, veto_kind
from judge_app.store.audit import utc_now

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from sqlite_utils import Database

    from judge_app.core.scheme import Contest

MIGRATION_SQL = """
CREATE TABLE vetoes (
    id INTEGER PRIMARY KEY,
    season TEXT NOT NULL,
    code TEXT NOT NULL,
    period TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX vetoes_season ON vetoes (season, code);
"""

_COLUMNS = "season, code, period, kind, reason, created_at, actor"


class VetoesStoreMixin:
    """Vetoes of seasons; mixed into ContestDB."""

    _db: "Database"

    if TYPE_CHECKING:

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

        def _scheme_contest(self) -> Contest: ...

        def require(self, action: Action, *, event: str | None = None, section: str | None = None,
                    judge: str | None = None) -> None: ...

    def add_veto(self, season: str, code: str, period: str, kind: str | None, *, reason: str) -> Veto:
        """Record a veto of entry ``code`` in ``season`` for what happened in ``period`` (ids or
        names); the code must be an entry of that period and ``kind`` one the season lists.
        Audited with the reason."""
        self.require(Action.VETO_SET)
        contest = self._scheme_contest()
        found = contest.season(season)
        event = contest.event(period)
        if event.id not in {p.event for p in found.periods}:
            raise NotFound(f"“{event.name}” 不是 “{found.name}” 的一期 / not a period of the season")
        if not reason or not reason.strip():
            raise InvalidValue("一票否决须填写原因 / a veto needs a reason")
        if self._db.execute("SELECT 1 FROM entries WHERE event = ? AND code = ? AND code <> ''",
                            (event.id, code)).fetchone() is None:
            raise NotFound(f"“{event.name}” 没有编号 “{code}” / no entry with this code in the period")
        veto = Veto(found.id, code, event.id, veto_kind(kind, listed_vetoes(found)), reason.strip(), utc_now(), self.actor)
        with self._db.atomic():
            self._db.execute(f"INSERT INTO vetoes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (veto.season, veto.code, veto.period, veto.kind, veto.reason, veto.created_at, veto.actor))
            self._audit(veto.created_at, "veto.add", f"{veto.season}/{code}", None, f"{veto.period}/{veto.kind}",
                        veto.reason)
        return veto

    def remove_veto(self, season: str, code: str, *, reason: str) -> Veto:
        """Take back the latest veto of ``code`` in ``season`` (recorded in error, or overturned),
        with the reason; audited."""
        self.require(Action.VETO_SET)
        found = self._scheme_contest().season(season)
        if not reason or not reason.strip():
            raise InvalidValue("撤销一票否决须填写原因 / taking back a veto needs a reason")
        row = self._db.execute(f"SELECT id, {_COLUMNS} FROM vetoes WHERE season = ? AND code = ? ORDER BY id DESC",
                               (found.id, code)).fetchone()
        if row is None:
            raise NotFound(f"“{found.name}” 中 {code} 没有一票否决 / no veto of this entry")
        veto = Veto(*row[1:])
        with self._db.atomic():
            self._db.execute("DELETE FROM vetoes WHERE id = ?", (row[0],))
            self._audit(utc_now(), "veto.remove", f"{found.id}/{code}", f"{veto.period}/{veto.kind}", None,
                        reason.strip())
        return veto

    def vetoes(self, season: str) -> list[Veto]:
        """The vetoes of a season (id or name), in the order recorded."""
        found = self._scheme_contest().season(season)
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM vetoes WHERE season = ? ORDER BY id", (found.id,))
        return [Veto(*row) for row in rows]
