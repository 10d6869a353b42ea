# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""jobs45: a probe of careers, work and the labour market, scraped as text (half as an extractor leaves them, half as
all the visible text of the page), in en, de, fr, es, it, pt, nl and pl: job-market and unemployment reports, salary
surveys, strikes and union news, HR and career-advice columns (CV tips, interview questions as a numbered list), a
remote-work feature, a company's hiring news and job postings on a job board's page.

- the article (``A``): figures' rows ("Median: €52,000", "Arbeitslose: 2,805 Millionen"), lists of tips and interview
  questions, one-line quotes from workers, a union's demands as bullets, advice in prose ("Apply for jobs early ..."),
  and, where the page IS a job posting, the posting's own duties, requirements and benefits with their headings
  ("About the role", "Ihre Aufgaben", "Wat bieden wij?");
- the residue (``R``): the board's chrome ("Apply now", "Save job", "Similar jobs", "Job alert: ...", "Posted 3 days
  ago · 120 applicants", "Easy apply", "Report this job", "Upload your CV", an employer's rating box, a net-salary
  calculator's links), bylines, stamps, share rows, menus, cookie notices, footers, newsletter boxes, comments;
- ``T``: headlines, and a posting's own title block (job title, employer, place, pay range, contract type): the
  posting's header, which either way is not prose.

- round 1, blind (written before reading the passes): 24 pages (13 extracts, 11 full pages), 192 ``A`` lines, 239
  ``R``, 30 ``T``, all eight languages.
- round 2, after the changes, aimed at them: 6 pages, 55 ``A``, 45 ``R``: postings in fr, nl, pl, es and de whose one
  paragraph of description stands over their headed lists (headings with a colon, a question, none; a posting's first
  section in prose and its last ones in items), and an English story whose footer column is headed "Benefits" and
  "Requirements" under its share row (it must still go).

Tags decided: a posting's title block (job title, employer, place, pay range, contract) is ``T``, the posting's
header; its duties, requirements and benefits with their headings are ``A`` (the page IS the posting); the board's
chrome around them is ``R``.

Measured on main 3fa7e8c: round 1 lost 6, left 16; round 2 lost 25, left 1. Lost: the postings' section headings and
their short items under the description's last paragraph ("Responsibilities", "Strong SQL skills", "Benefits", "Vos
missions", "Profil recherché", "Das bringen Sie mit", "Obowiązki", "27 vakantiedagen"), read by edge-furniture as the
tail's furniture. Left: a German board's menu and its "Job-Alarm aktivieren" / "Diesen Job melden" / a similar job,
"Posted 3 days ago · 120 applicants", "Job alert: get emails for jobs like this", "Employers / Post job", es "Sube tu CV
y encuentra empleo" / "Ofertas de empleo relacionadas", pl "Oferty pracy" / "Dodaj CV", pl "Autor: Redakcja", pl
"Opublikowana: 2 dni temu", a dpa-infocom line without its "©".

After: round 1 lost 0, left 8; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_jobs.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``posting_tail`` (edge-furniture's guard at the tail): the tail's first heading of the new table
  ``structure.posting_heading`` ("Responsibilities", "Ihr Profil", "Vos missions", "Requisitos:", "Mansioni", "Wat
  bieden wij?", "Obowiązki"), right under a kept line of the article, a second such heading under it or in the 60
  lines over it; the headings and the short items under each down to the line another pass took ("Apply now") are
  the posting's (tests, per language). A footer's column headed "Benefits", two posting headings under the share row,
  one heading over a menu right under the article: they still go (tests).
- tables, each in a ``# jobs45:`` block at its list's end: en ``metadata.dateline`` a posting's age with its count of
  applicants; en ``widgets.chrome`` "Job alert: get emails for jobs like this" / "Get notifications for jobs like this" /
  "Employers / Post job"; de ``widgets.chrome`` "Diesen Job melden|merken|speichern|teilen"; de ``credits.copyright``
  dpa's rights line with its story id, the "©" lost; es ``widgets.chrome`` "Sube tu CV y encuentra empleo", "Ofertas de
  empleo relacionadas|similares"; pl ``metadata.byline`` "Autor: Redakcja"; pl ``metadata.dateline`` "Opublikowana: 2
  dni temu" (the participle agreeing with "oferta"). Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

Left lost beyond the pages: a posting with a single heading over its last list and none over its description
("Benefits" over "Pension", "Gym membership" under the prose) still loses that list, as before: one heading over
links right under the text is a menu's shape too, and the guard asks for two (test).

Also found: ``pl_rozmowa_extract`` is cleaned differently the second time, as on main before these changes (see
``_NOT_IDEMPOTENT``).

``python tests/test_jobs45.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
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
    # ===== a jobs report as an extractor leaves it: figures as their own lines, a byline and a share row
    "en_jobs_report_extract": """\
T US employers added 175,000 jobs in April as hiring cooled
R By Christopher Rugaber
R Published 8:34 AM EDT, May 3, 2024
R Share
R Facebook
R Copy link
A WASHINGTON (AP) — America's employers slowed their hiring in April, adding 175,000 jobs, the fewest in six months.
A The unemployment rate ticked up from 3.8% to 3.9%, the Labor Department said Friday.
A Key figures from the report:
A Nonfarm payrolls: +175,000
A Unemployment rate: 3.9%
A Average hourly earnings: +3.9% year on year
A Labor force participation: 62.7%
A "It's a Goldilocks report," said Olu Sonola, head of U.S. economic research at Fitch Ratings.
A Health care led the gains, adding 56,000 jobs, while retailers added 20,000.
A Wage growth slowed, which could reassure Federal Reserve officials worried about inflation.
R Read more: What the Fed's rate decision means for your mortgage
R Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""",
    # ===== a career-advice column with numbered interview questions, whole page
    "en_interview_questions_full": """\
R Skip to content
R Careers
R Money
R Work Life
R Jobs
R Sign in
R Subscribe
T The 10 interview questions you will almost certainly be asked - and how to answer them
R By Jane Doe, Careers Editor
R Updated March 12, 2024
R 6 min read
A Most interviewers work from the same short list of questions, and preparing for them is the single best thing you can do before the day.
A 1. Tell me about yourself.
A Keep it to two minutes: where you are now, what you have done, and why this job is the next step.
A 2. Why do you want to work here?
A Show that you have read more than the company's homepage.
A 3. What is your greatest weakness?
A Pick a real one, and say what you are doing about it.
A 4. Where do you see yourself in five years?
A 5. Why are you leaving your current job?
A Never criticise your current employer.
A 6. What are your salary expectations?
A Give a range, based on research, not a single figure.
A Apply for jobs early in the week: recruiters read applications in the order they arrive.
A And finally, prepare two questions of your own.
R Related: How to write a cover letter that gets read
R Sign up for our Work Life newsletter
R Get career advice delivered to your inbox every Tuesday.
R Enter your email
R Subscribe
R Most popular
R How to ask for a pay rise (and get it)
R The four-day week: what the trial found
R About us
R Contact
R Terms of use
R Privacy policy
R Cookie settings
R © 2024 Work Life Media Ltd
""",
    # ===== a job posting page as all its visible text: the posting's own text is the article, the board's chrome is not
    "en_job_posting_full": """\
R Find jobs
R Company reviews
R Salary guide
R Upload your CV
R Sign in
R Employers / Post job
T Senior Data Analyst
T Northwind Logistics
T Manchester, Greater Manchester
T £45,000 - £55,000 a year
T Full-time, Permanent
R Posted 3 days ago · 120 applicants
R Easy apply
R Save job
R Report this job
A About the role
A We are looking for a Senior Data Analyst to join our growing insight team in Manchester.
A You will turn data from our warehouses and fleet into reports that help managers make better decisions.
A Responsibilities
A Build and maintain dashboards in Power BI
A Work with operations managers to define KPIs
A Mentor two junior analysts
A Requirements
A 3+ years of experience in a data analyst role
A Strong SQL skills
A Experience with Python is a plus
A Benefits
A 25 days holiday plus bank holidays
A Hybrid working (2 days in the office)
A Pension scheme with 6% employer contribution
R Apply now
R Job alert: get emails for jobs like this
R Similar jobs
R Data Analyst - Leeds - £38,000
R BI Developer - Remote - £50,000
R Northwind Logistics
R 3.8 out of 5 stars
R 214 reviews
R Cookies help us deliver our services. By using our services, you agree to our use of cookies.
R Accept
""",
    # ===== a salary survey as an extractor leaves it: median rows, a newsletter box
    "en_salary_survey_extract": """\
T Tech salaries 2024: what developers really earn
A Software engineers in London earn a median of £70,000, according to our annual survey of 4,200 readers.
A Salaries by role (median, London):
A Junior developer: £38,000
A Mid-level developer: £58,000
A Senior developer: £80,000
A Engineering manager: £105,000
A Pay outside London was on average 18% lower.
A Women in the survey earned 9% less than men in the same roles.
A Remote workers reported the same pay as office workers.
R Share this article
R Twitter
R LinkedIn
R Sign up to our Tech Careers newsletter
R Thank you for signing up!
R Comments (34)
R Dave_K · 2 days ago
R These numbers look high to me for outside London.
R Reply
""",
    # ===== a strike story whose union demands are bullets, extracted
    "en_strike_union_extract": """\
T Nurses to strike for 48 hours in pay dispute
R By Health Correspondent
R 15 January 2024
A Thousands of nurses in England will walk out for 48 hours next month after talks with the government broke down, the Royal College of Nursing said.
A The union is demanding:
A a pay rise of 5% above inflation
A safe staffing levels on every ward
A an end to unpaid overtime
A "We don't want to strike, but we can't go on like this," said one nurse on a picket line in Leeds.
A "Enough is enough."
A The Department of Health said the demands were unaffordable.
R Related Topics
R NHS
R Nursing
R Strikes
R More on this story
R Junior doctors announce new walkout dates
""",
    # ===== a German labour-market report, whole page
    "de_arbeitsmarkt_full": """\
R Zum Inhalt springen
R Startseite
R Wirtschaft
R Arbeitsmarkt
R Karriere
R Anmelden
R Abo
T Arbeitslosigkeit steigt im Januar auf über drei Millionen
R Stand: 31.01.2024 10:15 Uhr
R Teilen
R Artikel vorlesen
A Die Zahl der Arbeitslosen in Deutschland ist im Januar auf 2,805 Millionen gestiegen.
A Das sind 169.000 mehr als im Dezember, teilte die Bundesagentur für Arbeit in Nürnberg mit.
A Die wichtigsten Zahlen:
A Arbeitslose: 2,805 Millionen
A Quote: 6,1 Prozent
A Offene Stellen: 698.000
A Kurzarbeit: 170.000
A "Der Arbeitsmarkt steht unter Druck", sagte BA-Chefin Andrea Nahles.
A Der Anstieg sei aber vor allem saisonbedingt.
R Mehr zum Thema
R Fachkräftemangel: Welche Berufe gesucht werden
R Newsletter abonnieren
R Jetzt kostenlos anmelden und nichts mehr verpassen.
R Impressum
R Datenschutz
R Cookie-Einstellungen
R © 2024 Wirtschaftsportal GmbH
""",
    # ===== a German CV-tips column, extracted
    "de_bewerbung_tipps_extract": """\
T Lebenslauf: Die 7 häufigsten Fehler und wie Sie sie vermeiden
R Von Katrin Müller
R 12.03.2024
A Personaler brauchen im Schnitt nur sechs Sekunden, um über einen Lebenslauf zu entscheiden.
A 1. Lücken nicht erklären
A 2. Ein unprofessionelles Foto
A 3. Zu lang: Mehr als zwei Seiten liest niemand.
A 4. Tippfehler
A 5. Keine Erfolge, nur Aufgaben
A 6. Veraltete Hobbys
A 7. Die falsche E-Mail-Adresse
A Unser Tipp: Lassen Sie Ihren Lebenslauf von einer zweiten Person lesen.
R Das könnte Sie auch interessieren
R Gehaltsverhandlung: So bekommen Sie mehr Geld
R Artikel teilen
R Facebook
R WhatsApp
""",
    # ===== a German job posting, whole page
    "de_stellenanzeige_full": """\
R Jobs suchen
R Gehaltsvergleich
R Unternehmen
R Lebenslauf hochladen
R Anmelden
T Sachbearbeiter Personal (m/w/d)
T Stadtwerke Musterstadt GmbH
T Musterstadt · Vollzeit · Unbefristet
R Vor 2 Tagen veröffentlicht
R Job merken
R Jetzt bewerben
A Ihre Aufgaben
A Betreuung der Mitarbeitenden in allen personalrechtlichen Fragen
A Vorbereitung der Entgeltabrechnung
A Erstellung von Arbeitsverträgen und Zeugnissen
A Ihr Profil
A Abgeschlossene kaufmännische Ausbildung
A Gute Kenntnisse im Arbeits- und Sozialversicherungsrecht
A Wir bieten
A 30 Tage Urlaub
A Bezahlung nach TVöD
A Betriebliche Altersvorsorge
A Wir freuen uns auf Ihre Bewerbung bis zum 15. April.
R Ähnliche Jobs
R Personalreferent (m/w/d) - Köln
R Job-Alarm aktivieren
R Diesen Job melden
R Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung zu ermöglichen.
R Alle akzeptieren
""",
    # ===== a French strike article, extracted
    "fr_greve_extract": """\
T Grève à la SNCF : les contrôleurs réclament une prime de 200 euros
R Par Le Figaro avec AFP
R Publié le 14/02/2024 à 09:12, mis à jour le 14/02/2024 à 11:40
R Partager
A Les contrôleurs de la SNCF seront en grève ce week-end, à l'appel du collectif national des contrôleurs.
A Leurs revendications :
A une prime de travail de 200 euros par mois
A des embauches supplémentaires
A la prise en compte de la pénibilité
A « On n'a pas le choix », résume un contrôleur de Lyon.
A La direction appelle à la reprise du dialogue.
R À lire aussi : Grève SNCF : quels trains circulent samedi ?
R Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.
""",
    # ===== a French career column with interview questions, whole page
    "fr_entretien_full": """\
R Aller au contenu principal
R Emploi
R Management
R Formation
R Se connecter
R S'abonner
T Entretien d'embauche : 5 questions pièges et comment y répondre
R Par Claire Martin
R Le 05/03/2024 à 07:00
R Temps de lecture : 4 min
A Certaines questions reviennent dans presque tous les entretiens.
A 1. Parlez-moi de vous.
A 2. Quel est votre principal défaut ?
A 3. Pourquoi voulez-vous quitter votre poste ?
A 4. Quelles sont vos prétentions salariales ?
A Donnez une fourchette, par exemple entre 38 000 et 42 000 euros brut par an.
A 5. Avez-vous des questions ?
A Répondez toujours oui.
R Newsletter Emploi
R Recevez chaque semaine nos conseils carrière.
R Je m'inscris
R Offres d'emploi
R Chef de projet H/F - Paris
R Mentions légales
R Politique de confidentialité
R Gérer les cookies
""",
    # ===== a French salary figures article, extracted
    "fr_salaires_extract": """\
T Salaires des cadres : ce qu'ils ont gagné en 2023
A Le salaire médian des cadres du privé a atteint 56 000 euros brut en 2023, selon l'Apec.
A Salaire médian : 56 000 €
A Hausse sur un an : +4,5 %
A Cadres de moins de 30 ans : 42 000 €
A L'écart entre femmes et hommes reste de 12 %.
R Lire la suite
R Vous aimerez aussi
R Télétravail : les cadres veulent deux jours par semaine
""",
    # ===== a Spanish unemployment report, whole page
    "es_paro_full": """\
R Saltar al contenido
R Economía
R Empleo
R Vivienda
R Iniciar sesión
R Suscríbete
T El paro baja en 60.503 personas en abril y la afiliación marca récord
R Redacción
R 03 may 2024 - 09:31 CEST
R Compartir en Facebook
R Compartir en X
A El número de parados registrados en las oficinas de los servicios públicos de empleo bajó en 60.503 personas en abril.
A El total de desempleados se situó en 2.666.500, la cifra más baja desde 2008.
A Los datos del mes:
A Paro registrado: 2.666.500
A Afiliados a la Seguridad Social: 21.070.000
A Contratos indefinidos: 44,5%
A "Es un buen dato", dijo la ministra de Trabajo.
R Te puede interesar
R ¿Cuánto cobra un funcionario en 2024?
R Aviso legal
R Política de privacidad
R Configuración de cookies
""",
    # ===== a Spanish CV tips column, extracted
    "es_curriculum_extract": """\
T Cómo hacer un currículum que pase el filtro: 6 consejos
R Por María López
A Los reclutadores dedican unos pocos segundos a cada currículum.
A Adapta el currículum a cada oferta.
A Usa las palabras clave del anuncio.
A No pases de dos páginas.
A Incluye logros con cifras.
A Revisa la ortografía.
A Pide a alguien que lo lea.
R Sube tu CV y encuentra empleo
R Ofertas de empleo relacionadas
R Guardar
""",
    # ===== an Italian strike story with union demands, whole page
    "it_sciopero_full": """\
R Vai al contenuto
R Economia
R Lavoro
R Accedi
R Abbonati
T Sciopero generale, i sindacati in piazza: le richieste
R di Redazione Economia
R 17 novembre 2023
R Condividi
A Cgil e Uil hanno proclamato uno sciopero generale di otto ore per venerdì.
A Le richieste dei sindacati:
A aumento dei salari
A stop alla precarietà
A più risorse per la sanità pubblica
A "Siamo qui per i nostri figli", ha detto un'operaia di Mirafiori.
A Il governo ha definito lo sciopero politico.
R Leggi anche
R Pensioni, cosa cambia nel 2024
R Iscriviti alla newsletter
R Informativa sulla privacy
R © Riproduzione riservata
""",
    # ===== an Italian job posting as an extractor leaves it
    "it_annuncio_extract": """\
T Impiegato amministrativo - Milano
R Pubblicato 5 giorni fa
R Candidati ora
A Azienda leader nel settore alimentare cerca un impiegato amministrativo per la sede di Milano.
A Mansioni:
A gestione della contabilità fornitori
A registrazione fatture
A Requisiti:
A diploma di ragioneria
A conoscenza di Excel
A Si offre contratto a tempo indeterminato, RAL 30.000 euro.
R Salva annuncio
R Offerte simili
R Segnala annuncio
""",
    # ===== a Portuguese unemployment report, extracted
    "pt_desemprego_extract": """\
T Taxa de desemprego desce para 6,5% no primeiro trimestre
R Lusa
R 08 Mai 2024, 11:20
A A taxa de desemprego em Portugal desceu para 6,5% no primeiro trimestre, segundo o INE.
A População desempregada: 357,4 mil
A Taxa de desemprego jovem: 20,3%
A População empregada: 5,0 milhões
A "É um sinal positivo", disse a ministra do Trabalho.
R Partilhar
R Leia também
R Salário mínimo sobe para 820 euros
""",
    # ===== a Portuguese career column, whole page
    "pt_carreira_full": """\
R Ir para o conteúdo
R Economia
R Emprego
R Entrar
R Assine
T Teletrabalho: 5 dicas para ser produtivo em casa
R Por Ana Silva
R 10 de março de 2024
A Trabalhar em casa exige disciplina.
A 1. Tenha um espaço só para trabalhar.
A 2. Defina horários.
A 3. Faça pausas.
A 4. Vista-se como se fosse para o escritório.
A 5. Desligue no fim do dia.
A "Eu comecei a ser mais produtivo", conta um programador do Porto.
R Receba a nossa newsletter
R Termos de uso
R Política de privacidade
R Todos os direitos reservados
""",
    # ===== a Dutch labour market report, whole page
    "nl_arbeidsmarkt_full": """\
R Naar hoofdinhoud
R Nieuws
R Economie
R Werk
R Inloggen
T Werkloosheid stijgt licht naar 3,7 procent
R 18 april 2024 10:12
R Delen
A De werkloosheid is in maart licht gestegen naar 3,7 procent van de beroepsbevolking, meldt het CBS.
A Werklozen: 368.000
A Openstaande vacatures: 420.000
A Op elke 100 werklozen zijn er 114 vacatures.
A "De arbeidsmarkt blijft krap", zegt een econoom.
R Lees ook
R Meer mensen werken parttime
R Cookie-instellingen
R Privacyverklaring
R © 2024 Nieuwsdienst
""",
    # ===== a Dutch job posting, extracted
    "nl_vacature_extract": """\
T Verpleegkundige (32-36 uur)
R Geplaatst op 2 april 2024
R Solliciteer direct
A Wat ga je doen?
A Je zorgt voor patiënten op de afdeling cardiologie.
A Wat vragen wij?
A Een afgeronde hbo-v
A BIG-registratie
A Wat bieden wij?
A Salaris volgens cao ziekenhuizen: € 3.200 - € 4.800
A Reiskostenvergoeding
R Vacature opslaan
R Vergelijkbare vacatures
R Deel deze vacature
""",
    # ===== a Polish salary report, whole page
    "pl_wynagrodzenia_full": """\
R Przejdź do treści
R Wiadomości
R Biznes
R Praca
R Zaloguj się
T Przeciętne wynagrodzenie przekroczyło 8000 zł
R Autor: Redakcja
R 21.03.2024 10:05
R Udostępnij
A Przeciętne wynagrodzenie w sektorze przedsiębiorstw wyniosło w lutym 7999,65 zł brutto, podał GUS.
A Kluczowe dane:
A Wynagrodzenie brutto: 7999,65 zł
A Wzrost rok do roku: 12,9%
A Zatrudnienie: 6,5 mln osób
A "To wciąż szybki wzrost płac", ocenił ekonomista.
R Czytaj także
R Płaca minimalna 2024: ile na rękę?
R Zapisz się do newslettera
R Polityka prywatności
R Ustawienia cookies
""",
    # ===== a Polish interview-tips column, extracted
    "pl_rozmowa_extract": """\
T Rozmowa kwalifikacyjna: 5 pytań, które padną na pewno
R Anna Kowalska
R 02.02.2024
A Przygotowanie do rozmowy to połowa sukcesu.
A 1. Proszę opowiedzieć o sobie.
A 2. Dlaczego chce Pan/Pani u nas pracować?
A 3. Jakie są Pana/Pani oczekiwania finansowe?
A 4. Gdzie widzi się Pan/Pani za pięć lat?
A 5. Czy ma Pan/Pani pytania?
A Zawsze warto mieć przygotowane dwa pytania.
R Oferty pracy
R Dodaj CV
R Komentarze (12)
""",
    # ===== a remote-work feature with one-line worker quotes, extracted
    "en_remote_work_extract": """\
T Return to office: workers push back
A More companies are ordering staff back to their desks, and many workers are not happy.
A "I moved two hours away during the pandemic," said one marketing manager.
A "I'm not going back."
A Another put it more simply: "My commute was the worst part of my job."
A A survey by the recruiter found 41% of employees would look for a new job if forced back five days a week.
A Hybrid work is here to stay.
R Advertisement
R Join the conversation
R You must be logged in to comment.
""",
    # ===== a company's hiring news in Spanish on a full page with a job board widget
    "es_contratacion_full": """\
R Menú
R Empresas
R Empleo
R Buscar
T Mercadona contratará a 1.000 personas para el verano
R 28/04/2024
A La cadena de supermercados contratará a 1.000 personas para reforzar sus tiendas durante el verano.
A El salario bruto inicial será de 1.468 euros al mes.
A Requisitos:
A Graduado en ESO
A Disponibilidad para trabajar fines de semana
A Las solicitudes se presentan en la web de la empresa.
R Ofertas de empleo
R Dependiente/a - Valencia
R Reponedor/a - Sevilla
R Ver todas las ofertas
R Calculadora de sueldo neto
R Calcula tu salario
""",
    # ===== a German strike story with a union's demands, extracted
    "de_streik_extract": """\
T Verdi ruft zu Warnstreiks im Nahverkehr auf
R Von dpa
R 01.02.2024, 06:00 Uhr
A Verdi hat die Beschäftigten im kommunalen Nahverkehr zu ganztägigen Warnstreiks aufgerufen.
A Die Forderungen der Gewerkschaft:
A 35-Stunden-Woche bei vollem Lohnausgleich
A mehr Urlaubstage
A höhere Zuschläge für Nachtarbeit
A "Wir fahren am Limit", sagt ein Busfahrer aus Leipzig.
A Die Arbeitgeber nannten die Forderungen unbezahlbar.
R Mehr zum Thema
R Bahnstreik: Was Pendler wissen müssen
R dpa-infocom, dpa:240201-99-12345/3
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== a French posting on a board, whole page: one paragraph, then its headed lists
    "fr_offre_emploi_full": """\
R Trouver un emploi
R Entreprises
R Salaires
R Déposer mon CV
R Se connecter
T Chargé de recrutement H/F
T Groupe Horizon Services
T Lyon (69) · CDI · 35 000 - 40 000 € par an
R Publiée il y a 4 jours
R Postuler
R Sauvegarder
A Rattaché(e) à la directrice des ressources humaines, vous prendrez en charge le recrutement de nos agences de la région Auvergne-Rhône-Alpes.
A Vos missions
A Rédiger et diffuser les offres d'emploi
A Présélectionner les candidatures
A Conduire les entretiens
A Profil recherché
A Bac+3 minimum en ressources humaines
A Une première expérience réussie en recrutement
A Avantages
A Tickets restaurant
A Télétravail deux jours par semaine
R Postuler maintenant
R Offres similaires
R Assistant RH H/F - Villeurbanne
R Mentions légales
R Gérer les cookies
""",
    # ===== a Dutch posting as an extractor leaves it: the description, the three questions over their lists
    "nl_vacature_tekst_extract": """\
T Medewerker klantenservice (24-32 uur)
A Ben jij klantgericht en houd je ervan om mensen verder te helpen met hun vragen over energie en hun rekening?
A Wat ga je doen?
A Je beantwoordt vragen van klanten via telefoon, chat en e-mail.
A Je lost klachten op en zoekt naar een oplossing die werkt.
A Wat vragen wij?
A Mbo 4-diploma
A Goede beheersing van de Nederlandse taal
A Wat bieden wij?
A Een salaris tussen € 2.600 en € 3.100 bruto per maand
A 27 vakantiedagen
R Solliciteer direct
R Vacature opslaan
R Deel deze vacature
""",
    # ===== a Polish posting, whole page
    "pl_oferta_pracy_full": """\
R Oferty pracy
R Pracodawcy
R Zaloguj się
T Księgowa / Księgowy
T Biuro Rachunkowe Nowak sp. z o.o.
T Kraków · umowa o pracę · pełny etat
R Opublikowana: 2 dni temu
R Aplikuj teraz
A Poszukujemy osoby do prowadzenia pełnej księgowości kilkunastu klientów naszego biura w Krakowie od zaraz.
A Obowiązki
A prowadzenie ksiąg rachunkowych
A sporządzanie deklaracji VAT
A Wymagania
A doświadczenie w księgowości min. 2 lata
A znajomość programu Symfonia
A Oferujemy
A stabilne zatrudnienie
A pakiet medyczny
R Aplikuj
R Podobne oferty
R Polityka prywatności
""",
    # ===== a Spanish posting, extracted: headings with colons
    "es_oferta_extract": """\
T Técnico de mantenimiento industrial
R Publicada hace 3 días
A Importante empresa del sector de la automoción busca técnico de mantenimiento para su planta de Vigo con incorporación inmediata.
A Funciones:
A Mantenimiento preventivo y correctivo de las líneas
A Gestión de repuestos
A Requisitos:
A FP de grado superior en mecatrónica
A Experiencia mínima de dos años
A Ofrecemos:
A Contrato indefinido
A Salario según convenio
R Inscribirme en esta oferta
R Guardar oferta
""",
    # ===== an English news story with a footer whose column is headed "Benefits": the column still goes
    "en_benefits_footer_full": """\
R Home
R News
R Money
R Pensions
T Unemployment benefit claims rise for third month
A The number of people claiming unemployment-related benefits rose by 8,900 in March, the Office for National Statistics said on Tuesday.
A It was the third monthly rise in a row, and economists said it pointed to a labour market that was slowly loosening.
A Vacancies fell by 13,000 to 916,000, the 20th consecutive quarterly fall.
A "The jobs market is cooling, but it isn't collapsing," said one economist.
R Share this article
R Related topics
R Jobs
R Benefits
R Universal Credit
R Jobseeker's Allowance
R Requirements
R Accessibility
R Contact us
R Terms and conditions
R © 2024 Money News Ltd
""",
    # ===== a German posting, extracted: prose, then "Das bringen Sie mit" and "Wir bieten" lists
    "de_stelle_extract": """\
T Elektroniker für Betriebstechnik (m/w/d)
R Vor 5 Tagen veröffentlicht
A Für unser Werk in Augsburg suchen wir zum nächstmöglichen Zeitpunkt einen Elektroniker für Betriebstechnik in Vollzeit.
A Ihre Aufgaben
A Wartung und Instandsetzung unserer Produktionsanlagen
A Fehlersuche an SPS-gesteuerten Maschinen
A Das bringen Sie mit
A Abgeschlossene Ausbildung als Elektroniker
A Bereitschaft zur Schichtarbeit
A Wir bieten
A Tarifliche Vergütung nach IG Metall
A 30 Urlaubstage
R Diesen Job merken
R Jetzt bewerben
""",
}


KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a posting made of lists with no paragraph of twelve words ("Wir freuen uns auf Ihre Bewerbung bis zum 15.
    # April." has ten): edge-furniture finds no first paragraph to clear the board's menu over ("Jobs suchen",
    # "Gehaltsvergleich", "Unternehmen", "Lebenslauf hochladen"), nor the similar job and "Job-Alarm aktivieren" under
    # the text; a bare "Lebenslauf hochladen" or "Job-Alarm aktivieren" is also a how-to's step on applying online
    "de_stellenanzeige_full": 6,
    # a portal's section links under the tips ("Oferty pracy", "Dodaj CV"): a bare section name and a bare imperative,
    # a heading's and a step's words too
    "pl_rozmowa_extract": 2,
}

#: a page a second cleaning changes, as on main 3fa7e8c before this probe's rules: the headline over the writer's name
#: and date stays the first time ("Rozmowa kwalifikacyjna: 5 pytań, które padną na pewno") and goes as title-line's the
#: second, when the portal's two links under the text ("Oferty pracy", "Dodaj CV") and the date ("02.02.2024") are
#: both on the page (without either, it goes the first time): left for title-line's owner, tested below as xfail
_NOT_IDEMPOTENT = {"pl_rozmowa_extract"}

test_article_lines_survive, test_residue_left_does_not_grow, _twice = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_cleaning_twice_changes_nothing = tagged_probe_tests(
    {key: page for key, page in CASES.items() if key not in _NOT_IDEMPOTENT}, RESIDUE_LEFT, known_lost=KNOWN_LOST
)[2]


@pytest.mark.xfail(strict=True, reason="title-line keeps the headline the first time only (see _NOT_IDEMPOTENT)")
@pytest.mark.parametrize("key", sorted(_NOT_IDEMPOTENT))
def test_a_second_cleaning_of_the_known_page_changes_nothing(key: str) -> None:
    _twice(key)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a labour-market story per language, the residue line put before or after them
TEXT = {
    "en": [
        "The number of job vacancies in the UK fell for the 20th time in a row in the three months to March, official figures showed on Tuesday.",
        "Employers advertised 916,000 roles, down 13,000 on the previous quarter, the Office for National Statistics said.",
        "Economists said the figures pointed to a labour market that was cooling gradually rather than collapsing.",
    ],
    "de": [
        "Die Zahl der offenen Stellen in Deutschland ist im ersten Quartal deutlich gesunken, wie das Institut für Arbeitsmarkt- und Berufsforschung mitteilte.",
        "Bundesweit gab es rund 1,57 Millionen offene Stellen, etwa 150.000 weniger als ein Jahr zuvor.",
        "Besonders stark war der Rückgang in der Industrie und im Baugewerbe, hieß es in der Mitteilung.",
    ],
    "es": [
        "El número de vacantes sin cubrir en España alcanzó un nuevo máximo en el primer trimestre, según los datos publicados este martes por el INE.",
        "Las empresas declararon más de 150.000 puestos sin cubrir, la mayoría en el sector servicios.",
        "Los expertos atribuyen la falta de candidatos a la escasa formación en algunos oficios técnicos.",
    ],
    "pl": [
        "Liczba wolnych miejsc pracy w Polsce spadła w pierwszym kwartale do najniższego poziomu od trzech lat, podał w piątek Główny Urząd Statystyczny.",
        "Pracodawcy zgłosili niespełna 100 tysięcy wakatów, głównie w przetwórstwie przemysłowym i budownictwie.",
        "Ekonomiści oceniają, że rynek pracy powoli się schładza, ale bezrobocie pozostaje bardzo niskie.",
    ],
}

_DL, _SC, _BY, _CO = "dateline", "site-chrome", "byline", "copyright"
#: (language, residue line, the pass that takes it)
GOES = [
    ("en", "Posted 3 days ago · 120 applicants", _DL),
    ("en", "Reposted 2 weeks ago · Over 200 applicants", _DL),
    ("en", "Job alert: get emails for jobs like this", _SC),
    ("en", "Get notifications for jobs like this", _SC),
    ("en", "Employers / Post job", _SC),
    ("de", "Diesen Job melden", _SC),
    ("de", "Diesen Job merken", _SC),
    ("de", "dpa-infocom, dpa:240201-99-12345/3", _CO),
    ("es", "Sube tu CV y encuentra empleo", _SC),
    ("es", "Ofertas de empleo relacionadas", _SC),
    ("pl", "Autor: Redakcja", _BY),
    ("pl", "Opublikowana: 2 dni temu", _DL),
    ("pl", "Dodana 5 godzin temu", _DL),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("en", "The vacancy, posted 3 days ago, had drawn 120 applicants by Friday, the agency said."),
    ("en", "Candidates can get emails for jobs like this through the council's own website, a spokesperson said."),
    ("en", "Employers post jobs on the site for free, and pay only when they hire someone, the company said."),
    ("de", "Wer diesen Job melden will, muss sich an die Arbeitsagentur wenden, sagte eine Sprecherin."),
    ("de", "Die Meldung trug wie alle des Dienstes den Vermerk dpa-infocom, dpa:240201-99-12345/3 unter dem Text."),
    ("es", "Sube tu CV y encuentra empleo, decía el cartel que la empresa colgó en la estación, según los vecinos."),
    ("es", "Las ofertas de empleo relacionadas con la hostelería crecieron un 12% en abril, según el portal."),
    ("pl", "Autor: Redakcja Sportowa Polskiego Radia przygotowała specjalny serwis na igrzyska."),
    ("pl", "Opublikowana 2 dni temu oferta pracy zebrała już ponad 300 zgłoszeń, podał portal."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept

#: a posting per language: its description, then its headed lists, the board's button under them
_POSTINGS = {
    "en": ["We are looking for an experienced payroll officer to join our finance team in Bristol on a permanent contract.",
           "Responsibilities", "Run the monthly payroll for 800 staff", "Answer employees' pay queries",
           "Requirements", "CIPP qualification", "Experience with Sage", "Benefits", "Private health care", "Apply now"],
    "de": ["Für unsere Zentrale in Hannover suchen wir ab sofort eine engagierte Assistenz der Geschäftsführung in Teilzeit.",
           "Ihre Aufgaben", "Terminplanung und Korrespondenz", "Organisation von Dienstreisen",
           "Ihr Profil", "Kaufmännische Ausbildung", "Sicherer Umgang mit MS Office", "Wir bieten", "Jobticket", "Jetzt bewerben"],
    "fr": ["Notre restaurant situé au cœur de Bordeaux recherche un second de cuisine motivé pour compléter son équipe dès le mois prochain.",
           "Vos missions", "Gérer les commandes", "Encadrer les commis",
           "Profil recherché", "CAP cuisine", "Trois ans d'expérience", "Avantages", "Mutuelle d'entreprise", "Postuler"],
    "es": ["Empresa de logística con sede en Zaragoza busca un jefe de almacén para coordinar un equipo de veinte personas.",
           "Funciones:", "Planificación de turnos", "Control de inventario",
           "Requisitos:", "Carné de carretillero", "Experiencia mínima de tres años", "Ofrecemos:", "Contrato indefinido",
           "Inscribirme en esta oferta"],
    "it": ["Studio commercialista di Bologna cerca un praticante da inserire nel proprio organico a partire dal mese di settembre.",
           "Mansioni", "Tenuta della contabilità", "Dichiarazioni dei redditi",
           "Requisiti", "Laurea in economia", "Buona conoscenza di Excel", "Si offre", "Contratto di praticantato", "Candidati ora"],
    "pt": ["Empresa de software com escritórios em Lisboa e no Porto procura um programador para reforçar a sua equipa de produto.",
           "Responsabilidades", "Desenvolver novas funcionalidades", "Rever código",
           "Requisitos", "Licenciatura em informática", "Experiência com Java", "Oferecemos", "Seguro de saúde", "Candidatar"],
    "nl": ["Voor onze vestiging in Utrecht zoeken wij per direct een enthousiaste administratief medewerker voor 32 uur per week.",
           "Wat ga je doen?", "Je verwerkt facturen", "Je beheert het archief",
           "Wat vragen wij?", "Mbo-diploma", "Ervaring met Exact", "Wat bieden wij?", "Reiskostenvergoeding", "Solliciteer direct"],
    "pl": ["Poszukujemy osoby na stanowisko specjalisty ds. kadr i płac do naszego biura w Poznaniu na pełny etat od zaraz.",
           "Obowiązki", "naliczanie wynagrodzeń", "prowadzenie akt osobowych",
           "Wymagania", "doświadczenie w kadrach", "znajomość programu Płatnik", "Oferujemy", "pakiet medyczny", "Aplikuj teraz"],
}


@pytest.mark.parametrize("lang", sorted(_POSTINGS))
def test_a_postings_headed_lists_under_its_description_stay(lang: str) -> None:
    # edge-furniture (edge_jobs.posting_tail): the headings and their items under the description's one paragraph
    page = _POSTINGS[lang]
    lost_lines, gone = _kept(page)
    assert lost_lines == [page[-1]] or lost_lines == [], gone
    assert all(line == page[-1] for line in lost_lines), gone


def test_a_postings_lists_stay_and_the_boards_buttons_under_them_still_go() -> None:
    page = [*_POSTINGS["en"], "Save job", "Similar jobs", "Data Analyst - Leeds - £38,000", "BI Developer - Remote - £50,000",
            "Privacy policy", "Cookie settings"]
    lost_lines, gone = _kept(page)
    assert lost_lines == page[len(_POSTINGS["en"]) - 1:], gone


def test_a_footers_column_headed_benefits_still_goes() -> None:
    # (one posting heading, under the page's residue: no posting's)
    footer = ["Share this article", "Related topics", "Benefits", "Universal Credit", "Pensions", "Contact us", "Privacy policy"]
    lost_lines, gone = _kept([*TEXT["en"], *footer])
    assert lost_lines == footer, gone


def test_two_posting_headings_under_the_pages_residue_still_go() -> None:
    # (the first heading must stand right under a kept line of the article: a careers site's footer under the share row)
    footer = ["Share this article", "Careers", "Benefits", "Requirements", "Our values", "Contact us", "Privacy policy"]
    lost_lines, gone = _kept([*TEXT["en"], *footer])
    assert lost_lines == footer, gone


def test_a_menu_under_one_posting_heading_right_under_the_article_goes() -> None:
    # (one heading alone, right under the article's last line, over a menu's links: two are asked)
    footer = ["Benefits", "Universal Credit", "Pensions", "Housing", "Contact us", "Privacy policy"]
    lost_lines, gone = _kept([*TEXT["en"], *footer])
    assert lost_lines == footer, gone


_DESCRIPTION = [
    "We are looking for an experienced payroll officer to join our finance team in Bristol on a permanent contract.",
    "You will run the monthly payroll for 800 staff and answer employees' questions about their pay and pensions.",
]
_BENEFITS = ["Benefits", "Private health care", "25 days holiday", "Cycle to work scheme", "Pension", "Gym membership", "Free parking"]


def test_a_postings_last_list_stays_under_its_description_headed_by_the_postings_first_heading() -> None:
    # (posting_tail: the second heading over the region, "About the role" over the description's prose)
    lost_lines, gone = _kept(["About the role", *_DESCRIPTION, *_BENEFITS, "Apply now", "Save job"])
    assert lost_lines == ["Apply now", "Save job"], gone


def test_one_posting_heading_alone_is_judged_as_before() -> None:
    # (a list under one heading and no other on the page: a menu's shape too; its lines go as before the guard, a loss
    # this probe leaves: see the module's docstring)
    lost_lines, gone = _kept([*_DESCRIPTION, *_BENEFITS, "Apply now", "Save job"])
    assert "Benefits" in lost_lines and "Apply now" in lost_lines, gone


if __name__ == "__main__":
    report(CASES)
