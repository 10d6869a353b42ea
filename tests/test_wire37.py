# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""wire37: a probe of news-agency copy and interviews as syndicated on many sites, scraped as text (half as an
extractor leaves them, half as all the visible text of the page), in en, de, fr, es, it, pt and nl: Reuters, AP, dpa,
AFP, Europa Press, EFE, ANSA, Lusa and ANP stories on the agencies' own pages, on papers' and on aggregators' pages,
with their datelines, update and correction notes; interviews in question-and-answer form ("Q:"/"A:", "P."/"R.",
"D:"/"R:", speakers' names or initials opening the lines, questions alone on their lines, dashes) with one-word answers.

- the article (``A``): the lead with its dateline ("BERLIN (Reuters) -", "MADRID, 5 Mar. (EUROPA PRESS) -" alone on
  its line), the correction and editor's notes as published ("Correction: An earlier version of this story …",
  "This story has been updated to include …", "Editor's note:", "Korrektur:", "Anmerkung der Redaktion:",
  "Rectificatif:", "Fe de errores:", "Nota della redazione:", "Correctie:"), an interview's questions and its short
  answers ("Yes.", "Absolutely.", "No comment.", "Nein.", "Oui.", "R. No.", "R: Sì.", "AG: Ja.", "—Sí.");
- the residue (``R``): the newsroom's credit line ("Reporting by …; Editing by …", "(Reporting by … )"), "Our
  Standards: The Thomson Reuters Trust Principles.", the agencies' rights lines ("Copyright 2024 The Associated Press.
  …", "© dpa-infocom, dpa:…", "RIPRODUZIONE RISERVATA © Copyright ANSA", "(c) Agencia EFE"), their desks' slugs
  ("dpa/lnw", "lus/dpa", "jug-kh/ybl/cls", "jmr/pll", "ACC // JMR", "Lusa/Fim"), stamps, bylines, share rows, menus,
  newsletter plugs, "Story continues", "Leggi l'articolo completo su ANSA.it", footers;
- ``T``: headlines, a wire's "(Adds economist comment …)" and "Associated Press writer … contributed to this report.",
  an interview's "Zur Person" box.

- round 1, blind (written before reading the passes): 24 pages (13 extracts, 11 full pages), 173 ``A`` lines, 318
  ``R``, 28 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 6 pages, 30 ``A``, 56 ``R``: a wire's dateline alone on its line under
  the page's stamp and share row (en, de, it, es, fr), a desk's slug, a relative stamp pair, an aggregator's glued
  reading-time stamp and its "Story continues" between paragraphs.

Measured on main 9afd934: round 1 lost 0, left 11; round 2 lost 0, left 7. Left: an aggregator's byline names and
glued stamp ("Updated Mon, March 4, 2024 at 10:47 AM EST·2 min read", "1.2k", "Story continues"), Reuters' glued stamp
("March 4, 20244:31 PM GMTUpdated 2 hours ago"), a share row's "Link", Reuters' newsletter plug between paragraphs
("… with the Morning Bid U.S. newsletter. Sign up here."), EFE's desk slug ("jmr/pll"), fr "Publié il y a 2 heures,
mis à jour il y a 35 minutes", it "Leggi l'articolo completo su ANSA.it". No loss in the blind round; probing beyond it
(short pages) found one: a wire's dateline alone as the page's first line ("BERLIN, March 4 (Reuters) -", "Hamburg
(dpa) -", "(ANSA) - ROMA, 3 MAR -", "Lisboa, 04 mar 2024 (Lusa) -", "DEN HAAG (ANP) -") went as title-line's headline
(the Europa Press one stayed only for the full stop of "Mar."); and, once the stamps over it went, round 2's "NOUMÉA
(AFP) -" under the share row went with the head's run (edge-furniture).

After: round 1 lost 0, left 3; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_wire.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``wire_dateline`` (title-line's test of a headline): a line of at most ten words closing on a dash after a space or
  a full stop (" -", " —", ".-"), a short bracketed source in it, is a wire's dateline, no headline. A headline with
  the agency in brackets and no closing dash, or closing on a bracket, still goes (test).
- ``wire_title`` (title-line): the headline over such a dateline is judged over the lead under it, and goes as it does
  over a lead holding its dateline (test).
- ``dateline_head`` (edge-furniture's guard at the head): the dateline right over the first paragraph stays; the menu,
  headline, stamp and share row over it still go, and a menu's last item closing on a dash with no source in
  brackets ("Europe -") goes with the run as before (tests).
- tables, each in a ``# wire37:`` block at its list's end: en ``metadata.dateline`` the aggregator's stamp glued to its
  reading time and Reuters' stamp glued to "Updated …"; en ``credits.ad_marker`` "Story continues"; en
  ``signup.newsletter`` a line naming a newsletter and closing on "Sign up here."; it ``promos.read_on`` "Leggi
  l'articolo completo su ANSA.it" / "… sul sito del Corriere di Bologna"; fr ``metadata.dateline`` "Publié il y a 2
  heures, mis à jour il y a 35 minutes"; the family's new table ``credits.desk_slug`` a desk's slug of lower-case
  initials with a group of three consonants ("jmr/pll", "pyv/bds/cls"; "and/or", "she/her", "mg/dl", "SPD/FDP" stay:
  test); reviewed after the merge: like a company's imprint, it is the page's only outside the article's first and last
  paragraphs ("tcp/ip" or "html/css" in a list between them stays: test). Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_wire37.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a Reuters story as an extractor leaves it: dateline in the first paragraph, credits and standards under it
    "en_reuters_story_extract": """\
T UPDATE 2-German factory orders fall more than expected in January
A BERLIN (Reuters) - German industrial orders fell far more than expected in January, data showed on Wednesday, adding to signs that Europe's largest economy is struggling to regain momentum after contracting last year.
A Orders dropped 11.3% on the month in seasonally and calendar-adjusted terms, the federal statistics office said.
A Analysts polled by Reuters had forecast a fall of 6.0%.
A The office said the decline was largely due to a drop in large orders, which had pushed December's figure up sharply.
A "The bottom line is that industry remains in recession," said Jens-Oliver Niklasch, economist at LBBW.
A Excluding large orders, new orders were down 1.8% on the month.
T (Adds economist comment in paragraph 5, details throughout)
R Reporting by Maria Martinez; Additional reporting by Rachel More; Editing by Madeline Chambers and Christina Fincher
R Our Standards: The Thomson Reuters Trust Principles.
""",
    # ===== a Reuters page with all its visible text =====
    "en_reuters_exclusive_full": """\
R Skip to main content
R Exclusive news, data and analytics for financial market professionals
R World
R Business
R Markets
R Sustainability
R Legal
R Breakingviews
R Technology
R Investigations
R My News
R Sign In
R Register
R Business
T EXCLUSIVE-Shipping giant weighs sale of Asian terminals unit, sources say
R By Jonathan Saul and Anna Gwynn
R March 4, 20244:31 PM GMTUpdated 2 hours ago
R Share
R X
R Facebook
R Linkedin
R Email
R Link
R Purchase Licensing Rights
A LONDON, March 4 (Reuters) - A leading container shipping group is exploring a sale of its Asian port terminals business that could value the unit at around $3 billion, three people familiar with the matter said.
A The company has hired advisers to sound out potential buyers, including infrastructure funds from the Middle East and Asia, the people said, declining to be named because the talks are private.
A No final decision has been made and the company could still decide to keep the business, two of the sources added.
A The company declined to comment.
A Global ports have become a hot asset class as investors bet on a recovery in trade volumes after the disruption caused by attacks on vessels in the Red Sea.
R Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. newsletter. Sign up here.
A A sale would follow a string of deals in the sector, including the purchase of a stake in a Rotterdam terminal by a Gulf sovereign fund last year.
R (Reporting by Jonathan Saul in London and Anna Gwynn in Singapore; Editing by Elaine Hardcastle)
R Our Standards: The Thomson Reuters Trust Principles.
R Opens new tab
R Acquire Licensing Rights
R Jonathan Saul
R Thomson Reuters
R Jonathan leads a team of correspondents covering shipping and commodities across Europe and Africa.
R Read Next
R Business
R Maersk warns Red Sea disruption could last into second half
R Markets
R Oil edges up as investors await OPEC+ decision
R Site Index
R Browse
R About Reuters
R Careers
R Reuters News Agency
R Brand Attribution Guidelines
R All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
R © 2024 Reuters. All rights reserved
""",
    # ===== an AP story syndicated on a portal, with its correction =====
    "en_ap_correction_extract": """\
T Fire destroys historic covered bridge in Vermont; arson suspected
R By LISA RATHKE
A MONTPELIER, Vt. (AP) — A fire early Sunday destroyed a 150-year-old covered bridge in central Vermont, and investigators said they believe it was set deliberately.
A Firefighters were called to the Hall Bridge in Rockingham shortly after 2 a.m. and found it fully engulfed, Fire Chief Tom Hutchins said.
A "By the time we got there, there was nothing we could do but keep it from spreading to the woods," Hutchins said.
A The bridge, one of about 100 covered bridges left in the state, had been restored in 2021 at a cost of $1.2 million.
A State police asked anyone who was in the area overnight to call the barracks in Westminster.
A Correction: An earlier version of this story misstated the age of the bridge. It was built in 1874, not 1867.
R Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""",
    # ===== an AP story syndicated on an aggregator, all its page =====
    "en_ap_syndicated_full": """\
R Yahoo News
R Search query
R Sign in
R Mail
R News
R Finance
R Sports
R Entertainment
R Life
R U.S.
R Politics
R World
R Health
R Science
R Advertisement
T Supreme Court agrees to hear case on state bans of drag shows
R The Associated Press
R Mark Sherman
R Updated Mon, March 4, 2024 at 10:47 AM EST·2 min read
R 1.2k
A WASHINGTON (AP) — The Supreme Court agreed Monday to decide whether states can ban drag performances in front of children, taking up a case from Tennessee that has drawn national attention.
A The justices will hear arguments in the fall, with a decision expected by early summer 2025.
A This story has been updated to include comment from the Tennessee attorney general's office.
A Tennessee's law makes it a crime to stage "adult cabaret performances" on public property or where minors could see them.
R Story continues
A A federal judge struck the law down last year as too vague, but an appeals court reinstated it.
A "We look forward to defending the law before the nation's highest court," said a spokesperson for Attorney General Jonathan Skrmetti.
A Lawyers for a Memphis theater company that challenged the law did not immediately respond to a request for comment.
T Associated Press writer Kimberlee Kruesi in Nashville, Tennessee, contributed to this report.
R Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
R View comments
R Terms and Privacy Policy
R Privacy Dashboard
R Recommended Stories
R Trump wins Supreme Court ballot case
R Yahoo News · 3 min read
""",
    # ===== a question-and-answer interview, all of its page =====
    "en_interview_qa_full": """\
R Menu
R Search
R Subscribe
R The Times-Herald
R Local
R Sports
R Business
R Opinion
R Interviews
T Q&A: The new police chief on staffing, drones and the budget
R By Rachel Ong, Staff Writer
R March 5, 2024
R Share this:
R Facebook
R Twitter
R Email
A Maria Delgado was sworn in last week as Riverton's first Latina police chief. She sat down with the Times-Herald to talk about her first 100 days. The interview has been edited for length and clarity.
A Q: You inherited a department that is 20 officers short. Can you fix that this year?
A A: Not all of it. We have 11 recruits in the academy right now and I expect to hire six more by the fall.
A Q: Will you raise starting pay?
A A: Yes.
A Q: The council has asked about buying drones. Do you support that?
A A: Absolutely. A drone can search a riverbank in ten minutes. It takes a team of officers two hours.
A Q: Some residents worry about surveillance.
A A: I understand that, and we'll publish a policy before we fly a single one.
A Q: Were you surprised the previous chief resigned?
A A: No comment.
A Q: What's the first thing people will notice?
A A: More officers walking downtown, starting in April.
R Related
R City council approves police budget after long debate
R Riverton man charged in string of car break-ins
R Comments are closed.
R © 2024 The Times-Herald. All rights reserved. Powered by WordPress VIP
""",
    # ===== an interview with the speakers' names opening the lines, as an extractor leaves it =====
    "en_interview_names_extract": """\
T 'I never wanted to be a politician': a conversation with Senator Ruth Calloway
R By David Brennan
R Published 6:00 AM ET, March 3, 2024
A After 24 years in the Senate, Ruth Calloway is going home to Montana. We spoke in her office, half-packed into boxes, on Thursday.
A BRENNAN: Do you have any regrets?
A CALLOWAY: Plenty. But not about leaving.
A BRENNAN: Will you endorse in the primary?
A CALLOWAY: No.
A BRENNAN: Not even for your former chief of staff?
A CALLOWAY: Especially not for him. He knows why, and he'd tell you the same thing.
A BRENNAN: What will you do first?
A CALLOWAY: Fish.
A BRENNAN: Seriously?
A CALLOWAY: Seriously. The Blackfoot is waiting for me.
A This conversation has been condensed and edited.
R Sign up for the Politics newsletter
R Get the latest political news delivered to your inbox.
""",
    # ===== a dpa story on a regional paper, as an extractor leaves it =====
    "de_dpa_meldung_extract": """\
T Streik bei der Bahn: Pendler in NRW müssen sich auf Ausfälle einstellen
A Düsseldorf (dpa/lnw) - Pendler in Nordrhein-Westfalen müssen sich ab Donnerstag erneut auf massive Einschränkungen im Zugverkehr einstellen.
A Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat ihre Mitglieder zu einem 35-stündigen Streik im Personenverkehr aufgerufen.
A Die Deutsche Bahn kündigte einen Notfahrplan an. Im Fernverkehr solle etwa jeder fünfte Zug fahren, im Regionalverkehr seien die Angebote je nach Region sehr unterschiedlich.
A Fahrgäste sollten sich vor Reiseantritt online informieren, teilte ein Sprecher mit.
A Korrektur: In einer früheren Version dieser Meldung hieß es, der Streik beginne am Mittwoch. Er beginnt am Donnerstag um 2.00 Uhr.
R dpa/lnw
R © dpa-infocom, dpa:240305-99-223874/4
""",
    # ===== a dpa story on a news portal, all of its page =====
    "de_dpa_portal_full": """\
R Zum Inhalt springen
R Startseite
R Politik
R Wirtschaft
R Panorama
R Sport
R Kultur
R Digital
R Regional
R Newsticker
R Anmelden
R Abonnieren
R Newsticker
T Wissing will mehr Geld für Brückensanierung
R 04.03.2024, 14:32 Uhr
R Teilen
R Merken
R Drucken
A Berlin (dpa) - Bundesverkehrsminister Volker Wissing (FDP) will in den kommenden Jahren deutlich mehr Geld in die Sanierung maroder Autobahnbrücken stecken.
A «Wir müssen schneller werden, sonst fahren wir bald vor gesperrten Brücken», sagte Wissing der Deutschen Presse-Agentur.
A Bundesweit gelten rund 4000 Brücken als dringend sanierungsbedürftig.
A Der Minister kündigte an, die Mittel dafür bis 2026 auf jährlich 2,5 Milliarden Euro zu erhöhen.
A Dieser Artikel wurde um 15.10 Uhr aktualisiert und um Aussagen des Bauindustrieverbands ergänzt.
A Der Hauptverband der Deutschen Bauindustrie begrüßte den Vorstoß, mahnte aber eine schnellere Planung an.
R lus/dpa
R © dpa-infocom, dpa:240304-99-211063/3
R Mehr zum Thema
R Autobahn GmbH: Zahl der gesperrten Brücken steigt
R Bahnstreik: Was Pendler jetzt wissen müssen
R Impressum
R Datenschutz
R Cookie-Einstellungen
R Kontakt
R © 2024 Nachrichtenportal GmbH
""",
    # ===== a German interview, questions as lines, as an extractor leaves it =====
    "de_interview_extract": """\
T «Wir sind noch lange nicht fertig»
T Die Bürgermeisterin von Neustadt über den Umbau der Innenstadt, Parkplätze und Kritik aus dem Rathaus
R Von Jana Köhler
R 03.03.2024
A Frau Berger, vor einem Jahr haben Sie angekündigt, die Innenstadt autofrei zu machen. Wie weit sind Sie?
A Wir haben die Hauptstraße umgebaut und die ersten Parkplätze in Grünflächen verwandelt. Aber wir sind noch lange nicht fertig.
A Die Händler klagen über weniger Kundschaft. Haben Sie das unterschätzt?
A Nein.
A Wirklich nicht?
A Wir haben mit jedem einzelnen Geschäft gesprochen. Die Umsätze sind laut Einzelhandelsverband sogar leicht gestiegen.
A Werden Sie im Herbst wieder antreten?
A Ja.
A Und wenn der Stadtrat das Projekt stoppt?
A Dann machen wir trotzdem weiter, nur langsamer.
T Zur Person: Katrin Berger (48) ist seit 2020 Bürgermeisterin von Neustadt. Zuvor leitete sie das Planungsamt der Stadt.
R Mehr zum Thema
R Autofreie Innenstadt: Die wichtigsten Fragen und Antworten
""",
    # ===== an AFP story on a French news site, all the page =====
    "fr_afp_depeche_full": """\
R Aller au contenu principal
R Se connecter
R S'abonner
R Accueil
R Actualité
R France
R International
R Économie
R Sport
R Culture
R Planète
R International
T Séisme au Japon: au moins 12 morts, des milliers de sinistrés
R Par AFP
R Publié le 04/03/2024 à 08h12, mis à jour le 04/03/2024 à 11h40
R Partager
R Facebook
R X
R E-mail
R Copier le lien
A TOKYO (AFP) - Un séisme de magnitude 6,8 a frappé lundi la côte ouest du Japon, faisant au moins 12 morts et des dizaines de blessés, selon un bilan provisoire des autorités.
A Des milliers d'habitants ont passé la nuit dans des gymnases et des écoles, par des températures proches de zéro.
A «Nous n'avons plus d'eau ni d'électricité depuis hier soir», a raconté à l'AFP Keiko Tanaka, 71 ans, réfugiée dans une école de Wajima.
A Le Premier ministre a annoncé l'envoi de 2.000 militaires supplémentaires dans la région.
A Rectificatif: une version précédente de cette dépêche indiquait une magnitude de 7,1, corrigée depuis par l'Agence météorologique japonaise.
R jug-kh/ybl/cls
R © Agence France-Presse
R Sur le même sujet
R Japon: le bilan du séisme du Nouvel An dépasse les 200 morts
R Les plus lus
R Mentions légales
R Politique de confidentialité
R Gérer mes cookies
R Nous contacter
""",
    # ===== a French interview, questions as lines, short answers, as an extractor leaves it =====
    "fr_entretien_extract": """\
T Thomas Pesquet : «Je repartirai dans l'espace si on me le demande»
R Propos recueillis par Claire Dumont
R Le 3 mars 2024 à 18h00
A Vous avez passé près de 400 jours dans l'espace. Est-ce que la Terre vous manque, là-haut ?
A Au début, non. Ensuite, on pense surtout aux gens, aux odeurs, à la pluie.
A Repartiriez-vous demain ?
A Oui.
A Même pour une mission de six mois ?
A Sans hésiter. C'est le plus beau métier du monde, même si c'est aussi le plus exigeant.
A La Lune, c'est pour quand ?
A Pas pour moi, je pense. Mais un Européen y marchera avant 2035, j'en suis convaincu.
A Et Mars ?
A Pas de mon vivant.
R À lire aussi
R L'ESA dévoile le calendrier de ses prochaines missions habitées
""",
    # ===== a Europa Press story on a Spanish portal, all the page =====
    "es_europa_press_full": """\
R Menú
R Buscar
R Iniciar sesión
R Suscríbete
R Nacional
R Internacional
R Economía
R Deportes
R Cultura
R Nacional
T El Gobierno aprueba el plan de vivienda con 50.000 pisos de alquiler asequible
R Europa Press
R Publicado: 05/03/2024 13:24
R Compartir en Facebook
R Compartir en Twitter
R Compartir en WhatsApp
A MADRID, 5 Mar. (EUROPA PRESS) -
A El Consejo de Ministros ha aprobado este martes el plan estatal de vivienda, que prevé la construcción de 50.000 pisos destinados al alquiler asequible en los próximos cuatro años.
A La ministra de Vivienda ha explicado en la rueda de prensa posterior que las comunidades autónomas gestionarán el 60% de los fondos.
A El plan incluye también ayudas directas al alquiler para jóvenes menores de 35 años de hasta 250 euros al mes.
A Fe de errores: en una versión anterior de esta noticia se indicaba que las ayudas eran de 200 euros al mes.
R Te puede interesar
R Los precios del alquiler suben un 9% en febrero
R Contenido patrocinado
R Aviso legal
R Política de cookies
R © 2024 Europa Press. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Europa Press sin su previo y expreso consentimiento.
""",
    # ===== a Spanish interview, P./R. labels, as an extractor leaves it =====
    "es_entrevista_extract": """\
T Carolina Marín: "Volveré a competir, no tengo ninguna duda"
R Por Javier Ortega
R Madrid, 04 mar 2024 - 07:00 CET
A La campeona olímpica recibe a este periódico en el Centro de Alto Rendimiento, donde se recupera de su tercera lesión de rodilla.
A P. ¿Cómo está la rodilla?
A R. Mejor de lo que esperaba. Ya puedo correr sin dolor.
A P. ¿Ha pensado en retirarse?
A R. No.
A P. ¿Ni un solo día?
A R. Ni uno. Pensé muchas cosas en el hospital, pero esa nunca.
A P. ¿Estará en París?
A R. Esa es la idea. Si el cuerpo responde, allí estaré.
A P. ¿Y después?
A R. Después, ya veremos.
R Noticias relacionadas
R Marín, operada con éxito de la rodilla derecha
""",
    # ===== an ANSA story, as an extractor leaves it =====
    "it_ansa_extract": """\
T Maltempo: allerta rossa in Liguria, scuole chiuse a Genova
A (ANSA) - GENOVA, 04 MAR - Allerta rossa per piogge e temporali su tutta la Liguria centrale da questa sera fino a domani alle 15.
A Lo ha deciso Arpal, che prevede cumulate fino a 300 millimetri in poche ore sull'entroterra genovese.
A Il sindaco di Genova ha firmato l'ordinanza di chiusura di scuole, parchi e cimiteri per la giornata di domani.
A "Invitiamo i cittadini a limitare gli spostamenti allo stretto necessario", ha detto l'assessore regionale alla Protezione civile. (ANSA).
R RIPRODUZIONE RISERVATA © Copyright ANSA
R Condividi
R Leggi l'articolo completo su ANSA.it
""",
    # ===== an Italian interview with D:/R: on a newspaper site, all the page =====
    "it_intervista_full": """\
R Vai al contenuto
R Abbonati
R Accedi
R Cronaca
R Politica
R Economia
R Sport
R Cultura
R Spettacoli
R Cultura
T Paolo Sorrentino: «Napoli è la mia ossessione, non ne uscirò mai»
R di Marco Esposito
R 3 marzo 2024 (modifica il 3 marzo 2024 | 10:22)
R Ascolta l'articolo
R Condividi
R Tempo di lettura: 3 minuti
A Il regista presenta il suo nuovo film al cinema Modernissimo di Napoli. Lo incontriamo il giorno prima della prima.
A D: È vero che questo è il suo film più personale?
A R: Sì.
A D: Più di «È stata la mano di Dio»?
A R: In un certo senso sì. Lì raccontavo la mia famiglia, qui racconto la città.
A D: Girerà mai un film fuori dall'Italia?
A R: Forse. Ma Napoli è la mia ossessione, non ne uscirò mai.
A D: Un Oscar basta?
A R: Nessun premio basta, ma non si fanno film per i premi.
R © RIPRODUZIONE RISERVATA
R Leggi anche
R Sorrentino, il nuovo film in sala dal 24 ottobre
R Iscriviti alla newsletter Cultura
R Privacy
R Cookie policy
R P.IVA 00748290151
""",
    # ===== a Lusa story on a Portuguese portal, all the page =====
    "pt_lusa_full": """\
R Ir para o conteúdo
R Pesquisar
R Entrar
R Assinar
R País
R Mundo
R Economia
R Desporto
R Cultura
R País
T Incêndio destrói fábrica de cortiça em Santa Maria da Feira
R Lusa
R 04 mar 2024 11:25
R Partilhar
R Facebook
R Twitter
R WhatsApp
A Santa Maria da Feira, Aveiro, 04 mar 2024 (Lusa) - Um incêndio destruiu hoje de madrugada uma fábrica de transformação de cortiça em Santa Maria da Feira, sem causar feridos, disse à Lusa fonte dos bombeiros.
A O alerta foi dado às 03:40 e o fogo mobilizou 62 operacionais e 21 viaturas de várias corporações do distrito.
A "A fábrica estava fechada e não havia ninguém no interior", explicou o comandante dos Bombeiros Voluntários da Feira.
A A Polícia Judiciária foi chamada ao local para investigar as causas do incêndio.
R ACC // JMR
R Lusa/Fim
R Leia também
R Incêndio em armazém de Ovar mobiliza 40 bombeiros
R Termos e condições
R Política de privacidade
R © 2024 Notícias ao Minuto
""",
    # ===== a Portuguese interview with P:/R:, as an extractor leaves it =====
    "pt_entrevista_extract": """\
T Marta Temido: "Não volto ao Governo"
R Por Ana Sofia Cunha
R 03 mar 2024, 22:00
A A antiga ministra da Saúde fala pela primeira vez desde que deixou o Governo. A entrevista decorreu no Porto, na quinta-feira.
A P: Arrepende-se de ter saído?
A R: Não.
A P: Nem um pouco?
A R: Saí no momento certo. O Serviço Nacional de Saúde precisava de uma cara nova.
A P: Vai candidatar-se à Câmara de Lisboa?
A R: Não comento.
A P: É um sim?
A R: É um não comento.
R Leia mais
R Temido critica gestão das urgências no inverno
""",
    # ===== an ANP story on a Dutch site, as an extractor leaves it =====
    "nl_anp_extract": """\
T Kabinet trekt extra geld uit voor dijkversterking
R Vandaag, 12:15
A DEN HAAG (ANP) - Het kabinet trekt de komende tien jaar 2 miljard euro extra uit voor de versterking van dijken langs de grote rivieren.
A Dat heeft minister Harbers van Infrastructuur en Waterstaat dinsdag bekendgemaakt.
A Volgens de waterschappen is het geld hard nodig, omdat veel dijken niet meer voldoen aan de nieuwe veiligheidsnormen.
A Correctie: in een eerdere versie van dit bericht stond dat het om 3 miljard euro gaat. Dat is aangepast.
R Bron: ANP
R Deel dit artikel
""",
    # ===== a Dutch interview with the speakers' initials, all the page =====
    "nl_interview_full": """\
R Naar de inhoud
R Menu
R Zoeken
R Inloggen
R Abonneren
R Nieuws
R Sport
R Cultuur
R Economie
R Regio
R Cultuur
T 'Ik schrijf alleen nog 's nachts'
R Door Sanne de Wit
R 5 maart 2024, 06:00
R Leestijd 3 minuten
R Delen
A Schrijver Arnon Grunberg brengt deze week zijn nieuwe roman uit. Een gesprek over slapeloosheid, New York en Amsterdam.
A SW: Schrijft u nog elke dag?
A AG: Ja.
A SW: Ook op vakantie?
A AG: Vooral op vakantie. Dan heb ik geen excuses meer.
A SW: Mist u Amsterdam?
A AG: Nee. Ik mis de mensen, niet de stad.
A SW: Wordt dit uw laatste roman?
A AG: Dat zeg ik elke keer, en elke keer is het niet waar.
R Lees ook
R Grunberg wint P.C. Hooftprijs
R Meest gelezen
R Colofon
R Privacyverklaring
R Cookie-instellingen
R © 2024 DPG Media B.V. - alle rechten voorbehouden
""",
    # ===== a breaking story with an editor's note, as an extractor leaves it =====
    "en_breaking_editors_note_extract": """\
T BREAKING: Bridge collapses in Baltimore after being struck by cargo ship
R Updated 7:42 a.m. EDT
A Editor's note: This is a developing story and will be updated as more information becomes available.
A BALTIMORE (AP) — A major bridge in Baltimore collapsed early Tuesday after a container ship rammed into it, sending vehicles into the water below.
A Rescuers were searching for at least seven people, fire officials said.
A "This is a developing mass casualty event," said Kevin Cartwright, director of communications for the Baltimore City Fire Department.
A The ship reported losing power shortly before the collision, according to an official familiar with the matter.
R Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""",
    # ===== a German interview on a news site with its initials, a correction and all the page =====
    "de_interview_korrektur_full": """\
R Menü
R Suche
R Login
R Abo
R Politik
R Wirtschaft
R Kultur
R Sport
R Wissen
R Politik
T Interview mit Verteidigungsminister: «Die Bundeswehr muss kriegstüchtig werden»
R Von Lars Wienand
R Aktualisiert am 04.03.2024 - 18:05
R Artikel anhören
R Teilen
A Boris Pistorius ist seit einem Jahr Verteidigungsminister. Ein Gespräch über Wehrpflicht, Munition und die Ukraine.
A Frage: Herr Pistorius, brauchen wir wieder eine Wehrpflicht?
A Pistorius: Wir brauchen eine Debatte darüber, und zwar jetzt.
A Frage: Ist das ein Ja?
A Pistorius: Ja.
A Frage: Reicht das Sondervermögen?
A Pistorius: Nein. Das wissen alle, die sich mit dem Thema beschäftigen.
A Frage: Werden Sie 2025 wieder antreten?
A Pistorius: Kein Kommentar.
A Anmerkung der Redaktion: In einer früheren Fassung dieses Interviews war von 100 Milliarden Euro für Munition die Rede. Gemeint war das gesamte Sondervermögen.
R Mehr zum Thema
R Pistorius reist überraschend nach Kiew
R Kommentare (213)
R Jetzt kommentieren
R Impressum
R Datenschutz
R AGB
R © Nachrichtenportal 2024
""",
    # ===== a French AFP story with an editor's update, as an extractor leaves it =====
    "fr_afp_maj_extract": """\
T Grève à la SNCF: un TGV sur deux ce week-end
R Par Le Figaro avec AFP
R Publié il y a 2 heures, mis à jour il y a 35 minutes
A PARIS (AFP) - La SNCF prévoit de faire circuler un TGV sur deux ce week-end en raison d'un préavis de grève des contrôleurs, a annoncé mercredi la direction.
A Les Intercités seront également très perturbés, avec un train sur trois en moyenne.
A Les voyageurs dont le train est supprimé seront prévenus par SMS et pourront être remboursés sans frais.
A Cet article a été mis à jour avec la réaction du ministre des Transports.
A «C'est une grève injustifiable», a réagi le ministre sur France Inter.
R (Avec AFP)
R Vous aimerez aussi
""",
    # ===== an Italian story with a correction note on a news site, all the page =====
    "it_rettifica_full": """\
R Menu
R Cerca
R Abbonati
R Accedi
R Italia
R Mondo
R Economia
R Sport
R Economia
T Bollette, da aprile luce più cara del 5%
R Redazione
R 04/03/2024 - 16:40
R Condividi su Facebook
R Condividi su X
R Condividi su WhatsApp
A (ANSA) - ROMA, 4 MAR - Da aprile le bollette della luce per i clienti vulnerabili aumenteranno del 5% circa.
A Lo ha comunicato l'Autorità di regolazione per energia reti e ambiente in una nota diffusa oggi.
A Il rialzo è legato all'andamento dei prezzi all'ingrosso nel mese di marzo.
A Nota della redazione: in una prima versione dell'articolo l'aumento era indicato del 15%. Ce ne scusiamo con i lettori.
R (ANSA).
R © Riproduzione riservata
R Ti potrebbe interessare
R Gas, prezzi in calo per il terzo mese di fila
R Pubblicità
R Informativa privacy
R Gestione cookie
""",
    # ===== an es EFE story with an interview of short answers, as an extractor leaves it =====
    "es_efe_extract": """\
T Un pescador rescata a tres bañistas en Cádiz: "Hice lo que haría cualquiera"
A Cádiz, 4 mar (EFE).- Un pescador de Barbate rescató este domingo a tres bañistas arrastrados por la corriente en la playa de Zahara de los Atunes, informaron fuentes del Ayuntamiento.
A Manuel Rodríguez, de 58 años, contestó brevemente a las preguntas de EFE en el puerto.
A - ¿Tuvo miedo?
A - No.
A - ¿Volvería a hacerlo?
A - Claro.
A - ¿Por qué se lanzó al agua?
A - Porque eran niños y estaban solos. Hice lo que haría cualquiera.
R EFE
R jmr/pll
R (c) Agencia EFE
""",
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # a Reuters page whose dateline stands alone under the share row: the dateline stays, the glued stamp and the
    # newsletter plug between the paragraphs still go
    "en_r2_dateline_alone_full": """\
R Skip to main content
R World
R Business
R Markets
R Europe
T Germany eases visa rules for skilled workers from outside EU
R By Sarah Marsh
R March 4, 20249:12 AM GMTUpdated 3 hours ago
R Share
R X
R Facebook
R Linkedin
R Email
R Link
A BERLIN, March 4 (Reuters) -
A Germany's cabinet approved a draft law on Monday that would make it easier for skilled workers from outside the European Union to get visas, as Europe's largest economy battles a shortage of labour.
A The law still needs the approval of parliament, where the governing coalition has a majority.
R The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.
A Business groups have long called for the change, saying the country faces a shortage of hundreds of thousands of workers in care, construction and IT.
R Reporting by Sarah Marsh; Editing by Friederike Heine
R Our Standards: The Thomson Reuters Trust Principles.
R © 2024 Reuters. All rights reserved
""",
    # a dpa story whose dateline stands alone over the lead, as an extractor leaves it
    "de_r2_dpa_ortsmarke_extract": """\
T Hamburger Hafen schlägt weniger Container um
A Hamburg (dpa) -
A Der Hamburger Hafen hat im vergangenen Jahr deutlich weniger Container umgeschlagen als im Vorjahr, teilte die Hafenmarketing am Dienstag mit.
A Der Umschlag sank um sieben Prozent auf 7,7 Millionen Standardcontainer.
A Als Gründe nannte der Hafen die schwache Konjunktur und die Folgen der Angriffe auf Schiffe im Roten Meer.
R dpa
R lus/dpa
R © dpa-infocom, dpa:240305-99-224511/2
""",
    # an ANSA story on a regional site: the dateline alone, the link to the agency's site in two forms
    "it_r2_ansa_ortsmarke_full": """\
R Menu
R Cerca
R Cronaca
R Politica
R Sport
T Torino, via libera alla linea 2 della metropolitana
R 04/03/2024 - 18:02
R Condividi
A (ANSA) - TORINO, 4 MAR -
A Il Comune di Torino ha approvato lunedì il progetto definitivo della linea 2 della metropolitana, che collegherà il nord e il sud della città.
A I lavori dovrebbero partire nel 2025 e durare circa otto anni, secondo le stime del Comune.
A "È il giorno che la città aspettava da vent'anni", ha detto il sindaco. (ANSA).
R Leggi l'articolo completo sul sito dell'ANSA
R RIPRODUZIONE RISERVATA © Copyright ANSA
R Privacy
R Cookie policy
""",
    # an EFE story: the dateline alone, the desk's slug under it, a ping-pong interview of one-word answers
    "es_r2_efe_slug_extract": """\
T Un farero jubilado cumple 90 años en la isla donde trabajó
A Ribadeo (Lugo), 4 mar (EFE).-
A Manuel Pena, que durante cuarenta años cuidó el faro de la isla Pancha, ha celebrado este lunes su 90 cumpleaños en el mismo lugar, hoy convertido en apartamento turístico.
A EFE le hizo cinco preguntas.
A —¿Echa de menos el faro?
A —Sí.
A —¿Y el mar?
A —Nunca lo dejé.
A —¿Volvería?
A —Mañana mismo.
R EFE
R pgr/jlg
R (c) Agencia EFE
""",
    # an AFP story on a French portal: the dateline alone, two relative stamps, the desk's slug
    "fr_r2_afp_relatif_full": """\
R Accueil
R Monde
R Économie
R Sport
T Nouvelle-Calédonie: le couvre-feu prolongé d'une semaine
R Par AFP
R Publié il y a 3 heures, mis à jour il y a 10 minutes
R Partager
A NOUMÉA (AFP) -
A Le couvre-feu en vigueur en Nouvelle-Calédonie sera prolongé d'une semaine, a annoncé lundi le haut-commissariat de la République, après une nouvelle nuit de violences.
A Plusieurs bâtiments publics ont été incendiés dans l'agglomération de Nouméa, selon les autorités.
A Rectificatif: une version précédente de cette dépêche évoquait une prolongation de deux semaines.
R pyv/bds/cls
R © Agence France-Presse
R Sur le même sujet
R Mentions légales
""",
    # an AP story on an aggregator: the reading-time stamp glued, "Story continues" twice between paragraphs
    "en_r2_story_continues_full": """\
R Yahoo News
R Mail
R News
R Finance
R Sports
T Storm knocks out power to 300,000 in Michigan
R Associated Press
R Wed, March 6, 2024 at 8:02 AM EST·1 min read
A DETROIT (AP) — A fast-moving storm knocked out power to more than 300,000 homes and businesses across southern Michigan overnight, utilities said Wednesday.
A Winds gusting to 70 mph toppled trees and power lines from Grand Rapids to Detroit.
R Story continues
A DTE Energy said most customers should have power back by Thursday night, though some rural areas could wait until the weekend.
A This story has been updated to include the number of customers without power.
R Story continues
A No injuries were reported.
R Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
R View comments
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # an aggregator's head under the headline: the agency's name and the writer's name alone ("The Associated Press",
    # "Mark Sherman") and a count of reactions ("1.2k"): names alone are also a notice's or a credits box's lines, and
    # a bare figure a fact box's
    "en_ap_syndicated_full": 3,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a wire story per language, the residue line put before or after them
TEXT = {
    "en": [
        "Germany's cabinet approved a draft law on Monday that would make it easier for skilled workers from outside the European Union to get visas.",
        "The law still needs the approval of parliament, where the governing coalition has a majority.",
        "Business groups have long called for the change, saying the country faces a shortage of hundreds of thousands of workers.",
    ],
    "de": [
        "Der Hamburger Hafen hat im vergangenen Jahr deutlich weniger Container umgeschlagen als im Vorjahr, teilte die Hafenmarketing am Dienstag mit.",
        "Der Umschlag sank um sieben Prozent auf 7,7 Millionen Standardcontainer.",
        "Als Gründe nannte der Hafen die schwache Konjunktur und die Folgen der Angriffe auf Schiffe im Roten Meer.",
    ],
    "fr": [
        "Le couvre-feu en vigueur en Nouvelle-Calédonie sera prolongé d'une semaine, a annoncé lundi le haut-commissariat de la République.",
        "Plusieurs bâtiments publics ont été incendiés dans l'agglomération de Nouméa après une nouvelle nuit de violences, selon les autorités.",
        "Les écoles de la capitale resteront fermées jusqu'à nouvel ordre, a précisé le vice-rectorat dans un communiqué.",
    ],
    "es": [
        "El Consejo de Ministros ha aprobado este martes el plan estatal de vivienda, que prevé la construcción de 50.000 pisos de alquiler asequible.",
        "La ministra de Vivienda ha explicado que las comunidades autónomas gestionarán el 60% de los fondos.",
        "El plan incluye también ayudas directas al alquiler para jóvenes menores de 35 años de hasta 250 euros al mes.",
    ],
    "it": [
        "Il Comune di Torino ha approvato lunedì il progetto definitivo della linea 2 della metropolitana, che collegherà il nord e il sud della città.",
        "I lavori dovrebbero partire nel 2025 e durare circa otto anni, secondo le stime del Comune.",
        "Il sindaco ha parlato di una giornata storica per la città, che aspettava l'opera da vent'anni.",
    ],
    "pt": [
        "Um incêndio destruiu hoje de madrugada uma fábrica de transformação de cortiça em Santa Maria da Feira, sem causar feridos.",
        "O alerta foi dado às 03:40 e o fogo mobilizou 62 operacionais e 21 viaturas de várias corporações do distrito.",
        "A Polícia Judiciária foi chamada ao local para investigar as causas do incêndio.",
    ],
    "nl": [
        "Het kabinet trekt de komende tien jaar 2 miljard euro extra uit voor de versterking van dijken langs de grote rivieren.",
        "Dat heeft de minister van Infrastructuur en Waterstaat dinsdag bekendgemaakt in een brief aan de Tweede Kamer.",
        "Volgens de waterschappen is het geld hard nodig, omdat veel dijken niet meer voldoen aan de nieuwe veiligheidsnormen.",
    ],
}

_DL, _AD, _NL, _PL, _CO = "dateline", "ad-marker", "newsletter-prompt", "promo-label", "copyright"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Updated Mon, March 4, 2024 at 10:47 AM EST·2 min read", _DL),
    ("en", "Wed, March 6, 2024 at 8:02 AM EST·1 min read", _DL),
    ("en", "March 4, 20244:31 PM GMTUpdated 2 hours ago", _DL),
    ("en", "Story continues", _AD),
    ("en", "Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. newsletter. Sign up here.", _NL),
    ("en", "The Daily Briefing newsletter provides all the news you need to start your day. Sign up here.", _NL),
    ("it", "Leggi l'articolo completo su ANSA.it", _PL),
    ("it", "Leggi l'articolo completo sul sito del Corriere di Bologna", _PL),
    ("fr", "Publié il y a 2 heures, mis à jour il y a 35 minutes", _DL),
    ("fr", "pyv/bds/cls", _CO),
    ("es", "jmr/pll", _CO),
    ("es", "pgr/jlg", _CO),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Story continues to unfold in the courtroom, where the jury will resume its deliberations on Monday."),
    ("en", "Sign up here and you will get the newsletter for free, the stall's volunteer told passers-by on Saturday."),
    ("en", "Updated figures published on March 4, 2024 at 10:47 AM showed the rate had fallen for a second month."),
    ("it", "Leggi l'articolo completo sul sito del Comune chi vuole conoscere tutti i dettagli del bando, spiega l'assessore."),
    ("fr", "Publié il y a deux ans et mis à jour il y a quelques semaines, le rapport reste la référence du secteur."),
    ("es", "La agencia firmó la nota con las iniciales jmr/pll, como hace con todos sus despachos."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


_DATELINES = [
    ("en", "BERLIN, March 4 (Reuters) -"),
    ("en", "WASHINGTON (AP) —"),
    ("de", "Hamburg (dpa) -"),
    ("de", "Düsseldorf (dpa/lnw) -"),
    ("fr", "PARIS (AFP) -"),
    ("fr", "Paris, 4 mars 2024 (AFP) -"),
    ("es", "MADRID, 3 Mar. (EUROPA PRESS) -"),
    ("es", "Cádiz, 4 mar (EFE).-"),
    ("it", "(ANSA) - ROMA, 3 MAR -"),
    ("pt", "Lisboa, 04 mar 2024 (Lusa) -"),
    ("nl", "DEN HAAG (ANP) -"),
]


@pytest.mark.parametrize(("lang", "dateline"), _DATELINES)
@pytest.mark.parametrize("language", [None, "forced"])
def test_a_wires_dateline_alone_over_its_lead_stays(lang: str, dateline: str, language: str | None) -> None:
    # title-line (edge_wire.wire_dateline): the dateline alone as the page's first line, over its lead
    lost_lines, gone = _kept([dateline, *TEXT[lang]], lang if language else None)
    assert lost_lines == [], gone


@pytest.mark.parametrize(("lang", "dateline"), _DATELINES)
def test_a_wires_dateline_under_the_pages_stamp_and_share_row_stays(lang: str, dateline: str) -> None:
    # edge-furniture (edge_wire.dateline_head): the menu, the headline, the stamp and the share row over it still go
    title = "Germany eases visa rules for skilled workers"
    head = ["World", "Business", "Markets", "Europe", title, "March 4, 2024", "Share", "Facebook"]
    lost_lines, gone = _kept([*head, dateline, *TEXT[lang]])
    # (the headline: either way)
    assert [line for line in lost_lines if line != title] == [line for line in head if line != title], gone


def test_a_headline_with_a_bracket_still_goes_as_the_title() -> None:
    # (wire_dateline asks the dash closing the line: a headline with the agency's name in brackets, or closing on a
    # bracket, is a title as before)
    for title in ["Germany eases visa rules for skilled workers (Reuters)", "Shipping giant weighs sale - sources (update)"]:
        _lost, gone = _kept([title, *TEXT["en"]])
        assert ("title-line", title) in gone, gone


def test_a_headline_over_a_wires_dateline_still_goes() -> None:
    # title-line (edge_wire.wire_title): the headline is read over the lead under the dateline, and goes as it does
    # over a lead holding its dateline
    title = "Germany eases visa rules for skilled workers"
    lost_lines, gone = _kept([title, "BERLIN, March 4 (Reuters) -", *TEXT["en"]])
    assert lost_lines == [title], gone


def test_a_line_closing_on_a_dash_with_no_source_in_brackets_is_judged_as_before() -> None:
    # (a menu's last item over the text, "Home -", names no source: edge-furniture takes the run as before)
    head = ["Home", "News", "World", "Europe -"]
    lost_lines, gone = _kept([*head, *TEXT["en"]])
    assert lost_lines == head, gone


@pytest.mark.parametrize("line", ["and/or", "she/her", "mg/dl", "SPD/FDP"])
def test_a_pair_of_words_or_a_unit_with_a_slash_is_no_desks_slug(line: str) -> None:
    # (the slug asks three consonants in one group of lower-case letters: a pair with a vowel each, a unit, capitals)
    gone = _kept([*TEXT["en"][:2], line, TEXT["en"][2]])[1]
    assert not any(text == line and name == _CO for name, text in gone), gone


def test_the_pages_stamp_over_a_wires_dateline_goes_and_a_second_cleaning_agrees() -> None:
    page = ["Accueil", "Monde", "Économie", "Nouvelle-Calédonie: le couvre-feu prolongé", "Publié il y a 3 heures, mis à jour il y a 10 minutes", "Partager", "NOUMÉA (AFP) -", *TEXT["fr"]]
    once = cleaner.clean_text("\n".join(page))
    assert once.split("\n")[0] == "NOUMÉA (AFP) -"
    assert cleaner.clean_text(once) == once


if __name__ == "__main__":
    report(CASES)


@pytest.mark.parametrize("line", ["tcp/ip", "html/css", "jmr/pll"])
def test_a_slug_shaped_line_between_the_articles_paragraphs_stays(line: str) -> None:
    # (credits.desk_slug, like a company's imprint, is the page's only outside the article's first and last paragraphs:
    # between them it is the article's own short line, an item of a list of protocols)
    lost_lines, gone = _kept([*TEXT["en"][:2], line, TEXT["en"][2]])
    assert lost_lines == [], gone


def test_a_desks_slug_under_the_last_paragraph_goes_with_its_reason() -> None:
    gone = _kept([*TEXT["en"], "jmr/pll"])[1]
    assert (_CO, "jmr/pll") in gone, gone
    result = cleaner.explain_text("\n".join([*TEXT["en"], "jmr/pll"]))
    assert [r.reason for r in result.removed if r.text == "jmr/pll"] == ["a news agency desk's slug (its editors' initials)"]
