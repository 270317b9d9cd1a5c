"""Logging out forgets the passphrases given in the session (app.session.end_session): the seal
key and the second-draw key are asked for again, whoever logs in next."""

from __future__ import annotations

from judge_app.app.session import end_session
from tests.store.sample import register_organiser, sample_contest


def test_the_seal_and_code_keys_are_forgotten_at_logout(tmp_path) -> None:
    with sample_contest(tmp_path / "会话.judge", "会话测试") as db:
        register_organiser(db)
        db.add_judge("CH", "裁判长", role="chief", pin="chief-pass-12")
        db.add_judge("S1", "周密", role="secretary", pin="secretary-pass-1")
        db.act_as("CH")
        db.set_seal_passphrase("tiemian-wusi-2026")
        assert not db.seal_key_needed()
        end_session(db)
        assert db.seal_key_needed()

        db.act_as("S1")
        db.draw_lots("电工", 1, seed=1)
        db.draw_lots("电工", 2, seed=2, passphrase="erci-jiami-secret-01")
        assert not db.code_key_needed("电工")
        end_session(db)
        assert db.code_key_needed("电工")
