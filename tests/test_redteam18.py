# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team 18: ENGLISH pages of genres not probed before, through the text path (``clean_text`` / ``explain_text``).

Thirty pages, written before the rules were read, as an extractor or a naive scraper (menus, footers, everything)
outputs them: a recipe blog (life story, jump-to-recipe, recipe card, rating, nutrition row, comment form), a forum
thread (its posts' meta rows, a signature), a Q&A page (votes, "Asked 3 years, 2 months ago", answer form), an
affiliate review (pros and cons, specs, price buttons), a council notice, a university press release (embargo,
notes to editors, "about" box, media contact), a podcast page (chapters, transcript), a live football blog, a
health explainer ("Medically reviewed by …", references), a how-to, release notes, a real-estate listing, a
museum's event page, an email newsletter saved as a web page, a Medium post, a Substack post, a fact-check with
its rating, a Q/A interview, a poem, a short story, an obituary with its guestbook, a court report, a weather
warning, a story about a newsletter that MENTIONS residue words ("signed up", "subscribers", "share", "follow",
"comments", "declined to comment", "Click-through rates"), an opinion column, a listicle with shop buttons, a job
advert, a school newsletter, an engineering blog post with SQL, a company blog announcement. Tags as in red team 15:
``A`` article, ``R`` residue, ``T`` either way (a Substack subtitle re-judged ``T`` after the first run).

Measured before any rule change (30 pages, 350 article and 391 residue lines): article lines lost 18, residue lines
left 93. The losses, all edge-furniture's but one: a job advert's parts with three-word headings ("What you'll do",
"What we offer") and short items among lines with function words; a weather warning's "Affected areas" over three
place names, then "What should I do?" over ONE sentence; a listing's "Features" over items of two or three words that
run on into an item with function words and its facts ("Property taxes: $9,870 (2024)"); a school letter's "Kind
regards," over the signer AND her role ("Mrs J. Thornton" / "Headteacher"); an event's "Programme" heading (the walk
out of the article stopped at "Standard: £25", a label and a price read as no data); and a live blog's entry time
over its headline alone, "Half-time: Arsenal 1-1 Chelsea" (clock-line). What was left: an email's frame ("Forward to
a friend", "You received this email because …", "Update your preferences or unsubscribe", "Our mailing address
is:", the issue and date), a Q&A page's controls ("Improve this question", "Sorted by:", "Highest score (default)",
"2 Answers"), a deals widget ("Check price on Amazon", "$499.95 View at Amazon", "Today's best … deals"), a press
release's genre label, embargo and note to editors, a health page's review line, podcast and newsletter support
calls, inbox promises ("Get product updates in your inbox."), forum meta ("Start date …", "Messages 4,381", "Like
Reply", "You must log in or register to reply here."), a row of networks, a recipe card's rating and pin call, and
more (see below).

After: lost 0, left 38 (``RESIDUE_LEFT``). The shape rules (edge_guards, metadata): ``text_through`` keeps the short
runs of furniture (three lines at most) that the article's own lines enclose after its last long paragraph, down to
a sentence of five words or more, the article's lines at least as many as the furniture, nothing removed between
and no run right over that sentence (naive/19's tag line and author over a blog's blurb stay residue);
``list_over_question`` takes one answer of five words or more right under the question; ``list_running_on`` keeps a
short heading's list in sentence case (last word lower case) that runs on into items with function words and then a
sentence or a labelled row of data (no phone, no mail); a letter's closing keeps its signer's role on the line under
the name (``_closing_salutation``); a sign-off after a dash right under the last paragraph ("— Maya") stays;
``_LABEL_COUNT`` reads a price under its label ("Standard: £25") as data; clock-line keeps an entry's time over a
row holding a score among three or more entries in order; ``lower_list`` reads the colon line under a subheading
that stands right under the text ("How to claim" / "You can apply online. You'll need:"), its items phrases of two
words or more. The vocabulary (en.toml): an email newsletter's frame, reader-funded calls with their call after them,
inbox promises, a Q&A page's controls, forum counters and login notice, a newsletter issue's date, a thread's start
date, a podcast's date and length, a warning's issue time, a magazine's issue, a listing's refresh, health and
interview credits, deal-widget buttons, translate and site-builder credits, a recipe rating, a press release's genre
label, embargo and note to editors, a thanks-for-reading call, a recruiting call, a fact-checker's tip line, a row of
networks, box headings for similar threads, jobs and listings.

Second round (``_CASES4``, six pages written after those fixes: a Reddit thread, a GOV.UK-style guide, a restaurant
review, a journal abstract, a travel guide, a letters page; 55 article and 77 residue lines; a guide's own table of
contents and its "Next:" link re-judged ``T``): lost 5, left 19. The losses: the guide's list under "How to claim"
("You can apply online. You'll need:" over "your National Insurance number", …: lower_list now reads a colon line
under a subheading) and the abstract's keywords (``KNOWN_LOST``, as red team 14b). Left: a journal page's tools and
metrics, a Reddit thread's poster and age lines, an affiliate note naming "some links", a booking button, a letters
page's address and fine print, "More posts you may like" (vocabulary added). After: lost 2, left 3.

Third round (``_CASES5``, six pages written after the second round's fixes: a utility's FAQ, a rugby match report
with its stats rows and player ratings, a crowdfunding page, a planning committee's minutes, a shop's product page, an
encyclopedia article; "See also" and its entry re-judged ``T`` as in red team 14b): lost 7, left 14. The losses: the
encyclopedia's "See also" (re-judged) and the product page's last feature and its "In the box" list (``KNOWN_LOST``:
a footer's group of links under a worded heading has that shape, the shop's tabs right under it). Vocabulary added:
a shop's basket and wishlist buttons and delivery banner, "Back to meetings", "Still need help?", an encyclopedia's
last-edited line and licence line ("Back to meetings" took red team 17's footer line "Back to news" from the
run edge-furniture needs, so its contact box under residue stayed: edge-furniture now takes such a box's name and
phone, ``contact_phones``, when the residue alone makes the run). After: lost 5, left 6.

Left (``RESIDUE_LEFT``): section names alone ("Opinion", "Poetry", "Engineering", "Media", "Docs", "Live", "Letters
to the editor"), user names and a forum signature, bare vote counts and a tag row, bios without a journalism role
("Daniel Marsh is an economist …", "Owen Marsh lives in Cornwall …") and "About the author" over one (an
article's subheading as well, see tests/test_redteam_rt11.py), a press release's "about" box and its contact
(the box's paragraph is the page's last long one, so it anchors the article's end), a school's address and phone, a
newsletter's postal address, a health site's review policy, an event teaser, a mortgage widget's row, "Get warnings
by email" (a how-to's advice has that shape), and a fact-checker's programme note.
"""

from __future__ import annotations

import pytest
from probes import BRIDGE_EN, added_rule_tests, kept_lines, lost, removed, report, tagged_probe_tests

import cleaner

_CASES1 = {
    # NAIVE: a recipe blog, life story, jump-to-recipe, recipe card, comment form and comments
    "recipe_blog": """\
R Skip to content
R Home
R Recipes
R About Me
R Shop
R Search
T Brown Butter Banana Bread
R By Megan Alder | Published: Sep 14, 2024 | Updated: Jan 2, 2025 | 142 Comments
R This post may contain affiliate links. Please read our disclosure policy.
R Jump to Recipe
R Print Recipe
A Every September, when the first cool morning finally arrives, I pull out my grandmother's dented loaf pan and make this bread.
A She never measured anything, so it took me three summers of ruined loaves to work out what she actually did.
A The secret, it turns out, is browning the butter until it smells like toasted hazelnuts.
A Why you'll love this recipe
A It uses three very ripe bananas, so nothing goes to waste.
A It keeps for four days on the counter, wrapped in foil.
A It freezes beautifully, sliced or whole.
A A reader named Janet left a comment last year asking whether she could swap the sugar for maple syrup; you can, but cut the milk by two tablespoons.
R Pin this recipe for later!
T Brown Butter Banana Bread
R 4.92 from 318 votes
R Print Recipe Pin Recipe Rate Recipe
T Prep Time 15 mins
T Cook Time 1 hr
T Servings 10 slices
A Ingredients
A 1/2 cup unsalted butter
A 3 very ripe bananas, mashed
A 3/4 cup light brown sugar
A 1 large egg
A 1 1/2 cups all-purpose flour
A 1 tsp baking soda
A Instructions
A Brown the butter in a small saucepan over medium heat, swirling until golden, about 5 minutes.
A Whisk the butter, bananas, sugar and egg together in a large bowl.
A Fold in the flour and baking soda until just combined.
A Bake at 350°F for 55 to 60 minutes, until a skewer comes out clean.
A Notes
A If the top browns too quickly, tent it with foil after 40 minutes.
T Nutrition
T Calories: 287kcal | Carbohydrates: 41g | Protein: 3g | Fat: 12g
R Tried this recipe? Tag @megansoven on Instagram and hashtag it #megansoven
R Leave a Reply
R Your email address will not be published. Required fields are marked *
R Recipe Rating
R Save my name, email, and website in this browser for the next time I comment.
R Post Comment
R Linda P. says
R September 16, 2024 at 8:12 am
R Made this twice this week and my kids fought over the last slice!
R Reply
R © 2025 Megan's Oven. All rights reserved.
R Privacy Policy | Accessibility Statement
""",
    # NAIVE: a forum thread, its posts' meta rows and a signature
    "forum_thread": """\
R Forums
R New posts
R Search forums
R Log in
R Register
R Home › Forums › Woodworking › Finishing
T Best finish for an outdoor cedar bench?
R Thread starter oakleaf_dan
R Start date Apr 3, 2025
R oakleaf_dan
R Member
A I just finished a cedar bench for the back deck and I'm torn between a penetrating oil and a spar varnish.
A It gets full afternoon sun and we get about 40 inches of rain a year.
A Anyone have experience with either after a few seasons?
R "Measure twice, cut once, swear three times."
R woodbutcher59
R Joined Jan 12, 2012
R Messages 4,381
A Skip the varnish. In full sun it will crack and peel within two years and you'll be sanding forever.
A I use a penetrating oil with UV inhibitors and just recoat every spring. It takes about twenty minutes.
R Like Reply
R Report
R pinecone_pete
R Apr 4, 2025
A Agree with woodbutcher. Cedar weathers to a nice silver if you leave it bare, too.
A My bench has been unfinished for eight years and it's still solid.
R You must log in or register to reply here.
R Similar threads
R Exterior stain recommendations for a fence?
R Spar urethane vs. marine varnish
R Share:
R Facebook X (Twitter) Reddit Pinterest Email Share Link
R Contact us Terms and rules Privacy policy Help
""",
    # NAIVE: a Q&A page with its votes, stamps and answer form
    "qa_page": """\
R Skip to main content
R Log in
R Sign up
T How do I read a CSV file with a semicolon delimiter in pandas?
R Asked 3 years, 2 months ago
R Modified 1 year ago
R Viewed 48k times
R 23
A My CSV export from a European bank uses semicolons instead of commas, and the decimal separator is a comma.
A When I call pd.read_csv("export.csv") everything ends up in one column.
A How do I tell pandas about both separators?
R python pandas csv
R Share
R Improve this question
R Follow
R asked Oct 3, 2021 at 9:14
R 2 Answers
R Sorted by:
R Highest score (default)
R 41
A Pass both the sep and the decimal arguments:
A df = pd.read_csv("export.csv", sep=";", decimal=",")
A If the file also has a thousands separator, add thousands="." as well.
R Share
R Improve this answer
R Follow
R answered Oct 3, 2021 at 9:20
R 3
A Thanks, that fixed it. The thousands argument was the part I was missing.
R – anna_k
R Oct 3, 2021 at 9:41
R Add a comment
R Your Answer
R Post Your Answer
R By clicking "Post Your Answer", you agree to our terms of service and acknowledge you have read our privacy policy.
R Not the answer you're looking for? Browse other questions tagged python pandas or ask your own question.
""",
    # EXTRACTOR: an affiliate product review with pros and cons, specs and price buttons
    "affiliate_review": """\
T Breville Bambino Plus review: the best small espresso machine we've tested
R By Chris Toller, Senior Editor
R Updated March 12, 2025
R We may earn a commission when you buy through links on our site.
A The Bambino Plus heats up in three seconds, which is not a typo.
A In our tests it pulled a shot faster than any machine under $500, and its automatic milk wand produced the silkiest microfoam of the group.
T Our verdict: 4.5 out of 5
A Pros
A Ready in three seconds
A Excellent automatic steam wand
A Compact footprint
A Cons
A Small 1.9-litre water tank
A No built-in grinder
R Check price on Amazon
R $499 at Best Buy
A Specifications
A Dimensions: 7.7 x 12.6 x 12.2 inches
A Weight: 11 lbs
A Pump pressure: 9 bar
A Water tank: 1.9 litres
A How we tested
A We pulled more than 200 shots on each of seven machines over three weeks, using the same beans and the same grinder.
A "The steam wand alone is worth the price," said our tester, a former barista.
R Read more: The best coffee grinders of 2025
A Should you buy it?
A If you want café-quality milk drinks and have little counter space, yes.
R Today's best Breville Bambino Plus deals
R $499.95 View at Amazon
R $499.99 View at Walmart
R Prices are checked daily by our bot
""",
    # NAIVE: a local government notice with the site's menus and footer
    "council_notice": """\
R Skip to main content
R Residents
R Business
R Council
R Contact us
R Home > News > Public notices
T Public notice: temporary closure of Mill Lane for water main replacement
R Published: 4 February 2025
A Mill Lane will be closed to through traffic from Monday 17 February to Friday 28 March 2025.
A The closure is needed so that Thames Water can replace 400 metres of Victorian cast-iron water main.
A Affected properties
A 1 to 47 Mill Lane (odd numbers)
A 2 to 38 Mill Lane (even numbers)
A Fairview Court
A A signed diversion will be in place via Station Road and Church Street.
A Pedestrian access to homes and businesses will be maintained at all times.
A Bin collections will continue as normal; crews will collect from the junction with Station Road.
A If you have a question about the works, call Thames Water on 0800 316 9800 quoting reference TW-22817.
R Was this page helpful?
R Yes
R No
R Report a problem with this page
R Sign up for email updates
R Follow us on Facebook
R Follow us on X
R Accessibility statement
R Cookies
R © Hadley District Council 2025
""",
    # EXTRACTOR: a university press release with its media contact and "about" box
    "uni_release": """\
T Researchers find sleep-deprived bees dance less accurately
R News release
R Embargoed until 16:00 GMT, 9 April 2025
A Honeybees deprived of sleep perform less precise waggle dances, sending their nestmates to the wrong flowers, a new study shows.
A The team from the University of Northfield kept 120 bees awake overnight by gently shaking their hive frames every few minutes.
A The next day, the angle of their dances was off by an average of 11 degrees, compared with 4 degrees for rested bees.
A "We were surprised by how large the effect was," said lead author Dr Priya Nand.
A "A bee that dances badly costs the whole colony."
A The study was published in the journal Animal Behaviour.
A Key findings
A Sleep-deprived bees danced with 2.7 times more error in direction.
A Recruits followed the inaccurate dances just as often as accurate ones.
A Colonies lost an estimated 6% of foraging efficiency.
R Notes to editors
R The paper, "Sleep loss degrades spatial signalling in honeybees", is available on request.
R About the University of Northfield
R The University of Northfield is a research-intensive university with 24,000 students across four campuses.
R Media contact
R Tom Haskins, Press Office
R t.haskins@northfield.ac.uk
R +44 (0)1632 960 412
""",
    # NAIVE: a podcast episode page with chapters and a transcript
    "podcast_page": """\
R Podcasts
R Episodes
R About
R Subscribe
T Episode 212: Why cities are ripping out their highways
R March 4, 2025 · 48 min
R Listen on Apple Podcasts
R Listen on Spotify
R RSS
A This week, urban planner Dana Ruiz explains why dozens of American cities are tearing down elevated highways, and what happens to the neighbourhoods underneath.
A Chapters
A 00:00 Introduction
A 03:15 The Embarcadero Freeway
A 17:40 Who gets displaced twice
A 34:02 What Rochester did right
A Transcript
A HOST: Dana, let's start with San Francisco. What happened in 1989?
A DANA RUIZ: The Loma Prieta earthquake damaged the Embarcadero Freeway so badly that the city had to decide whether to rebuild it.
A HOST: And they didn't.
A DANA RUIZ: They didn't, and property values along the waterfront went up by about 300 percent in the next decade.
A HOST: That sounds like a success story.
A DANA RUIZ: It was, for the people who owned property. Renters are another story.
R This transcript was generated automatically and may contain errors.
R Support the show
R Become a member for ad-free episodes and bonus content.
R More episodes
R Episode 211: The strange economics of parking
R Episode 210: Can you build a 15-minute city from scratch?
R © 2025 Street Level Media
""",
    # EXTRACTOR: a live sports blog with entry times, scores and the blog's furniture
    "live_sport": """\
T Arsenal 2-1 Chelsea LIVE: Saka winner settles London derby
R Live
R Updated 21:47 GMT
R Refresh
A Full time: Arsenal 2-1 Chelsea
A 21:47
A That's it! Arsenal hold on and go three points clear at the top.
A 21:44
A Four minutes of added time. Chelsea have everyone forward.
A 21:31
A GOAL! Arsenal 2-1 Chelsea (Saka 78')
A Saka cuts inside from the right and curls one into the far corner. What a finish.
A 21:02
A Half-time: Arsenal 1-1 Chelsea
R Share
T 21:01
R Advertisement
A 20:41
A Palmer equalises from the penalty spot. 1-1.
A Line-ups
A Arsenal: Raya; White, Saliba, Gabriel, Calafiori; Rice, Ødegaard, Partey; Saka, Havertz, Martinelli.
A Chelsea: Sánchez; Gusto, Fofana, Colwill, Cucurella; Caicedo, Fernández; Palmer, Nkunku, Madueke; Jackson.
R Sign up to our free football newsletter
R Get the best of our football coverage in your inbox every morning
R Enter your email address
R Sign up
""",
    # EXTRACTOR: a health explainer with its review line, key points and references
    "health_explainer": """\
T Iron deficiency anaemia: symptoms, causes and treatment
R Medically reviewed by Dr. Helen Okafor, MD — Written by Sam Beckett — Updated on February 20, 2025
A Iron deficiency anaemia happens when your body does not have enough iron to make haemoglobin, the protein in red blood cells that carries oxygen.
A It is the most common type of anaemia worldwide.
A Symptoms
A tiredness and lack of energy
A shortness of breath
A pale skin
A heart palpitations
A Causes
A In adults, the most common causes are heavy periods, pregnancy and bleeding in the stomach or bowel.
A When to see a doctor
A See a GP if you have symptoms of iron deficiency anaemia. A simple blood test can confirm it.
A Treatment
A Most people are prescribed iron tablets for about six months. Your GP will check your blood again after two to four weeks.
A Taking the tablets with orange juice can help your body absorb the iron.
R Was this article helpful?
R How we reviewed this article:
R Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.
T Sources
T Camaschella C. Iron-deficiency anemia. N Engl J Med. 2015;372(19):1832-1843.
T World Health Organization. Anaemia. Fact sheet, 2023.
R Share this article
R Related coverage
R Low ferritin but normal hemoglobin: what it means
R Read this next
""",
    # NAIVE: a how-to with numbered steps, tools list and the site's furniture
    "howto_steps": """\
R HomeFix Guides
R Plumbing
R Electrical
R Outdoor
R Newsletter
T How to fix a running toilet in 10 minutes
R By Greg Paulsen
R Updated Jan 8, 2025
R Difficulty: Easy
R Share
R Pin
R Email
A A toilet that keeps running can waste up to 200 gallons of water a day.
A In most cases the fix is a worn flapper, a part that costs less than $10.
A What you'll need
A Replacement flapper
A Adjustable wrench
A Rubber gloves
A Steps
A 1. Turn off the water supply valve behind the toilet.
A 2. Flush to drain the tank.
A 3. Unhook the old flapper from the overflow tube and the chain.
A 4. Attach the new flapper and clip the chain, leaving about half an inch of slack.
A 5. Turn the water back on and check for leaks.
A Tip: if the water keeps running after you replace the flapper, adjust the float so the water stops an inch below the top of the overflow tube.
R Did you find this guide helpful? Click here to follow us for more DIY tips!
R Related guides
R How to unclog a drain without chemicals
R How to replace a kitchen faucet
R About us
R Advertise
R Terms of use
R Do Not Sell or Share My Personal Information
""",
}

_CASES2 = {
    # EXTRACTOR: software release notes with their version headings and lists
    "release_notes": """\
T Release notes: Pathwise 4.2
R Docs
R Edit this page on GitHub
A Pathwise 4.2 was released on 11 March 2025. It is a minor release with two new features and a number of bug fixes.
A Upgrading is recommended for all users of the 4.x series.
A New features
A Added a --dry-run flag to the sync command.
A Config files can now include other config files with the include key.
A Bug fixes
A Fixed a crash when a path contained a trailing space (#1184).
A Fixed incorrect exit code when the remote was unreachable (#1201).
A Deprecations
A The legacy-mode setting is deprecated and will be removed in 5.0.
A Contributors
A Thanks to the 14 people who contributed to this release, including 6 first-time contributors.
A 4.1.3
A Fixed a regression in glob matching on Windows (#1170).
R Previous
R Release notes: Pathwise 4.1
R Next
R Migration guide
R Was this page helpful?
R Thumbs up Thumbs down
""",
    # NAIVE: a real-estate listing with its facts, features and the agency's furniture
    "real_estate": """\
R Buy
R Rent
R Sell
R Find an agent
R Sign in
R Back to search results
T 14 Orchard Road, Fenwick, NH 03870
T $649,000
A 4 beds
A 2.5 baths
A 2,180 sq ft
A Built in 1998
A Charming colonial on a quiet cul-de-sac, walking distance to Fenwick Elementary and the town green.
A The updated kitchen has quartz counters, a gas range and a large island that seats four.
A The primary suite includes a walk-in closet and a renovated bath with a double vanity.
A Features
A Hardwood floors throughout
A Finished basement
A Two-car attached garage
A Fenced backyard with a patio
A Property taxes: $9,870 (2024)
A HOA: None
R Schedule a tour
R Request info
R Listing courtesy of Seacoast Realty Group
R Listing data last updated 2 hours ago
R Mortgage calculator
R Estimated monthly payment: $4,112
R Nearby homes for sale
R 22 Birch Lane, Fenwick — $589,000
R 7 Hale Street, Fenwick — $715,000
R Fair Housing Statement
R © 2025 HomeQuest, Inc.
""",
    # NAIVE: an event page with dates, tickets and the venue's menus
    "event_page": """\
R What's on
R Visit
R Membership
R Shop
R Donate
T Night at the Museum: Dinosaurs After Dark
A Friday 25 April 2025, 7pm to 11pm
A Adults only (18+)
A Explore the galleries after hours with live music, a silent disco under the blue whale and talks from our palaeontologists.
A Tickets
A Standard: £25
A Members: £20
A Price includes one drink.
A Programme
A 7.30pm: "Bones that lie", a talk by Dr. Ruth Amos
A 8.45pm: Silent disco opens
A 10.30pm: Last entry to the dinosaur gallery
A Accessibility: all galleries are step-free. Free tickets are available for carers.
R Book now
R Add to calendar
R Share this event
R You might also like
R Late opening: Deep Sea Creatures
R Family sleepover
R Sign up to our newsletter
R Registered charity number 1108722
""",
    # a newsletter saved as a web page: view in browser, forward, unsubscribe
    "newsletter_web": """\
R View this email in your browser
R Forward to a friend
T The Tuesday Brief: your weekly guide to the local economy
R Issue #87 | March 11, 2025
A Good morning, and welcome to the 2,400 new subscribers who signed up after last week's piece on rent caps.
A Here's what you need to know this week.
A 1. The new bridge toll starts April 1
A Drivers will pay $2.50 each way. Commuters with a transponder get a 40% discount.
A 2. Unemployment ticks down
A The county rate fell to 3.9% in February, from 4.1% in January.
A 3. A bakery closes after 62 years
A Dorfmann's on Elm Street will close its doors on March 30. "We just couldn't find anyone to take it over," owner Ruth Dorfmann said.
A That's it for this week. Reply to this email if you have a tip; I read every one.
A — Maya
R This newsletter is supported by readers like you. Become a paying member
R You received this email because you subscribed to The Tuesday Brief.
R Update your preferences or unsubscribe
R Our mailing address is:
R The Tuesday Brief, PO Box 1142, Dayton, OH 45401
R Copyright © 2025 The Tuesday Brief, All rights reserved.
""",
    # NAIVE: a Medium-style post with its follow, claps and member lines
    "medium_post": """\
R Open in app
R Sign up
R Sign in
R Write
R Member-only story
T I Quit My Job to Build Furniture. Here's What Year One Cost Me.
R Jordan Ellis
R Follow
R 7 min read
R ·
R Jan 19, 2025
R 2.1K
R 48
R Listen
R Share
A Twelve months ago I handed in my notice at a software company and rented a 600-square-foot workshop.
A I had $31,000 in savings and one commission, a dining table for my sister.
A Here is exactly where the money went.
A Workshop rent: $14,400
A Tools and machinery: $9,800
A Wood and hardware: $6,200
A Insurance: $1,150
A Revenue was $22,700, from 11 pieces.
A The biggest lesson? Nobody follows you on Instagram because of your table saw. They follow the story.
A I'll keep writing these updates every quarter.
R 2.1K
R 48
R Written by Jordan Ellis
R 1.2K Followers
R Former engineer, now building tables in Vermont.
R More from Jordan Ellis
R Recommended from Medium
R Help Status About Careers Press Blog Privacy Terms Text to speech Teams
""",
    # EXTRACTOR: a Substack post with its subscribe, like and restack rows
    "substack_post": """\
T The quiet collapse of the local pharmacy
T Why your prescription takes three days now
R Hannah Weiss
R Feb 27, 2025
R 312
R 41
R Share
A In 2018, my town of 9,000 people had three pharmacies. Today it has one, open five days a week.
A This isn't unique. Between 2019 and 2024, more than 3,000 pharmacies closed across the United States.
A I spoke to five pharmacists for this piece. Two declined to comment on the record, fearing their employers.
A "We are filling 400 prescriptions a day with two people," one told me.
A The reasons are boring and financial: pharmacy benefit managers set the reimbursement rates, and they have been falling.
A What can you do?
A Ask your pharmacist whether they are independent.
A Use mail order only for maintenance drugs.
A Call your state representative.
R Thanks for reading The Small Print! Subscribe for free to receive new posts and support my work.
R Subscribe
R 312 Likes
R ·
R 18 Restacks
R Discussion about this post
R Write a comment...
R Restack
R © 2025 Hannah Weiss
R Substack is the home for great culture
""",
    # EXTRACTOR: a fact-check with its claim, rating and sources
    "fact_check": """\
T Fact check: No, the Eiffel Tower is not being sold for scrap
R By Lena Morton
R Published March 2, 2025
A A post shared more than 40,000 times on Facebook claims that the French government has agreed to sell the Eiffel Tower for scrap metal.
A Claim: France will dismantle the Eiffel Tower and sell it for scrap in 2025.
A Rating: False
A The claim appears to originate from a satirical website.
A The company that runs the tower, SETE, told us the claim was "completely invented".
A A spokesperson for the culture ministry declined to comment on the post but pointed us to the tower's 2025 renovation schedule.
A Our ruling
A There is no plan to sell or dismantle the Eiffel Tower. We rate this claim False.
A Our sources
A SETE, email to the author, February 28, 2025
A Ministry of Culture, press release, January 15, 2025
R This article is part of our work with Meta's third-party fact-checking programme.
R Have a claim you want us to check? Email factcheck@example.org
R Read our methodology
""",
    # EXTRACTOR: an interview in Q/A form with one-line answers
    "interview_qa": """\
T "I still write everything by hand": a conversation with novelist Iris Coleman
R Interview by Paul Granger
R April 2, 2025
A Iris Coleman's seventh novel, The Salt Road, is out this week. We spoke in her kitchen in Galway.
A You've said you hate computers. Is that true?
A Hate is strong. I distrust them.
A So the whole novel was handwritten?
A Every word. Fourteen notebooks.
A Do you read your reviews?
A Never.
A Not even the good ones?
A Especially not the good ones.
A What are you working on next?
A A book about my mother. That's all I'll say.
A This interview has been edited and condensed for clarity.
R Iris Coleman will be at the Galway Book Festival on May 10. Tickets here.
R More interviews
R "Grief is a kind of weather": Tom Reilly on his new memoir
""",
    # EXTRACTOR: a poem on a literary magazine's page with its bio and share row
    "poem_page": """\
T Inventory, After the Flood
R Poetry
R by Marisol Vega
A The kitchen chairs, four of them, upside down
A on the neighbour's lawn.
A A jar of buttons.
A My father's watch, still running.
A The photographs we dried on the line
A like shirts.
A What the river took, it took
A politely, room by room.
R Marisol Vega is the author of two collections, most recently Low Water (Tidewater Press, 2023). She lives in Baton Rouge.
R Share on Facebook
R Share on X
R From Issue 41, Spring 2025
R Subscribe to the magazine
""",
    # EXTRACTOR: a short story with section breaks and one-word lines
    "short_story": """\
T The Lighthouse Keeper's Daughter
R Fiction
R By Owen Marsh
R 12 min read
A The boat came in at dusk, which was wrong.
A Nobody came to the island at dusk.
A Ellen watched it from the lamp room, her hands still black with paraffin.
A *
A "Who is it?" her father asked from the stairs.
A "I don't know."
A "Then go and find out."
A She went.
A The man on the jetty was wet to the waist and carrying a suitcase that did not look like it had ever been wet.
A "I'm the new keeper," he said.
A *
A Her father laughed for a long time after that.
A The end.
R If you enjoyed this story, please share it and subscribe for new fiction every month.
R About the author
R Owen Marsh lives in Cornwall. His stories have appeared in Granta and The Stinging Fly.
""",
}

_CASES3 = {
    # NAIVE: an obituary with its service details and guestbook
    # (obits40: the life span under the deceased's name retagged R to T: the notice's own header, as the name over it;
    # an obituary's "1938 – 2025" stays, tests/test_obits40.py)
    "obituary_guestbook": """\
R Obituaries
R Search obituaries
R Place an obituary
R Send Flowers
T Margaret "Peggy" Lindqvist
T 1938 - 2025
R Share
A Margaret "Peggy" Lindqvist, 86, of Duluth, passed away peacefully on March 3, 2025, surrounded by her family.
A Peggy was born on June 12, 1938, in Two Harbors, the youngest of five children.
A She taught third grade at Lester Park Elementary for 34 years, and former students still stopped her in the grocery store to say hello.
A She is survived by her children, Karin (Mark) Olsen and Erik Lindqvist; five grandchildren; and her sister, Inga.
A She was preceded in death by her husband of 58 years, Lars.
A Services
A Visitation: Friday, March 14, 4-7 p.m., Dougherty Funeral Home
A Funeral: Saturday, March 15, 11 a.m., First Lutheran Church
A In lieu of flowers, memorials may be given to the Duluth Public Library.
R Guestbook
R Sign the Guestbook
R 27 entries
R Posted by Debbie Hanson - March 6, 2025
R Mrs. Lindqvist was my third grade teacher in 1979. She was the kindest woman. My deepest sympathy to the family.
R Posted by The Carlson Family - March 5, 2025
R Thinking of you all.
R Load more entries
R Published by Duluth News Tribune on Mar. 9, 2025.
R To plant trees in memory, please visit the Sympathy Store.
""",
    # EXTRACTOR: a court report with quotes and the site's links between paragraphs
    "court_report": """\
T Former treasurer jailed for stealing £84,000 from village cricket club
R Crime
R By Anna Whitlock
R Court reporter
R 14 March 2025, 17:32
A A former treasurer who stole more than £84,000 from a village cricket club to fund a gambling addiction has been jailed for two years and eight months.
A Graham Pike, 58, of Dene Road, Ashcombe, pleaded guilty to fraud by abuse of position at Exeter Crown Court.
A The court heard that Pike made 312 transfers from the club's account into his own over six years.
R Read more: Cricket club "devastated" after treasurer arrested
A Prosecuting, Kate Lynch said: "He was trusted completely. Nobody checked."
A In mitigation, Pike's barrister said his client was "deeply ashamed".
A Judge Robert Hale said: "You stole from your friends."
A The club's chairman, Peter Dunn, said: "We're relieved it's over."
A Pike's family declined to comment after the hearing.
R Get the latest Devon news sent to your inbox
R Sign up
R Related topics
R Exeter
R Courts
""",
    # NAIVE: a weather alert page with its warning data and the service's furniture
    "weather_alert": """\
R Forecasts
R Maps
R Warnings
R Climate
R Search for a place
T Yellow warning for snow and ice
R Issued at: 10:14 on Mon 3 Feb 2025
A Valid from 18:00 Mon 3 Feb to 10:00 Tue 4 Feb
A Snow and icy surfaces are likely to bring some travel disruption.
A What to expect
A Some roads and railways likely to be affected, with longer journey times by road, bus and train.
A Some injuries from slips and falls on icy surfaces.
A Further details
A 1 to 3 cm of snow is likely above 200 metres, with up to 5 cm on high ground.
A Affected areas
A Cumbria
A North Yorkshire
A Scottish Borders
A What should I do?
A Plan your journey and allow extra time.
R Get warnings by email
R Share this warning
R Was this page useful?
R Cookie settings
R © Crown copyright
""",
    # EXTRACTOR: a news story whose sentences mention residue words
    "news_residue_words": """\
T Local paper's newsletter hits 50,000 subscribers as print edition ends
R Media
R By Rachel Obi
R 5 March 2025
A The Ashford Herald said on Wednesday that its daily email newsletter now has 50,000 subscribers, more than its print edition ever sold.
A The paper will print its last edition on Friday.
A "People signed up faster than we could write," editor Sue Grant said.
A More than 8,000 readers signed up in the week after the closure was announced.
A Readers can still share stories, follow the paper on social media and leave comments on its website.
A Click-through rates are high: about half of subscribers open each email.
A The owner, Kentmedia, declined to comment on job losses.
A Comments
A Asked about reader comments, Ms Grant said the team reads every one.
A "Some of them are rude. Most of them are right," she said.
R Share this article
R Copy link
R About sharing
R Comments
R Join the conversation
R Show 23 comments
R Most read
R Man rescued from flooded car on A28
""",
    # EXTRACTOR: an opinion column and the letters page's furniture
    "opinion_column": """\
T We should stop pretending four-day weeks are free
R Opinion
R Daniel Marsh
R Daniel Marsh is an economist and a former adviser to the Treasury.
A Every few months another trial reports that a four-day week made workers happier and no less productive.
A I don't doubt the results. I doubt that they will scale.
A The trials so far have been voluntary. Companies that sign up are the ones that expect it to work.
A Consider a hospital ward. You cannot compress a nurse's shift into fewer days without longer shifts or more nurses.
A That's not an argument against trying. It is an argument for honesty about the cost.
A Who pays?
A Someone always does.
R The views expressed in this article are the author's own.
R Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.
R Topics
R Work & careers
R Economics
R Reuse this content
""",
    # NAIVE: a listicle of the best products with affiliate calls after each item
    "best_listicle": """\
R Tech
R Reviews
R Deals
R Best Picks
T The 5 best budget laptops of 2025
R By Aisha Khan
R Last updated: March 1, 2025
R Our editors independently select every product. If you buy through our links, we may earn a commission.
A We tested 27 laptops under $700 over two months to find the ones worth buying.
A 1. Acer Swift Go 14
A Best overall
A The Swift Go has the best screen we've seen at this price and lasted 11 hours in our battery test.
R $649 at Amazon
A 2. Lenovo IdeaPad Slim 5
A Best for students
A A comfortable keyboard and a 1080p webcam make this ideal for lectures and video calls.
R $579 at Best Buy
A 3. Asus Vivobook 15
A Best big screen
A Its 15.6-inch display is dim, but you get a lot of laptop for the money.
R Check price at Walmart
A How we test laptops
A Every laptop runs the same battery loop: a web-browsing script at 150 nits until it shuts down.
R You might also like
R The best Chromebooks
R The best laptops for gaming
R Newsletter
R Get the best deals in your inbox
R About Careers Contact Privacy Terms
""",
    # EXTRACTOR: a job advert with its lists in parts and the job board's buttons
    "job_advert": """\
T Senior Data Analyst
R Northwind Logistics
R Leeds, UK · Hybrid · Full-time
R Posted 3 days ago
R Apply now
R Save job
A We're looking for a senior data analyst to join our network planning team of eight.
A You'll turn millions of delivery records a week into the decisions that decide where our trucks go.
A What you'll do
A Build dashboards for the operations team
A Model the cost of new delivery routes
A Mentor two junior analysts
A What we're looking for
A 4+ years of experience with SQL
A Python or R
A Clear writing
A What we offer
A Salary: £55,000 to £62,000
A 28 days of holiday plus bank holidays
A Hybrid working, two days a week in the office
A Northwind is an equal opportunity employer.
R Apply for this job
R Share this job
R Similar jobs
R Data Analyst, Bradford, £38,000
R Report this job
""",
    # NAIVE: a school newsletter page with its list of dates and the school site's menus
    "school_news": """\
R Home
R About Us
R Parents
R Curriculum
R Contact
T Newsletter – Spring Term, Week 6
A Dear Parents and Carers,
A What a busy half-term it has been!
A Year 4 raised £412 for the food bank with their cake sale, and our choir came second at the county festival.
A Dates for your diary
A 24 Feb: Children return to school
A 6 Mar: World Book Day (costumes welcome)
A 20 Mar: Parents' evening
A A reminder that the school gates open at 8.40am and close at 8.55am.
A Please follow the one-way system in the car park.
A Kind regards,
A Mrs J. Thornton
A Headteacher
R Download this newsletter (PDF, 312 KB)
R Translate this page
R Hollybank Primary School, Green Lane, Hollybank, HB4 2QX
R Tel: 01632 555 019
R Website by SchoolSites
""",
    # EXTRACTOR: a technical blog post with code and the blog's furniture
    "tech_blog": """\
T Why our Postgres queries got 40x faster after we dropped an index
R Engineering
R By Lucas Meyer · 8 min read · March 18, 2025
A Last month our p99 latency for the orders API jumped from 80 ms to 1.2 seconds.
A The culprit was not a missing index. It was an extra one.
A The query
A SELECT id, total FROM orders
A WHERE customer_id = $1 AND status = 'open'
A ORDER BY created_at DESC LIMIT 20;
A The planner chose our new partial index on status, then sorted 400,000 rows.
A After we dropped it, the planner went back to the composite index on (customer_id, created_at).
A Results
A p50: 12 ms → 3 ms
A p99: 1,200 ms → 29 ms
A Lesson: after adding an index, check the plans of the queries you didn't write it for.
R Thanks for reading! Follow us on LinkedIn for more engineering posts.
R We're hiring! See open roles
R Tags: postgres, performance, databases
R Previous post
R How we cut our CI time in half
""",
    # NAIVE: a company blog announcement with its menus, share row and cookie banner
    "company_blog": """\
R Product
R Pricing
R Customers
R Blog
R Log in
R Start free trial
R Back to blog
T Introducing offline mode for the Fieldnote app
R Product updates
R Feb 12, 2025
R 4 min read
A Starting today, every Fieldnote plan includes offline mode.
A Your team can now fill in inspection forms with no signal at all, and everything syncs when the phone reconnects.
A It was our most requested feature: more than 1,800 customers asked for it on our feedback board.
A How it works
A Open a form once while online, and it's saved to the device.
A Fill it in offline. Photos and signatures are stored locally.
A When you're back online, tap Sync, or wait; it syncs on its own within a minute.
A "Our inspectors work in basements and tunnels. This changes everything for us," said Ana Ruiz of Metro Rail Services.
A Offline mode is available on iOS and Android today.
R Share on LinkedIn
R Share on X
R Copy link
R Subscribe to our blog
R Get product updates in your inbox.
R We use cookies to improve your experience. By using our site, you agree to our Cookie Policy.
R Accept all
R Manage preferences
""",
}
_CASES4 = {
    # NAIVE: a Reddit-style thread with its votes, awards and replies
    "reddit_thread": """\
R r/personalfinance
R Join
R Posted by u/quietmaple 6 hr. ago
T Is it worth paying off a 3% car loan early?
A I have $14,000 left on a car loan at 3.1% and about $20,000 in a high-yield savings account earning 4.5%.
A My dad says debt is debt and I should pay it off. The math says otherwise?
R 412 upvotes
R 187 comments
R Share
R Sort by: Best
R level 1
R frugal_fern
R · 5 hr. ago
A The math is on your side. You're earning more on the cash than the loan costs you.
A The only reason to pay it off is peace of mind, which is worth something too.
R Reply
R Share
R 231
R level 2
R quietmaple
R OP · 4 hr. ago
A Thanks. I think I'll keep paying the minimum and revisit it if rates drop.
R Reply
R More posts you may like
R Should I refinance my student loans now?
R About Community
R Created Mar 6, 2008
R 18.2m members
""",
    # NAIVE: a service guide on a government site with its contents, print button and feedback
    "gov_guide": """\
R Skip to main content
R Cookies on this site
R Accept additional cookies
R Reject additional cookies
R Home
R Benefits
R Carer's Allowance
R Print this page
T Contents
T Overview
T Eligibility
T How to claim
A Overview
A You could get £81.90 a week if you care for someone at least 35 hours a week and they get certain benefits.
A You do not have to be related to, or live with, the person you care for.
A Eligibility
A You must be 16 or over and spend at least 35 hours a week caring for someone.
A You must not be in full-time education.
A How to claim
A You can apply online. You'll need:
A your National Insurance number
A your bank or building society details
A the person you care for's date of birth
T Next: Eligibility
R Is this page useful?
R Maybe
R Report a problem with this page
R Help us improve GOV.UK
R Support links
R Help
R Privacy
R Contact
R All content is available under the Open Government Licence v3.0, except where otherwise stated
""",
    # EXTRACTOR: a restaurant review with its verdict box and booking call
    "restaurant_review": """\
T Review: Salt & Ember, Bristol — smoke, fire and a very good pork chop
R By Lucy Harwood
R Restaurant critic
R Published 7 March 2025
A The first thing you notice is the smell: oak smoke, and something sweet underneath it.
A Salt & Ember opened in a former tram depot last autumn, and the open kitchen runs the length of the room.
A The pork chop (£24) is the dish to order. It comes with charred hispi cabbage and a sharp apple ketchup.
A Service was warm, if a little slow on a busy Friday.
A "We wanted a place where people could watch the fire," chef-owner Dan Pryce told me.
A The verdict
A Food: 9/10
A Atmosphere: 8/10
A Service: 7/10
A Salt & Ember, 12 Depot Lane, Bristol BS2 0QT. Open Wed–Sun, 5pm–11pm. About £45 a head without drinks.
R Book a table with OpenTable
R Want more restaurant reviews? Sign up to our Food newsletter
R Read more
R The 20 best restaurants in Bristol
""",
    # EXTRACTOR: a journal abstract page with its metrics and access buttons
    "journal_abstract": """\
T Long-term effects of school gardens on children's vegetable intake: a cluster randomised trial
R Research article
R Open access
R Published: 14 January 2025
A Authors
A Emma Lund, Rafael Ortiz, Kate Mbeki
A Abstract
A Background: School garden programmes are popular, but evidence of lasting effects on diet is limited.
A Methods: We randomised 48 primary schools to a garden programme or usual teaching and followed 2,310 children for three years.
A Results: Children in garden schools ate 0.4 more portions of vegetables a day at follow-up (95% CI 0.2 to 0.6).
A Conclusions: School gardens produced a small but lasting increase in vegetable intake.
A Keywords
A school gardens; nutrition; children; randomised trial
R Download PDF
R Cite this article
R 3,412 Accesses
R 27 Altmetric
R Metrics details
R Rights and permissions
R Reprints and permissions
""",
    # NAIVE: a travel guide page with its map, booking widgets and tips
    "travel_guide": """\
R Destinations
R Europe
R Portugal
R Plan your trip
T 48 hours in Porto: where to eat, sleep and drink port
R By Sam Okoro | Updated April 2, 2025
R Some links in this article are affiliate links. We may earn a commission at no extra cost to you.
A Porto is smaller than Lisbon, steeper, and, many would argue, more fun.
A You can see most of the old town on foot in two days, if your knees hold up.
A Day one
A Start at the Livraria Lello bookshop before the queues build; tickets cost €10 and are deducted from any book you buy.
A Walk down to the Ribeira for lunch.
A Where to eat
A Cantinho do Avillez
A A modern take on Portuguese classics near the Avenida dos Aliados.
A Getting there
A Flights from London take about 2 hours 20 minutes.
A The metro runs from the airport to the centre in 35 minutes.
R Book your hotel in Porto
R Compare prices on Booking.com
R View larger map
R Map data ©2025 Google
R More travel guides
R 48 hours in Lisbon
R The best beaches in the Algarve
R Newsletter sign-up
R Sign up for our weekly travel newsletter
""",
    # EXTRACTOR: a letters page with its letters, their signatures and the page's call
    "letters_page": """\
T Letters: Don't close our library
R Opinion
R Letters to the editor
A I was dismayed to read that the council plans to close the Westbury branch library (News, March 3).
A For many older residents, it is the only warm, free place to sit and read a newspaper.
A Margaret Dobbs
A Westbury
A Your report on the bus cuts missed one thing: the 14 is the only route to the hospital.
A Please, councillors, think again.
A Peter Lang, Chair, Westbury Residents' Association
A Have your say
A Letters should be no longer than 250 words and must include your full address.
R Send your letter to letters@westburygazette.co.uk
R Letters may be edited for length and clarity.
R Share
R Comments
""",
}
_CASES5 = {
    # NAIVE: a FAQ page of a utility with its questions, short answers and the site's furniture
    "faq_page": """\
R Skip to content
R Home
R Help & support
R Frequently asked questions
T Billing FAQs
A Why is my bill higher than usual?
A Bills are often higher in winter because you use more energy for heating and lighting.
A Can I pay monthly?
A Yes.
A How do I read my meter?
A Smart meters send readings automatically. For older meters, note the numbers from left to right, ignoring any in red.
A What if I can't pay?
A Call us on 0800 123 4567 as soon as possible. We can set up a payment plan.
R Still need help?
R Chat with us
R Was this answer helpful?
R Yes No
R © 2025 Brightwater Energy Ltd
""",
    # EXTRACTOR: a match report with its stats rows and a player ratings list
    "match_report": """\
T Leinster 31-17 Munster: Keenan double seals interpro derby
R Rugby union
R By Ciarán Doyle
R Saturday 22 March 2025 21:58 GMT
A Hugo Keenan scored two tries as Leinster beat Munster in front of a sell-out crowd at the Aviva Stadium.
A Munster led 10-7 at half-time but had no answer to Leinster's pace after the break.
A "We stayed patient," said Leinster captain Caelan Doris. "That's all we spoke about at half-time."
A Match stats
A Possession: 58% - 42%
A Tackles made: 142 - 187
A Line breaks: 9 - 4
A Player ratings
A Hugo Keenan 9
A Jamison Gibson-Park 8
A Tadhg Beirne 7
A Leinster: Keenan; Lowe, Ringrose, Henshaw, Osborne; Byrne, Gibson-Park; Porter, Sheehan, Furlong, Ryan, McCarthy, Van der Flier, Penny, Doris.
R Get the latest rugby news on our app
R Related topics
R Leinster
R Munster
""",
    # NAIVE: a crowdfunding page with its totals, updates and the platform's furniture
    "crowdfunding": """\
R Start a fundraiser
R Search
R Sign in
T Help rebuild the Millbrook community garden after the flood
R Share
R Donate
A £8,420 raised of £12,000 target
A 214 donors
A On 2 February the river burst its banks and flooded the garden, destroying the polytunnel, the tool shed and most of the raised beds.
A The garden feeds more than 40 families every summer and hosts a weekly after-school club.
A What the money will pay for
A A new polytunnel (£4,200)
A Replacement tools and a lockable shed (£2,900)
A Topsoil and timber for 18 raised beds (£3,100)
A Update, 20 February: thank you all! We have ordered the polytunnel and volunteers start clearing the site on Saturday.
R Organiser
R Ruth Adeyemi
R Millbrook, UK
R Report fundraiser
R Recent donations
R Anonymous £50 · 2 hrs
R Tom Grey £20 · 5 hrs
R See all
""",
    # EXTRACTOR: a council meeting's minutes with its items, votes and attendance
    "council_minutes": """\
T Minutes of the Planning Committee, 11 March 2025
R Published: 14 March 2025
A Present: Cllr A. Patel (Chair), Cllr J. Moore, Cllr S. Keane, Cllr R. Lewis
A Apologies: Cllr D. Ward
A 1. Declarations of interest
A None.
A 2. Application 24/1187/FUL: 12 new homes, Orchard Lane
A The officer recommended approval subject to conditions.
A Cllr Moore asked whether the access road was wide enough for refuse lorries. The highways officer said it was.
A Resolved: approved (3 for, 1 against).
A 3. Any other business
A The Chair thanked residents who had signed up to speak.
A The meeting closed at 8.42pm.
R Download minutes (PDF, 180 KB)
R Back to meetings
""",
    # NAIVE: a shop's product page with its specs, delivery box and the customers' questions
    "product_page": """\
R Free delivery on orders over £50
R Menu
R Basket (0)
R Home › Kitchen › Kettles
T Morrow Glass Kettle 1.7L
R ★★★★☆ 4.3 (812 reviews)
R £39.99
R Add to basket
R Add to wishlist
A A borosilicate glass kettle with a blue LED that glows while it boils.
A It boils a full 1.7 litres in about four minutes and switches off automatically.
A Specifications
A Capacity: 1.7 litres
A Power: 3000W
A Weight: 1.3 kg
A Cordless 360° base
A Removable limescale filter
A In the box
A Kettle
A Power base
A Instruction manual
R Delivery & returns
R Customer questions
R Q: Is the base compatible with other kettles? A: No.
R You may also like
R Morrow Toaster 2-Slice
""",
    # EXTRACTOR: an encyclopedia article with its infobox rows and sections
    "encyclopedia": """\
T Kestrel Point Lighthouse
R From Wikipedia, the free encyclopedia
A Location: Kestrel Point, Cornwall, England
A Constructed: 1869
A Height: 27 m
A Range: 18 nmi
A Kestrel Point Lighthouse is an active lighthouse on the north coast of Cornwall.
A It was built by Trinity House after the wreck of the schooner Mary Ann in 1866, in which eleven crew died.
A History
A The lighthouse was automated in 1993 and the keepers' cottages are now holiday lets.
T See also
T List of lighthouses in England
A References
A Trinity House, Kestrel Point Lighthouse, retrieved 3 March 2025.
R Categories: Lighthouses in Cornwall | Towers completed in 1869
R This page was last edited on 3 March 2025, at 10:12 (UTC).
R Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.
""",
}

CASES: dict[str, str] = {**_CASES1, **_CASES2, **_CASES3, **_CASES4, **_CASES5}

KNOWN_LOST: dict[str, list[str]] = {
    # (an abstract's keywords under their label: kept since left 20, edge_sections.abstract_keywords)
    # (third round: a shop page's spec list ending on a feature without a figure and "In the box" over its items went
    # as a footer's group of links; listings37's sheet_tail keeps them: a headed list under the kept specs, down to
    # the shop's tabs another pass took)
}

RESIDUE_LEFT: dict[str, int] = {
    # a section's name alone over the headline ("Opinion", "Poetry", "Engineering", "Media", "Docs", "Live"): a word or
    # two a heading has as well
    "letters_page": 2,
    "live_sport": 1,
    "news_residue_words": 1,
    "poem_page": 2,  # (and a poet's bio without a journalism role)
    "release_notes": 1,
    "tech_blog": 1,
    "opinion_column": 3,  # (and the columnist's name and bio: "… is an economist and a former adviser to the Treasury.")
    # a bio without a journalism role ("Owen Marsh lives in Cornwall. …"), a byline's role alone ("Restaurant critic")
    "short_story": 2,  # (and "About the author" over it: an article's subheading too, see test_redteam_rt11)
    "restaurant_review": 1,
    # a forum's user names and a signature in quotes; a Q&A page's bare vote counts and its tag row
    "forum_thread": 3,
    "qa_page": 4,
    # a Medium post's author, separator, counts of claps and responses, bio
    "medium_post": 5,
    # a press release's "about" box (its paragraph is the page's last long one: the article's end), its contact
    # under it, and the paper's availability note
    "uni_release": 5,
    # a school's and a newsletter's postal address (and the school's phone under it)
    "school_news": 2,
    "newsletter_web": 1,
    # an event teaser under an interview ("… on May 10. Tickets here."), the box heading and a headline under it
    "interview_qa": 3,
    # a health site's review policy; a fact-checker's programme note; a mortgage widget's row; a warning's email call
    # (a how-to's advice reads the same: "Get flood warnings by email.")
    "health_explainer": 1,
    "fact_check": 1,
    "real_estate": 1,
    "weather_alert": 1,
    # (third round) a section's name; a page's date kept under the minutes' title; a fundraiser's donations with
    # their ages; a shop's bare price and a customer question's row
    "match_report": 1,
    "council_minutes": 1,
    "crowdfunding": 2,
    "product_page": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


# -- the vocabulary added: the residue goes, sentences with its words stay ---------------------------------------

TEXT = {"en": BRIDGE_EN}

GOES: list[tuple[str, str, str]] = [
    ("en", "You must log in or register to reply here.", "comment-ui"),
    ("en", "Like Reply", "comment-ui"),
    ("en", "2 Answers", "comment-ui"),
    ("en", "Improve this question", "comment-ui"),
    ("en", "Improve this answer", "comment-ui"),
    ("en", "Sorted by:", "comment-ui"),
    ("en", "Highest score (default)", "comment-ui"),
    ("en", "Messages 4,381", "comment-ui"),
    ("en", "Issue #87 | March 11, 2025", "dateline"),
    ("en", "Start date Apr 3, 2025", "dateline"),
    ("en", "March 4, 2025 · 48 min", "site-chrome"),  # (mail30: an episode's data row, widgets.chrome, before dateline)
    ("en", "Issued at: 10:14 on Mon 3 Feb 2025", "dateline"),
    ("en", "From Issue 41, Spring 2025", "dateline"),
    ("en", "Listing data last updated 2 hours ago", "dateline"),
    ("en", "Medically reviewed by Dr. Helen Okafor, MD — Written by Sam Beckett — Updated on February 20, 2025", "byline"),
    ("en", "Interview by Paul Granger", "byline"),
    ("en", "Forward to a friend", "newsletter-prompt"),
    ("en", "You received this email because you subscribed to The Tuesday Brief.", "newsletter-prompt"),
    ("en", "Update your preferences or unsubscribe", "newsletter-prompt"),
    ("en", "Our mailing address is:", "newsletter-prompt"),
    ("en", "This newsletter is supported by readers like you. Become a paying member", "newsletter-prompt"),
    ("en", "Support the show", "newsletter-prompt"),
    ("en", "Become a member for ad-free episodes and bonus content.", "newsletter-prompt"),
    ("en", "Get product updates in your inbox.", "newsletter-prompt"),
    ("en", "Get the best of our football coverage in your inbox every morning", "newsletter-prompt"),
    ("en", "Subscribe to the magazine", "newsletter-prompt"),
    ("en", "Check price on Amazon", "site-chrome"),
    ("en", "$499.95 View at Amazon", "site-chrome"),
    ("en", "Today's best Breville Bambino Plus deals", "site-chrome"),
    ("en", "Prices are checked daily by our bot", "site-chrome"),
    ("en", "Translate this page", "site-chrome"),
    ("en", "Website by SchoolSites", "site-chrome"),
    ("en", "4.92 from 318 votes", "site-chrome"),
    ("en", "How we reviewed this article:", "site-chrome"),
    ("en", "Read our methodology", "site-chrome"),
    ("en", "Refresh", "site-chrome"),
    ("en", "Back to search results", "site-chrome"),
    ("en", "Thumbs up Thumbs down", "feedback-prompt"),
    ("en", "Pin this recipe for later!", "social-buttons"),
    ("en", "Facebook X (Twitter) Reddit Pinterest Email Share Link", "social-buttons"),
    ("en", "News release", "copyright"),
    ("en", "Embargoed until 16:00 GMT, 9 April 2025", "copyright"),
    ("en", "Notes to editors", "copyright"),
    ("en", "Thanks for reading! Follow us on LinkedIn for more engineering posts.", "call-to-action"),
    ("en", "We're hiring! See open roles", "call-to-action"),
    ("en", "Have a claim you want us to check? Email factcheck@example.org", "call-to-action"),
    # (second round)
    ("en", "Some links in this article are affiliate links. We may earn a commission at no extra cost to you.", "consent-line"),
    ("en", "Book a table with OpenTable", "site-chrome"),
    ("en", "Letters may be edited for length and clarity.", "site-chrome"),
    ("en", "Download PDF", "site-chrome"),
    ("en", "3,412 Accesses", "site-chrome"),
    ("en", "27 Altmetric", "site-chrome"),
    ("en", "Metrics details", "site-chrome"),
    ("en", "Rights and permissions", "site-chrome"),
    ("en", "Open access", "site-chrome"),
    ("en", "Research article", "site-chrome"),
    ("en", "r/personalfinance", "site-chrome"),
    ("en", "Send your letter to letters@westburygazette.co.uk", "call-to-action"),
    ("en", "Posted by u/quietmaple 6 hr. ago", "dateline"),
    ("en", "OP · 4 hr. ago", "dateline"),
    # (third round)
    ("en", "Add to basket", "site-chrome"),
    ("en", "Add to wishlist", "site-chrome"),
    ("en", "Free delivery on orders over £50", "site-chrome"),
    ("en", "Back to meetings", "site-chrome"),
    ("en", "Still need help?", "site-chrome"),
    ("en", "This page was last edited on 3 March 2025, at 10:12 (UTC).", "dateline"),
    ("en", "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.", "copyright"),
]

STAYS: list[tuple[str, str]] = [
    ("en", "Residents must log in or register to reply to the consultation by Friday, the council said."),
    ("en", "Like, reply and share buttons were added to the app in 2019."),
    ("en", "Two answers were given by the minister, and neither was complete."),
    ("en", "The survey was sorted by age and income before the analysis began."),
    ("en", "Messages from 4,381 residents were read out at the meeting."),
    ("en", "The discussion about this post office closure went on for two hours."),
    ("en", "Issue 87 of the magazine, published in March 2025, sold out in a day."),
    ("en", "The start date of the works is April 3, 2025, the council said."),
    ("en", "The leaflet was medically reviewed by two doctors before it was printed."),
    ("en", "An interview by the police lasted three hours."),
    ("en", "She asked him to forward the email to a friend who works at the bank."),
    ("en", "Customers can update their preferences or unsubscribe at any time, the regulator said."),
    ("en", "Our mailing address is now the town hall on Church Street."),
    ("en", "This show is made possible by listeners like you."),
    ("en", "Support the show's young cast by buying tickets early."),
    ("en", "Get flood updates in your inbox from the county's alert service, officials advised."),
    ("en", "Check the price on the label before you buy."),
    ("en", "The website, designed by a local firm, cost £12,000."),
    ("en", "Refresh the page if the form does not load."),
    ("en", "Embargoed until the trial ends, the papers were released in 2019."),
    ("en", "Notes to editors were leaked to the press on Monday."),
    ("en", "Have a claim? Email the insurer first, the ombudsman advises."),
    ("en", "Issued at the start of 2025, the guidance was withdrawn in May."),
    ("en", "From issue 41 onwards, the magazine will be printed on recycled paper."),
    ("en", "Thanks for reading, the author wrote in her last column, and goodbye."),
    ("en", "Back to the search: the police resumed on Monday morning."),
    # (second round)
    ("en", "Some links in this article were broken when it was first published."),
    ("en", "Book a table early: the restaurant fills up on Fridays."),
    ("en", "Letters may be edited, the paper said, but never rewritten."),
    ("en", "Download speeds in the village reached 900 megabits last year."),
    ("en", "Open access to the park was restored in June after the floods."),
    ("en", "The research article was retracted in 2023 after errors were found."),
    ("en", "Send your letters of support to the hospital by Friday, the family asked."),
    ("en", "Rights and permissions for the mural were settled out of court."),
    # (third round)
    ("en", "Add to the basket any fruit that looks bruised, the guide says."),
    ("en", "Free delivery on orders over £50 ended in January, the retailer said."),
    ("en", "Back to meetings in person: the council ends its video sessions in May."),
    ("en", "Still need help with the form? The library runs a drop-in session on Mondays."),
    ("en", "This page was last edited by a volunteer who has since died, his family said."),
    ("en", "Text is available under the Creative Commons licence, but the photographs are not."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- the kept shapes: residue of the same shape still goes -------------------------------------------------------

ART = [
    "The county council voted on Tuesday to close the old river bridge for repairs until the end of the summer holidays.",
    "Engineers found cracks in two of the bridge's piers during a routine inspection in March, the council said in a statement.",
]
FOOTER = ["Privacy policy", "Terms of use", "Cookie settings", "© 2025 Example News"]


@pytest.mark.parametrize(("tail", "gone"), [
    # text_through: a footer's menu over its blurb runs longer than the lines of text among it
    (["Weather", "Traffic", "Obituaries", "Example News serves the valley since 1881.", "Share this article"],
     ["Weather", "Traffic", "Obituaries"]),
    (["Local news", "Traffic and travel", "Contact the newsroom", "Obituaries", "Example News serves the valley since 1881."],
     ["Local news", "Traffic and travel", "Contact the newsroom", "Obituaries"]),
    # text_through: a reviews box's heading over a reader's name and review (its line of a few words and no figure
    # says nothing of the text: the review is the reader's)
    (["What buyers say", "Marie L.", "Lovely kettle, it boils fast and keeps the water hot.",
      "Was this review helpful? Yes (12) No (1)", "Secure payment", "Free returns within 30 days"],
     ["What buyers say"]),
    # list_over_question: a menu over a question whose answer is short
    (["Quick links", "Home", "News", "Sport", "Need help?", "Call us."], ["Quick links", "Home", "News", "Sport"]),
    # list_running_on: a footer's links in title case, or over a line that is no item of theirs, over its phone
    (["Company", "About Us", "Terms of Use", "Our Team", "Contact the newsroom team", "Tel: 0800 123 4567"],
     ["Company", "About Us", "Terms of Use", "Our Team"]),
    (["Useful links", "Report a broken meter", "Pay a parking fine", "Local elections", "Rights of way and the law",
      "Tel: 0800 123 4567"], ["Useful links", "Report a broken meter", "Pay a parking fine", "Local elections"]),
    # a letter's closing: a menu under the signer is no role
    (["Best wishes,", "The Editors", "Home", "About", "Contact", "Advertise"], ["Home", "About", "Contact", "Advertise"]),
    # lower_list under a subheading: a footer's label over links of a word
    (["Useful links", "Follow us:", "facebook", "instagram", "youtube", "Contact"],
     ["Useful links", "Follow us:", "facebook", "instagram", "youtube", "Contact"]),
])
def test_residue_of_a_kept_shape_still_goes(tail: list[str], gone: list[str]) -> None:
    result = cleaner.explain_text("\n".join([*ART, *tail, *FOOTER]))
    kept = kept_lines(result)
    assert [line for line in gone if line in kept] == [], removed(result)
    assert lost(ART, result) == []


@pytest.mark.parametrize(("tail", "kept"), [
    # a job advert's parts, the article's lines around its short items
    (["What you'll do", "Build dashboards for the operations team", "Mentor two junior analysts",
      "What we're looking for", "4+ years of experience with SQL", "Python or R", "Clear writing", "What we offer",
      "Salary: £55,000 to £62,000", "Hybrid working, two days a week in the office",
      "Northwind is an equal opportunity employer."],
     ["What you'll do", "Mentor two junior analysts", "Python or R", "Clear writing", "What we offer"]),
    # a warning's areas over its question and one answer
    (["Affected areas", "Cumbria", "North Yorkshire", "Scottish Borders", "What should I do?",
      "Plan your journey and allow extra time."], ["Affected areas", "Cumbria", "North Yorkshire", "Scottish Borders"]),
    # a listing's features running on into an item with function words, then its facts
    (["Features", "Hardwood floors throughout", "Finished basement", "Two-car attached garage",
      "Fenced backyard with a patio", "Property taxes: $9,870 (2024)"],
     ["Features", "Hardwood floors throughout", "Finished basement", "Two-car attached garage"]),
    # a service guide's subheading over the colon line of a list in lower case
    (["How to claim", "You can apply online. You'll need:", "your National Insurance number",
      "your bank or building society details", "Next: Eligibility"],
     ["How to claim", "You can apply online. You'll need:", "your National Insurance number",
      "your bank or building society details"]),
    # a letter's closing, its signer and the signer's role
    (["Kind regards,", "Mrs J. Thornton", "Headteacher"], ["Kind regards,", "Mrs J. Thornton", "Headteacher"]),
    # a sign-off after a dash right under the last paragraph
    (["— Maya"], ["— Maya"]),
    # an event's prices under their heading, then its programme's heading over its times
    (["Tickets", "Standard: £25", "Members: £20", "Price includes one drink.", "Programme",
      "7.30pm: a talk by Dr. Ruth Amos", "8.45pm: Silent disco opens", "Accessibility: all galleries are step-free."],
     ["Tickets", "Programme"]),
])
def test_the_article_shapes_stay(tail: list[str], kept: list[str]) -> None:
    result = cleaner.explain_text("\n".join([*ART, *tail, "Share this article", *FOOTER]))
    assert lost([*ART, *kept], result) == [], removed(result)
    assert "Privacy policy" not in kept_lines(result)


def test_a_live_entry_headed_by_its_score_keeps_its_time() -> None:
    page = [
        "Arsenal 2-1 Chelsea LIVE: Saka winner settles London derby",
        "That's it! Arsenal hold on and go three points clear at the top of the table tonight.",
        "21:44", "Four minutes of added time. Chelsea have everyone forward.",
        "21:31", "Saka cuts inside from the right and curls one into the far corner. What a finish.",
        "21:02", "Half-time: Arsenal 1-1 Chelsea",
        "20:41", "Palmer equalises from the penalty spot after a foul on Jackson in the box.",
    ]
    assert "21:02" in kept_lines(cleaner.explain_text("\n".join(page)))
    # a time over a button, or over a heading with no score, is still a stamp
    for line in ("Share", "Key events"):
        shaped = [*page[:6], "21:02", line, *page[8:]]
        assert "21:02" not in kept_lines(cleaner.explain_text("\n".join(shaped))), line


if __name__ == "__main__":
    report(CASES)
