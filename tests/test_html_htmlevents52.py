# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlevents 52: event pages (docstring written after round 1)."""

from __future__ import annotations

from html_probes import FIXTURES, lines, page_probe_tests, report, tagged_inline

import cleaner

PAGES_DIR = FIXTURES / "html_htmlevents52"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    # a ticketing platform's refund line and its "highlights" chips ("4 hours", "In person") in sections of their own
    # named for what they say ('refund-policy', 'highlights'): a refund policy is a term of sale an event's own page
    # writes too, and a chip of two words is any list's item; no name or shape tells the platform's apart
    "en_eventbrite_workshop": ["Refund Policy", "Refunds up to 7 days before event", "4 hours", "In person"],
    # a film's award label run together with its trailer link ('label' + 'bande-annonce'), and the press quotes'
    # heading and sources (the quotes themselves soft): a review's quote box with its sources is the page's text as
    # often as residue
    "fr_cinema_seances": [
        "Lion d'or, Mostra de Venise 2024 Voir la bande-annonce", "La presse en parle", "Télérama", "Les Inrockuptibles",
    ],
    # a city portal's rating widget: a row of five star characters ('stelle'); a review's verdict is written the same
    # way ("★★★★☆"), and the Italian class word is German's "Stelle" (a job, a place)
    "it_sagra_comune": ["★★★★★"],
    # the organiser's line (a label, the name and a link: the event's own fact as often as a box) and the page's
    # last-change stamp, which the text pass's dateline table matches but spares as a row of the fact box above it
    # ("Datum: …", "Locatie: …": an event's facts keep their dates); the text pass is left alone here
    "nl_gemeente_markt": ["Organisatie: Stichting Markten Haarlem · marktenhaarlem.nl", "Laatst gewijzigd: 22 april 2025"],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {
    # round 2: a listing's rows (now kept whole: eventrows.unwrap_row_links) whose first cell is a bare time of day
    # ("09:00" over "Welcome and introduction", a showtime "20:15" under "Saal 1"): each cell is a line of its own,
    # and the clock-line text pass reads a time alone on its line as a stamp (a live blog's entries keep theirs);
    # on the base the whole rows were lost. Left to a text pass that reads a listing's cells
    "en_r2_symposium_slots": ["09:00", "09:20", "10:00", "10:40"],
    "de_r2_kino_spielzeiten": ["20:15", "20:15", "17:45", "20:15"],
}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


# --- buttons standing alone and listing rows' buttons (cleaner/html/eventrows.py event_buttons) ----------------------

URL = "https://venue.example/whats-on/marling"
DESC = [
    "Laura Marling returns to Hove for the first time since 2017, bringing the songs of her eighth album to the city.",
    "Written in the months after the birth of her daughter, the record is her quietest yet, all nylon strings.",
    "The Staves open the evening with a short acoustic set. The three sisters have toured with Bon Iver.",
]


def _page(inner: str, before: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in DESC)
    return (
        f"<html><body><main><section class='stage'><h1>Laura Marling</h1><p>Saturday 14 June 2025</p>{before}</section>"
        f"<article><div class='description'>{body}{inner}</div></article></main></body></html>"
    )


def _links_removed(result: cleaner.Result) -> list[str]:
    return [r.text for r in result.removed if r.pass_name == "dom:links" and "button" in r.reason]


def test_a_row_of_buttons_beside_the_headline_goes() -> None:
    buttons = "<a class='btn' href='/tickets'>Jetzt Ticket sichern</a> <a class='btn' href='/aussteller'>Aussteller werden</a>"
    result = cleaner.explain_html(_page("", buttons), url=URL)
    out = lines(result.text)
    assert all(p in out for p in DESC)
    assert not any("Ticket sichern" in line for line in out)
    assert _links_removed(result) == ["Jetzt Ticket sichern", "Aussteller werden"]


def test_a_calendar_link_standing_alone_goes_without_a_name() -> None:
    for href in ("/events/marling.ics", "webcal://venue.example/marling", "https://calendar.google.com/calendar/render?action=TEMPLATE"):
        result = cleaner.explain_html(_page(f"<p><a href='{href}'>Add to calendar</a></p>"), url=URL)
        assert "Add to calendar" not in lines(result.text)
        assert _links_removed(result) == ["Add to calendar"]


def test_a_button_named_link_inside_a_sentence_or_beside_words_stays() -> None:
    said = "Tickets are on sale from Friday at the box office or online, the venue said on Monday."
    inner = (
        "<p>Tickets are on sale from Friday at the <a class='btn' href='/box-office'>box office</a> or online, the venue said on Monday.</p>"
        "<p>Doors <a class='button' href='/times'>7pm</a></p>"
        "<p><a class='button' href='/marling.ics'>Add this concert and the other five dates of the tour to your calendar</a></p>"
    )
    result = cleaner.explain_html(_page(inner), url=URL)
    out = lines(result.text)
    assert said in out
    assert "Doors 7pm" in out
    assert _links_removed(result) == []  # (the long link alone: too long for a button, whatever the extractor does)


def _rows(n: int, cells: str, button: str = "<div class='tix'><a href='/t'>Tickets</a></div>") -> str:
    dates = [("Thu 2 Oct", "Dublin – Button Factory"), ("Sat 4 Oct", "Glasgow – SWG3"), ("Sun 5 Oct", "Manchester – Albert Hall"), ("Tue 7 Oct", "Bristol – SWX")]
    return "".join(f"<div class='date-row'>{cells.format(d=d, c=c)}{button}</div>" for d, c in dates[:n])


def test_a_listing_rows_button_goes_and_its_date_and_place_stay() -> None:
    rows = _rows(4, "<div class='date'>{d}</div><div class='city'>{c}</div>")
    result = cleaner.explain_html(_page(f"<h2>Tour dates</h2>{rows}"), url=URL)
    out = lines(result.text)
    for line in ("Thu 2 Oct", "Dublin – Button Factory", "Bristol – SWX"):
        assert line in out
    assert "Tickets" not in out
    assert any(r.pass_name == "dom:links" and "listing row" in r.reason for r in result.removed)


def test_teaser_rows_and_few_rows_keep_their_links() -> None:
    teasers = _rows(4, "<div class='date'>{d}</div><div class='title'><a href='/x'>{c}</a></div>")
    result = cleaner.explain_html(_page(teasers), url=URL)
    assert not any("listing row" in r.reason for r in result.removed)  # (the headline is a link: a teaser card)
    two = _rows(2, "<div class='date'>{d}</div><div class='city'>{c}</div>")
    result = cleaner.explain_html(_page(two), url=URL)
    assert not any("listing row" in r.reason for r in result.removed)  # (two rows: no listing)
    loose = _rows(4, "<div class='date'>{d}</div><div class='city'>{c}</div>", "<div class='tix'>Sold out: <a href='/w'>waiting list</a></div>")
    result = cleaner.explain_html(_page(loose), url=URL)
    assert not any("listing row" in r.reason for r in result.removed)  # (the link beside words: no button)


# --- a ticketing platform's organiser box (rules.toml [families.widgets] 'organizer-panel') ----------------------------


def test_an_organiser_box_goes_and_a_page_of_organisers_stays() -> None:
    box = "<section class='organizer-panel'><h2>Organized by</h2><a href='/o/1'>Leith Community Bakery</a><p>1.2k followers · 38 events hosted</p></section>"
    result = cleaner.explain_html(_page("") .replace("</article>", f"</article>{box}"), url=URL)
    out = lines(result.text)
    assert "Organized by" not in out
    assert any(r.pass_name == "dom:widgets" for r in result.removed if "Organized by" in r.text)
    team = (
        "<section class='organizers'><h2>Organising committee</h2><ul><li>Barbara Plank, LMU Munich (chair)</li>"
        "<li>Eva Vanmassenhove, Tilburg University</li><li>Pieter Delobelle, KU Leuven</li></ul></section>"
    )
    out = lines(cleaner.clean_html(_page(team), url=URL))
    assert "- Eva Vanmassenhove, Tilburg University" in out


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
