# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""world34: a probe of English-language news from outlets outside Britain and America, written blind (before reading
the passes): India (a city story, a markets wire), Nigeria, Pakistan, the Philippines, Kenya, South Africa and
Singapore, half as an extractor leaves the page, half as all its visible text. Their residue has forms of its own:
"ALSO READ |" and "READ:" teasers, "Mumbai | Updated: March 14, 2024 10:23 IST", a syndicated feed's note, "Kindly
share this story:", "Copyright PUNCH.", the paper's WhatsApp and Telegram channels, a subscription's pitch with its
phone number, "For feedback, complaints, or inquiries, contact us.", "Published in The Express Tribune, March 15th,
2024."

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either.

Measured on main befaa4e: 8 pages, 133 lines; lost 0 ``A`` lines, left 10 ``R``. After: lost 0, left 1. Every change is
an English table entry (the line alone; each with a sentence using its words that stays, ``STAYS``):

- ``metadata.dateline``: a place, a bar and the stamp ("Mumbai | Updated: March 14, 2024 10:23 IST"), the stamp opening
  on a figure or a month.
- ``credits.syndication``: a wire copy's note that the story came from a syndicated feed, in the two forms Indian
  outlets print ("(Only the headline and picture of this report may have been reworked by … staff; the rest of the
  content is auto-generated from a syndicated feed.)", "(Except for the headline, this story has not been edited by …
  staff and is published from a syndicated feed.)").
- ``credits.copyright``: "Copyright PUNCH.", the outlet's name in capitals ("Copyright Law", a heading, stays).
- ``widgets.social``: "Kindly share this story:", "Please share this article!".
- ``promos.label``: "READ:" in capitals over a teaser's headline ("Read: The Overstory by Richard Powers", a reading
  list's line, stays).
- ``signup.paywall``: "Subscribe to INQUIRER PLUS to get access to …": a subscription naming its product and the access
  it sells (a sentence quoting an advert, "…, the advert said, …", stays: the vocabularies spare a reported line).
- ``widgets.chrome``: "For feedback, complaints, or inquiries, contact us."
- ``promos.cta``: the outlet's channel by its possessive ("Join ST's Telegram channel and get the latest breaking news
  delivered to you."; "join the county's WhatsApp channel", a public body's, stays as the table's other entries do).

Left: Pakistan's print-edition note, "Published in The Express Tribune, March 15th, 2024.": a science story's
"Published in Nature, March 15th, 2024." under its text cites the study, in the same shape.
"""

from __future__ import annotations

from probes import added_rule_tests, forced_language_test, report, tagged_probe_tests

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    "en_in_news_full": """\
R Home
R India
R World
R Business
R Cricket
R Entertainment
R E-Paper
T Mumbai: BMC to begin pre-monsoon desilting of drains from April 1
R Written by Priya Sharma
R Mumbai | Updated: March 14, 2024 10:23 IST
R Follow Us
A The Brihanmumbai Municipal Corporation (BMC) will begin pre-monsoon desilting of major and minor drains across the city from April 1, officials said on Wednesday.
A The civic body has set a target of removing 9.6 lakh metric tonnes of silt before May 31.
R ALSO READ | Mumbai coastal road: Second tunnel to open for traffic next week
A Additional municipal commissioner P Velrasu said contractors who miss deadlines will be penalised.
A Last year, several low-lying areas including Hindmata and Milan Subway were flooded after heavy rain in June.
A "We are using drones this year to monitor the work in real time," he said.
R Click here to join our WhatsApp channel and stay updated with the latest news
R Follow us on Google News
R © IE Online Media Services Pvt Ltd
""",
    "en_in_business_extract": """\
T Sensex jumps 600 points as IT stocks rally; Nifty above 22,400
R By PTI
R Last Updated: Mar 14 2024 | 4:12 PM IST
A Benchmark equity indices rallied on Thursday, led by gains in IT and banking stocks amid firm global cues.
A The 30-share BSE Sensex climbed 612.65 points or 0.84 per cent to settle at 73,097.28.
A The NSE Nifty went up 195.50 points or 0.88 per cent to 22,427.40.
A Among Sensex firms, Infosys, TCS, HCL Tech and Wipro were the biggest gainers.
R Also Read: Gold price today: Yellow metal slips Rs 200 per 10 grams
A "Market sentiment improved after US inflation data came in line with expectations," said Vinod Nair, head of research at Geojit Financial Services.
R (Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)
R First Published: Mar 14 2024 | 4:12 PM IST
""",
    "en_ng_news_full": """\
R Breaking News
R Politics
R Metro
R Business
R Sports
T Lagos begins demolition of illegal structures on Lekki corridor
R March 14, 2024
R By Adebayo Okafor
R 2 min read
A The Lagos State Government on Thursday began the demolition of illegal structures along the Lekki-Epe corridor, saying they obstruct drainage channels.
A The Commissioner for Environment, Tokunbo Wahab, who led the exercise, said owners were served notices three months ago.
R READ ALSO: Flooding: Lagos warns residents of heavy rainfall
A He said more than 120 structures had been marked for removal.
A Some traders at the affected sites, however, accused the government of not giving them enough time to relocate.
R Kindly share this story:
R Copyright PUNCH.
R All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.
R Contact: theeditor@punchng.com
""",
    "en_pk_news_extract": """\
T Petrol price cut by Rs9.66 per litre
R Our Correspondent
R March 15, 2024
A ISLAMABAD: The federal government on Friday announced a cut of Rs9.66 per litre in the price of petrol for the next fortnight.
A According to a notification issued by the finance division, the new price of petrol will be Rs279.75 per litre.
A The price of high-speed diesel has been kept unchanged at Rs285.56 per litre.
A The decision was taken in line with the recommendations of the Oil and Gas Regulatory Authority.
R Published in The Express Tribune, March 15th, 2024.
R Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.
""",
    "en_ph_news_full": """\
R News
R Nation
R Metro
R Regions
R Opinion
T DepEd eyes shift back to June school opening by 2025
R By Juan Dela Cruz
R Published March 14, 2024 5:30pm
A MANILA, Philippines — The Department of Education (DepEd) said on Thursday it is looking at gradually returning the opening of classes to June by school year 2025-2026.
A Education Secretary Sara Duterte said the current August-to-May calendar exposes students to extreme heat during the summer months.
R READ: PAGASA declares start of dry season
A The department will hold consultations with teachers, parents and local governments before finalizing the plan.
A Several lawmakers have filed bills seeking to fix the school opening in June or July.
R Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.
R For feedback, complaints, or inquiries, contact us.
""",
    "en_ke_news_extract": """\
T Nairobi commuters stranded as matatu operators strike over new levy
R By Staff Reporter
R Published on: Thursday, March 14, 2024 10:45 (EAT)
A Thousands of commuters in Nairobi were stranded on Thursday morning as matatu operators went on strike to protest a new parking levy introduced by the county government.
A The Matatu Owners Association said the levy would raise daily operating costs by up to Sh300 per vehicle.
A County officials said talks with the operators would continue on Friday.
R Related Stories
R Fuel prices: EPRA retains pump prices for March
R Got a story? Email us at news@example.co.ke
""",
    "en_za_news_full": """\
R News
R Business
R Sport
R Lifestyle
T Load shedding suspended for the weekend, Eskom says
R Sipho Ndlovu
R 14 March 2024 - 18:02
R Share this article:
A Eskom has suspended load shedding from Friday until Monday morning, citing improved generation capacity and lower weekend demand.
A The utility said breakdowns had fallen below 14,000 megawatts for the first time in weeks.
A Load shedding will return at stage 2 from 05:00 on Monday, unless the system improves further.
R Sign up for our newsletter
R Get the latest news delivered to your inbox
R Follow us on WhatsApp
R Join our WhatsApp channel for the latest news
""",
    "en_sg_news_extract": """\
T HDB resale prices rise 1.7% in first quarter
R Published Mar 14, 2024, 11:00 AM
R Updated Mar 14, 2024, 02:30 PM
A SINGAPORE – Resale prices of Housing Board flats rose 1.7 per cent in the first quarter of 2024, according to flash estimates released on Thursday.
A This is higher than the 1.1 per cent increase in the previous quarter, HDB said.
A The number of resale transactions fell slightly to 6,300, from 6,500 in the fourth quarter of 2023.
A Analysts said demand remains firm as more flats reach their minimum occupation period.
R Join ST's Telegram channel and get the latest breaking news delivered to you.
R Get unlimited access to exclusive stories and analysis.
R Subscribe now
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the print edition's note: a science story cites its study in the same shape ("Published in Nature, …")
    "en_pk_news_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)

TEXT = {
    "en": [
        "The Lagos State Government on Thursday began the demolition of illegal structures along the Lekki-Epe corridor.",
        "He said more than 120 structures had been marked for removal, officials told reporters on Thursday.",
        "Some traders at the affected sites accused the government of not giving them enough time to relocate.",
    ],
}

GOES = [
    ("en", "Mumbai | Updated: March 14, 2024 10:23 IST", "dateline"),
    ("en", "New Delhi | Published: 14 March 2024, 09:10 IST", "dateline"),
    ("en", "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)", "copyright"),
    ("en", "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)", "copyright"),
    ("en", "Copyright PUNCH.", "copyright"),
    ("en", "Kindly share this story:", "social-buttons"),
    ("en", "READ: PAGASA declares start of dry season", "promo-label"),
    ("en", "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.", "paywall"),
    ("en", "For feedback, complaints, or inquiries, contact us.", "site-chrome"),
    ("en", "Join ST's Telegram channel and get the latest breaking news delivered to you.", "call-to-action"),
]

STAYS = [
    ("en", "The figures were updated on March 14, 2024, the ministry said in a statement on its website."),
    ("en", "The rest of the content is auto-generated from a syndicated feed, the company admitted in court."),
    ("en", "Copyright Law"),
    ("en", "Copyright infringement cases at the High Court rose by a third last year."),
    ("en", "Please share the story with anyone who saw the car that night, police said."),
    ("en", "Read: The Overstory by Richard Powers"),
    ("en", "Subscribe to Netflix to get access to the series, the advert said, which regulators later found misleading."),
    ("en", "For questions about the new bins, residents should contact the council."),
    ("en", "Commuters can join the county's WhatsApp channel for updates on closures."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


if __name__ == "__main__":
    report(CASES)
