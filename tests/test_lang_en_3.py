"""English pages, a third probe: the NON-NEWS pages people scrape (the first two probes,
``test_lang_en.py`` and ``test_lang_en_2.py``, are news-heavy).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Six pages are what a NAIVE scraper keeps (all the visible text: a gov.uk-style service page with its
"Contents", "Is this page useful?" and "Explore the topic" boxes, a corporate engineering blog with its
author card, tags, share row, newsletter box and careers pitch, a documentation how-to with its
breadcrumbs, table of contents, "Was this helpful?" and "Edit this page on GitHub", a travel guide
with its map widget, booking buttons and affiliate lines, a shop's product page with price, cart
buttons and reviews, an event page with its ticket box), six what an EXTRACTOR lets through (a
university announcement, a nonprofit appeal that asks for money in its own prose, a forum thread
extracted as text, a Wikipedia-style article with "[edit]" headings and its references, a newsletter
archive page, a job posting). The article lines resemble residue on purpose: how-to imperatives
("Click Save, then sign in again", "Share the file with your team", "Print the form and sign it",
"Subscribe to the RSS feed in your reader"), numbered steps and code lines, a shop's own spec list, an
appeal's own "Please give", a forum's quoted replies, a job's list of duties.

Measured when the probe was written, before any rule change (12 pages, 123 article and 252 residue
lines): article lines lost 4 (an event page's "Accessibility" subheading, taken by site-chrome as a
footer link; the three replies of the forum thread, taken by comment-section under "148 comments"),
residue lines left 47. After: article lines lost 3 (the forum's replies), residue lines left 15. Since
comment-section tells a discussion page from an article with its comments (tests/test_discussion_pages.py):
article lines lost 0, residue lines left 17 (the forum's replies stay, and with them two lines of their UI).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    assert_survives,
    helpful_question_tests,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    short_line_tests,
    tagged_probe_tests,
    with_line,
)
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a government service page (gov.uk style)
    "gov_service": """\
R Skip to main content
R Cookies on GOV.UK
R We use some essential cookies to make this website work.
R Accept additional cookies
R Reject additional cookies
R View cookies
R GOV.UK
R Menu
R Search GOV.UK
R Home
R Driving and transport
R Driving licences
T Renew your driving licence if you're 70 or over
A You must renew your driving licence every 3 years after you reach 70.
A It's free to renew your licence if you're 70 or over.
R Contents
R Overview
R Renew online
R Renew by post
R If your licence has expired
A Overview
A DVLA will send you a D46P application form 90 days before your 70th birthday and every 3 years after that.
A You can renew online or by post. You do not need to wait for the form to arrive.
A Renew online
A You'll need your National Insurance number and the addresses where you've lived over the last 3 years.
T Start now
A Renew by post
A Print the form and sign it in black ink, then send it to the address on the form with your current photocard.
A You should get your new licence within 3 weeks.
A If your licence has expired
A You can still apply to renew it. You cannot drive until you get your new licence unless you meet the rules in section 88 of the Road Traffic Act.
R Print this page
R Is this page useful?
R Yes
R No
R Report a problem with this page
R Related content
R Renew your driving licence
R Medical conditions, disabilities and driving
R Explore the topic
R Driving licences
R Help
R Privacy
R Cookies
R Accessibility statement
R Contact
R Terms and conditions
R Rhestr o Wasanaethau Cymraeg
R Government Digital Service
R All content is available under the Open Government Licence v3.0, except where otherwise stated
R © Crown copyright
""",
    # EXTRACTOR: a university news announcement
    "university": """\
T University opens £40m engineering building to students
R News and events
R Posted on 14 October 2025
R By Press Office
A The University of Northbridge has opened its new £40 million Engineering Innovation Centre, which will house 1,200 students and 90 researchers from this term.
A The five-storey building on the Whitfield campus includes a wind tunnel, a materials testing hall and a makerspace open to all students.
A Professor Amara Okafor, Dean of Engineering, said: "This is the building our students asked for."
A "They told us they wanted space to build things, break them and build them again."
A The centre was funded by the university, a £12m grant from the Office for Students and a gift from alumna Helen Marsh.
A Key features
A A 4-metre wind tunnel for aerospace and civil engineering projects
A 24-hour access for final-year project teams
A A roof garden monitored by 300 sensors as a living laboratory
A Students can book the makerspace through the university app. Sign in with your university account and choose a two-hour slot.
A An open day for local schools will be held on 22 November. Teachers can register their class through the outreach office.
R Media enquiries
R For more information, please contact the Press Office on 01632 960123 or email press@northbridge.ac.uk
R Share this story
R Facebook
R X
R LinkedIn
R Related news
R Northbridge ranked top 20 for student satisfaction
R New scholarship for engineering apprentices
""",
    # NAIVE: a corporate engineering blog
    "eng_blog": """\
R Products
R Solutions
R Pricing
R Docs
R Blog
R Careers
R Sign in
R Start free trial
R Engineering
T How we cut our CI time from 40 minutes to 9
R Priya Raman
R Staff Engineer, Developer Productivity
R March 3, 2025
R 8 min read
A Two years ago a full run of our test suite took 40 minutes. Engineers batched their changes to avoid waiting, and batched changes broke more often.
A This post describes the four changes that brought the median run down to 9 minutes.
A 1. Split the suite by timing, not by file
A We recorded the duration of every test for a week and used it to balance 32 shards. The slowest shard went from 18 minutes to 6.
A 2. Cache the dependency layer
A Our Docker images rebuilt the dependency layer on every commit. We now key the cache on the lockfile hash:
A COPY poetry.lock pyproject.toml ./
A RUN poetry install --no-root
A 3. Stop testing what did not change
A 4. Make flaky tests loud
A A test that fails and then passes on retry is now reported to its owning team, with a link to the run. Flaky failures fell by 70% in a quarter.
A If you want to try this, start with the timing data. Share the file with your team before you change anything; the numbers convince people faster than a design doc.
A Thanks to the Developer Productivity team for their work on this project.
R Tags
R CI/CD
R Testing
R Developer Experience
R Share this post
R Twitter
R LinkedIn
R Copy link
R About the author
R Priya leads the Developer Productivity team. Before joining us she built build systems at two fintech startups.
R Related posts
R Migrating 400 services to Kubernetes without downtime
R What we learned from a year of on-call
R Subscribe to our newsletter
R Get the latest engineering posts delivered to your inbox.
R Email address
R Subscribe
R We're hiring! Join our engineering team and help build the future of developer tools.
R View open roles
R © 2025 Stackwise Inc. All rights reserved.
R Privacy Policy
R Terms of Service
R Status
""",
    # NAIVE: a documentation how-to article
    "docs_howto": """\
R Docs
R Guides
R API reference
R Changelog
R Search docs
R Ctrl K
R Docs
R Guides
R Account
R Enable two-factor authentication
T Enable two-factor authentication
R On this page
R Before you begin
R Set up an authenticator app
R Recovery codes
R Troubleshooting
A Two-factor authentication (2FA) adds a second step to signing in. You need your password and a code from your phone.
A Before you begin
A You need the Owner or Admin role to require 2FA for a whole workspace.
A Set up an authenticator app
A 1. Go to Settings > Security.
A 2. Click Enable 2FA.
A 3. Scan the QR code with your authenticator app.
A 4. Enter the six-digit code and click Save, then sign in again.
A Recovery codes
A After you turn on 2FA, download your recovery codes and store them somewhere safe. Each code works once.
A You can also enable 2FA from the command line:
A $ acme auth mfa enable --method totp
A Note: If you lose your phone and your recovery codes, contact your workspace owner to reset 2FA.
A Troubleshooting
A If your codes are rejected, check that the time on your phone is set automatically.
A To get notified when this guide changes, subscribe to the RSS feed in your reader.
R Was this helpful?
R Yes
R No
R Edit this page on GitHub
R Last updated on January 12, 2025
R Previous
R Manage API keys
R Next
R Single sign-on (SSO)
R © 2025 Acme Cloud. Docs licensed under CC BY 4.0.
""",
    # NAIVE: a travel guide
    "travel": """\
R Destinations
R Trip ideas
R Hotels
R Deals
R Sign up
T The perfect 3 days in Lisbon
R By Sam Whitlock
R Updated May 2, 2025
R This post may contain affiliate links. If you book through them, we may earn a small commission at no extra cost to you.
R Jump to section
R Day 1
R Day 2
R Day 3
R Where to stay
A Lisbon is a city of hills, trams and tiled facades, and three days is enough to see the best of it without rushing.
A Day 1: Alfama and the castle
A Start early at the Castelo de São Jorge before the tour groups arrive. Tickets cost €15 at the gate.
A Walk down through Alfama and stop at the Miradouro de Santa Luzia for the view over the river.
R Map
R Map data ©2025 Google
R View larger map
A Day 2: Belém
A Take tram 15 from Praça da Figueira to Belém. Buy a Viva Viagem card first; it costs €0.50 and you can top it up.
A Book now if you want to visit the Jerónimos Monastery in August, because timed tickets sell out days ahead.
R Book your Belém tour here
A Day 3: Sintra
A Sintra is 40 minutes by train from Rossio station. Trains run every 20 minutes.
A Where to stay
A We stayed in Chiado, which is central and flat by Lisbon's standards.
R Check prices on Booking.com
R Book now
R Pin it for later!
R You might also like
R 10 best day trips from Porto
R Where to eat in Madrid on a budget
R Leave a comment
R Get our free travel planner
R © 2025 Wander Often
""",
    # NAIVE: an e-commerce product page
    "product": """\
R Free UK delivery on orders over £50
R Shop
R Kitchen
R Coffee
R Sale
R Basket (0)
R Home
R Kitchen
R Coffee makers
T Harlow Pour-Over Coffee Set
T £34.99
R ★★★★☆ 4.6 (212 reviews)
R In stock
R Quantity
R Add to cart
R Add to wishlist
A Brew a clean, bright cup in four minutes with a borosilicate glass carafe and a reusable stainless steel filter.
A No paper filters, no capsules, no waste.
A What's in the box
A 600 ml glass carafe
A Stainless steel filter
A Bamboo collar and leather tie
A Care
A Rinse the filter after each use and wash it in the dishwasher once a week.
A Specifications
A Capacity: 600 ml (4 cups)
A Weight: 420 g
R Delivery & returns
R Free returns within 30 days.
R Customer reviews
R 4.6 out of 5
R Write a review
R Great coffee, easy to clean
R Verified purchase
R Jo, 12 March 2025
R Makes the best coffee I've had at home.
R Was this review helpful? Yes (14) No (1)
R Customers also bought
R Hand grinder
R £24.99
R Sign up for 10% off your first order
R © 2025 Harlow Home Ltd
""",
    # NAIVE: an event page
    "event": """\
R What's on
R Exhibitions
R Events
R Visit
R Membership
R Buy tickets
T Late Night at the Museum: Dinosaurs After Dark
R Friday 7 November 2025
R 18:30 – 22:00
R Main Hall
R Ages 18+
R From £18
R Book tickets
R Add to calendar
A After the doors close, the Main Hall opens again for an evening of talks, music and drinks under the skeleton of our blue whale.
A Palaeontologist Dr Lena Fisher will give a 30-minute talk at 19:00 on how the last dinosaurs lived.
A Programme
A 18:30 Doors open
A 19:00 Talk: The last days of the dinosaurs
A 20:00 Silent disco in the Fossil Gallery
A 21:45 Last orders
A Tickets include one drink. Bring your ticket on your phone or print it at home.
A Accessibility
A The Main Hall has step-free access. Please tell us about access needs when you book.
R Share this event
R Facebook
R X
R Email
R You may also like
R Members' Evening: Birds of the World
R Sign up to our emails
R Be the first to hear about new exhibitions and events.
R Registered charity number 1234567
R © Trustees of the Museum 2025
""",
    # EXTRACTOR: a nonprofit appeal (the appeal itself asks for money)
    "appeal": """\
T Clean water for Kibera: our winter appeal
R Donate now
A This winter, 12,000 families in Kibera will queue for water that is not safe to drink.
A Grace, a mother of four, walks 40 minutes each way to the nearest working tap. Her youngest daughter was ill three times last year.
A "When the tap is broken, we buy water from the carts. It costs more than our food."
A A new borehole and solar pump costs £18,000 and serves 3,000 people for at least 15 years.
A Please give what you can today. £30 pays for a household water filter; £100 trains a community repair technician.
A Every gift made before 31 December will be matched by the Hollins Foundation, up to £50,000.
A If you are a UK taxpayer, tick the Gift Aid box and we can claim an extra 25p for every £1 you give.
R Donate now
R £30
R £50
R £100
R Other amount
R Make this a monthly gift
R Your donation is secure. We are a registered charity (no. 1098765).
R Share this appeal
R Sign up for updates
R Photo: WaterWorks/James Otieno
""",
    # EXTRACTOR: a forum thread extracted as text
    "forum": """\
R r/homeowners
R Posted by u/quietmaple 3 days ago
T Should I replace my boiler or repair it again?
A My boiler is 17 years old and has broken down twice this winter. The engineer quoted £450 for a new fan and £2,800 for a replacement combi.
A Is it worth repairing one more time, or am I throwing money away?
R 148 comments
R Share
R Save
R Sort by: Best
R level 1
R u/heatguy_uk
R · 3 days ago
A Gas engineer here. At 17 years I'd replace it. Parts get harder to find and a new combi will use about 15% less gas.
R 212
R Reply
R level 2
R u/quietmaple
R OP · 3 days ago
A Thanks, that's helpful. Does it matter which brand?
R 34
R Reply
R level 1
R u/frugal_fran
R · 2 days ago
A Get three quotes. Ours ranged from £2,400 to £3,900 for the same boiler.
R 87
R Reply
R More replies
R Continue this thread
""",
    # EXTRACTOR: a Wikipedia-style article with [edit] headings and references
    "wiki": """\
T Bramley apple
R From Wikipedia, the free encyclopedia
A The Bramley apple is a cultivar of apple used mainly for cooking. It is the most widely grown cooking apple in the United Kingdom.[1]
A History[edit]
A The first tree grew from a pip planted by Mary Ann Brailsford in Southwell, Nottinghamshire, in 1809.[2] The original tree still stands.
A In 1856 a local nurseryman, Henry Merryweather, began selling cuttings, and named the apple after the owner of the garden, Matthew Bramley.[3]
A Characteristics[edit]
A The fruit is large, flat and green, and cooks to a fluffy purée because of its high acid content.[4]
T See also[edit]
T List of apple cultivars
T References[edit]
R ^ "Bramley apple". Royal Horticultural Society. Retrieved 4 May 2021.
R ^ Smith, Muriel (1971). National Apple Register of the United Kingdom. London: Ministry of Agriculture. p. 79.
R ^ "The Bramley story". Southwell Minster. Archived from the original on 2 March 2016.
R ^ Morgan, Joan; Richards, Alison (2002). The New Book of Apples. Ebury Press. ISBN 978-0-09-188398-5.
R External links
R Media related to Bramley apple at Wikimedia Commons
R Categories: Apple cultivars | English apples | 1809 introductions
R This page was last edited on 9 January 2025, at 10:14 (UTC).
R Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.
""",
    # EXTRACTOR: a newsletter archive page (one issue)
    "newsletter": """\
R View this email in your browser
T The Friday Brief #212: Why your rent went up
R Issue #212 · 14 February 2025
A Hello, and welcome to the 4,300 new readers who joined us this week.
A This week: why rents rose 9% in a year, and what the new renters' bill will and will not change.
A The short version
A Landlords' mortgage costs doubled when rates rose. Most passed at least part of that on.
A The new bill bans no-fault evictions but does not cap rents. Rent rises will be limited to once a year.
A What to read
A The Resolution Foundation's rent report is the clearest guide to the numbers.
A Forward this to a friend who rents. If someone forwarded it to you, welcome: you can read every past issue on our site.
R Was this email forwarded to you? Subscribe here.
R Enjoyed this issue? Share it on social.
R You are receiving this email because you subscribed to The Friday Brief.
R Unsubscribe | Update your preferences
R The Friday Brief, 20 Market Street, Leeds LS1 6DT
""",
    # EXTRACTOR: a job posting
    "job": """\
T Senior Data Analyst
T Northwind Health
T Manchester, UK (Hybrid)
T Full-time
T £48,000 – £56,000 a year
R Posted 5 days ago
R Apply now
R Save job
A Northwind Health runs 40 community clinics across the North West. We are looking for a Senior Data Analyst to help our clinics cut waiting times.
A What you'll do
A Build and maintain dashboards for clinic managers
A Work with clinicians to turn questions into analyses
A Share the results with your team and with the board every quarter
A What you'll need
A 3+ years of experience with SQL and Python
A Experience presenting data to non-technical audiences
A Benefits
A 28 days' holiday plus bank holidays
A Pension with 6% employer contribution
A To apply, send your CV and a short cover letter by 30 April. We will reply to every application.
A Northwind Health is an equal opportunity employer.
R Apply now
R Report this job
R Similar jobs
R Data Analyst - NHS Trust - Leeds
R Get job alerts for similar roles
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {
    # the event's fact box under its date (time, room, ages, price: "18:30 – 22:00", "Main Hall", "Ages 18+",
    # "From £18": an event's own data, the rows a story's fact box holds) and the mailing list's pitch ("Be the
    # first to hear about new exhibitions and events.": a call-to-action table, left to that table's owner)
    "event": 5,
    # the subreddit's name and the post's byline at the head ("r/homeowners", "Posted by u/quietmaple 3 days
    # ago": a platform's own strings); the post's "Save" button and a reply's "OP · 3 days ago", left with the
    # replies since comment-section tells the page is the discussion (tests/test_discussion_pages.py)
    "forum": 4,
    # the issue's number and date (a dateline with an issue number), the share pitch ("Enjoyed this issue? Share it
    # on social.": a call to action) and the sender's postal address (an address is the article's data elsewhere)
    "newsletter": 3,
    # a delivery promise under the shop's tab ("Free returns within 30 days.": a sentence)
    "product": 1,
    # the map widget's bare "Map" (a one-word heading of the article's own as often) and an affiliate link's
    # call ("Book your Belém tour here": a call-to-action table)
    "travel": 2,
    # the section's name under the headline ("News and events") and the press office's contact sentence
    "university": 2,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it). The forum thread's three replies,
#: once taken by comment-section under "148 comments", stay: a short post over a count of replies, each
#: framed by its time and "Reply", is the discussion itself (see cleaner.passes.discussions).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="en", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_english, test_probe_pages_are_told_english = language_probe_tests(
    CASES, "en", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("Edit this page on GitHub", "site-chrome"),
    ("Suggest changes to this page", "site-chrome"),
    ("On this page", "site-chrome"),
    ("View larger map", "site-chrome"),
    ("Map data ©2025 Google", "site-chrome"),
    ("4.6 out of 5", "site-chrome"),
    ("Delivery & returns", "site-chrome"),
    ("Apply now", "site-chrome"),
    ("Save job", "site-chrome"),
    ("Get job alerts for similar roles", "site-chrome"),
    ("Donate now", "site-chrome"),
    ("Make this a monthly gift", "site-chrome"),
    ("From Wikipedia, the free encyclopedia", "site-chrome"),
    ('^ Smith, Muriel (1971). National Apple Register of the United Kingdom. London: Ministry of Agriculture. p. 79.', "site-chrome"),
    ("View this email in your browser", "newsletter-prompt"),
    ("You are receiving this email because you subscribed to The Friday Brief.", "newsletter-prompt"),
    ("Was this email forwarded to you? Subscribe here.", "newsletter-prompt"),
    ("Unsubscribe | Update your preferences", "newsletter-prompt"),
]

test_residue_goes = residue_goes_tests(ARTICLES["en"], RESIDUE_GOES)


#: Article lines that resemble the residue above: they stay in the middle and at the end of an article.
#: ("Subscribe to the RSS feed in your reader." stays inside the how-to page, not after a news story's
#: last paragraph: there newsletter-prompt takes it as the site's call, which it may well be.)
SHORT_LINES = [
    "Click Save, then sign in again.",
    "Share the file with your team.",
    "Print the form and sign it.",
    "Apply now for the hardship grant, the council urged tenants.",
    "Donate now and the pledge will be doubled, the charity said.",
    "Edit this page on GitHub if you find a mistake.",
    "Was this helpful? Most parents said it was not.",
    "On this page of the report, the auditors list every missed deadline.",
    "In this article, the authors argue the trial was too small.",
    "Map data from 2024 shows the flood zone has grown.",
    "4.6 out of 5 stars was the average rating, the company said.",
    "You are receiving this email because you subscribed, the scam message claimed.",
    "Make this a monthly habit, the coach said.",
    "$ acme auth mfa enable --method totp",
    "4. Enter the six-digit code and click Save, then sign in again.",
]

test_short_line_survives = short_line_tests(ARTICLES["en"], SHORT_LINES)


def test_a_section_name_between_two_paragraphs_is_their_subheading() -> None:
    # "Accessibility" over an event's access notes; the same word in a run of footer links goes
    for heading in ("Accessibility", "Contact us", "FAQ"):
        assert_survives(with_line(ARTICLES["en"], heading, "middle"))
    footer = ["Privacy", "Cookies", "Accessibility", "Contact us"]
    kept = cleaner.clean_text("\n\n".join([*ARTICLES["en"], *footer])).split("\n\n")
    assert kept == ARTICLES["en"]


def test_a_button_between_two_paragraphs_still_goes() -> None:
    for button in ("Subscribe", "Print", "Donate now"):
        result = cleaner.explain_text("\n\n".join(with_line(ARTICLES["en"], button, "middle")))
        assert result.text == "\n\n".join(ARTICLES["en"]), button


test_a_bare_helpful_question_goes_over_its_buttons = helpful_question_tests(
    ARTICLES["en"], "Was this helpful?", "Yes", "No", "Yes, said the mother."
)


_SECTIONS = ["Costs", "Timetable"]


def test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay() -> None:
    a1, a2, a3 = ARTICLES["en"]
    for heading in ("Contents", "On this page", "Jump to section"):
        page = [a1, heading, *_SECTIONS, a2, "Costs", a3, "Timetable: two years of work", a1[:60] + "."]
        result = cleaner.explain_text("\n".join(page))
        assert result.text.split("\n") == [a1, a2, "Costs", a3, "Timetable: two years of work", a1[:60] + "."], heading
        assert {r.pass_name for r in result.removed} <= {"table-of-contents", "site-chrome"}


def test_a_list_under_a_contents_heading_whose_items_head_nothing_stays() -> None:
    # a kit's contents; a list of which one item only comes back as a heading
    for items in (["A two-person tent", "Four poles"], ["Costs", "What residents say"]):
        assert_survives(with_line(ARTICLES["en"], "\n".join(["Contents", *items]), "middle"))
    a1, a2, a3 = ARTICLES["en"]
    assert_survives([a1, "\n".join(["Contents", "Costs", "What residents say"]), a2, "Costs", a3])
    # items that open later sentences, not headings
    later = ["Costs, the council said, will rise by a fifth over two years.", "Timetable changes follow in May, officials said."]
    assert_survives([a1, "\n".join(["Contents", *_SECTIONS]), a2, *later, a3])


def test_a_bare_question_answered_in_the_article_stays() -> None:
    # the bare question goes only over the widget's two different buttons
    for answers in (["Yes.", "No, said the mayor."], ["No", "No"], ["It was, the survey found."]):
        assert_survives(with_line(ARTICLES["en"], "\n".join(["Was this helpful?", *answers]), "middle"))


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_en_3.py
    report(CASES)
    print("as English:")
    report(CASES, lambda case: judge(case, language="en"))
