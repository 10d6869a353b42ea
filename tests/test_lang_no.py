"""Norwegian (Bokmål) pages: a probe of scraped texts in the genres and outlet styles Norwegian sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink (the probe's measure: see the commit adding
``rules/lang/no.toml`` for the numbers before and after the Norwegian vocabulary).

Norwegian and Danish share most function words; the language profile lets them vote as one and
their own words ("ble", "etter", "å" against "blev", "efter", "at") pick one: the tests at the end
tell short and long pages of each apart, both ways, and from Swedish.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import judge, page_text, tagged_probe_tests

from cleaner import language

CASES = {
    # a national news site: a menu, dateline and byline, promos inside the text, credits, comments
    "news": """\
R Nyheter
R Innenriks
R Utenriks
R Økonomi
R Sport
T Stortinget vedtok lavere moms på strøm
R Publisert 21. mars 2024 kl. 14.05
R Oppdatert 21. mars 2024 kl. 16.30
R Av Kari Nordmann
A Stortinget vedtok onsdag regjeringens forslag om å senke momsen på strøm for husholdninger. Forslaget fikk støtte fra 91 representanter, mens 78 stemte imot.
A Endringen gjelder fra 1. mai og betyr at en vanlig husholdning vil spare rundt 2000 kroner i året, ifølge Finansdepartementet.
R Les også: Strømprisen stiger igjen – så mye dyrere blir det i april
A Finansministeren forsvarte forslaget i debatten og sa at familiene i distriktene har blitt hardest rammet av de høye prisene.
A – Dette er en reform for dem som ikke kan velge bort strømmen, sa hun.
R LES OGSÅ: Opposisjonen krever svar om klimamålene
A Opposisjonen kritiserte vedtaket og pekte på at det blir mindre penger til investeringer i nettet.
A Hva skjer nå?
A Skatteetaten skal nå informere kraftselskapene om de nye satsene.
R Foto: Heiko Junge / NTB
R Del artikkelen
R Facebook
R X
R Kopier lenke
R Kommentarer (12)
R Ola_77
R 21. mars 2024 kl. 15.10
R Endelig noe som hjelper oss som bor på bygda.
R Svar
R Rapporter
R Logg inn for å kommentere
""",
    # a regional paper: labelled dates, the most-read list, a newsletter box, the footer
    "regional": """\
R Forsiden
R Nyheter
R Bergen
R Publisert: 21.03.2024 14:05
R Sist oppdatert: 21.03.2024 16:30
T Veiarbeidet i Nygårdsgaten tar lengre tid enn ventet
A Siden mandag har Nygårdsgaten vært stengt for biltrafikk mellom Festplassen og Nygårdsparken. Kommunen skifter ut vannledninger og legger ny asfalt.
A Ifølge kommunen skal arbeidet være ferdig i slutten av oktober. Bybanen går som normalt, men bussene blir lagt om.
R Mest lest
R Brann i boligblokk på Loddefjord – ti personer evakuert
R Slik blir nye Bryggen – se bildene
A Beboerne i området klager på at informasjonen om omkjøringene har vært dårlig. – Ingen sa noe om at bussen ikke skulle stoppe her lenger, sier Kari, som bor i gaten.
A Kommunen lover at skiltingen skal bli bedre allerede denne uken.
R Meld deg på nyhetsbrevet vårt
R De viktigste nyhetene fra Bergen rett i innboksen din.
R Din e-postadresse
R Abonner
R Ansvarlig redaktør: Per Hansen
R Alle rettigheter reservert
""",
    # a business site: quote widgets around a report with figures
    "business": """\
R Børs
R Valuta
R Aksjer
T Equinor øker utbyttet – aksjen stiger
R 21. mars 2024 08:45
A Equinor fikk et driftsresultat på 7,9 milliarder dollar i fjerde kvartal, ifølge selskapets kvartalsrapport. Resultatet var bedre enn analytikerne hadde ventet.
A Nøkkeltall for året:
A Driftsinntekter: 107 milliarder dollar
A Utbytte per aksje: 0,35 dollar
A Konsernsjefen sier at selskapet vil fortsette å investere i havvind, men i et lavere tempo enn før.
R Equinor
R 285,40 NOK
R +3,20%
R Legg til i favoritter
R Kursene er forsinket med minst 15 minutter.
R Annonse
A Aksjen steg med mer enn tre prosent på Oslo Børs etter at tallene ble lagt fram.
R Les mer om
R Børs og finans
""",
    # a tabloid: a live label, a paywall, share bar, an app promotion, a cookie bar at the bottom
    "tabloid": """\
R DIREKTE: Alt om stormen
T Stormen «Ingunn» herjer på Vestlandet: – Hold dere inne
A Meteorologisk institutt har sendt ut rødt farevarsel for store deler av Vestlandet. Vindkastene kan nå 40 meter i sekundet.
A Politiet ber folk holde seg inne og ikke ferdes ute med mindre det er strengt nødvendig.
A «Vi har ikke sett maken på mange år», sier vakthavende meteorolog.
R Denne artikkelen er kun for abonnenter.
R Allerede abonnent? Logg inn
R Kjøp abonnement
R Del på Facebook
R Last ned appen vår og få varsler om ekstremvær
R Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse og for å vise relevant reklame.
R Godta alle
R Innstillinger
""",
    # a sports site: a match report with a league table
    "sport": """\
R Fotball
R Eliteserien
T Bodø/Glimt vant 3–1 borte mot Molde
A Bodø/Glimt tok søndag en viktig seier på Aker stadion og er nå alene på toppen av tabellen.
A Målene ble scoret av Hauge, Berg og Pellegrino, mens Molde reduserte på straffe like før pause.
A Tabellen etter 10 runder:
A 1. Bodø/Glimt 10 25
A 2. Brann 10 22
A 3. Molde 10 19
A – Vi spilte vår beste kamp denne sesongen, sa treneren etter kampen.
R Se høydepunktene
R Del
R Flere saker om Eliteserien
""",
    # a blog: a how-to with imperatives, then the WordPress comment form in Norwegian
    "blog": """\
T Ei uke i Lofoten – vår rute dag for dag
R Publisert 12. august 2023 av Kari
A I år bestemte vi oss for å tilbringe sommerferien i Lofoten. Vi gikk i fjellet i sju dager, sov på hytter og spiste den beste fiskesuppen i hele livet.
A Første dag gikk vi opp på Reinebringen. Stien er godt merket, men i varmen er den krevende.
A Hva bør du ta med deg?
A Først og fremst gode sko, en vanntett jakke og nok vann. Husk også solkrem, selv om det er kaldt.
A Har du spørsmål om turen, skriv gjerne en kommentar nedenfor!
R Del dette:
R Facebook
R Liker dette:
R 12 kommentarer
R Tomas
R 13. august 2023 kl. 09:12
R Flott innlegg, vi skal dit neste sommer!
R Svar
R Legg igjen en kommentar
R Din e-postadresse vil ikke bli publisert. Obligatoriske felt er merket med *
R Lagre mitt navn, e-post og nettside i denne nettleseren for neste gang jeg kommenterer.
R Publiser kommentar
""",
    # a shop product page: cart, reviews, free-shipping banner, the product text and its facts
    "shop": """\
R Fri frakt over 500 kr | 30 dagers åpent kjøp
R Hjem > Kjøkken > Kaffetraktere
T Moccamaster KBG Select kaffetrakter, svart
A Moccamaster KBG Select trakter en hel kanne kaffe på seks minutter og holder den varm i inntil 100 minutter.
A Traktestyrken kan justeres for halv eller hel kanne.
A Kapasitet: 1,25 liter
A Effekt: 1520 W
R 2 499,-
R Legg i handlekurven
R Legg til i ønskelisten
R Anmeldelser (48)
R Skriv en anmeldelse
R Var denne anmeldelsen nyttig?
R Ja (12)
R Nei (1)
""",
    # a recipe: the recipe card's buttons, imperative steps that must survive
    "recipe": """\
R Hopp til oppskrift
R Skriv ut oppskrift
T Fiskesuppe med laks og torsk
A En fyldig fiskesuppe er perfekt en kald høstkveld. Denne oppskriften gir fire porsjoner.
A Ingredienser:
A 400 g laks
A 300 g torsk
A 2 gulrøtter
A Slik gjør du:
A Kok opp kraften og tilsett grønnsakene. La det småkoke i ti minutter.
A Legg i fisken og la den trekke i fem minutter. Smak til med salt og pepper.
R Har du prøvd oppskriften? Del bildet ditt på Instagram!
R Lagre oppskriften
R Flere oppskrifter
""",
    # a municipality's page: a notice about roadworks with the page's service lines
    "kommune": """\
R Hopp til hovedinnhold
R Drammen kommune
R Tjenester
T Stenging av Bragernes torg i sommer
A Bragernes torg stenges for all trafikk fra 1. juni til 15. august mens kommunen legger nytt dekke og nye vannrør.
A Bussene kjører i denne perioden fra Strømsø torg. Beboere med parkeringstillatelse kan parkere i Bragernes parkeringshus.
A Har du spørsmål, kan du kontakte servicetorget på telefon 32 04 00 00.
R Var denne siden nyttig?
R Ja
R Nei
R Sist oppdatert: 21.03.2024
R Personvernerklæring
R Tilgjengelighetserklæring
""",
    # a press release on a newswire: its genre label, the contact block and the boilerplate
    "press": """\
R Pressemelding
T Norsk Hydro åpner nytt gjenvinningsanlegg på Karmøy
A Norsk Hydro åpner torsdag et nytt anlegg for gjenvinning av aluminium på Karmøy. Anlegget vil kunne ta imot 120 000 tonn skrapmetall i året.
A – Dette er et viktig steg mot en sirkulær aluminiumsindustri, sier konsernsjefen.
A Anlegget gir 60 nye arbeidsplasser i regionen.
R Del denne pressemeldingen
R Abonner på pressemeldinger
""",
    # a long-read with a signed opinion column's disclaimer and a tip line at the end
    "longread": """\
R Meninger
R Kronikk
T Hvorfor vi må snakke om ensomhet blant eldre
R Lesetid: 6 min
A Hver tredje person over 80 år sier at de ofte føler seg ensomme, ifølge en ny undersøkelse fra Folkehelseinstituttet.
A Det er et tall vi ikke kan leve med. Ensomhet øker risikoen for hjertesykdom, demens og tidlig død.
A Kommentarer fra pårørende viser at mange eldre går i flere dager uten å snakke med noen.
A Vi må bygge nabolag der det er lett å møte hverandre.
A Hva kan du gjøre?
A Ring en eldre nabo. Inviter til kaffe. Følg med på om noen har blitt borte.
R Kronikken gir uttrykk for skribentens egne meninger.
R Har du tips? Send oss en e-post på tips@avisa.no
R Copyright © 2024 Avisa AS
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    "business": 5,  # the quote widget's name, price and change; a "Les mer om" tag heading and its tag
    "longread": 2,  # the section words at the head ("Meninger", "Kronikk")
    "press": 1,  # "Pressemelding": the genre's label
    "shop": 1,  # no word only Norwegian or only Danish has: Danish tables ("fri fragt", not "fri frakt")
    "sport": 2,  # the section words at the head
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT
)


@pytest.mark.parametrize("key", sorted(CASES))
def test_forced_norwegian_and_nb_nn_tags_lose_no_article_line(key: str) -> None:
    for tag in ("no", "nb", "nn", "nb-NO"):
        lost, _left = judge(CASES[key], language=tag)
        assert lost == [], tag


# -- telling Norwegian from Danish and Swedish ---------------------------------------------------

#: Pages with enough prose to be told by the profile's clear answer.
PROSE_PAGES = ["news", "regional", "business", "tabloid", "blog", "recipe", "kommune", "press", "longread"]


@pytest.mark.parametrize("key", PROSE_PAGES)
def test_pages_with_prose_are_told_norwegian(key: str) -> None:
    assert language.guess_by_stopwords(page_text(CASES[key])) == "no"


@pytest.mark.parametrize("key", sorted(set(CASES) - {"shop"}))
def test_every_page_leans_norwegian(key: str) -> None:
    # a page of lists and headings (the league table) leans; no page leans Danish
    assert language.lean_by_stopwords(page_text(CASES[key])) in ("no", None)
    assert language.guess_by_stopwords(page_text(CASES[key])) in ("no", None)


def test_a_page_without_either_languages_own_words_goes_danish() -> None:
    # the shop page has "i", "til", "over" and no word only Norwegian or only Danish has: the pair's
    # votes go to Danish, as a Danish page of the same shape must (its Danish tables stay)
    assert language.lean_by_stopwords(page_text(CASES["shop"])) == "da"


#: Short texts: two or three sentences, each told its own language (Norwegian, Danish, Swedish, and the
#: Nynorsk written in Western Norway).
SHORT = {
    "no": "Regjeringen la tirsdag fram forslaget til statsbudsjett. Etter flere uker med forhandlinger ble partiene enige om å øke bevilgningene til sykehusene. Opposisjonen mener at det ikke er nok, og sier at de vil stemme mot.",
    "no_2": "Politiet fikk melding om brannen like etter midnatt. Ingen ble skadet, men huset ble totalt ødelagt, opplyser operasjonslederen. Årsaken er ikke kjent, og det blir etterforsket videre.",
    "nn": "Regjeringa la fram forslaget til statsbudsjett på tysdag. Etter fleire veker med forhandlingar vart partia samde om å auke løyvingane til sjukehusa. Opposisjonen meiner at det ikkje er nok, og seier at dei vil røyste mot.",
    "da": "Regeringen fremlagde tirsdag forslaget til finansloven. Efter flere ugers forhandlinger blev partierne enige om at øge bevillingerne til sygehusene. Oppositionen mener, at det ikke er nok, og siger, at de vil stemme imod.",
    "da_2": "Politiet fik en anmeldelse om branden lige efter midnat. Ingen kom til skade, men huset blev totalt ødelagt, oplyser vagtchefen. Årsagen er ikke kendt, og den bliver efterforsket.",
    "sv": "Regeringen lade på tisdagen fram förslaget till statsbudget. Efter flera veckors förhandlingar kom partierna överens om att öka anslagen till sjukhusen. Oppositionen menar att det inte räcker och säger att de kommer att rösta emot.",
}


@pytest.mark.parametrize("key", sorted(SHORT))
def test_short_texts_are_told_apart(key: str) -> None:
    want = {"nn": "no", "no_2": "no", "da_2": "da"}.get(key, key)
    assert language.guess_by_stopwords(SHORT[key]) == want
    assert language.lean_by_stopwords(SHORT[key]) == want


#: Short list pages: a few function words among product names, prices and headings.
LIST_PAGES = {
    "no": "Tilbud denne uken\nKaffetrakter for hele familien – nå 1 499,-\nStøvsuger med lang ledning og HEPA-filter\nSe alle tilbud på kjøkkenutstyr\nDette er nytt i butikken etter påske\nHva er det beste kjøpet for deg?\nLevering på 1–3 dager\nGratis retur innen 30 dager",
    "da": "Tilbud i denne uge\nKaffemaskine til hele familien – nu 1.499 kr.\nStøvsuger med lang ledning og HEPA-filter\nSe alle tilbud på køkkenudstyr\nDet er nyt i butikken efter påske\nHvad er det bedste køb for dig?\nLevering på 1–3 dage\nGratis retur inden for 30 dage",
}


@pytest.mark.parametrize("key", sorted(LIST_PAGES))
def test_short_list_pages_lean_their_own_way(key: str) -> None:
    assert language.lean_by_stopwords(LIST_PAGES[key]) == key


def test_long_pages_are_told_apart() -> None:
    from test_lang_scandinavian import CASES as SCANDINAVIAN

    norwegian = "\n".join(page_text(CASES[k]) for k in PROSE_PAGES)
    danish = "\n".join(page_text(v) for k, v in sorted(SCANDINAVIAN.items()) if k.startswith("da_"))
    swedish = "\n".join(page_text(v) for k, v in sorted(SCANDINAVIAN.items()) if k.startswith("sv_"))
    # the profile reads a bounded sample: each long page is told by its start and by its end
    for text, want in ((norwegian, "no"), (danish, "da"), (swedish, "sv")):
        assert language.guess_by_stopwords(text) == want
        tail = text[-3000:]
        assert language.guess_by_stopwords(tail[tail.index("\n") + 1 :]) == want


def test_danish_pages_are_not_told_norwegian() -> None:
    from test_lang_scandinavian import CASES as SCANDINAVIAN

    for key, case in SCANDINAVIAN.items():
        text = page_text(case)
        assert language.guess_by_stopwords(text) != "no", key
        assert language.lean_by_stopwords(text) != "no", key
