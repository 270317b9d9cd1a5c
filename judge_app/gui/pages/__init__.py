"""The pages of the main window, in the order of its side list.

Each entry is ``"module:Class"`` naming a :class:`~judge_app.gui.pages.base.Page` subclass; the
main window imports them in this order at start-up (so keep page modules cheap to import:
heavy libraries inside the functions that use them) and makes each page when first shown. To add
a page, append ONE line here.
"""

PAGES: tuple[str, ...] = (
    "judge_app.gui.pages.scoring_page:ScoringPage",
    "judge_app.gui.pages.ranking_page:RankingPage",
    "judge_app.gui.pages.review_page:ReviewPage",
    "judge_app.gui.pages.roster_page:RosterPage",
    "judge_app.gui.pages.scheme_page:SchemePage",
    "judge_app.gui.pages.checks_page:ChecksPage",
    "judge_app.gui.pages.people_page:PeoplePage",
    "judge_app.gui.pages.lots_page:LotsPage",
    "judge_app.gui.pages.arrivals_page:ArrivalsPage",
    "judge_app.gui.pages.print_page:PrintPage",
    "judge_app.gui.pages.corrections_page:CorrectionsPage",
)
