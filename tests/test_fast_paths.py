"""Shortcuts taken for speed must give exactly what the plain computation gives.

Each test holds one shortcut to the code it replaced: over every code point where a
character-level argument carries it, and over real and awkward text otherwise.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from cleaner import Cleaner, language, sentences, textstats
from cleaner.context import Context
from cleaner.document import _LEAD, _LEAD_FIRST, Document, normalize_space
from cleaner.passes.base import LiteralScanner, VocabGroup
from cleaner.vocab import fold

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EVERY = "".join(map(chr, range(0x110000)))


def _texts() -> list[str]:
    out: list[str] = []
    for path in sorted((FIXTURES / "cases").glob("*.json")):
        out.extend(case["input"] for case in json.loads(path.read_text(encoding="utf-8")))
    for path in sorted((FIXTURES / "negatives").glob("*.txt")):
        out.append(path.read_text(encoding="utf-8"))
    return out


TEXTS = _texts()
LINES = [line for text in TEXTS for line in text.splitlines()]


def test_every_whitespace_but_space_is_unprintable() -> None:
    # What lets normalize_space return a printable line without doubled/edge spaces as it is.
    assert [c for c in EVERY if c.isspace() and c != " " and c.isprintable()] == []


@pytest.mark.parametrize("c", [c for c in EVERY if c.isspace() or not c.isprintable()][:400] + list("a é\u00ad\u200b"))
def test_normalize_space_is_split_and_join(c: str) -> None:
    for s in (f"a{c}b", f"{c}a", f"a{c}", c, f"a {c} b", f"a{c}{c}b", f"{c} ", f" {c}", f"a{c} b", "a  b", " a", "a "):
        assert normalize_space(s) == " ".join(s.split())


def test_normalize_space_on_real_lines() -> None:
    for line in LINES:
        assert normalize_space(line) == " ".join(line.split())


def test_punctuation_regexes_blank_what_the_translation_tables_did() -> None:
    # (the danda since test_lang_vocab17.py, and in the profile the Arabic comma, semicolon and question mark)
    wide = "「」『』（）。、，！？：；"
    for rx, chars in ((textstats._PUNCT, "!\"#$%&()*+,./:;<=>?@[\\]^`{|}~«»“”„‘’‚‹›—–…·•¡¿" + wide + "।॥"),
                      (language._PUNCT, "!\"#$%&()*+,./:;<=>?@[\\]^`{|}~«»“”„‘’‚‹›—–…·•¡¿।॥،؛؟")):
        assert rx.sub(" ", EVERY) == EVERY.translate(str.maketrans({ch: " " for ch in chars}))


def test_list_markers_open_with_a_marker_character() -> None:
    for c in EVERY:
        if _LEAD.match(f"{c} x") or _LEAD.match(f"{c}. x") or _LEAD.match(f"{c}) x") or _LEAD.match(f"{c}{c}. x"):
            assert c in _LEAD_FIRST or c.isdecimal(), repr(c)


def test_word_count_ascii_shortcut() -> None:
    for line in LINES:
        words = line.count(" ") + 1
        cjk = textstats.unspaced_chars(line)
        unspaced = max(words, textstats._unspaced_words(line, cjk))
        assert textstats.word_count(line) == (unspaced if cjk > len(line) * 0.3 else words)


def test_break_mark_finds_a_break_exactly_when_sentence_break_does() -> None:
    rng = random.Random(7)
    alphabet = list("aZ0 .!?…\"'”’»)]([“‘«@É\u0416x\u00a0")
    samples = LINES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20))) for _ in range(20000)]
    for s in samples:
        assert sentences.may_break(s) == (sentences.SENTENCE_BREAK.search(s) is not None), repr(s)


def test_breaks_found_from_the_mark_are_sentence_breaks() -> None:
    # _breaks finds SENTENCE_BREAK's matches (lookbehind) as _BREAK_MARK's (a leading mark).
    rng = random.Random(11)
    alphabet = [*"aZ0 .!?…\"'”’»)]([“‘«@É\u0416x\u00a0", "U.K. ", "Dr. ", "J. "]
    samples = LINES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    for s in samples:
        plain = [m.span() for m in sentences.SENTENCE_BREAK.finditer(s)]
        assert [m.span() for m in sentences._BREAK_MARK.finditer(s)] == [(a - 1, b) for a, b in plain], repr(s)


def test_long_words_are_the_long_word_runs() -> None:
    from cleaner.passes.blocks import _LONG_WORD

    for line in [*LINES, "ab_cd é\u0301tude 1234 x\u200by", "İstanbul ΣΟΦΊΑ straße"]:
        low = line.lower()
        assert _LONG_WORD.findall(low) == [w for w in re.findall(r"\w+", low) if len(w) >= 4]


def _scanners() -> list[tuple[VocabGroup, LiteralScanner, Context]]:
    groups = [p for p in Cleaner().passes if isinstance(p, VocabGroup)]
    out = []
    for text in TEXTS:
        ctx = Context(Document(text))
        for group in groups:
            every = group._search_items(ctx, (True,) * len(group.entries))
            out.append((group, LiteralScanner([p for _k, p in every]), ctx))
    return out


def test_literal_scan_of_single_lines_matches_the_whole_document_scan() -> None:
    checked = 0
    for group, scanner, ctx in _scanners():
        if not ctx.doc.lines or scanner.automaton is None:
            continue
        _active, items, _gate = group._setup(ctx)
        lines = list(range(len(ctx.doc.lines)))
        per_line = scanner.candidates(items, ctx, lines)
        scanner.one_line = False  # forces the whole-document scan
        whole = scanner.candidates(items, ctx, lines)
        scanner.one_line = True
        assert per_line == whole
        checked += sum(map(bool, per_line.values()))
    assert checked > 0


ASCII = "".join(map(chr, range(128)))


def test_sample_words_byte_table_is_the_punctuation_regex() -> None:
    rng = random.Random(11)
    samples = [*LINES, ASCII, ASCII.upper(), *("".join(rng.choice(ASCII) for _ in range(60)) for _ in range(5000))]
    for s in samples:
        assert textstats.sample_words(s) == textstats._PUNCT.sub(" ", s[: textstats.STOP_SAMPLE_CHARS].lower()).split()
        low = s.lower()
        assert language._profile_words(low) == language._PUNCT.sub(" ", low).split()


def test_long_words_byte_table_is_the_regex() -> None:
    from cleaner.passes.blocks import _LONG_WORD, _long_words

    rng = random.Random(12)
    alphabet = [*ASCII, "é", "ß", "\u0301"]
    samples = [*LINES, ASCII, *("".join(rng.choice(alphabet) for _ in range(40)) for _ in range(5000))]
    for s in samples:
        low = s.lower()
        assert _long_words(low) == _LONG_WORD.findall(low), repr(s)


def test_lines_lower_cased_alone_are_slices_of_the_lower_cased_document() -> None:
    from cleaner.vocab import fold

    awkward = ["ΟΔΟΣ\nΣΑΣ ΣΑΣ.\nΑ\u0301Σ\n\u00adΣ", "İstanbul\nKELVIN \u212a\nſign", "plain\nASCII", "İLGİLİ\nHAKLARI"]
    for text in [*TEXTS, *awkward]:
        ctx = Context(Document(text))
        joined = "\n".join(line.text for line in ctx.doc.lines)
        assert ctx.lower_aligned() == (len(fold(joined)) == len(joined))
        if ctx.lower_aligned():
            lower, starts = ctx.lower_text(), ctx.line_starts()
            for start, line in zip(starts, ctx.doc.lines, strict=True):
                assert lower[start : start + len(line.text)] == fold(line.text)
    assert Context(Document("İLGİLİ\nHAKLARI")).lower_aligned()  # the fold keeps "İ" one character


def test_block_topics_read_joined_lines_as_each_line_alone() -> None:
    from collections import Counter

    from cleaner.passes.blocks import _LONG_WORD, _BlockTopics

    awkward = "ΟΔΟΣ ΣΑΣ words\nstraße Größe über\n東京都の天気は晴れです\nplain ascii words here\nİstanbul ΣΟΦΊΑ"
    # (lines past ASCII are read lower-cased off the folded text, once that is taken: each line's slice of it)
    folds = "STRASSE Straße GRÖSSE über\nÉCOLE Française DES Beaux-Arts\nplain ascii words here\nΚΑΛΗΜΕΡΑ κόσμε"
    for text, warm in [(t, warm) for t in [*TEXTS, awkward, folds] for warm in (False, True)]:
        ctx = Context(Document(text))
        if warm:
            ctx.lower_text()
            assert text != folds or ctx.folded_lines() is not None
        prose = list(range(len(ctx.doc.lines)))
        words: set[str] = set()
        counts: Counter[str] = Counter()
        for i in prose:
            line = ctx.doc.lines[i].text
            if textstats.unspaced_chars(line) > len(line) * 0.3:
                words.update(line[k : k + 2] for k in range(len(line) - 1))
            else:
                found = [w for w in _LONG_WORD.findall(line.lower()) if w not in ctx.stopwords]
                words.update(found)
                counts.update(found)
        topics = _BlockTopics(ctx, [prose])
        assert topics.words(0) == words
        assert topics.counts({0}) == counts


def test_long_words_are_the_regex_runs() -> None:
    """``blocks._long_words`` finds what ``\\w{4,}`` finds, ASCII or not: words between spaces read whole
    where they are letters alone, the regex on the others (punctuation, "_", combining marks)."""
    from cleaner.passes.blocks import _LONG_WORD, _long_words

    rng = random.Random(13)
    alphabet = "abcdé ü_'’-.,;:!?()«»\u00a0\t\u0307ßΣσЖж1٣東京 "
    samples = [line.lower() for line in LINES]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60))) for _ in range(3000)]
    samples += ["i̇stanbul straße, l'état  foo_barbaz ٣٣٣٣ abc\u0307defg", "", " ", "ÄÖÜäöü"]
    for text in samples:
        assert _long_words(text) == _LONG_WORD.findall(text), text


def test_verdict_headings_gated_as_the_table_matches() -> None:
    """The verdict-heading memo (its lines ruled out in a batch by the table's gate) says what the table's
    regexes say of every line: the gate only saves them."""
    from cleaner.passes.edge_boxes import VerdictHeadings

    headings = "Pros\nCons:\n▶ Pros\nThe good\nWhat we liked\nNachteile\nPoints forts\nПлюсы\n优点：\nProse\nFor you"
    for text in [*TEXTS, headings]:
        ctx = Context(Document(text))
        table = ctx.table("structure", "verdict_heading")
        verdicts = VerdictHeadings(ctx)
        verdicts.rule_out(list(range(len(ctx.doc.lines))))
        for i, line in enumerate(ctx.doc.lines):
            assert verdicts.at(i) == (table.match(line.text) is not None), line.text
    ctx = Context(Document(headings))
    assert [VerdictHeadings(ctx).at(i) for i in range(3)] == [True, True, True]


def test_furniture_of_three_words_holds_no_figure() -> None:
    """detached-blocks counts the figures of furniture lines of one or two words only: the furniture
    test spares every line of three words or more with a figure in it (dates, scores, prices)."""
    from cleaner.passes.furniture import DIGIT, furniture_test

    extra = "Home\nNews 24\nSport live now 3\nTop 10 stories\nAbout us\nPrices from 20 €\n5\nMore from the site"
    for text in [*TEXTS, extra]:
        ctx = Context(Document(text))
        furniture_at = furniture_test(ctx)
        for i, line in enumerate(ctx.doc.lines):
            if furniture_at(i) and ctx.words(i) >= 3:
                assert DIGIT.search(line.text) is None, line.text


def test_has_digit_is_the_regex() -> None:
    """``furniture.has_digit`` (ASCII read by character codes, the regex from the first character past ASCII)
    finds a figure where ``DIGIT.search`` finds one: every code point alone, after ASCII letters and before a
    figure or none, and every line of the fixtures."""
    from cleaner.passes.furniture import DIGIT, has_digit

    for ch in EVERY:
        for text in (ch, "abc " + ch, ch + " 7", "ab" + ch + "cd", "é" + ch):
            assert has_digit(text) == (DIGIT.search(text) is not None), repr(text)
    for line in [*LINES, "", "Top 10", "Straße 5", "Straße", "٣ أيام", "No. ５", "x" * 40 + "١"]:
        assert has_digit(line) == (DIGIT.search(line) is not None), line


def test_context_digit_is_the_regex() -> None:
    """``Context.digit`` (every line's ASCII digits found by a scan of the joined text a digit, a line past ASCII
    read on its own) says of each line what ``DIGIT.search`` says: the fixtures, awkward and random texts, other
    scripts' digits, a figure at a line's first or last character, and a line trimmed after the first ask."""
    from cleaner.passes.furniture import DIGIT

    odd = ["", "7", "a\n\nb 9\n٣ أيام\nStraße\nNo. ５\n" + "x" * 40 + "١\n9 lives\nends 0", "١\n2\nx", "\u3000\n5"]
    for text in [*TEXTS, *odd, *RANDOM_TEXTS[:500]]:
        ctx = Context(Document(text))
        for i, line in enumerate(ctx.doc.lines):
            assert ctx.digit(i) == (DIGIT.search(line.text) is not None), repr(line.text)
    ctx = Context(Document("Updated 12 May: Prices rose\nThe end of the story is near, they said."))
    assert ctx.digit(0)
    ctx.doc.trim(0, "Prices rose", "Updated 12 May: ", "prefix", "test", "test")
    ctx.refresh(0)
    assert not ctx.digit(0) and not ctx.digit(1)


def test_opens_address_is_the_regex() -> None:
    """``widgets._opens_address`` (the regex asked only of a line whose first character may open an address) says
    what ``_MAYBE_ADDRESS`` says of every code point opening a line; asked of every line of a text, it says what
    the old search of the joined text for a line opening with an address said."""
    from cleaner.passes.widgets import _ADDRESS_OPENING, _MAYBE_ADDRESS, _opens_address

    after_newline = re.compile("\n(?:" + _ADDRESS_OPENING + ")", re.IGNORECASE)
    cased = [ch for ch in EVERY if ch.isascii() or ch.lower() != ch or ch.upper() != ch]  # (what case may fold)
    for ch in cased:
        for rest in ("", "ttp://a.b", "ww.example.org", "nstagram.com/x", "witter.com", ".com/x", "ttps"):
            text = ch + rest
            assert _opens_address(text) == (_MAYBE_ADDRESS.match(text) is not None), repr(text)
    for text in ("Https://a", "<WWW.b", "X.COM/y", "Instagram.", "instagram", "LinkedIn.com", "lin\u212aedin.com",
                 "ti\u212atok.com", "b\u017fky.app", "\u0130nstagram.com", "youtube", "Youtube.be", "x.co", "<h", "",
                 "HTTP", "<Http", "The www.x", "In.", "Instagram", "INSTAGRAM.C", "Home", "<WWW"):
        assert _opens_address(text) == (_MAYBE_ADDRESS.match(text) is not None), repr(text)
    for text in [*TEXTS, *RANDOM_TEXTS[:500], "İnstagram.com/x\nb", "a\nWWW.x.org", "\nhttp://x", "a\n\nx.com"]:
        lines = Document(text).lines
        joined = "\n".join(line.text for line in lines)
        old = _MAYBE_ADDRESS.match(joined) is not None or after_newline.search(joined) is not None
        assert any(_opens_address(line.text) for line in lines) == old, text[:200]


def test_phone_labels_open_so() -> None:
    """``footer_contact_block`` asks ``_LABELLED_PHONE`` only of a line opening on one of ``_PHONE_LABEL_FIRST``:
    no other character, in any case, opens a line the regex reads as a labelled phone."""
    from cleaner.passes.edge_contacts import _LABELLED_PHONE, _PHONE_LABEL_FIRST

    cased = [ch for ch in EVERY if ch.isascii() or ch.lower() != ch or ch.upper() != ch]
    rests = ("el: 0113 378 5005", "ax 0113 378", "hone: 156", "elefone: 156", "él. : 02 28 25 20 00", "lf: 12 34 56",
             "ELEFON: 030 123", "one 12 34")
    for ch in cased:
        for rest in rests:
            if _LABELLED_PHONE.fullmatch(ch + rest):
                assert ch in _PHONE_LABEL_FIRST, repr(ch + rest)
    assert all(_LABELLED_PHONE.fullmatch(text) for text in ("Tel: 0113 378 5005", "Fax 0113 378", "Phone: 156"))


def test_street_and_town_ends_before_their_regexes() -> None:
    """``footer_contact_block`` asks ``_STREET`` and ``_POSTCODE_TOWN`` only of a line whose ends may hold their
    figures (``_street_ends``, ``_town_ends``): every line either regex reads whole passes its look, and the looks
    let the lines of an address through."""
    from cleaner.passes.edge_contacts import _POSTCODE_TOWN, _STREET, _street_ends, _town_ends

    digits = "0123456789٣５"
    shaped = [f"{a}{b}" for a in ("12 ", "Main St ", "D-", "AB-", "Leeds LS1 ", "x", "") for b in digits + "aZ"]
    odd = ["12 Market Street", "Hauptstraße 12", "Hanauer Landstr. 126-128", "Hauptstraße 12a", "5 rue de la Paix",
           "10115 Berlin", "D-10115 Berlin", "Leeds LS1 6AB", "London SW1A 1AA", "٣ شارع النيل", "Straße ５", "12"]
    for text in [*LINES, *shaped, *odd, *(t + e for t in odd for e in ("", " ", "b", "B", "ä", "Ä", "-", "1 "))]:
        text = text.strip()
        if _STREET.fullmatch(text):
            assert _street_ends(text), text
        if _POSTCODE_TOWN.fullmatch(text):
            assert _town_ends(text), text
    assert all(_STREET.fullmatch(t) for t in odd[:5]) and all(_POSTCODE_TOWN.fullmatch(t) for t in odd[5:9])


def test_link_line_looks_before_its_regex() -> None:
    """``widgets._link_line`` looks at a line's first character and its spaces before ``_LINK_LINE``: it says what
    the regex alone says, of every code point opening an address and of the fixtures' lines."""
    from cleaner.passes.widgets import _LINK_LINE, _link_line

    def reference(text: str) -> bool:
        return bool(_LINK_LINE.fullmatch(text)) and ("://" in text or "/" in text)

    for ch in EVERY[:0x3000]:
        for rest in ("ttps://example.org/a", "ww.example.org/x", "http://a.b/c>", "", "ttp://a b/c"):
            assert _link_line(ch + rest) == reference(ch + rest), repr(ch + rest)
    for text in [*LINES, "<https://a.org/x>", "https://a.org/x y", "www.a.org", "https://a.org/\tx", "Https://a/b"]:
        assert _link_line(text) == reference(text), text


def test_one_word_answers_and_questions_end_so() -> None:
    """The furniture test asks whether a one-word line is an answer or a question only of a line that ends so
    (its closing quotes and brackets taken off: ``_ONE_WORD_ENDS``); one that ends otherwise is neither."""
    from cleaner.passes.furniture import _ANSWER_CLOSERS, _ONE_WORD_ENDS, _answer, _one_word_question

    qa = "Bereuen Sie etwas?\nNein.\nSpijt?\nNooit.\nWarum?\n„Darum!“\nVragen?\nBel ons.\nJa\nEnde?\n(Ja.)\nOk"
    for text in [*TEXTS, qa]:
        ctx = Context(Document(text))
        for i, line in enumerate(ctx.doc.lines):
            if ctx.words(i) != 1 or line.text.rstrip().rstrip(_ANSWER_CLOSERS)[-1:] in _ONE_WORD_ENDS:
                continue
            assert not _answer(ctx, i) and not _one_word_question(ctx, i), line.text


def test_a_removed_line_is_explained_as_the_class_would_make_it() -> None:
    """``Document.remove`` records a native ``Taken``; ``removals()`` makes the public frozen
    :class:`~cleaner.result.Removal` from it, field for field what the class call gives."""
    import dataclasses
    import pickle

    from cleaner.result import Removal

    doc = Document("Share this\n- Menu")
    doc.remove(1, "edge-furniture", "menu")
    made = doc.removals()
    assert made == [Removal("- Menu", 2, 2, "edge-furniture", "menu", "line")]
    assert type(made[0]) is Removal and pickle.loads(pickle.dumps(made[0])) == made[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].text = "x"  # type: ignore[misc]


def test_detached_blocks_judges_every_gap_that_may_part_blocks() -> None:
    """detached-blocks asks the furniture test only of the gaps between two paragraphs that hold residue or as
    many kept lines as make a strong gap (``_judged_gaps``): any other gap, each of its lines furniture, is no
    strong gap, and one before the first paragraph or after the last parts no blocks."""
    from cleaner.passes.blocks import DetachedBlocks
    from cleaner.passes.furniture import furniture_test

    prose = "The council approved the new plan for the old harbour on Tuesday after a long and heated debate."
    menu = ["Home", "News", "Sport", "Weather", "Contact", "About us"]
    shapes = [
        [prose, *menu[:5], prose],  # five furniture lines: a strong gap
        [prose, *menu[:4], prose, *menu, prose],
        [prose, "Home", "REMOVED", "REMOVED", prose],  # residue beside one furniture line
        [prose, "REMOVED", "Home", prose, "News", prose],
        [*menu, prose, *menu[:2], prose, *menu],
    ]
    texts = [(text, 7) for text in TEXTS] + [("\n".join(shape), 0) for shape in shapes]
    passes = DetachedBlocks()
    for text, every in texts:
        ctx = Context(Document(text))
        lines = ctx.doc.lines
        for i, line in enumerate(lines):
            if line.text == "REMOVED" or (every and i % every == every - 1):
                ctx.doc.remove(i, "other-pass", "residue")  # (what other passes took before)
        furniture_at = furniture_test(ctx)
        counts = ctx.word_counts()
        prose_at = [
            line.removal is None and counts[i] >= passes.min_prose_words and ctx.is_prose(i)
            for i, line in enumerate(lines)
        ]
        judged, boxed_until = passes._judged_gaps(lines, prose_at)
        residue, members, after_prose = 0, [], False
        for i, line in enumerate(lines):
            if line.removal is not None:
                residue += 1
            elif not prose_at[i]:
                members.append(i)
            else:
                found = sum(furniture_at(j) for j in members)
                if after_prose and ((residue and found and residue + found >= 3) or found >= passes.gap_furniture):
                    assert set(members) <= set(judged), text
                    assert residue or boxed_until >= i, text
                after_prose, residue, members = True, 0, []
    assert passes._judged_gaps(Context(Document("\n".join(shapes[0]))).doc.lines, [True, *[False] * 5, True])[0]


def test_mentions_is_false_only_when_no_pattern_can_match() -> None:
    """``Context.mentions`` rules a table out for a text only when every pattern needs a literal the
    folded text lacks: it never rules out a text a pattern matches (any case, Turkish dotted I)."""
    from cleaner.vocab import Table

    cookies = Table("t", "cookie", "search", [r"\bcookies?\b"])
    assert cookies.literals == frozenset({"cookie"})
    bio = Table("t", "bio", "start", [r"[A-Z]\w+ [A-Z]\w+ is an? (writer|editor)\b"])
    assert bio.literals is not None and {"writer", "editor"} <= bio.literals
    wild = Table("t", "wild", "search", [r"\b\d{4}\b", r"\bcookies?\b"])
    assert wild.literals is None  # the first pattern needs no literal we know of
    for text, table, expected in [
        ("The site stores COOKIES on your device.", cookies, True),
        ("No biscuits were harmed.", cookies, False),
        ("Jane Doe is a Writer at the Gazette.", bio, True),
        ("The mayor opened the bridge.", bio, False),
        ("The mayor opened the bridge.", wild, True),
        ("", cookies, False),
    ]:
        ctx = Context(Document(text))
        assert ctx.mentions(table) is expected, text
        if table.pattern is not None and table.pattern.search(text):
            assert ctx.mentions(table)
    assert Context(Document("cookies")).mentions(Table("t", "none", "search", [])) is False


def test_first_sentence_is_split_sentences_first_when_there_are_more() -> None:
    """``sentences.first_sentence`` (a loop over the break marks that stops at the first real break) gives what
    splitting the whole line gives: its first sentence when it has more than one, titles and initials aside."""
    lines = [line for text in _texts() for line in text.splitlines() if line.strip()]
    lines += [
        "Mr. Smith went home. He slept.", "U.K. Ambassador says so. More later.", "No break here",
        "Ends here.", "A. B. C. D. Then it breaks. Here.", "Dr. No. Yes!", "“Quoted.” Then more.",
    ]
    for line in lines:
        parts = sentences.split_sentences(line)
        expected = parts[0] if len(parts) > 1 else None
        assert sentences.first_sentence(line) == expected, line


def test_count_heading_prechecks_keep_every_match() -> None:
    """``edge_comments._count_heading`` tries ``_COUNT_HEADING`` only where a figure opens or closes the line (or a
    bracket closes it) and one space at most parts its words: on normalised lines it agrees with the regex."""
    from cleaner.passes.edge_comments import _COUNT_HEADING, _count_heading

    lines = [normalize_space(line) for text in _texts() for line in text.splitlines() if line.strip()]
    lines += [
        "Comments (12)", "Kommentare(3)", "Comments 12", "12 Comments", "١٢ تعليق", "Reacties ٣", "Comments",
        "12 reader comments", "Comments (12) below", "(12) Comments", "Replies 1234",
    ]
    rng = random.Random(16)
    alphabet = "ab C1٣ ()'’-_.é"
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))).strip() or "a" for _ in range(3000)]
    for line in lines:
        assert _count_heading(line) == (_COUNT_HEADING.fullmatch(line) is not None), line


def test_measure_given_the_context_word_count_measures_as_counting_itself() -> None:
    # Context.stats hands measure the word count it has taken (Context.words): the count measure makes.
    rng = random.Random(17)
    pieces = ["the", "of", "Der", "die", "日本語の文章です", "東京", "40003円", "—", "«", "a,b", "ไทย", "x.", "İ"]
    randoms = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    for text in [*TEXTS[:40], "\n".join(randoms)]:
        ctx = Context(Document(text))
        stopwords = ctx.stopwords or language.stopwords("en")
        for i, line in enumerate(ctx.doc.lines):
            for spaced in (False, ctx.spaced()):
                given = textstats.measure(line.text, stopwords, spaced, textstats.WIDE_PUNCT, ctx.words(i))
                assert given == textstats.measure(line.text, stopwords, spaced), line.text


def test_stats_cut_from_the_folded_text_are_measured_on_the_line() -> None:
    # Context.stats takes a line's stopword sample lower-cased from lower_text() (a slice) where that is the
    # line's first characters lower-cased alone: what measure gets lower-casing them itself.
    rng = random.Random(18)
    pieces = ["the", "of", "THE", "Der", "DIE", "ΟΔΟΣ", "Σ", "ΣΑΣ.", "τα", "İstanbul", "ıı", "ẞ", "É", "東京", "—",
              "«x»", "a,b"]
    randoms = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 90))) for _ in range(200)]
    # a capital sigma, the sample's last character: "της" (a Greek stopword) cut there, "τησ" in the whole line
    greek_cut = "a " * 157 + "ab ΤΗΣΑ και τα λόγια μιας μεγάλης γραμμής"
    texts = [*TEXTS[:60], "\n".join(randoms), "\n".join(r for r in randoms if "Σ" not in r and "İ" not in r
                                                        and "ı" not in r), greek_cut, "the of\n" + greek_cut]
    sliced = 0
    for text in texts:
        for trim, forced in ((False, None), (True, None), (False, "en"), (True, "en"), (False, "el")):
            ctx = Context(Document(text), forced)
            stopwords = ctx.stopwords
            if trim and len(ctx.doc) and " " in ctx.doc.lines[0].text:
                first = ctx.doc.lines[0].text
                cut = first.split(" ", 1)[0] + " "
                ctx.lower_text()
                ctx.doc.trim(0, first[len(cut):], cut, "prefix", "test", "test")
                ctx.refresh(0)
            wide = textstats.present(ctx.joined_text(), textstats.WIDE_PUNCT)
            for i, line in enumerate(ctx.doc.lines):
                expected = textstats.measure(line.text, stopwords, ctx.spaced(), wide)
                assert ctx.stats(i) == expected, line.text
            sliced += ctx._lower_lines is not None and ctx._lower_lines[0] == ctx.doc.edits and bool(stopwords)
    assert sliced > len(texts)  # (the slices were taken: most texts hold no capital sigma, no Turkish i)


@pytest.mark.parametrize("c", [c for c in map(chr, range(0x80)) if c.isspace() or not c.isprintable()] + list("a.é"))
def test_normal_line_is_normalize_space_on_split_lines(c: str) -> None:
    # Document reads each line of str.splitlines through _normal_line (ASCII lines: a scan for the spaces
    # a line can still hold): normalize_space's result.
    from cleaner.document import _normal_line

    for s in (f"a{c}b", f"{c}a", f"a{c}", c, f"a {c} b", f"a{c}{c}b", f"{c} ", f" {c}", f"a{c} b", "a  b", " a", "a ",
              f"x{c}é", f"é {c}"):
        for line in s.splitlines():
            assert _normal_line(line) == normalize_space(line) == " ".join(line.split()), repr(line)
    for line in LINES:
        assert _normal_line(line) == normalize_space(line)


def test_language_sample_lowered_from_the_folded_text_is_the_sample_lowered() -> None:
    # Context.language hands guess_by_stopwords the sample's start lower-cased, cut from lower_text() where
    # each line's slice of it is that line lower-cased: what _votes gets lower-casing the sample itself.
    rng = random.Random(19)
    pieces = ["the", "of", "Der", "DIE", "und", "ΟΔΟΣ", "ΣΑΣ", "τα", "İstanbul", "ve", "ıı", "ẞ", "É", "東京", "и", "В",
              "„x“", "a,b", "de", "LA"]
    randoms = ["\n".join(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
                         for _ in range(rng.randint(1, 30))) for _ in range(60)]
    lowered = 0
    for text in [*TEXTS, *randoms]:
        ctx = Context(Document(text))
        # (a line the page repeats votes once: its first copy in the order)
        old = "\n".join(dict.fromkeys(sorted((line.text for line in ctx.doc.lines), key=len, reverse=True)))
        sample = ctx.language_sample()
        assert old.startswith(sample)  # (the longest lines, up to the sample's size, in the same order)
        cut = ctx._lowered_sample()
        if cut is not None:
            lowered += 1
            assert cut == textstats.lower(sample[: language.PROFILE_CHARS])
        assert ctx.language == (language.guess_by_stopwords(sample) or language.guess_by_script(sample)
                                or language.guess_by_letters(sample))
    assert lowered > len(TEXTS) // 2


def _menu_pages() -> list[str]:
    """Pages whose menus and share rows stand twice (header and footer), as on most scraped pages."""
    menu = "Home\nNews\nSport\nShare\nFacebook\nTwitter\nSign up for our newsletter\nAll rights reserved\nMenu"
    return [f"{menu}\n\n{text}\n\n{menu}\n{text}" for text in TEXTS[:60]]


def test_vocabulary_verdicts_reused_for_repeated_lines_are_each_line_judged() -> None:
    reusing, judging = Cleaner(), Cleaner()
    for p in judging.passes:
        if isinstance(p, VocabGroup):
            p.reuse_verdicts = False
    assert _removals_agree(reusing, judging, [*TEXTS, *_menu_pages()]) > 0


def _best_trying_every_wildcard(group: VocabGroup, ctx: Context, active: tuple[bool, ...], text: str, words: int,
                                bucket: int) -> int | None:
    """``VocabGroup._best`` as it was (anchored entries only): the wildcard patterns of every entry tried."""
    best: int | None = None
    for ch in (fold(text[0]), None):
        rx = group._anchored(ctx, active, ch, None)
        m = rx.fullmatch(text) if rx is not None else None
        if m is not None and group.entries[int(m.lastgroup[1:])][4] < words:  # type: ignore[index]
            rx = group._anchored(ctx, active, ch, bucket)
            m = rx.fullmatch(text) if rx is not None else None
        if m is not None:
            k = int(m.lastgroup[1:])  # type: ignore[index]
            best = k if best is None else min(best, k)
    return best


def test_wildcard_patterns_tried_only_before_the_first_characters_match() -> None:
    from bisect import bisect_left

    groups = [p for p in Cleaner().passes if isinstance(p, VocabGroup)]
    # (lines a wildcard pattern of an earlier entry matches too: a copyright line cut short by a caption's toggle)
    menu = [*_menu_pages()[0].splitlines(), "© 2019 The Example Times Company and its partners… more",
            "Copyright 2019 by the Example Company Inc... Read more", "Home » News", "Subscribe » Newsletter"]
    checked = 0
    for text in TEXTS[::3]:
        ctx = Context(Document(text))
        for group in groups:
            active, _items, _gate = group._setup(ctx)
            by_char: dict[str | None, re.Pattern[str] | None] = {}
            for line in [*ctx.doc.lines[:80], *Document("\n".join(menu)).lines]:
                words = len(line.text.split())
                bucket = min(bisect_left(group.limits, words), len(group.limits) - 1)
                found = group._best(ctx, active, by_char, line.text, words, bucket, None)
                assert found == _best_trying_every_wildcard(group, ctx, active, line.text, words, bucket), line.text
                checked += found is not None
    assert checked > 50


def test_literal_lines_hold_every_line_a_table_matches() -> None:
    groups = [p for p in Cleaner().passes if isinstance(p, VocabGroup)]
    names = {(family, name) for g in groups for _n, family, name, _r, _m in g.entries}
    names |= {("cookies", "cookie_word"), ("credits", "bio"), ("comments", "reply"), ("comments", "ui")}
    extra = ["We use cookies on this site.\nCOOKIE settings\nCookies help us\nCookie", "x\nSubscribe to our newsletter"]
    checked = 0
    for text in [*TEXTS, *extra]:
        ctx = Context(Document(text))
        for family, name in sorted(names):
            t = ctx.table(family, name)
            holding = ctx.literal_lines(t)
            if holding is None:
                continue
            assert holding == sorted(set(holding))
            held = set(holding)
            for i, line in enumerate(ctx.doc.lines):
                if i not in held:
                    assert t.match(line.text) is None, (family, name, line.text)
                else:
                    checked += t.match(line.text) is not None
    assert checked > 0


def test_sentence_mark_precheck_keeps_every_break() -> None:
    rng = random.Random(18)
    alphabet = "ab C.!?…\"'”» \u00a0\u2003É\nЖ1"
    texts = [*LINES, "Wait… Then it came.", "Really?! Yes.", "End!\u00a0Next", "A.\u2003B", "Stop.» Then"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert sentences.may_break(text) == (sentences._BREAK_MARK.search(text) is not None), repr(text)
        assert sentences.first_sentence(text) == _first_sentence_unchecked(text), repr(text)


def _first_sentence_unchecked(text: str) -> str | None:
    """``sentences.first_sentence`` without the mark precheck."""
    m = sentences._BREAK_MARK.search(text)
    while m is not None:
        at = m.start() + 1
        if not sentences._ABBREVIATION.search(text, max(0, at - 8), at):
            return text[:at]
        m = sentences._BREAK_MARK.search(text, m.end())
    return None


def test_long_words_edge_punctuation_holds_no_word_character() -> None:
    from cleaner.passes.blocks import _EDGE_PUNCT, _LONG_WORD, _long_words

    assert not re.search(r"\w", _EDGE_PUNCT)
    rng = random.Random(18)
    alphabet = [*_EDGE_PUNCT, "é", "ß", "ж", "a", "b", "_", "1", "\u0301", " ", "'", "’"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert _long_words(text) == _LONG_WORD.findall(text), repr(text)


# -- the per-document fixed costs (splitting, sentence marks, separators, the language sample) ---------------

_AWKWARD = " \n\n  \r\n\t\x0b\x0c\x1c\x1f\x85\xa0\u2003\u2028\u3000\u200b\xad-–|·•.?!…\"»)AaZé١2#>»› "


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["a", "Ab", "The", "x.", "1.", "21. März 2024", "e.g.", "U.K.", "3.5", "—", "|", "-", "·", "•"]
    out = []
    for _ in range(n):
        parts = [rng.choice(words) if rng.random() < 0.6 else rng.choice(_AWKWARD) for _ in range(rng.randint(0, 30))]
        out.append("".join(p + rng.choice(["", " ", " ", "\n", "\n\n"]) for p in parts))
    return out


RANDOM_TEXTS = _random_texts(3000, 7)


def test_odd_space_is_every_whitespace_a_line_can_hold_but_the_space() -> None:
    from cleaner.document import ODD_SPACE

    assert sorted(ODD_SPACE) == [c for c in EVERY if c.isspace() and c != " " and len(f"a{c}b".splitlines()) == 1]


def _lines_one_by_one(text: str) -> list[tuple[str, int, bool, str]]:
    """Document's lines as the loop made them before odd_spaced: each line normalised on its own."""
    from cleaner.document import _DAY_OF_DATE, _normal_line

    out: list[tuple[str, int, bool, str]] = []
    gap = False
    for number, raw in enumerate(text.splitlines(), start=1):
        norm = _normal_line(raw)
        if not norm:
            gap = True
            continue
        lead = ""
        m = _LEAD.match(norm) if norm[0] in _LEAD_FIRST or norm[0].isdecimal() else None
        if m and norm[0].isdecimal() and _DAY_OF_DATE.match(norm):
            m = None
        if m:
            lead, norm = m.group(0), norm[m.end() :]
        out.append((norm, number, gap and bool(out), lead))
        gap = False
    return out


def test_document_splits_plain_texts_as_line_by_line() -> None:
    from cleaner.document import odd_spaced

    plain = 0
    odd = [c.join(["a b", "c"]) for c in _AWKWARD + "\ud800"] + [c + "a\ud800b" + c for c in _AWKWARD]
    for text in TEXTS + RANDOM_TEXTS + odd + ["١. a b", "2. x", "21. März 2024", "", " ", "\n", "a\n", " a \n b  c "]:
        plain += not odd_spaced(text)
        got = [(line.text, line.lineno, line.gap_before, line.lead) for line in Document(text).lines]
        assert got == _lines_one_by_one(text), text
    assert plain > 100  # (the fast path is taken)


def test_first_sentence_and_may_break_search_from_the_first_mark() -> None:
    for line in LINES + [t for text in RANDOM_TEXTS for t in text.split("\n")]:
        assert sentences.first_sentence(line) == _first_sentence_unchecked(line), line
        assert sentences.may_break(line) == (sentences._BREAK_MARK.search(line) is not None), line


def test_part_break_scans_normalised_lines_for_spaced_separators() -> None:
    from cleaner.passes.glued import _PART_BREAK, has_part_break

    for line in LINES + [t for text in RANDOM_TEXTS for t in text.split("\n")]:
        line = normalize_space(line)  # (a document's lines are normalised)
        assert has_part_break(line) == (_PART_BREAK.search(line) is not None), line


def test_language_sample_sorts_only_the_long_lines_when_they_fill_it() -> None:
    rng = random.Random(3)
    texts = TEXTS + ["\n".join("x" * rng.choice([5, 59, 60, 61, 80, 200]) + str(i) for i in range(rng.randint(1, 90)))
                     for _ in range(300)]
    for text in texts:
        doc = Document(text)
        lengths = [len(line.text) for line in doc.lines]
        want: list[int] = []
        seen: set[str] = set()
        size = 0
        for i in sorted(range(len(lengths)), key=lengths.__getitem__, reverse=True):
            if doc.lines[i].text in seen:
                continue  # (a line the page repeats votes once, see test_repeats54)
            seen.add(doc.lines[i].text)
            want.append(i)
            size += lengths[i] + 1
            if size >= language.SAMPLE_CHARS:
                break
        assert Context(doc)._sample_lines() == want


def test_context_matches_is_the_table_match() -> None:
    """``Context.matches`` (a line's verdict memoised, most lines ruled out by the table's RE2 gate) says what
    the table's regexes say of every line, gated or not, for the tables the edge and comment passes ask."""
    names = [("metadata", "dateline"), ("comments", "evidence"), ("comments", "ui"), ("comments", "reply"),
             ("comments", "section_start"), ("comments", "section_weak"), ("comments", "section_link"),
             ("comments", "answer")]
    extra = "12.03.2025\n3 de junio de 2023\nSonntag, 21. April 2024\n▶ 12 Comments\nReply\nLeave a Reply\nAlex says:"
    for text in [*TEXTS[::9], extra]:  # (a ninth of the fixtures: every table's regexes run on each line)
        ctx = Context(Document(text))
        for family, name in names:
            table = ctx.table(family, name)
            for i, line in enumerate(ctx.doc.lines):
                expected = table.match(line.text) is not None
                assert ctx.matches(family, name, i) == expected, (family, name, line.text)
                assert ctx.matches(family, name, i, gated=False) == expected, (family, name, line.text)
                assert ctx.matches(family, name, i) == expected  # (asked again: the memo)


def test_context_matches_any_is_any_table_match() -> None:
    """``Context.matches_any`` (one RE2 gate over a group of tables first) says whether one of the group's
    tables matches each line, for the groups comment-section asks."""
    from cleaner.passes.comments import _COMMENT_TABLES, _FOLLOW_TABLES, _MARKER_TABLES, _STAMP_TABLES

    extra = "12.03.2025\nAlex says:\nReply\nLeave a Reply\n12 Comments\nShare\nHome"
    for text in [*TEXTS[::9], extra]:
        ctx = Context(Document(text))
        for tables in (_COMMENT_TABLES, _FOLLOW_TABLES, _FOLLOW_TABLES[:2], _MARKER_TABLES, _STAMP_TABLES):
            for i, line in enumerate(ctx.doc.lines):
                expected = any(ctx.table(family, name).match(line.text) is not None for family, name in tables)
                assert ctx.matches_any(tables, i) == expected, (tables, line.text)


def test_widget_lines_of_one_gate_are_each_tables_lines() -> None:
    """comment-section's widget and sign-up lines, found with one gate over the three tables, are the lines
    each table's own gate and regexes find (each up to its pass's word limit)."""
    from cleaner.passes.comments import _FORM_TABLES, _WIDGET_MAX_WORDS, CommentSection

    section = CommentSection()
    extra = "Leave a Reply\nYour email address will not be published.\nSubscribe to our newsletter\nReply"
    for text in [*TEXTS[::5], extra]:
        ctx = Context(Document(text))
        kept = ctx.doc.kept()
        among = list(range(len(kept)))
        expected = set(section._table_lines(ctx, kept, "ui", _WIDGET_MAX_WORDS, among=among))
        for name, max_words in _FORM_TABLES:
            expected.update(section._table_lines(ctx, kept, name, max_words, family="signup", among=among))
        assert set(section._widget_lines(ctx, kept, among)) == expected, text[:200]


def test_word_counts_filled_once_are_refreshed_with_a_line() -> None:
    """``Context.word_counts`` skips its look for uncounted lines once it has counted them all, and counts a
    line again once a pass trimmed it (``refresh``)."""
    ctx = Context(Document("Home\nA line of five words here\nglued 12:00 Sport"))
    assert ctx.word_counts() == [1, 6, 3]
    ctx.doc.trim(2, "Sport", "glued 12:00 ", "prefix", "p", "why")
    ctx.refresh(2)
    assert ctx.word_counts() == [1, 6, 1]


def test_removals_built_from_what_remove_records_are_the_removals() -> None:
    """``Document.remove`` records a line's removal as a native ``Taken``; ``removals()`` makes each the
    ``Removal`` it made itself before, text as the line stood when removed (its marker too)."""
    from cleaner.result import Removal

    doc = Document("- Home\nSome text\n## Heading")
    doc.remove(0, "edge-furniture", "menu")
    doc.remove(2, "p", "why")
    doc.remove(2, "q", "second: ignored")
    assert doc.removals() == [
        Removal("- Home", 1, 1, "edge-furniture", "menu", "line"),
        Removal("## Heading", 3, 3, "p", "why", "line"),
    ]
    assert doc.render() == "Some text"


def test_edge_guard_prechecks_keep_every_match() -> None:
    """The cheap looks before ``edge_guards``' regexes (a step's label and figure around the first space, a
    phone's or a fact row's figure) pass every line the regexes match."""
    from cleaner.passes.edge_boxes import _FIGURE
    from cleaner.passes.edge_recipes import _STEP, _STEP_LABEL_MAX, _STEP_LABEL_MIN
    from cleaner.passes.edge_rows import _WORDS_AND_SPACES, _skeleton
    from cleaner.passes.edge_shared import _PHONE
    from cleaner.passes.edge_southasia import marks_out
    from cleaner.passes.furniture import DIGIT, decimal

    lines = [normalize_space(line) for line in LINES if line.strip()]
    lines += ["Paso 1: instalar Nginx", "Step 2 – test", "Schritt 12. Fertig", "Tel. 030 1234567", "Preis 12 €",
              "Etapa ٣: fin", "Tag 1: Anreise", "Ab 1:", "Step1: x", "Langeslabelwortmitmehrals 1: x"]
    rng = random.Random(19)
    alphabet = "aB é1٣ :.-–()+/"
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    for line in lines:
        space = line.find(" ")
        if _STEP.match(line):
            assert _STEP_LABEL_MIN <= space <= _STEP_LABEL_MAX and decimal(line[space + 1 : space + 2]), line
        if _PHONE.fullmatch(line) or _FIGURE.search(line):
            assert DIGIT.search(line), line
        # (southasia41: past ASCII, an Indic letter's vowel signs and viramas are no punctuation: marks_out)
        assert _skeleton(line) == marks_out(_WORDS_AND_SPACES.sub("", line)), line
    ascii_chars = "".join(map(chr, range(128)))
    assert _skeleton(ascii_chars) == _WORDS_AND_SPACES.sub("", ascii_chars)


_SET_EXTRA = ["👉 Follow us on Twitter.", "📲 Leia mais: Câmara aprova plano", "» Mehr zum Thema", "▶️ WATCH: Crews",
             "1️⃣ Sign up for our newsletter", "© 2019 The Example Times Company and its partners… more",
             "Copyright 2019 by the Example Company Inc... Read more", "Home » News", "Subscribe » Newsletter",
             "Photo: AP. All rights reserved.", "This post contains affiliate links. Sign up for our newsletter",
             "Share this article", "SHARE",
             # (an anchored entry matches it and a search entry before it does too)
             "This article is republished from The Conversation under a Creative Commons license. Read the original.",
             "ſign up for our newsletter", "İmage: Reuters", "KELVIN 3\u212a"]


def _set_lines() -> list[str]:
    """Lines for the vocabulary group's RE2 set: the test texts', menus', and lines led by symbols or matched by
    several entries (a search entry's words in a line an anchored entry matches too)."""
    menu = _menu_pages()[0].splitlines()
    return [line for line in [*LINES[::4], *menu, *_SET_EXTRA] if line.strip()]


def test_vocabulary_entries_named_by_the_re2_set_give_every_line_the_same_verdict() -> None:
    # VocabGroup._best_of tries only the entries the RE2 set names for a line; _best tries every entry: the same
    # entry for every line (None where the set names none), at every line length the group's limits tell apart.
    from bisect import bisect_left

    groups = [p for p in Cleaner().passes if isinstance(p, VocabGroup)]
    lines = [" ".join(line.split()) for line in _set_lines()]
    checked = found = 0
    for text in [TEXTS[0], next(t for t in TEXTS if not t.isascii())]:  # (English and another language's tables)
        ctx = Context(Document(text))
        for group in groups:
            active, items, _gate = group._setup(ctx)
            tset, searches = group._table_set(ctx)
            assert tset is not None
            by_char: dict[str | None, re.Pattern[str] | None] = {}
            for line in lines:
                if not line:
                    continue
                entries = tset.which(line)
                assert entries is not None
                for words in sorted({len(line.split()), group.limits[0], group.limits[-1]}):
                    bucket = min(bisect_left(group.limits, words), len(group.limits) - 1)
                    expected = group._best(ctx, active, by_char, line, words, bucket, tuple(items))
                    assert group._best_of(ctx, line, words, bucket, entries, searches) == expected, line
                    checked += 1
                    found += expected is not None
    assert checked > 1000 and found > 100


def test_vocabulary_group_with_and_without_its_re2_set_removes_the_same_lines() -> None:
    using, trying_all = Cleaner(), Cleaner()
    for p in trying_all.passes:
        if isinstance(p, VocabGroup):
            p.use_table_set = False
    assert _removals_agree(using, trying_all, [*TEXTS[::2], *_menu_pages()[::2], "\n".join(_SET_EXTRA)]) > 0


def _glossary_terms_scanning_every_line(ctx: Context, hits: dict[int, int]) -> list[int]:
    """``base.glossary_terms`` as it was: the scan for runs from the first line to the last."""
    from cleaner.passes import base

    lines = ctx.doc.lines
    out: list[int] = []
    i = 0
    while i + 1 < len(lines):
        run: list[int] = []
        while i + 1 < len(lines) and base._definition(ctx, i + 1, hits) and base._term(ctx, i):
            run.append(i)
            i += 2
        if not run:
            i += 1
            continue
        taken = [t for t in run if t in hits or lines[t].removal is not None or base._link_word(ctx, lines[t].text)]
        distinct = len({lines[t].text.strip().casefold() for t in run}) == len(run)
        if len(run) >= base._GLOSSARY_PAIRS and distinct and 2 * len(taken) < len(run):
            out.extend(t for t in taken if t in hits)
    return out


def test_glossary_terms_found_around_the_hits_are_those_of_a_scan_of_every_line() -> None:
    from cleaner.passes.base import glossary_terms

    rng = random.Random(20)
    terms = ["Cookie", "Login", "Newsletter", "Koers", "Further reading", "Anzeige", "Share", "Tracker", "Pixel",
             "Session", "Cache", "Home"]
    definitions = ["A small file a website stores on your computer.", "The page where you enter your password.",
                   "An email the site sends every week to readers.", "The price of a share at the close of trading."]
    others = ["The council met on Tuesday to discuss the harbour and the new ferry timetable for next summer.",
              "Foto: Oliver Berg/dpa", "12 May 2024", "Read more", "Why?", ""]
    checked = found = 0
    for _ in range(3000):
        # (mostly terms over their definitions, the runs broken by other lines, lone terms or lone definitions)
        shape = "".join(rng.choice(["td", "td", "td", "td", "td", "o", "t", "d"]) for _ in range(rng.randint(1, 14)))
        text = "\n".join(rng.choice(terms) if c == "t" else rng.choice(definitions) if c == "d" else rng.choice(others)
                         for c in shape)
        ctx = Context(Document(text))
        n = len(ctx.doc.lines)
        if n < 2:
            continue
        for i in rng.sample(range(n), rng.randint(0, min(2, n))):
            ctx.doc.remove(i, "test", "removed")
        hits = {i: 0 for i in rng.sample(range(n), min(n, rng.choice([1, 1, 2, 3, n // 2])))}
        expected = _glossary_terms_scanning_every_line(ctx, hits)
        assert glossary_terms(ctx, hits) == expected, text
        checked += 1
        found += bool(expected)
    assert checked > 2000 and found > 40


def test_reported_clause_asked_of_its_gate_first_is_the_tables_match() -> None:
    from cleaner.sentences import split_sentences

    group = next(p for p in Cleaner().passes if isinstance(p, VocabGroup))
    quoted = ["“Follow us on Facebook,” her party's account posted shortly afterwards, in a message to voters.",
              "All rights reserved, Disney reminded fans, still applies to the films and the songs of the show."]
    checked = found = 0
    for text in [TEXTS[0], next(t for t in TEXTS if not t.isascii())]:
        ctx = Context(Document(text))
        reported = ctx.table("cookies", "reported")
        for line in [*LINES[::3], *quoted]:
            for piece in [line, *split_sentences(line)]:
                expected = reported.match(piece) is not None
                assert group._reports(ctx, reported, piece) == expected, piece
                checked += 1
                found += expected
    assert checked > 1000 and found > 0


def test_a_tables_match_kept_for_a_text_asked_again_is_the_one_worked_out() -> None:
    from cleaner import vocab

    lines = [*LINES[::7], *_SET_EXTRA, "", "Share", "Share"]
    checked = found = 0
    for family in vocab.families():
        for name in vocab.load_family(family):
            kept = vocab.table(family, name, ("en", "de"))
            fresh = vocab.Table(kept.family, kept.name, kept.mode, kept.patterns)
            for line in [*lines, *lines]:  # (asked twice: the second time from what the table kept)
                a, b = kept.match(line), fresh._match_any(line)
                assert (a is None) == (b is None), (family, name, line)
                if a is not None and b is not None:
                    assert (a.string, a.span(), a.groups()) == (b.string, b.span(), b.groups())
                    found += 1
                checked += 1
    assert checked > 10000 and found > 100


def test_a_tables_memo_of_matches_lasts_one_document() -> None:
    """Table.match keeps its answers for the document being cleaned only: a memo that outlived the page
    would make cleaning the same pages twice (what the seen-text benchmark does) cheaper the second time."""
    from cleaner import vocab

    t = vocab.Table("test", "memo", "full", ["share( this)?"])
    Context(Document("Share\nAn article line that is long enough to be prose, with words."))
    first = t.match("Share")
    assert first is not None and t.match("Share") is first  # (asked again in the same document: kept)
    Context(Document("Another page"))
    again = t.match("Share")
    assert again is not None and again is not first  # (a new document: worked out anew)


def test_a_footer_contact_blocks_body_lines_all_hold_a_figure() -> None:
    """``edge_contacts.footer_contact_block`` ends a block's body at the first line without a figure (and looks for a
    name only over a line with one): sound only while no body test (street, postcode and town, a one-line address,
    a labelled phone) can pass a line without a digit."""
    from cleaner.passes import edge_contacts as eg

    rng = random.Random(11)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßø -–/.,:;()+'’"
    seeds = ["Tel: ", "Tél. : ", "Hanauer Landstr. ", "DE- Frankfurt am Main", "Leeds LS AB", "Market Street",
             "Fax: ", "Rue de la République, Lyon"]
    texts = [*seeds, *("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(20000))]
    for text in texts:
        assert eg._STREET.fullmatch(text) is None, text
        assert eg._POSTCODE_TOWN.fullmatch(text) is None, text
        assert eg._LABELLED_PHONE.fullmatch(text) is None, text
        assert eg._POSTCODE.search(text) is None, text
    for text in ["Tel: 0113 378 5005", "12 Market Street", "Leeds LS1 6AB", "69001 Lyon"]:  # (the tests can pass)
        assert any(p.fullmatch(text) for p in (eg._STREET, eg._POSTCODE_TOWN, eg._LABELLED_PHONE)), text


def _removals_agree(a_cleaner: Cleaner, b_cleaner: Cleaner, texts: list[str]) -> int:
    """Both cleaners give each text the same output and the same removals (line, pass, reason); how many removals."""
    checked = 0
    for text in texts:
        a, b = a_cleaner.explain_text(text), b_cleaner.explain_text(text)
        assert a.text == b.text
        assert [(r.start_line, r.pass_name, r.reason) for r in a.removed] == [
            (r.start_line, r.pass_name, r.reason) for r in b.removed
        ]
        checked += len(a.removed)
    return checked


def test_table_matches_asks_the_tables_own_gate_first_and_answers_as_its_regex() -> None:
    """``context.table_matches`` (edge-pitch's calls) rules sentences out by the table's own RE2 gate before its
    regex: the same answer as the regex alone, over the fixtures' lines and their sentences, in their languages."""
    from cleaner.context import table_matches
    from cleaner.sentences import split_sentences

    names = [("signup", "newsletter"), ("signup", "paywall"), ("promos", "pitch"), ("promos", "sign_off")]
    asked = matched = 0
    for text in TEXTS:
        ctx = Context(Document(text))
        for family, name in names:
            t = ctx.table(family, name)
            for line in ctx.doc.lines:
                for sentence in {line.text, *split_sentences(line.text)}:
                    expected = t.match(sentence) is not None
                    assert table_matches(t, sentence) == expected, (family, name, sentence)
                    asked += 1
                    matched += expected
    assert asked > 1000 and matched > 20  # (calls among them: both answers were put to the test)


def test_lower_of_a_long_text_a_byte_at_a_time_is_str_lower() -> None:
    """``textstats.lower`` lower-cases a long text outside ASCII as its UTF-8 bytes where every character outside
    ASCII lower-cases to itself: over every code point (each next to ASCII capitals, alone and in runs), the
    capital sigma at a word's end and inside one, lone surrogates, and real pages."""
    n = textstats.LOWER_BYTEWISE_CHARS
    pad = "The QUICK Brown Fox, “quoted” — and so on. " * (n // 40 + 1)
    texts = [pad + EVERY[i : i + 4000] for i in range(0, len(EVERY), 4000)]
    texts += [pad + "".join(f"A{c}b{c}Z " for c in EVERY[i : i + 500]) for i in range(0, 0x3400, 500)]
    texts += [pad + "ΟΔΟΣ ΣΑΣ ΑΣ", pad + "é ü ß ø ’ – ©", pad + "\ud800 x \udfff Y", pad + "İstanbul KELVIN \u212a ſ",
              "x" * n + "é", "X" * (n - 1) + "é", "é" * n, "É" * n, "\n".join(TEXTS)]
    texts += [text for text in TEXTS if len(text) >= n]
    bytewise = 0
    for text in texts:
        assert textstats.lower(text) == text.lower(), text[:80]
        bytewise += len(text) >= n and not text.isascii() and text.lower().encode("utf-8", "surrogatepass") == (
            text.encode("utf-8", "surrogatepass").lower())
    assert bytewise > 10  # (the shortcut is taken)
    assert textstats.lower("É" * (n - 1)) == "é" * (n - 1)  # (short: str.lower)


def _ref_clear_margin(words: list[str], scores: list[float], order: list[int]) -> bool:
    first = order[0]
    top = scores[first]
    rivals = [n for n in order[1:] if 1.5 * max(scores[n], 1.0) > top]
    if not rivals:
        return True
    shares = language._vote_shares()
    mine = [0.0] * len(rivals)
    theirs = [0.0] * len(rivals)
    for w in words:
        hit = shares.get(w)
        if hit is None:
            continue
        langs = [n for n, _share in hit]
        for k, rival in enumerate(rivals):
            if first in langs:
                if rival not in langs:
                    mine[k] += hit[0][1]
            elif rival in langs:
                theirs[k] += hit[0][1]
    return all(m >= 1.5 * max(t, 1.0) and t < language.LEAN_MIN_VOTES for m, t in zip(mine, theirs, strict=True))


def test_language_first_in_votes_and_its_margin_are_the_sorted_orders() -> None:
    """The winner is the stable sort's first (the first of equal votes), and its margin over every close rival,
    judged in the languages' order, is the margin judged in the sorted order."""
    rng = random.Random(5)
    vocabulary = list(language._vote_shares())
    n = len(language._LANGS)
    cases = []
    for text in TEXTS:
        cases.append(language._votes(text))
    for _ in range(3000):
        words = [rng.choice(vocabulary) for _ in range(rng.randrange(0, 60))]
        scores = [float(rng.choice([0, 0, 1, 2, 2, 3, 0.5, 1.5])) for _ in range(n)]
        cases.append((words, scores))
    for words, scores in cases:
        order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
        assert language._first(scores) == order[0]
        assert language._clear_margin_of(words, scores, order[0]) == _ref_clear_margin(words, scores, order)
        assert language._clear_margin(words, scores, order) == _ref_clear_margin(words, scores, order)


def test_letters_counted_only_where_one_stands_count_as_counting() -> None:
    rng = random.Random(6)
    letter_sets = [letters for _n, letters, _least, _keep in language._VOTES_RULED_OUT_AT]
    letter_sets += [language._SOUTH_LETTERS, *language._RULED_OUT.values()]
    alphabet = "".join(letter_sets) + "abc ąęéèçó·ïìù\u0301"
    texts = [*TEXTS, "", *("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(4000))]
    for text in texts:
        for letters in letter_sets:
            for least in (1, 2, 3, 8):
                assert language._holds_at_least(text, letters, least) == (sum(map(text.count, letters)) >= least)


def test_profile_and_sample_words_blank_every_punctuation_mark() -> None:
    """Without looking for the wide punctuation first (blank_punctuation looks for each itself)."""
    rng = random.Random(8)
    marks = "!\"#$%&()*+,./:;<=>?@[\\]^`{|}~«»“”„‘’‚‹›—–…·•¡¿「」『』（）。、，！？：；।॥،؛؟"
    alphabet = marks + "aé ß\u0301ΣЖ日\ud800-'_"
    samples = [EVERY[i : i + 1200] for i in range(0, 0x10000, 1200)]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80))) for _ in range(5000)]
    for s in samples:
        low = s.lower()
        assert language._profile_words(low) == language._PUNCT.sub(" ", low).split()
        assert textstats.sample_words(s) == textstats._PUNCT.sub(" ", s[: textstats.STOP_SAMPLE_CHARS].lower()).split()


def test_language_sample_lowered_stops_at_the_line_that_fills_the_profile() -> None:
    """``_lowered_sample`` takes the sample's lines only until they fill ``PROFILE_CHARS``: at every length around it
    (the newline after the last line taken falls inside the profile or just past it)."""
    n = language.PROFILE_CHARS
    for first in range(n // 2 - 3, n // 2 + 3):
        for second in range(n - first - 4, n - first + 3):
            lines = ["Ab " * (first // 3) + "x" * (first % 3), "Cd " * (second // 3) + "y" * (second % 3),
                     "Ef Gh. " * 20]
            ctx = Context(Document("\n".join(lines)))
            sample = ctx.language_sample()
            assert ctx._lowered_sample() == textstats.lower(sample[:n])


def test_one_utf8_form_of_the_text_serves_the_spaced_test_and_the_fold() -> None:
    """``Context`` encodes its joined text once, for ``spaced_only`` and ``fold`` (``lower``) alike: each given
    those bytes answers as it does encoding the text itself, in the scripts written without spaces too, for the
    Turkish i's (which ``fold`` translates first) and across a trim (the bytes are the text's as it stands)."""
    n = textstats.LOWER_BYTEWISE_CHARS
    pad = "A line of text, “quoted”. " * (n // 25 + 1)
    awkward = [pad + "東京の天気\n日本語", pad + "İstanbul IŞIK\nıi", pad + "ΟΔΟΣ\nΣΑΣ", "short é\nΣ", "ascii only",
               pad + "\u0e01\u0e02 Thai", pad + "Ünïcödé ÉCOLE", pad]
    for text in [*TEXTS, *awkward]:
        data = text.encode("utf-8", "surrogatepass")
        assert textstats.lower(text, data) == text.lower()
        assert fold(text, data) == fold(text)
        assert textstats.spaced_only(text, data) == textstats.spaced_only(text)
        ctx = Context(Document(text))
        joined = "\n".join(line.text for line in ctx.doc.lines)
        assert ctx.spaced() == textstats.spaced_only(joined)
        assert ctx.lower_text() == fold(joined)
        if ctx.doc.lines and len(ctx.doc.lines[0].text) > 3:  # after a trim, the bytes of the text as it stands
            line = ctx.doc.lines[0]
            ctx.doc.trim(0, line.text[2:], line.text[:2], "prefix", "test", "test")
            joined = "\n".join(line.text for line in ctx.doc.lines)
            assert ctx._joined_utf8() in (None, joined.encode("utf-8", "surrogatepass"))


def test_gate_lines_by_index_are_the_gate_lines_of_the_texts() -> None:
    """A gate asked about a document's lines by index (each line's bytes and leading symbols found once per
    document, :class:`cleaner.gatescan.LineData`) answers as asked about the texts: whichever line comes first
    (the first is looked at without the first-character filter), led by symbols or not, unreadable or not, and
    asked again (the cached bytes) or after a line was trimmed (a fresh LineData)."""
    from cleaner import gate, gatescan, vocab

    table = vocab.table("promos", "cta", None)
    g = gate.gate_for(((table.mode, tuple(table.patterns)),))
    assert g is not None and g._rx is not None
    match, anchor = g._rx.Match, g._anchor
    odd = ["", "💬", "👉 Click here to read more.", "1️⃣", "» ", "“Quoted”", "— Dash", "« Guillemet", "…", "‹ x",
           "Ünï", "中文", "_x", "1 2", "#️⃣ Tag", "*⃣ x", "+ Plus", "| a |", "` x", "\u2012 x", "▶ Click here",
           "Click here to read more.", "» Click here to read more", "Click here\nto read more", "\ud800 x"]
    rng = random.Random(7)
    texts = [*LINES[:400], *odd]
    data = gatescan.LineData(texts)
    for _ in range(300):
        indices = sorted(rng.sample(range(len(texts)), rng.randint(1, 40)))
        if rng.random() < 0.3:
            indices.insert(0, rng.randrange(len(texts) - len(odd), len(texts)))  # an odd line first
        chosen = [texts[i] for i in indices]
        expected = gatescan.lines(match, anchor, chosen)
        assert expected == gatescan.lines_joined(match, anchor, chosen)
        assert gatescan.lines_at(match, anchor, data, indices) == expected, chosen
        assert g.lines_at(data, indices) == expected
    assert gatescan.lines_at(match, anchor, data, []) is None
    for text in [*TEXTS[:40], "Intro line.\n» Click here to read more\nClick here to read more.\n💬 Comments"]:
        ctx = Context(Document(text))
        every = list(range(len(ctx.doc.lines)))
        for _round in range(2):
            assert ctx.gate_lines(g, every) == (g.lines([line.text for line in ctx.doc.lines]) if every else None)
            line = ctx.doc.lines[0].text if every else ""
            if len(line) > 3 and not line[2].isspace() and not line[-1].isspace():
                ctx.doc.trim(0, line[2:], line[:2], "prefix", "test", "test")  # (a new edit: fresh line data)


def _agenda_titles_reference(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``edge_rows.agenda_titles`` as it was: every line asked whether it opens the pairs, the heading last."""
    from cleaner.passes import edge_rows as eg

    lines = ctx.doc.lines
    gone = set(furniture)
    event = ctx.table("metadata", "event_date")
    heading = ctx.table("structure", "agenda_heading")
    seq = [i for i in region if lines[i].text.strip()]

    def going(i: int) -> bool:
        return lines[i].removal is not None or i in gone

    def date(i: int) -> bool:
        removal = lines[i].removal
        if removal is not None:
            return removal.pass_name == "dateline" and ctx.words(i) <= eg._AGENDA_DATE_WORDS
        return ctx.words(i) <= eg._AGENDA_DATE_WORDS and event.match(lines[i].text) is not None

    def title(i: int) -> bool:
        line = lines[i]
        return (line.removal is None and not line.lead and ctx.words(i) <= eg._AGENDA_TITLE_WORDS
                and not textstats.ends_sentence(line.text) and not textstats.ends_colon(line.text)
                and not ctx.is_prose(i))

    out: list[int] = []
    n = 1
    while n < len(seq):
        m = n
        titles: list[int] = []
        while m + 1 < len(seq) and date(seq[m]) and title(seq[m + 1]):
            titles.append(seq[m + 1])
            m += 2
        over = seq[n - 1]
        if (len(titles) >= eg._AGENDA_PAIRS and going(over) and heading.match(lines[over].text.strip()) is not None
                and (m == len(seq) or going(seq[m]))):
            out.extend(t for t in titles if t not in gone)
            n = m
        else:
            n += 1
    return out


def _randomly_removed(text: str, rng: random.Random, share: float, passes: tuple[str, ...] = ("menu",)) -> Context:
    """A document of ``text`` with about ``share`` of its lines removed by ``passes`` (one picked at random a line
    where there are several), as earlier passes leave it for the guard under test."""
    ctx = Context(Document(text))
    for i in range(len(ctx.doc.lines)):
        if rng.random() < share:
            ctx.doc.remove(i, passes[0] if len(passes) == 1 else rng.choice(passes), "test")
    return ctx


def test_agenda_titles_asked_under_a_heading_first_are_the_pairs_found_everywhere() -> None:
    """The agenda's titles, looked for only under a line that goes and asked of the heading's table last, are those
    the scan of every line for date and title pairs found, whatever goes and whatever stays."""
    from cleaner.passes.edge_rows import agenda_titles

    article = ["The council approved plans on Thursday for a new cycle bridge over the river near the station.",
               "Construction is due to start next spring and take about eighteen months, the council said."]
    events = ["12 March 2024", "Open day at the town hall", "15 March 2024", "Spring concert of the music school",
              "20 March 2024", "Public meeting on the new bus routes"]
    tails = ("All events", "More", "The end of the article goes on here with a long sentence, as some do.")
    pages = [[*article, head, *events, tail] for head in ("Agenda", "Upcoming events", "Key dates", "Events:")
             for tail in tails]
    pages += [[*article, "Termine", "12. März 2024", "Tag der offenen Tür im Rathaus", "15. März 2024",
               "Frühjahrskonzert der Musikschule", "Alle Termine"],
              [*article, "Agenda", *events[:2], "Agenda", *events]]
    texts = ["\n".join(page) for page in pages] + TEXTS[:120]
    rng = random.Random(11)
    for text in texts:
        for _round in range(4):
            ctx = _randomly_removed(text, rng, 0.35, ("dateline", "menu", "dateline"))
            n = len(ctx.doc.lines)
            furniture = sorted(rng.sample(range(n), rng.randint(0, n)))
            region = range(rng.randint(0, max(0, n - 1)), n)
            assert agenda_titles(ctx, region, furniture) == _agenda_titles_reference(ctx, region, furniture), text


def test_line_end_tests_told_by_the_last_code_are_the_stripped_tests() -> None:
    """``ends_sentence`` and ``ends_colon``, told by the last character's code where it is an ASCII letter, digit,
    full stop or colon, answer as the tests of the line stripped of its closers and spaces, whatever it ends in."""
    closers = textstats._CLOSERS

    def ends_sentence(text: str) -> bool:
        return textstats._last_is_end(text.rstrip().rstrip(closers))

    def ends_colon(text: str) -> bool:
        return text.rstrip()[-1:] in textstats._COLONS and text.strip() != ""

    ends = [chr(c) for c in range(0x3000)] + ["。", "！", "？", "：", "」", "』", "\u3000", "；"]
    texts = [*LINES, "", " ", ":", ".", "a", "Πόσο θα κρατήσει;", "Pros:", "Done. ", "Done.\u00a0", "“Go.”", "(Yes!)"]
    texts += [head + end + tail for head in ("", "Word", "Πόσο", "x.") for end in ends for tail in ("", " ", "”", ".")]
    for text in texts:
        assert textstats.ends_sentence(text) == ends_sentence(text), repr(text)
        assert textstats.ends_colon(text) == ends_colon(text), repr(text)


def _footer_contact_block_reference(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``edge_contacts.footer_contact_block`` as it was: every line looked at, a phone among them or not."""
    from itertools import pairwise

    from cleaner.passes import edge_contacts as eg
    from cleaner.passes import edge_shared as eg_shared

    lines = ctx.doc.lines
    gone = set(furniture)
    seq = [i for i in region if lines[i].text.strip()]

    def going(i: int) -> bool:
        return lines[i].removal is not None or i in gone

    def short(i: int, most: int) -> bool:
        return ctx.words(i) <= most and not textstats.ends_sentence(lines[i].text) and not ctx.is_prose(i)

    def street(i: int) -> bool:
        text = lines[i].text.strip()
        return eg._street_ends(text) and short(i, eg._STREET_WORDS) and eg._STREET.fullmatch(text) is not None

    def town(i: int) -> bool:
        text = lines[i].text.strip()
        return eg._town_ends(text) and short(i, eg._STREET_WORDS) and eg._POSTCODE_TOWN.fullmatch(text) is not None

    def one_line(i: int) -> bool:
        text = lines[i].text
        return (short(i, eg._ADDRESS_WORDS) and ("," in text or " - " in text or " – " in text)
                and eg._POSTCODE.search(text) is not None and len(eg_shared._NUMBER.findall(text)) >= 2)

    def phone(i: int) -> bool:
        text = lines[i].text.strip()
        return (text[:1] in eg._PHONE_LABEL_FIRST and short(i, eg._ADDRESS_WORDS)
                and eg._LABELLED_PHONE.fullmatch(text) is not None)

    def name(i: int) -> bool:
        text = lines[i].text.strip()
        return short(i, eg._BLOCK_NAME_WORDS) and not ctx.digit(i) and text[-1:] not in ":|"

    figured = [ctx.digit(i) for i in seq]
    out: list[int] = []
    k = 0
    while k < len(seq):
        start = k
        if k + 1 < len(seq) and figured[k + 1] and name(seq[k]):
            k += 1
        end = k
        while end < len(seq) and figured[end] and (
            street(seq[end]) or town(seq[end]) or one_line(seq[end]) or phone(seq[end])
        ):
            end += 1
        body = seq[k:end]
        if not body:
            k = start + 1
            continue
        addressed = any(one_line(i) for i in body) or any(street(a) and town(b) for a, b in pairwise(body))
        if (start > 0 and addressed and any(phone(i) for i in body) and end < len(seq) and going(seq[start - 1])
                and not textstats.ends_colon(lines[seq[start - 1]].text) and going(seq[end])):
            out.extend(i for i in seq[start:end] if not going(i))
        k = end
    return out


def test_footer_contact_block_looked_for_only_with_a_phone_is_the_block_found_everywhere() -> None:
    """``footer_contact_block`` looks for blocks only where a line with a figure is a labelled phone (a block's body
    holds one): the blocks it finds are those the scan of every line found, whatever goes and whatever stays."""
    from cleaner.passes.edge_contacts import footer_contact_block

    article = ["The library reopens on Monday after a year of works on its roof and its reading rooms, the city said.",
               "Opening hours stay the same as before the works, and the café on the ground floor opens too."]
    blocks = [["Central Library", "12 Market Street", "Leeds LS1 6AB", "Tel: 0113 378 5005"],
              ["Mairie de Lyon", "1 place de la Comédie, 69001 Lyon", "Tél. : 04 72 10 30 30"],
              ["12 Market Street", "Leeds LS1 6AB"], ["Stadtbibliothek", "Hauptstraße 5, 12345 Musterstadt",
                                                       "Telefon: 01234 56789", "Fax: 01234 56780"]]
    pages = [[*article, over, *block, under] for block in blocks for over in ("Share", "Print", "Contact:")
             for under in ("Privacy", "Imprint")]
    texts = ["\n".join(page) for page in pages] + TEXTS[:120]
    rng = random.Random(5)
    for text in texts:
        for _round in range(4):
            ctx = _randomly_removed(text, rng, 0.3)
            n = len(ctx.doc.lines)
            furniture = sorted(rng.sample(range(n), rng.randint(0, n)))
            region = range(rng.randint(0, max(0, n - 1)), n)
            expected = _footer_contact_block_reference(ctx, region, furniture)
            assert footer_contact_block(ctx, region, furniture) == expected, text


def test_link_after_newline_is_the_search_of_the_joined_text() -> None:
    """``widgets._link_after_newline`` (the email half asked only of the lines an "@" ends, the regex's own search
    where a label's spaces and colon may stand on the lines over one) says what ``_MAYBE_LINK_AFTER_NEWLINE``'s search
    of the whole text said: on the fixtures, on texts built of labels, colons, addresses and line breaks, and on
    random ones of the characters that matter."""
    from cleaner.passes.widgets import _MAYBE_LINK_AFTER_NEWLINE, _link_after_newline

    parts = ["Email", "e-mail", "Twitter", "X", " ", ":", " : ", "\n", "\n", "\n\n", "jdoe", "@", "@jdoe",
             "jdoe@example.com", "j.doe+news@ex-ample.org", "www.example.com", "http://x.org", "Instagram.com/x",
             "x.com/y", "a b", "é", "."]
    rng = random.Random(3)
    built = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    alphabet = "ab@:. \n\n+-xXé\t"
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    crafted = ["Intro\nEmail\n: jdoe@example.com", "Intro\nEmail:\njdoe@example.com", "Intro\n jdoe@example.com",
               "Intro\nTwitter : @jdoe", "Intro\nWrite to jdoe@example.com", "jdoe@example.com", "a\nb\n@x",
               "a\nEmail\n\n:\n  jdoe@example.com\nb", "a\nhttp://x\nfoo bar@baz", "a\n:\tx@y", "a\n\u00a0x@y"]
    for text in [*TEXTS, *(("\n".join(line.text for line in Document(t).lines)) for t in TEXTS), *crafted, *built,
                 *noise]:
        assert _link_after_newline(text) == (_MAYBE_LINK_AFTER_NEWLINE.search(text) is not None), repr(text[:300])


def _pros_and_cons_reference(ctx: Context, region: range) -> set[int]:
    """``edge_boxes.pros_and_cons`` as it was: every kept line walked, two headings among them or not."""
    from cleaner.passes import edge_boxes as eg

    heading = ctx.table("structure", "verdict_heading")
    if not heading.patterns:
        return set()
    lines = ctx.doc.lines
    kept = [i for i in region if lines[i].removal is None]
    headings = eg.VerdictHeadings(ctx)

    def is_heading(i: int) -> bool:
        return ctx.words(i) <= 6 and not lines[i].lead and headings.at(i)

    def items_under(at: int) -> list[int]:
        out: list[int] = []
        for i in kept[at + 1 : at + 1 + eg._VERDICT_ITEMS]:
            text = lines[i].text
            if is_heading(i) or ctx.words(i) > eg._VERDICT_ITEM_WORDS or ":" in text or eg._FIGURE.search(text):
                break
            out.append(i)
        return out

    found: set[int] = set()
    at = 0
    while at < len(kept):
        first = items_under(at) if is_heading(kept[at]) else []
        second_at = at + 1 + len(first)
        if first and second_at < len(kept) and is_heading(kept[second_at]):
            second = items_under(second_at)
            same = lines[kept[at]].text.casefold() == lines[kept[second_at]].text.casefold()
            if second and not same:
                found.update([kept[at], *first, kept[second_at], *second])
                at = second_at + 1 + len(second)
                continue
        at += 1
    return found


def test_pros_and_cons_looked_for_only_with_two_headings_are_the_boxes_found_everywhere() -> None:
    """``pros_and_cons`` walks the lines only where two of them are a side's heading (a box has two): the boxes it
    finds are those the walk through every line found, in English and German, whatever goes and whatever stays."""
    from cleaner.passes.edge_boxes import pros_and_cons

    article = ["The phone has a bright screen and a battery that lasts two days, and its camera is good in daylight.",
               "At night the pictures are noisy, and the price is high for what it offers, we found in our tests."]
    boxes = [["Pros", "Bright screen", "Long battery life", "Cons", "Expensive", "Noisy night photos"],
             ["Vorteile", "Helles Display", "Lange Akkulaufzeit", "Nachteile", "Teuer"],
             ["Pros", "Bright screen", "Pros", "Long battery"], ["For", "Menu item", "Against", "Other item"],
             ["The good", "Fast", "The bad", "Heavy", "Price: 499 €"], ["Pros", "Cons"]]
    pages = [[*article, *box, tail] for box in boxes for tail in ("Share", "Our verdict: a good phone for most.")]
    texts = ["\n".join(page) for page in pages] + TEXTS[:120]
    rng = random.Random(9)
    for text in texts:
        for _round in range(3):
            ctx = _randomly_removed(text, rng, 0.2)
            n = len(ctx.doc.lines)
            region = range(rng.randint(0, max(0, n - 1)), n)
            expected = _pros_and_cons_reference(Context(ctx.doc), region)
            assert pros_and_cons(ctx, region) == expected, text


def test_has_clock_is_the_clock_regex() -> None:
    from cleaner.passes.structure import _CLOCK, has_clock

    digits = ["1", "12", "123", "٣", "１２", "x", ""]
    after = ["00", "0", "000", "٣٠", "x5", "", "05 ", "59a"]
    cases = [f"{p}{d}:{a}" for p in ["", "a", "9", " ", ":"] for d in digits for a in after]
    rng = random.Random(7)
    alphabet = "0123456789:: a٣１"
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    cases += _texts()
    for text in cases:
        assert has_clock(text) == (_CLOCK.search(text) is not None), text


# -- session 39: cheap supersets before the hot edge guards' regexes ---------------------------------------------

_ROW_SAMPLES = [
    "Instructor: Prof. Maria Okafor", "Credits: 4", "Format: Lectures Mon/Wed 1:30-2:50pm", "Ort：Berlin",
    "Read more: the full story", "no colon here at all", "Time 10:30", "a:b", ":", "Term : Autumn 2024",
]


def _labelled_plain(text: str) -> bool:
    """edge_facts._labelled as it read before its precheck (the test's oracle)."""
    from cleaner.passes import edge_facts
    from cleaner.textstats import ends_sentence

    return (
        edge_facts._ROW.fullmatch(text) is not None
        and not ends_sentence(text)
        and "@" not in text
        and edge_facts.URL.search(text) is None
    )


def test_labelled_row_precheck_keeps_every_row() -> None:
    """A fact sheet's row holds a colon and fits in ``_ROW_LONGEST`` characters: the precheck rules out only lines
    ``_ROW`` cannot match. The longest row the pattern admits is built and still matches; one character more does
    not."""
    from cleaner.passes import edge_facts

    longest = "A" + "b" * 30 + (" " + "c" * 30) * 2 + " : " + "x" + "y" * 79
    assert edge_facts._ROW.fullmatch(longest) is not None
    assert len(longest) <= edge_facts._ROW_LONGEST
    assert edge_facts._ROW.fullmatch(longest + "y") is None
    rows = [*LINES, *_ROW_SAMPLES, longest, longest[:-1] + "：", "x" * 200 + ": y"]
    for text in rows:
        assert edge_facts._labelled(text) == _labelled_plain(text), text


def test_scripture_and_time_prechecks_keep_every_match() -> None:
    """A scripture reference and a line opening on a clock time both hold a figure: without one, the regexes never
    match (``\\d`` as Python's ``re`` reads it, any decimal digit: "Ps ٥١" too)."""
    from cleaner.passes import edge_faith

    samples = ["Jn 3, 14-21", "Psalm 25:4-5ab", "Ps 51", "Psaume ١٣٦", "10.00 Uhr", "ore 8.00", "18h30 Messe",
               "Reading 1", "Gospel", "Samedi 18h30 :", "Endstand 2:1"]
    for text in [*LINES, *samples]:
        plain_ref = len(text.strip().split()) <= edge_faith._REFERENCE_WORDS and (
            (edge_faith._REFERENCE.fullmatch(t := text.strip()) is not None and edge_faith._RANGE.search(t) is not None)
            or edge_faith._PSALM.fullmatch(text.strip()) is not None
        )
        assert edge_faith.scripture_reference(text) == plain_ref, text
        assert edge_faith.opens_on_time(text) == (edge_faith._TIME.match(text.strip()) is not None), text
    assert edge_faith.scripture_reference("Psaume ١٣٦") and edge_faith.opens_on_time("10.00 Uhr")


def test_odds_precheck_keeps_every_row_of_odds() -> None:
    """A row of odds is a short line with a figure: ``_odds`` rules out long lines and lines without one before its
    regexes, and says what the regexes say of every line."""
    from cleaner.passes import edge_sports
    from cleaner.passes.edge_weather import clock_span

    def plain(ctx: Context, i: int) -> bool:
        text = ctx.doc.lines[i].text.strip()
        if edge_sports._goal_row(text) or clock_span(text):
            return False
        if edge_sports._odds_row(ctx, i):
            return True
        m = edge_sports._ODDS.search(text)
        return (
            m is not None and m.end() == len(text) and ctx.words(i) <= edge_sports._ROW_WORDS
            and not ctx.doc.lines[i].lead and not edge_sports._priced(text) and "%" not in text
        )

    box = "Liverpool 1.53\nDraw 4.50\nOdds: Sinner 1.40 | Dimitrov 2.90\n" + "word " * 30 + "1.53\n0–1 Nylander 8.12"
    found = 0
    for text in [*TEXTS, box]:
        ctx = Context(Document(text))
        for i in range(len(ctx.doc.lines)):
            if ctx.doc.lines[i].text.strip():
                expected = plain(ctx, i)
                assert edge_sports._odds(ctx, i) == expected, ctx.doc.lines[i].text
                found += expected
    assert found >= 3


def test_tables_gated_in_the_edge_guards_as_they_match() -> None:
    """The guards that now ask a table's RE2 gate first (``ctx.gated_lines``, ``ctx.matches``, ``table_matches``) rule
    out only lines the table's regexes do not match."""
    from cleaner.context import table_matches

    names = [("structure", "abstract_section"), ("structure", "summary_heading"), ("structure", "notice_formula"),
             ("metadata", "work_credit"), ("metadata", "labelled_byline"), ("structure", "service_heading")]
    extra = "Abstract\nBackground\nKey events\nIn stiller Trauer\nDirected by Christopher Nolan\nVisitation\nBy: Jo Doe"
    for text in [*TEXTS, extra]:
        ctx = Context(Document(text))
        for family, name in names:
            t = ctx.table(family, name)
            gated = set(ctx.gated_lines(t, 6))
            for i, line in enumerate(ctx.doc.lines):
                truth = t.match(line.text) is not None
                assert ctx.matches(family, name, i) == truth, (name, line.text)
                assert table_matches(t, line.text) == truth
                if truth and ctx.words(i) <= 6:
                    assert i in gated, (name, line.text)


def test_service_gap_looks_for_a_heading_only_where_a_figure_is() -> None:
    """``service_gap`` reads a gap's figures before its headings (a gap without a figure needs no heading): it says
    what the loop it replaced said of every gap of up to eight lines of the fixtures and the obituary probe's pages."""
    from test_notices36 import CASES

    from cleaner.passes import edge_notices

    def plain(ctx: Context, region: range) -> bool:
        lines = ctx.doc.lines
        heading = figure = False
        for i in region:
            line = lines[i]
            if line.removal is not None:
                if line.removal.pass_name not in edge_notices._STAMP_PASSES:
                    return False
                figure = True
                continue
            if not heading and ctx.words(i) <= edge_notices._ROW_WORDS and edge_notices._service_heading(ctx, i):
                heading = True
            elif ctx.digit(i) and ctx.words(i) <= edge_notices._ROW_WORDS:
                figure = True
        return heading and figure

    pages = ["\n".join(line[2:] for line in page.splitlines()) for page in CASES.values()]
    found = 0
    for text in [*TEXTS, *pages, "Visitation\nThursday 4-7 p.m.", "Visitation 3\nMenu", "Funeral Mass:\nHome"]:
        ctx = Context(Document(text))
        n = len(ctx.doc.lines)
        for start in range(n):
            for stop in range(start + 1, min(n, start + 8) + 1):
                expected = plain(ctx, range(start, stop))
                assert edge_notices.service_gap(ctx, range(start, stop)) == expected, (text[:60], start, stop)
                found += expected
    assert found > 0
