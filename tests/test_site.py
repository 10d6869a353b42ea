"""Site profiles: learning a site's recurring furniture, the guards, JSON, the pass."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner import Cleaner, SiteProfile, load_profiles, save_profiles, site_key
from cleaner.pipeline import PASSES, TEXT_PIPELINE
from cleaner.site import ProfileLearner, SiteDoc, learn, line_key, profile_for

_SUBJECTS = ["The harbour council", "A group of farmers", "The regional museum", "Local teachers",
             "The new mayor", "Railway engineers", "A small bakery", "The football club", "Volunteers",
             "The water authority", "Two students", "The hospital board", "Fishermen in the bay"]
_VERBS = ["announced plans to rebuild", "voted against closing", "raised money for", "complained about",
          "started a review of", "opened the doors of", "published a report on", "asked questions about"]
_OBJECTS = ["the old bridge", "the village school", "the northern ferry line", "the summer festival",
            "the public library", "the flooded car park", "the wind farm project", "the night bus service"]
_TAILS = ["after a long meeting on {d} in the town hall.", "because the costs rose by {n} percent this year.",
          "and said that a decision would come before the end of {m}.",
          "while residents waited for an answer from the ministry in the capital.",
          "although only {n} people came to the first hearing of the committee."]
_MONTHS = ["March", "April", "June", "July", "October", "November"]


def sentence(r: random.Random) -> str:
    tail = r.choice(_TAILS).format(d=r.choice(["Monday", "Tuesday", "Friday"]), n=r.randint(3, 400),
                                   m=r.choice(_MONTHS))
    return f"{r.choice(_SUBJECTS)} {r.choice(_VERBS)} {r.choice(_OBJECTS)} {tail}"


def article(r: random.Random, n: int = 5) -> list[str]:
    return [f"{sentence(r)} {sentence(r)}" for _ in range(n)]


HEAD = ["Zorbly Gazette, independent since 1887", "Kvelt · Drum · Sporn · Maldo"]
MIDDLE = "Tips? Write to desk@zorbly.example"
TAIL = ["Zorbly Gazette Ltd, 4 Quay Lane, Port Vessa", "Printed on Fridays by the Vessa Press Guild"]


def page(r: random.Random, extra_middle: list[str] | None = None) -> tuple[str, list[str]]:
    body = article(r)
    lines = [*HEAD, *body[:2], MIDDLE, *body[2:3], *(extra_middle or []), *body[3:], *TAIL]
    return "\n\n".join(lines), body


def site_pages(n: int, seed: int = 7) -> list[tuple[str, list[str]]]:
    r = random.Random(seed)
    return [page(r) for _ in range(n)]


def test_site_key() -> None:
    assert site_key("https://www.Zorbly.example/news/1.html") == "zorbly.example"
    assert site_key("http://news.zorbly.example:8080/a") == "news.zorbly.example"
    assert site_key(None, "crawl/zorbly/page-001.txt") == "crawl/zorbly"
    assert site_key("", "crawl/zorbly/page-001.txt") == "crawl/zorbly"
    assert site_key(None, None) == ""


@given(st.lists(st.sampled_from(["a", "b c", ".", "..", "", "x.txt", "/"]), min_size=1, max_size=8))
def test_site_key_of_a_path_is_its_normalised_folder(parts: list[str]) -> None:
    """The per-folder cache gives what the plain path arithmetic gives, for any path shape."""
    from pathlib import PurePath, PurePosixPath

    path = "/".join(parts)
    assert site_key(None, path) == PurePosixPath(PurePath(path).as_posix()).parent.as_posix()


def test_learns_and_removes_furniture_at_head_middle_tail() -> None:
    pages = site_pages(20)
    profiles = Cleaner().learn(("zorbly", text) for text, _ in pages)
    profile = profiles["zorbly"]
    assert profile.pages == 20
    learned = {s.text: s.where for s in profile.lines.values()}
    assert learned == {HEAD[0]: "head", HEAD[1]: "head", MIDDLE: "middle", TAIL[0]: "tail", TAIL[1]: "tail"}
    text, body = pages[3]
    result = cleaner.explain_text(text, profile=profile)
    assert result.text == "\n\n".join(body)
    site = result.removed_by("site-boilerplate")
    assert [r.text for r in site] == [*HEAD, MIDDLE, *TAIL]
    assert all(r.reason == "recurs on 20 of 20 pages of this site" for r in site)
    # without a profile, the pass does nothing (the invented furniture stays)
    plain = cleaner.explain_text(text)
    assert not plain.removed_by("site-boilerplate")
    assert MIDDLE in plain.text


def test_guard_min_docs() -> None:
    r = random.Random(1)
    docs = [page(r, ["Zorbly Gazette welcomes letters"] if i < 2 else None)[0] for i in range(4)]
    profile = learn([("z", d) for d in docs], min_docs=3, min_share=0.2)["z"]
    assert "Zorbly Gazette welcomes letters" not in profile  # 2 documents < min_docs
    assert MIDDLE in profile


def test_guard_min_share() -> None:
    r = random.Random(2)
    docs = [page(r, ["Spring sale at the Vessa market"] if i < 4 else None)[0] for i in range(30)]
    profile = learn([("z", d) for d in docs], min_docs=3, min_share=0.2)["z"]
    assert "Spring sale at the Vessa market" not in profile  # 4 of 30 pages < 20%
    assert MIDDLE in profile
    profile = learn([("z", d) for d in docs], min_docs=3, min_share=0.1)["z"]
    assert "Spring sale at the Vessa market" in profile


def test_guard_near_duplicates_count_once() -> None:
    r = random.Random(3)
    story = article(r)
    docs = [page(r)[0] for _ in range(6)]
    # the same story scraped three times, with different residue and quote styles
    copies = [
        "\n".join(["Kvelt · Drum · Sporn · Maldo", "Only in this story", *story]),
        "\n".join(["Share this article", "Only in this story", *[s.replace("the", "the ") for s in story]]),
        "\n".join(["Only in this story", *[f"“{s}”" for s in story[:-1]], "Advertisement"]),
    ]
    profile = learn([("z", d) for d in [*docs, *copies]], min_docs=2, min_share=0.1)["z"]
    assert profile.pages == 7  # 6 pages + the story once
    assert profile.settings["duplicates"] == 2
    stat = profile.lookup("Kvelt · Drum · Sporn · Maldo")
    assert stat is not None and stat.docs == 7
    assert "Only in this story" not in profile  # three copies of one story are one document
    # dedup off: the copies count three times and the line would be learned
    profile = learn([("z", d) for d in [*docs, *copies]], min_docs=2, min_share=0.1, dedup_threshold=None)["z"]
    assert "Only in this story" in profile


def test_guard_prose_quote_inside_bodies_stays() -> None:
    quote = ("“We will not close the school while the children of this valley still need it,” "
             "the headteacher told the meeting of parents and governors.")
    r = random.Random(4)
    docs = [page(r, [quote] if i % 4 == 0 else None)[0] for i in range(20)]  # 5 of 20 stories
    profile = learn([("z", d) for d in docs])["z"]
    assert quote not in profile  # prose in article bodies, 25% of pages < prose_share
    assert MIDDLE in profile
    result = cleaner.explain_text(docs[0], profile=profile)
    assert quote in result.text
    # prose furniture in the middle of most pages is still learned
    r = random.Random(5)
    docs = [page(r, [quote] if i % 4 else None)[0] for i in range(20)]  # 15 of 20
    assert quote in learn([("z", d) for d in docs])["z"]


def test_quote_in_two_stories_stays_by_default() -> None:
    quote = "“Nobody here remembers a winter like this one,” said the oldest fisherman in the harbour."
    r = random.Random(6)
    docs = [page(r, [quote] if i in (2, 9) else None)[0] for i in range(12)]
    profile = learn([("z", d) for d in docs])["z"]
    assert quote not in profile
    assert quote in cleaner.clean_text(docs[2], profile=profile)


def test_sites_grouped_by_url_host_or_folder() -> None:
    r = random.Random(8)
    docs = [SiteDoc(page(r)[0], url=f"https://www.zorbly.example/n/{i}") for i in range(5)]
    docs += [SiteDoc("\n".join(["Blorp Weekly", *article(r), "Blorp Weekly, since 1990"]),
                     path=f"crawl/blorp/{i}.txt") for i in range(5)]
    profiles = Cleaner().learn(docs)
    assert set(profiles) == {"zorbly.example", "crawl/blorp"}
    assert MIDDLE in profiles["zorbly.example"] and MIDDLE not in profiles["crawl/blorp"]
    assert "Blorp Weekly, since 1990" in profiles["crawl/blorp"]
    assert profile_for(profiles, url="http://zorbly.example/x") is profiles["zorbly.example"]
    assert profile_for(profiles, path="crawl/blorp/99.txt") is profiles["crawl/blorp"]
    assert profile_for(profiles, url="https://elsewhere.example/") is None


def test_json_round_trip(tmp_path) -> None:
    profiles = learn([("zorbly", t) for t, _ in site_pages(10)])
    p = profiles["zorbly"]
    again = SiteProfile.from_json(p.to_json())
    assert again == p
    data = json.loads(p.to_json())
    assert data["version"] == 1 and data["site"] == "zorbly" and data["pages"] == 10
    assert {e["text"] for e in data["lines"]} == {*HEAD, MIDDLE, *TAIL}
    path = tmp_path / "profiles.json"
    save_profiles(path, profiles)
    loaded = load_profiles(path)
    assert loaded == profiles
    text = site_pages(1, seed=99)[0][0]
    assert cleaner.clean_text(text, profile=loaded["zorbly"]) == cleaner.clean_text(text, profile=p)
    data["version"] = 99
    with pytest.raises(ValueError, match="version"):
        SiteProfile.from_dict(data)


def test_memory_is_capped_by_candidates() -> None:
    learner = ProfileLearner(max_candidates=40)
    r = random.Random(9)
    for text, _ in site_pages(30, seed=10):
        noise = "\n".join(f"Unique line {r.random():.12f}" for _ in range(10))
        learner.add("z", text + "\n" + noise)
        assert learner.candidates <= 40
    assert learner.evictions > 0
    profile = learner.profile("z")
    assert {s.text for s in profile.lines.values()} == {*HEAD, MIDDLE, *TAIL}


def test_pass_is_declared_after_glued_metadata() -> None:
    names = [p.name for p in TEXT_PIPELINE]
    assert names[names.index("glued-metadata") + 1] == "site-boilerplate"
    assert PASSES["site-boilerplate"].family == "site"
    text, _ = site_pages(1)[0]
    profile = learn([("z", t) for t, _ in site_pages(10)])["z"]
    assert cleaner.clean_text(text, profile=profile, disable={"site"}) == cleaner.clean_text(text)


def test_line_key_normalises_whitespace_and_case() -> None:
    assert line_key("  Zorbly   Gazette ") == line_key("zorbly gazette")
    assert line_key("Zorbly Gazette") != line_key("Zorbly Gazette!")


def test_invalid_options() -> None:
    with pytest.raises(ValueError):
        ProfileLearner(min_docs=0)
    with pytest.raises(ValueError):
        ProfileLearner(min_share=1.5)


def test_profile_applies_on_the_html_path() -> None:
    """A learned profile removes the site's furniture from pages too, not only from text."""
    furniture = "Zorbly Gazette, independent since 1887"
    story = (
        "The harbour authority approved the new quay on Tuesday after a long public consultation "
        "that drew hundreds of comments from fishermen and residents."
    )
    r = random.Random(13)  # six different stories (near-copies of one story would count once)
    profile = cleaner.SiteProfile.from_dict(
        Cleaner().learn([("zorbly", "\n".join([furniture, *article(r)])) for _ in range(6)],
                        min_docs=3)["zorbly"].to_dict()
    )
    page = f"<html><body><article><p>{story}</p><p>{furniture}</p></article></body></html>"
    assert furniture in cleaner.clean_html(page)
    result = cleaner.explain_html(page, profile=profile)
    assert furniture not in result.text and story in result.text
    assert [r.pass_name for r in result.removed if furniture in r.text] == ["site-boilerplate"]


def _digests(texts: list[str]) -> list:  # in a spawned process
    """Digests made by a fresh learner, as a worker process makes them."""
    learner = ProfileLearner(max_candidates=60)
    return [learner.digest(t) for t in texts]


def test_digests_made_in_other_processes_learn_the_same_profiles() -> None:
    """The CLI's workers make digests, the parent counts them in order: the profiles are those of
    ``add`` on every document (near-duplicates, eviction, empty documents and wordless ones included)."""
    import multiprocessing as mp

    r = random.Random(11)
    story = article(r)
    docs: list[tuple[str, str]] = []
    for i in range(24):
        text, _ = page(r)
        noise = "\n".join(f"Unique line {r.random():.12f}" for _ in range(8))  # forces evictions
        docs.append(("z" if i % 3 else "y", text + "\n" + noise))
        if i % 5 == 0:  # near-copies of one story: which one counts depends on the order
            docs.append(("z", "\n".join(["Only in this copy", *story, f"Copy {i}"])))
    docs += [("z", ""), ("y", "· · ·\n— —"), ("x", "A lone line")]

    serial = ProfileLearner(max_candidates=60)
    added = [serial.add(site, text) for site, text in docs]
    assert serial.evictions > 0 and added.count(False) >= 3  # the copies after the first

    texts = [text for _, text in docs]
    digests: list = [None] * len(texts)
    with mp.get_context("spawn").Pool(2) as pool:
        halves = pool.map(_digests, [texts[0::2], texts[1::2]])
    digests[0::2], digests[1::2] = halves
    assert digests[len(texts) - 3] is None  # the empty document

    pooled = ProfileLearner(max_candidates=60)
    assert [pooled.add_digest(site, d) for (site, _), d in zip(docs, digests, strict=True)] == added
    assert pooled.profiles() == serial.profiles()
    assert pooled.evictions == serial.evictions
    assert {s.text for s in pooled.profile("z").lines.values()} >= {*HEAD, MIDDLE, *TAIL}


def test_copies_of_a_sites_first_page_count_once() -> None:
    """The first page of a site is indexed under id 0: a copy of it is a duplicate all the same."""
    r = random.Random(12)
    story = article(r)
    copies = ["\n".join([f"Copy {i} only", *story]) for i in range(3)]
    learner = ProfileLearner(min_docs=2, min_share=0.1)
    assert [learner.add("z", t) for t in [*copies, page(r)[0]]] == [True, False, False, True]
    profile = learner.profile("z")
    assert profile.pages == 2 and profile.settings["duplicates"] == 2
    assert story[0] not in profile


def test_digests_signed_in_a_batch_equal_digests_made_one_by_one() -> None:
    """The CLI's workers sign a task's digests at once (``sign_digests``): the same as ``digest``."""
    from cleaner.site import ProfileLearner

    learner = ProfileLearner()
    texts = [
        "Menu\nHome\nThe council approved the budget on Tuesday after a long debate.\nShare this",
        "Menu\nHome\nResidents asked for more buses to the new district, the mayor said.\nShare this",
        "",
        "Only a short line",
    ]
    pairs = [learner.digest_unsigned(t) for t in texts]
    learner.sign_digests([(d, body) for d, body in pairs if d is not None])
    for text, (batch, _body) in zip(texts, pairs, strict=True):
        one = learner.digest(text)
        assert (one is None) == (batch is None)
        if one is not None and batch is not None:
            assert (one.keys, one.flags, one.texts) == (batch.keys, batch.flags, batch.texts)
            assert one.signature is not None and batch.signature is not None
            assert (one.signature.low == batch.signature.low).all()
            assert (one.signature.keys == batch.signature.keys).all()
