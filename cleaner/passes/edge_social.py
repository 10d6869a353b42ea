"""social40: entertainment and viral news quoting embedded social posts.

- :func:`embed_handles`: a TikTok embed as a scraper flattens its blockquote: the writer's handle alone on its line
  ("@hannahbakesbadly"), the post's caption under it, then the sound's credit ("♬ original sound - Hannah"). The
  widgets family's table takes the credit (social-buttons) and the caption is the post the article quotes; the handle
  over them is the embed's frame, as "A post shared by Jane Doe (@janedoe)" is an Instagram embed's. A handle alone
  anywhere else (an item of a list of accounts to follow, bulleted or under another handle; the author's profile under
  the article) is judged as before (edge-link, at the article's edges only).
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context

_SOUND: Final = "♬"  # the music note that opens a TikTok embed's sound credit
_HANDLE: Final = re.compile(r"@[\w.]{2,40}")  # a handle alone on its line (fullmatch)
_REACH: Final = 3  # the lines under the handle down to the credit: the caption's one or two, then the credit
_CAPTION_WORDS: Final = 80  # a caption is a post's text: longer is a paragraph of the article


def embed_handles(ctx: Context, text: str, pass_name: str) -> None:
    """Remove each handle alone on its line over a TikTok sound's credit within ``_REACH`` non-blank lines, only
    captions between, and no handle alone over it (a list's item). ``text``: the document's joined text; a text with
    no music note, nearly every one, costs one scan for a character."""
    if _SOUND not in text:
        return
    lines = ctx.doc.lines
    for i, line in enumerate(lines):
        handle = line.text.strip()
        if line.removal is not None or line.lead or handle[:1] != "@" or not _HANDLE.fullmatch(handle):
            continue
        if _over_sound_credit(ctx, i) and not _under_a_handle(ctx, i):
            ctx.doc.remove(i, pass_name, "an embedded TikTok post's handle over its sound's credit")


def _under_a_handle(ctx: Context, i: int) -> bool:
    """Whether the non-blank line over line ``i`` is a handle alone too: an item of a list of handles."""
    for j in range(i - 1, -1, -1):
        above = ctx.doc.lines[j].text.strip()
        if above:
            return above[:1] == "@" and _HANDLE.fullmatch(above) is not None
    return False


def _over_sound_credit(ctx: Context, i: int) -> bool:
    """Whether a sound's credit ("♬ …") opens one of the ``_REACH`` non-blank lines under line ``i``, the lines before
    it short and no other handle alone (a list of handles is no embed)."""
    lines = ctx.doc.lines
    seen = 0
    for j in range(i + 1, len(lines)):
        below = lines[j].text.strip()
        if not below:
            continue
        if below.startswith(_SOUND):
            return True
        seen += 1
        if seen >= _REACH or ctx.words(j) > _CAPTION_WORDS or (below[:1] == "@" and _HANDLE.fullmatch(below)):
            return False
    return False
