"""Text-input baselines the cleaner is compared with.

* :func:`uncleaned` — the scraped text as is: the floor any cleaner must beat on precision without losing
  much recall.
* :func:`c4_line_filter` — the line heuristics of the C4 corpus (Raffel et al. 2020) as defined in
  ``shared/README.md``: the usual "cheap rule-based cleaning" people reach for, and the speed reference of the
  text bench.

The set of closing quotes was chosen by reproducing the published figures (``recall`` F1 0.899 / R 0.863,
``naive`` F1 0.826): ASCII-only quotes give F1 0.863 / 0.793 because typographic quotes ending dialogue and
quoted statements are common in news text; ``"`` ``”`` ``’`` ``'`` give 0.8995 / 0.8631 / 0.8252.
"""

from __future__ import annotations

TERMINAL_PUNCTUATION: tuple[str, ...] = (".", "!", "?")
CLOSING_QUOTES: tuple[str, ...] = ('"', "\u201d", "\u2019", "'")
LINE_ENDINGS: tuple[str, ...] = TERMINAL_PUNCTUATION + CLOSING_QUOTES
MIN_WORDS_PER_LINE = 3
POLICY_PHRASES: tuple[str, ...] = ("terms of use", "privacy policy", "cookie policy", "uses cookies")


def uncleaned(text: str) -> str:
    """Identity: scores the scraper's output itself."""
    return text


def c4_keeps_line(line: str) -> bool:
    """Whether the C4 heuristics keep one (already stripped) line.

    A line survives only if it ends like a sentence (terminal punctuation or a closing quote), has at least
    three whitespace-separated words, and mentions neither JavaScript nor a site-policy phrase (both matched
    case-insensitively, as substrings, like C4 does).
    """
    if not line.endswith(LINE_ENDINGS):
        return False
    if len(line.split()) < MIN_WORDS_PER_LINE:
        return False
    lowered = line.lower()
    return "javascript" not in lowered and not any(phrase in lowered for phrase in POLICY_PHRASES)


def c4_line_filter(text: str) -> str:
    """Keep the lines of ``text`` that pass :func:`c4_keeps_line`, stripped, joined with newlines."""
    kept = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in kept if c4_keeps_line(line))


TEXT_BASELINES = {"uncleaned": uncleaned, "C4 line filter": c4_line_filter}
"""Name → function of the text baselines, in table order."""
