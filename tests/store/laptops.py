"""Three simulated judge laptops: an organiser's contest, kits, local files scored, packages exported.

Panels overlap: J1 sits on 电工 theory and practical, J2 and J3 on 电工 practical and 工匠 review.
Each laptop first scores everything (the *old* packages are exported then), then corrects a value
and clears-and-rescores another (the *new* packages). ``final`` holds what each cell must end as.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from judge_app.core.scheme_json import contest_from_dict
from judge_app.store import ContestDB

from .sample import people, register_organiser, scheme

JUDGES = {"J1": "裁判一", "J2": "裁判二", "J3": "裁判三"}
PANELS = {("电工", "theory"): ["J1"], ("电工", "practical"): ["J1", "J2", "J3"], ("工匠", "review"): ["J2", "J3"]}
ORGANISER = "组委会"

Cell = tuple[str, str, str, str]  # event, code, criterion, judge


def panel_scheme() -> dict:
    data = scheme()
    for event in data["events"]:
        for section in event["sections"]:
            if section.get("kind") != "vote":
                section["judges"] = PANELS.get((event["id"], section["id"]), [])
    return data


def new_organiser(path: Path, name: str = "测试赛") -> ContestDB:
    db = ContestDB.create(path, actor=ORGANISER, name=name)
    db.set_scheme(panel_scheme())
    db.import_entries(people(), source="roster.xlsx")
    register_organiser(db)
    for judge_id, judge_name in JUDGES.items():
        db.add_judge(judge_id, judge_name)
    return db


def cells_of(judge: str) -> list[Cell]:
    contest = contest_from_dict(panel_scheme())
    codes = {e.event: [] for e in people()}
    for e in people():
        codes[e.event].append(e.code)
    return [
        (event.id, code, crit.id, judge)
        for event in contest.events for section in event.sections if judge in section.judges
        for code in codes[event.id] for crit in section.criteria
    ]


def random_value(criterion: str, rng: random.Random) -> Decimal:
    contest = contest_from_dict(panel_scheme())
    for event in contest.events:
        for section in event.sections:
            for crit in section.criteria:
                if crit.id == criterion:
                    return crit.step * rng.randint(0, int(crit.max / crit.step))
    raise KeyError(criterion)


@dataclass
class World:
    organiser: Path
    kits: dict[str, bytes]
    laptops: dict[str, Path]
    old: dict[str, bytes] = field(default_factory=dict)  # package before the corrections
    new: dict[str, bytes] = field(default_factory=dict)
    final: dict[Cell, Decimal] = field(default_factory=dict)
    revisions: dict[Cell, int] = field(default_factory=dict)

    def organiser_copy(self, target: Path) -> Path:
        """A fresh copy of the organiser's file (kits made, nothing merged)."""
        shutil.copyfile(self.organiser, target)
        return target


def build_world(folder: Path, seed: int = 7) -> World:
    rng = random.Random(seed)
    organiser = folder / "organiser.judge"
    with new_organiser(organiser) as db:
        kits = {judge: db.make_kit(judge) for judge in JUDGES}
    world = World(organiser, kits, {judge: folder / f"laptop-{judge}.judge" for judge in JUDGES})
    for judge, path in world.laptops.items():
        with ContestDB.from_kit(kits[judge], path) as laptop:
            cells = cells_of(judge)
            for cell in cells:
                value = random_value(cell[2], rng)
                laptop.record_score(*cell, value)
                world.final[cell], world.revisions[cell] = value, 1
            world.old[judge] = laptop.export_package()[1]
            corrected, cleared = cells[0], cells[-1]
            while (value := random_value(corrected[2], rng)) == world.final[corrected]:
                pass
            world.final[corrected] = value
            world.revisions[corrected] = laptop.record_score(*corrected, world.final[corrected])
            laptop.clear_score(*cleared, reason="看错选手")
            world.revisions[cleared] = laptop.record_score(*cleared, world.final[cleared])
            world.new[judge] = laptop.export_package()[1]
    return world
