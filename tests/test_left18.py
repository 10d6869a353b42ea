# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Helper left18's fixes: weaknesses left by session 17.

1. An English reporting clause that opens on its verb, the subject after it ("…, read the banner that greeted
   visitors …", "…, ran the message under every article …"), or a subject that bears words and the bare past "read"
   ("…, the banner read until …") was no reporting clause to ``cookies.reported`` (its verbs were "reads", "said"
   after any words, and no "we" anywhere after the comma): the article's sentence quoting a consent line or a call
   went as the page's own. The English table now reads that shape: the verb, a determiner, a thing that bears words
   (banner, notice, small print, link, pop-up …); "read" is also the reader's imperative, so as a past tense it needs
   a past tense in its clause ("that greeted", "we published", "which did not work"); the reader addressed ("you",
   "our", "for details") is the call's own words.
2. A section's name alone between the headline and its date or byline ("Belföld", "Πολιτική", "Aarhus", "Sport /
   Fotbal") stayed: a word or two, no run of furniture for edge-furniture. ``structure._section_label`` takes it in
   that place only: the page's first line a headline (three words or more, no sentence), the label right under it
   (a word or two, or two of them parted by a separator; capitalised, no figure, no punctuation), a date or a byline
   another pass took right under the label, the article's paragraphs below. The article's own headings stand under
   the stamp; a kicker over the headline, a deck, a label with no stamp under it are not judged.
"""

from __future__ import annotations

import pytest
from probes import removed

import cleaner

# -- 1. a reporting clause opening on its verb ---------------------------------------------------------------------

EN = ["The consumer watchdog opened an inquiry into the shopping site on Monday after dozens of complaints from readers.",
      "The agency said it would publish its first findings before the end of the year, according to a spokesperson."]

# each was removed before the fix (a consent line's or a call's words, then the clause)
REPORTED_BY_VERB = [
    "By signing up, you agree to our Terms of Use and Privacy Policy, read the box under every form we published last year.",
    "By continuing to browse you consent to our use of cookies, read the banner that covered half the screen for months.",
    "By continuing to browse you consent to our use of cookies, the banner read until the regulator ordered it taken down.",
    "Sign up for our newsletter to get the best deals, the banner read until the site was shut down in March.",
    "Follow us on Facebook for more updates, read the last post on the account before it went silent in June.",
    "Click here to unsubscribe from all our emails, read the link at the foot of each message, which did not work.",
    "Download our app for the full experience, read the message that appeared on every article the site published.",
    "Download our app for the full experience, ran the message that appeared on every article the site published.",
]

# the same kind of sentence, kept before the fix too (a ratchet)
REPORTED_KEPT = [
    "Always check the terms before you sign up, read the small print under every review we published last year.",
    "Sign up for our newsletter to get the best deals, said a banner that greeted visitors until the site was shut down.",
    "Accept all cookies to continue reading, read the notice that covered the whole page, according to the complaint.",
    "This post contains affiliate links, read the disclaimer that the site added to its reviews only after the complaints.",
]


@pytest.mark.parametrize("line", REPORTED_BY_VERB + REPORTED_KEPT, ids=[line[:50] for line in REPORTED_BY_VERB + REPORTED_KEPT])
@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_reporting_clause_opening_on_its_verb_keeps_its_sentence(line: str, position: str) -> None:
    paragraphs = [EN[0], line, EN[1]] if position == "middle" else [*EN, line]
    for forced in (None, "en"):
        result = cleaner.explain_text("\n".join(paragraphs), language=forced)
        assert result.text.splitlines() == paragraphs, (forced, removed(result))


# the page's own consent lines and calls with "read" as the imperative: they still go
OWN_CALLS = [
    ("consent-line", "By signing up, you agree to our Terms of Use, read the full policy before you continue."),
    ("cookie-notice", "We use cookies to personalise content and ads, read the notice that we updated to explain how we use your data."),
    ("cookie-notice", "We use cookies to personalise content and ads, read the notice that we updated in May for the full details."),
    ("consent-line", "By clicking Subscribe, you agree to our Terms of Use, read the box that we added below the form for details."),
    ("call-to-action", "Download our app, read the message from the editor and get unlimited access today."),
    ("call-to-action", "Follow us on Facebook, read the posts you missed and join the conversation."),
    ("call-to-action", "Join our community today, read the posts from other members and share your own."),
    ("consent-line", "By signing up, you agree to our Terms of Use and acknowledge that your data will be processed as described."),
]


@pytest.mark.parametrize(("pass_name", "line"), OWN_CALLS, ids=[line[:50] for _p, line in OWN_CALLS])
def test_the_pages_own_call_with_read_still_goes(pass_name: str, line: str) -> None:
    result = cleaner.explain_text("\n".join([*EN, line]))
    assert result.text.splitlines() == EN
    assert removed(result) == [(pass_name, line)]


# -- 2. a section's name between the headline and its stamp ------------------------------------------------------

BODY = ["The city council approved the new budget on Tuesday after a long debate that lasted until midnight.",
        "The plan raises spending on schools and roads, the mayor said, and cuts the cost of the city's bus fares.",
        "Opposition members said the budget relied on optimistic forecasts and voted against it."]
TITLE = "Council approves budget after late-night debate"
STAMP = "12 March 2025, 10:45"

LABELS_GO = [
    ("en", [TITLE, "Politics", STAMP, *BODY]),
    ("en", [TITLE, "Local news", "March 12, 2025", *BODY]),
    ("en", [TITLE, "Politics", "By Jane Smith", *BODY]),
    ("cs", ["Sparta porazila Plzeň 3:1 a vede tabulku", "Sport / Fotbal", "9. 3. 2025 20:15",
            "Fotbalisté Sparty zvítězili v šlágru 24. kola nad Plzní 3:1 a odskočili jí v čele tabulky na pět bodů.",
            "Domácí šli do vedení už ve 12. minutě gólem Haraslína, Plzeň srovnala po pauze, ale pak dvakrát udeřil Kuchta."]),
    ("hu", ["Lezárják a Lánchidat a hétvégén", "Belföld", "2025. március 12. 09:15",
            "Szombaton és vasárnap teljesen lezárják a Széchenyi lánchidat a gyalogosok elől is, közölte a főváros.",
            "A főváros tájékoztatása szerint karbantartási munkák miatt van szükség a lezárásra a hétvégén."]),
    # (a long headline is prose itself: the label is still judged under it)
    ("ro", ["Fostul primar din Sectorul 4, condamnat definitiv la 4 ani de închisoare pentru luare de mită", "Actualitate",
            "14 martie 2025, 12:30",
            "Înalta Curte de Casație și Justiție l-a condamnat definitiv pe fostul primar la patru ani de închisoare.",
            "Magistrații au stabilit că acesta a primit mită 200.000 de euro de la un dezvoltator imobiliar."]),
]


@pytest.mark.parametrize(("lang", "page"), LABELS_GO, ids=[f"{lang}:{page[1]}" for lang, page in LABELS_GO])
def test_a_section_name_between_the_headline_and_its_stamp_goes(lang: str, page: list[str]) -> None:
    for forced in (None, lang):
        result = cleaner.explain_text("\n".join(page), language=forced)
        assert ("edge-furniture", page[1]) in removed(result), (forced, removed(result))
        assert result.text.splitlines() == page[3:], (forced, removed(result))


# the same short lines where they are the article's or not in that place: they stay (each kept before the rule too)
LABELS_STAY = {
    "a heading under the stamp": [TITLE, STAMP, "Introduction", *BODY],
    "a deck": [TITLE, "The vote came after six hours of debate", STAMP, *BODY],
    "a kicker over the headline": ["Exclusive", TITLE, STAMP, *BODY],
    "no stamp under it": [TITLE, "Politics", *BODY],
    "lower case": [TITLE, "and beyond", STAMP, *BODY],
    "a figure": [TITLE, "Round 3", STAMP, *BODY],
    "a sentence": [TITLE, "Read this.", STAMP, *BODY],
    "a colon": [TITLE, "Update:", STAMP, *BODY],
    "three words": [TITLE, "City Hall Politics", STAMP, *BODY],
    "a short headline": ["Budget approved", "Politics", STAMP, *BODY],
    "the first line": ["Politics", STAMP, *BODY],
    "a heading over a time in the text": [BODY[0], BODY[1], "Update", "14:05", BODY[2]],
}


@pytest.mark.parametrize("key", sorted(LABELS_STAY))
def test_a_short_line_elsewhere_at_the_head_stays(key: str) -> None:
    page = LABELS_STAY[key]
    result = cleaner.explain_text("\n".join(page))
    kept = result.text.splitlines()
    short = [line for line in page if len(line.split()) <= 3 and not any(c.isdigit() for c in line)]
    assert all(line in kept for line in short), removed(result)
