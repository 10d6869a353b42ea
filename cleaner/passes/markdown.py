"""The residue of the Markdown that LLM-oriented scrapers print (Jina Reader, Firecrawl, crawl4ai, html2text,
markdownify, trafilatura's and Readability+turndown's Markdown output), told by its shape, not its words: a page's
menus, breadcrumbs, share rows and footers come out as lines made only of links (``* [News](https://…)``,
``[Home](…) > [News](…)``, ``[![logo](…)](…)``), where a plain-text scrape has short words the furniture tests know.

The article's own Markdown is left alone: a sentence with inline links, a list item with a link in its text, a
heading, a table row, an image line ``![alt](…)`` (a figure, arguable), a code sample (pinned: see
``Document.pin_fenced_code``). Removals are whole lines; a link is never rewritten.

The rules html2text, markdownify and turndown print for a page's ``<hr>`` ("* * *", "---") go where they part the
article from residue: before its first paragraph, as the text's last line, or over a line another pass takes (a
section's break between the article's paragraphs stays, and so does a setext heading's "---"). (The words of
marked-up residue, "_Posted on … by …_", "**Read more:** [Title](…)", are the vocabularies': see
:func:`cleaner.vocab.markdown_view`.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..context import Context
from ..textstats import ends_sentence
from .base import Pass, prose_bounds
from .edge_dumps import clear_dump_edges, numbered_link_row  # dumps45
from .edge_mdcrawl import announces  # mdcrawl43

# an image, ![alt](src "title"), and a link whose label may be one: [label](target "title"), [![alt](src)](target)
# (no escaped bracket in a label: "[a \[b\]](…)" is read as no link, and the line stays; with one, a line of "[\[\[…"
# would cost each of its brackets a scan to its end)
_IMAGE: Final = r'!\[[^\[\]\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)'
_LINK: Final = re.compile(
    rf'(?:{_IMAGE}|\[((?:[^\[\]\n]|{_IMAGE})*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\))'
)
# what a row of links puts between them: spaces, bars, dots, slashes, arrows, dashes, commas
_SEPARATORS: Final = " \t|·•∙/\\>»›<«‹→←-–—,;:*+"
# a link's label this long or longer is a headline or a sentence, no menu's entry (a related story's teaser)
_LABEL_WORDS: Final = 6
_LABEL_CHARS: Final = 40
# the text besides the links of a share row or tag row: "Share on", "Partager :", "Schlagwörter:", "Tags:"
_ROW_LABEL_WORDS: Final = 3
# a reference-style link's definition, as turndown (linkStyle "referenced") and html2text print them under the text:
# "[1]: https://…", "[guide]: /docs/guide "The guide""
_DEFINITION: Final = re.compile(r'\[[^\[\]\n]{1,60}\]:[ \t]*(?:<?[a-z][a-z0-9+.-]*:|/|#|www\.)\S*(?:\s+["\'(].*)?')
# Jina Reader's header over the page: "Title: …", "URL Source: …", "Published Time: …", "Markdown Content:" (the
# tool prints these in English whatever the page's language)
_JINA_LABELS: Final = ("Title: ", "URL Source: ", "Published Time: ", "Markdown Content:", "Warning: ")
# a share button's address: the platforms' own share endpoints, the same on every site that prints the button
_SHARE_TARGET: Final = re.compile(
    r"\]\((?:mailto:\?|whatsapp://send|(?:https?://)?(?:www\.|api\.|m\.)?(?:facebook\.com/shar(?:er|e)|twitter\.com/"
    r"(?:intent|share)|x\.com/(?:intent|share)|linkedin\.com/(?:shar|cws/share)|wa\.me/\?|whatsapp\.com/send|t\.me/share"
    r"|telegram\.me/share|vk\.com/share|connect\.ok\.ru/offer|reddit\.com/submit|pinterest\.[a-z.]+/pin/create"
    r"|social-plugins\.line\.me/lineit|b\.hatena\.ne\.jp/entry|news\.ycombinator\.com/submitlink|bsky\.app/intent"
    r"|threads\.net/intent|xing\.com/(?:spi/)?shar|getpocket\.com/save|flipboard\.com/bookmarklet))"
)
# what one of those addresses holds at the least (a whole-text scan that spares most pages the look at each line)
_SHARE_WORDS: Final = ("shar", "inten", "send", "mailto:?", "wa.me", "offer", "submit", "pin/create", "lineit",
                       "hatena", "save", "bookmarklet")
_JINA_SIGNATURE: Final = ("URL Source: ", "Markdown Content:")
_JINA_LINES: Final = 6
_SKIP_REACH: Final = 3  # a skip link is among the page's first lines (after Jina's header)


_RULE_CHARS: Final = frozenset("*-_")  # what a thematic break is made of (three or more, spaces between allowed)


def _underlines(ctx: Context, i: int) -> bool:
    """Line ``i`` ("---") may be a setext heading's underline: right under a kept line, no gap between, that has no
    list or heading marker and ends no sentence."""
    lines = ctx.doc.lines
    if i == 0 or lines[i].gap_before:
        return False
    above = lines[i - 1]
    return above.removal is None and not above.lead and not ends_sentence(above.text)


def link_row(text: str) -> tuple[int, int] | None:
    """(links, the most words of any label) of a line made only of Markdown links (images count as links of no
    words) and the separators between them, with up to ``_ROW_LABEL_WORDS`` words besides when it holds two links or
    more (a share row's "Share on", a tag row's "Tags:"); None for any other line (a sentence with a link in it)."""
    if text[:1] == "|" and text[-1:] == "|":
        return None  # a table's row, whatever its cells hold
    links = 0
    linked = 0  # the links that are no bare image: a figure's line ![alt](…) is no row of links
    most = 0
    rest: list[str] = []
    pos = 0
    for m in _LINK.finditer(text):
        rest.append(text[pos : m.start()])
        pos = m.end()
        links += 1
        if text[m.start()] == "[":
            linked += 1
        label = m.group(1)
        if label:
            bare = _LINK.sub(" ", label) if "](" in label else label
            words = len(bare.split())
            if words > most or len(bare) > _LABEL_CHARS:
                most = max(words, _LABEL_WORDS + 1 if len(bare) > _LABEL_CHARS else words)
    if not linked:
        return None
    rest.append(text[pos:])
    besides = " ".join(rest).strip(_SEPARATORS)
    if not besides:
        return links, most
    if links < 2 or besides[-1:] in ".!?。" or len(besides.split()) > _ROW_LABEL_WORDS:
        return None
    return links, most


def _marker(lead: str) -> str:
    """The kind of a list item's marker: "1" for a numbered one, else the marker itself ("-", "*")."""
    return "1" if lead[:1].isdecimal() else lead.strip()


def _share_row(text: str) -> bool:
    """Whether a line is a row of links (:func:`link_row`) every one of which goes to a share endpoint
    (``_SHARE_TARGET``: "[Facebook](https://www.facebook.com/sharer/sharer.php?u=…)", "[WhatsApp](https://wa.me/?…)")."""
    row = link_row(text)
    return row is not None and len(_SHARE_TARGET.findall(text)) == row[0]


class MarkdownLinks(Pass):
    """Residue a scraper's Markdown makes of a page's furniture, by its shape:

    - Jina Reader's header ("Title: …", "URL Source: …", "Published Time: …", "Markdown Content:") over the page;
    - a reference link's definition ("[1]: https://…") wherever it stands: an address, never the article's words;
    - a skip link among the page's first lines: one link to an anchor of the page ("[Skip to content](#main)",
      "[Zum Inhalt springen](https://…#content)"), before the first paragraph;
    - a share button's link anywhere, alone on its line or in a row of them, told by its address (the platforms'
      share endpoints: "[WhatsApp](https://wa.me/?text=…)", "[X](https://twitter.com/intent/tweet?url=…)");
    - before the article's first paragraph or after its last, a line made only of links with short labels (a menu's
      entry "* [News](…)", a breadcrumb "[Home](…) › [News](…)", a logo "[![logo](…)](…)", a share row "Share on
      [X](…) · [LinkedIn](…)", a footer's "[Privacy](…) | [Imprint](…)").

    What stays: a line with words besides its links (a sentence, a source's credit "Source: [Reuters](…)"), a
    heading, a link whose label is a headline (``_LABEL_WORDS`` words or more: a related story, or the article's
    reading list), links inside the article, a list of links right under the article's last paragraph (the tools a post
    names, nothing between them and the text) and a list of links the text announces (under a kept line closing on a
    colon, "Further reading:", or under a kept heading, "## Sources"), a table's row, a figure's image line."""

    name = "markdown-links"
    family = "widgets"
    description = (
        "Jina Reader's header, reference link definitions, skip links, lines made only of short Markdown links "
        "(menus, breadcrumbs, logos, share and footer rows) before the article's first paragraph or after its last, "
        "and rules ('* * *', '---') outside the text or over residue."
    )

    def run(self, ctx: Context) -> None:
        text = ctx.joined_text()
        if ("*" in text and ("* *" in text or "***" in text)) or (
            ctx.markdown_marks() and ("**" in text or "--" in text or "__" in text or "_ _" in text)
        ):
            self._rules(ctx)  # (html2text's and turndown's rule, or a rule in a text that holds Markdown links)
        if "[1]" in text:  # dumps45: a text browser's numbered links ("[4]Home") and its list of their addresses
            clear_dump_edges(ctx, lambda edge, last: self._clear_edge(ctx, edge, last, numbered_link_row), self.name)
        jina = text.startswith(_JINA_LABELS[:3]) or text.startswith(_JINA_SIGNATURE)
        if not jina and not ctx.markdown_marks():
            return  # no Markdown link and no Jina header: most texts (one scan a document, no line looked at)
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        if not kept:
            return
        if jina:
            head = kept[:_JINA_LINES]
            if any(lines[i].text.startswith(_JINA_SIGNATURE) for i in head):
                for i in head:
                    if lines[i].text.startswith(_JINA_LABELS) and not lines[i].lead:
                        ctx.doc.remove(i, self.name, "a scraper's header over the page (Jina Reader's)")
        if "](" not in text and "]:" not in text:
            return  # no Markdown link: most texts
        if "]:" in text:
            for i in kept:
                line = lines[i]
                if not line.lead and line.text[:1] == "[" and _DEFINITION.fullmatch(line.text):
                    ctx.doc.remove(i, self.name, "a reference link's definition (an address under the text)")
        if "](" not in text:
            return
        kept = [i for i in kept if lines[i].removal is None]
        # fallback35: a rights line is no paragraph of the article's, prose as it may read where no stopword list
        # tells its function words ("Copyright © Hokuriku Nippo. All rights reserved." under a Japanese page's links)
        bounds = prose_bounds(ctx, kept, lambda i: "©" not in lines[i].text)
        if bounds is None:
            return  # no article to be outside of
        first, last = bounds
        for i in [i for i in kept if i < first][:_SKIP_REACH]:
            line = lines[i]
            if line.lead or line.text[:1] != "[" or "#" not in line.text:
                continue
            m = _LINK.fullmatch(line.text)
            if m is not None and m.group(1) and "#" in line.text[len(m.group(1)) + 2 :]:
                ctx.doc.remove(i, self.name, "a skip link to the page's content")
        if any(word in text for word in _SHARE_WORDS):
            for i in kept:
                line = lines[i]
                if line.removal is None and "](" in line.text and _share_row(line.text):
                    ctx.doc.remove(i, self.name, "a row of share buttons (links to the platforms' share addresses)")
        for edge in ([i for i in kept if i < first], [i for i in kept if i > last]):
            self._clear_edge(ctx, [i for i in edge if lines[i].removal is None], last)

    def _rules(self, ctx: Context) -> None:
        """A thematic break ("* * *", "---", "***", "___") before the article's first paragraph or at the text's end,
        and, after the first paragraph, one the line right under it goes with (a pass takes it: the rule html2text
        and markdownify print between the article and a page's comments, newsletter box or footer). One between the
        article's lines stays (a section's break, the rule over the author's note), and a "---" right under a line
        that may be a heading (no sentence's end, no gap between) underlines it (a setext heading: "Council
        approves …" over "---")."""
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        bounds = prose_bounds(ctx, kept)
        if bounds is None:
            return
        first = bounds[0]
        for k, i in enumerate(kept):
            line = lines[i]
            raw = line.lead + line.text if line.lead else line.text
            if raw[:1] not in _RULE_CHARS or raw[-1:] != raw[0]:
                continue
            compact = raw.replace(" ", "")
            if len(compact) < 3 or compact.strip(compact[0]):
                continue
            if compact[0] == "-" and " " not in raw and _underlines(ctx, i):
                continue
            if i < first or k + 1 == len(kept):
                ctx.doc.remove(i, self.name, "a thematic break (a rule) outside the text")
            else:  # (one over residue goes with it, when a pass takes the line under it)
                ctx.doc.defer(i, kept[k + 1], self.name, "a thematic break (a rule) over residue")

    def _clear_edge(
        self, ctx: Context, edge: list[int], last: int, rows: Callable[[str], tuple[int, int] | None] | None = None
    ) -> None:
        lines = ctx.doc.lines
        # a list of links right under the article's last paragraph, nothing between them, is the text's own (the tools
        # a post names: "- [Neovim](…)", "- [tmux](…)"), as edge-furniture keeps a list there; a footer's list stands
        # under other residue
        own = last
        # the last line of a list the text announces ("Further reading:", "## Sources"): its items run on right under
        # it, each with the same marker; a footer's list under it stands past a line another pass took, or has another
        announced = -1
        label = -1  # the line that announces the list: its items go with it where a later pass takes it ("Hubs:")
        for i in edge:
            line = lines[i]
            text = line.text
            row = link_row(text) if "](" in text and (not line.lead or line.lead[0] != "#") else None
            if rows is not None:  # dumps45: lynx's rows of numbered links ("[4]Home")
                row = rows(text) if not line.lead or line.lead[0] != "#" else None
            if row is None:
                lead = line.lead
                # (a heading announces under the article only: over it, a heading is the headline, over the byline)
                heading = bool(lead) and lead[0] == "#" and last < i
                announced = label = i if announces(text) or heading else -1
                continue
            if announced >= 0 and i == announced + 1 and (
                lines[announced].removal is None
                and (_marker(lines[announced].lead) == _marker(line.lead) or not lines[announced].lead
                     or lines[announced].lead[0] == "#")
            ):
                announced = i
                if row[1] < _LABEL_WORDS:  # (short links: a box's list, if a later pass takes its label)
                    ctx.doc.defer(i, label, self.name, "a line of short links under a box's label outside the text")
                continue  # an item of a list the text announces
            if row[1] >= _LABEL_WORDS:
                continue  # a headline's link: a related story's or the article's reading list's
            if i == own + 1 and line.lead and line.lead[0] != ">" and lines[own].removal is None:
                own = i
                continue  # an item of the list right under the article's last paragraph
            ctx.doc.remove(i, self.name, "a line of short links (menu, breadcrumb, share or footer row) off the text")


# -- docs33: a line of code in a plain-text scrape ---------------------------------------------------------------------
# A documentation page scraped as text prints its code samples as lines of their own, no fence around them: a prompt's
# command ("$ git push origin main", ">>> import requests"), an import, a call ("print(pd.__version__)"), an assignment
# ('host = "0.0.0.0"'), a lone brace, a continued command ("curl https://… \"), an option's row ("--region Región del
# despliegue"), a tool's error ("error: failed to push some refs"). Told by those marks alone, case-sensitive: a menu's,
# a footer's or a sentence's words never take them (a sentence opens in a capital and parts its words with spaces).
# (asked by furniture's test of most short lines: each shape is tried only where its mark is in the line; each
# pattern is anchored with \A, so that searched, not only matched in full, it tries one start and stays linear)
_CODE_PROMPT: Final = re.compile(r"\A(?:\$|>>>|PS>|C:\\>) ?[a-z_./~\\][^\s]*(?: .*)?")
_CODE_IMPORT: Final = re.compile(
    r"\A(?:from [a-z_][\w.]* import [\w*]+(?: as \w+)?(?:, ?\w+(?: as \w+)?)*|import [a-z_][\w.]*(?: as \w+)?"
    r"(?:, ?[a-z_][\w.]*)*|#include ?[<\"][\w./]+[>\"]|using [A-Z]\w*(?:\.\w+)*;|require\(['\"][\w@./-]+['\"]\);?)"
)
# a call, its name glued to its brackets: "print(settings["port"])", "parse_config(path, *, strict=False)"; the name
# or what the brackets hold has a mark a word in prose has not (an underscore, a dot, a quote, "=", a figure), or the
# brackets are empty ("main()"); a prose's "item(s)" has none
_CODE_CALL: Final = re.compile(r"\A(?:await |return |new )?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\((.*)\)[;,]?")
_CODE_CALL_MARKS: Final = frozenset("_.\"'=*[]{}0123456789,:")
_MAN_SECTION: Final = re.compile(r"\A\d[a-z]{0,3}")
# an assignment: a name (dotted, indexed), "=" or a compound "+=", a value ("porta = 8080", 'r = cliente.get("…")')
_CODE_ASSIGN: Final = re.compile(
    r"\A(?:(?:const|let|var|val|auto|int|float|string|export) )?[A-Za-z_$][\w$]*(?:\.[\w$]+|\[[^\]\s]{1,30}\])*"
    r" ?[-+*/|&]?= ?[^=\s].*"
)
# a definition's head: "def parse(path):", "class Config:", "function load() {", "fn main() {"
_CODE_HEAD: Final = re.compile(
    r"\A(?:(?:async )?(?:def|fn|func|function) [A-Za-z_]\w*\(.*\)(?: ?(?:->|:) ?[\w\[\], .|]+)? ?[:{]"
    r"|class [A-Z]\w*(?:\(.*\))? ?[:{]|(?:if|for|while|switch) ?\(.*\) ?\{)"
)
_CODE_OPTION: Final = re.compile(r"\A(?:--[a-z][\w-]*(?:[ =].*)?|-[A-Za-z](?: .*)?)")
_CODE_OUTPUT: Final = re.compile(
    r"\A(?:(?:error|fatal|warning|hint|npm ERR!|E)(?:\[\w+\])?: \S.*|Traceback \(most recent call last\):)"
)
# the programs a how-to runs by name, their arguments no option nor path ("git status", "npm install", "cd app"); the
# words of a lowercase line only
_PROGRAMS: Final = frozenset({
    "git", "pip", "pip3", "pipx", "npm", "npx", "yarn", "pnpm", "docker", "kubectl", "cd", "ls", "mkdir", "cargo",
    "python", "python3", "node", "brew", "apt", "apt-get", "conda", "curl", "wget", "ssh", "sudo", "composer", "gem",
    "bundle", "dotnet", "mvn", "gradle", "uv", "poetry", "helm", "terraform", "chmod", "systemctl",
    "rustup", "deno", "bun", "rails", "php", "java",
})
_BRACES: Final = frozenset({"{", "}", "};", "})", "});", "]", "];", "],", ")", ");", "},", "end", "fi", "done", "esac"})
_CODE_MARKS: Final = frozenset("$>(=\\{}[]:;-")
_CODE_MAX_CHARS: Final = 200


def code_line(text: str) -> bool:
    """Whether ``text`` (a line's text, its marker off) is a line of code as a documentation page prints it: see the
    shapes above."""
    if not text or len(text) > _CODE_MAX_CHARS:
        return False
    if text in _BRACES:
        return True
    first = text[0]
    if first.isupper() and first not in "CEPT":
        # (a sentence's or a heading's capital: only a prompt "C:\>", "PS>", an error "E: …", a "Traceback" open so)
        return False
    if first in "fiu#r" and _CODE_IMPORT.fullmatch(text):
        return True
    if not any(c in _CODE_MARKS for c in text):
        return _program_line(text)
    if first in "$>PC" and _CODE_PROMPT.fullmatch(text):
        return True
    if text[-2:] == " \\":
        return True  # a command continued on the next line
    if first == "-" and _CODE_OPTION.fullmatch(text) and text[1:2] != " ":
        return True
    if ":" in text and _CODE_OUTPUT.fullmatch(text):
        return True
    if text[-1:] in ":{" and _CODE_HEAD.fullmatch(text):
        return True
    if "(" in text and text[-1:] in ");,{:":
        call = _CODE_CALL.fullmatch(text)
        args = call.group(1) if call is not None else ""
        if call is not None and (not args or any(c in _CODE_CALL_MARKS for c in args)) and not _MAN_SECTION.fullmatch(
            args
        ):
            return True  # (a manual page's name and section, "timesyncd.conf(5)", is a reference: no call)
    if "=" in text and _CODE_ASSIGN.fullmatch(text) and text[-1:] != ".":
        return True
    if " -" in text and first.islower():
        # a program's name and an option ("tool backup --doel /mnt/schijf"): its first word no function word's
        # (a sentence's "to -" never opens a line in lower case and runs on past an option)
        head = text.split(" ", 1)[0]
        return _NAME.fullmatch(head) is not None and _OPTION_WORD.search(text) is not None
    return _program_line(text)


def _program_line(text: str) -> bool:
    """A lowercase command by a known program's name, up to six words of letters, figures and the marks of names
    ("git status", "cd mi-proyecto", "npm install -g acme-cli")."""
    head, _, rest = text.partition(" ")
    if head not in _PROGRAMS or not rest:
        return False
    words = rest.split(" ")
    return len(words) <= _PROGRAM_WORDS and all(w and not w[0].isupper() and _ARG.fullmatch(w) for w in words)


_PROGRAM_WORDS: Final = 6
_NAME: Final = re.compile(r"\A[a-z][a-z0-9_.-]*")
_OPTION_WORD: Final = re.compile(r" --?[A-Za-z][\w-]*(?= |=|$)")
_ARG: Final = re.compile(r"\A[\w./:@=~+-]+")
