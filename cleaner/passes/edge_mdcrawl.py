"""mdcrawl43: the Markdown LLM-oriented crawlers print (Jina Reader, Firecrawl, crawl4ai, trafilatura's Markdown).

- :func:`announces`: a line closing on a colon announces the list under it (markdown-links keeps the links of a list
  the text announces) only when it holds a word: a docs page's admonition fence (":::", a Docusaurus, VitePress or
  MyST block "::: tip" closed by ":::") closes on colons and announces nothing, and the "[Edit this page](…)" and
  "[Previous](…) [Next](…)" links under it are the page's furniture.
- :func:`reply_link`: a comment's reply control printed as a link, "[Reply](…?replytocom=12#respond)",
  "[Responder](…)": the vocabularies read a line made only of links as no words (its shape is markdown-links' to
  judge), so under a count of comments ("### 3 comentarios") the thread showed no control, and the heading went
  alone while the comments stayed. One link alone on its line whose label the comment tables name is that control.
"""

from __future__ import annotations

import re
from typing import Final

from ..context import Context

# one link alone on its line, a short label (no image, no bracket inside): "[Reply](https://…/?replytocom=221#respond)"
_ONE_LINK: Final = re.compile(r"\[([^\[\]\n]{1,30})\]\([^()\s]*\)")
_REPLY_TABLES: Final = (("comments", "reply"), ("comments", "ui"))


def announces(text: str) -> bool:
    """Whether ``text`` (a line's, stripped) closes on a colon with a word before it ("Further reading:", "Quellen:");
    a fence of colons (":::") announces nothing."""
    return text.rstrip()[-1:] in ":：" and any(ch.isalnum() for ch in text)


def reply_link(ctx: Context, i: int) -> bool:
    """Whether line ``i`` is one Markdown link alone whose label a comment table names: a reply control
    ("[Reply](…)", "[Antworten](…)", "[Responder](…)")."""
    line = ctx.doc.lines[i]
    text = line.text
    if line.lead or text[:1] != "[" or text[-1:] != ")":
        return False  # (most lines: a look at two characters)
    m = _ONE_LINK.fullmatch(text)
    if m is None:
        return False
    label = m.group(1).strip()
    return any(ctx.table(family, name).match(label) is not None for family, name in _REPLY_TABLES)
