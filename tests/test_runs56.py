# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""runs56: over-stripping, not blind: a run of short lines between the article's prose and a sentence under it (a poem,
a chorus, a song list, a squad, a packing list, a listing's features), which edge-furniture cut as a menu's run.

The cluster (session 55's survey, redone: every test module with a non-empty ``KNOWN_LOST``, each lost line cleaned
through ``cleaner.explain_text`` and its pass and reason printed; script kept out of the tree): of 232 known-lost lines
on base 7ca7f22a, 112 go by edge-furniture, and 48 of them on 8 pages are a run of short lines between the article's
prose and a sentence under it:

  ====================  ============================  =====  ==================================  =====================
  module                page                          lines  where                               what names the run
  ====================  ============================  =====  ==================================  =====================
  test_keep19           ar_qasida                     9      between two paragraphs (poem)        prose: "قصائد"
  test_keep19           ar_tashkila                   7      between two paragraphs (squad)       prose: "قائمة"
  test_keep19           sv_visa                       6      tail, over a 9-word sentence         prose: "refrängen"
  test_keep19           fr_liste                      6      tail, over "Bonne marche à tous !"   heading "À emporter"
  test_known14          es_canciones                  6      between two paragraphs (songs)       heading "Las canciones"
  test_left21           de_material                   5      tail, under a kept heading           prose: "die Liste"
  test_list34           de_immobilie_extract          6      between two paragraphs (features)    heading "Ausstattung"
  test_eastnorth40      hr_r3_local_dateline_extract  3      tail, "Parkiranje:" over two places  nothing (left lost)
  ====================  ============================  =====  ==================================  =====================

Saved: 45 of the 48 (the first seven pages; their ``KNOWN_LOST`` entries taken out). Left: hr_r3's three lines (a
one-word label over two places under a three-word sentence: nothing names the run, and a footer's "Parkiranje:" over
two car parks reads the same).

Session 55's guard (a run of 3-16 short lines between prose and a sentence sharing one word's stem with the text over
it) kept menus and tag clouds between paragraphs (test_keep20, test_medical45 in the full CI): a story's paragraphs
share its words whatever stands between them. The signal here is that the article *names* the run:

- the prose line over the run (or over the short heading right over it) names its kind with an article or a
  possessive (new keeping table ``structure.run_announcer``: "the chorus", "the full squad", "die Liste", "den
  Kader", "le poème", "la lista dei convocati", "a escalação", "de selectie", "refrängen", "قائمة"), or
- the run's first line is a heading naming it (new keeping table ``structure.run_heading``: "The songs", "Line-up",
  "Ausstattung", "À emporter", "Qué llevar", "Scaletta", "As canções", "Opstelling");

and the run's shape: 3 to 16 kept lines of 7 words at most, no sentence, no link or address, a kept sentence of three
words or more right under it; not when a line of it is a site's section, chrome, share button, table of contents' or
chrome heading (``structure.section_name``, ``widgets.chrome``, ``widgets.social``, ``widgets.toc_heading``,
``widgets.chrome_heading``: "Home", "Sport", "Kontakt", "Contents"), nor when half its items or more echo a word (a
five-letter stem) of the article's kept lines over it: a tag cloud's tags are the story's words ("Bridges", "County
council" under a story on the county council's bridge), a poem's lines, a squad's names or a packing list's items are
not. A colon alone ("Mehr zum Thema:") or a pointing word naming nothing ("among these") names no run.

The pages (written after reading the passes, aimed at the guard): 7 pages, en de fr es it pt nl, 4 as an extractor
leaves them and 3 as all the page's visible text: a terrace chant (en, "the chorus"), a cup squad (de, "den Kader",
its positions and players), a pupil's poem (fr, "le poème"), a hike's packing list (es, "Qué llevar"), a national
team's call-up (it, "la lista dei convocati"), an album's songs (pt, "As canções"), a club's selection (nl, "de
selectie"); 63 ``A`` lines, 68 ``R``, 7 ``T``. On base 7ca7f22a: lost 26 (de_kader 8, it_convocati 6, nl_selectie 6,
pt_cancoes 6), left 0. After: lost 0, left 0. (en_chorus, fr_poeme and es_excursion were kept on base already, by
older guards: kept as controls.)

The changes:

- ``cleaner/passes/edge_runs56.py`` (new, compiled): ``announced_run`` (edge-furniture's ``_clear_inner``, one line:
  a long run between paragraphs that the article names is not taken) and ``runs_kept`` (edge-furniture's ``_clear``,
  one line, both edges but acting at the tail: such runs taken out of the tail's furniture, counted as closers so the
  page's residue under the sentence still goes).
- ``structure.run_announcer`` and ``structure.run_heading`` (new keeping tables, language-neutral ``any``: en, de, fr,
  es, it, pt, nl, sv, ar for the announcer). Neither removes anything.

Tests both ways: the announced runs stay in en, de, es, sv (and the pages in all seven); a menu of sections under prose
naming "the list" / "die vollständige Liste", a tag cloud echoing the story's words under prose naming a list and
under none, a tag cloud under "Mehr zum Thema:", a teaser box under its heading under prose naming "the full squad",
a table of contents under "Contents" still go between paragraphs, the sentence under each sharing the story's words
(a run of six teaser headlines with no heading between two paragraphs stays on base already, and still does). Known limit: a tag cloud whose tags do not echo the story, under
prose naming "the list"/"the squad", would now stay.

No retag. Nothing left, nothing lost.

``python tests/test_runs56.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import BRIDGE_EN, forced_language_test, kept, report, tagged_probe_tests

CASES = {
    # the prose names the chant ("the chorus"), a sentence of the article under it; the page's tail under the text
    "en_chorus_extract": """
T Carlisle fans' new song for Reid is a hit on the terraces
A Carlisle United supporters have a new song for their striker Jamie Reid, and by the second half on Saturday the whole of the East Stand knew the chorus.
A Oh Jamie Reid
A He came from down the road
A He scores with his left
A He scores with his right
A And he'll never go home
A The club said it had no plans to stop the song, which it called good-natured and a sign of how quickly Reid had settled.
A Reid, signed from Workington in the summer, has scored nine goals in his first twelve league games for the club.
A "I heard it when I was warming up and I couldn't stop smiling," he told the club's website after the 3-1 win over Tranmere.
R Share this article
R Facebook
R Twitter
R WhatsApp
R More on this story
R Carlisle boss praises young squad after Tranmere win
R Brunton Park pitch to be relaid next summer
R Comments (14)
R Sign in to comment
""",
    # a squad under its coach's announcement ("den Kader"), its parts and players, the text going on; all the page
    "de_kader_full": """
R Startseite
R Lokales
R Sport
R Kultur
R Service
R Startseite > Sport > Fußball
T Pokal: Weber setzt auf die Jugend
R Von Stefan Krämer
R 12.03.2025, 18:40 Uhr
A Trainer Markus Weber hat am Dienstag den Kader für das Pokalspiel gegen Erzgebirge Aue bekannt gegeben, und er setzt auf junge Spieler.
A Tor
A Lukas Brandt
A Jan Vogt
A Abwehr
A Jonas Keller
A Tim Roth
A Sturm
A Ali Demir
A Verzichten muss Weber auf den gesperrten Kapitän Felix Hahn, der nach seiner fünften Gelben Karte zuschauen muss.
A Das Spiel beginnt am Mittwoch um 19 Uhr im Stadion an der Gellertstraße, Karten gibt es noch an der Abendkasse.
R Mehr zum Thema
R Aue holt Innenverteidiger aus Zwickau
R Weber verlängert bis 2027
R Artikel teilen
R Facebook
R WhatsApp
R Impressum
R Datenschutz
R Kontakt
R © 2025 Freie Presse Lokal
""",
    # a poem the prose names ("le poème"), its lines capitalised, a sentence under it; as an extractor leaves it
    "fr_poeme_extract": """
T Prix des lycéens : Inès Morel, 17 ans, récompensée pour « Marée basse »
A Le jury du prix de poésie des lycéens de Bretagne a récompensé mardi Inès Morel, élève de première à Concarneau. Nous publions ci-dessous le poème qu'elle a lu devant sa classe.
A Marée basse
A La mer se retire
A Sur le sable froid
A Ma mère attend encore
A Le retour des bateaux
A La remise des prix aura lieu le 14 juin à la médiathèque de Quimper, en présence de l'auteur Yannick Le Goff.
A Le recueil des vingt textes primés sera vendu au profit de la Société nationale de sauvetage en mer.
R Partager
R Facebook
R Lire aussi
R Concarneau : la criée rouvre après travaux
R Réagir à cet article
""",
    # a packing list under its heading ("Qué llevar"), the text going on with a sentence; as an extractor leaves it
    "es_excursion_extract": """
T La asociación vecinal organiza una ruta al nacimiento del río Cuervo
A La asociación de vecinos de Cuenca organiza el sábado una ruta de senderismo de doce kilómetros hasta el nacimiento del río Cuervo, abierta a todas las edades.
A Qué llevar
A Agua
A Gorra
A Crema solar
A Calzado cómodo
A Bocadillo
A La salida será a las nueve desde la plaza del Ayuntamiento y el regreso está previsto hacia las cinco de la tarde.
A Las inscripciones, gratuitas, pueden hacerse hasta el jueves en la sede de la asociación.
R Compartir
R Twitter
R Te puede interesar
R Cuenca abre la temporada de piscinas el 15 de junio
""",
    # the coach's call-up the prose names ("la lista dei convocati"), its roles and players, the text going on
    "it_convocati_full": """
R Home
R Cronaca
R Sport
R Cultura
R Accedi
R Abbonati
T Nazionale, la lista di Spalletti per le amichevoli di giugno
R di Marco Ferri
R 28 maggio 2025
A Il commissario tecnico Luciano Spalletti ha diramato la lista dei convocati per le amichevoli di giugno contro la Bosnia e la Turchia.
A Portieri
A Donnarumma
A Vicario
A Difensori
A Bastoni
A Di Lorenzo
A La squadra si radunerà lunedì a Coverciano, dove resterà fino alla partenza per Sarajevo di giovedì mattina.
A Tra le novità spicca il giovane difensore del Bologna, alla prima chiamata in azzurro dopo una stagione da titolare.
R Leggi anche
R Serie A, il calendario della prossima stagione
R Europei Under 21, l'Italia ai quarti
R Condividi
R Privacy
R Cookie policy
R © 2025 Gazzetta del Centro
""",
    # an album's songs under their heading ("As canções"), the review going on under them; all the page
    "pt_cancoes_full": """
R Início
R Cultura
R Música
R Opinião
T "Maré cheia": o regresso de Ana Lua é um disco de despedidas
R Por Rita Soares
R 3 de abril de 2025
A Ana Lua regressa três anos depois do primeiro disco com dez canções gravadas ao vivo numa casa de pescadores na Ericeira.
A As canções
A Maré cheia
A Fado da avó
A Regresso
A Lisboa à noite
A Cais
A O disco fecha com uma versão de uma velha canção de embalar que a cantora aprendeu com a avó.
A "Maré cheia" já está disponível em todas as plataformas e em vinil numa edição limitada.
R Partilhar
R Facebook
R Leia também
R Festival de Paredes de Coura anuncia cartaz
R Termos e condições
R Política de privacidade
""",
    # a club's selection the prose names ("de selectie"), under it a sentence closing the page; as an extractor leaves it
    "nl_selectie_extract": """
T Feyenoord neemt jonge keeper mee naar Rotterdam
A Trainer Brian Priske maakte zaterdag de selectie bekend voor de bekerwedstrijd tegen NAC Breda, met twee debutanten.
A Keepers
A Bijlow
A Wellenreuther
A Verdedigers
A Geertruida
A Hancko
A De wedstrijd begint zondag om half drie in De Kuip.
R Deel dit artikel
R Facebook
R X
R Lees ook
R Feyenoord verlengt contract met Timber
""",
}

#: the residue a page is known to leave, and why (none)
RESIDUE_LEFT: dict[str, int] = {}

#: the article lines a page is known to lose, and why (none)
KNOWN_LOST: dict[str, list[str]] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the guard, both ways -------------------------------------------------------------------------------------------

_DE = [
    "Nach dem Hochwasser am Wochenende hat der Landkreis am Montag eine erste Bilanz der Schäden an Straßen und Brücken vorgelegt.",
    "Besonders betroffen sind die Gemeinden entlang der Mulde, wo mehrere Keller und Garagen vollgelaufen sind, teilte das Landratsamt mit.",
]
_DE_UNDER = "Das Landratsamt schätzt die Schäden an den Brücken derzeit auf mehr als zwei Millionen Euro."
_EN_UNDER = "Engineers will inspect the bridge again in May, the council said."


@pytest.mark.parametrize(
    ("over", "run", "under"),
    [
        # en: the prose names the poem, its lines capitalised, a sentence of the article's under them
        ("The council asked a local poet to mark the closure, and she read her poem at the bridge on Sunday.",
         ["The river keeps its counsel", "The stones remember rain", "We cross and cross again", "And call the crossing home"],
         _EN_UNDER),
        # de: the prose names the list, under its own heading
        (_DE[1] + " Die Liste der gesperrten Straßen hat der Kreis am Abend verschickt.",
         ["Gesperrte Straßen", "Muldenstraße", "Am Wehr", "Brückenweg Süd", "Uferstraße"], _DE_UNDER),
        # es: the heading names the songs
        ("La cantante vuelve tres años después de su debut con un disco corto, grabado en directo en una casa de campo.",
         ["Las canciones", "Mareas", "Puerto Viejo", "Agosto", "La Caleta", "Nana del faro"],
         "El disco se cierra con una nana que la cantante escribió para su hija."),
        # sv: the chorus, its article a suffix
        ("Visan som blev årets midsommarlåt har skrivits av två syskon. Här är refrängen som alla sjöng i helgen.",
         ["Sommarnatt", "Dansa kring stången", "Ljus hela natten", "Fiol och sång"],
         "Syskonen spelar den igen på lördag i Leksand."),
    ],
)
def test_an_announced_run_between_the_prose_and_a_sentence_stays(over: str, run: list[str], under: str) -> None:
    lost, gone = kept([BRIDGE_EN[0], over, *run, under])
    assert lost == [], gone


_TAGS_EN = ["Topics", "Bridges", "Roads", "County council", "Engineering", "Summer holidays"]
_TEASERS = ["Council Approves New Budget", "Bridge Repairs To Cost Millions", "School Closures Announced",
            "River Levels Rising Again", "Library To Open On Sundays", "New Cycle Lane For Hexham"]


@pytest.mark.parametrize(
    ("page", "goes"),
    [
        # a menu of the site's sections under prose that names a list, the sentence under it sharing the story's words
        ([*BRIDGE_EN, "The council will publish the list of closed roads on its website later this week.",
          "Home", "News", "Sport", "Business", "Culture", "Contact us", _EN_UNDER, BRIDGE_EN[0]],
         ["Home", "News", "Sport", "Business", "Culture", "Contact us"]),
        ([*_DE, "Die vollständige Liste der gesperrten Straßen veröffentlicht der Landkreis auf seiner Internetseite.",
          "Startseite", "Lokales", "Sport", "Kultur", "Service", "Kontakt", _DE_UNDER, _DE[0]],
         ["Startseite", "Lokales", "Sport", "Kultur", "Service", "Kontakt"]),
        # a tag cloud, its tags the story's own words, under prose naming a list (and under none)
        ([*BRIDGE_EN, "The council will publish the list of closed roads on its website later this week.", *_TAGS_EN,
          _EN_UNDER, BRIDGE_EN[0]], _TAGS_EN),
        ([*BRIDGE_EN, *_TAGS_EN, _EN_UNDER, BRIDGE_EN[0]], _TAGS_EN),
        # a tag cloud under a label closed by a colon that announces no run of the article's ("Mehr zum Thema:")
        ([*_DE, "Mehr zum Thema:", "Hochwasser", "Klimawandel", "Katastrophenschutz", "Mulde", "Pegelstände",
          "Evakuierung", _DE_UNDER, _DE[0]],
         ["Mehr zum Thema:", "Hochwasser", "Klimawandel", "Katastrophenschutz", "Mulde", "Pegelstände", "Evakuierung"]),
        # a teaser box under its heading, under prose naming a squad
        ([*BRIDGE_EN, "The mayor thanked the full squad of volunteers who helped with the inspection on Sunday.",
          "More from News", *_TEASERS, _EN_UNDER, BRIDGE_EN[0]], ["More from News", *_TEASERS]),
        # a table of contents under its heading, between two paragraphs
        ([*BRIDGE_EN, "Contents", "Background", "The inspection", "The repairs", "Diversions", "What happens next",
          _EN_UNDER, BRIDGE_EN[0]],
         ["Contents", "Background", "The inspection", "The repairs", "Diversions", "What happens next"]),
    ],
)
def test_a_menu_a_tag_cloud_a_teaser_box_and_a_table_of_contents_between_paragraphs_still_go(page: list[str], goes: list[str]) -> None:
    lost, gone = kept(page)
    assert lost == goes, gone


if __name__ == "__main__":
    report(CASES)
