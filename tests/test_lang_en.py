"""English pages: a probe of scraped texts from US, UK, Australian and Indian outlets and blogs.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline, or a
line that may go either way). Six pages are what a NAIVE scraper keeps (all of the page's visible
text: menu, breadcrumbs, the article, share row, related headlines, newsletter box, cookie banner,
footer) and six what an EXTRACTOR lets through (bylines, photo credits, pull quotes, syndication
tails, comments, sign-up prompts). The article lines resemble residue on purpose: reported speech
about comments, newsletters, cookies and photos, how-to imperatives, one-line quotes, subheadings
without punctuation, list items, number lines, a bio-like sentence about a person in the story.

Article lines must never go; the residue each page still keeps is capped (``RESIDUE_LEFT``) and
may only shrink.
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import language_probe_tests, report, short_line_tests, tagged_probe_tests, tail_residue_tests
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a US national news site: skip link, section menu, the article, share row, "More from"
    # headlines, newsletter box, cookie banner, footer
    "us_news": """\
R Skip to main content
R Sign In
R Subscribe
R U.S.
R World
R Politics
R Business
R Health
R Entertainment
R Politics / Congress
T Senate passes stopgap bill hours before government shutdown deadline
R By Michael Reynolds and Dana Whitfield
R Updated 11:42 PM EST, Fri March 22, 2024
A WASHINGTON — The Senate passed a short-term spending bill late Friday, sending it to President Biden's desk less than an hour before federal funding was set to lapse.
A The measure, which passed 77 to 13, keeps the government open through the end of September and includes $1.2 trillion in spending for defense, homeland security and several domestic agencies.
R Share
R Facebook
R Tweet
R Email
R Link Copied!
A Senate Majority Leader Chuck Schumer said negotiators had "worked around the clock" to reach a deal.
A "It's good for the country that we have reached this bipartisan agreement," he said on the floor.
A Several conservative senators objected to the speed of the vote, saying they had less than a day to read the 1,012-page bill.
A Sen. Rand Paul told reporters he would not sign up for "another trillion-dollar spending spree written behind closed doors."
R ADVERTISEMENT
A What's in the bill
A The package funds the Pentagon, the Department of Homeland Security and the State Department, among others.
A It also includes money for 12,000 new child care slots for military families and a pay raise for federal workers.
R Related Article
R House Speaker faces backlash from his own party over spending deal
A The House approved the package earlier Friday by a vote of 286 to 134.
R More from Politics
R Trump's legal team files new appeal in classified documents case
R Biden to visit Michigan as union workers rally
R Supreme Court to hear arguments on abortion pill access
R Get our free Politics newsletter
R Sign up for our newsletter to get the day's top political news delivered to your inbox.
R Enter your email address
R By subscribing, you agree to our Terms of Use and Privacy Policy.
R We use cookies and similar technologies to improve your experience, analyze site traffic and personalize content. By continuing to use this site, you agree to our use of cookies.
R Accept All Cookies
R Cookie Settings
R Terms of Use
R Privacy Policy
R Do Not Sell or Share My Personal Information
R Accessibility & CC
R About
R Newsletters
R Careers
R © 2024 Cable News Network. All Rights Reserved.
""",
    # NAIVE: a UK tabloid: section menu, an all-caps byline with published/updated stamps, bullet
    # highlights, the share-or-comment row, the comments counter, "MOST READ", tip-off box, footer
    "uk_tabloid": """\
R Home
R News
R Sport
R TV&Showbiz
R Femail
R Money
R Travel
R Latest Headlines
T Mum's fury after council fines her £150 for putting bins out a day early
R By JANE MORRIS FOR MAILONLINE
R PUBLISHED: 10:32 GMT, 12 March 2024 | UPDATED: 14:05 GMT, 12 March 2024
A Mother-of-two Kelly Dawson, 34, was fined after a council officer spotted her wheelie bin on the pavement on a Tuesday evening
A Collection day in her street is Wednesday, but she says she put it out early because she works nights
A She has appealed the fine and says she will fight it all the way
R Share or comment on this article:
R 245
R View comments
A A mother has been left furious after her local council slapped her with a £150 fine for putting her bins out a day early.
A Kelly Dawson, from Wolverhampton, said she was "gobsmacked" when the fixed penalty notice landed on her doormat last week.
A "I work nights, so I put the bin out before my shift. I didn't think I was doing anything wrong," she said.
A "Honestly, I thought it was a joke at first."
A The council said residents are warned on its website and in its newsletter that bins must not be left on the pavement before 7pm the evening before collection.
A A spokesperson added: "We have received a high number of complaints about bins blocking pavements in the area."
A Neighbours flocked to a local Facebook group to back Ms Dawson, with one writing: "Absolute disgrace, leave the poor woman alone."
R Read more: Pensioner fined £400 for feeding pigeons in town centre
A Ms Dawson has 21 days to pay or appeal.
R Share or comment on this article:
R Comments 245
R Share what you think
R Newest
R Oldest
R Best rated
R Worst rated
R The comments below have not been moderated.
R By posting your comment you agree to our house rules.
R MOST READ NEWS
R Previous
R Next
R Do you have a story? Email tips@dailymail.com
R Published by Associated Newspapers Ltd
R Part of the Daily Mail, The Mail on Sunday & Metro Media Group
R Back to top
R Home | News | U.S. | Sport | TV&Showbiz | Australia | Femail | Health | Science | Money
""",
    # NAIVE: a local TV station's site: the live-stream bar, weather alert, the story with a video
    # promo, the app and alerts prompts, the station's footer
    "local_tv": """\
R WATCH LIVE
R Weather Alerts 2
R Closings
R News
R Weather
R Traffic
R Sports
R Community
R Contests
R Advertisement
T Crews battle brush fire near Highway 14; evacuation warnings lifted
R Author: KXTV Staff
R Published: 6:15 PM PDT July 9, 2024
R Updated: 9:48 PM PDT July 9, 2024
A PALMDALE, Calif. — Firefighters stopped the forward progress of a brush fire that burned about 300 acres near Highway 14 on Tuesday afternoon, officials said.
A The Los Angeles County Fire Department said the fire started just after 2 p.m. near Avenue S and quickly spread uphill in hot, windy conditions.
R WATCH: Aerial footage shows flames racing up the hillside
A Evacuation warnings for homes along Tierra Subida Avenue were lifted shortly before 8 p.m.
A No injuries were reported and no structures were damaged, according to the department.
A Residents are asked to sign up for emergency alerts through the county's Alert LA County system.
A Fire officials urged drivers to watch closely for crews and equipment on the road overnight.
A The cause of the fire is under investigation.
R Download the ABC10 app for the latest breaking news and weather alerts.
R Sign up for our Daily Headlines newsletter
R Report a typo
R Related Articles
R Two hikers rescued from Eaton Canyon after getting lost
R Heat wave to bring triple-digit temperatures to valleys this weekend
R Contact Us
R EEO Report
R FCC Public Inspection File
R Closed Captioning/Audio Description
R Copyright © 2024 ABC10. All Rights Reserved.
""",
    # NAIVE: a tech review site: the affiliate notice, the review with its specs list and how-to
    # steps, "Price when reviewed", the shop buttons, "More from" and the footer
    "tech_review": """\
R Reviews
R Best
R News
R How To
R Deals
R Phones
R Laptops
T Pixel 8a review: the best phone under $500
R When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.
R By Priya Nair
R published May 14, 2024
A Google's Pixel 8a packs the same Tensor G3 chip as the Pixel 8 into a cheaper body, and for most people it is the phone to buy at this price.
A The 6.1-inch OLED screen now refreshes at 120Hz, and it is bright enough to read in direct sunlight.
A Specs
A Display: 6.1-inch OLED, 120Hz
A Processor: Google Tensor G3
A RAM: 8GB
A Storage: 128GB / 256GB
A Battery: 4,492mAh
A Battery life was the one weak spot: in our video streaming test the 8a lasted 11 hours and 18 minutes, well short of the iPhone 15.
A How to turn on the smoother display
A Open Settings and tap Display.
A Tap Smooth Display and switch it on.
A Note that this setting uses more battery, so leave it off if you want the phone to last longer.
A Google says the phone will get seven years of software updates.
R Price when reviewed: $499
R Check Amazon
R $499 at Best Buy
R $499 at Google Store
R Sign up to receive daily breaking news, reviews, opinion, analysis, deals and more from the world of tech.
R Contact me with news and offers from other Future brands
R More about phones
R The best Android phones in 2024
R iPhone 16 rumors: everything we know so far
R Tom's Guide is part of Future US Inc, an international media group and leading digital publisher.
R © Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.
""",
    # NAIVE: an Australian sports site: the code menu, the match report with the round's results
    # and the ladder, the streaming promo, the app badges, the cookie banner and the footer
    "au_sport": """\
R AFL
R NRL
R Cricket
R Supercars
R Racing
R Tipping
R AFL Round 5
T Dees hold off fast-finishing Pies in MCG thriller
R Lachlan Cooper
R April 14, 2024 - 7:45PM
A Melbourne has survived a late Collingwood charge to win by four points in front of 88,714 fans at the MCG on Sunday.
A Christian Petracca was best on ground with 34 disposals and two goals, while Max Gawn dominated the ruck with 41 hitouts.
A The Magpies kicked five of the last six goals and had the ball inside forward 50 when the siren sounded.
A "We just hung on. Credit to Collingwood, they never stop coming," Melbourne coach Simon Goodwin said.
R WATCH every game of every round of the 2024 AFL season live and ad-break free during play on Kayo. New to Kayo? Try 7 days free now
A Round 5 results
A Melbourne 13.10 (88) d Collingwood 12.12 (84)
A Sydney 15.8 (98) d Adelaide 10.11 (71)
A Brisbane 9.14 (68) lost to Gold Coast 11.9 (75)
A Ladder after Round 5
A 1. Sydney 20 pts 168.4%
A 2. Melbourne 16 pts 131.2%
A 3. Gold Coast 16 pts 118.9%
A Goodwin said Clayton Oliver would be assessed later in the week after he came off with a hamstring complaint.
R Read more
R AFL news: Latest updates from every club
R Download the Fox Sports app
R Get it on Google Play
R Download on the App Store
R We use cookies to give you the best experience on our website. By continuing to browse, you consent to our use of cookies.
R OK
R Privacy Policy
R Terms of Use
R Contact Us
R © 2024 Fox Sports Australia Pty Limited. All rights reserved.
""",
    # NAIVE: a recipe blog: the jump/print buttons, an affiliate disclosure, the story, the recipe
    # card's ingredients and method, the rating prompt, the comments and the footer
    "recipe_blog": """\
R Home
R Recipes
R About
R Shop
R Jump to Recipe
R Print Recipe
R This post may contain affiliate links. Please read my disclosure policy.
T The Best Banana Bread
R By Sally Thompson
R Published: Jan 9, 2024 · Updated: Feb 2, 2024
R 1,284 Comments
A This is the banana bread I have been making for fifteen years. It is moist, dense in the best way and ready in about an hour.
A Use bananas that are heavily spotted or even black: the riper they are, the sweeter the bread.
A Save this recipe for the next time your bananas turn brown on the counter.
R Pin this recipe
A Ingredients
A 2 cups (250g) all-purpose flour
A 1 teaspoon baking soda
A 1/4 teaspoon salt
A 1/2 cup (115g) unsalted butter, softened
A 3/4 cup (150g) packed brown sugar
A 2 large eggs, at room temperature
A 4 ripe bananas, mashed
A Instructions
A Preheat the oven to 350°F (177°C) and grease a 9x5-inch loaf pan.
A Whisk the flour, baking soda and salt together in a medium bowl.
A Beat the butter and brown sugar until creamy, then add the eggs and mashed bananas.
A Fold the dry ingredients into the wet ingredients until just combined. Do not overmix.
A Bake for 60 to 65 minutes, until a toothpick inserted in the center comes out clean.
A Notes
A Cover the bread loosely with foil after 30 minutes to keep the top from browning too quickly.
R Did you make this recipe? Tag @sallysbakingaddiction on Instagram and hashtag it #sallysbakingaddiction
R Rate this recipe
R Subscribe
R Get new recipes straight to your inbox!
R Leave a Comment
R Karen says:
R January 12, 2024 at 3:41 pm
R Made this yesterday and my family devoured it. Will add walnuts next time!
R Reply
R As an Amazon Associate I earn from qualifying purchases.
R © 2024 Sally's Baking Addiction. All rights reserved.
""",
    # EXTRACTOR: a newspaper feature: byline and date, a photo credit, subheadings without
    # punctuation, pull quotes repeating the text, the newsletter promo and the correction note
    "feature": """\
T The last dairy farmers of the Somerset Levels
R Rachel Hughes
R Sat 16 Mar 2024 07.00 GMT
R The Kellys have milked cows on the same farm since 1952. Photograph: Tom Pilston/The Guardian
A On a wet morning in February, Sean Kelly walks his herd of 60 Friesians across a field that was under water a month ago.
A His father started the farm in 1952. Back then there were 14 dairy farms within a mile of the village. Now there is one.
A "We're the last ones," he says. "When we go, that's it."
A A town divided
A The village has changed. Most of the old farmhouses have been sold as holiday lets, and the pub closes in winter.
A Some newcomers have complained about the smell and the mud on the lane. Kelly keeps a folder of the emails.
R ‘We’re the last ones. When we go, that’s it’
A Margaret Ellis is a retired headteacher who has lived opposite the farm for 30 years and still buys her milk at its gate.
A "People read the comments under every article about farming and think we're all villains," she says. "Come and see it for yourself."
R Sign up to Down to Earth
R Free weekly newsletter
R The planet's most important stories. Get all the week's environment news - the good, the bad and the essential
R Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.
R after newsletter promotion
A What the numbers say
A The number of dairy farms in England and Wales has fallen from 13,000 in 2003 to under 7,000 today, according to industry figures.
A Milk prices paid to farmers rose sharply in 2022 before falling back last year.
A Kelly's daughter, Aoife, 24, says she would like to take over the farm one day.
A "I've signed up for the agricultural course at Bridgwater. Dad thinks I'm mad."
A Her father shrugs. "She might be right. She might be mad too."
R This article was amended on 17 March 2024 to correct the year the farm was founded.
R Explore more on these topics
R Farming
R Somerset
R Share
R Reuse this content
""",
    # EXTRACTOR: a wire story as a regional paper runs it: the agency dateline, the photo caption,
    # the syndication tails (contributors line, AP rights line, Reuters editing credit)
    "wire": """\
T Japan's economy slips into recession, loses spot as world's third-largest
R By MARI YAMAGUCHI Associated Press
R Published 3:12 a.m. ET Feb. 15, 2024
A TOKYO (AP) — Japan's economy unexpectedly slipped into a recession in the last quarter of 2023, and it lost its position as the world's third-largest economy to Germany.
A Japan's nominal GDP last year totaled $4.2 trillion, government data showed Thursday. Germany's was $4.4 trillion, or $4.5 trillion depending on the conversion.
R Pedestrians walk in the Ginza shopping district in Tokyo on Feb. 15, 2024. (AP Photo/Eugene Hoshiko)
A The economy contracted at an annual rate of 0.4% in October-December after shrinking 3.3% in the previous quarter.
A Economists said weak consumer spending was to blame.
A "The weak yen is certainly a factor," said Tetsuji Okazaki, a professor of economics at the University of Tokyo.
A Japan was the world's second-largest economy until 2010, when it was overtaken by China.
A Analysts had expected the economy to grow 1.4%.
R ___
R AP writers Yuri Kageyama in Tokyo and Elaine Kurtenbach in Bangkok contributed to this report.
R Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
R (Reporting by Leika Kihara; Editing by Sam Holmes)
R Our Standards: The Thomson Reuters Trust Principles.
""",
    # EXTRACTOR: a WordPress travel blog: the post meta, share and like rows, the comment thread
    # and the reply form
    "wp_blog": """\
T Three days in Kyoto on a budget
R Posted on October 3, 2023 by Emma
R Filed under: Japan, Travel Tips
A We spent three days in Kyoto last autumn and managed to keep our spending under 15,000 yen a day, including our guesthouse.
A Here is what we did, what we skipped and what we would change.
A Day one: Fushimi Inari and Gion
A Go early. We got to Fushimi Inari at 7am and had the lower gates almost to ourselves.
A Buy a one-day bus pass for 700 yen if you plan to take more than three buses.
A Where we stayed
A We booked a small guesthouse near Kyoto Station. The owner left a handwritten note with restaurant tips, which was lovely.
A Leave a comment below if you have questions and I will do my best to answer them!
R Share this:
R Twitter
R Facebook
R Pinterest
R Like this:
R Like Loading...
R Related
R 12 thoughts on “Three days in Kyoto on a budget”
R Dave
R October 4, 2023 at 9:12 am
R Great tips! We're heading there in November, did you need to book the guesthouse far in advance?
R Reply
R Emma
R October 4, 2023 at 11:30 am
R Thanks Dave! We booked about two months ahead.
R Reply
R Leave a Reply Cancel reply
R Your email address will not be published. Required fields are marked *
R Comment *
R Name *
R Email *
R Website
R Save my name, email, and website in this browser for the next time I comment.
R Post Comment
R This site uses Akismet to reduce spam. Learn how your comment data is processed.
""",
    # EXTRACTOR: a product review: the rating, the verdict, pros and cons lists, the price widget and
    # the "why trust us" box
    "product_review": """\
T Dyson V15 Detect review
R By Tom Baker last updated 2 April 2024
R Rating: 4.5 out of 5 stars
R Why you can trust TechRadar: We spend hours testing every product or service we review, so you can be sure you're buying the best.
A The Dyson V15 Detect is the most powerful cordless vacuum we have tested, and the laser that lights up dust on hard floors is more useful than it sounds.
A It is also heavy, at 3.1kg, and expensive.
A Design
A The V15 uses the same trigger design as earlier models. Hold it down and it runs; let go and it stops.
A An LCD screen on the back shows the remaining battery time and a count of the particles it has picked up.
A Performance
A On carpet, the V15 picked up 98% of the test debris in a single pass, the best result we have recorded.
A Battery life in Eco mode was 58 minutes. In Boost mode it fell to nine minutes.
A To empty the bin, point it into the trash and push the red lever down.
A Verdict
A If you have a large home with hard floors and pets, the V15 is worth the money. If not, the cheaper V12 does most of the same job.
A Pros
A Superb suction on carpets
A Laser reveals dust on hard floors
A Long battery life in Eco mode
A Cons
A Heavy
A Expensive
R Dyson V15 Detect: Price Comparison
R $649.99 at Amazon
R $749.99 at Best Buy
R We check over 250 million products every day for the best prices
R Get the best Black Friday deals direct to your inbox, plus news, reviews, and more.
R Sign up to be the first to know about unmissable Black Friday deals on top tech, plus get all your favorite TechRadar content.
""",
    # EXTRACTOR: a press release from a wire: the release tag, the dateline, the boilerplate "About"
    # section, the media contact and the wire's source and view-original tails
    "press_release": """\
R FOR IMMEDIATE RELEASE
T Northwind Energy to build $400 million battery plant in Ohio, creating 600 jobs
A COLUMBUS, Ohio, March 12, 2024 /PRNewswire/ -- Northwind Energy, a maker of grid-scale batteries, today announced plans to build a $400 million manufacturing plant in Licking County, Ohio.
A The plant is expected to begin production in 2026 and employ 600 people at full capacity.
A "Ohio has the workforce and the supply chain we need," said Laura Chen, chief executive of Northwind Energy.
A Highlights of the project:
A 1.2 million square feet of manufacturing space
A Annual capacity of 8 gigawatt-hours
A A training partnership with Central Ohio Technical College
A Construction will begin this summer. Applicants can sign up for job alerts on the company's careers page.
A About Northwind Energy
A Northwind Energy designs and manufactures lithium iron phosphate batteries for utilities and commercial customers. The company is based in Pittsburgh and employs 1,100 people.
R Media Contact:
R Jessica Moore
R press@northwindenergy.com
R (412) 555-0148
R SOURCE Northwind Energy
R View original content to download multimedia: https://www.prnewswire.com/news-releases/northwind-energy-to-build-battery-plant-302085611.html
R ###
""",
    # EXTRACTOR: a magazine long-read: photo captions with credits, subheadings, one-line quotes, a
    # bio-like sentence about a person in the story, the author's bio, the print-edition and
    # affiliate lines
    "longread": """\
T The town that ran out of water
R By Daniel Okafor
R Photographs by Lena Marsh for The Atlantic
R April 2, 2024
R Residents line up for bottled water at a fire station in Jackson, Mississippi, in September 2022. (Rogelio V. Solis / AP)
A For seven weeks in the late summer of 2022, the 150,000 people of Jackson, Mississippi, could not drink the water that came out of their taps.
A Some could not flush their toilets. Schools moved classes online. Restaurants closed or served food on paper plates.
A The crisis had been decades in the making.
A A system built to fail
A The city's main treatment plant, O.B. Curtis, was built in 1992 and had been short of staff and money for years.
A Pipes laid more than a century ago cracked every winter. In 2021, a freeze left tens of thousands of residents without water for a month.
A "Everybody knew," said Charles Williams, who worked at the plant for 19 years. "We told them and told them."
A Williams is a soft-spoken former Marine who now drives a school bus and coaches Little League on weekends.
R Charles Williams at his home in south Jackson. Photograph by Lena Marsh for The Atlantic
A He keeps a stack of the memos he sent his supervisors in a shoebox under his bed.
A One of them, dated March 2019, warns that the plant's membrane filters "will fail within 12 months without replacement."
A "Nobody read them."
A What came after
A Congress eventually sent $600 million to fix the system, and a federal judge appointed a manager to run it.
A Residents still boil their water before drinking it, out of habit or distrust.
A "I don't think I'll ever trust the tap again," said Tameka Hill, a mother of three.
R Daniel Okafor is a staff writer at The Atlantic, where he covers climate and infrastructure.
R This article appears in the May 2024 print edition with the headline “The Town That Ran Out of Water.”
R When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    # the byline's bare name; the pull quote repeating an article line; the newsletter box's blurb and its
    # outlet-only marker ("after newsletter promotion"); the correction note (the article's own record,
    # and a sentence: "This article was amended on …" is too like a court report to take)
    "feature": 5,
    # the author's bio right under the article's last paragraph (author-bio wants a gap or a job title line);
    # the caption closed by "(Name / AP)": taken, it left a one-line lede under it cut off as a block of the
    # page's head (detached-blocks closes the head's block with the short lines right before the first prose)
    "longread": 2,
    # the rating and the price box's title: a rating is the review's own data (a verdict box keeps it)
    "product_review": 2,
    # "Price when reviewed: $499": a labelled price, as a spec list prints it
    "tech_review": 1,
    # the comment counter's bare number
    "uk_tabloid": 1,
}

#: Article lines a page is known to lose (a strict ratchet).
KNOWN_LOST: dict[str, list[str]] = {}  # (the review's pros and cons: kept by edge-furniture's verdict boxes)


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="en", known_lost=KNOWN_LOST
)


test_as_english_article_lines_survive, test_probe_pages_are_told_english = language_probe_tests(
    CASES, "en", known_lost=KNOWN_LOST
)


#: Short article lines resembling the residue the probe's English rules remove (subheadings, a caption's
#: end, a quote's head): they must survive in the middle and at the tail of an article. (Left alone, older
#: than this probe: the subheadings "More about the plan" (teaser-box) and "Photograph by the river"
#: (image-credit) go.)
SHORT_LINES = [
    "Related stories of survival",
    "Why you can trust the census",
    "View from the comments section",
    "The comments below the line",
    "Try seven days on the island",
    "For immediate relief, see a doctor.",
    "Get it straight to your inbox? Not quite.",
    "Download the app, then wait",
]


test_short_line_survives = short_line_tests(ARTICLES["en"], SHORT_LINES)


test_residue_goes = tail_residue_tests(
    ARTICLES["en"],
    [
        ("Pedestrians walk in the Ginza shopping district in Tokyo on Feb. 15, 2024. (AP Photo/Eugene Hoshiko)", "image-credit"),
        ("The Kellys have milked cows on the same farm since 1952. Photograph: Tom Pilston/The Guardian", "image-credit"),
        ("Charles Williams at his home in south Jackson. Photograph by Lena Marsh for The Atlantic", "image-credit"),
        ("This article appears in the May 2024 print edition with the headline “The Town That Ran Out of Water.”", "copyright"),
        ("View original content to download multimedia: https://www.prnewswire.com/news-releases/plant-302085611.html", "copyright"),
        ("View source version on businesswire.com: https://www.businesswire.com/news/home/20240312005123/en/", "copyright"),
        ("When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.", "consent-line"),
        ("Why you can trust TechRadar: We spend hours testing every product or service we review, so you can be sure you're buying the best.", "consent-line"),
        ("Download the ABC10 app for the latest breaking news and weather alerts.", "call-to-action"),
        ("Get new recipes straight to your inbox!", "newsletter-prompt"),
        ("WATCH every game of the 2024 season live on Kayo. New to Kayo? Try 7 days free now", "paywall"),
        ("The comments below have not been moderated.", "comment-ui"),
        ("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.", "consent-line"),
    ],
)


def test_labels_go_at_the_head() -> None:
    result = cleaner.explain_text("\n\n".join(["FOR IMMEDIATE RELEASE", "By Tom Baker last updated 2 April 2024", *ARTICLES["en"]]))
    assert result.text == "\n\n".join(ARTICLES["en"])
    assert [r.pass_name for r in result.removed] == ["copyright", "byline"]


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_en.py
    report(CASES)
