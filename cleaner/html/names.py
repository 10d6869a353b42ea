"""Class and id names, and the DOM rules' vocabulary (``rules.toml``): which residue family a name,
tag, role or ``itemprop`` marks. Names are split into words and word pairs (:func:`name_keys`), so
"relatedPosts", "related-posts" and "related_posts widget" all say *related*."""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Family:
    """One residue family: the names that mark it and the reason given for a removal."""

    name: str
    reason: str
    tags: frozenset[str]
    tokens: frozenset[str]
    roles: frozenset[str]
    itemprops: frozenset[str]
    #: Elements with more text than this are not this family's (0: no bound).
    max_chars: int = 0


@dataclass(frozen=True, slots=True)
class Vocabulary:
    always: frozenset[str]
    chrome_tags: frozenset[str]
    chrome_roles: frozenset[str]
    chrome_reason: str
    families: tuple[Family, ...]
    by_token: dict[str, Family]
    token_set: frozenset[str]
    by_tag: dict[str, Family]
    by_role: dict[str, Family]
    by_itemprop: dict[str, Family]
    comment_keys: frozenset[str]
    consent_keys: frozenset[str]
    content_keys: frozenset[str]
    content_tags: frozenset[str]
    taxonomy_rels: frozenset[str]
    taxonomy_reason: str
    #: Names of a note box the widgets family also holds, and the most link text a note has.
    note_keys: frozenset[str] = frozenset()
    note_max_link_density: float = 0.0
    #: Names of a note box whose names the extractor must not see (htmldocs45).
    note_box_keys: frozenset[str] = frozenset()
    #: Names of a live blog's entries the widgets family also holds, and what prose such an entry holds.
    live_keys: frozenset[str] = frozenset()
    live_min_prose_chars: int = 0
    live_max_link_density: float = 0.0
    #: Names page builders give every content block (see ``[builders]`` in rules.toml).
    builder_keys: frozenset[str] = frozenset()
    #: Link relations of paid links: a small box whose button is one is a product box.
    sponsored_rels: frozenset[str] = frozenset()
    sponsored_reason: str = ""
    #: What marks a thread's post beside its text (author, user card, time): tags, names, itemprops.
    post_tags: frozenset[str] = frozenset()
    post_keys: frozenset[str] = frozenset()
    post_itemprops: frozenset[str] = frozenset()
    #: Names of the paywalled part of an article's body that the forms family also holds (see ``[paywalled]``).
    paywall_keys: frozenset[str] = frozenset()
    #: Words a contact card or the heading over it holds (see ``[contacts]``), lower-cased.
    contact_words: tuple[str, ...] = ()
    #: Phrases a review's "How we test" box's heading opens with (see ``[method_boxes]``), lower-cased.
    method_headings: tuple[str, ...] = ()
    #: Phrases a newsletter's sponsor box opens with (see ``[sponsor_boxes]``), lower-cased (htmlmail51).
    sponsor_openers: tuple[str, ...] = ()


def _norm_entry(entry: str) -> str:
    return "-".join(_WORD.findall(_CAMEL.sub(r"\1 \2", entry).lower()))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The compiled tables of ``rules.toml`` (read once per process)."""
    data: dict[str, Any] = tomllib.loads(
        resources.files("cleaner.html").joinpath("rules.toml").read_text(encoding="utf-8")
    )
    families: list[Family] = []
    by_token: dict[str, Family] = {}
    by_tag: dict[str, Family] = {}
    by_role: dict[str, Family] = {}
    by_itemprop: dict[str, Family] = {}
    for name, spec in data["families"].items():
        fam = Family(
            name=name,
            reason=spec["reason"],
            tags=frozenset(spec.get("tags", ())),
            tokens=frozenset(_norm_entry(t) for t in spec.get("tokens", ())),
            roles=frozenset(spec.get("roles", ())),
            itemprops=frozenset(i.lower() for i in spec.get("itemprops", ())),
            max_chars=int(spec.get("max_chars", 0)),
        )
        families.append(fam)
        for tok in fam.tokens:
            by_token.setdefault(tok, fam)
        for tag in fam.tags:
            by_tag.setdefault(tag, fam)
        for role in fam.roles:
            by_role.setdefault(role, fam)
        for prop in fam.itemprops:
            by_itemprop.setdefault(prop, fam)
    chrome = data["chrome"]
    return Vocabulary(
        always=frozenset(data["always"]["tags"]),
        chrome_tags=frozenset(chrome["tags"]),
        chrome_roles=frozenset(chrome["roles"]),
        chrome_reason=chrome["reason"],
        families=tuple(families),
        by_token=by_token,
        token_set=frozenset(by_token),
        by_tag=by_tag,
        by_role=by_role,
        by_itemprop=by_itemprop,
        comment_keys=next((f.tokens for f in families if f.name == "comments"), frozenset()),
        consent_keys=next((f.tokens for f in families if f.name == "consent"), frozenset()),
        content_keys=frozenset(_norm_entry(t) for t in data["content"]["tokens"]),
        content_tags=frozenset(data["content"]["tags"]),
        taxonomy_rels=frozenset(data["taxonomy"]["rels"]),
        taxonomy_reason=data["taxonomy"]["reason"],
        note_keys=frozenset(_norm_entry(t) for t in data.get("notes", {}).get("tokens", ())),
        note_max_link_density=float(data.get("notes", {}).get("max_link_density", 0.0)),
        note_box_keys=frozenset(_norm_entry(t) for t in data.get("notes", {}).get("boxes", ())),
        live_keys=frozenset(_norm_entry(t) for t in data.get("live", {}).get("tokens", ())),
        live_min_prose_chars=int(data.get("live", {}).get("min_prose_chars", 0)),
        live_max_link_density=float(data.get("live", {}).get("max_link_density", 0.0)),
        builder_keys=frozenset(_norm_entry(t) for t in data.get("builders", {}).get("tokens", ())),
        sponsored_rels=frozenset(data.get("sponsored", {}).get("rels", ())),
        sponsored_reason=data.get("sponsored", {}).get("reason", ""),
        post_tags=frozenset(data.get("posts", {}).get("tags", ())),
        post_keys=frozenset(_norm_entry(t) for t in data.get("posts", {}).get("tokens", ())),
        paywall_keys=frozenset(_norm_entry(t) for t in data.get("paywalled", {}).get("tokens", ())),
        post_itemprops=frozenset(i.lower() for i in data.get("posts", {}).get("itemprops", ())),
        contact_words=tuple(w.lower() for w in data.get("contacts", {}).get("words", ())),
        method_headings=tuple(w.lower() for w in data.get("method_boxes", {}).get("headings", ())),
        sponsor_openers=tuple(w.lower() for w in data.get("sponsor_boxes", {}).get("openers", ())),  # htmlmail51
    )


@lru_cache(maxsize=4096)
def name_keys(value: str) -> frozenset[str]:
    """Lookup keys of a class/id value: its word tokens, and each run of two or three adjacent words joined.

    ``"relatedPosts widget_area"`` -> related, posts, related-posts, relatedposts, widget, area, ...
    Runs are only joined inside one class name, never across two. Three-word runs let the tables name
    "call-to-action", "lesen-sie-auch" or "screen-reader-text" (:func:`unreachable_entries` checks that
    every entry is one a class name can produce).
    """
    keys: set[str] = set()
    for name in value.split():
        words = _WORD.findall(_CAMEL.sub(r"\1 \2", name).lower())
        keys.update(words)
        for a, b in itertools.pairwise(words):
            keys.add(f"{a}-{b}")
            keys.add(a + b)
        for i in range(len(words) - 2):
            a, b, c = words[i], words[i + 1], words[i + 2]
            keys.add(f"{a}-{b}-{c}")
            keys.add(a + b + c)
    return frozenset(keys)


def unreachable_entries(vocab: Vocabulary) -> list[str]:
    """Table entries no class or id name can produce (four words or more): each is a rule that never fires."""
    entries = (
        set(vocab.token_set) | vocab.content_keys | vocab.note_keys | vocab.note_box_keys | vocab.live_keys
        | vocab.builder_keys | vocab.post_keys | vocab.paywall_keys
    )
    return sorted(e for e in entries if e not in name_keys(e))


def element_names(attrs: dict[str, str | None]) -> frozenset[str]:
    """Lookup keys of an element's class and id values (:func:`name_keys` of each, joined)."""
    cls = attrs.get("class")
    ident = attrs.get("id")
    if cls and ident:
        return name_keys(cls) | name_keys(ident)
    if cls:
        return name_keys(cls)
    if ident:
        return name_keys(ident)
    return frozenset()


EMPTY_NAMES: frozenset[str] = frozenset()


def family_of_names(keys: frozenset[str], vocab: Vocabulary) -> tuple[Family, str] | None:
    hits = keys & vocab.token_set
    if not hits:
        return None
    # the family listed first in rules.toml wins; then the alphabetically first token
    fam, key = min(((vocab.by_token[k], k) for k in hits), key=lambda h: (vocab.families.index(h[0]), h[1]))
    return fam, key
