"""Residue vocabularies: named pattern tables kept as data, per family and per language.

``rules/families/<family>.toml`` declares each table once: what it is for, its match
mode, and language-neutral patterns::

    [section_start]
    doc = "Headings that open a comment section."
    match = "full"       # full: the whole line; start: a prefix; search: anywhere
    any = ['...']

``rules/lang/<xx>.toml`` holds one language's patterns for every family, so adding a
language is adding one file::

    [comments]
    section_start = ['...']

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


def _read(*parts: str) -> dict[str, Any]:
    source = resources.files("cleaner").joinpath("rules")
    for part in parts:
        source = source.joinpath(part)
    return tomllib.loads(source.read_text(encoding="utf-8"))


def _check_patterns(where: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise ValueError(f"{where}: expected a list of patterns")
    return value


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Languages that have a vocabulary file."""
    folder = resources.files("cleaner").joinpath("rules").joinpath("lang")
    return tuple(sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")))


@lru_cache(maxsize=None)
def load_family(family: str) -> dict[str, dict[str, Any]]:
    """The tables of one family: ``{table: {"doc", "match", "any", <lang>: [...]}}``, validated."""
    data = _read("families", f"{family}.toml")
    for name, table in data.items():
        mode = table.get("match", "full")
        if mode not in _MODES:
            raise ValueError(f"rules/families/{family}.toml [{name}]: unknown match mode {mode!r}")
        table["any"] = _check_patterns(f"rules/families/{family}.toml [{name}].any", table.get("any", []))
    for lang in languages():
        section = _read("lang", f"{lang}.toml").get(family, {})
        for name, patterns in section.items():
            if name not in data:
                raise ValueError(f"rules/lang/{lang}.toml [{family}].{name}: no such table in families/{family}.toml")
            data[name][lang] = _check_patterns(f"rules/lang/{lang}.toml [{family}].{name}", patterns)
    return data


def families() -> list[str]:
    """Every family that has a rules file."""
    folder = resources.files("cleaner").joinpath("rules").joinpath("families")
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


def table_languages(family: str, name: str) -> list[str]:
    """The language keys a table has patterns for (``any`` included)."""
    raw = load_family(family)[name]
    return [k for k in raw if k not in ("match", "doc") and raw[k]]


@lru_cache(maxsize=4096)
def table(family: str, name: str, languages: tuple[str, ...] | None) -> Table:
    """The table compiled for ``languages`` (None: every language there is)."""
    raw = load_family(family).get(name)
    if raw is None:
        raise KeyError(f"no table {name!r} in rules/families/{family}.toml")
    keys = [k for k in raw if k not in ("match", "doc")]
    wanted = keys if languages is None else [k for k in keys if k == "any" or k in languages]
    patterns = [p for k in wanted for p in raw[k]]
    compiled = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None
    return Table(family, name, raw.get("match", "full"), compiled)
