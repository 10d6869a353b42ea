# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""epaper47: DOCSTRING PLACEHOLDER
"""

from __future__ import annotations

from probes import (
    forced_language_test,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a German regional paper's page 3 as the e-paper's article view leaves it: running head, section slug,
    # byline in capitals, a photo credit, a pull quote repeated from the text, the jump line
    "de_seite3_reportage_extract": """\
R Seite 3 · Dienstag, 5. Mai 2026
R DIE DRITTE SEITE
T Der lange Abschied vom Kohlehafen
T NACH 120 JAHREN SCHLIESST DER LETZTE UMSCHLAGPLATZ FÜR STEINKOHLE AM RHEIN. EIN BESUCH BEI DENEN, DIE BLEIBEN.
R VON ANNA MÜLLER
A DUISBURG. Um halb sechs am Morgen ist der Kai noch nass vom Regen, die Kräne stehen still. Jürgen Kowalski, 61, steht an der Kante und zeigt auf das leere Becken.
A „Hier lagen früher zwanzig Schiffe gleichzeitig“, sagt er. „Heute kommt noch eins pro Woche, wenn überhaupt.“
A Kowalski hat 38 Jahre im Hafen gearbeitet, zuerst als Schauermann, später als Kranführer. Ende Juni wird der Umschlag von Steinkohle eingestellt, die Fläche soll an einen Logistikkonzern gehen.
A Was bleibt?
A Für die rund 140 Beschäftigten hat der Betreiber einen Sozialplan ausgehandelt. Wer älter als 58 ist, kann in den Vorruhestand gehen, die anderen sollen in das neue Containerterminal wechseln.
A „Die Arbeit wird eine andere sein“, sagt Betriebsrätin Petra Szymanski. „Weniger Schaufel, mehr Bildschirm.“
A Der Oberbürgermeister spricht von einem „Strukturwandel mit Augenmaß“. Die Stadt hofft auf 600 neue Arbeitsplätze bis 2030.
A Kowalski glaubt nicht so recht daran. Er hat seinen Helm schon abgegeben.
R „Hier lagen früher zwanzig Schiffe gleichzeitig“
R FOTO: DPA
T Jürgen Kowalski am leeren Hafenbecken: Ende Juni ist Schluss.
R Fortsetzung auf Seite 4
""",
    # ===== a German e-paper viewer, full page: the viewer's chrome around an article's text view, page thumbnails
    "de_epaper_viewer_lokales_full": """\
R E-Paper
R Ausgabe wählen
R Alle Ausgaben
R Seitenansicht
R Artikelansicht
R Zoom
R Seite zurück
R Seite vor
R Vorlesen
R Merken
R Abmelden
R Lokales · Seite 13 · Mittwoch, 6. Mai 2026
T Neue Buslinie verbindet Nordstadt und Klinikum
R VON THOMAS BRANDT
A Ab dem 1. Juni fährt die neue Linie 27 alle 20 Minuten zwischen dem Nordstadt-Bahnhof und dem Klinikum. Das hat der Verkehrsausschuss am Montagabend einstimmig beschlossen.
A Die Linie ersetzt den bisherigen Rufbus, der nach Angaben der Stadtwerke zuletzt kaum noch genutzt wurde.
A Neu ist auch der Takt am Wochenende:
A 1. samstags von 6 bis 23 Uhr alle 30 Minuten,
A 2. sonntags von 8 bis 22 Uhr stündlich,
A 3. an Feiertagen wie sonntags.
A Der Fahrplan liegt ab Mitte Mai in den Kundencentern aus und steht auch in der gedruckten Ausgabe vom Samstag.
A Für Anwohner der Gartenstraße gibt es eine Änderung: Die Haltestelle wird um rund 80 Meter Richtung Kreisel verlegt.
A „Wir haben lange um diese Verbindung gekämpft“, sagte Ortsvorsteherin Helga Brenner.
R FOTO: STADTWERKE
R ANZEIGE
R 1
R 2
R 3
R 13
R 14
R Impressum
R Datenschutz
R AGB
R Hilfe
R © Zeitungsverlag Musterstadt GmbH 2026
""",
    # ===== a German news magazine's interview, extract: the interviewer's label in capitals, the running foot,
    # a pull quote repeated, the ANZEIGE marker between pages
    "de_magazin_interview_extract": """\
T „Wir haben zu lange gewartet“
T Die Klimaforscherin Friederike Lang über Hitzesommer, Versäumnisse der Politik und die Frage, was jeder Einzelne noch tun kann
A SPIEGEL: Frau Lang, der April war der wärmste seit Beginn der Aufzeichnungen. Überrascht Sie das?
A Lang: Nein. Überrascht hat mich nur, wie wenig darüber gesprochen wurde.
A SPIEGEL: Woran liegt das?
A Lang: Wir haben uns an Rekorde gewöhnt. Jeder Sommer ist der heißeste, jeder Frühling der trockenste. Das stumpft ab.
R ANZEIGE
A SPIEGEL: Was hätte die Politik anders machen müssen?
A Lang: Wir haben zu lange gewartet. Die Hitzeschutzpläne der Kommunen liegen seit Jahren in den Schubladen.
A SPIEGEL: Und der Einzelne?
A Lang: Drei Dinge. Erstens: trinken. Zweitens: Nachbarn fragen. Drittens: wählen gehen.
R „Wir haben zu lange gewartet. Die Hitzeschutzpläne der Kommunen liegen seit Jahren in den Schubladen.“
R DER SPIEGEL Nr. 19 / 2. 5. 2026
R 45
A Das Gespräch führte Martin Kessler.
""",
    # ===== a German business page extracted from the PDF: lines broken with the column, words hyphenated across the
    # breaks, the page number alone, a photo credit
    "de_wirtschaft_pdf_extract": """\
R WIRTSCHAFT
R 17
R Donnerstag, 7. Mai 2026
T Mittelständler klagen über Fachkräftemangel
A FRANKFURT. Fast zwei Drittel der mittelständischen Unternehmen in Hessen können offene Stellen nicht beset-
A zen. Das geht aus einer Umfrage der Industrie- und Handelskammer hervor, an der sich 1.200 Betriebe beteiligt haben.
A Besonders betroffen sind das Handwerk, die Pflege und die Logistik. Viele Firmen lehnen inzwischen Aufträge ab, weil das Per-
A sonal fehlt.
A „Die Lage ist ernst“, sagte IHK-Präsident Stefan Wolf.
A Die Kammer fordert schnellere Anerkennungsverfahren für ausländische Abschlüsse und mehr Geld für die Berufs-
A orientierung an Schulen.
A Die vollständige Umfrage ist auf Seite 19 dokumentiert.
R FOTO: IMAGO/JOCHEN TACK
R dpa/lhe
R Hessische Allgemeine
R Seite 17
""",
    # ===== an American paper's front-page story as the replica edition's text view leaves it: running head with the
    # page number, byline in capitals, jump line, photo credit, pull quote
    "en_frontpage_jump_extract": """\
R THE DAILY COURIER | TUESDAY, MAY 5, 2026 | A1
R METRO
T City council approves $48 million flood wall
T Vote ends a decade of debate over the riverfront
R BY JANE DOE
R STAFF WRITER
A After more than ten years of studies, lawsuits and public hearings, the city council voted 7-2 on Monday night to build a concrete flood wall along the east bank of the Harlan River.
A The $48 million project will protect about 2,300 homes and businesses in the Lowtown and Mill Street neighborhoods that flooded in 2017 and again in 2023.
A "This is the night we stop bailing water," said council member Rosa Delgado, who represents Lowtown.
A Opponents argued the wall will block river views and hurt property values on the west bank.
A "We are building a wall between neighbors," said council member Tom Pruitt, who voted no.
A Construction is expected to begin next spring and take three years. A map of the route appeared on page 3 of Sunday's print edition.
R "This is the night we stop bailing water."
R PHOTO: MIKE CHEN / THE DAILY COURIER
T Residents fill the council chamber Monday for the final vote on the flood wall.
R Continued on page A6
R Please see WALL, A6
""",
    # ===== an English e-reader's full page (a press-reader service): its chrome around the article's text view
    "en_pressreader_full": """\
R Sign in
R Subscribe
R Catalog
R For You
R The Northern Echo
R 2026-05-05
R Page 12
R Zoom in
R Zoom out
R Previous page
R Next page
R Listen
R Translate
R Print
R Share
R Comments
T Village school saved after parents' campaign
R BY PETER HOLLAND
A A village primary school threatened with closure will stay open after a campaign by parents raised more than £90,000.
A Westfield Primary, which has 46 pupils, was due to shut in July because of falling rolls and a budget shortfall.
A Parents organised a sponsored walk, a summer fair and an online appeal. The money will fund a teacher's salary for two years.
A Head teacher Lucy Marsh said: "I have never seen a community come together like this."
A The county council confirmed the school would remain open until at least 2028.
A Parents who want to help can still donate through the school office.
R Article from: The Northern Echo
R This article is shared under a licence.
R Copyright © 2026 Newsquest Media Group
R Terms of use
R Privacy
R Help
""",
    # ===== an English magazine's feature, extract: the running head and foot, a section slug, a numbered
    # list in the text, a one-line quote alone, sentences naming the print edition and a photo
    "en_magazine_feature_extract": """\
R The Week in Science | May 9th 2026
R 64
R Briefing | Antibiotic resistance
T The silent pandemic
T Drug-resistant infections now kill more people than malaria. Three ideas could turn the tide
A In a hospital ward in Nairobi, Dr Amina Otieno keeps a list taped to the wall of antibiotics that no longer work. It gets longer every year.
A "We are running out of road."
A Resistant bacteria were linked to 1.1m deaths in 2024, according to a study published in the Lancet last month.
A Researchers see three ways forward:
A 1. Paying drug firms to develop antibiotics that are then kept in reserve.
A 2. Cheaper rapid tests, so that doctors stop prescribing blindly.
A 3. Tighter rules on antibiotics in livestock, which consume two-thirds of the world's supply.
A None is cheap. This newspaper argued in its print edition last year that the first would cost rich countries about $4bn a year.
A A photo on Dr Otieno's phone shows the ward in 2015, half as full as it is now.
R PHOTOGRAPH: GETTY IMAGES
R "We are running out of road."
R The Week in Science May 9th 2026
R 65
""",
    # ===== a digitised newspaper archive's page, full: the viewer's chrome, OCR text of an old report with broken
    # hyphenation, the clipping tools
    "en_archive_ocr_full": """\
R Newspaper Archive
R Search
R Browse titles
R My clippings
R Log in
R The Evening Standard
R Friday, March 14, 1952
R Page 4 of 24
R Download PDF
R Clip
R Print
R Zoom
R View OCR text
T GALE DAMAGES PIER
A Much damage was caused to the West Pier last night when a gale of great force swept along the coast, and parts of the deck were car-
A ried away by the heavy seas.
A The pier had been closed to the public since the afternoon, and no one was injured.
A The Town Clerk said this morning that repairs would begin as soon as the weather permitted. "It will be an expensive business," he added.
A Fishing boats in the harbour were also damaged.
R Page 4
R Continued on Page 7
R Report an OCR error
R Related pages
R Page 3
R Page 5
R Terms and conditions
R Privacy policy
""",
    # ===== a French daily's page as the e-paper's text view leaves it: running head with the paper and the date in
    # capitals, section slug, jump line, photo credit, PUBLICITÉ marker
    "fr_quotidien_international_extract": """\
R LE MONDE / MERCREDI 6 MAI 2026
R INTERNATIONAL | 3
T En Bolivie, la crise du lithium divise le gouvernement
R PAR JULIEN MOREAU
A LA PAZ - CORRESPONDANT. Le ministre des mines bolivien a présenté sa démission lundi soir, après un désaccord public avec le président sur l'exploitation des gisements de lithium du salar d'Uyuni.
A Au cœur du conflit, trois contrats signés en 2023 avec des entreprises chinoises et russes, que l'opposition juge contraires à la Constitution.
A « Nous ne vendrons pas notre avenir », a déclaré le ministre démissionnaire.
A Le gouvernement assure que les contrats seront soumis au Parlement avant la fin de l'année.
A Les trois points contestés :
A 1. la durée des concessions, fixée à trente ans ;
A 2. la part des revenus reversée à l'État ;
A 3. l'absence d'étude d'impact sur l'eau.
A Comme nous l'écrivions en page 3 de notre édition du 12 avril, les communautés autochtones du salar réclament d'être consultées.
R PUBLICITÉ
R « Nous ne vendrons pas notre avenir »
R PHOTO : AIZAR RALDES / AFP
R Suite page 8
""",
    # ===== a French regional paper's e-paper reader, full page: its chrome in French around the text view
    "fr_liseuse_regionale_full": """\
R Journal numérique
R Choisir une édition
R Feuilleter
R Page précédente
R Page suivante
R Zoom
R Mode texte
R Télécharger le PDF
R Mes favoris
R Se déconnecter
R ISÈRE · JEUDI 7 MAI 2026 · PAGE 9
T Grenoble : la piscine Jean-Bron rouvre après deux ans de travaux
A La piscine Jean-Bron rouvrira ses portes au public le samedi 16 mai, après deux ans de travaux de rénovation.
A Le chantier, d'un montant de 9,4 millions d'euros, a permis de remplacer la toiture, les bassins et le système de chauffage.
A Horaires d'ouverture :
A lundi au vendredi : 7 h - 21 h
A samedi et dimanche : 9 h - 19 h
A L'entrée reste à 3,20 euros pour les Grenoblois.
A « C'était une attente très longue pour les clubs », reconnaît l'adjoint aux sports.
R Le Dauphiné Libéré
R Photo Le DL /Christophe AGOSTINIS
R Mentions légales
R Conditions générales de vente
R Gestion des cookies
R Contact
""",
    # ===== a French weekly magazine's interview, extract: the running head, "Propos recueillis par", the
    # pull quote repeated, a credit in capitals
    "fr_magazine_entretien_extract": """\
R L'HEBDO N° 3798 · DU 7 AU 13 MAI 2026
R 42
R CULTURE
T Agnès Varenne : « Le cinéma n'est pas mort, il a déménagé »
A La réalisatrice présente cette semaine son nouveau film au Festival de Cannes. Entretien.
A Votre film a été tourné entièrement au téléphone. Pourquoi ?
A Par nécessité d'abord. Puis c'est devenu un choix.
A Les salles se vident, pourtant.
A Le cinéma n'est pas mort, il a déménagé. Les gens regardent des films partout, dans le train, au lit.
A Qu'attendez-vous de Cannes ?
A Rien. Tout. Qu'on en parle, surtout.
R « Le cinéma n'est pas mort, il a déménagé »
R PROPOS RECUEILLIS PAR CLAIRE DUVAL
R PHOTO : JOEL SAGET / AFP
R 43
""",
    # ===== a Spanish daily's page, extract: running head with paper, date and page, jump line, agency photo credit,
    # PUBLICIDAD marker
    "es_diario_espana_extract": """\
R EL PAÍS, MIÉRCOLES 6 DE MAYO DE 2026
R ESPAÑA | 23
T El Gobierno aprueba la ley de vivienda asequible tras dos años de negociación
R POR MARÍA GARCÍA / CARLOS RUIZ
R Madrid
A El Consejo de Ministros aprobó este martes el proyecto de ley de vivienda asequible, que obligará a reservar el 30% de las nuevas promociones a alquiler protegido.
A La norma, que ahora debe pasar por el Congreso, fija además un tope de 600 euros mensuales para los pisos de menos de 60 metros cuadrados en las zonas tensionadas.
A "Es la ley más ambiciosa de la democracia en materia de vivienda", dijo la ministra en rueda de prensa.
A Las principales medidas:
A - Reserva del 30% para alquiler protegido.
A - Bonificaciones fiscales del 50% a los propietarios que alquilen por debajo del índice.
A - Un registro estatal de grandes tenedores.
A El PP ha anunciado que votará en contra. Vox presentará una enmienda a la totalidad.
R FOTO: EFE
R PUBLICIDAD
R Pasa a la página 24
""",
    # ===== a Spanish regional paper's kiosk viewer, full page: its chrome around the text view
    "es_kiosko_digital_full": """\
R Kiosko digital
R Hemeroteca
R Elegir edición
R Página anterior
R Página siguiente
R Ampliar
R Reducir
R Vista de texto
R Descargar
R Mi cuenta
R Cerrar sesión
R Deportes · Página 41
T El Cádiz asciende a Primera tras vencer al Racing
R POR JOSÉ LUIS MARTÍN
A El Cádiz volverá a Primera División la próxima temporada. El equipo amarillo ganó 2-0 al Racing de Santander en un Nuevo Mirandilla lleno hasta la bandera.
A Los goles llegaron en la segunda parte, obra de Álvaro Negredo y de Iván Alejo.
A Al pitido final, miles de aficionados invadieron el césped.
A "Esto es para la ciudad", dijo el entrenador entre lágrimas.
A Cádiz, 2; Racing, 0.
A La fiesta seguirá el domingo con una rueda de prensa en el Ayuntamiento. Más fotos en la edición impresa.
R FOTO: NACHO FRADE
R Diario de Cádiz
R Aviso legal
R Política de privacidad
R Configuración de cookies
""",
    # ===== an Italian daily's page, extract: running head, byline "di" in capitals, jump line in capitals, ANSA
    # credit, PUBBLICITÀ
    "it_quotidiano_politica_extract": """\
R CORRIERE DEL NORD MARTEDÌ 5 MAGGIO 2026
R 7
R PRIMO PIANO
T Autonomia, scontro in Senato sulle risorse al Sud
R di MARCO ROSSI
R ROMA
A Si apre una settimana decisiva per la riforma dell'autonomia differenziata. Il testo arriva in aula al Senato con oltre 1.300 emendamenti.
A Le regioni del Sud chiedono garanzie sulle risorse per sanità e scuola prima del voto finale.
A «Non firmeremo un assegno in bianco», ha detto il presidente della Campania.
A Il governo punta a chiudere entro giugno. Il calendario prevede il voto finale il 24 maggio.
A Tre i nodi ancora aperti:
A 1) i livelli essenziali delle prestazioni;
A 2) il fondo perequativo;
A 3) le competenze sull'istruzione.
R «Non firmeremo un assegno in bianco»
R FOTO ANSA
R PUBBLICITÀ
R SEGUE A PAGINA 9
""",
    # ===== an Italian e-paper leafing viewer, full page
    "it_sfogliatore_full": """\
R Edicola digitale
R Sfoglia
R Scegli edizione
R Archivio
R Pagina precedente
R Pagina successiva
R Ingrandisci
R Riduci
R Modalità testo
R Scarica PDF
R Esci
R Cronaca di Torino · Pagina 28
T Torino, riapre il Museo del Risorgimento dopo il restauro
A Dopo diciotto mesi di lavori riapre sabato il Museo nazionale del Risorgimento italiano, a Palazzo Carignano.
A Il restauro ha riguardato la sala del Parlamento subalpino e gli impianti di climatizzazione.
A Orari:
A martedì-domenica 10-18
A lunedì chiuso
A «È un luogo che appartiene a tutti i torinesi», ha detto la direttrice.
A L'ingresso sarà gratuito per tutto il primo fine settimana.
R Foto Reporters
R La Gazzetta di Torino
R Note legali
R Privacy
R Preferenze cookie
""",
    # ===== a Portuguese daily's page, extract: running head with bullets, byline in capitals, jump line, LUSA credit,
    # PUBLICIDADE marker
    "pt_diario_sociedade_extract": """\
R PÚBLICO • TERÇA-FEIRA, 5 DE MAIO DE 2026 • 12
R SOCIEDADE
T Escolas vão ter psicólogos a tempo inteiro a partir de setembro
R ANA SOUSA
A Todos os agrupamentos de escolas do país vão ter pelo menos um psicólogo a tempo inteiro a partir do próximo ano letivo, anunciou ontem o ministro da Educação.
A A medida abrange 810 agrupamentos e custará cerca de 25 milhões de euros por ano.
A "É uma reivindicação antiga das escolas e das famílias", afirmou o ministro.
A Os sindicatos saudaram a decisão, mas lembram que faltam também assistentes operacionais.
A A medida foi antecipada na edição impressa de sábado.
R PUBLICIDADE
R FOTO: LUSA
R Continua na página 14
""",
    # ===== a Portuguese paper's digital edition, full page
    "pt_edicao_digital_full": """\
R Edição digital
R Escolher edição
R Edições anteriores
R Página anterior
R Página seguinte
R Ampliar
R Modo de leitura
R Descarregar PDF
R Terminar sessão
R Desporto · Página 34
T Benfica conquista o 39.º título de campeão
A O Benfica sagrou-se ontem campeão nacional pela 39.ª vez, depois de vencer o Sporting de Braga por 3-1 no Estádio da Luz.
A Os golos foram marcados por Rafa, Di María e João Neves.
A Foram 64 mil espectadores nas bancadas.
A "Este título é dos adeptos", disse o treinador no final.
A A festa continua hoje à tarde no Marquês de Pombal.
R Fotografia: Miguel A. Lopes / Lusa
R Record
R Termos e condições
R Política de privacidade
R Definições de cookies
""",
    # ===== a Dutch daily's page, extract: running head with the date and the page, section slug, "Vervolg van"
    # and "Lees verder op" jump lines, ANP credit, ADVERTENTIE marker
    "nl_krant_binnenland_extract": """\
R DINSDAG 5 MEI 2026 | DE KRANT | 9
R BINNENLAND
R Vervolg van pagina 1
T Kabinet trekt extra geld uit voor dijkversterking
A Het kabinet trekt de komende tien jaar 2,1 miljard euro extra uit voor het versterken van dijken langs de grote rivieren. Dat maakte de minister van Infrastructuur maandag bekend.
A Het geld komt bovenop het bestaande Deltafonds.
A "We kunnen niet wachten tot het water over de dijk komt", zei de minister.
A De eerste projecten starten volgend jaar bij Deventer en Zutphen.
A Waterschappen zijn tevreden, maar waarschuwen dat er te weinig ingenieurs zijn. Zie ook het commentaar op pagina 2.
R ADVERTENTIE
R FOTO ANP
R Lees verder op pagina 11
""",
    # ===== a Dutch digital paper, full page: the reader's chrome
    "nl_digitale_krant_full": """\
R Digitale krant
R Kies editie
R Archief
R Vorige pagina
R Volgende pagina
R Inzoomen
R Uitzoomen
R Tekstweergave
R Download pdf
R Uitloggen
R Regio · Pagina 15
T Utrecht krijgt eerste autovrije woonwijk
R DOOR JAN DE VRIES
A In de Merwedekanaalzone in Utrecht wordt de eerste autovrije woonwijk van Nederland gebouwd. De gemeenteraad stemde donderdag in met het plan.
A Er komen 6.000 woningen, maar slechts 0,3 parkeerplaats per huis, allemaal in een gebouw aan de rand van de wijk.
A Bewoners krijgen wel:
A deelauto's,
A een tramhalte,
A fietsenstallingen voor 12.000 fietsen.
A "Dit is de stad van de toekomst", aldus de wethouder.
R FOTO: ROBIN VAN LONKHUIJSEN / ANP
R Algemeen Dagblad
R Privacy
R Cookies
R Voorwaarden
""",
}

#: article lines a page is known to lose, with why
KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


if __name__ == "__main__":
    report(CASES)
