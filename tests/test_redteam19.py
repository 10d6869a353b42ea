# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team 19: ENGLISH pages of genres few probes had, through the text path (``clean_text`` / ``explain_text``).

Thirty-three pages, written before the rules were read, as an extractor or a naive scraper (menus, footers, everything)
outputs them: a newswire press release ("About" box, forward-looking statements, media contact) and a charity's
(embargo label, "###"), a message board thread (SMF: ranks, "Logged", "Quote", "Reply #1 on: …", a signature), a Q&A
page's question and accepted answer (votes, badges, comments), a help community's solved thread (kudos, "Accepted
Solutions"), a headphone review (specs, "In the box", deals widget), a shop's product page (price, stock, star
histogram, reviews), an air fryer test (pros and cons, verdict), two recipes (a numbered method, an unnumbered one), a
death notice with its guestbook, an obituary feature (a one-line quote), a council notice, a university's news page, a
government update (a numbered list, a sentence about unsubscribing), a journal abstract (keywords, DOI, "Cite this",
metrics), a preprint page, two podcast pages (chapter timestamps, one of them a one-word "00:00 Intro"; a sentence
naming a timestamp), a concert's and a library workshop's event pages (its schedule, "11:00 Break"), a football
report over its live ticker, a cricket report whose text holds the times of the wickets, an encyclopedia page
("[edit]", "[citation needed]", references) and a fan wiki, a newsletter issue on its web page and a company's
(its own table of contents over the sections), a Medium post (member-only, claps, follow), a Substack post (likes,
restacks, a sentence about paying subscribers), a story full of residue words ("Like and subscribe", "Sign in to
continue", "Share prices", "Follow-up episodes", "Reply all", "subscribers"), an interview of short questions ("By
hand?" / "Always. …"), a consultation page and a library's notice. Tags: ``A`` article, ``R`` residue, ``T`` either
way.

Measured before any rule change (263 article and 522 residue lines as first tagged): article lines lost 12, residue
lines left 121. Re-judged after that first run, ``T``: a headline under the release's label (title-line takes a
page's title, as every red team tags it), an encyclopedia's references (the vocabulary takes "^ …" lines as residue
on purpose), a Substack subtitle (as red team 18). With those tags, before: lost 8, left 120.

The losses: clock-line read a programme's and a podcast's one-word entries ("11:00 Break", "00:00 Intro") as a time
and its zone (the clock table took ANY word of two to five letters after a time); edge-furniture took show notes'
"Links mentioned:" and its first item (the run of furniture under the chapters), a journal page's "Abstract" heading
over the abstract (the line right over the first long paragraph), a newsletter's first section heading, which
repeats the first entry of its own table of contents over it; and an abstract's keywords (``KNOWN_LOST``, as red
teams 14b and 18).

The fixes, by shape: the clock table's word after a time is a zone's or the clock's ("ET", "GMT", "CEST", "Uhr"),
listed (metadata.toml); ``colon_list_through`` (edge_guards) keeps a label ending in a colon right under the article's
own line, over one to three items of two words or more and then a kept item of the article's (a figure or a function
word, no sentence, no phone, mail or link); ``opening_heading`` keeps the line right over the first long paragraph
when the new table ``structure.opening_heading`` names it ("Abstract", "Summary", "Einleitung", …) or when it repeats
the first entry of a table of contents over it whose next entries stand again, in order, under the paragraph. The
vocabulary (en.toml): a message board's frame and controls, a Q&A site's vote labels and badge row, a help forum's
solution links, a shop's stock, price, star-histogram and review labels, a review's price note and store button, a
journal's issue line and metrics, a preprint server's record, a file's size line, a council site's list link and
builder credit, a paper's row of links, a wiki farm's licence line, a newswire's box heading, a press office's
contact with its mail, a podcast's support and subscribe calls, a newsletter web page's frame.

After the first fixes: lost 2 (the keywords), left 66. Then: a help forum put a left-to-right mark (U+200E) before
its stamps, which hid them from every table: ``vocab.symbol_lead`` now reads past invisible format characters (the
bidi marks, zero-width space, byte order mark) as it reads past a bullet. With the stamp read, "4 REPLIES" opened a
comment section over the ACCEPTED ANSWER (three article lines lost): the chosen answer's labels ("Accepted
Solutions", "Solved! Go to Solution.") are now ``comments.answer``'s, the table that tells a Q&A page's answers from
comments (so they are no chrome of the vocabulary's: "Accepted answer" stays a label left). Also added: a message
board's member ranks ("Hero Member", "Global Moderator", "Community Expert"), a service's cookie sentence naming the
kind ("We use some essential cookies …"), a podcast's subscribe and review calls. After round one: lost 2, left 63.

Second round (``_CASES7``, six pages written after those fixes: a Discourse thread, a pharmacy's product page, a
funeral home's obituary, a festival's talk page, a Ghost newsletter post, a PubMed-style abstract; 42 article and 115
residue lines; the asker's thanks under the solution re-judged ``T``, a later reply). Before any change (the
session's base): lost 7, left 31; with round one's fixes: lost 5 (a talk's "Running order" and its entries, "7:00pm
Doors", …), left 31. Fixed: ``schedule_rows`` (edge_guards) reads three or more rows of a time and a few words, later
and later, over a sentence of the article's as its data; ``fact_box`` stops at three lines of residue between two of
its lines (a shop's title with figures, "Ibuprofen 200mg Tablets - 16 Pack", read as the box's data row over the price
and rating, once the shop's stock lines went), and ``structure.opening_heading`` names a product page's "Product
details" and "Description". Vocabulary: a trail of sections from "Home" parted by slashes, a shop's stock and
collection banners and unit price, a bibliographic database's citation line and e-publication date, a sign-up form's
confirmation. After: lost 0, left 23.

Left (``RESIDUE_LEFT``, 86 in all): names, ranks and bare counts, a forum's stats column, an event's facts, a live
ticker's rows and a stats table, bios and addresses; see the comments there.
"""

from __future__ import annotations

import pytest
from probes import BRIDGE_EN, added_rule_tests, kept_lines, lost, removed, report, tagged_probe_tests

import cleaner

_CASES1 = {
    # NAIVE: a company's press release on a newswire, dateline, "About" boilerplate, forward-looking statements
    "wire_release": """\
R Newsroom
R All News Releases
R Contact Us
R Sign In
T Halvorsen Energy Breaks Ground on 400 MW Battery Storage Site in West Texas
R NEWS PROVIDED BY
R Halvorsen Energy Inc.
R 12 Mar, 2025, 08:00 ET
R Share this article
A MIDLAND, Texas, March 12, 2025 /PRNewswire/ -- Halvorsen Energy Inc. (NYSE: HLVE) today broke ground on the Pecos Flats Storage Project, a 400-megawatt battery site that will store surplus wind power for up to four hours.
A The project is expected to create about 250 construction jobs and 18 permanent positions, and to begin commercial operation in the second half of 2026.
A "Texas needs power when the wind drops in the evening, and this site will deliver it," said Karen Lindqvist, chief executive of Halvorsen Energy.
A The site will use lithium iron phosphate cells supplied by two U.S. manufacturers.
T About Halvorsen Energy
T Halvorsen Energy Inc. develops, owns and operates wind, solar and storage projects across North America, with 3.2 gigawatts in operation.
T Forward-Looking Statements
T This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing of commercial operation. Actual results may differ materially.
R Media Contact:
R Dana Whitfield
R press@halvorsenenergy.com
R +1 432-555-0148
R SOURCE Halvorsen Energy Inc.
R Related Links
R http://www.halvorsenenergy.com
R Also from this source
R Halvorsen Energy Reports Fourth Quarter 2024 Results
R Explore
R Utilities
R Energy
R Environment
R © 2025 Cision US Inc.
""",
    # EXTRACTOR: a nonprofit's press release page, embargo and "###"
    "ngo_release": """\
R Press releases
R For immediate release
T Food banks in Ohio served a record 1.4 million people in 2024
A COLUMBUS, Ohio — Food banks across Ohio served 1.4 million people last year, a 12 percent rise on 2023 and the highest number since the network began keeping records in 1991, the Ohio Association of Food Banks said on Tuesday.
A The association said rising rents and the end of pandemic-era benefits drove the increase.
A "Families who donated to us five years ago are now coming to us for help," said executive director Lisa Hamm.
A Volunteers can sign up for shifts at any of the 12 member food banks.
T ###
T About the Ohio Association of Food Banks
T The Ohio Association of Food Banks is the state's largest charitable response to hunger, representing 12 food banks and 3,600 member charities.
R Contact: Joree Novotny, 614-221-4336 ext. 228
R Download the full report (PDF, 2.1 MB)
R Share on Facebook
R Share on X
R Share by email
R Sign up for our newsletter
""",
    # NAIVE: a forum thread on a car forum, posts, signatures, quote controls
    "car_forum": """\
R Welcome, Guest. Please login or register.
R Home
R Help
R Search
R Login
R Register
R Honda Civic Forum » Maintenance & Repair » 8th Gen (2006-2011)
T Topic: AC blows warm air at idle, cold when driving (Read 2,316 times)
R 0 Members and 1 Guest are viewing this topic.
R civic_ryan
R Newbie
R Posts: 7
A My 2009 Civic's AC blows cold on the highway but goes warm after about a minute at a stop light.
A The compressor clutch seems to cycle normally. Refrigerant was topped up last summer.
A Could it be the condenser fan?
R « Last Edit: June 08, 2024, 09:41:12 PM by civic_ryan »
R Logged
R Quote
R Reply #1 on: June 09, 2024, 07:15:40 AM
R k20_mike
R Global Moderator
R Hero Member
R Posts: 11,902
A Almost certainly the condenser fan. At speed, air flows over the condenser anyway; at idle the fan has to do the work.
A With the AC on, check whether both fans behind the grille spin. If the right one doesn't, check the fan relay first, it's a $15 part.
R 2008 Civic EX sedan, 187k miles and counting
R Logged
R Quote
R Reply #2 on: June 10, 2024, 06:02:19 PM
R civic_ryan
A That was it. The relay was corroded. Swapped it and the AC is ice cold at idle now. Thanks!
R Logged
R Pages: [1]
R Go Up
R « previous next »
R SMF 2.1.4 © 2023, Simple Machines
""",
    # EXTRACTOR: a Q&A site's question and accepted answer, with reputation and controls
    "qa_accepted": """\
T Why does git say "detached HEAD" after I check out a tag?
R Ask Question
R Asked 5 years ago
R Modified 2 years, 4 months ago
R Viewed 112k times
R 87
A I ran git checkout v2.1.0 to test an old release, and git printed a long warning about being in a "detached HEAD" state.
A Did I break something? How do I get back to my branch?
R git git-checkout git-tag
R Share
R Follow
R edited Jul 19, 2022 at 14:02
R asked Mar 3, 2020 at 8:51
R mfaraday
R 1,204 gold badge
R 3 Answers
R 134
R This answer is useful
R Accepted answer
A Nothing is broken. A tag points at a commit, not at a branch, so after checking it out HEAD points straight at that commit.
A To go back, check out your branch again:
A git switch main
A If you want to make changes starting from the tag, create a branch there first:
A git switch -c fix-from-2.1 v2.1.0
R Share
R Improve this answer
R Follow
R answered Mar 3, 2020 at 9:05
R Kellan Sutter
R 48.3k 9 9 gold badges 101 101 silver badges 146 146 bronze badges
R 2
R Thanks, that's exactly what I needed. – mfaraday Mar 3, 2020 at 9:20
R Add a comment
R Your Answer
R Post Your Answer
R Not the answer you're looking for? Browse other questions tagged git git-checkout or ask your own question.
""",
    # NAIVE: a community help forum: solved thread with kudos
    "help_community": """\
R Community
R Categories
R Sign In
R Help
T Solved: Printer shows offline after router change
R Options
R Subscribe to RSS Feed
R Mark Topic as New
R Bookmark
R Print
R hollyw
R Visitor
R ‎03-14-2025 11:02 AM
A I replaced my router last week and now my LaserJet shows as offline on both laptops.
A The printer's own display says it is connected to the new network.
A I tried restarting everything twice.
R 4 REPLIES
R Solved! Go to Solution.
R Accepted Solutions
R DaveK_Tech
R Community Expert
R ‎03-14-2025 12:47 PM
A Your laptops still have the printer installed under its old IP address.
A Remove the printer in Settings, then add it again so it picks up the address from the new router.
A To stop this happening next time, give the printer a reserved address in the router's settings.
R View solution in original post
R 2 Kudos
R Reply
R Was this reply helpful? Yes No
R All forum topics
R Previous Topic
R Next Topic
""",
}
_CASES2 = {
    # NAIVE: an electronics review with star rating, spec list, "In the box", price widget
    "headphone_review": """\
R Reviews
R Best Picks
R Deals
R How To
R Newsletter
T Sonora Q5 review: the best noise cancelling under $200
R Rating: 4.5 out of 5 stars
R By Priya Natarajan
R last updated 2 days ago
R When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.
R Sonora Q5: Specs
A Price: $179
A Weight: 254g
A Battery life: 40 hours (ANC on)
A Bluetooth: 5.3, multipoint
A Colors: Black, Sand, Navy
A The Q5 costs less than half the price of the big-name flagships, and in a quiet office you would struggle to tell the difference.
A The noise cancelling handled the hum of a train carriage well, though sudden sounds like a door slamming still got through.
A Sound is warm out of the box. The app's five-band equalizer tames the bass if you find it heavy.
A In the box
A Q5 headphones
A Carry case
A USB-C cable
A 3.5mm audio cable
A Should you buy the Sonora Q5?
A If you want strong noise cancelling and long battery life without paying flagship prices, yes.
R Today's best Sonora Q5 deals
R $179
R View at Amazon
R $189.99
R View at Best Buy
R We check over 250 million products every day for the best prices
R Get the best tech deals in your inbox
R Contact me with news and offers from other Future brands
R Most Popular
R The best running shoes in 2025
R About us | Affiliate disclosure | Terms
""",
    # NAIVE: a shop's product page, price, stock widget, star rating, reviews
    "shop_product": """\
R Free UK delivery over £40
R Menu
R Search products
R Basket (0)
R Home / Kitchen / Cookware / Frying Pans
T Carbon Steel Frying Pan, 28cm
R ★★★★☆ 4.6 (1,284 reviews)
R £34.99
R RRP £45.00 Save £10.01
R In stock
R Only 3 left in stock - order soon.
R Quantity
R 1
R Add to basket
R Buy now
R Delivery: FREE Tuesday, 18 March
A Description
A Forged from a single sheet of 2mm carbon steel, this pan heats quickly and, once seasoned, becomes almost as non-stick as a coated pan.
A Suitable for gas, electric, induction and oven use.
A Specifications
A Diameter: 28cm
A Weight: 1.6kg
A Material: Carbon steel
A Handle: Riveted steel
A Care
A Hand wash only. Dry immediately and wipe with a thin layer of oil.
R Customer reviews
R 4.6 out of 5
R 5 star 71%
R 4 star 18%
R 3 star 6%
R Marcus T.
R Verified Purchase
R Seasoned it twice and it's brilliant for steak.
R 42 people found this helpful
R Helpful
R Report
R Customers also bought
R Pan seasoning wax £8.99
""",
    # EXTRACTOR: a kitchen appliance review with pros and cons and a verdict
    "appliance_review": """\
T Tested: the Brevik Air Fryer XL
R Our rating: 4/5
R £129.99 at Argos
A We cooked chips, chicken thighs and a frozen lasagne in the Brevik over two weeks.
A Pros
A Large 7.5-litre basket
A Quiet fan
A Dishwasher-safe parts
A Cons
A Bulky
A Touchscreen is slow to respond
A Chips came out evenly crisp after 22 minutes at 200C, with no need to shake the basket halfway.
A The chicken thighs took 25 minutes and were juicy, though the skin on the ones at the edge was paler.
A It used 0.61kWh for the chips, which at the current price cap is about 15p.
A Verdict
A A roomy, quiet air fryer that cooks evenly, as long as you have the counter space.
R Buy now
R Read more: The best air fryers we have tested
R Jump to: How we test
R Prices correct at time of publication.
""",
    # NAIVE: a recipe page with jump links, ingredients, method, ratings, comments
    "recipe_soup": """\
R Recipes
R Dinners
R Baking
R Search
R Subscribe
T Roasted Red Pepper and Tomato Soup
R ★★★★★ (214 ratings)
R Save
R Print
R Jump to recipe
A This soup uses jarred roasted peppers, so it's ready in 30 minutes.
A Serves 4
A Prep: 10 mins
A Cook: 20 mins
A Ingredients
A 2 tbsp olive oil
A 1 onion, chopped
A 3 garlic cloves, sliced
A 460g jar roasted red peppers, drained
A 400g can chopped tomatoes
A 500ml vegetable stock
A 1 tsp smoked paprika
A Method
A 1. Heat the oil in a large pan and soften the onion for 8 minutes.
A 2. Add the garlic and paprika and cook for 1 minute more.
A 3. Add the peppers, tomatoes and stock, bring to a simmer and cook for 10 minutes.
A 4. Blend until smooth and season to taste.
A Tip: Stir in a spoonful of crème fraîche before serving if you like it creamy.
R Rate this recipe
R What did you think of this recipe?
R Comments (37)
R Sort by Newest
R Jenny_B
R 2 months ago
R Added a chilli, lovely.
R Reply
R More soup recipes
R Cookie preferences
""",
    # EXTRACTOR: a bread recipe from a food blog with a numbered list that is the article
    "recipe_focaccia": """\
T No-Knead Rosemary Focaccia
R Posted on February 2, 2025 by Tom
R 18 comments »
A This is the bread I make when friends come over at short notice.
A You mix it in the morning and bake it in the evening. That's it.
A What you need
A 500g strong white flour
A 10g salt
A 7g instant yeast
A 400ml lukewarm water
A 4 tbsp olive oil, plus extra for the tin
A 2 sprigs of rosemary
A Flaky sea salt
A Mix the flour, salt, yeast and water in a bowl until no dry flour is left. Cover and leave for 8 to 10 hours.
A Oil a 23 x 33cm tin generously, tip in the dough and stretch it to the corners.
A Leave it for another hour, then dimple it all over with oiled fingers.
A Scatter the rosemary and sea salt, drizzle with oil and bake at 220C for 25 minutes.
A If you can, let it cool for 10 minutes before you cut it.
R Share this:
R Facebook
R WhatsApp
R Like this:
R Like Loading...
R Related
""",
}
_CASES3 = {
    # NAIVE: a local paper's death notice with guestbook and funeral home widget
    # (obits40: the life span under the deceased's name retagged R to T: the notice's own header, as the name over it;
    # an obituary's "1938 – 2025" stays, tests/test_obits40.py)
    "obit_notice": """\
R Obituaries
R Place an Obituary
R Search Obituaries
T Margaret "Peggy" Ellison
T 1938 - 2025
R Send Flowers
R Share
A Margaret "Peggy" Ellison, 86, of Fairview, passed away peacefully on Saturday, March 8, 2025, surrounded by her family.
A Born in Dayton on May 2, 1938, she taught second grade at Fairview Elementary for 34 years.
A She is survived by her sons, Robert (Ann) and Michael; five grandchildren; and her sister, June Hartley.
A She was preceded in death by her husband of 52 years, Walter.
A Visitation will be held from 4 to 7 p.m. Thursday at Mercer Funeral Home, 210 Main St., Fairview.
A In lieu of flowers, donations may be made to the Fairview Public Library.
R To plant a tree in memory of Margaret Ellison, please visit our Tribute Store.
R Guest Book
R Sign the Guest Book
R Not sure what to write? View Examples
R Linda and Tom Reyes
R March 11, 2025
R Mrs. Ellison was my favorite teacher. Our thoughts are with the family.
R Published by Fairview Courier on Mar. 10, 2025.
R Arrangements under the care of Mercer Funeral Home
R Funeral Home Website
""",
    # EXTRACTOR: a newspaper's obituary feature, pull quote and a one-line sentence
    "obit_feature": """\
T Dr. Samuel Okafor, who brought dialysis to rural clinics, dies at 79
R By Helen Marsh
R Published Jan. 22, 2025
R Updated Jan. 23, 2025
A Dr. Samuel Okafor, a nephrologist who spent four decades building dialysis units in small-town clinics across Georgia, died on Jan. 18 at his home in Macon. He was 79.
A His daughter, Adaeze Okafor, said the cause was heart failure.
A "He never understood why a farmer should drive three hours, three times a week, to stay alive," she said.
A "Show up," he liked to say.
A Dr. Okafor was born in Enugu, Nigeria, in 1945 and came to the United States in 1969 to study medicine at Emory.
A In 1983 he opened the first dialysis unit in a county hospital in the state, with four machines bought partly with his own savings.
A He is survived by his wife, Ngozi; his daughter; two sons; and seven grandchildren.
R Helen Marsh is a reporter on the Metro desk.
R A version of this article appears in print on Jan. 23, 2025, Section B, Page 11 of the New York edition with the headline: Samuel Okafor, 79, Dies.
R Order Reprints | Today's Paper | Subscribe
""",
    # NAIVE: a city council's public notice page
    "council_notice": """\
R Skip to main content
R City of Brookhaven
R Residents
R Business
R Government
R How Do I...
R Home » News » Public Notices
T Notice of Water Main Flushing, April 7-18
R Posted on: March 28, 2025
A The Brookhaven Water Department will flush water mains in the northeast district between April 7 and April 18, weekdays from 8 a.m. to 4 p.m.
A Residents may notice low pressure or discolored water during this time.
A What you should do:
A Run cold water for 5 minutes if your water is discolored.
A Avoid doing laundry while flushing is under way in your area.
A Check the map below for your street's date.
A Questions may be directed to the Water Department at 555-0130.
R Return to full list »
R Share & Bookmark
R Feedback
R Print
R Email
R Notify Me®
R Government Websites by CivicPlus®
""",
    # NAIVE: a university's news page with sidebar and event listing
    "university_news": """\
R Skip to main navigation
R Apply
R Visit
R Give
R About
R Academics
R Research
R Campus Life
R News
T University awards $2 million in new grants for student mental health research
R March 4, 2025
R Media contact: Office of Communications, news@northfield.edu
A Northfield University will fund eight faculty-led projects on student mental health over the next three years, Provost Anita Desai announced Tuesday.
A The projects include a study of sleep and academic performance, a peer counseling pilot and a survey of graduate students' working hours.
A "Our students tell us, loudly and often, that this matters to them," Desai said.
A Proposals were reviewed by a panel of faculty from five departments and two student representatives.
A Results will be shared at a public symposium in spring 2027.
R Tags
R Research
R Student Life
R Related stories
R Northfield named a top producer of Fulbright scholars
R Upcoming events
R Mar 12 Spring Career Fair
R Mar 14 Faculty Senate meeting
R Northfield University, 100 College Ave., Northfield, MN 55057
R © 2025 Northfield University
""",
    # EXTRACTOR: a government service update with a numbered list and an "unsubscribe" sentence in the text
    "gov_update": """\
T Changes to vehicle tax reminders from 1 April
R From: Driver and Vehicle Licensing Agency
R Published 10 February 2025
A From 1 April, we will send vehicle tax reminders by email instead of by post, if you have given us an email address.
A If you have not given us one, you will keep getting paper reminders.
A You can choose to get paper reminders instead. To do this:
A 1. Sign in to your vehicle account.
A 2. Select 'Reminder preferences'.
A 3. Choose 'Post'.
A You can unsubscribe from email reminders at any time, but you are still responsible for taxing your vehicle on time.
R Is this page useful?
R Yes
R No
R Report a problem with this page
R Help us improve GOV.UK
R Topics
R Driving and transport
R OGL
R All content is available under the Open Government Licence v3.0, except where otherwise stated
R © Crown copyright
""",
}
_CASES4 = {
    # EXTRACTOR: a journal article page, abstract, keywords, DOI, "Cite this", metrics
    "paper_abstract": """\
R Journal of Applied Ecology
R Volume 62, Issue 3
R Research Article
R Open Access
T Urban hedgerows increase pollinator diversity more than flower strips: a two-year field experiment
R Ana Ribeiro, Thomas Weller, Kwame Asante
R First published: 14 February 2025
R https://doi.org/10.1111/1365-2664.14820
R Citations: 3
R Cite this article
R PDF
R Tools
R Share
A Abstract
A 1. Cities increasingly plant flower strips to support pollinators, but their value relative to hedgerows is unclear.
A 2. We surveyed bees and hoverflies at 48 paired sites in three European cities over two years.
A 3. Hedgerow sites supported 31% more species than flower strips, and the difference was largest in early spring.
A 4. Synthesis and applications. Planners should treat hedgerows as pollinator habitat, not only as boundaries.
A Keywords
A bees, hedgerows, hoverflies, pollination, urban ecology
R Read the full text
R About
R Related
R Information
R Metrics
R 1,042 Full text views
R Altmetric score 58
R Recommended
R Flower strips in arable land: a meta-analysis
""",
    # NAIVE: a preprint server's abstract page
    "preprint_page": """\
R Skip to main content
R We gratefully acknowledge support from the Simons Foundation and member institutions.
R Search...
R Help | Advanced Search
R Computer Science > Computation and Language
R [Submitted on 3 Feb 2025 (v1), last revised 20 Feb 2025 (this version, v2)]
T Shorter Prompts, Same Answers: Compressing Instructions for Small Language Models
R Mei Tanaka, Oluwaseun Bello, Jonas Richter
A Small language models often ignore parts of long instructions.
A We propose a method that rewrites an instruction into a shorter one while keeping the model's answers the same on a set of probe questions.
A On four benchmarks, prompts shrink by 58% on average with no loss in accuracy, and accuracy improves by 3 points for models under 1B parameters.
A Code and data are available at the project page.
R Comments: 14 pages, 6 figures
R Subjects: Computation and Language (cs.CL)
R Cite as: arXiv:2502.01234 [cs.CL]
R (or arXiv:2502.01234v2 [cs.CL] for this version)
R Submission history
R From: Mei Tanaka [view email]
R [v1] Mon, 3 Feb 2025 17:22:05 UTC (812 KB)
R Access Paper:
R View PDF
R HTML (experimental)
R TeX Source
R Bibliographic Tools
R Bibliographic Explorer Toggle
R About
R Contact
R Subscribe
""",
    # EXTRACTOR: podcast episode show notes with timestamps
    "podcast_notes": """\
T Episode 212: Why bridges fall down (with Dr. Yusuf Kaya)
R Listen on Apple Podcasts
R Listen on Spotify
R 58 min
R Feb 19, 2025
A Structural engineer Dr. Yusuf Kaya joins us to talk about the 2018 Genoa bridge collapse, why inspections miss corrosion, and what it would take to fix America's 42,000 bridges in poor condition.
A In this episode:
A 00:00 Intro
A 03:12 How Yusuf got into forensic engineering
A 11:45 What happened in Genoa
A 24:30 Why steel cables rust from the inside
A 38:10 The inspection backlog in the U.S.
A 51:02 What listeners can do
A Links mentioned:
A The Federal Highway Administration's National Bridge Inventory
A Yusuf's book, Hidden Loads (2023)
R Support the show on Patreon
R Subscribe wherever you get your podcasts
R Leave us a review!
R Follow us on Instagram @stressfulpodcast
R Transcript
R Show more
""",
    # NAIVE: a podcast page with player and episode list
    "podcast_page": """\
R Podcasts
R Browse
R Top Charts
R Sign in
R The Kitchen Table Economist
R Business · Updated weekly
T Are egg prices ever coming down?
R Mar 6, 2025 · 34 min
R Play
R 1x
R -34:12
A Egg prices hit a record in February. Host Maria Delgado talks to poultry economist Ben Fox about bird flu, cage-free laws and why it could take a year for prices to fall.
A [02:15] What bird flu does to a laying flock
A [09:40] Why the U.S. can't just import more eggs
A [18:05] Cage-free rules in California and Massachusetts
A [27:30] Ben's prediction for summer
A Ben mentions that at 27:30 he is "only half joking" about buying chickens.
R Episode website
R More episodes
R Mar 1 · Tariffs, explained · 41 min
R Feb 22 · The price of a Super Bowl ad · 29 min
R Ratings & Reviews
R 4.7 out of 5
R 1.2K Ratings
""",
    # NAIVE: a concert event page, date, venue, tickets
    "event_concert": """\
R Events
R Venues
R Gift Cards
R My Account
T Lucía Ferreira & The Night Owls
R Fri 25 Apr 2025
R Doors 7:00 PM · Show 8:00 PM
R The Crescent Ballroom, Leeds
R From £22.50
R Get tickets
R Add to calendar
R 14+ (under 16s must be accompanied by an adult)
A Brazilian singer Lucía Ferreira brings her six-piece band back to Leeds for the first time since 2019, touring her new album Maré Alta.
A Expect samba-funk grooves, a few bossa nova classics, and a horn section that will not let anyone stand still.
A Support comes from local trio Harbour Lights.
R Venue information
R The Crescent Ballroom
R 12 Crescent Road, Leeds LS2 7NZ
R Get directions
R Accessibility
R Step-free access via the side entrance.
R You might also like
R Jazz Brunch Sessions Sun 27 Apr
R Share this event
""",
    # EXTRACTOR: a library's workshop event page, schedule as the article
    "event_workshop": """\
T Family History Workshop: Getting Started with Census Records
R Saturday, May 10, 2025
R 10:00 AM - 12:30 PM
R Central Library, Room 204
R Free. Registration required.
R Register
A Curious about your ancestors but not sure where to start? This hands-on workshop walks beginners through U.S. census records from 1850 to 1950.
A Schedule:
A 10:00 Welcome and introductions
A 10:15 What the census asked, decade by decade
A 11:00 Break
A 11:15 Searching the records, hands-on
A 12:15 Questions
A Bring a laptop if you have one. A few library laptops are available.
A Presented by genealogist Carol Whitman of the County Historical Society.
R Audience: Adults
R Categories: Genealogy, Workshops
R Ask a Librarian
R Back to calendar
""",
}
_CASES5 = {
    # NAIVE: a football match report with a live ticker under it
    "match_ticker": """\
R Sport
R Football
R Scores & Fixtures
R Tables
R Premier League
T Aston Villa 3-1 Brentford: Watkins double lifts Villa into top four
R FT
R Aston Villa 3
R Brentford 1
R Watkins (12', 67'), Rogers (81')
R Wissa (44')
A Ollie Watkins scored twice as Aston Villa came from a goal down at half-time to beat Brentford and move into the top four.
A Watkins poked in from close range after 12 minutes, but Yoane Wissa equalised just before the break.
A The striker restored the lead with a header from a Lucas Digne cross, and Morgan Rogers sealed it with a low shot in the 81st minute.
A "We were patient," Villa boss Unai Emery said. "In the second half we were the team we want to be."
A Villa host Newcastle on Saturday.
R Live Text
R Full-time
R 90+4' FULL-TIME Aston Villa 3-1 Brentford
R 81' GOAL Rogers makes it 3-1
R 67' GOAL Watkins heads in
R 44' GOAL Wissa equalises
R Line-ups
R Stats
R Possession 58% 42%
R Shots 17 9
R Comments (412)
R Join the conversation
""",
    # EXTRACTOR: a cricket report whose text quotes the ticker's times
    "cricket_report": """\
T England collapse to 186 all out on a dramatic first day in Wellington
R By Simon Greaves, Cricket correspondent, at the Basin Reserve
R 14 December 2024 • 10:32am
A England lost seven wickets for 41 runs after lunch on the first day of the third Test, bowled out for 186 on a green Basin Reserve pitch.
A Ben Duckett and Joe Root had taken them to 145 for three, but Matt Henry's spell from the Vance Stand End changed everything.
A The collapse, in numbers:
A 2:14pm Root lbw b Henry 52
A 2:31pm Brook c Blundell b O'Rourke 4
A 2:58pm Stokes b Henry 11
A By stumps New Zealand were 54 for one, and England's hopes rest on the second new ball.
R More from Cricket
R England v New Zealand: scorecard
R Live cricket scores
R Sign up to the Telegraph Sport newsletter
""",
    # NAIVE: a wiki page with edit links and navigation
    "wiki_article": """\
R Jump to navigation
R Jump to search
R From Wikipedia, the free encyclopedia
T Ashdown Lighthouse
R Coordinates: 50°43′N 1°55′W
A Ashdown Lighthouse is a disused lighthouse on the south coast of England, near the village of Ashdown in Dorset.
A It was built in 1843 and operated until 1971, when it was replaced by an automatic light on the breakwater.[1]
A History[edit]
A The tower was designed by the engineer James Walker and built of local Portland stone.[2]
A A keeper's cottage was added in 1862. The last keeper, Arthur Penrose, lived there until 1978.[citation needed]
A Present day[edit]
A The lighthouse is a Grade II listed building and is open to visitors on summer weekends.
T References[edit]
T ^ "Ashdown Lighthouse". Trinity House. Retrieved 3 May 2020.
T ^ Walker, James (1845). Report on the Lights of the South Coast. London.
R Categories:
R Lighthouses in Dorset
R Grade II listed buildings in Dorset
R Navigation menu
R Create account
R Log in
R Read
R Edit
R View history
R Main page
R Random article
R Donate
""",
    # NAIVE: a fan wiki page with infobox and edit controls
    "fan_wiki": """\
R Sign In
R Register
R Explore
R Main Page
R Discuss
R All Pages
R Community
R Interactive Maps
T Copper Sword
R Edit
R Edit source
R History
R Talk (0)
A The Copper Sword is an early weapon in Everdusk. It can be crafted at a Forge once the player has smelted copper.
A Type: Melee
A Damage: 12
A Durability: 150
A Crafting
A 3 Copper Bars
A 1 Wooden Handle
A Trivia
A Before version 1.2, the Copper Sword could be sold for more than it cost to craft.
R Contents
R Categories
R Community content is available under CC-BY-SA unless otherwise noted.
R More Fandoms
R Fantasy
R Everdusk
""",
    # NAIVE: a newsletter issue on a web archive page
    "newsletter_archive": """\
R View this email in your browser
T The Weekly Sprout — Issue #143
R March 14, 2025
A Hi friends,
A Spring is almost here, which means it's time to start your tomatoes indoors.
A This week: the three mistakes I made with seedlings last year, and a reader question about peat-free compost.
A 1. Starting too early
A Tomatoes sown in February get leggy before it's warm enough to plant them out. Mid-March is plenty.
A 2. Too little light
A A windowsill isn't enough in the UK. A cheap LED panel made a huge difference for me.
A 3. Overwatering
A Let the top of the compost dry out between waterings.
A Reader question: "Is peat-free compost any good for seeds?" Yes, but sieve it first, the lumps are a problem for tiny seeds.
A Happy sowing,
A Rosie
R Enjoyed this? Forward it to a friend.
R Was this forwarded to you? Subscribe here.
R You are receiving this because you signed up at theweeklysprout.com.
R Unsubscribe | Update preferences
R The Weekly Sprout, 4 Orchard Lane, Frome, BA11 2XY
R Powered by Buttondown
""",
    # EXTRACTOR: a company newsletter republished on its blog
    "newsletter_company": """\
T Product notes, March 2025
R In this issue
R Offline mode
R Faster search
R What's next
A Offline mode
A You can now open and edit any document without a connection. Changes sync when you're back online.
A Faster search
A Search results now appear as you type, and searching a workspace with 10,000 documents takes under a second.
A What's next
A Next month we're shipping comments on tables and a new mobile editor.
A As always, reply to this email with your feedback. We read everything.
R Thanks for reading!
R The Inkwell team
R Not interested anymore? Unsubscribe.
R © 2025 Inkwell Labs, Inc.
""",
}
_CASES6 = {
    # NAIVE: a Medium post, member-only label, claps, follow buttons
    "medium_story": """\
R Open in app
R Sign up
R Sign in
R Write
R Member-only story
T I Stopped Using Jira for a Year. Here's What Happened to My Team.
R Jordan Price
R Follow
R 7 min read
R ·
R Jan 28, 2025
R 2.3K
R 61
R Listen
R Share
A Last January, my team of six engineers deleted our Jira board.
A We replaced it with a single shared document: what we're doing this week, what's blocked, and what we finished.
A The first month was chaos. Two people built the same feature.
A By March, our cycle time had dropped from 11 days to 6.
A Here is what I think happened.
A Tickets were a way to avoid talking. Once they were gone, we had to.
R 2.3K
R 61
R Written by Jordan Price
R 1.4K Followers
R Engineering manager. Writing about teams, tools, and saying no.
R Follow
R More from Jordan Price
R Recommended from Medium
R Help Status About Careers Press Blog Privacy Terms Text to speech Teams
""",
    # EXTRACTOR: a Substack post, subscribe box, likes, restacks, a sentence about subscribers
    "substack_post": """\
T The quiet collapse of local radio
T How stations that once broke the news became jukeboxes
R Anna Kovac
R Feb 11, 2025
R 214
R 37
R 12
R Share
A In 2005, the town where I grew up had three radio stations with their own newsrooms. Today it has none.
A I called the man who used to read the 7 a.m. news on WKRP-FM. He now sells insurance.
A "We had 40,000 listeners and a staff of five," he said. "Then the company was bought, and then it was bought again."
A Stations that once had newsrooms now play syndicated shows from a satellite feed.
A Some listeners noticed. Most didn't.
A A few stations are fighting back: one in Vermont asks listeners to subscribe for $5 a month and has 3,000 paying members.
R Thanks for reading The Signal! Subscribe for free to receive new posts and support my work.
R Subscribe
R 214 Likes
R ·
R 12 Restacks
R Discussion about this post
R Comments
R Restacks
R Ready for more?
R © 2025 Anna Kovac
R Privacy ∙ Terms ∙ Collection notice
R Start writing
R Get the app
R Substack is the home for great culture
""",
    # EXTRACTOR: a news story about a podcast with residue words in the text
    "residue_words_story": """\
T The podcast that made 'Like and subscribe' a punchline
R By Leah Brennan
R March 2, 2025
A For six years, every episode of Deadpan ended the same way: the two hosts would sigh, wait a beat, and say "Like and subscribe."
A It started as a joke about other shows begging for attention.
A Listeners began shouting it back at live tapings.
A "Sign in to continue" was the title of their most popular episode, about a man locked out of his own email for a year.
A Share prices of the network that owns the show rose 4 percent when it announced a TV deal last week.
A Follow-up episodes are planned, the hosts said, but "Reply all" will not be one of them.
A The show has 1.2 million subscribers.
R Related
R Podcasts to listen to this spring
R Advertisement
""",
    # EXTRACTOR: a Q&A interview where each question is short
    "interview_short_qs": """\
T 'I still write everything by hand': a conversation with novelist Ruth Abara
R Interview by Daniel Cho
A Ruth Abara's fourth novel, The Salt Roads, was published this month. We spoke by phone from her home in Lagos.
A Where do you write?
A At the kitchen table, after everyone has gone to bed.
A By hand?
A Always. I type it up at the end, and that's my first edit.
A Who do you read?
A Toni Morrison, every year. And a lot of crime fiction.
A What's next?
A Sleep.
R This interview has been edited for length and clarity.
R Ruth Abara will appear at the Hay Festival on 29 May.
R More interviews
""",
    # NAIVE: a government consultation page with a numbered contents list and the notice
    "gov_consultation": """\
R Cookies on this site
R We use some essential cookies to make this service work.
R Accept additional cookies
R Reject additional cookies
R Skip to main content
R Menu
R Home
R Environment
T Consultation: banning the sale of peat compost to gardeners
R Closed consultation
R This consultation ran from 9am on 12 December 2024 to 11:59pm on 28 February 2025
A Summary
A We want to hear your views on ending the sale of peat-based compost to amateur gardeners in England.
A Peat bogs store more carbon than any other habitat in the UK.
A This consultation closes at 11:59pm on 28 February 2025.
A We will publish a summary of responses within 12 weeks.
R Documents
R Consultation document
R PDF, 421 KB, 18 pages
R Ways to respond
R Respond online
R Email to: peat.consultation@defra.gov.uk
R Is this page useful?
R Maybe
R Contents
R Brexit
R Check what you need to do
""",
    # EXTRACTOR: a university library's notice with a short quoted line and a list
    "library_notice": """\
T Main Library opening hours during the Easter break
R Library News
R 20 March 2025
A The Main Library will have reduced opening hours from 11 April to 27 April.
A Opening hours:
A Monday to Friday: 9am to 7pm
A Saturday: 10am to 4pm
A Sunday: Closed
A 18 to 21 April (bank holidays): Closed
A The 24-hour study space in the Hub stays open throughout.
A Books due during the closure will be renewed automatically.
A "Please return your laptops," the loans desk asks.
T Follow @UniLibrary for updates.
R Share this page
R Back to Library News
R Contact the library
R Accessibility statement
""",
}

_CASES7 = {
    # NAIVE: a Discourse forum thread, its solution and the post controls
    "discourse_thread": """\
R Skip to main content
R Sign Up
R Log In
R Home Assistant Community
T Zigbee sensors drop off every night around 3am
R Configuration
R zha
R marta_k
R 1
R Jan 2025
A Every night around 3am, four of my Zigbee door sensors go unavailable. They come back when I open and close the doors in the morning.
A I'm using a SkyConnect dongle on a USB extension cable. The log shows nothing useful.
A Any idea what runs at 3am?
R created
R Jan 12
R last reply
R Jan 14
R 4
R replies
R 312
R views
R 3
R users
R Solution
R tomhendriks
R Jan 12
A 3am is when the nightly backup runs by default. If the backup writes to the same USB hub as the dongle, the interference can knock the radio off.
A Move the backup target to a network share, or put the dongle on a hub of its own.
R 3 Likes
R marta_k
R Jan 14
T Moved the backups to my NAS and the sensors have stayed online for two nights now. Thank you!
R Related topics
R Topic Replies Views Activity
R ZHA devices unavailable after update 7 1.2k Dec 2024
R Powered by Discourse, best viewed with JavaScript enabled
""",
    # NAIVE: a pharmacy's product page, dosage as the article
    "pharmacy_product": """\
R Free Click & Collect on orders over £15
R Sign in / Register
R Basket
R Health & Pharmacy › Pain Relief › Ibuprofen
T Ibuprofen 200mg Tablets - 16 Pack
R Write a review
R 4.8 (92)
R £1.29
R 8.1p per tablet
R Add to basket
R In stock online
R Check stock in store
A Product details
A Ibuprofen 200mg tablets for the relief of headache, period pain, dental pain, back pain and the symptoms of colds and flu.
A Directions
A Adults and children over 12 years: take 1 or 2 tablets with water, up to three times a day.
A Leave at least 4 hours between doses. Do not take more than 6 tablets in 24 hours.
A Do not give to children under 12 years.
A Warnings
A Do not take if you have ever had a stomach ulcer.
A Always read the label.
R Reviews
R 4.8 out of 5 stars
R 92 reviews
R Would recommend
R Posted 2 months ago
R Does what it says
R Was this review helpful? Yes (3) No (0)
R Frequently bought together
""",
    # EXTRACTOR: a funeral home's obituary page with service details and a tribute wall
    "funeral_obit": """\
T Obituary of Harold James Whitcombe
R Harold James Whitcombe
R June 4, 1941 - February 27, 2025
A Harold James Whitcombe, 83, of Lakeview, died Thursday, February 27, 2025, at St. Anne's Hospice after a short illness.
A Harold was born in Sault Ste. Marie, the youngest of six children, and worked as a machinist at the Lakeview paper mill for 38 years.
A He loved fishing, the Maple Leafs, and his grandchildren, not necessarily in that order.
A He is survived by his wife of 59 years, Joan; his daughters, Karen and Susan; and seven grandchildren.
A A celebration of life will be held on Saturday, March 8, at 2 p.m. at the Lakeview Legion, 45 Front Street.
A Donations in Harold's memory may be made to St. Anne's Hospice.
R Share Your Memory of Harold
R Upload a photo
R Light a candle
R Plant a Tree
R Send Flowers
R Service Details
R Celebration of Life
R Saturday, March 8, 2025
R 2:00 - 4:00 pm
R Lakeview Legion
R Get Directions
R Tribute Wall
R Karen S. lit a candle
R 8 days ago
""",
    # NAIVE: a city arts festival event page
    "festival_event": """\
R What's On
R Plan Your Visit
R Buy Tickets
R Donate
R Home / What's On / Talks
T An Evening with Dr. Helen Ashby: The Secret Life of Rivers
R Thu 15 May 2025, 7:00pm - 8:30pm
R Main Hall
R £12 / £8 concessions
R Book now
R Add to calendar
A Dr. Helen Ashby, a river ecologist at the University of Leeds, has spent 20 years studying what lives under the surface of Britain's rivers.
A In this illustrated talk, she explains why a healthy river is a noisy one, and what the sound of a river can tell us about its health.
A The talk will be followed by a Q&A.
A Running order
A 7:00pm Doors
A 7:15pm Talk
A 8:00pm Q&A
A 8:30pm Close
A The Main Hall has step-free access and a hearing loop.
R Share this event
R Sign up to our newsletter to hear about new events first.
R You may also like
R Family Pond Dipping Sat 17 May
R Festival Gardens, 2 Park Lane
R Registered charity no. 1043721
""",
    # EXTRACTOR: a Ghost-hosted newsletter post with member prompts
    "ghost_post": """\
T Why I stopped tracking my reading
R Issue #58
R Sam Okoro
R Mar 9, 2025
R — 4 min read
A For five years I logged every book I read in a spreadsheet: the date I started, the date I finished, a score out of ten.
A Last year I read 61 books, my highest ever. I remember almost none of them.
A So this year I stopped.
A The first thing I noticed was that I stopped abandoning books. When you are counting, a half-read book is a loss.
A The second was that I started rereading.
A I'll write more about that next week. If you have a system that works for you, hit reply and tell me about it.
R Sign up for The Margin
R Essays on books and attention, every Sunday.
R Subscribe
R Email sent! Check your inbox to complete your signup.
R No spam. Unsubscribe anytime.
R Read more
R The Margin © 2025
R Powered by Ghost
""",
    # NAIVE: a PubMed-style abstract page
    "pubmed_page": """\
R Skip to main page content
R An official website of the United States government
R Here's how you know
R Log in
R Search: PubMed
R Advanced Create alert Create RSS
R User Guide
R Save Email Send to Display options
R Full text links
T Effect of a School-Based Walking Program on Physical Activity in Children: A Cluster Randomized Trial
R J Pediatr. 2025 Feb;267:113912.
R doi: 10.1016/j.jpeds.2024.113912.
R Epub 2024 Dec 18.
R Laura Benitez 1, Ahmed Rashid 2, Claire Dubois 1
R Affiliations expand
R PMID: 39701234
A Abstract
A Objective: To test whether a daily 15-minute walking program increases physical activity in primary school children.
A Study design: Cluster randomized trial in 24 schools; 1,186 children aged 7 to 10 years wore accelerometers for 7 days at baseline and at 6 months.
A Results: Children in intervention schools gained 9.4 minutes of moderate-to-vigorous activity per day (95% CI, 5.1-13.7) compared with control schools.
A Conclusions: A brief daily walking program increased physical activity without reducing class time.
A Keywords: accelerometer; physical activity; school; walking.
R Copyright © 2024 Elsevier Inc. All rights reserved.
R PubMed Disclaimer
R Similar articles
R Cited by
R Publication types
R MeSH terms
R Full text links
R Cite
""",
}

CASES: dict[str, str] = {**_CASES1, **_CASES2, **_CASES3, **_CASES4, **_CASES5, **_CASES6, **_CASES7}

KNOWN_LOST: dict[str, list[str]] = {
    # (an abstract's keywords under their label, "Keywords" over "bees, hedgerows, …", kept since left 20:
    # edge_sections.abstract_keywords)
}

RESIDUE_LEFT: dict[str, int] = {
    # a review's rating line under the headline (a verdict's "Rating: 4/5" is the article's data as well)
    "appliance_review": 1,
    "headphone_review": 2,  # (and a spec box's heading, "Sonora Q5: Specs")
    # a message board's user names, ranks and signature ("Newbie", "Hero Member", "2008 Civic EX sedan, 187k miles and
    # counting"): a name or a short phrase, as a heading or a list item
    "car_forum": 4,  # (and its breadcrumb, a figure in its last section: "8th Gen (2006-2011)")
    # (a user name, and the accepted answer's labels: comments.answer names them, so that the answer under "4 REPLIES" is
    # no comment section's)
    "help_community": 3,
    "qa_accepted": 7,  # (bare vote counts, a tag row, a user name, "Accepted answer", a comment with its signature)
    "medium_story": 4,  # (an author's name, a separator, bare counts of claps and responses)
    # an event's facts over its blurb (doors, age limit, venue, address, access; a workshop's time, room and price): the
    # article's own data rows have that shape
    "event_concert": 4,
    "event_workshop": 3,
    # a live ticker's rows, a score box's lines and a stats table under a match report: rows of data
    "match_ticker": 10,
    # a council site's menu link "How Do I..."; a newsletter's postal address (as red team 18's)
    "council_notice": 1,
    "newsletter_archive": 1,
    # a cookie banner's sentence without "we use cookies", a consultation's dates and a site's link
    "gov_consultation": 2,
    "gov_update": 1,  # ("From: Driver and Vehicle Licensing Agency", a labelled issuer)
    # an interview's editing note, an event teaser, "More interviews"
    "interview_short_qs": 3,
    "newsletter_company": 2,  # (a sign-off of a team: "Thanks for reading!" / "The Inkwell team")
    "ngo_release": 1,  # (a contact line with a phone)
    "obit_feature": 1,  # (a bio without a journalism role: "… is a reporter on the Metro desk.")
    "obit_notice": 1,
    "podcast_notes": 1,  # (an episode's length, "58 min")
    "preprint_page": 1,  # (a funder's acknowledgement in a sentence)
    "recipe_focaccia": 1,  # ("18 comments »")
    "shop_product": 4,  # (a delivery date, a reviewer's name and review, a cross-sell's row)
    "university_news": 3,  # (an events box's rows, the university's address)
    "wire_release": 2,  # (a newswire's issuer name, "Also from this source"'s headline)
    # (second round) a forum's stats column, each word and count on a line of its own, its "Solution" label and user
    # name; an event's date, price and button; a funeral home's name, life dates and service hours; a reading time after
    # a dash and a tagline; a reviewer's headline; an abstract's authors with their affiliation numbers
    "discourse_thread": 13,
    "festival_event": 3,
    "funeral_obit": 3,
    "ghost_post": 2,
    "pharmacy_product": 1,
    "pubmed_page": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


# -- the vocabulary added: the residue goes, sentences with its words stay ---------------------------------------

TEXT = {"en": BRIDGE_EN}

GOES: list[tuple[str, str, str]] = [
    # a message board's frame and a post's controls
    ("en", "Welcome, Guest. Please login or register.", "site-chrome"),
    ("en", "0 Members and 1 Guest are viewing this topic.", "site-chrome"),
    ("en", "Reply #1 on: June 09, 2024, 07:15:40 AM", "site-chrome"),
    ("en", "« Last Edit: June 08, 2024, 09:41:12 PM by civic_ryan »", "site-chrome"),
    ("en", "Logged", "site-chrome"),
    ("en", "« previous next »", "site-chrome"),
    # a Q&A site's vote label and badges, a help forum's link back to the thread
    ("en", "This answer is useful", "site-chrome"),
    ("en", "48.3k 9 9 gold badges 101 101 silver badges 146 146 bronze badges", "site-chrome"),
    ("en", "View solution in original post", "site-chrome"),
    ("en", "Hero Member", "site-chrome"),
    ("en", "Global Moderator", "site-chrome"),
    ("en", "Community Expert", "site-chrome"),
    ("en", "Newbie", "site-chrome"),
    # a shop's stock, price and review widgets, a review's price note
    ("en", "Only 3 left in stock - order soon.", "site-chrome"),
    ("en", "RRP £45.00 Save £10.01", "site-chrome"),
    ("en", "Verified Purchase", "site-chrome"),
    ("en", "5 star 71%", "site-chrome"),
    ("en", "Free UK delivery over £40", "site-chrome"),
    ("en", "Prices correct at time of publication.", "site-chrome"),
    ("en", "View at Best Buy", "site-chrome"),
    # a journal page's issue and metrics, a preprint server's record, a file's size
    ("en", "Volume 62, Issue 3", "site-chrome"),
    ("en", "1,042 Full text views", "site-chrome"),
    ("en", "Altmetric score 58", "site-chrome"),
    ("en", "Comments: 14 pages, 6 figures", "site-chrome"),
    ("en", "Cite as: arXiv:2502.01234 [cs.CL]", "site-chrome"),
    ("en", "[Submitted on 3 Feb 2025 (v1), last revised 20 Feb 2025 (this version, v2)]", "site-chrome"),
    ("en", "[v1] Mon, 3 Feb 2025 17:22:05 UTC (812 KB)", "site-chrome"),
    ("en", "PDF, 421 KB, 18 pages", "site-chrome"),
    # a council site's list link and builder credit, a paper's row of links, a wiki farm's licence line
    ("en", "Return to full list »", "site-chrome"),
    ("en", "Government Websites by CivicPlus®", "site-chrome"),
    ("en", "Order Reprints | Today's Paper | Subscribe", "site-chrome"),
    ("en", "Community content is available under CC-BY-SA unless otherwise noted.", "site-chrome"),
    ("en", "We use some essential cookies to make this service work.", "cookie-notice"),
    # a newswire's box heading, a press office's contact with its mail, a show's support call, a recipe's question
    ("en", "Also from this source", "site-chrome"),
    ("en", "Media contact: Office of Communications, news@northfield.edu", "site-chrome"),
    ("en", "Support the show on Patreon", "site-chrome"),
    ("en", "Subscribe wherever you get your podcasts", "site-chrome"),
    ("en", "Leave us a review!", "call-to-action"),
    ("en", "What did you think of this recipe?", "site-chrome"),
    # a newsletter's frame on its web page
    ("en", "Enjoyed this? Forward it to a friend.", "newsletter-prompt"),
    ("en", "Was this forwarded to you? Subscribe here.", "newsletter-prompt"),
    ("en", "You are receiving this because you signed up at theweeklysprout.com.", "newsletter-prompt"),
    ("en", "Not interested anymore? Unsubscribe.", "newsletter-prompt"),
    ("en", "Powered by Buttondown", "newsletter-prompt"),
]

STAYS: list[tuple[str, str]] = [
    ("en", "Welcome, guests: please log in or register at the front desk, the museum's sign says."),
    ("en", "Forty members and one guest were viewing the topic of the debate from the gallery."),
    ("en", "She became a senior member of the planning committee in 2019."),
    ("en", "The global moderator of the debate, a retired judge, kept order."),
    ("en", "We use some cookies from the bakery in the recipe, she said."),
    ("en", "In reply #1 on the form, she wrote that the bridge was unsafe."),
    ("en", "The last edit to the plan was made in June by the council's engineer."),
    ("en", "Every visit is logged by the security desk."),
    ("en", "This answer is useful only if the council publishes its figures, she said."),
    ("en", "Nine gold badges were handed out to the volunteers who cleared the river bank."),
    ("en", "Only 3 left in stock, the shopkeeper said, as queues formed outside."),
    ("en", "The RRP of £45 was cut to £34.99 in the sales."),
    ("en", "Verified purchases made up most of the reviews, the regulator found."),
    ("en", "The five-star hotel was 71% full last summer."),
    ("en", "Free UK delivery over £40 was dropped by the retailer in January."),
    ("en", "Prices were correct at the time the leaflet was printed, the shop said."),
    ("en", "Volume 62 of the journal was devoted to the bridge's history."),
    ("en", "The report drew 1,042 full text views in its first week, the council said."),
    ("en", "Comments on the plan ran to 14 pages, and six figures were attached."),
    ("en", "The plan, cited as a model by other councils, was published in February."),
    ("en", "The council will return to the full list of repairs in May."),
    ("en", "Websites built by the council's own staff cost less, the audit found."),
    ("en", "Order reprints of the 1881 map from the museum shop, the society suggests."),
    ("en", "The photographs are available under a CC-BY licence from the county archive."),
    ("en", "You can view the plans at Brookhaven Library until Friday."),
    ("en", "Also from this source came a map of the piers, drawn in 1902."),
    ("en", "The media contact for the bridge project, Jane Hart, left the council in May."),
    ("en", "Listeners support the show on Patreon, the host told the committee."),
    ("en", "You can listen wherever you are, but the podcasts are only in English."),
    ("en", "Leave us a review of the bridge plans by Friday, the council asked residents."),
    ("en", "What did you think of this plan? The council asks residents to write in by Friday."),
    ("en", "Enjoyed this walk? Forward the map to a friend who lives nearby, the leaflet says."),
    ("en", "Was this letter forwarded to you by the council, or by a neighbour?"),
    ("en", "You are receiving this grant because you live within a mile of the bridge, the letter said."),
    ("en", "Not interested in the plans, many residents did not unsubscribe from the council's updates."),
    ("en", "The boats are powered by electric motors made in Bristol."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- the guards added: the article's shapes stay, residue of the same shape still goes -----------------------------

ART = TEXT["en"]
FOOTER = ["Privacy policy", "Terms of use", "Cookie settings", "© 2025 Example News"]


@pytest.mark.parametrize("line", ["11:00 Break", "00:00 Intro", "12:30 Lunch", "19:45 Quiz"])
def test_a_programmes_entry_of_one_word_stays(line: str) -> None:
    # a schedule's or a podcast's chapter list, one entry a single word after its time
    page = ["Schedule:", "10:00 Welcome and introductions", line, "13:15 Searching the records, hands-on"]
    result = cleaner.explain_text("\n".join([*ART, *page, *ART]))
    assert lost(page, result) == [], removed(result)


@pytest.mark.parametrize("line", ["4:14 p.m. ET", "14:05 GMT", "15.30 Uhr", "10 p.m. EST", "09:12 CEST"])
def test_a_time_with_its_zone_still_goes(line: str) -> None:
    result = cleaner.explain_text("\n".join([ART[0], line, ART[1]]))
    assert ("clock-line", line) in removed(result)


def test_a_label_over_a_short_list_among_the_articles_lines_stays() -> None:
    # show notes: the chapters, then "Links mentioned:" over two items, the second one data; the page's calls go
    notes = ["In this episode:", "00:00 Intro", "03:12 How Yusuf got into forensic engineering",
             "11:45 What happened in Genoa", "Links mentioned:",
             "The Federal Highway Administration's National Bridge Inventory", "Yusuf's book, Hidden Loads (2023)"]
    calls = ["Subscribe wherever you get your podcasts", "Leave us a review!", "Transcript"]
    result = cleaner.explain_text("\n".join([*ART, *notes, *calls, *FOOTER]))
    assert lost([*ART, *notes], result) == [], removed(result)
    assert [line for line in calls if line in kept_lines(result)] == []


@pytest.mark.parametrize(("tail", "gone"), [
    # a footer's label over links of one word
    (["Follow us:", "facebook", "instagram", "Example News serves the valley"], ["Follow us:", "facebook", "instagram"]),
    # a contact box's label over a name, then its phone
    (["Press office:", "Jane Hart", "Tel: 0800 123 4567"], ["Press office:", "Jane Hart"]),
])
def test_a_footers_label_over_its_links_still_goes(tail: list[str], gone: list[str]) -> None:
    result = cleaner.explain_text("\n".join([*ART, *tail, *FOOTER]))
    assert [line for line in gone if line in kept_lines(result)] == [], removed(result)
    assert lost(ART, result) == []


@pytest.mark.parametrize("heading", ["Abstract", "Summary", "Introduction", "Zusammenfassung"])
def test_a_first_sections_heading_over_the_text_stays(heading: str) -> None:
    head = ["Journal of Applied Ecology", "Research Article", "PDF", "Tools", "Share"]
    result = cleaner.explain_text("\n".join([*head, heading, *ART, *FOOTER]))
    assert lost([heading, *ART], result) == [], removed(result)
    assert [line for line in ["PDF", "Tools"] if line in kept_lines(result)] == []


def test_a_running_order_stays() -> None:
    # an event's programme under the text, each entry a time and a word or two, later and later, a sentence under it
    order = ["Running order", "7:00pm Doors", "7:15pm Talk", "8:00pm Q&A", "8:30pm Close"]
    page = [*ART, *order, "The Main Hall has step-free access and a hearing loop.", "Share this event", *FOOTER]
    result = cleaner.explain_text("\n".join(page))
    assert lost(order[1:], result) == [], removed(result)
    # two such rows over the page's footer still go (three or more rows of one shape are data_rows' table, as they were
    # when their words ran longer than a zone's: "12:04 Match highlights" / "03:15 Manager interview" / …)
    for box in (["19:00 News", "19:30 Weather"], ["7:00pm Doors", "7:15pm Talk"]):
        result = cleaner.explain_text("\n".join([*ART, "Share this article", *box, "More from us", *FOOTER]))
        assert [line for line in box if line in kept_lines(result)] == [], removed(result)


def test_a_shops_price_under_its_title_is_no_fact_box() -> None:
    # a product's title with figures, its rating and price, then the shop's widgets over its details
    page = ["Ibuprofen 200mg Tablets - 16 Pack", "Write a review", "4.8 (92)", "£1.29", "8.1p per tablet", "Add to basket",
            "In stock online", "Check stock in store", "Product details", *ART, *FOOTER]
    result = cleaner.explain_text("\n".join(page))
    kept = kept_lines(result)
    assert "4.8 (92)" not in kept and "£1.29" not in kept, removed(result)
    assert lost(["Product details", *ART], result) == []
    # an event's fact box right over the text stays
    page = ["Menu", "Home", "Events", "Jazz on the Quay", "Sat 14 June, 7:30pm", "Harbour Square", "Free entry", *ART, *FOOTER]
    result = cleaner.explain_text("\n".join(page))
    assert lost(["Harbour Square", "Free entry", *ART], result) == [], removed(result)


def test_a_table_of_contents_first_entry_over_its_section_stays() -> None:
    page = ["Menu", "Home", "Blog", "In this issue", "Offline mode", "Faster search", "What's next",
            "Offline mode", ART[0], "Faster search", ART[1], "What's next", ART[0]]
    result = cleaner.explain_text("\n".join([*page, *FOOTER]))
    assert kept_lines(result)[:2] == ["Offline mode", ART[0]], removed(result)
    # a menu's last link over the text, repeated nowhere under it, still goes
    page = ["Menu", "Home", "Blog", "Offline mode", "Faster search", "Offline mode", ART[0], ART[1]]
    result = cleaner.explain_text("\n".join([*page, *FOOTER]))
    assert "Offline mode" not in kept_lines(result), removed(result)



@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u200b", "\ufeff", "\u2066"])
def test_an_invisible_mark_hides_no_stamp(mark: str) -> None:
    # a help forum puts a left-to-right mark before its stamps ("\u200e03-14-2025 12:47 PM"): the tables read past it
    result = cleaner.explain_text("\n".join([ART[0], f"{mark}03-14-2025 12:47 PM", ART[1]]))
    assert [r.pass_name for r in result.removed] == ["dateline"]
    # and a sentence behind the mark is still a sentence
    line = f"{mark}The bridge reopened in May after the council found the money to repair it."
    assert lost([*ART, line], cleaner.explain_text("\n".join([ART[0], line, ART[1]]))) == []

if __name__ == "__main__":
    report(CASES)
