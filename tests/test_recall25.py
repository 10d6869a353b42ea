# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Red team 25 (recall25): an extractor's output (trafilatura with comments, favour recall) and what it lets through.

What the dev set's ``recall`` pages still keep (measured first, main at 50889e4: the kept lines not in the gold, a
line in it when half its 4-token shingles are; 143 lines, 2,491 tokens; classified by eye, lines / tokens): other
stories' headlines (37 / 436: bulleted runs closing the page, " | "-series, a news site's headlines in capitals
between paragraphs, "[Video]" reviews, a box's headline), the page's own headline and standfirst at the head (37 /
530: the gold leaves them out, but keeps such a first line on 11 other pages, so no rule takes them), other posts'
excerpts on a listing page (6 / 546), a press release's "About" boilerplate (4 / 241), hover cards glued into the
gold's paragraphs (3 / 242), captions (14 / 128), calls and promos (11 / 120), comments with no heading (3 / 85), a
responsive graphic's breakpoint names (16 / 59, one page), stamps and bylines (4 / 34), section labels ("Most read
in world news", "Explore further", "Sorry!": 5 / 12), a tag list (1 / 36), an author's bio (1 / 17).

Round 1 (written before the passes were read, 31 pages, 125 article and 70 residue lines): in en de fr es it pt nl
tr ar ko, a news story with its stamp strip, a caption, the related headlines listed under the text and a reader's
comment; a blog post with its comments and nothing heading them; the shapes above (headlines in capitals between
paragraphs, captions "Title by Artist", a time-and-date byline, bulleted "- 15 Amazing Images of Stars" closing
the page, breakpoint names, "[Video]" reviews, "Most read in …" alone); and an article-only control in each
language whose lists and lines resemble them (a list of nominees, of paintings by their painters, of exhibits).
Before any change: lost 0, left 57.

The changes:

- ``promos.CapsTeaser`` (``caps-teaser``): two or more lines in capitals of eight words or more, each alone between
  two of the article's paragraphs and apart from their words (Fox's "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE
  STARS'"). Keeps subheads in capitals (shorter, asked, about the paragraphs around them, or one alone: the control
  ``en_control_caps``, written with the rule, and round 2's jam subheads), legal notices, lines at the edges;
- ``metadata.LabelledByline``: the page's stamp with a desk's or a place's short name before a bar, over the first
  paragraph ("Redacción | Madrid | Actualizado: …", "القاهرة - بوابة الأهرام | آخر تحديث: …", "New Delhi, News Nation
  Bureau | Updated : …"). Keeps a lede after a bar, a section and a headline, a figure's label and value, the same
  shape under the first paragraph. (The stamp in brackets, "기사입력 :[ 2018-08-25 15:24 ]", was tried and left: on
  a naive page, once it went, edge-furniture took the subtitle under it, a gold line);
- the widgets ``chrome`` table: a breakpoint name alone ("narrow-browser-and-phone", "landscape-tablet"; no CSS
  property, a device alone, a word in a sentence); the en ``byline`` table: a time of day and its zone before the
  date and the author ("5:45 AM PST 11/19/2019 by Patrick Shanley").

After: lost 0, left 44 (``RESIDUE_LEFT``):

- (16) bulleted headlines closing the page right under the text (en, de, fr, es, tr, ar, ko): headline-run leaves
  list items and a run no residue parts from the text on purpose (an article's own closing list: a cast, a route's
  stops); only English's Title Case tells a headline there, and the dev set holds two such runs (5 lines);
- (11) comments with no heading (en, de, fr, it, nl, pt, tr, ar) and a pingback: nothing but their words tells them;
- (4) captions "Title by Artist" (a gallery's run the article's words announce), (3) "[Video]" reviews under the text
  (no residue parts them from it), (3) Korean "Entermedia 주요뉴스" over the page, its headline and its bracketed
  stamp, (2) "Most read in world news" and "Explore further" alone (a box heading with no box),
  (2) a sign-up call and "Sorry!", (1) "0 : 0", (1) "Categorias", a tag list (1).

Round 2 (``_ROUND2``, five pages written after the passes were read, 21 article and 4 residue lines): a how-to's
long subheads in capitals, two teasers in capitals sharing a name with the story, a kicker and a headline parted by a
bar at the head and a figure's row, a CSS tutorial's property names, the Arabic stamp strip. With the first
caps-teaser (one line alone taken, the paragraph under it asked): it took "THE SECRET TO A GOOD SET IS THE BALANCE
OF FRUIT AND SUGAR" and round 1's own control "WHAT THE FLOODS COST THE SHOPS ALONG THE QUAY"; fixed (two or more, the
paragraphs on both sides asked). After: lost 0, left 0.

Dev set: pagecmp ``changed 5/362`` (recall: 076f4f33 New Delhi's stamp strip, 57d46c9d the breakpoint names, 7dfc3e35 and its
naive twin the teasers in capitals, 8267acac the time-and-date byline, then its headline by title-line); pagegold 0.
"""

from __future__ import annotations

import pytest
from probes import report, tagged_probe_tests

import cleaner

CASES: dict[str, str] = {
    # -- English ---------------------------------------------------------------------------------------------------
    "en_related_tail": """
T Astronomers Map the Milky Way's Hidden Spiral Arm
A A team of astronomers has traced a faint spiral arm on the far side of the Milky Way, using radio signals from young stars that are hidden behind thick clouds of dust.
A The arm, which runs for about 50,000 light-years, had been predicted by models of the galaxy but never seen directly, said lead author Maria Chen of the University of Arizona.
A "We finally have a map of the part of our own galaxy that we could never look at," Chen said. "There's a huge road ahead of us now that we have the first pieces."
A The findings were published on Thursday in the journal Science.
R - 15 Amazing Images of Stars
R - 11 Fascinating Facts About Our Milky Way Galaxy
R - The 11 Biggest Unanswered Questions About Dark Matter
""",
    "en_caps_teasers": """
A Actress Jane Holloway revealed on Monday that she has been living with a rare autoimmune condition for more than a decade.
A Holloway, 48, told a morning show that she kept the diagnosis private because she feared it would cost her roles.
R 'DANCING WITH THE STARS' JUDGE OPENS UP ABOUT SERIOUS HEALTH CONDITION
A "I spent years pretending I was fine on set," she said. "Some days I could barely lift my arms."
A Her doctors told her the condition could be managed with medication and rest, she added.
R SPICER ELIMINATED FROM 'DANCING WITH THE STARS' AFTER LOW SCORES
A Holloway said she hoped that speaking publicly would encourage others to seek help sooner.
R HOLLOWAY SAYS THE SHOW HAS HELPED HER LOSE 25 POUNDS
A The actress returns to television next spring in a new drama series.
""",
    "en_captions_by": """
A The festival's seventh edition features thirty light artworks chosen from hundreds of submissions by artists around the world.
A This year's theme is light as a medium, and the routes along the canals can be followed on foot or by boat.
T Some of the installations on show at this year's festival – previews
R Light a Wish by OGE Group
R Parabolic Lightcloud by amigo & amigo
R Portam Civitatis by Peter Snijder
R Spider on the bridge by Groupe LAPS
A The festival runs from 29 November to 20 January.
""",
    "en_title_byline_signup": """
T Google Bets on the Future With Launch of Stadia Game Streaming Service
R 5:45 AM PST 11/19/2019 by Patrick Shanley
A "You're going to see a number of things that Stadia can do that no other platform can," said the company's head of games on Monday.
A The service launches in 14 countries on Tuesday with 12 games, fewer than many players had hoped for.
A Analysts said the slow start mattered less than whether developers would build games for the cloud.
A "I think if they get to over 100 games by the time the free tier launches next year, that will be a big improvement," one analyst said.
R Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.
R Sorry!
""",
    "en_comment_tail": """
A We spent most of the summer outdoors, and keeping the kids hydrated was the one thing we never compromised on.
A We always pack refillable bottles in the car before a hike, and the boys know to drink before they feel thirsty.
A Be sure to visit the brand's pages on Facebook, Twitter and Instagram.
A What is your favorite weekend family activity? How do you make sure that you stay hydrated?
R We also fill our refillable bottles before heading out for a family adventure. This fall we are mostly on the soccer circuit with both of my sons playing each weekend! Thanks for sharing!
R […] https://example-blog.com/2015/03/30/summer-hiking-with-kids/ […]
""",
    "en_breakpoints": """
A Emerging markets had their best year since 2017, as investors returned to stocks in Brazil, India and Turkey after a year of losses.
A The MSCI emerging markets index rose 15 percent in 2019, its strongest gain in two years.
R 0 : 0
R - narrow-browser-and-phone
R - medium-browser-and-portrait-tablet
R - landscape-tablet
R - medium-wide-browser
R - wide-browser-and-larger
R - portrait-tablet-and-above
R - landscape-tablet-and-below
A Currencies also recovered, led by the Russian rouble and the Mexican peso.
""",
    "en_video_teasers": """
A The new headset pairs with a phone over Bluetooth and with a console through its USB-C dongle, and switching between the two takes a press of a button.
A Battery life came in at just under 30 hours in our tests, a little short of the 32 hours the company promises.
A At $149 it is not cheap, but it is the most comfortable wireless headset we have tested this year.
R Audio-Technica ATH-G1WL Review: My new go-to wireless gaming headset [Video]
R Manual Espresso Machine – Wacaco Nanopresso Review [Video]
R Ecoflow River 370 Review: Charge up to 9 devices with this power station [Video]
""",
    "en_section_labels": """
A Health authorities in Inner Mongolia have confirmed a third case of plague, a week after two cases were reported in Beijing.
A The patient, a 55-year-old man, is being treated in isolation, officials said.
R Most read in world news
A Authorities in western Mongolia, which borders the region, have closed several mountain passes.
A "The risk of the disease spreading is extremely low," the local health commission said.
R Explore further
""",
    "en_control_lists": """
A The academy announced its nominees on Tuesday. The full list in the main categories:
A - Best Picture: The Irishman
A - Best Director: Bong Joon-ho for Parasite
A - Best Actress: Renée Zellweger for Judy
A Three of the films were released by streaming services, a first for the awards.
T WHAT THE NOMINATIONS MEAN
A The nominations are a blow to the studios, which have long argued that only cinema releases should count.
A Voting opens next week and the ceremony takes place on 9 February.
""",
    "en_control_caps": """
T THE LONG ROAD BACK
A The river flooded the old town twice in three weeks, and the shopkeepers along the quay have not reopened since.
A WHAT THE FLOODS COST THE SHOPS ALONG THE QUAY
A Insurers estimate the damage at 40 million euros, most of it to stock and to the ground floors of the old houses.
A WILL THE TOWN EVER GET ITS FLOOD WALL BUILT IN TIME?
A The council first promised a flood wall in 2004, and the plans have been redrawn three times since then.
A THE ORGANISERS ACCEPT NO LIABILITY FOR LOSS OR DAMAGE TO PROPERTY LEFT IN THE HALL DURING THE SALE.
A The sale of donated furniture takes place in the town hall on Saturday, and the money goes to the shops.
""",
    "en_control_works": """
A The exhibition brings together works that have not been shown together since the artist's death in 1968.
A Among the highlights are the paintings the gallery bought at auction last year:
A Harbour at Dawn by Mary Fedden
A Still Life with Lemons by William Scott
A The curators spent two years tracing the works, several of which were in private collections abroad.
A The exhibition runs until the end of March and admission is free.
""",
    # -- German ----------------------------------------------------------------------------------------------------
    "de_news": """
R Von Anna Berger | Aktualisiert: 19.11.2019, 09:01 Uhr
A Die Stadt München will den Nahverkehr bis 2025 deutlich ausbauen und dafür in den kommenden Jahren rund zwei Milliarden Euro investieren.
A Geplant sind unter anderem drei neue Tramlinien und eine Verlängerung der U-Bahn nach Norden, teilte der Stadtrat am Dienstag mit.
R Foto: dpa/Sven Hoppe
A Kritik kam von der Opposition, die die Finanzierung für nicht gesichert hält.
A „Wir brauchen einen realistischen Zeitplan und keine Wunschliste“, sagte ein Sprecher.
R - Bundesliga: Bayern gewinnt Topspiel gegen Dortmund
R - Wetter in München: Erster Schnee am Wochenende erwartet
R - Oktoberfest 2019: Die Bilanz der Wiesn
""",
    "de_comments": """
A Wer seinen Garten winterfest machen will, sollte vor dem ersten Frost die empfindlichen Pflanzen ins Haus holen.
A Kübelpflanzen wie Oleander und Zitrusbäume überwintern am besten hell und kühl bei fünf bis zehn Grad.
A Rosen werden im Herbst nur leicht zurückgeschnitten, der kräftige Schnitt folgt im Frühjahr.
R Danke für die tollen Tipps! Meine Zitrone steht jetzt im Treppenhaus und fühlt sich dort sehr wohl.
R Super Artikel, genau das habe ich gesucht. Liebe Grüße aus Hamburg
""",
    "de_control": """
A Die Messe findet vom 12. bis 14. März in Stuttgart statt und erwartet mehr als 800 Aussteller.
A Unter den Ausstellern sind:
A - Bosch mit neuen Sensoren für die Industrie
A - Trumpf mit einem Laser für die Blechbearbeitung
A Die Veranstalter rechnen mit rund 40.000 Besuchern, etwas mehr als im Vorjahr.
A Foto und Video sind auf dem Messegelände für Besucher erlaubt, für Aussteller gelten eigene Regeln.
""",
    # -- French ----------------------------------------------------------------------------------------------------
    "fr_news": """
R Par Jean Dupont | Publié le 19/11/2019 à 09h01 | Mis à jour le 19/11/2019 à 11h32
A La grève dans les transports en commun devrait se poursuivre jeudi, ont annoncé les syndicats de la RATP mardi soir.
A Seules deux lignes de métro sur seize fonctionneront normalement, selon les prévisions de la régie.
R (Photo : AFP/Thomas Samson)
A Le gouvernement a appelé les syndicats à reprendre le dialogue avant la fin de la semaine.
R - Réforme des retraites : ce qui va changer pour les fonctionnaires
R - Grève du 5 décembre : les lignes de métro fermées
""",
    "fr_comments": """
A Pour réussir une pâte brisée, il faut travailler le beurre froid du bout des doigts sans trop pétrir la pâte.
A Laissez-la reposer au moins une heure au réfrigérateur avant de l'étaler.
A Faites cuire le fond de tarte à blanc pendant quinze minutes avec des billes de cuisson.
R Merci pour cette recette, je l'ai testée hier et toute la famille a adoré !
R Est-ce qu'on peut remplacer le beurre par de la margarine ? Merci d'avance
""",
    "fr_control": """
A L'exposition réunit une centaine d'œuvres prêtées par des musées du monde entier.
A Parmi elles :
A - La Liseuse par Jean-Honoré Fragonard
A - Le Verrou par Jean-Honoré Fragonard
A Le musée a prolongé l'exposition jusqu'au 15 mars en raison de son succès.
""",
    # -- Spanish ---------------------------------------------------------------------------------------------------
    "es_news": """
R Redacción | Madrid | Actualizado: 19/11/2019 09:01 h
A El Gobierno aprobó este martes un paquete de ayudas de 500 millones de euros para los agricultores afectados por la sequía.
A Las ayudas se repartirán entre las comunidades autónomas según la superficie de cultivo afectada, explicó el ministro.
R Foto: EFE/Juan Carlos Hidalgo
A Las organizaciones agrarias consideran la cifra insuficiente y han convocado protestas para diciembre.
R - El precio del aceite de oliva cae a mínimos de cinco años
R - La sequía reduce un 20% la cosecha de cereal
""",
    "es_control": """
A El festival presentará este año cuarenta películas de dieciocho países.
A Entre los estrenos destacan:
A - El hoyo de Galder Gaztelu-Urrutia
A - Dolor y gloria de Pedro Almodóvar
A Las entradas se pondrán a la venta el lunes en la web del festival y en las taquillas del teatro.
""",
    # -- Italian ---------------------------------------------------------------------------------------------------
    "it_news": """
R di Marco Rossi | 19 novembre 2019 09:01
A L'acqua alta ha raggiunto 187 centimetri a Venezia nella notte, il livello più alto dal 1966.
A Il sindaco ha chiesto lo stato di calamità e ha chiuso le scuole per due giorni.
R (foto Ansa)
A I danni alla basilica di San Marco sono ancora da valutare, ha detto il procuratore della basilica.
R Complimenti per l'articolo, finalmente qualcuno che racconta come stanno davvero le cose a Venezia.
""",
    "it_control": """
A Il libro raccoglie venti racconti scritti tra il 1950 e il 1970.
A Tra i più noti:
A - Il barone rampante di Italo Calvino
A - La luna e i falò di Cesare Pavese
A La nuova edizione esce il 20 novembre con una prefazione inedita.
""",
    # -- Portuguese ------------------------------------------------------------------------------------------------
    "pt_shop": """
R Categorias
T Atendimento Domiciliar registra arrombamento em veículos
A A equipe do Serviço de Atendimento Domiciliar registrou na manhã desta segunda-feira o arrombamento de dois veículos no estacionamento da unidade.
A Segundo a coordenação, foram levados documentos e equipamentos de trabalho.
A O caso foi registrado na delegacia e as imagens das câmeras foram entregues à polícia.
""",
    "pt_blog_comment": """
A Encontrei essa loja no centro da cidade e me apaixonei pelas peças de cerâmica feitas à mão.
A Os preços são justos e a dona explica com calma de onde vem cada peça.
A Deixe suas dúvidas e opiniões aqui embaixo! Obrigada pela visita!
R Olá; qual o nome dessa loja? Obrigada!
R calendario stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, stock car velopark
""",
    "pt_control": """
A O calendário da temporada terá doze etapas, a primeira em Interlagos no dia 5 de março.
A As etapas confirmadas até agora:
A - Interlagos, São Paulo
A - Velopark, Rio Grande do Sul
A A categoria ainda negocia a volta de Cascavel ao calendário para o segundo semestre.
""",
    # -- Dutch -----------------------------------------------------------------------------------------------------
    "nl_news": """
R Door Jan de Vries | 19 november 2019, 09:01 | Bijgewerkt 19 november 2019, 11:32
A Het kabinet trekt volgend jaar 500 miljoen euro extra uit voor de aanpak van de stikstofcrisis, maakte minister Schouten dinsdag bekend.
A Het geld gaat onder meer naar het uitkopen van boerenbedrijven rond kwetsbare natuurgebieden.
R Foto ANP / Koen van Weel
A Boerenorganisaties reageerden verdeeld op het plan.
R Goed stuk, maar ik mis de kant van de boeren zelf in dit verhaal.
""",
    "nl_control": """
A De tentoonstelling toont werk van twaalf jonge fotografen uit Rotterdam.
A Foto's van de haven door de jaren heen hangen in de grote zaal, naast de oude kaarten van de stad.
A Door de grote belangstelling is de tentoonstelling verlengd tot eind januari.
""",
    # -- Turkish ---------------------------------------------------------------------------------------------------
    "tr_news": """
R Haber Merkezi | Güncelleme: 19.11.2019 09:01
A İstanbul'da etkili olan sağanak yağış nedeniyle bazı ilçelerde su baskınları yaşandı.
A Meteoroloji, yağışların çarşamba gününe kadar süreceğini açıkladı.
R Fotoğraf: AA
A Belediye ekipleri gece boyunca su tahliyesi için çalıştı.
R - İstanbul'da trafik yoğunluğu yüzde 80'e ulaştı
R - Ankara'da kar yağışı bekleniyor
R Çok güzel bir haber olmuş, elinize sağlık.
""",
    "tr_control": """
A Kitap, yazarın 1980'lerde İstanbul'da geçen çocukluğunu anlatıyor.
A Yazar kitapta şu mahalleleri anlatıyor:
A - Kadıköy ve Moda sahili
A - Beşiktaş çarşısı
A Kitap aralık ayında İngilizceye de çevrilecek.
""",
    # -- Arabic ----------------------------------------------------------------------------------------------------
    "ar_news": """
R القاهرة - بوابة الأهرام | آخر تحديث: 19 نوفمبر 2019 09:01 ص
A أعلنت وزارة الصحة المصرية اليوم الثلاثاء بدء حملة التطعيم ضد شلل الأطفال في جميع المحافظات.
A وقالت الوزارة في بيان إن الحملة تستهدف أكثر من 16 مليون طفل دون سن الخامسة.
R (صورة أرشيفية)
A وتستمر الحملة أربعة أيام، ويمكن للأسر التوجه إلى أقرب وحدة صحية.
R - وزير الصحة يتفقد مستشفى القاهرة الجديدة
R - ارتفاع درجات الحرارة غدا على أغلب الأنحاء
R شكرا على هذا الخبر المفيد
""",
    "ar_control": """
A يضم المعرض أكثر من مئتي لوحة لفنانين من العالم العربي.
A ومن أبرز الأعمال المعروضة:
A - لوحة الفلاحة للفنان محمود سعيد
A - لوحة المدينة للفنان ضياء العزاوي
A ويستمر المعرض حتى نهاية الشهر الجاري في قاعة الفنون بالزمالك.
""",
    # -- Korean ----------------------------------------------------------------------------------------------------
    "ko_news": """
R Entermedia 주요뉴스
R - 배우 김지수, 새 드라마 주연 확정
R 기사입력 :[ 2018-08-25 15:24 ]
A 드라마의 인기는 배우들의 연기력에서 나온다는 평가가 많다.
A 특히 주인공을 맡은 배우는 섬세한 감정 연기로 시청자들의 호평을 받았다.
R [사진=연합뉴스]
A 제작진은 다음 달 시즌2 촬영을 시작할 계획이라고 밝혔다.
R - 인기 예능 프로그램, 시청률 10% 돌파
R - 가수 이수민, 신곡 발표
""",
    "ko_control": """
A 이번 전시회에는 국내외 작가 30명의 작품 100여 점이 전시된다.
A 주요 작품은 다음과 같다.
A - 김환기의 우주
A - 이중섭의 황소
A 전시는 내년 2월까지 계속되며 관람료는 무료다.
""",
}

#: Round 2, written after the passes were read, aimed at the three changes: long subheads in capitals, a teaser in
#: capitals that shares words with the story, bars at the head that are a kicker or a fact, a CSS tutorial's names.
_ROUND2: dict[str, str] = {
    "en_r2_howto_caps": """
A Canning your own jam is easier than most people think, and the equipment costs less than a week of shop-bought preserves.
A WHAT YOU WILL NEED BEFORE YOU START MAKING YOUR OWN JAM
A Before you start making jam you will need a large pot, a funnel, clean jars with new lids and a jar lifter.
A THE SECRET TO A GOOD SET IS THE BALANCE OF FRUIT AND SUGAR
A Fruit with plenty of pectin, such as apples and plums, sets quickly; strawberries need lemon juice or added pectin to set.
A Store the sealed jars somewhere cool and dark, and eat the jam within a year.
""",
    "en_r2_fox_shared": """
A Country singer Lauren Alaina said on Tuesday that her time on the dance competition changed how she looks after her health.
R LAUREN ALAINA REVEALS WHICH PARTNER SHE WANTS FOR THE FINALE NEXT WEEK
A The 25-year-old told reporters that the rehearsals had left her stronger than she had been in years.
R 'DANCING WITH THE STARS' PRO RECOVERING AFTER SURGERY ON HIS KNEE
A "I have never worked this hard in my life, and I have never felt better," she said after the show.
""",
    "es_r2_bars": """
T Política | El Gobierno aprueba el plan contra la sequía
R Redacción | Sevilla | Actualizado: 19/11/2019 11:32 h
A El Consejo de Ministros aprobó este martes el plan especial contra la sequía, con una dotación de 500 millones de euros.
A El plan incluye obras de emergencia en los embalses de Andalucía y Cataluña, las comunidades más afectadas.
A Precio del agua en 2019 | 1,85 euros por metro cúbico, un 12% más que en 2018.
""",
    "en_r2_css": """
A Media queries let a page change its layout depending on the width of the screen, and most sites define three or four breakpoints.
A The properties you will change most often at a breakpoint are these:
A - flex-direction
A - grid-template-columns
A - font-size
A Name your breakpoints after sizes rather than devices, because devices change every year.
""",
    "ar_r2_stamp": """
R القاهرة - بوابة الأهرام | آخر تحديث: 19 نوفمبر 2019 09:01 ص
A أعلنت وزارة الصحة المصرية اليوم الثلاثاء بدء حملة التطعيم ضد شلل الأطفال في جميع المحافظات.
A وقالت الوزارة في بيان إن الحملة تستهدف أكثر من 16 مليون طفل دون سن الخامسة.
A وتستمر الحملة أربعة أيام، ويمكن للأسر التوجه إلى أقرب وحدة صحية.
""",
}
CASES.update(_ROUND2)

#: The residue a page is known to leave (see the docstring for the reasons).
RESIDUE_LEFT: dict[str, int] = {
    "ar_news": 3,  # two headlines closing the page, a comment
    "de_comments": 2,  # comments with no heading
    "de_news": 3,  # headlines closing the page
    "en_breakpoints": 1,  # "0 : 0"
    "en_captions_by": 4,  # a gallery's captions
    "en_comment_tail": 2,  # a comment, a pingback
    "en_related_tail": 3,  # headlines closing the page
    "en_section_labels": 2,  # box headings with no box
    "en_title_byline_signup": 2,  # a sign-up call, "Sorry!"
    "en_video_teasers": 3,  # reviews closing the page
    "es_news": 2,  # headlines closing the page
    "fr_comments": 2,  # comments with no heading
    "fr_news": 2,  # headlines closing the page
    "it_news": 1,  # a comment
    "ko_news": 5,  # the section's name, its headline, the bracketed stamp, headlines closing the page
    "nl_news": 1,  # a comment
    "pt_blog_comment": 2,  # a comment, a tag list
    "pt_shop": 1,  # "Categorias"
    "tr_news": 3,  # two headlines closing the page, a comment
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT
)

#: Two paragraphs of an English story, for the caps-teaser tests (a line between them).
_STORY = [
    "Actress Jane Holloway revealed on Monday that she has been living with a rare autoimmune condition for more than a decade.",
    "Her doctors told her the condition could be managed with medication and rest, and she kept working throughout.",
]


@pytest.mark.parametrize(
    "line",
    [
        "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS' AFTER LOW SCORES",
        "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM",
        "'DANCING WITH THE STARS': LAUREN ALAINA IS CHANNELING HER BREAKUP ENERGY INTO COMPETITION SERIES",
        "LE GOUVERNEMENT ANNONCE UN PLAN DE 500 MILLIONS POUR LES AGRICULTEURS",
    ],
)
def test_headlines_in_capitals_between_paragraphs_go(line: str) -> None:
    """Two in the story (a series): both go."""
    other = "HOLLOWAY SAYS THE SHOW HAS HELPED HER LOSE 25 POUNDS"
    story = [*_STORY, _STORY[0].replace("Monday", "Tuesday")]
    result = cleaner.explain_text("\n".join([story[0], line, story[1], other, story[2]]))
    assert result.text == "\n".join(story)
    assert [r.pass_name for r in result.removed] == ["caps-teaser", "caps-teaser"]


def test_one_headline_in_capitals_alone_stays() -> None:
    """One alone on its page may be a long subhead of the article's: kept."""
    text = "\n".join([_STORY[0], "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS' AFTER LOW SCORES", _STORY[1]])
    assert cleaner.clean_text(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "HOW TO USE A WATER BATH CANNER",  # an article's subhead: seven words
        "WILL SOMEONE STAND UP FOR THE ESTABLISHMENT AT LAST?",  # a subhead asked
        "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.",  # a notice, closed
        "WHAT DOCTORS TOLD HER ABOUT THE CONDITION AND THE TREATMENT:",  # announcing what follows
        "- TEN THINGS SHE LEARNED ABOUT LIVING WITH AN AUTOIMMUNE DISEASE",  # a list item
    ],
)
def test_capitals_that_are_the_articles_survive(line: str) -> None:
    """Each twice in the story (a series of them), the paragraphs around them not about their words."""
    story = [*_STORY, _STORY[0].replace("Monday", "Tuesday")]
    text = "\n".join([story[0], line, story[1], line, story[2]])
    assert cleaner.clean_text(text) == text


def test_a_long_subhead_in_capitals_over_its_paragraph_survives() -> None:
    """Eight words or more, two of them, but the paragraph under each goes on about its words: subheads."""
    text = "\n".join(
        [
            "Our allotment produced more vegetables this year than ever before, despite the dry spring and a late frost.",
            "HOW TO KEEP YOUR TOMATO PLANTS HEALTHY THROUGH THE SUMMER",
            "Tomato plants need deep watering twice a week in summer, and a mulch of straw keeps the roots cool.",
            "WHY WE GAVE UP ON GROWING POTATOES IN RAISED BEDS",
            "Potatoes in raised beds dried out too fast, so this year we are growing them in the open ground again.",
        ]
    )
    assert cleaner.clean_text(text) == text


def test_a_headline_in_capitals_at_the_edges_stays_for_other_passes() -> None:
    """At the head (the page's title) or closing the page, no paragraph on one side: not this pass's."""
    line = "HOLLOWAY SAYS THE SHOW HAS HELPED HER LOSE 25 POUNDS"
    for page in ([line, *_STORY], [*_STORY, line]):
        result = cleaner.explain_text("\n".join(page))
        assert "caps-teaser" not in [r.pass_name for r in result.removed]


#: Two paragraphs of a Spanish story, for the stamp tests (a line over them).
_NOTICIA = [
    "El Gobierno aprobó este martes un paquete de ayudas de 500 millones de euros para los agricultores afectados por la sequía.",
    "Las ayudas se repartirán entre las comunidades autónomas según la superficie de cultivo afectada, explicó el ministro.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Redacción | Madrid | Actualizado: 19/11/2019 09:01 h",  # a desk and a place before the stamp
        "Agencia EFE | Publicado el 19/11/2019 a las 09:01",
        "Redacción Deportes | Barcelona | Actualizado: 19/11/2019 09:01 h",
    ],
)
def test_a_stamp_with_a_desk_or_a_place_over_the_text_goes(line: str) -> None:
    result = cleaner.explain_text("\n".join([line, *_NOTICIA]))
    assert result.text == "\n".join(_NOTICIA)
    assert [r.pass_name for r in result.removed] == ["labelled-byline"]


@pytest.mark.parametrize(
    "line",
    [
        # the last part a sentence: the lede after its place and date
        "Madrid, 19 de noviembre de 2019 | El Gobierno aprobó ayudas para el campo tras meses de negociaciones.",
        "España | Sequía: los datos de un año sin lluvia",  # a section and a headline: no stamp
        "Precio medio del aceite | 19/11/2019: 3,20 euros el litro",  # a figure's label, no desk or place
        "[Actualizado el martes: el ministro ha dimitido por la tarde]",  # a note in brackets, no stamp
    ],
)
def test_bars_and_brackets_without_a_stamp_stay(line: str) -> None:
    text = "\n".join([line, *_NOTICIA])
    result = cleaner.explain_text(text)
    assert "labelled-byline" not in [r.pass_name for r in result.removed], result.removed


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("5:45 AM PST 11/19/2019 by Patrick Shanley", True),  # the time of day, the date and the author
        ("9:30 a.m. EST Nov. 19, 2019 by Jane Doe", True),
        ("5:45 AM PST 11/19/2019 by the river bank, police found the missing car.", False),  # a sentence
    ],
)
def test_a_stamp_and_an_author_over_the_text(line: str, goes: bool) -> None:
    text = "\n".join([line, *_STORY])
    result = cleaner.explain_text(text)
    assert (("byline", line) in [(r.pass_name, r.text) for r in result.removed]) is goes


def test_a_desk_and_a_stamp_under_the_text_stay_for_other_passes() -> None:
    """After the first paragraph the same shape is no credit of this pass's (a fact box, a source line)."""
    text = "\n".join([_NOTICIA[0], "Redacción | Madrid | Actualizado: 19/11/2019 09:01 h", _NOTICIA[1], _NOTICIA[0]])
    result = cleaner.explain_text(text)
    assert "labelled-byline" not in [r.pass_name for r in result.removed]


@pytest.mark.parametrize("line", ["- narrow-browser-and-phone", "- landscape-tablet", "above-phone", "medium-wide-browser"])
def test_a_breakpoint_name_alone_goes(line: str) -> None:
    result = cleaner.explain_text("\n".join([_STORY[0], line, _STORY[1]]))
    assert result.text == "\n".join(_STORY)
    assert [r.pass_name for r in result.removed] == ["site-chrome"]


@pytest.mark.parametrize(
    "line",
    [
        "- flex-direction",  # a CSS tutorial's property: no device
        "- mobile-first",
        "- phone",  # a device alone: a list of what the service runs on
        "- Tablet-and-phone bundles",
        "The layout switches at the landscape-tablet breakpoint, 1024 pixels wide.",
    ],
)
def test_hyphenated_words_of_an_article_stay(line: str) -> None:
    text = "\n".join([_STORY[0], line, _STORY[1]])
    assert cleaner.clean_text(text) == text


if __name__ == "__main__":
    report(CASES)
