"""Shared harness of the probe and red-team tests (the data stays in each test module).

Two kinds of probe:

- a tagged page: one line a row, each opened by its tag and a space: ``A`` (article: must
  survive), ``R`` (residue), anything else (a headline, a line that may go either way) is not
  judged. :func:`judge` counts the article lines lost and the residue lines left;
  :func:`tagged_probe_tests` makes a module's three tests over its pages.
- a short line put into a short article (a list of paragraphs) at its head, middle or tail
  (:func:`with_line`), which must survive there (:func:`assert_survives`); and the residue line
  after the last paragraph that must still go (:func:`assert_residue_goes`).

``conftest.py`` registers this module for pytest's assertion rewriting, so a failing assert here
shows its values as one in a test module does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pytest

import cleaner
from cleaner.context import Context
from cleaner.document import Document

Judge = Callable[[str], tuple[list[str], list[str]]]


# -- tagged pages ----------------------------------------------------------------------------------


#: Two sentences of an English news story, for the tests that put a residue line or a sentence with its words among
#: article text.
BRIDGE_EN = [
    "The county council voted on Tuesday to close the old river bridge for repairs until the end of the summer"
    " holidays.",
    "Engineers found cracks in two of the bridge's piers during a routine inspection in March, the council said in"
    " a statement.",
]


def parse(case: str) -> list[tuple[str, str]]:
    """The (tag, text) pairs of a tagged page, blank rows skipped."""
    return [(raw[0], raw[2:]) for raw in case.splitlines() if raw.strip()]


def page_text(case: str) -> str:
    """A tagged page's text, tags taken off."""
    return "\n".join(text for _tag, text in parse(case))


def judge(case: str, **options: Any) -> tuple[list[str], list[str]]:
    """The article lines lost and the residue lines left of a tagged page through ``explain_text``
    (``options``: :class:`cleaner.Config` fields, e.g. ``language``)."""
    lines = parse(case)
    result = cleaner.explain_text("\n".join(text for _tag, text in lines), **options)
    # (a line whose suffix alone was trimmed, a wiki's heading without its "[edit]" link, survives: its text stays)
    gone = {n for r in result.removed if r.kind != "suffix" for n in range(r.start_line, r.end_line + 1)}
    tagged = list(enumerate(lines, start=1))
    lost = [text for n, (tag, text) in tagged if tag == "A" and n in gone]
    left = [text for n, (tag, text) in tagged if tag == "R" and n not in gone]
    return lost, left


def judge_release(case: str, **options: Any) -> tuple[list[str], list[str]]:
    """The article lines lost and the residue lines left of a tagged page: as :func:`judge`, but a line whose glued
    prefix alone was trimmed (a wire's "CHICAGO, Oct. 24, 2024 /PRNewswire/ --" before the lead) survives, as one
    whose suffix alone was: its sentence stays (the press releases' probes, test_release33 and test_press39)."""
    lines = parse(case)
    result = cleaner.explain_text("\n".join(text for _tag, text in lines), **options)
    gone = {n for r in result.removed if r.kind == "line" for n in range(r.start_line, r.end_line + 1)}
    tagged = list(enumerate(lines, start=1))
    lost = [text for n, (tag, text) in tagged if tag == "A" and n in gone]
    left = [text for n, (tag, text) in tagged if tag == "R" and n not in gone]
    return lost, left


def tagged_probe_tests(
    cases: Mapping[str, str],
    residue_left: Mapping[str, int],
    *,
    judge: Judge = judge,
    known_lost: Mapping[str, list[str]] | None = None,
    also_as: str | None = None,
) -> tuple[Callable[[str], None], Callable[[str], None], Callable[[str], None]]:
    """The three tests of a module's tagged pages, each parametrized by the page's key:

    - the article lines survive (``known_lost``: the lines a page is known to lose, a strict ratchet);
    - the residue left does not grow past the page's cap in ``residue_left`` (0 when not listed);
    - cleaning twice changes nothing (``also_as``: also with that language forced).

    ``judge`` measures a page (default: :func:`judge`). Assign the three to the module's test names:
    ``test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing
    = tagged_probe_tests(CASES, RESIDUE_LEFT)``.
    """
    keys = sorted(cases)
    known = known_lost or {}

    @pytest.mark.parametrize("key", keys)
    def article_lines_survive(key: str) -> None:
        lost, _left = judge(cases[key])
        assert lost == known.get(key, [])

    @pytest.mark.parametrize("key", keys)
    def residue_left_does_not_grow(key: str) -> None:
        _lost, left = judge(cases[key])
        assert len(left) <= residue_left.get(key, 0), left

    @pytest.mark.parametrize("key", keys)
    def cleaning_twice_changes_nothing(key: str) -> None:
        text = page_text(cases[key])
        once = cleaner.clean_text(text)
        assert cleaner.clean_text(once) == once
        if also_as is not None:
            once = cleaner.clean_text(text, language=also_as)
            assert cleaner.clean_text(once, language=also_as) == once

    return article_lines_survive, residue_left_does_not_grow, cleaning_twice_changes_nothing


def forced_language_test(
    cases: Mapping[str, str],
    residue_left: Mapping[str, int],
    known_lost: Mapping[str, list[str]],
    *,
    judge: Callable[..., tuple[list[str], list[str]]] | None = None,
) -> Callable[[str], None]:
    """The test of a probe's pages cleaned with their language given (each page's key opens with its language: the
    tables of the page's language read it whatever detection says): the same lost and left lines as detected.
    Assign it: ``test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)``
    (``judge``: the probe's own, as :func:`judge_release`; :func:`judge` when None)."""
    read = judge_page if judge is None else judge

    @pytest.mark.parametrize("key", sorted(cases))
    def pages_with_their_language_forced(key: str) -> None:
        lost_lines, left = read(cases[key], language=key[:2])
        assert lost_lines == known_lost.get(key, [])
        assert len(left) <= residue_left.get(key, 0), left

    return pages_with_their_language_forced


def told_language_test(cases: Mapping[str, str]) -> Callable[[str], None]:
    """The test that each page of a probe is told its own language (each page's key opens with it): a neighbour's guess
    would read the page with that language's tables. Assign it: ``test_each_page_is_told_its_language =
    told_language_test(CASES)``."""

    @pytest.mark.parametrize("key", sorted(cases))
    def each_page_is_told_its_language(key: str) -> None:
        assert cleaner.explain_text(page_text(cases[key])).language == key[:2]

    return each_page_is_told_its_language


def article_sentences(cases: Mapping[str, str], keys: Iterable[str], count: int = 3) -> dict[str, list[str]]:
    """The first ``count`` article lines of each page ``keys`` names, by the page's language (its key's first two
    letters): the text a probe's added rules put their residue lines around."""
    return {key[:2]: [text for tag, text in parse(cases[key]) if tag == "A"][:count] for key in keys}


def language_probe_tests(
    cases: Mapping[str, str],
    language: str,
    *,
    known_lost: Mapping[str, list[str]] | None = None,
    residue_left: Mapping[str, int] | None = None,
) -> tuple[Callable[[str], None], Callable[[str], None]]:
    """Two more tests of a language's tagged pages, each parametrized by the page's key:

    - with ``language`` forced, the article lines survive (``known_lost`` as in
      :func:`tagged_probe_tests`) and, when ``residue_left`` is given, the residue left stays under
      the page's cap there;
    - the page's article lines alone are told ``language`` (what ``Result.language`` reports).

    Assign them to the module's test names: ``test_article_lines_survive_as_de,
    test_pages_are_told_de = language_probe_tests(CASES, "de")``.
    """
    keys = sorted(cases)
    known = known_lost or {}

    @pytest.mark.parametrize("key", keys)
    def article_lines_survive_as_language(key: str) -> None:
        lost, left = judge(cases[key], language=language)
        assert lost == known.get(key, [])
        if residue_left is not None:
            assert len(left) <= residue_left.get(key, 0), left

    @pytest.mark.parametrize("key", keys)
    def pages_are_told_language(key: str) -> None:
        article = "\n".join(text for tag, text in parse(cases[key]) if tag == "A")
        assert cleaner.explain_text(article).language == language

    return article_lines_survive_as_language, pages_are_told_language


# -- short lines in a short article ----------------------------------------------------------------


def short_line_tests(
    paragraphs: list[str], lines: Iterable[str], positions: Iterable[str] = ("middle", "tail")
) -> Callable[[str, str], None]:
    """A test, parametrized by line and position, that each of ``lines`` survives at each of
    ``positions`` of the short article ``paragraphs`` (at the head a short line is the title)."""

    @pytest.mark.parametrize("position", list(positions))
    @pytest.mark.parametrize("line", list(lines))
    def short_line_survives(line: str, position: str) -> None:
        assert_survives(with_line(paragraphs, line, position))

    return short_line_survives


def residue_goes_tests(
    paragraphs: list[str], cases: Iterable[tuple[str, str]], positions: Iterable[str] = ("middle", "tail")
) -> Callable[[str, str], None]:
    """A test, parametrized by (line, pass name), that each residue line put at each of ``positions``
    of the short article ``paragraphs`` goes, removed by that pass alone, and the article stays whole."""
    where = list(positions)

    @pytest.mark.parametrize(("line", "pass_name"), list(cases))
    def residue_goes(line: str, pass_name: str) -> None:
        for position in where:
            result = cleaner.explain_text("\n\n".join(with_line(paragraphs, line, position)))
            assert result.text == "\n\n".join(paragraphs), position
            assert [r.pass_name for r in result.removed] == [pass_name], position

    return residue_goes




def added_rule_tests(
    texts: Mapping[str, list[str]], goes: Iterable[tuple[str, str, str]], stays: Iterable[tuple[str, str]]
) -> tuple[Callable[[str, str, str], None], Callable[[str, str, str], None]]:
    """The two tests of the rules a probe added, by language: each residue line of ``goes`` (language, line,
    pass name) put before or after the language's article ``texts[lang]`` goes, removed by that pass, and
    the article stays whole; each sentence of ``stays`` (language, line) with the same words put at the
    article's head, middle or tail stays. Assign them to the module's test names:
    ``test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)``.
    """

    @pytest.mark.parametrize(("lang", "line", "pass_name"), list(goes))
    def added_residue_goes(lang: str, line: str, pass_name: str) -> None:
        text = texts[lang]
        for page in ([line, *text], [*text, line]):
            result = cleaner.explain_text("\n".join(page))
            assert (pass_name, line) in removed(result), lang
            assert lost(text, result) == []

    @pytest.mark.parametrize(("lang", "line"), list(stays))
    @pytest.mark.parametrize("position", ["head", "middle", "tail"])
    def sentences_with_the_added_words_survive(lang: str, line: str, position: str) -> None:
        text = with_line(texts[lang], line, position)
        result = cleaner.explain_text("\n".join(["Heading of the page", *text]))
        assert lost(text, result) == [], removed(result)

    return added_residue_goes, sentences_with_the_added_words_survive


_SECTION = "a section's name over the headline"


def section_trail_tests(
    texts: Mapping[str, list[str]], trails: Iterable[tuple[str, list[str], str]]
) -> tuple[Callable[[str, list[str], str], None], Callable[[str, list[str], str], None]]:
    """The two tests of a probe's section-name tables, by language: each trail of ``trails`` (language, the section's
    names, a headline) over the headline and the language's article ``texts[lang]`` goes as a section's name, the
    article whole; the trail's last word alone over the prose (a title) or between its paragraphs (a subheading)
    stays. Assign them to the module's test names:
    ``test_a_sections_name_over_the_headline_goes, test_a_sections_word_as_a_one_word_title_stays =
    section_trail_tests(TEXT, TRAILS)``."""
    cases = list(trails)

    @pytest.mark.parametrize(("lang", "trail", "title"), cases)
    def name_over_the_headline_goes(lang: str, trail: list[str], title: str) -> None:
        result = cleaner.explain_text("\n".join([*trail, title, *texts[lang]]))
        assert [r.text for r in result.removed if r.reason == _SECTION] == trail, removed(result)
        assert lost(texts[lang], result) == []

    @pytest.mark.parametrize(("lang", "trail", "title"), cases)
    def word_as_a_one_word_title_stays(lang: str, trail: list[str], title: str) -> None:
        # the word alone over the prose is a title, and inside the text a subheading: neither is judged
        text = texts[lang]
        for page in ([trail[-1], *text], [text[0], trail[-1], *text[1:]]):
            result = cleaner.explain_text("\n".join(page))
            assert [r.text for r in result.removed if r.reason == _SECTION] == [], removed(result)
            assert lost(text, result) == []

    return name_over_the_headline_goes, word_as_a_one_word_title_stays


#: A vocabulary probe's cases by language: (article paragraphs, residue lines that go, sentences with the same
#: words that stay).
Vocab = Mapping[str, tuple[list[str], list[str], list[str]]]


def vocab_table_tests(
    vocab: Vocab, told: Mapping[str, str] | None = None
) -> tuple[Callable[[str, str, str], None], Callable[[str, str, str], None], Callable[[str], None]]:
    """The three tests of a language's new vocabulary (``vocab``: see :data:`Vocab`): each residue line put at
    the article's head or tail goes and the article stays whole; each sentence with the same words put at its
    head, middle or tail stays; the article and those sentences are told their language (``told``: the
    language a vocabulary's pages are told where it is another, Malay's Indonesian). Assign them to
    ``test_the_residue_goes, test_sentences_with_the_same_words_survive, test_the_articles_are_told_their_language``.
    """
    as_told = told or {}
    goes = [(lang, line) for lang, (_t, lines, _s) in sorted(vocab.items()) for line in lines]
    stays = [(lang, line) for lang, (_t, _g, lines) in sorted(vocab.items()) for line in lines]

    @pytest.mark.parametrize(("lang", "line"), goes)
    @pytest.mark.parametrize("position", ["head", "tail"])
    def residue_goes(lang: str, line: str, position: str) -> None:
        text = vocab[lang][0]
        result = cleaner.explain_text("\n".join(with_line(text, line, position)))
        assert any(line in t.split("\n") for _p, t in removed(result)), (lang, removed(result))
        assert lost(text, result) == []

    @pytest.mark.parametrize(("lang", "line"), stays)
    @pytest.mark.parametrize("position", ["head", "middle", "tail"])
    def sentences_with_the_same_words_survive(lang: str, line: str, position: str) -> None:
        text = with_line(vocab[lang][0], line, position)
        result = cleaner.explain_text("\n".join(text))
        assert lost(text, result) == [], removed(result)

    @pytest.mark.parametrize("lang", sorted(vocab))
    def articles_are_told_their_language(lang: str) -> None:
        text, _goes, stays = vocab[lang]
        assert Context(Document("\n".join([*text, *stays]))).language == as_told.get(lang, lang)

    return residue_goes, sentences_with_the_same_words_survive, articles_are_told_their_language


def box_and_label_tests(
    vocab: Vocab, verdicts: Mapping[str, list[str]], questions: Mapping[str, list[str]]
) -> tuple[Callable[[str], None], Callable[[str], None]]:
    """Two tests of a language's new tables against the article's own boxes and labels: a review's verdict box
    (``verdicts[lang]``: each side's heading over its items) after the article ``vocab[lang]``'s text and over three
    of its residue lines stays; an FAQ's "question" and "answer" labels (``questions[lang]``: label, question,
    label, answer) inside the text stay (an answer's label is no reply button). Assign them to
    ``test_a_review_verdict_box_stays, test_an_answer_label_inside_the_article_stays``."""

    @pytest.mark.parametrize("lang", sorted(verdicts))
    def verdict_box_stays(lang: str) -> None:
        text, goes, _stays = vocab[lang]
        page = [*text, *verdicts[lang]]
        result = cleaner.explain_text("\n".join([*page, *goes[:3]]))
        assert lost(page, result) == [], removed(result)

    @pytest.mark.parametrize("lang", sorted(questions))
    def answer_label_stays(lang: str) -> None:
        text = vocab[lang][0]
        page = [*text[:2], *questions[lang], text[2]]
        result = cleaner.explain_text("\n".join(page))
        assert lost(page, result) == [], removed(result)

    return verdict_box_stays, answer_label_stays


def report(cases: Mapping[str, str], judge_page: Judge = judge) -> None:
    """Print a probe's numbers, page by page: the article lines lost and the residue lines left
    (``python tests/test_lang_xx.py``)."""
    total_lost = total_left = 0
    for key in sorted(cases):
        lost, left = judge_page(cases[key])
        total_lost += len(lost)
        total_left += len(left)
        print(f"{key:16} lost {len(lost):2}  left {len(left):2}")
        for text in lost:
            print("   LOST", text)
        for text in left:
            print("   left", text)
    print(f"total: article lines lost {total_lost}, residue lines left {total_left}")


def kept_lines(result: cleaner.Result) -> list[str]:
    """The non-empty lines of a result's text."""
    return [line for line in result.text.split("\n") if line]


def lost(lines: list[str], result: cleaner.Result) -> list[str]:
    """Those of ``lines`` the result did not keep."""
    kept = kept_lines(result)
    return [line for line in lines if line not in kept]


def removed(result: cleaner.Result) -> list[tuple[str, str]]:
    """(pass name, text) of each removal."""
    return [(r.pass_name, r.text) for r in result.removed]


def kept(page: list[str], language: str | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """``page`` (its lines) cleaned: the lines of it lost and every removal as (pass, text), for the tests of a
    probe's added rules (blank lines are no page's lines)."""
    result = cleaner.explain_text("\n".join(page), language=language)
    return lost([line for line in page if line], result), removed(result)


def removals_of(lines: list[str]) -> list[tuple[str, str]]:
    """(pass name, text) of each removal cleaning ``lines`` (one a line) makes."""
    return removed(cleaner.explain_text("\n".join(lines)))


def with_line(paragraphs: list[str], line: str, position: str) -> list[str]:
    """``paragraphs`` with ``line`` put at ``position``: "head", "middle" (after the first half,
    rounded up) or "tail"."""
    pos = {"head": 0, "middle": (len(paragraphs) + 1) // 2, "tail": len(paragraphs)}[position]
    return [*paragraphs[:pos], line, *paragraphs[pos:]]


def short_line_params(
    lines: Mapping[str, Iterable[str]], positions: Iterable[str] = ("middle", "tail")
) -> list[Any]:
    """``pytest.param(lang, line, position)`` for each line of each language at each position, with
    the id ``lang:position:the line's first 40 characters``."""
    return [
        pytest.param(lang, line, position, id=f"{lang}:{position}:{line[:40]}")
        for lang, lang_lines in lines.items()
        for line in lang_lines
        for position in positions
    ]


def assert_survives(paragraphs: list[str], language: str | None = None) -> None:
    """Cleaning the paragraphs (a blank line between them) removes nothing (``language``: forced)."""
    text = "\n\n".join(paragraphs)
    result = cleaner.explain_text(text, language=language)
    removed = [(r.pass_name, r.reason, r.text) for r in result.removed]
    assert result.text == text, f"removed: {removed}"


def assert_residue_goes(paragraphs: list[str], line: str, pass_name: str) -> None:
    """``line`` after the article's last paragraph is removed, by ``pass_name``, and nothing else is."""
    result = cleaner.explain_text("\n\n".join([*paragraphs, line]))
    removed = [(r.pass_name, r.text) for r in result.removed]
    assert result.text == "\n\n".join(paragraphs), removed
    assert any(r.pass_name == pass_name and line in r.text for r in result.removed), removed


def tail_residue_tests(paragraphs: list[str], cases: Iterable[tuple[str, str]]) -> Callable[[str, str], None]:
    """A test, parametrized by (line, pass name), of :func:`assert_residue_goes` on each case."""

    @pytest.mark.parametrize(("line", "pass_name"), list(cases))
    def residue_goes(line: str, pass_name: str) -> None:
        assert_residue_goes(paragraphs, line, pass_name)

    return residue_goes


def assert_gate_admits(lang: str, lines: list[str]) -> None:
    """The RE2 gate of each of ``lang``'s tables never rules out one of ``lines`` (and their upper-case
    forms) that the table matches, and every table is gated; at least half of the lines are matched."""
    from cleaner import gate, vocab

    lines = lines + [line.upper() for line in lines]
    checked = 0
    for family in vocab.families():
        for name in vocab.load_family(family):
            table = vocab.table(family, name, (lang,))
            if not table.patterns:
                continue
            g = gate.gate_for(((table.mode, tuple(table.patterns)),))
            assert g is not None, f"{family}.{name}: a {lang} pattern is not translatable (its table goes ungated)"
            maybe = g.lines(lines)
            assert maybe is not None
            for line, ok in zip(lines, maybe, strict=True):
                if table.match(line):
                    checked += 1
                    assert ok, f"{family}.{name}: the gate ruled out {line!r}, which the table matches"
    assert checked >= len(lines) // 2


def section_name_tests(paragraphs: list[str], headings: Iterable[str], footer: list[str]) -> Callable[[], None]:
    """The test that a section's name between two paragraphs is their subheading ("Accessibility" over an
    event's access notes) while the same words in a run of footer links after the article go."""

    def test_a_section_name_between_two_paragraphs_is_their_subheading() -> None:
        for heading in headings:
            assert_survives(with_line(paragraphs, heading, "middle"))
        kept = cleaner.clean_text("\n\n".join([*paragraphs, *footer])).split("\n\n")
        assert kept == paragraphs

    return test_a_section_name_between_two_paragraphs_is_their_subheading


def contents_tests(
    paragraphs: list[str], headings: Iterable[str], sections: tuple[str, str], row: str,
    lists: Iterable[list[str]], list_heading: str,
) -> tuple[Callable[[], None], Callable[[], None]]:
    """The tests of a table of contents: under each of ``headings`` the entries ``sections`` go with the
    heading when each comes back as a section's heading below (the second as a labelled ``row``, which
    stays); a list under ``list_heading`` whose items head nothing below (``lists``) stays."""
    a1, a2, a3 = paragraphs

    def test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay() -> None:
        for heading in headings:
            page = [a1, heading, *sections, a2, sections[0], a3, row, a1[:60] + "."]
            result = cleaner.explain_text("\n".join(page))
            assert result.text.split("\n") == [a1, a2, sections[0], a3, row, a1[:60] + "."], heading
            assert {r.pass_name for r in result.removed} <= {"table-of-contents", "site-chrome"}

    def test_a_list_under_a_contents_heading_whose_items_head_nothing_stays() -> None:
        for items in lists:
            assert_survives(with_line(paragraphs, "\n".join([list_heading, *items]), "middle"))

    return (
        test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay,
        test_a_list_under_a_contents_heading_whose_items_head_nothing_stays,
    )


def helpful_question_tests(paragraphs: list[str], question: str, yes: str, no: str, answer: str) -> Callable[[], None]:
    """The test that a bare "Was this helpful?" over its yes/no buttons goes (feedback-prompt) in the middle and at
    the tail of an article, and that the same question answered in the article (``answer``) stays."""

    def test_a_bare_helpful_question_goes_over_its_buttons() -> None:
        for position in ("middle", "tail"):
            result = cleaner.explain_text("\n\n".join(with_line(paragraphs, f"{question}\n{yes}\n{no}", position)))
            assert result.text == "\n\n".join(paragraphs), position
            assert {r.pass_name for r in result.removed} == {"feedback-prompt"}
        assert_survives(with_line(paragraphs, f"{question}\n{answer}", "middle"))

    return test_a_bare_helpful_question_goes_over_its_buttons


#: :func:`judge` under a name the helpers' keyword parameters called ``judge`` can still reach
judge_page = judge
