"""Log-in limits in the contest file: wrong PINs wait longer (kept across a restart), every refusal
is audited without the PIN, old hashes are renewed, passphrases for the roles that seal, and an
unregistered name gets no role once anybody is registered."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from judge_app.core.errors import InvalidValue, NotPermitted, StateError
from judge_app.core.people import Role
from judge_app.core.pins import LoginRefused
from judge_app.store import ContestDB

T0 = datetime(2025, 5, 1, 9, 0, tzinfo=timezone.utc)
BOSS = "zhang-san-2025"


@pytest.fixture
def staffed(contest: ContestDB) -> ContestDB:
    contest.add_judge("O1", "张三", role=Role.ORGANISER, pin=BOSS)  # the creator registers themself first
    contest.add_judge("J1", "吴一", pin="2468")
    return contest


def fails(db: ContestDB) -> list[tuple[str, str, str]]:
    return [(e.actor, e.target, e.new or "") for e in db.audit_log() if e.action == "login.fail"]


def test_each_wrong_pin_makes_the_next_try_wait_longer(staffed: ContestDB) -> None:
    waits = [staffed.check_login("J1", "1111", T0) for _ in range(4)]
    assert waits == [0, 1, 2, 4]
    assert staffed.login_wait("J1", T0 + timedelta(seconds=1.5)) == 3
    assert staffed.login_wait("J1", T0 + timedelta(seconds=4)) == 0
    assert staffed.login_wait("O1", T0) == 0  # per person
    assert staffed.check_login("J1", "2468", T0 + timedelta(seconds=4)) == -1
    assert staffed.login_wait("J1", T0 + timedelta(seconds=4)) == 0  # the right PIN clears the count
    assert staffed.check_login("J1", "1111", T0) == 0


def test_the_count_survives_a_restart(staffed: ContestDB, db_path: Path) -> None:
    for _ in range(3):
        staffed.check_login("J1", "0000", T0)
    staffed.close()
    with ContestDB.open(db_path, actor="J1") as again:
        assert again.login_wait("J1", T0) == 2


def test_every_refusal_is_audited_without_the_pin(staffed: ContestDB) -> None:
    staffed.act_as("J1")
    staffed.check_login("J1", "97531", T0)
    staffed.check_login("J1", "97531", T0)
    with pytest.raises(LoginRefused, match="未在本比赛登记"):
        staffed.person_for("王五")
    assert fails(staffed) == [("J1", "J1", '{"why": "wrong PIN", "failures": 1}'),
                              ("J1", "J1", '{"why": "wrong PIN", "failures": 2}'),
                              ("J1", "王五", '{"why": "unknown"}')]
    assert not any("97531" in f"{e.old}{e.new}{e.reason}" for e in staffed.audit_log())


def test_who_a_login_names(staffed: ContestDB) -> None:
    assert staffed.person_for("J1").name == "吴一"
    assert staffed.person_for("吴一(J1)").id == "J1"
    assert staffed.person_for("吴一").id == "J1"
    staffed.add_judge("J2", "吴一", pin="1357")
    with pytest.raises(LoginRefused, match="同名"):
        staffed.person_for("吴一")


def test_an_old_hash_is_renewed_at_login(staffed: ContestDB) -> None:
    old = "scrypt$16384$8$1$" + "00" * 16 + "$" + hashlib.scrypt(b"2468", salt=bytes(16), n=2**14, r=8, p=1,
                                                                 dklen=32).hex()
    staffed._db.execute("UPDATE judges SET pin_hash = ? WHERE id = 'J1'", (old,))
    assert staffed.check_login("J1", "2468", T0) == -1
    renewed = staffed._pin_hash("J1")
    assert renewed.startswith("scrypt$65536$") and renewed != old
    assert staffed.verify_pin("J1", "2468")
    assert staffed.audit_log()[-1].action == "judge.pin"


def test_a_new_pin_forgets_the_wrong_tries(staffed: ContestDB) -> None:
    for _ in range(5):
        staffed.check_login("J1", "0000", T0)
    staffed.set_pin("J1", "8642")
    assert staffed.login_wait("J1", T0) == 0


@pytest.mark.parametrize("role", [Role.CHIEF, Role.SECRETARY, Role.ORGANISER])
def test_the_roles_that_seal_need_a_passphrase(staffed: ContestDB, role: Role) -> None:
    with pytest.raises(InvalidValue, match="口令"):
        staffed.add_judge("X1", "钱七", role=role, pin="1234")
    staffed.add_judge("X1", "钱七", role=role, pin="qian-qi-2025")
    with pytest.raises(InvalidValue, match="口令"):
        staffed.set_pin("X1", "87654321")
    staffed.add_judge("J3", "孙八", role=Role.JUDGE, pin="1234")  # judges keep digit PINs


def test_the_first_person_registered_is_an_organiser_with_a_passphrase(contest: ContestDB) -> None:
    with pytest.raises(StateError, match="管理员"):
        contest.add_judge("J1", "吴一", pin="2468")
    with pytest.raises(StateError, match="管理员"):
        contest.add_judge("O1", "张三", role=Role.ORGANISER)
    assert contest.judges() == []
    contest.add_judge("O1", "张三", role=Role.ORGANISER, pin=BOSS)
    with pytest.raises(StateError, match="管理员"):
        contest.add_judge("O1", "张三", role=Role.JUDGE)  # nobody would be left to manage the contest
    assert contest.actor_role() is Role.ORGANISER


def test_an_unregistered_name_gets_nothing_once_anybody_is_registered(contest: ContestDB) -> None:
    assert contest.actor_role() is Role.ORGANISER  # nobody registered: the creator
    contest.add_judge("O1", "老板", role=Role.ORGANISER, pin=BOSS)
    with pytest.raises(NotPermitted, match="未在本比赛登记"):
        contest.actor_role()
    with pytest.raises(NotPermitted):
        contest.add_judge("O2", "张三", role=Role.ORGANISER, pin="i-am-the-boss")
