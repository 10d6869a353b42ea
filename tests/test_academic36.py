# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""academic36: a probe of scholarly and research pages, scraped as text (half as an extractor leaves them, half as all
the visible text of the page), in en, de, fr, es, it, pt and nl: a journal article's landing page (title, authors with
affiliations, a structured abstract with its labelled parts, keywords), a preprint server's abstract page, a university
repository's thesis record, a conference programme, a research institute's news story about a paper, a lab's project
page, a book chapter's preview, an encyclopedia's scholarly entry, a research blog post with footnotes and numbered
references, an article's full text with its numbered headings and figure captions.

- the article (``A``): the abstract and its section labels alone on a line ("Background", "Methods", "Hintergrund",
  "Résumé", "Resumo"), the body's headings ("2.1 Study population", "3.2 Evaluation metrics", "Related work"), figures'
  and tables' captions the body cites ("Figure 2. Survival by treatment arm"), a programme's rows ("09:00–09:30
  Registration and coffee"), a project's goals in a list, a thesis record's abstract, a footnote's text;
- the residue (``R``): "Download PDF", "Cite this article", "Export citation", "Metrics", "Altmetric", "Article views",
  "Open Access" badges, "Received: … Accepted: … Published: …" history lines, "Rights and permissions", "Share this
  article", "Access through your institution", "Buy article", cookie and login prompts, journal menus, "Related
  articles", "Recommended", "Sign up for alerts", DOI-only lines, copyright tails;
- ``T``: the headline, the authors and affiliations block, keywords, the reference list and a citation's lines, a
  thesis record's data rows ("Degree: PhD", "Supervisor: …"), funding and competing-interests statements, a data
  availability line.

- round 1, blind (written before reading the passes): 24 pages (13 ``_full``, 11 ``_extract``), 252 ``A`` lines, 322
  ``R``, 106 ``T``, in en, de, fr, es, it, pt, nl. As first tagged, main 09049db lost 15 and left 44; two DOI-only lines
  first tagged ``R`` ("DOI: https://doi.org/…" under the history lines, a preprint's bare "https://doi.org/…") were
  retagged ``T`` as the brief asks of DOI-only lines: main left 43.
- round 2, after the changes, aimed at them: 6 pages, 51 ``A``, 52 ``R``, 13 ``T``. Main: lost 8, left 8.

The losses on main: the labels of a structured abstract whose sentences are short (de "Zusammenfassung" /
"Hintergrund" and "Einleitung", nl "Samenvatting" / "Doel", pt "RESUMO" / "OBJETIVO" / "MÉTODOS" / "RESULTADOS" /
"CONCLUSÃO" / "INTRODUÇÃO"): no sentence of the abstract is long enough to anchor the article's edge, and
edge-furniture took the labels in the runs of the page's furniture around them; a lab's project page lost its
"Partner" over two institutions and "Durata: 2023–2026" under its last sentence (edge-furniture's tail run).
Left on main, beside the outlets' own strings: the paper's history lines in en ("Received: …" beside a "DOI: …" row,
which made them a fact box's), es, it, nl; a book platform's paywall and prices; an encyclopedia entry's "First
published …; substantive revision …"; citation buttons ("How to cite this entry.", "Cita questo articolo", fr
"Référence électronique"), es "Enviar este artículo por correo", es and pt open-access licence lines, a repository
record's buttons (pt "Ficheiros deste registo", "Ver/Abrir", …), fr "Connectez-vous pour contacter le contributeur".

After: round 1 lost 0, left 23; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, each with
what it still takes and what it keeps (tests below):

- ``edge_sections.abstract_parts`` (edge-furniture, both edges, one call, tagged), table ``structure.abstract_section``
  (new, language-neutral, in en, de, fr, es, it, pt, nl): a label alone on its line at the article's edges stays right
  over a kept sentence or over another such label that stays, on a page where three labels or more stand each right
  over a sentence and one of them right under the abstract's heading (``structure.opening_heading``: "Abstract" over
  "Background"). A lab site's menu closing on "Results" right over a story's first sentence, on a page with one or
  two labels and no abstract's heading over them, still goes (tests).
- ``edge_facts.headed_list_over_fact_row`` (edge-furniture's tail, one call, tagged): a headed list of capitalised
  names (a heading and two items or more, four words each at most, no figure) right under a sentence of the article
  and right over a fact row with a figure ("Laufzeit: 2022–2025": a span of years is no phone's digits), the rows
  closing on the page's residue or end: a project's partners and duration. The same names under the page's share row
  (a footer's partners) still go, and a contact box's names over its phone row (tests).
- ``metadata.in_fact_box`` (one condition, tagged): a DOI row ("DOI: 10.1186/…", "DOI: https://doi.org/10.1186/…") is
  no fact of a box: the paper's history lines beside it are the page's, and dateline takes them. A story's box naming
  its journal ("Journal: Nature Communications") keeps its date (test).
- ``widgets.EdgeLink`` (``_doi_address``, one guard, tagged): a DOI's bare address after the article's last paragraph
  stays (the paper's reference to itself; the tools under it that make it no edge on the first cleaning go only
  after this pass, and a second cleaning took it); before the first paragraph it still goes (test_redteam19's), and so
  does any other bare link after the text.
- ``signup._closing_disclosure`` (``_later_residue``, one condition, tagged): under a "Conflict of interest" box, the
  page's lines that the tables of later passes take (``widgets.chrome``, ``widgets.social``, ``promos.heading``,
  ``metadata.dateline``: "Download PDF", "Share this article", "Related articles", "Received: 02 October 2023") and a
  DOI row count as the residue closing the page, so the box goes on the first cleaning as it did on the second (on
  main en_article_figures_extract and en_r2_paper_end_extract changed on a second cleaning). A box the article's
  sentence goes on under stays (test).
- tables, each in an ``# academic36:`` block at its list's end: ``metadata.dateline`` en "First published <date>;
  substantive revision <date>", es "Recibido/Aceptado: <date>", it "Ricevuto il <date>; accettato il <date>", nl
  "Ingediend op <date> en geaccepteerd op <date>", pt "Recebido/Aprovado: <date>" (it only the two dates on one
  line: test_redteam14b keeps "Ricevuto: 12 settembre 2024" and "Accettato: 9 gennaio 2025" alone under an abstract); ``widgets.chrome`` en "How to cite
  this entry.", the paywall's "This is a preview of subscription content, log in via an institution to check
  access.", "Log in via an institution", "Chapter EUR 29.95", "Tax calculation will be finalised at checkout",
  "Purchases are for personal use only", a repository's "Files in this item", "Show full item record", "View/Open",
  "This item appears in the following Collection(s)", "Export citation"; it "Cita questo articolo"; pt "Ficheiros
  deste registo", "Ver/Abrir", "Mostrar registo completo", "Exportar referência"; fr "Référence électronique",
  "Connectez-vous pour contacter le contributeur"; ``widgets.social`` es "Enviar este artículo por correo";
  ``credits.syndication`` es "Este es un artículo publicado en acceso abierto bajo una licencia Creative Commons" and
  its pt twin. Each has a sentence with its words that stays (``STAYS``).

``python tests/test_academic36.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, lost, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a journal article's landing page (en) =====
    "en_journal_landing_full": """\
R Skip to main content
R Advertisement
R BMC Emergency Medicine
R Search
R Explore journals
R Get published
R About BMC
R Login
R Home
R About
R Articles
R Submission Guidelines
R Submit manuscript
R Research
R Open access
R Published: 14 March 2024
T Point-of-care lactate and 30-day mortality in adults with suspected sepsis: a prospective cohort study
T Hannah R. Whitfield, Tomasz Nowicki, Aisha Bello & Graham P. Reid
T BMC Emergency Medicine volume 24, Article number: 41 (2024)
R 3412 Accesses
R 12 Altmetric
R Metrics details
A Abstract
A Background
A Sepsis is a leading cause of death in emergency departments, yet early risk stratification remains difficult.
A We examined whether a single point-of-care lactate measurement at triage predicts 30-day mortality.
A Methods
A Prospective cohort study in four emergency departments in Scotland between January 2021 and June 2022.
A Adults aged 18 or over with suspected infection and at least one abnormal vital sign were eligible.
A Results
A Of 1,204 patients enrolled, 118 (9.8%) died within 30 days.
A A lactate of 4 mmol/L or more was associated with higher mortality (adjusted OR 3.1, 95% CI 1.9–5.0).
A Conclusions
A A single triage lactate identifies a group at high risk of death and could guide early escalation of care.
T Keywords
T Sepsis
T Lactate
T Emergency department
T Triage
T Mortality
A Background
A Sepsis accounts for around one in five deaths worldwide [1].
A Current triage tools rely on vital signs alone and miss many patients who later deteriorate [2, 3].
R Download PDF
R Cite this article
R Whitfield, H.R., Nowicki, T., Bello, A. et al. Point-of-care lactate and 30-day mortality in adults with suspected sepsis: a prospective cohort study. BMC Emerg Med 24, 41 (2024). https://doi.org/10.1186/s12873-024-00941-2
R Download citation
R Received: 02 October 2023
R Accepted: 27 February 2024
R Published: 14 March 2024
T DOI: https://doi.org/10.1186/s12873-024-00941-2
R Share this article
R Anyone you share the following link with will be able to read this content:
R Get shareable link
R Sorry, a shareable link is not currently available for this article.
R Copy to clipboard
R Provided by the Springer Nature SharedIt content-sharing initiative
R Rights and permissions
R Reprints and permissions
R © The Author(s) 2024
R Accessibility statement
R Privacy statement
R Manage cookies
R © 2024 BioMed Central Ltd unless otherwise stated. Part of Springer Nature.
""",
    # ===== a preprint server's abstract page (en) =====
    "en_preprint_abstract_full": """\
R Skip to main content
R We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors.
R Donate
R Computer Science > Machine Learning
R [Submitted on 6 Feb 2024 (v1), last revised 19 Mar 2024 (this version, v2)]
T Sparse Adapters Forget Less: Continual Fine-Tuning of Language Models under a Fixed Parameter Budget
T Lena Hoffmann, Rafael Ortega, Mei Chen
A Large language models lose earlier skills when fine-tuned on a stream of new tasks, a problem known as catastrophic forgetting.
A We study continual fine-tuning when only a fixed budget of 0.5% of parameters may change across all tasks.
A We propose sparse adapters whose masks are chosen once and then frozen, and compare them with LoRA and full fine-tuning on 14 tasks.
A Sparse adapters retain 92% of the original performance after the last task, against 71% for LoRA, at the same parameter count.
A Code and checkpoints are released.
T Comments: 18 pages, 7 figures; v2 adds results on Llama-2-13B
T Subjects: Machine Learning (cs.LG); Computation and Language (cs.CL)
R Cite as: arXiv:2402.04117 [cs.LG]
R (or arXiv:2402.04117v2 [cs.LG] for this version)
T https://doi.org/10.48550/arXiv.2402.04117
R Submission history
R From: Lena Hoffmann [view email]
R [v1] Tue, 6 Feb 2024 17:02:11 UTC (1,204 KB)
R [v2] Tue, 19 Mar 2024 09:40:53 UTC (1,388 KB)
R Access Paper:
R View PDF
R HTML (experimental)
R TeX Source
R Other Formats
R view license
R Current browse context:
R cs.LG
R < prev | next >
R new | recent | 2402
R References & Citations
R NASA ADS
R Google Scholar
R Semantic Scholar
R Export BibTeX Citation
R Bookmark
R Bibliographic Tools
R Bibliographic and Citation Tools
R Bibliographic Explorer Toggle
R Which authors of this paper are endorsers? | Disable MathJax (What is MathJax?)
R About
R Help
R Subscribe to mailings
""",
    # ===== a university repository's thesis record (en) =====
    "en_thesis_record_extract": """\
R Repository home
R Browse by author
T Groundwater recharge under changing rainfall regimes in the Limpopo basin
T Moyo, Tendai
T Degree: Doctor of Philosophy (PhD)
T Awarding institution: University of Edinburgh
T Supervisor: Prof. Alison Grant
T Date of award: 2023
A Abstract
A Groundwater supplies drinking water to more than 14 million people in the Limpopo basin, yet how much rain actually reaches the aquifers is poorly known.
A This thesis combines 42 years of borehole records, chloride mass balance and a distributed recharge model.
A Three findings stand out:
A recharge happens in a few extreme years, not every year;
A sandy river beds recharge ten times faster than the surrounding soils;
A the wettest decade on record recharged less than the 1970s.
A The results suggest water managers should plan around rare wet years rather than average rainfall.
T Keywords: groundwater, recharge, Limpopo, climate variability, chloride mass balance
R Item type: Thesis or Dissertation
R Files in this item
R Moyo2023.pdf (8.4Mb)
R View/Open
R This item appears in the following Collection(s)
R Earth Sciences thesis and dissertation collection
R Show full item record
""",
    # ===== a research blog post with footnotes and references (en) =====
    "en_research_blog_footnotes_extract": """\
T Why do replication rates differ so much between fields?
R Posted by Marta Kovac on 12 January 2024
A A decade after the "replication crisis" began, we now have large replication projects in psychology, economics, cancer biology and the social sciences.
A Their headline rates look wildly different: 36% in psychology[1], 61% in experimental economics[2], 46% in preclinical cancer biology[3].
A It is tempting to read this as a league table of scientific rigour. I think that would be a mistake, for three reasons.
A 1. The projects chose their studies differently
A The psychology project sampled papers from three journals in one year; the economics project took every lab experiment in two journals over three years.
A 2. "Replication" did not mean the same thing
A Some projects counted a study as replicated if the effect was significant in the same direction; others compared effect sizes.
A 3. Base rates matter
A If a field tests riskier hypotheses, more of its published positives will be false even with perfect methods.
A None of this means replication projects are useless. It means the numbers need their context.
A Notes
A [a] I use "replication" throughout for direct replication with new data, not reanalysis of the original data.
A [b] Thanks to two readers who pointed out an error in an earlier version of the second table.
T References
T [1] Open Science Collaboration (2015). Estimating the reproducibility of psychological science. Science 349, aac4716.
T [2] Camerer, C. F. et al. (2016). Evaluating replicability of laboratory experiments in economics. Science 351, 1433–1436.
T [3] Errington, T. M. et al. (2021). Investigating the replicability of preclinical cancer biology. eLife 10, e71601.
R Share this:
R Twitter
R Facebook
R Like this:
R Related
""",
    # ===== a research institute's news story about a paper (en) =====
    "en_institute_news_full": """\
R Cookie settings
R We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
R Accept all
R Reject non-essential
R Institute of Marine Science
R Research
R News
R Events
R Study with us
R About
R Contact
R News
T Warming seas push cod spawning grounds 300 km north, study finds
R 12 February 2024
A Atlantic cod in the North Sea now spawn about 300 km further north than they did in the 1980s, according to a study led by researchers at the Institute.
A The team analysed 38 years of egg surveys and matched them with sea-bottom temperatures.
A "The fish are following the cold water," said lead author Dr Ingrid Halvorsen. "The grounds our grandparents fished are simply too warm now."
A What the team found
A Spawning moved north by about 8 km a year on average.
A The shift was fastest after 2000.
A Spawning in the southern North Sea has almost stopped.
A The researchers warn that fishing quotas, which are still set by the old boundaries, may need to change.
A The study, "Poleward shift of Atlantic cod spawning in a warming North Sea", is published in Nature Climate Change.
T DOI: 10.1038/s41558-024-01912-7
R Media contact
R press@ims.example.ac.uk
R Share this story
R Related news
R Seagrass meadows store more carbon than thought
R New research vessel named after pioneering oceanographer
R Institute of Marine Science, Harbour Road, Aberdeen AB11 5QF
R © 2024 Institute of Marine Science. Registered charity SC012345.
""",
    # ===== a conference programme page (en) =====
    "en_conference_programme_full": """\
R Home
R Call for papers
R Registration
R Programme
R Venue
R Contact
T ECDL 2024 Programme
T Thursday 12 September
A 08:30–09:00 Registration and coffee
A 09:00–09:15 Welcome and opening remarks
A 09:15–10:15 Keynote: What digital libraries owe to their users
A Prof. Sarah Lindqvist, Uppsala University
A 10:15–10:45 Coffee break
A 10:45–12:15 Session 1: Metadata and discovery
A Chair: Dr. Paolo Bianchi
A Automatic subject indexing of German theses with large language models
A Linking archival finding aids to Wikidata: a case study
A Measuring the findability of open access monographs
A 12:15–13:30 Lunch
A 13:30–15:00 Session 2: Preservation
A Poster session and demos
A 19:30 Conference dinner at the Old Library
A The programme may change. Speakers should upload slides by 10 September.
R Download the programme as PDF
R Register now
R Follow us on Twitter
R Organised by the Digital Library Research Group
R © 2024 ECDL. All rights reserved.
R Privacy policy
""",
    # ===== a German journal article's landing page =====
    "de_zeitschrift_artikel_full": """\
R Zum Hauptinhalt springen
R Anmelden
R Warenkorb
R Zeitschriften
R Bücher
R Fachgebiete
R Der Nervenarzt
R Originalien
R Open Access
R Veröffentlicht: 05. März 2024
T Schlafqualität und depressive Symptome bei Pflegekräften im Schichtdienst: eine Querschnittsstudie
T Julia Brenner, Markus Albrecht & Sabine Köhler
T Der Nervenarzt 95, 212–220 (2024)
R 1832 Zugriffe
R Metriken
A Zusammenfassung
A Hintergrund
A Pflegekräfte im Schichtdienst schlafen häufig schlecht.
A Ob dies mit depressiven Symptomen zusammenhängt, ist für Deutschland kaum untersucht.
A Methoden
A Befragung von 612 Pflegekräften aus sechs Kliniken mit dem Pittsburgh Sleep Quality Index und dem PHQ-9.
A Ergebnisse
A 58 % der Befragten hatten einen PSQI über 5.
A Nachtdienste mehr als achtmal im Monat gingen mit stärkeren depressiven Symptomen einher (β = 0,21; p < 0,001).
A Schlussfolgerung
A Dienstpläne mit weniger Nachtdiensten könnten die psychische Gesundheit von Pflegekräften schützen.
T Schlüsselwörter
T Schichtarbeit · Schlaf · Depression · Pflege · Arbeitsmedizin
A Einleitung
A Etwa jede fünfte Pflegekraft in Deutschland arbeitet regelmäßig nachts [1].
R PDF herunterladen
R Artikel zitieren
R Zitat herunterladen
R Eingegangen: 14. September 2023
R Angenommen: 02. Februar 2024
R Veröffentlicht: 05. März 2024
R Diesen Artikel teilen
R Nachdrucke und Genehmigungen
R Zugang über Ihre Institution
R Artikel kaufen
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2024 Springer Medizin Verlag GmbH, ein Teil von Springer Nature
""",
    # ===== a German thesis record =====
    "de_dissertation_extract": """\
T Die Rezeption der Stoa in der Frühen Neuzeit am Beispiel von Justus Lipsius
T Weber, Clara
T Dissertation, Universität Heidelberg, 2023
T Betreuer: Prof. Dr. Thomas Ranke
A Kurzfassung
A Die Arbeit untersucht, wie Justus Lipsius die stoische Ethik für das Zeitalter der Glaubenskriege umdeutete.
A Im Mittelpunkt stehen drei Schriften:
A De Constantia (1584)
A Politica (1589)
A Manuductio ad Stoicam Philosophiam (1604)
A Gezeigt wird, dass Lipsius die Stoa weniger als Philosophie denn als Anleitung zum Überleben in Krisenzeiten las.
A Damit prägte er den politischen Neostoizismus bis ins 18. Jahrhundert.
T Schlagwörter: Neostoizismus, Lipsius, Frühe Neuzeit, Ideengeschichte
R Dokumententyp: Dissertation
R Volltext herunterladen (PDF, 3 MB)
R Zitierlink: https://doi.org/10.11588/heidok.00034512
R Statistik
""",
    # ===== a German institute's press release about a paper =====
    "de_institut_pressemitteilung_full": """\
R Direkt zum Inhalt
R Suche
R Menü
R Forschung
R Karriere
R Presse
R Über uns
R Startseite › Presse › Pressemitteilungen
T Ameisen impfen ihre Nestgenossinnen
R 07.02.2024
A Forschende des Instituts haben beobachtet, dass Waldameisen kranke Artgenossinnen gezielt mit Ameisensäure behandeln.
A Die Tiere lecken infizierte Wunden und tragen anschließend Säure aus ihrer Giftdrüse auf.
A So sinkt die Sterblichkeit nach einer Pilzinfektion von 90 auf 22 Prozent.
A Wie die Studie ablief
A Das Team um Dr. Lena Kraus filmte 1.400 Stunden lang Ameisen in 36 Laborkolonien.
A „Wir waren überrascht, wie genau die Ameisen zwischen infizierten und gesunden Wunden unterscheiden“, sagt Kraus.
A Originalpublikation
A Kraus, L. et al.: Wound treatment with antimicrobial secretions in ants. Nature Communications 15, 1120 (2024).
T DOI: 10.1038/s41467-024-45312-8
R Kontakt
R Dr. Lena Kraus
R Telefon: +49 6221 54 1234
R E-Mail: kraus@example.de
R Weitere Pressemitteilungen
R Zecken überwintern häufiger in Städten
R Seite teilen
R Newsletter abonnieren
R Impressum
R Datenschutz
R Barrierefreiheit
""",
    # ===== a French journal article (OpenEdition-like) =====
    "fr_article_revue_full": """\
R Aller au contenu
R Accueil
R Numéros
R 58
R Dossier
R Rechercher dans OpenEdition Search
R Vous allez être redirigé vers OpenEdition Search
T Les cartes paroissiales en France au XVIIIe siècle : usages et circulations
T Claire Dumont
A Résumé
A Cet article étudie plus de 300 cartes de paroisses dressées en France entre 1720 et 1790.
A Il montre que ces cartes servaient moins à l'administration royale qu'aux conflits de dîmes entre curés et seigneurs.
T Index
T Mots-clés : cartographie, paroisse, dîme, XVIIIe siècle
A Plan
A Un corpus dispersé
A Des cartes pour plaider
A Conclusion
A Texte intégral
A Un corpus dispersé
A Les cartes paroissiales ne forment pas un fonds : elles sont dispersées dans les archives départementales, diocésaines et privées1.
A Figure 1. Carte de la paroisse de Saint-Jean-de-Braye, 1754 (AD Loiret, 2 J 15).
A Des cartes pour plaider
A La plupart ont été commandées lors de procès.
A Notes
A 1 Nous avons dépouillé les inventaires de 42 départements.
T Bibliographie
T Dainville, François de, Le langage des géographes, Paris, Picard, 1964.
R Pour citer cet article
R Référence électronique
R Claire Dumont, « Les cartes paroissiales en France au XVIIIe siècle : usages et circulations », Revue d'histoire moderne, 58 | 2023, mis en ligne le 15 décembre 2023, consulté le 3 mars 2024.
R Auteur
T Claire Dumont
T Maîtresse de conférences en histoire moderne, Université de Tours
R Droits d'auteur
R CC-BY-NC-ND-4.0
R Partager
R Flux RSS
R Lettres d'information
""",
    # ===== a French thesis record (HAL-like) =====
    "fr_these_hal_extract": """\
R Déposer
R Consulter
T Modélisation des crues éclair dans les bassins méditerranéens
T Antoine Roussel
R Soutenue le 12 décembre 2022
T Thèse de doctorat en Sciences de la Terre, Université de Montpellier
T Sous la direction de Marie Lefèvre
A Résumé
A Les crues éclair font en moyenne une dizaine de morts par an dans le sud de la France.
A Cette thèse propose un modèle hydrologique distribué qui tient compte de l'état des sols avant l'orage.
A Trois bassins servent de cas d'étude :
A le Gardon,
A la Cèze,
A l'Ardèche.
A Le modèle réduit de 30 % l'erreur sur le débit de pointe par rapport aux modèles utilisés en prévision.
T Mots-clés : crue éclair, hydrologie, modélisation, Cévennes
R Fichier principal
R Télécharger le fichier
R Citer
R Exporter BibTeX
R Connectez-vous pour contacter le contributeur
""",
    # ===== a French lab's news story about a paper =====
    "fr_actualite_laboratoire_extract": """\
R Accueil > Actualités
T Des abeilles qui comptent jusqu'à quatre
R Publié le 4 mars 2024
A Les abeilles domestiques sont capables de distinguer des quantités allant jusqu'à quatre, montre une étude menée au laboratoire.
A Les chercheuses ont entraîné 60 abeilles à choisir, parmi deux cartes, celle qui portait le plus de points.
A Résultats
A Jusqu'à quatre points : 80 % de bons choix.
A Au-delà : réponses au hasard.
A « C'est la même limite que chez beaucoup de vertébrés », souligne la biologiste Amélie Garnier.
A Référence
A Garnier A., Morel J. (2024). Numerosity discrimination in honeybees. Proceedings of the Royal Society B, 291: 20232210.
R Partager sur Facebook
R Partager sur X
R Imprimer
R Voir aussi
R Le sommeil des pieuvres dévoilé
""",
    # ===== a Spanish journal article (SciELO-like) =====
    "es_articulo_revista_full": """\
R Servicios Personalizados
R Revista
R Artículo
R Indicadores
R Citado por SciELO
R Accesos
R Links relacionados
R Compartir
R Permalink
T Revista Española de Salud Pública
T versión On-line ISSN 2173-9110
T Consumo de alcohol en adolescentes de Andalucía: cambios entre 2014 y 2022
T Lucía Fernández-Ortega 1, Javier Molina 2
T 1 Universidad de Granada. Granada. España.
T 2 Escuela Andaluza de Salud Pública. Granada. España.
A RESUMEN
A Fundamento
A El consumo intensivo de alcohol en adolescentes se asocia a daños a corto y largo plazo.
A Métodos
A Estudio transversal repetido con 8.412 escolares de 14 a 18 años.
A Resultados
A El consumo en atracón descendió del 32,1% al 24,6%.
A El descenso fue menor en chicas.
A Conclusiones
A Las políticas deben prestar más atención a las adolescentes.
T Palabras clave: Alcohol; Adolescentes; Consumo intensivo; Encuestas
A INTRODUCCIÓN
A El alcohol es la sustancia más consumida por los adolescentes españoles (1).
A Tabla 1. Características de la muestra por año de encuesta.
R Recibido: 12 de julio de 2023
R Aceptado: 9 de enero de 2024
R Publicado: 20 de febrero de 2024
R Este es un artículo publicado en acceso abierto bajo una licencia Creative Commons
R Descargar PDF
R Cómo citar este artículo
R Enviar este artículo por correo
R Artículos relacionados
""",
    # ===== a Spanish research blog post with notes =====
    "es_blog_investigacion_extract": """\
T ¿Cuántas lenguas se hablaban en la Hispania romana?
R Por Andrés Vidal | 3 de febrero de 2024 | 8 comentarios
A Cuando Roma llegó a la península ibérica, encontró un mosaico de lenguas.
A Las inscripciones permiten identificar al menos cinco¹:
A ibérico,
A celtibérico,
A lusitano,
A tartesio,
A vascónico.
A Ninguna de ellas, salvo el vascónico, sobrevivió al latín.
A Notas
A ¹ Sin contar el griego y el fenicio de las colonias costeras.
A Referencias
T de Hoz, J. (2010). Historia lingüística de la Península Ibérica en la Antigüedad. Madrid: CSIC.
R Compartir en Facebook
R Compartir en Twitter
R Entradas relacionadas
R Suscríbete al blog por correo electrónico
""",
    # ===== a Spanish conference programme =====
    "es_programa_congreso_full": """\
R Inicio
R Comités
R Inscripción
R Programa
R Sede
T XIV Congreso de la Sociedad Española de Historia Agraria
T Programa
T Miércoles, 5 de junio
A 9:00 Acreditación y entrega de documentación
A 9:30 Inauguración
A 10:00 Sesión plenaria: La tierra y el agua en la España del siglo XX
A Ponente: Dra. Carmen Ruiz (Universidad de Zaragoza)
A 11:30 Pausa café
A 12:00 Mesa 1. Regadíos y colonización interior
A Coordinan: Pedro Sanz y Elena Gil
A 14:00 Comida
A 16:00 Mesa 2. Mujeres y trabajo agrario
A 18:00 Asamblea de socios
A El programa puede sufrir modificaciones.
R Descargar programa (PDF)
R Inscríbete
R Síguenos en redes sociales
R © 2024 SEHA. Todos los derechos reservados.
R Aviso legal
""",
    # ===== an Italian journal article =====
    "it_articolo_rivista_extract": """\
T Efficacia della riabilitazione domiciliare dopo frattura di femore: studio randomizzato
T Marco Rinaldi, Chiara Esposito, Luca Ferri
T Dipartimento di Scienze Mediche, Università di Torino
A Riassunto
A Premessa
A La frattura di femore nell'anziano comporta spesso una perdita di autonomia.
A Metodi
A 240 pazienti sono stati randomizzati a riabilitazione domiciliare o ambulatoriale.
A Risultati
A A 6 mesi il punteggio di Barthel era più alto nel gruppo domiciliare (78 vs 69; p = 0,01).
A Conclusioni
A La riabilitazione a domicilio è sicura e migliora l'autonomia.
T Parole chiave: frattura di femore; riabilitazione; anziani
A Figura 2. Andamento del punteggio di Barthel nei due gruppi.
R Scarica il PDF
R Cita questo articolo
R Ricevuto il 3 maggio 2023; accettato il 12 novembre 2023
""",
    # ===== an Italian lab's project page =====
    "it_progetto_laboratorio_full": """\
R Home
R Chi siamo
R Progetti
R Pubblicazioni
R Contatti
R EN
T SOILGUARD
T Monitoraggio della salute del suolo nei vigneti con sensori a basso costo
A Il progetto sviluppa una rete di sensori economici per misurare umidità, temperatura e attività microbica nei suoli dei vigneti.
A Obiettivi
A progettare un sensore sotto i 50 euro;
A installare 120 sensori in 8 aziende del Monferrato;
A rendere i dati aperti agli agricoltori.
A Risultati attesi
A Una mappa della salute del suolo aggiornata ogni giorno.
A Partner
A Università di Torino
A Consorzio Barbera d'Asti
A Durata: 2023–2026
T Finanziato dall'Unione europea – NextGenerationEU
R Condividi
R Ultime notizie
R Seminario: suoli e clima, 14 marzo
R © 2024 Laboratorio di Agronomia Digitale
R Privacy
R Cookie policy
""",
    # ===== a Portuguese journal article (SciELO-like) =====
    "pt_artigo_scielo_full": """\
R Serviços Personalizados
R Revista
R Artigo
R Indicadores
R Links relacionados
R Compartilhar
T Revista de Saúde Pública
T Adesão ao tratamento da hipertensão na atenção primária: estudo de coorte
T Ana Paula Souza I; Ricardo Lima II
T I Universidade Federal de Minas Gerais. Belo Horizonte, MG, Brasil
A RESUMO
A OBJETIVO
A Avaliar a adesão ao tratamento anti-hipertensivo em unidades básicas de saúde.
A MÉTODOS
A Coorte de 1.530 adultos acompanhados por 24 meses.
A RESULTADOS
A A adesão caiu de 68% para 51%.
A CONCLUSÃO
A Visitas domiciliares mantêm a adesão.
T Descritores: Hipertensão; Adesão à Medicação; Atenção Primária à Saúde
A INTRODUÇÃO
A A hipertensão atinge cerca de um quarto dos adultos brasileiros1.
R Recebido: 10/05/2023
R Aprovado: 22/11/2023
R Este é um artigo publicado em acesso aberto sob uma licença Creative Commons
R Baixar PDF
R Como citar este artigo
R Enviar por e-mail
""",
    # ===== a Portuguese thesis record =====
    "pt_dissertacao_repositorio_extract": """\
R Repositório Aberto
R Pesquisar
T O português falado em Timor-Leste: contacto de línguas e variação
T Silva, Joana Marques
T Orientador: Prof. Doutor João Veloso
T Dissertação de Mestrado, Universidade do Porto, 2022
A Resumo
A Esta dissertação descreve o português falado por estudantes universitários em Díli.
A A análise de 40 entrevistas mostra três traços recorrentes:
A a ausência de artigo definido;
A o uso de "ter" existencial;
A a concordância variável.
A Discute-se o papel do tétum nestes traços.
T Palavras-chave: português de Timor-Leste; contacto linguístico; variação
R Ficheiros deste registo
R Ver/Abrir
R Mostrar registo completo
R Exportar referência
""",
    # ===== a Dutch journal article =====
    "nl_tijdschrift_artikel_full": """\
R Inloggen
R Abonneren
R Zoeken
R Nederlands Tijdschrift voor Geneeskunde
R Onderzoek
T Antibioticagebruik bij kinderen met acute middenoorontsteking in de huisartsenpraktijk
T Eva de Vries, Pieter Jansen en Anouk Bakker
A Samenvatting
A Doel
A Nagaan hoe vaak huisartsen antibiotica voorschrijven aan kinderen met otitis media acuta.
A Opzet
A Retrospectief cohortonderzoek.
A Methode
A Gegevens van 42 praktijken uit 2018–2022.
A Resultaten
A Bij 31% van 9.870 episodes werd een antibioticum voorgeschreven.
A Conclusie
A Het voorschrijven daalde, maar blijft boven de richtlijn.
T Trefwoorden: otitis media; antibiotica; kinderen; huisartsgeneeskunde
R Ingediend op 4 september 2023 en geaccepteerd op 11 januari 2024
R Download PDF
R Citeer dit artikel
R Deel dit artikel
R Gerelateerde artikelen
R Schrijf je in voor de nieuwsbrief
""",
    # ===== a Dutch university news story about a paper =====
    "nl_universiteit_nieuws_extract": """\
T Kinderen die buiten spelen hebben minder vaak een bril nodig
R 12 februari 2024
A Kinderen die dagelijks twee uur buiten spelen, worden minder vaak bijziend, blijkt uit onderzoek van het universitair medisch centrum.
A De onderzoekers volgden 4.200 Rotterdamse kinderen vanaf hun zesde tot hun dertiende.
A Belangrijkste bevindingen
A Meer buitenspelen: 30% minder bijziendheid.
A Veel schermtijd: 20% meer.
A „Daglicht lijkt de groei van het oog af te remmen”, zegt oogarts Sanne Visser.
A Het onderzoek verscheen in JAMA Ophthalmology.
R Deel dit bericht
R Meer nieuws
""",
    # ===== a book chapter's preview (en) =====
    "en_book_chapter_preview_full": """\
R Skip to main content
R Log in
R Cart
R Book cover
T Handbook of Urban Ecology
T Chapter
T Green Roofs as Habitat for Ground-Nesting Bees
T Nina Albrecht & David Owusu
R Part of the book series: Urban Ecology Series ((URBE,volume 4))
R 1824 Accesses
A Abstract
A Green roofs are often promoted as refuges for pollinators, but few studies have asked which bees can actually nest on them.
A We surveyed 48 green roofs in Berlin and London over three summers and found 37 species of ground-nesting bees.
A Substrate depth above 12 cm was the strongest predictor of nesting.
T Keywords
T Green roofs
T Pollinators
T Urban biodiversity
R This is a preview of subscription content, log in via an institution to check access.
R Access this chapter
R Log in via an institution
R Chapter EUR 29.95
R Price includes VAT (Germany)
R Available as PDF
R Read on any device
R Instant download
R Own it forever
R Buy Chapter
R eBook EUR 160.49
R Tax calculation will be finalised at checkout
R Purchases are for personal use only
R Institutional subscriptions
R © 2024 The Author(s), under exclusive license to Springer Nature Switzerland AG
R About this chapter
R First Online: 03 January 2024
R Publisher Name: Springer, Cham
R Print ISBN: 978-3-031-44021-0
R Online ISBN: 978-3-031-44022-7
R eBook Packages: Biomedical and Life Sciences
R Publish with us
R Policies and ethics
""",
    # ===== an encyclopedia's scholarly entry (en) =====
    "en_encyclopedia_entry_extract": """\
T Epistemic Injustice
R First published Mon Jan 8, 2018; substantive revision Tue Feb 13, 2024
A Epistemic injustice is a wrong done to someone specifically in their capacity as a knower.
A The term was introduced by Miranda Fricker, who distinguished two kinds.
A 1. Testimonial Injustice
A 2. Hermeneutical Injustice
A 3. Criticisms
A 1. Testimonial Injustice
A Testimonial injustice occurs when prejudice causes a hearer to give a speaker less credibility than they deserve.
A 2. Hermeneutical Injustice
A Hermeneutical injustice occurs when a gap in shared concepts leaves someone unable to make sense of their own experience.
A 3. Criticisms
A Some critics argue that the two kinds overlap more than Fricker allows.
T Bibliography
T Fricker, M., 2007, Epistemic Injustice: Power and the Ethics of Knowing, Oxford: Oxford University Press.
R Academic Tools
R How to cite this entry.
R Preview the PDF version of this entry at the Friends of the SEP Society.
R Look up topics and thinkers related to this entry at the Internet Philosophy Ontology Project (InPhO).
R Other Internet Resources
R Related Entries
R Copyright © 2024 by the author
""",
    # ===== an article's full text with numbered headings and captions (en) =====
    "en_article_figures_extract": """\
T Adjuvant chemotherapy in elderly patients with stage III colon cancer: a population-based study
A 2. Methods
A 2.1 Study population
A We identified all patients aged 70 or over who had surgery for stage III colon cancer in the Netherlands between 2008 and 2018 (n = 6,418).
A 2.2 Outcomes
A The primary outcome was overall survival at five years.
A 3. Results
A Of 6,418 patients, 2,911 (45.4%) received adjuvant chemotherapy.
A Figure 1. Flow chart of patient selection
A Five-year survival was 62% with chemotherapy and 47% without (Figure 2).
A Figure 2. Survival by treatment arm
A Table 2. Hazard ratios for death by age group
A 70–74 years: HR 0.64
A 75–79 years: HR 0.71
A 80 years or over: HR 0.89
A 4. Discussion
A The benefit of chemotherapy shrank with age and was not significant after 80.
A Published trials included few patients over 75, so our results fill a gap.
A Recommendations
A Offer chemotherapy to fit patients up to 79.
A Discuss it case by case above 80.
T Funding
T This work was supported by the Dutch Cancer Society (grant 11234).
T Conflict of interest
T The authors declare no competing interests.
R Download PDF
R Export citation
R Related articles
R Recommended articles
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a SciELO article whose abstract's sentences anchor the page's edges (pt) =====
    "pt_r2_scielo_full": """\
R Serviços Personalizados
R Revista
R Artigo
R Indicadores
R Links relacionados
R Compartilhar
T Cadernos de Saúde Pública
T Insegurança alimentar e obesidade infantil em capitais brasileiras: estudo transversal
T Mariana Costa I; Pedro Henrique Alves II
A RESUMO
A OBJETIVO
A Analisar a associação entre insegurança alimentar domiciliar e obesidade em crianças de 5 a 9 anos residentes em capitais brasileiras.
A MÉTODOS
A Estudo transversal com dados de 4.812 crianças avaliadas entre 2019 e 2021 por equipes da atenção primária em 12 capitais.
A RESULTADOS
A A obesidade foi mais frequente entre as crianças de domicílios com insegurança alimentar moderada ou grave do que nas demais.
A CONCLUSÕES
A As políticas de combate à fome precisam considerar também a qualidade da alimentação oferecida às crianças nas escolas e em casa.
T Descritores: Insegurança Alimentar; Obesidade Infantil; Estudos Transversais
A INTRODUÇÃO
A A obesidade infantil mais do que dobrou no Brasil nas últimas duas décadas, segundo os inquéritos nacionais de saúde e nutrição.
R Recebido: 14/03/2023
R Aprovado: 02/10/2023
R Este é um artigo publicado em acesso aberto sob uma licença Creative Commons
R Baixar PDF
R Como citar este artigo
""",
    # ===== a lab's news story under a menu with the abstract's words, no abstract (en) =====
    "en_r2_lab_menu_story_full": """\
R Skip to main content
R Home
R People
R Background
R Methods
R Results
R Publications
T Our drone survey counts 40% more seals than the old boat count
A Drones counted more seals.
A Our team flew drones over the six largest grey seal colonies on the Norfolk coast in January and compared the counts with the boat survey.
A The drone images found 40% more pups, mostly hidden behind dunes that the boat crew could not see.
A Results
A The difference was largest at Horsey, where the dunes are highest.
A The full paper is in the Journal of Applied Ecology.
R Share
R Facebook
R Twitter
R © 2024 Coastal Ecology Lab
""",
    # ===== a German project page with its partners and duration, a footer's partners under the residue =====
    "de_r2_projektseite_full": """\
R Startseite
R Forschung
R Projekte
R Team
R Kontakt
T BODENLEBEN
A Das Projekt untersucht, wie sich Zwischenfrüchte auf das Bodenleben in Ackerflächen in Niedersachsen auswirken.
A Auf 24 Betrieben werden über drei Jahre Regenwürmer, Pilze und Bakterien im Boden gezählt und mit den Erträgen verglichen.
A Projektpartner
A Universität Göttingen
A Landwirtschaftskammer Niedersachsen
A Laufzeit: 2022–2025
R Teilen
R Drucken
R Partner
R Thünen-Institut
R Julius Kühn-Institut
R Impressum
R Datenschutz
""",
    # ===== a paper's end matter over the journal's tools (en) =====
    "en_r2_paper_end_extract": """\
T Hedgerows along motorways as habitat for wild bees
A Abstract
A Background
A Verges are cut often and planted rarely.
A Methods
A We counted bees on 42 verges in three counties.
A Results
A Verges by hedgerows held twice as many species.
A Conclusions
A Hedgerows along roads help wild bees.
A Introduction
A Road verges cover about 2% of Britain's land, and most of them are mown several times a year.
A We asked whether the hedgerows planted along new motorways since the 1990s make the verges better habitat for wild bees.
T Conflict of interest
T The authors declare no competing interests.
R Received: 02 October 2023
R Accepted: 27 February 2024
T DOI: https://doi.org/10.1111/1365-2664.14999
R Export citation
R Download PDF
R Related articles
""",
    # ===== the new rules' words in a Spanish story's sentences =====
    "es_r2_palabras_extract": """\
R Recibido: 12 de julio de 2023
R Aceptado: 9 de enero de 2024
T La revista que publica todo en abierto desde 1998
A Recibido el 12 de julio de 2023 con honores, el investigador volvió a Granada para dirigir la revista del instituto.
A Desde entonces la publicación no cobra a sus lectores ni a sus autores.
A Este es un artículo publicado en acceso abierto bajo una licencia Creative Commons, explicó la editora, y cualquiera puede reutilizarlo.
A Enviar este artículo por correo a sus alumnos fue la primera idea de la profesora que lo leyó en clase.
A La revista recibe cada año más de 600 manuscritos de toda América Latina.
R Enviar este artículo por correo
R Este es un artículo publicado en acceso abierto bajo una licencia Creative Commons
""",
    # ===== a Dutch abstract of short sentences under a menu =====
    "nl_r2_samenvatting_full": """\
R Inloggen
R Zoeken
R Tijdschrift
R Nieuws
R Onderzoek
T Fietsen naar school en overgewicht bij tieners
T Lotte Smit en Daan Meijer
A Samenvatting
A Achtergrond
A Veel tieners bewegen te weinig.
A Methode
A We volgden 1.840 scholieren drie jaar lang.
A Resultaten
A Fietsers hadden minder vaak overgewicht.
A Conclusie
A Fietsen naar school helpt.
A Inleiding
A Nederlandse tieners fietsen veel, maar het aandeel dat met de auto naar school wordt gebracht groeit al tien jaar.
R Ingediend op 4 september 2023 en geaccepteerd op 11 januari 2024
R Download PDF
R Deel dit artikel
R Gerelateerde artikelen
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the institute's press contact under "Kontakt" (name, phone, mail): a release's contact is the release's, as
    # test_sci31 leaves it (edge-furniture's ``about_box``, off by default, takes it)
    "de_institut_pressemitteilung_full": 3,
    # a programme of rows and no sentence of twelve words: edge-furniture finds no paragraph to measure the page's
    # edges by and leaves the text alone, its menu and footer with it
    "en_conference_programme_full": 7,
    # the encyclopedia's own tools under the entry ("Academic Tools", "Preview the PDF version of this entry at the
    # Friends of the SEP Society.", "Look up topics … (InPhO).", "Other Internet Resources"): one outlet's strings
    "en_encyclopedia_entry_extract": 4,
    # the citation under "Cite this article" (authors, title, journal, DOI): a citation reads as the reference list's,
    # which the older probes keep (test_sci31 dropped a rule taking a citation closed by its DOI)
    "en_journal_landing_full": 1,
    # the preprint server's browse row "new | recent | 2402": one outlet's
    "en_preprint_abstract_full": 1,
    # the citation under "Pour citer cet article" / "Référence électronique", as en's above
    "fr_article_revue_full": 1,
    # SciELO's side menu ("Serviços Personalizados", "Revista", "Artigo", "Indicadores", "Links relacionados"): the
    # abstract's sentences run to eleven words, and once the open-access licence line (the page's only sentence of
    # twelve words) goes, no paragraph anchors the page's edges and edge-furniture leaves them (on main the licence
    # line anchored them and stayed); round 2's pt_r2_scielo page, its abstract in longer sentences, loses its menu
    "pt_artigo_scielo_full": 5,
    # the repository's name over the record ("Repositório Aberto"): a heading's shape
    "pt_dissertacao_repositorio_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an article per language, the residue line put before or after them
TEXT = {
    "en": [
        "Researchers at the university have found that hedgerows planted along motorways support more bees than expected.",
        "The team counted pollinators along 42 verges in three counties over two summers and compared them with farmland.",
        "Verges next to hedgerows held twice as many wild bee species as open grassland, the study reports.",
    ],
    "es": [
        "Un equipo de la Universidad de Granada ha medido el consumo de alcohol de más de ocho mil escolares andaluces.",
        "El estudio compara las encuestas de 2014 y 2022 y muestra un descenso claro del consumo intensivo entre los chicos.",
        "Entre las chicas el descenso fue mucho menor, por lo que los autores piden campañas dirigidas a ellas.",
    ],
    "it": [
        "Uno studio dell'Università di Torino ha seguito per sei mesi 240 anziani operati per una frattura di femore.",
        "I pazienti seguiti a domicilio hanno recuperato più autonomia di quelli che andavano in ambulatorio due volte a settimana.",
        "Secondo gli autori, la riabilitazione a casa è sicura e potrebbe ridurre i costi per il servizio sanitario.",
    ],
    "nl": [
        "Huisartsen schrijven kinderen met een middenoorontsteking minder vaak antibiotica voor dan tien jaar geleden.",
        "Dat blijkt uit onderzoek naar de gegevens van 42 huisartsenpraktijken tussen 2018 en 2022.",
        "Toch krijgt nog bijna een op de drie kinderen een antibioticum, meer dan de richtlijn aanbeveelt.",
    ],
    "pt": [
        "Um estudo da Universidade Federal de Minas Gerais acompanhou 1.530 adultos com hipertensão durante dois anos.",
        "A adesão ao tratamento caiu de forma contínua, sobretudo entre os pacientes que não recebiam visitas domiciliares.",
        "Os autores defendem que as equipas de saúde da família visitem estes doentes pelo menos uma vez por trimestre.",
    ],
    "fr": [
        "Une historienne de l'université de Tours a retrouvé plus de trois cents cartes de paroisses du XVIIIe siècle.",
        "Ces cartes, dispersées dans les archives, servaient surtout à trancher des conflits entre curés et seigneurs.",
        "Son article montre comment les plaideurs faisaient dessiner le territoire pour défendre leurs droits à la dîme.",
    ],
}

_CH, _SB, _DL, _SY = "site-chrome", "social-buttons", "dateline", "copyright"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "First published Mon Jan 8, 2018; substantive revision Tue Feb 13, 2024", _DL),
    ("en", "How to cite this entry.", _CH),
    ("en", "This is a preview of subscription content, log in via an institution to check access.", _CH),
    ("en", "Log in via an institution", _CH),
    ("en", "Chapter EUR 29.95", _CH),
    ("en", "Tax calculation will be finalised at checkout", _CH),
    ("en", "Purchases are for personal use only", _CH),
    ("en", "Show full item record", _CH),
    ("en", "This item appears in the following Collection(s)", _CH),
    ("en", "Export citation", _CH),
    ("es", "Recibido: 12 de julio de 2023", _DL),
    ("es", "Aceptado: 9 de enero de 2024", _DL),
    ("es", "Enviar este artículo por correo", _SB),
    ("es", "Este es un artículo publicado en acceso abierto bajo una licencia Creative Commons", _SY),
    ("it", "Ricevuto il 3 maggio 2023; accettato il 12 novembre 2023", _DL),
    ("it", "Cita questo articolo", _CH),
    ("nl", "Ingediend op 4 september 2023 en geaccepteerd op 11 januari 2024", _DL),
    ("pt", "Recebido: 10/05/2023", _DL),
    ("pt", "Aprovado: 22/11/2023", _DL),
    ("pt", "Este é um artigo publicado em acesso aberto sob uma licença Creative Commons", _SY),
    ("pt", "Mostrar registo completo", _CH),
    ("pt", "Ficheiros deste registo", _CH),
    ("fr", "Référence électronique", _CH),
    ("fr", "Connectez-vous pour contacter le contributeur", _CH),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "First published on 8 January 2018, the entry has since been revised four times by its author."),
    ("en", "How to cite this entry properly was the subject of a long debate among the editors in 2015."),
    ("en", "This is a preview of subscription content, the publisher said, and the full book will cost readers far more."),
    ("en", "Log in via an institution's network and the archive opens at once, the librarians explained to the students."),
    ("en", "A single chapter costs EUR 29.95 on the publisher's site, more than many students spend on food in a week."),
    ("en", "Tax calculation will be finalised at checkout, the shop's page says, which angered customers in Ireland."),
    ("en", "Purchases are for personal use only, the museum shop reminds visitors who ask about reselling its prints."),
    ("en", "Researchers can ask the archive to show the full item record, including the donor's letters and the receipts."),
    ("en", "This item appears in the following collections of the museum: textiles, maps and children's toys."),
    ("en", "Export citation counts rose sharply after the journal changed its policy, the editors said."),
    ("es", "Recibido el 12 de julio de 2023 con honores, el investigador volvió a Granada para dirigir el laboratorio."),
    ("es", "Enviar este artículo por correo a sus alumnos fue la primera idea de la profesora, según explica."),
    ("es", "Este es un artículo publicado en acceso abierto bajo una licencia Creative Commons, explicó la editora, y cualquiera puede reutilizarlo."),
    ("it", "Ricevuto il 3 maggio 2023 il premio, il gruppo di ricerca ha subito ripreso gli esperimenti sul campo."),
    ("it", "Cita questo articolo di Calvino chi vuole spiegare la leggerezza ai suoi studenti, dice la docente."),
    ("nl", "Ingediend op 4 september 2023, werd het wetsvoorstel pas in maart door de Tweede Kamer behandeld."),
    ("pt", "Recebido em 10 de maio de 2023 pela reitoria, o pedido só foi aprovado depois das férias."),
    ("pt", "Este é um artigo publicado em acesso aberto sob uma licença Creative Commons, lembra a editora, e pode ser reutilizado."),
    ("pt", "Os ficheiros deste registo foram digitalizados pela biblioteca em 2019, disse a arquivista à reportagem."),
    ("pt", "Mostrar o registo completo das reuniões foi a exigência da oposição, que acusa a câmara de esconder documentos."),
    ("fr", "La référence électronique du manuscrit a changé deux fois depuis sa numérisation en 2011."),
    ("fr", "Connectez-vous pour contacter le contributeur, conseille la notice, mais peu de chercheurs le font vraiment."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def _kept(page: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    result = cleaner.explain_text("\n".join(page))
    return lost([line for line in page if line], result), removed(result)


_MENU = ["Skip to main content", "Home", "People", "Projects", "Publications", "Contact"]
_ABSTRACT = [
    "Abstract",
    "Background",
    "Verges are cut often and planted rarely.",
    "Methods",
    "We counted bees on 42 verges in three counties.",
    "Results",
    "Verges by hedgerows held twice as many species.",
    "Conclusions",
    "Hedgerows along roads help wild bees.",
    "Introduction",
    "Road verges cover about 2% of Britain's land.",
]
_TOOLS = ["Download PDF", "Cite this article", "Metrics", "Share this article", "Privacy policy"]


def test_a_structured_abstracts_labels_stay_over_short_sentences() -> None:
    # edge-furniture (edge_sections.abstract_parts): the labels of an abstract whose sentences are too short to anchor
    # the article's edge stay, the journal's menu over them and its tools under the text still go
    page = [*_MENU, *_ABSTRACT, *TEXT["en"], *_TOOLS]
    lost_lines, gone = _kept(page)
    assert lost_lines == [*_MENU, *_TOOLS], gone


@pytest.mark.parametrize("parts", [1, 2])
def test_a_menus_label_word_over_a_story_with_no_abstract_still_goes(parts: int) -> None:
    # (a lab site's menu closing on "Results" right over a story's short first sentence; the story holds one or two
    # labels over a sentence, fewer than a structured abstract's three: the menu's word goes with the menu)
    menu = ["Skip to main content", "Home", "People", "Publications", "Results"]
    inner = [["Methods", "We counted bees on 42 verges."], ["Background", "Verges are cut often."]][:parts]
    story = ["Bees did better than expected this summer.", *TEXT["en"][:2], *(line for pair in inner for line in pair), TEXT["en"][2]]
    lost_lines, gone = _kept([*menu, *story])
    assert lost_lines == menu, gone


_PROJECT = ["Partners", "University of Leeds", "Met Office", "Duration: 2022–2025"]


def test_a_projects_partners_and_duration_under_its_text_stay() -> None:
    # edge-furniture (edge_facts.headed_list_over_fact_row): the headed list of names under the text's sentence and over
    # the box's row with a figure, the page's residue under it
    page = [*TEXT["en"], *_PROJECT, "Share", "Facebook", "Twitter", "© 2024 Bee Lab. All rights reserved."]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[-4:], gone


def test_a_footers_headed_names_under_the_residue_still_go() -> None:
    # (the same box under the page's share row: a footer's, and its contact's phone row is no fact)
    footer = ["Partners", "University of Leeds", "Met Office", "Duration: 2022–2025"]
    page = [*TEXT["en"], "Share", "Facebook", "Twitter", *footer, "Privacy policy"]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[3:], gone
    # (a contact box's heading and names over its phone row: they go, the phone's row stays as on main, a contact's)
    contact = ["Contact", "Press Office", "Bee Lab", "Tel: 0113 496 0000", "Privacy policy", "Cookie policy"]
    lost_lines, gone = _kept([*TEXT["en"], *contact])
    assert lost_lines == [line for line in contact if not line.startswith("Tel")], gone


@pytest.mark.parametrize(
    "tail",
    [
        ["DOI: https://doi.org/10.1186/s12873-024-00941-2", "Received: 02 October 2023", "Accepted: 27 February 2024"],
        ["Received: 02 October 2023", "Accepted: 27 February 2024", "DOI: 10.1186/s12873-024-00941-2"],
    ],
)
def test_a_papers_history_beside_its_doi_goes(tail: list[str]) -> None:
    # metadata.in_fact_box (_DOI_ROW): a DOI row is no fact of a box, the history lines beside it are the page's
    lost_lines, gone = _kept([*TEXT["en"], *tail, "Share this article"])
    history = [line for line in tail if not line.startswith("DOI")]
    assert [line for line in lost_lines if not line.startswith("DOI")] == [*history, "Share this article"], gone


def test_a_fact_boxs_date_beside_a_doi_and_a_journal_stays() -> None:
    # (a story's box naming its study's journal: the journal's row is a fact, and the box's date stays)
    box = ["Journal: Nature Communications", "Published: 12 March 2024", "DOI: 10.1038/s41467-024-45312-8"]
    lost_lines, gone = _kept([*TEXT["en"], *box])
    assert lost_lines in ([], [box[-1]]), gone


_DOI = "https://doi.org/10.48550/arXiv.2402.04117"


def test_a_dois_address_after_the_text_stays_and_before_it_goes() -> None:
    # edge-link (widgets._doi_address): after the text the paper's reference to itself, kept on the first cleaning as
    # on the second; before the text the page's header's; any other bare link after the text still goes
    assert _kept([*TEXT["en"], _DOI])[0] == []
    assert ("edge-link", _DOI) in _kept([_DOI, *TEXT["en"]])[1]
    share = "https://example.com/share/8812"
    assert ("edge-link", share) in _kept([*TEXT["en"], share])[1]


_BOX = ["Conflict of interest", "The authors declare no competing interests."]


@pytest.mark.parametrize(
    "tools",
    [
        ["Download PDF", "Share this article", "Related articles"],
        ["Received: 02 October 2023", "DOI: https://doi.org/10.1111/1365-2664.14999", "Download PDF", "Related articles"],
    ],
)
def test_a_disclosure_box_over_the_pages_tools_goes_on_the_first_cleaning(tools: list[str]) -> None:
    # consent-line (signup._later_residue): the page's tools under the box, which later passes take (a paper's history
    # line and its DOI row among them), close the page
    page = [*TEXT["en"], *_BOX, *tools]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[3:], gone
    assert ("consent-line", _BOX[1]) in gone


def test_a_disclosure_box_the_article_goes_on_under_stays() -> None:
    # (the article's sentence under the box: it closes no page)
    page = [*TEXT["en"][:2], *_BOX, TEXT["en"][2], "Download PDF", "Share this article"]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[-2:], gone


if __name__ == "__main__":
    report(CASES)
