"""The pages of the main window, in the order of its side list.

The main window imports them all at start-up (so keep page modules cheap to import: heavy
libraries inside the functions that use them) and makes each page when first shown. To add a
page, import its class here and put it in :data:`PAGES`.
"""

from judge_app.gui.pages.appeals_page import AppealsPage
from judge_app.gui.pages.arrivals_page import ArrivalsPage
from judge_app.gui.pages.audit_page import AuditPage
from judge_app.gui.pages.checks_page import ChecksPage
from judge_app.gui.pages.corrections_page import CorrectionsPage
from judge_app.gui.pages.lots_page import LotsPage
from judge_app.gui.pages.people_page import PeoplePage
from judge_app.gui.pages.print_page import PrintPage
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.pages.roster_page import RosterPage
from judge_app.gui.pages.scheme_page import SchemePage
from judge_app.gui.pages.scoring_page import ScoringPage
from judge_app.gui.pages.season_page import SeasonPage
from judge_app.gui.pages.votes_page import VotesPage

PAGES = (
    ScoringPage, RankingPage, ReviewPage, RosterPage, SchemePage, ChecksPage, PeoplePage, LotsPage,
    ArrivalsPage, VotesPage, SeasonPage, PrintPage, AppealsPage, CorrectionsPage, AuditPage,
)
