# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Keep 18: an over-strip audit. Pages of article text alone, no residue at all, whose real content has the shapes
residue usually has: a poem's short lines and its dedication, song lyrics with a chorus repeated word for word, a
screenplay's speaker names alone on their lines, election results by party and per cent, a league table and a
fixture list, a market report's index rows ("DAX 18.234 +0,4%"), a recipe's ingredients and numbered steps, a
glossary of short terms, a timeline of dates over short events, a code tutorial's commands and code lines, a FAQ of
short questions and answers, an interview with "Q :" / "R :" labels, a letter with its place and date, greeting,
sign-off, name and address, a list of books under "Further reading", a museum's hours and prices, a travel itinerary
by day; in en, de, fr, es, it, pt, nl, ja and zh. Every line is the article's: ``A``; ``T`` only for the lines the
project strips as metadata by design, which an editor would accept either way: a page's headline over its first
paragraph (title-line: the extractor hands the title over apart; every red-team page tags it ``T``) and an
interview's credit line under it, "Propos recueillis par Julien Morel." (byline's, as any byline).

The first 16 pages and the two that follow them (``en_glossary``, ``de_gedicht_kurz``) were written before any rule
file was read; the seven after "HARDER" (the shapes at the page's edges, with no paragraph around them) after the
first run, having read the dateline and widget passes but no vocabulary table.

Measured before any change, every line tagged ``A`` (25 pages, 352 lines): lost 23. Per page (lines lost, the pass):
de_boerse 1, en_code 1, en_reading 1, en_timeline 1, es_elecciones 1, es_faq 1, it_classifica 1, it_museo 1,
ja_ryotei 1, pt_receita 1 (each its headline, title-line); en_glossary 3 (headline, title-line; "Login",
site-chrome; "Newsletter", newsletter-prompt); nl_woordenlijst 2 (headline, title-line; the term "Koers",
finance-widget); nl_brief 2 (headline, title-line; the letter's "Zuidhorn, 4 maart 2024" over "Geachte raadsleden,",
dateline); fr_entretien 2 (headline, title-line; "Propos recueillis par Julien Morel.", byline); en_see_also 4
("Further reading" and its three books, "Jane Austen: A Life – Claire Tomalin", edge-furniture). None lost on
the other ten pages (de_gedicht, de_gedicht_kurz, de_boerse_ende, en_faq_yes_no, en_interview, en_letter, en_lyrics,
en_script, fr_scenario, zh_dashiji). Residue left: none to leave.

The 15 headline and credit lines re-tagged ``T`` (see above), the article's lines lost were 8; after: 0. The rules (each with residue of the same shape that still goes, below):

- a glossary's terms (``base.glossary_terms``, in the vocabulary group's spare logic): a term alone on its line (up
  to three words, no figure, colon or slash) right over the sentence defining it (up to 25 words), in a run of three
  or more such pairs, no two terms the same, fewer than half of them residue (taken by any pass, or a word of the
  menu, share, finance or newsletter tables), stays: "Login", "Newsletter", "Koers" in a glossary. A footer's column
  of the same words over their blurbs, and the bare menu, still go; so do the markers and credits between a story's
  paragraphs (test_fixtures' cookies_social_credits pages, which a first, looser shape kept);
- a letter's place and date (``metadata._letter_heading``, dateline's spare logic): "Place, date", no time of day,
  right over a greeting (up to six words closed by a comma) over the letter's first paragraph. A dateline over the
  first paragraph, a stamp with its time, a date with no place over an editor's greeting, still go;
- a reading list (``edge_reading.reading_list``, table ``structure.reading_heading``): under the last paragraph, a
  heading naming a reading list ("Further reading", "Bibliography", "Literatur", "Bibliografía") over two or more
  books, each a title and its author ("Middlemarch, by George Eliot", "Der Process – Franz Kafka"), stays. The same
  items under "Related" or "Read more" (a headline and an outlet, a headline and its writer), and a menu under
  "Further reading", still go.

Third round (``THIRD ROUND``: eleven pages written after those rules, more shapes at the page's edges: a FAQ answered
"Ja." / "Nein.", a song's "Refrain (2x)", a firm's timeline, commands closing a tutorial, hours and prices closing a
page, an itinerary, a poem's dedication and dashed signature, election rows closing a page, a league table opening
one, a school's letter, a glossary of social media words; 89 lines): lost 10 before, one of them a headline
title-line took (re-tagged ``T``): 9 article lines; after 4. In all (36 pages, 441 lines, 16 of them ``T``): at HEAD,
article lines lost 17; now 4. The school's letter lost its whole closing to edge-furniture (its courtesy, the head's name
and role, the office's mail and phone: "Best wishes," / "Mrs J. Patel" / "Headteacher" / "office@stmarys.sch.uk" /
"01632 960 123"); the glossary of social media words lost "Like", "Share", "Follow", "Subscribe" (comment-ui,
social-buttons, newsletter-prompt). The rule:

- a letter's signer's contact (``edge_contacts._closing_salutation``): a closing courtesy ending on a comma, the signer
  and the role (as before) may have up to two lines of the signer's mail and phone under them, and the residue or the
  page's end under those. A footer menu under the letter still goes; a contact box under its label, no courtesy over
  it, is judged as before.

Left (``KNOWN_LOST``): the social media glossary's four terms. Every term of that glossary is a button's word, and a
footer's column of such links, each over its blurb, reads the same: ``glossary_terms`` keeps a run's terms only where
fewer than half of them are residue words.

Bench: ``pagecmp`` against the tree at HEAD: changed 0/362 (against the session's start, the 4 pages HEAD changed
already); ``bench_text --variant both``: recall 0.966 / 0.975 /
0.970, naive 0.841 / 0.988 / 0.909, as at HEAD.
"""

from __future__ import annotations

import pytest
from probes import parse, removals_of, report, tagged_probe_tests

CASES = {
    # A German poem: short lines in stanzas, a dedication and the poet's name and date under it
    "de_gedicht": """\
A Novemberlicht
A für meine Schwester Anna
A Die Pappeln stehen still am Kanal,
A das Wasser trägt den letzten Schein.
A Ein Reiher hebt sich, grau und schmal,
A und lässt den Abend ganz allein.
A Wir gingen hier vor vielen Jahren,
A du warst noch klein, ich hielt die Hand.
A Wie leicht wir damals beide waren,
A wie weit uns schien das flache Land.
A Jetzt brennt in Fenstern schon das Licht,
A die Kähne schlafen fest vertäut.
A Ich weiß, du kommst heut Abend nicht.
A Ich geh den Weg. Es hat geschneit.
A Clara Weidner
A Münster, im November 2023
""",
    # English song lyrics: verses, a chorus repeated word for word, a bridge, the credits
    "en_lyrics": """\
A Harbour Lights
A Words and music by Tom Reilly
A Verse 1
A I left my coat on the Dublin train
A Left my heart in the pouring rain
A You said the tide would bring me home
A But the tide don't care for a heart alone
A Chorus
A Oh, harbour lights
A Keep on shining
A Through the long and lonely nights
A Oh, harbour lights
A Guide me home
A Verse 2
A The gulls are crying on the old sea wall
A Nobody's waiting, nobody at all
A I count the boats as they come in
A And every one is where I've been
A Chorus
A Oh, harbour lights
A Keep on shining
A Through the long and lonely nights
A Oh, harbour lights
A Guide me home
A Bridge
A Twenty years and a thousand miles
A Still I see you when it's dark
A Chorus
A Oh, harbour lights
A Keep on shining
A Through the long and lonely nights
A Oh, harbour lights
A Guide me home
A Guide me home
""",
    # A French screenplay excerpt: scene headings, speaker names alone on their lines, parentheticals, short replies
    "fr_scenario": """\
A Extrait du scénario « La dernière marée », scène 12, publié avec l'accord de l'autrice.
A INT. CUISINE DE LA FERME – NUIT
A Une lampe pend au-dessus de la table. MARIE épluche des pommes de terre. PAUL entre, trempé.
A MARIE
A Tu es en retard.
A PAUL
A Le bateau n'est pas rentré.
A MARIE
A (sans lever les yeux)
A Lequel ?
A PAUL
A Celui de ton père.
A Un long silence. Marie pose son couteau.
A MARIE
A Depuis quand ?
A PAUL
A Depuis ce matin. La radio ne répond plus.
A MARIE
A Alors on y va.
A PAUL
A Marie, la mer est démontée.
A MARIE
A Je sais.
A Elle décroche son ciré et sort. Paul reste un moment immobile, puis la suit.
A FONDU AU NOIR.
""",
    # Spanish election results: a party per line with its percent and seats, turnout, the next steps
    "es_elecciones": """\
T Resultados de las elecciones autonómicas en Aragón
A Con el 99,8 % escrutado, el Partido Popular gana las elecciones y se queda a tres escaños de la mayoría absoluta.
A Resultados por partido:
A PP: 35,5 % (28 escaños)
A PSOE: 29,6 % (23 escaños)
A Vox: 11,3 % (7 escaños)
A CHA: 5,1 % (3 escaños)
A Aragón-Teruel Existe: 4,9 % (3 escaños)
A Podemos: 3,2 % (2 escaños)
A IU: 2,0 % (1 escaño)
A PAR: 1,9 % (0 escaños)
A Participación: 66,4 % (+0,5)
A Votos en blanco: 1,2 %
A Votos nulos: 0,9 %
A La nueva Cortes de Aragón se constituirán el 20 de junio y el pleno de investidura se celebrará antes de julio.
A El candidato popular ha anunciado que buscará el apoyo de Vox y de Aragón-Teruel Existe para gobernar en solitario.
""",
    # An Italian league table and the next round's fixtures
    "it_classifica": """\
T Serie A, la classifica dopo la 24ª giornata
A L'Inter allunga in vetta dopo il successo di Firenze, mentre il Napoli resta a quattro punti.
A Classifica
A 1. Inter 57
A 2. Napoli 53
A 3. Atalanta 51
A 4. Juventus 46
A 5. Lazio 45
A 6. Bologna 41
A 7. Milan 40
A 8. Fiorentina 39
A 9. Roma 37
A 10. Torino 31
A Prossimo turno
A Venerdì 21 febbraio
A Bologna-Torino ore 20.45
A Sabato 22 febbraio
A Lazio-Napoli ore 18
A Milan-Roma ore 20.45
A Domenica 23 febbraio
A Inter-Genoa ore 15
A Atalanta-Fiorentina ore 18
A Juventus-Cagliari ore 20.45
""",
    # A German stock-market report with index rows and a currency block
    "de_boerse": """\
T DAX schließt mit leichtem Plus – Autowerte gefragt
A Frankfurt. Der deutsche Leitindex hat am Dienstag nach einem schwankungsreichen Handelstag leicht zugelegt.
A Vor allem die Autowerte profitierten von der Hoffnung auf niedrigere Zölle in den USA.
A Die Indizes zum Handelsschluss:
A DAX 18.234 +0,4%
A MDAX 26.112 -0,2%
A SDAX 14.087 +0,1%
A TecDAX 3.421 +0,8%
A Euro Stoxx 50 4.987 +0,3%
A Dow Jones 39.112 -0,1%
A Devisen und Rohstoffe:
A Euro/Dollar 1,0842
A Gold 2.318 Dollar je Feinunze
A Brent 83,40 Dollar je Barrel
A Größter Gewinner im DAX war Volkswagen mit einem Plus von 3,1 Prozent, am Ende stand Zalando mit minus 2,4 Prozent.
A Am Mittwoch richtet sich der Blick auf die US-Inflationsdaten.
""",
    # A Portuguese recipe: its data, ingredient list and numbered steps
    "pt_receita": """\
T Bolo de laranja da avó
A Um bolo simples, húmido e perfumado, que se faz numa tigela só e fica pronto em menos de uma hora.
A Tempo: 50 minutos
A Doses: 8 fatias
A Ingredientes
A 3 ovos
A 2 laranjas
A 200 g de açúcar
A 250 g de farinha
A 100 ml de óleo
A 1 colher de sopa de fermento
A 1 pitada de sal
A Preparação
A 1. Pré-aqueça o forno a 180 °C.
A 2. Bata os ovos com o açúcar até obter um creme claro.
A 3. Junte o sumo e a raspa das laranjas e o óleo.
A 4. Envolva a farinha, o fermento e o sal.
A 5. Leve ao forno durante 40 minutos.
A Dica: para um bolo mais fofo, separe as claras e bata-as em castelo antes de as juntar.
""",
    # A Dutch glossary: short terms alone on their lines, each over its one-line definition
    "nl_woordenlijst": """\
T Woordenlijst: de taal van de beurs
A Wie voor het eerst gaat beleggen, stuit op veel vaktermen. Hieronder de belangrijkste op een rij.
A Aandeel
A Een bewijs van eigendom van een klein deel van een bedrijf.
A Obligatie
A Een lening aan een bedrijf of overheid, waarvoor je rente ontvangt.
A Dividend
A Het deel van de winst dat een bedrijf uitkeert aan zijn aandeelhouders.
A Koers
A De prijs waarvoor een aandeel op dat moment wordt verhandeld.
A Index
A Een graadmeter die de gemiddelde koers van een groep aandelen weergeeft, zoals de AEX.
A Spreiding
A Je geld over verschillende beleggingen verdelen om het risico te beperken.
A Tracker
A Een fonds dat een index zo nauwkeurig mogelijk volgt.
""",
    # An English timeline: a year or date over a short event
    "en_timeline": """\
T A short history of the Tay Bridge
A The first railway bridge over the Firth of Tay was the longest in the world when it opened.
A Timeline
A 1871: Construction begins
A 1878: Bridge opens to traffic
A June 1879: Queen Victoria crosses
A 28 December 1879: Bridge collapses in a storm
A 1880: Inquiry blames design flaws
A 1883: Work starts on a new bridge
A 1887: Second bridge opens
A 2003: Bridge is listed at Category A
A The piers of the first bridge can still be seen beside the new one at low tide.
""",
    # An English code tutorial: short commands, code lines, short output lines
    "en_code": """\
T How to set up a Python virtual environment
A A virtual environment keeps a project's packages apart from the rest of your system. Here is how to make one.
A First, create the environment:
A python3 -m venv .venv
A Then activate it:
A source .venv/bin/activate
A On Windows:
A .venv\\Scripts\\activate
A Install a package:
A pip install requests
A Check that it works:
A import requests
A r = requests.get("https://example.com")
A print(r.status_code)
A You should see:
A 200
A When you are done, leave the environment with:
A deactivate
A To save your dependencies, run pip freeze > requirements.txt and commit that file.
""",
    # A Spanish FAQ: short questions over short answers
    "es_faq": """\
T Preguntas frecuentes sobre el nuevo abono de transporte
A El abono único entra en vigor el 1 de marzo. Estas son las dudas más habituales de los usuarios.
A ¿Cuánto cuesta?
A 20 euros al mes.
A ¿Quién puede pedirlo?
A Cualquier persona empadronada en la comunidad.
A ¿Dónde se compra?
A En las máquinas de las estaciones y en los estancos.
A ¿Sirve para el tren?
A Sí, también para Cercanías.
A ¿Y para el aeropuerto?
A No, el suplemento se paga aparte.
A ¿Hay descuento para jóvenes?
A Sí. Los menores de 26 años pagan 10 euros.
""",
    # A French interview with Q:/R: labels and short answers
    "fr_entretien": """\
T « Le vélo a changé ma vie » : entretien avec une cycliste qui a traversé l'Afrique
A Partie de Tanger en mars, Léa Fournier est arrivée au Cap sept mois plus tard. Nous l'avons rencontrée à son retour à Lyon.
A Q : Combien de kilomètres au total ?
A R : Un peu plus de 14 000.
A Q : Le moment le plus dur ?
A R : Le désert, au Soudan. Quarante-cinq degrés, et plus d'eau.
A Q : Avez-vous eu peur ?
A R : Rarement. Les gens m'ont accueillie partout.
A Q : Et le vélo ?
A R : Il a tenu. Trois pneus, une chaîne, c'est tout.
A Q : La suite ?
A R : Un livre, puis l'Amérique du Sud.
T Propos recueillis par Julien Morel.
""",
    # A Dutch letter (an open letter printed by a paper): place and date, greeting, sign-off, name, address
    "nl_brief": """\
T Open brief aan de gemeenteraad over de sluiting van de bibliotheek
A Deze brief werd ons toegestuurd door een inwoner van Zuidhorn en is met zijn toestemming integraal overgenomen.
A Zuidhorn, 4 maart 2024
A Geachte raadsleden,
A Met verbazing las ik dat de bibliotheek aan de Hoofdstraat per 1 juli haar deuren moet sluiten.
A Voor veel ouderen en kinderen in ons dorp is zij de enige plek waar zij gratis kunnen lezen, leren en elkaar ontmoeten.
A Ik vraag u dringend het besluit te heroverwegen en samen met de inwoners naar een oplossing te zoeken.
A Met vriendelijke groet,
A Henk de Vries
A Kerkstraat 12
A 9801 AB Zuidhorn
""",
    # An English "Further reading" list of books at the end of an essay
    "en_reading": """\
T Why we still read Middlemarch
A George Eliot's novel remains the great study of how ordinary lives are shaped by the small choices of others, and of how little any of us sees of the whole.
A Its readers keep finding themselves in Dorothea, in Lydgate, even in Casaubon, and that recognition is the book's lasting gift.
A Further reading
A Middlemarch, by George Eliot
A The Road to Middlemarch, by Rebecca Mead
A George Eliot: A Life, by Rosemary Ashton
A The Mill on the Floss, by George Eliot
A Daniel Deronda, by George Eliot
""",
    # An Italian museum's opening hours and prices
    "it_museo": """\
T Il Museo del Novecento riapre dopo i lavori: orari e biglietti
A Dopo otto mesi di restauro, il museo di piazza del Duomo riapre sabato con un nuovo allestimento delle sale dedicate al futurismo.
A Orari
A Martedì-domenica: 10-19.30
A Giovedì: 10-22.30
A Lunedì: chiuso
A Biglietti
A Intero: 10 euro
A Ridotto: 8 euro
A Under 18: gratuito
A Ingresso gratuito la prima domenica del mese.
A Info e prenotazioni: 02 8844 4061
""",
    # A Japanese itinerary by day
    "ja_ryotei": """\
T 京都・奈良 三泊四日のモデルコース
A 初めての関西旅行でも無理なく回れる、定番の名所を中心にしたプランを紹介します。
A 1日目
A 京都駅に到着
A 伏見稲荷大社
A 清水寺と二年坂を散策
A 祇園で夕食
A 2日目
A 金閣寺
A 嵐山の竹林
A 渡月橋
A 3日目
A 電車で奈良へ
A 東大寺と奈良公園
A 春日大社
A 4日目
A 錦市場でお土産
A 京都駅から帰路へ
A 移動はすべて公共交通機関で可能です。
""",
    # An English glossary of web terms: each term is also a word that sites print as a button or a menu's link
    "en_glossary": """\
T Jargon buster: the web in ten words
A Our guide for readers new to the internet explains the words you will meet most often online.
A Browser
A The program you use to open web pages, such as Firefox or Chrome.
A Cookie
A A small file a website stores on your computer to remember you.
A Cache
A A store of copies of pages, kept so that they load faster next time.
A Login
A The name and password that let you into an account.
A Newsletter
A An email a website sends to everyone who signed up for it.
A Hashtag
A A word marked with # so that posts on the same subject can be found together.
A Feed
A A list of new posts from the sites and people you follow.
""",
    # A German poem alone, no paragraph anywhere: its title, short lines and the poet's name
    "de_gedicht_kurz": """\
A Abendlied
A Der Tag ist um,
A die Amsel schweigt,
A im Garten stumm
A der Flieder neigt.
A Schlaf, Kind, schlaf ein,
A die Nacht ist mild,
A der Mond allein
A hält Wacht im Bild.
A Erika Brandt
""",
    # HARDER (written after the first run, the shapes at the page's edges): an English FAQ answered "Yes." / "No."
    "en_faq_yes_no": """\
A Is the new footbridge open to cyclists?
A Yes.
A Do I need a permit to fish from it?
A No.
A Is there step-free access at both ends?
A Yes, by the lifts beside the stairs.
A When is it closed?
A Only in high winds, when the lights at either end turn red.
""",
    # a Chinese timeline, no paragraph before it
    "zh_dashiji": """\
A 长江大桥大事记
A 1955年9月 大桥动工
A 1957年10月15日 大桥建成通车
A 1988年 完成第一次大修
A 2002年 列为重点文物保护单位
A 2017年 迎来通车六十周年
A 如今，大桥每天通行的车辆已超过十万辆次。
""",
    # a German market report closing on its index rows, nothing after them
    "de_boerse_ende": """\
A Der DAX hat den Handelstag mit einem leichten Plus beendet, gestützt von Autowerten und Banken.
A Die Schlusskurse im Überblick:
A DAX 18.234 +0,4%
A MDAX 26.112 -0,2%
A TecDAX 3.421 +0,8%
A Euro Stoxx 50 4.987 +0,3%
""",
    # an English letter to the editor closing on its sign-off and the writer's address, mail and phone
    "en_letter": """\
A Dear Editor,
A I was disappointed to read that the council plans to close the Riverside swimming pool at the end of the summer, after more than sixty years.
A The pool is used by schools, clubs and hundreds of older residents every week, and there is no other public pool within ten miles.
A I urge councillors to think again before it is too late.
A Yours faithfully,
A Margaret Hughes
A 14 Mill Lane
A Riverside RS4 7QT
""",
    # an English interview with Q: / A: labels, short answers, closing on the last answer
    "en_interview": """\
A The chef who runs a restaurant with no menu spoke to us about cooking what the market brings.
A Q: What did you cook today?
A A: Mackerel, beetroot, rye bread.
A Q: And tomorrow?
A A: No idea. That's the point.
A Q: Do guests ever complain?
A A: Once. He came back the next week.
""",
    # an English list of further reading closing the article, title and author parted by a dash
    "en_see_also": """\
A The letters show a writer who doubted every line she wrote, and who rewrote her endings again and again until the last weeks of her life.
A Further reading
A Jane Austen: A Life – Claire Tomalin
A Jane Austen's Letters – ed. Deirdre Le Faye
A The Real Jane Austen – Paula Byrne
""",
    # an English screenplay excerpt opening on its scene heading, speaker names alone
    "en_script": """\
A EXT. BUS STOP – DAY
A Rain. ANNA waits alone. TOM runs up, out of breath.
A TOM
A Did I miss it?
A ANNA
A By a minute.
A TOM
A Story of my life.
A ANNA
A (smiling)
A Mine too.
""",
    # THIRD ROUND (after the rules above): more shapes at the page's edges
    # an English glossary of social media words, every term a button's word
    "en_social_glossary": """\
T Social media words explained
A New to social networks? These are the words you will see under almost every post.
A Like
A A tap that tells the author you enjoyed the post.
A Share
A Passing a post on to your own friends or followers.
A Follow
A Choosing to see everything a person or page posts in your feed.
A Subscribe
A Signing up to get every new video from a channel.
A Comment
A A reply written under a post, visible to others.
""",
    # a German FAQ answered "Ja." / "Nein.", no paragraph around it
    "de_faq_ja_nein": """\
A Ist der Eintritt frei?
A Ja.
A Muss ich mich anmelden?
A Nein.
A Gibt es Parkplätze?
A Ja, hinter der Halle.
A Darf ich meinen Hund mitbringen?
A Nur angeleint und nicht in die Ausstellungsräume.
""",
    # a school's letter to parents closing on the sign-off, the head's name and role, the office's mail and phone
    "en_school_letter": """\
A Dear Parents,
A The school will close early on Friday 20 December at 1.30 pm for the Christmas holidays, and will reopen on Monday 6 January.
A Please make sure that your child is collected on time, or let the office know if other arrangements have been made.
A Best wishes,
A Mrs J. Patel
A Headteacher
A office@stmarys.sch.uk
A 01632 960 123
""",
    # a German song's "Refrain:" and "Strophe 2:" labels and "Refrain (2x)", no paragraph
    "de_lied": """\
A Refrain:
A Komm mit, komm mit,
A wir ziehn durchs Land,
A komm mit, komm mit,
A gib mir die Hand.
A Strophe 2:
A Die Straße lang, der Wald ist grün,
A die Vögel singen, Wolken ziehn.
A Refrain (2x)
""",
    # a German firm's timeline, a year and one or two words, over the closing sentence
    "de_chronik": """\
A 1990 Gründung
A 1994 Erster Laden
A 2001 Umzug nach Köln
A 2010 Online-Shop
A 2024 Insolvenz
A Nach 34 Jahren schließt das Familienunternehmen Ende März endgültig seine Türen, wie die Inhaberin mitteilte.
""",
    # a tutorial closing on its commands
    "en_code_end": """\
A To run the tests, install the development requirements and call pytest from the project's root folder.
A pip install -r requirements-dev.txt
A pytest -q
A git add .
A git commit -m "Fix tests"
A git push
""",
    # a French museum's hours and prices closing the page under their headings
    "fr_horaires": """\
A Le musée rouvre ses portes au public ce samedi après deux ans de travaux, avec une nouvelle galerie consacrée à la céramique.
A Horaires
A Du mardi au dimanche : 10 h - 18 h
A Fermé le lundi
A Tarifs
A Plein tarif : 9 €
A Tarif réduit : 6 €
A Gratuit pour les moins de 18 ans
""",
    # a Spanish itinerary by day, a place each
    "es_ruta": """\
A Ruta de cinco días por Asturias
A Día 1: Oviedo
A Día 2: Gijón y Cudillero
A Día 3: Lagos de Covadonga
A Día 4: Cangas de Onís
A Día 5: Llanes
A Una ruta ideal para hacer en coche, con tiempo para comer bien en cada parada.
""",
    # an English poem opening on its dedication, closing on the poet's name after a dash
    "en_poem": """\
A for my father, who taught me the names of birds
A Wren
A Small brown bird
A in the hawthorn,
A you sing louder
A than the whole field.
A — Ruth Ellison
""",
    # German election results closing the page, a party and its per cent a row
    "de_wahl": """\
A Das vorläufige amtliche Endergebnis der Landtagswahl in Sachsen liegt vor.
A CDU 31,9 %
A AfD 30,6 %
A BSW 11,8 %
A SPD 7,3 %
A Grüne 5,1 %
A Linke 4,5 %
A Sonstige 8,8 %
A Wahlbeteiligung 74,4 %
""",
    # a Portuguese league table and fixtures opening the page
    "pt_classificacao": """\
A Classificação
A 1. Sporting 55
A 2. Benfica 52
A 3. FC Porto 47
A 4. Braga 43
A Próxima jornada
A Benfica-Porto
A Sporting-Braga
A O clássico da Luz decide muito do que resta do campeonato.
""",
}

KNOWN_LOST: dict[str, list[str]] = {
    # every term of this glossary is a button's word ("Like", "Share", "Follow", "Subscribe"): a footer's column of
    # such links, each over a blurb, reads the same, and glossary_terms keeps a run's terms only where fewer than half
    # of them are residue words
    "en_social_glossary": ["Like", "Share", "Follow", "Subscribe"],
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, {}, known_lost=KNOWN_LOST
)


# -- the rules the audit added, each with residue of the same shape that still goes ---------------------------------

_ARTICLE = [
    "The council voted on Tuesday to close the library on Main Street for repairs until the summer, and to reopen it afterwards.",
    "The cost of about 2.4 million pounds will be shared between the county and the town, the mayor said after the meeting.",
    "While the work goes on, books can be borrowed from a cabin in the market square.",
]
_ARTIKEL = [
    "Die Stadt hat am Dienstag beschlossen, die Bibliothek an der Hauptstraße bis zum Sommer zu sanieren und danach wieder zu öffnen.",
    "Die Kosten von rund 2,4 Millionen Euro teilen sich Land und Kommune, wie der Bürgermeister nach der Sitzung mitteilte.",
    "Während der Bauzeit werden die Bücher in einem Container auf dem Marktplatz ausgeliehen.",
]


_gone = removals_of


@pytest.mark.parametrize("key", ["en_glossary", "nl_woordenlijst"])
def test_a_glossarys_terms_that_are_menu_words_stay(key: str) -> None:
    lines = [text for _tag, text in parse(CASES[key])]
    assert [text for _p, text in _gone(lines)] == [lines[0]]  # (the headline alone, title-line's)


@pytest.mark.parametrize(
    "tail",
    [
        # a footer's column of links, each over its blurb: its names are menu words
        ["About us", "We are an independent local newsroom founded in 1998.", "Newsletter",
         "Get the best of our journalism in your inbox every Friday.", "Login", "Manage your account and your subscription here."],
        ["Newsletter", "Get the best of our journalism in your inbox every Friday.", "Login",
         "Manage your account and your subscription here.", "Contact", "Write to us with tips and corrections."],
        # a menu of the same words, no sentence under them
        ["Login", "Newsletter", "Contact", "Imprint"],
    ],
)
def test_menu_words_over_blurbs_after_the_article_still_go(tail: list[str]) -> None:
    gone = {text for _p, text in _gone([*_ARTICLE, *tail])}
    assert {"Login", "Newsletter"} <= gone
    assert not gone & set(_ARTICLE)


def test_a_menu_of_the_same_words_before_the_article_still_goes() -> None:
    gone = _gone(["Login", "Newsletter", "Search", "Menu", *_ARTICLE])
    assert [text for _p, text in gone] == ["Login", "Newsletter", "Search", "Menu"]


@pytest.mark.parametrize(
    ("place_date", "greeting"),
    [
        ("Zuidhorn, 4 maart 2024", "Geachte raadsleden,"),
        ("Berlin, 4. März 2024", "Sehr geehrte Damen und Herren,"),
        ("Lyon, le 4 mars 2024", "Madame, Monsieur,"),
        ("Bath, 4 March 2024", "Dear Councillor Evans,"),
    ],
)
def test_a_letters_place_and_date_over_its_greeting_stays(place_date: str, greeting: str) -> None:
    letter = [
        _ARTIKEL[0],
        place_date,
        greeting,
        "mit großer Sorge habe ich gelesen, dass die Bibliothek für ein halbes Jahr geschlossen werden soll, und bitte Sie um eine Übergangslösung.",
        "Mit freundlichen Grüßen",
        "Hans Meier",
    ]
    assert _gone(letter) == []


@pytest.mark.parametrize(
    "page",
    [
        ["Berlin, 4. März 2024", *_ARTIKEL],  # the story's dateline over its first paragraph
        [_ARTIKEL[0], "Berlin, 4. März 2024, 10:30", "Liebe Leserinnen und Leser,", *_ARTIKEL[1:]],  # a stamp's time
        ["4. März 2024", "Liebe Leserinnen und Leser,", *_ARTIKEL],  # no place: a stamp over an editor's letter
    ],
)
def test_a_stamp_with_no_letter_under_it_still_goes(page: list[str]) -> None:
    assert [p for p, text in _gone(page) if "2024" in text] == ["dateline"]


def test_a_reading_list_closing_the_article_stays() -> None:
    books = ["Jane Austen: A Life – Claire Tomalin", "Jane Austen's Letters – ed. Deirdre Le Faye", "The Real Jane Austen – Paula Byrne"]
    bücher = ["Der Zauberberg – Thomas Mann", "Effi Briest, von Theodor Fontane", "Der Process – Franz Kafka"]
    for article, heading, items in (
        (_ARTICLE, "Further reading", books),
        (_ARTICLE, "Bibliography", books),
        (_ARTIKEL, "Weiterführende Literatur", bücher),
        (_ARTIKEL, "Literatur:", bücher),
    ):
        assert _gone([*article, heading, *items]) == [], heading


@pytest.mark.parametrize(
    "tail",
    [
        # links to the site's stories read the same under "Related" or "Read more": their heading tells them
        ["Related", "Library cuts hit rural towns hardest – The Guardian", "Why libraries still matter – Evening Post",
         "Council budget explained – Evening Post"],
        ["Read more", "Library cuts hit rural towns, by Jane Smith", "Why libraries still matter, by Tom Brown",
         "Council budget explained, by Ann Lee"],
        # a menu under a reading list's heading: no book, no author
        ["Further reading", "Privacy policy", "Contact us", "Terms of use"],
    ],
)
def test_links_in_a_reading_lists_shape_still_go(tail: list[str]) -> None:
    gone = [text for _p, text in _gone([*_ARTICLE, *tail])]
    assert gone == tail


@pytest.mark.parametrize(
    "closing",
    [
        ["Best wishes,", "Mrs J. Patel", "Headteacher", "office@stmarys.sch.uk", "01632 960 123"],
        ["Mit freundlichen Grüßen,", "Thomas Brenner", "Pressesprecher", "presse@stadt-musterhausen.de", "Tel.: 08382 704-115"],
        ["Viele Grüße,", "Thomas Brenner", "Tel.: 08382 704-115"],
    ],
)
def test_a_letters_signer_with_a_mail_and_a_phone_stays_and_the_footer_under_it_goes(closing: list[str]) -> None:
    english = closing[0] == "Best wishes,"
    article = _ARTICLE if english else _ARTIKEL
    assert _gone([*article, *closing]) == []
    footer = ["Privacy policy", "Terms of use", "About us"] if english else ["Impressum", "Datenschutz", "Kontakt"]
    assert [text for _p, text in _gone([*article, *closing, *footer])] == footer


def test_a_contact_box_with_no_closing_over_it_is_judged_as_before() -> None:
    # (its label and name are left as they were: the rule reads a letter's closing courtesy alone; the mail beside
    # the labelled phone, closing the page, is the box's row since red team 22, ``widgets._closing_contact_box``)
    box = ["Pressekontakt:", "Thomas Brenner", "presse@stadt-musterhausen.de", "Tel.: 08382 704-115"]
    assert [text for _p, text in _gone([*_ARTIKEL, *box])] == []


def test_markers_between_a_storys_short_paragraphs_still_go() -> None:
    # each marker alone over a paragraph of one sentence reads as a term over its definition: the ad's marker
    # repeats, the credit holds a colon, a button's words are a menu's
    short = [
        "Die Stadt saniert die Bibliothek an der Hauptstraße bis zum Sommer.",
        "Die Kosten teilen sich Land und Kommune, sagte der Bürgermeister.",
        "Während der Bauzeit gibt es einen Container auf dem Marktplatz.",
    ]
    for markers in (["Anzeige", "Anzeige", "Anzeige"], ["Einstellungen verwalten", "Foto: Oliver Berg/dpa", "Anzeige"]):
        page = [line for pair in zip(markers, short, strict=True) for line in pair]
        assert [text for _p, text in _gone(page)] == markers


if __name__ == "__main__":
    report(CASES)
