"""Every "who" column header of core/entry_kinds.py has its English in the UI (团队名称 → Team ...)."""

from __future__ import annotations

import re

from judge_app.core.entry_kinds import FIELDS
from judge_app.gui import i18n
from judge_app.gui.labels import who_header


def test_every_who_header_is_translated(app):
    headers = sorted({f.header for fields in FIELDS.values() for f in fields})
    i18n.set_language(app, "en")
    english = {h: who_header(h) for h in headers}
    assert not [h for h, text in english.items() if re.search(r"[\u3400-\u9fff]", text)], english
    i18n.set_language(app, "zh_CN")
    assert [who_header(h) for h in headers] == headers
