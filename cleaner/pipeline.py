"""The one place the pipeline is declared: which passes run, in which order.

Order matters where passes see each other's results: glued metadata is trimmed before
anything measures the first line; comment sections and the copyright tail are cut
before line vocabularies run (so a reader's comment is explained as part of its
section); the structural pass runs last, on what the vocabularies left.
"""

from __future__ import annotations

from .passes.base import Pass
from .passes.blocks import DetachedBlocks, RepeatedPassage
from .passes.comments import CommentSection, CommentUI, EmptyCommentSection
from .passes.cookies import CookieDialog, CookieNotice
from .passes.credits import AdMarker, AuthorBio, Copyright, CopyrightTail, ImageCredit
from .passes.glued import EdgePitch, GluedResidue
from .passes.markdown import MarkdownLinks
from .passes.metadata import Byline, BylineEcho, ClockLine, Dateline, GluedMetadata, LabelledByline
from .passes.promos import CallToAction, CapsTeaser, CountedTeasers, GluedTeasers, PromoLabel, TeaserBox
from .passes.signup import AppealBox, ClosingDisclosure, ConsentLine, NewsletterBox, NewsletterPrompt, Paywall
from .passes.site import SiteBoilerplate
from .passes.structure import EdgeFurniture, HeadlineRun, TitleLine
from .passes.widgets import (
    EdgeLink,
    EditLink,
    FeedbackPrompt,
    FinanceWidget,
    SiteChrome,
    SocialButtons,
    TableOfContents,
)

TEXT_PIPELINE: tuple[type[Pass], ...] = (
    GluedMetadata,
    SiteBoilerplate,
    EditLink,
    CommentSection,
    CopyrightTail,
    CommentUI,
    NewsletterPrompt,
    ConsentLine,
    Paywall,
    CookieNotice,
    PromoLabel,
    CookieDialog,
    TeaserBox,
    CallToAction,
    SocialButtons,
    FinanceWidget,
    SiteChrome,
    FeedbackPrompt,
    NewsletterBox,
    TableOfContents,
    MarkdownLinks,
    ImageCredit,
    Copyright,
    AdMarker,
    Dateline,
    Byline,
    LabelledByline,
    ClockLine,
    EdgeLink,
    GluedResidue,
    RepeatedPassage,
    DetachedBlocks,
    CountedTeasers,
    CapsTeaser,
    GluedTeasers,
    AuthorBio,
    HeadlineRun,
    EdgeFurniture,
    AppealBox,
    BylineEcho,
    TitleLine,
    EmptyCommentSection,
    EdgePitch,
    # title-line looks again once edge-pitch took the first line kept: a newsletter's pitch glued over the headline
    # ("Start your day with … Sign up …") hid it the first time, and the cleaned text, the pitch gone, lost it
    # (cleaning twice must change nothing)
    TitleLine,
    ClosingDisclosure,
)

PASSES: dict[str, type[Pass]] = {p.name: p for p in TEXT_PIPELINE}  # (title-line, listed twice, once)
FAMILIES: dict[str, list[str]] = {}
for _p in dict.fromkeys(TEXT_PIPELINE):  # (title-line runs twice: named once)
    FAMILIES.setdefault(_p.family, []).append(_p.name)
