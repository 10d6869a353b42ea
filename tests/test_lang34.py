# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""lang34: a probe of news pages in the twelve languages whose tables were thinnest (fi, et, sl, lv, lt, hr, he, ca,
hu, vi, sw, tl), scraped as text (one page a language as an extractor leaves it, one as all the visible text of the
page): local politics, sport, business, culture, a recipe and a how-to, with the residue those sites emit in their
own language (datelines in local formats, bylines, "Read also:" teasers, advertisement markers, photo credits, share
buttons, comment counts and log-in calls, menus and breadcrumbs, most-read boxes, newsletter boxes, cookie banners,
copyright tails, app prompts, a live ticker's labels and a paywall).

Tags as in ``probes``: ``A`` must survive, ``R`` residue, ``T`` either (headlines; a live ticker's entry times, "23.41"
between its entries, which clock-line keeps on purpose, README: "not the entry times of a live blog"; written ``R`` in
round 1, they are ``T`` here and in the numbers below).

- round 1, blind (written before reading the passes): 26 pages, 196 ``A`` lines, 352 ``R``.
- round 2, after the changes, aimed at them: 10 pages, 74 ``A`` lines: a library's own ranked list under "Luetuimmat",
  "Legnépszerűbb", "Najčitanije", "Lasītākās grāmatas" between its paragraphs; sentences opening on the added words
  ("Kuvateksti on kirjastossa …", "Seuranta päättyi vasta …", "Legyen előfizetőnk …" quoted, "Töltse le a … alkalmazását
  is az, aki …", "Laadi alla ERR-i äpp või …, soovitas saatejuht …", "Kõige loetumad lood …", "Na Amina Said, mwalimu
  wao …", "Habari zinazosomwa zaidi katika …", "Piesakies mūsu jaunumu vēstulei, aicina …", "Populārākie raksti …";
  and of the second batch: "Komentari su zatvoreni nakon što …", "Ovaj sadržaj dostupan je samo pretplatnicima, rekao
  je urednik, …", "Uživo iz Sabora emisija je …", "En directe des del Palau Sant Jordi, …", "Inicia sessió per continuar
  llegint és el missatge …", "Chanzo: ripoti ya benki kuu inaonyesha …", "Imeandikwa na wataalamu …", "Jiunge na chama
  …", "Élő zenével …", "Videó is készült …", "A hozzászólások le vannak zárva az … fórumon, mert …").
- a second batch, after reading the tables: a line a language of what English's tables already take and these did
  not: comments closed, the paywall's "log in to read on" and "for subscribers only", "Watch the video", the live
  label, share buttons naming the network, the app named by its outlet, an ad's "the article continues after the ad",
  a source label, each put after three of the language's sentences: of 164 such lines main left 71, after 4 (said
  below); those it took are ``GOES``' second list.

Every page is told its own language (no neighbour guess: hr/sr/sl, et/fi, lv/lt, ca/es, id/ms/tl all right), and the
numbers are the same with the language forced.

Measured on main ceec2d4: round 1 lost 0, left 18: et's "Kõige loetumad" with its two ranked headlines and "Laadi
alla ERR-i äpp", lv's two headlines under "Populārākie raksti" (the heading went as furniture, the box not), fi's
recipe rating "4,6 (128 arviota)", the live ticker's "Seuranta on päättynyt." and its caption "Kuvateksti: … Kuva:
Lehtikuva", hu's paywall ("Legyen előfizetőnk, és olvassa korlátlanul …!", "Előfizetek", "Már előfizető? Jelentkezzen
be!"), its app prompt "Töltse le a HVG alkalmazást!" and its caption "A képen: … (Fotó: … / hvg.hu)", sw's by-line "Na
Juma Mwinyi", and three bare names (below); round 2 lost 0, left 0.

After: round 1 lost 0, left 3; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, all table
entries in ``cleaner/rules/lang/<xx>.toml`` (each tagged ``# lang34:``), each with what it still takes and what it keeps
(tests below):

- ``promos.rank_heading`` (teaser-box), new in all twelve: the most-read heading of each language ("Luetuimmat",
  "Kõige loetumad", "Najbolj brano", "Populārākie raksti", "Skaitomiausi", "Najčitanije", "הכי נקראים", "El més llegit",
  "Legolvasottabb", "Đọc nhiều nhất", "Habari zinazosomwa zaidi", "Pinakabinasa"): over a ranked list at the article's
  edge the box goes with its list, elsewhere it is a heading only over two or more headlines (as box_heading); over the
  article's own numbered list between its paragraphs it stays (round 2), as does a sentence opening on its words.
- ``promos.cta`` (call-to-action): et "Laadi alla ERR-i äpp", "Paigalda Postimehe äpp" (the outlet's genitive before
  "äpp"; a comma after it is a sentence and stays: "Laadi alla ERR-i äpp või …, soovitas saatejuht …"); hu "Töltse le a
  HVG alkalmazást!" (an outlet's name between; only "is"/"most"/"ingyen" or an "és …" without a comma may follow).
- ``signup.paywall`` (paywall), hu: "Legyen előfizetőnk, és olvassa …!" (the call, or with "és"/"hogy" and a verb of
  reading or support in the reader's imperative), the button "Előfizetek", "Már előfizető? Jelentkezzen be!" (the old
  entry stopped short of the "!").
- ``signup.newsletter`` (newsletter-prompt), lv: "Piesakies mūsu jaunumu vēstulei un saņem …!" ("mūsu" before the
  letter; a comma ends the match: "Piesakies mūsu jaunumu vēstulei, aicina direktore, …" stays).
- ``credits.image_credit`` (image-credit): fi "Kuvateksti: …" (the caption's own label, "caption:"; "Kuvateksti on …"
  stays); hu "A képen: …" closed by its bracketed credit "(Fotó: …)" (without the credit the caption stays).
- ``widgets.chrome`` (site-chrome), fi: a live ticker's "Seuranta on päättynyt." (the notice alone; "Seuranta päättyi
  vasta joulukuun lopussa, …" stays) and a rating with its count "4,6 (128 arviota)".
- ``metadata.byline`` (byline), sw: "Na" and two to four capitalised names alone on the line ("Na Juma Mwinyi"); "Na
  Amina Said, mwalimu wao wa fizikia, alisema …" stays.

Left (not table work): a writer's bare name under the dateline ("Jordi Serra", "Minh Anh": English leaves "John Carter"
there too; a name alone is any two capitalised words) and vi's name with its title at the article's foot ("Bác sĩ
Nguyễn Văn Hùng", VnExpress's way). Of the second batch: et "Uudised e-postile" (no pitch verb), he "לכל הכתבות של"
(an author's archive link without its name), sw "Mhariri: Amina Hassan" and tl "Ulat ni Juan Dela Cruz" under the
article (a labelled credit there is a fact box's row, as en's "Editor: Jane Doe" is left).

The second batch's entries (each tested both ways below; every open tail closed by a comma or a sentence's words, so
a sentence opening on the words stays):

- ``comments.ui`` (comment-ui), all twelve: the notice that comments are closed alone on its line ("Kommentit on
  suljettu", "Komentari su zatvoreni", "התגובות נסגרו", "Els comentaris estan tancats", "Maoni yamefungwa", …).
- ``signup.paywall`` (paywall): "log in to read on" (fi, et, sl, lv, lt, hr, he, ca, vi, sw, tl) with only the
  article as its object; "for subscribers only" (fi "Tämä on maksullinen artikkeli", hr, he, sw, tl); a subscription
  button naming its paper (fi "Tilaa HS Digi", et "Telli Postimees"). sw had no paywall table.
- ``promos.heading`` (teaser-box), all twelve: "Watch the video" over its player ("Katso video", "Pogledajte video",
  "Nézd meg a videót!", "Xem video", "Tazama video", …); fi "Lue lisää aiheesta".
- ``widgets.chrome`` (site-chrome), all twelve: the live label alone ("SUORA LÄHETYS", "OTSE", "V ŽIVO", "TIEŠRAIDE",
  "TIESIOGIAI", "UŽIVO", "שידור חי", "EN DIRECTE", "ÉLŐ", "TRỰC TIẾP", "MUBASHARA"); hu's "Videó" / "Galéria" tab.
- ``widgets.social`` (social-buttons): a share button naming the network without a preposition (lv, lt, hu).
- ``promos.cta`` (call-to-action): the app named by its outlet (fi "Lataa Yle-sovellus", lv "Lejupielādē Delfi
  lietotni", lt "Atsisiųskite 15min programėlę"), vi's bare "Tải ứng dụng".
- ``credits.ad_marker`` (ad-marker): et "Reklaam lõpeb", sw "Makala inaendelea baada ya tangazo", tl "Ipagpapatuloy ang
  artikulo pagkatapos ng patalastas"; ``credits.image_credit``: sw "Chanzo: BBC", tl "Pinagmulan: PNA" (a source label
  before a name, not before a sentence: en's shape); ``metadata.byline``: sw "Imeandikwa na Juma Mwinyi";
  ``signup.newsletter``: sw's button "Jiunge".

Language: a Tagalog article's first three sentences alone (tl_baha's) lean to no language (their "na", "sa" are also
Czech's and Slovak's function words, and the English loans dilute the lead), so the passes read them with English's
tables only, though ``Result.language`` says tl; the pages with their residue are told tl. A matter for language.py's
stopword lean, not these tables (said in the report); ``TEXT["tl"]`` takes its next three.

Bench (``bench.bench_text --variant both``): recall 0.967/0.975/0.971, naive 0.864/0.988/0.922 (P/R/F1), as on main.
``bench.equivalence compare`` against base34 (main ceec2d4): no dev or fixture input moved; three old probe pages lose
the same lines by another pass: test_langs27's he_newsletter ("התגובות נסגרו" by comment-ui, not edge-furniture, and
the "©" line under it then by teaser-box, not copyright), test_left24's hu_news ("Megosztás Facebookon" by
social-buttons) and hu_sport ("Előfizetek" by paywall), in both of test_left24's case lists.

``python tests/test_lang34.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    article_sentences,
    forced_language_test,
    lost,
    parse,
    removed,
    report,
    tagged_probe_tests,
    told_language_test,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written blind, before reading the passes) ====================================================
    "fi_valtuusto_ratikka": """\
T Valtuusto hyväksyi ratikan toisen vaiheen äänin 52–15
R Julkaistu 12.3.2024 15:42 | Päivitetty 12.3.2024 18:05
R Teksti: Mikko Virtanen
A Tampereen kaupunginvaltuusto hyväksyi maanantai-iltana raitiotien toisen vaiheen rakentamisen Lentävänniemeen ja Hiedanrantaan.
A Päätös syntyi äänin 52–15 pitkän ja paikoin kiivaan keskustelun jälkeen.
A Hankkeen kustannusarvio on noin 228 miljoonaa euroa, josta valtio maksaa kolmanneksen.
R Lue myös: Ratikan matkustajamäärät ylittivät ennusteet jo ensimmäisenä vuonna
A Vastustajat muistuttivat, että kaupungin velkamäärä on kasvanut nopeasti ja että rahat tarvittaisiin kouluihin ja vanhustenhoitoon.
A Pormestari Heikki Laaksonen ei halunnut kommentoida asiaa tarkemmin ennen kuin valitusaika on umpeutunut.
R Mainos
A Rakennustyöt alkavat aikaisintaan ensi keväänä, ja ensimmäisten vaunujen arvioidaan kulkevan uudella osuudella vuonna 2028.
A Asukasyhdistyksen puheenjohtaja Leena Mäkinen kertoo, että Lentävänniemessä päätöstä on odotettu vuosia.
A – Nyt vihdoin tiedetään, mihin suuntaan alue kehittyy, Mäkinen sanoo.
R Kuva: Jussi Koivunen / HS
R Jaa artikkeli
R Kommentit (34)
R Kirjaudu sisään kommentoidaksesi
""",
    "fi_mustikkapiirakka_full": """\
R Siirry sisältöön
R Reseptit
R Arki
R Juhla
R Leivonta
R Etusivu › Reseptit › Leivonta
T Mustikkapiirakka kaurapohjalla
R 15.7.2023
R Tallenna resepti
R Tulosta
A Mustikkapiirakka on suomalaisen kesän klassikko, ja tässä versiossa pohja tehdään kaurahiutaleista.
A Tuoreiden mustikoiden sijaan voit käyttää myös pakastettuja, kunhan sulatat ne ensin ja valutat ylimääräisen nesteen pois.
A Ainekset
A 150 g voita
A 1 dl sokeria
A 1 muna
A 2 dl kaurahiutaleita
A 2 dl vehnäjauhoja
A 1 tl leivinjauhetta
A 4 dl mustikoita
A Valmistus
A 1. Sekoita pehmeä voi ja sokeri vaahdoksi ja lisää muna.
A 2. Yhdistä kaurahiutaleet, jauhot ja leivinjauhe ja sekoita ne voivaahtoon.
A 3. Painele taikina voideltuun piirakkavuokaan ja levitä mustikat pohjan päälle.
A 4. Paista 200 asteessa uunin alatasolla noin 30 minuuttia.
A Piirakka maistuu parhaimmalta haaleana vaniljajäätelön kanssa.
R Arvioi resepti
R 4,6 (128 arviota)
R Tilaa uutiskirjeemme ja saat viikon parhaat reseptit sähköpostiisi joka perjantai!
R Sähköpostiosoite
R Tilaa
R Katso myös nämä
R Raparperipiirakka
R Korvapuustit
R Lataa sovelluksemme App Storesta tai Google Playsta
R Käytämme evästeitä parantaaksemme käyttökokemustasi.
R Hyväksy evästeet
R © 2024 Sanoma Media Finland Oy
""",
    "et_piimatoostus": """\
T Piimatootjad hoiatavad: kokkuostuhind ei kata enam kulusid
R 14.02.2024 09:15
R Autor: Kadri Põld
A Eesti piimatootjate liit hoiatas kolmapäeval, et praegune piima kokkuostuhind ei kata paljudes taludes enam tootmiskulusid.
A Liidu andmetel maksavad töötlejad keskmiselt 38 senti liitri eest, samas kui tootmise omahind on tõusnud üle 42 sendi.
A Kõige raskemas seisus on väiksemad farmid Lõuna-Eestis, kus lüpsikarja suurus jääb alla saja looma.
R Loe ka: Viljandimaa farm lõpetas pärast 40 aastat piimatootmise
A Maaeluministeerium teatas, et kaalub kriisiabi, kuid täpsemaid summasid veel ei avaldatud.
A Suurima töötleja esindaja keeldus hinnapoliitikat kommenteerimast ja viitas maailmaturu olukorrale.
R Reklaam
A Põllumehed kardavad, et kui olukord kevadeks ei parane, sulgeb uksed veel mitukümmend farmi.
A Ühe Põlvamaa talu peremees Toomas Lepik ütles, et on juba pidanud kolm töötajat koondama.
A „Me ei saa toota kahjumiga igavesti, keegi peab selle eest lõpuks maksma,“ sõnas Lepik.
R Foto: Mihkel Maripuu / Postimees
R Jaga
R Kommentaarid (27)
R Kommenteerimiseks logi sisse
""",
    "et_korvpall_full": """\
R Mine sisu juurde
R Uudised
R Sport
R Kultuur
R Arvamus
R Sport / Korvpall
T Kalev/Cramo alistas lisaajal Tartu Ülikooli
R Laupäev, 09.03.2024, 21:47
R Rasmus Kivi, sporditoimetus
A Kalev/Cramo võitis laupäeval Saku Suurhallis peetud Eesti-Läti liiga mängus Tartu Ülikooli korvpallimeeskonda lisaajal 88:84.
A Kohtumine oli tasavägine kogu mängu vältel ning kumbki meeskond ei suutnud eduseisu üle kümne punkti kasvatada.
A Põhiajal viigistas tartlaste tagamängija Karl Saar seisu neli sekundit enne lõppu kolmepunktiviskega.
A Lisaajal oli tallinlaste kaitse aga selgelt parem ja külalised suutsid visata vaid neli punkti.
R Loe ka: Koondise peatreener nimetas laagrisse kolm uut mängijat
A Kalevi resultatiivseim oli 22 punktiga Martin Tamm, kes lisas ka kaheksa lauapalli.
A Tartu meeskonna treener ütles pärast mängu, et tema mängijad väsisid lõpus.
A „Me tegime kolmandal veerandil liiga palju pallikaotusi ja see maksis end kätte,“ lausus ta.
A Meeskonnad kohtuvad uuesti juba järgmisel nädalal Tartus.
R Foto: Jana Pipar / ERR
R Jaga Facebookis
R Jaga X-is
R Kõige loetumad
R 1. Valitsus kärbib järgmisel aastal kulutusi
R 2. Tallinnas süttis kortermaja
R Telli ERR-i uudiskiri ja saa olulisemad uudised igal hommikul oma postkasti
R Laadi alla ERR-i äpp
R Kasutame küpsiseid, et pakkuda paremat kasutajakogemust. Nõustun
R © Eesti Rahvusringhääling
""",
    "sl_razstava_galerija": """\
T V Moderni galeriji na ogled pregledna razstava slikarke Metke Krašovec
R 8. marec 2024 ob 10:32
R Avtor: Nina Kovač
A V Moderni galeriji v Ljubljani so v četrtek zvečer odprli obsežno pregledno razstavo slikarke Metke Krašovec.
A Na ogled je več kot sto petdeset del, od zgodnjih grafik iz sedemdesetih let do velikih platen, nastalih v zadnjem desetletju.
A Kustosinja razstave je povedala, da so dela zbirali skoraj dve leti, saj so mnoga v zasebnih zbirkah.
R Preberite tudi: Narodna galerija bo prenovila stalno zbirko
A Obiskovalci si bodo lahko ogledali tudi umetničine skicirke, ki doslej še niso bili javno razstavljeni.
A Ob razstavi je izšla monografija s spremnimi besedili več slovenskih umetnostnih zgodovinarjev.
R Oglas
A Razstava bo odprta do konca junija, ob sobotah pa bodo potekala vodstva za družine.
A Vstopnina znaša osem evrov, za študente in upokojence pa pet evrov.
R Foto: Bobo
R Deli
R Komentarji (12)
R Za komentiranje se morate prijaviti.
""",
    "sl_neurje_full": """\
R Preskoči na vsebino
R Novice
R Slovenija
R Svet
R Šport
R Novice > Slovenija
T Neurje s točo povzročilo škodo na Gorenjskem
R Objavljeno: 18. 07. 2024 ob 19:45
R Posodobljeno: 18. 07. 2024 ob 21:10
A Močno neurje s točo je v četrtek popoldne zajelo Gorenjsko in povzročilo veliko škode na strehah, avtomobilih in kmetijskih pridelkih.
A Gasilci so imeli največ dela v okolici Kranja in Škofje Loke, kjer je veter podiral drevesa na ceste.
A Po podatkih uprave za zaščito in reševanje je bilo brez elektrike več kot tri tisoč gospodinjstev.
A Toča v velikosti oreha je ponekod v nekaj minutah uničila celotne nasade jabolk.
R Preberite še: Arso izdal oranžno opozorilo za severozahod države
A Župan Škofje Loke je dejal, da bo občina prizadetim pomagala pri odpravi posledic.
A Vremenoslovci za petek napovedujejo nove nevihte, a naj bi bile manj intenzivne.
R Foto: Gasilska zveza Kranj
R Oglasno sporočilo
R Najbolj brano
R Cene goriv bodo v torek spet višje
R Na avtocesti trčilo pet vozil
R Naročite se na e-novice in bodite obveščeni o najpomembnejših dogodkih.
R Vaš e-naslov
R Naroči se
R Ta spletna stran uporablja piškotke. Strinjam se
R © 2024 Pro Plus d.o.o. Vse pravice pridržane.
""",
    "lv_hokejs": """\
T Latvijas hokejisti pārbaudes spēlē pārspēj Slovākiju
R 2024. gada 4. maijs, 22:10
R Autors: Jānis Bērziņš
A Latvijas hokeja izlase sestdien Rīgā pārbaudes spēlē ar 3:2 pārspēja Slovākijas komandu.
A Izšķirošos vārtus trešās trešdaļas vidū guva uzbrucējs Rūdolfs Kalniņš, kurš izmantoja vairākuma situāciju.
A Pirmajā trešdaļā viesi izvirzījās vadībā, taču mājinieki jau pēc divām minūtēm panāca neizšķirtu.
R Lasiet arī: Izlases galvenais treneris paziņo paplašināto sastāvu pasaules čempionātam
A Vārtos visu spēli nospēlēja Kristers Ozols, kurš atvairīja 31 metienu.
A Galvenais treneris pēc spēles teica, ka komandai vēl jāuzlabo spēle mazākumā.
R Reklāma
A Nākamajā nedēļā izlase aizvadīs vēl divas pārbaudes spēles Vācijā.
A Pasaules čempionāts sāksies maija vidū Čehijā.
R Foto: LETA
R Dalīties
R Komentāri (41)
R Lai komentētu, lūdzu, pieslēdzies.
""",
    "lv_bankas_full": """\
R Pāriet uz saturu
R Ziņas
R Bizness
R Sports
R Kultūra
R Bizness > Finanses
T Bankas samazina hipotekāro kredītu procentu likmes
R 12.03.2024 14:20
R Ilze Liepa
A Vairākas lielākās Latvijas bankas šonedēļ paziņoja par hipotekāro kredītu procentu likmju samazināšanu jaunajiem klientiem.
A Likmju kritums saistīts ar Eiropas Centrālās bankas signāliem par iespējamu monetārās politikas mīkstināšanu.
A Finanšu nozares asociācija lēš, ka mājokļu kreditēšanas apjomi šogad varētu pieaugt par desmit procentiem.
A Tomēr eksperti brīdina, ka nekustamā īpašuma cenas Rīgā joprojām ir augstas salīdzinājumā ar iedzīvotāju ienākumiem.
R Lasi arī: Kā pārkreditēt mājokli un ko ņemt vērā
A Viena no bankām atteicās komentēt, cik klientu jau pieteikušies pārkreditēšanai.
A Patērētāju tiesību aizsardzības centrs aicina rūpīgi salīdzināt piedāvājumus pirms līguma parakstīšanas.
R Foto: Shutterstock
R Reklāma
R Populārākie raksti
R Degvielas cenas atkal kāpj
R Valdība vienojas par budžetu
R Piesakies mūsu jaunumu vēstulei un saņem svarīgākās ziņas katru rītu!
R Abonēt
R Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi mūsu vietnē. Piekrītu
R © 2024 Delfi. Visas tiesības aizsargātas.
""",
    "lt_pomidorai": """\
T Kaip išauginti pomidorus šiltnamyje: patarimai pradedantiesiems
R 2024-04-18 08:30
R Autorė: Rūta Jankauskienė
A Pomidorai yra vienos populiariausių daržovių, kurias lietuviai augina šiltnamiuose.
A Daigus rekomenduojama sėti kovo pabaigoje, o į šiltnamį sodinti tada, kai dirva įšyla bent iki penkiolikos laipsnių.
A Svarbu nepersodinti augalų per tankiai, nes tuomet jie blogiau vėdinasi ir dažniau serga.
R Taip pat skaitykite: Kada sėti agurkus, kad derlius būtų gausus
A Laistyti reikia rečiau, bet gausiai, geriausia ryte, kad lapai iki vakaro spėtų nudžiūti.
A Kai augalai pasiekia maždaug metro aukštį, juos verta pririšti prie atramų.
R Reklama
A Patyrę daržininkai pataria reguliariai šalinti pažastinius ūglius, kad augalas energiją skirtų vaisiams.
A Pirmuosius prinokusius pomidorus paprastai galima skinti liepos viduryje.
R Nuotrauka: Shutterstock
R Dalintis
R Komentarai (8)
R Norėdami komentuoti, prisijunkite.
""",
    "lt_savivaldybe_full": """\
R Pereiti prie turinio
R Naujienos
R Lietuva
R Pasaulis
R Verslas
R Naujienos / Lietuva
T Kauno taryba pritarė naujam viešojo transporto planui
R 2024 m. kovo 14 d. 16:05
R Tomas Petrauskas, BNS
A Kauno miesto savivaldybės taryba ketvirtadienį pritarė naujam viešojo transporto maršrutų planui, kuris įsigalios nuo rugsėjo.
A Pagal planą bus sukurtos trys naujos greitųjų autobusų linijos, jungsiančios miegamuosius rajonus su centru.
A Kai kurie mažai naudojami maršrutai bus sujungti arba panaikinti.
A Opozicijos atstovai kritikavo, kad gyventojai apie pokyčius sužinojo per vėlai.
R Taip pat skaitykite: Vilniuje brangsta viešasis transportas
A Meras sakė, kad naujasis planas sutrumpins kelionės laiką daugumai keleivių.
A Vežėjų bendrovės atstovas atsisakė komentuoti, ar bus didinami bilietų kainos.
R Nuotrauka: Eriko Ovčarenko / BNS
R Reklama
R Skaitomiausi
R Orai: savaitgalį grįš šaltis
R Seime – karšti debatai dėl mokesčių
R Prenumeruokite mūsų naujienlaiškį ir gaukite svarbiausias naujienas kiekvieną rytą.
R Jūsų el. paštas
R Prenumeruoti
R Šioje svetainėje naudojami slapukai. Sutinku
R © 2024 UAB „15min“. Visos teisės saugomos.
""",
    "hr_dinamo_uzivo": """\
T Dinamo slavio u derbiju protiv Hajduka
R 16.3.2024. u 20:55
R Autor: Ivan Horvat
A Dinamo je u subotu navečer na Maksimiru pobijedio Hajduk rezultatom 2:1 u derbiju 27. kola SuperSport HNL-a.
A Domaćini su poveli već u desetoj minuti nakon udarca glavom iz kornera.
A Hajduk je izjednačio početkom drugog poluvremena, no Dinamo je pobjedonosni pogodak postigao u 78. minuti.
R Pročitajte i: Trener Hajduka nakon poraza: Suđenje je bilo katastrofalno
A Nakon ove pobjede Dinamo ima pet bodova prednosti na vrhu ljestvice.
A Trener gostiju odbio je komentirati sudačke odluke na konferenciji za medije.
R Oglas
A Na utakmici je bilo više od trideset tisuća gledatelja, a policija je prijavila nekoliko manjih incidenata.
A Sljedeće kolo Dinamo igra u Osijeku, a Hajduk dočekuje Rijeku.
R Foto: Pixsell
R Podijeli
R Komentari (214)
R Za komentiranje se morate prijaviti.
""",
    "hr_vlada_full": """\
R Preskoči na sadržaj
R Vijesti
R Sport
R Show
R Lifestyle
R Vijesti > Hrvatska
T Vlada najavila novi paket mjera za ublažavanje cijena energenata
R Objavljeno: 14. ožujka 2024. u 11:20
R Ažurirano: 14. ožujka 2024. u 13:05
A Vlada je na četvrtkovoj sjednici predstavila novi paket mjera vrijedan 800 milijuna eura za ublažavanje rasta cijena energenata.
A Paket uključuje ograničenje cijena struje i plina za kućanstva do kraja rujna.
A Ministar gospodarstva rekao je da će mjere obuhvatiti i mala i srednja poduzeća.
A Oporba tvrdi da su mjere zakašnjele i da ne rješavaju uzrok problema.
R Pročitajte još: Cijene goriva od utorka ponovno rastu
A Ekonomisti upozoravaju da bi dugoročno subvencioniranje moglo opteretiti proračun.
A Sindikati su pozdravili najavu, ali traže i povećanje plaća u javnom sektoru.
R Foto: Marko Lukunić / PIXSELL
R Oglas
R Najčitanije
R Potres kod Petrinje probudio građane
R Poznata pjevačica otkrila detalje vjenčanja
R Pretplatite se na naš newsletter i primajte najvažnije vijesti dana.
R Vaša e-mail adresa
R Pretplati se
R Koristimo kolačiće kako bismo vam pružili najbolje iskustvo. Prihvaćam
R © 2024 Hanza Media. Sva prava pridržana.
""",
    "he_rakevet": """\
T הרכבת הקלה בתל אביב: הקו הסגול יידחה בשנתיים
R פורסם: 12.03.24, 14:20
R מאת: יוסי כהן
A משרד התחבורה הודיע היום כי פתיחת הקו הסגול של הרכבת הקלה בגוש דן תידחה בשנתיים לפחות.
A לפי ההודעה, העיכוב נובע מבעיות בהעתקת תשתיות תת-קרקעיות ומקשיים בגיוס עובדים.
A עלות הפרויקט עומדת כעת על יותר מ-15 מיליארד שקלים, כמעט פי שניים מההערכה המקורית.
R קראו גם: הקו האדום שבר שיא נוסעים בחודש פברואר
A ראש עיריית רמת גן אמר כי ההחלטה פוגעת קשות בתושבים ובעסקים לאורך התוואי.
A חברת נת"ע סירבה להגיב על הדברים ומסרה כי תפרסם לוח זמנים מעודכן בקרוב.
R פרסומת
A העבודות ברחובות המרכזיים יימשכו בינתיים, והסדרי התנועה הנוכחיים יישארו בתוקף.
A נהגים מתבקשים להמשיך להשתמש בדרכים חלופיות בשעות העומס.
R צילום: שאול גולן
R שתפו
R תגובות (57)
R התחברו כדי להגיב
""",
    "he_sefer_full": """\
R דלג לתוכן
R חדשות
R תרבות
R ספורט
R כלכלה
R תרבות > ספרות
T רומן הביכורים של נועה לוי זכה בפרס ספיר
R 7 במאי 2024, 19:30
R מיכל ברק
A הסופרת נועה לוי זכתה הערב בפרס ספיר לספרות על רומן הביכורים שלה "הבית ברחוב הגפן".
A הרומן מספר על שלושה דורות של משפחה אחת בחיפה, מימי המנדט ועד ימינו.
A חבר השופטים ציין כי הספר "מצליח לתאר באומץ ובעדינות את השתיקות שבתוך המשפחה".
A לוי, בת 34, עובדת כמורה לספרות בתיכון בחיפה וכתבה את הספר במשך שש שנים.
R קראו עוד: רשימת הספרים המועמדים לפרס השנה
A בנאום התודה שלה הקדישה את הפרס לסבתה, שסיפוריה היו הבסיס לרומן.
A הפרס כולל מענק כספי ותרגום של הספר לשפה זרה לבחירת הזוכה.
R צילום: יח"צ
R הכי נקראים
R מחירי הדירות ממשיכים לעלות
R המשחק הגדול של הערב
R הירשמו לניוזלטר שלנו וקבלו את הכתבות הכי מעניינות ישירות למייל
R הרשמה
R אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. אישור
R © כל הזכויות שמורות
""",
    "ca_escalivada": """\
T Escalivada al forn: la recepta tradicional pas a pas
R 22/06/2024 - 10:15 h
R Text: Marta Puig
A L'escalivada és un dels plats més senzills i saborosos de la cuina catalana d'estiu.
A Tradicionalment es feia a la brasa, però al forn de casa també queda molt bona si es té paciència.
A Ingredients
A 2 albergínies
A 2 pebrots vermells
A 2 cebes
A Oli d'oliva verge extra
A Sal
R Llegeix també: Cinc receptes fresques per a les nits de calor
A Renteu les verdures i poseu-les senceres en una safata de forn amb un raig d'oli.
A Enforneu-les a 200 graus durant una hora, girant-les de tant en tant.
A Quan siguin ben toves, deixeu-les refredar tapades amb un drap perquè es pelin millor.
R Publicitat
A Peleu-les, talleu-les a tires i amaniu-les amb oli i sal.
A Es pot servir sola o amb anxoves sobre una llesca de pa torrat.
R Foto: Cuina / Ara
R Comparteix
R Comentaris (6)
R Inicia sessió per comentar
""",
    "ca_ple_full": """\
R Vés al contingut
R Política
R Societat
R Economia
R Esports
R Inici > Política
T El ple de Girona aprova el pressupost amb els vots de l'equip de govern
R Actualitzat el 14 de març de 2024 a les 21:40
R Jordi Serra
A El ple de l'Ajuntament de Girona ha aprovat aquest dijous el pressupost municipal per al 2024, que puja a 162 milions d'euros.
A Els comptes han tirat endavant amb els vots de l'equip de govern i l'abstenció d'un dels grups de l'oposició.
A L'alcalde ha destacat que el pressupost prioritza l'habitatge públic i el manteniment dels equipaments escolars.
A L'oposició ha criticat que no s'hagi reduït la pressió fiscal sobre les famílies.
R Llegeix també: Girona tindrà un nou carril bici a la Devesa
A El regidor d'Hisenda ha declinat fer declaracions sobre la possible pujada de l'IBI l'any vinent.
A Les entitats veïnals han celebrat que s'hi incloguin partides per als barris de Santa Eugènia i Sant Narcís.
R Foto: Aniol Resclosa / ACN
R Publicitat
R El més llegit
R Tallen la C-65 per un accident
R Un incendi crema una nau a Salt
R Subscriu-te al nostre butlletí i rep cada matí les notícies més importants.
R Correu electrònic
R Subscriu-m'hi
R Utilitzem galetes pròpies i de tercers per millorar la teva experiència. Accepto
R © 2024 Diari de Girona. Tots els drets reservats.
""",
    "hu_forint": """\
T Gyengült a forint a jegybanki döntés után
R 2024. március 26. 15:42
R Szerző: Nagy Péter
A A forint gyengülni kezdett kedden délután, miután a Magyar Nemzeti Bank a vártnál nagyobb mértékben csökkentette az alapkamatot.
A Az euró árfolyama rövid idő alatt 395 forint fölé emelkedett, ami több hónapos csúcsnak számít.
A A jegybank 75 bázisponttal, 8,25 százalékra vágta az irányadó rátát.
R Olvassa el ezt is: Rekordot döntött a benzin ára a hétvégén
A Elemzők szerint a kamatcsökkentési ciklus a második félévben lassulhat.
A A pénzügyminisztérium nem kívánta kommentálni az árfolyam alakulását.
R Hirdetés
A A budapesti értéktőzsdén a bankpapírok estek a legnagyobbat.
A A befektetők most a márciusi inflációs adatokra várnak.
R Fotó: MTI/Kovács Attila
R Megosztás
R Hozzászólások (45)
R A hozzászóláshoz be kell jelentkezni.
""",
    "hu_szinhaz_full": """\
R Ugrás a tartalomra
R Belföld
R Külföld
R Kultúra
R Sport
R Kultúra > Színház
T Csehov-bemutató a Katonában: a Három nővér új olvasatban
R 2024. 03. 10. 18:30
R Tóth Eszter
A A Katona József Színház pénteken mutatta be Csehov Három nővér című drámáját, amelyet egy fiatal rendező állított színpadra.
A Az előadás a jelenbe helyezi a történetet, a nővérek egy vidéki panelházban várják, hogy végre Moszkvába költözhessenek.
A A főszerepeket a társulat három fiatal színésznője játssza, akik közül kettő most először kapott főszerepet.
A A bemutatón a közönség hosszú vastapssal ünnepelte az alkotókat.
R Kapcsolódó: Idén is lesz Színházak Éjszakája
A A rendező elmondta, hogy a próbafolyamat során sokat improvizáltak a színészekkel.
A A következő előadásokra már alig kapható jegy, a színház ezért áprilisban pótelőadásokat tart.
R Fotó: Dusa Gábor / Katona József Színház
R Hirdetés
R Legolvasottabb
R Meghalt a népszerű színész
R Eldőlt, ki lesz a szövetségi kapitány
R Iratkozzon fel hírlevelünkre, és értesüljön elsőként a legfontosabb hírekről!
R E-mail cím
R Feliratkozom
R Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. Elfogadom
R © 2024 Mediaworks Hungary Zrt. Minden jog fenntartva.
""",
    "vi_cao_toc": """\
T Cao tốc Biên Hòa - Vũng Tàu thông xe đoạn đầu tiên
R Thứ ba, 12/3/2024, 14:20 (GMT+7)
R Minh Anh
A Đoạn đầu tiên dài 17 km của cao tốc Biên Hòa - Vũng Tàu đã chính thức thông xe vào sáng nay, sớm hơn kế hoạch hai tháng.
A Dự án có tổng vốn đầu tư hơn 17.800 tỷ đồng, được chia thành ba dự án thành phần.
A Theo Ban quản lý dự án, toàn tuyến dự kiến hoàn thành vào cuối năm 2025.
R Xem thêm: Giá nhà đất ven cao tốc tăng mạnh
A Người dân địa phương cho biết thời gian di chuyển từ Biên Hòa đến Long Thành giảm gần một nửa.
A Đại diện nhà thầu từ chối bình luận về việc chậm tiến độ giải phóng mặt bằng ở đoạn cuối.
R Quảng cáo
A Bộ Giao thông vận tải yêu cầu các đơn vị bảo đảm an toàn giao thông trong thời gian khai thác tạm.
A Xe tải trên 10 tấn tạm thời chưa được phép lưu thông trên đoạn mới.
R Ảnh: Phước Tuấn
R Chia sẻ
R Bình luận (23)
R Đăng nhập để bình luận
""",
    "vi_ngu_ngon_full": """\
R Trang chủ
R Thời sự
R Kinh doanh
R Sức khỏe
R Sức khỏe > Dinh dưỡng
T 5 cách giúp ngủ ngon hơn mà không cần dùng thuốc
R Chủ nhật, 10/3/2024, 07:00 (GMT+7)
A Mất ngủ đang trở thành vấn đề phổ biến, đặc biệt ở người trẻ sống tại các thành phố lớn.
A Theo các bác sĩ, thay đổi một số thói quen hằng ngày có thể cải thiện giấc ngủ đáng kể.
A 1. Đi ngủ và thức dậy vào cùng một giờ mỗi ngày, kể cả cuối tuần.
A 2. Tránh dùng điện thoại và máy tính ít nhất một giờ trước khi ngủ.
A 3. Không uống cà phê hoặc trà đặc sau 15 giờ.
A 4. Giữ phòng ngủ tối, yên tĩnh và thoáng mát.
A 5. Tập thể dục đều đặn nhưng không nên tập quá sát giờ ngủ.
R Đọc thêm: Thiếu ngủ kéo dài ảnh hưởng thế nào đến tim mạch
A Nếu tình trạng mất ngủ kéo dài hơn ba tuần, bạn nên đến gặp bác sĩ để được tư vấn.
R Bác sĩ Nguyễn Văn Hùng
R Ảnh minh họa: Freepik
R Quảng cáo
R Tin đọc nhiều
R Giá vàng hôm nay tăng vọt
R Hà Nội chuẩn bị đón không khí lạnh
R Đăng ký nhận bản tin để cập nhật tin tức mới nhất mỗi ngày
R Đăng ký
R Tải ứng dụng trên App Store và Google Play
R Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý
R © Copyright 1997 VnExpress.net, All rights reserved
""",
    "sw_simba_yanga": """\
T Simba yaichapa Yanga katika mechi ya watani wa jadi
R Jumamosi, Aprili 20, 2024
R Na Juma Mwinyi
A Klabu ya Simba imeifunga Yanga mabao 2-1 katika mechi ya Ligi Kuu Tanzania Bara iliyochezwa Jumamosi kwenye Uwanja wa Benjamin Mkapa.
A Bao la kwanza lilifungwa dakika ya 12 kwa mkwaju wa penalti baada ya mshambuliaji kuangushwa ndani ya eneo la hatari.
A Yanga walisawazisha kabla ya mapumziko, lakini Simba walipata bao la ushindi dakika ya 81.
R Soma pia: Kocha wa Yanga alalamikia uamuzi wa mwamuzi
A Ushindi huo unaiweka Simba pointi tatu nyuma ya vinara wa ligi.
A Kocha wa Yanga alikataa kuzungumza na waandishi wa habari baada ya mechi.
R Tangazo
A Zaidi ya mashabiki elfu sitini walihudhuria mchezo huo uliokuwa na msisimko mkubwa.
A Timu hizo zitakutana tena katika nusu fainali ya Kombe la Shirikisho mwezi ujao.
R Picha: Mwananchi
R Shiriki
R Maoni (18)
R Ingia ili kutoa maoni
""",
    "sw_mahindi_full": """\
R Ruka hadi maudhui
R Habari
R Biashara
R Michezo
R Burudani
R Habari > Kitaifa
T Wakulima wa mahindi walalamikia bei ndogo ya mazao
R Imechapishwa: Machi 12, 2024 saa 4:20 asubuhi
R Na Amina Hassan
A Wakulima wa mahindi katika mkoa wa Ruvuma wamelalamikia bei ndogo ya mazao yao msimu huu.
A Gunia la kilo mia moja sasa linauzwa kwa shilingi elfu arobaini, kutoka elfu sabini mwaka jana.
A Wakulima wanasema gharama za mbolea na usafirishaji zimepanda kwa kiasi kikubwa.
A Serikali imesema itanunua sehemu ya mazao kupitia Wakala wa Taifa wa Hifadhi ya Chakula.
R Soma zaidi: Bei ya mbolea yashuka baada ya ruzuku ya serikali
A Mkuu wa mkoa aliwataka wakulima kuunda vyama vya ushirika ili kupata masoko bora.
A Wafanyabiashara wa nafaka walikataa kutoa maoni kuhusu madai ya kushusha bei kwa makusudi.
R Picha: Maktaba
R Tangazo
R Habari zinazosomwa zaidi
R Mvua kubwa zasababisha mafuriko Dar es Salaam
R Bunge lapitisha bajeti mpya
R Jiandikishe kupokea jarida letu la habari kila siku
R Barua pepe
R Jiandikishe
R Tunatumia vidakuzi ili kuboresha huduma zetu. Kubali
R © 2024 Mwananchi Communications Ltd. Haki zote zimehifadhiwa.
""",
    "tl_baha": """\
T Libu-libong pamilya, inilikas dahil sa baha sa Bulacan
R Marso 12, 2024 | 2:20 PM
R Ni Maria Santos
A Mahigit limang libong pamilya ang inilikas sa iba't ibang bayan sa Bulacan dahil sa malawakang pagbaha dulot ng malakas na ulan.
A Ayon sa lokal na pamahalaan, umabot sa hanggang dibdib ang tubig sa ilang barangay sa Calumpit at Hagonoy.
A Pansamantalang nanunuluyan ang mga residente sa mga paaralan at covered court na ginawang evacuation center.
R BASAHIN: PAGASA, nagbabala ng panibagong bagyo ngayong linggo
A Nagpadala na ang Department of Social Welfare and Development ng mga food pack at tubig na maiinom.
A Tumanggi namang magbigay ng pahayag ang pamunuan ng dam tungkol sa pagpapakawala ng tubig.
R ADVERTISEMENT
A Suspendido rin ang klase sa lahat ng antas sa buong lalawigan hanggang Biyernes.
A Pinapayuhan ang mga motorista na iwasan muna ang mga binahang kalsada.
R Larawan mula kay Juan Dela Cruz
R I-share
R Mga Komento (15)
R Mag-login para magkomento
""",
    "tl_adobo_full": """\
R Lumaktaw sa nilalaman
R Balita
R Showbiz
R Lifestyle
R Lifestyle > Pagkain
T Paano magluto ng masarap na adobong manok
R Abril 5, 2024
R Ni Liza Reyes
A Ang adobo ang isa sa mga pinakakilalang ulam sa Pilipinas, at bawat pamilya ay may sariling bersyon nito.
A Madali itong lutuin at hindi kailangan ng maraming sangkap.
A Mga Sangkap
A 1 kilo ng manok, hiniwa
A 1/2 tasa ng toyo
A 1/3 tasa ng suka
A 1 buong bawang, dinikdik
A 3 dahon ng laurel
A Paraan ng Pagluluto
A 1. Ibabad ang manok sa toyo at bawang nang hindi bababa sa tatlumpung minuto.
A 2. Ilagay sa kawali kasama ang suka at dahon ng laurel, at hayaang kumulo nang hindi hinahalo.
A 3. Hinaan ang apoy at lutuin hanggang lumambot ang manok at lumapot ang sarsa.
A Mas masarap itong ihain kasama ang mainit na kanin.
R Basahin din: 10 ulam na pwedeng lutuin sa loob ng 30 minuto
R Larawan: Shutterstock
R Pinakabinasa
R Presyo ng bigas, tumaas muli
R Sikat na aktres, ikinasal na
R Mag-subscribe sa aming newsletter para sa pinakabagong balita
R I-subscribe
R Gumagamit kami ng cookies para mapabuti ang iyong karanasan. Tanggapin
R © 2024 Abante. All rights reserved.
""",
    "fi_vaalit_live_full": """\
R Siirry pääsisältöön
R Uutiset
R Urheilu
R Viihde
R Uutiset › Kotimaa
T Seuraamme kuntavaalien tulosta hetki hetkeltä
R SEURANTA
R Päivitetty 13.4.2025 23:48
R Seuranta on päättynyt.
A Kokoomus nousi kuntavaaleissa suurimmaksi puolueeksi ääniosuudella 21,4 prosenttia, kun kaikki äänet on laskettu.
A SDP oli toisena 19,8 prosentin osuudella ja keskusta kolmantena.
A Äänestysprosentti jäi 54,2:een, mikä on hieman edellisiä vaaleja vähemmän.
T 23.41
A Helsingissä eniten ääniä keräsi kaupunginvaltuutettu Anna Korhonen, joka sai yli 12 000 ääntä.
T 23.15
A Perussuomalaisten puheenjohtaja myönsi puolueen tuloksen olevan pettymys.
A – Emme onnistuneet saamaan kannattajiamme uurnille, hän sanoi vaalivalvojaisissa.
R Kuvateksti: Ääntenlaskenta jatkui Helsingin Messukeskuksessa myöhään illalla. Kuva: Lehtikuva
A Vaalitulos vahvistetaan keskusvaalilautakuntien kokouksissa keskiviikkona.
R Tämä artikkeli on vain tilaajille.
R Tilaa HS ja lue rajattomasti 1 kk 1 €
R Onko sinulla jo tunnukset? Kirjaudu
R Seuraa meitä: Facebook | Instagram | X
R Ilmoita virheestä
""",
    "hu_hvg_paywall_full": """\
R Ugrás a fő tartalomra
R Itthon
R Világ
R Gazdaság
R Tech
R Gazdaság > Ingatlan
T Tovább drágultak a budapesti lakások az első negyedévben
R hvg.hu
R 2024. április 15. 07:30
A Az első negyedévben átlagosan négy százalékkal nőttek a használt lakások árai Budapesten egy friss elemzés szerint.
A A legnagyobb drágulást a belső kerületekben mérték, ahol a négyzetméterárak átlaga már meghaladja az egymillió forintot.
R A képen: épülő lakópark Budapest XIII. kerületében (Fotó: Fülöp Máté / hvg.hu)
A Az elemzők szerint a kamatok csökkenése miatt ismét több vevő jelent meg a piacon.
A A vidéki nagyvárosokban mérsékeltebb volt az áremelkedés, Debrecenben és Szegeden két százalék körül alakult.
R Ez a cikk csak előfizetőink számára érhető el.
R Legyen előfizetőnk, és olvassa korlátlanul a hvg.hu cikkeit!
R Előfizetek
R Már előfizető? Jelentkezzen be!
R Töltse le a HVG alkalmazást!
R Kövessen minket a Facebookon is!
R Ajánlott cikkek
R Kiderült, mennyibe kerül majd az új M1-es szakasz
R Lezárják a Lánchidat a hétvégén
R Impresszum | Adatvédelem | Médiaajánlat
""",
    # ===== ROUND 2 (after the changes: articles whose prose uses the added words; must survive) =======================
    "fi_kirjasto_lainatuimmat": """\
T Kirjaston vuosi: dekkarit ja lastenkirjat veivät voiton
A Kaupunginkirjasto julkaisi tiistaina listan vuoden lainatuimmista ja luetuimmista kirjoista.
A Eniten lainattiin jälleen kotimaisia dekkareita, mutta lastenkirjat kirivät aivan kärjen tuntumaan.
A Kirjastonjohtajan mukaan lainausmäärät kasvoivat edellisvuodesta lähes kymmenen prosenttia.
A Luetuimmat
A 1. Pasi Ilmari Jääskeläinen: Väärän kirjan kerho
A 2. Tove Jansson: Muumipeikko ja pyrstötähti
A 3. Kati Hiekkapelto: Kolibri
A Lista perustuu kaikkien kaupungin kirjastojen lainoihin tammikuusta joulukuuhun.
A Kuvateksti on kirjastossa yhtä tärkeä kuin kansi, sanoo näyttelyn kuraattori, sillä moni valitsee kirjan kuvan perusteella.
A Seuranta päättyi vasta joulukuun lopussa, joten osa loppuvuoden lainoista ei ehtinyt tilastoon.
A Ensi vuonna kirjasto aikoo julkaista listan jo kesällä.
""",
    "hu_elofizetes_hir": """\
T Egyre több olvasó fizet elő online hírportálokra
A Egy friss felmérés szerint a magyar internetezők tizenkét százaléka fizet elő legalább egy online hírportálra.
A A kiadók kampányai közül a legsikeresebb a „Legyen előfizetőnk, és támogassa a független újságírást” szlogen volt, mondta a kutatás vezetője.
A A képen látható grafikon szerint a fiatalabb korosztályok körében nőtt a legtöbbet az előfizetők aránya.
A Töltse le a Nemzeti Adó- és Vámhivatal alkalmazását is az, aki gyorsan szeretné ellenőrizni a bevallását, tanácsolta a szakértő egy másik előadáson.
A A legnépszerűbb portálok árai havi 990 és 2490 forint között mozognak.
A Legnépszerűbb
A 1. Telex: 68 ezer támogató
A 2. 444: 41 ezer támogató
A 3. HVG360: 35 ezer előfizető
A A kutatók szerint a következő években tovább nőhet a fizetős tartalmak piaca.
""",
    "et_rakendus_uudis": """\
T Riik avas uue e-tervise äpi
A Sotsiaalministeerium tutvustas kolmapäeval uut mobiilirakendust, mille kaudu saab vaadata oma retsepte ja terviseandmeid.
A Laadi alla ERR-i äpp või vaata saadet veebis, soovitas saatejuht vaatajatel, kui mõni lõik jäi nägemata.
A Ministri sõnul on rakenduse arendamine läinud maksma ligi kaks miljonit eurot.
A Kõige loetumad lood ministeeriumi kodulehel olid möödunud aastal seotud vaktsineerimisega.
A Rakenduse esimene versioon töötab nii Androidi kui ka iOS-i telefonides.
A Kasutajad saavad äpi kaudu ka arstile aja broneerida.
""",
    "sw_na_mwandishi": """\
T Wanafunzi washinda shindano la sayansi
A Wanafunzi watatu kutoka shule ya sekondari ya Moshi wameshinda shindano la kitaifa la sayansi lililofanyika jijini Dodoma.
A Mradi wao ulihusu namna ya kuzalisha umeme kwa kutumia taka za mashambani.
A Na Amina Said, mwalimu wao wa fizikia, alisema ushindi huo ni matokeo ya kazi ngumu ya miezi sita.
A Washindi watapata ufadhili wa masomo katika chuo kikuu cha umma.
A Habari zinazosomwa zaidi katika tovuti ya wizara mwezi huu zilihusu matokeo ya mtihani wa kidato cha nne.
A Shindano hilo hufanyika kila mwaka tangu mwaka 2015.
""",
    "lv_jaunumu_vestule": """\
T Bibliotēka sāk izsūtīt iknedēļas jaunumu vēstuli
A Rīgas Centrālā bibliotēka no aprīļa sāks izsūtīt lasītājiem iknedēļas jaunumu vēstuli par jaunākajām grāmatām.
A Piesakies mūsu jaunumu vēstulei, aicina bibliotēkas direktore, jo tajā būs arī pasākumu kalendārs, stāsta laikraksts.
A Vēstulē būs arī bibliotekāru ieteikumi bērniem un jauniešiem.
A Populārākie raksti bibliotēkas mājaslapā pagājušajā gadā bija par valodu kursiem.
A Lasītākās grāmatas
A 1. Nora Ikstena: Mātes piens
A 2. Inga Ābele: Paisums
A 3. Rūta Mete: Lotosa zieds
A Bibliotēka plāno jaunumu vēstuli izsūtīt arī krievu un angļu valodā.
""",
    "hr_najcitanije_knjige": """\
T Gradska knjižnica objavila popis najčitanijih knjiga
A Gradska knjižnica u Zagrebu objavila je u ponedjeljak popis najčitanijih knjiga u prošloj godini.
A Na vrhu popisa ponovno su se našli domaći autori, a velik interes izazvali su i romani za mlade.
A Ravnateljica knjižnice rekla je da je broj posudbi porastao za osam posto.
A Najčitanije
A 1. Miljenko Jergović: Rod
A 2. Ivana Bodrožić: Sinovi, kćeri
A 3. Kristian Novak: Slučaj vlastite pogibelji
A Knjižnica će ove godine produljiti radno vrijeme subotom.
""",
    "hr_komentari_portal": """\
T Portal zatvorio komentare nakon prijetnji novinarima
A Komentari su zatvoreni nakon što je portal u tjedan dana primio više od dvjesto prijetećih poruka, potvrdio je glavni urednik.
A Urednik je rekao da će komentari ostati isključeni dok policija ne završi istragu.
A Pogledajte video snimku koju je objavila policija, poručio je glasnogovornik novinarima na konferenciji.
A Uživo iz Sabora emisija je koju gledatelji prate već petnaest godina, a urednik je i sam bio njezin gost.
A Ovaj sadržaj dostupan je samo pretplatnicima, rekao je urednik o novom modelu, no istraživačke priče ostat će besplatne.
A Hrvatsko novinarsko društvo osudilo je prijetnje i zatražilo hitnu reakciju nadležnih.
""",
    "ca_directe_concert": """\
T TV3 emetrà en directe el concert de Sant Jordi
A En directe des del Palau Sant Jordi, TV3 emetrà dissabte el concert commemoratiu dels cinquanta anys del grup.
A Els comentaris estan tancats a la web de la cadena des de dilluns, segons ha explicat la directora de continguts.
A Mira el vídeo que ha publicat l'Ajuntament, demanava el regidor de Cultura als veïns en un missatge a les xarxes.
A Inicia sessió per continuar llegint és el missatge que ara veuen els lectors de la majoria de diaris digitals.
A El concert començarà a les nou del vespre i s'allargarà prop de tres hores.
A Les entrades es van exhaurir en menys de vint minuts.
""",
    "sw_chanzo_ripoti": """\
T Mfumuko wa bei washuka kwa mwezi wa tatu mfululizo
A Mfumuko wa bei nchini umeshuka hadi asilimia tatu mwezi uliopita, kwa mujibu wa takwimu mpya za serikali.
A Chanzo: ripoti ya benki kuu inaonyesha kwamba bei za vyakula zimepungua kwa kiasi kikubwa.
A Imeandikwa na wataalamu wa uchumi wa ndani, ripoti hiyo inapendekeza kupunguza riba za mikopo.
A Jiunge na chama cha ushirika ili kupata soko bora, aliwashauri wakulima mkuu wa mkoa.
A Maoni yamefungwa kwa umma hadi wiki ijayo, alisema msemaji wa wizara kuhusu rasimu ya sera mpya.
A Wafanyabiashara wanasema bei za mafuta bado ni changamoto kubwa.
""",
    "hu_elo_zene": """\
T Élő zenével nyit újra a felújított művelődési ház
A Élő zenével és táncházzal nyit újra szombaton a két évig felújított szegedi művelődési ház.
A Videó is készült a felújításról, amelyet a város a közösségi oldalán tett közzé.
A Nézd meg a videót, és gyere el te is, írta a polgármester a bejegyzésben.
A A hozzászólások le vannak zárva az épületről szóló fórumon, mert sok volt a sértő üzenet, közölte a ház igazgatója.
A A felújítás több mint négyszázmillió forintba került, amelynek felét uniós forrásból fedezték.
A A megnyitóra a belépés ingyenes.
""",
}

KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # the writer's bare name under the dateline ("Jordi Serra", "Minh Anh"): a name alone is any two capitalised words,
    # which no table may read (English leaves "John Carter" there too)
    "ca_ple_full": 1,
    "vi_cao_toc": 1,
    # the writer's name with a title at the article's foot ("Bác sĩ Nguyễn Văn Hùng"), as VnExpress signs: no credit
    # over the article names them, so byline-echo has nothing to echo
    "vi_ngu_ngon_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# (a neighbour's guess, hr/sr/sl, et/fi, lv/lt, ca/es, tl/id, would read the page with that language's tables)
test_each_page_is_told_its_language = told_language_test(CASES)


#: three article sentences of each language (the extractor's page of round 1)
TEXT: dict[str, list[str]] = article_sentences(
    CASES,
    (
        "fi_valtuusto_ratikka", "et_piimatoostus", "sl_razstava_galerija", "lv_hokejs", "lt_pomidorai",
        "hr_dinamo_uzivo", "he_rakevet", "ca_ple_full", "hu_forint", "vi_cao_toc", "sw_simba_yanga", "tl_baha",
    ),
)
# (tl_baha's first three sentences alone lean to no language: their "na" and "sa" are also Czech's and Slovak's
# function words, and with English's loans, "covered court", "evacuation center", Tagalog's lead is short of a clear
# one, so the passes read them with the English tables only; its next three lean Tagalog)
TEXT["tl"] = [text for tag, text in parse(CASES["tl_baha"]) if tag == "A"][3:6]

GOES = [
    ("et", "Laadi alla ERR-i äpp", "call-to-action"),
    ("et", "Paigalda Postimehe äpp ja loe uudiseid ka telefonis!", "call-to-action"),
    ("hu", "Töltse le a HVG alkalmazást!", "call-to-action"),
    ("hu", "Legyen előfizetőnk, és olvassa korlátlanul a hvg.hu cikkeit!", "paywall"),
    ("hu", "Előfizetek", "paywall"),
    ("hu", "Már előfizető? Jelentkezzen be!", "paywall"),
    ("lv", "Piesakies mūsu jaunumu vēstulei un saņem svarīgākās ziņas katru rītu!", "newsletter-prompt"),
    ("fi", "Kuvateksti: Ääntenlaskenta jatkui Helsingin Messukeskuksessa myöhään illalla. Kuva: Lehtikuva", "image-credit"),
    ("hu", "A képen: épülő lakópark Budapest XIII. kerületében (Fotó: Fülöp Máté / hvg.hu)", "image-credit"),
    ("fi", "Seuranta on päättynyt.", "site-chrome"),
    ("fi", "4,6 (128 arviota)", "site-chrome"),
    ("sw", "Na Juma Mwinyi", "byline"),
]

STAYS = [
    ("et", "Laadi alla ERR-i äpp või vaata saadet veebis, soovitas saatejuht vaatajatel, kui mõni lõik jäi nägemata."),
    ("et", "Paigalda Postimehe äpp, kui tahad uudiseid kiiremini lugeda, soovitab leht oma lugejatele."),
    ("et", "Kõige loetumad lood ministeeriumi kodulehel olid möödunud aastal seotud vaktsineerimisega."),
    ("hu", "Töltse le a NAV alkalmazását is az, aki gyorsan szeretné ellenőrizni a bevallását, tanácsolta a szakértő."),
    ("hu", "Legyen előfizetőnk – ezzel a felhívással fordult a lap főszerkesztője hétfőn az olvasókhoz."),
    ("hu", "Legyen előfizetőnk, és olvassa korlátlanul – ez volt a kampány szlogenje, amelyet a bíróság most betiltott?"),
    ("hu", "Előfizetek a helyi lapra, mert ott olvasok a községi ügyekről, mondta egy nyugdíjas olvasó."),
    ("hu", "A képen: a polgármester és a miniszter a híd átadásán."),
    ("hu", "Legnépszerűbb a fiatalok körében a rövid videós tartalom, derül ki a felmérésből."),
    ("lv", "Piesakies mūsu jaunumu vēstulei, aicina bibliotēkas direktore, jo tajā būs arī pasākumu kalendārs."),
    ("lv", "Populārākie raksti bibliotēkas mājaslapā pagājušajā gadā bija par valodu kursiem."),
    ("fi", "Kuvateksti on kirjastossa yhtä tärkeä kuin kansi, sanoo näyttelyn kuraattori."),
    ("fi", "Seuranta päättyi vasta joulukuun lopussa, joten osa lainoista ei ehtinyt tilastoon."),
    ("fi", "Sovelluksen arvio 4,6 (128 arviota) on kaupan paras, kertoo yhtiö."),
    ("fi", "Luetuimmat kirjat olivat tänä vuonna jälleen kotimaisia dekkareita."),
    ("sw", "Na Amina Said, mwalimu wao wa fizikia, alisema ushindi huo ni matokeo ya kazi ngumu."),
    ("sw", "Habari zinazosomwa zaidi katika tovuti ya wizara mwezi huu zilihusu matokeo ya mtihani."),
    ("hr", "Najčitanije knjige u prošloj godini ponovno su napisali domaći autori, rekla je ravnateljica."),
    ("ca", "El més llegit de l'any a la biblioteca de Girona va ser una novel·la negra d'autor local."),
    ("vi", "Đọc nhiều nhất trong năm qua là các bài viết về giá vàng và thị trường bất động sản."),
]

#: the second batch (a line each of what English's tables already took: comments closed, the paywall's log-in and
#: subscribers-only notice, "Watch the video", the live label, share and app buttons, an ad's continuation, a source)
GOES += [
    ("fi", "Kommentit on suljettu", "comment-ui"),
    ("fi", "Kirjaudu sisään lukeaksesi koko jutun", "paywall"),
    ("fi", "Tämä on maksullinen artikkeli", "paywall"),
    ("fi", "Tilaa HS Digi", "paywall"),
    ("fi", "Katso video", "teaser-box"),
    ("fi", "SUORA LÄHETYS", "site-chrome"),
    ("fi", "Lataa Yle-sovellus", "call-to-action"),
    ("fi", "Lue lisää aiheesta", "teaser-box"),
    ("et", "Kommentaarid on suletud", "comment-ui"),
    ("et", "Logi sisse, et lugeda edasi", "paywall"),
    ("et", "Telli Postimees", "paywall"),
    ("et", "Vaata videot", "teaser-box"),
    ("et", "OTSE", "site-chrome"),
    ("et", "Reklaam lõpeb", "ad-marker"),
    ("sl", "Komentarji so zaprti", "comment-ui"),
    ("sl", "Prijavite se za branje celotnega članka", "paywall"),
    ("sl", "Poglej video", "teaser-box"),
    ("sl", "V ŽIVO", "site-chrome"),
    ("lv", "Komentāri slēgti", "comment-ui"),
    ("lv", "Pieslēdzies, lai lasītu tālāk", "paywall"),
    ("lv", "Skaties video", "teaser-box"),
    ("lv", "TIEŠRAIDE", "site-chrome"),
    ("lv", "Dalīties Facebook", "social-buttons"),
    ("lv", "Lejupielādē Delfi lietotni", "call-to-action"),
    ("lt", "Komentarai išjungti", "comment-ui"),
    ("lt", "Prisijunkite, kad galėtumėte skaityti toliau", "paywall"),
    ("lt", "Žiūrėti vaizdo įrašą", "teaser-box"),
    ("lt", "TIESIOGIAI", "site-chrome"),
    ("lt", "Dalintis Facebook", "social-buttons"),
    ("lt", "Atsisiųskite 15min programėlę", "call-to-action"),
    ("hr", "Komentari su zatvoreni", "comment-ui"),
    ("hr", "Ovaj sadržaj dostupan je samo pretplatnicima", "paywall"),
    ("hr", "Prijavite se za nastavak čitanja", "paywall"),
    ("hr", "Pogledajte video", "teaser-box"),
    ("hr", "UŽIVO", "site-chrome"),
    ("he", "התגובות נסגרו", "comment-ui"),
    ("he", "התחברו כדי להמשיך לקרוא", "paywall"),
    ("he", "צפו בווידאו", "teaser-box"),
    ("he", "שידור חי", "site-chrome"),
    ("ca", "Els comentaris estan tancats", "comment-ui"),
    ("ca", "Inicia sessió per continuar llegint", "paywall"),
    ("ca", "Mira el vídeo", "teaser-box"),
    ("ca", "EN DIRECTE", "site-chrome"),
    ("hu", "A hozzászólások le vannak zárva", "comment-ui"),
    ("hu", "Nézd meg a videót!", "teaser-box"),
    ("hu", "ÉLŐ", "site-chrome"),
    ("hu", "Videó", "site-chrome"),
    ("hu", "Megosztás Facebookon", "social-buttons"),
    ("vi", "Bình luận đã đóng", "comment-ui"),
    ("vi", "Đăng nhập để đọc tiếp", "paywall"),
    ("vi", "Xem video", "teaser-box"),
    ("vi", "TRỰC TIẾP", "site-chrome"),
    ("vi", "Tải ứng dụng", "call-to-action"),
    ("sw", "Maoni yamefungwa", "comment-ui"),
    ("sw", "Makala hii ni kwa wanachama pekee", "paywall"),
    ("sw", "Ingia ili kuendelea kusoma", "paywall"),
    ("sw", "Tazama video", "teaser-box"),
    ("sw", "MUBASHARA", "site-chrome"),
    ("sw", "Makala inaendelea baada ya tangazo", "ad-marker"),
    ("sw", "Chanzo: BBC", "image-credit"),
    ("sw", "Imeandikwa na Juma Mwinyi", "byline"),
    ("sw", "Jiunge", "newsletter-prompt"),
    ("tl", "Sarado na ang komento", "comment-ui"),
    ("tl", "Para lamang sa mga subscriber ang artikulong ito", "paywall"),
    ("tl", "Mag-log in para magpatuloy sa pagbasa", "paywall"),
    ("tl", "Panoorin ang video", "teaser-box"),
    ("tl", "Ipagpapatuloy ang artikulo pagkatapos ng patalastas", "ad-marker"),
    ("tl", "Pinagmulan: PNA", "image-credit"),
]

STAYS += [
    ("fi", "Kommentit on suljettu monilta uutissivustoilta, koska niiden moderointi on kallista, kertoo tutkija."),
    ("fi", "Tilaa HS Digi -kampanja toi lehdelle kymmeniä tuhansia uusia tilaajia, kertoo toimitusjohtaja."),
    ("fi", "Tämä on maksullinen artikkeli, mutta julkaisemme sen poikkeuksellisesti kaikkien luettavaksi."),
    ("fi", "Katso video, jonka poliisi julkaisi tiistaina, ja kerro, jos tunnistat miehen."),
    ("fi", "Suora lähetys alkaa kello 18 ja sitä voi seurata myös radiossa."),
    ("fi", "Lataa Yle-sovellus ja katso ottelut suorana, mainostaa yhtiö uudessa kampanjassaan."),
    ("et", "Kommentaarid on suletud kõigi valimisteemaliste artiklite all kuni pühapäevani, teatas portaal."),
    ("et", "Telli Postimees endale koju, kutsus kampaania lugejaid juba 1990. aastatel."),
    ("et", "Otse Toompealt kantakse üle ka tänavune vabariigi aastapäeva kontsert."),
    ("et", "Reklaam lõpeb sageli kõige huvitavamal kohal, kurtsid vaatajad ERR-ile saadetud kirjades."),
    ("sl", "Komentarji so zaprti že od ponedeljka, ko je uredništvo prejelo več groženj."),
    ("sl", "V živo bodo tekmo prenašali tudi na radiu, so sporočili organizatorji."),
    ("lv", "Komentāri slēgti arī citos portālos, jo to moderēšana prasa pārāk daudz laika, skaidro redaktore."),
    ("lv", "Tiešraide no Dziesmu svētku noslēguma koncerta sāksies plkst. 19."),
    ("lt", "Komentarai išjungti ir kituose portaluose, nes jų moderavimas kainuoja per brangiai, teigia redaktorė."),
    ("lt", "Tiesiogiai iš Seimo posėdžių salės transliacija bus rodoma ir internete."),
    ("hr", "Komentari su zatvoreni nakon što je portal primio prijetnje, potvrdio je urednik."),
    ("hr", "Ovaj sadržaj dostupan je samo pretplatnicima, rekao je urednik, no to će se promijeniti."),
    ("hr", "Uživo iz Sabora emisija je koju gledatelji prate već petnaest godina."),
    ("he", "התגובות נסגרו לאחר שהאתר קיבל איומים רבים, כך אמר העורך הראשי."),
    ("he", "שידור חי מהכנסת יועבר גם ברשת, כך הודיעה הדוברת."),
    ("ca", "Els comentaris estan tancats a la web de la cadena des de dilluns, segons ha explicat la directora."),
    ("ca", "Inicia sessió per continuar llegint és el missatge que ara veuen els lectors de la majoria de diaris."),
    ("ca", "En directe des del Palau Sant Jordi, TV3 emetrà dissabte el concert."),
    ("hu", "A hozzászólások le vannak zárva az épületről szóló fórumon, mert sok volt a sértő üzenet."),
    ("hu", "Élő zenével és táncházzal nyit újra szombaton a művelődési ház."),
    ("hu", "Videó is készült a felújításról, amelyet a város közzétett."),
    ("hu", "Megosztás Facebookon keresztül terjedt el a hamis hír, állapította meg a rendőrség."),
    ("vi", "Bình luận đã đóng trên trang của bộ sau khi có quá nhiều ý kiến trái chiều, người phát ngôn cho biết."),
    ("vi", "Trực tiếp từ sân Mỹ Đình, trận đấu sẽ được truyền hình trên kênh VTV5."),
    ("vi", "Tải ứng dụng ngân hàng giả mạo khiến nhiều người mất tiền, công an cảnh báo."),
    ("sw", "Chanzo: ripoti ya benki kuu inaonyesha kwamba bei za vyakula zimepungua kwa kiasi kikubwa."),
    ("sw", "Imeandikwa na wataalamu wa uchumi wa ndani, ripoti hiyo inapendekeza kupunguza riba za mikopo."),
    ("sw", "Jiunge na chama cha ushirika ili kupata soko bora, aliwashauri wakulima mkuu wa mkoa."),
    ("sw", "Maoni yamefungwa kwa umma hadi wiki ijayo, alisema msemaji wa wizara kuhusu rasimu ya sera mpya."),
    ("tl", "Sarado na ang komento sa pahina ng ahensya matapos ang sunod-sunod na pagbabanta, ayon sa tagapagsalita."),
    ("tl", "Pinagmulan: ayon sa ulat ng ahensya, tumaas ang bilang ng mga nawalan ng tirahan."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)

#: each language's most-read heading and three of its site's headlines (promos.rank_heading)
RANKED: dict[str, tuple[str, list[str]]] = {
    "fi": ("Luetuimmat", ["Hallitus leikkaa ensi vuonna menoja", "Helsingissä syttyi kerrostalo", "Sää kylmenee viikonloppuna"]),
    "et": ("Kõige loetumad", ["Valitsus kärbib järgmisel aastal kulutusi", "Tallinnas süttis kortermaja", "Ilm läheb nädalavahetusel külmaks"]),
    "sl": ("Najbolj brano", ["Cene goriv bodo v torek spet višje", "Na avtocesti trčilo pet vozil", "Vikend bo deževen in hladen"]),
    "lv": ("Populārākie raksti", ["Degvielas cenas atkal kāpj", "Valdība vienojas par budžetu", "Nedēļas nogalē gaidāms sals"]),
    "lt": ("Skaitomiausi", ["Orai: savaitgalį grįš šaltis", "Seime karšti debatai dėl mokesčių", "Vilniuje brangsta viešasis transportas"]),
    "hr": ("Najčitanije", ["Potres kod Petrinje probudio građane", "Cijene goriva od utorka ponovno rastu", "Vikend donosi kišu i zahlađenje"]),
    "he": ("הכי נקראים", ["מחירי הדירות ממשיכים לעלות", "המשחק הגדול של הערב", "גשם כבד צפוי בסוף השבוע"]),
    "ca": ("El més llegit", ["Tallen la C-65 per un accident", "Un incendi crema una nau a Salt", "Arriba el fred aquest cap de setmana"]),
    "hu": ("Legolvasottabb", ["Meghalt a népszerű színész", "Eldőlt, ki lesz a szövetségi kapitány", "Hidegfront érkezik a hétvégén"]),
    "vi": ("Đọc nhiều nhất", ["Giá vàng hôm nay tăng vọt", "Hà Nội chuẩn bị đón không khí lạnh", "Xăng dầu đồng loạt giảm giá"]),
    "sw": ("Habari zinazosomwa zaidi", ["Mvua kubwa zasababisha mafuriko Dar es Salaam", "Bunge lapitisha bajeti mpya", "Bei ya mafuta yapanda tena"]),
    "tl": ("Pinakabinasa", ["Presyo ng bigas, tumaas muli", "Sikat na aktres, ikinasal na", "Bagyo, papasok sa bansa ngayong linggo"]),
}


@pytest.mark.parametrize("lang", sorted(RANKED))
def test_a_most_read_box_after_the_article_goes_with_its_ranked_list(lang: str) -> None:
    heading, headlines = RANKED[lang]
    box = [heading, *(f"{n}. {h}" for n, h in enumerate(headlines, start=1))]
    result = cleaner.explain_text("\n".join([*TEXT[lang], *box]))
    assert lost(TEXT[lang], result) == []
    gone = removed(result)
    assert all(("teaser-box", line) in gone for line in box), gone


@pytest.mark.parametrize("lang", sorted(RANKED))
def test_a_most_read_heading_over_the_articles_own_list_between_its_paragraphs_stays(lang: str) -> None:
    # (a library's year in books: its own ranking between two of its paragraphs)
    heading, headlines = RANKED[lang]
    page = [*TEXT[lang][:2], heading, *(f"{n}. {h}" for n, h in enumerate(headlines, start=1)), TEXT[lang][2]]
    result = cleaner.explain_text("\n".join(page))
    assert lost(page, result) == [], removed(result)


if __name__ == "__main__":
    report(CASES)
