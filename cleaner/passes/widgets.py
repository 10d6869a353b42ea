"""Widgets: share/follow buttons, finance boxes, search boxes, print/jump buttons, menus."""

from __future__ import annotations

from typing import ClassVar

from .base import VocabLinePass


class SocialButtons(VocabLinePass):
    name = "social-buttons"
    family = "widgets"
    description = "Share, follow and social network buttons."
    tables: ClassVar[dict[str, str]] = {"social": "share/follow button"}
    default_max_words = 20


class FinanceWidget(VocabLinePass):
    name = "finance-widget"
    family = "widgets"
    description = "Portfolio, alert, instrument and quote boxes; market-data notices."
    tables: ClassVar[dict[str, str]] = {"finance": "portfolio/quote widget or market-data notice"}
    default_max_words = 40


class SiteChrome(VocabLinePass):
    name = "site-chrome"
    family = "widgets"
    description = "Search boxes, print/jump/skip buttons, menu links, pagination."
    tables: ClassVar[dict[str, str]] = {"chrome": "site navigation or control"}
    default_max_words = 30
