"""CLI output survives the code pages of Windows consoles and redirects (simulated here with
PYTHONIOENCODING): a name outside GBK (王䶮) and Chinese under cp1252 used to crash the command
with UnicodeEncodeError and lose its whole output."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app.cli.console import make_output_safe
from judge_app.demo import build_demo
from judge_app.store import ContestDB

RARE = "王䶮"  # 䶮 is in CJK Extension A: not in GBK's 2-byte set


@pytest.fixture(scope="module")
def contest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enc") / "比赛.judge"
    build_demo(path)
    with ContestDB.open(path, actor="组委会") as db:
        first = db.entries("电工")[0]
        db.import_entries([dataclasses.replace(first, name=RARE)], source="更正.xlsx")
    return path


def _run(encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING=encoding)
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-m", "judge_app", *args], capture_output=True, env=env, timeout=120)


@pytest.mark.parametrize("encoding", ["gbk", "cp1252"])
@pytest.mark.parametrize("command", [["roster", "show"], ["rank", "--event", "电工"], ["scheme", "show"]])
def test_redirected_output_never_crashes(contest, encoding, command):
    args = [command[0], *command[1:2], str(contest), *command[2:]] if command[0] != "rank" else ["rank", str(contest), *command[1:]]
    done = _run(encoding, *args)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-1500:]
    text = done.stdout.decode("utf-8")  # redirected output is UTF-8 whatever the code page
    assert "电工" in text
    if command[0] == "roster":
        assert RARE in text


def test_a_console_that_cannot_show_a_character_gets_a_mark_instead():
    class Console(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    raw = io.BytesIO()
    console = Console(raw, encoding="gbk", errors="strict")
    make_output_safe((console,))
    console.write(RARE)
    console.flush()
    assert raw.getvalue().decode("gbk") == "王?"
