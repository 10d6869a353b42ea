# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""medical45: a probe of health and medicine pages, scraped as text (half as an extractor leaves them, half as all the
visible text of the page), in en, de, fr, es, it, pt and nl.

- the article (``A``): a condition guide's short headings ("Symptoms", "Causes", "Symptome", "Ursachen", "Causas",
  "Tratamento", "Cura", "Wanneer bellen?"), symptom and side-effect lists one item a line, dosage rows ("Dosis: 2 x 400
  mg täglich", "Posologia: 10 mg/kg ogni 2 settimane", "Dosering paracetamol: …"), a trial's figures and "Key
  findings:" box, a study's citation line ("Source: Lincoff AM et al. … N Engl J Med 2023", "Referencia: …", "Fonte:
  Agenzia italiana del farmaco, comunicato …"), "Call 911 if …" safety advice in every language, a doctor's column's
  question and answer ("DEAR DOCTORS:", "Pregunta:", "Respuesta:"), and the hotline of the article's own support note
  ("If you or someone you know is struggling …, call or text 988", "appelez le 3114", "Telefonseelsorge … 0800 111 0
  111", "Disque Saúde 136", a hospital's "numero verde" for its programme): decided ``A`` - safety information the
  author put in the text, worse lost than left;
- the residue (``R``): "Medically reviewed by … — Written by … — Updated on …", "Medizinisch geprüft von", "Validé
  par", "Revisione scientifica:", "Revisão clínica:", "Gecontroleerd door huisartsen", "Last medically reviewed on",
  the site's "does not replace professional medical advice" disclaimer in its tail (decided ``R``: the site's
  boilerplate, in all seven languages), "Find a doctor", "Book an appointment" ("Termin vereinbaren", "Prendre
  rendez-vous", "Pide cita", "Prenota una visita", "Agende a sua consulta", "Maak een afspraak"), a column's "Send your
  questions to …" tail, share rows, teasers, menus, cookie notices, footers, newsletters;
- ``T``: headlines; a guide's reference list at the very end ("Quellen" and its citations: ``T``, as test_health34
  has it), while a news story's one citation line of the study it reports is ``A``.

- round 1, blind (written before reading the passes): 24 pages (13 extracts, 11 full pages), 247 ``A`` lines, 276
  ``R``, 27 ``T``, all seven languages.

- round 2, after the changes, aimed at them: 6 pages (4 extracts, 2 full pages), 59 ``A``, 43 ``R``, 7 ``T``: a guide's
  causes list in title case between its heading and the next under a table of contents (en), a risk-factor list under
  the guide's short first sentence with a menu of the same words over it (de), a list closing the text over a dated
  report's "Fonte:" line and a photo's "Foto: Ansa" (it), lists in lower case (fr, nl), the disclaimer among the
  footer's residue (en, de, nl, es) and right under the last paragraph (fr: ``T``, as test_redteam14b reads it).

Measured on main 3fa7e8c: round 1 lost 14, left 20; round 2 lost 16, left 9. The losses: a guide's section run between
two paragraphs, its heading, its items and the next heading (edge-furniture's inner run: "Symptome" over four items of
up to four words and "Ursachen", pt's "Causas" over its items and "Tratamento"; test_health34's ``health_list`` spares
items of three words at most under a symptoms heading only), a heading under the guide's short first sentence
(edge-furniture's head run: "Symptômes", "Risikofaktoren" with its items and "Behandlung"), a symptom list of longer
items closing the text ("Sintomi" over "febbre sopra i 38 gradi"), an Italian citation of a dated report ("Fonte:
Agenzia italiana del farmaco, comunicato del 19 marzo 2024": image-credit). Left: the reviewers' lines ("Revisione
scientifica: dott. …", "Gecontroleerd door huisartsen", "Por la Dra. …"), the sites' disclaimers (fr, it, nl, pt, en
in the footer), a column's tail ("Send your questions to …@…", "Owing to the volume of mail, …", "Si tiene alguna
pregunta para la doctora, puede enviarla a …@…"), booking buttons ("Pide cita con un especialista", "Agende a sua
consulta", "Encontre um médico"), teaser headings ("Read this next", "Más artículos del consultorio", "Weitere
Ratgeber"), a health site's update policy ("Our experts continually monitor …").

After: round 1 lost 0, left 1; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_medical.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``condition_list`` (edge-furniture's inner-run guard): a run opening on a guide's heading (tables
  ``structure.health_heading`` and the new ``structure.guide_heading``: "Causes", "Ursachen", "Traitement", "Causas",
  "Cura", "Oorzaken", "Wanneer bellen?"), three or more items of up to six words (no sentence, none a heading: a table of
  contents; one at least of several words or in lower case: a sidebar's "Treatments" over "Acupuncture",
  "Physiotherapy" still goes), at most one heading closing it, the article's sentence right over and under it.
- ``condition_head`` (edge-furniture's guard at the head): such a heading right under a kept sentence, with its items
  and the next headings down to a sentence or the first paragraph; a menu's "Ursachen" under "Krankheiten" still goes.
- ``condition_tail`` (edge-furniture's guard at the tail): such a heading right under the article's last sentence over
  its items, down to a kept line (the citation) or all in lower case; a footer's capitalised column still goes.
- ``disclaimer_tail`` (closing-disclosure, after every other pass; new table ``credits.medical_disclaimer``, all seven
  languages): a health site's "does not replace medical advice" line as the page's last kept line, the line over it
  taken by another pass; right under the article's last line or between paragraphs it stays (test_redteam14b's
  "Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung."), and a sentence reporting the words stays.
- it ``credits.image_credit``: a "Fonte:" line citing a dated document ("comunicato", "rapporto", "studio" … with a
  full date) is no credit (an exception in the entry's lookaheads).
- tables, each in a ``# medical45:`` block at its list's end: en ``credits.syndication`` a health site's update policy,
  ``credits.submission`` a doctor's column's address for questions (with its mail address) and its "Owing to the
  volume of mail …" note, ``promos.heading`` "Read this next"; es ``credits.submission`` the column's address,
  ``metadata.byline`` "Por la Dra. …", ``promos.heading`` "Más artículos del consultorio", ``widgets.chrome`` "Pide
  cita …"; fr, it ``credits.syndication`` a disclaimer naming the site ("Les informations fournies sur ce site ne
  remplacent …", "Le informazioni contenute in questo sito non sostituiscono …"); it ``metadata.byline`` "Revisione
  scientifica: dott. …"; nl ``credits.syndication`` "Deze informatie is bedoeld voor algemene voorlichting …",
  ``metadata.byline`` "Gecontroleerd door huisartsen"; pt ``widgets.chrome`` "Agende a sua consulta", "Encontre um
  médico" (as test_health34's fr and it booking buttons); de ``promos.heading`` "Weitere Ratgeber". Each has a sentence
  with its words that stays (``STAYS``, and ``fixtures/negatives``).

``python tests/test_medical45.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a Healthline-style condition guide with all its visible text: review line, short headings, symptom list, 911 advice
    "en_condition_guide_full": """\
R Skip to main content
R Health Conditions
R Wellness Topics
R Tools
R Featured
R Subscribe
R Search
T Migraine: Symptoms, Causes, Triggers, and Treatment
R Medically reviewed by Nicole Washington, DO, MPH — Written by Jenna Fletcher — Updated on March 4, 2024
A A migraine is a type of headache that causes moderate to severe throbbing pain, usually on one side of the head.
A It affects about 1 in 7 people worldwide and is around three times more common in women than in men.
A Symptoms
A Symptoms can begin one or two days before the headache itself. They may include:
A throbbing or pulsing pain
A sensitivity to light and sound
A nausea and vomiting
A blurred vision
A dizziness
A Causes
A Experts do not fully understand what causes migraine, but genetics and changes in brain chemistry appear to play a role.
A Common triggers include stress, lack of sleep, skipped meals, alcohol, and hormonal changes during the menstrual cycle.
A Treatment
A Over-the-counter pain relievers such as ibuprofen or acetaminophen can ease mild attacks if taken early.
A For frequent attacks, a doctor may prescribe triptans or preventive medications such as beta-blockers.
A When to see a doctor
A See a doctor if headaches become more frequent or more severe, or if over-the-counter medication no longer helps.
A Call 911 or go to the nearest emergency room if you have a sudden, severe headache, a stiff neck, confusion, or weakness on one side of the body.
R Last medically reviewed on March 4, 2024
R How we reviewed this article:
R Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.
R Share this article
R Read this next
R 10 Natural Ways to Ease a Headache
R Medically reviewed by Debra Sullivan, Ph.D., MSN, R.N., CNE, COI
R Get our wellness newsletter
R Enter your email
R Your privacy is important to us
R About Us
R Contact Us
R Privacy Policy
R This content does not replace professional medical advice, diagnosis, or treatment.
R © 2024 Healthline Media LLC. All rights reserved.
""",
    # ===== a drug approval news story as an extractor leaves it: byline, trial figures, dosage, "Read more", comments
    "en_drug_approval_extract": """\
T FDA approves first pill for postpartum depression
R By Sarah Mitchell, Health Reporter
R Published August 5, 2023 4:12 PM EDT
A The Food and Drug Administration on Friday approved zuranolone, the first pill specifically for postpartum depression.
A The drug, to be sold under the brand name Zurzuvae, is taken once a day for 14 days.
A In two clinical trials, women who took the drug showed greater improvement in symptoms after 15 days than those who received a placebo.
A The benefit lasted for at least four weeks after the last dose, the agency said.
A "This is a huge step forward," said Dr. Kimberly Yonkers, a psychiatrist at the University of Massachusetts.
A The label carries a boxed warning that the drug can impair a person's ability to drive.
A Patients should not drive or operate heavy machinery for at least 12 hours after taking it.
A Common side effects include drowsiness, dizziness, diarrhea and fatigue.
A Dose: 50 mg once daily in the evening with a fatty meal
A About one in eight women experience symptoms of postpartum depression, according to the Centers for Disease Control and Prevention.
A The companies have not yet announced a price.
R Read more:
R New blood test could spot Alzheimer's years before symptoms
R Copyright 2023 The Associated Press. All rights reserved.
R 12 Comments
R Log in to comment
""",
    # ===== a clinical trial's results in a news story, with the study's citation line, as an extractor leaves it
    "en_trial_results_extract": """\
T Weekly injection cut heart attacks and strokes by 20% in large trial
R Health
R By Daniel Ortiz
R November 11, 2023
A A weight-loss drug reduced the risk of heart attack, stroke and death from heart disease by 20% in people with obesity, a large trial has found.
A The study followed 17,604 adults aged 45 and older with existing heart disease but without diabetes for more than three years.
A Key findings:
A 6.5% of participants on the drug had a major cardiovascular event, compared with 8.0% on placebo.
A Participants on the drug lost an average of 9.4% of their body weight.
A 16.6% stopped treatment because of side effects, mostly nausea and vomiting.
A "These results could change how we treat heart disease in people with obesity," said lead author Dr. Michael Lincoff of the Cleveland Clinic.
A The trial was funded by the drug's maker, Novo Nordisk.
A Source: Lincoff AM et al. Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes. N Engl J Med 2023; 389:2221-2232.
R Sign up for our free Health newsletter
R Get the latest medical news delivered to your inbox every Tuesday.
R Related Stories
R Ozempic shortage: what patients need to know
R Share on Facebook
R Share on X
""",
    # ===== a doctor's Q&A column as an extractor leaves it: the letter, the answer, the column's tail
    "en_doctor_qa_extract": """\
T Dear Doctor: Is it safe to take melatonin every night?
R By Dr. Elizabeth Ko and Dr. Eve Glazier
R Andrews McMeel Syndication
R Published 6:00 a.m. ET Jan. 14, 2024
A DEAR DOCTORS: I have had trouble sleeping for years, and my neighbor swears by melatonin. Is it safe to take every night? — Sleepless in Ohio
A DEAR SLEEPLESS: Melatonin is a hormone that the brain produces in response to darkness, and it helps regulate the timing of sleep.
A Short-term use is considered safe for most adults.
A Doses of 0.5 mg to 3 mg, taken an hour or two before bedtime, are usually enough.
A Higher doses are not more effective and can cause headaches, grogginess and vivid dreams.
A Because supplements are not regulated like drugs, the actual amount in a pill can vary widely.
A We recommend talking with your doctor before starting, particularly if you take blood thinners or medication for epilepsy.
A Good sleep habits matter too: a regular bedtime, a dark and cool bedroom, and no screens for an hour before bed.
R Send your questions to askthedoctors@mednet.ucla.edu, or write: Ask the Doctors, c/o UCLA Health Sciences Media Relations, 10960 Wilshire Blvd., Suite 1955, Los Angeles, CA, 90024.
R Owing to the volume of mail, personal replies cannot be provided.
R More from Ask the Doctors
R Dear Doctor: Can cracking your knuckles cause arthritis?
""",
    # ===== a mental-health feature with all its visible text: the article's own support note with the hotline
    "en_mental_health_full": """\
R Menu
R News
R Health
R Mental Health
R Wellness
R Sign In
T Loneliness among young adults is rising. Here's what helps
R By Priya Shah
R Updated 9:31 AM EST, Mon February 12, 2024
R Share
R Save
A Nearly one in four adults aged 18 to 29 say they feel lonely "a lot of the day," according to a Gallup survey published last year.
A Researchers say the trend began before the pandemic but accelerated during lockdowns.
A "Loneliness is not just a feeling. It has real effects on the body," said Dr. Julianne Holt-Lunstad, a psychologist at Brigham Young University.
A Her research has linked chronic loneliness to a higher risk of heart disease, stroke and early death.
A What helps
A Small, regular contact matters more than large gatherings, experts say.
A Volunteering, joining a class, or a weekly call with a friend can all help.
A Therapy can help people who feel stuck, particularly when loneliness comes with depression or anxiety.
A If you or someone you know is struggling or in crisis, call or text 988 to reach the 988 Suicide & Crisis Lifeline.
R Related
R How to make friends as an adult
R Ad Feedback
R Terms of Use
R Privacy Policy
R Cookie Settings
R © 2024 Cable News Network. All Rights Reserved.
""",
    # ===== a CDC-style public-health notice with all its visible text: measles outbreak, vaccination advice
    "en_outbreak_notice_full": """\
R An official website of the United States government
R Here's how you know
R Measles (Rubeola)
R Español
R Print
R Related Topics:
R Symptoms
R Vaccination
R For Healthcare Providers
T Measles Cases and Outbreaks
A As of April 4, 2024, a total of 113 measles cases were reported by 18 jurisdictions.
A Most of these cases were among children aged 12 months and older who had not received the MMR vaccine.
A Measles is very contagious and can spread through the air when an infected person coughs or sneezes.
A Symptoms usually appear 7 to 14 days after contact and include:
A High fever
A Cough
A Runny nose
A Red, watery eyes
A A rash that starts on the face
A The best protection against measles is the measles, mumps, and rubella (MMR) vaccine.
A CDC recommends two doses: the first at 12 through 15 months of age, the second at 4 through 6 years.
A Before international travel, infants 6 through 11 months old should receive one early dose.
A Call your doctor before visiting if you think you or your child has measles, so the office can take steps to protect others.
R Last Reviewed: April 5, 2024
R Source: National Center for Immunization and Respiratory Diseases
R Facebook
R Twitter
R LinkedIn
R Syndicate
R About CDC
R Contact Us
R 800-232-4636
""",
    # ===== a German drug guide as an extractor leaves it: dosage rows, side effects list, the leaflet notice
    "de_medikament_extract": """\
T Ibuprofen: Wirkung, Dosierung und Nebenwirkungen
R Von Dr. med. Julia Schneider
R Medizinisch geprüft von Dr. rer. nat. Markus Weber
R Aktualisiert am 12.03.2024
A Ibuprofen gehört zu den nichtsteroidalen Antirheumatika und wirkt schmerzlindernd, fiebersenkend und entzündungshemmend.
A Dosierung
A Dosis: 2 x 400 mg täglich
A Erwachsene: 200 bis 400 mg als Einzeldosis
A Max. 1200 mg pro Tag ohne ärztliche Verordnung
A Kinder ab 6 Jahren erhalten eine geringere Dosis nach Körpergewicht.
A Nebenwirkungen
A Magenschmerzen
A Übelkeit
A Sodbrennen
A Kopfschmerzen
A Wer Blutverdünner einnimmt, sollte Ibuprofen nur nach Rücksprache mit dem Arzt verwenden.
A In der Schwangerschaft ab der 28. Woche darf Ibuprofen nicht eingenommen werden.
R Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.
R Dieser Artikel dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung.
R Das könnte Sie auch interessieren
R Paracetamol oder Ibuprofen: Was hilft wann?
R Artikel teilen
""",
    # ===== a NetDoktor-style condition guide with all its visible text: short headings, Ursachen/Symptome/Behandlung
    "de_krankheit_full": """\
R Zum Inhalt springen
R Krankheiten
R Symptome
R Medikamente
R Gesund leben
R Suche
R Startseite
R Krankheiten
R Gürtelrose
T Gürtelrose (Herpes Zoster)
R Medizinisch geprüft von Dr. med. Andrea Bannert
R Letzte Aktualisierung: 21.02.2024
A Die Gürtelrose ist eine Viruserkrankung, die durch das Varizella-Zoster-Virus ausgelöst wird, den Erreger der Windpocken.
A Nach einer Windpockeninfektion bleibt das Virus lebenslang in den Nervenknoten und kann Jahrzehnte später wieder aktiv werden.
A Symptome
A Brennende Schmerzen
A Juckreiz
A Gürtelförmiger Hautausschlag mit Bläschen
A Müdigkeit und leichtes Fieber
A Ursachen
A Ein geschwächtes Immunsystem, etwa durch Alter, Stress oder Medikamente, begünstigt den Ausbruch.
A Behandlung
A Antivirale Medikamente wie Aciclovir sollten möglichst innerhalb von 72 Stunden nach Beginn des Ausschlags eingenommen werden.
A Gegen die Schmerzen helfen Schmerzmittel, in schweren Fällen auch Mittel gegen Nervenschmerzen.
A Impfung
A Die Ständige Impfkommission empfiehlt die Impfung allen Menschen ab 60 Jahren, bei Vorerkrankungen ab 50 Jahren.
A Geimpft wird zweimal im Abstand von zwei bis sechs Monaten.
T Quellen
T Robert Koch-Institut: RKI-Ratgeber Gürtelrose, Stand 2023
T S2k-Leitlinie Diagnostik und Therapie des Zoster, AWMF 2019
R Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Hinweise und darf nicht zur Selbstdiagnose oder -behandlung verwendet werden. Er kann einen Arztbesuch nicht ersetzen.
R Arzt finden
R Newsletter abonnieren
R Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
R Alle akzeptieren
R Impressum
R Datenschutz
R Mediadaten
""",
    # ===== a German hospital's news with all its visible text, an appointment button
    "de_klinik_news_full": """\
R Universitätsklinikum
R Patienten & Besucher
R Kliniken & Zentren
R Karriere
R Presse
R Kontakt
R Startseite
R Presse
R Pressemitteilungen
T Neues Herzzentrum behandelt erste Patienten mit Katheterklappe
R 14.03.2024
A Das Herzzentrum des Universitätsklinikums hat in dieser Woche die ersten Patienten mit einer neuen, per Katheter eingesetzten Herzklappe behandelt.
A Bei dem Verfahren wird die Klappe über die Leistenarterie bis zum Herzen vorgeschoben, eine Öffnung des Brustkorbs ist nicht nötig.
A „Die Patienten können oft schon nach drei Tagen nach Hause gehen“, sagt Prof. Dr. Thomas Berger, Direktor der Klinik für Kardiologie.
A Im vergangenen Jahr wurden am Klinikum 412 solcher Eingriffe durchgeführt.
A Das Verfahren eignet sich vor allem für ältere Menschen mit einer Verengung der Aortenklappe.
A Informationen für Patienten: Telefon 0761 270-34010
R Pressekontakt
R Unternehmenskommunikation
R presse@klinikum.de
R Termin vereinbaren
R Seite teilen
R Seite drucken
R Impressum
R Datenschutz
R Barrierefreiheit
""",
    # ===== a French public-health page with all its visible text: a flu vaccination campaign, a booking button
    "fr_vaccination_full": """\
R Aller au contenu
R Menu
R Particulier
R Professionnel de santé
R Entreprise
R Accueil
R Santé
R Vaccination
T Grippe saisonnière : la campagne de vaccination 2024-2025 démarre le 15 octobre
R Publié le 10 octobre 2024
A La campagne de vaccination contre la grippe saisonnière débute le 15 octobre 2024 et se poursuit jusqu'au 31 janvier 2025.
A Qui est concerné ?
A les personnes âgées de 65 ans et plus ;
A les femmes enceintes ;
A les personnes atteintes de certaines maladies chroniques ;
A l'entourage des nourrissons de moins de 6 mois.
A Le vaccin est pris en charge à 100 % par l'Assurance Maladie pour les personnes concernées.
A Il peut être administré par un médecin, un pharmacien, une sage-femme ou un infirmier.
A Où se faire vacciner ?
A En pharmacie, sans rendez-vous dans la plupart des officines, ou chez votre médecin traitant.
A En cas de fièvre supérieure à 39 °C, de difficultés respiratoires ou de douleurs thoraciques, appelez le 15.
R Prendre rendez-vous
R Cet article vous a-t-il été utile ?
R Oui
R Non
R Partager
R Mentions légales
R Accessibilité
R Gestion des cookies
""",
    # ===== a Doctissimo-style symptom guide as an extractor leaves it: "Rédigé par", "Validé par"
    "fr_symptomes_extract": """\
T Angine : symptômes, causes et traitements
R Rédigé par Camille Martin
R Validé par Dr Jean-Philippe Rivière, médecin
R Mis à jour le 08/01/2024
A L'angine est une inflammation des amygdales, le plus souvent d'origine virale.
A Symptômes
A mal de gorge intense ;
A douleur en avalant ;
A fièvre ;
A ganglions gonflés dans le cou.
A Causes
A Dans 60 à 75 % des cas chez l'adulte, l'angine est causée par un virus et guérit seule en quelques jours.
A Le streptocoque A est responsable des autres cas et nécessite un antibiotique.
A Traitement
A Un test rapide (TROD) réalisé par le médecin ou le pharmacien permet de savoir si l'angine est bactérienne.
A Posologie de l'amoxicilline chez l'adulte : 1 g deux fois par jour pendant 6 jours.
A Le paracétamol soulage la douleur et la fièvre.
R Cet article vous a-t-il été utile ?
R À lire aussi
R Rhume ou grippe : comment les distinguer ?
R Les informations fournies sur ce site ne remplacent en aucun cas une consultation médicale.
""",
    # ===== a French mental-health feature as an extractor leaves it: the support line in the article's own note
    "fr_sante_mentale_extract": """\
T Dépression post-partum : « J'avais honte de ne pas être heureuse »
R Par Léa Dubois
R Le 14 février 2024 à 07h00
R Temps de lecture : 4 min
A Une mère sur cinq présente des symptômes de dépression dans l'année qui suit l'accouchement, selon Santé publique France.
A Claire, 34 ans, a mis huit mois à en parler à son médecin.
A « Je pleurais tous les jours, et je pensais que j'étais une mauvaise mère », raconte-t-elle.
A Les signes à surveiller :
A tristesse persistante ;
A troubles du sommeil ;
A perte d'intérêt ;
A pensées négatives envers soi-même ou le bébé.
A La psychiatre Anne Durand insiste : « Ce n'est pas une faiblesse, c'est une maladie qui se soigne. »
A Si vous avez des pensées suicidaires, appelez le 3114, numéro national de prévention du suicide, gratuit et joignable 24h/24.
R Abonnez-vous à notre newsletter Santé
R Vous aimerez aussi
R Burn-out parental : les signes qui doivent alerter
R Commentaires (3)
""",
    # ===== a Spanish clinical trial story as an extractor leaves it: figures, the citation, bylines
    "es_ensayo_clinico_extract": """\
T Un ensayo con una vacuna contra el cáncer de piel reduce a la mitad las recaídas
R Redacción Salud
R Madrid, 14 dic. 2023
A Una vacuna personalizada de ARN mensajero, combinada con inmunoterapia, redujo en un 49 % el riesgo de recaída o muerte en pacientes con melanoma avanzado.
A El ensayo de fase 2b incluyó a 157 pacientes a los que se había extirpado el tumor.
A Principales resultados:
A Supervivencia sin recaída a los 3 años: 68,6 % con la combinación frente al 56,6 % con inmunoterapia sola.
A Efectos adversos graves: 25 % frente al 20 %.
A "Es un resultado muy prometedor, pero necesitamos confirmarlo en un ensayo más grande", explica la oncóloga Ana Arance, del Hospital Clínic de Barcelona.
A El ensayo de fase 3 ya está reclutando pacientes en España.
A Referencia: Weber JS et al. Lancet 2024; 403: 632-644.
R Noticias relacionadas
R La OMS alerta del aumento de casos de sarampión en Europa
R Comentarios
R Para comentar es necesario estar registrado
""",
    # ===== a CuidatePlus-style condition guide with all its visible text
    "es_guia_enfermedad_full": """\
R Saltar al contenido
R Enfermedades
R Síntomas
R Medicamentos
R Nutrición
R Bienestar
R Buscar
T Gastroenteritis
R Revisado por el Dr. Luis Fernández, médico de familia
R Actualizado: 3 de mayo de 2024
A La gastroenteritis es una inflamación del estómago y del intestino, causada en la mayoría de los casos por virus como el norovirus o el rotavirus.
A Síntomas
A Diarrea
A Náuseas y vómitos
A Dolor abdominal
A Fiebre moderada
A Tratamiento
A Lo más importante es beber líquidos con frecuencia para evitar la deshidratación.
A Las soluciones de rehidratación oral de farmacia son más adecuadas que los refrescos.
A Dosis orientativa en adultos: 200-400 ml de solución tras cada deposición líquida.
A Cuándo acudir al médico
A Acuda a urgencias o llame al 112 si hay sangre en las heces, fiebre alta durante más de dos días o signos de deshidratación.
R Pide cita con un especialista
R Buscar médico
R Este contenido es meramente informativo y no sustituye la consulta con un profesional sanitario.
R Aviso legal
R Política de privacidad
R Configuración de cookies
R © 2024 Unidad Editorial
""",
    # ===== a Spanish doctor's column as an extractor leaves it: the reader's question, the answer, the column's tail
    "es_consultorio_extract": """\
T ¿Es malo tomar paracetamol todos los días?
R Consultorio médico
R Por la Dra. Marta Gil
A Pregunta: Tengo 62 años y desde hace meses tomo un paracetamol de 1 gramo cada mañana por dolor de rodilla. ¿Es peligroso?
A Respuesta: El paracetamol es un analgésico seguro a las dosis recomendadas, pero su uso diario y prolongado debe vigilarlo su médico.
A La dosis máxima en adultos es de 3 gramos al día, o de 2 gramos si se consume alcohol con regularidad o hay enfermedad del hígado.
A Una dosis diaria de 1 gramo está por debajo de ese límite.
A Aun así, un dolor de rodilla que dura meses merece una valoración, porque puede tratarse de artrosis.
A La fisioterapia y el ejercicio moderado, como caminar o nadar, suelen aliviar más que los fármacos a largo plazo.
R Si tiene alguna pregunta para la doctora, puede enviarla a consultorio@periodico.es
R Las respuestas no sustituyen la consulta médica.
R Más artículos del consultorio
""",
    # ===== an Italian drug approval as an extractor leaves it: dosage, the agency's note, the source line
    "it_farmaco_extract": """\
T Aifa approva il nuovo farmaco contro l'Alzheimer: cosa cambia per i pazienti
R di Giulia Bianchi
R 20 marzo 2024 - 09:45
A L'Agenzia italiana del farmaco ha dato il via libera alla rimborsabilità di un nuovo anticorpo monoclonale per le forme iniziali di Alzheimer.
A Il farmaco sarà somministrato per via endovenosa ogni due settimane in centri specializzati.
A Posologia: 10 mg/kg ogni 2 settimane
A Nello studio registrativo, il declino cognitivo a 18 mesi è risultato rallentato del 27% rispetto al placebo.
A Gli effetti collaterali più frequenti sono reazioni all'infusione e piccoli edemi cerebrali, che richiedono risonanze magnetiche periodiche.
A «È un primo passo, non una cura», avverte il neurologo Paolo Rossi dell'Università di Milano.
A In Italia le persone con demenza sono circa 1,1 milioni.
A Fonte: Agenzia italiana del farmaco, comunicato del 19 marzo 2024
R Leggi anche
R Demenza, i sette fattori di rischio che si possono modificare
R Riproduzione riservata
R Iscriviti alla newsletter Salute
""",
    # ===== an Italian hospital's news with all its visible text: booking button, CUP number
    "it_ospedale_full": """\
R Vai al contenuto
R Azienda Ospedaliera
R Amministrazione trasparente
R Prenota
R Contatti
R Home
R Notizie
T Screening gratuito del colon-retto: al via gli inviti per i 50-69enni
R Pubblicato il 05/04/2024
A Da lunedì prossimo partono le lettere di invito per lo screening gratuito del tumore del colon-retto, rivolto a uomini e donne tra i 50 e i 69 anni.
A Il test consiste nella ricerca del sangue occulto nelle feci e si esegue a casa.
A Il kit si ritira gratuitamente in farmacia presentando la lettera e la tessera sanitaria.
A In caso di esito positivo, la persona viene contattata per una colonscopia di approfondimento.
A «Lo screening riduce la mortalità per questo tumore di circa il 30%», spiega la dottoressa Laura Conti, responsabile del programma.
A Per informazioni: numero verde 800 123 456, dal lunedì al venerdì dalle 9 alle 13.
R Prenota una visita
R Condividi
R Facebook
R WhatsApp
R Ultimo aggiornamento: 05/04/2024
R Note legali
R Privacy
R Cookie policy
R P.IVA 01234567890
""",
    # ===== an Italian symptom guide as an extractor leaves it
    "it_sintomi_extract": """\
T Cistite: sintomi, cause e rimedi
R A cura della Redazione Medica
R Revisione scientifica: dott. Marco Ferri, urologo
A La cistite è un'infiammazione della vescica, quasi sempre causata da un'infezione batterica.
A Sintomi
A bruciore durante la minzione;
A bisogno frequente di urinare;
A dolore al basso ventre;
A urine torbide o con sangue.
A Cause
A Il batterio Escherichia coli è responsabile di circa l'80% dei casi.
A Cura
A Il medico può prescrivere un antibiotico, ad esempio fosfomicina 3 g in dose unica.
A Bere almeno due litri d'acqua al giorno aiuta a ridurre i sintomi.
A Quando chiamare il medico
A Se compaiono febbre, brividi o dolore ai fianchi, contatta subito il medico: l'infezione potrebbe aver raggiunto i reni.
R Le informazioni contenute in questo sito non sostituiscono il parere del medico.
R Articoli correlati
R Calcoli renali: sintomi e cure
""",
    # ===== a Brazilian public-health notice as an extractor leaves it: a dengue outbreak, the symptoms, the hotline
    "pt_surto_extract": """\
T Dengue: estado decreta emergência após alta de 300% nos casos
R Por Redação
R 02/02/2024 14h35 Atualizado há 2 horas
A O governo estadual decretou situação de emergência em saúde pública por causa do aumento de casos de dengue.
A Foram 48.210 casos prováveis nas cinco primeiras semanas do ano, contra 11.900 no mesmo período de 2023.
A Sintomas da dengue:
A febre alta de início súbito;
A dor atrás dos olhos;
A dores no corpo e nas articulações;
A manchas vermelhas na pele.
A A Secretaria de Saúde orienta que a pessoa com sintomas procure a unidade básica de saúde mais próxima e não tome anti-inflamatórios.
A A vacina contra a dengue será aplicada inicialmente em crianças de 10 a 14 anos, em duas doses com intervalo de três meses.
A Dúvidas podem ser tiradas pelo Disque Saúde 136.
R Leia também
R Vacina da dengue: veja quem pode tomar
R Receba as notícias no seu WhatsApp
R Compartilhe
""",
    # ===== a Portuguese condition guide with all its visible text: review credit, booking buttons
    "pt_guia_doenca_full": """\
R Ir para o conteúdo
R Doenças
R Sintomas
R Exames
R Medicamentos
R Agendar consulta
T Hipertensão arterial
R Revisão clínica: Dra. Ana Costa, cardiologista
R Atualizado em março de 2024
A A hipertensão arterial é a pressão sanguínea igual ou superior a 14 por 9 (140/90 mmHg) em medições repetidas.
A Afeta cerca de um em cada três adultos e, na maioria das vezes, não causa sintomas.
A Sintomas
A Quando aparecem, os sintomas podem incluir dor de cabeça, tonturas e visão turva.
A Causas
A Excesso de sal
A Sedentarismo
A Excesso de peso
A Consumo de álcool
A Tratamento
A Mudanças no estilo de vida são o primeiro passo: menos sal, exercício regular e perda de peso.
A Se forem necessários medicamentos, o médico pode receitar, por exemplo, losartana 50 mg uma vez por dia.
A Procure imediatamente um serviço de urgência ou ligue 112 se tiver dor no peito, falta de ar ou dificuldade em falar.
R Agende a sua consulta
R Encontre um médico
R Este conteúdo não substitui o aconselhamento médico profissional.
R Termos e condições
R Política de privacidade
R Todos os direitos reservados
""",
    # ===== a Dutch GP-guide-style page as an extractor leaves it: what you can do yourself, when to call, the dosage
    "nl_thuisarts_extract": """\
T Koorts bij kinderen
R Gecontroleerd door huisartsen
R Laatst aangepast: 12-01-2024
A Koorts is een lichaamstemperatuur van 38 graden of hoger.
A Koorts is meestal niet gevaarlijk. Het is een reactie van het lichaam op een infectie.
A Wat kunt u zelf doen?
A Geef uw kind extra te drinken.
A Laat uw kind rusten, maar het hoeft niet in bed te liggen.
A Paracetamol mag, als uw kind zich ziek voelt.
A Dosering paracetamol: 15 mg per kilo lichaamsgewicht, maximaal 4 keer per dag
A Wanneer bellen?
A Bel direct 112 als uw kind slap is en moeilijk wakker te krijgen, of paarse vlekjes heeft die niet wegdrukken.
A Bel de huisarts als uw kind jonger is dan 3 maanden en koorts heeft.
R Deze informatie is bedoeld voor algemene voorlichting en vervangt geen advies van uw arts.
R Was deze informatie nuttig?
R Ja
R Nee
""",
    # ===== a Dutch hospital's news with all its visible text
    "nl_ziekenhuis_full": """\
R Direct naar inhoud
R Patiënten
R Bezoekers
R Verwijzers
R Werken bij
R Zoeken
R Home
R Nieuws
T Ziekenhuis start met robotchirurgie bij longkanker
R 18 maart 2024
A Het ziekenhuis opereert sinds deze maand patiënten met longkanker met behulp van een operatierobot.
A De chirurg bedient de robotarmen vanaf een console en maakt daarbij alleen enkele kleine sneden tussen de ribben.
A Patiënten herstellen daardoor sneller en hebben minder pijn na de operatie.
A "We verwachten dit jaar zo'n 120 patiënten op deze manier te helpen," zegt longchirurg Pieter van Dam.
A De gemiddelde opnameduur daalt van vijf naar drie dagen.
A Wachttijd voor een eerste consult: 2 weken
R Maak een afspraak
R Deel dit bericht
R Contact
R Route en parkeren
R Privacyverklaring
R Cookie-instellingen
R © 2024 Ziekenhuis
""",
    # ===== a German mental-health feature with all its visible text: the article's note with the crisis line
    "de_psychische_gesundheit_full": """\
R Startseite
R Gesundheit
R Psychologie
R Ernährung
R Fitness
R Anmelden
T Winterdepression: Wenn die dunkle Jahreszeit aufs Gemüt schlägt
R Von Katrin Hofmann
R 05.12.2023, 06:00 Uhr
R Lesezeit: 5 Minuten
A Etwa zwei Prozent der Deutschen leiden an einer saisonal abhängigen Depression, einer besonderen Form der Depression, die vor allem im Herbst und Winter auftritt.
A Typische Anzeichen sind:
A Antriebslosigkeit
A ein starkes Schlafbedürfnis
A Heißhunger auf Süßes
A Rückzug von Freunden
A Eine Lichttherapie mit 10.000 Lux für 30 Minuten am Morgen kann die Beschwerden lindern.
A „Tageslicht ist das beste Mittel, selbst an trüben Tagen“, sagt der Psychiater Prof. Ulrich Hegerl.
A Hinweis der Redaktion: Wenn Sie sich in einer Krise befinden, erhalten Sie bei der Telefonseelsorge rund um die Uhr Hilfe unter 0800 111 0 111.
R Mehr zum Thema
R Vitamin D: Brauchen wir im Winter Tabletten?
R Kommentare
R Impressum
R Datenschutz
R Cookie-Einstellungen
""",
    # ===== a Dutch vaccination notice as an extractor leaves it (RIVM-style)
    "nl_vaccinatie_extract": """\
T Kinkhoest neemt toe: zwangeren opgeroepen voor vaccinatie
R Nieuwsbericht | 15-04-2024
A Het aantal meldingen van kinkhoest is dit jaar sterk gestegen.
A In de eerste drie maanden van 2024 kregen de GGD'en 3.800 meldingen, meer dan in heel 2023.
A Kinkhoest is vooral gevaarlijk voor baby's die nog niet zijn ingeënt.
A Zwangeren kunnen zich vanaf 22 weken zwangerschap gratis laten vaccineren.
A De antistoffen gaan via de placenta naar de baby en beschermen het kind in de eerste maanden.
A Klachten
A hoesten in aanvallen
A benauwdheid
A braken na het hoesten
A Heeft uw baby ademstops of wordt hij blauw bij het hoesten? Bel dan direct 112.
R Lees ook
R Meer over het Rijksvaccinatieprogramma
R Deel deze pagina
R Twitter
R LinkedIn
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== an English guide as an extractor leaves it: a causes list in title case between its heading and the next, a
    # table of contents over the guide, the disclaimer among the footer's residue
    "en_guide_sections_extract": """\
T Insomnia: Causes, Symptoms, and Treatment
R Medically reviewed by Alan Carter, PharmD — Written by Rachel Nall, MSN, CRNA — Updated on May 2, 2024
R In this article
R Causes
R Symptoms
R Treatment
R Prevention
A Insomnia is a common sleep disorder that makes it hard to fall asleep, stay asleep, or both.
A About a third of adults report symptoms of insomnia, and about 10% meet the criteria for a chronic disorder.
A Causes
A Stress
A Irregular sleep schedules
A Caffeine or alcohol late in the day
A Chronic pain
A Treatment
A Cognitive behavioral therapy for insomnia (CBT-I) is the recommended first treatment for chronic insomnia in adults.
A Sleep medications may help in the short term, but they can cause next-day drowsiness and dependence.
A Prevention
A Going to bed and waking up at the same time every day, even at weekends, is the single most helpful habit.
R Share this article
R Read this next
R Does Melatonin Work for Jet Lag?
R Get our wellness newsletter
R About Us
R Privacy Policy
R This content does not replace professional medical advice, diagnosis, or treatment.
""",
    # ===== a German guide with all its visible text: a risk-factor list over the treatment's heading, a menu with the
    # same words at the head
    "de_ratgeber_full": """\
R Startseite
R Krankheiten
R Ursachen
R Behandlung
R Ratgeber
T Bluthochdruck: Ursachen und Behandlung
R Medizinisch geprüft von Dr. med. Stefan Keller
A Bluthochdruck ist eine der häufigsten Erkrankungen in Deutschland.
A Risikofaktoren
A Übergewicht
A Bewegungsmangel
A Zu viel Salz
A Regelmäßiger Alkoholkonsum
A Behandlung
A Zunächst rät der Arzt zu mehr Bewegung, weniger Salz und einer Gewichtsabnahme, oft senkt das den Blutdruck bereits deutlich.
A Reicht das nicht aus, kommen Medikamente wie ACE-Hemmer oder Betablocker infrage.
A Dosis: Ramipril 2,5 mg einmal täglich zu Beginn
R Artikel teilen
R Weitere Ratgeber
R Impressum
R Datenschutz
R Dieser Artikel ersetzt keine ärztliche Beratung.
""",
    # ===== a French condition guide as an extractor leaves it: risk factors over the treatment, the site's disclaimer
    # right under the last paragraph (left, as test_redteam14b keeps the bare one there)
    "fr_fiche_maladie_extract": """\
T Diabète de type 2 : causes, symptômes et traitements
R Validé par Dr Claire Lemoine, endocrinologue
R Mis à jour le 15/03/2024
A Le diabète de type 2 se caractérise par un excès de sucre dans le sang, dû à une mauvaise utilisation de l'insuline par l'organisme.
A Facteurs de risque
A surpoids ou obésité
A manque d'activité physique
A antécédents familiaux
A âge supérieur à 45 ans
A Traitement
A Le traitement repose d'abord sur une alimentation équilibrée et une activité physique régulière d'au moins 30 minutes par jour.
A Si cela ne suffit pas, le médecin prescrit de la metformine, à raison de 500 mg deux fois par jour au début.
T Ce contenu ne remplace pas l'avis d'un médecin.
""",
    # ===== an Italian drug story as an extractor leaves it: the source of a dated report cited, an agency's photo
    # source under it
    "it_studio_extract": """\
T Influenza, l'Iss: già 5 milioni di casi, picco atteso a gennaio
R di Marco Lombardi
R 28 dicembre 2023
A Sono già oltre cinque milioni gli italiani colpiti da sindromi simil-influenzali dall'inizio della stagione.
A Nell'ultima settimana l'incidenza è stata di 15,8 casi ogni mille assistiti, con i valori più alti tra i bambini sotto i cinque anni.
A I medici raccomandano la vaccinazione, ancora possibile, soprattutto per gli over 60 e i malati cronici.
A Sintomi
A febbre sopra i 38 gradi
A dolori muscolari
A tosse secca
A Fonte: Istituto superiore di sanità, rapporto InfluNet del 27 dicembre 2023
R Foto: Ansa
R Leggi anche
R Covid, la nuova variante JN.1 è dominante in Italia
""",
    # ===== a Dutch guide with all its visible text: its causes over the treatment, a booking button, the disclaimer in
    # the footer
    "nl_gezondheidsgids_full": """\
R Direct naar inhoud
R Ziektes
R Medicijnen
R Zoeken
T Migraine
R Gecontroleerd door huisartsen
A Migraine is een hevige, bonzende hoofdpijn die vaak aan één kant van het hoofd zit.
A Oorzaken
A stress
A te weinig slaap
A het overslaan van maaltijden
A fel licht
A Behandeling
A Neem bij een aanval zo vroeg mogelijk een pijnstiller, bijvoorbeeld paracetamol 1000 mg.
A Helpt dat niet, dan kan de huisarts een triptan voorschrijven.
A Wanneer bellen?
A Bel direct 112 als u plotseling de ergste hoofdpijn van uw leven heeft, of als u ook verlamd bent of niet goed kunt praten.
R Maak een afspraak
R Deel deze pagina
R Privacy
R Deze informatie is bedoeld voor algemene voorlichting en vervangt geen advies van uw arts.
""",
    # ===== a Spanish and Portuguese pair as an extractor leaves them: a guide's causes list over its next heading,
    # the booking button and the disclaimer among the residue
    "es_guia_causas_extract": """\
T Anemia ferropénica
R Por el Dr. Luis Fernández, hematólogo
A La anemia ferropénica es la forma más frecuente de anemia y se debe a la falta de hierro en el organismo.
A Causas
A Menstruaciones abundantes
A Embarazo
A Dieta pobre en hierro
A Pérdidas de sangre digestivas
A Tratamiento
A El tratamiento consiste en suplementos de hierro por vía oral durante al menos tres meses.
A Dosis habitual: 80-100 mg de hierro al día, en ayunas.
R Pide cita con un especialista
R Este contenido no sustituye la consulta con un profesional médico.
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # a column's syndicate under its byline ("Andrews McMeel Syndication"): a name alone, as a credits block's line; an
    # entry for it took it only once the byline over it had gone, so cleaning twice changed the text (left)
    "en_doctor_qa_extract": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a health story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The number of measles cases in the county has risen to 14, health officials said on Monday, most of them in unvaccinated children.",
        "Officials urged parents to check their children's vaccination records and to call their doctor before visiting if a child has a fever and a rash.",
        "Two doses of the MMR vaccine are about 97% effective at preventing the disease, according to the health department.",
    ],
    "de": [
        "Die Zahl der Masernfälle im Landkreis ist auf 14 gestiegen, teilte das Gesundheitsamt am Montag mit, die meisten bei ungeimpften Kindern.",
        "Eltern sollten den Impfpass ihrer Kinder prüfen und bei Fieber mit Ausschlag vor dem Praxisbesuch anrufen.",
        "Zwei Impfdosen schützen nach Angaben des Robert Koch-Instituts zu etwa 97 Prozent vor der Erkrankung.",
    ],
    "fr": [
        "Le nombre de cas de rougeole dans le département est passé à 14, a indiqué lundi l'agence régionale de santé.",
        "Les autorités invitent les parents à vérifier le carnet de vaccination de leurs enfants et à appeler leur médecin avant de se déplacer.",
        "Deux doses de vaccin protègent à environ 97 % contre la maladie, selon Santé publique France.",
    ],
    "es": [
        "Los casos de sarampión en la provincia han aumentado a 14, informó el lunes la consejería de Sanidad, la mayoría en niños sin vacunar.",
        "Las autoridades piden a los padres que revisen la cartilla de vacunación de sus hijos y que llamen al centro de salud antes de acudir.",
        "Dos dosis de la vacuna protegen en torno al 97 % frente a la enfermedad, según el Ministerio de Sanidad.",
    ],
    "it": [
        "I casi di morbillo in provincia sono saliti a 14, ha comunicato lunedì l'azienda sanitaria, quasi tutti in bambini non vaccinati.",
        "Le autorità invitano i genitori a controllare il libretto vaccinale dei figli e a telefonare al pediatra prima di recarsi in ambulatorio.",
        "Due dosi di vaccino proteggono dalla malattia in circa il 97% dei casi, secondo l'Istituto superiore di sanità.",
    ],
    "pt": [
        "Os casos de sarampo no distrito subiram para 14, informou na segunda-feira a autoridade de saúde, a maioria em crianças não vacinadas.",
        "As autoridades pedem aos pais que verifiquem o boletim de vacinas dos filhos e que liguem para o centro de saúde antes de lá irem.",
        "Duas doses da vacina protegem em cerca de 97% contra a doença, segundo a Direção-Geral da Saúde.",
    ],
    "nl": [
        "Het aantal gevallen van mazelen in de regio is gestegen tot 14, meldde de GGD maandag, vooral bij kinderen die niet zijn ingeënt.",
        "De GGD vraagt ouders het vaccinatiebewijs van hun kinderen te controleren en eerst te bellen voordat ze naar de huisarts gaan.",
        "Twee prikken beschermen volgens het RIVM voor ongeveer 97 procent tegen de ziekte.",
    ],
}

_CO, _TB, _BY, _SC = "copyright", "teaser-box", "byline", "site-chrome"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.", _CO),
    ("en", "Send your questions to askthedoctors@mednet.ucla.edu, or write: Ask the Doctors, 10960 Wilshire Blvd., Los Angeles, CA, 90024.", _CO),
    ("en", "Owing to the volume of mail, personal replies cannot be provided.", _CO),
    ("en", "Read this next", _TB),
    ("de", "Weitere Ratgeber", _TB),
    ("es", "Si tiene alguna pregunta para la doctora, puede enviarla a consultorio@periodico.es", _CO),
    ("es", "Por la Dra. Marta Gil", _BY),
    ("es", "Más artículos del consultorio", _TB),
    ("es", "Pide cita con un especialista", _SC),
    ("fr", "Les informations fournies sur ce site ne remplacent en aucun cas une consultation médicale.", _CO),
    ("it", "Le informazioni contenute in questo sito non sostituiscono il parere del medico.", _CO),
    ("it", "Revisione scientifica: dott. Marco Ferri, urologo", _BY),
    ("nl", "Deze informatie is bedoeld voor algemene voorlichting en vervangt geen advies van uw arts.", _CO),
    ("nl", "Gecontroleerd door huisartsen", _BY),
    ("pt", "Agende a sua consulta", _SC),
    ("pt", "Encontre um médico", _SC),
]

#: (language, an article's sentence with the added entries' words)
STAYS = [
    ("en", "Our experts continually monitor the outbreak, and we update our pages when new information becomes available, the health ministry said."),
    ("en", "Send your questions to the council by Friday, the mayor told residents at a public meeting on Tuesday evening."),
    ("en", "Owing to the volume of mail, the office said, personal replies cannot be provided until after the election."),
    ("en", "Read this next week's report before you decide, the financial adviser told the couple."),
    ("de", "Weitere Ratgeber zu chronischen Krankheiten will die Krankenkasse im kommenden Jahr veröffentlichen, sagte eine Sprecherin."),
    ("es", "Si tiene alguna pregunta para la doctora, puede hacerla durante la consulta, explica el hospital en su guía para pacientes."),
    ("es", "Por la Dra. Marta Gil pasaron más de 300 pacientes el año pasado, según el informe del hospital."),
    ("es", "Más artículos del consultorio se publicarán el próximo año, anunció la dirección del periódico."),
    ("es", "Pide cita con un especialista si el dolor dura más de dos semanas, aconseja la Sociedad Española de Reumatología."),
    ("fr", "Les informations fournies sur ce site ne remplacent pas une consultation, a rappelé le ministère, mais elles aident les patients."),
    ("it", "Le informazioni contenute in questo sito non sostituiscono il parere del medico, ha ricordato il ministero, ma aiutano i pazienti."),
    ("it", "Revisione scientifica: il dottor Marco Ferri ha controllato tutti i dati dello studio prima della pubblicazione."),
    ("nl", "Deze informatie is bedoeld voor algemene voorlichting aan ouders, zegt de GGD, en niet voor artsen."),
    ("nl", "Gecontroleerd door huisartsen werden ruim 2.000 patiënten, blijkt uit het onderzoek van de universiteit."),
    ("pt", "Agende a sua consulta com antecedência, recomenda o Ministério da Saúde, porque as vagas são limitadas."),
    ("pt", "Encontre um médico que o acompanhe regularmente, aconselha a Direção-Geral da Saúde no seu guia."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


#: a guide's section per language: the heading, four items (one of four words), the next section's heading
_SECTIONS = {
    "de": ["Ursachen", "Brennende Schmerzen", "Juckreiz", "Gürtelförmiger Ausschlag mit Bläschen", "Müdigkeit", "Behandlung"],
    "fr": ["Facteurs de risque", "surpoids ou obésité", "manque d'activité physique", "antécédents familiaux", "âge", "Traitement"],
    "es": ["Causas", "Menstruaciones abundantes", "Embarazo", "Dieta pobre en hierro", "Pérdidas de sangre", "Tratamiento"],
    "pt": ["Causas", "Excesso de sal", "Sedentarismo", "Excesso de peso", "Consumo de álcool", "Tratamento"],
    "nl": ["Oorzaken", "stress", "te weinig slaap", "het overslaan van maaltijden", "fel licht", "Behandeling"],
    "en": ["Causes", "Stress", "Irregular sleep schedules", "Caffeine or alcohol late in the day", "Chronic pain", "Treatment"],
}


@pytest.mark.parametrize("lang", sorted(_SECTIONS))
def test_a_guides_section_between_its_paragraphs_stays(lang: str) -> None:
    # edge-furniture (edge_medical.condition_list): a heading, its short items and the next heading between two sentences
    text = TEXT[lang if lang in TEXT else "en"]
    lost_lines, gone = kept([text[0], text[1], *_SECTIONS[lang], text[2]], language=lang)
    assert lost_lines == [], gone


def test_a_table_of_contents_a_tag_cloud_and_a_sidebars_menu_between_paragraphs_still_go() -> None:
    # (a run of the sections' names is a table of contents, no section; a tag cloud's heading is no guide's; a
    # sidebar's menu under a guide's word holds capitalised single words: no list's items)
    close = "Officials said the clinic in the town centre would stay open late on weekdays until the end of the outbreak."
    toc = ["Symptoms", "Causes", "Risk factors", "Diagnosis", "Treatment", "Prevention"]
    tags = ["Topics", "Measles", "Vaccines", "Children", "Public health", "Outbreaks"]
    menu = ["Treatments", "Acupuncture", "Physiotherapy", "Massage", "Osteopathy", "Chiropractic"]
    for run in (tags, menu):
        lost_lines, gone = kept([TEXT["en"][0], TEXT["en"][1], *run, close])
        assert lost_lines == run, gone
    lost_lines, gone = kept([TEXT["en"][0], TEXT["en"][1], *toc, close])
    assert lost_lines == [], gone  # (as before: a run of headings alone is no furniture's run there)


def test_a_guides_heading_under_its_first_short_sentence_stays_and_a_menus_item_still_goes() -> None:
    # edge-furniture (edge_medical.condition_head): "Risikofaktoren" under the guide's short first sentence, its items and
    # the next heading down to the first paragraph stay; the menu over them, with a guide's words, still goes
    menu = ["Startseite", "Krankheiten", "Ursachen", "Therapie", "Ratgeber"]
    section = ["Risikofaktoren", "Übergewicht", "Bewegungsmangel", "Zu viel Salz", "Behandlung"]
    page = [*menu, "Bluthochdruck ist eine der häufigsten Erkrankungen.", *section, *TEXT["de"]]
    lost_lines, gone = kept(page)
    assert lost_lines == menu, gone


def test_a_symptom_list_closing_the_article_stays_and_a_footers_column_still_goes() -> None:
    # edge-furniture (edge_medical.condition_tail): a symptom list in lower case under the last sentence stays; a footer's
    # column under a guide's word, its links capitalised over the site's links, still goes
    symptoms = ["Sintomi", "febbre sopra i 38 gradi", "dolori muscolari", "tosse secca"]
    footer = ["Privacy", "Cookie policy", "Note legali"]
    lost_lines, gone = kept([*TEXT["it"], *symptoms, *footer])
    assert lost_lines == footer, gone
    column = ["Treatments", "Acupuncture", "Physiotherapy", "Massage", "Privacy Policy", "Terms of Use"]
    lost_lines, gone = kept([*TEXT["en"], *column])
    assert lost_lines == column, gone


_DISCLAIMERS = {
    "en": "This content does not replace professional medical advice, diagnosis, or treatment.",
    "de": "Dieser Artikel ersetzt keine ärztliche Beratung.",
    "fr": "Ce contenu ne remplace pas l'avis d'un médecin.",
    "es": "Este contenido no sustituye la consulta con un profesional médico.",
    "it": "Questo articolo non sostituisce il parere del medico.",
    "pt": "Este conteúdo não substitui o aconselhamento médico profissional.",
    "nl": "Deze tekst vervangt geen advies van uw huisarts.",
}
_FOOTER = ["Share", "Facebook", "Privacy Policy", "Terms of Use"]


@pytest.mark.parametrize("lang", sorted(_DISCLAIMERS))
def test_a_disclaimer_among_the_residue_goes_and_under_the_last_paragraph_stays(lang: str) -> None:
    # closing-disclosure (edge_medical.disclaimer_tail): among the footer's residue the disclaimer goes; right under
    # the article's last line it stays (test_redteam14b's reading), and so it does between two paragraphs
    lost_lines, gone = kept([*TEXT[lang], *_FOOTER, _DISCLAIMERS[lang]], language=lang)
    assert ("closing-disclosure", _DISCLAIMERS[lang]) in gone, gone
    lost_lines, gone = kept([*TEXT[lang], _DISCLAIMERS[lang]], language=lang)
    assert lost_lines == [], gone
    lost_lines, gone = kept([TEXT[lang][0], _DISCLAIMERS[lang], *TEXT[lang][1:]], language=lang)
    assert lost_lines == [], gone


def test_a_disclaimers_words_in_a_reported_sentence_stay_among_the_residue() -> None:
    # (the table reads the line whole: a sentence reporting the words, with its speaker, is no disclaimer)
    line = "This content does not replace professional medical advice, the study's authors warned, and patients should ask a doctor."
    lost_lines, gone = kept([*TEXT["en"], *_FOOTER, line])
    assert line not in lost_lines, gone


def test_a_source_line_citing_a_dated_report_stays_and_a_photo_source_still_goes() -> None:
    # (it image_credit: "Fonte:" over a dated report is the article's citation; "Fonte: Ansa" still goes)
    cite = "Fonte: Istituto superiore di sanità, rapporto InfluNet del 27 dicembre 2023"
    lost_lines, gone = kept([*TEXT["it"], cite, "Fonte: Ansa"])
    assert lost_lines == ["Fonte: Ansa"], gone


if __name__ == "__main__":
    report(CASES)
