"""End to end: site profiles learned by ``clean`` (``--site-profiles``, ``--learn``) and duplicates."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from test_cli_support import run_clean, sentence, tree_hashes, write_jsonl

import cleaner
from cleaner.cli.learning import learn_pass

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


# -- the learning pass runs in the workers: the same profiles as one learner fed every document in order --
def _mixed_sites(root: Path) -> None:
    """Three sites as folders of .txt (one gzipped, one near-copy of another page, one binary file, one
    page to clean with the profile), and a JSON Lines file whose records name their site by URL (with a
    page record, a broken line and a record without text, which learning skips)."""
    import gzip

    for site in FURNITURE:
        (root / site).mkdir(parents=True)
        for n in range(PAGES):
            (root / site / f"p{n}.txt").write_text(_page(site, n)[0], encoding="utf-8")
        copy = _page(site, 0)[0].replace("\n", "\nShare this article\n", 1)
        (root / site / "p0-copy.txt").write_text(copy, encoding="utf-8")
        (root / site / "p9.txt.gz").write_bytes(gzip.compress(_page(site, 9)[0].encode("utf-8")))
        top, tail = FURNITURE[site]
        (root / site / "page.html").write_text(
            f"<html><body><article><p>{top}</p><p>{_page(site, 20)[1][0]}</p><p>{tail}</p></article></body></html>",
            encoding="utf-8",
        )
    (root / "zorbly" / "broken.txt").write_bytes(b"\x00\x01binary\xff" * 50)
    records: list[dict] = [
        {"id": f"{site}-{n}", "url": f"https://www.{site}.example/n/{n}", "text": _page(site, 30 + n)[0]}
        for n in range(PAGES)
        for site in ("vantrel", "mossbury")
    ]
    records.insert(3, {"id": "page", "url": "https://vantrel.example/p", "html": "<p>Kept as a page</p>"})
    records.insert(5, {"id": "none", "url": "https://vantrel.example/q"})
    (root / "feed").mkdir()
    write_jsonl(root / "feed" / "records.jsonl", records)
    with open(root / "feed" / "records.jsonl", "a", encoding="utf-8") as fh:
        fh.write("{not json\n")


def _serial_profiles(plan: object, min_docs: int) -> tuple[dict, int]:
    """The reference: every text document of the plan fed, in input order, to one learner, here."""
    from cleaner.io.detect import open_input
    from cleaner.io.readers import decode_text, iter_jsonl_lines, parse_record
    from cleaner.site import ProfileLearner

    s = plan.settings  # type: ignore[attr-defined]
    learner = ProfileLearner(language=s.config.language)
    docs = 0
    for src in plan.sources():  # type: ignore[attr-defined]
        if src.error or src.kind not in ("txt", "jsonl"):
            continue
        stream, _raw = open_input(src.path)
        with stream:
            if src.kind == "txt":
                try:
                    text = decode_text(stream.read())
                except cleaner.errors.CleanerError:
                    continue
                learner.add(cleaner.site_key(None, src.path), text)
                docs += 1
                continue
            for _lineno, line in iter_jsonl_lines(stream, s.max_bytes):
                try:
                    record = parse_record(line)
                except (cleaner.errors.CleanerError, ValueError):
                    continue
                if isinstance(record.get(s.html_field), str) or not isinstance(record.get(s.text_field), str):
                    continue
                learner.add(cleaner.site_key(record.get(s.url_field), src.path), record[s.text_field])
                docs += 1
    profiles = {site: p for site, p in learner.profiles().items() if p.pages >= min_docs and len(p)}
    return profiles, docs


def _job(src: Path, out: Path, jobs: int) -> object:
    from cleaner.cli.plan import Plan
    from cleaner.cli.runner import Job
    from cleaner.cli.settings import Settings

    plan = Plan([str(src)], str(out), Settings(html_field="html"))
    return Job(plan, jobs=jobs, progress=False, quiet=True)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_learning_in_workers_equals_one_learner_fed_in_order(tmp_path: Path, jobs: int) -> None:
    src = tmp_path / "in"
    _mixed_sites(src)
    job = _job(src, tmp_path / "out", jobs)
    expected, expected_docs = _serial_profiles(job.plan, job.learn_min_docs)  # type: ignore[attr-defined]
    # 3 folders of 8 text documents, 12 records with text; the binary file is not learned from
    assert expected_docs == 3 * (PAGES + 2) + 2 * PAGES
    folders = {str(src / site): site for site in FURNITURE}
    assert set(expected) == {*folders, "vantrel.example", "mossbury.example"}
    assert all(p.settings["duplicates"] == 1 for site, p in expected.items() if site in folders)
    profiles, docs = learn_pass(job)
    assert (profiles, docs) == (expected, expected_docs)


def test_learning_goes_on_when_a_worker_dies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker lost on a document (a crash, the watchdog) costs that document only; the others are
    learned, in order."""
    import os

    import cleaner.cli.work as work

    src = tmp_path / "in"
    _mixed_sites(src)
    learn_item = work.learn_item

    def crash_on_p2(state: object, item: object) -> object:
        if getattr(item, "path", "").endswith(os.path.join("vantrel", "p2.txt")):
            os._exit(9)
        return learn_item(state, item)  # type: ignore[arg-type]

    monkeypatch.setattr(work, "learn_item", crash_on_p2)  # forked workers inherit it
    (src / "vantrel" / "p2.txt").rename(tmp_path / "p2.txt")
    expected, docs = _serial_profiles(_job(src, tmp_path / "out", 2).plan, 5)  # type: ignore[attr-defined]
    (tmp_path / "p2.txt").rename(src / "vantrel" / "p2.txt")
    assert learn_pass(_job(src, tmp_path / "out", 2)) == (expected, docs)


def test_jobs_1_and_2_learn_and_write_the_same(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _mixed_sites(src)
    runs = {}
    for jobs in (1, 2):
        out, profiles = tmp_path / f"out{jobs}", tmp_path / f"profiles{jobs}.json"
        proc = run_clean(src, "-o", out, "-j", str(jobs), "--site-profiles", profiles)
        err = proc.stderr.decode()
        assert proc.returncode == 1, err  # the binary file fails; the run goes on
        assert "broken.txt" in err
        summary = re.search(r"site profiles: .*", err)
        assert summary is not None
        runs[jobs] = (tree_hashes(out), profiles.read_bytes(), summary.group(0).replace(str(profiles), "P"))
    assert runs[1] == runs[2]
    assert "5 sites (learned from 36 documents" in runs[1][2]
    assert _furniture_left(tmp_path / "out2") == []
