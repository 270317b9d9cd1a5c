"""账户 → 设置封印口令…: the chief judge (or supervisor) sets the seal passphrase, with which
locks and publications seal the audit record (docs/rules.md); changing it asks for the old one."""

from __future__ import annotations

from functools import partial

from judge_app.app import contest_file as ops_contest
from judge_app.gui.dialogs import show_info
from judge_app.gui.passphrase_dialog import ask_passphrase
from judge_app.gui.qt import QApplication, QWidget


def ask_seal_passphrase(parent: QWidget, controller) -> None:
    """Ask for the new passphrase (typed twice; first the old one when there is one) and set it."""
    def done(_result: object) -> None:
        show_info(parent, QApplication.translate("SealSetup", "封印口令已设置。"))

    def new(old: str | None) -> None:
        parent.passphrase_box = ask_passphrase(
            parent, QApplication.translate("SealSetup", "设置封印口令"),
            QApplication.translate("SealSetup", "锁定、公示和定稿时用封印口令封存审计记录，他人无法伪造。"
                                   "请裁判长或监督设置口令（至少 10 个字符且含字母），自行保管，不要告诉管理员。"),
            lambda secret: controller.act(partial(ops_contest.change_seal_passphrase, old=old), secret, on_done=done),
            new=True, ok_text=QApplication.translate("SealSetup", "设置"))

    def known(has_one: bool) -> None:
        if not has_one:
            new(None)
            return
        parent.passphrase_box = ask_passphrase(
            parent, QApplication.translate("SealSetup", "更改封印口令"),
            QApplication.translate("SealSetup", "本比赛已设封印口令。请先输入原来的封印口令："), new)

    controller.query(ops_contest.seal_passphrase_set, on_done=known)
