"""Child process for the lock tests: hold a contest file until told to close (or killed).

Usage: python child_hold.py PATH ACTOR. Prints "READY <pid>", closes on the stdin line "close"
and prints "CLOSED", then waits for stdin to end.
"""

import os
import sys

from judge_app.store import ContestDB

db = ContestDB.open(sys.argv[1], actor=sys.argv[2])
print(f"READY {os.getpid()}", flush=True)
for line in sys.stdin:
    if line.strip() == "close":
        db.close()
        print("CLOSED", flush=True)
