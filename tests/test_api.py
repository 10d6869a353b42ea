"""The public API: Cleaner, Config, errors, Result and its removals, language, determinism."""

from __future__ import annotations

import pickle

import pytest
from strategies import ARTICLES

import cleaner
from cleaner import Cleaner, Config, ConfigError, DecodeError, InputTooLarge
from cleaner.pipeline import FAMILIES, PASSES

EN = "\n\n".join(ARTICLES["en"])
A1, A2, A3 = ARTICLES["en"]

# A page with residue of several families, one line each.
PAGE = "\n".join(
    [
        "Skip to main content",
        "By Jane Doe",
        "",
        A1,
        "",
        "Share this article",
        "Sign up for our daily newsletter",
        "",
        A2,
        "(Getty Images)",
        "",
        A3,
        "",
        "© 2024 Reuters",
    ]
)
PAGE_EXPECTED = EN


def test_package_exports() -> None:
    for name in (
        "Cleaner",
        "Config",
        "CleanerError",
        "ConfigError",
        "DecodeError",
        "InputTooLarge",
        "Timeout",
        "Removal",
        "Result",
        "clean_text",
        "explain_text",
        "clean_html",
        "explain_html",
        "find_duplicates",
        "PASSES",
        "FAMILIES",
    ):
        assert name in cleaner.__all__, name
    for name in cleaner.__all__:  # every exported name resolves (find_duplicates on first use)
        assert getattr(cleaner, name) is not None, name
    assert cleaner.find_duplicates is __import__("cleaner.dedup").dedup.find_duplicates
    for err in (ConfigError, DecodeError, InputTooLarge, cleaner.Timeout):
        assert issubclass(err, cleaner.CleanerError)


def test_page_is_cleaned() -> None:
    assert cleaner.clean_text(PAGE) == PAGE_EXPECTED


# -- Cleaner and Config ----------------------------------------------------------------------------


def test_config_takes_a_name_or_any_collection_of_names() -> None:
    """A list, tuple or set of names, or one name (not its letters), is the frozenset it stands for."""
    for given in (["byline"], ("byline",), {"byline"}, "byline", frozenset({"byline"})):
        config = Config(disable=given, enable_only=given)  # type: ignore[arg-type]
        assert config.disable == frozenset({"byline"}) and config.enable_only == frozenset({"byline"})
        assert hash(config) == hash(Config(disable=frozenset({"byline"}), enable_only=frozenset({"byline"})))
        result = Cleaner(Config(disable=given)).explain_text("By Jane Doe\n" + A1)  # type: ignore[arg-type]
        assert "byline" not in {r.pass_name for r in result.removed}
    assert Cleaner(disable=["byline"]).config.disable == frozenset({"byline"})  # keyword options too
    assert "byline" in {r.pass_name for r in Cleaner().explain_text("By Jane Doe\n" + A1).removed}
    with pytest.raises(ConfigError, match="a name or a list of names"):
        Config(disable=[1, 2])  # type: ignore[list-item]


def test_cleaner_pickles_and_gives_identical_output() -> None:
    c = Cleaner(Config(disable=frozenset({"image-credit"}), options={"comment-section": {"min_position": 0.5}}))
    clone = pickle.loads(pickle.dumps(c))
    assert clone.config == c.config
    assert clone.pass_names == c.pass_names
    assert "image-credit" not in clone.pass_names
    assert clone.clean_text(PAGE) == c.clean_text(PAGE)
    assert clone.explain_text(PAGE).removed == c.explain_text(PAGE).removed
    assert "(Getty Images)" in clone.clean_text(PAGE).split("\n")


def test_default_cleaner_pickles_after_use() -> None:
    c = Cleaner()
    before = c.clean_text(PAGE)
    clone = pickle.loads(pickle.dumps(c))
    assert clone.clean_text(PAGE) == before == PAGE_EXPECTED


def test_config_hashes_and_compares() -> None:
    a = Config(disable=frozenset({"byline"}), options={"teaser-box": {"max_items": 3}})
    b = Config(disable=frozenset({"byline"}), options={"teaser-box": {"max_items": 3}})
    assert a == b and hash(a) == hash(b)
    assert a != Config()


@pytest.mark.parametrize("how", ["kwargs", "config", "mapping"])
def test_disable_pass_by_name(how: str) -> None:
    if how == "kwargs":
        out = cleaner.clean_text(PAGE, disable=["social-buttons"])
    elif how == "config":
        out = Cleaner(Config(disable=frozenset({"social-buttons"}))).clean_text(PAGE)
    else:
        out = Cleaner(Config.from_mapping({"disable": "social-buttons"})).clean_text(PAGE)
    lines = out.split("\n")
    assert "Share this article" in lines
    assert "Sign up for our daily newsletter" not in lines  # only that pass is off


def test_disable_by_family_turns_off_all_its_passes() -> None:
    result = cleaner.explain_text(PAGE, disable=["widgets"])
    assert not {r.pass_name for r in result.removed} & set(FAMILIES["widgets"])
    lines = result.text.split("\n")
    assert "Share this article" in lines
    assert "(Getty Images)" not in lines  # other families still run


def test_every_pass_and_family_name_is_accepted() -> None:
    for name in [*PASSES, *FAMILIES]:
        c = Cleaner(disable=[name])
        assert all(name not in (p.name, p.family) for p in c.passes)


def test_disable_family_by_config_mapping() -> None:
    out = Cleaner(Config.from_mapping({"disable": ["credits"]})).clean_text(PAGE)
    assert "(Getty Images)" in out.split("\n")
    assert "Share this article" not in out.split("\n")


def test_enable_only() -> None:
    result = cleaner.explain_text(PAGE, enable_only=["byline"])
    assert [(r.pass_name, r.text) for r in result.removed] == [("byline", "By Jane Doe")]


def test_per_pass_option_takes_effect() -> None:
    # byline allows 20 words by default; with max_words=2 a 3-word byline is running text
    doc = "\n\n".join([A1, "By Jane Doe", A2, A3])
    assert cleaner.clean_text(doc) == EN
    assert cleaner.clean_text(doc, options={"byline": {"max_words": 2}}) == doc


def test_comment_section_option_takes_effect() -> None:
    # the marker stands at about two thirds of the text, the comments after it
    comments = ["I doubt the council will keep its word this time.", "Who is going to pay for all this?"]
    doc = "\n\n".join([A1, A2, "Leave a Reply", *comments])
    default = cleaner.explain_text(doc)
    assert default.removed_by("comment-section")
    late = cleaner.explain_text(doc, options={"comment-section": {"min_position": 0.9}})
    assert late.removed_by("comment-section") == []
    assert all(c in late.text.split("\n") for c in comments)


@pytest.mark.parametrize(
    "config",
    [
        {"disable": ["no-such-pass"]},
        {"enable_only": ["nope"]},
        {"options": {"no-such-pass": {"max_words": 3}}},
        {"options": {"byline": {"no_such_option": 3}}},
        {"max_bytes": 0},
        {"max_bytes": "big"},
        {"timeout": -1},
        {"language": 5},
        {"no_such_key": 1},
    ],
)
def test_bad_config_raises_config_error(config: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        Cleaner(**config)
    with pytest.raises(ConfigError):
        cleaner.clean_text(EN, **config)


def test_config_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        Cleaner(disable=["no-such-pass"])


@pytest.mark.parametrize("bad", [b"bytes are not text", None, 42, ["a list"], bytearray(b"x")])
def test_non_str_input_raises_decode_error(bad: object) -> None:
    with pytest.raises(DecodeError):
        cleaner.clean_text(bad)  # type: ignore[arg-type]
    with pytest.raises(DecodeError):
        cleaner.explain_text(bad)  # type: ignore[arg-type]


def test_max_bytes() -> None:
    text = "é" * 600  # 1200 bytes in UTF-8
    with pytest.raises(InputTooLarge):
        cleaner.clean_text(text, max_bytes=1000)
    assert cleaner.clean_text(text, max_bytes=1200) == text
    assert cleaner.clean_text(text, max_bytes=None) == text
    with pytest.raises(InputTooLarge):
        Cleaner(max_bytes=100).explain_text(EN)


def test_language_can_be_forced() -> None:
    assert cleaner.explain_text(EN, language="de").language == "de"


# -- Result and removals -------------------------------------------------------------------------


def test_removal_spans_point_at_the_input_lines() -> None:
    result = cleaner.explain_text(PAGE)
    lines = PAGE.splitlines()
    assert result.removed
    for r in result.removed:
        assert 1 <= r.start_line <= r.end_line <= len(lines)
        source = " ".join(lines[r.start_line - 1].split())
        if r.kind == "line":
            assert r.text == source
        else:
            assert r.text in source
    by_text = {r.text: r.start_line for r in result.removed}
    assert by_text["Skip to main content"] == 1
    assert by_text["By Jane Doe"] == 2
    assert by_text["Share this article"] == 6
    assert by_text["Sign up for our daily newsletter"] == 7
    assert by_text["(Getty Images)"] == 10
    assert by_text["© 2024 Reuters"] == 14


def test_removal_spans_count_every_line_break_kind() -> None:
    # splitlines counts \r\n, \r, \u2028 and \x1c as one break each
    doc = A1 + "\r\n" + "Share this article" + "\r" + A2 + "\u2028" + "Copy link" + "\x1c" + A3
    result = cleaner.explain_text(doc)
    lines = doc.splitlines()
    for r in result.removed:
        assert lines[r.start_line - 1] == r.text
    assert [r.start_line for r in result.removed] == [2, 4]


def test_prefix_trim_is_reported_as_prefix() -> None:
    doc = "date 2022-02-15 " + A1 + "\n\n" + A2
    result = cleaner.explain_text(doc)
    (r,) = result.removed
    assert (r.kind, r.text, r.start_line, r.end_line, r.pass_name) == (
        "prefix",
        "date 2022-02-15",
        1,
        1,
        "glued-metadata",
    )
    assert result.text == A1 + "\n\n" + A2


def test_removals_sorted_by_line() -> None:
    result = cleaner.explain_text(PAGE)
    starts = [r.start_line for r in result.removed]
    assert starts == sorted(starts)
    assert len(starts) == len(set(starts))  # one removal per line here


def test_result_helpers_and_to_dict() -> None:
    result = cleaner.explain_text(PAGE)
    counts = result.counts()
    assert sum(counts.values()) == len(result.removed)
    assert result.removed_by("byline") == [r for r in result.removed if r.pass_name == "byline"]
    d = result.to_dict()
    assert d["text"] == result.text and d["language"] == result.language
    assert [x["pass_name"] for x in d["removed"]] == [r.pass_name for r in result.removed]


def test_explain_text_and_clean_text_agree() -> None:
    assert cleaner.explain_text(PAGE).text == cleaner.clean_text(PAGE)


def test_markdown_leads_are_kept_on_their_line() -> None:
    doc = "# Harbour plan\n\n" + A1 + "\n\n- new quay\n- public square\n\n> " + A2 + "\n\n1. " + A3
    out = cleaner.clean_text(doc, disable=["title-line"] if "title-line" in PASSES else [])
    assert out == doc


def test_arrow_markers_of_menus_and_teaser_lists_are_leads() -> None:
    """"» Publicidade" is the ad marker behind a menu arrow; the arrow stays with the line when it is kept."""
    result = cleaner.explain_text(A1 + "\n» Advertisement\n" + A2 + "\n› " + A3)
    assert [(r.pass_name, r.text) for r in result.removed] == [("ad-marker", "» Advertisement")]
    assert result.text == A1 + "\n" + A2 + "\n› " + A3


def test_paragraph_layout_is_kept() -> None:
    doc = A1 + "\n" + A2 + "\n\n\n\n" + A3
    assert cleaner.clean_text(doc) == A1 + "\n" + A2 + "\n\n" + A3
    assert cleaner.clean_text("  " + A1 + "   \t\n\n\n" + A2 + "  ") == A1 + "\n\n" + A2


# -- language -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "nl"])
def test_explain_language(lang: str) -> None:
    assert cleaner.explain_text("\n\n".join(ARTICLES[lang])).language == lang


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_language_is_deterministic(lang: str) -> None:
    text = ARTICLES[lang][0]  # a single paragraph: the harder case
    answers = {cleaner.explain_text(text).language for _ in range(20)}
    answers |= {Cleaner().explain_text(text).language for _ in range(5)}
    assert answers == {lang}


def test_language_is_deterministic_for_short_ambiguous_text() -> None:
    text = "Hotel Restaurant Bar Piano"
    answers = {Cleaner().explain_text(text).language for _ in range(20)}
    assert len(answers) == 1


def test_language_of_nothing_is_none() -> None:
    assert cleaner.explain_text("").language is None


# -- history independence --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "Hello world. " + A1,
        "date 2022-02-15 " + A1,
        "\n\n".join(ARTICLES["de"]),
        "Share this article",
    ],
)
def test_output_does_not_depend_on_earlier_documents(before: str) -> None:
    """A Cleaner reused across documents (the documented way) gives each the same answer as a fresh one."""
    target = "We use cookies to improve your experience on our site.\n\n" + PAGE
    fresh = Cleaner().explain_text(target)
    used = Cleaner()
    used.clean_text(before)
    assert used.explain_text(target).removed == fresh.removed
    assert fresh.text == PAGE_EXPECTED


def test_glued_prefix_before_a_list_lead_is_idempotent() -> None:
    doc = A1 + "\n\ndate 2022-02-15 * Share this article\n\n" + A2 + "\n\n" + A3
    once = cleaner.clean_text(doc)
    assert cleaner.clean_text(once) == once


def test_per_call_options_reuse_one_cleaner() -> None:
    """Options given per call build a Cleaner once, not on every call in a loop."""
    first = cleaner._cleaner({"disable": ["byline"], "language": "en"})
    again = cleaner._cleaner({"language": "en", "disable": ["byline"]})
    other = cleaner._cleaner({"disable": ["dateline"]})
    assert first is again
    assert other is not first
    as_set = cleaner._cleaner({"disable": {"byline", "dateline"}})
    assert as_set is cleaner._cleaner({"disable": {"dateline", "byline"}})


def test_module_explain_text_takes_detect_language() -> None:
    text = "Zzz qqq vvv.\nXxx yyy www."
    assert cleaner.explain_text(text, detect_language=False).language is None


# A page of lists and headings: too few function words for a clear language, but they lean Portuguese.
LIST_PAGE_PT = "\n".join(
    [
        "Calendário da Stock Car 2018",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
        *(f"{n}a etapa: {d} de {m} – {place}" for n, (d, m, place) in enumerate(
            [("10", "março", "Interlagos"), ("8", "abril", "Curitiba"), ("22", "abril", "Velopark"),
             ("6", "maio", "Londrina"), ("20", "maio", "Santa Cruz do Sul"), ("5", "agosto", "Corrida do Milhão"),
             ("9", "setembro", "Cascavel"), ("21", "outubro", "Tarumã"), ("9", "dezembro", "Interlagos")], 1)),
        "7a etapa: 19 de agosto – A ser divulgado",
        "11a etapa: 4 de novembro – A ser divulgado",
        "* Calendário sujeito a inúmeras alterações usualmente feitas pelo organizador",
        "* Calendário acima divulgado pela categoria em janeiro de 2018",
    ]
)


def test_a_list_page_leaning_to_a_language_gets_its_vocabularies() -> None:
    from cleaner import language

    assert language.guess_by_stopwords(LIST_PAGE_PT) is None  # not a clear answer...
    assert language.lean_by_stopwords(LIST_PAGE_PT) == "pt"  # ...but a lean
    result = cleaner.explain_text(LIST_PAGE_PT)
    assert [(r.pass_name, r.text) for r in result.removed] == [
        ("dateline", "segunda-feira, 22 de janeiro de 2018 às 0:13")
    ]
    assert "1a etapa: 10 de março – Interlagos" in result.text.splitlines()


@pytest.mark.parametrize(
    "sample",
    [
        "",
        "Interlagos Curitiba Velopark Londrina Cascavel Tarumã 2018 2019 2020",  # names only: no votes
        "de la de la de la en el en el Interlagos Curitiba",  # es/fr/pt split the votes: no lean
    ],
)
def test_no_lean_without_a_clear_winner(sample: str) -> None:
    from cleaner import language

    assert language.lean_by_stopwords(sample) is None


def test_a_forced_language_is_not_second_guessed_by_a_lean() -> None:
    result = cleaner.explain_text(LIST_PAGE_PT, language="en")
    assert "segunda-feira, 22 de janeiro de 2018 às 0:13" in result.text.splitlines()


def test_pass_option_of_the_wrong_type_is_a_config_error() -> None:
    # checked when the cleaner is built, not per document (a TypeError or a wrong cleaning later)
    with pytest.raises(ConfigError, match="min_position"):
        Cleaner(Config(options={"comment-section": {"min_position": "half"}}))
    with pytest.raises(ConfigError, match="must be"):
        cleaner.clean_text("Some text.", options={"comment-section": {"min_position": "half"}})
    Cleaner(Config(options={"comment-section": {"min_position": 0.5}}))  # the right type is fine


@pytest.mark.parametrize(
    ("tag", "code"), [("pt-BR", "pt"), ("zh_Hant_TW", "zh"), ("EN", "en"), (" de ", "de"), ("nb", "no"), ("", None)]
)
def test_forced_language_tag_is_reduced_to_its_language(tag: str, code: str | None) -> None:
    """A BCP 47 tag (what an HTML lang attribute or a crawler's metadata holds) names the language whose
    vocabularies apply: "pt-BR" gets the Portuguese tables, as "pt" does."""
    assert cleaner.Config(language=tag).language == code
    text = {
        "pt": "O conselho aprovou o novo plano para o porto antigo na terça-feira, depois de meses de debate.\n"
        "Leia também: Governo anuncia novo pacote de medidas",
        "de": "Der Stadtrat hat am Dienstag den neuen Plan für den alten Hafen nach langer Debatte beschlossen.\n"
        "Lesen Sie auch: Regierung kündigt neues Maßnahmenpaket an",
    }.get(code or "", "The council approved the new plan for the old harbour on Tuesday.\nShare this article")
    removed = cleaner.explain_text(text, language=tag).removed
    assert removed == cleaner.explain_text(text, language=code).removed
    if code in ("pt", "de"):
        assert [r.pass_name for r in removed] == ["promo-label"]  # the language's own table


def test_removal_is_an_immutable_value() -> None:
    # (Removal writes its own __init__, through the slots' setters: still the frozen dataclass it was)
    import dataclasses

    from cleaner.result import Removal

    r = Removal("Share this", 3, 4, "social-buttons", "share button")
    assert (r.text, r.start_line, r.end_line, r.pass_name, r.reason, r.kind) == (
        "Share this", 3, 4, "social-buttons", "share button", "line")
    assert r == Removal(text="Share this", start_line=3, end_line=4, pass_name="social-buttons",
                        reason="share button", kind="line")
    assert r != Removal("Share this", 3, 4, "social-buttons", "share button", "prefix")
    assert hash(r) == hash(Removal("Share this", 3, 4, "social-buttons", "share button"))
    assert repr(r) == ("Removal(text='Share this', start_line=3, end_line=4, pass_name='social-buttons', "
                       "reason='share button', kind='line')")
    assert pickle.loads(pickle.dumps(r)) == r
    assert dataclasses.replace(r, kind="suffix").kind == "suffix"
    assert [f.name for f in dataclasses.fields(Removal)] == ["text", "start_line", "end_line", "pass_name", "reason",
                                                             "kind"]
    assert r.to_dict()["kind"] == "line"
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.text = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Removal("x", 1, 1, "p")  # type: ignore[call-arg]
