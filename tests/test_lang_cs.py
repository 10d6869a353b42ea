"""Czech pages: a probe of scraped texts in the genres and outlet styles Czech sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink (the probe's measure: see the commit adding
``rules/lang/cs.toml``: before the Czech vocabulary 66 of 149 residue lines were left, after it 12).
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import judge, page_text, tagged_probe_tests

from cleaner import language

CASES = {
    # a national news portal: a menu, dateline and byline, promos inside the text, credits, comments
    "news": """\
R Zprávy
R Domácí
R Zahraniční
R Ekonomika
R Sport
R Počasí
T Sněmovna schválila snížení daně z nemovitostí. Zákon míří do Senátu
R Publikováno 21. března 2024 14:05
R Autor: Jana Nováková
A Poslanecká sněmovna ve čtvrtek schválila novelu zákona o dani z nemovitých věcí. Pro návrh hlasovalo 102 poslanců, proti bylo 68.
A Podle novely si obce budou moci od ledna příštího roku samy určit koeficient daně, a to v rozmezí od 0,5 do 5.
R Čtěte také: Vláda schválila rozpočet. Schodek bude rekordní
A Ministr financí ve sněmovně uvedl, že změna sníží příjmy státního rozpočtu zhruba o 3 miliardy korun ročně.
A „Je to skutečná úleva pro majitele bytů a domů,“ řekl ministr během rozpravy.
R Čtěte také: Kolik zaplatíte za elektřinu od července? ERÚ rozhodl
A Opozice návrh kritizovala. Podle ní na změnách nejvíce vydělají majitelé velkých pozemků.
A Co bude dál?
A Zákon nyní posoudí Senát, který má na projednání 30 dní. Poté ho podepíše, nebo vetuje prezident.
R Foto: ČTK
R Sdílet
R Facebook
R X
R Diskuse (12)
R Petr_77
R 21. 3. 2024 15:10
R Konečně nějaká dobrá zpráva.
R Odpovědět
R Nahlásit
R Přidat komentář
""",
    # a second news portal: updated stamps, a related box, the newsletter box, the most-read list
    "portal": """\
R Úvod
R Domov
R Praha
R Publikováno: 21. 3. 2024 14:05
R Aktualizováno: 21. 3. 2024 16:30
R Autor: Jan Dvořák
T Oprava Barrandovského mostu potrvá do podzimu. Řidiči musí počítat s kolonami
A Od pondělí se řidiči musí připravit na omezení na Barrandovském mostě. Silničáři začali s výměnou izolace a povrchu vozovky v jižním směru.
A Jak uvedla Technická správa komunikací, práce potrvají do konce října. Tramvaje linek 4 a 5 pojedou odklonem.
R Související články
R Požár haly v Letňanech. Zasahovalo deset jednotek hasičů
R Tak se změní Karlovo náměstí. Podívejte se na vizualizace
A Obyvatelé si stěžují na nedostatek informací o objížďkách. „Nikdo nám neřekl, že autobus nebude stavět u domu,“ říká paní Hana z Hlubočep.
A Úředníci slibují, že značení bude opraveno ještě tento týden.
R Přihlaste se k odběru newsletteru
R Nejdůležitější zprávy z Prahy každé ráno do vaší e-mailové schránky.
R Váš e-mail
R Odebírat
R Nejčtenější
R Nová pravidla pro řidiče. Pokuty až 10 tisíc korun
R © 2024 Pražský deník. Všechna práva vyhrazena.
""",
    # a business site: a PX index widget around a report with figures
    "business": """\
R Burza
R Kurzy měn
R Index PX
R 1 452,30
R +0,45 %
T ČEZ vydělal rekordních 80 miliard. Akcie rostou
R 21. 3. 2024 8:45
R Autor: Petr Svoboda
A Energetická skupina ČEZ loni vydělala 80,4 miliardy korun, uvedla společnost ve výroční zprávě. Výsledek překonal odhady analytiků.
A Hlavní finanční údaje:
A Tržby: 336,3 mld. Kč
A EBITDA: 130,5 mld. Kč
A Čistý zisk: 80,4 mld. Kč
A Akcie ČEZ na otevření obchodování posílily o 3,2 procenta.
R Přidat do sledovaných
R Kurz
R 985,00 Kč
R +3,20 %
R Data jsou zpožděna o 15 minut.
A Představenstvo navrhlo výplatu dividendy 52 korun na akcii. Rozhodne o ní valná hromada v červnu.
R Číst dál
R Odebírat
R Sledujte nás na Facebooku
R © 2024 Finanční portál s.r.o.
""",
    # a blog post with the Czech WordPress comment form under it
    "blog": """\
T Týden na Šumavě – naše trasa krok za krokem
R Publikováno 12. srpna 2023 autor Katka
A Letos jsme se rozhodli strávit dovolenou na Šumavě. Sedm dní jsme chodili po lesích, spali na chatách a jedli nejlepší borůvkové knedlíky v životě.
A První den jsme vyšli na Boubín. Stezka je dobře značená, ale v horku dá zabrat.
A Co si vzít s sebou?
A Především pohodlné boty, nepromokavou bundu a zásobu vody. Na chatách se dá koupit jídlo, ale ceny jsou vysoké.
A Pokud máte otázky, napište do komentářů!
R Sdílejte:
R Facebook
R Twitter
R Líbí se mi:
R Podobné příspěvky
R 12 komentářů
R Tomáš
R 13. srpna 2023 v 9:12
R Super článek, taky se tam chystám příští rok!
R Odpovědět
R Katka
R 13. srpna 2023 v 10:01
R Díky! Doporučuji září, je tam méně lidí.
R Odpovědět
R Napsat komentář Zrušit odpověď na komentář
R Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *
R Uložit do prohlížeče jméno, e-mail a webovou stránku pro budoucí komentáře.
R Odeslat komentář
""",
    # a forum thread: the posts are the page's content, the controls around them are not
    "forum": """\
R Fórum
R Auto-moto
T Výměna rozvodů u Škody Octavia 1.6 TDI – kolik to stojí?
A Ahoj, mám Octavii z roku 2016 s najetými 180 tisíci km. Mechanik říká, že je potřeba vyměnit rozvody i s vodní pumpou. Kolik jste za to platili?
R Odpovědět
R Citovat
A U mě to loni vyšlo na 9 500 Kč i s pumpou, v servisu v Brně. Autorizovaný servis chtěl přes patnáct tisíc.
R Citovat
R Nahlásit
A Zkontroluj ještě napínák a kladky, protože když odejdou, je škoda motoru.
R Pro odpověď se musíte přihlásit
R Uživatelé procházející toto fórum: 3 registrovaní uživatelé a 12 hostů
""",
    # a shop's product page: cart, wish list, shipping banner, ratings
    "shop": """\
R Doprava zdarma od 1 500 Kč
R Přihlásit se
R Košík
T Rychlovarná konvice Nerez 1,7 l
A Konvice z nerezové oceli s objemem 1,7 litru a příkonem 2200 W. Litr vody uvaří za necelé tři minuty.
A Technické parametry:
A Objem: 1,7 l
A Příkon: 2200 W
A Hmotnost: 1,2 kg
A Konvice se automaticky vypne po převaření vody a po sejmutí ze základny.
R Vložit do košíku
R Přidat do oblíbených
R Hodnocení (23)
R Napsat recenzi
R Mohlo by se vám líbit
R Obchodní podmínky
""",
    # a recipe: the card's buttons and the rating prompt
    "recipe": """\
R Přejít na recept
T Babiččin jablečný závin
A Tenhle závin je chuť mého dětství. Křehké těsto, hodně jablek a trocha skořice.
A Suroviny:
A 1 kg jablek
A 300 g hladké mouky
A 200 g másla
A 3 žloutky
A Postup:
A Mouku prosejeme, přidáme máslo a žloutky a rychle vypracujeme těsto. Necháme ho hodinu odpočinout v lednici.
A Jablka oloupeme, nastrouháme a smícháme se skořicí. Pečeme na 180 stupňů asi 50 minut.
R Vytisknout recept
R Ohodnoťte recept
R Vyzkoušeli jste tento recept? Napište nám do komentářů!
R Přihlaste se k odběru newsletteru a dostávejte nové recepty každý týden.
""",
    # a sports report with a league table
    "sport": """\
R Fotbal
R Fortuna liga
T Sparta vyhrála v Plzni a upevnila si vedení v tabulce
R Online přenos: Plzeň - Sparta
A Fotbalisté Sparty zvítězili na hřišti Plzně 2:1 a před druhou Slavií mají už pětibodový náskok.
A Domácí šli do vedení ve 12. minutě, ale ještě před přestávkou vyrovnal Haraslín. Vítězný gól vstřelil v 78. minutě Kuchta.
A Čelo tabulky:
A 1. Sparta Praha 27 65
A 2. Slavia Praha 27 60
A 3. Viktoria Plzeň 27 52
A „Tým hrál vyzrále,“ řekl po zápase trenér Brian Priske.
R Foto: Profimedia
R VIDEO: Podívejte se na sestřih zápasu
R Mohlo by vás zajímat
R Diskuse
""",
    # a company's press release with its media contact
    "press": """\
R Tisková zpráva
T Nová továrna v Ostravě. Firma zaměstná 300 lidí
A Ostrava, 21. března 2024 – Společnost Termotech oznámila výstavbu nového závodu na výrobu tepelných čerpadel v průmyslové zóně Mošnov. Hodnota investice činí 1,2 miliardy korun.
A Výroba se rozběhne ve druhé polovině roku 2025. Závod bude ročně vyrábět až 50 tisíc zařízení.
A „Je to pro nás strategické rozhodnutí,“ řekl generální ředitel společnosti Tomáš Vrána.
A O společnosti
A Termotech je český výrobce topných zařízení, který na trhu působí od roku 1992.
R Kontakt pro média:
R Tiskové oddělení
R Stáhnout tiskovou zprávu (PDF, 245 kB)
R Sdílet
""",
    # a municipal notice (a village office's official notice board)
    "obec": """\
R Obecní úřad Dolní Břežany
R Úřední deska
T Oznámení o záměru prodeje pozemku v katastrálním území Lhota
A Obec Dolní Břežany oznamuje záměr prodat pozemek parc. č. 512/3 o výměře 850 m² v katastrálním území Lhota.
A Minimální kupní cena: 2 500 000 Kč
A Jistota: 250 000 Kč
A Nabídky lze podávat do 15. dubna 2024 do 10:00 hodin na podatelně obecního úřadu.
A Bližší informace poskytne místostarosta na telefonním čísle 241 932 125.
R Vyvěšeno: 21. 3. 2024
R Sejmuto: 5. 4. 2024
R Zveřejnil: Jana Svobodová
R Počet zobrazení: 234
R Tisk
R Zpět
R Prohlášení o přístupnosti
""",
    # a naive full page: header, cookie bar, menus, an article, app badges, footer
    "naive1": """\
R Přeskočit na obsah
R Používáme cookies
R Tento web používá soubory cookies k poskytování služeb a analýze návštěvnosti. Dalším používáním webu souhlasíte s jejich použitím.
R Souhlasím
R Nastavení
R Přihlásit se
R Registrace
R Hledat
R Menu
T Jarní úklid v parcích. Město vysadí 500 stromů
A Do konce dubna se v městských parcích objeví 500 nových stromů, hlavně lip, javorů a dubů. Výsadbu zaplatí město z participativního rozpočtu.
A Nejvíce stromů přibude v Lužánkách a na náměstí u Mendelova gymnázia. Obyvatelé mohou navrhovat i další místa k výsadbě.
A Návrhy přijímá odbor životního prostředí do 10. dubna.
R Číst dál
R Stáhněte si naši aplikaci
R Stáhnout v App Store
R Nyní na Google Play
R O nás
R Kontakt
R Reklama
R Ochrana osobních údajů
R Copyright © 2024 Městské noviny. Všechna práva vyhrazena.
""",
    # another naive page: a consent wall, a paywall, a social row, a teaser list and the footer
    "naive2": """\
R Vážíme si vašeho soukromí
R My a naši partneři ukládáme a zpřístupňujeme informace na vašem zařízení, například soubory cookies, a zpracováváme osobní údaje.
R Přijmout vše
R Odmítnout vše
R Domácí | Zahraniční | Ekonomika | Kultura | Názory
T Lékaři varují před vlnou chřipky. Vrchol nemocnosti čekají v únoru
R Aktualizováno 21. března 2024 v 14:05
A Za poslední týden onemocnělo chřipkou a chřipce podobnými nemocemi přes 300 tisíc lidí, vyplývá z dat Státního zdravotního ústavu.
A Odborníci doporučují očkování, zejména seniorům a chronicky nemocným. Pro lidi nad 65 let je vakcína zdarma.
R Tento článek je dostupný pouze pro předplatitele.
R Již jste předplatitel? Přihlaste se
R Předplatit
R Sledujte nás
R Facebook
R Instagram
R Nejnovější
R Prezident podepsal zákon o ochraně obyvatel
R Změny v rodičovském příspěvku od června
R Všechna práva vyhrazena © 2024 Media Česko
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    "business": 2,  # the quote widget's price and change ("985,00 Kč", "+3,20 %")
    "forum": 2,  # the forum's breadcrumb words at the head
    "obec": 2,  # the office's name and the notice board's name at the head
    "press": 1,  # "Tisková zpráva": the genre's label
    "sport": 2,  # the section words at the head
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT
)


@pytest.mark.parametrize("key", ["blog", "forum", "naive1", "naive2", "news", "portal", "press", "sport"])
def test_pages_with_prose_are_told_czech(key: str) -> None:
    # Czech shares "po", "od", "za", "co" with Polish: the profile's Czech-only words outvote them
    assert language.guess_by_stopwords(page_text(CASES[key])) == "cs"


#: Slovak pages: told Slovak now (their own vocabulary, see test_lang_sk.py), and the Czech tables, which
#: a caller forcing Czech or a page too short to tell still gives them, must lose none of their article lines.
SLOVAK = {
    "news": """\
R Domov
R Zahraničie
R Ekonomika
T Parlament schválil zníženie dane z nehnuteľností
R Publikované 21. marca 2024 14:05
R Autor: Jana Nováková
A Národná rada vo štvrtok schválila novelu zákona o miestnych daniach. Za návrh hlasovalo 82 poslancov, proti bolo 54.
A Podľa novely si obce budú môcť od januára budúceho roka samy určiť koeficient dane, a to v rozmedzí od 0,5 do 5.
R Čítajte aj: Vláda schválila rozpočet. Schodok bude rekordný
A Minister financií v parlamente uviedol, že zmena zníži príjmy štátneho rozpočtu zhruba o 100 miliónov eur ročne.
A „Je to skutočná úľava pre majiteľov bytov a domov,“ povedal minister počas rozpravy.
A Opozícia návrh kritizovala. Podľa nej na zmenách najviac zarobia majitelia veľkých pozemkov.
A Zákon teraz podpíše prezident, alebo ho vráti parlamentu.
R Foto: TASR
R Zdieľať
R Diskusia (12)
R Pridať komentár
""",
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
R 12 komentárov
R Tomáš
R 13. augusta 2023 o 9:12
R Super článok, tiež sa tam chystám budúci rok!
R Odpovedať
""",
}


@pytest.mark.parametrize("key", sorted(SLOVAK))
def test_slovak_pages_lose_no_article_line(key: str) -> None:
    assert language.guess_by_stopwords(page_text(SLOVAK[key])) == "sk"
    for forced in (None, "cs"):
        lost, _left = judge(SLOVAK[key], language=forced)
        assert lost == [], forced
