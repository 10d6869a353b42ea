# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Wiki 29: a probe of wiki and reference pages as scraped text, in en, de, fr, es, it, pt, nl, ru, ja and pl:
Wikipedia's desktop page as its whole visible text and as an extractor's (trafilatura, readability) output, its mobile
page, another MediaWiki site (a technical wiki), two Fandom wikis and an encyclopedia's article page. Tags as in
``probes``: ``A`` must survive, ``R`` residue, ``T`` either. ``python tests/test_wiki29.py`` prints the numbers.

What is the article: its prose, its lists (a filmography, a ship's appearances), its tables flattened to lines and
the infobox's "Label: value" rows inside it ("Länge: 144,58 m", "Manufacturer: Corellian Engineering Corporation"),
quotes and numbers, and its section headings. The references list is ``T`` (a reader may want it; it is no prose of
the article). Residue: the tool menus ("Jump to content", "Read", "Edit", "View history"), the tagline "From
Wikipedia, the free encyclopedia", hatnotes ("This article is about … For …, see …", "Not to be confused with …"),
maintenance banners, the section-edit link glued onto a heading ("History[edit]": the heading stays, the link goes),
"See also" / "External links" lists of other pages, navboxes (names parted by "·"), the permalink line ("Retrieved
from \"https://…&oldid=…\""), categories, "This page was last edited on …", the licence footer, coordinates, a
Fandom wiki's "Community content is available under CC-BY-SA" and its "Explore Wikis" / fan-feed teasers.

Measured with a judge that counts whole lines removed (a trim leaves the heading: a trimmed line is not counted gone;
``probes.judge`` now counts a line whose suffix alone was trimmed as kept, so the other wiki probes' ``A`` headings
"History[edit]" survive as "History").

- round 1 (17 pages, 124 ``A`` lines, 365 ``R``; written before reading the passes): lost 1, left 92. Left: the
  permalink line on every page that prints one; the hatnotes of every
  language; categories lines in es, fr, ru, ja; "last edited" in es, pl, ru, ja, nl and the English mobile
  "Last edited 3 months ago by Citation bot"; the licence footer in es, pt, ru, ja, nl; the banners ("This article
  needs additional citations …", "Find sources: …", "Este artículo tiene referencias, pero necesita más …", "この記事は
  検証可能な参考文献や出典が…"); the edit links on every heading; See-also lists; navboxes; coordinates. Lost:
  "Decline", an encyclopedia's subheading between two paragraphs, which cookie-notice takes as a banner's button.
- round 2 (5 pages, 26 ``A``, 4 ``R``; after reading the passes, aimed at the new rules): a help page whose prose
  quotes "[edit]", "Retrieved from" with a permalink address and "This page was last edited on"; a history of
  encyclopedias ("Not to be confused with the Encyclopaedia Britannica, …" opening a sentence, a list of names parted
  by "·" that is the article's); a Java reference ("int[]", "String[]", "Release notes [2023]"); a one-section stub;
  French prose with "Pour les articles homonymes, …" and "Ne doit pas être confondu avec le pont …": on main lost 0,
  left 2 (the stub's permalink and categories), with the changes lost 0, left 0.

After: round 1 lost 0, left 31; round 2 lost 0, left 0. The changes (tests below), each with what it keeps:

- ``edit-link`` (new pass, widgets, right after glued-metadata): trims the bracketed section-edit link off a
  heading ("History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]", "Histoire[modifier | modifier le code]",
  "概要[編集]", a Fandom wiki's "History[]"): the bracket holds the language's edit words alone (table
  ``widgets.edit_link``, en de fr es it pt nl ru ja pl) or nothing, after up to eight words that close on no
  sentence mark or colon, on a page with two such headings or more. Keeps a help page's one "To change a single
  section, press [edit]", a Java reference's "int[]" / "String[]", "Release notes [2023]", a stub's one heading;
- the permalink line (``widgets.chrome``): any language, a label of up to 40 characters and an address with its
  ``oldid=`` revision; per language, the label and a quoted address alone ("Retrieved from", "Abgerufen von", "Ce
  document provient de", "Obtenido de", "Estratto da", "Obtida de", "Źródło:", "Источник —", "「…」から取得"). A
  sentence that quotes "Retrieved from" and such an address runs on past them and stays;
- hatnotes (``chrome``, per language): "… redirects here. For other uses, see …", "This article is about …. For …,
  see …", "Dieser Artikel behandelt …. Zu weiteren Bedeutungen siehe …", "Pour les articles homonymes, voir …",
  "Para otros usos de este término, véase …", "Se stai cercando …, vedi …", "Nota: Para outros significados, veja
  …", "Zie … (doorverwijspagina) voor andere betekenissen …", "У этого термина существуют и другие значения, см. …",
  "「…」はこの項目へ転送されています。", "Ten artykuł dotyczy …. Zobacz też: … (ujednoznacznienie)", and "Not to be confused
  with <Title>" (each title capitalised: a sentence "Not to be confused with the …, the …" stays);
- maintenance banners (en, es, ja) and the "Find sources: … news · newspapers · books · scholar · JSTOR" row;
- categories lines parted by " | " (fr es pt nl ru ja), "last edited" footers (es pt nl ru ja pl; mobile en de fr),
  licence footers (es pt nl ru ja), the Vector skin's "(Top)" / "Toggle the table of contents" (en), "Wikimedia
  Commons contiene immagini o altri file su …" (it);
- cookie-notice: a banner's button word alone between two paragraphs ("Decline") stays where the article heads
  another section the same way (a short capitalised line between two paragraphs of prose: "Origins"). A stray
  "Decline" in an article with no subheadings, and "Accept" / "Decline" together, still go;
- glued-metadata: a stamp followed by a separator ("Last Updated: Oct 27, 2023 • Article History") is a row's part,
  not a prefix glued to text: no trim (the trim left "• Article History", and a second clean trimmed the line the
  first had kept, so cleaning twice changed the text).

Left (``RESIDUE_LEFT``): navboxes (a row of names parted by "·" under a group's name: a list of names between
paragraphs is an article's too, and no marker tells them apart once "v t e" is gone), See-also and Fandom fan-feed
lists of other pages' titles, coordinates lines (an infobox's "Coordinates" row is the article's data), the numbered
table of contents of a desktop page, Wikipedia's "Article" / "Talk" / "Read" tabs among residue the edge passes leave.
"""

from __future__ import annotations

import pytest
from probes import parse, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # Wikipedia desktop, whole visible text (en)
    "en_wp_desktop": """\
R Jump to content
R Main menu
R Search
R Create account
R Log in
R Personal tools
R Contents
R hide
R (Top)
R 1 History
R 2 Design
R 3 See also
R 4 References
R Toggle the table of contents
T Tay Bridge disaster
R 28 languages
R Article
R Talk
R Read
R Edit
R View history
R Tools
R From Wikipedia, the free encyclopedia
R Coordinates: 56°26′14″N 2°59′19″W
R This article is about the 1879 railway accident. For the current bridge, see Tay Bridge.
A The Tay Bridge disaster occurred during a violent storm on Sunday 28 December 1879, when the first Tay Rail Bridge collapsed while a train was passing over it from Wormit to Dundee, killing all aboard.
A The bridge, designed by Sir Thomas Bouch, used lattice girders supported by iron piers, with cast iron columns and wrought iron cross-bracing.
T History[edit]
A The bridge was opened in June 1878 and was at the time the longest bridge in the world, at 2.25 miles (3.62 km).
A Queen Victoria crossed it in June 1879 and knighted Bouch soon afterwards.
A The official inquiry found that the bridge had been "badly designed, badly constructed and badly maintained".
T Victims[edit]
A Of the 75 people thought to have died, only 46 bodies were recovered.
A The train's locomotive, No. 224, was salvaged from the river and returned to service.
T See also[edit]
R List of rail accidents (before 1880)
R Tay Whale
R References[edit]
T ^ Lewis, Peter R. (2004). Beautiful Railway Bridge of the Silvery Tay. Tempus. ISBN 978-0-7524-3160-4.
T ^ "Tay Bridge Disaster". Dundee City Council. Retrieved 14 March 2021.
R External links[edit]
R Media related to Tay Bridge disaster at Wikimedia Commons
R v t e
R Rail accidents in the United Kingdom
R Abermule · Armagh · Clayton Tunnel · Harrow and Wealdstone · Hixon · Ladbroke Grove · Moorgate · Quintinshill · Tay Bridge
R Retrieved from "https://en.wikipedia.org/w/index.php?title=Tay_Bridge_disaster&oldid=1187654321"
R Categories: 1879 disasters in the United Kingdom | Railway accidents in Scotland | Bridge disasters | History of Dundee
R This page was last edited on 2 December 2023, at 10:14 (UTC).
R Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.
R Privacy policy
R About Wikipedia
R Disclaimers
R Contact Wikipedia
R Code of Conduct
R Developers
R Statistics
R Cookie statement
R Mobile view
""",
    # Wikipedia as trafilatura output (en): little chrome, headings with [edit], hatnote, banner, refs
    "en_wp_trafilatura": """\
T Ada Lovelace
R From Wikipedia, the free encyclopedia
R "Lovelace" redirects here. For other uses, see Lovelace (disambiguation).
A Augusta Ada King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852) was an English mathematician and writer, chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine.
A She was the first to recognise that the machine had applications beyond pure calculation.
T Early life[edit]
A Byron was the only legitimate child of the poet Lord Byron and reformer Anne Isabella Milbanke.
A Her father left England four months after she was born and died in Greece when she was eight.
T Work[edit]
A In 1843 she published a translation of an article by Luigi Menabrea, to which she added a set of notes, labelled A to G.
A Note G describes an algorithm for the Analytical Engine to compute Bernoulli numbers.
A "The Analytical Engine weaves algebraical patterns just as the Jacquard loom weaves flowers and leaves."
T Legacy[edit]
A Ada Lovelace Day is held on the second Tuesday of October.
A The programming language Ada, created on behalf of the United States Department of Defense, was named after her.
T References[edit]
T ^ Toole, Betty Alexandra (1998). Ada, the Enchantress of Numbers. Strawberry Press. ISBN 978-0-912647-18-0.
T ^ Fuegi, J.; Francis, J. (2003). "Lovelace & Babbage and the creation of the 1843 'notes'". IEEE Annals of the History of Computing. 25 (4): 16–26.
R Retrieved from "https://en.wikipedia.org/w/index.php?title=Ada_Lovelace&oldid=1189000000"
""",
    # Wikipedia mobile (en): sections collapsed, banner, languages, footer
    "en_wp_mobile": """\
R Open main menu
R Wikipedia
R Search
T Great Molasses Flood
R Article
R Talk
R Language
R Watch
R Edit
R This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.
R Find sources: "Great Molasses Flood" – news · newspapers · books · scholar · JSTOR (January 2023) (Learn how and when to remove this message)
A The Great Molasses Flood occurred on January 15, 1919, in the North End neighborhood of Boston, Massachusetts.
A A large storage tank filled with 8,700,000 US gallons (33,000 m3) of molasses burst, and the resulting wave ran through the streets at an estimated 35 mph (56 km/h).
A Disaster
A The tank stood 50 ft (15 m) tall and 90 ft (27 m) in diameter.
A 21 people were killed and about 150 were injured.
A Aftermath
A A class-action lawsuit was brought against United States Industrial Alcohol, one of the first in Massachusetts.
A Locals claim that on hot summer days the area still smells of molasses.
T References
T Park, Edwards (November 1983). "Without Warning, Molasses in January Surged Over Boston". Smithsonian. 14 (8): 213–230.
R Last edited 3 months ago by Citation bot
R Related articles
R Boston Molasses Disaster Memorial
R Content is available under CC BY-SA 4.0 unless otherwise noted.
R Terms of Use
R Privacy policy
R Desktop
""",
    # Fandom wiki (en)
    "en_fandom": """\
R Star Wars
R Explore
R Main Page
R Discuss
R All Pages
R Community
R Interactive Maps
R Recent Blog Posts
R FANDOM
R Fan Central
R Current
R Sign In
R Register
R Don't have an account?
T Millennium Falcon
R Edit
R Sign in to edit
R History
R Talk (0)
R Share
R Master this [source]?
R This article is about the YT-1300 light freighter. You may be looking for the Millennium Falcon (Force Arena) game.
A The Millennium Falcon, originally known as YT-1300 492727ZED, was a Corellian YT-1300f light freighter used most famously by the smugglers Han Solo and Chewbacca.
A It was said to have made the Kessel Run in less than twelve parsecs.
T Production information
A Manufacturer: Corellian Engineering Corporation
A Model: YT-1300f light freighter
A Class: Light freighter
T Technical specifications
A Length: 34.75 meters
A Hyperdrive rating: Class 0.5
T History[]
A Lando Calrissian lost the ship to Han Solo in a game of sabacc on Numidian Prime.
A Solo and Chewbacca later carried Luke Skywalker, Obi-Wan Kenobi and two droids from Mos Eisley to Alderaan.
T Behind the scenes[]
A The ship's design was inspired by a hamburger, with the cockpit being an olive on the side.
T Appearances[]
A Solo: A Star Wars Story
A Star Wars: Episode IV A New Hope
A Star Wars: Episode V The Empire Strikes Back
R Categories
R Categories:
R Canon articles
R Light freighters
R YT-1300 light freighters
R Community content is available under CC-BY-SA unless otherwise noted.
R More Fandoms
R Star Wars
R Explore Wikis
R Follow Us
R Fan Feed
R More Wookieepedia
R 1 Grogu
R 2 Ahsoka Tano
R 3 Thrawn
""",
    # other MediaWiki (en): a technical wiki
    "en_mediawiki_tech": """\
R Jump to content
R Main page
R Recent changes
R Random page
T Systemd-timesyncd
R Page
R Discussion
R Read
R View source
R View history
R Related articles
R systemd
R Network Time Protocol daemon
A systemd-timesyncd is a daemon that has been added for synchronizing the system clock across the network.
A It implements an SNTP client.
T Configuration[edit]
A When starting, systemd-timesyncd will read the configuration file from /etc/systemd/timesyncd.conf, which looks like this:
A [Time]
A NTP=0.arch.pool.ntp.org 1.arch.pool.ntp.org
A FallbackNTP=0.pool.ntp.org 1.pool.ntp.org
T Usage[edit]
A To enable and start it, simply run:
A # timedatectl set-ntp true
A To check the service status, use timedatectl status.
T See also[edit]
R systemd-timesyncd(8)
R timesyncd.conf(5)
R Retrieved from "https://wiki.archlinux.org/index.php?title=Systemd-timesyncd&oldid=790001"
R Category: Date and time
R This page was last edited on 14 October 2023, at 08:22.
R Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.
R Privacy policy
R About ArchWiki
R Disclaimers
""",
    # an encyclopedia/knowledge base (en), Britannica-like
    "en_encyclopedia": """\
R Home
R History & Society
R Science & Tech
R Biographies
R Games & Quizzes
R Subscribe
R Login
T Hanseatic League
R Print
R Cite
R Share
R Feedback
R External Websites
R Written by
R The Editors of Encyclopaedia Britannica
R Fact-checked by
R The Editors of Encyclopaedia Britannica
R Last Updated: Oct 27, 2023 • Article History
R Table of Contents
A Hanseatic League, also called Hansa, organization founded by north German towns and German merchant communities abroad to protect their mutual trading interests.
A The league dominated commercial activity in northern Europe from the 13th to the 15th century.
A Origins
A The word Hanse was used of a group of merchants trading with foreign parts.
A By 1356 the towns of Lübeck, Hamburg, Cologne and Bremen had agreed on common rules for their merchants.
A Decline
A The rise of territorial states, the shift of trade routes to the Atlantic and the Thirty Years' War weakened the league, and its last diet met in 1669.
T The Editors of Encyclopaedia Britannica
R This article was most recently revised and updated by Adam Augustyn.
R Britannica Quiz
R World History Quiz
R Load Next Page
""",
    # de Wikipedia, whole visible text
    "de_wp_desktop": """\
R Zum Inhalt springen
R Hauptmenü
R Suche
R Spenden
R Benutzerkonto erstellen
R Anmelden
T Kölner Dom
R 112 Sprachen
R Artikel
R Diskussion
R Lesen
R Bearbeiten
R Quelltext bearbeiten
R Versionsgeschichte
R Werkzeuge
R aus Wikipedia, der freien Enzyklopädie
R Koordinaten: 50° 56′ 29″ N, 6° 57′ 29″ O
R Dieser Artikel behandelt die Kathedrale in Köln. Zu weiteren Bedeutungen siehe Kölner Dom (Begriffsklärung).
A Der Kölner Dom (offiziell Hohe Domkirche Sankt Petrus) ist eine römisch-katholische Kirche im gotischen Baustil in Köln.
A Er ist die Kathedrale des Erzbistums Köln und seit 1996 Weltkulturerbe der UNESCO.
T Geschichte[Bearbeiten | Quelltext bearbeiten]
A Die Grundsteinlegung erfolgte am 15. August 1248 unter Erzbischof Konrad von Hochstaden.
A Nach einem Baustopp um 1530 blieb der Dom mehr als 300 Jahre lang unvollendet.
A Erst 1880 wurde der Bau nach den mittelalterlichen Plänen vollendet.
T Maße[Bearbeiten | Quelltext bearbeiten]
A Länge: 144,58 m
A Höhe der Türme: 157,22 m
A Fläche: 7914 m²
T Siehe auch[Bearbeiten | Quelltext bearbeiten]
R Liste der größten Kirchengebäude der Welt
R Gotik in Deutschland
T Literatur[Bearbeiten | Quelltext bearbeiten]
T Arnold Wolff: Der Kölner Dom. Verlag Kölner Dom, Köln 2006, ISBN 3-7954-1739-4.
T Einzelnachweise[Bearbeiten | Quelltext bearbeiten]
T ↑ Kölner Dom. In: unesco.de. Abgerufen am 3. Mai 2022.
R Normdaten (Geografikum): GND: 4031483-2 | LCCN: n79089932 | VIAF: 246384436
R Abgerufen von „https://de.wikipedia.org/w/index.php?title=Kölner_Dom&oldid=239810411“
R Kategorien: Kölner Dom | Kirchengebäude in Köln | Gotisches Bauwerk in Köln | Welterbe in Deutschland
R Diese Seite wurde zuletzt am 12. November 2023 um 09:31 Uhr bearbeitet.
R Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar; Informationen zu den Urhebern und zum Lizenzstatus eingebundener Mediendateien (etwa Bilder oder Videos) können im Regelfall durch Anklicken dieser abgerufen werden.
R Datenschutz
R Über Wikipedia
R Impressum
R Mobile Ansicht
""",
    # de Wikipedia as readability output, with a navbox
    "de_wp_readability": """\
T Hanns Eisler
A Hanns Eisler (* 6. Juli 1898 in Leipzig; † 6. September 1962 in Ost-Berlin) war ein österreichischer Komponist.
A Er schuf die Musik der Nationalhymne der DDR und arbeitete eng mit Bertolt Brecht zusammen.
T Leben[Bearbeiten | Quelltext bearbeiten]
A Eisler studierte von 1919 bis 1923 bei Arnold Schönberg in Wien.
A 1938 emigrierte er in die Vereinigten Staaten, wo er Filmmusik für Hollywood schrieb.
A 1948 wurde er nach einer Anhörung vor dem Ausschuss für unamerikanische Umtriebe ausgewiesen.
T Werke (Auswahl)[Bearbeiten | Quelltext bearbeiten]
A Deutsche Sinfonie, op. 50 (1935–1958)
A Die Mutter, Bühnenmusik (1931)
A Hangmen Also Die!, Filmmusik (1943)
T Weblinks[Bearbeiten | Quelltext bearbeiten]
R Commons: Hanns Eisler – Sammlung von Bildern, Videos und Audiodateien
R Literatur von und über Hanns Eisler im Katalog der Deutschen Nationalbibliothek
R Internationale Hanns Eisler Gesellschaft
R Schüler von Arnold Schönberg
R Alban Berg · Hanns Eisler · Roberto Gerhard · Josef Rufer · Nikos Skalkottas · Anton Webern · Egon Wellesz
R Personendaten
R NAME	Eisler, Hanns
R KURZBESCHREIBUNG	österreichischer Komponist
""",
    # fr Wikipedia, whole text
    "fr_wp_desktop": """\
R Aller au contenu
R Menu principal
R Rechercher
R Faire un don
R Créer un compte
R Se connecter
T Pont du Gard
R 67 langues
R Article
R Discussion
R Lire
R Modifier
R Modifier le code
R Voir l’historique
R Outils
R Un article de Wikipédia, l'encyclopédie libre.
R Pour les articles homonymes, voir Pont (homonymie).
R Coordonnées 43° 56′ 51″ nord, 4° 32′ 08″ est
A Le pont du Gard est un pont à trois niveaux d'arches, situé sur la commune de Vers-Pont-du-Gard, dans le Gard.
A Il a été construit dans la première moitié du Ier siècle pour permettre à l'aqueduc de Nîmes de franchir le Gardon.
T Histoire[modifier | modifier le code]
A L'aqueduc a fonctionné jusqu'au VIe siècle, avant d'être abandonné faute d'entretien.
A Le pont est classé monument historique dès la liste de 1840.
T Dimensions[modifier | modifier le code]
A Hauteur : 48,77 m
A Longueur au sommet : 275 m
A Nombre d'arches : 52
T Voir aussi[modifier | modifier le code]
T Articles connexes[modifier | modifier le code]
R Aqueduc de Nîmes
R Liste des ponts romains
R Liens externes[modifier | modifier le code]
R Site officiel
R Ressources relatives à l'architecture : Mérimée · Structurae
T Notes et références[modifier | modifier le code]
T ↑ « Pont du Gard », notice no PA00103291, base Mérimée, ministère français de la Culture.
R Ce document provient de « https://fr.wikipedia.org/w/index.php?title=Pont_du_Gard&oldid=209870001 ».
R Catégories : Pont romain en France | Monument historique dans le Gard | Patrimoine mondial en région Occitanie
R La dernière modification de cette page a été faite le 8 novembre 2023 à 14:02.
R Droit d'auteur : les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions ; d’autres conditions peuvent s’appliquer.
R Politique de confidentialité
R À propos de Wikipédia
R Avertissements
R Version mobile
""",
    # es Wikipedia, trafilatura-ish with banner
    "es_wp": """\
T Acueducto de Segovia
R De Wikipedia, la enciclopedia libre
R Este artículo trata sobre el acueducto romano. Para otros usos de este término, véase Acueducto (desambiguación).
R Este artículo tiene referencias, pero necesita más para complementar su verificabilidad.
A El acueducto de Segovia es una construcción romana de finales del siglo I o principios del II, situada en la ciudad española de Segovia.
A Es una de las obras de ingeniería civil romana más importantes y mejor conservadas de la península ibérica.
T Historia[editar]
A El acueducto transportaba agua desde el manantial de la Fuenfría, situado en la sierra cercana, a unos 17 kilómetros de la ciudad.
A En 1985 fue declarado Patrimonio de la Humanidad por la Unesco.
T Características[editar]
A Longitud total: 16 km
A Número de arcos: 167
A Altura máxima: 28,10 m
T Véase también[editar]
R Anexo:Acueductos romanos
T Referencias[editar]
T ↑ Fernández Casado, Carlos (1972). Acueductos romanos en España. Madrid.
R Enlaces externos[editar]
R Wikimedia Commons alberga una categoría multimedia sobre Acueducto de Segovia.
R Obtenido de «https://es.wikipedia.org/w/index.php?title=Acueducto_de_Segovia&oldid=155912345»
R Categorías: Acueductos romanos en España | Bienes de interés cultural de la provincia de Segovia
R Esta página se editó por última vez el 20 nov 2023 a las 17:45.
R El texto está disponible bajo la Licencia Creative Commons Atribución Compartir Igual 4.0; pueden aplicarse cláusulas adicionales.
""",
    # it Wikipedia
    "it_wp": """\
R Vai al contenuto
R Menu principale
R Ricerca
T Torre di Pisa
R Voce
R Discussione
R Leggi
R Modifica
R Modifica wikitesto
R Cronologia
R Strumenti
R Da Wikipedia, l'enciclopedia libera.
R Disambiguazione – Se stai cercando altri significati, vedi Torre di Pisa (disambigua).
A La torre di Pisa è il campanile della cattedrale di Santa Maria Assunta, nella celebre piazza del Duomo di cui è il monumento più famoso.
A La sua pendenza è dovuta a un cedimento del terreno sottostante verificatosi già nelle prime fasi della costruzione.
T Storia[modifica | modifica wikitesto]
A La costruzione iniziò il 9 agosto 1173 e si protrasse per circa due secoli.
A Tra il 1990 e il 2001 la torre è stata chiusa al pubblico per lavori di consolidamento.
T Note[modifica | modifica wikitesto]
T ^ Piero Sanpaolesi, Il campanile di Pisa, Pisa, 1956.
T Voci correlate[modifica | modifica wikitesto]
R Piazza del Duomo (Pisa)
R Altri progetti
R Wikimedia Commons contiene immagini o altri file su Torre di Pisa
R Estratto da "https://it.wikipedia.org/w/index.php?title=Torre_di_Pisa&oldid=136500000"
R Categorie: Torri di Pisa | Campanili della Toscana | Patrimoni dell'umanità d'Italia
R Questa pagina è stata modificata per l'ultima volta il 15 ott 2023 alle 11:20.
R Il testo è disponibile secondo la licenza Creative Commons Attribuzione-Condividi allo stesso modo; possono applicarsi condizioni ulteriori.
R Informativa sulla privacy
R Versione mobile
""",
    # pt Wikipedia
    "pt_wp": """\
R Ir para o conteúdo
R Menu principal
R Pesquisa
T Cristo Redentor
R Artigo
R Discussão
R Ler
R Editar
R Editar código-fonte
R Ver histórico
R Ferramentas
R Origem: Wikipédia, a enciclopédia livre.
R Nota: Para outros significados, veja Cristo Redentor (desambiguação).
A O Cristo Redentor é uma estátua art déco que retrata Jesus Cristo, localizada no topo do morro do Corcovado, a 709 metros acima do nível do mar, no Rio de Janeiro.
A Foi inaugurada às 19h15 do dia 12 de outubro de 1931, depois de cerca de cinco anos de obras.
T História[editar | editar código-fonte]
A A ideia de erguer um monumento religioso no Corcovado surgiu em 1859, sugerida pelo padre Pedro Maria Boss.
A O projeto final é do engenheiro Heitor da Silva Costa, com o rosto esculpido por Gheorghe Leonida.
T Características[editar | editar código-fonte]
A Altura: 30 metros (38 com o pedestal)
A Envergadura: 28 metros
A Peso: 1 145 toneladas
T Ver também[editar | editar código-fonte]
R Sete novas maravilhas do mundo
R Parque Nacional da Tijuca
T Referências
T ↑ «Cristo Redentor». Arquidiocese do Rio de Janeiro. Consultado em 10 de março de 2020
R Obtida de "https://pt.wikipedia.org/w/index.php?title=Cristo_Redentor&oldid=66900000"
R Categorias: Estátuas do Rio de Janeiro | Monumentos religiosos do Brasil | Art déco
R Esta página foi editada pela última vez às 13h02min de 4 de novembro de 2023.
R Este texto é disponibilizado nos termos da licença Atribuição-CompartilhaIgual 4.0 Internacional (CC BY-SA 4.0) da Creative Commons; pode estar sujeito a condições adicionais.
R Política de privacidade
R Versão móvel
""",
    # nl Wikipedia (mobile)
    "nl_wp_mobile": """\
R Hoofdmenu openen
R Wikipedia
R Zoeken
T Afsluitdijk
R Artikel
R Overleg
R Taal
R Volgen
R Bewerken
R Zie Afsluitdijk (doorverwijspagina) voor andere betekenissen van Afsluitdijk.
A De Afsluitdijk is een waterkering tussen Den Oever in Noord-Holland en Zurich in Friesland.
A De dijk werd tussen 1927 en 1932 aangelegd en sloot de Zuiderzee af van de Waddenzee.
A Geschiedenis
A Na de watersnood van 1916 nam de regering het plan van Cornelis Lely aan om de Zuiderzee af te sluiten.
A Op 28 mei 1932 werd het laatste gat in de dijk gedicht, bij de plek die nu De Vlieter heet.
A Gegevens
A Lengte: 32 km
A Breedte: 90 m
A Hoogte: 7,25 m boven NAP
T Bronnen, noten en/of referenties
T ↑ Rijkswaterstaat, De Afsluitdijk, geraadpleegd op 2 februari 2022.
R Laatst bewerkt op 19 oktober 2023 om 21:14
R Gerelateerde artikelen
R Zuiderzeewerken
R De inhoud is beschikbaar onder de CC BY-SA 4.0-licentie, tenzij anders vermeld.
R Gebruiksvoorwaarden
R Privacybeleid
R Klassieke weergave
""",
    # ru Wikipedia
    "ru_wp": """\
R Перейти к содержанию
R Главное меню
R Поиск
R Создать учётную запись
R Войти
T Транссибирская магистраль
R Статья
R Обсуждение
R Читать
R Править
R Править код
R История
R Инструменты
R Материал из Википедии — свободной энциклопедии
R У этого термина существуют и другие значения, см. Транссиб (значения).
A Транссибирская магистраль — железная дорога через всю Евразию, соединяющая Москву с крупнейшими восточно-сибирскими и дальневосточными городами России.
A Её длина составляет 9288,2 км, это самая длинная железная дорога в мире.
T История[править | править код]
A Строительство началось 31 мая 1891 года во Владивостоке.
A Сквозное движение по всей магистрали было открыто в 1916 году, после завершения Амурского моста у Хабаровска.
T Основные характеристики[править | править код]
A Протяжённость: 9288,2 км
A Ширина колеи: 1520 мм
A Электрификация: с 2002 года полностью
T См. также[править | править код]
R Байкало-Амурская магистраль
R Кругобайкальская железная дорога
T Примечания[править | править код]
T ↑ Транссиб. РЖД. Дата обращения: 12 марта 2021.
R Источник — https://ru.wikipedia.org/w/index.php?title=Транссибирская_магистраль&oldid=134000000
R Категории: Железные дороги России | Транссибирская магистраль | Железнодорожные линии
R Эта страница в последний раз была отредактирована 17 ноября 2023 в 06:41.
R Текст доступен по лицензии Creative Commons «С указанием авторства — С сохранением условий» (CC BY-SA); в отдельных случаях могут действовать дополнительные условия.
R Политика конфиденциальности
R Описание Википедии
R Мобильная версия
""",
    # ja Wikipedia
    "ja_wp": """\
R メインページ
R コミュニティ・ポータル
R 検索
T 東海道新幹線
R ページ
R ノート
R 閲覧
R 編集
R ソースを編集
R 履歴表示
R ツール
R 出典: フリー百科事典『ウィキペディア（Wikipedia）』
R 「新幹線」はこの項目へ転送されています。新幹線全般については「新幹線」をご覧ください。
R この記事は検証可能な参考文献や出典が全く示されていないか、不十分です。
A 東海道新幹線は、東京駅から新大阪駅までを結ぶ東海旅客鉄道（JR東海）の高速鉄道路線である。
A 1964年10月1日に開業し、世界初の高速鉄道として知られる。
T 概要[編集]
A 営業キロは552.6kmで、最高速度は時速285kmである。
A 1日あたり約40万人が利用している。
T 歴史[編集]
A 1959年4月20日に新丹那トンネルの起工式が行われ、建設が始まった。
A 開業当初は東京駅と新大阪駅の間を「ひかり」が4時間で結んだ。
T 脚注[編集]
T ^ 「東海道新幹線の概要」JR東海、2020年。
T 関連項目[編集]
R 新幹線
R リニア中央新幹線
R 「https://ja.wikipedia.org/w/index.php?title=東海道新幹線&oldid=98000000」から取得
R カテゴリ: 東海道新幹線 | 東海旅客鉄道の鉄道路線 | 高速鉄道
R 最終更新 2023年11月20日 (月) 12:34 （日時は個人設定で未設定ならばUTC）。
R テキストはクリエイティブ・コモンズ 表示-継承ライセンスのもとで利用できます。追加の条件が適用される場合があります。
R プライバシー・ポリシー
R ウィキペディアについて
R 免責事項
""",
    # pl Wikipedia
    "pl_wp": """\
R Przejdź do zawartości
R Menu główne
R Szukaj
T Zamek Królewski na Wawelu
R Artykuł
R Dyskusja
R Czytaj
R Edytuj
R Edytuj kod źródłowy
R Wyświetl historię
R Narzędzia
R Z Wikipedii, wolnej encyklopedii
R Ten artykuł dotyczy zamku w Krakowie. Zobacz też: Wawel (ujednoznacznienie).
R Współrzędne: 50°03′15″N 19°56′07″E
A Zamek Królewski na Wawelu – zamek położony na Wzgórzu Wawelskim w Krakowie, przez wieki rezydencja królów Polski.
A Obecna budowla została wzniesiona w stylu renesansowym w latach 1504–1548 z inicjatywy Aleksandra i Zygmunta Starego.
T Historia[edytuj | edytuj kod]
A W 1595 roku zamek strawił pożar, po którym Zygmunt III Waza odbudował skrzydło północne.
A Od 1930 roku w zamku działa muzeum.
T Zobacz też[edytuj | edytuj kod]
R Katedra na Wawelu
R Smocza Jama
T Przypisy[edytuj | edytuj kod]
T ↑ Historia zamku. Zamek Królewski na Wawelu. [dostęp 2021-05-10].
R Źródło: „https://pl.wikipedia.org/w/index.php?title=Zamek_Królewski_na_Wawelu&oldid=72000000”
R Kategorie: Zabytki Krakowa | Wawel | Zamki w Polsce
R Tę stronę ostatnio edytowano 9 lis 2023, 18:47.
R Tekst udostępniany na licencji Creative Commons: uznanie autorstwa, na tych samych warunkach, z możliwością obowiązywania dodatkowych ograniczeń.
R Zasady ochrony prywatności
R O Wikipedii
R Wersja mobilna
""",
    # de Fandom wiki
    "de_fandom": """\
R Harry-Potter-Lexikon
R Entdecken
R Hauptseite
R Alle Seiten
R Community
R FANDOM
R Fan-Zentrale
R Anmelden
R Registrieren
T Hogwarts-Express
R Bearbeiten
R Versionen
R Diskussion (0)
R Teilen
R Dieser Artikel behandelt den Zug. Für das Gleis siehe Gleis 9¾.
A Der Hogwarts-Express ist eine scharlachrote Dampflokomotive, die Schüler von London nach Hogsmeade bringt.
A Er fährt jedes Jahr am 1. September um 11 Uhr vom Gleis 9¾ im Bahnhof King's Cross ab.
T Geschichte[]
A Der Zug wurde nach 1830 vom Zaubereiministerium beschafft, damit die Schüler nicht mehr per Portschlüssel anreisen mussten.
T Hinter den Kulissen[]
A Für die Filme wurde die Lokomotive GWR 5972 Olton Hall verwendet.
R Kategorien
R Kategorien:
R Orte
R Transportmittel
R Inhalte der Community sind unter CC-BY-SA verfügbar, sofern nicht anders angegeben.
R Fandoms entdecken
R Folge uns
""",
    # ===== ROUND 2 (after reading the passes: aimed at the new rules) ===========================================
    # a help page on editing a wiki: its prose quotes the wiki's residue
    "en_help_editing": """\
T Editing a wiki page
A Every section heading on the wiki carries a small link labelled [edit] beside it.
A Pressing that link opens only the section below the heading, which saves time on long pages.
A At the foot of each page the software prints a line that begins "Retrieved from" and gives the page's permanent address, such as "https://wiki.example.org/index.php?title=Main_Page&oldid=1234".
A It also prints "This page was last edited on" with the date and time of the latest change.
A To change a single section, press [edit]
A Categories are listed at the very bottom, parted by vertical bars.
R Retrieved from "https://wiki.example.org/index.php?title=Help:Editing&oldid=5521"
R Category: Help
""",
    # a history article about an encyclopedia, with quoted hatnote words
    "en_history_encyclopedia": """\
T The Encyclopédie and its rivals
A The Encyclopédie of Diderot and d'Alembert appeared in 28 volumes between 1751 and 1772.
A Its entries were cross-referenced by "renvois", the forerunners of the "see also" notes that modern online encyclopedias print under their articles.
A Not to be confused with the Encyclopaedia Britannica, which first appeared in Edinburgh in 1768, the French work was banned twice by the crown.
A Contributors
A Voltaire · Rousseau · Montesquieu · Quesnay · Turgot · d'Holbach
A By 1772 more than 4,000 subscribers had paid for the full set.
A The phrase "From Wikipedia, the free encyclopedia" now heads millions of articles, a distant echo of Diderot's ambition.
""",
    # a program's reference: lines ending in brackets that are the article
    "en_code_reference": """\
T Arrays in Java
A An array holds a fixed number of values of one type.
A The types of the two arrays below are written as follows:
A int[]
A String[]
A Both are created with the new keyword, as in new int[10].
A Release notes [2023]
A Version 21 added pattern matching for switch statements.
""",
    # a de Wikipedia page with only one section (a stub): its link stays, its footer goes
    "de_wp_stub": """\
T Hafenmühle
A Die Hafenmühle ist eine ehemalige Wassermühle am Neckar bei Esslingen.
A Sie wurde 1582 erstmals erwähnt und 1911 stillgelegt.
T Weblinks[Bearbeiten | Quelltext bearbeiten]
R Abgerufen von „https://de.wikipedia.org/w/index.php?title=Hafenmühle&oldid=230001234“
R Kategorien: Mühle in Baden-Württemberg | Bauwerk in Esslingen am Neckar
""",
    # fr and es pages whose prose uses the hatnote's words
    "fr_article_homonymes": """\
T Les ponts de Paris
A Paris compte 37 ponts sur la Seine, dont quatre réservés aux piétons.
A Pour les articles homonymes, le lecteur pressé trouvera une liste plus complète en fin d'ouvrage, voir l'annexe B.
A Le plus ancien pont encore debout est le Pont Neuf, achevé en 1607.
A Ne doit pas être confondu avec le pont Neuf de Toulouse, achevé en 1632, qui porte le même nom.
""",
}


def judge_lines(case: str) -> tuple[list[str], list[str]]:
    """The article lines lost and the residue lines left, counting whole lines removed only (a trimmed heading
    stays)."""
    lines = parse(case)
    result = cleaner.explain_text("\n".join(text for _tag, text in lines))
    gone = {n for r in result.removed if r.kind == "line" for n in range(r.start_line, r.end_line + 1)}
    tagged = list(enumerate(lines, start=1))
    lost = [text for n, (tag, text) in tagged if tag == "A" and n in gone]
    left = [text for n, (tag, text) in tagged if tag == "R" and n not in gone]
    return lost, left


KNOWN_LOST: dict[str, list[str]] = {}  # (none since cookie-notice keeps "Decline" as one of a series of subheadings)

RESIDUE_LEFT: dict[str, int] = {
    "de_wp_desktop": 1,  # Normdaten (Geografikum): GND: … | LCCN: … | VIAF: …
    "de_wp_readability": 2,  # a catalogue link, a navbox row of names parted by "·"
    "en_encyclopedia": 6,  # the credit and "Last Updated: … • Article History", the revised-by line, quiz teasers, "Load Next Page"
    "en_fandom": 7,  # "Don't have an account?", "Master this [source]?", a category, the fan feed's "More Wookieepedia" / "1 Grogu" …
    "en_wp_desktop": 11,  # the table of contents' numbered entries, "28 languages", "Article" / "Talk" / "Read", coordinates, a navbox
    "fr_wp_desktop": 3,  # "Liens externes" (its heading), "Site officiel", "Ressources relatives à l'architecture : Mérimée · Structurae"
    "pl_wp": 1,  # Smocza Jama (the See-also list's last item)
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, judge=judge_lines, known_lost=KNOWN_LOST
)


def _trims(text: str) -> list[tuple[str, str]]:
    return [(r.pass_name, r.text) for r in cleaner.explain_text(text).removed if r.kind == "suffix"]


def _kept(text: str) -> list[str]:
    return [line for line in cleaner.clean_text(text).split("\n") if line]


# two or three paragraphs of an article in each language, for the tests that put a line among them
_TEXTS = {
    "en": [
        "The Tay Bridge was opened in June 1878 and was at the time the longest bridge in the world, at more than two miles.",
        "The official inquiry found that the bridge had been badly designed, badly constructed and badly maintained.",
        "Of the 75 people thought to have died, only 46 bodies were recovered from the river in the weeks that followed.",
    ],
    "de": [
        "Die Grundsteinlegung des Doms erfolgte am 15. August 1248 unter Erzbischof Konrad von Hochstaden.",
        "Nach einem Baustopp um 1530 blieb der Dom mehr als 300 Jahre lang unvollendet und wurde erst 1880 fertig.",
        "Seit 1996 gehört die Kathedrale zum Weltkulturerbe der UNESCO und zieht jedes Jahr Millionen Besucher an.",
    ],
    "fr": [
        "Le pont du Gard a été construit dans la première moitié du Ier siècle pour permettre à l'aqueduc de franchir le Gardon.",
        "L'aqueduc a fonctionné jusqu'au VIe siècle, avant d'être abandonné faute d'entretien par les habitants de la région.",
        "Le pont est classé monument historique dès la liste de 1840 et attire aujourd'hui plus d'un million de visiteurs.",
    ],
    "es": [
        "El acueducto transportaba agua desde el manantial de la Fuenfría, situado en la sierra cercana, a unos 17 kilómetros.",
        "En 1985 fue declarado Patrimonio de la Humanidad por la Unesco junto con el casco antiguo de la ciudad de Segovia.",
        "Es una de las obras de ingeniería civil romana más importantes y mejor conservadas de toda la península ibérica.",
    ],
    "it": [
        "La costruzione della torre iniziò il 9 agosto 1173 e si protrasse per circa due secoli a causa delle guerre.",
        "Tra il 1990 e il 2001 la torre è stata chiusa al pubblico per lavori di consolidamento del terreno sottostante.",
        "La sua pendenza è dovuta a un cedimento del terreno verificatosi già nelle prime fasi della costruzione.",
    ],
    "pt": [
        "A ideia de erguer um monumento religioso no Corcovado surgiu em 1859, sugerida pelo padre Pedro Maria Boss.",
        "O projeto final é do engenheiro Heitor da Silva Costa, com o rosto esculpido pelo artista romeno Gheorghe Leonida.",
        "A estátua foi inaugurada no dia 12 de outubro de 1931, depois de cerca de cinco anos de obras no alto do morro.",
    ],
    "nl": [
        "Na de watersnood van 1916 nam de regering het plan van Cornelis Lely aan om de Zuiderzee af te sluiten.",
        "Op 28 mei 1932 werd het laatste gat in de dijk gedicht, bij de plek die nu De Vlieter heet en een monument draagt.",
        "De dijk werd tussen 1927 en 1932 aangelegd en sloot de Zuiderzee af van de Waddenzee, die sindsdien IJsselmeer heet.",
    ],
    "ru": [
        "Строительство магистрали началось 31 мая 1891 года во Владивостоке и продолжалось больше двадцати лет.",
        "Сквозное движение по всей магистрали было открыто в 1916 году, после завершения Амурского моста у Хабаровска.",
        "Её длина составляет более девяти тысяч километров, и это самая длинная железная дорога в мире.",
    ],
    "ja": [
        "東海道新幹線は、東京駅から新大阪駅までを結ぶ東海旅客鉄道の高速鉄道路線であり、1964年10月1日に開業した。",
        "1959年4月20日に新丹那トンネルの起工式が行われ、建設が始まったが、工事は多くの困難に直面した。",
        "開業当初は東京駅と新大阪駅の間を「ひかり」が4時間で結び、多くの利用者に親しまれた。",
    ],
    "pl": [
        "W 1595 roku zamek strawił pożar, po którym król Zygmunt III Waza odbudował całe skrzydło północne.",
        "Obecna budowla została wzniesiona w stylu renesansowym w latach 1504–1548 z inicjatywy Aleksandra i Zygmunta Starego.",
        "Od 1930 roku w zamku działa muzeum, które każdego roku odwiedzają setki tysięcy turystów z całego świata.",
    ],
}
_PARA = _TEXTS["en"]


# -- edit-link ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "link"),
    [
        ("History[edit]", "Legacy[edit]", "[edit]"),
        ("History [edit | edit source]", "Legacy [edit | edit source]", "[edit | edit source]"),
        ("Geschichte[Bearbeiten | Quelltext bearbeiten]", "Rezeption[Bearbeiten | Quelltext bearbeiten]", "[Bearbeiten | Quelltext bearbeiten]"),
        ("Histoire[modifier | modifier le code]", "Postérité[modifier | modifier le code]", "[modifier | modifier le code]"),
        ("Historia[editar]", "Legado[editar]", "[editar]"),
        ("Storia[modifica | modifica wikitesto]", "Eredità[modifica | modifica wikitesto]", "[modifica | modifica wikitesto]"),
        ("História[editar | editar código-fonte]", "Legado[editar | editar código-fonte]", "[editar | editar código-fonte]"),
        ("Geschiedenis[bewerken | brontekst bewerken]", "Nalatenschap[bewerken | brontekst bewerken]", "[bewerken | brontekst bewerken]"),
        ("История[править | править код]", "Наследие[править | править код]", "[править | править код]"),
        ("歴史[編集]", "概要[編集]", "[編集]"),
        ("Historia[edytuj | edytuj kod]", "Upamiętnienie[edytuj | edytuj kod]", "[edytuj | edytuj kod]"),
        ("History[]", "Behind the scenes[]", "[]"),
    ],
    ids=["en", "en_source", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "pl", "fandom"],
)
def test_the_edit_link_goes_and_its_heading_stays(
    first: str, second: str, link: str, request: pytest.FixtureRequest
) -> None:
    para = _TEXTS.get(request.node.callspec.id[:2], _PARA)
    text = "\n\n".join([para[0], first, para[1], second, para[2]])
    assert _trims(text) == [("edit-link", link), ("edit-link", link)]
    kept = _kept(text)
    assert first.removesuffix(link).strip() in kept
    assert second.removesuffix(link).strip() in kept


@pytest.mark.parametrize(
    "lines",
    [
        ["To change a single section, press [edit]"],  # one line: no wiki's sections
        ["Geschichte[Bearbeiten | Quelltext bearbeiten]"],  # a stub's one section: its link stays
        ["int[]", "String[]"],  # a program's types
        ["Results [2023]", "Results [2024]"],  # a bracket of the heading's own
        ["See the link labelled [edit].", "Then press [edit]:"],  # sentences that name the link
        ["Arrays: int[]", "Maps: Map<String, int>[]"],  # code after a colon
    ],
    ids=["one_line", "stub", "code", "own_bracket", "sentences", "code_colon"],
)
def test_lines_ending_in_a_bracket_that_are_no_edit_link_stay_whole(lines: list[str]) -> None:
    text = "\n\n".join([_PARA[0], *lines, _PARA[1]])
    assert _trims(text) == []
    assert set(lines) <= set(_kept(text))


# -- the permalink, hatnote, banner, categories and footer lines --------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Tay_Bridge_disaster&oldid=1187654321"'),
        ("en", 'Retrieved from "https://wiki.archlinux.org/title/Systemd-timesyncd"'),
        ("de", "Abgerufen von „https://de.wikipedia.org/w/index.php?title=Kölner_Dom&oldid=239810411“"),
        ("fr", "Ce document provient de « https://fr.wikipedia.org/w/index.php?title=Pont_du_Gard&oldid=209870001 »."),
        ("es", "Obtenido de «https://es.wikipedia.org/w/index.php?title=Acueducto_de_Segovia&oldid=155912345»"),
        ("it", 'Estratto da "https://it.wikipedia.org/w/index.php?title=Torre_di_Pisa&oldid=136500000"'),
        ("ja", "「https://ja.wikipedia.org/w/index.php?title=東海道新幹線&oldid=98000000」から取得"),
        ("ru", "Источник — https://ru.wikipedia.org/w/index.php?title=Транссиб&oldid=134000000"),
        ("en", '"Lovelace" redirects here. For other uses, see Lovelace (disambiguation).'),
        ("en", "This article is about the 1879 railway accident. For the current bridge, see Tay Bridge."),
        ("en", "Not to be confused with Tay Road Bridge."),
        ("en", "This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources."),
        ("de", "Dieser Artikel behandelt die Kathedrale in Köln. Zu weiteren Bedeutungen siehe Kölner Dom (Begriffsklärung)."),
        ("fr", "Pour les articles homonymes, voir Pont (homonymie)."),
        ("es", "Para otros usos de este término, véase Acueducto (desambiguación)."),
        ("it", "Disambiguazione – Se stai cercando altri significati, vedi Torre di Pisa (disambigua)."),
        ("pt", "Nota: Para outros significados, veja Cristo Redentor (desambiguação)."),
        ("nl", "Zie Afsluitdijk (doorverwijspagina) voor andere betekenissen van Afsluitdijk."),
        ("ru", "У этого термина существуют и другие значения, см. Транссиб (значения)."),
        ("pl", "Ten artykuł dotyczy zamku w Krakowie. Zobacz też: Wawel (ujednoznacznienie)."),
        ("fr", "Catégories : Pont romain en France | Monument historique dans le Gard"),
        ("es", "Esta página se editó por última vez el 20 nov 2023 a las 17:45."),
        ("pl", "Tę stronę ostatnio edytowano 9 lis 2023, 18:47."),
        ("en", "Last edited 3 months ago by Citation bot"),
        ("en", "Toggle the table of contents"),
        ("it", "Wikimedia Commons contiene immagini o altri file su Torre di Pisa"),
    ],
)
def test_a_wikis_line_under_or_over_the_article_goes(lang: str, line: str) -> None:
    para = _TEXTS[lang]
    for text in ([para[0], para[1], line], [line, para[0], para[1]]):
        result = cleaner.explain_text("\n\n".join(text))
        assert line in [r.text for r in result.removed]
        assert result.text == "\n\n".join([para[0], para[1]])


@pytest.mark.parametrize(
    "line",
    [
        'The archived copy, retrieved from "https://en.wikipedia.org/w/index.php?title=Tay_Bridge&oldid=11" in 2012, shows the older text.',
        'At the foot of each page the software prints a line that begins "Retrieved from" and gives the page\'s address.',
        "Not to be confused with the 1879 disaster, the storm of 1880 caused little damage.",
        "Ne doit pas être confondu avec le pont Neuf de Toulouse, qui porte le même nom.",
        "Nicht zu verwechseln mit dem Kölner Dom ist die romanische Kirche St. Gereon.",
        "This article is about how the council spent the money, and the next one will look at who paid it.",
        "The editors keep their categories in a spreadsheet, parted by vertical bars.",
        "Typing the magazine's old address redirects here.",
    ],
)
def test_article_text_in_the_wikis_words_stays(line: str) -> None:
    text = "\n\n".join([_PARA[0], line, _PARA[1]])
    assert cleaner.clean_text(text) == text


# -- glued-metadata: a stamp over the parts of a row ---------------------------------------------------------------


def test_a_stamp_before_a_rows_next_part_is_no_glued_prefix() -> None:
    """An encyclopedia's "Last Updated: Oct 27, 2023 • Article History" near the top: the part after the bullet is the
    row's next link, not text the stamp was glued to (trimming the stamp left "• Article History", and a second clean
    trimmed what the first had kept: cleaning twice changed the text)."""
    text = "\n".join(["Hanseatic League", "Last Updated: Oct 27, 2023 • Article History", *_PARA])
    result = cleaner.explain_text(text)
    assert [r for r in result.removed if r.pass_name == "glued-metadata"] == []
    assert cleaner.clean_text(result.text) == result.text


def test_a_stamp_glued_to_the_text_is_still_trimmed() -> None:
    text = "\n".join(["Last Updated: Oct 27, 2023 " + _PARA[0], _PARA[1]])
    result = cleaner.explain_text(text)
    assert [(r.pass_name, r.kind) for r in result.removed] == [("glued-metadata", "prefix")]
    assert result.text.startswith("The Tay Bridge was opened")


# -- cookie-notice: a button's word that heads one of the article's sections ----------------------------------------

_HANSA = [
    "Hanseatic League, also called Hansa, organization founded by north German towns and German merchant communities abroad to protect their mutual trading interests.",
    "The league dominated commercial activity in northern Europe from the 13th to the 15th century, from London to Novgorod.",
    "By 1356 the towns of Lübeck, Hamburg, Cologne and Bremen had agreed on common rules for their merchants abroad.",
    "The rise of territorial states and the shift of trade routes to the Atlantic weakened the league, and its last diet met in 1669.",
]


def test_a_sections_heading_that_a_cookie_banner_also_prints_stays() -> None:
    """"Decline" between two paragraphs of an article that heads another section the same way ("Origins")."""
    text = "\n\n".join([_HANSA[0], "Origins", _HANSA[1], _HANSA[2], "Decline", _HANSA[3]])
    assert cleaner.clean_text(text) == text


@pytest.mark.parametrize(
    "lines",
    [
        [_HANSA[0], _HANSA[1], "Decline", _HANSA[2], _HANSA[3]],  # no other subheading: a stray button
        [_HANSA[0], "Origins", _HANSA[1], _HANSA[2], "Accept", "Decline", _HANSA[3]],  # a banner's buttons together
    ],
    ids=["stray", "buttons"],
)
def test_a_cookie_banners_button_between_paragraphs_still_goes(lines: list[str]) -> None:
    kept = _kept("\n\n".join(lines))
    assert "Decline" not in kept
    assert set(_HANSA) <= set(kept)


if __name__ == "__main__":
    report(CASES, judge_lines)
