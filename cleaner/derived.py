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

The same folder keeps the compiled regexes the passes build as lines come
(:func:`compile_regex`): a table's patterns for lines that start with one character, a
group of tables for one line length. Each is an alternation of up to hundreds of
patterns that Python's ``re`` parses and compiles in pure Python (about 0.13 s for 300
patterns, 2 ms from the stored program); a process meets hundreds of them in its first
documents. They are kept by their source text, for one Python version only.

``CLEANER_CACHE_DIR`` picks the folder; set it to an empty string to keep nothing on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import sys
import tempfile
import unicodedata
import zlib
from array import array
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


def _fact(pattern: str, slot: int) -> Any:
    record = _records.get(pattern)
    if record is None:
        return MISSING
    found = record[slot]
    return None if found is None else frozenset(found)


def first_chars(pattern: str) -> Any:
    """The stored :func:`~cleaner.vocab.first_chars` of ``pattern``, or :data:`MISSING`."""
    return _fact(pattern, 0)


def required_literals(pattern: str) -> Any:
    """The stored :func:`~cleaner.vocab.required_literals` of ``pattern``, or :data:`MISSING`."""
    return _fact(pattern, 1)


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


def _save(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file in its folder, renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def _write(folder: Path, key: str, path: Path, records: dict[str, list[Any]]) -> None:
    """Atomically, dropping this key's files of other fingerprints (an edited rule file or
    another Python left them); any failure only skips the saving."""
    try:
        data = {"format": _FORMAT, "key": key, "records": records}
        _save(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
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
    global _regex_folder
    _records.clear()
    _done.clear()
    _compiled.clear()
    _regex_folder = False


# -- compiled regexes ---------------------------------------------------------------------

_REGEX_FORMAT = 1
_regex_folder: Path | bool | None = False  # False: not looked at yet in this process


def _build(source: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any], list[int]]:
    """``re.compile(source, flags)`` done as ``re._compiler.compile`` does it, with what it passes
    to ``_sre.compile`` (the program and the group tables) to keep."""
    import _sre  # type: ignore[import-not-found, unused-ignore]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = int(flags)  # (as re.compile does: flag arithmetic on RegexFlag members goes through enum)
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    meta = {"flags": flags | parsed.state.flags, "groups": parsed.state.groups - 1, "groupindex": groupindex,
            "indexgroup": indexgroup}
    return _sre.compile(source, meta["flags"], code, meta["groups"], groupindex, tuple(indexgroup)), meta, code


def _from_program(source: str, meta: dict[str, Any], code: list[int]) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found, unused-ignore]

    # (_sre validates the program: a damaged one raises instead of running)
    return _sre.compile(  # type: ignore[no-any-return]
        source, meta["flags"], code, meta["groups"], meta["groupindex"], tuple(meta["indexgroup"])
    )


def _regex_dir() -> Path | None:
    """This Python's folder of compiled regexes; None when nothing is kept, or when building a
    regex from its program does not give what ``re.compile`` gives here (checked once)."""
    global _regex_folder
    if _regex_folder is False:
        folder = cache_dir()
        if folder is not None:
            try:
                canary = r"(?P<e0>(?:sign ?up|abonn\w+)(?s:.*))|(?P<e1>[^\W\d_]{2,}: \d+)"
                built, _meta, _code = _build(canary, re.IGNORECASE)

                if built != re.compile(canary, re.IGNORECASE) or array("I").itemsize != _sre_codesize():
                    folder = None
            except Exception:
                folder = None
        if folder is not None:
            from re import _constants  # type: ignore[attr-defined]

            from . import __version__

            # (the package's version too: an upgrade's sources start a new folder, the old one ages out)
            head = [_REGEX_FORMAT, __version__, platform.python_implementation(), sys.version, _constants.MAGIC,
                    _sre_codesize(), array("I").itemsize]
            folder = folder / f"regex-{hashlib.sha256(json.dumps(head).encode()).hexdigest()[:24]}"
            _tidy(folder)
        _regex_folder = folder
    return _regex_folder  # type: ignore[return-value]


#: A folder of regexes that no process has used for this long (another Python's or release's) is removed.
STALE_DAYS = 30


def _tidy(folder: Path) -> None:
    """Mark ``folder`` as in use (its time stamp) and remove the other Pythons' and releases' folders of regexes
    that no process has used for ``STALE_DAYS``: the cache does not grow with every upgrade."""
    import shutil
    import time

    try:
        if folder.is_dir():
            os.utime(folder)
        limit = time.time() - STALE_DAYS * 86400
        for other in folder.parent.glob("regex-*"):
            if other != folder and other.is_dir() and other.stat().st_mtime < limit:
                shutil.rmtree(other, ignore_errors=True)
    except OSError:
        pass


def compile_regex(source: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the program an earlier run kept when there is one.

    A kept program is used only if its file names the same source and flags and its checksum
    holds; a new one is kept for the next run. Failing to read or write only costs time."""
    folder = _regex_dir()
    if folder is None:
        return re.compile(source, flags)
    flags = int(flags)
    memo_key = (source, flags)
    found = _compiled.get(memo_key)
    if found is not None:
        return found
    if len(_compiled) >= _COMPILED_MEMO:
        _compiled.clear()  # (bounded, as re's own cache is)
    found = _compiled[memo_key] = _compile_kept(folder, source, flags)
    return found


_COMPILED_MEMO = 512
_compiled: dict[tuple[str, int], re.Pattern[str]] = {}  # this process's, as re.compile's own cache


def _compile_kept(folder: Path, source: str, flags: int) -> re.Pattern[str]:
    key = hashlib.sha256(f"{flags}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()[:40]
    path = folder / key[:2] / key
    try:
        blob = path.read_bytes()
    except OSError:
        blob = b""
    if blob:
        try:
            header, _, body = blob.partition(b"\n")
            meta = json.loads(header)
            digest = hashlib.sha256(body).hexdigest()
            if meta["source"] == source and meta["in_flags"] == flags and meta["sum"] == digest:
                code = array("I")
                code.frombytes(zlib.decompress(body))
                return _from_program(source, meta, code.tolist())
        except Exception:
            pass  # damaged or foreign: compiled anew (and kept again)
    try:
        compiled, meta, program = _build(source, flags)
    except re.error:
        raise
    except Exception:
        return re.compile(source, flags)
    try:
        body = zlib.compress(array("I", program).tobytes(), 1)
        meta.update(source=source, in_flags=flags, sum=hashlib.sha256(body).hexdigest())
        _save(path, json.dumps(meta, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n" + body)
    except (OSError, OverflowError, ValueError):
        pass
    return compiled


def _sre_codesize() -> int:
    import _sre  # type: ignore[import-not-found, unused-ignore]

    return int(_sre.CODESIZE)
