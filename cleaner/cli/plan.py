"""What a run reads and where it writes: inputs walked lazily, outputs mapped, unsafe setups refused.

Inputs are files, folders (walked recursively, in sorted order, hidden entries skipped) and ``-``
(stdin). The output is a folder (the input trees mirrored into it), one file, or stdout:

- ``-o -`` (or no ``-o``) is stdout; ``--diff`` always reports to stdout;
- ``-o PATH`` is a folder when ``PATH`` is an existing folder or ends with ``/``; a file when it is an
  existing file or ends in ``.txt``, ``.jsonl`` or ``.md``; otherwise a file for a single file or stdin
  input, a folder for anything else.

Into a folder, one input folder is mirrored at the top; several inputs each get a sub-folder (or file)
named after them. ``a/b/page.html`` becomes ``a/b/page.txt`` (``.jsonl``/``.md`` by format; a JSON Lines
or WARC file becomes one ``.jsonl``); when two inputs of one folder would get the same output name
(``page.html`` and ``page.txt``) both keep their full name (``page.html.txt``, ``page.txt.txt``).
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..io.atomic import atomic_write
from ..io.detect import KINDS, open_input, peek, sniff, split_name
from ..io.writers import EXTENSIONS
from .settings import Settings

STATE_FILE = ".clean-state.json"
FILE_SUFFIXES = (".txt", ".jsonl", ".md")


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


# -- globs --------------------------------------------------------------------------------------------
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A shell glob as a regex over ``/``-separated paths: ``*`` and ``?`` stay within one name, ``**``
    spans folders (``**/x`` also matches ``x``), ``[...]`` is a character class."""
    p = pattern.strip().removeprefix("./").strip("/")
    out: list[str] = []
    i = 0
    while i < len(p):
        if p.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif p.startswith("**", i):
            out.append(".*")
            i += 2
        elif p[i] == "*":
            out.append("[^/]*")
            i += 1
        elif p[i] == "?":
            out.append("[^/]")
            i += 1
        elif p[i] == "[" and "]" in p[i + 2 :]:
            end = p.index("]", i + 2)
            body = p[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(p[i]))
            i += 1
    return re.compile("(?s:" + "".join(out) + r")\Z")


class Matcher:
    """Globs matched against a path relative to its input folder; a glob without ``/`` matches the name."""

    def __init__(self, patterns: list[str] | None) -> None:
        self.patterns = list(patterns or [])
        self.paths = [glob_regex(p) for p in self.patterns if "/" in p.strip().strip("/")]
        self.names = [glob_regex(p) for p in self.patterns if "/" not in p.strip().strip("/")]

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def __call__(self, rel: str) -> bool:
        name = rel.rsplit("/", 1)[-1]
        return any(r.match(rel) for r in self.paths) or any(r.match(name) for r in self.names)


# -- inputs and the output ------------------------------------------------------------------------------
@dataclass(slots=True)
class Target:
    mode: str  # folder, file or stdout
    path: str | None = None

    def __str__(self) -> str:
        return "stdout" if self.mode == "stdout" else f"{self.mode} {self.path}"


@dataclass(slots=True)
class Source:
    """One input file (or stdin) and where its output goes. ``error`` set: it cannot be read at all."""

    path: str
    label: str
    kind: str | None = None
    out: str | None = None
    size: int = 0
    mtime_ns: int = 0
    error: str | None = None


@dataclass(slots=True)
class _Root:
    path: str  # as given
    real: str
    is_dir: bool
    prefix: str  # output sub-path of this input ("" when mirrored at the top)


#: Inputs a complete walk remembers for the next one (see :meth:`Plan.sources`): about 0.5 kB each.
REMEMBER_SOURCES = 10_000


class Plan:
    """The inputs, the output, and the rules for walking; :meth:`sources` yields inputs one at a time."""

    def __init__(
        self,
        inputs: list[str],
        output: str | None,
        settings: Settings,
        include: list[str] | None = None,
        exclude: list[str] | None = None,
        follow_symlinks: bool = False,
    ) -> None:
        self.settings = settings
        self.include = Matcher(include)
        self.exclude = Matcher(exclude)
        self.follow_symlinks = follow_symlinks
        self.symlinks_skipped = 0
        self._remembered: list[Source] | None = None  # the last complete walk (see sources)
        self._remembered_symlinks = 0
        self.stdin = False
        self.roots: list[_Root] = []
        inputs = inputs or ["-"]
        if inputs.count("-") > 1:
            raise UsageError("stdin (-) can be read only once")
        for given in inputs:
            if given == "-":
                self.stdin = True
                self.roots.append(_Root("-", "-", False, "-"))
                continue
            if not os.path.lexists(given):
                raise UsageError(f"no such file or folder: {given}")
            if not os.path.exists(given):
                raise UsageError(f"broken symbolic link: {given}")
            is_dir = os.path.isdir(given)
            if not is_dir and not os.path.isfile(given):
                raise UsageError(f"not a regular file or folder: {given}")
            self.roots.append(_Root(given, os.path.realpath(given), is_dir, ""))
        self.target = self._target(output)
        self._name_roots()
        self._refuse()

    # -- the output --------------------------------------------------------------------------------------
    def _target(self, output: str | None) -> Target:
        if self.settings.diff:
            if output not in (None, "-"):
                raise UsageError("--diff reports to stdout and writes nothing; drop -o")
            return Target("stdout")
        if output in (None, "-"):
            return Target("stdout")
        assert output is not None
        if os.path.isdir(output) or output.endswith(("/", os.sep)):
            return Target("folder", output)
        if os.path.isfile(output) or output.lower().endswith(FILE_SUFFIXES):
            return Target("file", output)
        single = len(self.roots) == 1 and not self.roots[0].is_dir
        return Target("file" if single else "folder", output)

    def _name_roots(self) -> None:
        if self.target.mode != "folder":
            return
        if self.stdin:
            raise UsageError("stdin (-) can go only to a file or to stdout, not into a folder")
        if len(self.roots) == 1 and self.roots[0].is_dir:
            return
        names: list[str] = []
        for root in self.roots:
            name = os.path.basename(os.path.normpath(root.path))
            names.append(name if root.is_dir else self._out_name(name, self.kind_of_file(root.path)))
        clash = {n for n in names if names.count(n) > 1}
        seen: dict[str, str] = {}
        for root, name in zip(self.roots, names, strict=True):
            if name in clash and not root.is_dir:
                base = os.path.basename(root.path)
                name = self._out_name(base, self.kind_of_file(root.path), full=True)
            root.prefix = name
            if name in seen:
                raise UsageError(f"{seen[name]} and {root.path} would both be written to {name} in the output")
            seen[name] = root.path

    def _refuse(self) -> None:
        out = self.target.path
        if out is None:
            return
        real_out = os.path.realpath(out)
        for root in self.roots:
            if root.path == "-":
                continue
            if not root.is_dir:
                if real_out == root.real:
                    raise UsageError(f"the output {out} is the input file {root.path}")
            elif _inside(real_out, root.real):
                rel = os.path.relpath(real_out, root.real).replace(os.sep, "/")
                if rel == ".":
                    raise UsageError(
                        f"the output {out} is the input folder {root.path}: inputs are never written over; "
                        "choose another output"
                    )
                if not self._excluded_path(rel):
                    raise UsageError(
                        f"the output {out} is inside the input folder {root.path}: its outputs would be read "
                        f"as inputs next time; choose another output or exclude it (--exclude '{rel}')"
                    )
            if self.target.mode == "folder" and _inside(root.real, real_out):
                raise UsageError(
                    f"the input {root.path} is inside the output folder {out}: inputs are never "
                    "written over; choose another output"
                )

    def _excluded_path(self, rel: str) -> bool:
        parts = rel.split("/")
        return any(self.exclude("/".join(parts[: i + 1])) for i in range(len(parts)))

    # -- naming -------------------------------------------------------------------------------------------
    def kind_of_file(self, path: str) -> str | None:
        kind = split_name(path)[1]
        if kind is not None:
            return kind
        try:
            stream, _raw = open_input(path)
            with stream:
                sniffed = sniff(peek(stream))
        except (OSError, EOFError):
            return None
        return sniffed if sniffed in KINDS else None

    def _out_name(self, name: str, kind: str | None, full: bool = False) -> str:
        """``page.html.gz`` -> ``page.txt``; ``full``: ``page.html.txt`` (to tell apart names that clash)."""
        ext = EXTENSIONS.get(self.settings.output_format(kind), ".txt")
        stem, known, compressed = split_name(name)
        base = os.path.splitext(name)[0] if compressed else name
        return (base if full or known is None else stem) + ext

    def _unique_names(
        self, files: list[str], kinds: list[str | None], folders: set[str] | frozenset[str] = frozenset()
    ) -> list[str | None]:
        """The output names of one folder's files, no two alike and none a sub-folder's name: the short
        name (``page.txt``); where that clashes, the full name (``page.html.txt``); where that clashes
        too, the whole file name (``page.txt.gz.txt``); None for a file left without a name of its own."""
        names = [self._out_name(name, kind) for name, kind in zip(files, kinds, strict=True)]

        def clashing(names: Sequence[str | None]) -> set[str | None]:
            counts = Counter(names)
            return {n for n, c in counts.items() if c > 1 or n in folders}

        clash = clashing(names)
        if not clash:
            return list(names)
        out: list[str | None] = [
            self._out_name(name, kind, full=True) if short in clash else short
            for name, kind, short in zip(files, kinds, names, strict=True)
        ]
        clash = clashing(out)
        ext = [EXTENSIONS.get(self.settings.output_format(kind), ".txt") for kind in kinds]
        out = [name + e if n in clash else n for name, e, n in zip(files, ext, out, strict=True)]
        taken: set[str | None] = set(folders)
        for i, n in enumerate(out):
            if n in taken:
                out[i] = None  # still taken: reported, never written over another file's output
            taken.add(n)
        return out

    # -- walking ------------------------------------------------------------------------------------------
    def sources(self) -> Iterator[Source]:
        """Every input file in order, with its kind and (folder output) its output path.

        A walk that yields every input, up to ``REMEMBER_SOURCES`` of them, is remembered and the next
        call replays it: the clean pass after the learning pass does not walk (and stat) the tree
        again. A larger run walks again rather than hold every input (memory stays flat)."""
        if self._remembered is not None:
            self.symlinks_skipped += self._remembered_symlinks
            yield from self._remembered
            return
        kept: list[Source] | None = []
        skipped = self.symlinks_skipped
        for src in self._walk_sources():
            if kept is not None:
                kept.append(src)
                if len(kept) > REMEMBER_SOURCES:
                    kept = None
            yield src
        if kept is not None:
            self._remembered = kept
            self._remembered_symlinks = self.symlinks_skipped - skipped

    def _walk_sources(self) -> Iterator[Source]:
        for root in self.roots:
            if root.path == "-":
                yield Source("-", "<stdin>", kind=None)
            elif root.is_dir:
                yield from self._walk(root)
            else:
                yield self._source(root.path, root.prefix or os.path.basename(root.path), out_name=root.prefix)

    def _source(self, path: str, label: str, out_name: str | None = None, kind: str | None = None) -> Source:
        src = Source(path, label)
        try:
            st = os.stat(path)
        except OSError as exc:
            src.error = f"cannot read: {exc.strerror or exc}"
            return src
        src.size, src.mtime_ns = st.st_size, st.st_mtime_ns
        src.kind = kind or self.kind_of_file(path)
        if src.kind is None:
            src.error = "binary file, not text" if os.access(path, os.R_OK) else "cannot read: permission denied"
        if self.target.mode == "folder" and self.target.path is not None:
            src.out = os.path.join(self.target.path, *label.split("/")[:-1], out_name or label.rsplit("/", 1)[-1])
        return src

    def _walk(self, root: _Root) -> Iterator[Source]:
        out_real = os.path.realpath(self.target.path) if self.target.path else None
        visited: set[tuple[int, int]] = set()
        stack = [(root.path, "")]
        while stack:
            folder, rel_dir = stack.pop()
            try:
                st = os.stat(folder)
                if (st.st_dev, st.st_ino) in visited:
                    continue  # a loop, or a folder already walked through another link
                visited.add((st.st_dev, st.st_ino))
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                yield Source(folder, rel_dir or ".", error=f"cannot list folder: {exc.strerror or exc}")
                continue
            files: list[tuple[os.DirEntry[str], str]] = []
            subdirs: list[tuple[str, str]] = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                if entry.is_symlink() and not self.follow_symlinks:
                    self.symlinks_skipped += 1
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    if self.exclude(rel) or (out_real and os.path.realpath(entry.path) == out_real):
                        continue
                    subdirs.append((entry.path, rel))
                elif self.exclude(rel) or (self.include and not self.include(rel)):
                    continue
                else:
                    files.append((entry, rel))
            yield from self._folder_sources(root, files, {rel.rsplit('/', 1)[-1] for _path, rel in subdirs})
            stack.extend(reversed(subdirs))

    def _folder_sources(
        self, root: _Root, files: list[tuple[os.DirEntry[str], str]], folders: set[str] | frozenset[str] = frozenset()
    ) -> Iterator[Source]:
        """The sources of one folder, output names made unique within it (``folders``: the names of its
        sub-folders, which keep their names in the output)."""
        kinds: list[str | None] = []
        for entry, _rel in files:
            try:
                ok = entry.is_file()
            except OSError:
                ok = False
            kinds.append(self.kind_of_file(entry.path) if ok else None)
        names = self._unique_names([entry.name for entry, _ in files], kinds, folders)
        for (entry, rel), kind, name in zip(files, kinds, names, strict=True):
            label = f"{root.prefix}/{rel}" if root.prefix else rel
            try:
                regular = entry.is_file()
            except OSError:
                regular = False
            if not regular:
                src = Source(entry.path, label)
                src.error = "broken symbolic link" if entry.is_symlink() else "not a regular file"
                try:
                    mode = os.stat(entry.path).st_mode
                    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
                        src.error = "not a regular file"
                except OSError:
                    pass
                yield src
                continue
            if name is None:
                src = Source(entry.path, label)
                src.error = "its output name is taken by another input of its folder; rename it"
                yield src
                continue
            yield self._source(entry.path, label, out_name=name, kind=kind or None)

    def count(self) -> tuple[int, int]:
        """``(files, bytes)`` of the inputs, for the progress bar (a quick walk that detects nothing)."""
        files = size = 0
        for root in self.roots:
            if root.path == "-":
                continue
            if not root.is_dir:
                files += 1
                size += _size(root.path)
                continue
            visited: set[tuple[int, int]] = set()
            for folder, dirnames, filenames in os.walk(root.path, followlinks=self.follow_symlinks):
                try:
                    st = os.stat(folder)
                except OSError:
                    dirnames[:] = []
                    continue
                if (st.st_dev, st.st_ino) in visited:
                    dirnames[:] = []
                    continue
                visited.add((st.st_dev, st.st_ino))
                rel_dir = os.path.relpath(folder, root.path).replace(os.sep, "/")
                rel_dir = "" if rel_dir == "." else rel_dir + "/"
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not self.exclude(rel_dir + d))
                for name in filenames:
                    rel = rel_dir + name
                    if name.startswith(".") or self.exclude(rel) or (self.include and not self.include(rel)):
                        continue
                    full = os.path.join(folder, name)
                    if not self.follow_symlinks and os.path.islink(full):
                        continue
                    files += 1
                    size += _size(full)
        return files, size


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _inside(path: str, folder: str) -> bool:
    """``path`` is ``folder`` or somewhere under it (both already resolved)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


# -- resume -------------------------------------------------------------------------------------------------
def resume_since(folder: str, settings: Settings, force: bool) -> int:
    """The time from which outputs in ``folder`` count as made with the current settings (ns).

    The folder keeps ``.clean-state.json`` with the settings' fingerprint. When it is missing, differs
    (other options, another version) or ``--force`` is given, it is rewritten and its own modification
    time becomes the line: outputs older than it are redone, newer ones (this run's, or those of an
    interrupted run with the same settings) are kept. File times are compared with file times only.
    """
    os.makedirs(folder, exist_ok=True)
    path = Path(folder) / STATE_FILE
    fingerprint = settings.fingerprint()
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        if not force and state.get("fingerprint") == fingerprint:
            return path.stat().st_mtime_ns
    except (OSError, ValueError, AttributeError):
        pass
    atomic_write(path, json.dumps({"fingerprint": fingerprint, "tool": "cleaner"}).encode("utf-8") + b"\n")
    return path.stat().st_mtime_ns


def up_to_date(source: Source, since_ns: int) -> bool:
    """The output of ``source`` exists and is newer than both the input and the settings."""
    if source.out is None:
        return False
    try:
        out = os.stat(source.out)
    except OSError:
        return False
    return out.st_mtime_ns >= since_ns and out.st_mtime_ns >= source.mtime_ns
