"""What cleaning returns: the text, and an account of everything that was taken out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

RemovalKind = Literal["line", "prefix", "suffix", "element"]


@dataclass(frozen=True, slots=True, init=False)
class Removal:
    """One piece of input that is not in the output, and why.

    ``start_line``/``end_line`` are 1-based, inclusive line numbers in the input as
    ``str.splitlines`` counts them. ``kind`` says whether the whole line went or only a
    prefix/suffix of it (glued metadata, trailing credits).
    """

    text: str
    start_line: int
    end_line: int
    pass_name: str
    reason: str
    kind: RemovalKind = "line"

    # (written out: the generated one sets each field through ``object.__setattr__``, a lookup of the field
    # by name; the slots' own setters cost half as much, and passes make one of these per line they remove)
    def __init__(self, text: str, start_line: int, end_line: int, pass_name: str, reason: str,
                 kind: RemovalKind = "line") -> None:
        _SET_TEXT(self, text)
        _SET_START(self, start_line)
        _SET_END(self, end_line)
        _SET_PASS(self, pass_name)
        _SET_REASON(self, reason)
        _SET_KIND(self, kind)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# The slots' setters (a frozen class refuses ``setattr``; these are what its generated ``__init__`` reaches too)
_SET_TEXT, _SET_START, _SET_END, _SET_PASS, _SET_REASON, _SET_KIND = (
    Removal.__dict__[f.name].__set__ for f in fields(Removal)
)


@dataclass(slots=True)
class Result:
    """Cleaned text plus the language and the removals, in input order."""

    text: str
    language: str | None
    removed: list[Removal] = field(default_factory=list)
    metadata: dict[str, str | None] = field(default_factory=dict)

    def removed_by(self, pass_name: str) -> list[Removal]:
        """The removals made by one pass."""
        return [r for r in self.removed if r.pass_name == pass_name]

    def counts(self) -> dict[str, int]:
        """Number of removals per pass name."""
        out: dict[str, int] = {}
        for r in self.removed:
            out[r.pass_name] = out.get(r.pass_name, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "language": self.language,
            "metadata": dict(self.metadata),
            "removed": [r.to_dict() for r in self.removed],
        }
