"""Slovak pages: a probe of scraped texts in the genres and outlet styles Slovak sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink (the probe's measure: see the commit adding
``rules/lang/sk.toml`` for the numbers before and after the Slovak vocabulary).

Slovak and Czech share most function words; the language profile lets them vote as one and their
own words ("sa", "aj", "pre", "bol" against "se", "pro", "jsou", "který") pick one: the tests at
the end tell short and long pages of each apart, both ways, and from Polish.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import judge, page_text, tagged_probe_tests

from cleaner import language

CASES = {
    # a national news portal: a menu, dateline and byline, promos inside the text, credits, discussion
    "news": """\
R Domov
R Zahraničie
R Ekonomika
R Šport
T Parlament schválil zníženie dane z nehnuteľností
R Publikované 21. marca 2024 14:05
R Aktualizované 21. marca 2024 16:30
R Autor: Jana Nováková
A Národná rada vo štvrtok schválila novelu zákona o miestnych daniach. Za návrh hlasovalo 82 poslancov, proti bolo 54.
A Podľa novely si obce budú môcť od januára budúceho roka samy určiť koeficient dane, a to v rozmedzí od 0,5 do 5.
R Čítajte aj: Vláda schválila rozpočet. Schodok bude rekordný
A Minister financií v parlamente uviedol, že zmena zníži príjmy štátneho rozpočtu zhruba o 100 miliónov eur ročne.
A „Je to skutočná úľava pre majiteľov bytov a domov,“ povedal minister počas rozpravy.
R ČÍTAJTE AJ: Opozícia žiada odvolanie ministra
A Opozícia návrh kritizovala. Podľa nej na zmenách najviac zarobia majitelia veľkých pozemkov.
A Čo bude ďalej?
A Zákon teraz podpíše prezident, alebo ho vráti parlamentu.
R Foto: TASR
R Zdieľať
R Facebook
R Kopírovať odkaz
R Diskusia (12)
R Peter_77
R 21. marca 2024 o 15:10
R Konečne niečo pre ľudí.
R Odpovedať
R Nahlásiť
R Prihláste sa, aby ste mohli pridať komentár.
""",
    # a regional paper: labelled dates, the most-read list, a newsletter box, the footer
    "regional": """\
R Úvod
R Správy
R Košice
R Publikované: 21.03.2024 14:05
T Rekonštrukcia Hlavnej ulice sa predĺži do jesene
A Od pondelka je Hlavná ulica uzavretá pre autá v úseku medzi Dómom svätej Alžbety a Štátnym divadlom. Mesto vymieňa vodovodné potrubie a pokladá novú dlažbu.
A Podľa mesta by mali byť práce hotové do konca októbra. Električky budú počas prác jazdiť obchádzkovou trasou.
R Najčítanejšie
R Požiar bytového domu na Terase – evakuovali desať ľudí
R Takto bude vyzerať nové nábrežie Hornádu
A Obyvatelia sa sťažujú, že informácie o obchádzkach boli nedostatočné. „Nikto nám nepovedal, že autobus tu už nebude zastavovať,“ hovorí pani Mária, ktorá býva na Hlavnej.
A Mesto sľubuje, že značenie sa zlepší ešte tento týždeň.
R Prihláste sa na odber nášho newslettera
R Najdôležitejšie správy z Košíc priamo do vašej schránky.
R Váš e-mail
R Odoberať
R Všetky práva vyhradené
""",
    # a business site: quote widgets around a report with figures
    "business": """\
R Burza
R Meny
R Akcie
T Slovnaft zvýšil zisk, akcie materskej firmy rastú
R 21. marca 2024 08:45
A Slovnaft dosiahol za minulý rok prevádzkový zisk 410 miliónov eur, čo je viac, ako čakali analytici.
A Kľúčové čísla za rok:
A Tržby: 5,2 miliardy eur
A Investície: 180 miliónov eur
A Generálny riaditeľ uviedol, že spoločnosť bude aj naďalej investovať do modernizácie rafinérie.
R MOL
R 3 020 HUF
R +3,20 %
R Pridať do sledovaných
R Údaje sú oneskorené o 15 minút.
R Reklama
A Akcie materskej skupiny MOL po zverejnení výsledkov posilnili o viac ako tri percentá.
""",
    # a tabloid: a live label, a paywall, share bar, an app promotion, a cookie bar at the bottom
    "tabloid": """\
R ONLINE: Búrky na východe Slovenska
T Búrky potrápili východ: Hasiči zasahovali pri stovkách udalostí
A Silné búrky v noci na štvrtok spôsobili škody v desiatkach obcí na východe Slovenska. Hasiči zasahovali pri viac ako 300 udalostiach.
A Meteorológovia vydali výstrahu tretieho stupňa aj na piatok.
A „Takú búrku sme tu nezažili ani nepamätám,“ povedal starosta obce.
R Tento článok je dostupný len pre predplatiteľov.
R Ste už predplatiteľ? Prihláste sa
R Kúpiť predplatné
R Zdieľať na Facebooku
R Stiahnite si našu aplikáciu a majte správy vždy poruke
R Táto stránka používa súbory cookies na zlepšenie vášho zážitku a na zobrazovanie relevantnej reklamy.
R Súhlasím
R Nastavenia
""",
    # a sports site: a match report with a league table
    "sport": """\
R Futbal
R Niké liga
T Slovan zvíťazil v Trnave 2:1
A Futbalisti Slovana Bratislava zvíťazili v šlágri kola na ihrisku Spartaka Trnava 2:1 a upevnili si vedenie v tabuľke.
A Góly hostí strelili Barseghjan a Strelec, za domácich znížil v závere Ďuriš.
A Tabuľka po 20. kole:
A 1. Slovan Bratislava 20 48
A 2. Žilina 20 40
A 3. Dunajská Streda 20 38
A „Bol to náš najlepší zápas v sezóne,“ povedal po stretnutí tréner.
R Pozrite si góly
R Zdieľať
R Ďalšie správy z Niké ligy
""",
    # a blog: a trip report with imperatives, then the WordPress comment form in Slovak
    "blog": """\
T Týždeň v Tatrách – naša trasa krok za krokom
R Publikované 12. augusta 2023 autor Katka
A Tento rok sme sa rozhodli stráviť dovolenku v Tatrách. Sedem dní sme chodili po horách, spali na chatách a jedli najlepšie bryndzové halušky v živote.
A Prvý deň sme vyšli na Rysy. Chodník je dobre značený, ale v horúčave dá zabrať.
A Čo si zobrať so sebou?
A Predovšetkým pohodlnú obuv, nepremokavú bundu a zásobu vody. Na chatách sa dá kúpiť jedlo, ale ceny sú vysoké.
A Ak máte otázky, napíšte do komentárov!
R Zdieľajte:
R Facebook
R Páči sa mi to:
R 12 komentárov
R Tomáš
R 13. augusta 2023 o 9:12
R Super článok, tiež sa tam chystám budúci rok!
R Odpovedať
R Pridaj komentár
R Vaša e-mailová adresa nebude zverejnená. Vyžadované polia sú označené *
R Uložiť moje meno, e-mail a webovú stránku v tomto prehliadači pre budúce komentáre.
R Odoslať komentár
""",
    # a shop product page: cart, reviews, free-shipping banner, the product text and its facts
    "shop": """\
R Doprava zadarmo nad 50 € | Vrátenie do 30 dní
R Domov > Kuchyňa > Kávovary
T Kávovar De'Longhi Magnifica S, čierny
A Automatický kávovar De'Longhi Magnifica S pripraví espresso aj cappuccino stlačením jedného tlačidla.
A Mlynček má 13 stupňov hrubosti mletia, nádržka na vodu má objem 1,8 litra.
A Príkon: 1450 W
A Tlak: 15 barov
R 349,90 €
R Pridať do košíka
R Pridať do obľúbených
R Hodnotenia (48)
R Napísať recenziu
R Bola táto recenzia užitočná?
R Áno (12)
R Nie (1)
""",
    # a recipe: the recipe card's buttons, imperative steps that must survive
    "recipe": """\
R Prejsť na recept
R Vytlačiť recept
T Kapustnica s údeným mäsom
A Poriadna kapustnica patrí na sviatočný stôl. Tento recept je pre šesť osôb.
A Suroviny:
A 500 g kyslej kapusty
A 300 g údeného mäsa
A 2 cibule
A Postup:
A Mäso uvarte do mäkka a vývar odložte. Cibuľu nakrájajte a opražte na masti.
A Pridajte kapustu, zalejte vývarom a varte aspoň hodinu. Dochuťte soľou a paprikou.
R Vyskúšali ste recept? Pochváľte sa fotkou na Instagrame!
R Uložiť recept
R Ďalšie recepty
""",
    # a municipality's notice board: a notice about roadworks with the page's service lines
    "obec": """\
R Preskočiť na obsah
R Obec Liptovská Teplá
R Úradná tabuľa
T Uzávierka cesty na Hlavnej ulici
A Obec oznamuje, že od 1. júna do 15. augusta bude cesta na Hlavnej ulici uzavretá pre všetky vozidlá z dôvodu výmeny vodovodu.
A Autobusy budú počas uzávierky zastavovať pri obecnom úrade.
A V prípade otázok kontaktujte obecný úrad na telefónnom čísle 044 123 45 67.
R Zverejnil: Ján Kováč
R Počet zobrazení: 152
R Bola táto stránka užitočná?
R Áno
R Nie
R Vyhlásenie o prístupnosti
""",
    # a press release: its genre label, the contact block and the boilerplate
    "press": """\
R Tlačová správa
T Volkswagen Slovakia spúšťa výrobu nového modelu
A Bratislavský závod Volkswagen Slovakia začal vo štvrtok sériovú výrobu nového elektrického modelu. Ročne ich z liniek zíde až 100 000.
A „Je to dôležitý krok pre budúcnosť celého závodu,“ uviedol predseda predstavenstva.
A Výroba vytvorí 300 nových pracovných miest v regióne.
R Zdieľať túto tlačovú správu
R Odoberajte tlačové správy
""",
    # a long-read: a signed opinion column's disclaimer and a tip line at the end
    "longread": """\
R Názory
R Komentár
T Prečo musíme hovoriť o osamelosti starých ľudí
R Čas čítania: 6 min
A Každý tretí človek nad 80 rokov hovorí, že sa často cíti osamelý, vyplýva z nového prieskumu.
A To je číslo, s ktorým sa nemôžeme zmieriť. Osamelosť zvyšuje riziko srdcových chorôb aj demencie.
A Komentáre príbuzných ukazujú, že mnohí starší ľudia nehovoria s nikým aj niekoľko dní.
A Musíme budovať susedstvá, v ktorých je ľahké stretnúť sa.
A Čo môžete urobiť vy?
A Zavolajte staršiemu susedovi. Pozvite ho na kávu. Všímajte si, či niekto nezmizol.
R Text vyjadruje osobný názor autora.
R Máte tip? Napíšte nám na tipy@noviny.sk
R © 2024 Noviny, a. s. Všetky práva vyhradené.
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    "business": 3,  # the quote widget's name, price and change ("3 020 HUF", "+3,20 %")
    "longread": 2,  # the section words at the head ("Názory", "Komentár")
    "obec": 2,  # the office's name and the notice board's name at the head
    "press": 1,  # "Tlačová správa": the genre's label
    "sport": 2,  # the section words at the head
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT
)


@pytest.mark.parametrize("key", sorted(CASES))
def test_forced_slovak_loses_no_article_line(key: str) -> None:
    lost, _left = judge(CASES[key], language="sk")
    assert lost == []


# -- telling Slovak from Czech and Polish ----------------------------------------------------------

#: Pages with enough prose to be told by the profile's clear answer.
PROSE_PAGES = ["news", "regional", "business", "tabloid", "sport", "blog", "obec", "press", "longread"]


@pytest.mark.parametrize("key", PROSE_PAGES)
def test_pages_with_prose_are_told_slovak(key: str) -> None:
    assert language.guess_by_stopwords(page_text(CASES[key])) == "sk"


@pytest.mark.parametrize("key", sorted(CASES))
def test_no_page_is_told_czech_or_polish(key: str) -> None:
    assert language.lean_by_stopwords(page_text(CASES[key])) in ("sk", None)
    assert language.guess_by_stopwords(page_text(CASES[key])) in ("sk", None)


#: Short texts: two or three sentences, each told its own language.
SHORT = {
    "sk": "Vláda v utorok schválila návrh štátneho rozpočtu. Po niekoľkých týždňoch rokovaní sa koaličné strany dohodli, že zvýšia výdavky na nemocnice. Opozícia tvrdí, že to nestačí, a bude hlasovať proti.",
    "sk_2": "Polícia dostala oznámenie o požiari krátko po polnoci. Nikto nebol zranený, ale dom je úplne zničený, uviedol hovorca hasičov. Príčina požiaru je zatiaľ neznáma a polícia ju ešte vyšetruje.",
    "cs": "Vláda v úterý schválila návrh státního rozpočtu. Po několika týdnech jednání se koaliční strany dohodly, že zvýší výdaje na nemocnice. Opozice tvrdí, že to nestačí, a bude hlasovat proti.",
    "cs_2": "Policie dostala oznámení o požáru krátce po půlnoci. Nikdo nebyl zraněn, ale dům je zcela zničen, uvedl mluvčí hasičů. Příčina požáru je zatím neznámá a policie ji ještě vyšetřuje.",
    "pl": "Rząd we wtorek przyjął projekt budżetu państwa. Po kilku tygodniach negocjacji partie koalicyjne zgodziły się, że zwiększą wydatki na szpitale. Opozycja twierdzi, że to nie wystarczy, i będzie głosować przeciw.",
}


@pytest.mark.parametrize("key", sorted(SHORT))
def test_short_texts_are_told_apart(key: str) -> None:
    want = key.split("_")[0]
    assert language.guess_by_stopwords(SHORT[key]) == want
    assert language.lean_by_stopwords(SHORT[key]) == want


#: Short list pages: a few function words among product names, prices and headings.
LIST_PAGES = {
    "sk": "Akcia tohto týždňa\nKávovar pre celú rodinu – teraz len 149 €\nVysávač s dlhým káblom a HEPA filtrom\nPozrite si všetky zľavy na kuchynské potreby\nČo je nové v obchode po Veľkej noci\nAko vybrať najlepší kávovar pre vás?\nDoručenie do 1–3 dní\nVrátenie tovaru do 30 dní",
    "cs": "Akce tohoto týdne\nKávovar pro celou rodinu – nyní jen 3 990 Kč\nVysavač s dlouhým kabelem a HEPA filtrem\nPodívejte se na všechny slevy na kuchyňské potřeby\nCo je nového v obchodě po Velikonocích\nJak vybrat nejlepší kávovar pro vás?\nDoručení do 1–3 dnů\nVrácení zboží do 30 dnů",
}


@pytest.mark.parametrize("key", sorted(LIST_PAGES))
def test_short_list_pages_lean_their_own_way(key: str) -> None:
    assert language.lean_by_stopwords(LIST_PAGES[key]) == key


def test_long_pages_are_told_apart() -> None:
    from test_lang_cs import CASES as CZECH
    from test_lang_pl import CASES as POLISH

    slovak = "\n".join(page_text(CASES[k]) for k in PROSE_PAGES)
    czech = "\n".join(page_text(CZECH[k]) for k in ("news", "portal", "blog", "forum", "sport", "press"))
    polish = "\n".join(page_text(v) for _k, v in sorted(POLISH.items()))
    # the profile reads a bounded sample: each long page is told by its start and by its end
    for text, want in ((slovak, "sk"), (czech, "cs"), (polish, "pl")):
        assert language.guess_by_stopwords(text) == want
        tail = text[-3000:]
        assert language.guess_by_stopwords(tail[tail.index("\n") + 1 :]) == want


def test_czech_and_polish_pages_are_not_told_slovak() -> None:
    from test_lang_cs import CASES as CZECH
    from test_lang_pl import CASES as POLISH

    for key, case in [*CZECH.items(), *POLISH.items()]:
        text = page_text(case)
        assert language.guess_by_stopwords(text) != "sk", key
        assert language.lean_by_stopwords(text) != "sk", key
