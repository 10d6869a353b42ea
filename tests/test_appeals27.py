# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Appeals 27: two residue shapes the dev ``naive`` pages still left, in en, de, fr, es, it, pt, nl, pl, ru, sv, cs and
tr: donation and membership appeal boxes printed in or under the article (a short heading, "A Word to Our Loyal
Readers", "Unterstützen Sie unabhängigen Journalismus", "Wesprzyj nas"; two to four lines of pitch in the outlet's
"we" to the reader's "you"; a row of amounts, "$5 $10 $25", "£5 a month", "300 ₽"; a button, "Donate now",
"Jetzt unterstützen", "Wpłacam"), and a sign-up or contact form's status and validation messages left in the text
("You have successfully subscribed. Thank you!", "This field is required", "Please enter a valid email address",
"Sending…", "Something went wrong. Please try again.", "Dieses Feld ist ein Pflichtfeld.", "Ce champ est
obligatoire.", …). Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either.
``python tests/test_appeals27.py`` prints the numbers.

Round 1 (40 pages, 196 ``A`` lines, 142 ``R``) was written before reading the passes: an appeal box at the top, in
the middle or at the tail of a news story in each language (14 pages), a form's messages under a newsletter or
contact form (15 pages), and controls that must survive whole: news of a food bank's appeal ("Every £5 buys a
family's breakfast"), of a crowdfunded pub, of a newspaper's reader revenue ("The Guardian said 1 million readers had
supported it", the taz's 40,000 payers), a blood service's appeal that is the article ("We need you", "Donate blood
today."), an op-ed asking its readers to vote and give, a how-to on "Invalid email" errors and an article on form UX
quoting the messages in its sentences, the Téléthon's total, a blood drive in Madrid closing on "Hazte donante.", a
crowdfunded cinema in Perm. Round 2 (18 pages, 80 ``A``, 32 ``R``), after reading the sign-up passes, aimed at the
changes below: a letter to the readers that is the page ("A note to our readers" … "Subscribe"), a club's
"Become a member" / a campaign's "Hazte socio" / a foundation's "Wesprzyj nas" as a story's subheading over its
paragraph, a heading and pitch with no amounts or button, a how-to's and a German UX article's list of messages under
their sentence closed by a colon (between paragraphs and closing the page), a short story whose screen shows
"Something went wrong. Please try again." under "… the same message as before:", boxes in it, ru, cs (amounts,
"Ежемесячно", "Měsíčně"), form messages at the head (nl, tr) and between paragraphs (sv).

Measured on m27 (main c830f52): round 1 lost 0, left 65 (on 27 pages: every pitch, the amounts, the box headings no
table knew, and a form's messages on 13 of the 15 form pages, "This field is required" and its like;
newsletter-prompt and site-chrome took the headings, buttons and messages they knew); round 2 lost 8, left 11
(site-chrome and newsletter-prompt took the messages a how-to lists under its colon: "Invalid email", "Please enter a
valid email address", "Bitte geben Sie eine gültige E-Mail-Adresse ein.", the story's "Something went wrong. Please
try again."; newsletter-prompt took the subheadings "Become a member" twice and "Hazte socio").

After: round 1 lost 0, left 1; round 2 lost 3, left 2 (``KNOWN_LOST``, ``RESIDUE_LEFT``: the three subheadings are
lost as on m27, newsletter-prompt's subheading guard reads one-word lines only; a newsletter blurb closed by a full
stop, which newsletter-box leaves by design; a heading and pitch with nothing under them). The changes, each with
what it still takes and what it keeps (tests below):

- newsletter-prompt + table ``signup.form_status`` (12 languages): a form's status or validation message as a whole
  short line (required field, valid e-mail, busy "Sending…", "Something went wrong" with "try again", subscribed /
  check your inbox to confirm / thanks for signing up, message sent). Kept: the same words in a sentence of the
  article (``STAYS``: quoted in a how-to, "Something went wrong at the plant …, and workers were told to try again");
  "Something went wrong." alone, with no "try again", is a story's line and matches no pattern.
- ``edge_lists.listed_form_messages`` (newsletter-prompt's and site-chrome's ``spared``): a run of such messages right
  under the article's own sentence of six words or more closed by a colon is the article's list (a how-to's, a UX
  article's, a story's screen), between paragraphs or closing the page. A form's messages under its label ("Email:"),
  fields and buttons still go.
- appeal-box (new, signup, after edge-furniture): a heading (a sign-up pass's short line that speaks of an appeal,
  table ``appeal_words``, or table ``appeal_heading``), one to four pitch lines each speaking of the outlet's support
  (``appeal_words``), one at least as "we" or to "you" (``appeal_person``), then amounts or a button (``appeal_amount``,
  with language-neutral currency rows; ``appeal_button``: a gift's or membership's button, no sign-up's "Subscribe")
  goes whole, with a pitch line a vocabulary took already ("Support our journalism with a monthly gift …"). Kept: a
  pitch with no close under it, one closed by a share row or by a newsletter's "Subscribe" (a travel story's "Before
  you go" section), one under no appeal's heading (a newsletter's "See All Newsletters" over an opt-in note), five
  lines of pitch, a pitch that addresses no one (the news of another's appeal), and a letter to the readers that
  leaves fewer than two paragraphs of the page outside it (the page is the letter).

Bench: ``bench_text --variant both``: recall P 0.9671 R 0.9753 F1 0.9712, naive P 0.8586 R 0.9881 F1 0.9188, as on
m27 (two naive pages gain a line each: "You are now subscribed.", "You have been successfully subscribed!");
``pagecmp`` changed 2/362, ``pagegold`` 0 gold lines newly removed.
"""

from __future__ import annotations

import pytest
from probes import added_rule_tests, forced_language_test, lost, parse, removals_of, removed, report, tagged_probe_tests

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ----- appeal boxes ---------------------------------------------------------------------------------------------
    "en_appeal_tail": """\
T Council approves 400 new homes on former bus depot site
A Plans for 400 homes on the site of the former Riverside bus depot were approved by the city council's planning committee on Wednesday night.
A The scheme, put forward by Harlow Living, includes 120 homes for social rent and a new health centre on the ground floor of the largest block.
A Residents of nearby Mill Lane had objected to the height of the tallest building, which will rise to 11 storeys.
A "We have listened, and the tower is two floors lower than in the first plans," said the developer's director, Priya Shah.
A Councillor Tom Evans, who chairs the committee, said the city needed homes "of every kind, and quickly".
A Work is expected to start in the spring and the first residents could move in by 2027.
R A Word to Our Loyal Readers
R Local journalism costs money. We don't put our stories behind a paywall, because we believe everyone in our city deserves to know what is decided in their name.
R If you value our reporting, please consider supporting us. Every contribution, big or small, makes a difference.
R Choose your amount: $5 $10 $25
R Donate now
""",
    "en_support_middle": """\
T Heatwave: hospitals told to prepare for rise in admissions
A Hospitals across the region have been told to prepare for a rise in admissions as temperatures are forecast to reach 36C by the weekend.
A The health agency issued an amber heat-health alert on Monday, covering the whole of the south and east until Friday.
A Older people and those with heart or lung conditions are most at risk, the agency said.
R Support independent journalism
R Our newsroom relies on readers like you. Become a member today and help us keep our reporting free for everyone.
R Join now
A Doctors advised people to stay out of the sun between 11am and 3pm, to drink plenty of water and to check on elderly neighbours.
A Several councils have opened cooling centres in libraries and community halls.
A The Met Office said temperatures would fall back to around 25C early next week.
""",
    "en_member_top": """\
R Become a member today
R Your contribution keeps us going. Members get ad-free reading and our weekly newsletter.
R £5 a month
R £10 a month
R £20 a month
R Join us
T Ferry operator cancels winter timetable after engine failures
A The operator of the island's only car ferry has cancelled its winter timetable after both of its vessels suffered engine failures in the same week.
A Passengers will be carried on a smaller, foot-only boat until at least the end of January, the company said.
A Islanders said the cancellation would leave them unable to reach hospital appointments on the mainland.
A The transport minister said she had asked for a full report on the state of the fleet by the end of the month.
A A replacement vessel, ordered in 2019, is now expected to enter service in 2026, four years late.
""",
    "en_appeal_thanks": """\
T School meal debt reaches record high, survey finds
A Parents in England owe schools a record amount in unpaid meal bills, a survey of 1,200 head teachers has found.
A Almost half of the schools that took part said they had seen debts rise in the past year.
A Some heads said they were paying for pupils' lunches out of their own pockets.
A The Department for Education said free school meals were available to the children of families on universal credit.
R Thank you for reading
R We're a small, independent newsroom and we rely on our readers. If you can, please support us with a one-off or monthly gift. It only takes a minute.
R One-off
R Monthly
R Annually
R $10
R $20
R $50
R Other amount
R Support us
""",
    "de_appeal_tail": """\
T Bahnstrecke zwischen Ulm und Augsburg wird ab Juni gesperrt
A Die Bahnstrecke zwischen Ulm und Augsburg wird von Anfang Juni an für sechs Wochen voll gesperrt.
A Die Deutsche Bahn erneuert in dieser Zeit Gleise, Weichen und zwei Brücken, wie ein Sprecher am Dienstag mitteilte.
A Fernzüge werden über Donauwörth umgeleitet und brauchen etwa 40 Minuten länger.
A Im Regionalverkehr fahren Busse als Ersatz, allerdings nicht an allen Haltestellen.
A Pendlerverbände kritisierten, dass die Sperrung mitten in die Ferienzeit falle.
R Unterstützen Sie unabhängigen Journalismus
R Wir finanzieren uns zum großen Teil durch unsere Leserinnen und Leser. Mit Ihrem Beitrag helfen Sie uns, weiterhin kritisch und unabhängig zu berichten.
R Jetzt unterstützen
""",
    "fr_appeal_middle": """\
T À Lyon, la rénovation de la piscine du Rhône prend du retard
A La réouverture de la piscine du Rhône, prévue pour l'été, est repoussée d'au moins un an, a annoncé la mairie de Lyon jeudi.
A Des fissures ont été découvertes dans le grand bassin lors des travaux de désamiantage.
R Soutenez notre rédaction
R Notre journal est indépendant et gratuit. Pour continuer à vous informer, nous avons besoin de vous. Faites un don à partir de 1 €.
R Je fais un don
A Le coût du chantier, estimé à 12 millions d'euros au départ, pourrait dépasser 15 millions.
A Les associations de nageurs regrettent de devoir encore se rabattre sur les bassins de la périphérie.
A L'adjoint aux sports a promis que les tarifs resteraient inchangés à la réouverture.
""",
    "es_hazte_socio": """\
T El Ayuntamiento de Valencia amplía el carril bici hasta el puerto
A El Ayuntamiento de Valencia ampliará el carril bici de la avenida del Puerto hasta la Marina, según anunció este lunes la concejala de Movilidad.
A Las obras comenzarán en septiembre y durarán unos cuatro meses.
A El nuevo tramo tendrá 2,3 kilómetros y será de doble sentido.
A Los comerciantes de la zona han pedido que se mantengan las plazas de carga y descarga.
A La asociación de ciclistas Valencia en Bici celebró la decisión, aunque pidió más aparcamientos para bicicletas.
R Hazte socio
R El periodismo independiente necesita lectores comprometidos. Con tu apoyo podemos seguir investigando sin depender de nadie.
R 5 € al mes
R 10 € al mes
R Quiero apoyar
""",
    "it_sostieni": """\
R Sostieni il giornalismo
R Il nostro lavoro è gratuito per tutti, ma non è gratis. Se puoi, sostienici con un contributo: anche pochi euro fanno la differenza.
R Dona ora
T Torino, chiude dopo 80 anni la storica libreria di via Po
A Dopo ottant'anni di attività chiude la libreria Galante di via Po, una delle più antiche di Torino.
A L'ultimo giorno di apertura sarà sabato 30 marzo, ha annunciato il titolare Franco Galante.
A "Gli affitti sono raddoppiati e le vendite non bastano più", ha spiegato.
A Negli anni Settanta la libreria era un punto di ritrovo per scrittori e studenti.
A Il Comune ha detto di voler valutare un vincolo sull'uso commerciale dei locali.
""",
    "pt_apoie": """\
T Lisboa vai plantar 20 mil árvores até 2026
A A Câmara Municipal de Lisboa anunciou esta terça-feira que vai plantar 20 mil árvores na cidade até ao final de 2026.
A A maior parte será plantada em bairros com pouca sombra, como Marvila e Olivais.
A O vereador do Ambiente disse que o investimento ronda os 8 milhões de euros.
A Associações ambientalistas saudaram a medida, mas pedem que as árvores sejam regadas nos primeiros anos.
R Apoie o jornalismo independente
R O nosso jornalismo é feito para os leitores. Contribua com um donativo e ajude-nos a continuar.
R Contribuir
""",
    "nl_word_lid": """\
T Gemeente Utrecht wil minder auto's in de binnenstad
A De gemeente Utrecht wil het aantal auto's in de binnenstad de komende vijf jaar met een derde terugdringen.
A Dat staat in een nieuw verkeersplan dat het college dinsdag presenteerde.
A Parkeren op straat wordt duurder en enkele straten worden autovrij.
R Word lid
R Wij maken onafhankelijke journalistiek, zonder advertenties. Dat kan alleen dankzij onze leden. Steun ons al vanaf 6 euro per maand.
R Word nu lid
A Ondernemers in de binnenstad zijn bezorgd over de bereikbaarheid van hun winkels.
A De gemeenteraad stemt na de zomer over het plan.
""",
    "pl_wesprzyj": """\
T Kraków: tramwaj na Górkę Narodową ruszy w grudniu
A Pierwsze tramwaje na Górkę Narodową pojadą w grudniu, zapowiedział w poniedziałek zarząd transportu publicznego.
A Nowa linia ma prawie 4 kilometry długości i siedem przystanków.
A Budowa trwała trzy lata i kosztowała ponad 400 milionów złotych.
A Mieszkańcy osiedla od lat skarżyli się na zatłoczone autobusy.
A Na nowej trasie będą kursować tramwaje linii 11 i 17.
R Wesprzyj nas
R Nasze dziennikarstwo jest niezależne i bezpłatne. Jeśli cenisz naszą pracę, wesprzyj nas dowolną kwotą.
R 10 zł
R 20 zł
R 50 zł
R Wpłacam
""",
    "ru_podderzhite": """\
T В Казани откроют новую станцию метро
A В Казани в конце года откроется новая станция метро «Адмиралтейская», сообщили в мэрии города.
A Строительство станции началось в 2019 году и несколько раз откладывалось.
A Новая станция свяжет центр города с Кировским районом.
A По словам мэра, ежедневно станцией будут пользоваться около 20 тысяч пассажиров.
R Поддержите нас
R Мы независимое издание и существуем на пожертвования читателей. Ваша поддержка помогает нам продолжать работу.
R 300 ₽
R 500 ₽
R 1000 ₽
R Поддержать
""",
    "sv_stod": """\
T Ny bro över Göta älv försenas ett år
A Den nya bron över Göta älv i Göteborg blir klar först 2026, ett år senare än planerat.
A Det meddelade Trafikkontoret på en presskonferens på torsdagen.
A Förseningen beror på problem med grundläggningen av brons östra fäste.
A Kostnaden beräknas nu till 4,8 miljarder kronor.
R Stöd vår journalistik
R Vi är en oberoende tidning som finansieras av våra läsare. Bli medlem och hjälp oss att fortsätta granska makten.
R Bli medlem
""",
    "cs_podporte": """\
T V Brně otevřeli nový pavilon dětské nemocnice
A V areálu Fakultní nemocnice Brno otevřeli nový pavilon dětské chirurgie.
A Stavba trvala dva roky a stála přes 600 milionů korun.
A Pavilon má 80 lůžek a čtyři operační sály.
R Podpořte nás
R Jsme nezávislé médium a naše články jsou zdarma. Pomozte nám pokračovat a podpořte nás libovolnou částkou.
R 100 Kč
R 200 Kč
R 500 Kč
R Podpořit
A Nemocnice plánuje v příštím roce zrekonstruovat i starou budovu porodnice.
A Na stavbu přispělo ministerstvo zdravotnictví i Jihomoravský kraj.
""",
    "tr_destek": """\
T İzmir'de yeni tramvay hattı hizmete girdi
A İzmir'de Çiğli tramvay hattı cumartesi günü düzenlenen törenle hizmete girdi.
A 11 kilometre uzunluğundaki hatta 14 istasyon bulunuyor.
A Belediye başkanı, hattın günde 90 bin yolcu taşımasının beklendiğini söyledi.
A Hat, Karşıyaka tramvayıyla da bağlantılı olacak.
R Bağımsız gazeteciliğe destek olun
R Haberlerimizi ücretsiz yayımlıyoruz. Okurlarımızın desteğiyle ayakta duruyoruz. Siz de bağış yaparak bize destek olabilirsiniz.
R Destek ol
""",
    # ----- form messages ------------------------------------------------------------------------------------------
    "en_form_subscribed": """\
T How to keep tomatoes from splitting
A Tomatoes split when they take up a lot of water quickly, usually after a dry spell is broken by heavy rain.
A The skin cannot stretch as fast as the flesh swells, so it cracks.
A The best defence is regular watering: a good soak two or three times a week, rather than a little every day.
A A layer of mulch around the plants helps to keep the soil evenly moist.
A Varieties with thicker skins, such as many plum tomatoes, are less prone to splitting.
R Get our gardening newsletter
R Seasonal tips every Friday, straight to your inbox.
R Subscribe
R You have successfully subscribed. Thank you!
R Please check your inbox to confirm your subscription.
""",
    "en_form_validation": """\
T Library to stay open until 10pm during exam season
A The central library will stay open until 10pm on weekdays from May 1 to June 15 to give students somewhere quiet to revise.
A The extra hours will be paid for by the university, which has seen its own study spaces fill up by mid-morning.
A Security staff will be on duty throughout the evening, the city said.
A The library's café will not be open after 6pm.
R Contact us
R Name
R This field is required
R Email
R Please enter a valid email address
R Invalid email
R Message
R Send
R Sending…
R Something went wrong. Please try again.
""",
    "en_form_thanks_top": """\
R Thanks for signing up!
R Something went wrong. Please try again later.
T Why your cat ignores you when you call its name
A Cats can recognise their own names, but that does not mean they will come when called.
A A 2019 study from Sophia University in Tokyo found that cats reacted differently to their names than to other words of similar length.
A The researchers said the cats' lack of response was more a matter of motivation than of understanding.
A Cats were domesticated later than dogs and were never bred to follow human commands.
A Owners who want their cat to come when called can try pairing its name with food.
""",
    "de_form": """\
T Wie man Zimmerpflanzen richtig gießt
A Die meisten Zimmerpflanzen sterben nicht an Trockenheit, sondern weil sie zu viel Wasser bekommen.
A Staunässe lässt die Wurzeln faulen, die Pflanze welkt, obwohl die Erde nass ist.
A Vor dem Gießen sollte man daher mit dem Finger prüfen, ob die oberste Erdschicht trocken ist.
A Im Winter brauchen die meisten Pflanzen deutlich weniger Wasser als im Sommer.
R Newsletter abonnieren
R E-Mail-Adresse
R Dieses Feld ist ein Pflichtfeld.
R Bitte geben Sie eine gültige E-Mail-Adresse ein.
R Anmelden
R Vielen Dank für Ihre Anmeldung!
R Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link in der Mail, die wir Ihnen gesendet haben.
""",
    "fr_form": """\
T Comment bien choisir son vélo électrique
A Avant d'acheter un vélo électrique, il faut d'abord savoir à quel usage on le destine.
A Pour des trajets urbains de moins de dix kilomètres, un modèle d'entrée de gamme suffit souvent.
A L'autonomie annoncée par les fabricants est rarement atteinte en conditions réelles.
A Le poids de la batterie compte aussi, surtout si l'on doit monter le vélo dans un escalier.
A Enfin, un essai en magasin reste le meilleur moyen de juger du confort.
R Recevez notre newsletter
R Votre adresse e-mail
R Ce champ est obligatoire.
R Veuillez saisir une adresse e-mail valide.
R Je m'inscris
R Merci pour votre inscription !
R Une erreur s'est produite. Veuillez réessayer.
""",
    "es_form": """\
T Cinco trucos para ahorrar en la factura de la luz
A Poner la lavadora y el lavavajillas en las horas valle puede reducir la factura de la luz de forma notable.
A También conviene revisar la potencia contratada, que muchos hogares tienen por encima de lo que necesitan.
A Los aparatos en modo de espera consumen electricidad aunque no se estén usando.
A Cambiar las bombillas antiguas por LED es una de las medidas más rentables.
R Suscríbete a nuestro boletín
R Este campo es obligatorio
R Por favor, introduce un correo electrónico válido.
R Enviando…
R ¡Gracias por suscribirte!
R Revisa tu bandeja de entrada para confirmar tu suscripción.
""",
    "it_form": """\
T Come conservare il basilico fresco
A Il basilico fresco si conserva meglio fuori dal frigorifero, in un bicchiere d'acqua come un mazzo di fiori.
A Le foglie, al freddo, anneriscono in poche ore.
A Per conservarlo più a lungo si può congelare, tritato e coperto d'olio, nelle vaschette del ghiaccio.
A In alternativa si può preparare il pesto e conservarlo in barattolo per qualche giorno.
R Iscriviti alla newsletter
R Questo campo è obbligatorio
R Inserisci un indirizzo email valido
R Grazie per esserti iscritto!
R Si è verificato un errore. Riprova più tardi.
""",
    "pt_form": """\
R Obrigado por se inscrever!
R Verifique a sua caixa de correio para confirmar a subscrição.
T Como poupar água em casa durante a seca
A Com a seca a afetar grande parte do país, as autoridades pedem às famílias que reduzam o consumo de água.
A Um duche de cinco minutos gasta menos de metade da água de um banho de imersão.
A Fechar a torneira enquanto se lava os dentes pode poupar até 12 litros por dia.
A As máquinas de lavar devem ser usadas apenas com a carga completa.
A Regar o jardim ao fim do dia reduz a evaporação.
""",
    "nl_form": """\
T Zo houd je je fiets in de winter in goede staat
A Pekel op de weg is slecht voor je fiets: het zout tast de ketting en de tandwielen aan.
A Spoel je fiets daarom na een rit over gestrooide wegen af met lauw water.
A Een druppel kettingolie na het drogen voorkomt roest.
A Controleer ook regelmatig je verlichting, want in de winter fiets je vaker in het donker.
R Schrijf je in voor onze nieuwsbrief
R Dit veld is verplicht.
R Vul een geldig e-mailadres in.
R Bedankt voor je aanmelding!
R Er is iets misgegaan. Probeer het opnieuw.
""",
    "pl_form": """\
T Jak przygotować ogród do zimy
A Jesień to dobry czas na przycięcie krzewów, które zakwitły latem.
A Liście z trawnika warto zgrabić, ale pod krzewami można je zostawić jako ściółkę.
A Wrażliwe rośliny należy okryć agrowłókniną przed pierwszymi przymrozkami.
A Węże ogrodowe trzeba opróżnić z wody i schować do szopy.
R Zapisz się do newslettera
R To pole jest wymagane.
R Podaj poprawny adres e-mail.
R Dziękujemy za zapisanie się do newslettera!
R Coś poszło nie tak. Spróbuj ponownie.
""",
    "ru_form": """\
T Как выбрать зимние шины
A Зимние шины стоит ставить, когда среднесуточная температура опускается ниже плюс семи градусов.
A Шипованные шины лучше держат машину на льду, но шумнее на сухом асфальте.
A Нешипованные шины подходят для городов, где дороги регулярно чистят.
A При покупке обязательно проверьте дату производства на боковине шины.
R Подпишитесь на нашу рассылку
R Это поле обязательно для заполнения
R Введите корректный адрес электронной почты
R Спасибо за подписку!
R Что-то пошло не так. Попробуйте ещё раз.
""",
    "sv_form": """\
T Så sparar du el i vinter
A Sänk inomhustemperaturen med en grad så minskar uppvärmningskostnaden med ungefär fem procent.
A Tvätta på lägre temperatur och fyll maskinen helt.
A Stäng av apparater helt i stället för att låta dem stå i viloläge.
A Täta fönster och dörrar för att minska draget.
R Prenumerera på vårt nyhetsbrev
R Detta fält är obligatoriskt.
R Ange en giltig e-postadress.
R Tack för din anmälan!
R Något gick fel. Försök igen.
""",
    "cs_form": """\
T Jak vybrat vánoční stromek
A Při výběru živého stromku je dobré zkontrolovat, zda neopadává jehličí, když zatřesete větví.
A Kmen by měl být na řezu světlý a vlhký.
A Doma stromek postavte do stojanu s vodou a dál od topení.
A Jedle vydrží déle než smrk, ale bývá dražší.
R Přihlaste se k odběru newsletteru
R Toto pole je povinné.
R Zadejte platnou e-mailovou adresu.
R Děkujeme za přihlášení k odběru!
R Něco se pokazilo. Zkuste to prosím znovu.
""",
    "tr_form": """\
T Kışın evde enerji tasarrufu nasıl yapılır?
A Termostatı bir derece düşürmek ısınma faturasını yüzde altı kadar azaltabilir.
A Pencere kenarlarındaki boşlukları kapatmak ısı kaybını önler.
A Perdeleri gündüz açık, gece kapalı tutmak da evin sıcak kalmasına yardımcı olur.
A Kullanılmayan odaların kapılarını kapalı tutun.
R Bültenimize abone olun
R Bu alan zorunludur.
R Lütfen geçerli bir e-posta adresi girin.
R Abone olduğunuz için teşekkürler!
R Bir hata oluştu. Lütfen tekrar deneyin.
""",
    # ----- controls (must survive whole) ----------------------------------------------------------------------------
    "en_ctrl_charity": """\
T Food bank appeal raises £250,000 in a week
A A Christmas appeal by the Trussell food bank in Leeds has raised more than £250,000 in its first week, twice its target.
A The charity had warned in November that donations of food had fallen by a third while demand had risen.
A "People have been incredibly generous," said the food bank's manager, Aisha Karim.
A "Every £5 buys a family's breakfast for a week, and every £25 fills a parcel."
A The appeal will remain open until January 6, and donations can be made online or at any of the city's supermarkets.
A Ms Karim said volunteers were still needed to sort parcels on weekday mornings.
""",
    "en_ctrl_guardian": """\
T Reader revenue overtakes advertising at the Guardian
A The Guardian said 1 million readers had supported it financially in the past year, with recurring contributions now its largest source of income.
A The publisher, which keeps its website free to read, began asking readers for contributions in 2016.
A Its appeals, which run at the foot of articles, ask readers to "support independent journalism" with a one-off or monthly payment.
A Chief executive Anna Bateson said the model had allowed the paper to avoid a paywall.
A "Our readers have made us sustainable," she said.
A Advertising income fell by 8 per cent over the same period.
""",
    "en_ctrl_crowdfunding": """\
T Crowdfunding campaign saves village pub
A Villagers in Bishop's Cleeve have raised £420,000 through a crowdfunding campaign to buy their only pub.
A More than 600 people pledged money, with amounts ranging from £10 to £20,000.
A The Royal Oak closed last year after its owners put it up for sale.
A "We didn't want to lose the heart of the village," said campaign organiser Jenny Hales.
A The community group plans to reopen the pub in the summer, with a shop and a café.
""",
    "en_ctrl_blood": """\
T Blood stocks fall to two days' supply as donors urged to come forward
A NHS Blood and Transplant has issued an urgent appeal for donors after stocks of O negative blood fell to less than two days' supply.
A The service said it needed 1,500 more donors a day over the next fortnight to rebuild stocks.
A "We need you," said chief nurse Gerry Gogarty. "If you have an appointment, please keep it. If you have never given blood, now is the time."
A Hospitals have been asked to use O negative blood only when it is clinically essential.
A Donating takes about an hour, and each donation can save up to three lives.
A Donate blood today.
A Book an appointment at blood.co.uk or call 0300 123 23 23.
""",
    "en_ctrl_oped": """\
T Opinion: This election, our town needs you
A For twenty years I have watched turnout in our town fall at every local election, to just 24 per cent last May.
A That means a quarter of us decide for all of us.
A The council will spend £180 million of our money next year. It will decide whether the library stays open and whether the bus to the hospital keeps running.
A So I am asking you, our readers, to do two things.
A Vote on Thursday. It takes five minutes.
A And if you can, support the candidates and causes you believe in: donate, volunteer, knock on doors.
A Democracy is not a spectator sport.
""",
    "en_ctrl_email_howto": """\
T How to fix "Invalid email" errors in your sign-up form
A If your sign-up form shows "Invalid email" for addresses that look fine, the problem is usually an over-strict regular expression.
A Many validators reject addresses with a plus sign, such as jane+news@example.com, although they are perfectly valid.
A Others fail on long top-level domains like .photography.
A The simplest fix is to check only that the address contains one @ with some text on both sides, and then send a confirmation email.
A Users who see "Please enter a valid email address" for a correct address often give up and leave the page.
A Finally, make sure the error message says what is wrong: "This field is required" is no help to someone who has typed their address.
""",
    "en_ctrl_form_ux": """\
T Error messages that don't make users angry
A Every form fails sometimes, and how it fails matters more than most designers think.
A The worst error message is the generic one: "Something went wrong. Please try again."
A It tells the user neither what happened nor what to do about it.
A A good message names the field, says what was expected and keeps what the user typed.
A Instead of "Invalid input", write "Enter a date in the format DD/MM/YYYY".
A Show the message next to the field, not at the top of the page, and don't clear the form.
A And when the user succeeds, say so plainly: "Thanks, we've received your message."
""",
    "de_ctrl_taz": """\
T Genossenschaftszeitung zählt 40.000 freiwillige Zahler
A Die taz hat nach eigenen Angaben inzwischen mehr als 40.000 Leserinnen und Leser, die freiwillig für ihre Online-Artikel zahlen.
A Das Modell „taz zahl ich“ gibt es seit 2011; die Artikel bleiben für alle frei zugänglich.
A Unter jedem Text bittet die Zeitung um Unterstützung, im Schnitt zahlen die Unterstützer sechs Euro im Monat.
A Die Geschäftsführung sagte, ohne die freiwilligen Beiträge wäre die Zeitung nicht mehr überlebensfähig.
A Andere Verlage setzen dagegen vor allem auf Bezahlschranken.
""",
    "fr_ctrl_telethon": """\
T Le Téléthon 2023 récolte plus de 80 millions d'euros de promesses de dons
A Le Téléthon a recueilli 80,6 millions d'euros de promesses de dons à l'issue de ses 30 heures d'émission, a annoncé l'AFM-Téléthon dimanche.
A C'est un peu plus que l'an dernier, malgré l'inflation qui pèse sur le budget des ménages.
A « Merci à tous les donateurs, vous êtes formidables », a lancé la présidente de l'association, Laurence Tiennot-Herment.
A Les dons financent la recherche sur les maladies rares et l'accompagnement des familles.
A Il est encore possible de faire un don jusqu'à la fin du mois.
""",
    "es_ctrl_sangre": """\
T Los hospitales madrileños piden donantes de sangre ante la caída de las reservas
A El Centro de Transfusión de la Comunidad de Madrid ha hecho un llamamiento urgente a la donación de sangre tras caer las reservas por debajo de los niveles de seguridad.
A Los grupos más necesitados son el 0 negativo y el A negativo.
A «Necesitamos tu ayuda», ha dicho la directora del centro. «Donar sangre solo lleva media hora y puede salvar tres vidas».
A Las unidades móviles estarán esta semana en varias universidades y centros comerciales.
A Hazte donante.
""",
    "ru_ctrl_sbor": """\
T Жители Перми собрали деньги на ремонт старого кинотеатра
A Жители Перми за два месяца собрали более трёх миллионов рублей на ремонт кинотеатра «Октябрь».
A Сбор организовали местные активисты на краудфандинговой платформе.
A Пожертвования поступили от более чем двух тысяч человек, от 100 рублей до 200 тысяч рублей.
A «Мы не ожидали такой поддержки», — рассказала организатор сбора Анна Котова.
A Кинотеатр планируют открыть после ремонта осенью.
""",
    # ===== ROUND 2 (after reading the sign-up passes, aimed at appeal-box and the form_status guard) ================
    "en_r2_editor_letter": """\
T A note to our readers
A Starting Monday, the print edition of the Courier will cost $2.50 on weekdays and $4 on Sundays.
A We know no one likes to pay more, and we did not make this decision lightly: the cost of newsprint has doubled in two years.
A Your subscription pays for the reporters who cover the city council, the schools and the courts, and we are grateful to every one of our readers for their support.
A Thank you for supporting local journalism.
T Subscribe
""",
    "en_r2_club_members": """\
T Rovers freeze membership prices for a third season
A Rovers have frozen the price of club membership for the 2024-25 season, the club announced on Friday.
A Become a member
A Membership costs £35 for adults and £10 for under-18s, and members get priority for away tickets and a vote at the annual meeting, the club said.
A The supporters' trust welcomed the freeze but said it would keep pressing for cheaper season tickets.
R Share
R Tweet
""",
    "en_r2_club_members_tail": """\
T Rovers freeze membership prices for a third season
A Rovers have frozen the price of club membership for the 2024-25 season, the club announced on Friday.
A The supporters' trust welcomed the freeze but said it would keep pressing for cheaper season tickets.
A Become a member
A Membership costs £35 for adults and £10 for under-18s, and you get priority for away tickets and a vote at the annual meeting.
R Share this article
R Related stories
""",
    "en_r2_messages_list": """\
T The five form errors that drive users away
A Most sign-up forms lose people at the very last step, when the user presses the button and the form answers with an error.
A We looked at 200 forms on retail sites. The most common messages users saw were:
A This field is required
A Please enter a valid email address
A Something went wrong. Please try again.
A None of them tells the user which field is wrong or how to fix it.
A Good forms validate each field as the user leaves it and say exactly what they expect.
""",
    "en_r2_messages_list_tail": """\
T Writing error messages: a checklist
A An error message should say what happened, why, and what the user can do next.
A It should appear next to the field it is about, in plain words and without blame.
A Here are three messages that fail every one of these tests:
A Invalid email
A This field is required
A Sending…
""",
    "en_r2_story_screen": """\
T The Last Ticket
A Maria had been refreshing the page since nine o'clock, and the concert had sold out in eleven minutes.
A At 9:14 a single ticket appeared in the resale queue. She pressed the button before she could think.
A The wheel spun for a long time. Then the screen flashed the same message as before:
A Something went wrong. Please try again.
A She closed the laptop and sat in the dark kitchen for a while, listening to the rain.
""",
    "de_r2_messages_list": """\
T Fehlermeldungen in Formularen: So geht es besser
A Viele Online-Shops verlieren Kundinnen und Kunden erst ganz am Ende, wenn das Formular eine Fehlermeldung zeigt.
A Wir haben 150 Formulare getestet. Am häufigsten sahen die Nutzer diese Meldungen:
A Dieses Feld ist ein Pflichtfeld.
A Bitte geben Sie eine gültige E-Mail-Adresse ein.
A Beide sagen nicht, was genau falsch ist.
A Besser ist es, jedes Feld sofort zu prüfen und konkret zu sagen, was erwartet wird.
""",
    "fr_r2_ux": """\
T Formulaires : les messages d'erreur qui font fuir les internautes
A Un formulaire qui affiche « Ce champ est obligatoire » sans dire lequel fait perdre des clients, selon une étude publiée mardi.
A Les chercheurs ont analysé 300 formulaires de sites marchands français.
A Dans un tiers des cas, le message « Une erreur s'est produite. Veuillez réessayer. » s'affichait sans autre explication.
A Les auteurs recommandent de vérifier chaque champ dès qu'il est rempli.
""",
    "es_r2_socio_news": """\
T El Betis supera los 60.000 socios por primera vez
A El Real Betis ha superado por primera vez los 60.000 socios, según anunció el club este martes.
A Hazte socio
A La campaña, que el club llama así, ofrecía descuentos del 15% a quienes renovaran antes de julio y a los jóvenes menores de 25 años.
A El presidente agradeció a los aficionados su apoyo y prometió ampliar el estadio en los próximos años.
A La lista de espera para conseguir un abono supera ya las 5.000 personas.
""",
    "en_r2_appeal_no_close": """\
T Bus fares to be capped at £2 across the county
A Single bus fares will be capped at £2 on every route in the county from April, the council said on Thursday.
A The cap will cost £4 million a year and will be paid for from a government grant.
A Operators said they expected passenger numbers to rise by about a tenth.
R A word to our readers
R We are an independent newsroom, and our reporting is free for everyone. If you value it, please consider supporting us.
""",
    "it_r2_appeal_middle": """\
T Milano, la nuova linea del tram arriva a Rogoredo
A La nuova linea del tram 24 arriverà fino alla stazione di Rogoredo entro la fine dell'anno, ha annunciato il Comune di Milano.
A I lavori costeranno 38 milioni di euro e dureranno circa 14 mesi.
R Sostieni la nostra redazione
R Il nostro giornalismo è indipendente e accessibile a tutti. Se puoi, sostienici con una donazione.
R € 5
R € 10
R € 25
R Dona ora
A I commercianti di via Ripamonti temono disagi durante il cantiere.
A Il Comune ha promesso indennizzi per le attività che perderanno clienti.
""",
    "ru_r2_appeal_top": """\
R Дорогие читатели
R Мы работаем без рекламы и без государственного финансирования. Только ваша поддержка позволяет нам оставаться независимыми.
R Ежемесячно
R Разово
R 500 ₽
R Поддержать
T В Новосибирске открыли новый мост через Обь
A В Новосибирске в субботу открыли движение по новому мосту через Обь.
A Строительство моста продолжалось пять лет и обошлось в 35 миллиардов рублей.
A По мосту будут ходить автобусы, а в будущем и трамваи.
A Мэр города заявил, что мост разгрузит центральные улицы.
""",
    "pt_r2_letter_page": """\
T Uma mensagem aos nossos leitores
A A partir de segunda-feira, o jornal passa a ter uma assinatura digital de 5 euros por mês.
A Sabemos que muitos de vocês nos leem há anos sem pagar, e agradecemos a confiança.
A O jornalismo independente custa dinheiro, e a publicidade já não chega para pagar a redação.
A Obrigado pelo vosso apoio.
T Assinar
""",
    "nl_r2_form_top": """\
R Dit veld is verplicht.
R Vul een geldig e-mailadres in.
R Bedankt voor je aanmelding!
T Gemeente Groningen plant vijf nieuwe fietsenstallingen
A De gemeente Groningen bouwt de komende drie jaar vijf nieuwe fietsenstallingen in de binnenstad.
A Samen bieden ze plaats aan ruim 9.000 fietsen.
A De grootste komt onder het Forum en krijgt 3.000 plekken.
A Fietsers kunnen er de eerste 24 uur gratis parkeren.
""",
    "sv_r2_messages_middle": """\
T Stockholm bygger ut cykelbanorna
A Stockholms stad ska bygga 20 kilometer nya cykelbanor under nästa år.
A De flesta hamnar i ytterstaden, där det i dag saknas sammanhängande stråk.
R Tack för din anmälan!
R Något gick fel. Försök igen.
A Kostnaden beräknas till 300 miljoner kronor.
A Cykelfrämjandet välkomnar beskedet men vill se snabbare takt.
""",
    "cs_r2_appeal_tail": """\
T Praha prodlouží tramvajovou trať na Barrandov
A Praha prodlouží tramvajovou trať z Barrandova do Holyně, rozhodli v úterý radní.
A Nová trať bude dlouhá 1,6 kilometru a bude mít tři zastávky.
A Stavba má začít příští rok a potrvá asi dva roky.
R Milí čtenáři
R Děkujeme, že nás čtete. Naše zpravodajství je zdarma, ale jeho příprava stojí peníze. Pokud můžete, podpořte nás.
R Měsíčně
R Jednorázově
R 200 Kč
R Přispět
""",
    "tr_r2_form_top": """\
R Bu alan zorunludur.
R Geçersiz e-posta adresi
R Gönderiliyor…
T Ankara'da metro hattı uzatılıyor
A Ankara'da Keçiören metro hattının Esenboğa Havalimanı'na kadar uzatılması için ihale yapıldı.
A Hattın 26 kilometre uzunluğunda olması ve yedi istasyon içermesi planlanıyor.
A İnşaatın dört yılda tamamlanması bekleniyor.
A Belediye, hattın günde 100 bin yolcu taşıyacağını açıkladı.
""",
    "pl_r2_supporters_news": """\
T Fundacja zebrała 2 miliony złotych na hospicjum
A Fundacja Hospicjum Kraków zebrała w ciągu miesiąca ponad 2 miliony złotych na budowę nowego budynku.
A Wesprzyj nas
A Pod takim hasłem fundacja prowadziła zbiórkę w internecie, a wpłacić można było dowolną kwotę, od 10 zł.
A Pieniądze przekazało ponad 15 tysięcy osób.
A Budowa ma się rozpocząć wiosną.
""",
}

#: The residue a page still leaves (each with its reason in the docstring).
RESIDUE_LEFT: dict[str, int] = {
    # a newsletter box's blurb closed by a full stop: newsletter-box takes unclosed blurbs only
    "en_form_subscribed": 1,
    # an appeal's heading and pitch with no amount or button under them: appeal-box needs its close
    "en_r2_appeal_no_close": 2,
}

#: The article lines a page still loses (as on m27: newsletter-prompt's table takes the bare call, and the guard
#: that keeps a call as the subheading of the paragraph speaking of it reads one-word lines only).
KNOWN_LOST: dict[str, list[str]] = {
    "en_r2_club_members": ["Become a member"],
    "en_r2_club_members_tail": ["Become a member"],
    "es_r2_socio_news": ["Hazte socio"],
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


if __name__ == "__main__":
    report(CASES)


# -- form messages: the tables' lines go, the same words in a sentence stay --------------------------------------------

# each language's article: the article lines of its form page and of its appeal page (a page of four short lines is
# too little to tell its language by)
_PAGES = {
    "en": ("en_form_subscribed", "en_appeal_tail"), "de": ("de_form", "de_appeal_tail"),
    "fr": ("fr_form", "fr_appeal_middle"), "es": ("es_form", "es_hazte_socio"), "it": ("it_form", "it_sostieni"),
    "pt": ("pt_form", "pt_apoie"), "nl": ("nl_form", "nl_word_lid"), "pl": ("pl_form", "pl_wesprzyj"),
    "ru": ("ru_form", "ru_podderzhite"), "sv": ("sv_form", "sv_stod"), "cs": ("cs_form", "cs_podporte"),
    "tr": ("tr_form", "tr_destek"),
}
TEXT = {lang: [text for key in keys for tag, text in parse(CASES[key]) if tag == "A"] for lang, keys in _PAGES.items()}

_NP = "newsletter-prompt"
GOES = [
    ("en", "You have successfully subscribed. Thank you!", _NP),
    ("en", "Please check your inbox to confirm your subscription.", _NP),
    ("en", "This field is required", _NP),
    ("en", "Sending…", _NP),
    ("en", "Your message has been sent successfully.", _NP),
    ("en", "Oops! Something went wrong. Please try again later.", _NP),
    ("de", "Dieses Feld ist ein Pflichtfeld.", _NP),
    ("de", "Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link in der Mail, die wir Ihnen gesendet haben.", _NP),
    ("de", "Wird gesendet …", _NP),
    ("fr", "Ce champ est obligatoire.", _NP),
    ("fr", "Une erreur s'est produite. Veuillez réessayer.", _NP),
    ("fr", "Veuillez saisir une adresse e-mail valide.", _NP),
    ("es", "Este campo es obligatorio", _NP),
    ("es", "Por favor, introduce un correo electrónico válido.", _NP),
    ("es", "Revisa tu bandeja de entrada para confirmar tu suscripción.", _NP),
    ("it", "Questo campo è obbligatorio", _NP),
    ("it", "Si è verificato un errore. Riprova più tardi.", _NP),
    ("pt", "Este campo é obrigatório.", _NP),
    ("pt", "Verifique a sua caixa de correio para confirmar a subscrição.", _NP),
    ("nl", "Dit veld is verplicht.", _NP),
    ("nl", "Er is iets misgegaan. Probeer het opnieuw.", _NP),
    ("pl", "To pole jest wymagane.", _NP),
    ("pl", "Coś poszło nie tak. Spróbuj ponownie.", _NP),
    ("ru", "Это поле обязательно для заполнения", _NP),
    ("ru", "Введите корректный адрес электронной почты", _NP),
    ("sv", "Detta fält är obligatoriskt.", _NP),
    ("sv", "Något gick fel. Försök igen.", _NP),
    ("cs", "Toto pole je povinné.", _NP),
    ("cs", "Něco se pokazilo. Zkuste to prosím znovu.", _NP),
    ("tr", "Bu alan zorunludur.", _NP),
    ("tr", "Lütfen geçerli bir e-posta adresi girin.", _NP),
]
STAYS = [
    ("en", "The form kept telling her that the field was required, although she had filled it in twice."),
    ("en", "Users who see \"Please enter a valid email address\" for a correct address often give up, the study found."),
    ("en", "Something went wrong at the plant on Tuesday night, and workers were told to try again in the morning."),
    ("en", "You have successfully subscribed to the idea that growth solves everything, the minister was told."),
    ("de", "Das Feld ist ein Pflichtfeld, sagte der Sprecher, und ohne E-Mail-Adresse gehe die Anmeldung nicht."),
    ("fr", "« Ce champ est obligatoire » : le message s'affichait même quand le champ était rempli, selon l'étude."),
    ("es", "El campo es obligatorio para todos los contribuyentes que hayan cobrado más de 22.000 euros."),
    ("it", "Il campo è obbligatorio solo per chi presenta la domanda online, ha precisato l'Inps."),
    ("nl", "Het veld is verplicht voor alle aanvragers, zei een woordvoerder van de gemeente."),
    ("pl", "To pole jest wymagane tylko od osób, które składają wniosek przez internet, wyjaśnił urząd."),
    ("ru", "Это поле обязательно для заполнения только для юридических лиц, пояснили в налоговой службе."),
    ("sv", "Något gick fel vid bygget, och kommunen vill nu försöka igen till hösten."),
    ("cs", "Něco se pokazilo už při výběru dodavatele, řekl starosta, a město to teď zkusí znovu."),
    ("tr", "Bu alan zorunludur ifadesi, formu dolduran vatandaşların kafasını karıştırdı."),
]
test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- form messages the article lists under its own sentence closed by a colon ------------------------------------------

_HOWTO = [
    "Most sign-up forms lose people at the very last step, when the user presses the button and the form answers.",
    "We looked at 200 forms on retail sites. The most common messages users saw were:",
]
_AFTER = "None of them tells the user which field is wrong or how to fix it, the researchers said."


@pytest.mark.parametrize(
    "items",
    [
        ["Invalid email", "This field is required"],
        ["This field is required", "Please enter a valid email address", "Something went wrong. Please try again."],
        ["Sending…"],
    ],
    ids=["two", "three", "busy"],
)
@pytest.mark.parametrize("tail", [True, False], ids=["closing", "between"])
def test_messages_listed_under_the_articles_colon_stay(items: list[str], tail: bool) -> None:
    page = [*_HOWTO, *items] + ([] if tail else [_AFTER])
    assert lost(page, cleaner.explain_text("\n".join(page))) == []


@pytest.mark.parametrize(
    "form",
    [
        ["Email:", "Invalid email", "This field is required"],  # a field's label over them
        ["Sign up for our newsletter", "Subscribe", "This field is required", "Please enter a valid email address"],
        ["Contact us", "Name", "Message", "Send", "Something went wrong. Please try again."],
    ],
    ids=["label", "newsletter", "contact"],
)
def test_a_forms_messages_under_its_fields_still_go(form: list[str]) -> None:
    gone = {text for _p, text in removals_of([*_HOWTO[:1], _AFTER, *form])}
    assert set(form[1:]) <= gone


# -- appeal boxes ------------------------------------------------------------------------------------------------------

_STORY = [
    "Plans for 400 homes on the site of the former Riverside bus depot were approved by the city council on Wednesday.",
    "The scheme includes 120 homes for social rent and a new health centre on the ground floor of the largest block.",
    "Residents of nearby Mill Lane had objected to the height of the tallest building, which will rise to 11 storeys.",
    "Work is expected to start in the spring and the first residents could move in by 2027.",
]
_PITCH = [
    "Local journalism costs money. We don't put our stories behind a paywall, because everyone deserves to know what is decided.",
    "If you value our reporting, please consider supporting us. Every contribution, big or small, makes a difference.",
]
_LETTER = [
    "Our readers have told us that the council's decisions matter to them, and we have added a reporter to cover them.",
    "We will also publish every planning decision in full, so that you can read what was decided and why.",
    "Your letters about the depot scheme will appear in Saturday's edition, and we will keep reporting on it.",
]
_BOX = ["A Word to Our Loyal Readers", *_PITCH, "Choose your amount: $5 $10 $25", "Monthly", "Donate now"]


@pytest.mark.parametrize("at", [0, 2, 4], ids=["head", "middle", "tail"])
def test_an_appeal_box_goes_whole(at: int) -> None:
    page = [*_STORY[:at], *_BOX, *_STORY[at:]]
    result = cleaner.explain_text("\n".join(page))
    assert lost(_STORY, result) == []
    gone = dict((text, p) for p, text in removed(result))
    assert set(_BOX) <= set(gone)
    assert {gone[line] for line in _PITCH} == {"appeal-box"}


@pytest.mark.parametrize(
    "box",
    [
        ["A Word to Our Loyal Readers", *_PITCH],  # no amount, no button under the pitch
        ["A Word to Our Loyal Readers", *_PITCH, "Share", "Tweet"],  # a share row is no box's close
        ["Our history", *_PITCH, "Donate now"],  # no appeal's heading over it
        ["A Word to Our Loyal Readers", *_PITCH, *_LETTER, "Donate now"],  # five lines: the article's letter
        # no one addresses the reader: the news of another's appeal
        ["Before you go", "The charity's appeal for independent journalism raised £40,000 from readers last year.",
         "Donate now"],
        # a travel story's last section over the site's newsletter button: a sign-up is no appeal's close
        ["Before you go", "Check the Foreign Office's advice and make sure your insurance covers independent trips.",
         "Subscribe"],
    ],
    ids=["no_close", "share_row", "no_heading", "long", "no_person", "subscribe"],
)
def test_the_pitch_of_no_box_stays(box: list[str]) -> None:
    pitch = [line for line in box if line in _PITCH or line in _LETTER or line.startswith(("The charity", "Check the"))]
    page = [*_STORY, *box]
    assert lost(pitch, cleaner.explain_text("\n".join(page))) == []


def test_a_letter_that_is_the_page_stays() -> None:
    letter = [
        "A note to our readers",
        "Starting Monday, the print edition will cost $2.50 on weekdays, and we did not make this decision lightly.",
        "Your subscription pays for the reporters who cover the council and the courts; thank you for your support.",
        "Subscribe",
    ]
    assert lost(letter[1:3], cleaner.explain_text("\n".join(letter))) == []


def test_a_sign_up_heading_that_speaks_of_no_appeal_heads_no_box() -> None:
    # a newsletter box's label over a form's opt-in note: the note is no appeal's pitch
    tail = ["See All Newsletters", "Please check the box to confirm that you would like to subscribe to our updates.",
            "Subscribe"]
    gone = {p for p, _text in removals_of([*_STORY, *tail])}
    assert "appeal-box" not in gone


def test_a_box_whose_pitch_a_vocabulary_cut_goes_whole() -> None:
    # the pitch's middle line is a call newsletter-prompt knows; the lines around it are the box's all the same
    box = [
        "A message to our readers",
        "We are a small team of reporters covering the city, and we rely on our readers to keep going.",
        "Support our journalism with a monthly gift of any size.",
        "It takes less than a minute, and you can cancel your contribution at any time.",
        "£3",
        "£5",
        "£10",
        "Give now",
    ]
    result = cleaner.explain_text("\n".join([*_STORY, *box]))
    assert lost(_STORY, result) == []
    assert set(box) <= {text for _p, text in removed(result)}
