"""Child process for the fault tests: write to a contest file under a hostile condition.

Usage:
    python child_faults.py full PATH LIMIT   record scores with the file size limit LIMIT (bytes)
                                             until the disk "fills up"
    python child_faults.py readonly PATH     (as root: first become the user nobody) open the file
                                             and record one score

Prints "ACK <n>" after each acknowledged score (n as in child_record.operation), then
"ERROR <error class> <message>" for the first error (if any), then (full) "STILL <n>" with the number of
scores the same open store still reads back.
"""

from __future__ import annotations

import os
import sys

from child_record import operation  # type: ignore[import-not-found]  # run as a script from this folder

from judge_app.core.errors import JudgeAppError
from judge_app.store import ContestDB  # imported before a readonly child gives up root


def record_until_error(path: str, most: int) -> None:
    db = None
    try:
        db = ContestDB.open(path, actor="记分员")
        for n in range(1, most + 1):
            code, judge, value = operation(n)
            db.record_score("电工", code, "P1", judge, value)
            print(f"ACK {n}", flush=True)
    except JudgeAppError as exc:
        print(f"ERROR {type(exc).__name__} {exc}".replace("\n", " "), flush=True)
    if db is not None:
        print(f"STILL {sum(1 for r in db.scores() if r.value is not None)}", flush=True)
        db.close()


def main(mode: str, path: str, *rest: str) -> None:
    if mode == "full":
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of dying
        limit = int(rest[0])
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    elif mode == "readonly" and os.getuid() == 0:  # root may write any file: drop to nobody
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    record_until_error(path, 10_000 if mode == "full" else 1)


if __name__ == "__main__":
    main(*sys.argv[1:])
