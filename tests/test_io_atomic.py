"""Outputs appear whole or not at all; temporary files never outlive their writer for long."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.io.atomic import TEMP_SUFFIX, AtomicWriter, atomic_write, remove_stale_temps, remove_temps_of


def _all(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_commit_replaces_and_abort_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    atomic_write(target, b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(RuntimeError), AtomicWriter(target) as out:
        out.write(b"half of a second version")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"first"
    assert _all(target.parent) == ["out.txt"]
    with AtomicWriter(target) as out:
        assert _all(target.parent)[0].endswith(TEMP_SUFFIX)  # written beside the target, hidden
        out.write(b"second")
    assert target.read_bytes() == b"second" and _all(target.parent) == ["out.txt"]


def test_files_get_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "f.txt", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "f.txt").stat().st_mode & 0o777 == 0o644


def test_stale_temps_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead_pid = int(dead.stdout)
    (tmp_path / "a").mkdir()
    stale = tmp_path / "a" / f".out.txt.{dead_pid}.abcd1234{TEMP_SUFFIX}"
    live = tmp_path / f".out.txt.{os.getpid()}.abcd1234{TEMP_SUFFIX}"
    stale.write_bytes(b"partial")
    live.write_bytes(b"being written")
    (tmp_path / "keep.txt").write_bytes(b"x")
    assert remove_stale_temps(tmp_path) == 1
    assert not stale.exists() and live.exists() and (tmp_path / "keep.txt").exists()
    assert remove_temps_of(tmp_path, os.getpid()) == 1
    assert not live.exists()


def test_a_leftover_temp_with_this_name_is_stepped_over(tmp_path: Path) -> None:
    """Temporary names are pid + serial; a file left under the next name (by a killed process
    that had this pid) is neither reused nor touched: the writer takes the name after it."""
    from cleaner.io import atomic

    target = tmp_path / "out.txt"
    serial = next(atomic._SERIAL) + 1
    squatter = tmp_path / f".out.txt.{os.getpid()}.{serial}{TEMP_SUFFIX}"
    squatter.write_bytes(b"left behind")
    with AtomicWriter(target) as out:
        out.write(b"new")
        assert out.tmp != str(squatter)
    assert target.read_bytes() == b"new"
    assert squatter.read_bytes() == b"left behind"
