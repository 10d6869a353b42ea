"""Structural heuristics for residue no vocabulary names: furniture at the page's edges
(:class:`EdgeFurniture`) and the headline standing before the article (:class:`TitleLine`).
The block passes (detached blocks, repeated passages) are in :mod:`.blocks`.

Menus, section lists, tag clouds and footers sit before the first and after the last
paragraph of prose, as runs of short lines without sentence punctuation and with few
function words. Three guards keep article text:

* prose is never removed here, and between the first and last prose paragraph only a
  long run of furniture (``min_inner_run`` lines; not a table, not a list the text
  announces) is touched (lists and subheadings inside the article live there);
* an edge is only cleared when it is a real run of furniture (``min_run`` lines,
  counting lines other passes already removed as residue): a lone title or a two-line
  fact box next to the article stays;
* list items (``- item``, ``1. item``, ``3) item``), one-line quotes, bare links, lines
  that end like a sentence and lines of data (three or more words with a digit: dates,
  scores, prices) are not furniture.

Short articles (recipes, how-tos, results) may have no paragraph long enough to anchor an
edge until late: their subheadings, rows of data and closing lines are kept where they
stand between lines of article text, and so are the titles and headings of a fact box closing
the article (an event's dates, hours and prices under "Tickets", "Eintritt"): those guards are
in the ``edge_*`` modules; what a line of furniture looks like is in :mod:`.furniture`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from ..context import Context
from ..document import Line
from ..language import lean_by_stopwords  # fallback35
from ..textstats import COLONS, JOINED_WORDS, MIN_PROSE_WORDS, SENTENCE_ENDS, ends_colon, ends_sentence, lower
from .base import Pass
from .blocks import _long_words, health_list, health_list_tail  # health34
from .edge_africa import long_word_anchor  # africa42
from .edge_announced import (
    announced_to_sentence,
    announcing,
    colon_list_through,
    inside_text,
    lower_items,
    lower_list,
    lower_verse,
    pointed_list,
    pointed_run,
    summary_box_head,
    text_through,
    unannounced,
)
from .edge_archive import archive_head  # archive48
from .edge_arts import arts_head, arts_tail, dates_line, under_setlist_label  # arts38
from .edge_autos import spec_kept, spec_run  # autos40
from .edge_boxes import (
    _PRICE,  # verse35
    closing_box,
    counts_under_data,
    deals_box,
    fact_box,
    heading_over_rows,
    practical_box,
    pros_and_cons,
    verdict_box,
)
from .edge_business import facts_box_tail, quote_box  # business44
from .edge_calls import calls_kept  # calls52
from .edge_caucasus import schwa_page  # caucasus42
from .edge_chrono import changelog_head, key_events  # chrono49
from .edge_cjk import enumerated_list, opening_lines, pointed_marked_list  # cjk45
from .edge_comments import comment_thread, share_counts
from .edge_commerce import guide_gap, guide_run, guide_tail, product_box  # commerce38
from .edge_consumer import helpline_under_text, test_entries  # consumer40
from .edge_contacts import contact_phones, footer_address, footer_contact_block, venue_address
from .edge_courts import court_tail, court_title, dated_chain, source_dateline_head  # courts39
from .edge_crypto import ad_box  # crypto42
from .edge_daily import entries_span, grid_rows_tail, sign_title  # daily41
from .edge_defense import entry_time_tail  # defense43
from .edge_dumps import wrapped_line, wraps_on  # dumps45
from .edge_easyread import glossary_box  # easyread46
from .edge_edu import counted_list, course_tail, letter_signature  # edu38
from .edge_elections import results_box  # elections39
from .edge_epaper import print_folios  # epaper47
from .edge_explainer import section_heading_head  # explainer47
from .edge_factcheck import check_box_head, check_box_tail, check_label  # factcheck38
from .edge_facts import headed_list_over_fact_row, headed_list_over_rows, labelled_column  # academic36: ..._fact_row
from .edge_faith import liturgy_head, schedule_item_tail  # faith38
from .edge_fashion import fashion_tail, joined_menu_item, past_disclosure, shop_buttons  # fashion42
from .edge_feeds import closing_under_text, digest_headings  # feeds46
from .edge_fiction import chapter_head  # fiction49
from .edge_food import recipe_head  # food43
from .edge_games import label_list_tail  # games41
from .edge_headings import EVENT_DATE_WORDS, TAIL, inner_headings, opening_heading, pronunciation_head
from .edge_housing import fact_box_head  # housing44
from .edge_howto import enclosed_runs, howto_run, howto_tail  # howto39
from .edge_jobs import posting_tail  # jobs45
from .edge_kids import short_sentence_page  # kids41
from .edge_latam import result_under_title, title_over_result  # latam43
from .edge_letters import first_name_signatures, letters_head  # letters40
from .edge_lifestyle import dated_sign, sign_rows_tail  # lifestyle45
from .edge_listings import listing_head, sheet_tail  # listings37
from .edge_lists import (
    changelog_list,
    closing_list,
    closing_quote,
    code_through,
    label_over_head_list,
    label_over_kept_list,
    list_in_prose,
    list_over_question,
    list_running_on,
    note_through,
    opening_list,
    sectioned_list,
    sentence_case_list,
    signed_notice,
    signed_off_list,
)
from .edge_local import under_banner  # local47
from .edge_longread import longread_head  # longread48
from .edge_markets import heading_over_quote_rows  # markets38
from .edge_medical import condition_head, condition_list, condition_tail  # medical45
from .edge_midbody import box_kept, inside_text_line  # midbody54
from .edge_minor import cookie_banners  # minor39
from .edge_minutes import minutes_kept  # minutes51
from .edge_mixedlang import foreign_share_buttons  # mixedlang46
from .edge_modern import box_points  # keypoints48
from .edge_music import music_tail, music_tickets, review_score_head, row_chain  # music41
from .edge_newsletter import meta_strip, name_under_closing, profile_blurb  # newsletter53
from .edge_nordic import domain_masthead  # nordic43
from .edge_notices import notice_head, notice_run, notice_tail  # notices36
from .edge_obits import dated_name, name_head, running_on_head, service_tail  # obits40
from .edge_oldweb import tail_bar_menu  # htmloldweb51
from .edge_opening import attributed_quote, opening_epigraph  # feature36
from .edge_openletter import addressee_line, signatory_tail  # openletter51
from .edge_parenting import recall_fields, recall_tail  # parenting44
from .edge_periphery import clause_list  # periphery38
from .edge_podcast import chapter_list_tail  # podcast50
from .edge_police import press_box  # police46
from .edge_property import fact_box_tail  # property42
from .edge_public import figure_table  # public37
from .edge_qa import stage_turns, timed_headers  # qa44
from .edge_reading import letter_signatures, reading_list  # opinion35: letter_signatures
from .edge_recipes import ingredients_closing, list_over_steps, numbered_steps, quantity_list, recipe_parts
from .edge_regional import basque_anchor  # regional45
from .edge_rows import agenda_titles, box_rows_run_on, data_rows, schedule_rows, scoreboard_head  # thin36
from .edge_runs56 import announced_run, runs_kept  # runs56
from .edge_science import reference_tail  # science44
from .edge_scrapers import bulleted_menu_head, reader_site_head  # redteam55
from .edge_seasia import enclosed_unmarked_list  # seasia44
from .edge_sections import abstract_parts, keywords_under_abstract  # academic36: abstract_parts
from .edge_slavic import SLAVIC, too_few_paragraphs  # slavic37
from .edge_southasia import uncased_list  # southasia41
from .edge_spoken import dialogue  # talk34
from .edge_sports import betting_box, match_row, score_head
from .edge_sportsday import ticker_span  # sportsday44
from .edge_tabloid import punchy_opening  # tabloid43
from .edge_tech import advisory_head, file_list_tail, label_between_rows  # tech38
from .edge_transit import named_list_tail  # transit41
from .edge_turkgreek import facts_over_lineup  # turkgreek43
from .edge_usnews import dateline_lead_head  # usnews43
from .edge_utility import utility_kept  # utility53
from .edge_weather import forecast_strip, status_row_head, status_title  # weather38
from .edge_wire import dateline_head, wire_dateline, wire_title  # wire37
from .furniture import DIGIT, NUMBERED, closing_word, furniture_test
from .metadata import in_fact_box, label_row, work_credits
from .promos import _item_kind

# the passes whose removals, right after a group of short lines, are the menu going on
_MENU_GOES_ON = frozenset({"site-chrome", "table-of-contents"})

# Languages that say with case endings what others say with prepositions and articles (Finnish, Estonian, Hungarian,
# Latvian, Lithuanian): a sentence of theirs has a quarter fewer words than the English one ("Tallinna Linnatranspordi
# AS keeldus kommenteerimast, mitu uut juhti tööle võetakse." is nine words, its English fourteen). A paragraph anchors
# the article with three quarters of ``min_anchor_words`` there.
# thin36: and Hebrew, whose article, conjunction, prepositions and relative are letters joined to the word (ה, ו, ב, ל,
# מ, כ, ש): the bridge story of tests/strategies.py's ARTICLES runs 47 words there, 73 in Catalan (fi 39, hr 58); a
# news brief's sentences of nine to eleven words ("מליאת הכנסת אישרה הלילה בקריאה ראשונה את תקציב המדינה לשנת 2024.")
# are its paragraphs
_LONG_WORDS = frozenset({"fi", "et", "hu", "lv", "lt", "he"})
# slavic37: and the Slavic languages, which have no articles and say with case endings what others say with prepositions
# (the harbour story of tests/strategies.py's ARTICLES runs 72 words in Czech, 78 in Russian, 86 in Hungarian, 100 in
# English; the bridge story 58 in Croatian, 61 in Bulgarian): a news story's sentences of nine to eleven words ("Gradnja
# počinje u rujnu, a stajat će osam milijuna eura.") are its paragraphs, and a page of them kept its menu and its
# share row with the full length
_LONG_WORDS = _LONG_WORDS | SLAVIC
# fallback35: the lines of prose a page of a language no table knows needs for an anchor of three quarters of the
# words (see ``EdgeFurniture.run``)
_UNLISTED_PARAGRAPHS: Final = 3
_TITLE_PARAGRAPH_WORDS: Final = 10  # (fallback35: the words of the paragraph under a title, without a stopword list)
# Languages whose words carry suffixes (Turkish) or clitics (Arabic: the article, a preposition, a pronoun joined to the
# word) that a shorter sentence says as much with: a recipe's opening of nine words ("البسبوسة من أشهر الحلويات الشرقية
# وأسهلها تحضيرا في المنزل.") is its first paragraph, and the ingredients under it the article's. Only the first
# paragraph is found with three quarters of ``min_anchor_words`` there: at the tail, a footer's blurb of nine or ten
# words ("Haber sitemiz 1998 yılından bu yana Ankara'dan yayın yapmaktadır.") under a menu is no last paragraph.
_SHORT_OPENING = frozenset({"tr", "ar"})


class EdgeFurniture(Pass):
    name = "edge-furniture"
    family = "structure"
    description = (
        "Runs of short non-sentence lines before the first and after the last prose paragraph, and long runs "
        "(min_inner_run) between paragraphs."
    )

    def __init__(self, max_words: int = 12, max_stop_ratio: float = 0.35, min_anchor_words: int = 12,
                 min_run: int = 4, head: bool = True, tail: bool = True, min_inner_run: int = 6,
                 about_box: bool = False) -> None:
        self.min_inner_run = min_inner_run
        # a press release's "About <Company>" paragraph and press contact (:func:`_about_box`): off by default, as
        # the release's issuer wrote them and a reader of the release may want them; on for a corpus of wire copy
        self.about_box = about_box
        self.max_words = max_words
        self.max_stop_ratio = max_stop_ratio
        self.min_anchor_words = min_anchor_words
        self.min_run = min_run
        self.head = head
        self.tail = tail

    def _is_anchor(self, ctx: Context, i: int, least: int) -> bool:
        # (a match's line-up or result row is a list however long: "Juventus (4-2-3-1): Di Gregorio; Cambiaso, …")
        return ctx.is_prose(i) and ctx.words(i) >= least and not match_row(ctx, i)

    def _clear(self, ctx: Context, region: range, where: str) -> None:
        lines = ctx.doc.lines
        # (a match's result over the report's first paragraph, a betting box's odds under its last: they count in the
        # run of furniture as other passes' removals do)
        sports = betting_box(ctx, region) if where == TAIL else score_head(ctx, region)
        sports = sports if where == TAIL else result_under_title(ctx, region, sports)  # latam43
        sports = recall_fields(ctx, region, sports)  # parenting44: a recall's lot number, no score
        for i in sports:
            ctx.doc.remove(i, self.name, f"a {'betting box' if where == TAIL else 'match result'} {where}")
        for i in forecast_strip(ctx, region):  # weather38: a portal's forecast strip ("14-Tage-Wetter", "Mo 15° 7°")
            ctx.doc.remove(i, self.name, f"a forecast strip {where}")
        reader_site_head(ctx, region, where, self.name)  # redteam55: a reader view's host name under the title
        furniture_at = furniture_test(ctx, self.max_words, self.max_stop_ratio)
        furniture = [i for i in region if lines[i].removal is None and furniture_at(i)]
        closers = 0
        if where == TAIL:
            # (a deals box closing the page: its heading, product and prices at a shop, short as its run may be)
            for i in deals_box(ctx, region):
                ctx.doc.remove(i, self.name, "a deals box's heading, product or price at a shop after the article")
            product_box(ctx, region, self.name)  # commerce38: a review's product box, its name and price over a button
            music_tickets(ctx, region, self.name)  # music41: a ticket shop's price and button
            ad_box(ctx, region, self.name)  # crypto42: an exchange's affiliate box, its pitch over its button
            quote_box(ctx, region, self.name)  # business44: a quote box's name, price and move over its button
            # verse35: a book's title and price under the shop's button ("Comprar el libro" over "Campos de Castilla,
            # 9,95 €")
            for i in _price_under_shop_button(ctx, region):
                ctx.doc.remove(i, self.name, "a work's price under a shop's button after the article")
            furniture = [i for i in furniture if lines[i].removal is None]
            # (no line of furniture, a third of the edges: every guard below only takes lines out of the list, and none
            # is left to take; the closing words counted are those over a signed line, none where none is)
            if furniture:
                furniture = unannounced(ctx, furniture_at, region, furniture)
                furniture = uncased_list(ctx, region, furniture)  # southasia41: a list in a script with no case
                furniture = enclosed_unmarked_list(ctx, region, furniture)  # seasia44: a Thai list under a heading
                # verse35: a poem or a shortlist the article's colon announces closing the text, the page's residue
                # under it
                furniture = closing_quote(ctx, region, furniture)
                furniture = notice_tail(ctx, region, furniture)  # notices36: a notice's lines to its last sentence
                furniture = figure_table(ctx, region, furniture)  # public37: a release's table of figures
                furniture = glossary_box(ctx, region, furniture)  # easyread46: a story's glossary box under it
                furniture = reference_tail(ctx, region, furniture)  # science44: a study's reference rows
                furniture = announced_to_sentence(ctx, region, furniture)
                furniture = pointed_list(ctx, region, furniture)
                furniture = pointed_marked_list(ctx, region, furniture)  # cjk45: "次の通り。" over "・…" items
                furniture = enumerated_list(ctx, region, furniture)  # cjk45: "以下措施：" over "（一）…" items
                furniture = clause_list(ctx, region, furniture)  # periphery38: a clause's list over the credits
                furniture = closing_list(ctx, region, furniture)
                furniture = changelog_list(ctx, region, furniture)
                furniture = label_list_tail(ctx, region, furniture)  # games41: a list under its label, text under it
                furniture = sectioned_list(ctx, region, furniture)
                furniture = reading_list(ctx, region, furniture)
                furniture = letter_signatures(ctx, region, furniture)  # opinion35: a letter's signature, a sign-off
                furniture = first_name_signatures(ctx, region, furniture)  # letters40: "Nadia, Tourcoing"
                furniture = work_credits(ctx, region, furniture, head=False)
                furniture = signed_off_list(ctx, region, furniture)
                signed = signed_notice(ctx, region, furniture)
                # (a notice's signature and a text's closing word, "Amen.", kept: the text ends there, and the lines
                # under them count as the page's run, as they did when the run took them; a closing word with no run
                # under it counts for none: a recipe's "Bom apetite!" closing its own steps)
                last = max(signed, default=-1)
                # (the region's lines over the last one signed: none where no line is, most pages)
                closers = len(furniture) - len(signed) + sum(
                    1
                    for i in range(region.start, min(region.stop, last))
                    if lines[i].removal is None and closing_word(ctx, i)
                )
                furniture = signed
                furniture = lower_list(ctx, furniture_at, region, furniture)
                furniture = lower_verse(ctx, region, furniture)
                furniture = verdict_box(ctx, furniture_at, region, furniture)
                furniture = practical_box(ctx, region, furniture)
                furniture = box_rows_run_on(ctx, region, furniture)  # thin36: a box's rows under its kept first row
                furniture = announcing(ctx, furniture_at, region, furniture)
                furniture = list_over_question(ctx, furniture_at, region, furniture)
                furniture = health_list_tail(ctx, region, furniture)  # health34: a health page's symptom list
                furniture = list_running_on(ctx, furniture_at, region, furniture)
                furniture = list_over_steps(ctx, furniture_at, region, furniture)
                furniture = ingredients_closing(ctx, region, furniture)
                furniture = inside_text(ctx, furniture)
                furniture = text_through(ctx, region, furniture)
                furniture = _pointed_tail_list(ctx, region, furniture)
                closers += len(furniture) - len(furniture := check_box_tail(ctx, region, furniture))  # factcheck38
                closers += len(furniture) - len(furniture := condition_tail(ctx, region, furniture))  # medical45
                closers += len(furniture) - len(furniture := schedule_item_tail(ctx, region, furniture))  # faith38
                closers += len(furniture) - len(furniture := file_list_tail(ctx, region, furniture))  # tech38
                closers += len(furniture) - len(furniture := arts_tail(ctx, region, furniture))  # arts38
                closers += len(furniture) - len(furniture := music_tail(ctx, region, furniture))  # music41
                closers += len(furniture) - len(furniture := counted_list(ctx, region, furniture))  # edu38
                closers += len(furniture) - len(furniture := course_tail(ctx, region, furniture))  # edu38
                closers += len(furniture) - len(furniture := letter_signature(ctx, region, furniture))  # edu38
                closers += len(furniture) - len(furniture := sign_rows_tail(ctx, region, furniture))  # lifestyle45
                closers += len(furniture) - len(furniture := results_box(ctx, region, furniture))  # elections39
                closers += len(furniture) - len(furniture := court_tail(ctx, region, furniture))  # courts39
                closers += len(furniture) - len(furniture := howto_tail(ctx, region, furniture))  # howto39
                closers += len(furniture) - len(furniture := service_tail(ctx, region, furniture))  # obits40
                closers += len(furniture) - len(furniture := test_entries(ctx, region, furniture))  # consumer40
                closers += len(furniture) - len(furniture := helpline_under_text(ctx, region, furniture))  # consumer40
                closers += len(furniture) - len(furniture := named_list_tail(ctx, region, furniture))  # transit41
                closers += len(furniture) - len(furniture := grid_rows_tail(ctx, region, furniture))  # daily41
                closers += len(furniture) - len(furniture := entry_time_tail(ctx, region, furniture))  # defense43
                closers += len(furniture) - len(furniture := facts_over_lineup(ctx, region, furniture))  # turkgreek43
                closers += len(furniture) - len(furniture := stage_turns(ctx, region, furniture))  # qa44
                closers += len(furniture) - len(furniture := timed_headers(ctx, region, furniture))  # qa44
                closers += len(furniture) - len(furniture := closing_under_text(ctx, region, furniture))  # feeds46
                closers += len(furniture) - len(furniture := name_under_closing(ctx, region, furniture))  # newsletter53
                closers += len(furniture) - len(furniture := chapter_list_tail(ctx, region, furniture))  # podcast50
                closers += len(furniture) - len(furniture := signatory_tail(ctx, region, furniture))  # openletter51
        elif furniture:
            furniture = pronunciation_head(ctx, region, opening_list(ctx, region, furniture))
            # (a list's label over the first paragraph: it counts in the run as the page's lines beside it)
            closers += len(furniture) - len(furniture := label_over_head_list(ctx, region, furniture))
            furniture = summary_box_head(ctx, region, furniture)  # live35: a live blog's key points
            furniture = opening_heading(ctx, region, furniture)
            furniture = under_banner(ctx, region, furniture)  # local47: a headline under a cookie banner
            closers += len(furniture) - len(furniture := opening_lines(ctx, region, furniture))  # cjk45
            furniture = scoreboard_head(ctx, region, furniture)
            furniture = lower_list(ctx, furniture_at, region, furniture)
            furniture = work_credits(ctx, region, furniture, head=True)
            furniture = notice_head(ctx, region, furniture)  # notices36: a notice's lines under its formula
            furniture = listing_head(ctx, region, furniture)  # listings37: a listing's key facts under its title
            furniture = longread_head(ctx, region, furniture)  # longread48
            furniture = changelog_head(ctx, region, furniture)  # chrono49
            furniture = chapter_head(ctx, region, furniture)  # fiction49
            furniture = opening_epigraph(ctx, region, furniture)  # feature36: an epigraph over the first paragraph
            furniture = dateline_head(ctx, region, furniture)  # wire37: a wire's dateline over its lead
            furniture = recipe_head(ctx, region, furniture)  # food43: a recipe's key facts over its text
            furniture = title_over_result(ctx, region, furniture)  # latam43: the headline over the result kept
            closers += len(furniture) - len(furniture := letters_head(ctx, region, furniture))  # letters40
            closers += len(furniture) - len(furniture := source_dateline_head(ctx, region, furniture))  # courts39
            closers += len(furniture) - len(furniture := dateline_lead_head(ctx, region, furniture))  # usnews43
            furniture = status_row_head(ctx, region, furniture)  # weather38: a status list's first row
            closers += len(furniture) - len(furniture := check_box_head(ctx, region, furniture))  # factcheck38
            closers += len(furniture) - len(furniture := condition_head(ctx, region, furniture))  # medical45
            closers += len(furniture) - len(furniture := fact_box_head(ctx, region, furniture))  # housing44
            closers += len(furniture) - len(furniture := liturgy_head(ctx, region, furniture))  # faith38
            closers += len(furniture) - len(furniture := advisory_head(ctx, region, furniture))  # tech38
            closers += len(furniture) - len(furniture := label_between_rows(ctx, region, furniture))  # tech38
            closers += len(furniture) - len(furniture := arts_head(ctx, region, furniture))  # arts38
            closers += len(furniture) - len(furniture := review_score_head(ctx, region, furniture))  # music41
            closers += len(furniture) - len(furniture := results_box(ctx, region, furniture))  # elections39
            closers += len(furniture) - len(furniture := name_head(ctx, region, furniture))  # obits40
            closers += len(furniture) - len(furniture := running_on_head(ctx, region, furniture))  # obits40
            closers += len(furniture) - len(furniture := test_entries(ctx, region, furniture))  # consumer40
            closers += len(furniture) - len(furniture := digest_headings(ctx, region, furniture))  # feeds46
            closers += len(furniture) - len(furniture := section_heading_head(ctx, region, furniture))  # explainer47
            furniture = enclosed_runs(ctx, region, furniture)  # howto39 (lines between sentences: no run of the page)
        closers += len(furniture) - len(furniture := spec_kept(ctx, region, furniture))  # autos40
        closers += len(furniture) - len(furniture := minutes_kept(ctx, region, furniture, where))  # minutes51
        closers += len(furniture) - len(furniture := calls_kept(ctx, furniture, where))  # calls52
        closers += len(furniture) - len(furniture := runs_kept(ctx, region, furniture, where))  # runs56
        closers += len(furniture) - len(furniture := box_kept(ctx, region, furniture, where))  # midbody54
        closers += len(furniture) - len(furniture := utility_kept(ctx, region, furniture, where))  # utility53
        furniture = abstract_parts(ctx, region, furniture)  # academic36: a structured abstract's labels
        furniture = bulleted_menu_head(ctx, region, furniture, where)  # redteam55: a copied menu's bullets
        if furniture:
            # (list34: a listing's fact sheet, its labelled rows and the short lists among them)
            furniture = headed_list_over_rows(ctx, region, labelled_column(ctx, region, furniture))
            if where == TAIL:
                furniture = headed_list_over_fact_row(ctx, region, furniture)  # academic36: a project's box
                furniture = sheet_tail(ctx, region, furniture)  # listings37: a listing's features list
                furniture = fact_box_tail(ctx, region, furniture)  # property42: a feature's fact box
                furniture = facts_box_tail(ctx, region, furniture)  # business44: a company's facts box
                furniture = recall_tail(ctx, region, furniture)  # parenting44: a recall's last fields
                furniture = guide_tail(ctx, region, furniture)  # commerce38: a gift guide's last pick
                furniture = posting_tail(ctx, region, furniture)  # jobs45: a job posting's headed lists
        verdict: set[int] = set()
        listed: set[int] = set()
        if where != TAIL and furniture:
            listed = _list_between_sentences(ctx, region, furniture)
            furniture = [i for i in furniture if i not in listed] if listed else furniture
        # talk34: a transcript's, a debate's or a play's speaker labels and their short turns ("KARL:" over "Nein.",
        # "Ms HUGHES:" over "Yes." and "(Laughter)") are the article's dialogue, no furniture (edge_spoken)
        # (they count in the run as the closing words do: the page's lines beside them go as they did when the run
        # took them)
        spoken = dialogue(ctx, region, furniture) if furniture else set()
        if spoken:
            closers += len(furniture)
            furniture = [i for i in furniture if i not in spoken]
            closers -= len(furniture)
        if furniture:
            rows = data_rows(ctx, region) | quantity_list(ctx, region) | schedule_rows(ctx, region, furniture)
            verdict = pros_and_cons(ctx, region)  # (the review's own box: kept, no row of data)
            if rows or verdict:
                furniture = [i for i in furniture if i not in rows and i not in verdict]
            # (the review's box is the article's as its rows are: a heading beyond it, "Fakta:" over the specs, stays)
            inner = inner_headings(ctx, furniture_at, region, where, rows | verdict)
            if inner:
                furniture = [i for i in furniture if i not in inner]
            if where == TAIL:
                # (a box's heading over the labelled rows that stay: "Omleidingen" over "Auto's: via de Ringweg")
                furniture = heading_over_rows(ctx, region, furniture)
                # (a list's label closed by a colon between the text's sentence and the list that stays)
                furniture = label_over_kept_list(ctx, region, furniture)
                furniture = heading_over_quote_rows(ctx, region, furniture)  # markets38: over its own rows of closes
                furniture = fashion_tail(ctx, region, furniture)  # fashion42: a credits box, a red carpet's names
                # (a paper's keywords under its abstract: "Keywords" over "bees, hedgerows, pollination")
                furniture = keywords_under_abstract(ctx, region, furniture)
        residue = sum(1 for i in region if lines[i].removal is not None)
        if where == TAIL:
            # (a post's count of claps or likes beside its share button: the share row's, however short the run)
            for i in share_counts(ctx, region):
                ctx.doc.remove(i, self.name, f"a count beside a share button {where}")
            profile_blurb(ctx, region, self.name)  # newsletter53: a profile's blurb between its buttons
            furniture = [i for i in furniture if lines[i].removal is None]
        furniture, closers = press_box(ctx, region, furniture, closers, self.min_run, where)  # police46
        if not furniture or len(furniture) + residue + closers < self.min_run:
            if where == TAIL and residue >= self.min_run:
                # (a contact box whose label, mail and the footer under it other passes took: its name and phone
                # still go with it, as they would beside furniture)
                for i in contact_phones(ctx, region, []):
                    ctx.doc.remove(i, self.name, f"short non-sentence line in a run of page furniture {where}")
            return
        # (a count kept as the article's data, or an event's fact box, still tells a run of furniture)
        if where == TAIL:
            furniture = closing_box(ctx, furniture_at, region, counts_under_data(ctx, region, furniture))
            # (a short list the article's own lines enclose, announced by its label: "Links mentioned:"; it told the
            # run of furniture under it as the page's furniture does)
            furniture = colon_list_through(ctx, region, furniture)
            # (a how-to's steps under its last long paragraph count in the run: the page's furniture under its last
            # sentence is the run's end, as it was without them)
            furniture = numbered_steps(ctx, furniture_at, region, furniture)
            # (docs33: a docs page's text among its code, a how-to's section closed by its note: they count in the run
            # as the steps do)
            furniture = code_through(ctx, region, furniture)
            furniture = note_through(ctx, region, furniture)
            # (the phone of a contact box whose name and mail go: the box's data, no article's)
            furniture = sorted(furniture + contact_phones(ctx, region, furniture))
            # (a site's address and phone between its footer's links: the site's, no article's)
            furniture = sorted(furniture + footer_address(ctx, region, furniture))
            # (a postal address and its phone between the page's residue: a footer's block, no article's)
            furniture = sorted(set(furniture) | set(footer_contact_block(ctx, region, furniture)))
            # (a sidebar's agenda: the events' titles under their dates)
            furniture = sorted(set(furniture) | set(agenda_titles(ctx, region, furniture)))
        else:
            furniture = fact_box(ctx, region, furniture)
            box = _label_box(ctx, region)
            if box:
                furniture = [i for i in furniture if i not in box]
        inside = [
            i for i in self._menu_items(ctx, region, set(furniture)) if i not in verdict and i not in listed
            and i not in spoken  # talk34
        ]
        reason = f"short non-sentence line in a run of page furniture {where}"
        for i in furniture:
            ctx.doc.remove(i, self.name, reason)
        reason = f"short menu line between lines of page furniture {where}"
        for i in inside:
            ctx.doc.remove(i, self.name, reason)

    def _menu_items(self, ctx: Context, region: range, furniture: set[int]) -> list[int]:
        """Short lines with function words ("A Home for Every Horse") that the furniture test lets
        through, standing between lines of the run that go (up to three in a row), with more of
        the menu right after them: the same menu (or the page's first lines, right over the menu:
        the site's name and motto). Not a heading or list item, not a sentence,
        not prose, no digits, no more than ``_MENU_ITEM_WORDS`` words (verse35: or another work's teaser, its title by
        its author, of up to ``_WORK_TEASER_WORDS``: "The Orchard in February by Tom Vance")."""
        lines = ctx.doc.lines

        def gone(j: int) -> bool:
            return j in furniture or lines[j].removal is not None

        out: list[int] = []
        group: list[int] = []
        for i in region:
            line = lines[i]
            if (
                line.removal is None
                and i not in furniture
                and not line.lead  # a heading ("# Three years of sourdough") or a list item
                and ctx.words(i) <= _WORK_TEASER_WORDS
                and line.text[-1] not in _NOT_MENU_END  # (a menu's "On This Day in Space!" is an item)
                and not ctx.digit(i)  # a row of data ("Spain (Group F): 11th appearance")
                and not ctx.is_prose(i)
                # verse35: a menu's line of six words at most, or another work's teaser, its title by its author
                and (ctx.words(i) <= _MENU_ITEM_WORDS or _work_by_author(ctx, i))
            ):
                group.append(i)
                continue
            # after the group, more of this menu (not a byline or date another pass took: a
            # title stands there)
            # (or the page's first lines, a masthead over the menu: "Le Courrier du Sud", "Nachrichten aus
            # der Region")
            # (the menu going on may also be a link site-chrome took: "Startseite", "Sign in"; or the page's table
            # of contents, "On this page" over its entries)
            if group and len(group) <= 3 and (group[0] == 0 or (group[0] - 1 in region and gone(group[0] - 1))) and (
                i in furniture
                or ((gone_by := lines[i].removal) is not None and gone_by.pass_name in _MENU_GOES_ON)
            ):
                out.extend(group)
            group = []
        return out

    def run(self, ctx: Context) -> None:
        shop_buttons(ctx, self.name)  # fashion42: a shop's bare button repeated under a product list's entries
        foreign_share_buttons(ctx, self.name)  # mixedlang46: a bilingual page's share row in its second language
        print_folios(ctx, self.name, self.min_anchor_words)  # epaper47: a print page's running heads and folios
        archive_head(ctx, self.name)  # archive48: a web archive's toolbar, an old site's menu parted by bars
        tail_bar_menu(ctx, self.name)  # htmloldweb51
        key_events(ctx, self.name)  # chrono49: a live blog's key events box, its entries' headlines repeated below
        kept = cookie_banners(ctx, ctx.doc.kept(), self.name)  # minor39: a banner in a language no table knows
        least = self.min_anchor_words
        if ctx.vocab_languages[0] in _LONG_WORDS:  # (told, or leaned to)
            least = (3 * least + 3) // 4
        elif ctx.vocab_languages[0] in JOINED_WORDS:  # (Korean: half)
            least = (least + 1) // 2
        elif (
            not ctx.stopwords and ctx.spaced() and (ctx.vocab_languages == ("en",) or schwa_page(ctx))  # caucasus42
            and sum(1 for i in kept if ctx.words(i) >= MIN_PROSE_WORDS and ctx.is_prose(i)) >= _UNLISTED_PARAGRAPHS
            and lean_by_stopwords(ctx.language_sample()) is None
        ):
            # fallback35: a spaced language no table knows, whose function words lean to none of ours (Welsh, Urdu,
            # Nepali, Georgian, Azerbaijani): its paragraphs are told by length and punctuation alone, and one of
            # three quarters of the words anchors it, as in the languages of long words (a news story's closing
            # sentence of eleven words under its list, "محکمہ موسمیات کے مطابق بارش کا فی الحال کوئی امکان نہیں۔", is
            # no footer's blurb). A page of a tabled language its stopwords could not tell (a how-to's or a
            # changelog's lists, a few short sentences) leans to its language and keeps the full length: there a
            # sentence of nine words over the lists is no paragraph to clear them by; nor is it on a page of fewer
            # than ``_UNLISTED_PARAGRAPHS`` lines of prose (a how-to's one sentence over its steps, whatever its
            # language).
            least = (3 * least + 3) // 4
        least = basque_anchor(ctx, kept, least, self.min_anchor_words, ctx.is_prose)  # regional45
        opening = (3 * least + 3) // 4 if ctx.vocab_languages[0] in _SHORT_OPENING else least
        first = next((i for i in kept if self._is_anchor(ctx, i, opening)), None)
        if first is not None and first == kept[0] and len(kept) > 1 and match_row(ctx, kept[1]):
            # (a long headline over a match's result row, "Classement de l'étape : 1. T. Pogacar …": the row is the
            # head's, as it is once title-line took the headline; the first paragraph is under it)
            first = next((i for i in kept[2:] if self._is_anchor(ctx, i, opening)), first)
        if first is not None and opening < least and not any(self._is_anchor(ctx, i, least) for i in kept):
            first = None  # (no paragraph of the full length: the page's text is too short to judge its edges by)
        full = self.min_anchor_words
        if first is not None and ctx.vocab_languages[0] in SLAVIC and too_few_paragraphs(  # slavic37
            kept, lambda i: self._is_anchor(ctx, i, least), lambda i: self._is_anchor(ctx, i, full)
        ):
            first = None  # (one short sentence among short lines: a list's page, as with the full length)
        least, first = long_word_anchor(ctx, kept, least, first, full, self._is_anchor)  # africa42
        entries = entries_span(ctx, kept) if first is None else None  # daily41: a horoscope's short entries
        entries = ticker_span(ctx, kept) if first is None and entries is None else entries  # sportsday44
        first = entries[0] if entries is not None else first  # daily41
        least, first, closing = short_sentence_page(ctx, kept, least, first, self._is_anchor)  # kids41 (no anchor yet)
        if first is None:
            # no prose to measure against: leave the text alone, but for a section's name over the headline of a
            # brief (three short sentences, none an anchor): that test asks prose of the line under the headline
            if self.head:
                for name in _section_over_headline(ctx, across_removed=True):
                    ctx.doc.remove(name, self.name, "a section's name over the headline")
                for i in _framed_head(ctx):  # data36: a data article's menu over its headline, a name under it
                    ctx.doc.remove(i, self.name, "a menu over the headline or a name under it, the stamp under them")
            return
        if self.tail and self.about_box:
            box = _about_box(ctx, kept, least)
            if box:
                for i in box:
                    ctx.doc.remove(i, self.name, "a press release's box about its issuer after the article")
                kept = ctx.doc.kept()
        last = (
            entries[1] if entries is not None
            else closing if closing is not None  # kids41: the block's last short sentence
            else next(i for i in reversed(kept) if self._is_anchor(ctx, i, least))
        )
        if self.head:
            self._clear(ctx, range(0, first), "before the article's first paragraph")
            meta_strip(ctx, self.name)  # newsletter53: a post's meta row over its first paragraph
            label = _section_label(ctx, last)
            if label is not None:
                ctx.doc.remove(label, self.name, "a section's name between the headline and its date or byline")
            for label in _section_over_headline(ctx):
                ctx.doc.remove(label, self.name, "a section's name over the headline")
        # (kids41: a page of short sentences is cleared at its head only. Its tail's guards, which keep the article's
        # own lists, ask a paragraph's prose right over them; a short sentence has none, and a list closing such a text,
        # "Aufstellung Bayern:" over the players under "Am Ende stand es 1:1.", went with the footer)
        if self.tail and closing is None:
            self._clear(ctx, range(last + 1, len(ctx.doc.lines)), TAIL)
            for i in comment_thread(ctx, range(last + 1, len(ctx.doc.lines))):
                ctx.doc.remove(i, self.name, "reader comment between its timestamp and its control after the article")
        if self.min_inner_run:
            self._clear_inner(ctx, first, last)

    def _clear_inner(self, ctx: Context, first: int, last: int) -> None:
        """Long runs of furniture between the article's paragraphs: a menu or a tag cloud
        between the article and a footer blurb, a section list between two teasers. Not
        a table (its cells hold numbers, its header runs into a row of data) and not a
        list the text announces ("The nominees are:") and not a list whose items open in lower case
        (:func:`~.edge_announced.lower_items`: "Što vam treba" over "francuski ključ", "odvijač", "krpa").
        The links site-chrome took inside or at the start of a run ("Naslovnica" over "Vijesti", "Sport", …)
        are the menu going on: they count toward its length (a run still needs ``min_run`` lines of its own)."""
        lines = ctx.doc.lines
        furniture_at = furniture_test(ctx, self.max_words, self.max_stop_ratio)
        counts = ctx.word_counts()  # (a line of more words is no furniture: most of the article's, asked no further)
        max_words = self.max_words
        event = ctx.table("metadata", "event_date")
        run: list[int] = []
        chrome = 0  # the run's links site-chrome took ("Naslovnica" opening a menu): the menu going on
        before = ""  # the line before the run
        for i in range(first + 1, last + 1):
            if (gone_by := lines[i].removal) is not None:
                if gone_by.pass_name in _MENU_GOES_ON:
                    chrome += 1
                continue
            if counts[i] <= max_words and furniture_at(i) and not ends_colon(lines[i].text):
                run.append(i)
                continue
            if len(run) < self.min_run:  # (most lines: prose, no run of furniture over them to judge)
                run = []
                chrome = 0
                before = lines[i].text
                continue
            digits = sum(1 for j in run if DIGIT.search(lines[j].text))
            announced = ends_colon(before)
            # (a table's header runs into its first row of data; an events calendar's filters run into
            # its first event's date, "Vendredi 7 juin 2024, 19 h", and are the page's)
            text = lines[i].text
            long_run = len(run) >= self.min_run and len(run) + chrome >= self.min_inner_run
            if long_run and digits * 4 < len(run) and not announced and not (
                DIGIT.search(text) and not (ctx.words(i) <= EVENT_DATE_WORDS and event.match(text))
            ) and not lower_items(ctx, run) and not sentence_case_list(ctx, run) and not list_in_prose(ctx, run) and (
                not _recipe_run(ctx, furniture_at, run) and not pointed_run(ctx, run)
                # (health34: a symptom list under its heading, "Common symptoms" over "Fever", "Cough": the
                # article's, which a tag cloud's "Topics" over its tags is not)
                and health_list(ctx, run[0], run[-1] + 1) <= run[-1]
                and not howto_run(ctx, run)  # howto39
                and not condition_list(ctx, run)  # medical45
                and not announced_run(ctx, run)  # runs56
            ):
                for j in spec_run(ctx, _less_verdict_box(ctx, run)):  # autos40
                    ctx.doc.remove(j, self.name, "short non-sentence line in a long run of page furniture")
            run = []
            chrome = 0
            before = lines[i].text


# verse35: a work's title and its price, the line alone: "Campos de Castilla, 9,95 €", "Mensagem, 9,90 €"
_TITLE_PRICE: Final = re.compile(r"[^\W\d_][^,:.!?]{0,60},\s?" + _PRICE)


def _price_under_shop_button(ctx: Context, region: range) -> list[int]:
    """verse35: The kept lines after the article that name a work and its price alone (``_TITLE_PRICE``: "Campos de
    Castilla, 9,95 €") right under a shop's button site-chrome took ("Comprar el libro", "Comprar livro"), itself under
    a line another pass took, and right over a line another pass took or the page's end: the shop's box among the
    page's residue. A review's own line of the work's data ("Einaudi, 112 pagine, 13 euro") stands under its title, no
    button; an event's price under its "Book tickets" right under the article's text ("Tickets, £12") is its fact."""
    lines = ctx.doc.lines
    out: list[int] = []
    above = over = -1  # the last two lines with text
    for i in region:
        line = lines[i]
        if not line.text or line.text.isspace():
            continue
        if (
            line.removal is None
            and over >= 0
            and (button := lines[above].removal) is not None
            and button.pass_name == "site-chrome"
            and lines[over].removal is not None
            and _TITLE_PRICE.fullmatch(line.text.strip())
        ):
            below = i + 1
            while below < region.stop and (not lines[below].text or lines[below].text.isspace()):
                below += 1
            if below >= region.stop or lines[below].removal is not None:
                out.append(i)
        above, over = i, above
    return out


def _less_verdict_box(ctx: Context, run: list[int]) -> list[int]:
    """A long run of furniture between the article's paragraphs less a review's verdict box in it
    (:func:`~.edge_boxes.pros_and_cons`: "Pluspunten" over "Goed nachtzicht", "Minpunten" over "Hoge prijs") and
    the heading right under the box over the paragraph that goes on ("Conclusie"): the review's own lists stand
    between its text and its verdict as often as after them. A menu's "Pro" or "Plus" alone over its links is no box."""
    box = pros_and_cons(ctx, range(run[0], run[-1] + 1))
    if not box:
        return run
    last = max(box)
    # (the run's last line is right over the paragraph: a heading of one line under the box is the verdict's)
    heading = run[-1] if len(run) >= 2 and run[-2] == last else -1
    return [j for j in run if j not in box and j != heading]


def _recipe_run(ctx: Context, furniture_at: Callable[[int], bool], run: list[int]) -> bool:
    """Whether a long run of furniture between the article's paragraphs is a recipe's ingredients written out in
    words, under their heading, down to the heading over its steps (:func:`~.edge_recipes.recipe_parts`: "المكونات"
    over "كوبان من الأرز", …, "طريقة التحضير"): in a script without case, or with few function words standing
    alone, nothing else tells them from a menu."""
    parts = recipe_parts(ctx, furniture_at, run[0])
    return bool(parts) and parts[-1] >= run[-1]


def _pointed_tail_list(ctx: Context, region: range, furniture: list[int]) -> list[int]:
    """keep34: ``furniture`` less the list a list article closes on: a kept sentence closed by a full stop whose words
    point at a list (table ``structure.list_pointer``: "Here is what our travel desk never leaves home without.", "… the
    following."), the article's last long paragraph or a line under it, right over ``_TAIL_LIST_ITEMS`` to
    ``_POINTED_MAX`` items of up to ``_TAIL_ITEM_WORDS`` words each ("A packable down jacket", "Merino base layers",
    "Gloves that work with a touchscreen"; no sentence, no label, no colon), half or more of those of two words or more
    in sentence case (a word after the first in lower case: a menu's links run in title case or one word each), down to
    the page's end or a line another pass took (the share row, the newsletter box under the list). A menu under a
    paragraph has no sentence pointing at it."""
    if not furniture:
        return furniture
    lines = ctx.doc.lines
    pointer = ctx.table("structure", "list_pointer")
    start = region.start - 1
    while start >= 0 and not lines[start].text.strip():
        start -= 1
    keep: set[int] = set()
    i = max(start, 0)
    while i < region.stop:
        line = lines[i]
        if line.removal is not None or not line.text.rstrip().endswith(".") or ctx.words(i) < _TAIL_POINTER_WORDS:
            i += 1
            continue
        items: list[int] = []
        j = i + 1
        while j < len(lines) and (lines[j].removal is None or not lines[j].text.strip()):
            text = lines[j].text
            if text.strip():
                if (
                    ctx.words(j) > _TAIL_ITEM_WORDS or ends_sentence(text) or ends_colon(text)
                    or any(c in text for c in COLONS)
                ):
                    break
                items.append(j)
            j += 1
        closed = j >= len(lines) or lines[j].removal is not None
        if (
            closed and _TAIL_LIST_ITEMS <= len(items) <= _POINTED_MAX and _sentence_case_items(ctx, items)
            and pointer.match(line.text)
        ):
            keep.update(items)
        i = max(j, i + 1)
    return [i for i in furniture if i not in keep] if keep else furniture


def _sentence_case_items(ctx: Context, items: list[int]) -> bool:
    """keep34: half or more of ``items`` of two words or more hold a word after the first in lower case ("Merino base
    layers", "A power bank"), and two such at least (a menu's "Terms of Use" is one in a row of title case)."""
    lines = ctx.doc.lines
    multi = [words for j in items if len(words := lines[j].text.split()) >= 2]
    lower_items = sum(1 for words in multi if any(w[:1].islower() for w in words[1:]))
    return lower_items >= 2 and 2 * lower_items >= len(multi)


_TAIL_LIST_ITEMS = 4  # keep34: a list article's items, four at least
_POINTED_MAX = 15  # keep34: a list, not a page's worth of links
_TAIL_ITEM_WORDS = 8  # keep34: "Gloves that work with a touchscreen"
_TAIL_POINTER_WORDS = 5  # keep34: the sentence pointing at the list: a sentence's length


def _list_between_sentences(ctx: Context, region: range, furniture: list[int]) -> set[int]:
    """The lines of a list the article's text holds over its first long paragraph, of those ``furniture`` would take: a
    label of two words or more closed by a colon ("Состав первого спектакля:", "Så här startar Malmö FF:") right under a
    kept closed sentence of ``_LIST_SENTENCE_WORDS`` words or more (not the page's first line: the headline), over
    ``_LIST_ITEMS`` to ``_LIST_ITEMS_MAX`` kept lines that close no sentence (a cast, a lineup, the candidates) running
    down to another kept closed sentence of as many words. A short story's paragraphs may all be under the anchor's
    length. A menu or a tag list over the text stands under the headline or under residue another pass took, and a
    menu's label is a word ("Themen:")."""
    lines = ctx.doc.lines
    taken = set(furniture)
    keep: set[int] = set()
    for i in range(region.start + 1, region.stop):  # (a sentence over the label at the least)
        if lines[i].removal is not None or not ends_colon(lines[i].text) or ctx.words(i) < 2 or i - 1 in taken:
            continue
        above = lines[i - 1]
        if above.removal is not None or not ends_sentence(above.text) or ctx.words(i - 1) < _LIST_SENTENCE_WORDS:
            continue
        j = i + 1
        while (
            j < region.stop and j - i <= _LIST_ITEMS_MAX + 1 and lines[j].removal is None
            and not ends_sentence(lines[j].text) and not ends_colon(lines[j].text)
        ):
            j += 1
        if not _LIST_ITEMS <= j - i - 1 <= _LIST_ITEMS_MAX or j >= len(lines):
            continue
        under = lines[j]
        if under.removal is None and ends_sentence(under.text) and ctx.words(j) >= _LIST_SENTENCE_WORDS:
            keep.update(range(i, j))
    return keep


_LIST_ITEMS = 2
_LIST_ITEMS_MAX = 12
_LIST_SENTENCE_WORDS = 3


def _section_label(ctx: Context, last: int) -> int | None:
    """A section's name between the headline and its stamp, over the article's paragraphs (the last: line ``last``):
    a label of a word or two ("Belföld", "Πολιτική", "Aarhus"), or two of them parted by a separator ("Sport /
    Fotbal"), capitalised, no figure, no punctuation, right under the page's first line (a headline: three words or
    more, no sentence, no colon) and right over a date or a byline another pass took ("9. 3. 2025 20:15", "Af
    Mette Sørensen"). Sites print it there as their breadcrumb; the article's own headings stand under the stamp,
    over their paragraphs ("Introduction"), and a kicker over the headline is not judged here. (A long headline
    may be prose itself: the first paragraph is not looked for over it.)"""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    if len(kept) < _LABEL_AT or kept[1] != kept[0] + 1 or kept[1] + 1 >= last:
        return None
    title, label = kept[0], kept[1]
    stamp = lines[label + 1].removal
    if stamp is None or stamp.pass_name not in _STAMP_PASSES:
        return None
    head, text = lines[title], lines[label].text
    if head.lead or ctx.words(title) < _TITLE_WORDS or head.text.rstrip()[-1:] in _NOT_TITLE_END - {"?", "!"}:
        return None
    # (capitalised, or in a script without case)
    if lines[label].lead or DIGIT.search(text) or text[0].islower():
        return None
    parts = _SECTION_PARTS.split(text)
    if len(parts) > _SECTION_PARTS_MAX or not all(
        0 < len(part.split()) <= _SECTION_WORDS and _SECTION_WORD.fullmatch(part) for part in parts
    ):
        return None
    return label


def _about_box(ctx: Context, kept: list[int], least: int) -> list[int]:
    """A press release's box about its issuer after the text: a heading naming the company (table
    ``structure.about_heading``: "About Northwind Robotics", "Über Solarwerk Nord", "À propos de Vélocité") right
    over one paragraph that opens on a word of that name and defines the company in the present tense (table
    ``structure.company_profile``: "Northwind Robotics is a leading provider …") and names its site ("visit
    www.…") or stands over its contact lines (a mail or a phone), the page's last paragraph (the lines under it
    short: the contact, the footer), under two paragraphs of the release or more. Returns the heading and the
    paragraph, or nothing. An article's last section ("About the study", "Über die Studie" over what the
    researchers did) names no company, defines none or gives no site or contact, or goes on past one paragraph."""
    lines = ctx.doc.lines
    pos = next((p for p in range(len(kept) - 1, 0, -1) if ctx.is_prose(kept[p]) and ctx.words(kept[p]) >= least), 0)
    body = kept[pos]
    if pos == 0 or kept[pos - 1] != body - 1:
        return []
    heading = body - 1
    head = lines[heading].text.strip()
    if lines[heading].lead or ctx.words(heading) > _ABOUT_HEADING_WORDS or ctx.is_prose(heading):
        return []
    if not ctx.table("structure", "about_heading").match(head):
        return []
    if sum(1 for i in kept[: pos - 1] if ctx.is_prose(i) and ctx.words(i) >= least) < _ABOUT_ABOVE:
        return []
    text = lines[body].text
    names = {w for w in _WORDS.findall(head)[1:] if len(w) >= _NAME_LEAST and w[0].isupper()}
    if not names & set(_WORDS.findall(text)[:_NAME_WITHIN]):
        return []
    if not ctx.table("structure", "company_profile").match(text):
        return []
    under = kept[pos + 1 : pos + 1 + _CONTACT_WITHIN]
    if not _SITE.search(text) and not any(_CONTACT.match(lines[i].text.strip()) for i in under):
        return []
    return [heading, body]


_ABOUT_ABOVE = 2  # the release's paragraphs over the box (the page's last paragraph is the box's)
_ABOUT_HEADING_WORDS = 8
_NAME_LEAST = 3
_NAME_WITHIN = 8  # the name among the paragraph's first words ("Die Solarwerk Nord GmbH ist …")
_CONTACT_WITHIN = 6
_WORDS = re.compile(r"[^\W_][\w&'’-]*")
_SITE = re.compile(r"www\.|https?://|\b[\w-]{2,40}\.(?:com|org|net|io|de|fr|es|it|nl|pt|eu|ch|at|be|co\.uk|com\.br)\b")
# a contact line under the box: a mail address, or a phone in the international form or under its label (a date's
# figures are none: "05.03.2024"); read at a line's start (anchored: a search is one try)
_CONTACT = re.compile(
    r"^(?:[\w.+-]{1,64}@[\w-]{1,63}\.\w|\+\d[\d ()./-]{6,24}\d"
    r"|(?:tel|tél|phone|telefon|telefone|teléfono|telefono)\.?\s?:?\s?\+?\(?\d)",
    re.IGNORECASE,
)


def _section_over_headline(ctx: Context, across_removed: bool = False) -> list[int]:
    """A section's name as the page's first line, over the headline ("Politics", "Wirtschaft", "Économie": table
    ``structure.section_name``, the scraper's breadcrumb), with up to ``_SUBSECTIONS`` lines of the trail under it
    ("Tests" / "Smartphones", "Ricette" / "Primi piatti": one or two capitalised words of letters each): the line
    right under them a headline (three to twenty words, capitalised, no sentence, no closing colon or mark, no list
    item) and the line under that the article's prose. A one-word title stands right over its prose, and a sentence
    that opens on such a word is no name alone on its line: neither is judged here. The trail's lines need the name
    over them: a kicker alone over a headline ("Exklusiv") is not judged. ``across_removed``: lines other passes
    removed may stand between the trail and the headline (a login button under the breadcrumb): a brief's page, with
    no prose to anchor it, is judged as it will be once they are gone, so that cleaning twice changes nothing."""
    kept = ctx.doc.kept()
    lines = ctx.doc.lines
    for trail in range(_SUBSECTIONS + 1):
        if len(kept) < _HEADLINE_AT + 1 + trail:
            return []
        labels, title = kept[: 1 + trail], kept[1 + trail]
        # (a recipe's facts under its title, "Tiempo total: 45 min" / "Comensales: 4", over its prose)
        facts = 0
        while (
            facts < _TITLE_FACTS
            and 3 + trail + facts < len(kept)
            and _FACT_ROW.fullmatch(lines[kept[2 + trail + facts]].text)
            and ctx.words(kept[2 + trail + facts]) <= _FACT_ROW_WORDS
        ):
            facts += 1
        prose = kept[2 + trail + facts]
        if not across_removed and any(b != a + 1 for a, b in pairwise([*labels, title])):
            return []  # (the trail and the headline stand together, nothing removed between them)
        # (a name with no space is one name, however many words its script counts: Thai "การเมือง" counts four)
        if any(lines[i].lead or (ctx.words(i) > _SECTION_NAME_WORDS and " " in lines[i].text) for i in labels):
            return []
        if trail and not _subsection(lines[labels[-1]].text):
            return []
        head = lines[title]
        text = head.text
        end = text.rstrip(_CLOSERS)[-1:] or text[-1]
        # (a question may be a headline: "Test du Pixel 9a : le meilleur rapport qualité-prix de l'année ?")
        if head.lead or (end in _NOT_TITLE_END and end not in _QUESTION) or text[0].islower() or text[0] in _DASHES:
            continue
        if ". " in text:
            continue
        # (a recipe's title over two facts or more may be two words: "Pierogi ruskie" over "Porcje: 6")
        least = _HEADLINE_WORDS[0] - 1 if facts >= 2 else _HEADLINE_WORDS[0]
        if NUMBERED.match(text) or not least <= ctx.words(title) <= _HEADLINE_WORDS[1]:
            continue
        if not ctx.is_prose(prose) or ctx.words(prose) < _HEADLINE_WORDS[0]:
            continue
        if not ctx.table("structure", "section_name").match(lines[labels[0]].text):
            return []
        return labels
    return []


_TITLE_FACTS = 6  # a recipe's facts under its title: time, servings, difficulty, cost
_FACT_ROW_WORDS = 6
# (asked with fullmatch; anchored and possessive so that a search, as the regex-safety scan makes, stays linear)
_FACT_ROW = re.compile(r"\A[^\W\d_][\w'’.-]*+(?: [\w'’.-]++){0,3} ?: ?\S.{0,40}")
_QUESTION = frozenset("?？¿؟")
_SUBSECTIONS = 2  # lines of a breadcrumb's trail under the section's name: "Tests" / "Smartphones" / "Android"
# (a name of a subsection: words of letters, no figure or mark: "Primi piatti", "Platos principales")
# (two words at most: a line of three may be the headline itself, over a standfirst that reads as one)
_SUBSECTION = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def _subsection(text: str) -> bool:
    """A subsection's name under the section's: one or two words of letters, capitalised, or in a script with no
    capitals (Bengali's "ক্রিকেট" under "খেলা"; its vowel signs and virama are combining marks, which ``\\w`` does not
    take for letters, so they are set aside before the words are read)."""
    if text[:1].islower():
        return False
    bare = "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    return _SUBSECTION.fullmatch(bare) is not None


_HEADLINE_AT = 2  # the section's name, then the headline
_HEADLINE_WORDS = (3, 20)
_SECTION_NAME_WORDS = 3
_LABEL_AT = 2  # the headline, then the label
_TITLE_WORDS = 3
_STAMP_PASSES = frozenset({"dateline", "byline", "labelled-byline", "clock-line"})
_SECTION_PARTS = re.compile(r"(?<!\s)\s+[/|»›>·•]\s+")  # (a run of spaces tried once: linear)
_SECTION_PARTS_MAX = 2
_SECTION_WORDS = 2
_SECTION_WORD = re.compile(r"[^\W\d_][\w'’&-]*(?: [^\W\d_][\w'’&-]*)?")



def _framed_head(ctx: Context) -> list[int]:
    """data36: the head of a page whose sentences are all short (a data article: a forecast's days, a market report's
    closes, an election's parties under a sentence of ten words), which gives edge-furniture no paragraph to anchor
    it: the page's menu over the headline and a name alone under it, where the headline's stamp frames them. The
    headline (three to twenty words, capitalised, no closing full stop, colon or mark: "Wyniki wyborów 2023. PKW
    podała dane", as Polish sites write theirs, is one) has a byline or a date another pass took right under it (or a
    name alone and then that), and the first line kept under those is a sentence; the lines kept over the headline are
    all a menu's, a run of ``_HEAD_MENU_LEAST`` at least with those other passes took there, each a word or two of
    letters (or a year: "Wybory 2023"), no sentence, no mark closing it; the name, two or three capitalised words of
    letters ("Anna Kowalczyk"), stands between the headline and the stamp. Returns those lines, or nothing where any
    of them reads otherwise: an article's data over the headline ("DAX 18.245 Punkte"), a kicker alone, rows under
    the stamp."""
    lines = ctx.doc.lines
    kept = ctx.doc.kept()
    for pos, title in enumerate(kept[: _HEAD_MENU_MOST + 1]):
        under = title + 1
        name = None
        if under + 1 < len(lines) and lines[under].removal is None and _bare_name(ctx, under):
            name, under = under, under + 1
        under = past_disclosure(ctx, under) if name is None else under  # fashion42: a disclosure over the byline
        stamp = lines[under].removal if under < len(lines) else None
        if stamp is None or stamp.pass_name not in _STAMP_PASSES:
            continue
        first = next((j for j in range(under, len(lines)) if lines[j].removal is None), None)
        if first is None or not ends_sentence(lines[first].text) or not (
            ctx.is_prose(first) or punchy_opening(ctx, first)  # tabloid43: a short opening over the story's prose
        ):
            return []
        head = lines[title]
        text = head.text.rstrip()
        if (
            head.lead or text[:1].islower() or text[:1] in _DASHES
            or (text.rstrip(_CLOSERS)[-1:] or text[-1:]) in _NOT_TITLE_END
            or not _HEADLINE_WORDS[0] <= ctx.words(title) <= _HEADLINE_WORDS[1]
        ):
            return []
        menu = kept[:pos]
        # (the run counts the page's lines other passes took over the headline: "Strona główna" over "Polityka")
        run = len(menu) + sum(1 for j in range(title) if lines[j].removal is not None)
        if menu and (run < _HEAD_MENU_LEAST or not all(_head_menu_item(ctx, i) for i in menu)):
            return []
        return [*menu, name] if name is not None else menu
    return []


def _head_menu_item(ctx: Context, i: int) -> bool:
    """data36: line ``i`` is a menu's item over the headline: a word or two of letters, capitalised, or a year."""
    line = ctx.doc.lines[i]
    text = line.text.strip()
    if domain_masthead(ctx, i):  # nordic43
        return True
    if line.lead or not text or text[0].islower() or text[-1] in _NOT_MENU_END or ctx.is_prose(i):
        return False
    words = text.split()
    return (len(words) <= _HEAD_MENU_WORDS or joined_menu_item(words)) and all(  # fashion42: "Art de vivre"
        _MENU_WORD.fullmatch(w) is not None or _YEAR.fullmatch(w) is not None for w in words
    )


def _bare_name(ctx: Context, i: int) -> bool:
    """data36: line ``i`` is a name alone: two or three capitalised words of letters ("Anna Kowalczyk")."""
    line = ctx.doc.lines[i]
    words = line.text.split()
    return (
        not line.lead
        and _AUTHOR_WORDS[0] <= len(words) <= _AUTHOR_WORDS[1]
        and all(w[:1].isupper() and _MENU_WORD.fullmatch(w) is not None for w in words)
    )


# data36: the menu's lines over a data article's headline: a run of three at least with the residue over them (a menu,
# not a kicker), twelve kept at most
_HEAD_MENU_LEAST: Final = 3
_HEAD_MENU_MOST: Final = 12
_HEAD_MENU_WORDS: Final = 2
_MENU_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*+(?:['’.-][^\W\d_]++)*+\.?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _label_box(ctx: Context, region: range) -> set[int]:
    """The rows of a fact box of label rows right over the article's first paragraph (nothing but
    residue between): a film's "Regie: …" / "Darsteller: …" / "Land: …", a book's "Titel: …" / "Autor:
    …", two or more short rows, no sentence, one of them a fact's (no credit, no date stamp: see
    :func:`~.metadata.in_fact_box`). They are the article's, whatever menu stands over them."""
    lines = ctx.doc.lines
    rows: list[int] = []
    for i in reversed(region):
        line = lines[i]
        if line.removal is not None:
            continue
        if line.lead or ctx.words(i) > _LABEL_BOX_WORDS or ends_sentence(line.text) or not label_row(line.text):
            break
        rows.append(i)
    if len(rows) < _LABEL_BOX_ROWS:
        return set()
    kept = ctx.doc.kept()
    return set(rows) if in_fact_box(ctx, kept, kept.index(rows[-1])) else set()


_LABEL_BOX_ROWS = 2
_LABEL_BOX_WORDS = 12


class TitleLine(Pass):
    """The page title standing as the first line, right before the article's prose.

    Titles are metadata, not body. A first line is a title when it is 3-20 words long,
    ends without sentence punctuation (nor ``:``, ``?``, ``,``), holds no sentence break
    inside, is no list item, and the next line is prose. Headlines read like sentences
    ("Van Der Beek eliminated from the show after announcing his wife's miscarriage"),
    so a prose-like first line still counts up to ``max_prose_title_words`` words. A
    question, a longer lede without a full stop, or a list opening the article stays; the
    title removed is reported in ``Result.metadata["title"]``.
    """

    name = "title-line"
    family = "structure"
    description = "A headline as the first line, before the article's first paragraph."

    def __init__(self, min_words: int = 3, max_words: int = 20, max_prose_title_words: int = 20) -> None:
        self.min_words = min_words
        self.max_words = max_words
        self.max_prose_title_words = max_prose_title_words

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        kept = wire_title(ctx, kept)  # wire37: a headline over a wire's dateline is read over the lead under it
        if len(kept) < 3 or not self._title(ctx, kept[0], kept[1]):
            return
        if attributed_quote(ctx, kept, 0):
            return  # feature36: an epigraph's first line over its attribution ("— Ted Hughes"), no headline
        if len(kept) > 3 and self._title(ctx, kept[1], kept[2]):
            # Two headline-like lines (a title and a dek, two versions of the title): taking
            # only the first would make the second "the title" of the cleaned text, and a
            # second cleaning would take it too. Cleaning must be idempotent: neither goes.
            return
        ctx.doc.remove(kept[0], self.name, "headline before the article's first paragraph (title is metadata)")

    def _title(self, ctx: Context, first: int, following: int) -> bool:
        """Whether line ``first`` reads as a headline with prose (line ``following``) after it."""
        line = ctx.doc.lines[first]
        text = line.text
        end = text.rstrip(_CLOSERS)[-1:] or text[-1]  # "…with the Stars.”" ends a sentence
        if line.lead or end in _NOT_TITLE_END or text[0].islower() or text[0] in _DASHES:
            return False
        if wrapped_line(ctx, first, following):
            return False  # dumps45: a hard-wrapped paragraph's first line, the sentence running on under it
        if wire_dateline(text):
            return False  # wire37: a wire's dateline over its lead ("BERLIN, March 4 (Reuters) -"), no headline
        if status_title(ctx, first, following):
            return False  # weather38: a status list's first row over rows labelled alike ("Bakerloo: Good service")
        if check_label(ctx, first):
            return False  # factcheck38: a check's or a summary's label over its text ("In het kort"), no headline
        if sign_title(ctx, first):
            return False  # daily41: a horoscope's first sign over its entry ("Bélier (21 mars – …)"), no headline
        if dated_sign(ctx, first):
            return False  # lifestyle45: a sign's heading with its dates over its reading ("Leo (July 23 - August 22)")
        if dated_name(ctx, first):
            return False  # obits40: the deceased's name over its life span or its dated line, no headline
        if court_title(ctx, first):
            return False  # courts39: a round-up's first day ("Lunes 4 de marzo") or "Mannheim (ots)", no headline
        if dates_line(ctx, first):
            return False  # arts38: an exhibition's or a run's dates over its text ("Dal 21 marzo al 24 giugno 2024")
        if addressee_line(ctx, first):
            return False  # openletter51: a petition's addressee over its text ("To: Councillor Janet Brooks, …")
        if ". " in text or text.count(":") > 1:
            return False
        if NUMBERED.match(text) or not (self.min_words <= ctx.words(first) <= self.max_words):
            return False
        if ctx.is_prose(first) and ctx.words(first) > self.max_prose_title_words:
            return False
        if not ctx.is_prose(following):
            return False
        if (
            not ctx.stopwords and ctx.words(following) < _TITLE_PARAGRAPH_WORDS and ctx.language not in JOINED_WORDS
            and not ctx.stats(following).unspaced
        ):
            # fallback35: without a stopword list a short sentence of six to nine words is prose (textstats.is_prose),
            # but a paragraph under a title still has ten (a short page its stopwords could not tell keeps its
            # headline over "Ajax heeft de Klassieker tegen Feyenoord met 2-1 gewonnen.", as before)
            return False
        # (list34: the heading of the text's first section, "About the role", "Summary", over it is no title)
        return ctx.table("structure", "opening_heading").match(text.strip()) is None


_NOT_TITLE_END = frozenset(".:?!,;…，；、،؛") | SENTENCE_ENDS | COLONS  # (every script's: "。", "।", "؟")
_NOT_MENU_END = _NOT_TITLE_END - {"!"}  # (a menu's "On This Day in Space!" is an item)
_MENU_ITEM_WORDS = 6
# verse35: another work's teaser among a menu's lines, its title by its author ("The Orchard in February by Tom
# Vance", "Herbsttag von Rainer Maria Rilke"): the title's words and the author's name, more than a menu's item holds
_WORK_TEASER_WORDS = 10
_AUTHOR_WORDS = (2, 3)
_BY_WORDS = frozenset({"by", "von", "par", "di", "door", "van"})


def _work_by_author(ctx: Context, i: int) -> bool:
    """verse35: Line ``i`` is a work's title by its author, the menu's teaser of another poem or book: up to
    ``_WORK_TEASER_WORDS`` words, a by-word ("by", "von", "par", "di", "door", "van") before the last two or three, each
    of those capitalised ("The Orchard in February by Tom Vance")."""
    if ctx.words(i) > _WORK_TEASER_WORDS:
        return False
    words = ctx.doc.lines[i].text.split()
    for n in _AUTHOR_WORDS:
        if len(words) > n + 1 and words[-n - 1] in _BY_WORDS:
            return all(w[:1].isupper() for w in words[-n:])
    return False
_CLOSERS = "\"'”’»›)]」』"
_DASHES = "—–-"  # "— David McKinley on Sunday, …": an attribution, not a headline


class HeadlineRun(Pass):
    """Lists of other stories' headlines at the page's edges: a run of ``min_run`` headline-like lines or more
    before the article's first closed paragraph or after its last one (a "most read" box over the headline, the
    section's latest stories under the text, with no heading a vocabulary knows, in any language). A headline-like
    line is four to twenty words, capitalised, closed by no sentence mark, comma or colon, no list item; one another
    pass took (a teaser box's part of the list) counts in the run, and the others it took (a teaser's byline or
    stamp) neither break nor make it.

    The page furniture test misses these lines: a headline has the function words of a sentence, and one of
    twelve words or more reads as prose, which let it anchor the article in the middle of a sidebar (so the menus
    around it stayed too). Kept, judged by the lines the run keeps:

    * a run the line over it announces (a colon: "The nominees are:");
    * rows of data: half the lines or more hold a figure, or a label and a colon ("June 9 – Tampa, FL",
      "200 g di farina", "England (Group A): 10th appearance");
    * a run half of whose lines are in the article's words (half their long words stand in its closed
      paragraphs: a gallery's captions, a product's features); at the head, the lines in the article's words
      closing the run (its own headline, standfirst and a photo's caption over the first paragraph), and a run
      of short lines right over that paragraph (a box of key points under the headline);
    * at the tail, a run no residue parts from the text (two lines or more, one of them another pass's): the
      article's own closing list (a cast, a route's stops, a how-to's steps) stands right under it;
    * anything between the first and the last closed paragraph (lists, subheadings).

    Before the runs, lists of teasers (a headline over a summary of a sentence or two, repeated: :meth:`_teasers`,
    with their own guards) go from the same edges; their summaries, read as paragraphs, would anchor the runs'
    edges inside the rail."""

    name = "headline-run"
    family = "structure"
    description = (
        "Runs of headline-like lines (other stories' titles), and lists of teasers (a headline over its summary), "
        "before the article's first closed paragraph or after its last."
    )

    def __init__(self, min_run: int = 3, min_anchor_words: int = 12, min_teasers: int = 2) -> None:
        self.min_run = min_run
        self.min_teasers = min_teasers
        self.min_anchor_words = min_anchor_words

    def run(self, ctx: Context) -> None:
        kept = ctx.doc.kept()
        lines = ctx.doc.lines
        least = self.min_anchor_words
        if ctx.vocab_languages[0] in _LONG_WORDS:  # (as edge-furniture's anchor)
            least = (3 * least + 3) // 4
        elif ctx.vocab_languages[0] in JOINED_WORDS:
            least = (least + 1) // 2
        self._teasers(ctx, least)
        kept = ctx.doc.kept()
        counts = ctx.word_counts()
        # (written out, no closure: the head and the tail of a naive page are long, and both are read)
        first = last = -1
        for i in kept:
            if counts[i] >= least and ends_sentence(lines[i].text) and ctx.is_prose(i):
                first = i
                break
        if first < 0:
            return
        for i in reversed(kept):
            if counts[i] >= least and ends_sentence(lines[i].text) and ctx.is_prose(i):
                last = i
                break
        for where, start, stop in (("before", 0, first), ("after", last + 1, len(lines))):
            vocabulary: set[str] = set()
            for run, before in self._runs(ctx, start, stop):
                if not self._list_of_headlines(ctx, run, before):
                    continue
                if where != "before" and not _parted(ctx, last, next(j for j in run if lines[j].removal is None)):
                    continue
                run = guide_run(ctx, last, run) if where != "before" else run  # commerce38: a gift guide's last pick
                if where == "before" and _key_points(ctx, run, first):
                    continue
                if where == "before" and (box := _points_box_over(ctx, run)) >= 0:  # keypoints48
                    run = [j for j in run if j < box]  # a newsroom's key points right over the text stay with it
                    if len(run) < self.min_run:
                        continue
                if where == "before":
                    # live35: a live blog's key points under their heading ("Key events", "Das Wichtigste in Kürze";
                    # another pass may have taken it, as a tab) are the article's where half of them or more are in
                    # the words of its closed paragraphs, all of them (the entries further down tell what the points
                    # sum up; an "In brief" rail's other stories are not in them): the run is judged over it alone
                    summary = ctx.table("structure", "summary_heading")
                    for h in range(run[0], run[-1]):  # (modern39: the run's first line too)
                        if ctx.words(h) <= _SUMMARY_HEADING_WORDS and summary.match(lines[h].text) is not None:
                            points = [j for j in run if j > h and lines[j].removal is None]
                            body = "\n".join(
                                lines[j].text
                                for j in kept
                                if first <= j <= last and counts[j] >= least and ends_sentence(lines[j].text)
                            )
                            words = set(_long_words(lower(body)))
                            if sum(1 for j in points if _of_the_article(ctx, j, words)) * 2 >= len(points) > 0:
                                run = [j for j in run if j < h]
                            break
                    run = notice_run(ctx, run)  # notices36: a notice's lines under its formula
                    if len(run) < self.min_run:
                        continue
                if not vocabulary:
                    # (the article's words, read once a run is found: its closed paragraphs nearest the run, where
                    # the words of its header or its gallery stand)
                    near: list[str] = []
                    for j in kept if where == "before" else reversed(kept):
                        if first <= j <= last and counts[j] >= least and ends_sentence(lines[j].text) and (
                            ctx.is_prose(j)
                        ):
                            near.append(lines[j].text)
                            if len(near) == _NEAR:
                                break
                    vocabulary = set(_long_words(lower("\n".join(near))))
                ours = [lines[j].removal is None and _of_the_article(ctx, j, vocabulary) for j in run]
                if where == "before":
                    # (the article's own header closing the run, right over its first paragraph)
                    while ours and ours[-1]:
                        ours.pop()
                        run.pop()
                left = [j for j in run if lines[j].removal is None]
                if len(run) < self.min_run or sum(ours) * 2 >= len(left):
                    continue
                reason = f"a run of other stories' headlines {where} the article"
                for j in left:
                    ctx.doc.remove(j, self.name, reason)
        self._tail_list(ctx, least)

    def _tail_list(self, ctx: Context, least: int) -> None:
        """A list of other stories' headlines right under the article's last sentence, with no heading over it: three
        to ``_TAIL_MOST`` items of one kind (bulleted with one bullet, numbered 1, 2, 3 …, or bare lines), each a
        headline (:func:`_listed_headline`) carrying a teaser's stamp or section: a date closing it ("– 12 March 2024",
        "14/03/2024", "(12.03.2024)") or a section's label in front of it ("Sport | …"). A section's latest stories,
        printed with their dates or sections, newest first.

        An article's own list stands there too, announced by a sentence closed with a full stop: a how-to's steps, a
        reading list, films with their years, advice, key points; nothing in those items' shape tells them from
        headlines (a reading list's titles share no words with the article either), so a list with neither stamps nor
        sections is left (test_rails27's round 2). Kept besides:

        * dated items whose dates do not run newest first (:func:`_newest_first`): a programme of coming events, a
          timeline, each closed by its date;
        * a list whose items, half or more of them, share a long word with the article's closed paragraphs (its own
          events or points; one teaser in two may touch the story, a follow-up);
        * a list the line over it announces (a colon) or that a subheading parts from the last sentence (a line with
          no sentence mark stands between), a list that runs on in items of its kind after the last headline (its
          points closed as sentences), a list of more than ``_TAIL_MOST`` items."""
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        n = len(kept)
        # the article's last sentence: the last kept line closed by a sentence mark, no list's item (read from the
        # end: the list stands under it, a page's footer under that)
        anchor = n - 1
        while anchor >= 0 and (lines[kept[anchor]].lead or not ends_sentence(lines[kept[anchor]].text)):
            anchor -= 1
        if anchor < 0 or n - anchor - 1 < self.min_run or ctx.words(kept[anchor]) < _RUN_LEAST:
            return
        kind, _number = _list_mark(lines[kept[anchor + 1]])
        run: list[int] = []
        headlines: list[str] = []  # (each item's headline, its stamp or section taken off)
        stamps: list[str] = []
        for pos in range(anchor + 1, min(n, anchor + 2 + _TAIL_MOST)):
            j = kept[pos]
            mark, number = _list_mark(lines[j])
            if mark != kind or (kind == "n" and number != len(run) + 1):
                break
            shape, headline, stamp = _listed_headline(ctx, j)
            if shape <= 0:
                break  # (no headline, or one with neither stamp nor section)
            run.append(j)
            headlines.append(headline)
            stamps.append(stamp)
        if not self.min_run <= len(run) <= _TAIL_MOST:
            return
        after = anchor + 1 + len(run)
        if after < n and kind is not None and _list_mark(lines[kept[after]])[0] == kind:
            return  # (the list runs on in items of its kind: the article's own, its points closed as sentences)
        if any(stamps) and not _newest_first(stamps):
            return  # (a programme of coming events, a timeline)
        body = [
            k for k in kept[: anchor + 1] if ctx.words(k) >= least and ends_sentence(lines[k].text) and ctx.is_prose(k)
        ]
        if not body:
            return
        vocabulary = set(_long_words(lower("\n".join(lines[k].text for k in body))))
        ours = sum(1 for text in headlines if any(w in vocabulary for w in _long_words(lower(text))))
        if ours * 2 > len(run) + 1:
            return
        reason = "a list of other stories' headlines, each with its date or section, under the article's last sentence"
        for j in run:
            ctx.doc.remove(j, self.name, reason)

    def _teasers(self, ctx: Context, least: int) -> None:
        """Lists of other stories' teasers at the page's edges: a chain of ``min_teasers`` items or more, each a
        headline-like line over a summary of one or two sentences (:func:`_teaser_item`; a date, a category or an
        author's name of a few words between or under them, and the lines other passes took, standing in it), before
        the article's body or after it. The body is the closed paragraphs no chain holds (two at least), read once
        the chains are found: a teaser's summary of twelve words reads as a paragraph and anchors the article's edge
        in the rail (so ``run`` below, and edge-furniture after it, kept the rail and the menus over it).

        Kept (the surface shape is an article's too: an FAQ, a listicle, a briefing, subheadings over one paragraph
        each):

        * a chain between the body's first and last paragraphs (the article's own sections);
        * at the head, the chain's last item when a closed paragraph follows it (the article's headline over its
          first paragraph), and a chain of one item left;
        * at the tail, a chain nothing parts from the body but an ad marker, a photo's credit or a promo's label
          (``_INSIDE_TEXT``: the article's closing sections run on from its text, those stand inside it too; a rail
          stands under a label, share buttons, tags or a stamp);
        * a chain with more words than twice the body's before it, than the body's after it (a briefing whose items
          are the article, a listicle's items under its introduction);
        * a chain half of whose items are in the article's words (half their long words in the body: the
          article's own sections, a "related" box on its very subject is left too);
        * a chain announced by a colon on the line over it (the article's facts: "Here is what you need to know:");
        * after the body, a chain one of whose headlines opens on the word a subheading inside the article opens on
          (its next sections: "Jour 2 : …" under "Jour 1 : …");
        * a half teaser whose other half another pass took as no teaser (a sign-up call, a reading time, a credit, a
          disclosure over or under an article's line), or that stands under the last of a box's bare headlines
          (the article's text runs on under an inline box: test_redteam23's box_summary pages)."""
        lines = ctx.doc.lines
        kept = ctx.doc.kept()
        n = len(kept)
        if n < _TEASER_LEAST_LINES:
            return
        counts = ctx.word_counts()
        chains: list[list[tuple[int, int]]] = []  # each item's first and last position in ``kept``
        chain: list[tuple[int, int]] = []
        p = 0
        while p < n:
            end = _teaser_item(ctx, kept, p)
            if end < 0:
                if len(chain) >= self.min_teasers:
                    chains.append(chain)
                chain = []
                p += 1
            else:
                chain.append((p, end))
                p = end + 1
        if len(chain) >= self.min_teasers:
            chains.append(chain)
        if not chains:
            return
        in_chain = [False] * n
        for c in chains:
            for a, b in c:
                for q in range(a, b + 1):
                    in_chain[q] = True
        body = [
            q
            for q in range(n)
            if not in_chain[q]
            and counts[kept[q]] >= (least * 2 + 2) // 3
            and ends_sentence(lines[kept[q]].text)
            and ctx.is_prose(kept[q])
        ]
        if len(body) < _TEASER_BODY:
            return
        first, last = body[0], body[-1]
        body_words = sum(counts[kept[q]] for q in range(first, last + 1))
        vocabulary: set[str] | None = None  # (the body's long words: read once a chain is up for removal)
        for c in chains:
            if c[-1][1] < first:
                where = "before"
                share = _TEASER_SHARE
                if ends_sentence(lines[kept[c[-1][1] + 1]].text):
                    if _list_runs_on(ctx, kept, c[-1][1] + 1):
                        continue  # (the article's list: its items run on under the "first paragraph")
                    c = c[:-1]  # (the article's headline over its first paragraph)
                elif ends_colon(lines[kept[c[-1][1]]].text):
                    # (release33: the chain's last line announces the lines under it, "The measures include:" under
                    # the lead, over the list of measures: the article's headline and first paragraph, going on in
                    # its list; a rail's teaser closes on its summary, a stamp or a category, never a colon)
                    c = c[:-1]
            elif c[0][0] > last:
                where = "after"
                if not _residue_between(ctx, kept[last] + 1, kept[c[0][0]]):
                    continue  # (no residue parts it from the article's last paragraph)
                if _subheading_alone(ctx, kept, last, c[0][0]):
                    continue  # (the article's subheading over its closing list: "Unsere drei Lieblingstouren")
                if _list_between(ctx, kept, last, c[0][0]):
                    continue  # (reviews31: a review's "Pros" / "Cons" lists over its verdict, the article's own)
                if guide_gap(ctx, range(kept[last] + 1, kept[c[0][0]])):
                    continue  # commerce38: a buying guide's next picks, the shops' buttons between them
                c = row_chain(ctx, kept, c)  # music41: a tour's last date under the others opens no chain
                share = 1
            else:
                continue
            if len(c) < self.min_teasers:
                continue
            if dated_chain(ctx, [kept[a] for a, _b in c]):
                continue  # courts39: a round-up's dated items ("Lunes 4 de marzo" over its item), no rail
            if c[0][0] > 0 and ends_colon(lines[kept[c[0][0] - 1]].text):
                continue  # (announced by the line over it: the article's own list of facts or sections)
            if where == "after" and under_setlist_label(ctx, kept, c[0][0]):
                continue  # arts38: a setlist's songs under its label ("Arctic Monkeys played:")
            # fallback35: or by a sentence's colon over the list's first items (up to three short lines, none closed):
            # "Penganalisis menyenaraikan tiga faktor yang menyokong ringgit:" over "Pertumbuhan eksport elektronik",
            # then the items and the paragraph the chain was read in (a rail's label is a word or two: "Baca juga:")
            over = c[0][0] - 1
            while over > 0 and c[0][0] - over <= 3 and counts[kept[over]] <= 6 and not ends_colon(
                lines[kept[over]].text
            ) and not ends_sentence(lines[kept[over]].text):
                over -= 1
            if over < c[0][0] - 1 and counts[kept[over]] >= 5 and ends_colon(lines[kept[over]].text):
                continue
            if where == "after" and _sections_of(ctx, [kept[a] for a, b in c], [kept[q] for q in range(first, last)]):
                continue  # (a headline opening as a subheading inside the article does: its next sections)
            taken = [kept[q] for a, b in c for q in range(a, b + 1)]
            if sum(counts[j] for j in taken) > share * body_words:
                continue
            if vocabulary is None:
                vocabulary = set(_long_words(lower("\n".join(lines[kept[q]].text for q in body))))
            ours = sum(1 for a, b in c if _of_the_article_lines(ctx, [kept[q] for q in range(a, b + 1)], vocabulary))
            if ours * 2 >= len(c):
                continue
            if any(venue_address(ctx, j) for j in taken):
                continue  # (travel35: a guide's venues, a name and address over a description: "Via Roma 12")
            reason = f"a list of other stories' teasers (a headline over its summary) {where} the article"
            for j in taken:
                ctx.doc.remove(j, self.name, reason)

    def _runs(self, ctx: Context, start: int, stop: int) -> list[tuple[list[int], int]]:
        """The runs of ``min_run`` headline-like lines or more in lines ``start`` to ``stop``, each with the kept line
        over it (-1: none)."""
        lines = ctx.doc.lines
        counts = ctx.word_counts()  # (read once: most lines of a page's edges are too short or too long)
        out: list[tuple[list[int], int]] = []
        run: list[int] = []
        before = -1
        # (a rail's section label between two teasers, "Société" / "Grève dans les transports : …" / "Il y a 3 heures"
        # / "Sport" / "Le club recrute …" / its stamp: the run goes on over it where each label parts groups of two
        # lines or more, a headline-like one and a line another pass took, its stamp, byline or section; a table of
        # contents' short items stand between items of its own, which no pass takes)
        group = 0  # the run's headline-like lines since its start or its last label
        taken = False  # another pass took a line of the group
        label = -1  # the last label's line
        cut = 0  # the run's length at its last label: a last group of that shape ends it there, or the run ends there
        for i in range(start, stop):  # (two ints: compiled, a loop in C)
            n: int = counts[i]
            if _RUN_LEAST <= n <= _RUN_MOST and _headline_like(ctx, i):
                run.append(i)
                group += 1
                taken = taken or lines[i].removal is not None
            elif lines[i].removal is not None:
                taken = taken or bool(run)
                continue
            elif taken and group and n <= _LABEL_MOST and _section_label_in_run(ctx, i, stop):
                group = 0
                taken = False
                cut = len(run)
                label = i
            else:
                if cut and not (taken and group):
                    # (the last group is no teaser of the rail's shape: the lines under the label are a run of their
                    # own, judged as one)
                    if cut >= self.min_run:
                        out.append((run[:cut], before))
                    run, before = run[cut:], label
                if len(run) >= self.min_run:
                    out.append((run, before))
                run = []
                group = cut = 0
                taken = False
                before = i
        if cut and not (taken and group):
            if cut >= self.min_run:
                out.append((run[:cut], before))
            run, before = run[cut:], label
        if len(run) >= self.min_run:
            out.append((run, before))
        return out

    def _list_of_headlines(self, ctx: Context, run: list[int], before: int) -> bool:
        """The run is a list of headlines: not announced, not rows of data (judged by the lines it keeps)."""
        lines = ctx.doc.lines
        if before >= 0 and ends_colon(lines[before].text):
            return False
        left = [j for j in run if lines[j].removal is None]
        figures = sum(1 for j in left if ctx.digit(j))
        labelled = sum(1 for j in left if ": " in lines[j].text)
        # fallback35: a share or follow row social-buttons took inside the run ("Seuraa meitä: Facebook | Instagram |
        # X" under a paywall's "Tilaa HS ja lue rajattomasti 1 kk 1 €") is one of the page's lines there still: it
        # counts against the figures of the others as it did when the run took it
        rows = len(left) + sum(
            1 for j in run if (taken := lines[j].removal) is not None and taken.pass_name == "social-buttons"
        )
        return bool(left) and figures * 2 < rows and labelled * 2 < rows


# a headline's words (compiled, Final ints are constants: the edges' every line is asked)
_RUN_LEAST: Final = 4
_RUN_MOST: Final = 20
_NEAR = 8  # the closed paragraphs whose words are the article's, from the run's side
_PARTED_LINES = 2


_LABEL_MOST: Final = 2
_TAIL_MOST = 8  # a tail list's items, at the most (a longer one is a ranking, a contents, the article's)
_NUMBERED_TEXT = re.compile(r"(\d{1,2})[.)]\s")  # a number the line's marker left in its text ("4. Stadtfest 2025: …")
# a teaser's stamp closing its headline ("– 12 March 2024", "14/03/2024", "(12.03.2024)", "- 14 Mart 2024") and its
# section in front of it ("Sport | "): a day, a month (a figure or a word of any language) and a year
_STAMP_END = re.compile(
    r"(?:\s[–—·|-]\s*|\s\(|\s)(\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.?\s[^\W\d_]{3,12}\.?\s\d{4}|[^\W\d_]{3,12}\.?\s\d{1,2},\s\d{4})\)?$"
)
# (anchored: read with match(), and linear searched too: the regex-safety scan searches it)
_SECTION_FRONT = re.compile(r"^[^\W\d_][\w&.'’-]*(?:\s[\w&.'’-]+){0,2}\s[|]\s")


def _abbreviated(text: str) -> bool:
    """Each ". " of ``text`` closes a short word (an abbreviation, "ul. Długiej", "St. Mary's"), no sentence."""
    at = text.find(". ")
    while at >= 0:
        word = text[:at].rsplit(" ", 1)[-1]
        if not (word.isalpha() and len(word) <= _ABBREVIATION):
            return False
        at = text.find(". ", at + 2)
    return True


_ABBREVIATION = 3


def _newest_first(stamps: list[str]) -> bool:
    """The dates ``stamps`` (each item's, "" for none) run newest first, or stand on one day: a feed's order. Told by
    year, then by month and day where the month is a figure ("14/03/2024", "2024-03-14"), or by day where two dates
    name the same month in words ("12 March 2024", "8 March 2024"); dates of two months in words, unordered, and an
    item with no date tell no order (the list is kept)."""
    keys = [_date_key(stamp) for stamp in stamps]
    for newer, older in pairwise(keys):
        if newer is None or older is None:
            return False
        if newer[0] != older[0]:
            if newer[0] < older[0]:
                return False
            continue
        if newer[1] != older[1]:
            if not (newer[1].isdecimal() and older[1].isdecimal()) or int(newer[1]) < int(older[1]):
                return False
            continue
        if newer[2] < older[2]:
            return False
    return True


def _date_key(stamp: str) -> tuple[int, str, int] | None:
    """A stamp's year, month (figures or a word, lower-cased) and day; None for no date."""
    parts = [part for part in re.split(r"[\s./,-]+", lower(stamp)) if part]
    if len(parts) != _DATE_PARTS:
        return None
    if len(parts[0]) == _YEAR_DIGITS and parts[0].isdecimal():  # 2024-03-14
        year, month, day = parts
    elif parts[0].isdecimal():  # 14/03/2024, 12 march 2024
        day, month, year = parts
    else:  # march 12, 2024
        month, day, year = parts
    if not (day.isdecimal() and year.isdecimal()):
        return None
    return int(year) + (2000 if len(year) == 2 else 0), month.lstrip("0"), int(day)


_DATE_PARTS = 3
_YEAR_DIGITS = 4


def _list_mark(line: Line) -> tuple[str | None, int]:
    """The kind of ``line``'s list marker (:func:`_item_kind`) and its number (0: none); a number in the line's text
    where the document left it there ("4. Stadtfest 2025: …", its colon read as a label's) counts as its marker."""
    kind = _item_kind(line.lead)
    if kind == "n":
        digits = line.lead.strip().rstrip(".)")
        return kind, int(digits) if digits.isdecimal() else 0
    if kind is None and line.text[:1].isdecimal():
        number = _NUMBERED_TEXT.match(line.text)
        if number is not None:
            return "n", int(number.group(1))
    return kind, 0


def _listed_headline(ctx: Context, i: int) -> tuple[int, str, str]:
    """Line ``i`` (its list marker aside) reads as a listed headline: 1 where it carries a teaser's stamp or section
    (``_STAMP_END``, ``_SECTION_FRONT``), 0 where it carries none, -1 where it is no headline (as
    :func:`_headline_like` reads one, a stamp or a section taken off first); with the headline, those taken off, and
    the stamp's date ("": none)."""
    text = ctx.doc.lines[i].text
    if not _RUN_LEAST <= ctx.words(i) <= _RUN_MOST:
        return -1, text, ""
    stamp = _STAMP_END.search(text)
    if stamp is not None and stamp.start() > 0:
        text = text[: stamp.start()].rstrip(" –—·|-")
    section = _SECTION_FRONT.match(text)
    if section is not None:
        text = text[section.end() :]
        if "|" in text:
            return -1, text, ""  # (a row of cells, "Gardens | Harbour | Markets": a menu's, no section over a headline)
    if len(text.split()) < _RUN_LEAST - 1:
        return -1, text, ""
    end = ord(text[-1])
    if not (97 <= end <= 122 or 65 <= end <= 90 or 48 <= end <= 57) and (
        ends_sentence(text) or ends_colon(text) or text.rstrip()[-1:] in _NOT_TITLE_END
    ):
        return -1, text, ""
    first = text[0]
    if first in _DASHES or (("a" <= first <= "z") if first < "\x80" else first.islower()):
        return -1, text, ""
    number = _NUMBERED_TEXT.match(text)
    if number is not None:
        text = text[number.end() :]
    if (". " in text and not _abbreviated(text)) or "]" in text[-4:] or text.count(",") >= _ROW_COMMAS or (
        ":" in text and has_clock(text)
    ):
        return -1, text, ""
    return (1 if stamp is not None or section is not None else 0), text, "" if stamp is None else stamp.group(1)


def _section_label_in_run(ctx: Context, i: int, stop: int) -> bool:
    """Line ``i`` (of two words at most, kept, in a run) is a rail's section label over the next headline ("Sport" /
    "Le club recrute un nouvel entraîneur"): capitalised, no figure, closed by no mark, and a headline-like line right
    under it. A home page's strip prints each teaser under its section; the run goes on over it (the label is left to
    edge-furniture) where the teaser over it holds a line another pass took (see ``_runs``)."""
    if ctx.words(i) < 1 or i + 1 >= stop:
        return False
    line = ctx.doc.lines[i]
    text = line.text
    if line.lead or not text[0].isupper() or ctx.digit(i) or not text[-1].isalpha():
        return False
    return _RUN_LEAST <= ctx.words(i + 1) <= _RUN_MOST and _headline_like(ctx, i + 1)


def _points_box_over(ctx: Context, run: list[int]) -> int:
    """The heading of a newsroom's key-points box that opens the run or stands right over it, or -1: a summary's
    heading (``structure.summary_heading``: "Las claves", "Ce qu'il faut retenir") right over two points or more of
    five words or more, none closed by a full stop, and under them a kept sentence (:func:`.edge_modern.box_points`).
    The live35 guard above asks that half the points share the text's words, which a short text's points box need not
    (test_modern39: "La multa sube de 200 a 500 euros" over a text about the reform); a rail of other stories under
    such a heading is parted from the text by its own lines (a teaser's summary, a stamp, the headline)."""
    for h in range(run[0] - 1, run[-1]):
        if h >= 0 and ctx.words(h) <= _SUMMARY_HEADING_WORDS and box_points(ctx, h):
            return h
    return -1


def _key_points(ctx: Context, run: list[int], first: int) -> bool:
    """A box of key points under the headline, right over the article's first closed paragraph (line ``first``):
    the run ends three lines or fewer over it, and its lines are short (under seven words in the mean: "Das
    Wichtigste in Kürze", "Drei Menschen im Krankenhaus"), where a sidebar's headlines run to ten."""
    if first - run[-1] > _BOX_GAP:
        return False
    left = [j for j in run if ctx.doc.lines[j].removal is None]
    return sum(ctx.words(j) for j in left) < _BOX_WORDS * len(left)


_BOX_GAP = 4  # (three lines between: the box's items of a word or two)
_SUMMARY_HEADING_WORDS: Final = 5  # live35: a key-points heading's words, at the most ("What we know so far")
_BOX_WORDS = 7


def _parted(ctx: Context, last: int, start: int) -> bool:
    """Residue parts the article's last closed paragraph (line ``last``) from a run starting at line ``start``:
    two lines or more stand between them, one of them taken by another pass (share buttons, tags, a byline, the
    copyright), as the page's furniture parts the article from a box of more stories."""
    lines = ctx.doc.lines
    return start - last > _PARTED_LINES and any(lines[j].removal is not None for j in range(last + 1, start))


def _of_the_article(ctx: Context, i: int, vocabulary: set[str]) -> bool:
    """Line ``i`` is in the article's words: half its long words or more stand in the article's closed paragraphs
    (a gallery's caption naming the article's artists, a product's feature under its review, its own headline)."""
    words = _long_words(lower(ctx.doc.lines[i].text))
    return bool(words) and sum(1 for w in words if w in vocabulary) * 2 >= len(words)


_TEASER_LEAST_LINES = 6  # (two teasers and the article's two paragraphs at the least)
_TEASER_BODY = 2  # the body's closed paragraphs, at the least
_TEASER_SHARE = 2  # a chain's words before the body, at the most, for each of the body's (after it: one)
# the passes whose removals stand inside an article's text as well as under it: they part no teasers from it
# (caps-teaser's too: it takes a line only between two of the article's paragraphs, and the paragraph under the
# last one it took, read as that "headline's" summary, is the article's closing text)
_INSIDE_TEXT = frozenset({"ad-marker", "caps-teaser", "image-credit", "promo-label"})
# the passes that take other stories' headlines and teasers: a line they took may be a teaser's half
_TEASER_PASSES = frozenset(
    {"caps-teaser", "counted-teasers", "detached-blocks", "edge-furniture", "headline-run", "promo-label", "teaser-box"}
)
_META_WORDS: Final = 7  # a teaser's date, category or authors ("3 hours ago", "by Anna Clarke", "Il y a 2 jours")
_META_LINES = 2
_SUMMARY_LEAST: Final = 3
_SUMMARY_MOST: Final = 60
_SUMMARY_BREAKS = 3  # sentence breaks in a summary, at the most (a teaser cut from a first paragraph)


def _residue_between(ctx: Context, start: int, stop: int) -> bool:
    """A line from ``start`` to ``stop`` stands, or another pass took it (not one of ``_INSIDE_TEXT``'s): the share
    row, the tags, a "more stories" label under the article's last paragraph."""
    for j in range(start, stop):
        taken = ctx.doc.lines[j].removal
        if taken is None or (taken.pass_name not in _INSIDE_TEXT and not inside_text_line(ctx, j)):
            return True
    return False


def _list_between(ctx: Context, kept: list[int], last: int, start: int) -> bool:
    """(reviews31) Between the body's last paragraph (position ``last`` of ``kept``) and a chain under it (from
    ``start``) stand ``_LIST_LEAST`` to ``_LIST_MOST`` kept lines and nothing another pass took, each short and no
    sentence nor colon's label: the article's own list runs on there (a review's "Vorteile" / "Sieben Jahre Updates" /
    "Nachteile" over "Lädt langsam mit 18 Watt" and its "Fazit: …"), and the chain's first item is that list's last
    line over the article's closing paragraph. A rail's label and share row under the article are one or two lines, or
    another pass took them."""
    if not _LIST_LEAST + 1 <= start - last <= _LIST_MOST + 1:
        return False
    lines = ctx.doc.lines
    if any(lines[j].removal is not None for j in range(kept[last] + 1, kept[start])):
        return False
    for q in range(last + 1, start):
        text = lines[kept[q]].text
        if not 1 <= ctx.words(kept[q]) <= _RUN_MOST or ends_sentence(text) or ends_colon(text):
            return False
    return True


_LIST_LEAST: Final = 3
_LIST_MOST: Final = 12


def _subheading_alone(ctx: Context, kept: list[int], last: int, start: int) -> bool:
    """Between the body's last paragraph (position ``last`` of ``kept``) and a chain under it (from ``start``) stand
    one kept line alone, right under the paragraph, and nothing another pass took: a short line, not closed, no
    colon's label, that no table read as residue. The article's subheading over its closing list ("Unsere drei
    Lieblingstouren" over three walks, each a name over a sentence; "Our picks from this year's programme"). A
    rail stands under what the tables take (a "Related stories" label, share buttons, tags: another pass's
    removal), and under more than one line when its label is unknown (the label and the share row, the tags)."""
    if start != last + 2:
        return False
    lines = ctx.doc.lines
    i = kept[last + 1]
    if any(lines[j].removal is not None for j in range(kept[last] + 1, kept[start])):
        return False
    line = lines[i]
    return (
        not line.lead
        and 1 <= ctx.words(i) <= _RUN_MOST
        and not ends_sentence(line.text)
        and not ends_colon(line.text)
    )


def _list_runs_on(ctx: Context, kept: list[int], q: int) -> bool:
    """Under the closed paragraph at position ``q`` of ``kept`` (the one a chain before the body ends over, read as
    the article's first paragraph under its headline), another item of the chain's shape follows: a short line,
    not closed, over a summary. The chain is then the head of the article's own list (a listicle's titles over a
    sentence each, "Cinque film da vedere": items of two words no headline test reads break the chain, and what
    follows them reads as the body); a rail ends where the article's headline and first paragraph begin, and the
    text runs on in paragraphs."""
    n = len(kept)
    if q + 2 >= n:
        return False
    i = kept[q + 1]
    line = ctx.doc.lines[i]
    return (
        not line.lead
        and 1 <= ctx.words(i) <= _RUN_MOST
        and not ends_sentence(line.text)
        and not ends_colon(line.text)
        and _summary(ctx, kept[q + 2])
    )


def _meta(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a teaser's date, category or author: a few words, not closed as a sentence."""
    return ctx.words(i) <= _META_WORDS and not ends_sentence(ctx.doc.lines[i].text)


def _summary(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a teaser's summary: one or two sentences, closed."""
    text = ctx.doc.lines[i].text
    words = ctx.words(i)
    return (
        _SUMMARY_LEAST <= words <= _SUMMARY_MOST
        and not ctx.doc.lines[i].lead
        and ends_sentence(text)
        and text.count(". ") <= _SUMMARY_BREAKS
    )


def _teaser_head(ctx: Context, kept: list[int], p: int) -> int:
    """The position of the summary closing a teaser's headline and summary from position ``p`` of ``kept`` (a
    headline-like line, ``_META_LINES`` short lines at most between, the summary; or the summary itself, right under
    a headline another pass took), -1 when none does."""
    n = len(kept)
    i = kept[p]
    if not _headline_like(ctx, i):
        # (a summary whose headline another pass took: a teaser box's first item under its heading, maybe with its
        # stamp, "3 hours ago"; the line over it taken, asked first: most lines of a page are no such summary)
        lines = ctx.doc.lines
        if i == 0 or lines[i - 1].removal is None or not _summary(ctx, i):
            return -1
        j = i - 1
        while j >= 0 and i - j <= _META_LINES + 1 and lines[j].removal is not None:
            if _taken_headline(ctx, j):
                # (a box's first headline, taken as a teaser: a reading time, a sign-up call or a credit over the line
                # is none, nor the last of a box of bare headlines under its label, which the article's text may run
                # on under)
                if not _taken_as_teaser(ctx, j) or (
                    j > 1
                    and _taken_as_teaser(ctx, j - 1)
                    and _taken_headline(ctx, j - 1)
                    and lines[j - 2].removal is not None
                ):
                    return -1
                return p
            j -= 1
        return -1
    q = p + 1
    if i + 1 < len(ctx.doc.lines) and _taken_as_teaser(ctx, i + 1) and _summary(ctx, i + 1):
        return p  # (a headline whose summary another pass took as a teaser's)
    while q < n and q - p <= _META_LINES and _meta(ctx, kept[q]):
        q += 1
    return q if q < n and _summary(ctx, kept[q]) else -1


def _sections_of(ctx: Context, heads: list[int], inside: list[int]) -> bool:
    """One of lines ``heads`` opens on the word a headline-like line among ``inside`` (the article's lines between
    its first and last closed paragraphs: its subheadings) opens on: the article's next sections ("Jour 1 : la
    Ribeira" inside, "Jour 2 : les caves de Gaia" under it), no other stories' teasers."""
    lines = ctx.doc.lines
    openers = {
        lower(lines[i].text.split(" ", 1)[0]) for i in inside if lines[i].removal is None and _headline_like(ctx, i)
    }
    return bool(openers) and any(lower(lines[i].text.split(" ", 1)[0]) in openers for i in heads)


def _taken_as_teaser(ctx: Context, i: int) -> bool:
    """Line ``i`` was taken by a pass that takes other stories' headlines and teasers (``_TEASER_PASSES``), not by
    one that takes a sign-up call, a credit, a reading time or a disclosure, whatever their shape."""
    taken = ctx.doc.lines[i].removal
    return taken is not None and taken.pass_name in _TEASER_PASSES


def _taken_headline(ctx: Context, i: int) -> bool:
    """Line ``i``, which another pass took, reads as a teaser's headline: headline-like, or a question of a headline's
    words ("Wie sauber ist die Luft in Ihrer Stadt?": kept, an FAQ's question over its answer has that shape)."""
    if _headline_like(ctx, i):
        return True
    text = ctx.doc.lines[i].text
    return _RUN_LEAST <= ctx.words(i) <= _RUN_MOST and text.rstrip()[-1:] in "?？" and ". " not in text


def _teaser_item(ctx: Context, kept: list[int], p: int) -> int:
    """The last position of the teaser opening at position ``p`` of ``kept`` (its headline and summary, and the
    short lines under it that open no teaser: a stamp, a category), -1 when none opens there."""
    q = _teaser_head(ctx, kept, p)
    if q < 0:
        return -1
    n = len(kept)
    end = q
    while end + 1 < n and end - q < _META_LINES and _meta(ctx, kept[end + 1]) and _teaser_head(ctx, kept, end + 1) < 0:
        end += 1
    return end


def _of_the_article_lines(ctx: Context, indices: list[int], vocabulary: set[str]) -> bool:
    """Lines ``indices`` are in the article's words: half their long words or more stand in its body."""
    words = _long_words(lower(" ".join(ctx.doc.lines[j].text for j in indices)))
    return bool(words) and sum(1 for w in words if w in vocabulary) * 2 >= len(words)


def _headline_like(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a headline in a list: four to twenty words, no list item, closed by no sentence mark,
    comma or colon, not opening in lower case or on a dash (an attribution), no sentence break, citation mark,
    row of names or time of day in it."""
    line = ctx.doc.lines[i]
    words = ctx.words(i)
    if line.lead or not _RUN_LEAST <= words <= _RUN_MOST:
        return False
    text = line.text
    end = ord(text[-1])  # (a line's text is never empty; most headlines end in a letter or a figure)
    if not (97 <= end <= 122 or 65 <= end <= 90 or 48 <= end <= 57) and (
        ends_sentence(text) or ends_colon(text) or text.rstrip()[-1:] in _NOT_TITLE_END
    ):
        return False
    first = text[0]
    # (an ASCII letter compared, no method called: compiled, ``islower`` is a method looked up on every line)
    if first in _DASHES or (("a" <= first <= "z") if first < "\x80" else first.islower()):
        return False
    # (a paragraph closed before its citation, "… vermehrt.[2]"; names or places in a row, "Marco De Santis, Giulia
    # Ferri, Antonio Russo"; a time of day, "Valid from 18:00 Mon 3 Feb": a text's lines, no headline's)
    if ". " in text or "]" in text[-4:] or text.count(",") >= _ROW_COMMAS:
        return False
    if wraps_on(ctx, i):
        return False  # dumps45: a hard-wrapped paragraph's first line, the sentence running on under it
    return not (":" in text and has_clock(text))  # (the colon asked first: most lines have none)


_ROW_COMMAS: Final = 2
_CLOCK: Final = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def has_clock(text: str) -> bool:
    """Whether ``_CLOCK`` finds a time of day in ``text``: at a colon, a run of one or two digits before it and
    exactly two after it (read from the colons: the regex tries every position of the line, 15,000 instructions a
    line compiled; ``tests/test_fast_paths.py`` holds the two to each other)."""
    at = text.find(":")
    n = len(text)
    while at >= 0:
        run = 0
        while run < 3 and at - run - 1 >= 0 and text[at - run - 1].isdecimal():
            run += 1
        if (
            1 <= run <= 2
            and at + 2 < n
            and text[at + 1].isdecimal()
            and text[at + 2].isdecimal()
            and not (at + 3 < n and text[at + 3].isdecimal())
        ):
            return True
        at = text.find(":", at + 1)
    return False
