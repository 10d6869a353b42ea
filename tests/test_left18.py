# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Helper left18's fixes: weaknesses left by session 17.

1. An English reporting clause that opens on its verb, the subject after it ("…, read the banner that greeted
   visitors …", "…, ran the message under every article …"), or a subject that bears words and the bare past "read"
   ("…, the banner read until …") was no reporting clause to ``cookies.reported`` (its verbs were "reads", "said"
   after any words, and no "we" anywhere after the comma): the article's sentence quoting a consent line or a call
   went as the page's own. The English table now reads that shape: the verb, a determiner, a thing that bears words
   (banner, notice, small print, link, pop-up …); "read" is also the reader's imperative, so as a past tense it needs
   a past tense in its clause ("that greeted", "we published", "which did not work"); the reader addressed ("you",
   "our", "for details") is the call's own words.
2. A section's name alone between the headline and its date or byline ("Belföld", "Πολιτική", "Aarhus", "Sport /
   Fotbal") stayed: a word or two, no run of furniture for edge-furniture. ``structure._section_label`` takes it in
   that place only: the page's first line a headline (three words or more, no sentence), the label right under it
   (a word or two, or two of them parted by a separator; capitalised, no figure, no punctuation), a date or a byline
   another pass took right under the label, the article's paragraphs below. The article's own headings stand under
   the stamp; a kicker over the headline, a deck, a label with no stamp under it are not judged.
3. French's function-word votes lacked its own pronouns and adverbs: "par", "plus", "nous", "vous", "leur", "ils",
   "elle", "était", "être", "aussi", "très", "ces", "ses" (no other language's list holds them). Placement over every
   test string and list, fixture and bench page (9140 texts) before and after: 15 change, each to French (11 from no
   language to French or a French lean, 4 from a French lean to French); no bench page changes. French "de", "un",
   "en", "à" failed that check (Portuguese, Dutch and Italian pages lost their answer). Spanish and Italian are left as
   they were: Spanish "de" (with its own "sus", "también", "según", "después", "fue", "hay", "muy", "hasta", "sin",
   "cuando") and Italian's own "anche", "più", "dei", "delle", "alla", "nella", "questo", "stato", "hanno", "dopo"
   passed it (56 texts, each to its own language), but the pages they place lose or leave more downstream: a Spanish
   health page's list of symptoms over its question goes (detached-blocks, as with the language forced today), a
   Spanish press release keeps its "Volver al listado de noticias" and phone, an Italian shop page a review's title.
   "un", "ha" for Spanish, "ha" for Italian and "ya" failed the check itself (a page of Spanish and Italian sentences
   got a Spanish answer; an Italian sentence lost its lean; a Spanish how-to went Italian; a Swahili page leaned
   Spanish).
4. A memorial's signers under its closing sentence ("Naboer og venner") went with the furniture under them: the
   ``structure`` table ``group_signature`` (two groups of people joined, "Venner og kolleger i Valdres Sag", "Friends
   and neighbours", "Nachbarn und Freunde", or the family by its definite name, "Familien") is kept where a closing
   courtesy is: right under the last long paragraph, nothing removed between, no furniture above it. One group alone
   ("Venner", "Familie") and a menu's "Nyheter og sport" still go.

Found on the way (item 3): a health page's list of symptoms under its heading, then a question over two sentences
("Symptoms" over "Diarrhoea", "Vomiting", …, "When should you see a doctor?" over "If there is blood in the stool.",
"If the symptoms last more than three days."), lost the list and the last sentence wherever a page's language was
known (English; Spanish forced): the list's five short lines made a strong gap for detached-blocks, the last sentence
went as a block cut off by furniture, and edge-furniture's ``list_over_question`` then saw one answer only. The gap
is no gap where ``list_over_question``'s shape stands in it (``blocks._question_list``). And es.toml's chrome names
a news list's way back ("Volver al listado de noticias", "Regresar a la lista de artículos").
"""

from __future__ import annotations

import pytest
from probes import judge, removed

import cleaner
from cleaner import language
from cleaner.context import Context
from cleaner.document import Document

# -- 1. a reporting clause opening on its verb ---------------------------------------------------------------------

EN = ["The consumer watchdog opened an inquiry into the shopping site on Monday after dozens of complaints from readers.",
      "The agency said it would publish its first findings before the end of the year, according to a spokesperson."]

# each was removed before the fix (a consent line's or a call's words, then the clause)
REPORTED_BY_VERB = [
    "By signing up, you agree to our Terms of Use and Privacy Policy, read the box under every form we published last year.",
    "By continuing to browse you consent to our use of cookies, read the banner that covered half the screen for months.",
    "By continuing to browse you consent to our use of cookies, the banner read until the regulator ordered it taken down.",
    "Sign up for our newsletter to get the best deals, the banner read until the site was shut down in March.",
    "Follow us on Facebook for more updates, read the last post on the account before it went silent in June.",
    "Click here to unsubscribe from all our emails, read the link at the foot of each message, which did not work.",
    "Download our app for the full experience, read the message that appeared on every article the site published.",
    "Download our app for the full experience, ran the message that appeared on every article the site published.",
]

# the same kind of sentence, kept before the fix too (a ratchet)
REPORTED_KEPT = [
    "Always check the terms before you sign up, read the small print under every review we published last year.",
    "Sign up for our newsletter to get the best deals, said a banner that greeted visitors until the site was shut down.",
    "Accept all cookies to continue reading, read the notice that covered the whole page, according to the complaint.",
    "This post contains affiliate links, read the disclaimer that the site added to its reviews only after the complaints.",
]


@pytest.mark.parametrize("line", REPORTED_BY_VERB + REPORTED_KEPT, ids=[line[:50] for line in REPORTED_BY_VERB + REPORTED_KEPT])
@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_reporting_clause_opening_on_its_verb_keeps_its_sentence(line: str, position: str) -> None:
    paragraphs = [EN[0], line, EN[1]] if position == "middle" else [*EN, line]
    for forced in (None, "en"):
        result = cleaner.explain_text("\n".join(paragraphs), language=forced)
        assert result.text.splitlines() == paragraphs, (forced, removed(result))


# the page's own consent lines and calls with "read" as the imperative: they still go
OWN_CALLS = [
    ("consent-line", "By signing up, you agree to our Terms of Use, read the full policy before you continue."),
    ("cookie-notice", "We use cookies to personalise content and ads, read the notice that we updated to explain how we use your data."),
    ("cookie-notice", "We use cookies to personalise content and ads, read the notice that we updated in May for the full details."),
    ("consent-line", "By clicking Subscribe, you agree to our Terms of Use, read the box that we added below the form for details."),
    ("call-to-action", "Download our app, read the message from the editor and get unlimited access today."),
    ("call-to-action", "Follow us on Facebook, read the posts you missed and join the conversation."),
    ("call-to-action", "Join our community today, read the posts from other members and share your own."),
    ("consent-line", "By signing up, you agree to our Terms of Use and acknowledge that your data will be processed as described."),
]


@pytest.mark.parametrize(("pass_name", "line"), OWN_CALLS, ids=[line[:50] for _p, line in OWN_CALLS])
def test_the_pages_own_call_with_read_still_goes(pass_name: str, line: str) -> None:
    result = cleaner.explain_text("\n".join([*EN, line]))
    assert result.text.splitlines() == EN
    assert removed(result) == [(pass_name, line)]


# -- 2. a section's name between the headline and its stamp ------------------------------------------------------

BODY = ["The city council approved the new budget on Tuesday after a long debate that lasted until midnight.",
        "The plan raises spending on schools and roads, the mayor said, and cuts the cost of the city's bus fares.",
        "Opposition members said the budget relied on optimistic forecasts and voted against it."]
TITLE = "Council approves budget after late-night debate"
STAMP = "12 March 2025, 10:45"

LABELS_GO = [
    ("en", [TITLE, "Politics", STAMP, *BODY]),
    ("en", [TITLE, "Local news", "March 12, 2025", *BODY]),
    ("en", [TITLE, "Politics", "By Jane Smith", *BODY]),
    ("cs", ["Sparta porazila Plzeň 3:1 a vede tabulku", "Sport / Fotbal", "9. 3. 2025 20:15",
            "Fotbalisté Sparty zvítězili v šlágru 24. kola nad Plzní 3:1 a odskočili jí v čele tabulky na pět bodů.",
            "Domácí šli do vedení už ve 12. minutě gólem Haraslína, Plzeň srovnala po pauze, ale pak dvakrát udeřil Kuchta."]),
    ("hu", ["Lezárják a Lánchidat a hétvégén", "Belföld", "2025. március 12. 09:15",
            "Szombaton és vasárnap teljesen lezárják a Széchenyi lánchidat a gyalogosok elől is, közölte a főváros.",
            "A főváros tájékoztatása szerint karbantartási munkák miatt van szükség a lezárásra a hétvégén."]),
    # (a long headline is prose itself: the label is still judged under it)
    ("ro", ["Fostul primar din Sectorul 4, condamnat definitiv la 4 ani de închisoare pentru luare de mită", "Actualitate",
            "14 martie 2025, 12:30",
            "Înalta Curte de Casație și Justiție l-a condamnat definitiv pe fostul primar la patru ani de închisoare.",
            "Magistrații au stabilit că acesta a primit mită 200.000 de euro de la un dezvoltator imobiliar."]),
]


@pytest.mark.parametrize(("lang", "page"), LABELS_GO, ids=[f"{lang}:{page[1]}" for lang, page in LABELS_GO])
def test_a_section_name_between_the_headline_and_its_stamp_goes(lang: str, page: list[str]) -> None:
    for forced in (None, lang):
        result = cleaner.explain_text("\n".join(page), language=forced)
        assert ("edge-furniture", page[1]) in removed(result), (forced, removed(result))
        assert result.text.splitlines() == page[3:], (forced, removed(result))


# the same short lines where they are the article's or not in that place: they stay (each kept before the rule too)
LABELS_STAY = {
    "a heading under the stamp": [TITLE, STAMP, "Introduction", *BODY],
    "a deck": [TITLE, "The vote came after six hours of debate", STAMP, *BODY],
    "a kicker over the headline": ["Exclusive", TITLE, STAMP, *BODY],
    "no stamp under it": [TITLE, "Politics", *BODY],
    "lower case": [TITLE, "and beyond", STAMP, *BODY],
    "a figure": [TITLE, "Round 3", STAMP, *BODY],
    "a sentence": [TITLE, "Read this.", STAMP, *BODY],
    "a colon": [TITLE, "Update:", STAMP, *BODY],
    "three words": [TITLE, "City Hall Politics", STAMP, *BODY],
    "a short headline": ["Budget approved", "Politics", STAMP, *BODY],
    "the first line": ["Politics", STAMP, *BODY],
    "a heading over a time in the text": [BODY[0], BODY[1], "Update", "14:05", BODY[2]],
}


@pytest.mark.parametrize("key", sorted(LABELS_STAY))
def test_a_short_line_elsewhere_at_the_head_stays(key: str) -> None:
    page = LABELS_STAY[key]
    result = cleaner.explain_text("\n".join(page))
    kept = result.text.splitlines()
    short = [line for line in page if len(line.split()) <= 3 and not any(c.isdigit() for c in line)]
    assert all(line in kept for line in short), removed(result)


# -- 3. French function words --------------------------------------------------------------------------------

# (each was told no language, or only leaned French, before)
PLACED = [
    (None, "fr", "Cet article vous a été utile, nous écrit une lectrice de Lyon après la publication."),
    (None, "fr", "Douze pour cent, c'est bien, mais les villages attendent toujours leur bus du dimanche."),
    (None, "fr", "Vidéo : la séquence filmée par une habitante montre l'eau qui s'engouffre dans le passage souterrain."),
    ("fr", "fr", "👉 Abonnez-vous à notre newsletter\n📸 Photo : Jean Dupont\n➡️ Lire aussi : Le conseil approuve le projet\n"
                 "💬 12 commentaires\n📲 Téléchargez notre application"),
]


@pytest.mark.parametrize(("lang", "tables", "text"), PLACED, ids=[text[:40] for _l, _t, text in PLACED])
def test_a_short_french_text_is_placed(lang: str | None, tables: str, text: str) -> None:
    ctx = Context(Document(text), None)
    assert ctx.language == lang
    assert ctx.vocab_languages == (tables, "en")


# the neighbours the words left out would have drawn: placed as before
NOT_PLACED = [
    # Swahili ("ya" is its word; told Swahili, with its own tables, since test_langs27)
    ("sw", ("sw", "en"), "Mamlaka ya udhibiti wa huduma za nishati imetangaza bei mpya za mafuta zitakazoanza kutumika mwezi ujao katika mikoa yote ya nchi.\n"
                    "Kwa mujibu wa taarifa hiyo, bei ya petroli jijini Dar es Salaam imepanda kwa shilingi tisini na saba kwa kila lita moja."),
    # Catalan (its "de", "la", "el", "que", "en" are Spanish's too): placed by its own words ("per", "amb", "els"),
    # never French; with Spanish's tables too (mixedlang46: a Catalan edition's Spanish chrome)
    ("ca", ("ca", "es", "en"), "L'Ajuntament de Girona ha aprovat aquest dimarts el pressupost per a l'any vinent amb els vots a favor del govern municipal.\n"
                    "El document preveu una inversió de 30 milions d'euros en habitatge i en la millora dels equipaments de la ciutat."),
    # Portuguese with its "à" (not added to French)
    ("pt", ("pt", "en"), "Este artigo contém links de afiliados que não foram sinalizados aos leitores, esclareceu a editora numa nota divulgada ontem à noite."),
    # an Italian sentence with "ha" and "un"
    (None, ("it", "en"), "Il ministro ha convocato le parti per un incontro nel pomeriggio."),
    # Dutch, whose "de", "en" French does not vote with
    ("nl", ("nl", "en"), "Het weekend begint zacht en nat, daarna wordt het winters koud met kans op sneeuw in het oosten van het land, "
                         "meldt het KNMI. De temperatuur daalt in de nacht naar min vijf graden."),
]


@pytest.mark.parametrize(("lang", "tables", "text"), NOT_PLACED, ids=[text[:40] for _l, _t, text in NOT_PLACED])
def test_the_neighbours_of_the_words_left_out_are_placed_as_before(lang: str | None, tables: tuple[str, ...], text: str) -> None:
    ctx = Context(Document(text), None)
    assert ctx.language == lang
    assert ctx.vocab_languages == tables


def test_the_added_french_words_are_its_own() -> None:
    added = ["par", "plus", "nous", "vous", "leur", "ils", "elle", "était", "être", "aussi", "très", "ces", "ses"]
    for word in added:
        assert word in language._PROFILE_WORDS["fr"].split()
        others = [other for other, ws in language._PROFILE_WORDS.items() if other != "fr" and word in ws.split()]
        assert others == [], (word, others)


# -- 4. a memorial's signers under its closing sentence -----------------------------------------------------------

MEMORIAL = {
    "no": ["Ola Haugen døde 24. februar, 84 år gammel, etter et langt og rikt liv i bygda der han vokste opp.",
           "Han drev sagbruket i bygda i over 40 år og var en ivrig skiløper som deltok i Birkebeinerrennet 25 ganger.",
           "Vi lyser fred over Olas minne."],
    "da": ["Hans Jensen døde den 24. februar, 84 år gammel, efter et langt liv i byen, hvor han voksede op og arbejdede.",
           "Han drev savværket i over 40 år og var en ivrig skiløber, der deltog i mange løb hver vinter.",
           "Æret være hans minde."],
    "en": ["John Miller died on 24 February at the age of 84, after a long and full life in the village where he grew up.",
           "He ran the sawmill for more than forty years and skied in every winter race the valley held until he was eighty.",
           "We will miss him dearly."],
    "de": ["Hans Müller ist am 24. Februar im Alter von 84 Jahren gestorben, nach einem langen Leben in seinem Dorf.",
           "Er führte das Sägewerk über vierzig Jahre lang und fuhr jeden Winter bei allen Skirennen im Tal mit.",
           "Wir werden ihn vermissen."],
}
MENU = {"no": ["Nyheter", "Sport", "Kultur", "Debatt", "Dødsannonser"], "da": ["Nyheder", "Sport", "Kultur", "Debat", "Dødsfald"],
        "en": ["News", "Sport", "Culture", "Opinion", "Obituaries"], "de": ["Nachrichten", "Sport", "Kultur", "Meinung", "Traueranzeigen"]}

# each went with the menu under it before
SIGNERS = [("no", "Venner og kolleger i Valdres Sag"), ("no", "Familien"), ("da", "Naboer og venner"),
           ("en", "Friends and neighbours"), ("de", "Nachbarn und Freunde")]


@pytest.mark.parametrize(("lang", "line"), SIGNERS, ids=[line for _l, line in SIGNERS])
def test_a_memorials_signers_under_its_closing_sentence_stay(lang: str, line: str) -> None:
    result = cleaner.explain_text("\n".join([*MEMORIAL[lang], line, *MENU[lang]]))
    assert result.text.splitlines() == [*MEMORIAL[lang], line], removed(result)


# a menu's words in that place, one group alone, or the signers' shape under residue or furniture: they go with the menu
GO_WITH_MENU = [("no", "Nyheter og sport", []), ("no", "Venner", []), ("no", "Familie", []), ("en", "Family", []),
                ("no", "Naboer og venner", ["Tenn et lys"]), ("no", "Naboer og venner", ["Annonse"]),
                ("en", "News and sport", [])]


@pytest.mark.parametrize(("lang", "line", "over"), GO_WITH_MENU, ids=[f"{line}<{over}" for _l, line, over in GO_WITH_MENU])
def test_a_menu_line_in_the_signers_place_goes(lang: str, line: str, over: list[str]) -> None:
    result = cleaner.explain_text("\n".join([*MEMORIAL[lang], *over, line, *MENU[lang]]))
    assert result.text.splitlines() == MEMORIAL[lang], removed(result)


def test_the_norwegian_memorial_keeps_its_signature() -> None:
    from test_redteam17 import CASES

    lost, left = judge(CASES["nb_minneord"])
    assert (lost, left) == ([], [])


# -- found on the way: a list of symptoms over a question the article answers --------------------------------------

HEALTH = {
    "en": (["Gastroenteritis is an inflammation of the stomach and the gut, nearly always caused by a virus and very contagious in winter.",
            "Before you start you need access to a doctor's surgery with a nurse who can take samples and a phone line that works.",
            "At the end of the week you should feel better, ready to go back to work and to your own projects."],
           ["Symptoms", "Diarrhoea", "Vomiting", "Abdominal pain", "Mild fever", "When should you see a doctor?",
            "If there is blood in the stool.", "If the symptoms last more than three days."]),
    "es": (["La gastroenteritis es una inflamación del estómago y el intestino, causada casi siempre por un virus y muy contagiosa en invierno.",
            "Antes de empezar necesitas acceso a un servidor con un usuario que tenga permisos de administrador y una conexión a internet.",
            "Al final del tutorial tendrás un servidor web funcionando, listo para alojar tu primera página y tus propios proyectos."],
           ["Síntomas", "Diarrea", "Vómitos", "Dolor abdominal", "Fiebre leve", "¿Cuándo acudir al médico?",
            "Si hay sangre en las heces.", "Si los síntomas duran más de tres días."]),
}


@pytest.mark.parametrize("lang", sorted(HEALTH))
def test_a_list_over_a_question_the_article_answers_survives_with_the_language_known(lang: str) -> None:
    paragraphs, tail = HEALTH[lang]
    page = [*paragraphs, *tail]
    for forced in (None, lang):
        result = cleaner.explain_text("\n".join(page), language=forced)
        assert result.text.splitlines() == page, (forced, removed(result))


# the same place without the shape: as before (a menu with residue in it, a list with one sentence under its question,
# a teaser after a menu)
def test_a_gap_without_the_lists_shape_still_parts_the_blocks() -> None:
    paragraphs, _tail = HEALTH["en"]
    with_share = [*paragraphs, "Sections", "News", "Sport", "Culture", "Share", "When should you see a doctor?",
                  "If there is blood in the stool.", "If the symptoms last more than three days."]
    result = cleaner.explain_text("\n".join(with_share))
    assert "If the symptoms last more than three days." not in result.text.splitlines(), removed(result)
    teaser = [*paragraphs, "More", "News", "Sport", "Culture", "Travel", "Ten things to do in Lisbon this summer with children and friends."]
    assert cleaner.explain_text("\n".join(teaser)).text.splitlines() == paragraphs


def test_a_news_lists_way_back_goes_in_spanish() -> None:
    paragraphs, _tail = HEALTH["es"]
    for line in ("Volver al listado de noticias", "Regresar a la lista de artículos"):
        result = cleaner.explain_text("\n".join([*paragraphs, line]), language="es")
        assert removed(result) == [("site-chrome", line)]
    # (a sentence telling of going back stays)
    line = "Volver al listado de espera le costó tres meses más, según explicó la paciente a este diario."
    result = cleaner.explain_text("\n".join([*paragraphs, line]), language="es")
    assert result.text.splitlines() == [*paragraphs, line], removed(result)
