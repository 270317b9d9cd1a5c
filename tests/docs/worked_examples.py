"""The worked examples of docs/user-guide.md, read as a script: each example starts at an HTML
comment ``<!-- worked-example: ID -->`` and ends at the next one or at ``<!-- /worked-examples -->``.

Inside an example, a fenced block whose info string names a file (```` ```csv 五小名单.csv ````)
is that file's content; a ```` ```console ```` block is what a user types and sees: each line
starting with ``> `` is a command (``set NAME=value`` sets the environment, as cmd.exe does;
``judge-app …`` runs the command line), and each line after it up to the next command is text the
command's output must contain (spaces between words may differ)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
_START = re.compile(r"<!-- worked-example: (\S+) -->")
_END = "<!-- /worked-examples -->"
_FENCE = re.compile(r"^```(\S*)[ \t]*(\S*)[ \t]*\n(.*?)^```[ \t]*$", re.M | re.S)


@dataclass
class Step:
    """One typed line: the command (split as a shell would) and the lines its output must contain."""

    line: str
    expected: list[str] = field(default_factory=list)

    @property
    def args(self) -> list[str]:
        return shlex.split(self.line)


@dataclass
class Example:
    id: str
    files: dict[str, str]
    steps: list[Step]


def examples(text: str | None = None) -> dict[str, Example]:
    """Every worked example of the user guide, by id, in order."""
    text = GUIDE.read_text(encoding="utf-8") if text is None else text
    text = text.split(_END)[0]
    found: dict[str, Example] = {}
    marks = list(_START.finditer(text))
    for mark, after in zip(marks, marks[1:] + [None]):
        body = text[mark.end(): after.start() if after else len(text)]
        files: dict[str, str] = {}
        steps: list[Step] = []
        for fence in _FENCE.finditer(body):
            lang, name, content = fence.groups()
            if lang == "console":
                for line in content.splitlines():
                    if line.startswith("> "):
                        steps.append(Step(line[2:].strip()))
                    elif line.strip() and steps:
                        steps[-1].expected.append(line.strip())
            elif name:
                files[name] = content
        found[mark.group(1)] = Example(mark.group(1), files, steps)
    return found


def squeeze(text: str) -> str:
    """``text`` with every run of white space as one space (table columns align differently)."""
    return " ".join(text.split())
