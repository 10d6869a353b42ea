# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""health34: a probe of health journalism and consumer-health pages (a news story on a new drug, a symptoms guide, a
condition explainer, a pharmacy's medicine leaflet page, diet and fitness stories, a mental-health piece, a hospital's
patient page), scraped as text (half as an extractor leaves them, half as all the visible text of the page), in en, de,
fr, es, it, pt, nl and pl:

- residue: "Medically reviewed by …" and "Fact checked by …" lines, bylines with a date glued on, review stamps ("Last
  reviewed: March 2024", "Stand: März 2024"), disclaimers ("This article is for informational purposes only …"),
  "Was this article helpful?", newsletter boxes, "Find a doctor near you" search boxes, booking buttons ("Termin buchen",
  "Prendre rendez-vous"), ads, "Sponsored", cookie lines, "Related conditions" teasers, share buttons;
- the article: one-word symptom and side-effect lists under their heading ("Side effects" over "Nausea", "Headache"),
  dosage lines ("Adults: 200 mg to 400 mg every 4 to 6 hours", "Max. 4 g pro Tag"), "When to see a doctor" sections,
  warnings ("Do not take ibuprofen if you are pregnant."), one-line quotes of doctors, key-points boxes ("Key
  takeaways", "Das Wichtigste in Kürze", "Kort samengevat"), study figures, a source the text discusses.

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either. A reference list at the very end (a "Sources"
heading and its citations) is ``T``, as the task has it (written ``R`` at first: 13 lines retagged before measuring).

- round 1, blind (written before reading the passes): 24 pages, 227 ``A`` lines, 193 ``R``, 37 ``T``.
- round 2, after the changes, aimed at them: 5 pages, 52 ``A``, 16 ``R``, 6 ``T``: sentences opening on the words of
  the new rules ("Termin buchen können Patienten …", "Stand: März 2024 boten …", "Zu Risiken und Nebenwirkungen
  befragte …", "Validé par le Dr Martin, le protocole …", "Esta matéria foi útil para …", "Revisado por especialistas,
  …", a leaflet's "ha solo scopo informativo" reported by the ministry), symptom lists under a heading with a colon
  between paragraphs, key-points boxes closing the article.

Measured on main 7b142a7: round 1 lost 17, left 27: the en leaflet's "Side effects" list and the sentence under it
(detached-blocks took the sentence as a small block cut off by the list, edge-furniture then the list as the tail's
furniture), pt's "Sintomas da dengue:" list and its advice the same way, pt's leaflet's "Efeitos colaterais" list
closing the text (edge-furniture), nl's "Kort samengevat" heading over its box; left the reviewer and byline lines
of de, fr, it, pt ("Von Julia Schneider, 04.05.2024 um 10:15 Uhr", "Validé par le Dr …", "di Giulia Bianchi 23
gennaio 2024", "Revisado por Dr. …"), the search boxes and booking buttons, "Stand: März 2024", "Last reviewed: March
2024", de's "Zu Risiken und Nebenwirkungen …" notice and its newsletter call, it's "ha solo scopo informativo"
disclaimer, pt's "Esta matéria foi útil?", en's "Related conditions" box, and the bare disclaimers of fr, nl and pl.
Round 2 on main lost 4 (en's "Key takeaways" box closing the article), left 9.

After: round 1 lost 0, left 6; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, each with
what it still takes and what it keeps (tests below):

- ``blocks.health_list`` (new; table ``structure.health_heading``, any language: "Side effects", "Common symptoms",
  "Sintomas da dengue:", "Häufige Nebenwirkungen sind:", "Les symptômes", "Efectos secundarios", "Bijwerkingen",
  "Objawy", …): a list under such a heading, three to twelve kept items of at most three words, none a sentence, none
  a title-case row of several words ("Find A Doctor"), is the article's. detached-blocks no longer parts the article
  at such a gap (the sentence under the list stays), and edge-furniture (``health_list_tail``, one line added in
  ``structure.EdgeFurniture._clear``, the structure helper's file, tagged) keeps it right under the last paragraph. A
  footer's links under "Quick links" still go, and a title-case menu under "Symptoms" too (tests).
- ``blocks.health_list_tail``, second shape (table ``structure.summary_heading``: "Key takeaways", "Das Wichtigste in
  Kürze", "L'essentiel", "In breve", "Em resumo", "Kort samengevat", "W skrócie", …): a key-points heading the
  furniture test takes alone, its three items under it kept, under the last paragraph or one short sentence after
  it, stays. A heading of no such words over kept items still goes.
- ``metadata.byline`` entries (tables only): de "Von Name, 04.05.2024 um 10:15 Uhr" and a reviewer "… | Fachlich geprüft
  von Prof. Dr. …"; fr "Par Name Publié le … à 08h30" and "Validé par le Dr …, médecin généraliste"; it "di Name 23
  gennaio 2024"; pt "Revisado por Dr. …, médico infectologista". Whole lines only: "Von Dr. Thomas Becker stammt die
  Idee, …", "Validé par le Dr Martin, le protocole …" and "Revisado por especialistas, o calendário …" stay.
- ``metadata.dateline``: en "Last reviewed: March 2024", de "Stand: März 2024" (month and year alone; "Stand: März 2024
  boten 41 Prozent …" stays).
- ``widgets.chrome`` (site-chrome): en "Find a pharmacy near you", "Enter postcode or town", "Book an appointment"; de
  "Arzt in Ihrer Nähe finden", "PLZ oder Ort eingeben", "Termin buchen" (not "Termin vereinbaren": test_lang_de_4's
  Bürgeramt page heads its section with it, an ``A`` line), a shop's "Auf Lager, Lieferung in 1-2 Werktagen"; fr
  "Prendre rendez-vous", "Trouver un médecin près de chez vous"; it "Prenota una visita".
- ``credits.syndication`` (copyright): de's medicine-ad notice "Zu Risiken und Nebenwirkungen lesen Sie die
  Packungsbeilage …" (a sentence opening "Zu Risiken und Nebenwirkungen befragte …" stays); it's disclaimer with
  "solo" before its purpose ("Questo articolo ha solo scopo informativo e non sostituisce il parere del medico."; a
  leaflet's "ha solo scopo informativo" reported by the ministry stays).
- ``widgets.feedback``: pt "Esta matéria foi útil?"; ``promos.heading``: en "Related conditions" (and treatments,
  medications, health topics); ``signup.newsletter``: de "Jetzt kostenlos anmelden und wöchentlich die wichtigsten
  Gesundheitsnews erhalten." (the newsletter's promise of what it brings each week).

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base34b (main 7b142a7): no output changed; six inputs take the same lines by another pass: two dev pages' "Find a Doctor" menu link (site-chrome
instead of edge-furniture / detached-blocks), test_redteam14b's de_medizin (both lists) "Medizinisch geprüft von Dr.
med. …" and test_sci31's fr_sante_visible "Validé par Dr …" (byline instead of edge-furniture), its "Trouver un
médecin" and test_lang_de_4's buergeramt "Termin buchen" (``T``; site-chrome instead of edge-furniture).
``python tests/test_health34.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, lost, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    "en_drug_news_full": """\
R Home > Health > Medications
T FDA approves first pill for postpartum depression
R Medically reviewed by Dr. Jane Smith, MD — Written by Emily Carter on March 12, 2024
R Fact checked by Laura Jones
R Share on Facebook
R Share on Pinterest
A The U.S. Food and Drug Administration on Friday approved zuranolone, the first pill specifically for postpartum depression.
A The drug, sold as Zurzuvae, is taken once a day for 14 days, a much shorter course than standard antidepressants.
A In two clinical trials, women who took the pill saw their symptoms improve within three days, and the effect lasted at least six weeks.
A "This is a real step forward for mothers who have had very few options," said Dr. Kimberly Yonkers, a psychiatrist at Yale.
A The most common side effects reported in the trials were:
A Drowsiness
A Dizziness
A Diarrhea
A Fatigue
A The label carries a boxed warning that the drug can impair a person's ability to drive for at least 12 hours after taking it.
A Do not drive or operate heavy machinery until at least 12 hours after each dose, the FDA said.
A The company has not yet said how much the treatment will cost, but analysts expect a price of several thousand dollars.
R Was this article helpful?
R Yes
R No
R Related conditions
R Postpartum Depression: Symptoms and Treatment
R Baby Blues vs. Postpartum Depression: What's the Difference?
R This article is for informational purposes only and does not replace medical advice. Always consult your doctor.
R Get our wellness newsletter
R Filter out the noise and nurture your inbox with health and wellness advice that's inclusive and rooted in medical expertise.
R Enter your email
R Sign up
R Your privacy is important to us
""",
    "en_symptoms_guide_extract": """\
T Flu symptoms: what to expect and when to see a doctor
R Medically reviewed by Michael Weber, M.D. — Updated on January 8, 2024
A Influenza, or the flu, is a contagious respiratory illness caused by influenza viruses that infect the nose, throat and lungs.
A Symptoms usually come on suddenly, one to four days after a person is exposed to the virus.
A Common symptoms
A Fever
A Cough
A Headache
A Muscle aches
A Sore throat
A Fatigue
A Most people recover within a week, although the cough and tiredness can last for two weeks or more.
A When to see a doctor
A Call your doctor if you have trouble breathing, chest pain, or a fever that lasts more than three days.
A Older adults, pregnant women and people with long-term conditions should seek care early, because antiviral drugs work best within 48 hours.
A Key takeaways
A The flu starts suddenly, unlike a cold, which builds up over a few days.
A A yearly vaccine is the best protection.
A Antiviral treatment works best when started within two days of the first symptoms.
R Last medically reviewed on January 8, 2024
R How we reviewed this article:
T Sources
T Centers for Disease Control and Prevention. (2023). Flu symptoms & complications. https://www.cdc.gov/flu/symptoms/
T Paules C, Subbarao K. (2017). Influenza. The Lancet, 390(10095), 697-708.
R Share this article
""",
    "en_ibuprofen_leaflet_full": """\
R Skip to main content
R Pharmacy
R Prescriptions
R Health Hub
R Store locator
T Ibuprofen 200 mg tablets
R Find a pharmacy near you
R Enter postcode or town
R Search
A Ibuprofen is a painkiller available over the counter. It belongs to a group of medicines called non-steroidal anti-inflammatory drugs (NSAIDs).
A It is used to ease mild to moderate pain, such as toothache, period pain and headaches, and to bring down a high temperature.
A How much to take
A Adults: 200 mg to 400 mg every 4 to 6 hours
A Do not take more than 1,200 mg in 24 hours.
A Children under 12 should be given ibuprofen syrup instead of tablets.
A Who should not take it
A Do not take ibuprofen if you are pregnant.
A Do not take it if you have ever had a stomach ulcer, or if you have severe heart failure.
A Side effects
A Indigestion
A Nausea
A Headache
A Dizziness
A If you get black or bloody stools, stop taking ibuprofen and call 111 straight away.
R Page last reviewed: 14 March 2024
R Next review due: 14 March 2027
R Book an appointment
R Was this page useful?
R We use cookies to improve your experience. By continuing to browse you accept our use of cookies.
R Accept all cookies
""",
    "en_diet_article_extract": """\
T Is intermittent fasting better than counting calories? A new study says no
R By Rachel Green | Published June 3, 2024
R Sponsored
A People who ate only between noon and 8 p.m. lost about as much weight as those who simply cut their calories, according to a new trial.
A The study, published in Annals of Internal Medicine, followed 90 adults with obesity for a year.
A Both groups lost around 5 percent of their body weight, and neither group saw bigger changes in blood pressure or cholesterol.
A "Timing seems to matter much less than the total amount you eat," said lead author Krista Varady of the University of Illinois Chicago.
A The researchers noted some limits: the trial was small, and most participants were women.
A Sources
A The authors cite an earlier 2020 study in JAMA Internal Medicine that found similar results over 12 weeks.
A Experts say people who find it easier to skip late snacks than to count calories can choose either method.
R Advertisement
R Newsletter
R Sign up for our Nutrition newsletter to get the latest research delivered to your inbox every Tuesday.
R Related
R 10 foods that help you feel full for longer
R Does coffee really speed up your metabolism?
""",
    "en_mental_health_full": """\
R Menu
R Search
R Mental health
R Conditions
R Support
R Donate
T Anxiety at work: how to cope when stress takes over
R Last reviewed: March 2024
A One in five workers says anxiety has affected their performance at work in the past year, a new survey by the charity found.
A Anxiety can show up in the body as much as in the mind.
A Racing heart
A Sweating
A Trouble sleeping
A Irritability
A Talking to your manager can help, even though many people worry it will count against them.
A "You don't need to share every detail, just what would help you do your job," said Dr. Priya Nair, a clinical psychologist.
A Short breaks, a walk at lunch and breathing exercises can all take the edge off a stressful day.
A If you feel you can't cope, or you have thoughts of harming yourself, call your GP or the Samaritans on 116 123.
R If you need support right now, call 988 or text HOME to 741741.
R Was this information helpful?
R Donate today and help us support people with mental health problems.
R Follow us
R Facebook
R Twitter
R Instagram
R © 2024 Mind Health Trust. Registered charity number 219830.
""",
    # ===== de =====
    "de_medikament_news_full": """\
R Startseite › Gesundheit › Medizin
T Neues Abnehmmittel: Was Wegovy wirklich bringt
R Medizinisch geprüft von Dr. med. Anna Müller
R Aktualisiert am 12.03.2024
R Teilen
R Artikel merken
A Seit Juli ist die Abnehmspritze Wegovy auch in Deutschland erhältlich, doch die Krankenkassen zahlen sie in der Regel nicht.
A Der Wirkstoff Semaglutid ahmt ein Darmhormon nach, das den Appetit dämpft und den Magen langsamer entleert.
A In der wichtigsten Studie verloren die Teilnehmer im Schnitt 15 Prozent ihres Körpergewichts innerhalb von 68 Wochen.
A Das Wichtigste in Kürze
A Wegovy wird einmal pro Woche gespritzt.
A Die Kosten liegen bei rund 300 Euro im Monat.
A Nach dem Absetzen nehmen viele Patienten wieder zu.
A Häufige Nebenwirkungen sind:
A Übelkeit
A Durchfall
A Verstopfung
A Kopfschmerzen
A „Das Medikament ist kein Lifestyle-Präparat, sondern für Menschen mit starkem Übergewicht gedacht“, sagt der Endokrinologe Matthias Blüher.
A Schwangere sollten das Mittel nicht anwenden.
R Dieser Artikel dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung.
R War dieser Artikel hilfreich?
R Newsletter abonnieren
R Jetzt kostenlos anmelden und wöchentlich die wichtigsten Gesundheitsnews erhalten.
R Anzeige
R Das könnte Sie auch interessieren
R Diabetes Typ 2: Diese Symptome sollten Sie kennen
""",
    "de_apotheke_beipackzettel_extract": """\
T Paracetamol 500 mg Tabletten
A Paracetamol ist ein schmerzstillendes und fiebersenkendes Arzneimittel.
A Es wird angewendet bei leichten bis mäßig starken Schmerzen und bei Fieber.
A Dosierung
A Erwachsene: 1 bis 2 Tabletten bis zu 4-mal täglich
A Max. 4 g pro Tag
A Zwischen den Einnahmen müssen mindestens 6 Stunden liegen.
A Nehmen Sie Paracetamol nicht ohne ärztlichen Rat länger als 3 Tage ein.
A Mögliche Nebenwirkungen
A Hautrötungen
A Leberschäden bei Überdosierung
A Bei einer Überdosierung sofort einen Arzt aufsuchen, auch wenn Sie sich wohlfühlen.
R Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.
R In den Warenkorb
R Auf Lager, Lieferung in 1-2 Werktagen
R Termin buchen
R Stand: März 2024
""",
    "de_ratgeber_ruecken_full": """\
R Navigation überspringen
R Krankheiten
R Symptome
R Arztsuche
R Login
T Rückenschmerzen: Wann Sie zum Arzt sollten
R Von Dr. Thomas Becker | Fachlich geprüft von Prof. Dr. Claudia Wolf
A Fast jeder Deutsche hat mindestens einmal im Leben Rückenschmerzen, meist im unteren Rücken.
A In den meisten Fällen steckt keine ernste Erkrankung dahinter, und die Beschwerden verschwinden nach wenigen Wochen von selbst.
A Bewegung hilft meist mehr als Schonung: Wer trotz Schmerzen spazieren geht, erholt sich oft schneller.
A Wann zum Arzt?
A Wenn die Schmerzen in ein Bein ausstrahlen und dort Taubheit auftritt.
A Wenn Sie zusätzlich Fieber haben.
A Wenn Sie Probleme beim Wasserlassen bemerken.
A In diesen Fällen sollten Sie noch am selben Tag eine Praxis aufsuchen oder den ärztlichen Bereitschaftsdienst unter 116117 anrufen.
R Arzt in Ihrer Nähe finden
R PLZ oder Ort eingeben
R Suchen
T Quellen
T Deutsche Gesellschaft für Allgemeinmedizin: Nationale VersorgungsLeitlinie Kreuzschmerz, 2017.
T Robert Koch-Institut: Rückenschmerzen, Gesundheitsberichterstattung des Bundes, Heft 53.
R Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung zu.
R Alle akzeptieren
""",
    "de_ernaehrung_extract": """\
T Studie: Zwei Tassen Kaffee am Tag schützen das Herz
R Von Julia Schneider, 04.05.2024 um 10:15 Uhr
A Wer täglich zwei bis drei Tassen Kaffee trinkt, hat ein geringeres Risiko für Herzrhythmusstörungen.
A Das berichten australische Forscher, die Daten von mehr als 380.000 Menschen aus der UK Biobank ausgewertet haben.
A Das Risiko lag bei den Kaffeetrinkern um rund 12 Prozent niedriger als bei Menschen, die keinen Kaffee tranken.
A „Kaffee muss nicht aus Angst vor dem Herzen gemieden werden“, sagt Studienleiter Peter Kistler.
A Die Forscher betonen allerdings, dass die Studie keinen ursächlichen Zusammenhang beweist.
A Schwangere sollten weiterhin nicht mehr als 200 Milligramm Koffein am Tag zu sich nehmen.
R Mehr zum Thema
R Grüner Tee: So gesund ist er wirklich
R Anzeige
""",
    # ===== fr =====
    "fr_maladie_fiche_full": """\
R Accueil > Maladies > Infections
T Angine : symptômes, causes et traitements
R Rédigé par Marie Dupont, le 10/02/2024
R Validé par le Dr Pierre Martin, médecin généraliste
A L'angine est une inflammation des amygdales, le plus souvent due à un virus.
A Elle touche surtout les enfants et les jeunes adultes, en particulier en hiver.
A Les symptômes
A Fièvre
A Maux de gorge
A Difficultés à avaler
A Ganglions gonflés
A Le médecin peut réaliser un test rapide pour savoir si l'angine est due à une bactérie.
A Seules les angines bactériennes sont traitées par antibiotiques, pendant six jours en général.
A Quand consulter ?
A Consultez rapidement si la fièvre dépasse 39 °C ou si vous avez du mal à respirer.
R Prendre rendez-vous
R Trouver un médecin près de chez vous
R Cet article vous a-t-il été utile ?
R Les informations de cet article ne remplacent en aucun cas une consultation médicale.
R Inscrivez-vous à notre newsletter santé
R Votre adresse e-mail
R Je m'inscris
R Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.
""",
    "fr_actu_vaccin_extract": """\
T Grippe : la campagne de vaccination prolongée jusqu'à fin février
R Par Sophie Bernard Publié le 15/01/2024 à 08h30
A Le ministère de la Santé a annoncé mardi que la campagne de vaccination contre la grippe serait prolongée d'un mois.
A Seuls 45 % des personnes de plus de 65 ans se sont fait vacciner, loin de l'objectif de 75 % fixé par l'Organisation mondiale de la santé.
A L'épidémie a déjà entraîné plus de 20 000 passages aux urgences depuis le début de l'hiver, selon Santé publique France.
A « Il n'est pas trop tard pour se faire vacciner », a rappelé le ministre lors d'un déplacement à Lyon.
A L'essentiel
A Le vaccin est gratuit pour les personnes à risque.
A Il peut être fait en pharmacie, sans ordonnance.
A La protection apparaît environ deux semaines après l'injection.
R À lire aussi
R Covid : faut-il faire une nouvelle dose de rappel ?
R Publicité
""",
    "fr_sommeil_full": """\
R Menu
R Santé
R Forme
R Psycho
R Nutrition
T Insomnie : 7 conseils pour mieux dormir
R Mis à jour le 3 mars 2024
R Partager sur Facebook
R Partager sur X
A Près d'un Français sur trois dit souffrir de troubles du sommeil, selon l'Institut national du sommeil et de la vigilance.
A Se coucher et se lever à heure fixe, même le week-end, est la règle la plus efficace.
A Évitez les écrans au moins une heure avant le coucher : la lumière bleue retarde la sécrétion de mélatonine.
A La caféine reste dans le sang jusqu'à huit heures, d'où l'intérêt de ne plus en boire après 14 heures.
A « Le lit doit rester associé au sommeil, pas au travail ni aux séries », explique le Dr Isabelle Arnulf, neurologue à la Pitié-Salpêtrière.
A Si l'insomnie dure plus de trois mois, parlez-en à votre médecin.
R Sponsorisé
R Ces articles peuvent vous intéresser
R Apnée du sommeil : les signes qui doivent alerter
R © 2024 Santé Magazine - Tous droits réservés
""",
    # ===== es =====
    "es_noticia_farmaco_full": """\
R Inicio > Salud > Medicamentos
T Sanidad alerta sobre el uso de antibióticos sin receta
R Revisado médicamente por la Dra. Laura Gómez
R Actualizado: 05/03/2024 10:42
R Compartir en Facebook
R Compartir en Twitter
A El Ministerio de Sanidad ha lanzado una campaña para recordar que los antibióticos no curan los resfriados ni la gripe.
A Según el último informe, uno de cada tres españoles ha tomado antibióticos sin prescripción médica en el último año.
A El uso inadecuado favorece la aparición de bacterias resistentes, que ya causan unas 4.000 muertes al año en España.
A «Tomar un antibiótico cuando no hace falta es como disparar a ciegas», explicó el microbiólogo José Campos.
A Los efectos secundarios más frecuentes son:
A Diarrea
A Náuseas
A Erupciones
A No tome antibióticos sobrantes de un tratamiento anterior.
R ¿Te ha resultado útil este artículo?
R Este contenido es meramente informativo y no sustituye la consulta con un profesional de la salud.
R Suscríbete a nuestra newsletter
R Pedir cita
R Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
R Aceptar
""",
    "es_sintomas_extract": """\
T Diabetes tipo 2: síntomas que no debes ignorar
A La diabetes tipo 2 afecta a más de cinco millones de personas en España, y muchas no saben que la padecen.
A Los síntomas suelen aparecer de forma lenta y pueden pasar desapercibidos durante años.
A Sed intensa
A Cansancio
A Visión borrosa
A Heridas que tardan en curar
A Cuándo acudir al médico
A Si tiene varios de estos síntomas, pida a su médico de cabecera un análisis de glucosa en sangre.
A Dosis habitual de metformina: 850 mg dos veces al día con las comidas.
A «Detectarla a tiempo evita complicaciones graves en los ojos, los riñones y el corazón», señala la endocrinóloga Ana Ruiz.
T Fuentes
T Sociedad Española de Diabetes. Guía de práctica clínica, 2023.
T Organización Mundial de la Salud. Informe mundial sobre la diabetes, 2016.
""",
    "es_fitness_full": """\
R Menú
R Nutrición
R Fitness
R Bienestar
T Caminar 7.000 pasos al día reduce a la mitad el riesgo de muerte prematura
R Por Carlos Martín | 12 de abril de 2024
R Publicidad
A Caminar al menos 7.000 pasos al día se asocia con un riesgo de muerte un 50 % menor, según un estudio publicado en JAMA Network Open.
A Los investigadores siguieron a más de 2.100 adultos de mediana edad durante unos once años.
A Aumentar el ritmo no aportó beneficios adicionales, lo que sugiere que lo importante es la cantidad de pasos.
A Lo más importante
A 7.000 pasos equivalen a unos cinco kilómetros.
A No hace falta caminar deprisa.
A Los beneficios se notan desde los 4.000 pasos.
R Te puede interesar
R Las 5 mejores zapatillas para caminar
R Descarga nuestra app
R Síguenos en Instagram
""",
    # ===== it =====
    "it_farmaco_news_full": """\
R Home > Salute > Farmaci
T Aifa, via libera al nuovo farmaco contro l'emicrania
R Revisione medica a cura del Dott. Marco Rossi
R Ultimo aggiornamento: 18/02/2024
A L'Agenzia italiana del farmaco ha approvato la rimborsabilità di un nuovo farmaco per la prevenzione dell'emicrania cronica.
A Si tratta di un anticorpo monoclonale che si somministra con un'iniezione al mese.
A Negli studi clinici ha ridotto di circa la metà i giorni di mal di testa in un paziente su due.
A «È una svolta per chi convive con attacchi frequenti e invalidanti», ha commentato il neurologo Piero Barbanti.
A Gli effetti collaterali più comuni sono:
A Stitichezza
A Arrossamento
A Prurito
A Il farmaco non deve essere usato in gravidanza.
R Questo articolo ha solo scopo informativo e non sostituisce il parere del medico.
R Prenota una visita
R Iscriviti alla newsletter
R Potrebbe interessarti anche
R Cefalea a grappolo: cos'è e come si cura
R Questo sito utilizza cookie tecnici e di profilazione.
""",
    "it_dieta_extract": """\
T Dieta mediterranea, perché fa bene al cuore
R di Giulia Bianchi 23 gennaio 2024
A La dieta mediterranea riduce del 30 per cento il rischio di infarto e ictus, secondo lo studio spagnolo Predimed.
A Alla base ci sono frutta, verdura, legumi, cereali integrali e olio extravergine d'oliva.
A Il pesce andrebbe mangiato almeno due volte alla settimana, la carne rossa non più di una.
A In breve
A Olio extravergine: 4 cucchiai al giorno
A Frutta secca: 30 grammi al giorno
A Vino: al massimo un bicchiere ai pasti
A «Non è una dieta, è uno stile di vita», sottolinea la nutrizionista Elena Dogliotti.
R Leggi anche
R Colesterolo alto, i cibi da evitare
R Pubblicità
""",
    "it_ospedale_full": """\
R Vai al contenuto
R Ospedale San Carlo
R Reparti
R Prenotazioni
R Contatti
T Preparazione alla colonscopia
R Prenota online
A Per un esame efficace è fondamentale che l'intestino sia ben pulito.
A Nei tre giorni prima dell'esame non mangiare frutta, verdura e cereali integrali.
A Il giorno prima assumere la soluzione di lavaggio secondo lo schema indicato dal medico.
A Se assumi anticoagulanti, avvisa il reparto almeno una settimana prima.
A Il giorno dell'esame presentati a digiuno con un accompagnatore.
R Ultimo aggiornamento: 10/01/2024
R Hai trovato utile questa pagina?
R Sì
R No
R Ospedale San Carlo - P.IVA 01234567890
""",
    # ===== pt =====
    "pt_noticia_full": """\
R Início > Saúde
T Dengue: Ministério da Saúde amplia vacinação para mais cidades
R Revisado por Dr. João Almeida, médico infectologista
R Atualizado em 20/02/2024 às 14h30
A O Ministério da Saúde anunciou nesta terça-feira a ampliação da vacinação contra a dengue para mais 625 municípios.
A A vacina será aplicada em crianças e adolescentes de 10 a 14 anos, faixa etária com mais internações.
A O país já registrou mais de 500 mil casos prováveis da doença neste ano.
A Sintomas da dengue:
A Febre
A Dor de cabeça
A Manchas vermelhas
A Cansaço
A Procure atendimento médico se tiver dor abdominal intensa ou sangramentos.
R Este conteúdo é apenas informativo e não substitui a orientação de um médico.
R Esta matéria foi útil?
R Receba nossa newsletter
R Agende sua consulta
R Leia também
R Chikungunya: saiba como diferenciar da dengue
""",
    "pt_bula_extract": """\
T Dipirona 500 mg: para que serve e como tomar
A A dipirona é um analgésico e antitérmico muito usado no Brasil para dor e febre.
A Posologia
A Adultos: 1 a 2 comprimidos até 4 vezes ao dia
A Não ultrapasse 4 gramas por dia.
A Não use dipirona se estiver grávida nos últimos três meses de gestação.
A Efeitos colaterais
A Sonolência
A Tontura
A Náusea
T Fontes
T Agência Nacional de Vigilância Sanitária. Bula de dipirona sódica, 2022.
R Publicidade
""",
    # ===== nl =====
    "nl_nieuws_full": """\
R Home > Gezondheid
T RIVM: mazelen rukt op, laat je kind vaccineren
R Medisch gecontroleerd door dr. Sanne de Vries
R Bijgewerkt op 14 maart 2024
R Delen
A Het RIVM roept ouders op om hun kinderen te laten vaccineren tegen mazelen, nu het aantal besmettingen in Europa snel stijgt.
A In Nederland zijn dit jaar al 27 gevallen gemeld, tegen vier in heel vorig jaar.
A Mazelen begint meestal met:
A Koorts
A Hoesten
A Rode ogen
A Daarna volgt een rode huiduitslag die bij het gezicht begint.
A „Mazelen is geen onschuldige kinderziekte”, zegt kinderarts Karin de Jong.
A Bel de huisarts als je kind benauwd is of erg suf wordt.
R Was dit artikel nuttig?
R Deze informatie vervangt geen medisch advies.
R Schrijf je in voor de nieuwsbrief
R Maak een afspraak
R Deze website gebruikt cookies.
""",
    "nl_voeding_extract": """\
T Minder zout eten: zo doe je dat
A Nederlanders eten gemiddeld 9 gram zout per dag, terwijl de Gezondheidsraad maximaal 6 gram adviseert.
A Te veel zout verhoogt de bloeddruk en daarmee het risico op hart- en vaatziekten.
A Het meeste zout zit niet in het zoutvaatje maar in brood, kaas en vleeswaren.
A Kies voor ongezouten noten en proef eerst voordat je zout toevoegt.
A Kort samengevat
A Maximaal 6 gram zout per dag
A Let op brood en kaas
A Kruiden in plaats van zout
R Lees ook
R Zo eet je gezonder zonder diëten
R Advertentie
""",
    # ===== pl =====
    "pl_artykul_full": """\
R Strona główna > Zdrowie
T Grypa atakuje. Lekarze apelują o szczepienia
R Konsultacja merytoryczna: lek. Anna Nowak
R Aktualizacja: 10.01.2024
A Liczba zachorowań na grypę w Polsce rośnie z tygodnia na tydzień, wynika z danych Narodowego Instytutu Zdrowia Publicznego.
A W ostatnim tygodniu zgłoszono ponad 300 tysięcy przypadków i podejrzeń zachorowań.
A Najczęstsze objawy:
A Gorączka
A Kaszel
A Dreszcze
A Osłabienie
A „Szczepienie wciąż ma sens, nawet w środku sezonu”, mówi lekarz Paweł Grzesiowski.
A Nie podawaj dzieciom aspiryny przy gorączce.
R Artykuł ma charakter informacyjny i nie zastępuje porady lekarskiej.
R Umów wizytę
R Zapisz się do newslettera
R Polecamy
R Przeziębienie czy grypa? Jak je odróżnić
""",
    "pl_ulotka_extract": """\
T Ibuprofen – dawkowanie i przeciwwskazania
A Ibuprofen działa przeciwbólowo, przeciwgorączkowo i przeciwzapalnie.
A Dawkowanie
A Dorośli: 200–400 mg co 4–6 godzin
A Maksymalnie 1200 mg na dobę
A Nie stosuj ibuprofenu w ostatnim trymestrze ciąży.
A Działania niepożądane
A Nudności
A Zgaga
A Bóle brzucha
T Źródła
T Charakterystyka Produktu Leczniczego Ibuprofen, 2021.
R Reklama
""",
    # ===== ROUND 2 (controls aimed at the rules added) =================================================================
    "en_r2_allergy_extract": """\
T Hay fever season starts early as pollen counts soar
A Pollen counts reached their highest March level on record this week, the Met Office said.
A Symptoms
A Sneezing
A Itchy eyes
A Runny nose
A Antihistamines from a pharmacy help most people, and a steroid nasal spray works best when started two weeks before the season.
A Use the NHS website to find a pharmacy near you that is open late, the health service said.
A Related conditions include asthma and eczema, which pollen can make worse.
A Last reviewed in March 2024, the guidance now tells parents to keep windows shut in the early morning.
A Key takeaways
A Start treatment before symptoms peak
A Keep windows closed in the morning
A Shower after spending time outside
R Related conditions
R Asthma: Causes, Symptoms and Treatment
""",
    "de_r2_praxis_full": """\
R Startseite › Gesundheit
T Hausärzte: Online-Termine werden zur Regel
R Von Anna Weber, 12.04.2024 um 08:30 Uhr
A Termin buchen können Patienten in vielen Praxen inzwischen auch per App, zeigt eine Umfrage der Kassenärztlichen Vereinigung.
A Stand: März 2024 boten 41 Prozent der Hausarztpraxen in Bayern eine Online-Buchung an.
A Von Dr. Thomas Becker stammt die Idee, freie Termine in einer gemeinsamen Datenbank zu sammeln.
A Zu Risiken und Nebenwirkungen befragte die Stiftung Warentest außerdem 500 Apotheker.
A Typische Beschwerden der Patienten:
A Wartezeit
A Telefonschleife
A Kurzfristige Absagen
A „Die Praxis muss trotzdem erreichbar bleiben“, sagt der Verbandschef Markus Beier.
A Das Wichtigste in Kürze
A Online-Termine sparen Zeit am Telefon.
A Ältere Patienten rufen weiter lieber an.
A Die Kassen wollen ein einheitliches Portal.
R Arzt in Ihrer Nähe finden
R Termin buchen
R War dieser Artikel hilfreich?
""",
    "fr_r2_hopital_full": """\
R Accueil > Patients
T Consultations de chirurgie : comment se préparer
T Prendre rendez-vous
A Pour prendre rendez-vous, appelez le secrétariat au 04 72 00 00 00 du lundi au vendredi.
A Validé par le Dr Martin, le protocole de préparation sera appliqué dans tous les services dès juin.
A Les effets secondaires les plus fréquents de l'anesthésie :
A Nausées
A Somnolence
A Frissons
A Ils disparaissent en général dans les heures qui suivent l'intervention.
A Apportez votre carte Vitale et la liste de vos médicaments le jour de la consultation.
R Trouver un médecin près de chez vous
R Cette page vous a-t-elle été utile ?
""",
    "pt_r2_noticia_extract": """\
T Gripe: vacinação é ampliada para toda a população
R Revisado por Dra. Ana Souza, médica de família
A O Ministério da Saúde ampliou nesta segunda-feira a vacinação contra a gripe para toda a população acima de seis meses.
A Esta matéria foi útil para muitos leitores que procuravam os postos abertos, disse a secretaria.
A Revisado por especialistas, o calendário inclui agora gestantes e idosos na primeira fase.
A Sinais de alerta:
A Falta de ar
A Febre alta
A Dor no peito
A Nesses casos, procure um pronto-socorro imediatamente.
R Esta matéria foi útil?
""",
    "it_r2_salute_full": """\
R Home > Salute
T Influenza, picco atteso a fine gennaio
R di Marco Verdi 12 gennaio 2024
A Il picco dell'influenza stagionale è atteso per la fine di gennaio, secondo l'Istituto superiore di sanità.
A I sintomi più comuni:
A Febbre
A Tosse
A Dolori muscolari
A Il foglietto illustrativo, ha ricordato il ministero, ha solo scopo informativo e non sostituisce il parere del medico.
A In breve
A Vaccinarsi è ancora utile.
A Gli antibiotici non servono contro i virus.
A Restare a casa con la febbre protegge gli altri.
R Questo articolo ha solo scopo informativo e non sostituisce il parere del medico.
R Prenota una visita
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # the newsletter box's blurb closes as a sentence, which newsletter-box keeps by design (an article's sentence
    # between two calls); on main detached-blocks took it, the teaser box over it then read as furniture
    "en_drug_news_full": 1,
    # a crisis helpline's line ("call 988 or text HOME to 741741") reads as the article's own advice ("call 111"),
    # and a charity's donate line in no appeal box: both left
    "en_mental_health_full": 2,
    # the bare "does not replace medical advice" sentence is the article's (test_redteam14b keeps de's "Dieser Artikel
    # ersetzt keine ärztliche Beratung."): fr's and nl's stay alike
    "fr_maladie_fiche_full": 1,
    "nl_nieuws_full": 1,
    # pl's disclaimer: pl.toml is the lang34b helper's this session (said in the report)
    "pl_artykul_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a health story per language, the residue line put before or after them
TEXT = {
    "en": [
        "Pollen counts reached their highest March level on record this week, the Met Office said on Thursday.",
        "Antihistamines from a pharmacy help most people, and a steroid nasal spray works best when started early.",
        "Doctors advise people with asthma to carry their inhaler at all times while the pollen count stays high.",
    ],
    "de": [
        "Seit Juli ist die Abnehmspritze Wegovy auch in Deutschland erhältlich, doch die Krankenkassen zahlen sie nicht.",
        "Der Wirkstoff Semaglutid ahmt ein Darmhormon nach, das den Appetit dämpft und den Magen langsamer entleert.",
        "In der wichtigsten Studie verloren die Teilnehmer im Schnitt 15 Prozent ihres Körpergewichts.",
    ],
    "fr": [
        "L'angine est une inflammation des amygdales, le plus souvent due à un virus, qui touche surtout les enfants.",
        "Le médecin peut réaliser un test rapide pour savoir si l'angine est due à une bactérie ou à un virus.",
        "Seules les angines bactériennes sont traitées par antibiotiques, pendant six jours en général.",
    ],
    "it": [
        "L'Agenzia italiana del farmaco ha approvato la rimborsabilità di un nuovo farmaco contro l'emicrania cronica.",
        "Si tratta di un anticorpo monoclonale che si somministra con un'iniezione sottocutanea una volta al mese.",
        "Negli studi clinici ha ridotto di circa la metà i giorni di mal di testa in un paziente su due.",
    ],
    "pt": [
        "O Ministério da Saúde anunciou nesta terça-feira a ampliação da vacinação contra a dengue para mais municípios.",
        "A vacina será aplicada em crianças e adolescentes de 10 a 14 anos, faixa etária com mais internações.",
        "O país já registrou mais de 500 mil casos prováveis da doença neste ano, segundo o boletim.",
    ],
}

_CH, _DL, _CO, _FB, _NL = "site-chrome", "dateline", "copyright", "feedback-prompt", "newsletter-prompt"

GOES = [
    ("en", "Find a pharmacy near you", _CH),
    ("en", "Enter postcode or town", _CH),
    ("en", "Book an appointment", _CH),
    ("en", "Last reviewed: March 2024", _DL),
    ("de", "Arzt in Ihrer Nähe finden", _CH),
    ("de", "PLZ oder Ort eingeben", _CH),
    ("de", "Termin buchen", _CH),
    ("de", "Auf Lager, Lieferung in 1-2 Werktagen", _CH),
    ("de", "Stand: März 2024", _DL),
    ("de", "Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.", _CO),
    ("de", "Jetzt kostenlos anmelden und wöchentlich die wichtigsten Gesundheitsnews erhalten.", _NL),
    ("fr", "Prendre rendez-vous", _CH),
    ("fr", "Trouver un médecin près de chez vous", _CH),
    ("it", "Prenota una visita", _CH),
    ("it", "Questo articolo ha solo scopo informativo e non sostituisce il parere del medico.", _CO),
    ("pt", "Esta matéria foi útil?", _FB),
]

STAYS = [
    ("en", "Use the NHS website to find a pharmacy near you that is open late, the health service said."),
    ("en", "Related conditions include asthma and eczema, which pollen can make worse."),
    ("en", "Last reviewed in March 2024, the guidance now tells parents to keep windows shut in the morning."),
    ("en", "Patients who book an appointment online wait two days less on average, the survey found."),
    ("de", "Termin buchen können Patienten in vielen Praxen inzwischen auch per App, zeigt eine Umfrage."),
    ("de", "Einen Arzt in Ihrer Nähe finden Versicherte über die Nummer 116117, rät die Kassenärztliche Vereinigung."),
    ("de", "PLZ oder Ort eingeben mussten Nutzer der alten Suchseite noch von Hand, nun übernimmt das die App."),
    ("de", "Auf Lager ist das Medikament in vielen Apotheken erst wieder im Mai, Lieferung in 1-2 Werktagen verspricht kaum ein Händler."),
    ("de", "Postleitzahl"),
    ("de", "Stand: März 2024 boten 41 Prozent der Hausarztpraxen in Bayern eine Online-Buchung an."),
    ("de", "Zu Risiken und Nebenwirkungen befragte die Stiftung Warentest außerdem 500 Apotheker."),
    ("de", "Von Dr. Thomas Becker stammt die Idee, freie Termine in einer gemeinsamen Datenbank zu sammeln."),
    ("de", "Jetzt kostenlos anmelden und wöchentlich Tipps erhalten, das versprechen viele Gesundheits-Apps."),
    ("fr", "Pour prendre rendez-vous, appelez le secrétariat du lundi au vendredi."),
    ("fr", "Trouver un médecin près de chez vous reste difficile dans la Creuse, selon l'ordre des médecins."),
    ("it", "Prenota una visita entro marzo chi ha più di 50 anni, raccomanda la Regione nella sua circolare."),
    ("en", "Enter postcode or town, the form asks, and then it lists the three nearest walk-in centres."),
    ("fr", "Validé par le Dr Martin, le protocole de préparation sera appliqué dans tous les services dès juin."),
    ("it", "Il foglietto illustrativo, ha ricordato il ministero, ha solo scopo informativo e non sostituisce il medico."),
    ("pt", "Esta matéria foi útil para muitos leitores que procuravam os postos abertos, disse a secretaria."),
    ("pt", "Revisado por especialistas, o calendário inclui agora gestantes e idosos na primeira fase."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Von Julia Schneider, 04.05.2024 um 10:15 Uhr"),
        ("de", "Von Dr. Thomas Becker | Fachlich geprüft von Prof. Dr. Claudia Wolf"),
        ("fr", "Par Sophie Bernard Publié le 15/01/2024 à 08h30"),
        ("fr", "Validé par le Dr Pierre Martin, médecin généraliste"),
        ("it", "di Giulia Bianchi 23 gennaio 2024"),
        ("pt", "Revisado por Dr. João Almeida, médico infectologista"),
    ],
)
def test_a_health_pages_byline_and_reviewer_go_under_the_headline(lang: str, line: str) -> None:
    page = ["Ein Titel über dem Text", line, *TEXT[lang]]
    result = cleaner.explain_text("\n".join(page))
    assert ("byline", line) in removed(result)
    assert lost(TEXT[lang], result) == []


# a health page's list under its heading between two paragraphs and closing the article (blocks.health_list)
_LIST = ["Side effects", "Indigestion", "Nausea", "Headache", "Dizziness"]
_AFTER = "If you get black or bloody stools, stop taking ibuprofen and call 111 straight away."


@pytest.mark.parametrize("tail", [[], [_AFTER], [_AFTER, "Was this page useful?", "Book an appointment"]])
def test_a_symptom_list_under_its_heading_stays(tail: list[str]) -> None:
    page = [
        "Ibuprofen is a painkiller available over the counter and belongs to a group of medicines called NSAIDs.",
        "Do not take it if you have ever had a stomach ulcer, or if you have severe heart failure, the leaflet says.",
        *_LIST,
        *tail,
    ]
    result = cleaner.explain_text("\n".join(page))
    assert lost([*page[:2], *_LIST, *tail[:1]], result) == [], removed(result)


def test_a_footer_menu_without_a_symptom_heading_still_goes() -> None:
    # (the list's heading is what keeps it: a footer's links under "Quick links" go as before)
    page = [
        "Ibuprofen is a painkiller available over the counter and belongs to a group of medicines called NSAIDs.",
        "Do not take it if you have ever had a stomach ulcer, or if you have severe heart failure, the leaflet says.",
        "Quick links",
        "About",
        "Contact",
        "Careers",
        "Privacy",
    ]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page[:2], result) == []
    assert [line for _name, line in removed(result)] == page[2:]


def test_a_title_case_menu_under_a_symptom_word_is_no_list() -> None:
    page = [
        "Ibuprofen is a painkiller available over the counter and belongs to a group of medicines called NSAIDs.",
        "Do not take it if you have ever had a stomach ulcer, or if you have severe heart failure, the leaflet says.",
        "Symptoms",
        "Find A Doctor",
        "Drugs A-Z",
        "Health News",
    ]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page[:2], result) == []
    assert {line for _name, line in removed(result)} >= {"Find A Doctor", "Health News"}


def test_a_key_points_box_closing_the_article_keeps_its_heading() -> None:
    page = [
        "Nederlanders eten gemiddeld 9 gram zout per dag, terwijl de Gezondheidsraad maximaal 6 gram adviseert.",
        "Te veel zout verhoogt de bloeddruk en daarmee het risico op hart- en vaatziekten, waarschuwen artsen.",
        "Kies voor ongezouten noten en proef eerst.",
        "Kort samengevat",
        "Maximaal 6 gram zout per dag",
        "Let op brood en kaas",
        "Kruiden in plaats van zout",
        "Lees ook",
        "Zo eet je gezonder zonder diëten",
    ]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page[:7], result) == [], removed(result)


if __name__ == "__main__":
    report(CASES)
