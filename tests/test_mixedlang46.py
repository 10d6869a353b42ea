# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""mixedlang46: a probe of pages mixing languages, scraped as text (half as an extractor leaves them, half as all the
visible text of the page), articles in en, de, fr, es, it, pt, nl and ca: an article in one language under site chrome
in another (English chrome over a Spanish, an Italian, a Portuguese and a Dutch article; French chrome over a Flemish
page; Spanish chrome over Catalan and English ones), Swiss pages with their DE | FR | IT switchers, bilingual articles
(a Canadian statement in English then French, a Welsh council's notice with each paragraph in Welsh beside the
English), articles quoting whole sentences in another language, translated articles with the translator's credit or a
machine translation's notice, "Read in English" / "Lire en français" / "Llegir en castellà" links, rows of languages.

- the article (``A``): the other language's quoted sentences on their own lines ("We want to win the league. That's the
  only goal."), the second half of a bilingual article, the Welsh paragraphs, an article's own list of languages
  ("Die Erläuterungen liegen in den folgenden Sprachen vor:" over "Deutsch", "Französisch"), sentences opening on a
  switch link's words ("Read in English, the Maltese delegate's speech made almost no sense, …", "Llegir en castellà un
  informe sobre el català és …"), a sentence naming a machine translation ("Unter einem Bescheid stand: Dieser Text
  wurde maschinell übersetzt …"), a banner's words inside a Dutch sentence or quoted;
- the residue (``R``): switch links and rows ("Read in English", "Leer en castellano", "NL", "FR | NL | EN", "Available
  languages" over the names), a machine translation's notices ("This article was machine-translated from Dutch. Read the
  original article.", "Traducido por IA. Puede contener errores.", "Translation: DeepL"), the translator's credit
  ("Translated from the German by …": decided ``R``, a credit like a byline), the chrome in the other language
  (a French cookie banner on a Flemish page, an English one on a Dutch page, a Spanish stamp on a Catalan one);
- ``T``: headlines (both of a bilingual headline), a bilingual article's marker ("Version française ci-dessous",
  "Deutsche Version"), a release's "Quick facts" / "Contacts" / "Background" headings.

- round 1, blind (written before reading the passes): 23 pages (12 extracts, 11 full pages), 175 ``A``, 304 ``R``,
  31 ``T``, all eight languages. On 9189a0a: lost 0, left 35. Left: the switch links ("Read in English" on an Italian
  page, "Read in Dutch", ca "Llegir en castellà", "Cette page est aussi disponible en allemand et en italien."), the
  machine-translation notices (en four lines, de two, es three), the chrome in the page's second language (the French
  cookie banner of a Flemish page, and with it "Lire aussi" and its teaser; an English banner "Leiden University uses
  cookies to improve the website." on a Dutch page; the Spanish stamp "Actualizado el … a las 13:20" and a teaser on a
  Catalan page), a bilingual page's "Partager cette page", stamps ("Date modified: 2024-03-21", "Letzte Änderung
  02.05.2024"), "Report a problem or mistake on this page", and a government release's furniture (below). No loss;
  the pages are told their language with and without ``language=`` forced alike.

- round 2, after the changes, aimed at them: 6 pages, 42 ``A``, 40 ``R``, 7 ``T``: an English story on machine
  interpretation (sentences opening on "Read in English", naming "The English version", "This article was
  machine-translated into Irish …", a list of languages), a Dutch story on cookie banners (the French banner's words
  inside a Dutch sentence, and quoted), a Catalan story on language policy under Spanish chrome (a Spanish quote on
  its line, "La versió en castellà …", "Llegir en castellà un informe …" as a sentence), a German story on machine
  translation, an Italian Swiss page bilingual by sections with its links, a Portuguese translated post. On 9189a0a:
  lost 0, left 11 (the Catalan page, told Spanish by its Spanish quote and chrome, leaves its Spanish stamp with
  ``language="ca"``).

After: round 1 lost 0, left 13; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). No retag. The changes:

- ``widgets.chrome`` (families, ``any``: the link is in the page's language or in the one it leads to), site-chrome:
  a link to the page in another language or to the original, the whole line, in en, fr, es, ca, it, pt, de, nl (a
  reading verb and a language: "Read in English", "Lire en français", "Leer en castellano", "Llegir en castellà",
  "Leggi in tedesco", "Ler em inglês", "Auf Englisch lesen", "Lees in het Engels"; "English version", "Versió en
  castellà", "Zum Originalartikel", "Ver artículo original"), and the page's own notice that it is in other languages
  ("Questa pagina è disponibile anche in tedesco e in francese."). A language's name alone is no link (an article's
  list of languages stays), and a sentence opening on the link's words runs on.
- ``credits.syndication`` in en, de, fr, es, it, pt, nl, ca (copyright): a machine or AI translation's notice alone on
  its line, with its link to the original ("This article was machine-translated from Dutch. Read the original
  article.", "Dieser Artikel wurde maschinell aus dem Englischen übersetzt.", "Traducido por IA. Puede contener
  errores."), en the tool's credit ("Translation: DeepL") and the call for corrections ("Did you find an error in the
  translation? Let us know.").
- ``cleaner/passes/edge_mixedlang.py`` (compiled, ``setup.py``): ``foreign_cookie_notices`` (cookie-dialog's hook,
  after its own scan): a line naming cookies that another language's consent notice matches from its start goes,
  unless it quotes or that language's reporting clause closes it, where the line's function words vote for that
  language (a Dutch sentence naming the French banner's words inside it stays, and so does the Spanish negative
  "Usamos galletas tipo cookies …" that a Portuguese notice reads); ``foreign_share_buttons`` (edge-furniture's hook, first): a bilingual page's share button in its
  second language right beside a removed share button ("Share this page" / "Partager cette page"; without it the
  page, told French once cleaned, lost the line only on a second cleaning).
- ``context._SCRIPT_TWIN``: a Catalan page reads the es tables too (the Spanish chrome of the publishers that print
  Catalan editions: "Leer en castellano", "Actualizado el 07/05/2024 a las 13:20", "Lo más leído"); the check of
  ``test_lang_vocab18`` that each page gets its languages' tables says so.
- en ``cookies.notice``: a banner naming the site's owner for "we", the whole line ("Leiden University uses cookies to
  improve the website."); en ``metadata.dateline`` "Date modified: 2024-03-21"; de ``metadata.dateline`` "Letzte
  Änderung 02.05.2024"; en ``widgets.feedback`` "Report a problem or mistake on this page".
  Each table entry has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

Against 9189a0a (eqdiff): no article line newly lost, no residue newly kept; one residue line newly removed
(test_minor39's Galician page: "Compartir" beside its share row, by ``foreign_share_buttons``); no dev page changed.
Quality (bench_text, both variants) as on the base: recall 0.967/0.975/0.971, naive 0.864/0.988/0.922.

``python tests/test_mixedlang46.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a Spanish story on an international site whose chrome is English
    "es_vivienda_en_chrome_full": """\
R Skip to main content
R Menu
R World
R Business
R Markets
R Sign in
R Subscribe
R Español
R English
T El Congreso aprueba la ley que limita el precio del alquiler en zonas tensionadas
R By Marta Ruiz
R March 12, 2024 6:41 PM GMT+1
R Updated 2 hours ago
A El Congreso de los Diputados aprobó este jueves la reforma de la ley de vivienda con 176 votos a favor, 170 en contra y tres abstenciones.
A La norma permite a las comunidades autónomas declarar zonas de mercado tensionado, donde los alquileres no podrán subir más del 3 % anual.
A Los principales cambios de la ley:
A tope del 3 % a la actualización de los contratos en 2024;
A prohibición de repercutir los gastos de gestión al inquilino;
A incentivos fiscales para los propietarios que bajen el precio.
A "Es un paso histórico para los inquilinos", dijo la ministra de Vivienda en la tribuna.
A Las asociaciones de propietarios anunciaron que recurrirán la ley ante el Tribunal Constitucional.
A Cataluña fue la primera comunidad en aplicar la declaración de zona tensionada, en 140 municipios.
R Our Standards: The Thomson Reuters Trust Principles.
R Read Next
R Spain's economy grows faster than expected in fourth quarter
R Share
R Facebook
R X
R LinkedIn
R Email
R Link
R Cookies Settings
R Privacy Statement
R Terms of Use
R All quotes delayed a minimum of 15 minutes.
R © 2024 Reuters. All rights reserved
""",
    # ===== a Catalan story as an extractor leaves it, with a link to the Spanish version and the share row
    "ca_pressupostos_extract": """\
T El Govern aprova els pressupostos amb una partida rècord per a habitatge
R Llegir en castellà
R Redacció
R Barcelona, 14/03/2024 - 12:05
R Actualitzat a les 14:30
A El Govern ha aprovat aquest dimarts el projecte de pressupostos per al 2024, que inclou 1.040 milions d'euros per a polítiques d'habitatge.
A La consellera d'Economia ha defensat que són "els pressupostos més socials de la història".
A Les principals partides són:
A Salut: 12.400 milions
A Educació: 8.200 milions
A Drets socials: 3.700 milions
A El text ha d'arribar al Parlament la setmana vinent, on el Govern necessita el suport d'almenys dos grups.
A Els comuns han condicionat el seu vot a la inclusió de mesures contra la sequera.
R Comparteix
R Facebook
R Twitter
R WhatsApp
R Telegram
R Notícies relacionades
R La Generalitat preveu un creixement del 2,1 % per a l'any vinent
""",
    # ===== a Flemish story on a Brussels site with French chrome and an NL | FR | EN switcher
    "nl_brussel_fr_chrome_full": """\
R NL
R FR
R EN
R Accueil
R Actualités
R Culture
R Mobilité
R Rechercher
R Se connecter
T Brussel voert vanaf 1 juni een nieuwe parkeerzone in rond het Zuidstation
A Het Brussels Hoofdstedelijk Gewest voert vanaf 1 juni een nieuwe parkeerzone in rond het Zuidstation in Sint-Gillis en Anderlecht.
A Bewoners met een parkeerkaart kunnen er gratis blijven staan, bezoekers betalen 3 euro per uur.
A De nieuwe tarieven op een rij:
A eerste uur: 3 euro
A tweede uur: 4,5 euro
A dagkaart: 20 euro
A "We willen de pendelaars naar de trein en de tram brengen", zegt de schepen van Mobiliteit.
A De handelaars in de buurt vrezen voor minder klanten en vragen een kwartier gratis parkeren.
A Er komen ook 400 nieuwe fietsenstallingen rond het station.
R Lire aussi
R Le piétonnier du centre-ville s'agrandit
R Nous utilisons des cookies pour améliorer votre expérience sur notre site.
R Accepter
R Refuser
R Paramètres des cookies
R Mentions légales
R Politique de confidentialité
R Contact
R © 2024 Ville de Bruxelles
""",
    # ===== a Swiss federal page in German with the DE | FR | IT | RM switcher, and the article's own list of languages
    "de_abstimmung_ch_full": """\
R DE
R FR
R IT
R RM
R EN
R Startseite
R Dokumentation
R Medienmitteilungen
R Suche
T Volksabstimmung vom 9. Juni 2024: Abstimmungsunterlagen werden verschickt
R Bern, 02.05.2024 - Der Bundesrat
A Die Abstimmungsunterlagen für die Volksabstimmung vom 9. Juni 2024 werden in diesen Tagen an die Stimmberechtigten verschickt.
A Die Erläuterungen des Bundesrates liegen in den folgenden Sprachen vor:
A Deutsch
A Französisch
A Italienisch
A Rätoromanisch
A Zusätzlich gibt es eine Fassung in Leichter Sprache sowie ein Video in Gebärdensprache.
A Zur Abstimmung kommen vier Vorlagen:
A Prämien-Entlastungs-Initiative
A Kostenbremse-Initiative
A «Für Freiheit und körperliche Unversehrtheit»
A Bundesgesetz über eine sichere Stromversorgung mit erneuerbaren Energien
A Stimmberechtigte, die ihre Unterlagen bis am 20. Mai nicht erhalten haben, wenden sich an ihre Gemeinde.
R Adresse für Rückfragen
R Bundeskanzlei, Sektion Kommunikation
R Herausgeber
R Die Bundeskanzlei
R Letzte Änderung 02.05.2024
R Zum Seitenanfang
R Rechtliches
R Kontakt
""",
    # ===== the same kind of Swiss page in French, the switcher spelled out
    "fr_ch_meteo_extract": """\
R Deutsch
R Français
R Italiano
R English
T Canicule : MétéoSuisse émet une alerte de degré 3 pour le Tessin et le Valais
R Publié le 10 juillet 2024
A MétéoSuisse a émis une alerte canicule de degré 3 pour le Tessin, le Valais central et le bassin lémanique, valable jusqu'à dimanche soir.
A Les températures maximales devraient atteindre 34 à 36 degrés dans les plaines.
A Les recommandations de l'Office fédéral de la santé publique :
A Buvez régulièrement, même sans avoir soif.
A Évitez les efforts physiques aux heures les plus chaudes.
A Gardez les volets fermés pendant la journée.
A « La nuit, les températures ne descendront pas sous 20 degrés à Lugano », précise le prévisionniste de service.
A Au Tessin, les communes ont ouvert des salles climatisées pour les personnes âgées.
R Partager
R Imprimer
R Cette page est aussi disponible en allemand et en italien.
""",
    # ===== an Italian Swiss story as an extractor leaves it, with its "Leggi in tedesco" link
    "it_ticino_extract": """\
T Gottardo, riapre la galleria ferroviaria dopo quattordici mesi di lavori
R Leggi in tedesco
R Leggi in francese
R Di Redazione
R 02.09.2024 - 07:15
A La galleria di base del San Gottardo è stata riaperta completamente al traffico ferroviario lunedì mattina, dopo il deragliamento di un treno merci nell'agosto del 2023.
A Da oggi circolano di nuovo fino a sei treni passeggeri all'ora tra Zurigo e Lugano.
A Il tempo di percorrenza si riduce di circa un'ora rispetto alla linea di montagna.
A "È una bella giornata per il Ticino", ha detto il consigliere di Stato responsabile dei trasporti.
A I lavori di riparazione sono costati circa 150 milioni di franchi, secondo le FFS.
A Le FFS hanno pubblicato il nuovo orario su tre lingue: italiano, tedesco e francese.
R Condividi
R Stampa
R Potrebbe interessarti anche
R Lugano, il LAC festeggia dieci anni con un concerto gratuito
""",
    # ===== a Canadian federal news release, full page, English with the French link and a French statement quoted
    "en_canada_release_full": """\
R Skip to main content
R Skip to "About government"
R Français
R Canada.ca
R Search Canada.ca
R Menu
R Canada.ca
R Environment and natural resources
T Government of Canada announces new funding to protect the St. Lawrence River
R From: Environment and Climate Change Canada
R News release
R March 21, 2024 - Québec, Quebec
A Today, the Government of Canada announced $45 million over five years to support 37 projects that will protect and restore the St. Lawrence River and its tributaries.
A The projects will be carried out by Indigenous organizations, municipalities and non-profit groups in Quebec and Ontario.
A Funded projects include:
A restoring wetlands near Lac Saint-Pierre;
A monitoring water quality in the Saguenay fjord;
A removing invasive species from the Thousand Islands.
A "Le Saint-Laurent est au cœur de l'identité québécoise et de notre économie. Nous devons le protéger pour les générations futures."
A – The Honourable Steven Guilbeault, Minister of Environment and Climate Change
T Quick facts
A The St. Lawrence River drains more than 25% of the world's freshwater reserves.
A More than 45 million people live in the St. Lawrence and Great Lakes basin.
T Contacts
R Media Relations
R Environment and Climate Change Canada
R 819-938-3338 or 1-844-836-7799 (toll-free)
R media@ec.gc.ca
R Search for related information by keyword: Nature | Environment and Climate Change Canada | Quebec | Government of Canada | Environment and natural resources | general public | news releases
R Date modified: 2024-03-21
R Report a problem or mistake on this page
""",
    # ===== a French story from Radio-Canada as an extractor leaves it, the "Read in English" link, an English quote
    "fr_radiocanada_extract": """\
T Les Inuit du Nunavik obtiennent leur propre commission scolaire autonome
R Read in English
R Publié le 15 janvier 2024
R Mis à jour hier à 8 h 12
A Le gouvernement du Québec et la Société Makivik ont signé mardi une entente qui donne plus d'autonomie à la commission scolaire Kativik Ilisarniliriniq.
A L'entente prévoit un financement de 240 millions de dollars sur cinq ans.
A Le président de Makivik a salué un moment « historique » et a ajouté, en anglais :
A "This agreement is about our children learning in Inuktitut, in their own land."
A Les cours seront donnés en inuktitut jusqu'en troisième année, puis en français ou en anglais.
A Une version en inuktitut de l'entente sera publiée d'ici le printemps.
R À lire aussi :
R Pénurie d'enseignants au Nunavik : des classes sans professeur depuis septembre
R Partager la page
R Facebook
R X
R Courriel
""",
    # ===== a bilingual Canadian statement: the English text, then the French one under a marker
    "en_bilingual_statement_extract": """\
T Statement from the Mayor on the closure of the Alexandra Bridge
T Déclaration du maire sur la fermeture du pont Alexandra
A The Alexandra Bridge will close to all traffic on Monday for a major reconstruction that is expected to last until 2028.
A Cyclists and pedestrians will be able to use the Portage Bridge, where a temporary bike lane will be added.
A I thank residents of both Ottawa and Gatineau for their patience.
T Version française ci-dessous
T French version follows
A Le pont Alexandra sera fermé à toute circulation dès lundi pour des travaux de reconstruction majeurs qui devraient durer jusqu'en 2028.
A Les cyclistes et les piétons pourront emprunter le pont du Portage, où une voie cyclable temporaire sera ajoutée.
A Je remercie les résidents d'Ottawa et de Gatineau pour leur patience.
R Share this page
R Partager cette page
""",
    # ===== a Welsh council's notice: English page with the Cymraeg switch and a Welsh paragraph beside each English one
    "en_welsh_council_full": """\
R Cymraeg
R Skip to main content
R Home
R Bins and recycling
R Council tax
R Schools
R Report it
R Search
T Changes to bin collections over the Christmas period
T Newidiadau i gasgliadau biniau dros y Nadolig
A Bin collections will change over Christmas and New Year. Please put your bins out by 7am on your new collection day.
A Bydd casgliadau biniau yn newid dros y Nadolig a'r Flwyddyn Newydd. Rhowch eich biniau allan erbyn 7am ar eich diwrnod casglu newydd.
A Your usual day / Your new day:
A Wednesday 25 December: Saturday 28 December
A Thursday 26 December: Monday 30 December
A Wednesday 1 January: Friday 3 January
A Real Christmas trees can be left next to your green bin until 17 January.
A Gellir gadael coed Nadolig go iawn wrth ymyl eich bin gwyrdd tan 17 Ionawr.
R Was this page helpful?
R Yes
R No
R Follow us
R Facebook
R X
R Instagram
R Accessibility statement
R Cookies
R Privacy notice
R © 2024 County Council
""",
    # ===== an English essay translated from German, extract, the translator's credit and a German quotation
    "en_translated_essay_extract": """\
T The last ferryman on the Elbe
R By Judith Hermann
R Translated from the German by Margot Bettauer Dembo
A For forty-one years Heinrich Kühl has carried passengers across the Elbe at Pevestorf, a crossing so quiet that on some winter days nobody comes at all.
A He knows the river's moods better than anyone in the village.
A When I asked him why he never left, he pointed at the water and said: "Der Fluss geht ja auch nicht weg."
A The river doesn't go away either.
A In March the ferry was sold to the district, which plans to replace it with an electric boat that needs no ferryman.
A Kühl will work until the end of the season. After that, he says, he will sit on the bank and watch.
R This essay appears in the spring issue of the magazine.
R Subscribe to read more essays like this.
R More essays
R The lighthouse keeper's daughter
""",
    # ===== a Dutch story machine-translated into English, with the notice and the link to the original
    "en_machine_translated_extract": """\
T Dutch cabinet agrees to cut number of international students
R This article was machine-translated from Dutch. Read the original article.
R Read in Dutch
R 14 February 2024, 10:32
A The outgoing cabinet wants to limit the number of English-taught bachelor's programmes at Dutch universities.
A Education minister Robbert Dijkgraaf sent the bill to the House of Representatives on Tuesday.
A Under the plan, at least two thirds of a bachelor's programme must be taught in Dutch.
A Universities may apply for an exemption for programmes where English is essential, such as international law.
A The universities' association said in a reaction: "We understand the concern, but this is the wrong instrument."
A The bill is expected to be debated in the spring.
R Translation: DeepL
R Did you find an error in the translation? Let us know.
R Share this article
""",
    # ===== a German story machine-translated from English, the notice at the head and the tail
    "de_maschinell_extract": """\
T Studie: Weniger Insekten an Straßenlaternen mit rotem Licht
R Dieser Artikel wurde maschinell aus dem Englischen übersetzt.
R Zum Originalartikel
R Von Anna Weber
R 12.04.2024, 09:15 Uhr
A Rotes Licht lockt deutlich weniger Insekten an als weißes, zeigt eine Studie von Forschenden aus Leipzig und Berlin.
A Über zwei Sommer wurden an 24 Straßenlaternen Fallen aufgestellt und die gefangenen Tiere gezählt.
A An Laternen mit rotem Licht fanden die Forschenden rund 60 Prozent weniger Insekten.
A Die wichtigsten Ergebnisse:
A Motten reagierten am stärksten auf weißes Licht.
A Bei Käfern war kaum ein Unterschied messbar.
A Mehrere Gemeinden in Brandenburg testen die roten Laternen bereits.
R Hinweis: Dieser Text wurde mithilfe künstlicher Intelligenz übersetzt und redaktionell geprüft.
R Teilen
R Mehr zum Thema
""",
    # ===== a Portuguese story quoting whole English sentences on their own lines
    "pt_entrevista_quotes_extract": """\
T Treinador inglês do Benfica: "Não vim para Lisboa de férias"
R Por Rui Santos
R 05 Mar 2024 - 21:40
A O novo treinador do Benfica foi apresentado esta terça-feira no Estádio da Luz e respondeu às perguntas em inglês.
A Sobre os objetivos para a época, foi direto:
A "We want to win the league. That's the only goal."
A Sobre a adaptação à cidade, disse que a família já se mudou para Lisboa.
A "My kids already speak better Portuguese than me."
A O técnico assinou contrato até 2027 e traz com ele três adjuntos.
A A estreia está marcada para sábado, frente ao Vitória de Guimarães.
R Partilhar
R Facebook
R Twitter
R Comentários
R Leia também
R Benfica confirma saída de Roger Schmidt
""",
    # ===== a Dutch story on a university site whose chrome is English, full page
    "nl_universiteit_en_chrome_full": """\
R Skip to main content
R Nederlands
R English
R Search
R Menu
R Education
R Research
R News
R About us
T Onderzoekers vinden oudste brood van Nederland in Zeeland
R 12 March 2024
A Archeologen van de Universiteit Leiden hebben in Zeeland resten gevonden van brood dat ongeveer 4.500 jaar oud is.
A Het verkoolde brood lag in een afvalkuil van een nederzetting uit de late steentijd.
A Wat de onderzoekers vonden:
A twee stukken verkoold brood;
A resten van gerst en emmertarwe;
A een maalsteen.
A "Dit laat zien dat brood hier al heel vroeg op het menu stond", zegt onderzoeksleider Marieke de Vries.
A De vondst is vanaf juni te zien in het Zeeuws Museum in Middelburg.
R Share this page
R Facebook
R LinkedIn
R More news
R Leiden University uses cookies to improve the website.
R Accept cookies
R Cookie settings
R Contact
R Disclaimer
R Privacy statement
""",
    # ===== an Italian newsletter post on an English-language platform, full page
    "it_newsletter_platform_full": """\
R Subscribe
R Sign in
R Share this post
T Perché i treni regionali sono sempre in ritardo
T Tre motivi che nessuno vi racconta
R Giulia Neri
R Mar 04, 2024
R 12
R 3
R Share
A Ogni mattina più di due milioni di pendolari italiani prendono un treno regionale, e uno su cinque arriva in ritardo.
A I motivi sono meno misteriosi di quanto sembri.
A Primo: la rete è condivisa con i treni ad alta velocità, che hanno la precedenza.
A Secondo: metà del materiale rotabile ha più di vent'anni.
A Terzo: i lavori sulla linea si concentrano nei mesi estivi.
A Se volete approfondire, nel prossimo numero parlerò dei rimborsi: condividete questa newsletter con chi prende il treno ogni giorno.
R Thanks for reading! Subscribe for free to receive new posts and support my work.
R Type your email...
R Subscribe
R 12 Likes
R Discussion about this post
R Write a comment...
R Marco B.
R Mar 4
R Grazie, finalmente qualcuno lo spiega bene.
R Reply
R Share
R Ready for more?
R © 2024 Giulia Neri
R Privacy ∙ Terms ∙ Collection notice
R Start Writing
R Get the app
""",
    # ===== a Portuguese post on a blogging platform with English chrome, extract
    "pt_blog_platform_extract": """\
T O que aprendi ao deixar o Twitter durante um ano
R Ana Ribeiro
R Follow
R 5 min read
R Jan 8, 2024
R Listen
R Share
A No dia 1 de janeiro de 2023 apaguei a aplicação do Twitter do telemóvel e não voltei a abri-la até ao fim do ano.
A Não foi fácil nas primeiras semanas.
A Três coisas mudaram:
A Durmo melhor.
A Leio mais livros.
A Deixei de saber as notícias antes de toda a gente, e não faz falta.
A A lição principal é simples: partilhar menos também é uma escolha.
R 124
R 3
R Written by Ana Ribeiro
R 230 Followers
R More from Ana Ribeiro
R Recommended from Medium
""",
    # ===== an English edition story on a Spanish site whose chrome stayed Spanish
    "en_spanish_chrome_full": """\
R Suscríbete
R Iniciar sesión
R España
R Internacional
R Economía
R English
R Català
T Spain's tourism sector breaks record with 85 million visitors
R JAVIER MARTÍN
R Madrid - 03 feb 2024 - 10:15 CET
A Spain received a record 85.1 million foreign tourists in 2023, the National Statistics Institute said on Friday, surpassing the previous high set in 2019.
A Tourists spent €108.7 billion, an increase of 25% compared to the previous year.
A The top source markets were:
A United Kingdom: 17.3 million
A France: 11.8 million
A Germany: 10.8 million
A Residents of Barcelona and Palma have protested against the effects of mass tourism on housing prices.
A The government aims to spread visitors more evenly across the year.
R Más información
R Archivado En
R Turismo
R Economía
R Se adhiere a los criterios de The Trust Project
R Síguenos en
R © EDICIONES EL PAÍS S.L.
R Contacto
R Aviso legal
R Política cookies
""",
    # ===== a Catalan story on a site with Spanish chrome and a "Leer en castellano" link
    "ca_sequera_es_chrome_full": """\
R Portada
R Última hora
R Opinión
R Deportes
R Suscríbete
R Leer en castellano
T Catalunya surt de l'emergència per sequera després de tres anys
R Actualizado el 07/05/2024 a las 13:20
A El Govern ha aixecat aquest dimarts l'estat d'emergència per sequera a l'àrea de Barcelona i Girona, després de les pluges de les últimes setmanes.
A Els embassaments de les conques internes estan al 26 % de la seva capacitat.
A Les restriccions que es mantenen són:
A prohibició de regar jardins amb aigua potable;
A limitació del consum a 200 litres per persona i dia.
A "No podem abaixar la guàrdia", ha advertit el conseller d'Acció Climàtica.
A Els municipis podran tornar a omplir les piscines municipals aquest estiu.
R Comentarios
R Normas de participación
R Lo más leído
R Los embalses catalanes suben al 26 %
R Aviso legal
R Política de cookies
R © Prensa Ibérica Media
""",
    # ===== a Brussels municipality page in French with the FR | NL | EN switcher as one row, full
    "fr_commune_bruxelles_full": """\
R FR | NL | EN
R Accueil
R Vivre à Ixelles
R Démarches
R Agenda
R Contact
T Inscriptions scolaires : les dates à retenir pour la rentrée 2024
A Les inscriptions en première année de l'enseignement fondamental commencent le 15 janvier dans les écoles communales d'Ixelles.
A Les parents peuvent inscrire leur enfant dans une école francophone ou néerlandophone.
A Pour les écoles néerlandophones, l'inscription se fait en ligne via le site de la Communauté flamande.
A Documents à apporter :
A la carte d'identité de l'enfant ;
A une preuve de domicile ;
A le carnet de vaccination.
A Les formulaires existent en français, en néerlandais et en anglais.
A Lire attentivement le règlement avant de remplir le formulaire.
R Cette page vous a-t-elle été utile ?
R Oui
R Non
R Nous utilisons des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.
R J'accepte
R En savoir plus
R Plan du site
R Accessibilité
R © Commune d'Ixelles
""",
    # ===== an EU press release with its row of languages, full
    "en_eu_press_full": """\
R An official website of the European Union
R How do you know?
R English
R EN
R Search
R Press corner
T Commission welcomes political agreement on the Right to Repair
R Press release
R Brussels, 2 February 2024
A The Commission welcomes the provisional agreement reached today between the European Parliament and the Council on the Right to Repair directive.
A The new rules will make it easier and cheaper for consumers to repair goods rather than replace them.
A Manufacturers will have to:
A repair products such as washing machines and vacuum cleaners beyond the legal guarantee;
A inform consumers about their repair obligations;
A make spare parts available at reasonable prices.
A The agreement must now be formally adopted by both institutions.
T Background
A The proposal was presented by the Commission in March 2023 as part of the European Green Deal.
R Available languages
R Deutsch
R English
R español
R français
R italiano
R Nederlands
R português
R Print friendly pdf
R Press contacts
R Phone
R +32 2 29 56184
R General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email
""",
    # ===== a Spanish story machine-translated from English on an aggregator, the notice and the original link
    "es_traducido_extract": """\
T La NASA retrasa hasta 2026 la misión tripulada alrededor de la Luna
R Este artículo ha sido traducido automáticamente del inglés.
R Ver artículo original
R 9 enero 2024
A La NASA anunció el martes que la misión Artemis II, que llevará a cuatro astronautas alrededor de la Luna, se retrasa hasta septiembre de 2026.
A El retraso se debe a problemas con el escudo térmico de la cápsula Orion detectados en la misión anterior.
A La llegada de astronautas a la superficie lunar, prevista en Artemis III, queda para 2027.
A "La seguridad es nuestra máxima prioridad", dijo el administrador de la agencia.
A Los cuatro astronautas de la misión son tres estadounidenses y un canadiense.
R Traducido por IA. Puede contener errores.
R Compartir
R Noticias relacionadas
""",
    # ===== an Italian article with an English glossary of terms quoted inline and English UI bits, extract
    "it_startup_extract": """\
T Startup italiane, nel 2023 raccolti 1,2 miliardi di euro
R Read in English
R Di Luca Bianchi
R 18 gennaio 2024
A Le startup italiane hanno raccolto 1,2 miliardi di euro nel 2023, in calo del 14 % rispetto all'anno precedente, secondo l'Osservatorio del Politecnico di Milano.
A Il settore più finanziato è quello del fintech, seguito dalle scienze della vita.
A Alcuni termini usati nel rapporto:
A Seed: il primo round di finanziamento;
A Series A: il primo round istituzionale;
A Exit: la vendita della startup o la quotazione in borsa.
A "Il mercato italiano resta piccolo rispetto a Francia e Germania", osserva il rapporto.
A Gli investitori esteri hanno rappresentato il 40 % del capitale raccolto.
R Newsletter
R Iscriviti alla newsletter di Economia
R Tag
R startup
R venture capital
""",
    # ===== ROUND 2 (aimed at the changes) ===========================================================================
    # ===== an English story about translation: sentences naming an English version, a list of languages, the notice
    "en_translation_story_extract": """\
T EU parliament's AI interpreters stumble over Maltese and Irish
R This article was machine-translated from German. Read the original article.
R Read in German
A The European Parliament has paused a trial of automatic interpretation after delegates complained about errors in two of its 24 official languages.
A The pilot covered committee meetings held in:
A English
A French
A German
A Maltese
A Irish
A Read in English, the Maltese delegate's speech made almost no sense, one interpreter said.
A The English version of the Parliament's evaluation is due in May, a spokesperson said.
A This article was machine-translated into Irish for a test, and the result was "unreadable", according to the union of interpreters.
R Translation: DeepL
R Share this article
""",
    # ===== a Dutch story on cookie law from a Brussels site with French chrome: the banner's words inside a Dutch
    # sentence and a quoted banner stay, the site's own French banner under the text goes
    "nl_cookiewet_fr_chrome_full": """\
R NL | FR | EN
R Accueil
R Actualités
R Se connecter
T Gegevensbeschermingsautoriteit legt Belgische nieuwssites boetes op voor cookiebanners
A De Belgische Gegevensbeschermingsautoriteit heeft vijf nieuwssites een boete opgelegd omdat hun cookiebanners bezoekers misleidden.
A Wie een van de Franstalige sites opende, las bovenaan enkel nous utilisons des cookies pour améliorer votre expérience, zonder knop om te weigeren.
A Op een andere site stond: "Nous utilisons des cookies. En poursuivant votre navigation, vous acceptez leur utilisation."
A Volgens de autoriteit is weigeren even makkelijk maken als aanvaarden een wettelijke plicht.
A De boetes lopen op tot 50.000 euro per site.
R Nous utilisons des cookies pour améliorer votre expérience sur notre site.
R Accepter
R Refuser
R Mentions légales
R © 2024 Bruxelles Médias
""",
    # ===== a Catalan story on language policy, on a site with Spanish chrome: Spanish quotes on their own lines
    "ca_llengua_es_chrome_full": """\
R Portada
R Política
R Suscríbete
R Leer en castellano
T El Consell d'Europa demana més català a la justícia
R Actualizado el 12/06/2024 a las 10:05
A El comitè d'experts del Consell d'Europa ha demanat a l'Estat que garanteixi l'ús del català als jutjats de Catalunya, les Illes Balears i el País Valencià.
A L'informe recull el testimoni d'una advocada de Girona que va haver de repetir un judici en castellà:
A "El juez me dijo que no entendía el catalán y que hablara en castellano."
A La versió en castellà de l'informe es publicarà al setembre, segons el Consell.
A El Govern ha celebrat l'informe i ha reclamat que la llengua sigui un requisit per als jutges que volen treballar a Catalunya.
A Llegir en castellà un informe sobre el català és, per a molts juristes, tota una paradoxa.
R Comentarios
R Lo más leído
R Aviso legal
""",
    # ===== a German story on a translation service: its notice in a sentence stays, the page's own notice goes
    "de_uebersetzung_extract": """\
T Behörden setzen auf KI-Übersetzungen – mit Folgen
R Dieser Artikel wurde mithilfe künstlicher Intelligenz aus dem Englischen übersetzt und redaktionell geprüft.
R Von Jonas Keller
R 03.07.2024, 11:20 Uhr
A Immer mehr Landesbehörden lassen Bescheide automatisch übersetzen, etwa ins Ukrainische und ins Arabische.
A Unter einem Bescheid der Ausländerbehörde stand: Dieser Text wurde maschinell übersetzt und ist nicht rechtsverbindlich.
A Die Behörden verwenden vor allem diese Dienste:
A DeepL
A Google Translate
A eigene Sprachmodelle
A Auf Englisch lesen konnten die Betroffenen ihre Bescheide allerdings nur in zwei Bundesländern.
A Der Datenschutzbeauftragte des Landes prüft nun, ob die Übersetzungen Daten an Dritte weitergeben.
R Letzte Aktualisierung: 03.07.2024
R Zum Originalartikel
R Teilen
""",
    # ===== an Italian Swiss page, bilingual by its sections: the German section under its marker, the switch links
    "it_bilingue_ch_full": """\
R DE
R FR
R IT
R Leggi in tedesco
R Auf Deutsch lesen
T Bellinzona, chiuso il ponte sul Ticino per lavori
A Il ponte sul fiume Ticino tra Bellinzona e Giubiasco resterà chiuso al traffico dal 15 luglio al 30 agosto per lavori di risanamento.
A Le deviazioni previste sono indicate sul posto.
A Il modulo per i permessi di transito è disponibile in:
A italiano
A tedesco
A francese
T Deutsche Version
A Die Brücke über den Tessin zwischen Bellinzona und Giubiasco bleibt vom 15. Juli bis 30. August für Sanierungsarbeiten gesperrt.
A Die Umleitungen sind vor Ort signalisiert.
R Questa pagina è disponibile anche in tedesco e in francese.
R Stampa
R Condividi
""",
    # ===== a Portuguese post with a link to the English original and English chrome
    "pt_artigo_traduzido_extract": """\
T Como a Islândia reduziu a semana de trabalho sem perder produtividade
R Ler em inglês
R Este artigo foi traduzido automaticamente do inglês.
A Entre 2015 e 2019, cerca de 2.500 trabalhadores islandeses passaram a trabalhar 35 ou 36 horas por semana, sem redução de salário.
A A produtividade manteve-se ou melhorou na maioria dos locais de trabalho, segundo o relatório.
A Ler em inglês o relatório completo exige algum tempo: são mais de 80 páginas.
A Hoje, 86 % dos trabalhadores do país têm direito a horários mais curtos.
A "It was an overwhelming success", disse um dos autores do estudo.
R Traduzido por IA. Pode conter erros.
R Share
R Follow
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a federal release's dateline with its issuer after the date, over the lead ("Bern, 02.05.2024 - Der Bundesrat"):
    # a wire's "BERN, 2. Mai (Reuters) -" is glued to its lead; alone, the place and date read as a stamp the
    # vocabularies do not name with an issuer after them
    "de_abstimmung_ch_full": 1,
    # a government release's own furniture, no language mix: "From: <department>", a dateline closing on its place
    # ("March 21, 2024 - Québec, Quebec"), the media contacts under "Contacts" (a department's name, a phone line, an
    # address) and the keyword row ("Search for related information by keyword: …")
    "en_canada_release_full": 7,
    # the EU banner's "How do you know?" (a question a reader's letter may ask) and the press contact's bare phone
    "en_eu_press_full": 2,
    # a magazine's note on the issue, its "More essays" heading and one teaser under it (a heading the teaser tables do
    # not hold, over a title: an essay's own section reads alike)
    "en_translated_essay_extract": 3,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The European Parliament has paused a trial of automatic interpretation after delegates complained about errors in two of its official languages.",
        "The pilot covered committee meetings held in English, French, German, Maltese and Irish over six months.",
        "Interpreters' unions said the system struggled with accents and with the names of places and people.",
    ],
    "de": [
        "Rotes Licht lockt deutlich weniger Insekten an als weißes, zeigt eine Studie von Forschenden aus Leipzig und Berlin.",
        "Über zwei Sommer wurden an 24 Straßenlaternen Fallen aufgestellt und die gefangenen Tiere gezählt.",
        "Mehrere Gemeinden in Brandenburg testen die roten Laternen bereits, teilte der Landkreis mit.",
    ],
    "fr": [
        "MétéoSuisse a émis une alerte canicule de degré 3 pour le Tessin, le Valais central et le bassin lémanique.",
        "Les températures maximales devraient atteindre 34 à 36 degrés dans les plaines jusqu'à dimanche soir.",
        "Au Tessin, les communes ont ouvert des salles climatisées pour les personnes âgées, selon les autorités.",
    ],
    "es": [
        "La NASA anunció el martes que la misión Artemis II, que llevará a cuatro astronautas alrededor de la Luna, se retrasa hasta 2026.",
        "El retraso se debe a problemas con el escudo térmico de la cápsula Orion detectados en la misión anterior.",
        "Los cuatro astronautas de la misión son tres estadounidenses y un canadiense, según la agencia.",
    ],
    "it": [
        "La galleria di base del San Gottardo è stata riaperta completamente al traffico ferroviario lunedì mattina.",
        "Da oggi circolano di nuovo fino a sei treni passeggeri all'ora tra Zurigo e Lugano, secondo le FFS.",
        "I lavori di riparazione sono costati circa 150 milioni di franchi, ha precisato l'azienda ferroviaria.",
    ],
    "pt": [
        "Entre 2015 e 2019, cerca de 2.500 trabalhadores islandeses passaram a trabalhar 35 ou 36 horas por semana.",
        "A produtividade manteve-se ou melhorou na maioria dos locais de trabalho, segundo o relatório publicado ontem.",
        "Hoje, a maioria dos trabalhadores do país tem direito a horários mais curtos, de acordo com os sindicatos.",
    ],
    "nl": [
        "Archeologen van de Universiteit Leiden hebben in Zeeland resten gevonden van brood dat ongeveer 4.500 jaar oud is.",
        "Het verkoolde brood lag in een afvalkuil van een nederzetting uit de late steentijd, melden de onderzoekers.",
        "De vondst is vanaf juni te zien in het Zeeuws Museum in Middelburg, samen met andere voorwerpen.",
    ],
    "ca": [
        "El Govern ha aixecat aquest dimarts l'estat d'emergència per sequera a l'àrea de Barcelona i Girona.",
        "Els embassaments de les conques internes estan al 26 % de la seva capacitat, segons l'Agència Catalana de l'Aigua.",
        "Els municipis podran tornar a omplir les piscines municipals aquest estiu, ha anunciat el conseller.",
    ],
}

_CH, _CO, _DL, _FB, _CD = "site-chrome", "copyright", "dateline", "feedback-prompt", "cookie-dialog"
#: (language, residue line, the pass that takes it)
GOES = [
    # widgets.chrome (any): a link to the page in another language, or to the original, alone on its line
    ("en", "Read in English", _CH),
    ("it", "Read in English", _CH),
    ("en", "Read in Dutch", _CH),
    ("en", "English version", _CH),
    ("en", "This page is also available in French and German.", _CH),
    ("fr", "Lire en français", _CH),
    ("fr", "Cette page est aussi disponible en allemand et en italien.", _CH),
    ("nl", "Lire en français", _CH),
    ("es", "Leer en castellano", _CH),
    ("es", "Ver artículo original", _CH),
    ("ca", "Llegir en castellà", _CH),
    ("ca", "Versió en castellà", _CH),
    ("it", "Leggi in tedesco", _CH),
    ("it", "Questa pagina è disponibile anche in tedesco e in francese.", _CH),
    ("pt", "Ler em inglês", _CH),
    ("de", "Auf Englisch lesen", _CH),
    ("de", "Diesen Artikel auf Französisch lesen", _CH),
    ("nl", "Lees in het Engels", _CH),
    # credits.syndication: a machine translation's notice, tool credit and call for corrections
    ("en", "This article was machine-translated from Dutch. Read the original article.", _CO),
    ("en", "Translated by AI. It may contain errors.", _CO),
    ("en", "Translation: DeepL", _CO),
    ("en", "Did you find an error in the translation? Let us know.", _CO),
    ("de", "Dieser Artikel wurde maschinell aus dem Englischen übersetzt.", _CO),
    ("de", "Hinweis: Dieser Text wurde mithilfe künstlicher Intelligenz übersetzt und redaktionell geprüft.", _CO),
    ("fr", "Cet article a été traduit automatiquement de l'anglais.", _CO),
    ("es", "Este artículo ha sido traducido automáticamente del inglés.", _CO),
    ("es", "Traducido por IA. Puede contener errores.", _CO),
    ("it", "Questo articolo è stato tradotto automaticamente dall'inglese.", _CO),
    ("pt", "Este artigo foi traduzido automaticamente do inglês.", _CO),
    ("nl", "Dit artikel is automatisch vertaald uit het Engels.", _CO),
    ("ca", "Aquest article ha estat traduït automàticament de l'anglès.", _CO),
    # metadata.dateline, widgets.feedback: a government page's stamp and feedback link
    ("en", "Date modified: 2024-03-21", _DL),
    ("de", "Letzte Änderung 02.05.2024", _DL),
    ("de", "Letzte Aktualisierung: 03.07.2024", _DL),
    ("en", "Report a problem or mistake on this page", _FB),
    # edge_mixedlang.foreign_cookie_notices: another language's consent notice (English reads its own table)
    ("nl", "Nous utilisons des cookies pour améliorer votre expérience sur notre site.", _CD),
    ("fr", "Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.", _CD),
    ("de", "Utilizziamo i cookie per migliorare la tua esperienza sul nostro sito.", _CD),
    ("nl", "Leiden University uses cookies to improve the website.", "cookie-notice"),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Read in English, the minister's letter sounds far harsher than the French original, diplomats said."),
    ("en", "The English version of the report is due in May, a spokesperson for the commission said."),
    ("en", "This article was machine-translated into Irish for a test, and the result was unreadable, according to the union."),
    ("en", "The university uses cookies to improve the website, its privacy officer told the student paper, but only with consent."),
    ("en", "Report a problem or mistake on this page, the form said, and nobody ever answered, the pensioner complained."),
    ("de", "Auf Englisch lesen konnten die Betroffenen ihre Bescheide nur in zwei Bundesländern, kritisiert der Flüchtlingsrat."),
    ("de", "Unter dem Bescheid stand: Dieser Text wurde maschinell übersetzt und ist nicht rechtsverbindlich."),
    ("de", "Die letzte Änderung vom 02.05.2024 betrifft nur die Fristen für die Briefwahl, teilte die Bundeskanzlei mit."),
    ("fr", "Lire en français les décisions du tribunal reste impossible pour les justiciables du canton, déplore l'association."),
    ("fr", "Cet article a été traduit automatiquement en plusieurs langues, puis corrigé à la main par une équipe de bénévoles."),
    ("es", "Leer en castellano los documentos del juzgado fue imposible para los acusados, según denunció su abogada."),
    ("it", "Leggi in inglese il rapporto completo sul sito della Commissione europea, suggerisce l'associazione dei consumatori."),
    ("pt", "Ler em inglês o relatório completo exige algum tempo: são mais de 80 páginas, diz a autora."),
    ("nl", "Lees in het Engels de volledige uitspraak van het hof, raadt de advocaat zijn cliënten aan."),
    ("nl", "Wie de site opende, las bovenaan enkel nous utilisons des cookies pour améliorer votre expérience, zonder knop om te weigeren."),
    ("es", "Usamos galletas tipo cookies para la base de la tarta."),  # (a Portuguese notice's words: the page's own)
    ("nl", 'Op een andere site stond: "Nous utilisons des cookies. En poursuivant votre navigation, vous acceptez leur utilisation."'),
    ("ca", "Llegir en castellà un informe sobre el català és, per a molts juristes, tota una paradoxa."),
    ("ca", "La versió en castellà de l'informe es publicarà al setembre, segons el Consell d'Europa."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


def test_an_articles_list_of_languages_under_its_colon_stays() -> None:
    # (the switch links are whole lines of a reading verb and a language: a language's name alone, an item of the
    # article's list, is no link)
    lines = ["The guide is available in:", "English", "French", "German"]
    lost_lines, gone = kept([*TEXT["en"][:2], *lines, TEXT["en"][2]])
    assert lost_lines == [], gone


def test_a_share_button_in_the_second_language_beside_the_share_row_goes() -> None:
    # edge_mixedlang.foreign_share_buttons (edge-furniture): "Partager cette page" right under "Share this page" goes,
    # and the page cleaned twice gives the same text (the cleaned page is told French, and its own tables took it)
    page = [*TEXT["en"], "Share this page", "Partager cette page"]
    lost_lines, gone = kept(page)
    assert lost_lines == ["Share this page", "Partager cette page"], gone
    assert ("edge-furniture", "Partager cette page") in gone


def test_another_languages_share_word_away_from_a_share_row_stays() -> None:
    # (no share button removed beside it: a Dutch "Deel" heading a part of an English page is not judged by the rule)
    page = [TEXT["en"][0], "Deel", *TEXT["en"][1:]]
    gone = kept(page)[1]
    assert ("edge-furniture", "Deel") not in gone, gone


@pytest.mark.parametrize("lang", ["ca"])
def test_a_catalan_page_reads_the_spanish_tables_too(lang: str) -> None:
    # context._SCRIPT_TWIN: a Catalan page's Spanish stamp goes; the article stays whole
    stamp = "Actualizado el 07/05/2024 a las 13:20"
    lost_lines, gone = kept([stamp, *TEXT[lang]])
    assert lost_lines == [stamp], gone


if __name__ == "__main__":
    report(CASES)
