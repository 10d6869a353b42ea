"""Red team of the Norwegian and Slovak vocabularies (rules/lang/no.toml, sk.toml).

For each table, sentences a journalist would write that its patterns could catch, each at the head,
middle and tail of a short article in its language (told by the profile, no language forced); then
short lines (one-line quotes, headings) that cannot live in ``fixtures/negatives/<lang>.txt``, which
also puts every line first in a text, where a heading is the page's title; then the residue the
narrowed patterns must still take, with the pass that takes it.
"""

from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

#: Per language, per table: article sentences that resemble the table's residue.
TABLE_LINES: dict[str, dict[str, list[str]]] = {
    "no": {
        "comments": [
            "Skriv en kommentar i avisen, foreslo hun til naboen.",
            "Tolv kommentarer til loven kom inn i høringen.",
            "Vis alle kommentarer til utvalget, krevde opposisjonen.",
            "Logg inn for å kommentere er et krav mange nettaviser har innført, viser en undersøkelse.",
            "Kommentarfeltet ble stengt etter trusler mot journalisten, opplyser redaktøren.",
        ],
        "cookies": [
            "Vi bruker informasjonskapsler for å lære av brukerne, sier direktøren i Datatilsynet.",
            "Ved å fortsette å bruke tjenesten godtar du vilkårene, sto det i brevet fra banken.",
            "Godta alle forslag uten debatt, ville ingen av partiene.",
            "Avvis alle krav om lønnstillegg, var rådet fra NHO.",
            "Innstillinger på telefonen kan endres av foreldrene.",
        ],
        "credits": [
            "Foto ble hennes yrke etter at hun flyttet til Bergen.",
            "Bildet av statsministeren gikk verden rundt.",
            "Kilden til lekkasjen er fortsatt ukjent, opplyser politiet.",
            "Artikkelen ble først publisert i Dagbladet, og forfatteren fikk mange reaksjoner.",
            "Annonse for leiligheten sto i avisen i tre uker.",
        ],
        "metadata": [
            "Publisert i 1995, var boken lenge utsolgt.",
            "Oppdatert informasjon om været kommer hver time, lover Meteorologisk institutt.",
            "Av og til må man si nei, sa hun.",
            "Tekst og bilder fra turen ble samlet i en bok.",
            "21. mars 2024 ble en historisk dag for klubben.",
        ],
        "promos": [
            "Les også boken hennes fra 2019, anbefaler kritikeren.",
            "Se videoen som politiet har lagt ut, oppfordret foreldrene.",
            "Flere saker om svindel er meldt til politiet i år.",
            "Akkurat nå er det over 200 personer på venteliste.",
            "Direkte fra fjøset går melken til meieriet.",
        ],
        "signup": [
            "Meld deg på kurset i god tid, sier arrangøren.",
            "Abonner på strøm fra naboen, foreslo ingen.",
            "Opprett en konto i banken før du begynner i jobben.",
            "Bli medlem av laget var det første han gjorde i byen.",
            "Denne artikkelen er kun for abonnenter, sto det på lappen som hang på døren til klubbhuset.",
        ],
        "widgets": [
            "Del maten med naboene, oppfordret presten.",
            "Følg oss til fjells, sa guiden med et smil.",
            "Kopier lenke til søknaden og send den til kommunen.",
            "Legg til i kalenderen at fristen er 1. mai.",
            "Var denne avgjørelsen riktig, spurte dommeren.",
        ],
    },
    "sk": {
        "comments": [
            "Napíšte komentár k zákonu, vyzval poslanec občanov.",
            "Dvanásť komentárov k zákonu prišlo počas pripomienkového konania.",
            "Zobraziť všetky komentáre k návrhu žiadala opozícia.",
            "Diskusia bola uzavretá až po polnoci, uviedol predsedajúci.",
            "Komentáre pod článkom boli čoraz vulgárnejšie, priznala redakcia.",
        ],
        "cookies": [
            "Používame súbory cookies len na štatistiku, tvrdí firma v odpovedi úradu.",
            "Súhlasím, povedal minister, ale treba počkať na rozpočet.",
            "Prijať všetko bez diskusie nechcela ani jedna strana.",
            "Nastavenia telefónu môžu zmeniť aj rodičia.",
            "Táto stránka používa cookies, ktoré úrad považuje za nezákonné.",
        ],
        "credits": [
            "Foto z dovolenky mu prinieslo problémy v práci.",
            "Snímka prezidenta obletela celý svet.",
            "Zdroj informácií ministerstvo odmietlo prezradiť.",
            "Text vyšiel najprv v denníku Sme, kde vyvolal búrlivú diskusiu.",
            "Reklama na byt visela v novinách tri týždne.",
        ],
        "metadata": [
            "Publikované v roku 1995, dielo bolo dlho vypredané.",
            "Aktualizované údaje o počasí prinesie ústav každú hodinu.",
            "Autor zákona Ján Novák odmietol kritiku.",
            "21. marca 2024 bol pre klub historický deň.",
            "Dnes o 14:05 sa začne mimoriadne rokovanie vlády.",
        ],
        "promos": [
            "Čítajte aj malé písmo v zmluve, radí ombudsman.",
            "Pozrite si video, ktoré polícia zverejnila, vyzvali rodičov.",
            "Ďalšie články o podvodoch polícia eviduje každý týždeň.",
            "Najčítanejšie knihy roka vybrali knihovníci.",
            "Odporúčame, aby ste si pred cestou skontrolovali pas.",
        ],
        "signup": [
            "Prihláste sa na kurz včas, hovorí organizátorka.",
            "Zaregistrujte sa na úrade práce do troch dní od výpovede.",
            "Staňte sa členom klubu, lákal predseda nových hráčov.",
            "Tento článok je dostupný len pre predplatiteľov, písalo sa na lístku na dverách klubovne.",
            "Predplatné novín si seniori môžu odpočítať z daní.",
        ],
        "widgets": [
            "Zdieľať jedlo so susedmi odporúča farár.",
            "Sledujte nás do hôr, povedal horský vodca s úsmevom.",
            "Kopírovať odkaz na žiadosť nestačí, treba ju podpísať.",
            "Pridať do košíka sa dalo len jeden kus, sťažovali sa zákazníci.",
            "Bola táto reforma užitočná, pýtali sa ekonómovia v štúdii.",
        ],
    },
}

TABLE_PARAMS = [
    pytest.param(lang, line, position, id=f"{lang}:{table}:{position}:{line[:40]}")
    for lang, tables in TABLE_LINES.items()
    for table, lines in tables.items()
    for line in lines
    for position in ("head", "middle", "tail")
]


@pytest.mark.parametrize(("lang", "line", "position"), TABLE_PARAMS)
def test_table_look_alike_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


@pytest.mark.parametrize(("lang", "line", "position"), TABLE_PARAMS)
def test_table_look_alike_survives_forced(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position), language=lang)


SHORT_LINES: dict[str, list[str]] = {
    "no": [
        # one-line quotes: a consent, share or sign-up button has no full stop or exclamation mark
        "Godta!",
        "Jeg forstår.",
        "Lukk!",
        "Forstått.",
        "Del!",
        "Lagre!",
        "Kjøp!",
        "Nei takk.",
        # subheadings
        "Hva skjer nå?",
        "Copyright er et komplisert område i den digitale verden",
        "Opphavsrett og ytringsfrihet kolliderer i retten",
    ],
    "sk": [
        "Súhlasím.",
        "Rozumiem.",
        "Zavrieť!",
        "Zdieľajte!",
        "Uložiť!",
        "Nie, ďakujem.",
        "Možno neskôr.",
        # subheadings
        "Čo bude ďalej?",
        "Autorské práva v digitálnom svete",
        "Diskusia o rozpočte pokračuje",
    ],
}


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        # the narrowed patterns still take the residue they were written for
        ("no", "Last ned appen vår og få varsler", "call-to-action"),  # (longer, it reads as prose and stays)
        ("no", "Opprett en gratis konto og les alt innholdet vårt.", "newsletter-prompt"),
        ("no", "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse.", "cookie-notice"),
        ("no", "Meld deg på nyhetsbrevet vårt", "newsletter-prompt"),
        ("no", "Kronikken gir uttrykk for skribentens egne meninger.", "copyright"),
        ("no", "Alle rettigheter reservert", "copyright"),
        ("sk", "Stiahnite si našu aplikáciu a majte správy vždy poruke", "call-to-action"),
        ("sk", "Táto stránka používa súbory cookies na zlepšenie vášho zážitku.", "cookie-notice"),
        ("sk", "Tento článok je dostupný len pre predplatiteľov.", "paywall"),
        ("sk", "Text vyjadruje osobný názor autora.", "copyright"),
        ("sk", "Všetky práva vyhradené", "copyright"),
    ],
)
def test_residue_still_removed(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES[lang], line, pass_name)
