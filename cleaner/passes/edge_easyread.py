"""easyread46: plain-language, easy-read and learners' news pages.

- :func:`glossary_box`: edge-furniture's tail guard for the glossary box an easy-read or a learners' story closes on:
  a short heading ("Vocabulário", "Glossar", "Hard words", often also a word of the site's menu) over two rows or
  more of a term and its definition ("elétrico: transporte público que anda sobre carris", "cartón: papel grueso y
  duro"). No row is a sentence (the definition opens in lower case and closes on no full stop) and each is short, so
  the box read as a run of the page's furniture under the last paragraph, with the exercise widget under it. The rows
  must stand right under the article's text (their heading, if any, between), each a term of three words at most, a
  colon or a dash, and a definition of three words or more in lower case with no figure, no address and no list of
  names ("Tags: saúde, governo" is a list, "Telefone: 0800 123" has figures): a footer's labelled rows are neither.
- :func:`exercise_box`: feedback-prompt's hook for a learners' page's exercise or quiz widget under the story: its
  heading (table ``widgets.exercise_heading``: "Exercises", "Fragen zum Text", "Ejercicio: ¿Verdadero o falso?",
  "Doe de quiz!", "Quiz - <the story's title>") over a few short lines (the questions, the choices) down to its check
  or start button (``widgets.exercise_button``: "Check your answers", "Lösung anzeigen", "Comprobar", "Ver soluções",
  "Start the Quiz to find out", a counter "Question 1/5"). The box goes from its heading to its last button. A heading
  with no such button within ``_BOX_LINES`` short lines is left (a fitness story's "Exercises" over its list), as is
  one over more than ``_STATEMENTS`` line closing on a full stop (the article's own subheading "Quiz" over its
  sentences: a box holds an instruction or a statement to judge, not a report) or over another heading of the table
  (the nearest heading over the button is the box's); only the page's last ``_TAIL_LINES`` lines are read (the
  widget stands under the story; a line in the page's head or text is not looked at).
"""

from __future__ import annotations

from typing import Final

from ..context import Context

_TERM_WORDS: Final = 3  # a glossary's term: "cartón", "begeistert sein", "big deal"
_DEFINITION_WORDS: Final = 3  # its definition's words at least
_ROW_WORDS: Final = 20  # a row's words at most
_HEADING_WORDS: Final = 4  # the box's heading: "Vocabulário", "Words in This Story"
_LEAST_ROWS: Final = 2


def _definition_row(text: str) -> bool:
    """``text`` is a glossary's row: a term of up to ``_TERM_WORDS`` words, a colon or a dash, and a definition in
    lower case of ``_DEFINITION_WORDS`` words or more, no sentence, no figure, no address, no list of names."""
    at = text.find(": ")
    if at < 0:
        at = text.find(" – ")
        if at < 0:
            at = text.find(" - ")
    if at <= 0:
        return False
    term = text[:at].strip()
    definition = text[at + 2:].strip(" –-")
    if not term or not term[0].isalpha() or len(term.split()) > _TERM_WORDS:
        return False
    words = definition.split()
    if len(words) < _DEFINITION_WORDS or not definition[0].isalpha() or not definition[0].islower():
        return False
    if definition.endswith((".", "!", "?")) or any(c.isdigit() or c in "@/|" for c in text):
        return False
    parts = definition.split(",")
    # (a list of names or tags: each part of a word or two, "saúde, educação, governo")
    return not (len(parts) > 1 and all(len(p.split()) <= 2 for p in parts))


def glossary_box(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """edge-furniture's tail ``furniture`` less the glossary box right under the article's text (see the module's
    doc): its rows and its heading stay."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    box: set[int] = set()
    at = set(furniture)
    kept = [i for i in region if lines[i].removal is None]
    # (the box stands first under the text: the first of the furniture, the text's lines over it, is its heading or
    # its first row)
    pos = next((k for k, i in enumerate(kept) if i in at), len(kept))
    start = pos
    if pos < len(kept) and ctx.words(kept[pos]) <= _HEADING_WORDS and ":" not in lines[kept[pos]].text:
        text = lines[kept[pos]].text.strip()
        if text and text[-1:] not in ".!?" and not text[0].isdigit():
            pos += 1
    rows = []
    for i in kept[pos:]:
        text = lines[i].text
        if ctx.words(i) > _ROW_WORDS or not (":" in text or "-" in text or "–" in text):
            break
        if not _definition_row(text.strip()):
            break
        rows.append(i)
    if len(rows) < _LEAST_ROWS:
        return furniture
    box.update(rows)
    if pos > start:
        box.add(kept[start])
    return [i for i in furniture if i not in box]


_TAIL_LINES: Final = 30  # the page's last lines an exercise box may stand in
_EXERCISE_HEADING_WORDS: Final = 12  # its heading: "Quiz - Scientists Find Oldest Known Cave Painting"
_BOX_LINES: Final = 8  # the lines from the heading to its button at most: a question and its choices
_ITEM_WORDS: Final = 14  # a line of the box: a question, a choice, an instruction
_STATEMENTS: Final = 1  # its lines closing on a full stop at most: an instruction or a true-or-false statement
_STATEMENT_WORDS: Final = 3  # such a line's words at least ("Escolha a resposta certa.")


def exercise_box(ctx: Context, name: str) -> None:
    """Remove a learners' page's exercise or quiz box under the story (see the module's doc), as ``name``."""
    heading = ctx.table("widgets", "exercise_heading")
    if not heading.patterns:
        return
    kept = ctx.doc.kept()
    lines = ctx.doc.lines
    button = ctx.table("widgets", "exercise_button")
    for pos in range(max(0, len(kept) - _TAIL_LINES), len(kept)):
        i = kept[pos]
        if lines[i].removal is not None or ctx.words(i) > _EXERCISE_HEADING_WORDS or not heading.match(lines[i].text):
            continue
        box = [i]
        end = 0
        stated = 0
        for j in kept[pos + 1 : pos + 1 + _BOX_LINES]:
            if lines[j].removal is not None:
                continue
            text = lines[j].text
            if ctx.words(j) > _ITEM_WORDS or heading.match(text):
                break  # a paragraph, or the next box's heading (the nearest heading over a button is its box's)
            if text.rstrip().endswith(".") and ctx.words(j) >= _STATEMENT_WORDS:
                stated += 1
                if stated > _STATEMENTS:
                    break  # the article's sentences under its own subheading ("Quiz" over the quiz night's report)
            box.append(j)
            if button.match(text):
                end = len(box)  # (a counter, "Vraag 1/5", may stand over the question and its start button)
        if end:
            where = lines[i].lineno
            for k in box[:end]:
                ctx.doc.remove(k, name, f"a learners' page's exercise or quiz box under the story (line {where})")
