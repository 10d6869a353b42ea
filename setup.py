"""Build hook: the per-line core compiled to C with mypyc (the metadata lives in pyproject.toml).

``clean_text`` runs some thirty passes of plain Python over every line; compiled, the same typed
code runs the text path about twice as fast on short-line pages (see ``bench/README.md``). Nothing
else changes: every compiled module is also shipped as its ``.py`` file, and the package works the
same without the compiled ones.

The modules are compiled for a regular install or wheel (``pip install .``). They are not for an
editable install (``pip install -e .``: edits to the ``.py`` files must take effect), nor when
``CLEANER_PURE_PYTHON=1`` is set; without a C compiler the build warns and installs pure Python.
``cleaner.COMPILED`` tells which one is running. To measure the compiled build from a checkout,
build it in place (``python setup.py build_ext --inplace``; ``rm -f cleaner/*.so cleaner/passes/*.so
*__mypyc*.so`` undoes it). The C kernels (``KERNELS``) come with the compiled modules, and go with them.
"""

from __future__ import annotations

import os
import sys

from setuptools import Extension, setup

# The modules every line goes through. Left out: modules that tests or users patch at run time, and the
# I/O, CLI and HTML layers, whose time goes in libraries that are already compiled. (A mixin of a compiled
# class is a mypyc trait: ``discussions.DiscussionShape``.)
COMPILED = [
    "cleaner/textstats.py",
    "cleaner/context.py",
    "cleaner/language.py",
    "cleaner/document.py",
    "cleaner/gatescan.py",
    "cleaner/sentences.py",
    "cleaner/vocab.py",
    "cleaner/passes/base.py",
    "cleaner/passes/blocks.py",
    "cleaner/passes/comments.py",
    "cleaner/passes/cookies.py",
    "cleaner/passes/discussions.py",
    "cleaner/passes/credits.py",
    "cleaner/passes/edge_a11y.py",
    "cleaner/passes/edge_africa.py",
    "cleaner/passes/edge_aggregator.py",
    "cleaner/passes/edge_agri.py",
    "cleaner/passes/edge_announced.py",
    "cleaner/passes/edge_archive.py",
    "cleaner/passes/edge_authorbox.py",
    "cleaner/passes/edge_arts.py",
    "cleaner/passes/edge_autos.py",
    "cleaner/passes/edge_asia.py",
    "cleaner/passes/edge_boxes.py",
    "cleaner/passes/edge_business.py",
    "cleaner/passes/edge_eastnorth.py",
    "cleaner/passes/edge_easyread.py",
    "cleaner/passes/edge_edu.py",
    "cleaner/passes/edge_elections.py",
    "cleaner/passes/edge_energy.py",
    "cleaner/passes/edge_explainer.py",
    "cleaner/passes/edge_epaper.py",
    "cleaner/passes/edge_factcheck.py",
    "cleaner/passes/edge_fashion.py",
    "cleaner/passes/edge_facts.py",
    "cleaner/passes/edge_faith.py",
    "cleaner/passes/edge_fiction.py",
    "cleaner/passes/edge_feeds.py",
    "cleaner/passes/edge_food.py",
    "cleaner/passes/edge_games.py",
    "cleaner/passes/edge_oldweb.py",
    "cleaner/passes/edge_opening.py",
    "cleaner/passes/edge_comments.py",
    "cleaner/passes/edge_calls.py",
    "cleaner/passes/edge_scrapers.py",
    "cleaner/passes/edge_midbody.py",
    "cleaner/passes/edge_utility.py",
    "cleaner/passes/edge_listicle.py",
    "cleaner/passes/edge_newsletter.py",
    "cleaner/passes/edge_caucasus.py",
    "cleaner/passes/edge_chrono.py",
    "cleaner/passes/edge_climate.py",
    "cleaner/passes/edge_cjk.py",
    "cleaner/passes/edge_commerce.py",
    "cleaner/passes/edge_consumer.py",
    "cleaner/passes/edge_contacts.py",
    "cleaner/passes/edge_courts.py",
    "cleaner/passes/edge_crypto.py",
    "cleaner/passes/edge_daily.py",
    "cleaner/passes/edge_datelabel.py",
    "cleaner/passes/edge_defense.py",
    "cleaner/passes/edge_dumps.py",
    "cleaner/passes/edge_headings.py",
    "cleaner/passes/edge_housing.py",
    "cleaner/passes/edge_howto.py",
    "cleaner/passes/edge_jobs.py",
    "cleaner/passes/edge_htmlmarkets.py",
    "cleaner/passes/edge_htmlnextgen.py",
    "cleaner/passes/edge_htmlpress.py",
    "cleaner/passes/edge_kids.py",
    "cleaner/passes/edge_latam.py",
    "cleaner/passes/edge_letters.py",
    "cleaner/passes/edge_lifestyle.py",
    "cleaner/passes/edge_listings.py",
    "cleaner/passes/edge_lists.py",
    "cleaner/passes/edge_loanword.py",
    "cleaner/passes/edge_local.py",
    "cleaner/passes/edge_longtail.py",
    "cleaner/passes/edge_longread.py",
    "cleaner/passes/edge_markets.py",
    "cleaner/passes/edge_medical.py",
    "cleaner/passes/edge_mdcrawl.py",
    "cleaner/passes/edge_minor.py",
    "cleaner/passes/edge_minutes.py",
    "cleaner/passes/edge_mixedlang.py",
    "cleaner/passes/edge_modern.py",
    "cleaner/passes/edge_music.py",
    "cleaner/passes/edge_nordic.py",
    "cleaner/passes/edge_notices.py",
    "cleaner/passes/edge_obits.py",
    "cleaner/passes/edge_openletter.py",
    "cleaner/passes/edge_parenting.py",
    "cleaner/passes/edge_periphery.py",
    "cleaner/passes/edge_pets.py",
    "cleaner/passes/edge_podcast.py",
    "cleaner/passes/edge_police.py",
    "cleaner/passes/edge_politics.py",
    "cleaner/passes/edge_press.py",
    "cleaner/passes/edge_property.py",
    "cleaner/passes/edge_public.py",
    "cleaner/passes/edge_qa.py",
    "cleaner/passes/edge_reading.py",
    "cleaner/passes/edge_recipes.py",
    "cleaner/passes/edge_regional.py",
    "cleaner/passes/edge_rows.py",
    "cleaner/passes/edge_runs56.py",
    "cleaner/passes/edge_rtl.py",
    "cleaner/passes/edge_schedule.py",
    "cleaner/passes/edge_science.py",
    "cleaner/passes/edge_screen.py",
    "cleaner/passes/edge_seasia.py",
    "cleaner/passes/edge_sections.py",
    "cleaner/passes/edge_shared.py",
    "cleaner/passes/edge_slavic.py",
    "cleaner/passes/edge_social.py",
    "cleaner/passes/edge_spoken.py",
    "cleaner/passes/edge_southasia.py",
    "cleaner/passes/edge_sports.py",
    "cleaner/passes/edge_sportsday.py",
    "cleaner/passes/edge_tabloid.py",
    "cleaner/passes/edge_tech.py",
    "cleaner/passes/edge_transit.py",
    "cleaner/passes/edge_translate.py",
    "cleaner/passes/edge_cutoff.py",
    "cleaner/passes/edge_turkgreek.py",
    "cleaner/passes/edge_usnews.py",
    "cleaner/passes/edge_weather.py",
    "cleaner/passes/edge_wire.py",
    "cleaner/passes/furniture.py",
    "cleaner/passes/glued.py",
    "cleaner/passes/markdown.py",
    "cleaner/passes/metadata.py",
    "cleaner/passes/promos.py",
    "cleaner/passes/signup.py",
    "cleaner/passes/site.py",
    "cleaner/passes/structure.py",
    "cleaner/passes/widgets.py",
]

# Hand-written C for what compiled Python still pays a str object a word for (``cleaner/_kernels.c``: the stopword
# count of every line's sample). ``cleaner/textstats.py`` holds the plain code they must equal and runs it where they
# were not built; ``tests/test_kernels.py`` holds the two equal.
KERNELS = [Extension("cleaner._kernels", ["cleaner/_kernels.c"])]

# setuptools runs this file for metadata too (egg_info, dist_info): compile only when a build is asked for
_BUILDS = ("bdist_wheel", "build", "build_ext", "install", "bdist")


def _wanted() -> bool:
    if os.environ.get("CLEANER_PURE_PYTHON", "").strip() not in ("", "0"):
        return False
    if "editable_wheel" in sys.argv or "develop" in sys.argv:
        return False
    return any(command in sys.argv for command in _BUILDS)


def ext_modules() -> list[Extension]:
    if not _wanted():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # a build requirement; without it the package stays pure Python
        return []
    extensions: list[Extension] = list(mypycify(COMPILED, opt_level="3", verbose=False))
    extensions += KERNELS
    for ext in extensions:
        ext.optional = True  # no C compiler: a warning, and the package installs as pure Python
    return extensions


setup(ext_modules=ext_modules())
