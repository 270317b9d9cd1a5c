"""One sealed view (issue 13, item 3): every export kind in every format, ``roster show``,
``rank``, ``draws`` and the judge kits, as every role, before and after the names are unsealed.

Before unseal only the key holders (加密裁判, 管理员) get names, ID numbers, units and the draw
key (lines and seeds); once unsealed everyone does. The files themselves are read back: PDF text
through pypdf, xlsx through openpyxl, CSV and JSON as text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader

from judge_app.app import reports as ops_reports
from judge_app.app.contest_file import ACTOR_ENV
from judge_app.cli.main import main
from judge_app.core.errors import InvalidValue, NotPermitted
from judge_app.core.people import Role
from judge_app.demo import build_demo, demo_scheme
from judge_app.core.package_format import read_kit
from judge_app.reports.award_list import mask_id
from judge_app.core.errors import StateError
from judge_app.store import ContestDB
from tests.store.sample import finish_recheck

EVENT = "电工"
SEEDS = (918273645, 564738291)  # the two lot draws of 电工
CODE_KEY = "code-key-secret-1"  # the secretary's passphrase sealing the second draw
#: the PIN of each person (the chief judge, secretary and organiser have a passphrase)
PINS = {"ORG": "seal-org-1", "SEC": "seal-sec-1", "CHF": "seal-chf-1", "J01": "2468", "SUP": "1357", "SCO": "8642"}
PEOPLE = {  # id → role; names unlike any contestant's
    "ORG": Role.ORGANISER, "SEC": Role.SECRETARY, "CHF": Role.CHIEF, "J01": Role.JUDGE,
    "SUP": Role.SUPERVISOR, "SCO": Role.SCORER,
}
#: who sees names before unseal (docs/user-guide.md, domain.md: the holders of the code key)
KEY_HOLDERS = frozenset({Role.SECRETARY, Role.ORGANISER})
#: what each kind shows of who is behind a code to someone who may see it (the marksheet and
#: the histogram show codes and numbers only), so the key holders' files must carry it
SHOWN = {"results": "names", "awards": "names", "draw": "names", "transcript": "names", "medals": "units",
         "commendation": "names"}


def _contest(path: Path, demo: Path, *, unsealed: bool) -> Path:
    """The demo contest as it happens on the day: one person per role, roster, both lot draws of
    电工 (codes become 工位号, the second sealed with :data:`CODE_KEY`), the demo's scores under the
    new codes; optionally every event locked, rechecked and unsealed."""
    with ContestDB.open(demo, actor="演示数据") as src:
        entries = src.entries()
        person = {(e.event, e.code): e.id_number for e in entries}
        rows = [(r.event, person[(r.event, r.code)], r.criterion, r.judge, r.value)
                for r in src.scores() if r.value is not None]
    with ContestDB.create(path, actor="组委会", name="封存测试") as db:
        db.add_judge("ORG", "Olga Organiser", role=Role.ORGANISER, pin=PINS["ORG"])
        db.act_as("ORG")
        for pid, role in PEOPLE.items():
            if pid != "ORG":
                db.add_judge(pid, f"Person {pid}", role=role, pin=PINS[pid])
        db.set_scheme(demo_scheme())
        db.import_entries(entries, source="demo")
        db.draw_lots(EVENT, 1, seed=SEEDS[0])
        db.draw_lots(EVENT, 2, seed=SEEDS[1], passphrase=CODE_KEY)
        code = {(e.event, e.id_number): e.code for e in db.visible_entries()}  # the drawer holds the key
        db.record_scores([(ev, code[(ev, who)], crit, judge, value) for ev, who, crit, judge, value in rows])
        if unsealed:
            for ev in db.scheme_dict()["events"]:
                for section in ev["sections"]:
                    db.lock_section(ev["id"], section["id"])
                finish_recheck(db, ev["id"])
                db.unseal_event(ev["id"], passphrase=CODE_KEY if ev["id"] == EVENT else None)
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.judge")


@pytest.fixture(scope="module", params=["sealed", "unsealed"])
def contest(request, demo: Path, tmp_path_factory) -> tuple[Path, bool]:
    unsealed = request.param == "unsealed"
    return _contest(tmp_path_factory.mktemp(request.param) / "contest.judge", demo, unsealed=unsealed), unsealed


@pytest.fixture(scope="module")
def secrets(demo: Path) -> dict[str, set[str]]:
    """What tells who is behind a code of 电工: names, ID numbers (whole and as printed), units."""
    with ContestDB.open(demo, actor="演示数据") as db:
        entries = db.entries(EVENT)
    return {
        "names": {e.name for e in entries},
        "ids": {e.id_number for e in entries} | {mask_id(e.id_number) for e in entries},
        "units": {e.unit for e in entries},
    }


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
        return re.sub(r"\s+", "", text)  # pypdf may put spaces between CJK glyphs
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v)
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    return path.read_text(encoding="utf-8-sig")


def _found(text: str, secrets: dict[str, set[str]]) -> set[str]:
    return {s for values in secrets.values() for s in values if s and s in text}


def _may_see(role: Role, unsealed: bool) -> bool:
    return unsealed or role in KEY_HOLDERS


@pytest.mark.parametrize("person", PEOPLE)
def test_every_export_kind_and_format_shows_names_exactly_to_who_may_see_them(
        person: str, contest: tuple[Path, bool], secrets: dict[str, set[str]], tmp_path: Path) -> None:
    path, unsealed = contest
    sees = _may_see(PEOPLE[person], unsealed)
    refused, written = [], []
    with ContestDB.open(path, actor=person) as db:
        if not unsealed:  # everyone is given the code key: the role alone decides what shows
            db.unlock_code_key(EVENT, CODE_KEY)
        data = ops_reports.contest_data(db, EVENT)  # what the print page gets on the store thread
    for kind in ops_reports.KINDS:
        for fmt in ops_reports.FORMATS:
            out = tmp_path / f"{kind}-{fmt}"
            try:
                result = ops_reports.export(None, fmt, out, kind=kind, data=data)
            except InvalidValue:  # this format cannot hold this kind, for anyone
                assert fmt != "pdf" and (kind not in ops_reports.DATA_KINDS or fmt in ("json", "docx"))
                continue
            except NotPermitted:
                refused.append(kind)
                continue
            assert result.files
            for file in result.files:
                text = _text(file)
                leaked = _found(text, secrets)
                if not sees:
                    assert not leaked, f"{person} ({PEOPLE[person].value}) got {sorted(leaked)[:3]} in {file.name}"
                elif kind in SHOWN:
                    assert secrets[SHOWN[kind]] & leaked, f"{file.name} has no {SHOWN[kind]} for {person}"
            written.append((kind, fmt))
    # the draw record is the key itself, the medal table counts units, the 表彰名单 (PDF, docx) names
    # winners and units: nothing to print sealed; certificates only once the event is unsealed
    hidden = [] if sees else ["draw", "medals", "commendation", "commendation"]
    assert refused == hidden + ([] if unsealed else ["certificates"])
    assert len(written) == 15 - len(refused)  # 9 PDFs, results and awards as xlsx and CSV, JSON, docx


@pytest.mark.parametrize("person", PEOPLE)
def test_roster_rank_and_draws_on_the_command_line(person: str, contest: tuple[Path, bool],
                                                   secrets: dict[str, set[str]]) -> None:
    path, unsealed = contest
    sees = _may_see(PEOPLE[person], unsealed)

    def run(*args: object) -> str:
        result: Result = CliRunner().invoke(main, [str(a) for a in args] + ["--as", person],
                                            env={"JUDGE_APP_PIN": PINS[person]})
        assert result.exit_code == 0, result.output
        return result.output

    # who is behind a 工位号 is sealed with the code key until unseal, from the key holders too
    # (these commands take no passphrase); the first draw's record shows them names and seed
    roster = _found(run("roster", "show", path, "--event", EVENT), secrets)
    assert bool(roster) is unsealed and bool(secrets["names"] & roster) is unsealed
    assert not _found(run("rank", path, "--event", EVENT), secrets)  # the table: codes only
    for form in ("json", "csv") if not unsealed else ():
        assert not _found(run("rank", path, "--event", EVENT, "--format", form), secrets)
    drawn = run("draws", path, "--event", EVENT)
    assert (str(SEEDS[0]) in drawn, str(SEEDS[1]) in drawn) == (sees, unsealed)
    assert bool(secrets["names"] & _found(drawn, secrets)) is sees
    if not sees:
        assert "仅加密裁判和管理员可见" in drawn and "A01" not in drawn


def test_a_judge_is_refused_export_through_the_cli(contest: tuple[Path, bool], secrets: dict[str, set[str]],
                                                   tmp_path: Path) -> None:
    """``export`` is the 打印与导出 page's (view.print): refused to a judge, who is not shown the page."""
    path, _unsealed = contest
    out = tmp_path / "out"
    for fmt in ("pdf", "xlsx", "csv", "json"):  # docx holds the 表彰名单 only
        result = CliRunner().invoke(main, ["export", str(path), "--format", fmt, "--event", EVENT,
                                           "--out", str(out)], env={ACTOR_ENV: "J01", "JUDGE_APP_PIN": PINS["J01"]})
        assert result.exit_code == NotPermitted.exit_code, result.output
        assert "打印与导出页只能由" in result.output and not _found(result.output, secrets)
    assert not out.exists() or not list(out.iterdir())


def test_the_judge_kit_carries_codes_only(contest: tuple[Path, bool], secrets: dict[str, set[str]]) -> None:
    path, unsealed = contest
    with ContestDB.open(path, actor="ORG") as db:
        if unsealed:  # every section is locked then: a kit would have nothing left to score
            with pytest.raises(StateError, match="都已锁定"):
                db.make_kit("J01")
            return
        kit = read_kit(db.make_kit("J01"))
        codes = {e.code for e in db.entries(EVENT) if e.status.value == "ok"}
    assert set(kit.codes[EVENT]) == codes
    assert not _found(json.dumps(kit.codes, ensure_ascii=False) + repr(kit), secrets)


def test_a_sheet_printed_sealed_verifies_for_a_key_holder(contest: tuple[Path, bool], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The fingerprint of a sheet covers what it shows: the supervisor's sealed sheet still matches
    when the secretary checks it, and the secretary's named one is no oracle for the supervisor."""
    path, unsealed = contest

    def as_person(person: str) -> str:
        monkeypatch.setenv("JUDGE_APP_PIN", PINS[person])
        return person

    [judges] = {fp for _, group, fp in ops_reports.export(path, "pdf", tmp_path / "j", event=EVENT,
                                                          actor=as_person("SUP")).fingerprints if group == "职工组"}
    with ContestDB.open(path, actor="SEC") as db:
        if not unsealed:
            db.unlock_code_key(EVENT, CODE_KEY)
        data = ops_reports.contest_data(db, EVENT)
    [named] = {fp for _, group, fp in ops_reports.export(None, "pdf", tmp_path / "s", data=data).fingerprints
               if group == "职工组"}
    assert (judges == named) is unsealed
    assert ops_reports.verify_sheet(path, judges, actor=as_person("SEC"))
    assert bool(ops_reports.verify_sheet(path, named, actor=as_person("SUP"))) is unsealed
