# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Bios 22: the residue at the end of articles that left 21 left: author bios with clauses joined on or more than one
sentence, author boxes under a heading, contributor and translator credits, a university author's disclosure, a
newsletter's label named after the word; each with article text of a resembling shape that must stay (en de fr es it
pt nl el pl sv). Tags as in ``probes``: ``A`` article, ``R`` residue, ``T`` either way. ``python
tests/test_bios22.py`` prints the numbers.

Measured on the session's base (main at 40ee038): round 1 (the first 50 pages, written before any change): article
lines lost 0, residue lines left 27; with round 2's 14 pages (more residue, and controls for the new rules): lost 0,
left 35; round 3 (23 pages, written after rounds 1-2's fixes: a beat in a clause of where, a handle on its own line, a
desk's beat named with the article, credits of it and pt, "The author is …", feedback widgets in de fr es, and controls)
left 10 there (lost 0). All 87 pages on the base: lost 0, left 45. After: lost 0, left 5 (``RESIDUE_LEFT``). By page,
left before -> after:

- bios with a clause or a sentence joined on, the page's last line: de_bio_und, en_bio_contact, it_bio_multi,
  en_bio_author_of, es_bio_y, fr_bio_et, pt_bio_e, nl_bio_en, el_bio_kai, en_bio_follow_line, de_ueber_autorin,
  fr_a_propos, pl_bio_i, sv_bio_och, it_bio_scrive, pt_bio_vive 1 -> 0 each;
- an author box's heading over the bio: en_about_author, es_sobre_autor, en_bio_name_line, nl_bio_woont 1 -> 0;
- credits: en_translated, es_traducido, pt_traducao, es_colaboracion 1 -> 0;
- a university author's disclosure: en_conversation 1 -> 0, fr_conversation 2 -> 1, es_conversation 2 -> 2,
  en_conversation_funding 1 -> 1;
- a newsletter's label named after the word: fr_newsletter_tail, de_newsletter_tail, it_newsletter_tail 1 -> 0,
  es_newsletter_tail 2 -> 0 (its pitch too);
- round 3: en_where_covers, it_bio_segue, es_bio_cubre, nl_bio_volgt, fr_suit, it_collaborato, pt_colaborou 1 -> 0,
  en_handle_line 2 -> 0, en_the_author 1 -> 1.

The controls (the article's own last lines: an obituary's "She is survived by …", a profile of a reporter, a
columnist's appointment, a quote by a named reporter, a book review closing on its author's bio, a beat on a definite
thing, a later sentence telling an event, a translator in a sentence, a how-to's step about a code in the mailbox, a
newsletter as a subheading in lower case) lost nothing before and lose nothing after. Already handled on the base: the
feedback widget ("Was this article helpful?" / "Yes" / "No"), a wire story's "Reporting by …; Editing by …", "This
article was written by …", translators in de fr it nl, "Mitarbeit: …".

The fixes, by shape (each with article text of the same shape that stays, below):

- author-bio (``AuthorBio._told_closing_bio``): the page's last kept line, a bio's first sentence (table ``bio``) for a
  person the article does not name, and either (a) one sentence whose rest after the role is a short where and the
  person's beat as a habit on no definite thing (table ``bio_beat``: "… at the Courier and writes about power
  markets", "… covering climate and energy", "… und schreibt über Umwelt und Verkehr", a perfect tense dated by a year
  or a span: "… who has covered London's rental market since 2015", books of their own: "… and the author of Melting
  Point"), or (b) more sentences, each after the first telling where they live, worked or wrote before, or how to
  reach them (tables ``bio_more``, ``bio_contact``, ``promos.sign_off``: "He lives in Cambridge.", "Ha lavorato per il
  Corriere …", "Reach him at …"). A beat on a definite thing ("… und berichtet über den Prozess", "… et couvre le
  port de Brest", "who has covered the border since the war began"), an event ("… and was the first to reach the
  harbour"), a later sentence telling what they did ("She first obtained the leaked records in 2021.") stay, and so
  does the last of a run of people told by their jobs (a newsroom's new hires, one paragraph each). This takes a bio
  glued to the article's last paragraph with nothing after it when its beat is a habit: ``test_passes``'s
  "author-bio-needs-a-gap" and "detached-needs-a-gap" negatives now hold a beat on a definite thing ("… who writes
  about the harbour plan for the paper"); their old line ("… who writes about fishing, farming and rural life for the
  paper") goes;
- round 3's beats: a clause of where ("… at Example News, where she covers energy and climate policy"), a desk's
  beat named with the article in it and nl ("… e segue la politica locale", "… en volgt de gemeentepolitiek sinds
  2019": a desk's noun, not "il processo" or "de zaak"), es "… y cubre información municipal" (not "cubre el juicio"),
  a later sentence telling the beat ("Elle suit l'actualité économique …", "She covers energy.");
- a bio's contacts on lines of their own under it (up to three: "@alexturner", an address, "Follow her on X …") leave
  the bio closing the page, and go with it;
- author-bio takes the heading of an author box (table ``bio_heading``: "About the author", "Über die Autorin",
  "Sobre el autor", "Over de auteur") over a bio it removes (or over the bio's name line), and nothing else;
- ``bio`` rows for Polish ("Anna Nowak jest dziennikarką …") and Swedish ("Erik Lind är reporter på …"); a freelancer
  after the role in es and pt ("jornalista freelancer");
- credits (table ``syndication``): "Translated by …" alone in en, "Traducción de …" in es, "Tradução de …" in pt,
  "Con información de <names>." in es, "Ha collaborato <names>" in it, "Colaborou <names>" in pt (names alone); a
  sentence about a translation stays ("Translated by Google, the menu …"), and so does "Ha collaborato con la Procura
  …";
- the disclosure formula of a university author in en and fr (table ``signup.disclosure``: "… does not work for,
  consult, own shares in or receive funding from any company or organisation that would benefit from this article");
  an article's sentence that the minister "does not own shares in the company" stays;
- a newsletter's label named after the word, the line alone ("La newsletter Lyon", "Der Newsletter Freiburg", "La
  newsletter di Bologna", "La newsletter de Clima"), as English names it before ("The Lyon newsletter"); a subheading
  in lower case ("La newsletter des élèves", "Newsletter kommt gut an") stays; Spanish's pitch "Recibe cada semana en
  tu correo las noticias …" (a how-to's "Recibe en tu correo un código de verificación …" stays).

Left (``RESIDUE_LEFT``): "The author is a freelance journalist based in Bristol." (it names nobody: a book review's
last sentence about the book's author reads the same), a funding line alone ("Mark Jones receives funding from …": an article's last sentence about a
researcher reads the same), the disclosure box's heading in fr and es ("Déclaration d'intérêts" is also a subheading
of a story about officials' declarations), and the Spanish formula (its ", y ha declarado …" reads as a reporting clause
to the guard that spares residue told as news).

Bench: ``pagecmp`` against the base: changed 0/362; ``bench_text --variant both``: as before (recall 0.966 / 0.975 /
0.970, naive 0.843 / 0.988 / 0.909).
"""

from __future__ import annotations

import pytest
from probes import judge, report, tagged_probe_tests

import cleaner

CASES: dict[str, str] = {
    # (1) a bio with clauses joined on after the job, the page's last line
    "de_bio_und": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R Anna Becker ist Redakteurin im Ressort Lokales und schreibt über Umwelt und Verkehr.
""",
    "en_bio_contact": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R Alex Turner is a staff writer covering climate and energy. Reach him at alex.turner@example.com.
""",
    "it_bio_multi": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
R Maria Rossi è giornalista. Ha lavorato per il Corriere di Bologna e oggi collabora con diverse testate locali.
""",
    "en_bio_author_of": """\
A Scientists have found that the ice shelves of West Antarctica are thinning faster than any previous model predicted.
A The study, published in Nature on Wednesday, used twenty years of satellite measurements to track the shelves' height.
A The researchers warn that the loss could add several centimetres to global sea levels by the end of the century.
A Other glaciologists said the findings were worrying but called for more measurements from the ground.
R Ben Carter is a science journalist and the author of Melting Point, a history of polar exploration. He lives in Cambridge.
""",
    "en_bio_since": """\
A Rents in the capital rose by 9 per cent in the year to March, the fastest rise since records began, official figures show.
A The increase was driven by a shortage of homes for rent as landlords sold up, the statistics office said.
A Tenant groups called for a freeze on rents, but the mayor said he did not have the power to impose one.
A Economists expect the rise to slow next year as higher interest rates cool the wider housing market.
R Priya Shah is a housing correspondent who has covered London's rental market since 2015. Follow her on X @priyashah.
""",
    "es_bio_y": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R Lucía Fernández es periodista especializada en medio ambiente y escribe sobre urbanismo y cambio climático.
""",
    "fr_bio_et": """\
A La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.
A La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.
A Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.
A La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.
R Claire Martin est journaliste au service Société et couvre les questions de mobilité. Elle est l'auteure de deux livres sur la ville.
""",
    "pt_bio_e": """\
A A Câmara Municipal de Lisboa aprovou um plano para criar 200 quilómetros de ciclovias na cidade até ao final da década.
A O projeto prevê ligações entre os bairros periféricos e o centro, com prioridade para as zonas sem transportes públicos.
A A oposição critica a falta de estacionamento alternativo para os moradores das ruas afetadas pelas obras.
A As primeiras obras começam no próximo mês na Avenida Almirante Reis, uma das mais movimentadas da capital.
R Joana Silva é jornalista do Público e escreve sobre cidades, mobilidade e ambiente. Antes trabalhou na rádio TSF.
""",
    "nl_bio_en": """\
A De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad de komende vijf jaar met een derde verminderen.
A Vrijgekomen ruimte moet worden gebruikt voor groen, fietsenstallingen en speelplekken, staat in het plan.
A Winkeliers vrezen dat klanten uit de regio wegblijven als ze hun auto niet meer kwijt kunnen.
A De gemeenteraad stemt volgende maand over het voorstel, een meerderheid lijkt voor.
R Sanne Bakker is verslaggever bij de regioredactie en schrijft over wonen en verkeer.
""",
    "el_bio_kai": """\
A Ο δήμος Θεσσαλονίκης ανακοίνωσε ότι θα φυτέψει 10.000 δέντρα στις γειτονιές με τη λιγότερη σκιά μέχρι το 2030.
A Το μέτρο απαντά στους καύσωνες των τελευταίων καλοκαιριών, που έκαναν πολλούς δρόμους σχεδόν αβίωτους.
A Οι κάτοικοι της δυτικής πλευράς της πόλης θα είναι οι πρώτοι που θα δουν τα νέα δέντρα.
A Η αντιπολίτευση επικρίνει ότι το σχέδιο δεν προβλέπει χρήματα για το πότισμα και τη συντήρηση.
R Η Ελένη Παππά είναι δημοσιογράφος και γράφει για το περιβάλλον και την πόλη.
""",
    # (2) a bio over lines of its own: "About the author" heading, a sign-off
    "en_about_author": """\
A The city's new library opened its doors on Saturday after four years of building work and a budget that doubled along the way.
A More than 5,000 people queued to see the building, which has a rooftop garden and a floor given over to children's books.
A Councillors defended the cost, saying the library would serve as a community centre as well as a place to borrow books.
A The old library on Market Street will be turned into flats, with a third of them offered at below-market rents.
R About the author
R Tom Hughes is a freelance writer based in Manchester who covers culture and local politics.
""",
    "en_bio_follow_line": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R Grace Ellis is an energy reporter at the Courier and has written about power markets for a decade.
R Follow her on X @graceellis.
""",
    "de_ueber_autorin": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R Über die Autorin
R Lena Vogt ist freie Journalistin in Freiburg und berichtet seit 2018 über Stadtentwicklung und Verkehr.
""",
    "es_sobre_autor": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R Sobre el autor
R Pablo Ruiz es redactor de la sección de Local y ha trabajado en El País y en la Cadena SER.
""",
    "fr_a_propos": """\
A La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.
A La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.
A Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.
A La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.
R À propos de l'auteur
R Julien Morel est journaliste indépendant et vit à Lyon. Il a collaboré avec Libération et Le Progrès.
""",
    # (3) contributor credits, wire credits, translators, disclosures
    "en_written_by": """\
A Scientists have found that the ice shelves of West Antarctica are thinning faster than any previous model predicted.
A The study, published in Nature on Wednesday, used twenty years of satellite measurements to track the shelves' height.
A The researchers warn that the loss could add several centimetres to global sea levels by the end of the century.
A Other glaciologists said the findings were worrying but called for more measurements from the ground.
R This article was written by Hannah Cole, a freelance science writer based in Edinburgh.
""",
    "en_wire_credit": """\
A Oil prices rose on Monday after the producers' group agreed to extend its output cuts until the end of the year.
A Brent crude gained 2 per cent to $84 a barrel in early trading in London, its highest level in five months.
A Analysts said the cuts would tighten supply just as demand picks up during the northern hemisphere summer.
A Some member states had pushed for higher quotas, but the group's largest producer insisted on restraint.
R Reporting by Ahmad Ghaddar in London and Maha El Dahan in Dubai; Editing by Susan Fenton
""",
    "en_conversation": """\
A Scientists have found that the ice shelves of West Antarctica are thinning faster than any previous model predicted.
A The study, published in Nature on Wednesday, used twenty years of satellite measurements to track the shelves' height.
A The researchers warn that the loss could add several centimetres to global sea levels by the end of the century.
A Other glaciologists said the findings were worrying but called for more measurements from the ground.
R Disclosure statement
R Helen Wright does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.
""",
    "en_conversation_funding": """\
A Rents in the capital rose by 9 per cent in the year to March, the fastest rise since records began, official figures show.
A The increase was driven by a shortage of homes for rent as landlords sold up, the statistics office said.
A Tenant groups called for a freeze on rents, but the mayor said he did not have the power to impose one.
A Economists expect the rise to slow next year as higher interest rates cool the wider housing market.
R Mark Jones receives funding from the Economic and Social Research Council.
""",
    "en_translated": """\
A The city's new library opened its doors on Saturday after four years of building work and a budget that doubled along the way.
A More than 5,000 people queued to see the building, which has a rooftop garden and a floor given over to children's books.
A Councillors defended the cost, saying the library would serve as a community centre as well as a place to borrow books.
A The old library on Market Street will be turned into flats, with a third of them offered at below-market rents.
R Translated by Sophie Lewis
""",
    "de_uebersetzt": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R Aus dem Englischen von Jan Schuster
""",
    "fr_traduit": """\
A La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.
A La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.
A Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.
A La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.
R Traduit de l'anglais par Marie Leroy.
""",
    "es_traducido": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R Traducción de Carlos Gómez
""",
    "it_tradotto": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
R Traduzione di Paola Bianchi
""",
    "pt_traducao": """\
A A Câmara Municipal de Lisboa aprovou um plano para criar 200 quilómetros de ciclovias na cidade até ao final da década.
A O projeto prevê ligações entre os bairros periféricos e o centro, com prioridade para as zonas sem transportes públicos.
A A oposição critica a falta de estacionamento alternativo para os moradores das ruas afetadas pelas obras.
A As primeiras obras começam no próximo mês na Avenida Almirante Reis, uma das mais movimentadas da capital.
R Tradução de Rui Pereira
""",
    "nl_vertaald": """\
A De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad de komende vijf jaar met een derde verminderen.
A Vrijgekomen ruimte moet worden gebruikt voor groen, fietsenstallingen en speelplekken, staat in het plan.
A Winkeliers vrezen dat klanten uit de regio wegblijven als ze hun auto niet meer kwijt kunnen.
A De gemeenteraad stemt volgende maand over het voorstel, een meerderheid lijkt voor.
R Vertaling: Pieter Smit
""",
    "de_mitarbeit": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R Mitarbeit: Jonas Keller
""",
    "es_colaboracion": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R Con información de Marta López y Diego Sanz.
""",
    # (4) feedback widget, newsletter subheadings at the tail
    "en_helpful": """\
A To renew a passport online you need a digital photo, a debit or credit card and your old passport.
A The application usually takes three weeks, but it can take longer in spring and summer, the passport office says.
A You can track the progress of your application online once you have sent your old passport.
R Was this article helpful?
R Yes
R No
""",
    "en_yes_no": """\
A To renew a passport online you need a digital photo, a debit or credit card and your old passport.
A The application usually takes three weeks, but it can take longer in spring and summer, the passport office says.
A You can track the progress of your application online once you have sent your old passport.
R Did you find this page useful?
R Yes No
""",
    "fr_newsletter_tail": """\
A La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.
A La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.
A Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.
A La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.
R La newsletter Lyon
R Chaque vendredi, recevez l'essentiel de l'actualité lyonnaise dans votre boîte mail.
R S'inscrire
""",
    "de_newsletter_tail": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R Der Newsletter Freiburg
R Jeden Morgen die wichtigsten Nachrichten aus der Region direkt in Ihr Postfach.
R Jetzt anmelden
""",
    "es_newsletter_tail": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R La newsletter de Clima
R Recibe cada semana en tu correo las noticias más importantes sobre el cambio climático.
R Suscríbete
""",
    "it_newsletter_tail": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
R La newsletter di Bologna
R Ogni mattina le notizie della città direttamente nella tua casella di posta.
R Iscriviti
""",
    # (5) other languages: pl, sv
    "pl_bio_i": """\
A Rada Miasta Krakowa zdecydowała we wtorek o rozszerzeniu strefy czystego transportu na całe miasto od przyszłego roku.
A Starsze samochody z silnikami diesla nie będą mogły wjeżdżać do centrum, a kierowcy spoza miasta dostaną okres przejściowy.
A Przeciwnicy zmian zapowiadają zbieranie podpisów pod wnioskiem o referendum w tej sprawie.
A Władze miasta obiecują więcej autobusów i nowe parkingi przy stacjach kolejowych na obrzeżach.
R Anna Nowak jest dziennikarką działu miejskiego i pisze o transporcie oraz ekologii.
""",
    "sv_bio_och": """\
A Stockholms stad vill halvera antalet parkeringsplatser i innerstaden fram till 2030 för att ge plats åt cykelbanor och parker.
A Förslaget presenterades på tisdagen och ska röstas igenom i kommunfullmäktige i juni, där de rödgröna har egen majoritet.
A Handlarna i city är oroliga för att kunderna från förorterna ska utebli om de inte kan parkera.
A Trafikkontoret lovar fler bussar och nya infartsparkeringar vid pendeltågsstationerna.
R Erik Lind är reporter på Stockholmsredaktionen och skriver om trafik och stadsplanering.
""",
    # -- controls: the article's own last lines about a person
    "en_obituary": """\
A Margaret Hale, who ran the village post office in Ashby for forty years, has died at the age of 91.
A Hale took over the post office from her father in 1958 and kept it open through two floods and a fire.
A Villagers remembered her as the person who knew everyone's news before it reached the parish newsletter.
A She is survived by her husband, two daughters and four grandchildren.
""",
    "en_profile_journalist": """\
A For three decades Emma Becker has sat in the same seat at the back of the council chamber, notebook on her knee.
A The local paper's veteran reporter is retiring this month, and councillors of all parties lined up to pay tribute.
A Becker, who has covered the city council since 1995, said she would miss the late-night budget debates most of all.
A Emma Becker is a reporter at the Evening Post and has won two regional press awards for her work on the council.
""",
    "en_columnist_appointed": """\
A The Sunday Chronicle has appointed the novelist Ruth Okafor as its new weekly columnist, the paper announced on Monday.
A Okafor will write about politics and culture from her home in Lagos, starting with the first issue of next month.
A The editor said she had long admired Okafor's essays and wanted more voices from outside London in the paper.
A Ruth Okafor is the author of three novels and a columnist for two newspapers in Nigeria, where she lives with her family.
""",
    "en_quote_reporter": """\
A Floodwater reached the first floors of houses along the river in Tewkesbury on Sunday night as the River Severn burst its banks.
A Hundreds of residents were moved to the town's leisure centre, and the main road into the town was closed.
A Rescue crews used boats to reach elderly people who had refused to leave their homes earlier in the day.
A "We watched the water rise by a foot an hour, and by midnight the high street was a river," said Tom Hale, a reporter for the Gloucester Gazette.
""",
    "en_book_review": """\
A Sally Quinn's new novel follows three sisters who return to their father's farm in Kerry after his death.
A Quinn writes about grief without sentiment, and the farm's slow decline mirrors the sisters' quarrels over what to do with it.
A The ending feels rushed, but the book confirms Quinn as one of the most perceptive writers of her generation.
A Sally Quinn is a journalist and novelist from Cork. Her first book, Low Tide, won the Irish Book Award in 2019.
""",
    "de_portraet": """\
A Seit dreißig Jahren sitzt Anna Becker in der letzten Reihe des Ratssaals, den Block auf dem Knie.
A Jetzt geht die Lokalreporterin in den Ruhestand, und Stadträte aller Parteien würdigten ihre Arbeit.
A Becker, die seit 1995 über den Stadtrat berichtet, sagte, am meisten werde sie die langen Haushaltsdebatten vermissen.
A Anna Becker ist Redakteurin im Ressort Lokales und schreibt seit dreißig Jahren über die Stadtpolitik.
""",
    "fr_nomination": """\
A Le quotidien Ouest-France a nommé Claire Martin à la tête de sa rédaction, a annoncé lundi la direction du groupe.
A Martin, entrée au journal en 2002 comme correspondante à Vannes, succède à un directeur parti à la retraite.
A Les syndicats ont salué la nomination d'une journaliste issue de la rédaction, après des années de tensions.
A Claire Martin est journaliste et a dirigé le service Politique avant de prendre la rédaction en chef adjointe.
""",
    "it_necrologio": """\
A È morto a 84 anni Giorgio Ferri, per quarant'anni voce della cronaca sportiva alla radio pubblica.
A Ferri aveva raccontato sei Mondiali e undici Olimpiadi, e la sua telecronaca della finale del 1982 è rimasta nella memoria di molti.
A I funerali si terranno giovedì nella chiesa di San Domenico a Bologna.
A Lascia la moglie Anna e due figli.
""",
    "es_cita_periodista": """\
A El temporal ha dejado más de 200 litros por metro cuadrado en algunas zonas de Málaga en menos de doce horas.
A Los bomberos han rescatado a decenas de personas atrapadas en sus coches en los pasos subterráneos de la ciudad.
A Las clases se han suspendido en toda la provincia y se espera que la lluvia continúe hasta el martes.
A "Nunca había visto el río tan alto", dijo Pablo Ruiz, periodista de la radio local que cubre la zona desde hace veinte años.
""",
    "en_translation_sentence": """\
A Olga Tokarczuk's new novel reaches English readers this month, five years after it was published in Poland.
A Tokarczuk follows a group of patients at a sanatorium in the mountains in 1913, as rumours of war reach them.
A The novel, translated by Antonia Lloyd-Jones, is published by Fitzcarraldo Editions at £16.99.
""",
    "en_disclosure_sentence": """\
A The health minister has denied any conflict of interest over the contract awarded to a firm run by a former adviser.
A Opposition MPs had asked whether the minister held any stake in the firm, which won the £40m contract without a tender.
A The minister does not own shares in the company and has no financial link to it, her office said in a statement.
""",
    "en_key_takeaways": """\
A Key takeaways
A Inflation fell to 2.3 per cent in April.
A Energy prices drove most of the fall.
A The Bank of England is expected to cut rates in June.
A Inflation fell to its lowest level in nearly three years in April, official figures show, as household energy bills dropped.
A The fall was larger than economists had expected, raising hopes of an interest rate cut next month.
""",
    "pt_obituario": """\
A Morreu aos 88 anos o jornalista Manuel Sousa, que durante quatro décadas dirigiu a redação do Diário do Minho.
A Sousa começou como repórter em Braga em 1958 e cobriu a revolução de abril para o jornal.
A O presidente da câmara decretou um dia de luto municipal e o funeral realiza-se na sexta-feira.
A Deixa a mulher, três filhos e sete netos.
""",
    "nl_afscheid": """\
A Na veertig jaar neemt verslaggever Kees Jansen afscheid van het Brabants Dagblad, waar hij de gemeenteraad van Tilburg volgde.
A Jansen begon in 1984 als leerling-journalist en schreef meer dan tienduizend artikelen over de stad.
A Burgemeester en wethouders bedankten hem met een receptie in het stadhuis.
A Kees Jansen is verslaggever en schreef ook twee boeken over de geschiedenis van Tilburg.
""",

    # (round 2: more residue and controls for the new rules)
    "fr_conversation": """\
A La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.
A La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.
A Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.
A La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.
R Déclaration d'intérêts
R Pierre Lambert ne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds d'une organisation qui pourrait tirer profit de cet article, et n'a déclaré aucune autre affiliation que son organisme de recherche académique.
""",
    "es_conversation": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R Declaración de intereses
R Laura Méndez no recibe salario, ni ejerce labores de consultoría, ni posee acciones, ni recibe financiación de ninguna compañía u organización que pueda obtener beneficio de este artículo, y ha declarado carecer de vínculos relevantes más allá del cargo académico citado.
""",
    "en_bio_name_line": """\
A The city's new library opened its doors on Saturday after four years of building work and a budget that doubled along the way.
A More than 5,000 people queued to see the building, which has a rooftop garden and a floor given over to children's books.
A Councillors defended the cost, saying the library would serve as a community centre as well as a place to borrow books.
A The old library on Market Street will be turned into flats, with a third of them offered at below-market rents.
R About the author
R Tom Hughes
R Tom Hughes is a freelance writer based in Manchester. His work has appeared in the Guardian and the New Statesman.
""",
    "it_bio_scrive": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
R Luca Conti è giornalista della redazione di Bologna e scrive di mobilità, urbanistica e ambiente.
""",
    "nl_bio_woont": """\
A De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad de komende vijf jaar met een derde verminderen.
A Vrijgekomen ruimte moet worden gebruikt voor groen, fietsenstallingen en speelplekken, staat in het plan.
A Winkeliers vrezen dat klanten uit de regio wegblijven als ze hun auto niet meer kwijt kunnen.
A De gemeenteraad stemt volgende maand over het voorstel, een meerderheid lijkt voor.
R Over de auteur
R Pieter de Groot is freelance journalist. Hij woont in Utrecht en schreef eerder voor Trouw en NRC.
""",
    "pt_bio_vive": """\
A A Câmara Municipal de Lisboa aprovou um plano para criar 200 quilómetros de ciclovias na cidade até ao final da década.
A O projeto prevê ligações entre os bairros periféricos e o centro, com prioridade para as zonas sem transportes públicos.
A A oposição critica a falta de estacionamento alternativo para os moradores das ruas afetadas pelas obras.
A As primeiras obras começam no próximo mês na Avenida Almirante Reis, uma das mais movimentadas da capital.
R Miguel Santos é jornalista freelancer. Vive em Lisboa e colabora com o Expresso e a Visão.
""",
    # -- controls: a beat on a definite thing, a later sentence telling an event, calls of a how-to, a subheading
    "de_bio_prozess": """\
A Im Prozess um den Brand im Flüchtlingsheim von Waldkirch hat das Landgericht Freiburg am Freitag die beiden Angeklagten verurteilt.
A Die Männer müssen wegen schwerer Brandstiftung für sieben und neun Jahre in Haft, die Verteidigung kündigte Revision an.
A Der Vorsitzende Richter sprach von einer Tat aus Fremdenhass, die nur durch Glück keine Toten gefordert habe.
A Aufgedeckt hatte die Hintergründe der Tat eine Lokaljournalistin, deren Recherche die Ermittler auf die Spur der Täter brachte.
A Lena Vogt ist Redakteurin der Badischen Zeitung und berichtet über den Prozess.
""",
    "en_bio_event": """\
A A local newspaper has won a national award for its investigation into the county's water supply, the judges announced on Thursday.
A The paper's reporting showed that the water company had hidden dozens of pollution incidents from the regulator over ten years.
A The company has since been fined more than ten million pounds and its chief executive has resigned.
A The judges praised the small newsroom for taking on a story that national titles had ignored.
A Priya Shah is a reporter at the paper who has covered the water company since 2015. She first obtained the leaked records in 2021.
""",
    "es_bio_caso": """\
A La Audiencia de Málaga ha condenado a cuatro años de prisión al exalcalde de Marbella por el desvío de fondos públicos.
A La sentencia considera probado que el exregidor adjudicó contratos a empresas de su entorno durante dos legislaturas.
A La defensa ha anunciado que recurrirá ante el Tribunal Supremo, mientras la acusación popular celebra el fallo.
A El caso salió a la luz gracias a la investigación de una periodista local que obtuvo los contratos en 2019.
A Ana García es periodista del diario local y escribe sobre el caso desde el primer día.
""",
    "fr_bio_couvre": """\
A Le port de Brest a enregistré l'an dernier un trafic record de conteneurs, porté par les exportations agricoles vers l'Afrique de l'Ouest.
A La chambre de commerce, qui gère le port, a annoncé un investissement de 80 millions d'euros dans de nouveaux quais.
A Les dockers réclament de leur côté des embauches, estimant que les cadences sont devenues intenables.
A Les premiers travaux doivent commencer à l'automne et durer trois ans.
A Marie Dupont est journaliste au Télégramme depuis vingt ans et couvre le port de Brest.
""",
    "fr_newsletter_eleves": """\
A Au collège Jean-Moulin de Rodez, ce sont les élèves de quatrième qui rédigent désormais la lettre d'information envoyée chaque mois aux familles. Une initiative du professeur de français, Marc Alric.
A La newsletter des élèves
A Chaque numéro compte quatre pages, avec les résultats sportifs, les menus de la cantine et une interview.
A Les familles peuvent s'abonner en écrivant au secrétariat. Déjà 310 parents l'ont fait.
""",
    "es_correo_codigo": """\
A Para activar la nueva cuenta de la Seguridad Social hay que entrar en la sede electrónica con el DNI y un número de teléfono móvil.
A El sistema pide después una dirección de correo electrónico, que será la que reciba todas las notificaciones.
A Recibe en tu correo un código de verificación y cópialo en la casilla de la página.
A A partir de ese momento ya se pueden consultar la vida laboral y las bases de cotización.
""",
    "en_translated_sentence": """\
A A restaurant in Leeds has become an online sensation after its menu was translated into Spanish by a free app.
A Diners shared photos of dishes that had been given baffling names, including one that became "chicken of the sea of the chicken".
A The owner said he had not noticed the errors because he does not speak Spanish himself.
A Translated by Google, the menu offered fried rice with fried rice.
""",
    "de_newsletter_sache": """\
A Die Stadtbibliothek Kassel verschickt seit Januar einen eigenen Newsletter mit Lesetipps und Terminen an ihre Mitglieder.
A Newsletter kommt gut an
A Mehr als 4.000 Leserinnen und Leser haben sich in den ersten drei Monaten angemeldet, teilte die Bibliothek mit.
A Im Sommer sollen auch Hörbuchtipps dazukommen.
""",
    # (round 3: more residue at the tail, measured after rounds 1-2's fixes, and controls for round 3's rules)
    "en_where_covers": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R Jane Doe is a senior editor at Example News, where she covers energy and climate policy.
""",
    "en_handle_line": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R Alex Turner is a staff writer at Example News.
R @alexturner
""",
    "en_wire_brackets": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R (Reporting by Jane Doe in London; Editing by John Smith)
""",
    "en_contributed": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R Jane Doe contributed reporting from Lincoln.
""",
    "en_the_author": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R The author is a freelance journalist based in Bristol.
""",
    "de_der_autor": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R Der Autor ist freier Journalist in Freiburg.
""",
    "de_helpful": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R War dieser Artikel hilfreich?
R Ja
R Nein
""",
    "fr_helpful": """\
A La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.
A La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.
A Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.
A La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.
R Cet article vous a-t-il été utile ?
R Oui
R Non
""",
    "es_helpful": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R ¿Te ha resultado útil este artículo?
R Sí
R No
""",
    "de_mit_material": """\
A Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.
A Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.
A Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.
A Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.
R Mit Material von dpa und AFP
""",
    "it_collaborato": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
R Ha collaborato Marco Rossi
""",
    "nl_medewerking": """\
A De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad de komende vijf jaar met een derde verminderen.
A Vrijgekomen ruimte moet worden gebruikt voor groen, fietsenstallingen en speelplekken, staat in het plan.
A Winkeliers vrezen dat klanten uit de regio wegblijven als ze hun auto niet meer kwijt kunnen.
A De gemeenteraad stemt volgende maand over het voorstel, een meerderheid lijkt voor.
R Met medewerking van Jan de Vries
""",
    "pt_colaborou": """\
A A Câmara Municipal de Lisboa aprovou um plano para criar 200 quilómetros de ciclovias na cidade até ao final da década.
A O projeto prevê ligações entre os bairros periféricos e o centro, com prioridade para as zonas sem transportes públicos.
A A oposição critica a falta de estacionamento alternativo para os moradores das ruas afetadas pelas obras.
A As primeiras obras começam no próximo mês na Avenida Almirante Reis, uma das mais movimentadas da capital.
R Colaborou Maria Silva
""",
    "fr_suit": """\
A La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.
A La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.
A Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.
A La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.
R Claire Martin est journaliste à Lyon. Elle suit l'actualité économique de la région.
""",
    "en_thanks_feedback": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
R Was this article helpful?
R Yes
R No
R Thanks for your feedback!
""",
    "it_bio_segue": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
R Paolo Neri è giornalista e segue la politica locale per la redazione di Bologna.
""",
    "es_bio_cubre": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
R Marta Gil es periodista y cubre información municipal desde 2018.
""",
    "nl_bio_volgt": """\
A De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad de komende vijf jaar met een derde verminderen.
A Vrijgekomen ruimte moet worden gebruikt voor groen, fietsenstallingen en speelplekken, staat in het plan.
A Winkeliers vrezen dat klanten uit de regio wegblijven als ze hun auto niet meer kwijt kunnen.
A De gemeenteraad stemt volgende maand over het voorstel, een meerderheid lijkt voor.
R Eva Smit is verslaggever en volgt de gemeentepolitiek sinds 2019.
""",
    "it_collaborato_polizia": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A Il comandante dei vigili ha collaborato per mesi al piano. L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
A Ha collaborato con la Procura di Bologna anche l'ex assessore ai trasporti.
""",
    "es_bio_cubre_juicio": """\
A El Ayuntamiento de Valencia ha aprobado un plan para plantar 40.000 árboles en los barrios con menos sombra de la ciudad antes de 2030.
A La medida responde a las olas de calor de los últimos veranos, que han disparado las temperaturas en las calles más expuestas.
A Los vecinos de Benicalap y Orriols, los barrios con menos zonas verdes, serán los primeros en recibir los nuevos árboles.
A La oposición critica que el plan no incluye un presupuesto para el riego y el mantenimiento de las nuevas plantaciones.
A Marta Gil es periodista y cubre el juicio por la concesión del vivero municipal.
""",
    "nl_bio_volgt_zaak": """\
A De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad de komende vijf jaar met een derde verminderen.
A Vrijgekomen ruimte moet worden gebruikt voor groen, fietsenstallingen en speelplekken, staat in het plan.
A Winkeliers vrezen dat klanten uit de regio wegblijven als ze hun auto niet meer kwijt kunnen.
A De gemeenteraad stemt volgende maand over het voorstel, een meerderheid lijkt voor.
A Eva Smit is verslaggever en volgt de zaak rond het parkeerbedrijf sinds 2019.
""",
    "it_bio_segue_processo": """\
A Il Comune di Bologna ha approvato il nuovo piano per la mobilità che porterà il limite dei 30 all'ora su quasi tutte le strade della città.
A La misura, in vigore da gennaio, ha ridotto gli incidenti gravi di un quarto secondo i primi dati della polizia locale.
A I commercianti del centro lamentano però un calo dei clienti che arrivano in auto dalla provincia.
A L'amministrazione ha annunciato nuove linee di autobus notturne e l'ampliamento dei parcheggi scambiatori.
A Paolo Neri è giornalista e segue il processo per la redazione di Bologna.
""",
    "en_where_covered": """\
A The government has approved plans for the country's largest solar farm, which will cover an area the size of 1,400 football pitches in Lincolnshire.
A Ministers overruled local objections, saying the project was needed to meet the country's clean power targets by 2030.
A Residents had argued the panels would take good farmland out of use and spoil views across the valley.
A The developer says construction will start next spring and the farm will power more than 300,000 homes once finished.
A Jane Doe is a senior editor at the Lincolnshire Echo, where she covered the planning inquiry last year.
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # "The author is …" names nobody: a book review's last sentence about the book's author reads the same
    "en_the_author": 1,
    # a funding line alone: an article's last sentence about a researcher ("… receives funding from the research
    # council") reads the same; only the box's heading (which site-chrome takes) tells it apart
    "en_conversation_funding": 1,
    # the disclosure box's heading: "Déclaration d'intérêts" is also a story's subheading (officials' declarations)
    "fr_conversation": 1,
    # the heading as in fr; the formula's ", y ha declarado carecer …" is a reporting clause to the guard that spares
    # residue told as news (``VocabGroup._spare``)
    "es_conversation": 2,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


def _kept(lines: list[str]) -> list[str]:
    return cleaner.clean_text("\n".join(lines)).split("\n")


_WIND = [
    "Wind turbines generated more of Britain's electricity than gas-fired power stations over the past three months, grid figures show.",
    "It is the first time wind has been the largest source of power for a whole quarter, according to the operator.",
    "Analysts said the milestone reflected both new offshore farms and lower demand during a mild winter.",
    "Gas remains essential on still days, however, and the operator expects it to supply about a third of power next winter.",
]

_AMPEL = [
    "Die Stadt Freiburg will bis 2030 alle Ampeln an den großen Kreuzungen auf ein neues Steuerungssystem umstellen, das den Radverkehr bevorzugt.",
    "Der Gemeinderat hat dafür am Dienstag knapp zwölf Millionen Euro freigegeben, die Opposition stimmte dagegen.",
    "Kritiker befürchten längere Wartezeiten für Busse, das Verkehrsamt verspricht dagegen eine eigene Vorrangschaltung für den Nahverkehr.",
    "Die ersten Kreuzungen sollen schon im Herbst umgebaut werden, zunächst in der Innenstadt und am Hauptbahnhof.",
]


# -- a bio told at more length closing the page ------------------------------------------------------------------


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a staff writer covering climate and energy.",
        "Jane Doe is an energy reporter at the Courier and writes about power markets and grids.",
        "Jane Doe is a reporter who has covered energy since 2015.",
        "Jane Doe is a reporter at the Courier. She lives in Leeds.",
        "Jane Doe is a reporter at the Courier, covering energy. Reach her at jane.doe@example.com.",
        "Jane Doe is a science journalist and the author of Power Lines, a history of the grid.",
    ],
    ids=["covering", "writes-about", "since-year", "lives", "contact", "author-of"],
)
def test_a_bio_told_at_length_closing_the_page_goes(bio: str) -> None:
    result = cleaner.explain_text("\n".join([*_WIND, bio]))
    assert result.text.split("\n") == _WIND
    assert [r.pass_name for r in result.removed] == ["author-bio"]


@pytest.mark.parametrize(
    "line",
    [
        # a beat on a definite thing: the article's news about a person
        "Jane Doe is a reporter who has covered the trial since 2015.",
        "Jane Doe is a reporter at the Courier and writes about the wind farm every week.",
        # an event joined on
        "Jane Doe is a reporter at the Courier and was the first to report the figures.",
        # a later sentence telling what she did, or quoting her
        "Jane Doe is a reporter at the Courier. She first obtained the figures in 2021.",
        'Jane Doe is a reporter at the Courier. "The figures were hidden for years," she said.',
        # a beat as a habit, a span that is no year or length of time
        "Jane Doe is a freelance journalist who has covered energy since the war began.",
        # a later sentence with another subject, or a handle inside a sentence
        "Jane Doe is a reporter at the Courier. Police joined the search for the missing files on Friday.",
        "Jane Doe is a reporter at the Courier. She posted the leaked figures on @courier's account.",
    ],
    ids=["definite-since", "definite-writes", "event", "later-event", "later-quote", "since-event", "other-subject",
         "handle-in-sentence"],
)
def test_a_last_sentence_about_a_reporter_stays(line: str) -> None:
    assert _kept([*_WIND, line]) == [*_WIND, line]


@pytest.mark.parametrize(
    "contacts",
    [["@janedoe"], ["jane.doe@example.com"], ["Twitter: @janedoe", "jane.doe@example.com"]],
    ids=["handle", "address", "both"],
)
def test_a_bio_with_its_contacts_under_it_goes(contacts: list[str]) -> None:
    bio = "Jane Doe is a senior reporter covering energy."
    assert _kept([*_WIND, bio, *contacts]) == _WIND


def test_a_bio_shaped_line_over_a_sentence_with_an_address_stays() -> None:
    tail = [
        "Jane Doe is a senior reporter covering energy.",
        "Readers with questions about their bills can write to the regulator at help@example.org before May.",
    ]
    assert _kept([*_WIND, *tail]) == [*_WIND, *tail]


def test_a_told_bio_with_the_article_going_on_under_it_stays() -> None:
    bio = "Jane Doe is an energy reporter at the Courier and writes about power markets and grids."
    more = "She told the committee that the figures had been checked by two independent auditors before publication."
    assert _kept([*_WIND, bio, more]) == [*_WIND, bio, more]


def test_the_last_of_a_run_of_people_told_by_their_jobs_stays() -> None:
    """A newsroom's new hires, one paragraph each: the last closes the page as a bio would."""
    hires = [
        "Tom Lee is a reporter based in Leeds who writes about housing and transport.",
        "Jane Doe is a reporter based in Cornwall who writes about fishing, farming and rural life.",
    ]
    assert _kept([*_WIND, *hires]) == [*_WIND, *hires]


def test_a_told_bio_of_a_person_the_article_names_stays() -> None:
    named = [*_WIND[:3], "Jane Doe of the Courier was the first to report the figures, which the operator later confirmed."]
    bio = "Jane Doe is an energy reporter at the Courier and writes about power markets and grids."
    assert _kept([*named, bio]) == [*named, bio]


@pytest.mark.parametrize(
    "bio",
    [
        "Anna Becker ist Redakteurin im Ressort Lokales und schreibt über Umwelt und Verkehr.",
        "Anna Becker ist Redakteurin im Ressort Lokales. Sie lebt in Freiburg.",
    ],
)
def test_a_german_bio_told_at_length_goes(bio: str) -> None:
    assert _kept([*_AMPEL, bio]) == _AMPEL


@pytest.mark.parametrize(
    "line",
    [
        "Anna Becker ist Redakteurin der Badischen Zeitung und berichtet über den Prozess.",
        "Anna Becker ist Redakteurin im Ressort Lokales und hat den Fall als Erste aufgedeckt.",
        "Anna Becker ist Redakteurin im Ressort Lokales. Sie hat die Pläne als Erste veröffentlicht.",
    ],
)
def test_a_german_last_sentence_about_a_reporter_stays(line: str) -> None:
    assert _kept([*_AMPEL, line]) == [*_AMPEL, line]


_LYON_HEAD = [
    "La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.",
    "La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.",
    "Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.",
    "La métropole promet de renforcer les lignes de tramway et de bus les jours concernés.",
]


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Claire Martin est journaliste au Progrès. Elle a collaboré avec Libération.", True),
        ("Claire Martin est journaliste au Progrès. Elle a écrit à la mairie pour dénoncer les travaux.", False),
        ("Claire Martin est journaliste au Progrès et couvre le chantier du tramway.", False),
    ],
    ids=["later-bio", "wrote-to", "covers-definite"],
)
def test_a_french_told_bio(line: str, goes: bool) -> None:
    assert _kept([*_LYON_HEAD, line]) == (_LYON_HEAD if goes else [*_LYON_HEAD, line])


# -- an author box's heading ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["About the author", "About the authors"])
def test_an_author_box_heading_goes_with_its_bio(heading: str) -> None:
    bio = "Tom Hughes is a freelance writer based in Manchester who covers culture and local politics."
    assert _kept([*_WIND, heading, bio]) == _WIND


def test_an_author_box_heading_over_the_articles_paragraph_stays() -> None:
    tail = [
        "About the author",
        "The report's author, a former grid engineer, said the figures had been checked twice before publication.",
    ]
    assert _kept([*_WIND, *tail]) == [*_WIND, *tail]


# -- credits, a disclosure, a newsletter's label ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Translated by Sophie Lewis", "Translated from the German by Jan Smit and Anna Moore."]
)
def test_a_translators_credit_closing_the_page_goes(line: str) -> None:
    assert _kept([*_WIND, line]) == _WIND


def test_a_university_authors_disclosure_goes() -> None:
    line = (
        "Helen Wright does not work for, consult, own shares in or receive funding from any company or organisation"
        " that would benefit from this article, and has disclosed no relevant affiliations beyond their academic"
        " appointment."
    )
    assert _kept([*_WIND, line]) == _WIND


_LYON = [
    "La ville de Lyon va interdire la circulation des voitures dans la presqu'île le samedi à partir du mois de septembre.",
    "La mesure, votée lundi par le conseil municipal, vise à réduire la pollution et à rendre le centre aux piétons.",
    "Les commerçants redoutent une baisse de leur chiffre d'affaires et réclament des parkings relais gratuits.",
]


@pytest.mark.parametrize(
    ("article", "label", "pitch"),
    [
        (_LYON, "La newsletter Lyon", "Chaque vendredi, recevez l'essentiel de l'actualité lyonnaise dans votre boîte mail."),
        (_AMPEL, "Der Newsletter Freiburg", "Jeden Morgen die wichtigsten Nachrichten aus der Region direkt in Ihr Postfach."),
    ],
    ids=["fr", "de"],
)
def test_a_newsletters_label_named_after_the_word_goes(article: list[str], label: str, pitch: str) -> None:
    assert _kept([*article, label, pitch]) == article


@pytest.mark.parametrize(
    ("article", "label"),
    [(_LYON, "La newsletter des élèves"), (_AMPEL, "Newsletter kommt gut an")],
    ids=["fr", "de"],
)
def test_a_newsletter_in_a_subheading_stays(article: list[str], label: str) -> None:
    text = [*article[:2], label, *article[2:]]
    assert _kept(text) == text


if __name__ == "__main__":
    report(CASES, judge)
