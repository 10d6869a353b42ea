"""Lines led by an emoji, a pictograph, an arrow or a bullet: the vocabularies see them without it.

Social-first sites print their promos, labels and counters behind a symbol ("📲 Leia mais: …", "👉 Abonnez-vous à
notre newsletter", "▶️ WATCH: …", "💬 12 Kommentare", "📸 Foto: …"). The tables anchor at the line's start, so the
symbol hid the line from them; now a line's leading run of symbols (:func:`cleaner.vocab.symbol_lead`) is set aside
where a table is matched, and such a line goes the way the same line without the symbol goes.

The other side: articles lead their own lines with symbols too: a social-style article's "👉 The key takeaway: …", a
how-to's "➡️ Step 2: open the settings", a review's "✅ Pros: long battery life", a fact box's "📍 Where: the east
quay", a quote behind a speech bubble. Those survive, in the middle and at the end of an article (the full sentences
at its head too, and in ``fixtures/negatives/<lang>.txt``), on their own and as items of a list.

``python tests/test_symbol_led_lines.py`` prints the probe's numbers.
"""

from __future__ import annotations

import re

import pytest
from probes import assert_survives, with_line
from strategies import ARTICLES

import cleaner
from cleaner import gate, vocab

# Residue behind a symbol: the bare line (symbol taken off) is residue a table already names.
RESIDUE: dict[str, list[str]] = {
    "en": [
        "▶️ WATCH: Firefighters battle the blaze overnight",
        "✉️ Sign up for our newsletter",
        "🔴 LIVE: Follow our coverage",
        "📸 Photo: Jane Doe",
        "👉 Follow us on Instagram",
        "➡️ Read more: Council approves harbour plan",
        "💬 12 comments",
        "📲 Download our app",
        "►Read more",
        "🔗 Share this article",
        "✅ Follow us on Facebook",
        "👉👉 Follow us on Instagram",
        "🇬🇧 📲 Download our app",
        "🕒 14:05",
        "🗓️ 3 May 2024",
        "📖 5 min read",
    ],
    "de": [
        "➡️ Lesen Sie auch: Stadtrat beschließt Hafenplan",
        "📸 Foto: Max Muster",
        "🔴 LIVE: Alle Entwicklungen im Ticker",
        "👉 Folgen Sie uns auf Instagram",
        "✉️ Abonnieren Sie unseren Newsletter",
        "📲 Laden Sie unsere App herunter",
        "🔗 Mehr zum Thema",
    ],
    "fr": [
        "👉 Abonnez-vous à notre newsletter",
        "📸 Photo : Jean Dupont",
        "➡️ Lire aussi : Le conseil approuve le projet",
        "💬 12 commentaires",
        "📲 Téléchargez notre application",
        "▶️ VIDÉO : Les pompiers luttent contre l'incendie",
    ],
    "es": [
        "📸 Foto: Juan Pérez",
        "👉 Síguenos en Instagram",
        "➡️ Lee también: El ayuntamiento aprueba el plan",
        "✉️ Suscríbete a nuestra newsletter",
        "💬 12 comentarios",
        "■Lee también:",
    ],
    "it": [
        "📸 Foto: Mario Rossi",
        "➡️ Leggi anche: Il consiglio approva il piano",
        "👉 Iscriviti alla nostra newsletter",
        "💬 12 commenti",
    ],
    "pt": [
        "📲 Leia mais: Câmara aprova plano para o porto",
        "📸 Foto: João Silva",
        "👉 Siga-nos no Instagram",
        "✉️ Assine a newsletter",
        "💬 12 comentários",
        "➡️ Veja também: Câmara aprova plano",
    ],
    "nl": [
        "📸 Foto: Jan Jansen",
        "➡️ Lees ook: Gemeenteraad keurt plan goed",
        "👉 Volg ons op Instagram",
        "✉️ Abonneer je op onze nieuwsbrief",
        "🔴 LIVE: Alle ontwikkelingen",
    ],
    "pl": [
        "📸 Fot. Jan Kowalski",
        "➡️ Czytaj także: Rada miasta zatwierdza plan",
        "✉️ Zapisz się do newslettera",
        "💬 12 komentarzy",
    ],
    "ru": [
        "📸 Фото: Иван Иванов",
        "➡️ Читайте также: Городской совет одобрил план",
        "✉️ Подпишитесь на рассылку",
    ],
    "tr": [
        "📸 Fotoğraf: Ahmet Yılmaz",
        "➡️ Ayrıca okuyun: Belediye planı onayladı",
        "👉 Bizi Instagram'da takip edin",
        "💬 12 yorum",
    ],
}

# Residue that opens a comment section: the bare heading goes at the end of an article (in its middle a lone
# "Comments" may be the article's own word, so neither form is judged there).
TAIL_RESIDUE: dict[str, list[str]] = {
    "en": ["👇 Comments"],
    "de": ["💬 12 Kommentare"],
    "nl": ["💬 12 reacties"],
    "ru": ["💬 12 комментариев"],
}

# An article's own symbol-led lines, short or unpunctuated (in the middle and at the end of an article: at its head
# a short line is the title).
SHORT_ARTICLE_LINES: dict[str, list[str]] = {
    "en": [
        "• Sign up before May 1 to get the discount",
        "➡️ Step 2: open the settings",
        "✅ Pros: long battery life",
        "❌ Cons: the camera struggles in low light",
        "👇 Here is what changes for residents",
        "1️⃣ Download the form from the council website",
        "→ 3 of 5 residents backed the plan",
        "📍 Where: the east quay",
        "📅 When: Saturday, 10 a.m. to 4 p.m.",
        "📸 Photo essay: life on the harbour",
    ],
    "de": ["➡️ Schritt 2: Einstellungen öffnen", "✅ Vorteile: lange Akkulaufzeit", "📍 Wo: am östlichen Kai"],
    "fr": ["➡️ Étape 2 : ouvrir les paramètres", "✅ Points forts : grande autonomie"],
    "es": ["➡️ Paso 2: abrir los ajustes", "✅ Ventajas: gran autonomía"],
    "it": ["➡️ Passo 2: aprire le impostazioni", "✅ Pro: lunga autonomia"],
    "pt": ["➡️ Passo 2: abrir as definições", "✅ Prós: bateria de longa duração"],
    "nl": ["➡️ Stap 2: open de instellingen", "✅ Voordelen: lange accuduur"],
    "pl": ["✅ Zalety: długi czas pracy baterii"],
    "ru": ["✅ Плюсы: долгая работа батареи"],
    "tr": ["✅ Artıları: uzun pil ömrü"],
}

# An article's own symbol-led sentences: they survive anywhere (the head included).
ARTICLE_SENTENCES: dict[str, list[str]] = {
    "en": [
        "👉 Sign up before May 1 to get the discount.",
        "👉 The key takeaway: councils that publish their budgets early receive fewer complaints.",
        "➡️ Step 2: open the settings and choose Privacy.",
        "📍 The harbour will reopen to the public in spring 2026.",
        "• 12 people were injured in the crash.",
        "⚠️ Do not use the app while driving.",
        "👉 Follow the signs to the east entrance, where volunteers hand out maps.",
        "🔴 Live music returns to the harbour this summer, organisers said.",
        "▶️ Watch out for ice on the bridge this morning, police warned.",
        "💬 \"We are relieved,\" said one resident.",
        "🔔 The bell will ring at noon every Sunday from June.",
        "✉️ Letters to the council must arrive by Friday.",
        "📲 Share the link with your neighbours so they can vote too.",
    ],
    "de": [
        "👉 Das Wichtigste in Kürze: Der Kai wird bis 2026 neu gebaut.",
        "• Melden Sie sich bis zum 1. Mai an, um den Rabatt zu erhalten.",
        "📍 Der Hafen soll im Frühjahr 2026 wieder für die Öffentlichkeit geöffnet werden.",
        "🔴 Live-Musik kehrt im Sommer an den Hafen zurück.",
        "💬 „Wir sind erleichtert“, sagte eine Anwohnerin.",
    ],
    "fr": [
        "👉 À retenir : le quai sera reconstruit d'ici 2026.",
        "📍 Le port rouvrira au public au printemps 2026.",
        "🔴 En direct de la mairie, le maire a annoncé sa démission.",
        "👉 Abonnez-vous au service de la mairie pour recevoir les alertes de crue.",
    ],
    "es": [
        "👉 La clave: los ayuntamientos que publican sus presupuestos reciben menos quejas.",
        "📍 El puerto volverá a abrir al público en la primavera de 2026.",
        "■ Lee también el informe del ayuntamiento antes del pleno del jueves.",
    ],
    "it": [
        "👉 Il punto chiave: i comuni che pubblicano i bilanci ricevono meno reclami.",
        "✅ Segui le indicazioni dei vigili del fuoco e non avvicinarti alla zona.",
    ],
    "pt": [
        "👉 O ponto principal: as câmaras que publicam os orçamentos recebem menos queixas.",
        "📲 Leia mais sobre o plano no relatório publicado pela câmara na terça-feira.",
    ],
    "nl": ["👉 De kern: gemeenten die hun begroting vroeg publiceren krijgen minder klachten."],
    "pl": ["👉 Najważniejsze: nabrzeże zostanie odbudowane do 2026 roku."],
    "ru": ["👉 Главное: причал перестроят к 2026 году."],
    "tr": ["👉 Önemli nokta: rıhtım 2026 yılına kadar yeniden inşa edilecek."],
}

# An article's lists of symbol-led items, announced by a line of its own (a how-to's steps, a fact box, a review's
# verdict): the items stay, even where one reads like a prompt.
LISTS: dict[str, tuple[str, list[str]]] = {
    "steps": (
        "en",
        [
            "How to claim the discount:",
            "👉 Sign up before May 1 on the council website",
            "👉 Bring your receipt to the town hall",
            "👉 Follow the instructions in the confirmation email",
        ],
    ),
    "facts": (
        "en",
        [
            "What you need to know:",
            "📍 Where: the east quay",
            "📅 When: Saturday, 10 a.m. to 4 p.m.",
            "🎟️ Tickets: free, but register online",
        ],
    ),
    "verdict": ("en", ["The verdict:", "✅ Pros: long battery life, bright screen", "❌ Cons: slow charging"]),
    "bullets": (
        "en",
        [
            "Three things changed this week:",
            "• Share prices fell 4 percent on Monday",
            "• Comments from the minister angered unions",
            "• Photos of the site were released on Friday",
        ],
    ),
    "keycaps": ("en", ["Steps:", "1️⃣ Open the settings", "2️⃣ Tap Notifications", "3️⃣ Turn on notifications for the app"]),
    "schritte": (
        "de",
        [
            "So kommen Sie an den Rabatt:",
            "➡️ Melden Sie sich bis zum 1. Mai auf der Website der Stadt an",
            "➡️ Bringen Sie den Beleg ins Rathaus",
        ],
    ),
    "etapes": (
        "fr",
        [
            "Pour obtenir la réduction :",
            "👉 Inscrivez-vous avant le 1er mai sur le site de la mairie",
            "👉 Apportez votre reçu à la mairie",
        ],
    ),
}

_SYMBOLS = re.compile(r"^[^\w\"“„«(]+")


def _bare(line: str) -> str:
    return _SYMBOLS.sub("", line).lstrip()


def _removed(lang: str, line: str, position: str) -> tuple[str, list[str]]:
    article = list(ARTICLES[lang])
    result = cleaner.explain_text("\n\n".join(with_line(article, line, position)))
    return result.text, [r.pass_name for r in result.removed]


def _residue(cases: dict[str, list[str]], positions: tuple[str, ...]) -> list[object]:
    return [
        pytest.param(lang, line, position, id=f"{lang}:{position}:{line[:40]}")
        for lang, lines in cases.items()
        for line in lines
        for position in positions
    ]


@pytest.mark.parametrize(
    ("lang", "line", "position"), _residue(RESIDUE, ("middle", "tail")) + _residue(TAIL_RESIDUE, ("tail",))
)
def test_symbol_led_residue_goes_as_its_bare_line_goes(lang: str, line: str, position: str) -> None:
    article = "\n\n".join(ARTICLES[lang])
    bare_text, bare_passes = _removed(lang, _bare(line), position)
    assert bare_text == article and bare_passes, "the bare line is residue a table names (the test's premise)"
    text, passes = _removed(lang, line, position)
    assert text == article
    assert passes == bare_passes


def _article(cases: dict[str, list[str]], positions: tuple[str, ...]) -> list[object]:
    return _residue(cases, positions)


@pytest.mark.parametrize(("lang", "line", "position"), _article(SHORT_ARTICLE_LINES, ("middle", "tail")))
def test_a_short_symbol_led_article_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(list(ARTICLES[lang]), line, position))


@pytest.mark.parametrize(("lang", "line", "position"), _article(ARTICLE_SENTENCES, ("head", "middle", "tail")))
def test_a_symbol_led_article_sentence_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(list(ARTICLES[lang]), line, position))


@pytest.mark.parametrize("key", sorted(LISTS))
def test_an_announced_list_of_symbol_led_items_survives(key: str) -> None:
    lang, items = LISTS[key]
    article = list(ARTICLES[lang])
    assert_survives([*article[:2], "\n".join(items), *article[2:]])


@pytest.mark.parametrize("symbol", ["🕒 ", "⏰", "▶ "])
def test_a_live_blogs_symbol_led_entry_times_and_an_events_date_survive(symbol: str) -> None:
    """The passes that read a line's first character along with a table (a time or a date opens on a digit) read
    it past the symbols too: a live blog's entry times and an event's date behind a symbol stay, as bare ones do."""
    article = list(ARTICLES["en"])
    assert_survives(
        [
            article[0],
            f"{symbol}10:05",
            "Police closed the coastal road after waves flooded it.",
            f"{symbol}10:40",
            "The mayor said the shelters were open to everyone who needed them.",
            f"{symbol}11:15",
            "Power was restored to most homes by midday, the utility said.",
            article[1],
        ]
    )
    event = [f"{symbol}Saturday, 4 May 2024, 7 p.m.", "Symphony Hall, 252 Broad Street, Birmingham"]
    assert_survives([*article[:2], *event, article[2]])


def test_a_long_symbol_led_line_is_running_text() -> None:
    """The word limit of a vocabulary pass still holds behind a symbol: a long line is the article's."""
    article = list(ARTICLES["en"])
    line = (
        "👉 Follow us on Instagram, the mayor told the crowd, and then she spent twenty minutes explaining why the "
        "council had changed its mind about the harbour, the quay, the fishing fleet and the new parking rules"
    )
    assert_survives(with_line(article, line, "middle"))


# -- the helper ----------------------------------------------------------------------------------------------------

LED = [
    ("▶️ WATCH: x", "WATCH: x"),
    ("👉 Abonnez-vous", "Abonnez-vous"),
    ("👉👉 Follow us", "Follow us"),
    ("👨‍👩‍👧 Family", "Family"),
    ("👍🏽 Like", "Like"),
    ("🇩🇪 📲 Download", "Download"),
    ("1️⃣ Open", "Open"),
    ("#️⃣ Tags", "Tags"),
    ("» Mehr zum Thema", "Mehr zum Thema"),
    ("►Zum Liveticker", "Zum Liveticker"),
    ("■ Lee también:", "Lee también:"),
    ("✓ Done", "Done"),
    ("• Sign up", "Sign up"),
    ("· Share", "Share"),
    ("→ Read more", "Read more"),
    ("| Share", "Share"),
    ("✉️Sign up", "Sign up"),
]
NOT_LED = [
    "Sign up for our newsletter",
    "12 Kommentare",
    "»Das stimmt«, sagte sie",
    "\"Quote,\" she said",
    "“Quote,” she said",
    "(Reuters) text",
    "[1] note",
    "#hashtag",
    "— Não sei, disse ele.",
    "¿Qué pasa?",
    "€5 off",
    "$5 off",
    "…and then",
    "👍",
    "👉 ",
    "",
    "1. Open",
    "| Comments | 12 |",
    "+44 20 7946 0000",
    "~40 people attended",
    "−5 °C",
    "<i>Comments</i>",
    "<< Previous",
    "© Example Media",
    "©️ Example Media 2024",
    "® Registered",
    "° Celsius",
    "12 °C",
    "Ελλάδα",
    "中文",
]


@pytest.mark.parametrize(("line", "rest"), LED)
def test_symbol_lead_sets_aside_the_leading_symbols(line: str, rest: str) -> None:
    assert line[vocab.symbol_lead(line) :] == rest


@pytest.mark.parametrize("line", NOT_LED)
def test_symbol_lead_leaves_letters_digits_quotes_and_brackets(line: str) -> None:
    assert vocab.symbol_lead(line) == 0


def test_table_match_sees_past_the_symbols() -> None:
    table = vocab.table("signup", "newsletter", ("en",))
    assert table.match("Sign up for our newsletter")
    assert table.match("✉️ Sign up for our newsletter")
    assert table.match("👉👉 Sign up for our newsletter")


@pytest.mark.parametrize(
    "line", ["© Example Media", "© 2024 Example Media. All rights reserved.", "📸 © Example Media"]
)
def test_a_rights_sign_stays_with_its_words(line: str) -> None:
    """"©" is the rights line's own sign, not a marker: the copyright pass names the line, not the credit pass that
    would name the bare agency."""
    article = list(ARTICLES["en"])
    result = cleaner.explain_text("\n\n".join([*article, line]))
    assert result.text == "\n\n".join(article)
    assert [r.pass_name for r in result.removed] == ["copyright"]


@pytest.mark.skipif(not gate.available(), reason="needs google-re2")
def test_the_gate_admits_every_symbol_led_line_a_table_matches() -> None:
    lines = [line for lines in RESIDUE.values() for line in lines] + [
        line for lines in TAIL_RESIDUE.values() for line in lines
    ]
    lines += [_bare(line) for line in lines]
    for family in vocab.families():
        for name in vocab.load_family(family):
            table = vocab.table(family, name, None)
            if not table.patterns:
                continue
            g = gate.gate_for(((table.mode, tuple(table.patterns)),))
            if g is None:
                continue
            maybe = g.lines(lines)
            assert maybe is not None
            for line, ok in zip(lines, maybe, strict=True):
                if table.match(line):
                    assert ok, f"{family}.{name}: the gate ruled out {line!r}, which the table matches"
                    assert g.line(line), f"{family}.{name}: Gate.line ruled out {line!r}"


@pytest.mark.skipif(not gate.available(), reason="needs google-re2")
def test_the_gates_scan_of_a_document_agrees_with_its_look_at_each_line() -> None:
    """Gate.lines finds the symbol-led lines of a document (the first one too) as Gate.line finds each."""
    table = vocab.table("signup", "newsletter", ("en",))
    g = gate.gate_for(((table.mode, tuple(table.patterns)),))
    assert g is not None
    leads = ["", "📲 ", "▶️ ", "1️⃣ ", "» ", "»", "— ", "| ", "+", "中"]
    texts = ["Sign up for our newsletter", "The council met on Tuesday.", "“Sign up,” she said"]
    lines = [lead + text for text in texts for lead in leads]
    for doc in (lines, lines[::-1], lines[1:] + lines[:1]):
        found = g.lines(doc)
        assert found == [g.line(line) for line in doc]
        assert found is not None
        assert all(ok for line, ok in zip(doc, found, strict=True) if table.match(line))


if __name__ == "__main__":  # the probe's numbers
    left = lost = 0
    for lang, lines in RESIDUE.items():
        for line in lines:
            for position in ("middle", "tail"):
                _text, passes = _removed(lang, line, position)
                if not passes:
                    left += 1
                    print(f"left {lang} {position}: {line}")
    for lang, lines in TAIL_RESIDUE.items():
        for line in lines:
            _text, passes = _removed(lang, line, "tail")
            if not passes:
                left += 1
                print(f"left {lang} tail: {line}")
    judged = ((SHORT_ARTICLE_LINES, ("middle", "tail")), (ARTICLE_SENTENCES, ("head", "middle", "tail")))
    for cases, positions in judged:
        for lang, lines in cases.items():
            for line in lines:
                for position in positions:
                    text, passes = _removed(lang, line, position)
                    if passes:
                        lost += 1
                        print(f"LOST {lang} {position}: {line} {passes}")
    for key, (lang, items) in sorted(LISTS.items()):
        article = list(ARTICLES[lang])
        result = cleaner.explain_text("\n\n".join([*article[:2], "\n".join(items), *article[2:]]))
        lost += len(result.removed)
        for r in result.removed:
            print(f"LOST list {key}: {r.text} ({r.pass_name})")
    total = sum(len(v) * 2 for v in RESIDUE.values()) + sum(len(v) for v in TAIL_RESIDUE.values())
    print(f"residue left {left} of {total}; article lines lost {lost}")
