# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""open34: a probe of articles whose own text is a list of short lines, written blind (before reading the passes) in
en, de, fr, es, it, pt and nl, half as an extractor leaves the page, half as all its visible text: an open letter with
its signatories, a film prize's winners as labelled rows, a festival's line-up under its days, an election's seats, a
restaurant review's dishes and address, a quiz's questions with their one-line answers, an evening's TV listings, a
petition's text.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either.

Measured on main befaa4e (after list34): 8 pages, 137 lines; lost 1 ``A`` line, left 5 ``R``. After: lost 1, left 1.
The lists themselves all survived as first written (the earlier probes' guards: announced lists, labelled rows, a
day's schedule, quiz answers under their question). The changes are table entries, each the line alone:

- en ``promos.cta`` (call-to-action): a petition's "Sign the petition" and its count ("4,312 have signed. Let's get to
  5,000!"); a sentence saying so stays ("Residents who want to sign the petition …").
- es ``promos.cta``: a live page's promo "Sigue en directo la noche electoral" (not a sentence: no closing stop).
- pt ``widgets.social`` (social-buttons): a quiz's "Compartilhe seu resultado".

``KNOWN_LOST``: the restaurant's "Chiuso il lunedì" under its address row, over the page's buttons: edge-furniture's
tail run takes it as a footer's line, which stands there in the same shape (a short line with no figure, no label).
``RESIDUE_LEFT``: the petition form's "Display my name and comment on this petition", a checkbox's label no table
names.
"""

from __future__ import annotations

from probes import added_rule_tests, forced_language_test, report, tagged_probe_tests

CASES = {
    "en_open_letter_full": """\
R Home
R News
R Opinion
R Science
R Subscribe
T Open letter: Scientists urge ministers to protect research funding
R Share
R Tweet
A More than 1,200 researchers have signed an open letter calling on the government to reverse planned cuts to university research budgets.
A The letter, published on Monday, says the cuts would force labs to close and push early-career scientists abroad.
A Below is the full text of the letter and a selection of its signatories.
A Dear Secretary of State,
A We write to you as scientists working in every region of the country.
A The proposed reduction of 12% in research council funding would undo a decade of progress.
A We ask you to meet with representatives of the research community before the budget is finalised.
A Yours sincerely,
A Prof. Anne Whitfield, University of Leeds
A Dr. Rajesh Kumar, Imperial College London
A Prof. Maria Santos, University of Edinburgh
A Dr. Tom O'Neill, Queen's University Belfast
A Dr. Li Wei, University of Bristol
R Related
R Universities warn of job losses as budget looms
R Comments (87)
R © 2024 Science Weekly
""",
    "de_preise_extract": """\
T Deutscher Filmpreis 2024: Alle Gewinner im Überblick
A Die Deutsche Filmakademie hat am Freitagabend in Berlin ihre Preise vergeben.
A Großer Gewinner des Abends ist das Drama „Sterben“, das fünf Lolas erhielt.
A Die Gewinner in den wichtigsten Kategorien:
A Bester Spielfilm: Sterben
A Beste Regie: Matthias Glasner
A Beste weibliche Hauptrolle: Corinna Harfouch
A Beste männliche Hauptrolle: Sandra Hüller
A Bestes Drehbuch: Matthias Glasner
A Beste Kamera: Jakub Bejnarowicz
A Die Verleihung wurde live im Ersten übertragen und von rund 1,8 Millionen Menschen verfolgt.
R Mehr zum Thema
R Berlinale: Goldener Bär für „Dahomey“
R Cannes: Die deutschen Filme im Wettbewerb
""",
    "fr_festival_full": """\
R Accueil
R Agenda
R Festivals
R Billetterie
R Newsletter
T Les Vieilles Charrues dévoilent leur programmation 2024
A Le festival breton a annoncé mardi les derniers noms de son affiche, qui réunira plus de 60 artistes du 11 au 14 juillet à Carhaix.
A Les organisateurs attendent 280 000 spectateurs sur les quatre jours.
A Jeudi 11 juillet
A Gims
A Shaka Ponk
A Zaho de Sagazan
A Vendredi 12 juillet
A Pulp
A Pomme
A Vald
A Samedi 13 juillet
A Mika
A Louise Attaque
A Les billets pour la journée sont vendus 59 euros, le pass quatre jours 199 euros.
R Acheter vos billets
R Partager sur Facebook
R Partager sur X
R Lire aussi
R Rock en Seine : la programmation complète
R Nous utilisons des cookies pour améliorer votre expérience.
R Tout accepter
""",
    "es_elecciones_extract": """\
T Resultados de las elecciones gallegas: el PP revalida la mayoría absoluta
A El Partido Popular ha revalidado la mayoría absoluta en el Parlamento de Galicia con 40 de los 75 escaños.
A El BNG logra su mejor resultado histórico y se consolida como segunda fuerza.
A Reparto de escaños
A PP: 40
A BNG: 25
A PSdeG: 9
A Democracia Ourensana: 1
A La participación se situó en el 67,3%, casi nueve puntos más que en 2020.
A El candidato popular, Alfonso Rueda, celebró el resultado ante sus simpatizantes en Santiago.
R Más información
R Sigue en directo la noche electoral
R Suscríbete a nuestro boletín
""",
    "it_menu_ristorante_full": """\
R Home
R Ristoranti
R Ricette
R Guide
R Accedi
T Trattoria da Nello, Bologna: la nostra recensione
R Condividi
A Da Nello si viene per i tortellini in brodo, preparati ogni mattina a mano dalla signora Franca.
A Il locale è piccolo, venti coperti, e conviene prenotare anche nei giorni feriali.
A Cosa abbiamo mangiato
A Tortellini in brodo
A Tagliatelle al ragù
A Cotoletta alla bolognese
A Zuppa inglese
A Il conto per due persone, con una bottiglia di Sangiovese, è stato di 78 euro.
A Indirizzo: Via Santa Caterina 19, Bologna
A Chiuso il lunedì
R Prenota un tavolo
R Leggi anche
R Le migliori pizzerie di Napoli
R Iscriviti alla newsletter
""",
    "pt_quiz_extract": """\
T Quiz: quanto você sabe sobre a Copa do Mundo?
A Teste seus conhecimentos sobre a história do torneio com estas dez perguntas.
A 1. Qual seleção venceu a primeira Copa do Mundo, em 1930?
A Uruguai
A 2. Quantos títulos mundiais o Brasil conquistou?
A Cinco
A 3. Quem é o maior artilheiro da história das Copas?
A Miroslav Klose
A 4. Em que país foi disputada a Copa de 2010?
A África do Sul
A As respostas foram conferidas com os dados oficiais da FIFA.
R Compartilhe seu resultado
R Veja também
R Quiz: você reconhece estes estádios?
""",
    "nl_tvgids_full": """\
R Nieuws
R Sport
R TV-gids
R Puzzels
R Inloggen
T Wat is er vanavond op tv? Onze tips voor zaterdag
A Zaterdagavond staat in het teken van de finale van het songfestival, maar er is ook genoeg voor wie daar geen zin in heeft.
A NPO 1
A 20.30 Eurovisie Songfestival 2024
A NPO 2
A 20.25 Andere Tijden
A 21.10 Het Uur van de Wolf
A RTL 4
A 20.00 Ik hou van Holland
A Onze tip: de documentaire over schilder Charley Toorop in Het Uur van de Wolf, die vorig jaar een prijs won.
R Bekijk de volledige tv-gids
R Lees ook
R Dit zijn de beste series van deze maand
R Deel dit artikel
""",
    "en_petition_extract": """\
T Petition: Keep the Riverside Library open
R Sign the petition
R 4,312 have signed. Let's get to 5,000!
A To: Millbrook Borough Council
A Keep the Riverside Library open and fund it for the next five years.
A Why is this important?
A The Riverside Library is the only public library within three miles for more than 20,000 people.
A It runs homework clubs, job-search sessions and a toddler reading group every week.
A Closing it would save the council £180,000 a year, less than 0.1% of its budget.
A Update: the council will vote on the closure on 14 March. Please come to the meeting.
R Sign this petition
R First name
R Last name
R Email
R Display my name and comment on this petition
R Share on Facebook
R Share on WhatsApp
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # a closing fact under the address row, over the buttons: a footer's line in the same shape
    "it_menu_ristorante_full": ["Chiuso il lunedì"],
}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the petition form's checkbox label, which no table names
    "en_petition_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)

TEXT = {
    "en": [
        "The Riverside Library is the only public library within three miles for more than 20,000 people.",
        "It runs homework clubs, job-search sessions and a toddler reading group every week, volunteers said.",
        "Closing it would save the council £180,000 a year, less than 0.1% of its budget.",
    ],
    "es": [
        "El Partido Popular ha revalidado la mayoría absoluta en el Parlamento de Galicia con 40 de los 75 escaños.",
        "El BNG logra su mejor resultado histórico y se consolida como segunda fuerza.",
        "La participación se situó en el 67,3%, casi nueve puntos más que en 2020.",
    ],
    "pt": [
        "Teste seus conhecimentos sobre a história do torneio com estas dez perguntas.",
        "As respostas foram conferidas com os dados oficiais da FIFA e com os arquivos do jornal.",
        "O Brasil é o único país que disputou todas as edições da Copa do Mundo.",
    ],
}

GOES = [
    ("en", "Sign the petition", "call-to-action"),
    ("en", "Sign this petition!", "call-to-action"),
    ("en", "4,312 have signed. Let's get to 5,000!", "call-to-action"),
    ("es", "Sigue en directo la noche electoral", "call-to-action"),
    ("pt", "Compartilhe seu resultado", "social-buttons"),
]

STAYS = [
    ("en", "Residents who want to sign the petition can do so at the library until Friday, organisers said."),
    ("en", "More than 4,312 people have signed so far, and the organisers hope to reach 5,000 by March."),
    ("es", "Sigue en directo la noche electoral desde la sede del partido, dijo su portavoz a los periodistas."),
    ("pt", "Compartilhe seu resultado com os amigos foi a frase mais vista da campanha, segundo a agência."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":
    report(CASES)
