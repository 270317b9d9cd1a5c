"""The two-stage lot draw (二次加密): 检录号 first, then 工位号, reproducible from a seed.

Stage 1 gives every entry of an event a 检录号 (``001``, ``002`` ...); stage 2 gives every
检录号 a 工位号 (``A01``, ``A02`` ...; by default each event its own letter, :func:`station_prefix`). A draw is a seeded shuffle of the numbers 1..n over the
items in a fixed input order, so anyone holding the draw record (seed and the lines in input
order) can redo it and get the same codes: ``draw_codes(len(lines), seed, ...)``.

The shuffle is Fisher–Yates driven only by ``random.Random(seed).random()``, whose sequence
Python guarantees across versions (``Random.shuffle`` itself is not guaranteed to stay the same).
"""

from __future__ import annotations

import random
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from judge_app.core.errors import InvalidValue

BIB, STATION = 1, 2  # stage 1 gives 检录号 (bib), stage 2 gives 工位号 (station)
STAGE_LABELS = {BIB: "第一次抽签（检录号）", STATION: "第二次抽签（工位号）"}
DEFAULT_PREFIX = {BIB: "", STATION: "A"}
DEFAULT_WIDTH = {BIB: 3, STATION: 2}
MAX_PREFIX_CHARS = 8
SEED_BITS = 63  # fits SQLite's INTEGER and is far beyond guessing


@dataclass(frozen=True)
class DrawLine:
    """One drawn code. Stage 1: ``bib`` drawn for the entry named by ``name``/``unit``.
    Stage 2: ``station`` drawn for ``bib`` (no name: the second key is kept apart)."""

    bib: str
    station: str = ""
    name: str = ""
    unit: str = ""

    @property
    def code(self) -> str:
        """The code this line drew."""
        return self.station or self.bib


@dataclass(frozen=True)
class DrawRecord:
    """A draw as recorded (抽签记录): lines in input order, so the seed reproduces them."""

    event: str
    stage: int
    seed: int | None  # None: sealed from the reader (judge_app.core.people.sealed_draw)
    drawn_at: str
    actor: str
    lines: tuple[DrawLine, ...]
    recovery_code: str = ""  # stage 2, when the draw made a new code key: printed once, for the sealed envelope
    by_hand: bool = False  # drawn on stage by hand (现场抽签) and typed in: no seed

    @property
    def label(self) -> str:
        return STAGE_LABELS[self.stage]


def check_stage(stage: object) -> int:
    if stage not in (BIB, STATION) or isinstance(stage, bool):
        raise InvalidValue(f"抽签阶段应为 1（检录号）或 2（工位号），输入的是 {stage!r} / stage is 1 or 2")
    return int(stage)  # type: ignore[call-overload]


def check_prefix(prefix: str) -> str:
    text = prefix.strip()
    if len(text) > MAX_PREFIX_CHARS or any(ch.isspace() or ch.isdigit() for ch in text):
        raise InvalidValue(
            f"工位号前缀“{prefix}”应为不超过 {MAX_PREFIX_CHARS} 个字符、不含数字和空格 / bad code prefix"
        )
    return text


def station_prefix(event_ids: Sequence[str], event_id: str) -> str:
    """The default 工位号 prefix of ``event_id``: a letter of its own by its place among the
    contest's events (电工 A, 茶艺师 B …, then AA, AB after Z), so no two events share a code."""
    n = (list(event_ids).index(event_id) if event_id in event_ids else 0) + 1
    letters = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def new_seed() -> int:
    """A fresh random seed (from the OS's secure source), to be recorded with the draw."""
    return secrets.randbits(SEED_BITS)


def draw_codes(count: int, seed: int, *, prefix: str = "", width: int = 3) -> list[str]:
    """Codes for ``count`` items in input order: ``prefix`` + 1..count (zero-padded to ``width``,
    wider if needed) in the order of a shuffle seeded by ``seed``."""
    digits = max(width, len(str(count)))
    numbers = list(range(1, count + 1))
    rng = random.Random(seed)
    for i in range(count - 1, 0, -1):
        j = int(rng.random() * (i + 1))
        numbers[i], numbers[j] = numbers[j], numbers[i]
    return [f"{prefix}{n:0{digits}d}" for n in numbers]


def hand_problems(numbers: Sequence[int | str], count: int) -> list[tuple[int, str]]:
    """What is wrong with the numbers drawn by hand for ``count`` items (one per item, in input
    order, as typed: full-width digits allowed): (row from 1, message) for each number that is
    not 1 … ``count`` or repeats an earlier row; row 0 when the count itself is wrong."""
    if len(numbers) != count:
        return [(0, f"应填 {count} 个号，填了 {len(numbers)} 个 / {count} numbers expected, got {len(numbers)}")]
    problems: list[tuple[int, str]] = []
    first_row: dict[int, int] = {}
    for row, given in enumerate(numbers, 1):
        number = _hand_number(given)
        if not 1 <= number <= count:
            problems.append((row, f"第 {row} 行：“{str(given)[:12]}”不是 1 到 {count} 的号 / row {row}: not a number from 1 to {count}"))
        elif number in first_row:
            problems.append((row, f"第 {row} 行：{number} 号与第 {first_row[number]} 行重复 / row {row}: {number}"
                                  f" repeats row {first_row[number]}"))
        else:
            first_row[number] = row
    return problems


def hand_codes(numbers: Sequence[int | str], count: int, *, prefix: str = "", width: int = 3) -> list[str]:
    """Codes for ``count`` items in input order from the numbers drawn by hand on stage,
    formatted as :func:`draw_codes` formats them. Strict (:func:`hand_problems`): InvalidValue
    names every row that is wrong."""
    problems = hand_problems(numbers, count)
    if problems:
        raise InvalidValue("现场抽签的号有误 / the numbers drawn by hand are wrong:\n- "
                           + "\n- ".join(text for _row, text in problems))
    digits = max(width, len(str(count)))
    return [f"{prefix}{_hand_number(n):0{digits}d}" for n in numbers]


def _hand_number(given: int | str) -> int:
    """A typed number (ASCII or full-width digits, at most 6), 0 for anything else."""
    text = unicodedata.normalize("NFKC", str(given)).strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else 0
