"""Lang 25: short texts, pages of two languages, and the Norwegian/Danish tie.

Probed (``S``, round 1 written blind): one to three sentences of news, and a caption, in ca fi et lv lt sl hr sk cs hu
ro da no (bokmål and nynorsk) sv is gl eu and the big languages (en de fr es it pt nl pl ru tr); ``MIXED``: an English
article under Croatian, Slovenian and German chrome (menu, share, comment count, "read also", rights line), a Spanish
one under a Catalan site's, each with three article lines and with one. A verdict a text: ``told`` (its language),
``lean`` (no language, its tables: ``Context.vocab_languages``), ``ok`` (gl, eu, is: a neighbour or nothing), ``none``
(the English tables only), ``wrong``.

Round 1 (79 texts) before: told 20, lean 29, ok 6, none 23, wrong 1 (a Nynorsk sentence told Danish: its "at", which
Norwegian writes as its "that" too, counted as Danish's own word against its one "av"). The mixed pages were all told
the article's language (the sample takes the longest lines first: the chrome's one-word lines never reach it), so the
article's tables apply: the menu goes (its shape), but the chrome's footer ("Komentari (3)", "Pročitajte još", "Sva
prava pridržana."; "Comentaris (3)", "Llegeix també") is left, as no table of its language applies: not changed here
(a second vote over the short lines would cost every page; see ``test_mixed_pages_are_told_the_articles_language``).
After: told 22, lean 35, ok 6, none 16, wrong 0. Round 2 (3 texts, after reading the code):
before lean 2, none 1; after lean 3.

The changes (``language.py``):

- ``_PICK_WORDS``: "at" is both Norwegian's and Danish's (only the infinitive's "å" is Norwegian's own), and the
  spellings the two write otherwise pick the pair's language (Danish "nu", "lidt", "måske", "tilbage", "fik", "gik",
  "sagde", "endnu", "alligevel"; Norwegian "litt", "kanskje", "tilbake", "fikk", "gikk", "ennå", "likevel", and
  Nynorsk's "eg", "ho", "dei", "ein", "eit", "vere", "korleis", "kven", "mykje", "seier", "meiner"). They pick, never
  vote (German's "ein", Swedish's "sa", "oss"): no page's vote changes. Ties still go to Danish;
- ``_opposition``: a lean on two to four votes needs them unopposed, and only a rival's votes on words that do not
  vote the first language too oppose it (a Spanish sentence's three "el", Hungarian's too, gave Hungarian half of
  Spanish's votes; a Portuguese one's "o", "a"): a one-sentence es, pt, nl, pl text now leans to its tables. A
  Catalan sentence (Italian first by "per", "un", "ha", Spanish with its own "aquest", "el") still leans nowhere.
  (lang26: merged first, this made the full suite fail: a list of shared function words, "de la de la de la en el en
  el", leaned Spanish (test_api, test_fixes17), and a Czech page of two sentences over its footer's link groups leaned
  Czech by five "a", one "pro", one "o" in 63 words, and its footer, taken link by link by the Czech tables, was no
  group of links any more and three links stayed (test_redteam14c). So the shared words count only as a sentence has
  them: three distinct words voting the first language and 8% of the words (``LEAN_SHARED_MIN_WORDS``,
  ``LEAN_SHARED_MIN_SHARE``), and a word voting others but not it counts whole against it (the list's three "de",
  a sixth of a vote each to six languages). Every probe gain stays; the one-sentence Czech text of test_lang24, "na",
  "o", "na", leans nowhere again, as at m26);
- Romanian's own "că", "cei", "cel", "cea", "însă", "fără", "între", "către", "deși", "acum", and Italian's articled
  prepositions and adverbs "alla", "dalla", "nella", "sulla", "degli", "anche", "ancora", "dopo", "fino", "stato",
  "stata" (no other list spells them so): a short Romanian text is told Romanian, an Italian sentence leans Italian.
  Cost: test_lang_it_3's "prodotto" page is told Italian now, and leaves what it leaves with Italian given (3, was 2).

Left (``NOT_TOLD``): one sentence of Finnish, Estonian, Latvian (no function word, or one); Catalan (above); Slovak
and Norwegian sentences whose few words are Polish's or Swedish's and French's too ("o", "od"; "om", "som", "et", "la");
captions of six to ten words. Dev set: pagecmp ``changed 0/362``.
"""

from __future__ import annotations

import pytest

from cleaner.context import Context
from cleaner.document import Document
from cleaner.language import lean_by_stopwords

# key -> (text, expected language). Round 1, written blind (before reading language.py).
S: dict[str, tuple[str, str]] = {
    # --- Catalan
    "ca_1": (
        "L'Ajuntament de Barcelona ha aprovat aquest dimarts un nou pla per reduir el trànsit als carrers del"
        " centre de la ciutat.",
        "ca",
    ),
    "ca_2": (
        "Els veïns del barri es van reunir ahir a la tarda per protestar contra l'augment dels lloguers. "
        "Segons els organitzadors, més de dues mil persones hi van participar.",
        "ca",
    ),
    "ca_3": (
        "El Govern ha anunciat que les escoles obriran el setembre amb normalitat. La consellera d'Educació "
        "va explicar que no hi haurà canvis en el calendari escolar. També es contractaran més docents per "
        "als instituts.",
        "ca",
    ),
    "ca_cap": ("Una imatge de la manifestació d'aquest dissabte a la plaça de Catalunya.", "ca"),
    # --- Finnish
    "fi_1": (
        "Helsingin kaupunginvaltuusto päätti keskiviikkona, että uusi raitiotie rakennetaan Kalasatamasta "
        "Pasilaan.",
        "fi",
    ),
    "fi_2": (
        "Poliisi tutkii tapausta tahallisena henkirikoksena. Epäilty otettiin kiinni myöhään illalla, kertoo "
        "poliisi tiedotteessaan.",
        "fi",
    ),
    "fi_3": (
        "Hallitus aikoo leikata sosiaaliturvasta ensi vuonna. Opposition mukaan leikkaukset osuvat pahiten "
        "pienituloisiin. Valtiovarainministeri ei ole vielä kommentoinut asiaa.",
        "fi",
    ),
    "fi_cap": ("Kuvassa presidentti tapaa toimittajia Kultarannassa kesäkuussa.", "fi"),
    # --- Estonian
    "et_1": (
        "Tallinna linnavalitsus otsustas teisipäeval, et uus trammiliin ehitatakse järgmisel aastal "
        "Lasnamäele.",
        "et",
    ),
    "et_2": (
        "Politsei pidas kahtlustatava kinni neljapäeva õhtul. Tema sõnul ei ole juhtunu ajendid veel selged.",
        "et",
    ),
    "et_3": (
        "Valitsus kavatseb tõsta aktsiise juba järgmisest aastast. Opositsiooni hinnangul on see halb otsus. "
        "Rahandusminister ütles, et muud võimalust ei ole.",
        "et",
    ),
    # --- Latvian
    "lv_1": ("Rīgas dome otrdien nolēma, ka jaunais tramvaja maršruts tiks atklāts nākamgad pavasarī.", "lv"),
    "lv_2": (
        "Policija aizturēja aizdomās turēto vīrieti ceturtdienas vakarā. Kā norāda policija, notikuma "
        "apstākļi vēl tiek noskaidroti.",
        "lv",
    ),
    "lv_3": (
        "Valdība plāno paaugstināt akcīzes nodokli jau no nākamā gada. Opozīcija uzskata, ka tas ir kļūdains "
        "lēmums. Finanšu ministrs sacīja, ka citu iespēju nav.",
        "lv",
    ),
    # --- Lithuanian
    "lt_1": (
        "Vilniaus miesto taryba antradienį nusprendė, kad nauja dviračių trasa bus nutiesta iki kitų metų "
        "pavasario.",
        "lt",
    ),
    "lt_2": (
        "Policija ketvirtadienio vakarą sulaikė įtariamąjį vyrą. Pasak pareigūnų, įvykio aplinkybės dar "
        "tiriamos.",
        "lt",
    ),
    "lt_3": (
        "Vyriausybė planuoja didinti akcizus jau nuo kitų metų. Opozicijos teigimu, tai yra klaidingas "
        "sprendimas. Finansų ministrė sakė, kad kitos išeities nėra.",
        "lt",
    ),
    # --- Slovenian
    "sl_1": ("Vlada je v četrtek sprejela nov zakon o javnem naročanju, ki bo začel veljati prihodnje leto.", "sl"),
    "sl_2": (
        "Policisti so osumljenca prijeli v četrtek zvečer. Kot so sporočili s policijske uprave, okoliščine "
        "še preiskujejo.",
        "sl",
    ),
    "sl_3": (
        "Ljubljanski mestni svet je sprejel proračun za prihodnje leto. Župan je dejal, da bodo največ "
        "denarja namenili obnovi šol. Opozicija je proračun kritizirala.",
        "sl",
    ),
    # --- Croatian
    "hr_1": (
        "Vlada je u četvrtak usvojila novi zakon o javnoj nabavi, koji će stupiti na snagu sljedeće godine.",
        "hr",
    ),
    "hr_2": (
        "Policija je osumnjičenika uhitila u četvrtak navečer. Kako su priopćili iz policijske uprave, "
        "okolnosti se još istražuju.",
        "hr",
    ),
    "hr_3": (
        "Gradsko vijeće Zagreba usvojilo je proračun za iduću godinu. Gradonačelnik je rekao da će najviše "
        "novca otići na obnovu škola. Oporba je proračun oštro kritizirala.",
        "hr",
    ),
    # --- Slovak
    "sk_1": (
        "Vláda vo štvrtok schválila nový zákon o verejnom obstarávaní, ktorý začne platiť od budúceho roka.",
        "sk",
    ),
    "sk_2": (
        "Polícia zadržala podozrivého muža vo štvrtok večer. Ako uviedla hovorkyňa polície, okolnosti prípadu"
        " sa ešte vyšetrujú.",
        "sk",
    ),
    "sk_3": (
        "Mestské zastupiteľstvo v Bratislave schválilo rozpočet na budúci rok. Primátor povedal, že najviac "
        "peňazí pôjde na opravu škôl. Opozícia rozpočet kritizovala.",
        "sk",
    ),
    # --- Czech
    "cs_1": ("Vláda ve čtvrtek schválila nový zákon o veřejných zakázkách, který začne platit od příštího roku.", "cs"),
    "cs_2": (
        "Policie zadržela podezřelého muže ve čtvrtek večer. Jak uvedla mluvčí policie, okolnosti případu se "
        "stále vyšetřují.",
        "cs",
    ),
    "cs_3": (
        "Pražské zastupitelstvo schválilo rozpočet na příští rok. Primátor řekl, že nejvíce peněz půjde na "
        "opravy škol. Opozice rozpočet kritizovala.",
        "cs",
    ),
    # --- Hungarian
    "hu_1": (
        "A kormány csütörtökön elfogadta az új közbeszerzési törvényt, amely jövő év januárjától lép "
        "hatályba.",
        "hu",
    ),
    "hu_2": (
        "A rendőrség csütörtök este őrizetbe vette a gyanúsított férfit. A rendőrség szóvivője szerint a "
        "körülményeket még vizsgálják.",
        "hu",
    ),
    "hu_3": (
        "A fővárosi közgyűlés elfogadta a jövő évi költségvetést. A főpolgármester azt mondta, hogy a legtöbb"
        " pénz az iskolák felújítására megy. Az ellenzék bírálta a tervet.",
        "hu",
    ),
    # --- Romanian
    "ro_1": (
        "Guvernul a aprobat joi o nouă lege privind achizițiile publice, care va intra în vigoare de anul "
        "viitor.",
        "ro",
    ),
    "ro_2": (
        "Poliția l-a reținut pe suspect joi seara. Potrivit purtătorului de cuvânt, circumstanțele "
        "incidentului sunt încă cercetate.",
        "ro",
    ),
    "ro_3": (
        "Consiliul General al Capitalei a aprobat bugetul pentru anul viitor. Primarul a spus că cei mai "
        "mulți bani vor merge la renovarea școlilor. Opoziția a criticat planul.",
        "ro",
    ),
    # --- Danish
    "da_1": (
        "Regeringen har torsdag fremlagt et nyt lovforslag om offentlige indkøb, som skal træde i kraft næste"
        " år.",
        "da",
    ),
    "da_2": (
        "Politiet anholdt en mand torsdag aften. Ifølge politiet er omstændighederne omkring hændelsen stadig"
        " uklare, og efterforskningen fortsætter.",
        "da",
    ),
    "da_3": (
        "Københavns Kommune har vedtaget budgettet for næste år. Overborgmesteren sagde, at de fleste penge "
        "skal bruges på at renovere skolerne. Oppositionen kritiserede planen, fordi den ikke hjælper de "
        "ældre.",
        "da",
    ),
    "da_ev": (
        "Hvad sker der nu? Spørgsmålet er, hvad politikerne vil gøre, efter at de blev enige om aftalen i "
        "går.",
        "da",
    ),
    # --- Norwegian (bokmål, nynorsk)
    "no_1": (
        "Regjeringen la torsdag fram et nytt lovforslag om offentlige anskaffelser, som skal tre i kraft "
        "neste år.",
        "no",
    ),
    "no_2": (
        "Politiet pågrep en mann torsdag kveld. Ifølge politiet er det fortsatt uklart hva som skjedde, og "
        "etterforskningen fortsetter.",
        "no",
    ),
    "no_3": (
        "Oslo kommune har vedtatt budsjettet for neste år. Byrådslederen sa at mesteparten av pengene skal "
        "brukes til å pusse opp skolene. Opposisjonen kritiserte planen fordi den ikke hjelper de eldre.",
        "no",
    ),
    "no_ev": ("Hva skjer nå? Spørsmålet er hva politikerne vil gjøre etter at de ble enige om avtalen i går.", "no"),
    "no_ev2": ("Det er ikke lett å vite hvordan dette vil gå, sier hun til NRK.", "no"),
    "nn_1": (
        "Kommunestyret vedtok i går at den nye skulen skal byggjast ved sida av idrettshallen, og arbeidet "
        "tek til neste vår.",
        "no",
    ),
    "nn_2": ("Eg veit ikkje kva som skjer no, seier ordføraren. Ho meiner at regjeringa må ta ansvar.", "no"),
    # --- Swedish
    "sv_1": (
        "Regeringen lade på torsdagen fram ett nytt lagförslag om offentlig upphandling, som ska träda i "
        "kraft nästa år.",
        "sv",
    ),
    "sv_2": (
        "Polisen grep en man på torsdagskvällen. Enligt polisen är det fortfarande oklart vad som hände, och "
        "utredningen fortsätter.",
        "sv",
    ),
    "sv_3": (
        "Stockholms stad har antagit budgeten för nästa år. Finansborgarrådet sa att de flesta pengarna ska "
        "gå till att renovera skolorna. Oppositionen kritiserade planen.",
        "sv",
    ),
    # --- Icelandic
    "is_1": ("Ríkisstjórnin samþykkti á fimmtudag nýtt frumvarp um opinber innkaup sem tekur gildi á næsta ári.", "is"),
    "is_2": (
        "Lögreglan handtók mann á fimmtudagskvöld. Að sögn lögreglu er enn óljóst hvað gerðist og rannsókn "
        "málsins stendur yfir.",
        "is",
    ),
    # --- Galician, Basque (no tables, possibly): the language, its neighbour, or nothing
    "gl_1": (
        "O Concello de Vigo aprobou este martes un novo plan para reducir o tráfico nas rúas do centro da "
        "cidade.",
        "gl",
    ),
    "gl_2": (
        "Os veciños do barrio reuníronse onte pola tarde para protestar contra a suba dos alugueiros. Segundo"
        " os organizadores, máis de dúas mil persoas participaron.",
        "gl",
    ),
    "eu_1": ("Bilboko Udalak asteartean onartu du hiriko erdiguneko kaleetan trafikoa murrizteko plan berria.", "eu"),
    "eu_2": (
        "Auzokideak atzo arratsaldean bildu ziren alokairuen igoeraren aurka protesta egiteko. Antolatzaileen"
        " arabera, bi mila pertsonak baino gehiagok parte hartu zuten.",
        "eu",
    ),
    # --- the big languages, short
    "en_1": ("The city council voted on Tuesday to close the old bridge for repairs until next spring.", "en"),
    "en_cap": ("Firefighters at the scene of the blaze in Leeds on Sunday.", "en"),
    "de_1": ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke bis zum nächsten Frühjahr zu sperren.", "de"),
    "de_cap": ("Feuerwehrleute am Sonntag bei den Löscharbeiten in Köln.", "de"),
    "fr_1": (
        "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux jusqu'au printemps "
        "prochain.",
        "fr",
    ),
    "fr_cap": ("Des pompiers sur les lieux de l'incendie, dimanche à Lyon.", "fr"),
    "es_1": ("El ayuntamiento aprobó el martes el cierre del viejo puente por obras hasta la próxima primavera.", "es"),
    "es_cap": ("Los bomberos trabajan en el lugar del incendio este domingo en Valencia.", "es"),
    "it_1": (
        "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte per lavori fino alla prossima "
        "primavera.",
        "it",
    ),
    "it_cap": ("I vigili del fuoco sul luogo dell'incendio domenica a Torino.", "it"),
    "pt_1": (
        "A câmara municipal aprovou na terça-feira o encerramento da velha ponte para obras até à próxima "
        "primavera.",
        "pt",
    ),
    "pt_cap": ("Bombeiros no local do incêndio, neste domingo, em Belo Horizonte.", "pt"),
    "nl_1": (
        "De gemeenteraad heeft dinsdag besloten de oude brug tot het volgende voorjaar af te sluiten voor "
        "herstelwerkzaamheden.",
        "nl",
    ),
    "nl_cap": ("Brandweerlieden bij de brand in Utrecht op zondag.", "nl"),
    "pl_1": ("Rada miasta zdecydowała we wtorek o zamknięciu starego mostu na czas remontu do przyszłej wiosny.", "pl"),
    "pl_cap": ("Strażacy na miejscu pożaru w niedzielę w Krakowie.", "pl"),
    "ru_1": ("Городской совет во вторник проголосовал за закрытие старого моста на ремонт до следующей весны.", "ru"),
    # --- round 2 (after reading language.py): the words the Romanian and Italian lists gained, and a sentence where
    # an Italian or Romanian own word stands beside the shared ones
    "ro_r2": ("Ministrul a declarat că nu există fonduri pentru noul spital, însă lucrările vor continua.", "ro"),
    "it_r2": ("Il sindaco ha detto che i lavori nella piazza dureranno fino alla fine dell'estate.", "it"),
    "ro_r2b": ("Este pentru prima dată când cei doi lideri se întâlnesc fără consilieri.", "ro"),
    "tr_1": (
        "Belediye meclisi salı günü eski köprünün gelecek bahara kadar onarım için kapatılmasına karar verdi.",
        "tr",
    ),
}

# pages whose chrome is in one language and the article in another: the article's language expected
_HR_CHROME = "Naslovnica\nVijesti\nSport\nKultura\nPretraži\n"
_HR_FOOT = "\nPodijeli\nKomentari (3)\nPročitajte još\nSva prava pridržana."
_SL_CHROME = "Domov\nNovice\nŠport\nKultura\nIskanje\n"
_SL_FOOT = "\nDeli\nKomentarji (3)\nPreberite tudi\nVse pravice pridržane."
_DE_CHROME = "Startseite\nNachrichten\nSport\nKultur\nSuche\n"
_DE_FOOT = "\nTeilen\nKommentare (3)\nLesen Sie auch\nAlle Rechte vorbehalten."
_CA_CHROME = "Portada\nNotícies\nEsports\nCultura\nCerca\n"
_CA_FOOT = "\nComparteix\nComentaris (3)\nLlegeix també\nTots els drets reservats."
_EN_ART = (
    "The government has announced a new plan to cut energy bills for families this winter.\n"
    "Ministers said the scheme would cost around two billion pounds and would be paid for by a windfall tax"
    " on energy firms.\n"
    "Critics argued that the support came too late for many households who are already struggling with their bills."
)
_ES_ART = (
    "El Gobierno ha anunciado un nuevo plan para reducir la factura de la luz de las familias este invierno.\n"
    "Según el ministerio, la medida costará unos dos mil millones de euros y se financiará con un impuesto"
    " a las eléctricas.\n"
    "Los críticos aseguran que la ayuda llega demasiado tarde para muchos hogares que ya no pueden pagar sus facturas."
)
MIXED: dict[str, tuple[str, str]] = {
    "en_under_hr": (_HR_CHROME + _EN_ART + _HR_FOOT, "en"),
    "en_under_sl": (_SL_CHROME + _EN_ART + _SL_FOOT, "en"),
    "en_under_de": (_DE_CHROME + _EN_ART + _DE_FOOT, "en"),
    "es_under_ca": (_CA_CHROME + _ES_ART + _CA_FOOT, "es"),
    "en_short_under_hr": (_HR_CHROME + _EN_ART.split("\n")[0] + _HR_FOOT, "en"),
    "es_short_under_ca": (_CA_CHROME + _ES_ART.split("\n")[0] + _CA_FOOT, "es"),
}

# languages without their own tables: told the language, a neighbour, or nothing is fine
NEIGHBOURS: dict[str, set[str | None]] = {"gl": {"gl", "pt", "es", None}, "eu": {"eu", None}, "is": {"is", None}}

CASES = {**S, **MIXED}


def _told(text: str) -> tuple[str | None, str]:
    context = Context(Document(text))
    return context.language, context.vocab_languages[0]


def _verdict(key: str) -> str:
    text, want = CASES[key]
    told, tables = _told(text)
    if told == want:
        return "told"
    if told is None and tables == want:
        return "lean"
    ok = NEIGHBOURS.get(want)
    if ok is not None and told in ok:
        return "ok"
    return "none" if told is None else "wrong"


def report() -> None:
    counts: dict[str, int] = {}
    for key in CASES:
        v = _verdict(key)
        counts[v] = counts.get(v, 0) + 1
        if v not in ("told", "ok"):
            print(f"{key:20} {v:6} {_told(CASES[key][0])}")
    print(len(CASES), counts)


#: what a probe text is told where it is not its language (a lean is its tables without its stopwords). A
#: one-sentence text is under the twenty words a clear answer needs, and 16 of them had too few function words even
#: for a lean (Finnish and Estonian say with endings what others say with words; a Catalan sentence's "per", "un",
#: "ha" vote Italian and Hungarian): they were read with the English tables. Since s40 such a text, where English has
#: not the most votes, gets the tables of langdetect's answer (the language the result reports) when another language
#: has a vote or a hundredth of its letters are outside ASCII (``language.worth_detecting``): 15 of the 16 now get
#: their own; the Italian caption, "del", "sul", "a" shared with others, under one vote, does not.
NOT_TOLD: dict[str, str] = {"it_cap": "none"}


@pytest.mark.parametrize("key", sorted(CASES))
def test_each_probe_text_is_told_its_language_a_lean_to_it_or_nothing(key: str) -> None:
    verdict = _verdict(key)
    assert verdict != "wrong"
    assert verdict in ("told", "ok", "lean") if key not in NOT_TOLD else verdict == NOT_TOLD[key]


def test_mixed_pages_are_told_the_articles_language() -> None:
    # (the sample takes the longest lines first: the article's, not the chrome's one- and two-word menu lines)
    assert {key: _told(text)[0] for key, (text, _want) in MIXED.items()} == {
        "en_under_hr": "en", "en_under_sl": "en", "en_under_de": "en", "es_under_ca": "es",
        "en_short_under_hr": "en", "es_short_under_ca": "es",
    }


_NN = (
    "Kommunestyret vedtok i går at den nye skulen skal byggjast ved sida av idrettshallen, og arbeidet "
    "tek til neste vår."
)
_DA = (
    "Kommunalbestyrelsen vedtog i går, at den nye skole skal bygges ved siden af idrætshallen, og "
    "arbejdet går i gang til foråret."
)


def test_norwegian_at_is_no_danish_evidence() -> None:
    # a Nynorsk sentence's "at" (Norwegian's "that" too) and "av": Norwegian, by "av"; the Danish sentence's "at"
    # and "af": Danish (its "af" alone, "at" decides nothing now)
    assert _told(_NN)[1] == "no"
    assert _told(_DA)[1] == "da"


@pytest.mark.parametrize("text, want", [
    # Norwegian spellings Danish writes otherwise, each deciding a tie the pair's shared words leave
    ("Det er ikke sikkert at de kommer tilbake i år, og kanskje blir det aldri slik det var for.", "no"),
    ("Det er ikke sikkert, at de kommer tilbage i år, og måske bliver det aldrig sådan, som det var før.", "da"),
    ("Han fikk ikke svar, og det er litt rart at ingen har sagt noe om saken ennå, sier han.", "no"),
    ("Han fik ikke svar, og det er lidt mærkeligt, at ingen har sagt noget om sagen endnu, siger han.", "da"),
])
def test_norwegian_and_danish_spellings_pick_the_pair(text: str, want: str) -> None:
    assert _told(text)[1] == want


@pytest.mark.parametrize("text, want", [
    # shared words ("el", Hungarian's too; "o", "a", Portuguese's and Hungarian's) no longer oppose a lean
    ("El ayuntamiento aprobó el martes el cierre del viejo puente por obras hasta la próxima primavera.", "es"),
    (
        "A câmara municipal aprovou na terça-feira o encerramento da velha ponte para obras até à próxima "
        "primavera.",
        "pt",
    ),
    # ... and a rival's own words still do: a Catalan sentence's "per", "un", "ha" give Italian the most votes, and
    # Spanish's own ("aquest", "el", which the pair's Catalan shares): no lean, the English tables
    (S["ca_1"][0], None),
])
def test_only_a_rivals_own_words_oppose_a_lean(text: str, want: str | None) -> None:
    context = Context(Document(text))
    assert context.language is None
    assert lean_by_stopwords(context.language_sample()) == want


_CS_FOOTER_PAGE = (
    "Povodně\nKrajský úřad vyhlásil třetí stupeň povodňové aktivity pro celý okres Přerov a vyzval lidi, aby"
    " nevyjížděli.\nVlaky mezi Přerovem a Olomoucí nejezdí, náhradní autobusová doprava zatím není zajištěna.\n"
    "Redakce\nO nás\nKontakty redakce\nReklama\nCeník inzerce\nPodmínky užívání webu a služeb\nPomoc\nČasté dotazy\n"
    "Ochrana osobních údajů\nNáš sesterský web každý měsíc testuje kávovary, mlýnky a konvice a ceny denně kontroluje"
    " redakce."
)


@pytest.mark.parametrize("text", [
    # a list of shared function words: three distinct ones for Spanish, and three "de" its list has not
    "de la de la de la en el en el Interlagos Curitiba",
    # a Czech sentence's two words, one repeated ("na", "o", "na"): Portuguese's and Polish's too
    "Vláda na dnešním zasedání schválila návrh zákona o státním rozpočtu na příští rok.",
    # two Czech sentences among a footer's links: five "a", one "pro", one "o" in 63 words (under 8%), the footer's
    # groups still go (test_redteam14c.test_a_footers_link_groups_over_a_blurb_still_go)
    _CS_FOOTER_PAGE,
], ids=["es_list", "cs_repeated", "cs_footer"])
def test_shared_words_oppose_no_lean_only_as_a_sentence_has_them(text: str) -> None:
    context = Context(Document(text))
    assert context.language is None
    assert lean_by_stopwords(context.language_sample()) is None


@pytest.mark.parametrize("text, first, opposed", [
    # the list: dense and three distinct words, but its three "de" count whole against Spanish (the runner-up's 1.5)
    ("de la de la de la en el en el Interlagos Curitiba", "es", 1.5),
    # the Czech page: no word against Czech, but its votes are thin (3.3 in 63 words): the runner-up's 2.0
    (_CS_FOOTER_PAGE, "cs", 2.0),
    # a Spanish sentence: four distinct words, 2.8 votes in 16 words, none against it
    (S["es_1"][0], "es", 0.0),
])
def test_the_opposition_of_shared_words(text: str, first: str, opposed: float) -> None:
    from cleaner import language

    words, scores = language._votes(Context(Document(text)).language_sample())
    top = language._first(scores)
    assert language._LANGS[top] == first
    assert language._opposition(words, scores, top) == pytest.approx(opposed, abs=0.01)


if __name__ == "__main__":
    report()
