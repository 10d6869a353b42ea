"""qa44: interviews and transcripts at the article's edge.

- :func:`stage_turns` (edge-furniture's guard at the tail): a transcript's last turns, each opened by its speaker's
  name glued to the text ("Giulia Ferri: Amazon vende libri. Noi vendiamo conversazioni. [ride]", "[00:00:38] Host:
  Yes. (Laughter)"), closing on a stage direction in brackets after the sentence's own full stop. The bracket hides
  the full stop, so the line read as a short non-sentence line and went with the page's run under it; a speaker's
  turn above it (another line opened by a glued label) makes it the dialogue's. The page's residue has no such line:
  a counter ("Comments (3)") closes no sentence before its bracket, a share row names no speaker.
- :func:`timed_headers` (the same guard): a transcript tool's turn header, the speaker's name and the time it
  starts ("Host  0:14", "Maria Lopez  12:07", as Otter or Descript export them) over the turn: the last of them and
  its turn ("Wow.") read as short non-sentence lines under the last long paragraph. The speaker's name recurs in a
  header above it, which an episode list's "Episode 87  42:10" rows (each title once) never do.
- :func:`without_direction` (the furniture test's one-word question, :mod:`.furniture`): an interview's last
  one-word question ("—¿Renovará?", "Spijt?") is told by the short answer under it closing a sentence; an answer
  closing on a stage direction ("—Ya veremos. (Risas)") is read without it, as the answer it is.
"""

from __future__ import annotations

from typing import Final

from ..context import Context
from ..textstats import ends_sentence

_LABEL_MOST: Final = 40  # characters of a glued label: "[00:00:38] SEN. ANA DIAZ", "Question de Julie"
_LABEL_WORDS: Final = 4  # words of a speaker's name: "Sen. Ana Diaz", "Giulia Ferri"
_STAGE_MOST: Final = 24  # characters of a stage direction: "(Laughter.)", "[ride]", "(lacht)", "(CROSSTALK)"
_REACH: Final = 3  # lines above the turn where the dialogue's other turn stands
_HEADER_REACH: Final = 12  # lines above a turn's header where the same speaker's header stands (turns of a few lines)


def _glued_label(text: str) -> bool:
    """Whether ``text`` opens with a speaker's name and a colon, the turn's text after it: "Giulia Ferri: Sì.",
    "[00:00:38] Host: Wow.", "MS. MILLS: Yes." (a timestamp in brackets before the name is skipped)."""
    if text[:1] == "[":
        closed = text.find("]")
        if not 0 < closed <= 12:
            return False
        text = text[closed + 1 :].lstrip()
    colon = text.find(": ", 1, _LABEL_MOST)
    if colon < 0:
        return False
    label = text[:colon]
    return label[:1].isupper() and len(label.split()) <= _LABEL_WORDS and not any(c.isdigit() for c in label)


def _stage_closed(text: str) -> bool:
    """Whether ``text`` closes a sentence before a stage direction in brackets at its end: "… conversazioni. [ride]",
    "Toda semana. (Risos)"; the direction holds letters only ("(3)" is a counter's)."""
    opened = max(text.rfind("("), text.rfind("["))
    if opened < 2 or len(text) - opened > _STAGE_MOST:
        return False
    stage = text[opened + 1 : -1].strip(" .!")
    if not stage or not all(c.isalpha() or c == " " for c in stage):
        return False
    return ends_sentence(text[:opened].rstrip())


def _timed_name(text: str) -> str | None:
    """The speaker's name of a turn's header "Host  0:14", "[Maria Lopez] 1:02:07" (the name, then a time of one to
    three groups), or None."""
    cut = text.rfind(" ")
    if cut <= 0:
        return None
    time, name = text[cut + 1 :].strip("[]()"), text[:cut].strip(" []()")
    groups = time.split(":")
    if not 2 <= len(groups) <= 3 or not all(g.isdigit() and 1 <= len(g) <= 2 for g in groups):
        return None
    if not name[:1].isupper() or len(name.split()) > _LABEL_WORDS or name[-1:] in ".!?:":
        return None
    return name


def timed_headers(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less a transcript's turn headers and the turns under them (module docstring): a line
    "<name> <time>" whose name heads another such line within ``_HEADER_REACH`` lines above. A line closing on a
    digit with a colon in it is the first check (most lines close on a letter or a mark)."""
    lines = ctx.doc.lines
    spared: set[int] = set()
    for i in furniture:
        text = lines[i].text.strip()
        if text[-1:].isdigit() and ":" in text and (name := _timed_name(text)) is not None:
            above = range(max(0, i - _HEADER_REACH), i)
            if any(lines[k].removal is None and _timed_name(lines[k].text.strip()) == name for k in above):
                spared.add(i)
                if i + 1 < len(lines) and _timed_name(lines[i + 1].text.strip()) is None:
                    spared.add(i + 1)
    return [i for i in furniture if i not in spared] if spared else furniture


def without_direction(text: str) -> str:
    """``text`` without the stage direction in brackets closing it after a sentence ("—Ya veremos. (Risas)" reads
    "—Ya veremos."); any other ``text`` as it is. Most lines close on no bracket, the first character check."""
    if text[-1:] not in ")]" or not _stage_closed(text):
        return text
    return text[: max(text.rfind("("), text.rfind("["))].rstrip()


def stage_turns(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` less the dialogue's turns closing on a stage direction (module docstring): a line opened by a
    glued speaker's label, a sentence closed before its bracket, with another line opened by a label within
    ``_REACH`` lines above it. Most lines end in no bracket, the test's first character check."""
    lines = ctx.doc.lines
    kept: list[int] = []
    for i in furniture:
        text = lines[i].text.strip()
        if text[-1:] not in ")]" or not _glued_label(text) or not _stage_closed(text):
            kept.append(i)
            continue
        above = range(max(0, i - _REACH), i)
        if not any(lines[k].removal is None and _glued_label(lines[k].text.strip()) for k in above):
            kept.append(i)
    return kept
