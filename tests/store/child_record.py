"""Child process for the durability test: record scores in a loop, acknowledging each one.

Usage: python child_record.py PATH. After each record_score returns it prints "ACK <n>" (flushed):
from then on, operation n must survive a kill. Runs until killed.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from itertools import count

CODES = ("C01", "C02", "C03", "C04", "C05")
JUDGES = ("J1", "J2", "J3", "J4", "J5")


def operation(n: int) -> tuple[str, str, Decimal]:
    """The n-th write (n ≥ 1): (code, judge, value) for criterion P1 of 电工."""
    return CODES[n % 5], JUDGES[(n // 5) % 5], Decimal(n % 121) / 2


def main(path: str) -> None:
    from judge_app.store import ContestDB

    db = ContestDB.open(path, actor="记分员")
    for n in count(1):
        code, judge, value = operation(n)
        db.record_score("电工", code, "P1", judge, value)
        print(f"ACK {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
