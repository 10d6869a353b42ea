"""A run killed part-way leaves only whole outputs, and the next run resumes where it stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from test_cli_support import (
    CLEAN,
    article,
    expected_txt,
    files,
    make_corpus,
    run_clean,
    temp_files,
    tree_hashes,
)

N = 60
PARAGRAPHS = 300  # about 80 kB and 50 ms a document: slow enough to stop part-way


def _outputs(out: Path) -> list[str]:
    return [f for f in files(out) if f.endswith(".txt") and not f.startswith(".")]


def _wait_for_outputs(out: Path, proc: subprocess.Popen[bytes], n: int, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if out.exists() and len(_outputs(out)) >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"the run ended before it could be interrupted: {proc.stderr.read()!r}")  # type: ignore[union-attr]
        time.sleep(0.02)
    pytest.fail("no outputs appeared")


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry))
    return out


def _wait_gone(pids: list[int], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        alive = [p for p in pids if os.path.exists(f"/proc/{p}") and _state(p) != "Z"]
        if not alive:
            return
        time.sleep(0.05)
    pytest.fail(f"worker processes still running: {pids}")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find worker processes")
@pytest.mark.parametrize(("how", "status"), [("SIGTERM", 143), ("SIGINT-group", 130), ("SIGKILL", -9)])
def test_interrupted_run_leaves_whole_files_and_resumes(tmp_path: Path, how: str, status: int) -> None:
    src = tmp_path / "in"
    texts = make_corpus(src, N, seed=7, paragraphs=PARAGRAPHS)
    before = tree_hashes(src)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*CLEAN, str(src), "-o", str(out), "--jobs", "1"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # (Ctrl-C as a terminal delivers it: a runner started in the background without job control (nohup … &)
        # ignores SIGINT, and the run would inherit that and never stop)
        preexec_fn=_default_sigint,
    )
    _wait_for_outputs(out, proc, 4)
    workers = _children(proc.pid)
    if how == "SIGTERM":
        proc.send_signal(signal.SIGTERM)
    elif how == "SIGINT-group":  # Ctrl-C in a terminal reaches the whole process group
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.kill()
    proc.communicate(timeout=60)
    assert proc.returncode == status
    _wait_gone(workers)  # after SIGKILL, orphaned workers finish their file and exit on their own

    done = _outputs(out)
    assert 0 < len(done) < N, "the run should have been stopped part-way"
    for rel in done:  # every output there is whole
        assert (out / rel).read_bytes() == expected_txt(texts[rel]), rel
    if how != "SIGKILL":
        assert temp_files(out) == []  # nothing half-written left behind

    resumed = run_clean(src, "-o", out, "--jobs", "2")
    err = resumed.stderr.decode()
    assert resumed.returncode == 0, err
    assert f"{len(done)} up to date" in err
    assert sorted(_outputs(out)) == sorted(texts)
    assert temp_files(out) == []
    for rel in sorted(texts)[:: N // 6]:
        assert (out / rel).read_bytes() == expected_txt(texts[rel]), rel
    assert tree_hashes(src) == before


def test_article_is_slow_enough_to_interrupt() -> None:
    """Guards the premise of the test above: the corpus must take a while to clean."""
    assert len(article(1, PARAGRAPHS)) > 50_000
