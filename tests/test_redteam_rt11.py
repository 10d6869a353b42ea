"""Red team of over-stripping in English and the language-neutral patterns: SHORT lines of the article's own
in mid-article (subheadings, one-line quotes, list items, headings that open on a residue word).

Each heading here stands between two of the article's paragraphs (its own paragraph, or glued over the next
one); a heading-shaped line at the head is the page's title (title-line) and is not tested there. The lines
marked "fixed" were removed before rt11's fixes: a lone teaser heading ("More about the plan"), a photo
credit by a place ("Photograph by the river"), a cookie-law subheading ("Cookie consent"), a courtesy that
is no credit ("Courtesy call"), a sign-up call with no product ("Sign up for trouble", "Register to vote"),
and a quoted call with its reporting clause ("“Click here,” the email said."). Full sentences are also in
``fixtures/negatives/en.txt``.
"""

from __future__ import annotations

import pytest
from probes import assert_survives
from strategies import ARTICLES

import cleaner

FIXED_HEADINGS = [
    "More about the plan",
    "More on the plan",
    "More about the scheme",
    "More on the budget",
    "Latest on the strike",
    "Photograph by the river",
    "Photographs by the river",
    "Photography by the harbour",
    "Photograph by the sea",
    "Photo by the window",
    "Picture by the lake",
    "Photographs by the hundred",
    "More from the minister",
    "More in the same vein",
    "Sign up to vote by Friday",
    "Illustrations by children from the school",
    "Courtesy call",
    "Register to vote",
    "Sign up for trouble",
    "Subscribe to nothing",
    "Subscribe to the theory",
    "- Subscribe to the register",
]

# passing before and after: kept as the shapes a narrowing must keep
HEADINGS = [
    "Sign of the times", "Share of the vote", "Follow the money", "Watch this space", "Related parties",
    "Comments from readers", "Print edition sales fell", "Newsletter sales", "Advertising revenue",
    "More than a game", "More to come", "More of the same", "More questions than answers",
    "Read the fine print", "Read between the lines",
    "Top of the agenda", "Latest figures", "The latest on the talks", "What happens next", "Next steps",
    "Related articles of the treaty", "See you in court", "Sharing the cost", "Tweet of the day",
    "Email from the mayor", "Photo finish", "Picture this", "Credit where it is due", "Copyright dispute",
    "Advertising standards", "Cookies and privacy", "Privacy policy changes", "Accept the offer",
    "Accept or reject", "Consent and its limits", "Subscription fatigue", "The newsletter war",
    "Comments closed", "Reply to the council", "Reply all", "Log out of the system", "Download speeds",
    "App store rules", "Watch the skies", "Listen to the farmers", "Live updates", "Breaking point",
    "Most popular choice", "Popular vote", "Don't miss the deadline", "Follow the leader", "Back to school",
    "Back to the drawing board", "Home truths", "Search for the missing", "Skip the queue", "Contact details",
    "About the author", "Editor's note", "Published in 1998", "By the numbers", "By the river",
    "Filed under pressure", "Sources close to the mayor", "Video evidence", "Sponsored by the council",
    "Support the workers", "Members' bar", "Exclusive interview", "Free for all", "Show of hands",
    "View from the bridge", "Share your story", "Have your say", "Save the date", "Report a problem",
    "Ads on buses", "Related by marriage", "Top of the class", "Recommended by doctors", "Next of kin",
    "Live at the harbour", "Photo ID required", "Credit card fees", "Share of the market", "Email alerts",
    "Newsletter editor", "Paywall debate", "Become a citizen", "Registered charity", "Get involved",
    "Open letter", "Close the gap", "Necessary evil", "Marketing budget",
    "Join the queue", "Follow the river",
]

LIST_ITEMS = [
    "1. Log in to the portal", "2. Reply within 14 days", "3. Share the cost", "- Sign the form",
    "• Follow the signs", "Step 1: Register online", "Step 2: Download the form", "Tip: Read the small print",
    "Log in to the portal", "Reply within 14 days",
]


@pytest.mark.parametrize("line", FIXED_HEADINGS + HEADINGS + LIST_ITEMS)
@pytest.mark.parametrize("glued", [False, True], ids=["own-paragraph", "over-paragraph"])
def test_a_short_line_of_the_article_stays_mid_article(line: str, glued: bool) -> None:
    article = list(ARTICLES["en"])
    if glued:
        assert_survives([*article[:2], line + "\n" + article[2], *article[3:]])
    else:
        assert_survives([*article[:2], line, *article[2:]])


@pytest.mark.parametrize("line", FIXED_HEADINGS + LIST_ITEMS)
def test_a_short_line_of_the_article_stays_at_the_tail(line: str) -> None:
    assert_survives([*ARTICLES["en"], line])


# The residue those narrowings must still take between two paragraphs and at the tail.
RESIDUE = [
    ("More in World", "teaser-box"),
    ("More on Advertising", "teaser-box"),
    ("More from NBC", "teaser-box"),
    ("More From The Web", "teaser-box"),
    ("More from the Guardian", "teaser-box"),
    ("More on this story", "teaser-box"),
    ("Top Stories", "teaser-box"),
    ("Read More", "teaser-box"),
    ("Photo by Jane Smith", "image-credit"),
    ("Photo by the author", "image-credit"),
    ("Photos by staff", "image-credit"),
    ("Photography by Annie Leibovitz", "image-credit"),
    ("Courtesy of the family", "image-credit"),
    ("Courtesy NASA", "image-credit"),
    ("Sign up for free", "newsletter-prompt"),
    ("Sign up for The Download", "newsletter-prompt"),
    ("Register to comment", "newsletter-prompt"),
    ("Subscribe for $1 a week", "newsletter-prompt"),
    ("Subscribe to our newsletter", "newsletter-prompt"),
    ("Sign up to get started", "newsletter-prompt"),
    ("Subscribe to the podcast", "newsletter-prompt"),
]


@pytest.mark.parametrize(("line", "pass_name"), RESIDUE)
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_the_residue_still_goes(line: str, pass_name: str, where: str) -> None:
    article = list(ARTICLES["en"])
    at = 2 if where == "middle" else len(article)
    result = cleaner.explain_text("\n\n".join([*article[:at], line, *article[at:]]))
    assert result.text == "\n\n".join(article), [(r.pass_name, r.text) for r in result.removed]
    assert [r.pass_name for r in result.removed if r.text == line] == [pass_name]


# An article on cookie law: its subheading names the banner's subject ("Cookie consent"), between two of its
# paragraphs on cookies, with no banner line near it.
PRIVACY_LAW = [
    "The data protection authority fined the publisher on Tuesday for setting advertising cookies before its "
    "readers had agreed to them, the first such fine in the country.",
    "The regulator said the publisher's banner had made it far easier to accept the cookies than to refuse "
    "them, which the law does not allow.",
    "Your consent to cookies must be given freely, the regulator said in its ruling on Tuesday.",
    "The publisher said it would appeal, and that it had changed its banner in the spring after talks with "
    "the authority's officials.",
]


@pytest.mark.parametrize("heading", ["Cookie consent", "Privacy notice", "Your privacy"])
def test_a_cookie_subheading_in_an_article_on_cookie_law_stays(heading: str) -> None:
    assert_survives([*PRIVACY_LAW[:2], heading, *PRIVACY_LAW[2:]])
    assert_survives([*PRIVACY_LAW[:2], heading + "\n" + PRIVACY_LAW[2], *PRIVACY_LAW[3:]])


def test_a_cookie_button_beside_other_banner_lines_still_goes() -> None:
    """A banner's buttons stand together: "Cookie settings" next to "Accept all" is the banner's."""
    lines = [*PRIVACY_LAW[:2], "Cookie settings", PRIVACY_LAW[2], "Accept all", *PRIVACY_LAW[3:]]
    result = cleaner.explain_text("\n\n".join(lines))
    assert result.text == "\n\n".join([*PRIVACY_LAW[:2], PRIVACY_LAW[2], *PRIVACY_LAW[3:]]), [
        (r.pass_name, r.text) for r in result.removed
    ]


def test_a_cookie_button_alone_in_an_article_on_anything_else_still_goes() -> None:
    article = list(ARTICLES["en"])
    result = cleaner.explain_text("\n\n".join([*article[:2], "Cookie consent", *article[2:]]))
    assert result.text == "\n\n".join(article)
    assert [r.pass_name for r in result.removed] == ["cookie-notice"]


def test_advice_to_follow_a_third_party_is_no_newsletter_blurb() -> None:
    """At the head, a call closing a paragraph that speaks to the reader is a newsletter's blurb; a call to
    follow a third party named by its common noun ("the city council's channel") is the article's advice."""
    line = ("You can follow the vote live from 9 a.m. on the council's website. Subscribe to the city council's "
            "channel to get a reminder.")
    article = list(ARTICLES["en"])
    for at in (0, 2, len(article)):
        assert_survives([*article[:at], line, *article[at:]])
