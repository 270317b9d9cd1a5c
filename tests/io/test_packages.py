"""Kits and packages sealed by core.package_format (canonical JSON + HMAC) and the watch folder."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.core.errors import ImportRefused
from judge_app.core.package_format import (
    PACKAGE_SUFFIX,
    JudgeKit,
    PackageScore,
    PackageUnreadable,
    ScorePackage,
    canonical,
    kit_bytes,
    new_key,
    package_bytes,
    read_kit,
    read_package,
)
from judge_app.io.watch_folder import MERGED, REFUSED, WAITING, WatchFolder

KEY, OTHER_KEY = new_key(), new_key()


def package(*values: str | None) -> ScorePackage:
    scores = tuple(
        PackageScore("电工", f"C0{i}", "P1", "J1", None if v is None else Decimal(v), 2, f"2026-11-25T08:0{i}:00", "J1")
        for i, v in enumerate(values, 1)
    )
    audit = ({"seq": 7, "action": "score.record", "target": "电工/C01/P1/J1", "old": None, "new": "8.5"},)
    return ScorePackage("", "contest-1", "测试赛", "J1", "laptop-1", "2026-11-25T09:00:00", scores, audit)


def keys(found: bytes) -> object:
    return lambda body: found


def test_canonical_json_sorts_keys_keeps_decimals_exact_and_refuses_floats() -> None:
    assert canonical({"b": Decimal("80.725"), "a": ["王", None]}) == '{"a":["王",null],"b":"80.725"}'.encode()
    with pytest.raises(TypeError):
        canonical({"x": 0.1})


def test_a_package_reads_back_as_written() -> None:
    data = package_bytes(package("8.50", None), KEY)
    got = read_package(data, keys(KEY))
    assert got.scores == package("8.50", None).scores and got.audit == package().audit
    assert (got.contest_id, got.judge, got.source_id) == ("contest-1", "J1", "laptop-1")
    assert len(got.package_id) == 64 and data.endswith(b"}\n")


def test_every_single_changed_byte_is_refused() -> None:
    data = package_bytes(package("8.5", "60", None), KEY)
    accepted = []
    for position in range(len(data)):
        for flip in (0x01, 0x20):
            changed = bytearray(data)
            changed[position] ^= flip
            try:
                read_package(bytes(changed), keys(KEY))
            except ImportRefused:
                continue
            accepted.append((position, flip))
    assert accepted == []


def test_another_key_and_a_refusing_key_lookup_are_refused() -> None:
    data = package_bytes(package("8.5"), OTHER_KEY)
    with pytest.raises(ImportRefused, match="签名不符"):
        read_package(data, keys(KEY))

    def unknown(body: dict) -> bytes:
        raise ImportRefused(f"没有裁判 {body['judge']}")

    with pytest.raises(ImportRefused, match="没有裁判 J1"):
        read_package(data, unknown)


def test_non_canonical_but_signed_content_is_refused() -> None:
    good = json.loads(package_bytes(package("8.5"), KEY))
    pretty = json.dumps(good, ensure_ascii=False, indent=1, sort_keys=True).encode()
    with pytest.raises(ImportRefused, match="改动"):
        read_package(pretty, keys(KEY))
    with pytest.raises(PackageUnreadable):
        read_package(package_bytes(package("8.5"), KEY)[:-40], keys(KEY))


def test_a_kit_reads_back_and_refuses_damage() -> None:
    kit = JudgeKit("contest-1", "测试赛", "J1", "裁判一", KEY, {"format": "judge_app.scheme/1"},
                   (("电工", "practical"),), {"电工": ("C01", "C02")}, "2026-11-25T08:00:00")
    data = kit_bytes(kit)
    assert read_kit(data) == kit
    with pytest.raises(ImportRefused, match="签名不符"):
        read_kit(data.replace(b"C02", b"C03"))
    with pytest.raises(ImportRefused):
        read_kit(package_bytes(package("1"), KEY))  # a package is not a kit


# -- watch folder ---------------------------------------------------------------------------------


class Recorder:
    """A merge callback that verifies packages like the store does and remembers what it merged."""

    def __init__(self) -> None:
        self.merged: list[str] = []

    def __call__(self, data: bytes, name: str) -> str:
        got = read_package(data, keys(KEY))
        self.merged.append(name)
        return f"{len(got.scores)} scores"


def bump_mtime(path: Path) -> None:
    """Make a rewrite visible even on file systems with coarse timestamps."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_a_file_written_in_two_steps_is_taken_only_once_complete(tmp_path: Path) -> None:
    data = package_bytes(package("8.5", "9"), KEY)
    merge = Recorder()
    watcher = WatchFolder(tmp_path, merge, log_file=tmp_path / "watch.log")
    target = tmp_path / f"J1{PACKAGE_SUFFIX}"
    target.write_bytes(data[: len(data) // 2])  # step one
    assert watcher.poll() == []  # new: not stable yet
    assert [r.outcome for r in watcher.poll()] == [WAITING]  # stable but incomplete: not taken
    assert watcher.poll() == [] and merge.merged == []  # same version: not looked at again
    with target.open("ab") as out:  # step two
        out.write(data[len(data) // 2:])
    bump_mtime(target)
    assert watcher.poll() == []  # changed since the last poll: wait
    assert [r.outcome for r in watcher.poll()] == [MERGED]
    assert watcher.poll() == [] and watcher.poll() == []
    assert merge.merged == [target.name]
    assert len((tmp_path / "watch.log").read_text(encoding="utf-8").splitlines()) == 2


def test_refused_files_are_logged_once_and_other_files_ignored(tmp_path: Path) -> None:
    merge = Recorder()
    watcher = WatchFolder(tmp_path, merge)
    (tmp_path / f"bad{PACKAGE_SUFFIX}").write_bytes(package_bytes(package("1"), OTHER_KEY))
    (tmp_path / f"good{PACKAGE_SUFFIX}").write_bytes(package_bytes(package("1"), KEY))
    (tmp_path / "notes.txt").write_text("not a package")
    (tmp_path / f"half{PACKAGE_SUFFIX}.part").write_bytes(b"{")
    watcher.poll()
    results = {r.file: r.outcome for r in watcher.poll()}
    assert results == {f"bad{PACKAGE_SUFFIX}": REFUSED, f"good{PACKAGE_SUFFIX}": MERGED}
    assert watcher.poll() == [] and merge.merged == [f"good{PACKAGE_SUFFIX}"]
    assert [r.file for r in watcher.history] == sorted(results)


def test_suffixes_in_any_case_are_packages_and_hidden_partials_are_not(tmp_path: Path) -> None:
    """Windows users and their tools name files ``J1.JPKG`` or ``J2.Jpkg``; a package being
    written (judge_app.files' hidden partial name) is not taken half-way."""
    merge = Recorder()
    watcher = WatchFolder(tmp_path, merge)
    upper, mixed = f"J1{PACKAGE_SUFFIX.upper()}", f"J2{PACKAGE_SUFFIX.title()}"
    for name in (upper, mixed):
        (tmp_path / name).write_bytes(package_bytes(package("1"), KEY))
    (tmp_path / f".J3.partial-42{PACKAGE_SUFFIX}").write_bytes(b"{")
    watcher.poll()
    assert {r.file: r.outcome for r in watcher.poll()} == {upper: MERGED, mixed: MERGED}
    assert sorted(merge.merged) == sorted([upper, mixed])
