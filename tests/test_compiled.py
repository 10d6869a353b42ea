"""The per-line core may run compiled by mypyc (``setup.py``) or as plain Python: the same behaviour
either way. ``tox`` tests the compiled wheel, a checkout's own tests the plain modules; these tests hold
what compiling changes (annotations, class checks) to what the plain modules do."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

import cleaner
from cleaner.config import option_annotations
from cleaner.passes.base import VocabGroup, VocabLinePass
from cleaner.pipeline import TEXT_PIPELINE

ROOT = Path(__file__).resolve().parents[1]


def _compiled_modules() -> list[str]:
    """The module names ``setup.py`` compiles, read off its ``COMPILED`` list."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets):
            paths = ast.literal_eval(node.value)
            return [p.removesuffix(".py").replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no COMPILED list")


def test_setup_compiles_modules_that_exist() -> None:
    modules = _compiled_modules()
    assert "cleaner.textstats" in modules  # (what cleaner.COMPILED looks at)
    for name in modules:
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


def test_every_compiled_module_runs_the_same_way() -> None:
    """All compiled or none: a half-compiled install would mix class objects of two builds."""
    for name in _compiled_modules():
        where = importlib.import_module(name).__file__ or ""
        assert where.endswith((".so", ".pyd")) is cleaner.COMPILED, where


@pytest.mark.parametrize("cls", TEXT_PIPELINE, ids=lambda c: c.name)
def test_every_pass_option_has_its_annotation(cls: type) -> None:
    """The config's type check reads each option's annotation; compiled, they come from the source."""
    options = [n for n in inspect.signature(cls).parameters]
    declared = option_annotations(cls)
    assert set(options) <= set(declared), (cls.__name__, options, declared)
    signature = inspect.signature(cls.__init__).parameters
    written = {n: p.annotation for n, p in signature.items() if isinstance(p.annotation, str)}
    if written:  # plain Python: the signature's own annotations, which the source must agree with
        assert declared == written


def test_class_checks_hold_whatever_was_imported_first() -> None:
    """Asking which pipeline classes are vocabulary passes (``sentences.vocabulary``) must not make a
    vocabulary pass an instance of the group that runs them: with ``abc.ABC`` under mypyc, the pass
    classes shared one subclass cache and ``Cleaner()`` then broke."""
    from cleaner.sentences import vocabulary

    assert vocabulary()
    for cls in TEXT_PIPELINE:
        instance = cls()
        assert not isinstance(instance, VocabGroup)
        assert isinstance(instance, VocabLinePass) is issubclass(cls, VocabLinePass)
    assert cleaner.clean_text("Sign up for our newsletter!\n" + "The council met on Tuesday to vote. " * 3)


def test_config_rejects_an_option_of_the_wrong_type_on_a_compiled_pass() -> None:
    with pytest.raises(cleaner.ConfigError, match="must be bool"):
        cleaner.Cleaner(cleaner.Config(options={"edge-furniture": {"head": 1}}))


def test_compiled_modules_lower_case_through_textstats_lower() -> None:
    """Compiled, ``text.lower()`` is mypyc's own case mapping: a word-final capital sigma comes out "σ",
    not Python's "ς". The compiled modules lower-case with :func:`cleaner.textstats.lower` instead."""
    for name in _compiled_modules():
        tree = ast.parse((ROOT / (name.replace(".", "/") + ".py")).read_text(encoding="utf-8"))
        calls = [
            node.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "lower"
        ]
        assert not calls, f"{name} calls .lower() at lines {calls}: use cleaner.textstats.lower"


def test_greek_final_sigma_is_lower_cased_as_python_does() -> None:
    from cleaner.textstats import lower, sample_words
    from cleaner.vocab import fold

    assert lower("ΟΔΟΣ ΣΑΣ") == "ΟΔΟΣ ΣΑΣ".lower() == "οδος σας"
    assert fold("ΤΗΣ ΟΔΟΥ") == "της οδου"
    assert sample_words("ΤΗΣ ΟΔΟΣ, ΚΑΙ") == ["της", "οδος", "και"]
