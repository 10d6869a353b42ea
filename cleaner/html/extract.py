"""Article extraction from the pruned tree: trafilatura first, a selectolax pick as fallback.

trafilatura gets the pruned document and runs in its fast mode (no readability/jusText
comparison: the DOM pass has already done the pruning those fallbacks exist for),
comments off, tables kept, one block per line (Markdown markers with ``markdown``).

Fallback: when trafilatura returns nothing, or less than ``MIN_COVERAGE`` of the prose
the article holds, the article is emitted from the tree itself, one block element per
line (:func:`block_lines`). "The article" is the DOM pass's prose block plus its
*chunks*: articles split by ad slots or widgets repeat the block's element (same tag
and class) close by in the tree (:func:`article_chunks`), and extractors that stop at
the first chunk lose the rest.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..document import normalize_space
from .budget import EXTRACTION_SECONDS_PER_TAG, Budget
from .oldweb import tiled_shorts
from .page import INLINE_TAGS
from .pageorder import hoisted_first, tables_in_place
from .paywalled import modifier_chunks
from .slides import unname_slides

#: Extraction shorter than this share of the article container's prose falls back to it.
MIN_COVERAGE = 0.5
#: Below this many characters of container prose, trafilatura's answer always stands.
MIN_BLOCK_CHARS = 200
#: At most this many same-class elements are considered as chunks of one article ...
MAX_CHUNKS = 20
#: ... sharing an ancestor with the prose block at most this many levels up ...
CHUNK_LEVELS = 3
#: ... each with this much prose at least, and at most this share of link text.
MIN_CHUNK_CHARS = 100
CHUNK_MAX_LINK_DENSITY = 0.3

_logger_quieted = False


@dataclass(slots=True)
class Extraction:
    """Extracted article text (one block per line), how it was got, trafilatura's document."""

    text: str
    method: str
    document: Any = None


def _quiet() -> None:
    """trafilatura logs a warning per page it gives up on; the fallback handles those pages.

    Only loggers the application has not configured (level NOTSET) are quietened.
    """
    global _logger_quieted
    if not _logger_quieted:
        for name in ("trafilatura", "htmldate"):
            logger = logging.getLogger(name)
            if logger.level == logging.NOTSET:
                logger.setLevel(logging.CRITICAL)
        _logger_quieted = True


#: The zero-width non-joiner is part of a word's spelling in Persian, Kurdish and the Indic scripts ("می‌شود",
#: "پارس‌نما": a word of two joined halves) and trafilatura drops it as a control character, gluing the halves
#: into another spelling; it reaches the extractor as a printable stand-in (the object replacement character,
#: used only when the page holds none) and is put back in what comes out.
ZWNJ = "\u200c"
ZWNJ_STAND_IN = "\ufffc"
#: The zero-width joiner, dropped the same way: it glues an emoji sequence into one picture ("👩‍💻" is a woman,
#: the joiner and a laptop; without it, two pictures side by side) and asks for a half-form or a conjunct in
#: the Indic scripts ("क्‍ष"), the Sinhala "ශ්‍රී" and Malayalam's chillu letters. Its stand-in is a symbol no
#: article writes (the control picture "symbol for substitute form two"), used only when the page holds none.
ZWJ = "\u200d"
ZWJ_STAND_IN = "\u2426"
#: Each character trafilatura drops that is part of a word's spelling, and its printable stand-in.
_STAND_INS = ((ZWNJ, ZWNJ_STAND_IN), (ZWJ, ZWJ_STAND_IN))
_TEXT_FIELDS = ("text", "title", "author", "sitename", "description")


def run_trafilatura(html: str, url: str | None, markdown: bool) -> Any:
    """trafilatura's Document for ``html`` (None when it finds nothing)."""
    from trafilatura import bare_extraction

    _quiet()
    kept: list[tuple[str, str]] = []
    for char, stand_in in _STAND_INS:
        if char in html and stand_in not in html:
            html = html.replace(char, stand_in)
            kept.append((char, stand_in))
    try:
        document = bare_extraction(
            html,
            url=url,
            fast=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=markdown,
        )
    except Exception:  # a third-party boundary: any failure there means "nothing found"
        return None  # (trafilatura gives up on some malformed trees); the fallback takes over
    if kept and document is not None:
        for field in _TEXT_FIELDS:
            value = getattr(document, field, None)
            if isinstance(value, str):
                for char, stand_in in kept:
                    value = value.replace(stand_in, char)
                setattr(document, field, value)
    return document


_MARKDOWN_LEAD = {f"h{n}": "#" * n + " " for n in range(1, 7)} | {"li": "- "}


def block_lines(container: LexborNode, markdown: bool = False, budget: Budget | None = None) -> list[str]:
    """Text of ``container``, one line per block element (inline elements stay in the line).

    With ``markdown``, headings and list items get their Markdown markers. ``budget``: the
    document's time limit, checked every few thousand nodes.
    """
    lines: list[str] = []
    current: list[str] = []
    blocks: dict[int, tuple[int, str]] = {}
    last_block = -1
    lead = ""

    def flush() -> None:
        if current:
            line = normalize_space("".join(current))
            if line:
                lines.append(lead + line if markdown else line)
            current.clear()

    walked = 0
    for node in container.traverse(include_text=True):
        walked += 1
        if budget is not None and not walked & 4095:
            budget.check("part of the fast extraction")
        if not node.is_text_node:
            if node.tag == "br":
                flush()
            continue
        text = node.text_content
        if not text:
            continue
        parent = node.parent
        if parent is None:
            continue
        pid = parent.mem_id
        hit = blocks.get(pid)
        if hit is None:
            # climb inline ancestors to the block; remember the answer for every inline element
            # passed (text at each level of 10k nested <span>s must not climb 10k levels each)
            passed = [pid]
            cur: LexborNode | None = parent
            while cur is not None and cur.tag in INLINE_TAGS:
                cur = cur.parent
                if cur is not None:
                    known = blocks.get(cur.mem_id)
                    if known is not None:
                        hit = known
                        break
                    passed.append(cur.mem_id)
            if hit is None:
                owner = cur or parent
                hit = (owner.mem_id, _MARKDOWN_LEAD.get(owner.tag or "", ""))
            for mid in passed:
                blocks[mid] = hit
        if hit[0] != last_block:
            flush()
            last_block, lead = hit
        current.append(text)
    flush()
    return lines


def _prose_chars(node: LexborNode) -> tuple[int, int]:
    """(all text, text outside links) of ``node``, in characters of normalised text."""
    total = len(normalize_space(node.text(separator=" ")))
    linked = sum(len(normalize_space(a.text(separator=" "))) for a in node.css("a"))
    return total, max(0, total - linked)


def _ancestors(node: LexborNode, levels: int) -> list[int]:
    out: list[int] = []
    cur = node.parent
    while cur is not None and len(out) < levels:
        out.append(cur.mem_id)
        cur = cur.parent
    return out


def article_chunks(tree: LexborHTMLParser, block: LexborNode) -> tuple[list[LexborNode], int]:
    """The elements holding the article, in page order, and their prose (non-link) characters.

    Usually just the DOM pass's prose block. Articles split into chunks (ad slots or
    widgets between them) repeat the block's element: same tag and class, close by in the
    tree (a common ancestor at most ``CHUNK_LEVELS`` up), neither inside the other, and
    holding prose rather than links. All of them are the article.
    """
    _, block_prose = _prose_chars(block)
    chunks = modifier_chunks(block, MIN_CHUNK_CHARS, CHUNK_MAX_LINK_DENSITY)  # htmlpaywall53
    if len(chunks) > 1:
        return chunks, sum(_prose_chars(chunk)[1] for chunk in chunks)
    cls = block.attributes.get("class")
    tag = block.tag
    if cls and tag and '"' not in cls and "\\" not in cls:
        same = tree.css(f'{tag}[class="{cls}"]')
        if 1 < len(same) <= MAX_CHUNKS:
            near = set(_ancestors(block, CHUNK_LEVELS))
            above = set(_ancestors(block, 10_000))
            block_id = block.mem_id
            chunks, total = [], 0
            taken: set[int] = set()
            for node in same:
                mid = node.mem_id
                if mid == block_id:
                    chunks.append(node)
                    taken.add(mid)
                    total += block_prose
                    continue
                ups = _ancestors(node, 10_000)
                if mid in above or block_id in ups or not taken.isdisjoint(ups):
                    continue  # nested in the block, around it, or inside a chunk already taken
                if near.isdisjoint(ups[:CHUNK_LEVELS]):
                    continue
                all_chars, prose = _prose_chars(node)
                if prose < MIN_CHUNK_CHARS or all_chars - prose > CHUNK_MAX_LINK_DENSITY * all_chars:
                    continue
                chunks.append(node)
                taken.add(mid)
                total += prose
            return chunks, total
    return chunks, block_prose


def extract(
    tree: LexborHTMLParser,
    url: str | None,
    block: LexborNode | None,
    markdown: bool = False,
    budget: Budget | None = None,
    fallback: bool = False,
    posts: list[LexborNode] | None = None,
    thread_root: LexborNode | None = None,
    built_root: LexborNode | None = None,
) -> Extraction:
    """The article text of the pruned ``tree``; ``block`` is the DOM pass's prose block.

    ``built_root``: the element holding the article's blocks when a page builder laid it out
    (a heading, a list, paragraphs each in a widget of its own): the second try points there.

    ``posts``, ``thread_root``: a thread's posts (the block among them) and the element holding
    them all, when the DOM pass found one (:mod:`.threads`): they are the article's chunks, and the
    second try points trafilatura at ``thread_root``.

    ``budget``: the document's time limit. trafilatura cannot be interrupted, so when its
    estimated cost (tags of the pruned page x ``EXTRACTION_SECONDS_PER_TAG``) does not fit
    in the time left, it is not started: :class:`~cleaner.errors.Timeout`, or with
    ``fallback`` the fast path (:func:`fast_extract`).
    """
    found = article_chunks(tree, block) if block is not None and block.parent is not None else None
    if found is not None:
        unname_slides(found[0])  # htmllisticle53: a gallery's slides, which the extractor drops whole
    html = tree.html or ""
    if budget is not None:
        seconds = html.count("<") * EXTRACTION_SECONDS_PER_TAG
        if not budget.fits(seconds):
            if not fallback:
                budget.require(seconds, "extraction")
            return fast_extract(tree, block, markdown, budget, posts)
    document = run_trafilatura(html, url, markdown)
    if budget is not None:
        budget.check("extraction")
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if block is not None and block.parent is not None and found is not None:
        chunks, prose = found
        if posts and thread_root is not None:
            chunks, prose = _with_posts(tree, chunks, posts)
            document, text = _thread_try(tree, url, thread_root, chunks, markdown, budget, html, document, text)
            post_lines = _post_lines(chunks, budget)
            if _posts_run_together(post_lines, text) or _posts_lost(post_lines, text, markdown):
                # still run together (the posts' holder could not be marked: an <ol> of posts), or most of
                # them lost (posts laid out in tables' cells, which the extractor drops): the posts' own lines
                lines = [line for chunk in chunks for line in block_lines(chunk, markdown, budget)]
                return Extraction("\n".join(lines), "fallback", document)
        else:
            document, text = _second_try(tree, url, block, chunks, markdown, budget, html, document, text, built_root)
        text = _layout_row(block, text, markdown, budget)
        text = _caption_rows(chunks, _flattened_tables(chunks, text))
        if prose >= MIN_BLOCK_CHARS and len(normalize_space(text)) < MIN_COVERAGE * prose:
            lines = [line for chunk in chunks for line in block_lines(chunk, markdown, budget)]
            return Extraction("\n".join(lines), "fallback", document)
        if "\n" not in text.strip():
            # trafilatura's last resort on a short page (the text of its <article> as one
            # string) runs the paragraphs, and the residue around them, into one line: the
            # block's own lines hold the same text with its paragraphs apart
            lines = [line for chunk in chunks for line in block_lines(chunk, markdown, budget)]
            # (compared without spaces: the extractor may also have glued two blocks' words,
            # "councilthe", where the block's lines keep them apart)
            if len(lines) > 1 and "".join("".join(lines).split()) == "".join(text.split()):
                return Extraction("\n".join(lines), "trafilatura", document)
        if not markdown:
            parts = [line for chunk in chunks for line in block_lines(chunk, False, budget)]
            read = chunks
            if len(parts) < 2 and block.parent is not None:
                parts = block_lines(block.parent, False, budget)  # a block of one <div> among its sibling <div>s
                read = [block.parent]
            text = split_run_together(text, parts)
            code = frozenset(normalize_space(n.text()) for node in read for n in node.css("pre"))
            text = join_split_inline(text, parts, code)  # htmlnews44
        else:
            plain = [line for chunk in chunks for line in block_lines(chunk, False, budget)]
            if len(plain) < 2 and block.parent is not None:
                plain = block_lines(block.parent, False, budget)
            text = split_run_together(text, plain, markdown=True)  # htmloldweb52
            code = frozenset(normalize_space(n.text()) for node in chunks for n in node.css("pre"))
            text = join_split_inline(text, plain, code, markdown=True)  # session 53: as the text format does
            text = markdown_spaces(text, plain)  # session 54: "Entra en**Facturas**", a space trafilatura dropped
            parts = [line for chunk in chunks for line in block_lines(chunk, True, budget)]
        text = tables_in_place(text, parts)  # htmloldweb52
        body = tree.body
        if body is not None:
            text = hoisted_first(text, parts, lambda: block_lines(body, markdown, budget))
    return Extraction(text, "trafilatura", document)


_CELLS = frozenset({"td", "th"})
#: A table written back as rows: this many rows of two cells or more at least, ...
FLAT_TABLE_ROWS = 2
#: ... and this many characters of cell text at least (a short run of words may be any sentence's).
FLAT_TABLE_CHARS = 20


def _table_rows(table: LexborNode) -> list[list[str]] | None:
    """The cells of ``table``'s rows (normalised), or None when it is no flat data table: a table
    inside it or around it, or fewer than ``FLAT_TABLE_ROWS`` rows of two cells or more."""
    if len(table.css("table")) > 1:  # (the table itself is among them)
        return None
    up = table.parent
    while up is not None:
        if up.tag == "table":
            return None
        up = up.parent
    rows = [[normalize_space(c.text(separator=" ")) for c in row.css("th, td")] for row in table.css("tr")]
    rows = [row for row in rows if any(row)]
    if sum(1 for row in rows if len(row) >= 2) < FLAT_TABLE_ROWS:
        return None
    return rows


_RULE_ROW = re.compile(r"\|(\s*:?-+:?\s*\|)+")


def _caption_rows(chunks: list[LexborNode], text: str) -> str:
    """``text`` with each table caption of the article that the extractor wrote as a row of its own
    ("| Annual prices from 1 April | | |", then a rule) written as a line of its own: the table's title,
    not a row of its data."""
    if "|" not in text:
        return text
    for chunk in chunks:
        for caption in chunk.css("table > caption")[:MAX_BLOCK_ITEMS]:
            title = normalize_space(caption.text(separator=" "))
            if not title:
                continue
            lines = text.split("\n")
            for k in range(len(lines) - 1):
                cells = [c.strip() for c in lines[k].strip().strip("|").split("|")]
                if cells[0] == title and not any(cells[1:]) and _RULE_ROW.fullmatch(lines[k + 1].strip()):
                    lines[k : k + 2] = [title]
                    text = "\n".join(lines)
                    break
    return text


def _flattened_tables(chunks: list[LexborNode], text: str) -> str:
    """``text`` with the article's tables that the extractor ran into one line of words written back
    as rows. In a block of loose text (a forum post written with ``<br>``: "text<br><br><table>…"),
    the extractor takes the table for more of the text, its cells one after the other ("Day Starts
    Friday 61 Saturday 12"), and breaks the line after them; the line ending in exactly that run of
    cells is split there: the text before, then the rows (``| a | b |``, the rule under the first).
    Not when the table came out as rows too (the same words elsewhere are a sentence's)."""
    if not text:
        return text
    flat_text = normalize_space(text)
    for chunk in chunks:
        for table in chunk.css("table")[:MAX_BLOCK_ITEMS]:
            rows = _table_rows(table)
            if rows is None:
                continue
            flat = " ".join(cell for row in rows for cell in row if cell)
            written = ["| " + " | ".join(row) + " |" for row in rows]
            if len(flat) < FLAT_TABLE_CHARS or flat not in flat_text or written[0] in flat_text:
                continue  # (written as rows already: the same words elsewhere are a sentence's)
            lines = text.split("\n")
            for k, line in enumerate(lines):
                norm = normalize_space(line)
                if not norm.endswith(flat) or norm.startswith("|"):
                    continue  # the run of cells ends the line: the extractor breaks the line after the table
                if len(norm) > len(flat) and norm[-len(flat) - 1] != " ":
                    continue  # (from a word's start)
                written.insert(1, "|" + "---|" * len(rows[0]))
                before = norm[: len(norm) - len(flat)].strip()
                lines[k : k + 1] = [part for part in (before, *written) if part]
                text = "\n".join(lines)
                flat_text = normalize_space(text)
                break
    return text


#: How far above the prose block its layout table's cell may be (the block a <div> of an article of <div>s in
#: the cell, or inside a wrapper there).
LAYOUT_CELL_LEVELS = 3


def _layout_row(block: LexborNode, text: str, markdown: bool, budget: Budget | None) -> str:
    """``text`` with the line that holds a layout table's row around the article split up.

    Old pages lay out the page with a table and write the article into one of its cells, its
    paragraphs apart only by ``<br>``s or ``<div>``s: the extractor writes the row as one line ("| Home
    News | the whole article |"). When the prose block is such a row (or a cell of it, or an element
    ``LAYOUT_CELL_LEVELS`` or fewer levels inside one) and a line of
    ``text`` runs ``RUN_TOGETHER_CHARS``-long lines of its richest cell together, that line becomes
    the row's cells in order: the richest cell one line per block (:func:`block_lines`), a cell
    mostly of links (the site's menu beside the article) dropped, any other cell one line.
    """
    row: LexborNode | None = block
    cell: LexborNode | None = block
    for _ in range(LAYOUT_CELL_LEVELS):  # the block may be a <div> of the cell's (an article of <div>s)
        if cell is None or cell.tag in _CELLS:
            break
        cell = cell.parent
    if cell is not None and cell.tag in _CELLS:
        row = cell.parent
    if row is None or row.tag != "tr":
        return text
    cells = [c for c in row.iter() if c.tag in _CELLS]
    if len(cells) < 2:
        return text
    best = max(cells, key=lambda c: _prose_chars(c)[1])
    if _prose_chars(best)[1] < MIN_BLOCK_CHARS:
        return text
    own = block_lines(best, markdown, budget)
    nested = {line for table in best.css("table") for line in block_lines(table, markdown, budget)}
    if nested:
        own = [line for line in own if line not in nested]  # the extractor writes those as rows of their own
    long_lines = [line for line in own if len(line) >= RUN_TOGETHER_CHARS]
    if _run_together(long_lines, text) < 2:
        return text
    out: list[str] = []
    for line in text.splitlines():
        flat = normalize_space(line)
        if len(line) < 2 * RUN_TOGETHER_CHARS or sum(1 for item in long_lines if item in flat) < 2:
            out.append(line)
            continue
        for cell in cells:
            if cell.mem_id == best.mem_id:
                out.extend(own)
                continue
            total, cell_prose = _prose_chars(cell)
            if total and cell_prose * 2 > total:
                out.append(normalize_space(cell.text(separator=" ")))
    return "\n".join(out)


def split_run_together(text: str, parts: list[str], markdown: bool = False) -> str:
    """``text`` with each line that runs two or more of the article's own lines (``parts``, one per block
    element of the prose block: :func:`block_lines`) together cut apart at them.

    The extractor runs an article's paragraphs into one line when it finds no paragraph elements to
    keep apart: an article of ``<div>``s inside the one cell of a layout table's row ("| posted on ...
    by the desk First paragraph. Second paragraph. |"), a short page whose ``<article>`` it takes as
    one string (its kicker, paragraphs, gallery links and keywords in one line). A browser shows each
    of those paragraphs on a line of its own, and the text passes judge lines: each part becomes a
    line, and what lies between two parts (a dateline, a gallery's "see more photos") a line of its
    own, the table's pipes off the ends; a row of two cells or more is a table's and stays. Only parts
    of ``RUN_TOGETHER_CHARS`` or more count (a short one may repeat inside another), and a line
    holding fewer than two of them is left as it is, unless it is one of them with a whole short part
    beside it (:func:`_tiled`). With ``markdown`` (``parts`` still the page's plain lines), a part's
    emphasis markers around it ("**Council approves …**") go with it.
    """
    long_parts = sorted({p for p in parts if display_width(p) >= RUN_TOGETHER_CHARS}, key=len, reverse=True)
    if len(long_parts) < 2:
        return text
    out: list[str] = []
    changed = False
    shorts = frozenset(p for p in parts if 0 < len(p) < RUN_TOGETHER_CHARS)
    for line in text.splitlines():
        flat = normalize_space(line)
        if display_width(flat) < 2 * RUN_TOGETHER_CHARS or " | " in flat.strip(" |"):
            out.append(line)  # short, or a table's row of cells (each cell is a part: the row is the table's)
            continue
        spans: list[tuple[int, int]] = []
        for part in long_parts:  # the longest first: a part inside a longer one is not cut out of it
            start = flat.find(part)
            while start >= 0:
                end = start + len(part)
                if all(end <= a or start >= b for a, b in spans):
                    spans.append((start, end))
                    break
                start = flat.find(part, start + 1)
        if len(spans) == 1 and (pieces := _tiled(flat, spans[0], shorts)):
            changed = True  # htmldocs45
            out.extend(pieces)
            continue
        if len(spans) < 2:
            out.append(line)
            continue
        changed = True
        pos = 0
        for start, end in sorted(spans):
            if markdown:
                start, end = _emphasis_around(flat, start, end, pos)
            if gap := flat[pos:start].strip(" |"):
                out.extend(tiled_shorts(gap, shorts))  # htmloldweb51
            out.append(flat[start:end])
            pos = end
        if rest := flat[pos:].strip(" |"):
            out.extend(tiled_shorts(rest, shorts))  # htmloldweb51
    return "\n".join(out) if changed else text


def _emphasis_around(flat: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The span ``start:end`` of ``flat`` widened over the emphasis markers that wrap it ("**", "*", "_"),
    not back past ``floor`` (the end of the part before)."""
    for mark in ("**", "*", "_"):
        size = len(mark)
        if start - size >= floor and flat[start - size : start] == mark and flat[end : end + size] == mark:
            return start - size, end + size
    return start, end


def _tiled(flat: str, span: tuple[int, int], shorts: frozenset[str]) -> list[str]:
    """htmldocs45: the line ``flat`` cut into the article's own lines when it is exactly one long part (at
    ``span``) with a short part on either side or both ("Note" + the note's sentence + "Examples": an
    admonition's title and a rubric that the extractor ran together with the sentence inside a ``<dd>``);
    nothing when any piece is not a whole part of its own."""
    start, end = span
    before, after = flat[:start].strip(), flat[end:].strip()
    if not before and not after:
        return []
    if (before and before not in shorts) or (after and after not in shorts):
        return []
    return [piece for piece in (before, flat[start:end], after) if piece]


#: A line of the article the extractor broke at its inline elements is joined back from at most this many pieces ...
SPLIT_PIECES_MAX = 8
#: ... when it ends as a sentence, a quote or a label does (a menu's line of links in one ``<div>`` ends on a name).
_SENTENCE_ENDS = frozenset(".!?…:;\"'»”’)")


def join_split_inline(
    text: str, parts: list[str], code: frozenset[str] = frozenset(), markdown: bool = False
) -> str:
    """``text`` with each run of lines that the extractor cut out of one of the article's own lines (``parts``,
    one per block element or ``<br>`` of the prose block, inline elements inside it: :func:`block_lines`) joined
    back into that line (htmlnews44).

    trafilatura's fast path breaks a line of a ``<div>``'s loose text at each inline element in it, as an old
    CMS writes its paragraphs ("<span><b>Per informazioni</b> è attivo il numero verde …</span><br><br>" comes
    out as "Per informazioni" over "è attivo il numero verde …"); inside a ``<p>`` it does not. Only a part that
    ends as a sentence does is joined back to, and only from a whole run of lines that spells it out (compared
    without spaces), each line no part itself: the pieces of a menu's links in one ``<div>`` stay apart. ``code``:
    the block's code samples (a ``<pre>``'s text, one part whose lines the extractor rightly keeps apart).
    With ``markdown`` (``parts`` still the page's plain lines), the lines are compared without their emphasis
    markers, and the pieces are joined as they are, markers and all, with a space where the part has one; a line
    opening on a block's marker (a heading's, an item's, a quote's) is no piece.
    """
    ends = [p for p in parts if p[-1:] in _SENTENCE_ENDS and " " in p and p not in code]
    if not ends:
        return text
    whole = set(parts)
    by_first: dict[str, list[str]] = {}
    for part in ends:
        by_first.setdefault(part.split(" ", 1)[0], []).append(part)
    lines = text.splitlines()
    flats = [_md_bare(line) if markdown else normalize_space(line) for line in lines]
    out: list[str] = []
    changed = False
    i = 0
    while i < len(lines):
        flat = flats[i]
        joined = None
        if flat and flat not in whole:
            for part in by_first.get(flat.split(" ", 1)[0], ()):
                if len(part) <= len(flat) or not part.startswith(flat):
                    continue
                target, seen = "".join(part.split()), "".join(flat.split())
                j = i + 1
                while j < len(lines) and j - i < SPLIT_PIECES_MAX and len(seen) < len(target):
                    piece = flats[j]
                    if not piece or piece in whole:
                        break
                    seen += "".join(piece.split())
                    if not target.startswith(seen):
                        break
                    j += 1
                if seen == target:
                    joined = (part, j)
                    break
        if joined is None:
            out.append(lines[i])
            i += 1
            continue
        part, j = joined
        out.append(_glued(part, [normalize_space(line) for line in lines[i:j]], flats[i:j]) if markdown else part)
        i = j
        changed = True
    return "\n".join(out) if changed else text


_MD_BLOCK_LEAD = re.compile(r"^(?:#{1,6}|[-*+]|>|\d{1,3}[.)])[ ](?=\S)")
#: (the text between two markers holds no marker and is bounded: the scan stays linear on any line)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=[^\s*_])([^*_]{1,300}?)(?<=[^\s*_])\1(?!\w)")


def _md_bare(line: str) -> str:
    """A Markdown line's text without its emphasis markers ("**Per informazioni**" is "Per informazioni"); empty
    for a line opening on a block's marker, which no inline element of a paragraph makes."""
    flat = normalize_space(line)
    if _MD_BLOCK_LEAD.match(flat):
        return ""
    return _MD_EMPHASIS.sub(r"\2", flat)


def _glued(part: str, pieces: list[str], bare: list[str]) -> str:
    """The Markdown ``pieces`` of ``part`` (their texts without markers: ``bare``) as one line, a space between two
    where ``part`` has one at that place."""
    out = pieces[0]
    pos = 0  # the place in ``part`` after the pieces glued so far
    for n in range(1, len(pieces)):
        for ch in bare[n - 1]:  # (the previous piece's characters, spaces aside, walked over in ``part``)
            if ch.isspace():
                continue
            while pos < len(part) and part[pos].isspace():
                pos += 1
            pos += 1
        out += (" " if pos < len(part) and part[pos].isspace() else "") + pieces[n]
    return out


#: trafilatura's emphasis span (it writes asterisks), a word glued to either side of it; bounded, as _MD_EMPHASIS
_GLUED_EMPHASIS = re.compile(r"(\*{1,3})(?=[^\s*])([^*]{1,300}?)(?<=[^\s*])\1")


def markdown_spaces(text: str, parts: list[str]) -> str:
    """``text`` (Markdown) with the spaces put back that the extractor dropped beside an emphasis marker, where the
    page's own line (``parts``: its plain lines, :func:`block_lines`) has them.

    trafilatura's Markdown drops the space between a ``<div>``'s loose text and the ``<b>`` after it ("Entra en
    <b>Facturas</b>" comes out as "Entra en**Facturas**") and after a ``<strong>`` that opens a paragraph
    ("**МОСКВА, 5 мар — РИА Новости.**Новая линия …"), where its text format keeps both. A line is mended only when
    its text, markers aside, spells exactly one of the page's lines less some spaces; each space goes outside the
    marker beside it.
    """
    if "*" not in text:
        return text
    by_letters: dict[str, str] = {}
    for part in parts:
        by_letters.setdefault("".join(part.split()), part)
    whole = set(parts)
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if "*" not in line:
            continue
        lead = _MD_BLOCK_LEAD.match(line)
        start = lead.end() if lead else 0
        body = line[start:]
        bare = _GLUED_EMPHASIS.sub(r"\2", body)
        if bare == body or bare in whole:
            continue
        own = by_letters.get("".join(bare.split()))
        if own is None or own == bare:
            continue
        mended = _respaced(body, own)
        if mended is not None and mended != body:
            lines[n] = line[:start] + mended
            changed = True
    return "\n".join(lines) if changed else text


def _respaced(body: str, part: str) -> str | None:
    """``body`` (a Markdown line's text, past its block marker) with a space wherever ``part`` (the same text, plain)
    has one that ``body`` lacks: before an opening marker, after a closing one, or between two letters; None when the
    two do not align."""
    segments: list[tuple[str, str]] = []  # (text, "" for the text's own, "open" or "close" for a marker)
    pos = 0
    for m in _GLUED_EMPHASIS.finditer(body):
        segments += [(body[pos : m.start()], ""), (m.group(1), "open"), (m.group(2), ""), (m.group(1), "close")]
        pos = m.end()
    segments.append((body[pos:], ""))
    out: list[str] = []
    last = ""  # what ``out`` ends on: "open" or "close" for a marker, "" for a character
    q = 0
    for seg, kind in segments:
        if kind:
            out.append(seg)
            last = kind
            continue
        for ch in seg:
            if ch.isspace():
                out.append(ch)
                last = ""
                while q < len(part) and part[q].isspace():
                    q += 1
                continue
            if q < len(part) and part[q].isspace():
                while q < len(part) and part[q].isspace():
                    q += 1
                if out and not (out[-2:-1] if last == "open" else out[-1:])[0][-1:].isspace():
                    out.insert(len(out) - 1 if last == "open" else len(out), " ")  # (outside an opening marker)
            if q >= len(part) or part[q] != ch:
                return None
            out.append(ch)
            last = ""
            q += 1
    return "".join(out) if q == len(part) else None


#: Elements trafilatura takes for the article body when marked ``itemprop="articleBody"``.
_BODY_TAGS = frozenset({"article", "div", "main", "section"})
#: The prose block's lines that show whether an extraction kept its structure ...
_STRUCTURE = "h2, h3, h4, h5, h6, li"
#: ... and all the lines it is measured on (at most ``MAX_BLOCK_ITEMS`` of them).
_ITEMS = "p, h2, h3, h4, h5, h6, li, blockquote, pre"
MAX_BLOCK_ITEMS = 400


def _block_items(block: LexborNode, selector: str) -> list[str]:
    """Texts of ``block``'s elements matching ``selector`` that are not mostly links."""
    out: list[str] = []
    for node in block.css(selector)[:MAX_BLOCK_ITEMS]:
        total, prose = _prose_chars(node)
        if total >= 3 and prose * 2 > total:
            out.append(normalize_space(node.text(separator=" ")))
    return out


def _covered(items: list[str], text: str) -> int:
    flat = normalize_space(text)
    return sum(1 for item in items if item in flat)


def _run_together(items: list[str], text: str) -> int:
    """How many of ``items`` share a line of ``text`` with another of them (paragraphs run into one
    line). Only items of ``RUN_TOGETHER_CHARS`` or more count: short ones repeat inside others."""
    long_items = [item for item in items if len(item) >= RUN_TOGETHER_CHARS]
    if len(long_items) < 2:
        return 0
    out = 0
    for line in text.splitlines():
        if len(line) < 2 * RUN_TOGETHER_CHARS:
            continue
        flat = normalize_space(line)
        inside = sum(1 for item in long_items if item in flat)
        if inside >= 2:
            out += inside
    return out


def _kept_apart(items: list[str], text: str) -> int:
    """How many of ``items`` an extraction holds, less those it runs together (:func:`_run_together`)."""
    return _covered(items, text) - _run_together(items, text)


#: Paragraphs this long that share one line of the extraction were run together by it.
RUN_TOGETHER_CHARS = 20
#: From this code point a character is written wide (CJK, kana, hangul, full-width forms): it counts twice.
_WIDE = "\u2e80"


def display_width(text: str) -> int:
    """``text``'s length with each wide character (CJK, kana, hangul) counted twice: a Japanese line of ten
    characters holds as much as an English one of twenty (htmlblog45: an Ameba post's lines)."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for c in text if c >= _WIDE)


def _lowest_common(nodes: list[LexborNode]) -> LexborNode | None:
    """The deepest element enclosing all of ``nodes`` (None when they share none)."""
    common: list[int] | None = None
    by_id: dict[int, LexborNode] = {}
    for node in nodes:
        chain: list[int] = []
        cur = node.parent
        while cur is not None:
            by_id[cur.mem_id] = cur
            chain.append(cur.mem_id)
            cur = cur.parent
        if common is None:
            common = chain
        else:
            keep = set(chain)
            common = [m for m in common if m in keep]
    return by_id[common[0]] if common else None


def _prose_paragraphs(node: LexborNode) -> list[str]:
    """Texts of ``node``'s paragraphs of ``SIBLING_PARAGRAPH_CHARS`` or more, not mostly links."""
    return [t for t in _block_items(node, "p") if len(t) >= SIBLING_PARAGRAPH_CHARS]


#: A paragraph this long that the extractor took shows a sibling of the article container is article.
SIBLING_PARAGRAPH_CHARS = 40


def _container(block: LexborNode, chunks: list[LexborNode], text: str) -> LexborNode:
    """The element the second try points trafilatura at: the prose block, or the lowest element
    holding all its chunks when the article is split (a live blog's entries); then its parent
    when a sibling is article too: trafilatura took a paragraph of it and lost a heading or
    list item of it (a recipe card beside the blog post, show notes beside the transcript)."""
    node = block if len(chunks) == 1 else (_lowest_common(chunks) or block)
    parent = node.parent
    if parent is None or parent.tag not in _BODY_TAGS or "itemprop" in parent.attributes:
        return node
    flat = normalize_space(text)
    sibling = parent.child
    before = True  # the sibling comes before the article's container
    while sibling is not None:
        if sibling.mem_id == node.mem_id:
            before = False
        elif (
            not sibling.is_text_node
            and sibling.tag in _BODY_TAGS
            and (
                (
                    any(p in flat for p in _prose_paragraphs(sibling))
                    and any(item not in flat for item in _block_items(sibling, _STRUCTURE))
                )
                or (before and _summary_list(sibling, flat))
            )
        ):
            return parent
        sibling = sibling.next
    return node


#: A summary above the article ("Key points", "Das Wichtigste in Kürze"): a list of this many
#: items at least, of ``SUMMARY_ITEM_WORDS`` words each at least, ...
SUMMARY_ITEMS = 2
SUMMARY_ITEM_WORDS = 4
#: ... making up this share of the box's text at least.
SUMMARY_SHARE = 0.5


def _summary_list(box: LexborNode, flat: str) -> bool:
    """``box`` (beside the article's container, before it) holds the article's summary: a list of
    sentences (``SUMMARY_ITEMS`` items or more, none mostly links, of ``SUMMARY_ITEM_WORDS`` words at
    least) that is ``SUMMARY_SHARE`` of the box's text at least, none of its items in the extraction
    ``flat``."""
    total = len(normalize_space(box.text(separator=" ")))
    for found in [box] if box.tag in ("ul", "ol") else box.css("ul, ol"):
        items = _block_items(found, "li")
        if len(items) < SUMMARY_ITEMS or len(items) < len(found.css("li")):
            continue
        if any(len(item.split()) < SUMMARY_ITEM_WORDS or item in flat for item in items):
            continue
        if sum(len(item) for item in items) >= SUMMARY_SHARE * total:
            return True
    return False


def _second_try(
    tree: LexborHTMLParser,
    url: str | None,
    block: LexborNode,
    chunks: list[LexborNode],
    markdown: bool,
    budget: Budget | None,
    html: str,
    document: Any,
    text: str,
    built_root: LexborNode | None = None,
) -> tuple[Any, str]:
    """trafilatura again, pointed at the article, when it lost the article's headings or lists.

    trafilatura looks for the article by names ("entry-content", "article-body"...); on a
    page whose container it does not recognise ("rich-text", "blog-post") it may settle on
    another element (a reader comment in an ``<article>``) or gather loose paragraphs,
    dropping the article's headings and lists. Then the article's container
    (:func:`_container`: the prose block, the element holding all its chunks, or their
    parent when a sibling is article too) is marked ``itemprop="articleBody"`` (which
    trafilatura takes first) and the page extracted again; the second text is kept when it
    holds more of the container's lines (paragraphs, headings, list items that are not
    mostly links) than the first. On a page laid out by a page builder the container is
    ``built_root``, the element holding the article's widgets. Not when the page marks an articleBody itself or the
    container carries an itemprop.
    """
    marked = tree.css_first('[itemprop="articleBody"]')
    if marked is not None:
        return _summary_try(tree, url, marked, markdown, budget, html, document, text)  # htmlregional45
    if block.tag not in _BODY_TAGS or "itemprop" in block.attributes:
        return document, text
    container = built_root if built_root is not None else _container(block, chunks, text)
    if container.tag not in _BODY_TAGS or "itemprop" in container.attributes:
        return document, text
    paragraphs = _block_items(container, "p")
    if len(paragraphs) >= 2 and _run_together(paragraphs, text):
        # the paragraphs are there but run together: a layout table around the article (the
        # extractor writes each row as one line, "| menu | the whole article |")
        return _marked_try(tree, url, container, paragraphs, markdown, budget, html, document, text, _kept_apart)
    structure = _block_items(container, _STRUCTURE)
    if not structure or _covered(structure, text) == len(structure):
        return _article_try(tree, url, block, markdown, budget, html, document, text)
    return _marked_try(tree, url, container, _block_items(container, _ITEMS), markdown, budget, html, document, text)


def _summary_try(
    tree: LexborHTMLParser,
    url: str | None,
    marked: LexborNode,
    markdown: bool,
    budget: Budget | None,
    html: str,
    document: Any,
    text: str,
) -> tuple[Any, str]:
    """trafilatura again, pointed at the parent of the page's own ``itemprop="articleBody"`` (``marked``),
    when a summary box sits before it among its siblings and the extraction lost it (:func:`_summary_above`:
    "Das Wichtigste in Kürze", "Key points" as a list of sentences above the body, outside the element the
    page marks). The mark is moved to the parent for the try and put back; the second text is kept when it
    holds more of the summary's and the body's lines than the first. A list of links (related stories)
    is no summary."""
    summary = _summary_above(marked, text)
    if summary is None or summary.parent is None:
        return document, text
    items = _block_items(summary, _ITEMS) + _block_items(marked, _ITEMS)
    del marked.attrs["itemprop"]
    try:
        return _marked_try(tree, url, summary.parent, items, markdown, budget, html, document, text)
    finally:
        marked.attrs["itemprop"] = "articleBody"


def _article_try(
    tree: LexborHTMLParser,
    url: str | None,
    block: LexborNode,
    markdown: bool,
    budget: Budget | None,
    html: str,
    document: Any,
    text: str,
) -> tuple[Any, str]:
    """trafilatura again, pointed at the ``<article>`` around the prose block, when it lost paragraphs
    of that article outside the block: an article written in two containers (an "intro" and a
    "body") of which the extractor took the one it knows by its name. The ``<article>`` is marked
    ``itemprop="articleBody"`` and the second text kept when it holds more of the article's
    paragraphs (``SIBLING_PARAGRAPH_CHARS`` or more, not mostly links) than the first. Only when it
    lost ``ARTICLE_PART_PARAGRAPHS`` such paragraphs side by side (a part of the article, not a dek)."""
    art = block.parent
    while art is not None and art.tag != "article":
        art = art.parent
    if art is None or "itemprop" in art.attributes:
        return document, text
    squashed = "".join(text.split())  # (the extractor may glue a link to the comma after it)
    missing: dict[int, int] = {}
    parents: dict[int, LexborNode] = {}  # the boxes of the lost paragraphs ...
    long_lost: set[int] = set()  # ... those of a lost paragraph of ``LOST_LIST_PARAGRAPH_CHARS``
    own = {node.mem_id for node in block.css("p")}
    for node in art.css("p")[:MAX_BLOCK_ITEMS]:
        total, prose = _prose_chars(node)
        if node.mem_id in own or prose < SIBLING_PARAGRAPH_CHARS or prose * 2 <= total or node.parent is None:
            continue
        if "".join(node.text().split()) not in squashed:
            missing[node.parent.mem_id] = missing.get(node.parent.mem_id, 0) + 1
            parents[node.parent.mem_id] = node.parent
            if prose >= LOST_LIST_PARAGRAPH_CHARS:
                long_lost.add(node.parent.mem_id)
    if max(missing.values(), default=0) < ARTICLE_PART_PARAGRAPHS and not any(
        (key in long_lost and _lost_list(box, squashed)) or _lost_pros_and_cons(box, squashed)
        for key, box in parents.items()
    ):
        return document, text  # a dek, a bio, a call to the reader: a paragraph alone is no part of the article
    return _marked_try(tree, url, art, _prose_paragraphs(art), markdown, budget, html, document, text)


#: Paragraphs of prose side by side (one parent) that the extraction lost show a part of the article lost.
ARTICLE_PART_PARAGRAPHS = 2


#: A lost paragraph of this many characters outside links at least, beside a lost list ...
LOST_LIST_PARAGRAPH_CHARS = 100
#: ... of ``SUMMARY_ITEMS`` items at least, each of this many words at least, show a part of the article lost.
LOST_LIST_ITEM_WORDS = 3


def _lost_list(box: LexborNode, squashed: str) -> bool:
    """``box`` (which holds a paragraph of ``LOST_LIST_PARAGRAPH_CHARS`` the extraction lost) holds a
    list the extraction lost too: a review's verdict (a paragraph, then its pros and cons), a part of
    the article, where a bio or a call to the reader has a paragraph alone, and an offer a list of
    labels ("Unlimited access", "Cancel anytime"). The list: ``SUMMARY_ITEMS`` items at least, each
    of prose (not mostly links) and ``LOST_LIST_ITEM_WORDS`` words at least, none of them in the
    extraction (``squashed``: its text without spaces)."""
    for found in box.css("ul, ol")[:MAX_BLOCK_ITEMS]:
        items = _block_items(found, "li")
        if len(items) < SUMMARY_ITEMS or len(items) < len(found.css("li")):
            continue
        if any(len(item.split()) < LOST_LIST_ITEM_WORDS for item in items):
            continue
        if not any("".join(item.split()) in squashed for item in items):
            return True
    return False


#: A review's pros and cons: this many lists at least, side by side in the box of a lost paragraph.
PROS_CONS_LISTS = 2


def _lost_pros_and_cons(box: LexborNode, squashed: str) -> bool:
    """``box`` (which holds a paragraph of ``SIBLING_PARAGRAPH_CHARS`` the extraction lost) holds
    ``PROS_CONS_LISTS`` lists or more the extraction lost whole: a review's verdict above its body (a
    paragraph, then its pros and its cons, whose items are short: "Expensive", "35-hour battery"). Each
    list of ``SUMMARY_ITEMS`` items at least, none of them mostly links (a menu, a list of teasers) or
    in the extraction (``squashed``: its text without spaces). An offer's list of labels ("Unlimited
    access", "Cancel anytime") is one list."""
    lost = 0
    for found in box.css("ul, ol")[:MAX_BLOCK_ITEMS]:
        items = _block_items(found, "li")
        if len(items) < SUMMARY_ITEMS or len(items) < len(found.css("li")):
            continue
        if any("".join(item.split()) in squashed for item in items):
            return False  # a list the extraction took: the box is not lost
        lost += 1
    return lost >= PROS_CONS_LISTS


def _marked_try(
    tree: LexborHTMLParser,
    url: str | None,
    node: LexborNode,
    items: list[str],
    markdown: bool,
    budget: Budget | None,
    html: str,
    document: Any,
    text: str,
    count: Callable[[list[str], str], int] = _covered,
) -> tuple[Any, str]:
    """trafilatura again with ``node`` marked ``itemprop="articleBody"`` (which it takes first);
    the second text is kept when it holds more of ``items`` (the lines that should be there, as
    ``count`` counts them) than the first. Not started when its estimated cost does not fit in
    the time left."""
    if budget is not None and not budget.fits(html.count("<") * EXTRACTION_SECONDS_PER_TAG):
        return document, text
    node.attrs["itemprop"] = "articleBody"
    second = run_trafilatura(tree.html or "", url, markdown)
    del node.attrs["itemprop"]
    if budget is not None:
        budget.check("extraction")
    second_text = (getattr(second, "text", None) or "") if second is not None else ""
    if count(items, second_text) > count(items, text):
        return second, second_text
    return document, text


def _with_posts(
    tree: LexborHTMLParser, chunks: list[LexborNode], posts: list[LexborNode]
) -> tuple[list[LexborNode], int]:
    """A thread's posts and the article's chunks together, in page order, and their prose."""
    ids = {n.mem_id for n in posts}
    extra = [c for c in chunks if c.mem_id not in ids]
    merged = list(posts)
    if extra:
        body = tree.body
        order = {n.mem_id: k for k, n in enumerate(body.traverse())} if body is not None else {}
        merged.extend(extra)
        merged.sort(key=lambda n: order.get(n.mem_id, 0))
    return merged, sum(_prose_chars(n)[1] for n in merged)


def _thread_try(
    tree: LexborHTMLParser,
    url: str | None,
    root: LexborNode,
    posts: list[LexborNode],
    markdown: bool,
    budget: Budget | None,
    html: str,
    document: Any,
    text: str,
) -> tuple[Any, str]:
    """trafilatura again, pointed at the element holding a thread's posts, when it lost some of
    their lines (it took the first post for the article: "post-body" is an article's name).
    ``root`` is marked ``itemprop="articleBody"`` (which trafilatura takes first; it comes before
    any post the page marks so itself) and the page extracted again; the second text is kept when
    it holds more of the posts' lines (paragraphs, headings, list items, quotes, code) than the first,
    or, when the first ran them together (:func:`_post_lines`), more of them on lines of their own."""
    if root.tag not in _BODY_TAGS or "itemprop" in root.attributes:
        return document, text
    items = [item for post in posts for item in _post_items(post, budget)]
    summary = _summary_above(root, text)
    if summary is not None:
        # a live blog's "Key points" above its entries: the entries' parent holds both
        items.extend(_block_items(summary, _ITEMS))
        root = summary.parent or root
    if not items:
        return document, text
    lines = _post_lines(posts, budget)
    if _posts_run_together(lines, text):
        # the posts' lines are there but run together (the extractor's last resort takes each post's
        # quote element whole, its <br>s ignored: "<blockquote class=messageText>")
        return _marked_try(tree, url, root, lines, markdown, budget, html, document, text, _kept_apart)
    if _covered(items, text) == len(items):
        return document, text
    return _marked_try(tree, url, root, items, markdown, budget, html, document, text)


def _posts_run_together(lines: list[str], text: str) -> bool:
    """Whether ``text`` holds a line made of two or more of the posts' ``lines`` side by side (not a line
    that holds another because a post quotes it: those overlap, and run longer than the line)."""
    if len(lines) < 2:
        return False
    for line in text.splitlines():
        if len(line) < 2 * RUN_TOGETHER_CHARS:
            continue
        flat = normalize_space(line)
        inside = [item for item in lines if item in flat]
        if len(inside) >= 2 and sum(map(len, inside)) + len(inside) - 1 <= len(flat):
            return True
    return False


_MARKUP = str.maketrans("", "", "*_`#")


def _posts_lost(lines: list[str], text: str, markdown: bool) -> bool:
    """Whether ``text`` lacks most of a thread's post ``lines`` (compared without Markdown's marks)."""
    if _covered(lines, text) * 2 >= len(lines):
        return False
    if not markdown:
        return True
    return _covered([line.translate(_MARKUP) for line in lines], text.translate(_MARKUP)) * 2 < len(lines)


def _post_lines(posts: list[LexborNode], budget: Budget | None) -> list[str]:
    """The lines of a thread's posts as a browser shows them (a line at each block and ``<br>``), those
    of ``RUN_TOGETHER_CHARS`` or more: what an extraction should not run together. Not a table's cells
    (the extractor runs a table into one line, written back as rows later: :func:`_flattened_tables`)."""
    out: list[str] = []
    for post in posts:
        cells = {normalize_space(c.text(separator=" ")) for c in post.css("td, th")}
        for line in block_lines(post, budget=budget):
            if len(line) >= RUN_TOGETHER_CHARS and line not in cells:
                out.append(line)
        if len(out) >= MAX_BLOCK_ITEMS:
            return out[:MAX_BLOCK_ITEMS]  # (enough to tell; each is looked for in every line of the text)
    return out


def _post_items(post: LexborNode, budget: Budget | None) -> list[str]:
    """The lines of a thread's post that an extraction should hold: its paragraphs, headings, list
    items, quotes and code; for a post written with ``<br>`` and no such element (a phpBB post), its
    lines of ``SIBLING_PARAGRAPH_CHARS`` or more (the extractor may drop the last such post whole)."""
    items = _block_items(post, _ITEMS)
    if items:
        return items
    return [line for line in block_lines(post, budget=budget) if len(line) >= SIBLING_PARAGRAPH_CHARS]


def _summary_above(node: LexborNode, text: str) -> LexborNode | None:
    """The sibling before ``node`` that holds the article's summary (:func:`_summary_list`), if any."""
    parent = node.parent
    if parent is None or parent.tag not in _BODY_TAGS or "itemprop" in parent.attributes:
        return None
    flat = normalize_space(text)
    sibling = parent.child
    while sibling is not None and sibling.mem_id != node.mem_id:
        if not sibling.is_text_node and sibling.tag in _BODY_TAGS and _summary_list(sibling, flat):
            return sibling
        sibling = sibling.next
    return None


_SUBHEADINGS = "h2, h3, h4, h5, h6"


def subheadings(tree: LexborHTMLParser) -> set[str]:
    """Texts (normalised) of the page's subheadings left after the DOM pass: ``<h2>``..``<h6>`` that
    hold no link and sit in no link or list item (a teaser card's headline does)."""
    body = tree.body
    if body is None:
        return set()
    out: set[str] = set()
    for node in body.css(_SUBHEADINGS):
        if node.css_first("a") is not None:
            continue
        up = node.parent
        while up is not None and up.tag not in ("a", "li", "body"):
            up = up.parent
        if up is not None and up.tag != "body":
            continue
        text = normalize_space(node.text(separator=" "))
        if text:
            out.add(text)
    return out


#: Class words that mark a ``<pre>`` (or its parent) as a code sample when it holds no ``<code>``.
_CODE_CLASS = re.compile(r"highlight|code|lang|prism|hljs|syntax|chroma|brush|source", re.I)


def code_blocks(tree: LexborHTMLParser) -> list[list[str]]:
    """The page's code samples, in page order, each as its non-blank lines normalised: every ``<pre>``
    that holds a ``<code>`` or whose class (or its parent's) names code ("highlight", "lang-py",
    "prism-code"). A ``<pre>`` without either (a mailing-list message, a poem set in a fixed font)
    is not code."""
    body = tree.body
    if body is None:
        return []
    out: list[list[str]] = []
    for pre in body.css("pre"):
        if pre.css_first("code") is None:
            parent = pre.parent
            names = pre.attributes.get("class") or ""
            if parent is not None:
                names += " " + (parent.attributes.get("class") or "")
            if not _CODE_CLASS.search(names):
                continue
        lines = [line for raw in pre.text().splitlines() if (line := normalize_space(raw))]
        if lines:
            out.append(lines)
    return out


def fast_extract(
    tree: LexborHTMLParser,
    block: LexborNode | None,
    markdown: bool = False,
    budget: Budget | None = None,
    posts: list[LexborNode] | None = None,
) -> Extraction:
    """Extraction without trafilatura, for pages too large for it in the time left.

    The DOM pass's prose block and its chunks when they hold ``MIN_BLOCK_CHARS`` of prose,
    else the whole pruned ``<body>``, one block element per line (:func:`block_lines`);
    linear in the page and checking the deadline as it goes. Method ``"fast"``.
    """
    containers: list[LexborNode] = []
    if block is not None and block.parent is not None:
        chunks, prose = article_chunks(tree, block)
        if posts:
            chunks, prose = _with_posts(tree, chunks, posts)
        if prose >= MIN_BLOCK_CHARS:
            containers = chunks
    if not containers:
        body = tree.body
        if body is None:
            return Extraction("", "fast")
        containers = [body]
    lines = [line for node in containers for line in block_lines(node, markdown, budget)]
    return Extraction("\n".join(lines), "fast")
