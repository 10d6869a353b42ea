# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team of the Turkish, Swedish and Danish vocabularies: short lines of an article that look like residue,
and Norwegian Bokmål sentences through the Danish tables.

One-line quotes and headings (a word or two, or no sentence punctuation) cannot live in
``fixtures/negatives/<lang>.txt``, which also puts every line first in a text, where a heading is the
page's title. Here each stands in the middle of a short article (and at its end, after the last
paragraph) and must survive with the article around it: a button or a banner's link carries no full
stop or exclamation mark, a quoted "Kapat!" or "Jeg forstår." does. The long sentences of the same red
team are in ``fixtures/negatives/tr.txt``, ``sv.txt`` and ``da.txt``.

Norwegian has no vocabulary of its own and its function words often lean to Danish, whose tables it then
gets: its sentences are run here with the language forced to Danish, at the head, middle and tail of a
Norwegian article.
"""

from __future__ import annotations

import pytest
from probes import assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner

SHORT_LINES: dict[str, list[str]] = {
    "tr": [
        # one-line quotes: a consent, share or sign-up button has no full stop or exclamation mark
        "Anladım.",
        "Kabul ediyorum.",
        "Kapat!",
        "Reddet!",
        "Takip edin!",
        "Bizi izleyin!",
        "Üye ol!",
        "Paylaşın!",
        "Geri dön!",
        "Taahhüt yok.",
        # a subheading (the KVKK footer link "Kişisel verilerin korunması" alone is left to the tables)
        "Haber alma özgürlüğü",
    ],
    "sv": [
        "Acceptera!",
        "Jag förstår.",
        "Stäng!",
        "Okej.",
        "Dela!",
        "Spara!",
        "Sök!",
        "Köp!",
        # a subheading about copyright is not a rights line: no holder, year or © follows the word
        "Copyright är ett komplicerat område i den digitala världen",
        "Upphovsrätt och yttrandefrihet krockar ibland i domstolarna",
    ],
    "da": [
        "Acceptér!",
        "Jeg forstår.",
        "Luk!",
        "Forstået.",
        "Del!",
        "Gem!",
        "Køb!",
        "Copyright er et kompliceret område i den digitale verden",
        "Ophavsret og ytringsfrihed støder sammen i retten",
    ],
}

PARAMS = short_line_params(SHORT_LINES)


@pytest.mark.parametrize(("lang", "line", "position"), PARAMS)
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


NO_ARTICLE = [
    "Bystyret vedtok tirsdag en ny plan for den gamle havna, og dermed er en strid som har vart i mer enn to år om kostnadene og fiskeflåtens framtid over.",
    "Etter planen skal den østre kaia bygges om og åpnes for publikum, mens den vestre siden fortsatt skal brukes av båtene som lander fangsten sin i byen hver morgen.",
    "Flere beboere sa at de var lettet over at det endelig var tatt en avgjørelse, selv om noen av dem advarte om at arbeidet vil skape måneder med uro i de smale gatene ved vannet.",
]

#: Norwegian Bokmål article sentences that mention residue words (comments, cookies, credits, dates,
#: teasers, sign-up, sharing), run through the Danish tables.
NORWEGIAN = [
    'Kommentarene i sosiale medier ble hardere under valgkampen.',
    'Skriv en kommentar til statsråden, oppfordret ordføreren innbyggerne.',
    'Ingen kommentarer fra regjeringen hadde kommet ved lunsjtid.',
    'Kommenter gjerne, sa læreren til elevene.',
    'Kommentarfeltet er stengt etter mange trusler, opplyser avisen.',
    'Vi bruker cookies fra bakeren når vi har barnebursdag.',
    'Denne siden bruker informasjonskapsler på en måte som bryter med loven, ifølge Datatilsynet.',
    'Mer informasjon om ulykken ventes i ettermiddag.',
    'Bilde og tekst spiller sammen i hennes nye bok.',
    'Kilden til utslippet er ennå ikke funnet.',
    'Oversettelse er et undervurdert håndverk, sier hun.',
    'Artikkelen ble publisert i Aftenposten i 1985 og skapte stor debatt.',
    'Annonse i lokalavisen var måten de fant hverandre på.',
    'Reklame rettet mot barn er forbudt i norsk TV.',
    'I samarbeid med politiet har kommunen satt opp nye kameraer.',
    'NTB har forgjeves forsøkt å nå statsråden.',
    'Publisert i 1987 ble boken en umiddelbar suksess.',
    'Oppdatert kunnskap om klimaet trengs i skolen.',
    'Av Norges 357 kommuner har 40 innført gebyret.',
    'Tekst og musikk er skrevet av Alf Prøysen.',
    'Mandag 12. mai begynner skolen igjen etter ferien.',
    'Klokken 14.30 samlet demonstrantene seg foran Stortinget.',
    'For 20 minutter siden kom beskjeden om at skolen stenger.',
    'Les også: boken er en av årets beste, ifølge juryen.',
    'Les mer om hvordan du beskytter deg mot svindel på politiets nettsider.',
    'Se også til at barna har refleks når det blir mørkt.',
    'Mest lest i år var en artikkel om strømprisene.',
    'Følg oss på Instagram, oppfordret politiet etter forsvinningen.',
    'Klikk her og vinn en iPhone, sto det i svindelmeldingen.',
    'Last ned appen BankID før du reiser utenlands.',
    'Har du et tips? Ring politiet på 02800 hvis du har sett noe.',
    'Meld deg på kurset innen fredag, opplyser kommunen.',
    'Nyhetsbrev fra direktoratet sendes ut hver måned.',
    'Abonnement på morgenavis har blitt en luksusvare.',
    'Jeg godtar ikke vilkårene, sa hun til banken.',
    'Les vilkårene nøye før du skriver under, råder Forbrukerrådet.',
    'Bare for medlemmer gjaldt rabatten.',
    'Del arbeidet opp i mindre deler.',
    'Lagre pengene til en regnværsdag.',
    'Følg med på en reise gjennom Finnmark.',
    'Følg pengene, sa etterforskeren.',
    'Søk jobb i god tid hvis du vil ha sommerjobb.',
    'Tilbake til hverdagen, sa han etter ferien.',
    'Bytt språk i appen hvis du ikke forstår.',
    'Velg region først og deretter by.',
    'Sammenlign priser før du velger strømleverandør.',
    'Gratis frakt lokker kunder til nettbutikker.',
]


@pytest.mark.parametrize("position", ["head", "middle", "tail"])
@pytest.mark.parametrize("line", NORWEGIAN, ids=[line[:40] for line in NORWEGIAN])
def test_norwegian_through_danish_tables(line: str, position: str) -> None:
    assert_survives(with_line(NO_ARTICLE, line, position), language="da")


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        # the narrowed patterns still take the residue they were written for
        ("tr", "Kabul et", "cookie-notice"),
        ("tr", "Çeviren Ayşe Yılmaz", "copyright"),
        ("tr", "Çeviri: Ayşe Yılmaz", "copyright"),
        ("tr", "Bu yazı ilk olarak Medium'da yayımlanmıştır.", "copyright"),
        ("tr", "Yazıdaki görüşler yazara aittir, kurumumuzu bağlamaz.", "copyright"),
        ("tr", "Dil seçin: Türkçe English Deutsch", "site-chrome"),
        ("sv", "Copyright 2024 Dagens Nyheter", "copyright"),
        ("sv", "Översatt av Anna Svensson", "copyright"),
        ("sv", "Vi använder cookies för att ge dig en bättre upplevelse.", "cookie-notice"),
        ("sv", "Håll dig uppdaterad med vårt nyhetsbrev!", "newsletter-prompt"),
        ("sv", "Välj region: Stockholm", "site-chrome"),
        ("da", "Copyright © 2024 Berlingske Media", "copyright"),
        ("da", "Vi bruger cookies til at forbedre din oplevelse.", "cookie-notice"),
        ("da", "Skift sprog: Dansk English", "site-chrome"),
    ],
)
def test_residue_still_removed(lang: str, line: str, pass_name: str) -> None:
    art = ARTICLES[lang]
    text = "\n\n".join([art[0], line, *art[1:]])
    result = cleaner.Cleaner().explain_text(text)
    assert [(r.pass_name, r.text) for r in result.removed if r.text == line] == [(pass_name, line)]
