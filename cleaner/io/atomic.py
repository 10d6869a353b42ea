"""Outputs appear whole or not at all.

A writer writes to a hidden temporary file beside the target (``.<name>.<pid>.<serial>.clean-tmp``, same
folder so the rename cannot cross file systems) and renames it over the target only once everything is
written: a reader, a crash or a kill never sees half a file. The temporary file is removed when writing
fails or is interrupted; if the process is killed outright (``SIGKILL``) it is left behind, and the next
run removes it (:func:`remove_stale_temps`: only temporary files of processes that are gone).

Files are created with ``0o666`` less the umask, like any other file. There is no ``fsync``: a rename is
atomic against crashes of the program, not against losing power mid-write.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from pathlib import Path
from types import TracebackType
from typing import Self

TEMP_SUFFIX = ".clean-tmp"


_SERIAL = itertools.count()


def temp_name(target: str | os.PathLike[str], pid: int | None = None) -> str:
    """A hidden name beside ``target``, unique to this process (pid and a serial number: no
    random bytes to ask the kernel for, once per output file)."""
    target = os.fspath(target)
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}.{pid or os.getpid()}.{next(_SERIAL)}{TEMP_SUFFIX}")


class AtomicWriter:
    """``with AtomicWriter(path) as out: out.write(b"...")``: the file at ``path`` is replaced on a clean
    exit of the block and left as it was on an exception. ``commit()``/``abort()`` do the same by hand.
    """

    __slots__ = ("_fd", "path", "tmp")

    def __init__(self, path: str | os.PathLike[str], make_dirs: bool = True) -> None:
        self.path = os.fspath(path)
        self.tmp = temp_name(self.path)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
        for _ in range(100):
            try:  # the folder usually exists: no makedirs (two system calls and an exception) per file
                self._fd: int | None = os.open(self.tmp, flags, 0o666)
                return
            except FileNotFoundError:
                if not make_dirs:
                    raise
                os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
                make_dirs = False
            except FileExistsError:  # left by a killed process that had this pid: take the next name
                self.tmp = temp_name(self.path)
        raise FileExistsError(f"cannot create a temporary file beside {self.path}")

    def write(self, data: bytes) -> int:
        if self._fd is None:
            raise ValueError("write to a closed AtomicWriter")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        return len(data)

    def commit(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.close(fd)
            os.replace(self.tmp, self.path)
        except BaseException:
            _unlink(self.tmp)
            raise

    def abort(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                os.close(fd)
            finally:
                _unlink(self.tmp)

    @property
    def closed(self) -> bool:
        return self._fd is None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

    def __del__(self) -> None:  # an abandoned writer leaves no temporary file
        if getattr(self, "_fd", None) is not None:
            self.abort()


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating missing folders."""
    with AtomicWriter(path) as out:
        out.write(data)


def _unlink(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _temp_pid(name: str) -> int | None:
    parts = name[: -len(TEMP_SUFFIX)].rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return int(parts[1])


def remove_temps_of(folder: str | os.PathLike[str], pid: int) -> int:
    """Remove the temporary files process ``pid`` left in ``folder`` (after killing it)."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX) and _temp_pid(entry.name) == pid:
            _unlink(entry.path)
            removed += 1
    return removed


def remove_stale_temps(root: str | os.PathLike[str], recursive: bool = True) -> int:
    """Remove temporary files under ``root`` whose writing process is gone; returns how many."""
    removed = 0
    root = Path(root)
    if not root.is_dir():
        return 0
    stack = [os.fspath(root)]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if recursive:
                    stack.append(entry.path)
            elif entry.name.endswith(TEMP_SUFFIX) and entry.name.startswith("."):
                pid = _temp_pid(entry.name)
                if pid is not None and not _pid_alive(pid):
                    _unlink(entry.path)
                    removed += 1
    return removed
