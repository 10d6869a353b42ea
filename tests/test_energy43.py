# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""energy43: a probe of energy, climate and environment news, scraped as text (half as an extractor leaves them, half
as all the visible text of the page), in en, de, fr, es, it, pt and nl: fuel and power prices, a power-cut notice,
climate-summit reports, emissions data, a wind or solar farm switched on, heat-pump and insulation advice, an
environmental court case, a pollution investigation, a scientist's Q&A.

- the article (``A``): the text with its short lines that are its content: price rows ("Petrol: 142.9p (-0.4p)",
  "Gazole : 1,689 €", "Strompreis: 27 ct/kWh"), key figures ("Capacity: 3.6 GW", "Turbines: 277"), outage lists of
  affected streets, postcodes or towns, a "Key points" box, a pledge list, one-line quotes, "What you can do:" tips,
  a Q&A's one-word answer ("No.");
- the residue (``R``): live fuel-price widgets and "Find the cheapest petrol near you" calls, "Compare energy
  deals"/"Tarif wechseln" buttons, carbon-calculator promos, "Our climate coverage" and "More on climate" teasers,
  sponsored-content labels, newsletter boxes ("Sign up for Down to Earth"), share rows, menus, footers, cookie notices;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 236 ``A`` lines, 390
  ``R``, 24 ``T``, all seven languages.
- round 2, after the changes, aimed at them: 7 pages, 50 ``A``, 64 ``R``: a regional page's long headline over the
  writer's name and job title and the stamp, a tips list's bare steps ("Compare energy deals", "Switch supplier",
  "Tarife vergleichen") over the comparison widget's buttons, a reporter's tribute whose name and title stand over her
  life span, a topic's newsletter box, an appeal box under a teaser box, the finders' buttons under a sentence with
  their words (es, nl, pt).

Measured on main 2ab0a12: round 1 lost 0, left 19; round 2 lost 0, left 19. Left: the energy-comparison and fuel
finders' buttons ("Switch and save up to £300 →", "Stromtarife vergleichen und bis zu 500 € sparen", "Cambia de
tarifa y ahorra", "Consulta aquí el precio de la luz por horas", "Encontre os postos mais baratos perto de si"), a
topic's newsletter box ("Unser Klima-Newsletter" / "Jeden Freitag das Wichtigste zur Klimakrise.", a blurb closed by a
full stop), a regional publisher's sign-up small print ("We use your sign-up to provide content in ways you've
consented to …"), bylines ("Analysis by …, Environment reporter", "Ein Artikel von …"), a regional page's writer's name
and job title under a long headline ("Emma Clarke" / "Senior reporter"), a desk's teaser box ("More climate
interviews") and the appeal box under it. No loss in either round: the price rows, key figures, outage lists,
pledge lists, one-line quotes and tips all stayed.

After: round 1 lost 0, left 2; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_energy.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``name_role_head`` (labelled-byline, over the first paragraph): a person's name alone (``edge_obits.name_line``)
  over a job title alone (``credits.bio_role``) over a line the dateline pass took is the page's credit, and goes
  under a long headline that stays too. Over a life span (an obituary's head), over no stamp, or with a role no table
  names ("Glaciologist") it stays (tests).
- ``teaser_took_appeal_heading`` (appeal-box): a line teaser-box took as one of its box's headlines that the
  appeal-heading table names ("Support our climate journalism") heads an appeal box as a sign-up pass's line does;
  the pitch and the button are still asked for, and a sentence under a teaser box with no appeal's heading stays
  (tests).
- tables, each in an ``# energy43:`` block at its list's end: ``widgets.chrome`` the comparison and finder buttons
  with the pitch's own words (a saving, "now"/"jetzt", an arrow, "y ahorra", "near you"/"in der Nähe"/"cerca de
  ti"/"perto de si"/"bij jou in de buurt") in en, de, es, it, pt, nl (a tips list's bare "Compare energy deals",
  "Tarife vergleichen", "Cambia de tarifa" stay: test); de ``signup.newsletter`` a topic's newsletter heading
  ("Unser Klima-Newsletter") and the blurbs of when and what ("Jeden Freitag das Wichtigste zur Klimakrise."); en
  ``signup.consent`` the regional publisher's small print; en ``signup.appeal_heading`` "Support our climate
  journalism"; en ``promos.box_heading`` "More climate interviews"; en ``metadata.byline`` "Analysis by …" with a
  role; de ``metadata.byline`` "Ein Artikel von …"; en ``credits.bio_role`` a job title in lower case after its first
  word ("Senior reporter"). Each has a sentence with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_energy43.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a motoring desk's weekly fuel-price story as an extractor leaves it: price rows, a live widget's call
    "en_fuel_prices_extract": """\
T Petrol prices fall for third week as wholesale costs ease
R By Tom Harding, Motoring Correspondent
R Published 14 March 2024, 06:00 GMT
R Share
A Drivers are paying less at the pump for the third week running after wholesale fuel costs eased, new figures show.
A The average price of a litre of unleaded fell by 0.4p over the week, according to data from the government's fuel finder scheme.
A Average UK pump prices this week:
A Petrol: 142.9p (-0.4p)
A Diesel: 151.3p (-0.6p)
A Super unleaded: 157.8p (-0.2p)
A Supermarket forecourts remained the cheapest, with Asda selling unleaded at an average of 139.7p.
A "Retailers must pass on these savings quickly," said Simon Williams of the RAC.
A Filling an average 55-litre family car with petrol now costs £78.60.
R Find the cheapest petrol near you
R Enter your postcode
R Search
R Read more: Why diesel still costs more than petrol
R More on fuel prices
R Drivers urged to check tyre pressure as fuel bills bite
R Share this article
R Copy link
""",
    # ===== a local paper's power-cut notice with the whole page's visible text: the affected streets as a list
    "en_power_cut_full": """\
R Skip to content
R Home
R News
R Sport
R What's On
R Property
R Jobs
R Subscribe
R Sign in
R News
R Local News
T Power cut hits thousands of homes across the city - see the full list of affected streets
R Emma Clarke
R Senior reporter
R 09:12, 3 FEB 2024
R Updated 11:40, 3 FEB 2024
R Bookmark
A More than 4,000 homes and businesses in the north of the city have been left without electricity this morning.
A Northern Powergrid said the fault, at a substation in Hallam Road, was reported at 6.45am.
A Engineers are on site and power is expected to be restored by 2pm.
A The affected postcodes are:
A S10 1
A S10 2
A S10 5
A S6 3
A Streets affected include:
A Hallam Road
A Crookes Valley Road
A Northfield Avenue
A Parkside Lane
A Customers can call 105 free of charge to report a power cut or get an update.
A A spokesperson said: "We're sorry for any inconvenience caused."
A Vulnerable customers can register for the Priority Services Register for extra support during outages.
R Read Next
R Roadworks to close main route into city centre for six weeks
R Woman rescued after car plunges into river
R Sign up to our daily newsletter
R Get the biggest stories delivered straight to your inbox
R Enter your email
R Sign up
R We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.
R Comments
R Show 12 comments
R Follow us
R Facebook
R Twitter
R Contact us
R Privacy Notice
R Cookie Policy
R Terms and Conditions
R © 2024 Local World Media Ltd
""",
    # ===== a climate summit report as an extractor leaves it: a "Key points" box, a pledge list, one-line quotes
    "en_cop_summit_extract": """\
T Cop28: Nations agree to 'transition away' from fossil fuels in historic deal
R By Justin Reid, Climate and science reporter
R 13 December 2023
R Updated 5 hours ago
A Key points
A Nearly 200 countries agreed a deal that calls for a transition away from fossil fuels.
A It is the first time a Cop agreement has named oil, gas and coal.
A Critics said the text contains loopholes.
A Delegates in Dubai stood and applauded as the Cop28 president Sultan Al Jaber banged his gavel to approve the deal.
A The agreement calls on countries to:
A triple renewable energy capacity by 2030
A double the rate of energy efficiency improvements
A accelerate zero and low-emission technologies
A phase down unabated coal power
A "This is a historic package," Al Jaber told the plenary.
A "It is not enough," said the Samoan negotiator Anne Rasmussen.
A Small island states, which face rising seas, had wanted stronger wording on a phase-out.
A The UN's climate chief Simon Stiell said it was "the beginning of the end" for fossil fuels.
R Sign up for our Future Earth newsletter to keep up with the latest climate and environment stories.
R More on this story
R What is Cop28 and why does it matter?
R Why is the Cop28 host so controversial?
R Our climate coverage
R Related Topics
R Climate change
R Cop28
""",
    # ===== a wind-farm story with the whole page's visible text: key figures as labelled rows
    "en_windfarm_full": """\
R Menu
R Search
R Energy
R Climate
R Nature
R Business
R Newsletters
R Energy
T Giant offshore wind farm switched on off Yorkshire coast
R Sponsored by Green Energy Partners
R 21 May 2024
R Facebook
R X
R LinkedIn
R Email
A The world's largest offshore wind farm has delivered its first power to the grid, its developers said on Tuesday.
A Once complete, the project will supply enough electricity for six million homes.
A Key facts
A Capacity: 3.6 GW
A Turbines: 277
A Distance from shore: 130km
A Height of each turbine: 260m
A Owners: SSE, Equinor, Vårgrønn
A The first phase, of 95 turbines, is expected to be fully operational by the end of the year.
A "This is a proud moment for the UK's energy security," the energy minister said.
A Local fishermen have raised concerns about the cables' effect on fishing grounds.
R Advertisement
R Try our carbon footprint calculator
R See how your lifestyle compares
R Calculate now →
R More on Energy
R UK's first tidal lagoon gets planning approval
R Solar panels on new homes to become mandatory
R Sign up for Down to Earth
R Our free weekly newsletter on the climate crisis
R Sign up
R About us
R Contact
R Privacy policy
R Cookie settings
R We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
R Accept all
R Manage preferences
R © 2024 Energy Today Media
""",
    # ===== a heat-pump and insulation advice piece as an extractor leaves it: tips, a comparison button
    "en_heatpump_advice_extract": """\
T How to cut your heating bill this winter: 8 tips from the experts
R By Laura Patel, Consumer editor
R Last updated 10 January 2024
A The energy price cap rises again in January, adding around £94 a year to a typical bill.
A Price cap from 1 January:
A Electricity: 28.62p per kWh
A Gas: 7.42p per kWh
A Standing charge (electricity): 53.35p a day
A What you can do:
A Turn your thermostat down by one degree.
A Bleed your radiators.
A Draught-proof doors and windows.
A Lower your boiler's flow temperature to 60C.
A A heat pump can cut bills further, but installation costs are high.
A The Boiler Upgrade Scheme offers a grant of £7,500.
A "Small changes add up," said Sarah Pennells, a consumer finance specialist.
R Compare energy deals
R Switch and save up to £300 →
R This article contains affiliate links. We may earn a commission.
R Related articles
R Is a heat pump right for your home?
R Share on Facebook
R Share on WhatsApp
""",
    # ===== a scientist's Q&A with all the visible text of the page
    "en_scientist_qa_full": """\
R Skip to main content
R Climate
R Environment
R Wildlife
R Opinion
R Podcasts
R Donate
T 'We are running out of time': a glaciologist on the melting Alps
R Interview by Mark Evans
R Fri 8 Mar 2024 07.00 GMT
R Share
A Swiss glaciers lost 4% of their volume in 2023, the second-worst year on record. We asked Matthias Huss, who leads the Swiss glacier monitoring network, what it means.
A How bad was last year?
A Very bad. After 2022, it was the second extreme year in a row.
A Can the glaciers be saved?
A Not all of them. Even if we stopped emissions today, we would lose half the ice.
A What would help?
A Cutting emissions fast. Every tenth of a degree counts.
A Are you optimistic?
A No.
A Matthias Huss is a glaciologist at ETH Zurich.
R This interview has been edited for length and clarity.
R More climate interviews
R 'The ocean is our biggest ally', says marine biologist
R Support our climate journalism
R Our reporting is free for everyone. Give from just £2.
R Support us →
R Most viewed
R Heatwave warning issued for southern Europe
R Terms of service
R Privacy policy
R © 2024 Guardian-style News
""",
    # ===== a German electricity-price story as an extractor leaves it: tariff rows, a switch button
    "de_strompreis_extract": """\
T Strompreise sinken: So viel zahlen Neukunden jetzt
R Von Julia Weber
R 12.03.2024, 08:15 Uhr
R Lesezeit: 3 Min.
A Die Strompreise für Neukunden sind im Februar weiter gesunken.
A Das zeigt eine Auswertung des Vergleichsportals Verivox.
A Durchschnittliche Preise für Neukunden:
A Strompreis: 27 ct/kWh
A Grundpreis: 12,50 € im Monat
A Gaspreis: 8,9 ct/kWh
A Bestandskunden in der Grundversorgung zahlen dagegen im Schnitt 41 Cent pro Kilowattstunde.
A „Ein Wechsel lohnt sich für viele Haushalte“, sagt Verbraucherschützer Thomas Engelke.
A Wer einen Wechsel plant, sollte auf eine kurze Vertragslaufzeit achten.
R Jetzt Tarif wechseln
R Stromtarife vergleichen und bis zu 500 € sparen
R *Anzeige
R Mehr zum Thema
R Gaspreise: Wann sich ein Anbieterwechsel lohnt
R Artikel teilen
R Kommentare
""",
    # ===== a German outage notice with the whole page's visible text: affected places listed
    "de_stromausfall_full": """\
R Zum Inhalt springen
R Startseite
R Region
R Polizei
R Sport
R Wirtschaft
R E-Paper
R Abo
R Region
T Stromausfall in mehreren Stadtteilen – Tausende ohne Strom
R Aktualisiert: 04.02.2024, 10:12 Uhr
R Teilen
R Merken
A Seit dem frühen Sonntagmorgen sind mehrere Stadtteile ohne Strom.
A Nach Angaben der Stadtwerke ist ein Kabel im Umspannwerk Nord beschädigt worden.
A Betroffen sind:
A Altstadt
A Weststadt
A Nordviertel
A Teile von Lindenhof
A Rund 7.500 Haushalte sind ohne Strom.
A „Wir arbeiten mit Hochdruck an der Behebung“, sagte ein Sprecher.
A Die Störungshotline ist unter 0800 123 456 erreichbar.
A Update, 10 Uhr: In der Weststadt ist die Versorgung wiederhergestellt.
R Lesen Sie auch
R Brand in Lagerhalle: Feuerwehr im Großeinsatz
R Newsletter
R Die wichtigsten Nachrichten aus der Region jeden Morgen per Mail.
R Jetzt anmelden
R Impressum
R Datenschutz
R AGB
R Cookie-Einstellungen
R Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten.
R Alle akzeptieren
R Ablehnen
R © 2024 Stadtanzeiger
""",
    # ===== a German emissions-data story with the whole page's visible text: figures by sector
    "de_emissionen_full": """\
R Startseite
R Politik
R Wirtschaft
R Wissen
R Klima
R Suche
R Anmelden
R Wissen
R Klima
T Deutschland stößt so wenig CO2 aus wie seit 70 Jahren nicht
R Ein Artikel von Lena Schmidt
R 04.01.2024, 14:30 Uhr
R Teilen
R Kommentieren
A Deutschlands Treibhausgasemissionen sind 2023 auf den tiefsten Stand seit den 1950er-Jahren gefallen.
A Das geht aus einer Analyse der Denkfabrik Agora Energiewende hervor.
A Die wichtigsten Zahlen:
A Emissionen: 673 Mio. Tonnen CO2-Äquivalente
A Rückgang zum Vorjahr: 73 Mio. Tonnen
A Anteil erneuerbarer Energien am Strom: 52 Prozent
A Kohlestrom: minus 27 Prozent
A Der Rückgang ist allerdings zum großen Teil auf eine schwächere Industrieproduktion zurückzuführen.
A „Nur etwa 15 Prozent der Einsparungen sind dauerhaft“, sagt Agora-Direktor Simon Müller.
A Im Verkehr und bei Gebäuden verfehlte Deutschland erneut seine Ziele.
R Mehr zum Thema Klima
R Klimaschutzgesetz: Was die Reform ändert
R Wärmepumpen-Absatz bricht ein
R Unser Klima-Newsletter
R Jeden Freitag das Wichtigste zur Klimakrise.
R Jetzt kostenlos abonnieren
R Impressum
R Datenschutz
R Kontakt
R © Zeitung Online GmbH
""",
    # ===== a French fuel-price story as an extractor leaves it: price rows per fuel
    "fr_carburants_extract": """\
T Prix des carburants : le gazole repasse sous 1,70 euro
R Par Claire Dubois
R Publié le 11/03/2024 à 09h30
R Mis à jour le 11/03/2024 à 11h05
A Le prix du gazole a baissé de deux centimes la semaine dernière, selon les chiffres du ministère de la Transition énergétique.
A Prix moyens à la pompe :
A Gazole : 1,689 €
A SP95-E10 : 1,812 €
A SP98 : 1,891 €
A E85 : 0,949 €
A Cette baisse s'explique par le recul des cours du pétrole brut.
A « Il faut que les distributeurs répercutent rapidement cette baisse », a réclamé une association de consommateurs.
R Trouvez la station la moins chère près de chez vous
R Comparer les prix
R À lire aussi
R Carburants : comment économiser à chaque plein
R Partager sur Facebook
R Partager sur X
R Envoyer par e-mail
""",
    # ===== a French climate-summit report with the whole page's visible text
    "fr_cop_full": """\
R Aller au contenu
R Menu
R Planète
R Climat
R Biodiversité
R Se connecter
R S'abonner
R Planète
T COP28 : un accord pour « transitionner hors des énergies fossiles »
R Par Audrey Garric (Dubaï, envoyée spéciale)
R Publié aujourd'hui à 12h15
R Lecture 4 min.
R Article réservé aux abonnés
A Après deux semaines de négociations, les quelque 200 pays réunis à Dubaï ont adopté mercredi un texte appelant à une transition hors des énergies fossiles.
A Ce qu'il faut retenir :
A Le texte mentionne pour la première fois les énergies fossiles.
A Il appelle à tripler les capacités renouvelables d'ici à 2030.
A Les pays insulaires le jugent insuffisant.
A « C'est un accord historique », s'est félicitée la ministre de la Transition énergétique.
A « Un pas en avant, mais pas un saut », a réagi une ONG.
A Le texte ne fixe pas de calendrier pour la sortie du pétrole et du gaz.
R Lire aussi
R COP28 : le président Al Jaber sous le feu des critiques
R Contenu sponsorisé
R Découvrez comment réduire votre empreinte carbone
R Recevez notre newsletter Planète
R Inscrivez-vous
R Partager
R Mentions légales
R Politique de confidentialité
R Gérer les cookies
R © Le Quotidien
""",
    # ===== a French environmental court case as an extractor leaves it
    "fr_tribunal_extract": """\
T Pollution aux PFAS : l'industriel condamné à indemniser les riverains
R Par Marc Lefèvre
R Le 15 février 2024 à 17h42
A Le tribunal judiciaire de Lyon a condamné jeudi un groupe chimique à verser 2,4 millions d'euros à 47 riverains de son usine.
A Les plaignants accusaient l'entreprise d'avoir contaminé l'eau potable avec des « polluants éternels ».
A Le jugement en chiffres :
A Riverains indemnisés : 47
A Montant total : 2,4 millions d'euros
A Durée de la procédure : 6 ans
A « C'est une victoire pour tous les habitants », a déclaré leur avocate, Me Louise Martin.
A L'entreprise a annoncé qu'elle allait faire appel.
A Ce que vous pouvez faire :
A Consulter les résultats d'analyse de l'eau de votre commune.
A Signaler toute odeur suspecte à la préfecture.
R Cet article vous a-t-il été utile ?
R Oui
R Non
R Sur le même sujet
R PFAS : ce que l'on sait des « polluants éternels »
R Réagir
""",
    # ===== a Spanish power outage as an extractor leaves it: the towns affected
    "es_apagon_extract": """\
T Un apagón deja sin luz a 30.000 vecinos de cinco municipios
R Redacción
R Actualizado: 05/02/2024 12:30
A Un fallo en una subestación eléctrica ha dejado sin suministro a unos 30.000 clientes este lunes por la mañana.
A Los municipios afectados son:
A Alcalá de Guadaíra
A Dos Hermanas
A Mairena del Alcor
A El Viso del Alcor
A Carmona
A La compañía distribuidora ha informado de que el servicio se restablecerá a lo largo de la tarde.
A «Estamos trabajando para reponer el suministro cuanto antes», ha señalado un portavoz.
A Los semáforos de varias avenidas han dejado de funcionar.
R Noticias relacionadas
R La factura de la luz baja un 10% en enero
R Compartir en Facebook
R Compartir en Twitter
R Compartir en WhatsApp
R Comentarios
""",
    # ===== a Spanish wind-park story with the whole page's visible text: its figures
    "es_eolico_full": """\
R Ir al contenido
R Portada
R Economía
R Energía
R Medio ambiente
R Suscríbete
R Iniciar sesión
R Energía
T Entra en funcionamiento el mayor parque eólico de Aragón
R Por Elena Martínez
R Zaragoza - 20 MAR 2024 - 10:45 CET
R Compartir
A El mayor parque eólico de Aragón ha comenzado a verter electricidad a la red, según ha informado su promotora.
A Datos del proyecto:
A Potencia: 495 MW
A Aerogeneradores: 84
A Inversión: 600 millones de euros
A Hogares abastecidos: 400.000
A El proyecto ha generado 1.200 empleos durante la construcción.
A «Es una apuesta por el territorio», ha dicho el consejero de Industria.
A Varias asociaciones ecologistas han recurrido la autorización por su impacto en las aves.
R Contenido patrocinado
R Calcula cuánto puedes ahorrar con placas solares
R Más información
R Te puede interesar
R El precio de la luz se desploma por el viento
R Recibe nuestra newsletter de Clima
R Apúntate
R Aviso legal
R Política de privacidad
R Política de cookies
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
R Aceptar
R Configurar
R © Diario Energía S.L.
""",
    # ===== a Spanish hourly electricity-price story with the whole page's visible text
    "es_precio_luz_full": """\
R Portada
R Nacional
R Economía
R Precio de la luz
R Menú
T Precio de la luz mañana, jueves 7 de marzo: las horas más baratas
R Por Redacción Economía
R 06/03/2024 - 20:31
A El precio medio de la electricidad en el mercado mayorista será mañana de 42,15 euros/MWh, según el operador del mercado.
A Hora más barata: de 15:00 a 16:00, con 3,20 euros/MWh
A Hora más cara: de 20:00 a 21:00, con 78,40 euros/MWh
A Precio por tramos para los clientes de la tarifa regulada:
A Punta: 0,1812 €/kWh
A Llano: 0,1305 €/kWh
A Valle: 0,0894 €/kWh
A Los expertos recomiendan concentrar el uso de electrodomésticos en las horas valle.
R Consulta aquí el precio de la luz por horas
R Ver tabla completa
R Cambia de tarifa y ahorra
R Más noticias
R Cuándo es más barato poner la lavadora
R Síguenos en Google News
R Aviso legal
R Contacto
R © 2024
""",
    # ===== an Italian bill-price story as an extractor leaves it
    "it_bollette_extract": """\
T Bollette, a marzo luce e gas in calo: ecco quanto si risparmia
R di Giulia Ferri
R 01 marzo 2024 (modifica il 01 marzo 2024 | 10:22)
A Le bollette di luce e gas scendono ancora a marzo per le famiglie del mercato tutelato.
A Lo ha comunicato l'Autorità di regolazione per energia reti e ambiente (Arera).
A Le tariffe del mese:
A Luce: 22,85 centesimi/kWh
A Gas: 94,5 centesimi/metro cubo (-6,1%)
A Per una famiglia tipo il risparmio annuo stimato è di circa 120 euro.
A «Il calo riflette l'andamento dei mercati all'ingrosso», spiega l'Autorità.
A Consigli per risparmiare:
A Abbassare il termostato a 19 gradi.
A Usare gli elettrodomestici nelle ore serali.
R Confronta le offerte luce e gas
R Scopri di più
R Leggi anche
R Caro energia, il governo proroga il bonus sociale
R Condividi
R Riproduzione riservata ©
""",
    # ===== an Italian pollution investigation with the whole page's visible text
    "it_inquinamento_full": """\
R Vai al contenuto
R Home
R Cronaca
R Ambiente
R Inchieste
R Abbonati
R Accedi
R Ambiente
T Il fiume dei veleni: nell'acqua del Sarno metalli pesanti oltre i limiti
R di Paolo Russo
R 18 gennaio 2024
R Condividi
A Le analisi commissionate dalla nostra redazione a un laboratorio indipendente rivelano livelli di cromo e piombo ben oltre i limiti di legge.
A I risultati dei campioni:
A Cromo: 4 volte il limite
A Piombo: 2,5 volte il limite
A Rame: nei limiti
A I campioni sono stati prelevati in tre punti del fiume tra ottobre e dicembre.
A «Chi vive qui lo sa da anni», dice Anna, che abita a duecento metri dall'argine.
A La Procura di Nocera Inferiore ha aperto un fascicolo per inquinamento ambientale.
R Contenuto sponsorizzato
R Iscriviti alla newsletter Green
R Ogni settimana le notizie sull'ambiente
R Iscriviti
R Potrebbe interessarti anche
R Terra dei fuochi, la bonifica non è mai partita
R Commenti
R P.IVA 01234567890
R Privacy
R Cookie policy
R © Riproduzione riservata
""",
    # ===== a Portuguese fuel-price story as an extractor leaves it
    "pt_combustiveis_extract": """\
T Combustíveis: gasóleo desce na próxima semana, gasolina sobe
R Por Lusa
R 08 mar 2024 19:04
A O preço do gasóleo vai descer na próxima semana, enquanto a gasolina vai voltar a subir, segundo fonte do setor.
A As previsões para segunda-feira:
A Gasóleo: -2 cêntimos por litro
A Gasolina: +1,5 cêntimos por litro
A Atualmente, o preço médio do gasóleo simples é de 1,659 euros por litro e o da gasolina simples 95 de 1,789 euros.
A «Os preços refletem a evolução dos mercados internacionais», explicou a associação do setor.
R Encontre os postos mais baratos perto de si
R Ver preços
R Leia também
R Governo mantém desconto no ISP até junho
R Partilhe este artigo
R Comentários
""",
    # ===== a Portuguese solar-farm story with the whole page's visible text
    "pt_solar_full": """\
R Saltar para o conteúdo
R Início
R País
R Economia
R Ambiente
R Assinar
R Entrar
R Ambiente
T Maior central solar da Europa inaugurada no Alentejo
R Ana Sousa
R 22 de abril de 2024, 15:10
R Partilhar
A A maior central solar fotovoltaica da Europa foi inaugurada esta segunda-feira em Santiago do Cacém.
A Em números:
A Potência: 1,2 GW
A Painéis: 2,2 milhões
A Área: 1.300 hectares
A Investimento: 800 milhões de euros
A A central vai produzir energia suficiente para abastecer 430 mil habitações.
A «É um marco para a transição energética do país», disse o ministro do Ambiente.
A Associações ambientalistas criticaram o abate de sobreiros para a construção.
R Conteúdo patrocinado
R Simule a poupança com painéis solares
R Mais sobre Ambiente
R Seca: barragens do Algarve abaixo dos 30%
R Subscreva a newsletter Azul
R Estatuto editorial
R Política de privacidade
R Termos e condições
R Este site utiliza cookies para melhorar a sua experiência.
R Aceitar
R © 2024 Jornal Diário
""",
    # ===== a Dutch energy-price story as an extractor leaves it
    "nl_energieprijzen_extract": """\
T Energierekening daalt: dit betaal je vanaf januari
R Door Sanne de Jong
R 02-01-2024, 07:00
A Huishoudens betalen in januari gemiddeld minder voor stroom en gas dan een jaar geleden.
A Dat blijkt uit cijfers van het Centraal Bureau voor de Statistiek.
A Gemiddelde tarieven bij een variabel contract:
A Stroom: 32 cent per kWh
A Gas: 1,35 euro per kuub
A Vaste leveringskosten: 6,50 euro per maand
A Het prijsplafond van het kabinet is per 1 januari afgeschaft.
A 'Vergelijk je contract goed', zegt een woordvoerder van de Consumentenbond.
R Vergelijk energiecontracten
R Bekijk de goedkoopste aanbieders →
R Lees ook
R Zonnepanelen: wat betekent het einde van de salderingsregeling?
R Deel dit artikel
""",
    # ===== a Dutch outage story with the whole page's visible text: affected streets
    "nl_stroomstoring_full": """\
R Naar de inhoud
R Nieuws
R Regio
R Sport
R Video
R Menu
R Regio
T Stroomstoring in Utrecht-Oost: honderden huishoudens zonder stroom
R Redactie
R 03 feb 2024 om 09:40
R Aangepast 03 feb 2024 om 11:02
A In Utrecht-Oost zitten sinds zaterdagochtend honderden huishoudens zonder stroom.
A Volgens netbeheerder Stedin gaat het om een kabelstoring.
A De storing treft onder meer de volgende straten:
A Biltstraat
A Wittevrouwensingel
A Oosterstraat
A Stedin verwacht dat de stroom rond 14.00 uur terug is.
A 'We doen er alles aan om het zo snel mogelijk op te lossen', aldus een woordvoerder.
R Meer nieuws uit de regio
R Brand in woning Overvecht
R Download onze app
R Volg ons op Facebook
R Privacyverklaring
R Cookieverklaring
R Wij gebruiken cookies om de site goed te laten werken.
R Akkoord
R © 2024 RTV Regio
""",
    # ===== an English wildlife/pollution investigation as an extractor leaves it: a sponsored label, a newsletter box
    "en_wildlife_extract": """\
T Revealed: raw sewage discharged into England's rivers 3.6m hours last year
R Analysis by Helena Horton, Environment reporter
R Wed 27 Mar 2024 00.01 GMT
A Water companies discharged raw sewage into England's rivers and seas for more than 3.6m hours last year, data shows.
A The figure more than doubled from 1.75m hours in 2022.
A The worst offenders by hours of spills:
A United Utilities: 1,000,000
A Yorkshire Water: 540,000
A Southern Water: 320,000
A Environmental campaigners described the figures as "shameful".
A "Our rivers are being treated as open sewers," said Feargal Sharkey.
A The water minister said companies would face unlimited fines.
R Sign up to Down to Earth
R Free weekly newsletter
R The planet's most important stories. Get all the week's environment news - the good, the bad and the essential
R Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.
R after newsletter promotion
R Explore more on these topics
R Water industry
R Rivers
R Pollution
R Share
R Reuse this content
""",
    # ===== a German heat-pump advice piece with all the visible text: "Das Wichtigste in Kürze", tips
    "de_waermepumpe_full": """\
R Startseite
R Ratgeber
R Energie
R Heizen
R Suche
R Ratgeber
R Energie
T Wärmepumpe im Altbau: Wann sie sich lohnt
R Von Stefan Braun
R 15.01.2024
R Teilen
A Das Wichtigste in Kürze:
A Wärmepumpen funktionieren auch in vielen Altbauten.
A Entscheidend ist die Vorlauftemperatur.
A Der Staat fördert den Einbau mit bis zu 70 Prozent.
A Eine Wärmepumpe lohnt sich besonders, wenn das Haus bereits teilweise gedämmt ist.
A Das können Sie tun:
A Heizkörper prüfen lassen.
A Vorlauftemperatur testweise auf 55 Grad senken.
A Einen Energieberater hinzuziehen.
A Typische Kosten:
A Luft-Wasser-Wärmepumpe: 25.000 bis 35.000 Euro
A Erdwärmepumpe: 40.000 bis 50.000 Euro
R Anzeige
R Jetzt Wärmepumpe-Angebote vergleichen
R Kostenlos und unverbindlich
R Das könnte Sie auch interessieren
R Heizungsgesetz: Diese Fristen gelten
R Hat Ihnen dieser Artikel gefallen?
R Impressum
R Datenschutz
R © 2024 Ratgeber Energie
""",
    # ===== a Dutch climate-court story as an extractor leaves it: a one-line ruling, pledge list
    "nl_klimaatzaak_extract": """\
T Rechter: Shell hoeft uitstoot niet met 45 procent te verminderen
R Door Pieter Bakker
R 12-11-2024, 14:05
A Het gerechtshof in Den Haag heeft Shell in hoger beroep in het gelijk gesteld in de klimaatzaak van Milieudefensie.
A Het hof oordeelt dat Shell wel een verantwoordelijkheid heeft om zijn uitstoot te verminderen.
A Maar een concreet percentage kan de rechter niet opleggen.
A De uitspraak in het kort:
A Shell moet bijdragen aan de klimaatdoelen.
A Een reductie van 45 procent is niet afdwingbaar.
A Milieudefensie kan in cassatie gaan.
A 'Dit doet pijn', zei Milieudefensie-directeur Donald Pols.
A Shell noemde de uitspraak 'de juiste beslissing'.
R Meer over klimaat
R Klimaatzaak tegen ING aangekondigd
R Deel
R Reageer
""",
    # ===== ROUND 2 (after the changes, aimed at them) =================================================================
    # ===== a regional publisher's energy-bill story, all the page's text: long headline, name and job title over the
    # stamp, a tips list with bare steps, the comparison widget's button, the sign-up form's small print
    "en_regional_bills_full": """\
R Skip to content
R News
R Money
R Sport
R Sign in
T Energy bills to fall from April - here's exactly how much you'll save and what to do before the change
R Laura Bennett
R Consumer reporter
R 06:00, 24 FEB 2024
R Bookmark
A Millions of households will see their energy bills fall from April after Ofgem lowered its price cap.
A The typical annual bill for a home using gas and electricity will drop by £238 to £1,690.
A New unit rates from 1 April:
A Electricity: 24.50p per kWh
A Gas: 6.04p per kWh
A What you can do:
A Take a meter reading on 31 March
A Compare energy deals
A Switch supplier
A "Fixing now could lock in savings," said Ben Gallizzi of Uswitch.
R Compare energy deals now →
R Switch and save up to £250 a year
R Sign up to our money newsletter
R Enter your email
R Sign up
R We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding.
R Privacy Notice
R Terms and Conditions
R © 2024 Reach plc
""",
    # ===== a tribute to an environment reporter, as an extractor leaves it: her name and job title over her life span
    "en_reporter_tribute_extract": """\
T Tributes paid to award-winning environment reporter
R By News Desk
A Emma Clarke
A Senior reporter
A 12 March 1961 – 3 February 2024
A Emma Clarke, who uncovered the sewage spills into the River Wye, has died at the age of 62.
A She joined the paper in 1989 and won the regional press award for environmental reporting three times.
A "She was fearless and kind," said the editor.
R Share this article
""",
    # ===== a German price page with the comparison widget, the article's own tips and a topic's newsletter box
    "de_tarife_full": """\
R Startseite
R Ratgeber
R Energie
R Suche
T Strom und Gas: Wer jetzt wechseln sollte
R Ein Artikel von Martin Keller
R 03.03.2024, 07:00 Uhr
R Teilen
A Wer noch in der Grundversorgung ist, zahlt oft deutlich mehr als nötig.
A Ein Wechsel ist in der Regel mit wenigen Klicks erledigt, die Versorgung ist dabei nie unterbrochen.
A Das können Sie tun:
A Tarife vergleichen
A Anbieter wechseln
A Kündigungsfrist prüfen
A Strompreis in der Grundversorgung: 41 ct/kWh
A Strompreis für Neukunden: 27 ct/kWh
A „Viele Kunden verschenken Geld“, sagt Energieexpertin Carolin Baum.
R Jetzt Tarif wechseln
R Stromtarife vergleichen und bis zu 600 € im Jahr sparen
R Unser Energie-Newsletter
R Jeden Montag die wichtigsten Nachrichten rund um Strom und Gas per E-Mail.
R Jetzt abonnieren
R Impressum
R Datenschutz
""",
    # ===== a Spanish fuel-price story as an extractor leaves it, its rows and the finder's button
    "es_gasolineras_extract": """\
T El precio de la gasolina baja por tercera semana consecutiva
R Por Redacción
R 14/03/2024 10:05
A El precio medio del litro de gasolina ha bajado un 0,4% esta semana, según el Boletín Petrolero de la UE.
A Precios medios:
A Gasolina 95: 1,612 euros/litro
A Gasóleo: 1,498 euros/litro
A Encuentra la gasolinera más barata cerca de ti, recomiendan las asociaciones de consumidores, con las aplicaciones oficiales.
A «La bajada se trasladará a los surtidores en los próximos días», ha dicho un portavoz del sector.
R Encuentra la gasolinera más barata cerca de ti
R Consulta aquí el precio de los carburantes de hoy
R Cambia de tarifa y ahorra hasta 200 € al año
R Compartir en WhatsApp
""",
    # ===== a climate interview with all the page's text: a teaser box, the desk's appeal box under it
    "en_climate_interview_full": """\
R Skip to main content
R Climate crisis
R Environment
R Newsletters
T 'Peat is the sleeping giant of the carbon cycle': an ecologist explains
R Interview by Sarah Lowe
R Tue 12 Mar 2024 07.00 GMT
R Share
A Peatlands cover 3% of the world's land but store twice as much carbon as all its forests. We asked ecologist Angela Gallego-Sala why they matter.
A Why is peat so important?
A Because it has been locking carbon away for thousands of years.
A What happens when it dries out?
A It burns, or it rots. Either way the carbon goes back into the air.
A Can it be restored?
A Yes.
A Our reporting on peatlands over the last year found that only 20% of England's peat is in good condition.
R More climate interviews
R 'Every kelp forest we lose is a carbon sink gone', says marine scientist
R Support our climate journalism
R We have no shareholders, so our journalism is free for everyone. Support us from just £2.
R Support us →
R Privacy policy
R © 2024 Guardian-style News
""",
    # ===== a Dutch and a Portuguese fuel widget under a price story, extracts
    "nl_tankstation_extract": """\
T Benzineprijs daalt voor het eerst in weken
R Door Jeroen Smit
R 15-03-2024, 09:15
A De adviesprijs voor een liter Euro95 is gedaald naar 2,12 euro.
A Adviesprijzen vandaag:
A Euro95: 2,12 euro (-2 cent)
A Diesel: 1,91 euro (-1 cent)
A Vind het goedkoopste tankstation bij jou in de buurt met een app, adviseert de ANWB automobilisten die veel rijden.
A 'Langs de snelweg betaal je al snel 20 cent meer', zegt een woordvoerder.
R Vind het goedkoopste tankstation bij jou in de buurt
R Lees ook
R Elektrisch rijden: zoveel kost laden thuis
R Deel dit artikel
""",
    "pt_postos_extract": """\
T Gasolina sobe dois cêntimos na segunda-feira
R Por Lusa
R 15 mar 2024 18:30
A O preço da gasolina vai subir dois cêntimos por litro na segunda-feira, segundo fonte do setor.
A Preços médios atuais:
A Gasolina simples 95: 1,789 euros/litro
A Gasóleo simples: 1,659 euros/litro
A Encontre os postos mais baratos perto de si, aconselha a DECO, que publica uma lista semanal.
R Encontre os postos mais baratos perto de si
R Partilhe este artigo
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # an interview's note under its last answer ("This interview has been edited for length and clarity."): the
    # outlet's sentence about this very text, which it publishes as an editor's note (test_wire37 keeps those as
    # the article's); tagged R blind, either way on reading
    "en_scientist_qa_full": 1,
    # the comparison widget's bare button right under the article's tips list ("Consigli per risparmiare:" over its
    # steps, then "Confronta le offerte luce e gas"): an announced list's items stay whatever they read like, and a
    # tip says the same words (test: a tips list's bare imperatives stay)
    "it_bollette_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of an energy story per language, the residue line put before or after them
TEXT = {
    "en": [
        "Households will pay less for their energy from April after the regulator cut its price cap by 12%, it said on Friday.",
        "A typical dual-fuel customer paying by direct debit will see annual bills fall to £1,690, Ofgem said.",
        "Charities warned that millions of families would still struggle, because standing charges are rising again.",
    ],
    "de": [
        "Die Strompreise für Haushaltskunden sind im Februar den dritten Monat in Folge gesunken, wie das Vergleichsportal mitteilte.",
        "Neukunden zahlen im Schnitt 27 Cent je Kilowattstunde, so wenig wie seit zwei Jahren nicht mehr.",
        "Verbraucherschützer raten Kunden in der teuren Grundversorgung, ihren Vertrag zu prüfen.",
    ],
    "es": [
        "El precio medio de la electricidad en el mercado mayorista bajará mañana hasta los 42 euros por megavatio hora.",
        "La caída se debe a la elevada producción eólica y solar prevista para toda la jornada, según el operador.",
        "Los consumidores acogidos a la tarifa regulada serán los primeros en notar el descenso en su factura.",
    ],
    "it": [
        "Le bollette di luce e gas scendono ancora a marzo per le famiglie che restano nel servizio di tutela.",
        "Lo ha comunicato l'Autorità di regolazione per energia reti e ambiente, che aggiorna le tariffe ogni mese.",
        "Per una famiglia tipo il risparmio annuo stimato è di circa 120 euro rispetto allo scorso anno.",
    ],
    "pt": [
        "O preço do gasóleo vai descer na próxima semana, enquanto a gasolina vai voltar a subir, segundo fonte do setor.",
        "Atualmente, o preço médio do gasóleo simples é de 1,659 euros por litro e o da gasolina de 1,789 euros.",
        "A associação do setor explicou que os preços refletem a evolução dos mercados internacionais.",
    ],
    "nl": [
        "Huishoudens betalen in januari gemiddeld minder voor stroom en gas dan een jaar geleden, meldt het statistiekbureau.",
        "Een kilowattuur stroom kost bij een variabel contract gemiddeld 32 cent, een kuub gas 1,35 euro.",
        "Het prijsplafond van het kabinet is per 1 januari afgeschaft, waardoor sommige klanten meer gaan betalen.",
    ],
}

_SC, _NP, _CL, _BY = "site-chrome", "newsletter-prompt", "consent-line", "byline"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Switch and save up to £300 →", _SC),
    ("en", "Switch and save up to £300 a year", _SC),
    ("en", "Compare energy deals now", _SC),
    ("en", "Compare gas and electricity tariffs →", _SC),
    ("en", "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.", _CL),
    ("en", "Analysis by Helena Horton, Environment reporter", _BY),
    ("de", "Stromtarife vergleichen und bis zu 500 € sparen", _SC),
    ("de", "Jetzt Tarif wechseln", _SC),
    ("de", "Günstigste Tankstelle in der Nähe finden", _SC),
    ("de", "Unser Klima-Newsletter", _NP),
    ("de", "Jeden Freitag das Wichtigste zur Klimakrise.", _NP),
    ("de", "Die wichtigsten Nachrichten aus der Region jeden Morgen per Mail.", _NP),
    ("de", "Ein Artikel von Lena Schmidt", _BY),
    ("es", "Cambia de tarifa y ahorra", _SC),
    ("es", "Consulta aquí el precio de la luz por horas", _SC),
    ("es", "Encuentra la gasolinera más barata cerca de ti", _SC),
    ("it", "Confronta le offerte luce e gas e risparmia", _SC),
    ("it", "Trova il distributore più economico vicino a te", _SC),
    ("pt", "Encontre os postos mais baratos perto de si", _SC),
    ("nl", "Vind het goedkoopste tankstation bij jou in de buurt", _SC),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "Switch and save up to £300 a year by moving to a fixed tariff, the comparison site said on Monday."),
    ("en", "Compare energy deals now rather than waiting for the cap to fall, the consumer group advised its members."),
    ("en", "We use your sign-up details only for this survey, the researchers told the 2,000 people who took part."),
    ("en", "Analysis by Carbon Brief shows that UK emissions fell by 5% last year, to their lowest level since 1879."),
    ("en", "The paper's senior reporter on climate, Emma Clarke, spent six months on the investigation."),
    ("de", "Stromtarife vergleichen und bis zu 500 € sparen: Das versprechen viele Portale, doch die Verbraucherzentrale rät zur Vorsicht."),
    ("de", "Jetzt Tarif wechseln oder abwarten? Diese Frage stellen sich viele Haushalte nach der Preissenkung."),
    ("de", "Unser Klima-Newsletter hat inzwischen mehr als 40.000 Abonnenten, sagte die Chefredakteurin."),
    ("de", "Jeden Freitag das Wichtigste zur Klimakrise zu lesen, hilft vielen, den Überblick zu behalten, sagt die Forscherin."),
    ("de", "Ein Artikel von Lena Schmidt im Fachblatt Nature hatte die Debatte über das Heizungsgesetz ausgelöst."),
    ("de", "Die günstigste Tankstelle in der Nähe finden Autofahrer am Abend, wenn die Preise am niedrigsten sind."),
    ("es", "Cambia de tarifa y ahorra, repetían los anuncios de las comercializadoras durante todo el invierno pasado."),
    ("es", "Encuentra la gasolinera más barata cerca de ti con esta aplicación, prometía la campaña del ministerio."),
    ("it", "Confronta le offerte luce e gas e risparmia: è il consiglio che l'Autorità ripete ogni anno ai consumatori."),
    ("it", "Trova il distributore più economico vicino a te grazie all'app del ministero, che raccoglie i prezzi ogni giorno."),
    ("pt", "Encontre os postos mais baratos perto de si, aconselha a associação de consumidores, que publica uma lista semanal."),
    ("nl", "Vind het goedkoopste tankstation bij jou in de buurt met een app, adviseert de ANWB automobilisten die veel rijden."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    ("lang", "tips"),
    [
        ("en", ["What you can do:", "Compare energy deals", "Switch supplier", "Switch and save"]),
        ("de", ["Das können Sie tun:", "Tarife vergleichen", "Anbieter wechseln", "Tarif wechseln"]),
        ("it", ["Consigli per risparmiare:", "Abbassare il termostato a 19 gradi.", "Confronta le offerte luce e gas"]),
        ("es", ["Qué puedes hacer:", "Compara tarifas", "Cambia de tarifa"]),
    ],
)
def test_a_tips_bare_imperatives_stay_under_the_text(lang: str, tips: list[str]) -> None:
    # (the comparison buttons' entries ask for the pitch's own words: a saving, "now", "jetzt", an arrow, "y ahorra";
    # a tips list's bare steps, announced by its colon, are the article's, at its end too)
    lost_lines, gone = kept([*TEXT[lang], *tips])
    assert lost_lines == [], gone


_HEADLINE = "Power cut hits thousands of homes across the city - see the full list of affected streets and postcodes"
_STAMP = "09:12, 3 FEB 2024"


def test_a_writers_name_and_job_title_over_the_stamp_go() -> None:
    # labelled-byline (edge_energy.name_role_head): the name over the job title over the stamp, under a long headline
    # that stays, over the first paragraph
    for head in ([_HEADLINE, "Emma Clarke", "Senior reporter", _STAMP], ["Emma Clarke", "Senior reporter", _STAMP],
                 [_HEADLINE, "Tom Harding", "Chief Environment Correspondent", _STAMP, "Bookmark"]):
        lost_lines, gone = kept([*head, *TEXT["en"]])
        assert ("labelled-byline", head[-3 if head[-1] == _STAMP else -4]) in gone, gone
        assert [line for line in lost_lines if line in TEXT["en"]] == [], gone


def test_a_name_and_title_over_no_stamp_or_a_life_span_stay() -> None:
    # (an obituary's head: the name and the title over a life span; a profile's name and title over its text with no
    # stamp; a named expert's role in a Q&A's head: none is the page's credit)
    for head in (["Emma Clarke", "Senior reporter", "12 March 1961 – 3 February 2024"],
                 ["Emma Clarke", "Senior reporter", *TEXT["en"][:1]],
                 ["Matthias Huss", "Glaciologist", _STAMP]):
        lost_lines, gone = kept([*head, *TEXT["en"]])
        assert head[0] not in lost_lines and head[1] not in lost_lines, gone


def test_an_appeal_box_under_a_teaser_box_goes_whole() -> None:
    # appeal-box (edge_energy.teaser_took_appeal_heading): teaser-box took the appeal's heading as one of its
    # headlines; the pitch under it and the button go with it
    tail = ["More climate interviews", "'The ocean is our biggest ally', says marine biologist", "Why peatlands matter more than forests, according to one ecologist",
            "Support our climate journalism", "Our reporting is free for everyone. Give from just £2.", "Support us →"]
    lost_lines, gone = kept([*TEXT["en"], *tail])
    assert lost_lines == tail, gone
    assert ("appeal-box", tail[4]) in gone, gone


def test_a_sentence_under_a_teaser_box_with_no_appeal_heading_stays() -> None:
    # (a paragraph about support under a teaser box's headline that names no appeal, with no button, is no pitch)
    tail = ["More climate interviews", "Support for onshore wind grows in rural areas, poll finds", "Our reporting found that 60% of residents now back new turbines."]
    lost_lines, gone = kept([*TEXT["en"], *tail])
    assert tail[2] not in lost_lines, gone


if __name__ == "__main__":
    report(CASES)
