"""Pages and buttons follow the policy table: the screens' rows (``view.*``) decide who sees a
page, and the review page shows each button to exactly the roles the store lets do it."""

from __future__ import annotations

import pytest

from judge_app.core.people import Judge, Role
from judge_app.core.policy import Action, allowed
from judge_app.gui.pages.audit_page import AuditPage
from judge_app.gui.pages.checks_page import ChecksPage
from judge_app.gui.pages.print_page import PrintPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.pages.roster_page import RosterPage
from judge_app.gui.pages.scheme_page import SchemePage
from judge_app.gui.store_side import Session
from judge_app.store import ContestDB

from .conftest import open_as

PAGES = {Action.VIEW_ROSTER: RosterPage, Action.VIEW_SCHEME: SchemePage, Action.VIEW_REVIEW: ReviewPage,
         Action.VIEW_CHECKS: ChecksPage, Action.VIEW_PRINT: PrintPage, Action.AUDIT_VIEW: AuditPage}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(PAGES), ids=lambda a: a.value)
def test_a_screen_is_shown_exactly_to_the_roles_of_its_row(action: Action, role: Role) -> None:
    session = Session(Judge("X1", "某人", role))
    assert PAGES[action].usable_by(session) is allowed(action, role)


def test_the_organiser_sees_lock_and_unlock_like_the_store_allows(window, qtbot, contest_file) -> None:
    """The review page showed 锁定/解锁/退回/请求重评 to the chief judge only, while the store lets
    the organiser do them too."""
    with ContestDB.open(contest_file, actor="测试") as db:
        db.add_judge("O01", "钱主办", role=Role.ORGANISER, pin="boss-6666")
    open_as(window, qtbot, contest_file, "O01", "boss-6666")
    review = window.page(ReviewPage)
    window.show_page(review)
    buttons = {Action.SECTION_LOCK: review.lock_button, Action.SECTION_UNLOCK: review.unlock_button,
               Action.REOPEN: review.reopen_button, Action.REMARK_REQUEST: review.request_button,
               Action.UNSEAL: review.unseal_button, Action.PUBLISH: review.publish_button,
               Action.FINALISE: review.final_button}
    assert all(button.isVisible() for button in buttons.values())
    window.close()
