"""Dutch pages, a second probe: Dutch and Flemish outlets in genres the first probe
(``test_lang_nl.py``) was not written from.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Half of the pages are what a naive scraper keeps (all the visible text: a national broadcaster's
news page, a regional paper's plus article behind its paywall prompt, an Eredivisie match report
with the standings, a gemeente's notice), half what an extractor lets through (a Flemish daily's
story, a recipe, a blog with its comments, a business news page's story with its market lines).
The article lines resemble residue on purpose: reported speech about comments, newsletters,
sharing and photos; a recipe's imperatives; subheadings without punctuation; list items, a
match's line-ups and number lines.

Measured when the probe was written, before any rule change (8 pages, 65 article and 149 residue
lines): article lines lost 7 (a broadcaster's "Reacties" subheading, taken as a comment widget's
label; a story's "Winnaars en verliezers" table and a blog's "Wat ik meenam" list heading after the
last long paragraph, taken as a footer run; a match's "Toeschouwers: 47.500" under its referee),
residue lines left 20. After: article lines lost 0, residue lines left 14 (market lines, a score
box and standings, reporters' names, a footer address, a recipe's time and servings).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    assert_gate_admits,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a national broadcaster's news page: menu, section, time line, share row, "Lees ook"
    # box, "Meer over" tags, app promo, footer
    "naive_omroep": """\
R Ga naar de inhoud
R Nieuws
R Sport
R Live
R Uitzendingen
R Zoeken
R Binnenland
T Kabinet wil huurstijging in vrije sector beperken tot inflatie plus één procent
R Gisteren, 21:14
R Aangepast vandaag, 07:02
A Het kabinet wil dat huren in de vrije sector de komende drie jaar met niet meer stijgen dan de inflatie plus één procentpunt. Dat staat in een wetsvoorstel dat minister De Jonge vandaag naar de Tweede Kamer stuurt.
A Nu mogen verhuurders de huur elk jaar met maximaal 5,5 procent verhogen. Huurdersorganisaties vinden dat te veel, verhuurders zeggen dat de regels investeringen tegenhouden.
A "Dit is een eerlijk compromis", zegt De Jonge.
R Lees ook
R Huurders in vrije sector betalen gemiddeld 1100 euro per maand
R Zo werkt de huurtoeslag in 2024
A Reacties
A De Woonbond reageert positief, maar wil dat de regel ook geldt voor huurders met een tijdelijk contract. Vastgoedbelang spreekt van "een klap voor de middenhuur".
A De Tweede Kamer debatteert na de zomer over het voorstel.
R Meer over
R Wonen
R Huurwoningen
R Hugo de Jonge
R Deel artikel:
R Delen op Facebook
R Delen op X
R Delen via WhatsApp
R Download de app
R Over ons
R Contact
R Privacy
R Cookies
R © 2024 Nederlandse Omroep Stichting
""",
    # NAIVE: a regional paper's plus article: cookie wall, menu, the "Plus" label, the paywall box
    # after the first paragraphs, newsletter box, footer
    "naive_regionaal": """\
R Wij en onze partners gebruiken cookies en vergelijkbare technieken om content en advertenties te personaliseren. Klik op Akkoord om verder te gaan.
R Akkoord
R Instellingen aanpassen
R Regio
R Groningen
R Drenthe
R Sport
R Abonneren
R Inloggen
R Plus
T Boer Jan uit Ter Apel stopt na 40 jaar: 'De regels veranderen sneller dan mijn koeien'
R Marleen Bakker
R 12-04-24, 06:00
R Laatste update: 12-04-24, 09:30
A Na veertig jaar stopt melkveehouder Jan Hofstede (63) uit Ter Apel met zijn bedrijf. Zijn 120 koeien gaan volgende maand naar een boer in Duitsland.
A "Ik heb het altijd graag gedaan, maar de lol is eraf", zegt hij aan de keukentafel.
A Geen opvolger
A Zijn twee dochters wonen in Groningen en hebben geen interesse in het bedrijf. Dat merkt hij ook bij collega's in de buurt: van de zeven boeren aan zijn weg zijn er nog drie over.
R Dit is een Plus-artikel
R Lees verder met een abonnement
R Word abonnee en lees onbeperkt alle artikelen
R Probeer 1 maand voor € 1
R Al abonnee? Log in
R Ontvang onze nieuwsbrief
R Elke ochtend het belangrijkste nieuws uit de regio in je mailbox.
R Aanmelden
R Meest gelezen
R Verkeersdrukte op de A7 na ongeluk bij Hoogezand
R Nieuwe supermarkt in Stadskanaal opent deze zomer
R Colofon
R Adverteren
R Klantenservice
R © 2024 Mediahuis Noord
""",
    # NAIVE: an Eredivisie match report: menu, the score box, the report with line-ups and goals,
    # the standings, "Lees ook" box, comment count, footer
    "naive_eredivisie": """\
R Voetbal
R Eredivisie
R Champions League
R Oranje
R Uitslagen & standen
R Eredivisie
T Feyenoord wint Klassieker overtuigend van Ajax
R Zondag 7 april 2024, 16:35
R Feyenoord
R 6 - 0
R Ajax
A Feyenoord heeft Ajax zondag in De Kuip met 6-0 verslagen. Santiago Giménez scoorde twee keer, Calvin Stengs, Quinten Timber, Yankuba Minteh en Igor Paixão maakten de andere doelpunten.
A Ajax was vanaf de eerste minuut kansloos. Bij rust stond het al 3-0 en keeper Diant Ramaj moest meerdere keren redding brengen.
A "We hebben vandaag gespeeld zoals we dat willen", zei trainer Arne Slot na afloop.
A Door de overwinning blijft Feyenoord tweede, op dertien punten van koploper PSV.
A Opstellingen
A Feyenoord: Wellenreuther; Geertruida, Beelen, Hancko, Hartman; Timber, Zerrouki, Stengs; Minteh, Giménez, Paixão.
A Ajax: Ramaj; Rensch, Sutalo, Hato, Kaplan; Van den Boomen, Taylor, Mannsverk; Akpom, Brobbey, Berghuis.
A Scheidsrechter: Danny Makkelie
A Toeschouwers: 47.500
R Stand Eredivisie
R 1. PSV 29 81
R 2. Feyenoord 29 68
R 3. Twente 29 62
R 4. AZ 29 56
R Volledige stand
R Lees ook
R Slot: 'Dit is de mooiste overwinning van mijn tijd hier'
R Van 't Schip na 6-0: 'Dit raakt me diep'
R 214 reacties
R Bekijk alle reacties
R Privacyverklaring
R Cookieverklaring
R Gebruiksvoorwaarden
""",
    # NAIVE: a gemeente's notice: the site's menu, breadcrumb, the notice with its list, the
    # "Deel deze pagina" and "Was deze informatie nuttig?" boxes, footer
    "naive_gemeente": """\
R Direct naar inhoud
R Inwoners
R Ondernemers
R Bestuur en organisatie
R Zoeken
R Home > Nieuws > Afval
T Vanaf 1 juli nieuwe afvalkalender: gft wordt elke week opgehaald
A Vanaf 1 juli 2024 haalt de gemeente het groente-, fruit- en tuinafval elke week op in plaats van om de week. Het restafval wordt dan nog maar één keer per vier weken opgehaald.
A Waarom deze verandering?
A Uit onderzoek blijkt dat er nog veel gft in de grijze container belandt. Door gft vaker op te halen, hopen we dat inwoners beter gaan scheiden.
A Wat verandert er voor u?
A Uw gft-container wordt elke dinsdag geleegd
A Restafval wordt om de vier weken op donderdag opgehaald
A Papier blijft zoals het is
A Zet uw container vóór 7.30 uur aan de straat, met de handgreep naar de weg. Bekijk de nieuwe afvalkalender in de Afvalwijzer-app.
A Heeft u vragen? Bel dan met 14 0591 of mail naar afval@gemeente.nl.
R Deel deze pagina
R Facebook
R LinkedIn
R E-mail
R Was deze informatie nuttig?
R Ja
R Nee
R Gemeente Emmen
R Raadhuisplein 1, 7811 AP Emmen
R Telefoon 14 0591
R Privacyverklaring
R Toegankelijkheid
R Proclaimer
""",
    # EXTRACTOR: a Flemish daily's story: the byline and time, photo credits, a "Lees ook" line in the
    # middle, the newsletter prompt, the tip line, the paywall tail
    "vlaams_dagblad": """\
T Antwerpse Ring: tunnel onder Schelde pas in 2031 klaar, kostprijs stijgt met 400 miljoen euro
R Tom Peeters
R Vandaag om 14:42
A De Oosterweelverbinding rond Antwerpen zal pas in 2031 volledig klaar zijn, twee jaar later dan gepland. Dat heeft Lantis, de bouwheer, woensdag bekendgemaakt.
A De Scheldetunnel is het moeilijkste stuk: bij het afzinken van de eerste tunnelelementen bleek de bodem op sommige plaatsen zachter dan verwacht.
R De werf van de Scheldetunnel in Antwerpen. © BELGA
A Vlaams minister van Mobiliteit Lydia Peeters noemt de vertraging "jammer maar niet onoverkomelijk". De oppositie eist een debat in het Vlaams Parlement.
R LEES OOK. Oosterweel: dit moet je weten over de werken in 2024
A Hinder voor pendelaars
A Voor pendelaars verandert er voorlopig weinig. De afrit Linkeroever blijft tot eind dit jaar dicht, in het weekend is de Kennedytunnel af en toe volledig afgesloten.
A Op sociale media regent het reacties van chauffeurs die al jaren in de file staan.
R Ontvang onze nieuwsbrief met het belangrijkste nieuws uit Antwerpen
R Heb je een tip voor onze redactie? Mail naar tips@dagblad.be
R Lees meer over: Oosterweel, Antwerpen, Mobiliteit
R Dit artikel is gratis voor geregistreerde gebruikers.
""",
    # EXTRACTOR: a recipe: the labels, ingredients, steps as imperatives, "Bewaar recept", the rating
    # and the comments
    "recept": """\
T Stamppot andijvie met spekjes en gehaktbal
A Een klassieker voor doordeweeks: klaar in een half uur, en de kinderen eten het ook.
R Bereidingstijd: 30 min
R 4 personen
R Bewaar recept
R Print
A Ingrediënten
A 1 kg kruimige aardappelen
A 400 g andijvie, fijngesneden
A 150 g spekblokjes
A 4 gehaktballen
A 100 ml warme melk
A Bereiding
A Schil de aardappelen, snijd ze in stukken en kook ze in ongeveer 20 minuten gaar.
A Bak intussen de spekjes in een droge koekenpan krokant en laat ze uitlekken op keukenpapier.
A Giet de aardappelen af en stamp ze fijn met de warme melk. Schep de rauwe andijvie en de spekjes erdoor.
A Breng op smaak met peper, zout en een beetje nootmuskaat.
A Tip: deel de stamppot niet te vroeg op, dan slinkt de andijvie te veel.
R Beoordeel dit recept
R 4,6 (318 stemmen)
R Deel dit recept
R Meer recepten
R Zuurkool met worst
R Hutspot met klapstuk
R Reacties (12)
R Annemiek
R 3 november 2023 om 18:02
R Heerlijk! Ik doe er altijd nog wat mosterd door.
R Reageer
R Henk van Dijk
R 5 november 2023 om 12:40
R Kan dit ook met diepvriesandijvie?
R Reageer
""",
    # EXTRACTOR: a cycling blog post and its comments: author line, tags, the comment form text,
    # the comments with names, dates and "Beantwoorden"
    "blog_fiets": """\
T Met de fiets door de Ardennen: mijn route van vier dagen
R Geplaatst op 18 juni 2024 door Sanne
R 9 reacties
A Vorige maand fietste ik in vier dagen van Luik naar Bouillon. Veel mensen vroegen in de reacties op mijn vorige blog naar de route, dus hier is hij.
A Dag 1: Luik – Spa
A Meteen een pittige start. De Côte de la Redoute is maar twee kilometer, maar met bagage voelt het als tien.
A Dag 2: Spa – La Roche
A Het mooiste stuk van de tocht, door de bossen langs de Amblève. Neem genoeg water mee, want onderweg zijn weinig winkels.
A Wat ik meenam
A Twee fietstassen van 20 liter
A Regenjas en een extra trui
A Een powerbank voor de telefoon
A Ik deel de gpx-bestanden graag, stuur me maar een berichtje.
R Categorieën: Fietsen, Reizen
R Tags: Ardennen, bikepacking, België
R 9 reacties
R Marco
R 19 juni 2024 om 08:14
R Mooie route! Hoe was het met overnachten, had je vooraf geboekt?
R Beantwoorden
R Sanne
R 19 juni 2024 om 10:30
R Ja, alles via campings geboekt, in juni was dat nodig.
R Beantwoorden
R Geef een reactie
R Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *
R Reactie plaatsen
""",
    # EXTRACTOR: a business news story: the market lines, byline, photo credit, the "Meer over"
    # tags, the "Lees ook" line, the newsletter and app prompts
    "economie": """\
T AEX sluit hoger dankzij sterke cijfers ASML
R Door ANP
R Vandaag, 17:52
R AEX 905,14 +1,02%
R AMX 918,30 -0,21%
A De Amsterdamse beurs is woensdag hoger gesloten. Chipmachinemaker ASML trok de hoofdindex omhoog na beter dan verwachte kwartaalcijfers.
A De AEX eindigde 1 procent hoger op 905,14 punten. De MidKap zakte 0,2 procent tot 918,30 punten.
A ASML boekte in het eerste kwartaal een omzet van 5,3 miljard euro en ontving voor 3,6 miljard aan nieuwe orders. Het aandeel steeg 6,8 procent.
R Het hoofdkantoor van ASML in Veldhoven. (Foto: ANP)
A Winnaars en verliezers
A ASML: +6,8%
A Philips: +2,1%
A Heineken: -1,4%
A Olie werd iets goedkoper. Een vat Brent kostte 89,80 dollar.
R Lees ook: Beleggers wachten op rentebesluit ECB
R Meer over: Beurs, ASML, AEX
R Volg het laatste economienieuws in onze app. Download hier.
R Schrijf je in voor de dagelijkse nieuwsbrief Economie
""",
}

#: The residue lines each page may still keep (what is left today; lower it when a rule improves).
RESIDUE_LEFT: dict[str, int] = {
    "economie": 2,  # the market lines over the story ("AEX 905,14 +1,02%"): the story's own figures look the same
    "naive_eredivisie": 7,  # the score box ("6 - 0", "Ajax") and the standings under their heading: a report's own table looks the same
    "naive_gemeente": 1,  # the town hall's address in the footer: a notice's own address row looks the same
    "naive_regionaal": 1,  # the reporter's name alone on its line (names are no vocabulary)
    "recept": 2,  # the recipe's time and servings: the recipe's data to a reader who cooks it
    "vlaams_dagblad": 1,  # the reporter's name alone on its line
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="nl", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_dutch, test_probe_pages_are_told_dutch = language_probe_tests(
    CASES, "nl", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("Het hoofdkantoor van ASML in Veldhoven. (Foto: ANP)", "image-credit"),
    ("De werf van de Scheldetunnel in Antwerpen. © BELGA", "image-credit"),
    ("Dit is een Plus-artikel", "paywall"),
    ("Dit artikel is gratis voor geregistreerde gebruikers.", "paywall"),
    ("Probeer 1 maand voor € 1", "paywall"),
    ("Lees meer over: Oosterweel, Antwerpen, Mobiliteit", "teaser-box"),
    ("Volg het laatste economienieuws in onze app. Download hier.", "call-to-action"),
]


test_residue_goes = residue_goes_tests(ARTICLES["nl"], RESIDUE_GOES)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("nl", [line for line, _pass in RESIDUE_GOES])


SHORT_LINES = [
    "Opstellingen",
    "Wat verandert er voor u?",
    "Winnaars en verliezers",
    "Probeer drie weken gratis yoga.",
    "Een plusartikel?",
    "Toeschouwers: 47.500",
    "ASML: +6,8%",
    "Foto's uit de oude doos",
]


test_short_line_survives = short_line_tests(ARTICLES["nl"], SHORT_LINES)

# a subheading over the reactions of parties and groups (at the very end of a text it opens a comment section)
test_reactions_subheading_survives = short_line_tests(ARTICLES["nl"], ["Reacties"], positions=("middle",))


def test_a_list_under_a_subheading_survives_before_a_short_last_sentence() -> None:
    """A subheading over short list items and a short closing sentence after the article's last long
    paragraph ("Wat ik meenam", three items, "Ik deel de gpx-bestanden graag, …") is the article's, with
    the page's residue under it."""
    box = ["Wat ik meenam", "Twee fietstassen van 20 liter", "Regenjas en een extra trui", "Een powerbank voor de telefoon"]
    close = "Ik deel de gpx-bestanden graag, stuur me maar een berichtje."
    page = [*ARTICLES["nl"], *box, close, "Tags: Ardennen, bikepacking", "9 reacties", "Marco", "Mooie route!", "Beantwoorden"]
    kept = cleaner.clean_text("\n".join(page)).split("\n")
    assert [line for line in [*ARTICLES["nl"], *box, close] if line not in kept] == []


def test_winners_and_losers_between_paragraphs_survive() -> None:
    """A story's table of figures under a heading, between its last long paragraph (and a caption that
    goes) and a short closing sentence, is the article's: no gap that cuts the sentence off."""
    table = ["Winnaars en verliezers", "ASML: +6,8%", "Philips: +2,1%", "Heineken: -1,4%"]
    close = "Olie werd iets goedkoper. Een vat Brent kostte 89,80 dollar."
    caption = "Het hoofdkantoor van ASML in Veldhoven. (Foto: ANP)"
    page = [*ARTICLES["nl"], caption, *table, close, "Lees ook: Beleggers wachten op rentebesluit ECB"]
    kept = cleaner.clean_text("\n".join(page)).split("\n")
    assert [line for line in [*ARTICLES["nl"], *table, close] if line not in kept] == []
    assert caption not in kept


def test_the_last_row_of_a_match_s_facts_survives_over_the_standings() -> None:
    rows = ["Scheidsrechter: Danny Makkelie", "Toeschouwers: 47.500"]
    page = [*ARTICLES["nl"], *rows, "Stand Eredivisie", "1. PSV 29 81", "2. Feyenoord 29 68", "Lees ook", "Slot: 'Dit is mooi'", "Privacyverklaring", "Cookieverklaring"]
    kept = cleaner.clean_text("\n".join(page)).split("\n")
    assert [line for line in rows if line not in kept] == []


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_nl_2.py
    report(CASES)
    print("as Dutch:")
    report(CASES, lambda case: judge(case, language="nl"))
