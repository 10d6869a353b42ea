"""local47: a cookie banner's "more" link read as a teaser box's heading.

- :func:`banner_link` (teaser-box's guard, at the page's head): a community site's cookie banner closes on its buttons
  and its link ("We use cookies …" / "Accept" / "Find out more"), and a page's text often opens right under it with
  its headline and a short first subheading ("Village News – March" / "Bin collections over Easter"). Teaser-box read
  the banner's link as a teaser heading ("Find out more") and the headline and the subheading under it as the box's
  headlines, and took the article's first line. Right under a line the cookie passes took (the banner's text or its
  button), a short teaser heading is the banner's link: it goes alone, and the lines under it are left to the passes
  after (the article's headline, a subheading). A teaser heading with no cookie line right over it reads as before.
- :func:`under_banner` (edge-furniture's guard at the head): with the banner gone, the headline and the first
  subheading under it still stood in the head's run of short lines with the menu over the banner, and went as its
  links. A banner printed between the menu and the text parts them: the short lines right under the banner's link
  that :func:`banner_link` took, up to ``_UNDER_BANNER_MOST`` of them with no line removed between them, right over
  the first paragraph, are the article's headline and subheading, and stay. A menu printed under the banner is longer
  than that, and goes as before (its lines are the run's); a breadcrumb or a section's name right under the banner's
  button (no link that teaser-box read) is the menu's, and goes as before too.
"""

from __future__ import annotations

from typing import Final

from ..context import Context

#: the passes that take a cookie banner's lines (its notice, its buttons)
_COOKIE_PASSES: Final = frozenset({"cookie-notice", "cookie-dialog"})
_LINK_MOST_WORDS: Final = 4  # the banner's link: "Find out more", "More information", "Read our cookie policy"
_LINK_REASON: Final = "a cookie banner's link under its notice or button"
_UNDER_BANNER_MOST: Final = 2  # the article's headline and its first subheading (or a dek) under the banner


def banner_link(ctx: Context, i: int, pass_name: str) -> bool:
    """Whether line ``i`` (a teaser heading) is a cookie banner's link: of ``_LINK_MOST_WORDS`` words at most, right
    under a line (blank lines skipped) a cookie pass took. If so it is removed (as ``pass_name``'s), alone."""
    if ctx.words(i) > _LINK_MOST_WORDS:
        return False
    lines = ctx.doc.lines
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    if j < 0:
        return False
    taken = lines[j].removal
    if taken is None or taken.pass_name not in _COOKIE_PASSES:
        return False
    # (at the page's head only, over the article's first paragraph: under the text, a cookie notice of an embed
    # over a "More news" box is no banner's link, and the box's headlines go with their heading)
    if any(lines[k].removal is None and ctx.is_prose(k) for k in range(j)):
        return False
    ctx.doc.remove(i, pass_name, _LINK_REASON)
    return True


def under_banner(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """``furniture`` (the head's run, ``region`` the lines over the first paragraph) less the short lines right over
    the paragraph, ``_UNDER_BANNER_MOST`` at most, right under a cookie banner's link that :func:`banner_link` took (a
    breadcrumb or a section's name right under the banner's button is the menu's), no line removed between them: the
    article's headline and first subheading."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    run: list[int] = []
    at = region.stop - 1
    while at >= region.start:
        if not lines[at].text.strip():
            at -= 1
            continue
        if lines[at].removal is not None:
            break
        if len(run) == _UNDER_BANNER_MOST:
            return furniture
        run.append(at)
        at -= 1
    if not run or at < region.start:
        return furniture
    taken = lines[at].removal
    if taken is None or taken.reason != _LINK_REASON:
        return furniture
    return [i for i in furniture if i not in run]
