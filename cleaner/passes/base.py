"""What a pass is: a small named unit that removes or trims lines and says why.

``Pass.run`` gets the per-document :class:`~cleaner.context.Context`; it only ever calls
``doc.remove`` / ``doc.trim``, so no pass can invent or reorder text. Options are plain
typed constructor arguments (datatrove style), so ``Config`` can set them by name.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from ..context import Context


class Pass(ABC):
    """A step of the pipeline. Subclasses set ``name``, ``family`` and ``description``."""

    name: ClassVar[str]
    family: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def run(self, ctx: Context) -> None: ...

    def __repr__(self) -> str:
        opts = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({opts})"


class LinePass(Pass):
    """A pass that judges each kept line on its own: ``check`` returns a reason or None."""

    @abstractmethod
    def check(self, ctx: Context, index: int) -> str | None: ...

    def run(self, ctx: Context) -> None:
        for index, _line in ctx.doc.iter_kept():
            reason = self.check(ctx, index)
            if reason:
                ctx.doc.remove(index, self.name, reason)


class VocabLinePass(LinePass):
    """Removes a line that one of the family's vocabulary tables matches.

    ``tables`` maps a table name in ``rules/<family>.toml`` to the reason given when it
    matches. ``max_words`` is the over-stripping guard: a long line is running text even
    if it contains residue words, so it is never removed by vocabulary alone.
    """

    tables: ClassVar[dict[str, str]]
    default_max_words: ClassVar[int] = 30

    def __init__(self, max_words: int | None = None) -> None:
        self.max_words = self.default_max_words if max_words is None else max_words

    def check(self, ctx: Context, index: int) -> str | None:
        text = ctx.doc.lines[index].text
        if ctx.stats(index).words > self.max_words:
            return None
        for name, reason in self.tables.items():
            if ctx.table(self.family, name).match(text):
                return reason
        return None
