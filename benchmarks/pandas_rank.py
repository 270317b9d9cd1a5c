"""What an analyst would do with pandas on the same rows: read the event's scores from the contest
file (sqlite3), trimmed mean per entry and criterion (Σ − max − min) / (n − 2), section sums,
round(2), weighted total, round(2), rank(method="min") per event. Floats, as pandas has them.

    python benchmarks/pandas_rank.py CONTEST.judge [EVENT ...]     (every event when none given)

Prints one line per event (code of the first, its total) and, last, ``seconds <compute time>``.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time

import pandas as pd


def rank_event(con: sqlite3.Connection, scheme: dict, event_id: str) -> pd.DataFrame:
    event = next(e for e in scheme["events"] if e["id"] == event_id)
    rows = pd.read_sql_query(
        "SELECT e.code, s.criterion, s.judge, CAST(s.value AS REAL) AS value FROM scores s"
        " JOIN entries e ON e.id = s.entry_id WHERE e.event = ? AND s.value IS NOT NULL", con, params=(event_id,))
    section_of = {c["id"]: s["id"] for s in event["sections"] for c in s["criteria"]}
    panel = rows.groupby(["code", "criterion"])["value"].agg(["sum", "max", "min", "count"])
    panel["value"] = (panel["sum"] - panel["max"] - panel["min"]) / (panel["count"] - 2)
    panel = panel.reset_index()
    panel["section"] = panel["criterion"].map(section_of)
    sections = panel.groupby(["code", "section"])["value"].sum().round(2).unstack()
    total = sum(sections[s["id"]] * float(s["weight"]) / float(s["max"]) for s in event["sections"])
    out = pd.DataFrame({"total": total.round(2)})
    out["rank"] = out["total"].rank(method="min", ascending=False).astype(int)
    return out.sort_values("rank")


def main(path: str, events: list[str]) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    start = time.perf_counter()
    scheme = json.loads(con.execute("SELECT json FROM scheme WHERE id = 1").fetchone()[0])
    for event_id in events or [e["id"] for e in scheme["events"]]:
        ranked = rank_event(con, scheme, event_id)
        print(event_id, ranked.index[0], f"{ranked['total'].iloc[0]:.2f}", len(ranked))
    print(f"seconds {time.perf_counter() - start:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
