"""End to end: site profiles learned by ``clean`` (``--site-profiles``, ``--learn``) and duplicates."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from test_cli_support import run_clean, sentence, write_jsonl

import cleaner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"

# invented furniture no rule or vocabulary knows, one set per site
FURNITURE = {
    "zorbly": ["Zorbly Gazette, independent since 1887", "Tips? Send them to the Quillmoor desk any hour"],
    "vantrel": ["Vantrel Ledger keeps the lamps lit", "Brought to you by the Ostrander guild of readers"],
    "mossbury": ["Mossbury Courier: fourteen valleys, one voice", "Kettle notes from the Pellham back room"],
}
PAGES = 6


def _page(site: str, n: int) -> tuple[str, list[str]]:
    """A page: prose paragraphs with the site's furniture between them; and its article lines."""
    rng = random.Random(f"{site}-{n}")
    paras = [" ".join(sentence(rng) for _ in range(3)) for _ in range(4)]
    top, tail = FURNITURE[site]
    return "\n".join([paras[0], top, paras[1], paras[2], tail, paras[3]]) + "\n", paras


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    root = tmp_path_factory.mktemp("sites") / "in"
    articles: dict[str, list[str]] = {}
    for site in FURNITURE:
        (root / site).mkdir(parents=True)
        for n in range(PAGES):
            text, paras = _page(site, n)
            (root / site / f"p{n}.txt").write_text(text, encoding="utf-8")
            articles[f"{site}/p{n}.txt"] = paras
    return root, articles


def _furniture_left(out: Path) -> list[str]:
    return [
        f"{p.relative_to(out)}: {line}"
        for p in sorted(out.rglob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
        for furniture in FURNITURE.values()
        if line in furniture
    ]


def _check_articles_kept(out: Path, articles: dict[str, list[str]]) -> None:
    for rel, paras in articles.items():
        kept = (out / rel).read_text(encoding="utf-8").splitlines()
        missing = [p for p in paras if p not in kept]
        assert not missing, f"{rel} lost article lines: {missing}"


def test_learning_removes_site_furniture_and_keeps_articles(
    sites: tuple[Path, dict[str, list[str]]], tmp_path: Path
) -> None:
    root, articles = sites
    # without learning the furniture stays (no rule knows it)
    plain = run_clean(root, "-o", tmp_path / "plain", "--no-learn", "-j", "2")
    assert plain.returncode == 0, plain.stderr
    assert len(_furniture_left(tmp_path / "plain")) == len(FURNITURE) * PAGES * 2

    learned = run_clean(root, "-o", tmp_path / "learned", "-j", "2")
    err = learned.stderr.decode()
    assert learned.returncode == 0, err
    assert _furniture_left(tmp_path / "learned") == []
    _check_articles_kept(tmp_path / "learned", articles)
    assert "site profiles: 3 sites" in err and "site-boilerplate" in err

    # a site with fewer documents than --learn-min-docs gets no profile
    few = run_clean(root, "-o", tmp_path / "few", "--learn-min-docs", str(PAGES + 1), "-j", "1")
    assert few.returncode == 0
    assert len(_furniture_left(tmp_path / "few")) == len(FURNITURE) * PAGES * 2


def test_site_profiles_file_written_then_reused(sites: tuple[Path, dict[str, list[str]]], tmp_path: Path) -> None:
    root, articles = sites
    profiles = tmp_path / "profiles.json"
    first = run_clean(root, "-o", tmp_path / "one", "--site-profiles", profiles, "-j", "2")
    assert first.returncode == 0, first.stderr
    assert profiles.exists() and not list(tmp_path.glob("profiles.json.*"))  # written atomically
    saved = cleaner.site.load_profiles(profiles)
    assert len(saved) == len(FURNITURE) and all(len(p) >= 2 for p in saved.values())
    assert "saved to" in first.stderr.decode()

    # the second run reads the file (--no-learn is fine: nothing is learned) and cleans the same way;
    # one page alone, the file's profile still applies to its folder
    mtime = profiles.stat().st_mtime_ns
    second = run_clean(
        root / "zorbly" / "p0.txt", "-o", tmp_path / "two.txt", "--site-profiles", profiles, "--no-learn"
    )
    assert second.returncode == 0, second.stderr
    assert "read from" in second.stderr.decode()
    assert profiles.stat().st_mtime_ns == mtime
    assert (tmp_path / "two.txt").read_text(encoding="utf-8") == (tmp_path / "one" / "zorbly" / "p0.txt").read_text(
        encoding="utf-8"
    )
    assert _furniture_left(tmp_path / "one") == []
    _check_articles_kept(tmp_path / "one", articles)


def test_site_profiles_with_jsonl_urls_and_dask_free_settings(tmp_path: Path) -> None:
    """JSON Lines records are grouped by their URL's host."""
    records = []
    for site in FURNITURE:
        for n in range(PAGES):
            text, _paras = _page(site, n)
            records.append({"id": f"{site}-{n}", "url": f"https://www.{site}.example/n/{n}", "text": text})
    write_jsonl(tmp_path / "in.jsonl", records)
    proc = run_clean(tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "-j", "2")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == [r["id"] for r in records]
    for rec in out:
        assert not any(f in rec["text"] for lines in FURNITURE.values() for f in lines), rec["id"]
        assert rec["duplicate_of"] is None


def _summary_counts(err: str) -> tuple[int, int, int, int]:
    """(written, skipped, failed, duplicates) from the run summary."""
    written = int(re.search(r"(\d+) documents? cleaned", err).group(1))  # type: ignore[union-attr]
    skipped = sum(int(n) for n in re.findall(r"(\d+) (?:records skipped|duplicates skipped)", err))
    failed = sum(int(n) for n in re.findall(r"documents? cleaned \(([0-9]+) failed", err))
    dups = int(re.search(r"duplicates: (\d+)", err).group(1))  # type: ignore[union-attr]
    return written, skipped, failed, dups


def test_duplicates_marked_and_dropped(tmp_path: Path) -> None:
    seed0 = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    seed1 = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    other = next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8")
    write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "s000", "text": seed0}, {"id": "s001", "text": seed1}, {"id": "s003", "text": other}],
    )
    marked = run_clean(tmp_path / "in.jsonl", "-o", tmp_path / "marked.jsonl", "-j", "3")
    err = marked.stderr.decode()
    assert marked.returncode == 0, err
    recs = [json.loads(line) for line in (tmp_path / "marked.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["duplicate_of"]) for r in recs] == [("s000", None), ("s001", "s000"), ("s003", None)]
    assert _summary_counts(err) == (3, 0, 0, 1)

    dropped = run_clean(tmp_path / "in.jsonl", "-o", tmp_path / "dropped.jsonl", "--drop-duplicates", "-j", "3")
    err = dropped.stderr.decode()
    assert dropped.returncode == 0, err
    recs = [json.loads(line) for line in (tmp_path / "dropped.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["s000", "s003"]
    written, skipped, failed, dups = _summary_counts(err)
    assert (written, skipped, failed, dups) == (2, 1, 0, 1)
    assert written + skipped + failed == 3


def test_drop_duplicates_in_a_folder_removes_the_copy(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    (src / "b.txt").write_text(next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_clean(src, "-o", tmp_path / "out", "--drop-duplicates", "-j", "2")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "a.txt").exists() and not (tmp_path / "out" / "b.txt").exists()
    assert _summary_counts(proc.stderr.decode()) == (1, 1, 0, 1)
