"""chrono49: a changelog's section labels over the article's first paragraph.

Release notes scraped whole (a code host's release page, a product blog's notes with no lead paragraph) open with
their sections' labels under the tag and date: "New features" over "Notebook sharing by link (#1412)", then "Bug
fixes" over "Fixed crash on start when the library was on a network drive (#1398)", the first line long enough to
be a paragraph. The labels and the short items between them stood in the head's run of page furniture
(edge-furniture), with the host's menu and tabs over them, and went with them.

:func:`changelog_head` is edge-furniture's guard at the head: where two labels or more of a changelog's sections
(table ``structure.changelog_heading``: "New features", "Bug fixes", "Breaking changes", "Neue Funktionen",
"Nouveautés", "Correcciones", "Novità", "Correções", "Nieuwe functies") stand among the short kept lines right over
the first paragraph, each over one item or more and the last over the items running into the paragraph (its item
too), the lines from the first label down are the article's notes, and stay. A menu's "Features" or "Changelog"
heads no such sections: one label alone, or labels with no item of three words under them, keep nothing.

A live blog's page opens with its box of key events over the entries: each event's age or time ("2h ago", taken by
dateline) over the headline of its entry ("Unions claim 80,000 marchers in Paris"), which the entry below repeats
over its text. Those headlines are no furniture (a headline's words and case) and stayed, a second copy of each
entry's head. :func:`key_events` (edge-furniture, before its runs) takes them: ``_KEY_EVENTS`` lines or more, each
right under a stamp another pass took, none but one another kept between them, and each repeated word for word
further down the page, where its entry keeps it. A headline said once (a timeline's row, a minute-by-minute
account's line under its time) is no copy.
"""

from __future__ import annotations

from typing import Final

from ..context import Context

_ITEM_WORDS: Final = 12  # the most words of a changelog's item kept over the paragraph (the furniture test's bound)
_REACH: Final = 16  # the short kept lines read upwards from the paragraph
_LABELS: Final = 2  # the fewest section labels of a changelog's opening
_LABEL_WORDS: Final = 4  # a label's ("Bug fixes", "Corrections de bugs")
_ITEM_MIN_WORDS: Final = 3  # each section holds one item of at least this many words ("Fixed crash on start")
_KEY_EVENTS: Final = 2  # the fewest repeated headlines of a key events box
_STAMP_PASSES: Final = frozenset({"dateline", "clock-line"})  # the passes that take an event's "2h ago" or "11:42"
_EVENT_WORDS: Final = 16  # the most words of an event's headline in the box


def changelog_head(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` (edge-furniture's run over the first paragraph, ``region`` the lines over it) less a changelog's
    sections right over the paragraph (the module's docstring)."""
    lines = ctx.doc.lines
    stop = region.stop
    if len(furniture) < _LABELS or stop >= len(lines):
        return furniture
    above: list[int] = []
    for i in range(stop - 1, region.start - 1, -1):  # (the short kept lines over the paragraph, read upwards)
        if lines[i].removal is not None or ctx.words(i) > _ITEM_WORDS:
            break
        if lines[i].text.strip():
            above.append(i)
            if len(above) >= _REACH:
                break
    if len(above) < _LABELS + 1:
        return furniture
    table = ctx.table("structure", "changelog_heading")
    labels = [i for i in above if ctx.words(i) <= _LABEL_WORDS and table.match(lines[i].text) is not None]
    if len(labels) < _LABELS:
        return furniture
    labels.reverse()  # (top down)
    kept = sorted(i for i in above if i >= labels[0])
    # each label over one item of a few words at least, before the next label (the last one's: the paragraph's)
    heads = set(labels)
    for n, label in enumerate(labels):
        end = labels[n + 1] if n + 1 < len(labels) else stop
        items = [i for i in kept if label < i < end]
        if n + 1 < len(labels) and not items:
            return furniture
        if n + 1 < len(labels) and not any(ctx.words(i) >= _ITEM_MIN_WORDS and i not in heads for i in items):
            return furniture
    keep = set(kept)
    return [i for i in furniture if i not in keep]


def key_events(ctx: Context, name: str) -> None:
    """Remove a live blog's key events box (the module's docstring): ``_KEY_EVENTS`` kept short lines or more, each
    right under a stamp another pass took, nothing kept between them but one another, and each repeated word for
    word further down the page, where its entry keeps it. Read on pages whose stamps dateline or clock-line took."""
    lines = ctx.doc.lines
    group: list[int] = []
    best: list[int] = []
    stamped = False  # whether the last non-blank line was a stamp another pass took
    for i, line in enumerate(lines):
        removal = line.removal
        if removal is not None:
            stamped = removal.pass_name in _STAMP_PASSES
            continue
        words = ctx.words(i)
        if not words:
            continue  # (a blank line, or a break's marks)
        if stamped and words <= _EVENT_WORDS:
            group.append(i)  # (under its stamp: the box's next event, or the first)
        elif group:
            best = _repeated(ctx, group) if len(group) >= _KEY_EVENTS else []
            if best:
                break
            group = []
        stamped = False
    for i in best:
        ctx.doc.remove(i, name, "a live blog's key events box: an entry's headline under its stamp, repeated below")


def _repeated(ctx: Context, group: list[int]) -> list[int]:
    """The lines of ``group`` from its first on, each repeated (kept) further down the page, up to the first that is
    not (the first entry's own time under its stamp ends the box); none where fewer than ``_KEY_EVENTS``."""
    lines = ctx.doc.lines
    wanted = {lines[i].text.strip() for i in group}
    found: set[str] = set()
    for j in range(group[-1] + 1, len(lines)):
        if lines[j].removal is None:
            text = lines[j].text.strip()
            if text in wanted:
                found.add(text)
    box: list[int] = []
    for i in group:
        text = lines[i].text.strip()
        if text not in found or any(lines[k].text.strip() == text for k in box):
            break  # (one headline twice in the box: no box of events)
        box.append(i)
    return box if len(box) >= _KEY_EVENTS else []
