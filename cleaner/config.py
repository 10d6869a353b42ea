"""Configuration: which passes run and with which options.

A plain frozen value object, so it hashes, pickles and compares; the same keys are used by
the Python API (``clean_text(text, disable=[...])``), ``Cleaner(Config(...))`` and the CLI's
TOML ``--config`` file::

    disable = ["edge-furniture", "credits"]     # pass or family names
    language = "de"                             # skip detection
    [options.comment-section]
    min_position = 0.5
"""

from __future__ import annotations

import ast
import inspect
import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

_KEYS = {"disable", "enable_only", "options", "language", "max_bytes", "timeout", "timeout_fallback"}


@dataclass(frozen=True)
class Config:
    """What to run.

    ``disable``: pass names or family names to skip. ``enable_only``: if given, only these
    passes/families run. ``options``: per-pass constructor options, by pass name.
    ``language``: force the language (ISO 639-1; a tag such as "pt-BR" counts as "pt") instead of
    detecting it. ``max_bytes``:
    refuse larger inputs (``InputTooLarge``). ``timeout``: seconds per document
    (``Timeout``); None means no limit. ``timeout_fallback``: for a web page too large for
    full extraction in the time left, extract it with the fast path (metadata
    ``extraction`` = ``"fast"``) instead of raising ``Timeout`` (HTML only; the time limit
    still holds for the rest).
    """

    disable: frozenset[str] = frozenset()
    enable_only: frozenset[str] | None = None
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    language: str | None = None
    max_bytes: int | None = 64 * 1024 * 1024
    timeout: float | None = None
    timeout_fallback: bool = False

    def __post_init__(self) -> None:
        # A list, tuple or set of names, or one name, is taken as the frozenset it stands for
        # (frozen: the fields are set through object.__setattr__ as dataclasses do).
        if not isinstance(self.disable, frozenset):
            object.__setattr__(self, "disable", frozenset(_names(self.disable, "disable")))
        if self.enable_only is not None and not isinstance(self.enable_only, frozenset):
            object.__setattr__(self, "enable_only", frozenset(_names(self.enable_only, "enable_only")))
        if isinstance(self.language, str):
            object.__setattr__(self, "language", language_code(self.language))

    def __hash__(self) -> int:
        opts = tuple(sorted((k, tuple(sorted(v.items()))) for k, v in self.options.items()))
        return hash((self.disable, self.enable_only, opts, self.language, self.max_bytes, self.timeout,
                     self.timeout_fallback))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Config:
        """Build from plain data (a TOML table, keyword arguments), checking every key."""
        unknown = set(data) - _KEYS
        if unknown:
            raise ConfigError(f"unknown config keys: {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KEYS))}")
        kwargs: dict[str, Any] = {}
        if data.get("disable") is not None:
            kwargs["disable"] = frozenset(_names(data["disable"], "disable"))
        if data.get("enable_only") is not None:
            kwargs["enable_only"] = frozenset(_names(data["enable_only"], "enable_only"))
        if data.get("options") is not None:
            opts = data["options"]
            if not isinstance(opts, Mapping) or not all(isinstance(v, Mapping) for v in opts.values()):
                raise ConfigError("options must map pass names to tables of options")
            kwargs["options"] = {str(k): dict(v) for k, v in opts.items()}
        for key in ("language", "max_bytes", "timeout", "timeout_fallback"):
            if key in data:
                kwargs[key] = data[key]
        config = cls(**kwargs)
        config.validate()
        return config

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config {path}: {exc}") from exc
        return cls.from_mapping(data)

    def merged(self, **changes: Any) -> Config:
        """A copy with keyword options applied (the API's ``**options``)."""
        if not changes:
            return self
        base = {
            "disable": self.disable,
            "enable_only": self.enable_only,
            "options": self.options,
            "language": self.language,
            "max_bytes": self.max_bytes,
            "timeout": self.timeout,
            "timeout_fallback": self.timeout_fallback,
        }
        base.update(changes)
        return Config.from_mapping(base)

    def validate(self) -> None:
        from .pipeline import FAMILIES, PASSES

        known = set(PASSES) | set(FAMILIES)
        for name in set(self.disable) | set(self.enable_only or ()):
            if name not in known:
                raise ConfigError(f"unknown pass or family {name!r}; known: {', '.join(sorted(known))}")
        for name in self.options:
            if name not in PASSES:
                raise ConfigError(f"options for unknown pass {name!r}; known: {', '.join(sorted(PASSES))}")
        if self.max_bytes is not None and (not isinstance(self.max_bytes, int) or self.max_bytes <= 0):
            raise ConfigError("max_bytes must be a positive integer or None")
        if self.timeout is not None and (not isinstance(self.timeout, int | float) or self.timeout <= 0):
            raise ConfigError("timeout must be a positive number of seconds or None")
        if not isinstance(self.timeout_fallback, bool):
            raise ConfigError("timeout_fallback must be true or false")
        if self.language is not None and not isinstance(self.language, str):
            raise ConfigError("language must be an ISO 639-1 code or None")
        _check_option_types(self.options, PASSES)

    def with_disabled(self, *names: str) -> Config:
        return replace(self, disable=self.disable | frozenset(names))


#: Language tags that name a language we know by another code (Norwegian Bokmål and Nynorsk; minor39: Malay, which
#: detection tells Indonesian, whose tables hold Malay's own labels).
_LANGUAGE_ALIASES = {"nb": "no", "nn": "no", "ms": "id"}


def language_code(tag: str) -> str | None:
    """The ISO 639-1 code a forced language is matched by: a BCP 47 tag ("pt-BR", "zh_Hant_TW",
    "EN") reduced to its lower-cased language ("pt", "zh", "en"), so the vocabularies of the
    language apply whatever region or script the caller named; None for an empty tag."""
    code = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return _LANGUAGE_ALIASES.get(code, code) or None


def _names(value: Any, key: str) -> Iterable[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"{key} must be a name or a list of names")


_TYPES: dict[str, tuple[type, ...]] = {"int": (int,), "float": (int, float), "bool": (bool,), "str": (str,)}


def option_annotations(cls: type) -> dict[str, str]:
    """The annotation (as written) of each constructor option of pass class ``cls``.

    Read off the signature; a pass compiled by mypyc (see ``setup.py``) keeps no annotations, so for
    it they are read off the ``.py`` source shipped beside the compiled module."""
    try:
        params = inspect.signature(cls.__init__).parameters  # type: ignore[misc]
    except (TypeError, ValueError):
        params = {}  # type: ignore[assignment]
    found = {name: p.annotation for name, p in params.items() if isinstance(p.annotation, str)}
    return found or _source_annotations(cls)


@lru_cache(maxsize=256)
def _source_annotations(cls: type) -> dict[str, str]:
    for klass in cls.__mro__:
        if "__init__" not in vars(klass) or klass is object:
            continue
        module = sys.modules.get(klass.__module__)
        where = getattr(module, "__file__", None)
        if not where:
            return {}
        source = Path(where).parent / (klass.__module__.rsplit(".", 1)[-1] + ".py")
        try:
            tree = ast.parse(source.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):
            return {}
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == klass.__name__:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        args = [*item.args.posonlyargs, *item.args.args, *item.args.kwonlyargs]
                        return {a.arg: ast.unparse(a.annotation) for a in args if a.annotation is not None}
        return {}
    return {}


def _check_option_types(options: Mapping[str, Mapping[str, Any]], passes: Mapping[str, Any]) -> None:
    """Each pass option of the value type its pass declares (``min_position = "half"`` would fail every
    document later, or clean it wrong): :class:`~cleaner.errors.ConfigError` naming the option."""
    for name, opts in options.items():
        cls = passes.get(name)
        if cls is None:
            continue
        declared = option_annotations(cls)
        for key, value in opts.items():
            annotation = declared.get(key)
            if annotation is None:
                continue  # unknown names are reported when the pass is built
            wanted = [t.strip() for t in annotation.split("|")]
            if not all(t in _TYPES or t == "None" for t in wanted):
                continue  # a type this check does not know: left to the pass
            ok = (value is None and "None" in wanted) or any(
                isinstance(value, _TYPES[t]) and (t == "bool" or not isinstance(value, bool))
                for t in wanted
                if t != "None"
            )
            if not ok:
                raise ConfigError(
                    f"option {key!r} of pass {name!r} must be {' or '.join(wanted)}, got {type(value).__name__} "
                    f"{value!r}"
                )
