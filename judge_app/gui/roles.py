"""Role names in the language of the UI (the core's :attr:`Role.label` is the Chinese word)."""

from __future__ import annotations

from judge_app.core.people import Role
from judge_app.gui.qt import QCoreApplication


def role_name(role: Role | str) -> str:
    """裁判 / Judge ... for ``role``, translated like every tr() text (context "Role")."""
    names = {
        Role.JUDGE: QCoreApplication.translate("Role", "裁判"),
        Role.CHIEF: QCoreApplication.translate("Role", "裁判长"),
        Role.SECRETARY: QCoreApplication.translate("Role", "加密裁判"),
        Role.SCORER: QCoreApplication.translate("Role", "记分员"),
        Role.SUPERVISOR: QCoreApplication.translate("Role", "监督"),
        Role.ORGANISER: QCoreApplication.translate("Role", "管理员"),
    }
    return names[Role(role)]


def person_with_role(name: str, role: Role | str) -> str:
    """王评一（裁判） / 王评一 (Judge)."""
    return QCoreApplication.translate("Role", "%1（%2）").replace("%1", name).replace("%2", role_name(role))
