"""What warming up derives from the vocabulary patterns, kept on disk between runs.

Before its first document in a language a process reads every pattern of that language's
tables with Python's own regex parser, to find the characters a match can start with
(:func:`~cleaner.vocab.first_chars`), the literals it must contain
(:func:`~cleaner.vocab.required_literals`) and its RE2 translation for the line gate
(:mod:`cleaner.gate`). That parse is pure Python and is most of what warming up costs
(about 0.1 s per language), paid again by every process: each CLI worker, each Dask
worker, each scraper that starts.

The results depend on nothing but the pattern's text, the Python that parsed it and the
code that reads the parse, so they are stored as JSON, one file per vocabulary key (a
language, or ``any``), in the user's cache folder. A file's name holds a fingerprint of
all of these (the patterns, the Python version and its Unicode data, the source of this
module, :mod:`cleaner.vocab` and :mod:`cleaner.gate`): a changed rule file, Python or
translator is a new name, never a stale answer. A file that cannot be read, written or
trusted is ignored and the facts are worked out as before; the cache only saves time.

``CLEANER_CACHE_DIR`` picks the folder; set it to an empty string to keep nothing on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

_FORMAT = 1
_ENV = "CLEANER_CACHE_DIR"
_PREFIX = "patterns-"

#: A fact not stored for a pattern (work it out).
MISSING: Any = object()

# pattern -> [first characters or None, required literals or None, {mode: RE2 source or None}]
_records: dict[str, list[Any]] = {}
_done: set[str] = set()  # keys loaded or worked out in this process


def cache_dir() -> Path | None:
    """The folder the pattern facts are kept in; None when ``CLEANER_CACHE_DIR`` is set empty."""
    chosen = os.environ.get(_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("cleaner", appauthor=False))


def first_chars(pattern: str) -> Any:
    """The stored :func:`~cleaner.vocab.first_chars` of ``pattern``, or :data:`MISSING`."""
    record = _records.get(pattern)
    if record is None:
        return MISSING
    first = record[0]
    return None if first is None else frozenset(first)


def required_literals(pattern: str) -> Any:
    """The stored :func:`~cleaner.vocab.required_literals` of ``pattern``, or :data:`MISSING`."""
    record = _records.get(pattern)
    if record is None:
        return MISSING
    found = record[1]
    return None if found is None else frozenset(found)


def source(pattern: str, mode: str) -> Any:
    """The stored RE2 source (None: untranslatable) of ``pattern`` in ``mode``, or :data:`MISSING`."""
    record = _records.get(pattern)
    if record is None:
        return MISSING
    return record[2].get(mode, MISSING)


def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("derived.py", "vocab.py", "gate.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def _fingerprint(items: list[tuple[str, list[str]]]) -> str:
    from re import _constants  # type: ignore[attr-defined]

    digest = hashlib.sha256()
    head = [_FORMAT, platform.python_implementation(), platform.python_version(), unicodedata.unidata_version,
            _constants.MAGIC, _code_fingerprint()]
    digest.update(json.dumps([head, items], ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:24]


def _key_items(key: str) -> list[tuple[str, list[str]]]:
    """Every pattern of vocabulary ``key`` with the match modes of the tables it is in, sorted."""
    from . import vocab

    modes: dict[str, set[str]] = {}
    for family in vocab.families():
        for table in vocab.load_family(family).values():
            for pattern in table.get(key, ()):
                modes.setdefault(pattern, set()).add(table.get("match", "full"))
    return sorted((p, sorted(m)) for p, m in modes.items())


def work_out(pattern: str, modes: list[str]) -> list[Any]:
    """The facts of one pattern, worked out (as stored)."""
    from . import gate, vocab

    first = vocab.compute_first_chars(pattern)
    found = vocab.compute_required_literals(pattern)
    return [
        None if first is None else sorted(first),
        None if found is None else sorted(found),
        {mode: gate.compute_source(pattern, mode) for mode in modes},
    ]


def _valid(data: Any, items: list[tuple[str, list[str]]]) -> bool:
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return False
    records = data.get("records")
    if not isinstance(records, dict) or len(records) != len(items):
        return False
    for pattern, modes in items:
        record = records.get(pattern)
        if not (isinstance(record, list) and len(record) == 3 and isinstance(record[2], dict)):
            return False
        if sorted(record[2]) != modes:
            return False
        for part in record[:2]:
            if part is not None and not (isinstance(part, list) and all(isinstance(x, str) for x in part)):
                return False
        if not all(v is None or isinstance(v, str) for v in record[2].values()):
            return False
    return True


def _read(path: Path, items: list[tuple[str, list[str]]]) -> dict[str, list[Any]] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data["records"] if _valid(data, items) else None


def _write(folder: Path, key: str, path: Path, records: dict[str, list[Any]]) -> None:
    """Atomically (a temporary file renamed), dropping this key's files of other fingerprints
    (an edited rule file or another Python left them); any failure only skips the saving."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"format": _FORMAT, "key": key, "records": records}, out, ensure_ascii=False)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
        for old in folder.glob(f"{_PREFIX}{key}-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def ensure(key: str) -> None:
    """Make the facts of every pattern of vocabulary ``key`` known: read them from the cache
    folder, or work them all out and store them there. Once per key and process."""
    if key in _done:
        return
    _done.add(key)
    folder = cache_dir()
    if folder is None:
        return  # nothing kept on disk: each fact is worked out when first asked for
    items = _key_items(key)
    if not items:
        return
    path = folder / f"{_PREFIX}{key}-{_fingerprint(items)}.json"
    records = _read(path, items)
    if records is None:
        records = {pattern: work_out(pattern, modes) for pattern, modes in items}
        _write(folder, key, path, records)
    _records.update(records)


def forget() -> None:
    """Drop what this process has loaded (tests; a changed ``CLEANER_CACHE_DIR``)."""
    _records.clear()
    _done.clear()
