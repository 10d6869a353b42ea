"""Dask: bags and dataframes, and ``clean --dask`` against a LocalCluster giving what a local run gives."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import (
    HTML,
    article,
    files,
    make_corpus,
    page,
    run_clean,
    tree_hashes,
    warc_record,
    write_jsonl,
    write_warc,
)

import cleaner

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def client(cluster: object) -> Iterator[object]:
    with distributed.Client(cluster) as client:
        yield client


def test_cli_on_dask_matches_the_local_run(cluster: object, tmp_path: Path) -> None:
    src = tmp_path / "in"
    make_corpus(src, 24, seed=3)
    (src / "page.html.gz").write_bytes(gzip.compress(page(1).encode()))
    write_jsonl(src / "recs.jsonl", [{"id": i, "text": article(100 + i), "keep": [i]} for i in range(5)])
    write_warc(
        src / "crawl.warc.gz",
        [
            warc_record("http://example.com/a", page(2).encode()),
            warc_record("http://example.com/b", article(3).encode(), "text/plain"),
        ],
    )
    before = tree_hashes(src)
    local = run_clean(src, "-o", tmp_path / "local", "--jobs", "2", "--explain", "--format", "jsonl")
    remote = run_clean(
        src, "-o", tmp_path / "remote", "--explain", "--format", "jsonl", "--dask", cluster.scheduler_address
    )  # type: ignore[attr-defined]
    assert remote.returncode == local.returncode == 0, remote.stderr.decode()
    assert files(tmp_path / "remote") == files(tmp_path / "local")
    assert tree_hashes(tmp_path / "remote") == tree_hashes(tmp_path / "local")
    assert len(files(tmp_path / "local")) == 24 + 3 + 1  # plus .clean-state.json
    # one output on stdout: same bytes, in input order
    one_local = run_clean(src, "--jobs", "2", "-q")
    one_remote = run_clean(src, "-q", "--dask", cluster.scheduler_address)  # type: ignore[attr-defined]
    assert one_remote.returncode == 0 and one_remote.stdout == one_local.stdout
    assert tree_hashes(src) == before


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    proc = run_clean(
        tmp_path / "a.txt",
        "--dask",
        "tcp://127.0.0.1:9",
        timeout=120,
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert proc.returncode == 2 and b"Dask scheduler" in proc.stderr


def test_clean_bag(client: object) -> None:
    from cleaner.dask import clean_bag

    texts = [article(i) for i in range(6)]
    bag = db.from_sequence(texts, npartitions=3)
    assert clean_bag(bag).compute() == [cleaner.clean_text(t) for t in texts]
    explained = clean_bag(bag, explain=True).compute()
    assert explained[0]["language"] == "en" and explained[0]["removed"]
    off = clean_bag(bag, explain=True, disable=["social-buttons"]).compute()
    assert {r["pass_name"] for r in explained[0]["removed"]} >= {"social-buttons"}
    assert all(r["pass_name"] != "social-buttons" for doc in off for r in doc["removed"])

    records = [{"id": 1, "text": texts[0], "x": {"y": 1}}, {"id": 2, "body": "no text"}]
    out = clean_bag(db.from_sequence(records, npartitions=1), on_error="keep").compute()
    assert out[0]["text"] == cleaner.clean_text(texts[0]) and out[0]["x"] == {"y": 1}
    assert out[0]["language"] == "en" and "metadata" in out[0]
    assert out[1]["text"] is None and "no string field" in out[1]["error"]
    assert len(clean_bag(db.from_sequence(records, npartitions=1), on_error="skip").compute()) == 1
    with pytest.raises(cleaner.CleanerError):
        clean_bag(db.from_sequence(records, npartitions=1)).compute()
    if HTML:
        pages = clean_bag(db.from_sequence([page(1)]), html=True).compute()
        assert pages == [cleaner.clean_html(page(1))] and pages[0]


def test_clean_dataframe(client: object) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from cleaner.dask import clean_dataframe

    texts = [article(i) for i in range(8)]
    df = dd.from_pandas(pd.DataFrame({"text": texts, "n": range(8)}), npartitions=3)
    out = clean_dataframe(df, explain=True).compute()
    assert list(out["text"]) == [cleaner.clean_text(t) for t in texts]
    assert list(out["n"]) == list(range(8)) and set(out["language"]) == {"en"}
    removed = out["removed"].iloc[0]
    assert removed and json.loads(json.dumps(removed)) == removed  # plain data
    kept = clean_dataframe(df, output_column="clean", language_column=None).compute()
    assert list(kept["text"]) == texts and "language" not in kept.columns


def test_cli_on_dask_uses_learned_site_profiles(cluster: object, tmp_path: Path) -> None:
    from test_cli_site import FURNITURE, PAGES, _page

    src = tmp_path / "in"
    for site in FURNITURE:
        (src / site).mkdir(parents=True)
        for n in range(PAGES):
            (src / site / f"p{n}.txt").write_text(_page(site, n)[0], encoding="utf-8")
    local = run_clean(src, "-o", tmp_path / "local", "--jobs", "2")
    remote = run_clean(src, "-o", tmp_path / "remote", "--dask", cluster.scheduler_address)  # type: ignore[attr-defined]
    assert remote.returncode == local.returncode == 0, remote.stderr.decode()
    assert tree_hashes(tmp_path / "remote") == tree_hashes(tmp_path / "local")
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "remote").rglob("*.txt"))
    assert not any(line in text for lines in FURNITURE.values() for line in lines)
