"""Residue vocabularies: named pattern tables kept as data in ``rules/<family>.toml``.

Each table has a ``match`` mode and patterns per language (``any`` applies to all)::

    [comment_marker]
    doc = "Headings that open a comment section."
    match = "full"            # full: the whole line; start: a prefix; search: anywhere
    any = ['...']
    en = ['...']
    de = ['...']

Patterns are case-insensitive regular expressions. The tables for one set of languages
are compiled once into a single alternation per table and cached, so a pass pays one
regex call per line per table.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

MatchMode = Literal["full", "start", "search"]
_MODES: tuple[MatchMode, ...] = ("full", "start", "search")


@dataclass(frozen=True, slots=True)
class Table:
    """One compiled vocabulary table."""

    family: str
    name: str
    mode: MatchMode
    pattern: re.Pattern[str] | None

    def match(self, text: str) -> re.Match[str] | None:
        if self.pattern is None:
            return None
        if self.mode == "full":
            return self.pattern.fullmatch(text)
        if self.mode == "start":
            return self.pattern.match(text)
        return self.pattern.search(text)


@lru_cache(maxsize=None)
def load_family(family: str) -> dict[str, dict[str, Any]]:
    """The raw tables of one family, validated."""
    source = resources.files("cleaner").joinpath("rules", f"{family}.toml")
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    for name, table in data.items():
        mode = table.get("match", "full")
        if mode not in _MODES:
            raise ValueError(f"rules/{family}.toml [{name}]: unknown match mode {mode!r}")
        for key, value in table.items():
            if key in ("match", "doc"):
                continue
            if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
                raise ValueError(f"rules/{family}.toml [{name}].{key}: expected a list of patterns")
    return data


def families() -> list[str]:
    """Every family that has a rules file."""
    folder = resources.files("cleaner").joinpath("rules")
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


def table_languages(family: str, name: str) -> list[str]:
    """The language keys a table has patterns for (``any`` included)."""
    raw = load_family(family)[name]
    return [k for k in raw if k not in ("match", "doc")]


@lru_cache(maxsize=4096)
def table(family: str, name: str, languages: tuple[str, ...] | None) -> Table:
    """The table compiled for ``languages`` (None: every language in the file)."""
    raw = load_family(family).get(name)
    if raw is None:
        raise KeyError(f"no table {name!r} in rules/{family}.toml")
    keys = [k for k in raw if k not in ("match", "doc")]
    wanted = keys if languages is None else [k for k in keys if k == "any" or k in languages]
    patterns = [p for k in wanted for p in raw[k]]
    compiled = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None
    return Table(family, name, raw.get("match", "full"), compiled)
