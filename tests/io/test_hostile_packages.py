"""Poisoned score packages: refused with a reason, nothing changed, set aside; the watch goes on."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge_app.core.errors import ImportRefused
from judge_app.core.package_format import MAX_FILE_BYTES, PACKAGE_FORMAT, PACKAGE_SUFFIX, read_kit, seal
from judge_app.io.watch_folder import MERGED, REFUSED, REJECTED, WAITING, WatchFolder, read_package_file
from judge_app.store import ContestDB
from tests.store.laptops import ORGANISER, new_organiser

STAMP = "2026-11-25T08:00:00.000000+00:00"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """An organiser's contest file with a kit made for J1, and J1's key."""
    path = tmp_path_factory.mktemp("organiser") / "org.judge"
    with new_organiser(path) as db:
        return path, read_kit(db.make_kit("J1")).key


@pytest.fixture
def organiser(made: tuple[Path, bytes], tmp_path: Path) -> Iterator[tuple[ContestDB, bytes]]:
    """A fresh copy of that contest, open as the organiser, and J1's key."""
    path, key = made
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    with ContestDB.open(copy, actor=ORGANISER) as db:
        yield db, key


def score(**fields: object) -> dict[str, object]:
    """One score of J1 as a package carries it, with ``fields`` changed."""
    return {"event": "电工", "code": "C01", "criterion": "T1", "judge": "J1", "value": "80", "revision": 1,
            "updated_at": STAMP, "actor": "J1"} | fields


def package(db: ContestDB, key: bytes, **fields: object) -> bytes:
    """A package of J1 signed with J1's real key (what a laptop, or an attacker holding it, sends),
    with body ``fields`` changed."""
    body = {"contest_id": db.meta("contest_id"), "contest_name": "测试赛", "judge": "J1", "source_id": "laptop-1",
            "exported_at": STAMP, "scores": [score()],
            "audit": [{"seq": 3, "action": "score.record", "target": "电工/C01/T1/J1"}]} | fields
    return seal(PACKAGE_FORMAT, body, key)


def deeply_nested() -> bytes:
    """No signature needed: the nesting alone crashed the JSON reader (RecursionError)."""
    return b'{"body":{"scores":' + b"[" * 200_000 + b"]" * 200_000 + b'},"format":"judge_app.package/1","signature":""}\n'


def state(db: ContestDB) -> tuple[str, int]:
    return db.merged_dump(), len(db.audit_log())


def test_a_deeply_nested_package_is_refused_not_a_recursion_error(organiser: tuple[ContestDB, bytes]) -> None:
    db, _ = organiser
    before = state(db)
    with pytest.raises(ImportRefused, match="嵌套"):
        db.merge_package(deeply_nested())
    with pytest.raises(ImportRefused, match="嵌套"):  # a depth Python still parses, bounded too
        db.merge_package(b'{"body":' + b"[" * 500 + b"]" * 500 + b',"format":"judge_app.package/1","signature":""}\n')
    assert state(db) == before


@pytest.mark.parametrize("seq", ["7", True, None, 2**64, 0, {"n": 1}, [1]])
def test_a_signed_package_with_a_bad_audit_seq_is_refused(organiser: tuple[ContestDB, bytes], seq: object) -> None:
    db, key = organiser
    before = state(db)
    with pytest.raises(ImportRefused, match="seq"):
        db.merge_package(package(db, key, audit=[{"seq": seq, "action": "score.record"}]))
    with pytest.raises(ImportRefused, match="seq"):
        db.merge_package(package(db, key, audit=[{"action": "score.record"}]))  # no seq at all
    with pytest.raises(ImportRefused):
        db.merge_package(package(db, key, audit=["not an entry"]))
    assert state(db) == before


@pytest.mark.parametrize("revision", [2**64, 2**53, 0, -1])
def test_a_signed_package_with_an_out_of_range_revision_is_refused(organiser: tuple[ContestDB, bytes],
                                                                   revision: int) -> None:
    db, key = organiser
    before = state(db)
    with pytest.raises(ImportRefused, match="revision"):
        db.merge_package(package(db, key, scores=[score(revision=revision)]))
    assert state(db) == before
    assert db.merge_package(package(db, key, scores=[score(revision=2**53 - 1)])).changed == 1  # the largest allowed


@pytest.mark.parametrize("bad", [
    {"value": "1E3"}, {"value": "0E-50000000"}, {"value": 8}, {"value": "1_0"}, {"actor": "x" * 5000},
    {"code": ["C01"]}, {"updated_at": None}, {"revision": "1"}, {"revision": True},
])
def test_every_score_field_is_type_checked_and_bounded(organiser: tuple[ContestDB, bytes], bad: dict) -> None:
    db, key = organiser
    before = state(db)
    with pytest.raises(ImportRefused, match="成绩包内容有误"):
        db.merge_package(package(db, key, scores=[score(**bad)]))
    with pytest.raises(ImportRefused, match="成绩包内容有误"):
        db.merge_package(package(db, key, scores={"not": "a list"}))
    assert state(db) == before


def test_a_huge_package_file_is_refused_before_it_is_read(tmp_path: Path, organiser: tuple[ContestDB, bytes]) -> None:
    db, _ = organiser
    huge = tmp_path / f"huge{PACKAGE_SUFFIX}"
    with huge.open("wb") as out:  # 143 MiB, sparse: costs nothing to make
        out.truncate(143 * 1024 * 1024)
    assert huge.stat().st_size > MAX_FILE_BYTES
    started = time.perf_counter()
    with pytest.raises(ImportRefused, match="143 MB"):
        read_package_file(huge)
    assert time.perf_counter() - started < 1
    with pytest.raises(ImportRefused, match="上限"):  # bytes handed over directly are bounded too
        db.merge_package(b" " * (MAX_FILE_BYTES + 1))


def test_a_refusal_quotes_only_an_excerpt_of_a_huge_contest_name(organiser: tuple[ContestDB, bytes]) -> None:
    db, key = organiser
    db.set_meta("name", "本赛" * 500_000)  # a 1 MB contest name
    foreign = package(db, key, contest_name="他赛" * 500_000).replace(
        (db.meta("contest_id") or "").encode(), b"another-contest-id")
    with pytest.raises(ImportRefused) as info:
        db.merge_package(foreign)
    message = str(info.value)
    assert "另一场比赛" in message and len(message) < 300 and message.count("…") == 2


def test_each_bad_file_is_one_short_refusal_and_the_good_one_merges(tmp_path: Path,
                                                                     organiser: tuple[ContestDB, bytes]) -> None:
    """What ``judge-app merge`` prints for a file: one line (ImportRefused), never a traceback."""
    db, key = organiser
    huge = tmp_path / f"huge{PACKAGE_SUFFIX}"
    with huge.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)
    bad = {"deep": deeply_nested(), "seq": package(db, key, audit=[{"seq": "x"}]),
           "revision": package(db, key, scores=[score(revision=2**64)]), "huge": None}
    for name, data in bad.items():
        path = tmp_path / f"{name}{PACKAGE_SUFFIX}"
        if data is not None:
            path.write_bytes(data)
        with pytest.raises(ImportRefused) as info:
            db.merge_package(read_package_file(path), file=path.name)
        assert "\n" not in str(info.value) and len(str(info.value)) < 300
    assert db.merge_package(package(db, key)).changed == 1


def test_the_watch_folder_sets_bad_packages_aside_and_goes_on(tmp_path: Path,
                                                              organiser: tuple[ContestDB, bytes]) -> None:
    db, key = organiser
    folder = tmp_path / "usb"
    folder.mkdir()
    good = package(db, key)
    (folder / f"a-deep{PACKAGE_SUFFIX}").write_bytes(deeply_nested())
    (folder / f"b-seq{PACKAGE_SUFFIX}").write_bytes(package(db, key, audit=[{"seq": "1.5"}]))
    (folder / f"c-revision{PACKAGE_SUFFIX}").write_bytes(package(db, key, scores=[score(revision=2**64)]))
    with (folder / f"d-huge{PACKAGE_SUFFIX}").open("wb") as out:
        out.truncate(143 * 1024 * 1024)
    (folder / f"e-half{PACKAGE_SUFFIX}").write_bytes(good[: len(good) // 2])  # still being copied
    (folder / f"f-good{PACKAGE_SUFFIX}").write_bytes(good)

    def merge(data: bytes, name: str) -> str:
        return db.merge_package(data, file=name).describe()

    watcher = WatchFolder(folder, merge)
    watcher.poll()
    outcomes = {r.file: r.outcome for r in watcher.poll()}
    assert outcomes == {f"a-deep{PACKAGE_SUFFIX}": REFUSED, f"b-seq{PACKAGE_SUFFIX}": REFUSED,
                        f"c-revision{PACKAGE_SUFFIX}": REFUSED, f"d-huge{PACKAGE_SUFFIX}": REFUSED,
                        f"e-half{PACKAGE_SUFFIX}": WAITING, f"f-good{PACKAGE_SUFFIX}": MERGED}
    rejected = folder / REJECTED
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == [f"e-half{PACKAGE_SUFFIX}", f"f-good{PACKAGE_SUFFIX}"]
    for name in ("a-deep", "b-seq", "c-revision", "d-huge"):
        assert (rejected / f"{name}{PACKAGE_SUFFIX}").is_file()
        reason = (rejected / f"{name}{PACKAGE_SUFFIX}.txt").read_text(encoding="utf-8")
        assert f"{name}{PACKAGE_SUFFIX}" in reason and "/" in reason
    assert all(REJECTED in r.message for r in watcher.history if r.outcome == REFUSED)
    # a restarted watch finds nothing bad to die on; the same name set aside again gets a new name
    (folder / f"a-deep{PACKAGE_SUFFIX}").write_bytes(deeply_nested())
    again = WatchFolder(folder, merge)
    again.poll()
    assert {r.file: r.outcome for r in again.poll()} == {f"a-deep{PACKAGE_SUFFIX}": REFUSED,
                                                         f"e-half{PACKAGE_SUFFIX}": WAITING,
                                                         f"f-good{PACKAGE_SUFFIX}": MERGED}
    assert (rejected / f"a-deep-2{PACKAGE_SUFFIX}").is_file()
