"""Helpers for the CLI tests: a synthetic corpus, WARC records, and running the installed ``clean`` command.

(No tests here; the CLI test modules import it.)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import cleaner

BIN = Path(sys.executable).parent
CLEAN_EXE = shutil.which("clean", path=str(BIN)) or shutil.which("clean")
CLEAN = [CLEAN_EXE] if CLEAN_EXE else [sys.executable, "-m", "cleaner"]
HTML = hasattr(cleaner.Cleaner, "explain_html")

_WORDS = (  # noqa: SIM905 - a sentence is easier to read than a list
    "the minister said on tuesday that talks with officials would continue next week despite growing "
    "concerns about the economy the border and the price of energy across the region while analysts "
    "expected a slow recovery in trade and investment over the coming months"
).split()


def sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article(seed: int, paragraphs: int = 4, furniture: bool = True) -> str:
    """English article text with scraper residue around it (menus, share buttons, a promo, a copyright)."""
    rng = random.Random(seed)
    lines = ["Home | News | Sport | Weather", "Share this article"] if furniture else []
    lines += [" ".join(sentence(rng) for _ in range(3)) for _ in range(paragraphs)]
    if furniture:
        lines += [
            "WATCH: the minister speaks about the talks",
            "Copyright 2022 Example News. All rights reserved.",
        ]
    return "\n".join(lines) + "\n"


def page(seed: int) -> str:
    rng = random.Random(seed)
    body = "".join(f"<p>{' '.join(sentence(rng) for _ in range(3))}</p>" for _ in range(4))
    return (
        f"<!DOCTYPE html><html><head><title>Talks continue {seed}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Talks continue {seed}</h1>{body}<p>Share this article</p></article>"
        "<footer>Copyright 2022 Example News</footer></body></html>"
    )


def expected_txt(text: str) -> bytes:
    """What ``clean`` writes for one text document in txt format."""
    out = cleaner.Cleaner().clean_text(text)
    return (out + "\n").encode("utf-8") if out else b""


def warc_record(
    uri: str,
    body: bytes,
    ctype: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    rtype: str = "response",
) -> bytes:
    if rtype == "request":
        block = f"GET / HTTP/1.1\r\nHost: {uri}\r\n\r\n".encode()
        ctype_header = "application/http; msgtype=request"
    else:
        block = (
            f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        ctype_header = "application/http; msgtype=response"
    rid = hashlib.sha1((uri + rtype).encode()).hexdigest()
    head = (
        f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {ctype_header}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def write_warc(path: Path, records: list[bytes], compress: bool = True) -> None:
    if compress:
        path.write_bytes(b"".join(gzip.compress(r) for r in records))
    else:
        path.write_bytes(b"".join(records))


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def make_corpus(root: Path, n: int, seed: int = 0, paragraphs: int = 4) -> dict[str, str]:
    """``n`` text files in a small tree; returns {relative path: text}."""
    texts = {}
    for i in range(n):
        rel = f"d{i % 3}/sub{i % 2}/doc{i:04d}.txt"
        text = article(seed * 100_000 + i, paragraphs)
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        texts[rel] = text
    return texts


def run_clean(
    *args: str | os.PathLike[str],
    input: bytes | None = None,
    cwd: Path | None = None,
    timeout: float = 300,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLEAN, *map(str, args)],
        input=input,
        cwd=cwd,
        capture_output=True,
        timeout=timeout,
        stdin=None if input is not None else subprocess.DEVNULL,
        env={**os.environ, **env} if env else None,
    )


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def files(root: Path) -> list[str]:
    """Relative paths of every file under root, hidden ones included, sorted."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def temp_files(root: Path) -> list[str]:
    return [f for f in files(root) if f.endswith(".clean-tmp")]
