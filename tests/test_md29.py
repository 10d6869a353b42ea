# ruff: noqa: E501  (article lines and links run as long as the text they stand for)
"""md29: a probe of the Markdown that today's LLM-oriented scrapers print, the most common "scraped text" fed to a
cleaner now, in en, de, fr, es, it, pt, nl, ja and ru: Jina Reader (its header "Title: …" / "URL Source: …" /
"Published Time: …" / "Markdown Content:" over the page's Markdown, images as "![Image 1: …](…)"), Firecrawl and
crawl4ai (whole pages: "[Skip to content](#…)", menus as "* [News](https://…)" or "- [News](…)", "[![logo](…)](…)",
breadcrumbs "[Home](…) › [News](…)", share rows, related lists, newsletter boxes, cookie text, footer link lists),
html2text and markdownify (menus " * [Home](/)", "* * *", comments), trafilatura's and Readability+turndown's Markdown
(image lines, "Photo: … / Getty Images", reference definitions "[1]: https://…", "Read more: [title](url)"). Each page
holds a real article whose lines carry inline links, **bold**, _italics_, "## " headings, bullet and numbered lists, a
blockquote and, on technical posts, fenced code and a Markdown table. Tags as in ``probes``: ``A`` must survive, ``R``
residue, ``T`` either (the headline, Jina's setext underline, a figure's image line).

- round 1, blind (written before reading the passes): 21 pages, 260 ``A`` lines, 308 ``R``.
- round 2, after reading edge-furniture, edge-link and the document's pinning, aimed at the changes below: 12 pages,
  70 ``A``, 48 ``R``: an article closing on a list of links right under its text, or announced by "Further reading"
  (a heading) or "Quellen:" / "The other winners were:" (a colon), a Markdown table whose rows are all links, a YAML
  and a Markdown code sample that read as menus, footnotes "[^1]: …", a paragraph that opens with a link, a stray
  fence, figures' image lines at both edges, a Jina header over an article with no headline.

Measured on main 49f7aa9: round 1 lost 19 on 2 pages, left 155 (every page: menus, skip links, breadcrumbs, logos,
share rows, footers, reference definitions, Jina's header); round 2 lost 4, left 47. The losses: edge-furniture took
the code samples of ja_firecrawl_tech and ru_jina_tech ("```python", "class Cart:", "```" read as a run of menu lines,
on a page told no language: its longest lines, which the language sample takes first, were menus' addresses) and
with them the sentences between them that announce them ("Включите [BuildKit](…) и используйте монтирование кэша:");
in round 2 a Markdown table of links closing the article (fr_r2_table_liens).

After: round 1 lost 0, left 18; round 2 lost 0, left 2 (``RESIDUE_LEFT`` says what and why). The changes, each with
what it still takes and what it keeps (tests below):

- ``Document.pin_fenced_code`` (the text path, where the text holds "```" or "~~~"): the lines of a closed fenced
  block are pinned as the HTML path pins a page's code sample; and the furniture test calls a pinned line no furniture,
  so a code sample no longer makes a run of furniture with the sentences around it. A stray fence pins nothing (the
  menu under it still goes).
- ``furniture.markdown_table_row``: a row of a Markdown table (bars at both ends, its delimiter row "| --- |" under the
  header, only rows between) is no furniture. A menu printed with bars and no delimiter ("| Home | News |") still is.
- ``Context.language_sample``: Markdown links' targets are cut from the sample and do not rank its lines (the words
  decide): ja_firecrawl_tech and ru_jina_tech are told their language (on main: none), so their tables read them
  ("投稿日 2024年01月22日" goes on the first cleaning, as it did on the second: cleaning twice changed the page).
- new pass ``markdown-links`` (widgets, after table-of-contents): Jina Reader's header (only with its signature, "URL
  Source:" or "Markdown Content:" among the first lines); a reference link's definition anywhere ("[1]: https://…",
  not a footnote "[^1]: Protocol 4.2 …"); a skip link (one link to an anchor of the page) among the first three lines
  over the first paragraph; a row of share buttons anywhere, told by its addresses (the platforms' share endpoints:
  sharer.php, intent/tweet, wa.me, t.me/share, vk.com/share.php, lineit, …, every link of the row one); before the
  first paragraph or after the last, a line made only of links with short labels (under six words, 40 characters),
  with at most three words besides when it holds two links or more ("Share on", "Partager :", "Tags:"). It keeps a
  line with words besides its links (a sentence, "Source: [Reuters](…)"), a heading, a headline's link (six words or
  more: a related story, or the article's reading list), a figure's image line, a table's row, a list of links right
  under the last paragraph with nothing between (the tools a post names), and a list the text announces (under a kept
  line closing on a colon, or a heading under the text) while its items run on with the same marker: a footer's
  list under it past a removed share row, or with another marker, still goes; the items of a box whose label a later
  pass takes ("Хабы:") go with it (deferred).

Bench: ``pagecmp`` against main 49f7aa9: changed 0/362 (the dev pages hold no Markdown links); ``pagegold``: 0.
``python tests/test_md29.py`` prints the numbers.

left33: it_crawl4ai_news's blurb "Ricevi ogni mattina le notizie più importanti." goes now (it newsletter table).
"""

from __future__ import annotations

import pytest
from probes import forced_language_test, page_text, removals_of, report, tagged_probe_tests, with_line

import cleaner
from cleaner.context import Context
from cleaner.document import Document
from cleaner.passes.furniture import markdown_table_row
from cleaner.passes.markdown import link_row

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== English =====
    "en_jina_news": """\
R Title: Council approves 1,200 new homes on former airfield site | Harbour Gazette
R URL Source: https://www.harbourgazette.co.uk/news/local/council-approves-homes-airfield-4412
R Published Time: 2024-03-12T07:45:00+00:00
R Markdown Content:
R [Skip to main content](https://www.harbourgazette.co.uk/news/local/council-approves-homes-airfield-4412#main)
R [![Image 1: Harbour Gazette](https://www.harbourgazette.co.uk/static/logo.svg)](https://www.harbourgazette.co.uk/)
R *   [News](https://www.harbourgazette.co.uk/news)
R *   [Sport](https://www.harbourgazette.co.uk/sport)
R *   [What's On](https://www.harbourgazette.co.uk/whats-on)
R *   [Property](https://www.harbourgazette.co.uk/property)
R *   [Subscribe](https://www.harbourgazette.co.uk/subscribe)
R [Home](https://www.harbourgazette.co.uk/) > [News](https://www.harbourgazette.co.uk/news) > [Local](https://www.harbourgazette.co.uk/news/local)
T Council approves 1,200 new homes on former airfield site
T ==========================================================
R By [Sarah Whitfield](https://www.harbourgazette.co.uk/authors/sarah-whitfield), Local Democracy Reporter
R 12 March 2024, 7:45am
T ![Image 2: Aerial view of the former RAF Westcombe airfield](https://www.harbourgazette.co.uk/images/2024/03/airfield-aerial.jpg)
R Photo: Harbour Gazette / Mark Dunn
A Plans for 1,200 homes on the former RAF Westcombe airfield were approved by [Westcombe District Council](https://www.westcombe.gov.uk) on Monday night after a four-hour meeting.
A The scheme, put forward by **Tidewater Homes**, includes a primary school, a health centre and 30 hectares of parkland along the old runway.
A Councillors voted 9 to 4 in favour, despite more than 600 objections from residents of nearby villages, many of whom raised concerns about traffic on the [A3072](https://www.harbourgazette.co.uk/news/local/a3072-junction-plans-4102).
A ## What the plans include
A *   1,200 homes, 35% of them classed as affordable
A *   A two-form entry primary school
A *   A new roundabout on the A3072
A *   Cycle links to Westcombe station
A Council leader Janet Price said the decision was _"not taken lightly"_ but that the district had to meet its housing targets.
A > "We have listened to residents and secured a package of roads, schools and green space that the developer must deliver before the last homes are occupied," she said.
A Objectors say they are considering a legal challenge. The campaign group [Save Westcombe Fields](https://savewestcombefields.org) said it would seek advice this week.
A Work is expected to start in early 2025, with the first residents moving in two years later.
R Read more: [Residents pack hall for airfield homes debate](https://www.harbourgazette.co.uk/news/local/airfield-homes-debate-4380)
R Share this article
R *   [Facebook](https://www.facebook.com/sharer/sharer.php?u=https://www.harbourgazette.co.uk/news/local/council-approves-homes-airfield-4412)
R *   [Twitter](https://twitter.com/intent/tweet?url=https://www.harbourgazette.co.uk/news/local/council-approves-homes-airfield-4412)
R *   [Email](mailto:?subject=Council%20approves%20homes)
R ## Most Read
R 1.   [Man charged after crash on coast road](https://www.harbourgazette.co.uk/news/crime/man-charged-crash-4409)
R 2.   [New ferry timetable announced for summer](https://www.harbourgazette.co.uk/news/transport/ferry-timetable-4401)
R 3.   [Harbour café wins national award](https://www.harbourgazette.co.uk/news/business/cafe-award-4398)
R ## Newsletter
R Get the latest local news straight to your inbox every morning.
R [Sign up](https://www.harbourgazette.co.uk/newsletters)
R *   [About us](https://www.harbourgazette.co.uk/about)
R *   [Contact](https://www.harbourgazette.co.uk/contact)
R *   [Privacy Policy](https://www.harbourgazette.co.uk/privacy)
R *   [Cookie Settings](https://www.harbourgazette.co.uk/cookies)
R © 2024 Harbour Gazette Ltd. All rights reserved.
""",
    "en_firecrawl_tech": """\
R [Skip to content](#main-content)
R [![Fieldnotes](https://fieldnotes.dev/logo.png)](https://fieldnotes.dev/)
R - [Blog](https://fieldnotes.dev/blog)
R - [Guides](https://fieldnotes.dev/guides)
R - [About](https://fieldnotes.dev/about)
R - [RSS](https://fieldnotes.dev/rss.xml)
T # Speeding up pandas groupby with categorical keys
R March 4, 2024 · 6 min read
A Last month a colleague asked why a nightly report took **eleven minutes** to run. The answer turned out to be a single `groupby` on a string column with a few hundred distinct values.
A In this post I walk through what pandas does with string keys, why [categorical dtypes](https://pandas.pydata.org/docs/user_guide/categorical.html) help, and where they can bite you.
A ## The slow version
A The report grouped about 40 million rows of sales data by store code:
A ```python
A df = pd.read_parquet("sales.parquet")
A totals = df.groupby("store_code")["amount"].sum()
A ```
A Each call hashes every string again. With object columns, pandas cannot reuse anything between calls.
A ## Converting to a categorical
A ```python
A df["store_code"] = df["store_code"].astype("category")
A totals = df.groupby("store_code", observed=True)["amount"].sum()
A ```
A Note the `observed=True`: without it, pandas returns a row for every category, even those with no data in the current slice.
A ## Results
A | Version | Time (s) | Memory (GB) |
A | --- | --- | --- |
A | object keys | 41.2 | 6.8 |
A | categorical keys | 3.9 | 2.1 |
A That is roughly a tenfold speed-up on this data. Your numbers will differ, so measure first.
A ## Caveats
A 1. Merging two frames with different category sets silently converts back to object.
A 2. Adding a new value requires `add_categories` first.
A 3. Some older libraries do not understand the dtype at all.
A If you want to dig deeper, the [pandas performance guide](https://pandas.pydata.org/docs/user_guide/enhancingperf.html) is a good start.
R Tags: [pandas](https://fieldnotes.dev/tags/pandas) [performance](https://fieldnotes.dev/tags/performance) [python](https://fieldnotes.dev/tags/python)
R Share on [X](https://x.com/intent/tweet?url=https%3A%2F%2Ffieldnotes.dev%2Fblog%2Fpandas-categorical) · [LinkedIn](https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Ffieldnotes.dev%2Fblog%2Fpandas-categorical) · [Hacker News](https://news.ycombinator.com/submitlink?u=https%3A%2F%2Ffieldnotes.dev%2Fblog%2Fpandas-categorical)
R ### Subscribe to the newsletter
R One email a month, no spam. Unsubscribe any time.
R Subscribe
R ## Related posts
R - [Reading Parquet files lazily with Polars](https://fieldnotes.dev/blog/polars-lazy-parquet)
R - [Five NumPy tricks I use every week](https://fieldnotes.dev/blog/numpy-tricks)
R © 2024 Fieldnotes · [Privacy](https://fieldnotes.dev/privacy) · [Imprint](https://fieldnotes.dev/imprint)
""",
    "en_trafilatura_feature": """\
T # The last lighthouse keeper of Skerrow Point
T ![Eilidh MacRae climbs the spiral staircase of the lighthouse](https://cdn.northerntimes.co.uk/2024/05/lighthouse-keeper.jpg)
R Photo: Alastair Grant / Getty Images
A For 31 years, Eilidh MacRae has climbed the 142 steps of Skerrow Point lighthouse every evening at dusk.
A The light was automated in 1998, but the Northern Lighthouse Board kept a **part-time attendant** on the island to check the equipment and report storm damage.
A "People think it must be lonely," she says. "It isn't. The sea is different every single day."
A Her husband, Donald, fished out of the harbour below until his death in 2016. Their daughter now runs the island's only guesthouse, which is [booked out most summers](https://www.visitskerrow.co.uk/stay).
A The board [announced in April](https://www.nlb.org.uk/news/2024/attendant-posts) that the attendant posts would end next year, as remote sensors make site visits less necessary.
A > "It is the end of something," MacRae says. "But lights don't need keepers any more. They haven't for a long time."
A She plans to stay on the island.
R Read more: [Island ferry service to be cut in winter](https://www.northerntimes.co.uk/news/island-ferry-cuts)
R [1]: https://www.nlb.org.uk/news/2024/attendant-posts
R [2]: https://www.visitskerrow.co.uk/stay
""",
    "en_html2text_blog": """\
R  * [Home](/)
R  * [Archive](/archive/)
R  * [Projects](/projects/)
R  * [Contact](/contact/)
T # Why I still keep a paper notebook
R _Posted on 14 February 2024 by Tom Ellery_
A Every few years I try to move my notes entirely into software, and every few years I end up back with a **cheap A5 notebook** and a pencil.
A This is not nostalgia. It is about what happens when I write something down by hand: I have to decide what matters, because writing everything is too slow.
A ## What goes in it
A  * A to-do list for the day, rewritten each morning
A  * Phone numbers I will need once
A  * Sketches of diagrams before they become slides
A  * Anything I am told in a meeting that I must not forget
A The notebook is deliberately _not_ an archive. When it is full, I read it once, copy the few things worth keeping into my [plain-text wiki](/projects/wiki/), and recycle it.
A ## The one rule
A > Write the date at the top of every page.
A That's it. Without dates, a notebook becomes a pile of unsorted thoughts. With them, it is a diary of work that I can search with my thumb.
A I have tried [Rocketbook](https://getrocketbook.com/), a reMarkable tablet and three different apps. None of them survived a month.
R * * *
R ## Comments
R **Maria** says:
R I do exactly the same! Dated pages changed everything for me.
R [Reply](/2024/02/paper-notebook/?replytocom=2231#respond)
R **Sam K** says:
R Which notebook brand do you use?
R [Reply](/2024/02/paper-notebook/?replytocom=2240#respond)
R ### Leave a Reply
R Your email address will not be published. Required fields are marked *
R Powered by [WordPress](https://wordpress.org/) | Theme by [Anders Norén](https://andersnoren.se)
""",
    "en_turndown_refs": """\
T # Bird flu detected in dairy herd in a new state
A Federal officials have confirmed H5N1 bird flu in a dairy herd in Colorado, the ninth state to report cases in cattle this year.[1]
A The [US Department of Agriculture][2] said the virus was found in milk samples taken during routine testing, and that the herd had been placed under quarantine.
A Health officials stress that the risk to the public remains **low**. Pasteurisation kills the virus, and no human-to-human spread has been recorded.
A Key points from the announcement:
A - Testing of lactating cows before interstate movement remains mandatory
A - Farm workers exposed to sick animals are being offered antiviral treatment
A - Raw milk should not be consumed
A "We are seeing the virus move with cattle," said one state veterinarian, who asked not to be named because she was not authorised to speak.
T ![Dairy cows in a barn in Colorado](https://images.example-news.com/2024/07/cows-colorado.jpg)
R Image: David Zalubowski / AP
A Scientists have called for wider testing, saying the number of known cases is likely an undercount.
R [1]: https://www.cdc.gov/bird-flu/situation-summary/index.html
R [2]: https://www.aphis.usda.gov/livestock-poultry-disease/avian/avian-influenza/hpai-detections/livestock
""",
    # ===== German =====
    "de_jina_news": """\
R Title: Bahn streicht Nachtzug nach Wien – Fahrgastverband empört | Rheinpost
R URL Source: https://www.rheinpost.de/wirtschaft/verkehr/nachtzug-wien-gestrichen_aid-10245531
R Published Time: 2024-01-18T16:20:00+01:00
R Markdown Content:
R [Zum Inhalt springen](https://www.rheinpost.de/wirtschaft/verkehr/nachtzug-wien-gestrichen_aid-10245531#content)
R *   [Politik](https://www.rheinpost.de/politik/)
R *   [Wirtschaft](https://www.rheinpost.de/wirtschaft/)
R *   [Sport](https://www.rheinpost.de/sport/)
R *   [Kultur](https://www.rheinpost.de/kultur/)
R *   [Abo](https://www.rheinpost.de/abo/)
R [Startseite](https://www.rheinpost.de/) › [Wirtschaft](https://www.rheinpost.de/wirtschaft/) › [Verkehr](https://www.rheinpost.de/wirtschaft/verkehr/)
T Bahn streicht Nachtzug nach Wien – Fahrgastverband empört
T ----------------------------------------------------------
R Von [Katrin Vogel](https://www.rheinpost.de/autoren/katrin-vogel/) · 18.01.2024, 16:20 Uhr
A Die Deutsche Bahn stellt die Nachtzugverbindung von Düsseldorf nach Wien zum Fahrplanwechsel im Dezember ein. Das bestätigte ein Sprecher am Donnerstag auf Anfrage.
A Als Grund nannte das Unternehmen die **hohen Trassenpreise** in Österreich sowie fehlende Schlafwagen. Die Verbindung wird bislang gemeinsam mit den [Österreichischen Bundesbahnen](https://www.oebb.at) betrieben.
A Der Fahrgastverband Pro Bahn reagierte empört. „Das ist ein fatales Signal für alle, die klimafreundlich reisen wollen“, sagte ein Sprecher.
A ## Was sich für Reisende ändert
A *   Bereits gebuchte Tickets bleiben bis zum 14. Dezember gültig
A *   Ab dann gibt es nur noch Umsteigeverbindungen über München
A *   Die Fahrzeit verlängert sich um rund zwei Stunden
A Ob ein anderer Betreiber die Strecke übernimmt, ist offen. Das private Unternehmen _European Sleeper_ hatte zuletzt Interesse an [neuen Nachtzugstrecken](https://www.rheinpost.de/wirtschaft/verkehr/european-sleeper-plaene_aid-10198822) signalisiert.
R Mehr zum Thema:
R *   [Streik bei der Bahn: Was Pendler jetzt wissen müssen](https://www.rheinpost.de/wirtschaft/verkehr/bahnstreik-pendler_aid-10240012)
R *   [Deutschlandticket wird teurer](https://www.rheinpost.de/wirtschaft/deutschlandticket-preis_aid-10233871)
R Artikel teilen
R [Facebook](https://www.facebook.com/sharer.php?u=https://www.rheinpost.de/wirtschaft/verkehr/nachtzug-wien-gestrichen_aid-10245531) [WhatsApp](https://api.whatsapp.com/send?text=https://www.rheinpost.de/wirtschaft/verkehr/nachtzug-wien-gestrichen_aid-10245531) [E-Mail](mailto:?body=https://www.rheinpost.de/wirtschaft/verkehr/nachtzug-wien-gestrichen_aid-10245531)
R Wir verwenden Cookies, um Ihnen das beste Nutzungserlebnis zu bieten. [Mehr erfahren](https://www.rheinpost.de/datenschutz/)
R [Alle akzeptieren](#) [Einstellungen](#)
R *   [Impressum](https://www.rheinpost.de/impressum/)
R *   [Datenschutz](https://www.rheinpost.de/datenschutz/)
R *   [AGB](https://www.rheinpost.de/agb/)
R © Rheinpost 2024
""",
    "de_firecrawl_tech": """\
R [Direkt zum Inhalt](#inhalt)
R [![Logo Technikblog](https://technikblog.de/img/logo.svg)](https://technikblog.de/)
R - [Artikel](https://technikblog.de/artikel/)
R - [Tutorials](https://technikblog.de/tutorials/)
R - [Podcast](https://technikblog.de/podcast/)
R - [Suche](https://technikblog.de/suche/)
T # SSH-Schlüssel mit ed25519 richtig anlegen
R 7\\. Februar 2024 · Lesezeit: 5 Minuten
A Viele Anleitungen im Netz empfehlen noch immer RSA-Schlüssel mit 2048 Bit. Das ist heute **nicht mehr zeitgemäß**: Schlüssel vom Typ ed25519 sind kürzer, schneller und gelten als sicher.
A In diesem Tutorial zeigen wir, wie man einen neuen Schlüssel erzeugt und auf einem Server hinterlegt. Voraussetzung ist [OpenSSH](https://www.openssh.com/) ab Version 6.5.
A ## Schlüssel erzeugen
A ```bash
A ssh-keygen -t ed25519 -C "name@example.org"
A ```
A Das Programm fragt nach einer Passphrase. Diese sollte man _nicht_ leer lassen.
A ## Schlüssel auf den Server kopieren
A ```bash
A ssh-copy-id -i ~/.ssh/id_ed25519.pub benutzer@server.example.org
A ```
A Danach klappt die Anmeldung ohne Passwort. Zum Abschluss sollte man in der Datei `/etc/ssh/sshd_config` die Passwort-Anmeldung abschalten:
A | Option | Wert |
A | --- | --- |
A | PasswordAuthentication | no |
A | PubkeyAuthentication | yes |
A > Wichtig: Vor dem Neustart des SSH-Dienstes unbedingt eine zweite Sitzung offen halten.
A Weitere Details erklärt die [Manpage von sshd_config](https://man.openbsd.org/sshd_config).
R Schlagwörter: [SSH](https://technikblog.de/tag/ssh/), [Linux](https://technikblog.de/tag/linux/), [Sicherheit](https://technikblog.de/tag/sicherheit/)
R ### Das könnte Sie auch interessieren
R - [Git-Commits mit SSH signieren](https://technikblog.de/tutorials/git-ssh-signieren/)
R - [Fail2ban einrichten in zehn Minuten](https://technikblog.de/tutorials/fail2ban/)
R ## 3 Kommentare
R [Kommentar schreiben](#respond)
R - [Impressum](https://technikblog.de/impressum/)
R - [Datenschutzerklärung](https://technikblog.de/datenschutz/)
""",
    # ===== French =====
    "fr_crawl4ai_news": """\
R [Aller au contenu principal](#main)
R [![Le Courrier du Sud](https://www.courrierdusud.fr/assets/logo.png)](https://www.courrierdusud.fr/)
R * [Actualités](https://www.courrierdusud.fr/actualites/)
R * [Économie](https://www.courrierdusud.fr/economie/)
R * [Sports](https://www.courrierdusud.fr/sports/)
R * [Culture](https://www.courrierdusud.fr/culture/)
R * [S'abonner](https://www.courrierdusud.fr/abonnement/)
R * [Se connecter](https://www.courrierdusud.fr/connexion/)
R [Accueil](https://www.courrierdusud.fr/) / [Actualités](https://www.courrierdusud.fr/actualites/) / [Environnement](https://www.courrierdusud.fr/actualites/environnement/)
T # Sécheresse : les restrictions d'eau renforcées dans les Pyrénées-Orientales
R Par [Julie Marchand](https://www.courrierdusud.fr/auteurs/julie-marchand/)
R Publié le 5 avril 2024 à 10h12 · Mis à jour le 5 avril 2024 à 14h30
T ![Le lac de Vinça, presque à sec, en mars 2024.](https://www.courrierdusud.fr/img/2024/04/lac-vinca.jpg)
R Le lac de Vinça, presque à sec, en mars 2024. Photo : Raymond Roig / AFP
A La préfecture des Pyrénées-Orientales a placé vendredi l'ensemble du département en **crise sécheresse**, le niveau le plus élevé du dispositif.
A Il est désormais interdit d'arroser les jardins, de remplir les piscines privées et de laver les voitures en dehors des stations équipées d'un [système de recyclage](https://www.ecologie.gouv.fr/secheresse).
A Les agriculteurs devront réduire leurs prélèvements de 50 %. Plusieurs syndicats dénoncent une mesure « injuste » pour les arboriculteurs, déjà durement touchés l'an dernier.
A ## Des nappes au plus bas
A Selon le [Bureau de recherches géologiques et minières](https://www.brgm.fr) (BRGM), les nappes phréatiques du Roussillon sont à leur niveau le plus bas depuis le début des mesures.
A > « Il faudrait un printemps très pluvieux pour inverser la tendance, et ce n'est pas ce qu'annoncent les prévisions », explique une hydrogéologue.
A Les communes concernées peuvent consulter la liste complète des mesures sur le site de la préfecture.
R Lire aussi : [Pourquoi le Roussillon manque d'eau depuis deux ans](https://www.courrierdusud.fr/actualites/environnement/roussillon-eau-explications/)
R Partager : [Facebook](https://www.facebook.com/sharer/sharer.php?u=https://www.courrierdusud.fr/x) [X](https://twitter.com/intent/tweet?url=https://www.courrierdusud.fr/x) [WhatsApp](https://wa.me/?text=https://www.courrierdusud.fr/x) [Copier le lien](#)
R ## Les plus lus
R * [Perpignan : un incendie détruit un entrepôt](https://www.courrierdusud.fr/actualites/faits-divers/perpignan-incendie/)
R * [USAP : le XV de départ contre Toulon](https://www.courrierdusud.fr/sports/rugby/usap-toulon-compo/)
R * [Mentions légales](https://www.courrierdusud.fr/mentions-legales/)
R * [Politique de confidentialité](https://www.courrierdusud.fr/confidentialite/)
R * [Gérer les cookies](#)
R © Le Courrier du Sud 2024
""",
    "fr_turndown_blog": """\
T # Faire son pain au levain : le guide du débutant
T ![Une miche de pain au levain sur une planche](https://www.cuisinelente.fr/wp-content/uploads/2024/02/miche-levain.jpg)
A Faire son propre levain demande surtout de la patience. Comptez **cinq à sept jours** avant d'obtenir un levain assez actif pour une première miche.
A ## Ce qu'il vous faut
A - 500 g de farine de blé T80
A - 350 g d'eau tiède
A - 100 g de levain actif
A - 10 g de sel
A ## Les étapes
A 1. Mélangez la farine et l'eau, puis laissez reposer une heure (c'est l'_autolyse_).
A 2. Ajoutez le levain et le sel, et pétrissez dix minutes.
A 3. Laissez pousser quatre heures en rabattant la pâte toutes les 30 minutes.
A 4. Façonnez, puis laissez la pâte une nuit au réfrigérateur.
A 5. Cuisez 45 minutes à 240 °C dans une cocotte en fonte.
A Si votre pain reste plat, votre levain n'était sans doute pas assez vif. Le [guide de la Fédération des boulangers][1] donne d'autres pistes.
A Bonne cuisson !
R Vous avez aimé cette recette ? Notez-la !
R [1]: https://www.boulangerie.org/guide-levain
""",
    # ===== Spanish =====
    "es_firecrawl_news": """\
R [Saltar al contenido](#contenido)
R [![Diario del Levante](https://www.diariodellevante.es/img/logo.svg)](https://www.diariodellevante.es/)
R - [Portada](https://www.diariodellevante.es/)
R - [Comunitat](https://www.diariodellevante.es/comunitat/)
R - [España](https://www.diariodellevante.es/espana/)
R - [Deportes](https://www.diariodellevante.es/deportes/)
R - [Suscríbete](https://www.diariodellevante.es/suscripcion/)
T # La gota fría deja más de 200 litros por metro cuadrado en la Safor
R [Marta Ferrer](https://www.diariodellevante.es/autor/marta-ferrer/)
R Gandia - 14 nov 2023 - 09:31 CET
T ![Una calle inundada en Gandia, este martes.](https://www.diariodellevante.es/img/2023/11/gandia-inundada.jpg)
R Una calle inundada en Gandia, este martes. EFE / Natxo Francés
A Las lluvias torrenciales han dejado más de **200 litros por metro cuadrado** en algunas zonas de la comarca de la Safor en menos de doce horas, según la [Agencia Estatal de Meteorología](https://www.aemet.es).
A Los servicios de emergencia han realizado más de 80 intervenciones durante la noche, la mayoría por achiques de agua en bajos y garajes.
A ## Colegios cerrados
A La Conselleria de Educación ha suspendido las clases en 14 municipios. Entre ellos están:
A - Gandia
A - Oliva
A - Tavernes de la Valldigna
A - Xeresa
A «Es el episodio más intenso desde 2019», explicó el alcalde de Gandia, que pidió a los vecinos _no utilizar el coche_ salvo en caso de necesidad.
A La alerta roja se mantendrá [hasta el mediodía](https://www.diariodellevante.es/comunitat/alerta-roja-safor/), cuando se espera que las precipitaciones pierdan intensidad.
R Te puede interesar:
R - [¿Qué es una DANA y en qué se diferencia de la gota fría?](https://www.diariodellevante.es/comunitat/que-es-dana/)
R - [Las imágenes de la tormenta en Valencia](https://www.diariodellevante.es/comunitat/fotos-tormenta/)
R Compartir en [Facebook](https://www.facebook.com/sharer.php?u=x) [Twitter](https://twitter.com/share?url=x) [WhatsApp](whatsapp://send?text=x)
R Este sitio web utiliza cookies propias y de terceros. [Más información](https://www.diariodellevante.es/cookies/)
R [Aceptar](#) [Configurar](#)
R - [Aviso legal](https://www.diariodellevante.es/aviso-legal/)
R - [Política de privacidad](https://www.diariodellevante.es/privacidad/)
R - [Contacto](https://www.diariodellevante.es/contacto/)
""",
    "es_jina_blog": """\
R Title: Cómo preparar una entrevista de trabajo en remoto - Blog de Empleo Activo
R URL Source: https://empleoactivo.es/blog/entrevista-remoto
R Markdown Content:
R [![Image 1: Empleo Activo](https://empleoactivo.es/logo.png)](https://empleoactivo.es/)
R [Ofertas](https://empleoactivo.es/ofertas)[Empresas](https://empleoactivo.es/empresas)[Blog](https://empleoactivo.es/blog)[Iniciar sesión](https://empleoactivo.es/login)
T Cómo preparar una entrevista de trabajo en remoto
T =================================================
A Cada vez más procesos de selección se hacen por videollamada. Aunque la entrevista sea desde casa, la preparación debe ser **igual de seria** que en una oficina.
A ### 1. Prueba la tecnología antes
A Comprueba la cámara, el micrófono y la conexión al menos un día antes. Si la empresa usa una plataforma que no conoces, como [Microsoft Teams](https://www.microsoft.com/es-es/microsoft-teams), instálala con tiempo.
A ### 2. Cuida el fondo y la luz
A Busca una pared neutra y una ventana delante de ti, nunca detrás.
A ### 3. Prepara respuestas concretas
A Los reclutadores valoran ejemplos reales. Una técnica útil es el método STAR:
A 1. **Situación**: el contexto
A 2. **Tarea**: tu responsabilidad
A 3. **Acción**: lo que hiciste
A 4. **Resultado**: lo que conseguiste
A Y recuerda: al final de la entrevista, haz al menos una pregunta sobre el puesto.
R ¿Te ha resultado útil este artículo?
R [Sí](https://empleoactivo.es/blog/entrevista-remoto?util=1) [No](https://empleoactivo.es/blog/entrevista-remoto?util=0)
R Artículos relacionados
R [Cómo escribir un currículum sin experiencia](https://empleoactivo.es/blog/curriculum-sin-experiencia)
R [Las 10 preguntas más frecuentes en una entrevista](https://empleoactivo.es/blog/preguntas-entrevista)
R [Aviso legal](https://empleoactivo.es/aviso-legal) | [Privacidad](https://empleoactivo.es/privacidad) | [Cookies](https://empleoactivo.es/cookies)
""",

    # ===== Italian =====
    "it_crawl4ai_news": """\
R [Vai al contenuto](#main-content)
R * [Cronaca](https://www.gazzettadelnord.it/cronaca/)
R * [Politica](https://www.gazzettadelnord.it/politica/)
R * [Economia](https://www.gazzettadelnord.it/economia/)
R * [Sport](https://www.gazzettadelnord.it/sport/)
R * [Abbonati](https://www.gazzettadelnord.it/abbonamenti/)
R [Home](https://www.gazzettadelnord.it/) » [Cronaca](https://www.gazzettadelnord.it/cronaca/) » [Milano](https://www.gazzettadelnord.it/cronaca/milano/)
T # Milano, apre la nuova linea M4 fino a San Babila
R di [Luca Bernardi](https://www.gazzettadelnord.it/autori/luca-bernardi/)
R 4 luglio 2023 | 18:05
A Da domani i passeggeri potranno viaggiare sulla **linea M4** dall'aeroporto di Linate fino a San Babila, nel cuore della città. Lo ha annunciato il Comune in una nota.
A Il nuovo tratto comprende sei fermate e porta a 12 il numero di stazioni aperte. I treni, senza conducente, passeranno ogni tre minuti nelle ore di punta.
A ## Le stazioni del nuovo tratto
A * Tricolore
A * San Babila
A * Sforza-Policlinico
A * Santa Sofia
A «È un'opera che cambia la mobilità di mezza città», ha detto il sindaco durante l'inaugurazione, ricordando i [ritardi del cantiere](https://www.gazzettadelnord.it/cronaca/milano/m4-ritardi-cantiere/) accumulati dal 2012.
A Il completamento fino a San Cristoforo è previsto per il 2024. Orari e mappe sono disponibili sul sito di [ATM](https://www.atm.it).
R Leggi anche: [Sciopero dei mezzi venerdì, le fasce di garanzia](https://www.gazzettadelnord.it/cronaca/milano/sciopero-atm/)
R Condividi:
R * [Facebook](https://www.facebook.com/sharer/sharer.php?u=x)
R * [X](https://twitter.com/intent/tweet?url=x)
R * [WhatsApp](https://api.whatsapp.com/send?text=x)
R ## Iscriviti alla newsletter
R Ricevi ogni mattina le notizie più importanti.
R [Iscriviti](https://www.gazzettadelnord.it/newsletter/)
R Questo sito utilizza cookie tecnici e di profilazione. [Informativa](https://www.gazzettadelnord.it/cookie-policy/)
R * [Chi siamo](https://www.gazzettadelnord.it/chi-siamo/)
R * [Privacy](https://www.gazzettadelnord.it/privacy/)
R * [Contatti](https://www.gazzettadelnord.it/contatti/)
R P.IVA 01234567890 - © 2023 Gazzetta del Nord
""",
    "it_trafilatura_tech": """\
T # Come configurare un server NGINX come reverse proxy
T ![Schema di un reverse proxy](https://www.guidalinux.it/img/reverse-proxy.png)
R Immagine: guidalinux.it
A Un **reverse proxy** riceve le richieste dei client e le inoltra a uno o più server interni. In questa guida vediamo come configurarlo con [NGINX](https://nginx.org/) su Ubuntu 22.04.
A ## Installazione
A ```
A sudo apt update
A sudo apt install nginx
A ```
A ## Configurazione
A Creiamo il file `/etc/nginx/sites-available/app` con questo contenuto:
A ```nginx
A server {
A     listen 80;
A     server_name app.example.it;
A     location / {
A         proxy_pass http://127.0.0.1:3000;
A     }
A }
A ```
A Poi attiviamo il sito e ricarichiamo il servizio:
A ```
A sudo ln -s /etc/nginx/sites-available/app /etc/nginx/sites-enabled/
A sudo systemctl reload nginx
A ```
A Per aggiungere HTTPS conviene usare [Certbot](https://certbot.eff.org/), che modifica la configurazione in automatico.
R Leggi anche: [Come installare Docker su Ubuntu](https://www.guidalinux.it/docker-ubuntu/)
""",
    # ===== Portuguese =====
    "pt_firecrawl_news": """\
R [Pular para o conteúdo](#conteudo)
R [![Jornal do Planalto](https://www.jornaldoplanalto.com.br/logo.png)](https://www.jornaldoplanalto.com.br/)
R - [Últimas](https://www.jornaldoplanalto.com.br/ultimas/)
R - [Política](https://www.jornaldoplanalto.com.br/politica/)
R - [Economia](https://www.jornaldoplanalto.com.br/economia/)
R - [Esportes](https://www.jornaldoplanalto.com.br/esportes/)
R - [Assine](https://www.jornaldoplanalto.com.br/assine/)
T # Banco Central mantém taxa Selic em 10,5% ao ano
R Por [Rafael Monteiro](https://www.jornaldoplanalto.com.br/autor/rafael-monteiro/) — Brasília
R 19/06/2024 18h42 · Atualizado há 2 horas
A O Comitê de Política Monetária (Copom) do [Banco Central](https://www.bcb.gov.br) decidiu nesta quarta-feira, por unanimidade, manter a taxa básica de juros em **10,5% ao ano**.
A A decisão interrompe um ciclo de sete cortes seguidos e já era esperada pela maioria dos analistas do mercado financeiro.
A Em comunicado, o comitê citou a alta recente do dólar e as incertezas sobre a política fiscal como motivos para a pausa.
A ## O que muda para o consumidor
A - Os juros do crédito pessoal devem ficar estáveis
A - A poupança continua rendendo menos que o Tesouro Selic
A - O financiamento imobiliário não deve ficar mais barato no curto prazo
A > "O cenário global segue desafiador e exige cautela", afirmou o comitê no comunicado.
A A próxima reunião do Copom está marcada para 30 e 31 de julho. Veja o [calendário completo](https://www.bcb.gov.br/publicacoes/calendarioreunioescopom).
R Leia também: [Dólar fecha em alta pelo quinto dia seguido](https://www.jornaldoplanalto.com.br/economia/dolar-alta/)
R Compartilhe: [WhatsApp](https://api.whatsapp.com/send?text=x) [Facebook](https://www.facebook.com/sharer.php?u=x) [Twitter](https://twitter.com/intent/tweet?url=x)
R ## Mais lidas
R 1. [Concurso do INSS tem edital publicado](https://www.jornaldoplanalto.com.br/concursos/inss-edital/)
R 2. [Previsão do tempo: frente fria chega ao Sul](https://www.jornaldoplanalto.com.br/clima/frente-fria/)
R Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa [Política de Privacidade](https://www.jornaldoplanalto.com.br/privacidade/).
R [Aceitar](#)
R - [Expediente](https://www.jornaldoplanalto.com.br/expediente/)
R - [Termos de uso](https://www.jornaldoplanalto.com.br/termos/)
""",
    "pt_jina_guide": """\
R Title: Como tirar o passaporte português: documentos e prazos
R URL Source: https://guiadocidadao.pt/passaporte
R Published Time: 2024-02-02
R Markdown Content:
T Como tirar o passaporte português: documentos e prazos
T ======================================================
A O pedido do **passaporte eletrónico português** é feito presencialmente, num balcão do [Instituto dos Registos e do Notariado](https://irn.justica.gov.pt) ou numa loja do cidadão.
A ## Documentos necessários
A *   Cartão de Cidadão válido
A *   Autorização dos pais, no caso de menores
A *   Comprovativo de pagamento, se pedir online
A ## Prazos e custos
A | Tipo | Prazo | Preço |
A | --- | --- | --- |
A | Normal | 5 dias úteis | 65 € |
A | Urgente | 3 dias úteis | 85 € |
A | Expresso | 1 dia útil | 100 € |
A O passaporte tem validade de cinco anos. Para crianças até aos quatro anos, a validade é de _dois anos_.
A Atenção: as fotografias são tiradas no balcão; não é preciso levar fotografias.
R Este artigo foi útil?
R [Sim](https://guiadocidadao.pt/passaporte#sim)[Não](https://guiadocidadao.pt/passaporte#nao)
R [Início](https://guiadocidadao.pt/)[Documentos](https://guiadocidadao.pt/documentos)[Contactos](https://guiadocidadao.pt/contactos)[Política de privacidade](https://guiadocidadao.pt/privacidade)
""",
    # ===== Dutch =====
    "nl_crawl4ai_news": """\
R [Naar hoofdinhoud](#main)
R * [Nieuws](https://www.dagbladoost.nl/nieuws)
R * [Regio](https://www.dagbladoost.nl/regio)
R * [Sport](https://www.dagbladoost.nl/sport)
R * [Cultuur](https://www.dagbladoost.nl/cultuur)
R * [Inloggen](https://www.dagbladoost.nl/inloggen)
R [Home](https://www.dagbladoost.nl/) / [Regio](https://www.dagbladoost.nl/regio) / [Zwolle](https://www.dagbladoost.nl/regio/zwolle)
T # Nieuwe fietsbrug over de IJssel later klaar door stikstofregels
R Door [Eva de Jong](https://www.dagbladoost.nl/auteurs/eva-de-jong)
R 23 okt 2023 om 14:02
A De nieuwe fietsbrug over de IJssel bij Zwolle is pas in **2026** klaar, een jaar later dan gepland. Dat meldt de provincie Overijssel maandag.
A De bouw moest maanden stilliggen omdat er een nieuwe [stikstofberekening](https://www.dagbladoost.nl/regio/stikstof-bouwprojecten) nodig was. De kosten stijgen daardoor met 3,4 miljoen euro.
A ## Wat er gebeurt tot die tijd
A * Het pontje bij Katerveer blijft varen
A * De omleiding via de Molenbrug blijft bestaan
A * Fietsers krijgen een tijdelijk fietspad langs de dijk
A "We begrijpen dat dit teleurstellend is voor de vele forenzen", zegt gedeputeerde Monique van Haaf. "Maar we willen zorgvuldig werken."
A De Fietsersbond noemt de vertraging _jammer maar begrijpelijk_ en roept de provincie op het pontje vaker te laten varen.
R Lees ook: [Zwolle krijgt zes nieuwe fietsenstallingen](https://www.dagbladoost.nl/regio/zwolle/fietsenstallingen)
R Deel dit artikel
R [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [X](https://x.com/intent/tweet?url=x) [LinkedIn](https://www.linkedin.com/shareArticle?url=x) [WhatsApp](https://wa.me/?text=x)
R ## Meest gelezen
R * [Brand in loods Kampen snel onder controle](https://www.dagbladoost.nl/regio/kampen/brand-loods)
R * [PEC Zwolle wint van NEC](https://www.dagbladoost.nl/sport/pec-nec)
R * [Privacyverklaring](https://www.dagbladoost.nl/privacy)
R * [Cookieverklaring](https://www.dagbladoost.nl/cookies)
R * [Contact](https://www.dagbladoost.nl/contact)
""",
    "nl_markdownify_blog": """\
R * [Home](https://tuinieren-blog.nl/)
R * [Moestuin](https://tuinieren-blog.nl/moestuin/)
R * [Siertuin](https://tuinieren-blog.nl/siertuin/)
R * [Over mij](https://tuinieren-blog.nl/over-mij/)
T Tomaten zaaien in maart: zo doe je dat
T ======================================
R Geplaatst op 3 maart 2024 door Anouk
A Wie tomaten wil oogsten in juli, begint in maart met zaaien. Binnen op de vensterbank, want buiten is het nog **veel te koud**.
A Je hebt niet veel nodig:
A * zaaigrond
A * kleine potjes of een zaaibak
A * zaden, bijvoorbeeld van [De Bolster](https://www.bolster.nl)
A * een plantenspuit
A Leg twee zaden per potje, ongeveer een halve centimeter diep. Houd de grond vochtig maar niet nat.
A Na een week of twee komen de eerste kiemplantjes op. Zet ze dan zo licht mogelijk, anders worden ze _lang en slap_.
A Tip: draai de potjes elke dag een kwartslag.
R Tags: [moestuin](https://tuinieren-blog.nl/tag/moestuin/), [tomaten](https://tuinieren-blog.nl/tag/tomaten/), [zaaien](https://tuinieren-blog.nl/tag/zaaien/)
R ### 2 reacties
R **Gerrit** schreef:
R Goede tips! Ik zaai altijd pas in april, maar ga het nu eerder proberen.
R **Anouk** schreef:
R Succes Gerrit, laat maar weten hoe het gaat!
R ### Laat een reactie achter
R [Vorige bericht: Snoeien van rozen](https://tuinieren-blog.nl/rozen-snoeien/)
R [Volgende bericht: Aardappelen poten](https://tuinieren-blog.nl/aardappelen-poten/)
""",
    # ===== Japanese =====
    "ja_jina_news": """\
R Title: 北陸新幹線、敦賀まで延伸開業　東京から最速3時間8分｜北陸日報
R URL Source: https://www.hokurikunippo.jp/articles/20240316-shinkansen
R Published Time: 2024-03-16T06:00:00+09:00
R Markdown Content:
R [メインコンテンツへスキップ](https://www.hokurikunippo.jp/articles/20240316-shinkansen#main)
R *   [ニュース](https://www.hokurikunippo.jp/news)
R *   [スポーツ](https://www.hokurikunippo.jp/sports)
R *   [経済](https://www.hokurikunippo.jp/economy)
R *   [ログイン](https://www.hokurikunippo.jp/login)
T 北陸新幹線、敦賀まで延伸開業　東京から最速3時間8分
T ======================================================
R 2024年3月16日 6:00
A 北陸新幹線の金沢―敦賀間（約125キロ）が16日、開業した。東京―敦賀間は最速**3時間8分**で結ばれる。
A 新たに開業したのは小松、加賀温泉、芦原温泉、福井、越前たけふ、敦賀の6駅。[JR西日本](https://www.westjr.co.jp)によると、初日の始発列車はほぼ満席だった。
A 福井県の知事は「100年に一度のチャンス。観光客を県内各地に呼び込みたい」と話した。
A ## 主な所要時間
A | 区間 | 所要時間 |
A | --- | --- |
A | 東京―福井 | 2時間51分 |
A | 東京―敦賀 | 3時間8分 |
A 一方、敦賀駅では在来線特急への乗り換えが必要となり、関西方面からの利用者には**不便になる**との声もある。
R 関連記事：[敦賀駅の乗り換え、どう変わる？](https://www.hokurikunippo.jp/articles/20240310-tsuruga)
R この記事をシェアする
R [X](https://twitter.com/intent/tweet?url=x)[Facebook](https://www.facebook.com/sharer.php?u=x)[LINE](https://social-plugins.line.me/lineit/share?url=x)
R ## アクセスランキング
R 1.   [金沢のおでん、冬の新メニュー](https://www.hokurikunippo.jp/articles/20240314-oden)
R 2.   [能登の復旧、仮設住宅の入居始まる](https://www.hokurikunippo.jp/articles/20240312-noto)
R *   [利用規約](https://www.hokurikunippo.jp/terms)
R *   [プライバシーポリシー](https://www.hokurikunippo.jp/privacy)
R Copyright © Hokuriku Nippo. All rights reserved.
""",
    "ja_firecrawl_tech": """\
R [![テックノート](https://technote.example.jp/logo.png)](https://technote.example.jp/)
R - [トレンド](https://technote.example.jp/trend)
R - [質問](https://technote.example.jp/questions)
R - [ログイン](https://technote.example.jp/login)
R - [新規登録](https://technote.example.jp/signup)
T # Pythonでdataclassを使うときの注意点
R [@yamada\\_dev](https://technote.example.jp/yamada_dev)
R 投稿日 2024年01月22日
R [Python](https://technote.example.jp/tags/python)[初心者](https://technote.example.jp/tags/beginner)
A `dataclass` は便利ですが、**ミュータブルなデフォルト値**には注意が必要です。
A ## よくある間違い
A ```python
A @dataclass
A class Cart:
A     items: list = []
A ```
A このコードは `ValueError` になります。正しくは `field(default_factory=list)` を使います。
A ```python
A from dataclasses import dataclass, field
A @dataclass
A class Cart:
A     items: list = field(default_factory=list)
A ```
A ## まとめ
A - デフォルト値にリストや辞書を直接書かない
A - `default_factory` を使う
A - 詳しくは[公式ドキュメント](https://docs.python.org/ja/3/library/dataclasses.html)を参照
R いいね 128
R ストック 95
R [コメント](https://technote.example.jp/yamada_dev/items/abc123#comments)
R この記事は以下の記事からリンクされています
R [Python初心者がハマるポイント10選](https://technote.example.jp/items/xyz789)
""",
    # ===== Russian =====
    "ru_crawl4ai_news": """\
R [Перейти к содержимому](#content)
R * [Новости](https://www.severnyvestnik.ru/news/)
R * [Общество](https://www.severnyvestnik.ru/society/)
R * [Экономика](https://www.severnyvestnik.ru/economy/)
R * [Спорт](https://www.severnyvestnik.ru/sport/)
R [Главная](https://www.severnyvestnik.ru/) / [Новости](https://www.severnyvestnik.ru/news/) / [Город](https://www.severnyvestnik.ru/news/city/)
T # В Архангельске откроют новый мост через Северную Двину
R 12 сентября 2023, 11:40
R Автор: [Ирина Смирнова](https://www.severnyvestnik.ru/authors/smirnova/)
A Строительство нового моста через Северную Двину в Архангельске завершится **в 2025 году**, сообщили в правительстве области.
A Мост длиной 1,2 километра соединит центр города с островом Кего. Сейчас жители острова добираются до центра на пароме или по временной переправе.
A ## Что известно о проекте
A * Четыре полосы движения
A * Отдельная велосипедная дорожка
A * Стоимость — около 9 млрд рублей
A «Это самый важный транспортный проект для города за последние двадцать лет», — заявил губернатор на [пресс-конференции](https://www.severnyvestnik.ru/news/city/press-konferenciya-gubernatora/).
A Подрядчик обещает, что движение по старому мосту _не будет перекрыто_ во время работ.
R Читайте также: [Паромная переправа на Кего изменит расписание](https://www.severnyvestnik.ru/news/city/parom-kego/)
R Поделиться:
R * [ВКонтакте](https://vk.com/share.php?url=x)
R * [Одноклассники](https://connect.ok.ru/offer?url=x)
R * [Telegram](https://t.me/share/url?url=x)
R Подписывайтесь на наш канал в [Telegram](https://t.me/severnyvestnik)
R Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.
R © 2023 «Северный вестник». Все права защищены. 18+
""",
    "ru_jina_tech": """\
R Title: Как ускорить сборку Docker-образов в три раза / Хабр
R URL Source: https://habr.example.ru/articles/781234/
R Published Time: 2023-12-05T09:15:00.000Z
R Markdown Content:
R [Все потоки](https://habr.example.ru/flows/)[Разработка](https://habr.example.ru/flows/develop/)[Администрирование](https://habr.example.ru/flows/admin/)[Дизайн](https://habr.example.ru/flows/design/)
R [![Image 1](https://habr.example.ru/avatars/devops_ivan.png)](https://habr.example.ru/users/devops_ivan/)
R [devops\\_ivan](https://habr.example.ru/users/devops_ivan/)
R 5 дек 2023 в 12:15
T Как ускорить сборку Docker-образов в три раза
T ============================================
R Время на прочтение 4 мин
A Наша CI-сборка занимала около 12 минут, и большую часть времени Docker заново устанавливал зависимости. Вот что помогло **сократить время до 4 минут**.
A ### Порядок слоёв
A Копируйте файлы зависимостей раньше исходного кода:
A ```dockerfile
A COPY requirements.txt .
A RUN pip install -r requirements.txt
A COPY . .
A ```
A Теперь слой с зависимостями пересобирается только при изменении `requirements.txt`.
A ### Кэш BuildKit
A Включите [BuildKit](https://docs.docker.com/build/buildkit/) и используйте монтирование кэша:
A ```dockerfile
A RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
A ```
A | Шаг | До | После |
A | --- | --- | --- |
A | Зависимости | 8 мин | 40 с |
A | Вся сборка | 12 мин | 4 мин |
A Итог: простые изменения дали трёхкратное ускорение.
R Теги:
R *   [docker](https://habr.example.ru/search/?q=docker)
R *   [ci/cd](https://habr.example.ru/search/?q=ci)
R Хабы:
R *   [DevOps](https://habr.example.ru/hubs/devops/)
R +15
R Комментарии 7
R [Публикации](https://habr.example.ru/articles/)[Новости](https://habr.example.ru/news/)
""",

    # ===== ROUND 2 (after reading the passes, aimed at markdown-links and the fence pinning) ======================
    "en_r2_tools_list": """\
R [Skip to content](#content)
R - [Posts](https://tomsdesk.dev/posts)
R - [Uses](https://tomsdesk.dev/uses)
T # My terminal setup in 2024
A I spend most of my working day in a terminal, so every year I write down what changed in my setup and why.
A The biggest change this year was moving from [Vim](https://www.vim.org) to Neovim, mostly for the built-in language server support.
A These are the tools I open every single day, in no particular order.
A - [Neovim](https://neovim.io)
A - [tmux](https://github.com/tmux/tmux)
A - [fzf](https://github.com/junegunn/fzf)
A - [ripgrep](https://github.com/BurntSushi/ripgrep)
R [Newer post](https://tomsdesk.dev/posts/2024-keyboards) · [Older post](https://tomsdesk.dev/posts/2023-setup)
R [RSS](https://tomsdesk.dev/rss.xml) · [GitHub](https://github.com/tomsdesk) · [Mastodon](https://mastodon.social/@tomsdesk)
""",
    "en_r2_further_reading": """\
T # What the new EU battery rules mean for your phone
A From 2027, phones sold in the European Union will have to let users replace the battery themselves, under [rules adopted by the Council](https://www.consilium.europa.eu/en/press/press-releases/2023/07/10/).
A Manufacturers will have to sell spare batteries for at least five years after a model leaves the market, and the batteries must be removable with ordinary tools.
A Industry groups argue the rules will make phones thicker, while repair campaigners say they are overdue.
A ## Further reading
A - [The regulation](https://eur-lex.europa.eu/eli/reg/2023/1542/oj)
A - [iFixit's analysis](https://www.ifixit.com/News/eu-battery-law)
A - [Our 2022 explainer](https://www.techweekly.example/eu-usb-c-explainer)
R Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [X](https://twitter.com/intent/tweet?url=x) [Email](mailto:?subject=EU%20battery%20rules)
R [Privacy](https://www.techweekly.example/privacy) | [Terms](https://www.techweekly.example/terms) | [Contact](https://www.techweekly.example/contact)
""",
    "en_r2_winners": """\
T # Local bakery wins national bread award
A A small bakery in Hexham has won the top prize at this year's [World Bread Awards](https://www.worldbreadawards.com), beating more than 1,200 entries.
A The judges praised its sourdough for "a crust that sings and a crumb that stays soft for days".
A The other winners in the main categories were:
A 1. [Bread Ahead](https://www.breadahead.com)
A 2. [Hobbs House Bakery](https://www.hobbshousebakery.co.uk)
A 3. [Pollen Bakery](https://www.pollenbakery.com)
R *   [Home](https://www.tynevalleynews.example/)
R *   [News](https://www.tynevalleynews.example/news)
R *   [Contact us](https://www.tynevalleynews.example/contact)
""",
    "de_r2_quellen": """\
R [Zum Inhalt springen](#inhalt)
R [Startseite](https://www.faktencheck.example/) › [Gesundheit](https://www.faktencheck.example/gesundheit/)
T # Nein, Kaffee entzieht dem Körper kein Wasser
A Die Behauptung hält sich hartnäckig: Wer Kaffee trinkt, müsse zusätzlich Wasser trinken, weil Koffein dem Körper Flüssigkeit entziehe.
A Eine [Studie aus dem Jahr 2014](https://doi.org/10.1371/journal.pone.0084154) mit 50 Männern fand jedoch keinen Unterschied zwischen Kaffee und Wasser.
A Auch die Deutsche Gesellschaft für Ernährung rechnet Kaffee inzwischen zur täglichen Trinkmenge.
A Quellen:
A - [PLOS ONE (2014)](https://doi.org/10.1371/journal.pone.0084154)
A - [DGE](https://www.dge.de)
A - [Verbraucherzentrale](https://www.verbraucherzentrale.de)
R [Teilen](https://www.facebook.com/sharer/sharer.php?u=x) [Twittern](https://twitter.com/intent/tweet?url=x)
R - [Impressum](https://www.faktencheck.example/impressum/)
R - [Datenschutz](https://www.faktencheck.example/datenschutz/)
""",
    "fr_r2_table_liens": """\
R [Aller au contenu](#contenu)
R * [Tests](https://www.numerique-pratique.example/tests/)
R * [Guides](https://www.numerique-pratique.example/guides/)
T # Quelle messagerie chiffrée choisir en 2024 ?
A Toutes les messageries ne protègent pas vos échanges de la même façon. Nous avons comparé les trois applications les plus utilisées en France.
A Signal reste la référence : le chiffrement de bout en bout est activé par défaut et l'application collecte très peu de métadonnées, selon sa [politique de confidentialité](https://signal.org/legal/).
A Voici les liens officiels, pour éviter les fausses applications.
A | Application | Site | Code source |
A | --- | --- | --- |
A | [Signal](https://signal.org) | [signal.org](https://signal.org) | [GitHub](https://github.com/signalapp) |
A | [Olvid](https://olvid.io) | [olvid.io](https://olvid.io) | [GitHub](https://github.com/olvid-io) |
R Partager : [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [LinkedIn](https://www.linkedin.com/shareArticle?url=x)
R * [Mentions légales](https://www.numerique-pratique.example/mentions-legales/)
""",
    "ja_r2_code_tail": """\
R [メインコンテンツへスキップ](#main)
R - [ホーム](https://docs-note.example.jp/)
R - [記事一覧](https://docs-note.example.jp/posts)
T # MkDocsでナビゲーションを設定する方法
A MkDocsでは、サイドバーのメニューを `mkdocs.yml` の `nav` で自由に並べ替えられます。何も書かないと、ファイル名の順に並びます。
A 次のように書くと、ホームと使い方の2項目だけが表示されます。
A ```yaml
A nav:
A   - ホーム: index.md
A   - 使い方: usage.md
A ```
A Markdownのページ内でリンクを並べる場合は、次のように書きます。
A ```markdown
A - [ホーム](index.md)
A - [使い方](usage.md)
A ```
R [X](https://twitter.com/intent/tweet?url=x)[はてなブックマーク](https://b.hatena.ne.jp/entry/x)
R - [利用規約](https://docs-note.example.jp/terms)
""",
    "en_r2_markdown_refs": """\
T # How to cite sources in a lab notebook
A Every measurement in a lab notebook should point to the protocol it followed, as the [EMBO guidelines](https://www.embo.org) recommend.
A Footnotes work well for this, because they keep the entry readable while the details sit at the bottom of the page.
A Number the notes in the order they appear, and never reuse a number within one entry.
A [^1]: Protocol 4.2, buffer preparation, revised March 2023.
A [^2]: Calibration log of balance B-17, entry 112.
R [1]: https://www.embo.org/documents/lab-notebook-guidelines.pdf
""",
    "es_r2_enlace_en_parrafo": """\
R [Ir al contenido](#main)
R [Inicio](https://www.ciencia-hoy.example/) / [Espacio](https://www.ciencia-hoy.example/espacio/)
T # La sonda Juice completa su primer sobrevuelo de la Luna y la Tierra
A [La Agencia Espacial Europea](https://www.esa.int) confirmó este miércoles que la sonda Juice completó con éxito una maniobra inédita de asistencia gravitatoria.
A La nave pasó a 700 kilómetros de la superficie lunar y, un día después, a unos 6.800 kilómetros de la Tierra.
A El objetivo es ganar velocidad para llegar a Júpiter en 2031 sin gastar combustible.
A [Más información en la web de la ESA](https://www.esa.int/Science_Exploration/Space_Science/Juice).
R [Aviso legal](https://www.ciencia-hoy.example/aviso-legal/) | [Cookies](https://www.ciencia-hoy.example/cookies/)
""",
    "it_r2_fence_aperto": """\
R [Vai al contenuto](#contenuto)
R ```
R * [Home](https://www.codicefacile.example/)
R * [Guide](https://www.codicefacile.example/guide/)
T # Come leggere un file CSV in Python
A Il modulo `csv` della libreria standard basta per la maggior parte dei file. Per file molto grandi conviene invece [pandas](https://pandas.pydata.org).
A Il metodo più semplice è aprire il file con `open` e passarlo a `csv.reader`, che restituisce una lista per ogni riga.
A Attenzione alla codifica: i file esportati da Excel spesso usano `cp1252` e non UTF-8.
R * [Privacy](https://www.codicefacile.example/privacy/)
R * [Contatti](https://www.codicefacile.example/contatti/)
""",
    "pt_r2_figura": """\
R [Pular para o conteúdo](#conteudo)
T ![Mapa da linha 6-Laranja do metrô de São Paulo](https://www.mobilidade.example/img/linha6.png)
A A Linha 6-Laranja do metrô de São Paulo deve começar a operar em 2026, segundo o [governo do estado](https://www.sp.gov.br).
A A linha terá 15 estações e ligará a Brasilândia, na zona norte, à estação São Joaquim, no centro.
A As obras foram retomadas em 2020, depois de quatro anos paradas por falta de financiamento.
T ![Obras da estação Perdizes em 2024](https://www.mobilidade.example/img/perdizes.jpg)
R - [Termos de uso](https://www.mobilidade.example/termos/)
R - [Fale conosco](https://www.mobilidade.example/contato/)
""",
    "nl_r2_jina_titel": """\
R Title: Kabinet trekt extra geld uit voor dijkversterking
R URL Source: https://www.waterbericht.example/nieuws/dijkversterking-extra-geld
R Markdown Content:
A Het kabinet trekt de komende tien jaar 1,2 miljard euro extra uit voor het versterken van dijken langs de grote rivieren.
A Dat staat in het [Deltaprogramma](https://www.deltaprogramma.nl) dat minister Harbers dinsdag naar de Tweede Kamer stuurde.
A Volgens Rijkswaterstaat voldoet nog ruim 1300 kilometer dijk niet aan de nieuwe veiligheidsnormen.
A Titel van het programma: Deltaprogramma 2025.
R [Home](https://www.waterbericht.example/)[Nieuws](https://www.waterbericht.example/nieuws)[Contact](https://www.waterbericht.example/contact)
""",
    "ru_r2_ssylki_v_spiske": """\
R [Перейти к содержимому](#content)
R * [Новости](https://www.nauka-segodnya.example/news/)
R * [Статьи](https://www.nauka-segodnya.example/articles/)
T # Какие книги о космосе прочитать этим летом
A Мы попросили трёх астрономов назвать книги, которые они советуют прочитать тем, кто только начинает интересоваться космосом.
A Все три книги переведены на русский язык и продаются в электронном виде.
A * [«Космос» Карла Сагана](https://www.litres.example/book/kosmos) — классика, которая не устарела за сорок лет
A * [«Краткая история времени»](https://www.litres.example/book/kratkaya-istoriya) — о чёрных дырах и Большом взрыве
A * [«Бледная точка»](https://www.litres.example/book/blednaya-tochka) — о месте человечества во Вселенной
R Поделиться: [ВКонтакте](https://vk.com/share.php?url=x) [Telegram](https://t.me/share/url?url=x)
R * [Реклама](https://www.nauka-segodnya.example/ads/)
R * [Контакты](https://www.nauka-segodnya.example/contacts/)
""",
}


KNOWN_LOST: dict[str, list[str]] = {}  # (none: every article line of both rounds survives)

#: residue each page still leaves, with why
# (md30: the residue of de_firecrawl_tech, de_jina_news, en_html2text_blog and nl_markdownify_blog goes now: the
# tables read a line's markup-free view, and html2text's rule "* * *" under the text goes, see test_md30)
RESIDUE_LEFT: dict[str, int] = {
    "en_firecrawl_tech": 1,  # the newsletter box's blurb: its heading and button went, the blurb is prose to the passes
    # "## Most Read" over three related headlines (labels of 4 to 7 words: a headline's link stays, it may be the
    # article's reading list), and the newsletter's blurb (prose: it moves the article's last paragraph under the share
    # list, which the share addresses still take)
    "en_jina_news": 5,
    "fr_crawl4ai_news": 1,  # "Publié le … · Mis à jour le …": two dates in one line
    "ja_firecrawl_tech": 4,  # "投稿日 …", "いいね 128", "ストック 95", "この記事は以下の記事からリンクされています"
    "ru_jina_tech": 1,  # "Время на прочтение 4 мин" ("4 min read"), with the language forced
    # round 2
    "it_r2_fence_aperto": 2,  # a footer's list right under the last paragraph, nothing between: the text's own list
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


def _gone(page: list[str]) -> list[tuple[str, str]]:
    return removals_of(page)


def _markdown_removals(page: list[str]) -> list[str]:
    return [text for name, text in removals_of(page) if name == "markdown-links"]


_TEXT = [
    "The county council voted on Tuesday to close the old river bridge for repairs until the end of the summer holidays.",
    "Engineers found cracks in two of the bridge's piers during a routine inspection in March, [the council said](https://www.example.gov.uk/news/bridge).",
    "A temporary footbridge will open next to it in May, and buses will be diverted through the town centre until then.",
]


def test_the_output_is_lines_of_the_input() -> None:
    """The cleaner removes whole lines (or trims an end): no link is rewritten, every output line is an input line."""
    for case in CASES.values():
        text = page_text(case)
        lines = {" ".join(line.split()) for line in text.split("\n")}
        assert all(" ".join(line.split()) in lines for line in cleaner.clean_text(text).split("\n") if line)


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_pages_are_told_their_language_past_their_links(key: str) -> None:
    # (on main ja_firecrawl_tech and ru_jina_tech were told none: the language sample, longest lines first, was their
    # menus' and share rows' addresses; told none, the Japanese date table never read "投稿日 2024年01月22日", and
    # cleaning the cleaned page, told Japanese, took it)
    assert Context(Document(page_text(CASES[key]))).language == key[:2]


# -- fenced code --------------------------------------------------------------------------------------------------


_MENU_LIKE_CODE = [
    "```yaml",
    "nav:",
    "  - Home: index.md",
    "  - About: about.md",
    "  - Contact: contact.md",
    "```",
]
_CODE_OF_LINKS = ["```markdown", "- [Home](index.md)", "- [About](about.md)", "- [Contact](contact.md)", "```"]


@pytest.mark.parametrize("code", [_MENU_LIKE_CODE, _CODE_OF_LINKS, ["~~~", "Home", "About", "Contact", "Login", "~~~"]],
                         ids=["yaml", "links", "tildes"])
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_a_fenced_code_block_stays_wherever_it_stands(code: list[str], position: str) -> None:
    pos = {"head": 0, "middle": 2, "tail": 3}[position]
    page = [*_TEXT[:pos], *code, *_TEXT[pos:], "Privacy Policy", "Terms of Use", "Cookie Settings", "Contact us"]
    gone = {text for _p, text in _gone(page)}
    assert not gone & {c.strip() for c in code}, gone
    assert not gone & set(_TEXT)


def test_a_sentence_announcing_code_between_paragraphs_stays() -> None:
    # (ru_jina_tech's losses on main: the fences made a run of furniture with the colon lines between paragraphs)
    page = [
        _TEXT[0],
        "Включите [BuildKit](https://docs.docker.com/build/buildkit/) и используйте монтирование кэша:",
        "```dockerfile",
        "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt",
        "```",
        "Копируйте файлы зависимостей раньше исходного кода:",
        "```",
        "COPY requirements.txt .",
        "```",
        *_TEXT[1:],
    ]
    assert _gone(page) == []


def test_a_stray_fence_pins_nothing() -> None:
    page = ["```", "* [Home](https://www.example.org/)", "* [News](https://www.example.org/news)", *_TEXT,
            "Share this article", "* [Privacy](https://www.example.org/privacy)", "* [Contact](https://www.example.org/contact)"]
    gone = {text for _p, text in _gone(page)}
    assert {"* [Home](https://www.example.org/)", "* [Privacy](https://www.example.org/privacy)"} <= gone
    assert not gone & set(_TEXT)


# -- Markdown tables ----------------------------------------------------------------------------------------------

_TABLE = [
    "| Version | Time (s) |",
    "| --- | --- |",
    "| object keys | 41.2 |",
    "| categorical | 3.9 |",
]
_LINK_TABLE = [
    "| App | Site |",
    "|:---|---:|",
    "| [Signal](https://signal.org) | [signal.org](https://signal.org) |",
    "| [Olvid](https://olvid.io) | [olvid.io](https://olvid.io) |",
]


@pytest.mark.parametrize("table", [_TABLE, _LINK_TABLE], ids=["figures", "links"])
@pytest.mark.parametrize("position", ["middle", "tail"])
def test_a_markdown_table_stays(table: list[str], position: str) -> None:
    pos = {"middle": 2, "tail": 3}[position]
    page = [*_TEXT[:pos], *table, *_TEXT[pos:], "Privacy Policy", "Terms of Use", "Cookie Settings", "Contact us"]
    gone = {text for _p, text in _gone(page)}
    assert not gone & set(table), gone


@pytest.mark.parametrize(
    ("lines", "index", "row"),
    [
        (["| Home | News | Sport |"], 0, False),  # a menu printed with bars: no delimiter under it
        (["| Home | News |", "| --- | --- |"], 0, True),  # a header over its delimiter
        (["| a | b |", "|---|---|", "| 1 | 2 |", "| 3 | 4 |"], 3, True),
        (["Text", "| 1 | 2 |"], 1, False),
    ],
)
def test_a_table_row_needs_its_delimiter(lines: list[str], index: int, row: bool) -> None:
    assert markdown_table_row(Context(Document("\n".join(lines))), index) is row


# -- the article's own links --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[The European Space Agency](https://www.esa.int) confirmed on Wednesday that the probe had completed the manoeuvre.",
        "Tickets are [on sale now](https://www.example.org/tickets).",
        "Source: [Reuters](https://www.reuters.com/world/)",
        "[Read the full report (PDF)](https://www.example.org/report.pdf).",
        "- [Obsidian](https://obsidian.md) — a notes app that keeps everything in plain Markdown files",
        "# [Release notes for version 4.2](https://www.example.org/releases/4.2)",
        "![A flooded street in Valencia on Tuesday](https://www.example.org/img/valencia.jpg)",
        "[^1]: Protocol 4.2, buffer preparation, revised March 2023.",
        "Follow the [discussion on X](https://x.com/intent/follow?screen_name=esa) for updates from the mission team.",
    ],
)
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
def test_a_line_of_the_article_with_links_stays(line: str, position: str) -> None:
    page = with_line(_TEXT, line, position)
    assert _markdown_removals(page) == []


@pytest.mark.parametrize(
    "tail",
    [
        ["The tools I open every day:", "- [Neovim](https://neovim.io)", "- [tmux](https://github.com/tmux/tmux)"],
        ["## Sources", "- [BBC](https://www.bbc.co.uk)", "- [Reuters](https://www.reuters.com)"],
        ["Quellen:", "1. [DGE](https://www.dge.de)", "2. [Verbraucherzentrale](https://www.verbraucherzentrale.de)"],
        ["- [Neovim](https://neovim.io)", "- [tmux](https://github.com/tmux/tmux)", "- [fzf](https://github.com/junegunn/fzf)"],
        ["1. [Bread Ahead](https://www.breadahead.com)", "2. [Pollen Bakery](https://www.pollenbakery.com)"],
    ],
    ids=["colon", "heading", "colon_de_numbered", "right_under_the_text", "numbered_right_under"],
)
def test_a_list_of_links_the_text_holds_stays(tail: list[str]) -> None:
    page = [*_TEXT, *tail, "Privacy Policy", "Terms of Use", "Cookie Settings"]
    assert not set(_markdown_removals(page)) & set(tail)


def test_a_list_of_links_between_paragraphs_stays() -> None:
    links = ["- [Neovim](https://neovim.io)", "- [tmux](https://github.com/tmux/tmux)", "- [fzf](https://github.com/junegunn/fzf)"]
    page = [_TEXT[0], *links, *_TEXT[1:]]
    assert _gone(page) == []


# -- the residue that goes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[Skip to main content](#main)",
        "[Zum Inhalt springen](https://www.rheinpost.de/wirtschaft/nachtzug_aid-10245531#content)",
        "[メインコンテンツへスキップ](#main)",
    ],
)
def test_a_skip_link_over_the_page_goes(line: str) -> None:
    assert _markdown_removals([line, *_TEXT]) == [line]


@pytest.mark.parametrize(
    "rows",
    [
        ["* [News](https://www.example.org/news)", "* [Sport](https://www.example.org/sport)"],
        ["[Home](https://www.example.org/) > [News](https://www.example.org/news) > [Local](https://www.example.org/news/local)"],
        ["[![Image 1: Harbour Gazette](https://www.example.org/logo.svg)](https://www.example.org/)"],
        ["[Ofertas](https://www.example.es/ofertas)[Empresas](https://www.example.es/empresas)[Blog](https://www.example.es/blog)"],
        ["[@yamada\\_dev](https://technote.example.jp/yamada_dev)"],
    ],
    ids=["menu", "breadcrumb", "logo", "glued_menu", "author"],
)
def test_short_links_over_the_article_go(rows: list[str]) -> None:
    assert _markdown_removals([*rows, "# Council approves new homes", *_TEXT]) == rows


@pytest.mark.parametrize(
    "rows",
    [
        ["Tags: [pandas](https://example.dev/tags/pandas) [performance](https://example.dev/tags/performance)"],
        ["[Privacy](https://www.example.org/privacy) | [Imprint](https://www.example.org/imprint)"],
        ["[Sí](https://example.es/blog/x?util=1) [No](https://example.es/blog/x?util=0)"],
    ],
    ids=["tags", "footer_row", "yes_no"],
)
def test_short_links_under_the_article_go(rows: list[str]) -> None:
    page = [*_TEXT, "Share this article", *rows]
    assert set(rows) <= {text for _p, text in _gone(page)}


def test_a_footer_list_under_other_residue_goes() -> None:
    footer = ["- [Impressum](https://www.example.de/impressum/)", "- [Datenschutz](https://www.example.de/datenschutz/)"]
    page = [*_TEXT, "Quellen:", "- [DGE](https://www.dge.de)",
            "[Teilen](https://www.facebook.com/sharer/sharer.php?u=x) [Twittern](https://twitter.com/intent/tweet?url=x)",
            *footer]
    assert set(footer) <= set(_markdown_removals(page))
    assert "- [DGE](https://www.dge.de)" not in _markdown_removals(page)


@pytest.mark.parametrize(
    "row",
    [
        "* [Facebook](https://www.facebook.com/sharer/sharer.php?u=https://www.example.org/x)",
        "[X](https://twitter.com/intent/tweet?url=x)[LINE](https://social-plugins.line.me/lineit/share?url=x)",
        "Compartilhe: [WhatsApp](https://api.whatsapp.com/send?text=x) [Facebook](https://www.facebook.com/sharer.php?u=x)",
        "Поделиться: [ВКонтакте](https://vk.com/share.php?url=x) [Telegram](https://t.me/share/url?url=x)",
        "[WhatsApp](https://wa.me/?text=https%3A%2F%2Fwww.example.org%2Fx)",
    ],
)
def test_a_share_row_goes_even_between_paragraphs(row: str) -> None:
    page = [_TEXT[0], row, *_TEXT[1:]]
    assert _markdown_removals(page) == [row]


@pytest.mark.parametrize(
    "line",
    ["[1]: https://www.cdc.gov/bird-flu/situation-summary/index.html", '[guide]: /docs/guide "The guide"', "[2]: <https://example.org/a>"],
)
def test_a_link_definition_goes_wherever_it_stands(line: str) -> None:
    for page in (with_line(_TEXT, line, "middle"), with_line(_TEXT, line, "tail")):
        assert _markdown_removals(page) == [line]


def test_jina_readers_header_goes() -> None:
    header = ["Title: Council approves new homes", "URL Source: https://www.example.org/news/homes",
              "Published Time: 2024-03-12T07:45:00+00:00", "Markdown Content:"]
    assert _markdown_removals([*header, *_TEXT]) == header


def test_a_title_label_without_jinas_signature_stays() -> None:
    page = ["Title: Notes on a Scandal", "Published Time: 2006", *_TEXT]
    assert _markdown_removals(page) == []
    assert _markdown_removals([*_TEXT, "Title: Notes on a Scandal", "URL Source: https://www.example.org/"]) == []


@pytest.mark.parametrize(
    "line",
    ["[Sign up](https://www.example.org/newsletters)", "[Kommentar schreiben](#respond)"],
)
def test_a_lone_short_link_under_the_article_goes(line: str) -> None:
    assert _markdown_removals([*_TEXT, "Get our newsletter", line]) == [line]


def test_link_row_reads_the_shape() -> None:
    assert link_row("[Home](/) · [News](/news)") == (2, 1)
    assert link_row("[![logo](/l.png)](/)") == (1, 0)
    assert link_row("![A figure](/f.png)") is None  # a figure: no link
    assert link_row("Read the [report](/r) in full.") is None
    assert link_row("| [a](/a) | [b](/b) |") is None  # a table's row
    assert link_row("Share on [X](/x) · [LinkedIn](/l)") == (2, 1)
    assert link_row("[Man charged after crash on coast road](/a)") == (1, 7)


if __name__ == "__main__":
    report(CASES)
