"""Probe of comment-section's biggest over-stripping exposure: a comment marker standing in the MIDDLE
of an article ("Leave a comment", "Join the conversation", "Show comments", "Kommentare", "Réagir")
took every paragraph after it.

Scraped text really holds such stray markers: a WordPress meta line under the title or between a
post's sections, a "Join the conversation" link in a mid-article box, a jump link to the comments.
A call to comment or a link to the comments (or a bare count, or a bare "Comments") says nothing about
what follows it, unlike a heading that names the comments ("12 thoughts on “Title”", "Reader comments"):
article paragraphs going on after it (running text with no commenter's name, timestamp, comment control,
or more than one remark or question before or among the first two) keep it from opening anything, and a
call or link that opens nothing goes alone. Comments (names, controls, timestamps, remarks), a form or a
footer after it: it opens the section as before.

Two kinds of tagged page (``A`` article: must survive; ``R`` residue: should go; others not judged):

- ``stray_*``: the marker between the article's paragraphs, article prose after it;
- ``real_*``: a real comment section of several shapes, after a long or a short article, which must
  still go (reader comments as long prose paragraphs with only a name line or nothing between them,
  comments with controls and timestamps, a form, comments after the article's copyright line).

``python tests/test_comment_exposure.py`` prints the numbers (29 stray pages, 21 real sections). Before the
change (main at f1a9aa6): article lines lost 58 (on 28 of the stray pages), residue lines left 1. After:
article lines lost 0, residue lines left 2 (``real_en_show_bare_impersonal``: reader comments that read as
the article going on). No page of the dev set changes (pagecmp, recall and naive).
"""

from __future__ import annotations

import pytest
from probes import assert_survives, report, tagged_probe_tests, with_line

import cleaner

# -- articles ----------------------------------------------------------------------------------------

EN = [
    "The city council voted on Tuesday to approve a new budget that increases spending on public transport "
    "by twelve percent, the largest rise in a decade.",
    "Officials said the money would fund three new bus lines and longer opening hours for the metro, which "
    "has struggled with overcrowding since the pandemic ended.",
    "Critics argued that the plan ignores the needs of rural districts, where many residents still depend on "
    "cars and have seen bus services cut back repeatedly.",
    "The mayor promised a review of regional services next spring and said the council would publish a "
    "detailed timetable for the new lines within two months.",
]
EN_BLOG = [
    "I have been baking sourdough for almost six years now, and the one thing I wish someone had told me at "
    "the start is that the starter matters far less than the temperature of the kitchen.",
    "My first loaves were dense and sour because I kept the dough on the cold windowsill, and no amount of "
    "feeding or fancy flour could make up for that.",
    "These days I proof the dough in the oven with only the light switched on, which keeps it at about "
    "twenty-six degrees, and the crumb has never been better.",
    "If your kitchen is cold in winter, try the same trick for a week and note how long each rise takes, "
    "because the timings in most recipes assume a warm room.",
]
DE = [
    "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der die Ausgaben für den Nahverkehr um "
    "zwölf Prozent erhöht, so stark wie seit zehn Jahren nicht mehr.",
    "Mit dem Geld sollen drei neue Buslinien und längere Betriebszeiten der U-Bahn bezahlt werden, die seit "
    "dem Ende der Pandemie mit überfüllten Zügen zu kämpfen hat.",
    "Kritiker bemängeln, dass der Plan die ländlichen Bezirke vergisst, in denen viele Menschen weiterhin auf "
    "das Auto angewiesen sind und Busverbindungen immer wieder gestrichen wurden.",
    "Die Bürgermeisterin versprach, die regionalen Verbindungen im kommenden Frühjahr zu überprüfen und einen "
    "genauen Fahrplan für die neuen Linien innerhalb von zwei Monaten vorzulegen.",
]
FR = [
    "Le conseil municipal a adopté mardi un nouveau budget qui augmente de douze pour cent les dépenses "
    "consacrées aux transports publics, la plus forte hausse depuis dix ans.",
    "Selon les élus, cet argent financera trois nouvelles lignes de bus et des horaires prolongés pour le "
    "métro, qui souffre de la surcharge depuis la fin de la pandémie.",
    "Les opposants estiment que le projet oublie les communes rurales, où de nombreux habitants dépendent "
    "encore de la voiture et ont vu leurs lignes de bus réduites à plusieurs reprises.",
    "La maire a promis de réexaminer les liaisons régionales au printemps prochain et de publier un calendrier "
    "détaillé des nouvelles lignes d'ici deux mois.",
]
ES = [
    "El ayuntamiento aprobó el martes un nuevo presupuesto que aumenta un doce por ciento el gasto en "
    "transporte público, la mayor subida en una década.",
    "Según los concejales, el dinero servirá para crear tres nuevas líneas de autobús y ampliar el horario del "
    "metro, que sufre aglomeraciones desde que terminó la pandemia.",
    "Los críticos sostienen que el plan olvida a los barrios rurales, donde muchos vecinos siguen dependiendo "
    "del coche y han visto cómo se recortaban sus autobuses una y otra vez.",
    "La alcaldesa prometió revisar los servicios regionales la próxima primavera y publicar un calendario "
    "detallado de las nuevas líneas en un plazo de dos meses.",
]
IT = [
    "Il consiglio comunale ha approvato martedì un nuovo bilancio che aumenta del dodici per cento la spesa "
    "per il trasporto pubblico, il maggiore incremento degli ultimi dieci anni.",
    "Secondo gli assessori, i fondi serviranno a finanziare tre nuove linee di autobus e orari più lunghi per "
    "la metropolitana, sovraffollata dalla fine della pandemia.",
    "I critici sostengono che il piano dimentica le frazioni rurali, dove molti residenti dipendono ancora "
    "dall'automobile e hanno visto ridurre più volte le corse degli autobus.",
    "La sindaca ha promesso di rivedere i collegamenti regionali la prossima primavera e di pubblicare entro "
    "due mesi un orario dettagliato delle nuove linee.",
]
PT = [
    "A câmara municipal aprovou na terça-feira um novo orçamento que aumenta em doze por cento os gastos com "
    "transporte público, a maior subida da última década.",
    "Segundo os vereadores, o dinheiro vai financiar três novas linhas de autocarro e horários mais longos "
    "para o metro, que sofre com a superlotação desde o fim da pandemia.",
    "Os críticos afirmam que o plano esquece as freguesias rurais, onde muitos moradores ainda dependem do "
    "carro e viram os serviços de autocarro serem cortados várias vezes.",
    "A presidente da câmara prometeu rever os serviços regionais na próxima primavera e publicar um horário "
    "detalhado das novas linhas no prazo de dois meses.",
]
NL = [
    "De gemeenteraad heeft dinsdag een nieuwe begroting goedgekeurd die de uitgaven aan het openbaar vervoer "
    "met twaalf procent verhoogt, de grootste stijging in tien jaar.",
    "Volgens de wethouders gaat het geld naar drie nieuwe buslijnen en langere openingstijden van de metro, "
    "die sinds het einde van de pandemie kampt met overvolle treinen.",
    "Critici vinden dat het plan de dorpen vergeet, waar veel inwoners nog altijd afhankelijk zijn van de auto "
    "en waar de busdiensten keer op keer zijn ingekort.",
    "De burgemeester beloofde de regionale verbindingen volgend voorjaar te herzien en binnen twee maanden een "
    "gedetailleerde dienstregeling voor de nieuwe lijnen te publiceren.",
]


def page(*rows: str | list[str], tag: str = "A") -> str:
    """A tagged page: a list is article paragraphs (tagged ``tag``), a string rows already tagged."""
    out: list[str] = []
    for row in rows:
        out.extend(f"{tag} {p}" for p in row) if isinstance(row, list) else out.append(row)
    return "\n".join(out)


def stray(article: list[str], marker: str, after: int = 2) -> str:
    """The marker (residue) after the article's first ``after`` paragraphs."""
    return page(article[:after], f"R {marker}", article[after:])


# -- (a) stray markers: the article goes on after them -------------------------------------------------

STRAY = {
    "stray_en_leave": stray(EN, "Leave a comment"),
    "stray_en_join": stray(EN, "Join the conversation"),
    "stray_en_show": stray(EN, "Show comments"),
    "stray_en_discussion": stray(EN, "Join the discussion"),
    "stray_en_view": stray(EN, "View comments"),
    "stray_en_last_paragraph": stray(EN, "Leave a comment", after=3),
    "stray_en_blog_section": page(
        EN_BLOG[:2], "R Leave a comment", "x Proofing in a cold kitchen", EN_BLOG[2:]
    ),
    "stray_en_box_then_real_comments": page(
        EN[:2],
        "R Join the conversation",
        EN[2:],
        "R 3 Comments",
        "R Maria Lopez",
        "R March 3, 2019 at 4:47 pm",
        "R Who is going to pay for the new bus lines when the grant runs out?",
        "R Reply",
        "R Tom B.",
        "R March 3, 2019 at 6:02 pm",
        "R The metro has been overcrowded for years, this is long overdue.",
        "R Reply",
    ),
    # the article's own questions and exclamations stand inside quotes
    "stray_en_quoted_question": page(
        EN[:2],
        "R Join the conversation",
        "A “Who is going to pay for the new lines when the grant runs out?” asked one councillor during the "
        "debate, which lasted more than four hours.",
        "A “This budget is a promise to every commuter in the city!” the mayor replied, to applause from the "
        "public gallery.",
        EN[3:],
    ),
    # share buttons between the link and the article's next paragraphs
    "stray_en_widgets_after": page(EN[:2], "R Show comments", "x Share", "x Tweet", EN[2:]),
    # the link under the title (which goes to the metadata): the whole article after it
    "stray_en_under_title": page("x Council approves transport budget", "R Join the conversation", EN),
    # a jump link to the comments, the thread a few lines below it
    "stray_en_jump_link_then_thread": page(
        EN[:2],
        "x Comments",
        EN[2:],
        "R Maria Lopez",
        "R 2 hours ago",
        "R Who is going to pay for the new bus lines when the grant runs out?",
        "R Reply",
        "R Tom B.",
        "R 3 hours ago",
        "R The metro has been overcrowded for years, this is long overdue.",
        "R Reply",
    ),
    # one line among the article's paragraphs that looks like a reader's: a question of the author's own, a
    # subheading in title case (a commenter's name by its shape), a paragraph as short as a remark
    "stray_en_blog_question": page(
        EN_BLOG[:2],
        "R Join the conversation",
        "A So why does the starter matter so much less than everyone says, and what should a beginner "
        "worry about instead?",
        EN_BLOG[2:],
    ),
    "stray_en_title_case_subheading": page(EN[:2], "R Join the conversation", "x Rural Services", EN[2:]),
    "stray_en_short_paragraph": page(
        EN[:2], "R Join the conversation", "A The vote was 31 to 20.", EN[2:]
    ),
    "stray_de_kommentare": stray(DE, "Kommentare"),
    "stray_de_diskutieren": stray(DE, "Diskutieren Sie mit"),
    "stray_de_schreiben": stray(DE, "Schreiben Sie einen Kommentar"),
    "stray_fr_reagir": stray(FR, "Réagir"),
    "stray_fr_laisser": stray(FR, "Laisser un commentaire"),
    "stray_fr_voir": stray(FR, "Voir les commentaires"),
    "stray_es_deja": stray(ES, "Deja un comentario"),
    "stray_es_unete": stray(ES, "Únete a la conversación"),
    "stray_it_lascia": stray(IT, "Lascia un commento"),
    "stray_it_partecipa": stray(IT, "Partecipa alla discussione"),
    "stray_pt_deixe": stray(PT, "Deixe um comentário"),
    "stray_pt_ver": stray(PT, "Ver comentários"),
    "stray_nl_reageer": stray(NL, "Reageer"),
    "stray_nl_plaats": stray(NL, "Plaats een reactie"),
}

# -- (b) real comment sections: they must still go ---------------------------------------------------

REAL = {
    # reader comments as long prose paragraphs with only the commenter's name between them
    "real_en_leave_named_prose": page(
        EN,
        "R Leave a comment",
        "R Sarah Mitchell",
        "R I have lived in one of the rural districts for twenty years and the bus to town now runs twice a "
        "day, so I am not surprised that nobody out here is celebrating this budget.",
        "R Tom Baker",
        "R The metro really is packed every morning and anything that adds trains is welcome, but I would "
        "like to know where the money comes from before I cheer.",
    ),
    # the same after a short article (one paragraph and a half)
    "real_en_short_article_join": page(
        EN[:2],
        "R Join the conversation",
        "R Alex says:",
        "R Great news for the north of the city, finally a bus that goes somewhere useful.",
        "R Jamie says:",
        "R Not so great if you live in the villages, as usual.",
    ),
    # a WordPress title heading and comments as bare prose, nothing between them
    "real_en_thoughts_bare_prose": page(
        EN,
        "R 3 thoughts on “Council approves transport budget”",
        "R I have lived in one of the rural districts for twenty years and the bus to town now runs twice a "
        "day, so nobody out here is celebrating this budget.",
        "R Thanks for covering this, the local paper did not mention the villages at all.",
        "R YOU ARE SPOT ON!",
    ),
    # a comment form
    "real_en_leave_reply_form": page(
        EN,
        "R Leave a Reply",
        "R Your email address will not be published. Required fields are marked *",
        "R Comment",
        "R Name *",
        "R Email *",
        "R Website",
        "R Post Comment",
    ),
    # a script-loaded thread: controls and relative timestamps
    "real_en_show_comments_thread": page(
        EN[:3],
        "R Show comments",
        "R busrider88",
        "R 2 hours ago",
        "R Twelve percent sounds like a lot until you remember what they cut in 2015.",
        "R Reply",
        "R Like",
        "R northside_mum",
        "R 3 hours ago",
        "R About time. The 7:40 has been standing room only since September.",
        "R Reply",
    ),
    # bare prose comments after a call to comment, with the article's copyright line before it
    "real_en_after_copyright": page(
        EN,
        "x © 2019 The Harbour Herald. All rights reserved.",
        "R Join the discussion",
        "R I have lived in one of the rural districts for twenty years and the bus to town now runs twice a "
        "day, so nobody out here is celebrating this budget.",
        "R The metro really is packed every morning and anything that adds trains is welcome, but where does "
        "the money come from?",
    ),
    # bare prose comments after a call to comment, nothing between them, after a short article
    "real_en_leave_bare_prose": page(
        EN[:2],
        "R Leave a comment",
        "R I have lived in one of the rural districts for twenty years and the bus to town now runs twice a "
        "day, so I am not surprised that nobody out here is celebrating this budget.",
        "R Thank you for this article! My daughter takes the metro every morning and you would not believe "
        "how crowded it is, so I really hope the new lines come soon.",
    ),
    # short chatty comments after a call to comment
    "real_es_unete_chatty": page(
        ES[:2],
        "R Únete a la conversación",
        "R ¡Por fin una buena noticia!",
        "R Yo vivo en un pueblo y el autobús pasa dos veces al día, ¿para cuándo lo nuestro?",
        "R Totalmente de acuerdo.",
    ),
    "real_fr_laisser_named_prose": page(
        FR,
        "R Laisser un commentaire",
        "R Jeanne Dupont",
        "R J'habite dans un village depuis vingt ans et le bus pour la ville ne passe plus que deux fois par "
        "jour, alors je ne vois pas ce que ce budget change pour nous.",
        "R Marc Lefèvre",
        "R Le métro est vraiment bondé tous les matins et tout ce qui ajoute des rames est bienvenu, mais "
        "j'aimerais savoir d'où vient l'argent.",
    ),
    # reader comments as long impersonal prose, nothing between them, after a link: they read as the
    # article going on and stay (see RESIDUE_LEFT)
    "real_en_show_bare_impersonal": page(
        EN,
        "R Show comments",
        "R The rural districts have been promised a review of their bus services every spring for a decade, "
        "and every spring the review finds that the money has already been spent in the city.",
        "R Twelve percent sounds generous until one remembers the cuts of 2015, which this budget does not "
        "even begin to undo for the people who depend on the buses most.",
    ),
    # the first commenter's name lost, the next one's name between two long comments
    "real_en_join_name_between": page(
        EN,
        "R Join the conversation",
        "R I have lived in one of the rural districts for twenty years and the bus to town now runs twice a "
        "day, so I am not surprised that nobody out here is celebrating this budget.",
        "R Tom Baker",
        "R The metro really is packed every morning and anything that adds trains is welcome, but I would "
        "like to know where the money comes from before I cheer.",
    ),
    "real_de_kommentare_named_prose": page(
        DE,
        "R Kommentare",
        "R Peter M.",
        "R Zwölf Prozent klingt nach viel Geld, ist aber nach den Kürzungen der letzten Jahre gerade einmal ein "
        "Ausgleich für das, was uns auf dem Land schon lange fehlt.",
        "R Anna K.",
        "R Die U-Bahn ist morgens wirklich überfüllt, und jede zusätzliche Bahn ist willkommen, aber woher das "
        "Geld kommen soll, sagt niemand.",
    ),
    "real_nl_reageer_named_prose": page(
        NL[:2],
        "R Reageer",
        "R Jan de Vries",
        "R Twaalf procent klinkt als veel geld, maar na alle bezuinigingen van de afgelopen jaren is het "
        "hooguit een kleine compensatie voor de dorpen.",
        "R Els Bakker",
        "R De metro zit elke ochtend propvol en elke extra trein is welkom, maar niemand zegt waar het geld "
        "vandaan moet komen.",
    ),
    "real_de_kommentare": page(
        DE,
        "R Kommentare",
        "R Peter M.",
        "R vor 2 Stunden",
        "R Zwölf Prozent klingt viel, ist aber nach den Kürzungen der letzten Jahre gerade mal ein Ausgleich.",
        "R Antworten",
        "R Anna K.",
        "R vor 3 Stunden",
        "R Endlich! Die U-Bahn morgens ist wirklich eine Zumutung.",
        "R Antworten",
    ),
    "real_de_diskutieren_named": page(
        DE[:2],
        "R Diskutieren Sie mit",
        "R Peter M. schreibt:",
        "R Zwölf Prozent klingt viel, ist aber nach den Kürzungen der letzten Jahre gerade mal ein Ausgleich.",
        "R Anna K. schreibt:",
        "R Endlich, die U-Bahn morgens ist wirklich eine Zumutung.",
    ),
    "real_fr_laisser_form": page(
        FR,
        "R Laisser un commentaire",
        "R Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "R Commentaire",
        "R Nom *",
        "R E-mail *",
        "R Laisser un commentaire",
    ),
    "real_fr_reagir_thread": page(
        FR[:3],
        "R Réagir",
        "R Jeanne D.",
        "R il y a 2 heures",
        "R Douze pour cent, c'est bien, mais les villages attendent toujours leur bus du dimanche.",
        "R Répondre",
        "R Marc",
        "R il y a 5 heures",
        "R Enfin une bonne nouvelle pour le métro.",
        "R Répondre",
    ),
    "real_es_deja_thread": page(
        ES,
        "R Deja un comentario",
        "R Lucía",
        "R hace 2 horas",
        "R Un doce por ciento está bien, pero en los pueblos seguimos con un autobús al día.",
        "R Responder",
        "R Javier",
        "R hace 4 horas",
        "R Por fin, el metro por la mañana es insoportable.",
        "R Responder",
    ),
    "real_it_lascia_thread": page(
        IT,
        "R Lascia un commento",
        "R Giulia",
        "R 2 ore fa",
        "R Il dodici per cento va bene, ma nelle frazioni abbiamo ancora un autobus al giorno.",
        "R Rispondi",
        "R Marco",
        "R 5 ore fa",
        "R Finalmente, la metropolitana al mattino è invivibile.",
        "R Rispondi",
    ),
    "real_pt_deixe_thread": page(
        PT,
        "R Deixe um comentário",
        "R Joana",
        "R há 2 horas",
        "R Doze por cento é bom, mas nas freguesias continuamos com um autocarro por dia.",
        "R Responder",
        "R Rui",
        "R há 5 horas",
        "R Finalmente, o metro de manhã é insuportável.",
        "R Responder",
    ),
    "real_nl_plaats_thread": page(
        NL,
        "R Plaats een reactie",
        "R Jan",
        "R 2 uur geleden",
        "R Twaalf procent klinkt mooi, maar in de dorpen rijdt nog steeds één bus per dag.",
        "R Beantwoorden",
        "R Els",
        "R 5 uur geleden",
        "R Eindelijk, de metro is 's ochtends niet te doen.",
        "R Beantwoorden",
    ),
}

CASES = {**STRAY, **REAL}

# residue lines a page may keep (0 when not listed)
RESIDUE_LEFT: dict[str, int] = {
    # reader comments that read as the article going on: no name, control, remark or question between them
    "real_en_show_bare_impersonal": 2,
}
# the article lines a page is known to lose (a strict ratchet: fix one, take it out)
KNOWN_LOST: dict[str, list[str]] = {}

(
    test_article_lines_survive,
    test_residue_left_does_not_grow,
    test_cleaning_twice_changes_nothing,
) = tagged_probe_tests(CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST)


# -- the line alone ----------------------------------------------------------------------------------

# calls and links to the comments: between the article's paragraphs they go alone, removed by
# comment-section (or by comment-ui, where its table has the line)
LINKS = {
    "en": (EN, ["Join the conversation", "Join the discussion"]),
    "de": (DE, ["Kommentare", "Diskutieren Sie mit", "Jetzt kommentieren", "12 Kommentare"]),
    "fr": (FR, ["Réagir", "Commenter cet article", "Voir les commentaires"]),
    "es": (ES, ["Únete a la conversación", "Comenta esta noticia"]),
    "it": (IT, ["Partecipa alla discussione", "Commenta"]),
    "pt": (PT, ["Participe da conversa", "Comente"]),
    "nl": (NL, ["Reageer", "Doe mee aan de discussie"]),
}


@pytest.mark.parametrize(
    ("lang", "marker", "position"),
    [(lang, m, pos) for lang, (_, ms) in LINKS.items() for m in ms for pos in ("head", "middle", "tail")],
)
def test_link_between_paragraphs_goes_alone(lang: str, marker: str, position: str) -> None:
    article = LINKS[lang][0]
    result = cleaner.explain_text("\n\n".join(with_line(article, marker, position)))
    assert result.text == "\n\n".join(article), [(r.pass_name, r.text) for r in result.removed]
    assert [r.pass_name for r in result.removed] in (["comment-section"], ["comment-ui"])


# sentences that mention the same words stand anywhere in an article
LOOK_ALIKES = {
    "en": [
        "Join the conversation about the harbour at the town hall on Friday evening.",
        "Readers who leave a comment on the council's website will get an answer within a week.",
        "Show comments from the public were read out before the vote.",
        "Comments on this story were switched off after the trial began.",
    ],
    "de": ["Kommentare aus der Opposition blieben am Dienstag aus.", "Diskutieren Sie mit uns am Freitag im Rathaus."],
    "fr": [
        "Réagir vite est la priorité du gouvernement, a dit la ministre.",
        "Voir les commentaires des lecteurs l'a surprise.",
    ],
    "es": ["Comentar la sentencia no es tarea del Gobierno, dijo la portavoz."],
    "it": ["Commenta il sindaco: la decisione era attesa da mesi."],
    "pt": ["Comente-se o que se quiser, o orçamento foi aprovado."],
    "nl": ["Reageer niet te snel op de cijfers, zei de minister."],
}


@pytest.mark.parametrize(
    ("lang", "line", "position"),
    [(lang, line, pos) for lang, lines in LOOK_ALIKES.items() for line in lines for pos in ("head", "middle", "tail")],
)
def test_sentences_with_the_same_words_survive(lang: str, line: str, position: str) -> None:
    article = LINKS[lang][0]
    assert_survives(with_line(article, line, position))


if __name__ == "__main__":
    report(CASES)
