# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""minor39: a probe of ordinary news pages (politics, city news, sport, culture, economy) in languages the project has
few or no vocabulary tables for, scraped as text (half as an extractor leaves them, half as all the visible text of
the page): Catalan (ca), Galician (gl), Basque (eu), Indonesian (id), Malay (ms), Swahili (sw), Afrikaans (af),
Icelandic (is), Welsh (cy) and Albanian (sq), written as those languages' own news sites look: their words for
share, comments, read more, newsletter and cookies, their bylines ("Per", "Gan", "Nga", "Deur", "Na", "Oleh") and
dates ("5 de desembre de 2024", "2024ko abenduaren 5a", "5 Desember 2024", "Jumamosi, Desemba 5, 2024", "5. desember
2024 kl. 14:12", "5 Rhagfyr 2024", "E enjte, 5 dhjetor 2024, 22:45").

At the start (main 0156e2d) ca, id (ms told id) and sw have tables of their own; gl, eu, af, is, cy and sq have none
(gl is told pt or es, eu is told id, is is told no).

- the article (``A``): the story's paragraphs, its short lines ("Son oito actrices en escena.", "Aðgangur er
  ókeypis.", "Ja."), a labelled list and its items ("Gols:" / "1-0, Muriqi (12')", "Klasemen sementara:" / "1. Persib -
  31 poin", "Petroli: Sh3,024 kwa lita", "Opnunartímar:" / "Lokað á mánudögum", "Beirniaid:" / "Mererid Hopwood",
  "Golat:" / "1-0 Asllani (23')"), one-line quotes;
- the residue (``R``): menus, breadcrumbs, bylines, stamps, share rows, "read more" and related rails, comment
  prompts, newsletter and app plugs, cookie banners and their buttons, footers and rights lines;
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 179 ``A`` lines, 378
  ``R``, 24 ``T``, all ten languages.
- round 2, after the changes, aimed at them: 6 pages (4 extracts, 2 full pages), 27 ``A``, 48 ``R``, 6 ``T``: a Welsh
  cookie banner over the page's menu, an Albanian article on cookie rules (its paragraphs name cookies and stay) with
  the site's own banner under it, an Icelandic list under a one-word label and a footer's one-word links under
  theirs, Basque dates inside sentences and the stamp under the headline, a Catalan stamp opening on its place with a
  full stop, a Malay stamp and "read on" link.

Measured on main 0156e2d: round 1 lost 2, left 75; round 2 lost 0, left 26. The loss: an Icelandic museum's opening
hours closing a short story ("Opnunartímar:" over "Þriðjudaga til sunnudaga kl. 10-17" and "Lokað á mánudögum", then
a one-line quote): the label of one word, a compound, read as a footer's ("Tags:"); German loses the same list
("Öffnungszeiten:" / "Montags geschlossen"). Left, mostly: the cookie banner of a language no table knows (sq, is,
cy, eu) taken for the article's last paragraph, so the related rail, the comments' heading and the newsletter plug
over it stayed too (a page's tail of seven to ten lines); dates no table reads ("2024ko abenduaren 5a", "E enjte, 5
dhjetor 2024, 22:45"); the byline and share row under an Albanian headline naming a year, kept as a fact box's rows;
table gaps in ca, id/ms and sw; short pages whose text is too short to judge their edges by.

After: round 1 lost 0, left 37; round 2 lost 0, left 13 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_minor.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``cookie_banners`` (edge-furniture, before it picks the article's first and last paragraphs): a line of 8 to 60
  words with a sentence's end closing it or inside it (a footer's row "Contact | Mentions légales | Paramètres des
  cookies" is none: the first version took it, and a second cleaning of that page then took more) naming cookies (new table ``cookies.banner_word``, language-neutral: "cookie…", "cwcis", "koekies",
  "vafrakökur", "vidakuzi", "kuki", "galetes") among the page's last or first eight kept lines, two short lines or
  other passes' removals between it and the article's prose, only short lines beyond it (its button right by it)
  goes as a banner, and the page's edges are judged without it; not where another line of prose names cookies (an
  article on them, round 2's sq page: its banner stays), nor under a label closed by a colon. The article's
  paragraph on cookies under its prose, under a subheading, under the headline and byline, announcing a list, or
  closing the text under a list stays (tests).
- ``compound_label`` (edge_announced.unannounced): a label of one word of ten letters or more closed by a colon
  ("Opnunartímar:", "Öffnungszeiten:") reads as one of two words: the list under it right under the text, items of
  two words or more, then a sentence, are the article's. A footer's one-word links under such a label still go
  (test).
- ``headline_year`` (edge_boxes.fact_box): a headline whose only figure is a year, six words or more, is no row of
  data over a fact box: the byline and share row under it go with the head's run (test); an event's box under a title
  naming a year keeps its rows under their dates (test).
- ``config.language_code``: a forced "ms" is "id", as detection tells a Malay page (Indonesian's tables hold Malay's
  labels; test).
- tables, each in a ``# minor39:`` block at its list's end: ``metadata.dateline`` (any) an Albanian weekday of two
  words with its date and time ("E enjte, 5 dhjetor 2024, 22:45") and a Basque year-first date ("2024ko abenduaren
  5a", "2024ko abe. 5a 20:15"); ca ``metadata.dateline`` the place and the stamp ("Palma. 04/12/2024 a les 21:58h");
  id ``metadata.dateline`` Malay's "Artikel ini disiarkan pada : Khamis, 5 Disember 2024 @ 10:30 PM"; id
  ``promos.read_on`` a portal's closing link ("Baca artikel detiknews, "…" selengkapnya https://…") and Malay's
  "Klik di sini untuk terus membaca"; sw ``signup.newsletter`` "Jiandikishe kupata habari kila siku". Each has a
  sentence with its words that stays (``STAYS``; ca and id also in ``fixtures/negatives``).

``python tests/test_minor39.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    lost,
    removed,
    report,
    tagged_probe_tests,
)

import cleaner

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== ca: a parliament story as an extractor leaves it (Ara-like): stamps, a list of figures, share row, comments
    "ca_parlament_extract": """\
T El Parlament aprova els pressupostos amb els vots del PSC, ERC i els Comuns
R Redacció
R Barcelona
R 05/12/2024 13:42
R Actualitzada 05/12/2024 14:10
A El Parlament ha aprovat aquest dijous els pressupostos de la Generalitat per al 2025 amb 68 vots a favor, 62 en contra i cap abstenció.
A La votació ha tancat una negociació de gairebé tres mesos entre el Govern i els grups que li donen suport.
A "Són uns comptes per a tot el país", ha dit el conseller d'Economia en el torn final.
A Les principals partides són aquestes:
A Salut: 12.400 milions d'euros
A Educació: 8.100 milions
A Habitatge: 1.050 milions
A L'oposició ha criticat que l'increment de la despesa no vagi acompanyat de reformes.
A El text entrarà en vigor l'1 de gener.
R Comparteix
R Facebook
R X
R WhatsApp
R Copia l'enllaç
R Més notícies
R El Govern reclama a l'Estat el traspàs de Rodalies abans de l'estiu
R Subscriu-te al butlletí de l'Ara i rep cada matí les notícies més importants
R Comentaris
R Per comentar cal estar registrat. Inicia sessió
""",
    # ===== ca: a city-news page, all its visible text (a public broadcaster's neighbourhood desk)
    "ca_barri_full": """\
R Vés al contingut
R betevé
R Notícies
R Barris
R Esports
R Cultura
R Directe
R Cerca
R Inici > Barris > Sant Andreu
T Els veïns de la Sagrera celebren l'obertura del nou parc lineal
R Per Marta Puig
R 5 de desembre de 2024
R Temps de lectura: 3 min
A El primer tram del parc lineal de la Sagrera ha obert aquest dijous al migdia, després de més de quinze anys d'obres.
A L'espai fa 800 metres de llarg i connecta el carrer Gran de Sant Andreu amb el pont de Bac de Roda.
A Hi ha zones de joc, un pipican i 300 arbres nous.
A "Ho esperàvem des de fa molt", explica la Carme, veïna del barri des del 1978.
A L'Ajuntament preveu acabar el segon tram el 2026.
R Etiquetes
R Sant Andreu
R Urbanisme
R Parcs
R Notícies relacionades
R Tallades dues línies de metro aquest cap de setmana per obres
R Llegeix més
R Utilitzem galetes pròpies i de tercers per millorar la vostra experiència de navegació. Si continueu navegant, considerem que n'accepteu l'ús.
R Accepta
R Configura
R Avís legal
R Política de privadesa
R © 2024 betevé. Tots els drets reservats.
""",
    # ===== ca: a match report as an extractor leaves it: the goals one a line, the line-up, a paywall tail
    "ca_futbol_extract": """\
T El Barça remunta i golfeja el Mallorca a Son Moix (1-5)
R Esports | Futbol
R Jordi Vives
R Palma. 04/12/2024 a les 21:58h
A El Barça va remuntar ahir a Son Moix un partit que se li havia complicat a la primera part.
A Muriqi va avançar els locals de cap i l'equip de Flick va trigar a reaccionar.
A Alineació del Barça:
A Iñaki Peña; Koundé, Cubarsí, Íñigo Martínez, Balde; Casadó, Pedri, Gavi; Raphinha, Lewandowski i Ferran.
A Gols:
A 1-0, Muriqi (12')
A 1-1, Raphinha (35')
A 1-2, Ferran (55')
A 1-3, Pedri (78')
A 1-4, Raphinha (84')
A 1-5, Pau Víctor (90')
A "Hem sabut patir", va dir Flick.
A El Barça torna a ser líder en solitari.
R Llegiu també
R El Girona cau a Anoeta i complica la classificació
R Aquest contingut és exclusiu per a subscriptors.
R Subscriu-t'hi
""",
    # ===== gl: a city-hall budget story, all the visible text of the page (a Galician-language daily)
    "gl_vigo_full": """\
R Ir ao contido
R Nós Diario
R Portada
R Galiza
R Política
R Economía
R Deportes
R Cultura
R Opinión
R Subscríbete
R Acceder
T O Concello de Vigo aproba o orzamento de 2025 cos votos do PSdeG
R Redacción | Vigo
R 05/12/2024
R Actualizado ás 14:22
R Compartir
R Facebook
R Twitter
R WhatsApp
A O Pleno do Concello de Vigo aprobou este xoves o orzamento municipal para 2025, que ascende a 320 millóns de euros.
A O documento saíu adiante cos votos do grupo socialista, que ten maioría absoluta na corporación.
A O PP e o BNG votaron en contra.
A "É un orzamento para seguir transformando a cidade", defendeu o alcalde.
A A oposición criticou o atraso nas obras do mercado do Calvario e a falta de vivenda pública.
A As principais partidas:
A Transporte: 48 millóns
A Servizos sociais: 31 millóns
A Obras: 62 millóns
R Etiquetas
R Vigo
R Orzamentos
R Máis información
R O BNG esixe á Xunta que asuma o Hospital do Salnés
R Recibe o noso boletín
R Introduce o teu correo electrónico
R Apúntate
R Utilizamos cookies propias e de terceiros para mellorar os nosos servizos. Se continúa navegando, consideramos que acepta o seu uso.
R Aceptar
R Máis información
R Aviso legal
R Política de privacidade
R © 2024 Nós Diario. Todos os dereitos reservados.
""",
    # ===== gl: a theatre story as an extractor leaves it: short article lines, a related link, a comment count
    "gl_teatro_extract": """\
T Rosalía de Castro volve ao Centro Dramático Galego nunha nova montaxe
R Ana Souto
R Santiago 05 de decembro de 2024 · 10:30
A O Centro Dramático Galego estrea este venres en Santiago unha nova versión de "Follas novas".
A A montaxe, dirixida por Xúlia Martínez, mestura poesía, música en directo e vídeo.
A Son oito actrices en escena.
A Estará en cartel ata o 22 de decembro no Salón Teatro.
A Despois, xirará por Lugo, Ourense e Vigo.
A As entradas custan 12 euros.
R Comparte esta noticia
R Comentar · 3
R Le tamén
R A Real Academia Galega dedica o Día das Letras a Xela Arias
""",
    # ===== gl: a match report, all the visible text: menu, score, the fact sheet's labelled rows
    "gl_celta_full": """\
R Saltar ao contido
R Galicia Confidencial
R Portada
R Deportes
R Celta
R Deportivo
R Baloncesto
R Máis deportes
R Deportes > Celta
T O Celta empata no desconto en Balaídos (2-2)
R Xosé Rodríguez
R 05/12/2024 - 22:48
R Comentarios 4
A O Celta salvou un punto no último minuto ante o Getafe grazas a un gol de Iago Aspas.
A O equipo de Claudio Giráldez comezou mal e perdía 0-2 ao descanso.
A Na segunda parte mellorou moito.
A Borja Iglesias recortou distancias no minuto 61.
A Aspas empatou de penalti no 93.
A "Non nos rendemos nunca", dixo o capitán.
A Ficha técnica:
A Celta: Guaita; Mingueza, Starfelt, Alonso; Carreira, Beltrán, Sotelo; Bamba, Aspas, Borja.
A Árbitro: Hernández Maeso.
R Xa podes seguir a nosa canle de WhatsApp
R Ver comentarios
R Galicia Confidencial © 2024 - Todos os dereitos reservados
R Contacto
R Publicidade
""",
    # ===== eu: a city-council budget story as an extractor leaves it (Berria-like)
    "eu_udala_extract": """\
T Gasteizko Udalak 2025eko aurrekontuak onartu ditu
R Berria
R Gasteiz
R 2024ko abenduaren 5a
R 13:45
A Gasteizko Udalak datorren urteko aurrekontuak onartu ditu gaur goizeko osoko bilkuran.
A 450 milioi euroko aurrekontua da, iazkoa baino %6 handiagoa.
A PSE-EEk eta EAJk alde bozkatu dute, eta EH Bilduk eta PPk aurka.
A «Hiri osoarentzako aurrekontuak dira», esan du alkateak.
A Zerbitzu sozialetarako partida da handiena.
A Etxebizitza publikoari 20 milioi euro bideratuko zaizkio.
R Partekatu
R Facebook
R X
R Telegram
R WhatsApp
R Gehiago irakurri
R Bilboko metroak gau osoan egingo du lan Gabonetan
R Iruzkinak (2)
R Iruzkina idazteko saioa hasi behar duzu
R Harpidetu gure buletinera
""",
    # ===== eu: a pelota report, all the visible text (a Basque news portal)
    "eu_pilota_full": """\
R Joan edukira
R NAIZ
R Azala
R Euskal Herria
R Mundua
R Kirolak
R Kultura
R Iritzia
R Bilatu
R Sartu
R Harpidetu
T Elezgarai eta Albisu finalera, Laso eta Zabalaren aurka
R Kirolak
R Mikel Garmendia
R 2024ko abe. 5a 20:15
A Elezgarai eta Albisuk 22-14 irabazi diete Altuna eta Mariezkurrenari Labriten, binakako txapelketako finalaurrekoan.
A Partida ondo hasi zuten.
A 8-2 aurreratu ziren, eta ez zuten abantaila galdu.
A Finala abenduaren 15ean jokatuko da Bilboko Bizkaia frontoian.
A Sarrerak salgai daude jada.
R Erlazionatutako albisteak
R Irribarria eta Rezusta txapelketatik kanpo
R Cookieak erabiltzen ditugu zure nabigazio esperientzia hobetzeko. Nabigatzen jarraitzen baduzu, horien erabilera onartzen duzula ulertuko dugu.
R Onartu
R Ezarpenak
R Lege oharra
R Pribatutasun politika
R © 2024 NAIZ
""",
    # ===== id: a central-bank story as an extractor leaves it (Kompas-like): a numbered list, "Baca juga" inside
    "id_bi_extract": """\
T BI Tahan Suku Bunga Acuan di 6 Persen
R Kompas.com - 05/12/2024, 14:30 WIB
R Penulis: Rully R. Ramli
R Editor: Erlangga Djumena
A JAKARTA, KOMPAS.com - Bank Indonesia (BI) kembali mempertahankan suku bunga acuan atau BI Rate di level 6 persen.
A Keputusan itu diambil dalam Rapat Dewan Gubernur (RDG) yang digelar pada 4-5 Desember 2024.
A "Keputusan ini konsisten dengan upaya menjaga stabilitas nilai tukar rupiah," kata Gubernur BI Perry Warjiyo dalam konferensi pers, Kamis (5/12/2024).
R Baca juga: Rupiah Melemah ke Level Rp 15.900 per Dollar AS
A Selain itu, BI juga menahan suku bunga deposit facility di level 5,25 persen dan lending facility di level 6,75 persen.
A Inflasi November tercatat 1,55 persen.
A Perry menyebut ada tiga pertimbangan:
A 1. Ketidakpastian global masih tinggi.
A 2. Nilai tukar rupiah perlu dijaga.
A 3. Inflasi tetap rendah.
R Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D
R Pastikan kamu sudah install aplikasi WhatsApp ya.
R Bagikan artikel ini melalui
R Komentar
R Berita Terkait
""",
    # ===== id: a flood story, all the visible text (a portal's regional desk): a list of districts, a desk slug
    "id_banjir_full": """\
R detikNews
R Berita
R Daerah
R Internasional
R Kolom
R Foto
R Video
R Indeks
R Masuk
R Daftar
R Home > Berita > Jawa Barat
T Banjir Rendam 3 Kecamatan di Bandung, Ratusan Warga Mengungsi
R Tim detikJabar - detikNews
R Kamis, 05 Des 2024 09:15 WIB
R 0 komentar
R BAGIKAN
R URL telah disalin
A Bandung - Banjir merendam tiga kecamatan di Kabupaten Bandung setelah hujan deras mengguyur sejak Rabu sore.
A Ketinggian air mencapai 1,5 meter di beberapa titik.
A Kecamatan yang terdampak:
A Dayeuhkolot
A Baleendah
A Bojongsoang
A Sebanyak 420 warga mengungsi ke masjid dan balai desa.
A "Air naik cepat sekali, kami tidak sempat menyelamatkan barang," ujar Siti, warga Baleendah.
A BPBD menyiapkan dapur umum dan perahu karet.
R (bba/dnu)
R Baca artikel detiknews, "Banjir Rendam 3 Kecamatan di Bandung, Ratusan Warga Mengungsi" selengkapnya https://news.detik.com/berita/d-7671234/banjir-rendam-3-kecamatan
R Berita Terkait
R Berita detikcom Lainnya
R Copyright @ 2024 detikcom, All right reserved
R Kebijakan Privasi
R Pedoman Media Siber
R Karir
R Kotak Pos
""",
    # ===== id: a league match as an extractor leaves it: the standings, the line-up
    "id_liga_extract": """\
T Persib Kalahkan Persija 2-0, Kokoh di Puncak Klasemen
R Bola.net
R Diterbitkan: Kamis, 5 Desember 2024, 22:10 WIB
R Oleh: Dimas Ardi
A Persib Bandung menang 2-0 atas Persija Jakarta pada pekan ke-14 BRI Liga 1 di Stadion Si Jalak Harupat, Kamis malam.
A Gol dicetak oleh David da Silva dan Ciro Alves.
A Klasemen sementara:
A 1. Persib - 31 poin
A 2. Persebaya - 28 poin
A 3. Bali United - 26 poin
A Susunan pemain Persib:
A Kevin Ray; Henhen, Gustavo, Kakang, Dedi; Marc Klok, Dimas; Ciro, Beckham, Tyronne; David da Silva.
A "Kami bermain disiplin," kata pelatih Bojan Hodak.
R Baca Juga:
R Jadwal Lengkap Pekan ke-15 BRI Liga 1
R Tag: Persib, Persija, BRI Liga 1
R Ikuti kami di Google News
""",
    # ===== ms: a flood-aid story as an extractor leaves it (a Malay daily): byline with its mail, a list of states
    "ms_banjir_extract": """\
T Kerajaan umum peruntukan RM2 bilion untuk pemulihan banjir
R Oleh Nor Azizah Mokhtar
R bhnews@bh.com.my
R Disiarkan pada: Disember 5, 2024 @ 3:45pm
A KUALA LUMPUR: Kerajaan memperuntukkan RM2 bilion untuk kerja-kerja pemulihan pascabanjir di seluruh negara.
A Perdana Menteri berkata peruntukan itu akan disalurkan melalui Agensi Pengurusan Bencana Negara (NADMA).
A "Kita tidak mahu mangsa menunggu terlalu lama," katanya pada sidang media di Putrajaya hari ini.
A Setakat ini, lebih 90,000 mangsa masih berada di pusat pemindahan sementara.
A Negeri paling teruk terjejas:
A Kelantan
A Terengganu
A Kedah
A Bantuan tunai RM1,000 akan dibayar kepada setiap ketua isi rumah.
R Klik di sini untuk terus membaca
R Berita Berkaitan
R Kongsi artikel ini
R Facebook
R WhatsApp
R Telegram
R Muat turun aplikasi BH di Google Play dan App Store
""",
    # ===== ms: a football story, all the visible text (a tabloid's sport section)
    "ms_bola_full": """\
R Harian Metro
R Utama
R Semasa
R Arena
R Hiburan
R Rap
R Video
R Log Masuk
R Langgan
R Arena
T Harimau Malaya tewas 0-1 kepada Thailand
R Oleh Ahmad Syafiq
R hmetro@hmetro.com.my
R 5 Disember 2024, 10:30 pm
A Skuad Harimau Malaya tewas 0-1 kepada Thailand dalam aksi Piala ASEAN di Stadium Rajamangala, Bangkok malam ini.
A Gol tunggal perlawanan dijaringkan pada minit ke-67.
A Jurulatih Pau Marti berkata anak buahnya bermain dengan baik.
A "Kami tidak bernasib baik," katanya.
A Malaysia akan menentang Timor-Leste pada 11 Disember.
R Artikel ini disiarkan pada : Khamis, 5 Disember 2024 @ 10:30 PM
R Berita Berkaitan
R Kongsi
R Laman web ini menggunakan kuki untuk memberikan pengalaman terbaik kepada anda. Dengan meneruskan, anda bersetuju dengan penggunaan kuki kami.
R Setuju
R Hak Cipta Terpelihara © 2024 Harian Metro
R Terma & Syarat
R Dasar Privasi
""",
    # ===== sw: fuel prices, all the visible text (a Tanzanian daily): the price list, "Na Mwandishi Wetu"
    "sw_mafuta_full": """\
R Mwananchi
R Habari
R Kitaifa
R Kimataifa
R Biashara
R Michezo
R Burudani
R Makala
R Ingia
R Jiunge
R Habari > Kitaifa
T Serikali yatangaza bei mpya za mafuta Desemba
R Na Mwandishi Wetu
R Alhamisi, Desemba 05, 2024
R Shiriki
R Facebook
R Twitter
R WhatsApp
A Dar es Salaam. Mamlaka ya Udhibiti wa Huduma za Nishati na Maji (Ewura) imetangaza bei mpya za mafuta zitakazoanza kutumika leo.
A Bei ya petroli kwa Dar es Salaam imepungua kwa Sh45 kwa lita.
A Bei mpya ni kama ifuatavyo:
A Petroli: Sh3,024 kwa lita
A Dizeli: Sh2,956 kwa lita
A Mafuta ya taa: Sh2,893 kwa lita
A "Kupungua kwa bei kumetokana na kushuka kwa bei katika soko la dunia," imesema taarifa ya Ewura.
A Wafanyabiashara wamepokea habari hiyo kwa furaha.
R Habari zinazohusiana
R Wakulima wa korosho walalamikia bei ndogo
R Soma zaidi
R Maoni
R Jiandikishe kupata habari kila siku
R Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu. Kwa kuendelea kutumia tovuti hii unakubali matumizi ya vidakuzi.
R Kubali
R Hakimiliki © 2024 Mwananchi Communications Ltd.
R Sera ya faragha
""",
    # ===== sw: a derby as an extractor leaves it: other results one a line
    "sw_dabi_extract": """\
T Simba yaichapa Yanga 2-1 katika dabi ya Kariakoo
R Na Juma Hassan
R Jumamosi, Desemba 5, 2024
A Simba SC imeifunga Yanga SC mabao 2-1 katika mchezo wa Ligi Kuu Tanzania Bara uliochezwa kwenye Uwanja wa Benjamin Mkapa.
A Mabao ya Simba yalifungwa na Kibu Denis na Jean Ahoua.
A Yanga ilipata bao la kufutia machozi dakika ya 88.
A "Tulicheza kwa nidhamu," alisema kocha wa Simba.
A Matokeo mengine:
A Azam 3-0 Coastal Union
A Singida 1-1 KMC
R Soma pia:
R Yanga yamtimua kocha baada ya vipigo vitatu
R Pakua programu yetu
R Tufuate kwenye Instagram
""",
    # ===== af: a council story as an extractor leaves it (an Afrikaans news site)
    "af_stad_extract": """\
T Kaapstad verhoog water- en kragtariewe
R Johan Smit
R 5 Desember 2024 | 14:30
R Deel
A Kaapstad se stadsraad het Donderdag ingestem om water- en kragtariewe vanaf Julie met onderskeidelik 7,5% en 11% te verhoog.
A Die burgemeester het gesê die verhogings is nodig om die infrastruktuur te onderhou.
A "Ons het nie 'n keuse nie," het hy gesê.
A Die opposisie het teen die voorstel gestem.
A Inwoners kan tot 31 Januarie kommentaar lewer.
R Lees ook:
R Beurtkrag: Eskom waarsku oor naweek
R Teken in op ons nuusbrief
R Lewer kommentaar
R Jy moet ingeteken wees om kommentaar te lewer.
R Kopiereg © 2024 Maroela Media
""",
    # ===== af: a rugby report, all the visible text: scorers, a two-line interview with a one-word answer
    "af_rugby_full": """\
R Slaan oor na inhoud
R Maroela Media
R Nuus
R Sport
R Vermaak
R Leefstyl
R Geloof
R Soek
R Sport > Rugby
T Bulle klop Stormers op Loftus
R Deur Pieter Botha
R 5 Desember 2024
R Leestyd: 3 min
A Die Bulle het die Stormers Saterdag op Loftus met 31-17 geklop.
A Puntemakers:
A Bulle: Drieë: Willie le Roux, Canan Moodie. Doelskoppe: Johan Goosen (3). Strafskoppe: Goosen (5).
A Stormers: Drieë: Evan Roos, Damian Willemse. Doelskop: Manie Libbok. Strafskop: Libbok.
A Die Bulle is nou tweede op die punteleer.
A Ná die wedstryd het ons die afrigter gevra of die span gereed is vir die uitspeelwedstryde.
A Is julle gereed?
A Ja.
A "Ons is baie trots op die manne," het hy bygevoeg.
R Deel hierdie artikel
R Facebook
R WhatsApp
R Verwante artikels
R Sharks verloor weer in Durban
R Ons gebruik koekies om jou ervaring te verbeter. Deur voort te gaan, stem jy in tot ons gebruik van koekies.
R Aanvaar
R Privaatheidsbeleid
R Kontak ons
R © 2024 Maroela Media. Alle regte voorbehou.
""",
    # ===== is: an interest-rate story, all the visible text (an Icelandic daily)
    "is_vextir_full": """\
R Fara í efni
R mbl.is
R Innlent
R Erlent
R Viðskipti
R Íþróttir
R Menning
R Fólk
R Leita
R Innskráning
R Áskrift
T Seðlabankinn lækkar stýrivexti um 0,5 prósentustig
R Innlent | mbl | 5.12.2024 | 9:02
R Jón Jónsson
R jonj@mbl.is
A Peningastefnunefnd Seðlabanka Íslands hefur ákveðið að lækka stýrivexti bankans um 0,5 prósentustig.
A Meginvextir bankans verða því 8,5%.
A Verðbólga hefur hjaðnað hraðar en búist var við.
A „Við teljum rétt að halda áfram að lækka vexti,“ segir seðlabankastjóri.
A Næsta vaxtaákvörðun verður 5. febrúar 2025.
R Fleira áhugavert
R Krónan styrkist gagnvart evru
R Deila
R Facebook
R X
R Athugasemdir
R Vefurinn notar vafrakökur til að bæta upplifun notenda. Með því að halda áfram samþykkir þú notkun þeirra.
R Samþykkja
R Persónuvernd
R © Árvakur hf. Allur réttur áskilinn.
""",
    # ===== is: a museum story as an extractor leaves it: opening hours as short lines, a most-read rail
    "is_safn_extract": """\
T Gljúfrasteinn opnar nýja sýningu um Laxness
R Anna Sigurðardóttir
R 5. desember 2024 kl. 14:12
A Ný sýning um ævi og verk Halldórs Laxness opnar á Gljúfrasteini á laugardag.
A Þar verða handrit, ljósmyndir og bréf sem aldrei hafa verið sýnd áður.
A Aðgangur er ókeypis.
A Opnunartímar:
A Þriðjudaga til sunnudaga kl. 10-17
A Lokað á mánudögum
A „Þetta er einstakt tækifæri,“ segir forstöðumaður safnsins.
R Lesa meira
R Deila frétt
R Skráðu þig á póstlistann
R Mest lesið
R 1. Eldgos hafið á Reykjanesskaga
R 2. Ríkisstjórnin kynnir fjárlagafrumvarp
""",
    # ===== is: a handball report, all the visible text: top scorers one a line
    "is_handbolti_full": """\
R Vísir
R Fréttir
R Íþróttir
R Lífið
R Veður
R Skoðun
R Handbolti
T Ísland vann Grikkland í undankeppni EM
R Íþróttadeild Vísis skrifar
R 5. desember 2024 21:40
A Íslenska karlalandsliðið í handbolta vann Grikkland 34-25 í Laugardalshöll í kvöld.
A Ísland leiddi 17-12 í hálfleik.
A Markahæstir:
A Ómar Ingi Magnússon 8
A Gísli Þorgeir Kristjánsson 6
A Elliði Snær Viðarsson 5
A „Frábær frammistaða,“ sagði landsliðsþjálfarinn.
A Liðin mætast aftur á sunnudag.
R Tengdar fréttir
R Mest lesið
R Deila
R Sjá athugasemdir
R Vísir er í eigu Sýnar hf.
""",
    # ===== cy: a Senedd story, all the visible text (a Welsh-language news site)
    "cy_senedd_full": """\
R Neidio i'r cynnwys
R Golwg360
R Newyddion
R Chwaraeon
R Celfyddydau
R Barn
R Chwilio
R Mewngofnodi
R Tanysgrifio
T Senedd yn pleidleisio o blaid newid y terfyn cyflymder
R Gan Elin Wyn
R 5 Rhagfyr 2024
R Rhannu
R Facebook
R X
R E-bost
A Mae aelodau'r Senedd wedi pleidleisio o blaid newid y rheolau ar derfynau cyflymder 20mya.
A Bydd cynghorau sir yn cael mwy o ryddid i ddychwelyd rhai ffyrdd i 30mya.
A Pleidleisiodd 38 o blaid a 15 yn erbyn.
A "Rydyn ni wedi gwrando ar bobl Cymru," meddai'r Ysgrifennydd Trafnidiaeth.
A Dywedodd y Ceidwadwyr nad oedd y newid yn mynd yn ddigon pell.
A Bydd y rheolau newydd yn dod i rym ym mis Ebrill.
R Straeon perthnasol
R Darllen mwy
R Cofrestrwch i dderbyn ein cylchlythyr
R Sylwadau
R Mae'r wefan hon yn defnyddio cwcis. Drwy barhau i bori, rydych yn cytuno i'n defnydd o gwcis.
R Derbyn
R Polisi preifatrwydd
R Hawlfraint © 2024 Golwg Cyf.
""",
    # ===== cy: an eisteddfod story as an extractor leaves it: the adjudicators one a line, an update stamp under it
    "cy_eisteddfod_extract": """\
T Bardd o Sir Gâr yn ennill y Gadair
R Cymru Fyw
R 5 Rhagfyr 2024
A Mae bardd o Sir Gaerfyrddin wedi ennill y Gadair yn Eisteddfod yr Urdd.
A Cafodd ei gwobrwyo mewn seremoni yn y pafiliwn brynhawn Iau.
A Y testun eleni oedd "Ffiniau".
A Dywedodd y beirniaid fod y gerdd yn "wefreiddiol".
A Beirniaid:
A Mererid Hopwood
A Twm Morys
A Bydd y gerdd yn cael ei chyhoeddi yn y cyfansoddiadau.
R Rhannu'r stori
R Mwy o straeon
R Diweddarwyd 15:20
""",
    # ===== sq: a budget vote, all the visible text (an Albanian news site)
    "sq_buxheti_full": """\
R Kalo te përmbajtja
R Lajme
R Politikë
R Ekonomi
R Sport
R Kulturë
R Bota
R Kërko
R Kreu > Politikë
T Kuvendi miraton buxhetin e vitit 2025
R Nga Arben Hoxha
R 05/12/2024 15:30
R Shpërndaje
R Facebook
R Twitter
R Viber
A Kuvendi i Shqipërisë miratoi të enjten buxhetin e shtetit për vitin 2025 me 76 vota pro.
A Opozita nuk mori pjesë në votim.
A Shpenzimet totale arrijnë në 850 miliardë lekë.
A "Ky është buxheti më i madh në historinë e vendit," tha ministri i Financave.
A Sipas ligjit, buxheti hyn në fuqi më 1 janar.
A Pagat e mësuesve do të rriten me 10%.
R Lajme të ngjashme
R Lexo më shumë
R Komente
R Shkruaj komentin tënd
R Abonohu në buletinin tonë
R Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë. Duke vazhduar, ju pranoni përdorimin e tyre.
R Pranoj
R Të gjitha të drejtat të rezervuara © 2024
R Politika e privatësisë
""",
    # ===== sq: a national-team match as an extractor leaves it: the goals one a line
    "sq_kombetarja_extract": """\
T Kombëtarja mposht Ukrainën 2-1 në Tiranë
R Sport
R Nga Redaksia
R E enjte, 5 dhjetor 2024, 22:45
A Kombëtarja shqiptare fitoi 2-1 ndaj Ukrainës në stadiumin "Air Albania".
A Golat:
A 1-0 Asllani (23')
A 1-1 Mudryk (51')
A 2-1 Broja (80')
A "Jemi krenarë për djemtë," tha trajneri Sylvinho.
A Ndeshja e radhës do të luhet në mars.
R Lexoni edhe:
R Tifozët festojnë deri në mëngjes në sheshin Skënderbej
R Ndiqni faqen tonë në Facebook
R Na ndiqni në Instagram
R © Të gjitha të drejtat e rezervuara
""",
    # ===== ROUND 2 (after the changes, aimed at them) ================================================================
    # ===== cy: the cookie banner over the page's menu (a consent bar printed first), its two buttons
    "cy_cwcis_full": """\
R Rydym yn defnyddio cwcis i wella eich profiad ar ein gwefan. Drwy barhau i bori, rydych yn cytuno i'n defnydd o gwcis.
R Derbyn
R Gwrthod
R Newyddion
R Chwaraeon
R Celfyddydau
R Barn
T Cyngor Gwynedd yn cymeradwyo cynllun tai fforddiadwy newydd
R Gan Dafydd Jones
R 5 Rhagfyr 2024
A Mae Cyngor Gwynedd wedi cymeradwyo cynllun i adeiladu 120 o dai fforddiadwy yn ardal Caernarfon dros y pum mlynedd nesaf.
A Bydd hanner y tai ar gael i'w rhentu a'r gweddill i'w prynu gan bobl leol am bris is na gwerth y farchnad.
A Dywedodd arweinydd y cyngor fod y cynllun yn ymateb i "argyfwng tai" yn y sir.
A Mae disgwyl i'r gwaith adeiladu ddechrau yn yr hydref.
R Rhannu
R Straeon perthnasol
R Cofrestrwch i dderbyn ein cylchlythyr
""",
    # ===== sq: an article on cookie rules (its paragraphs name cookies and stay), the site's own banner under it
    "sq_cookies_extract": """\
T Autoriteti i mbrojtjes së të dhënave gjobit tri faqe lajmesh për cookies
R Nga Elira Kola
R 05/12/2024 11:20
A Komisioneri për të Drejtën e Informimit dhe Mbrojtjen e të Dhënave Personale gjobiti tri portale lajmesh.
A Sipas vendimit, faqet vendosnin cookies reklamuese pa marrë më parë pëlqimin e përdoruesve.
A Gjobat shkojnë nga 500 mijë deri në 2 milionë lekë.
A Portalet kanë 30 ditë kohë për të ndryshuar mënyrën si kërkojnë pëlqimin për cookies nga lexuesit e tyre.
R Shpërndaje
R Lajme të ngjashme
R Komente
R Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë. Duke vazhduar, ju pranoni përdorimin e tyre.
R Pranoj
""",
    # ===== is: a swimming pool's reopening, a list under a one-word label, a footer's one-word links under its label
    "is_sundlaug_full": """\
R Fara í efni
R Forsíða
R Innlent
R Erlent
R Íþróttir
T Sundhöllin opnuð á ný eftir endurbætur
R Sigríður Helgadóttir
R 5. desember 2024 kl. 10:05
A Sundhöll Reykjavíkur verður opnuð á ný á laugardag eftir endurbætur sem hafa staðið yfir í rúmt ár.
A Búningsklefar hafa verið endurnýjaðir og ný vaðlaug hefur verið byggð fyrir yngstu gestina.
A Framkvæmdirnar kostuðu um 900 milljónir króna.
A Aðgangseyrir:
A Fullorðnir 1.330 krónur
A Börn yngri en 16 ára frítt
A „Við hlökkum til að taka á móti fólki,“ segir forstöðumaður.
R Deila
R Efnisflokkar:
R Innlent
R Reykjavík
R Sund
R Mest lesið
R © Árvakur hf. Allur réttur áskilinn.
""",
    # ===== eu: a story whose sentences hold dates as Basque writes them; the stamp under the headline goes
    "eu_jaialdia_extract": """\
T Jazzaldiak 2025eko egitaraua aurkeztu du
R 2024ko abenduaren 5a 10:30
R Partekatu
A Donostiako Jazzaldiak datorren urteko egitaraua aurkeztu du gaur, Victoria Eugenia antzokian egindako ekitaldian.
A Jaialdia 2025eko uztailaren 22tik 26ra egingo da, eta hogei kontzertu baino gehiago izango ditu.
A Sarrerak 2025eko martxoaren 1ean jarriko dira salgai.
A Zuzendariak esan duenez, «inoiz baino nazioartekoagoa» izango da aurtengo edizioa.
R Gehiago irakurri
R Iruzkinak (0)
R Harpidetu gure buletinera
""",
    # ===== ca: a regional daily's stamp (the place with a full stop) and the byline, a date inside a sentence
    "ca_punt_extract": """\
T Girona tindrà un nou pavelló esportiu el 2026
R Comarques | Gironès
R Girona. 05/12/2024 a les 10:15h
A L'Ajuntament de Girona ha adjudicat la construcció del nou pavelló de Santa Eugènia per 7,2 milions d'euros.
A Les obres començaran el febrer i haurien d'acabar a final del 2026.
A El pavelló tindrà capacitat per a 1.200 espectadors.
A L'alcalde ha dit que l'equipament "era una demanda històrica del barri".
R Llegiu també
R Salt obre la nova biblioteca de la plaça Lluís Companys
R Aquest contingut és exclusiu per a subscriptors.
""",
    # ===== ms: a court story (Malay), its stamp under the text and the portal's "click to read on"
    "ms_mahkamah_extract": """\
T Bekas pengarah didakwa pecah amanah RM3 juta
R Oleh Farah Aziz
R Disiarkan pada: Disember 5, 2024 @ 11:02am
A KUALA LUMPUR: Seorang bekas pengarah syarikat didakwa di Mahkamah Sesyen di sini hari ini atas tuduhan pecah amanah membabitkan wang berjumlah RM3 juta.
A Tertuduh, 52, mengaku tidak bersalah selepas pertuduhan dibacakan di hadapan Hakim.
A Mahkamah membenarkan ikat jamin RM150,000 dengan seorang penjamin.
A Kes akan disebut semula pada 20 Januari.
R Klik di sini untuk terus membaca
R Artikel ini disiarkan pada : Khamis, 5 Disember 2024 @ 11:02 AM
R Kongsi artikel ini
""",
}

#: article lines each page is known to lose, with why
KNOWN_LOST: dict[str, list[str]] = {}

#: residue each page still leaves, with why
RESIDUE_LEFT: dict[str, int] = {
    # Afrikaans forced reads with no table of its own (detected, the page leans to Dutch, whose tables take the rail's
    # heading, the newsletter and comment prompts): forced, the short run under the text is too short to go
    "af_rugby_full": 1,
    "af_stad_extract": 5,
    # a section's trail and the writer's name alone under the headline ("Esports | Futbol", "Jordi Vives"), the
    # city alone under "Redacció" ("Barcelona"): a name alone is also a fact box's or a list's line
    "ca_futbol_extract": 2,
    "ca_parlament_extract": 1,
    # Welsh, no table (detection tells it Spanish): the share button, the rail's heading and "Diweddarwyd 15:20"
    # (updated, a word and a time) under the text, three lines: shorter than a run of furniture
    "cy_eisteddfod_extract": 3,
    # the paper's name and the city alone under the headline ("Berria", "Gasteiz"): names alone
    "eu_udala_extract": 2,
    # Galician, no table (told Portuguese or Spanish): "Comparte esta noticia", "Comentar · 3", "Le tamén" and the
    # teaser under them, three short lines and a headline, shorter than a run; "Actualizado ás 14:22" and "Compartir"
    # under the byline
    "gl_teatro_extract": 4,
    "gl_vigo_full": 2,
    # the site's name alone under the headline ("Bola.net")
    "id_liga_extract": 1,
    # a brief of short sentences (none of nine words or more but the first): no paragraph to judge the page's edges by,
    # its menu, byline and footer stay (edge-furniture leaves a text it cannot measure alone)
    "is_handbolti_full": 13,
    # the most-read rail's numbered headlines ("1. Eldgos hafið á Reykjanesskaga"): a numbered list closing the text
    "is_safn_extract": 2,
    # the section, site, date and time parted by bars ("Innlent | mbl | 5.12.2024 | 9:02": a fixture list's row has
    # the same shape) and the writer's name alone
    "is_vextir_full": 2,
    # a short extract (one paragraph of nine words or more): its head's section and byline, the rail and follow
    # calls under the text stay, as on any page too short to judge its edges by
    "sq_kombetarja_extract": 7,
    # round 2: the share button, the rail's heading and the newsletter call under the text, three lines, shorter than
    # a run of furniture (cy); the same three and the share button alone under the stamp over the lead (eu)
    "cy_cwcis_full": 3,
    "eu_jaialdia_extract": 4,
    # the byline alone under a headline of twelve words ("Nga Elira Kola"): no run of the page's lines over the lead;
    # the site's own banner under an article on cookies, with the share row, rail and comments' heading over it and its
    # button: where the article's paragraphs name cookies, a long line naming them at the edge may be its last
    # paragraph (cookie_banners leaves such a page alone: the safe side)
    "sq_cookies_extract": 6,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)



# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a news story per language, the residue line put before or after them
TEXT = {
    "ca": [
        "El Parlament ha aprovat aquest dijous els pressupostos de la Generalitat per al 2025 amb 68 vots a favor i 62 en contra.",
        "La votació ha tancat una negociació de gairebé tres mesos entre el Govern i els grups que li donen suport.",
        "L'oposició ha criticat que l'increment de la despesa no vagi acompanyat de reformes estructurals.",
    ],
    "id": [
        "Bank Indonesia kembali mempertahankan suku bunga acuan di level 6 persen dalam rapat dewan gubernur pekan ini.",
        "Keputusan itu diambil untuk menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global yang masih tinggi.",
        "Inflasi pada bulan November tercatat sebesar 1,55 persen, masih berada dalam kisaran sasaran bank sentral.",
    ],
    "ms": [
        "Kerajaan memperuntukkan RM2 bilion untuk kerja-kerja pemulihan pascabanjir di seluruh negara, kata Perdana Menteri.",
        "Peruntukan itu akan disalurkan melalui Agensi Pengurusan Bencana Negara kepada semua negeri yang terjejas teruk.",
        "Setakat ini, lebih 90,000 mangsa masih berada di pusat pemindahan sementara di Kelantan dan Terengganu.",
    ],
    "sw": [
        "Mamlaka ya Udhibiti wa Huduma za Nishati na Maji imetangaza bei mpya za mafuta zitakazoanza kutumika leo.",
        "Bei ya petroli kwa Dar es Salaam imepungua kwa shilingi 45 kwa lita ikilinganishwa na mwezi uliopita.",
        "Wafanyabiashara wamepokea habari hiyo kwa furaha wakisema itasaidia kupunguza gharama za usafirishaji.",
    ],
    "sq": [
        "Kuvendi i Shqipërisë miratoi të enjten buxhetin e shtetit për vitin 2025 me 76 vota pro.",
        "Opozita nuk mori pjesë në votim, ndërsa disa deputetë të pavarur votuan kundër projektit të qeverisë.",
        "Sipas ministrit të Financave, shpenzimet për arsimin dhe shëndetësinë do të rriten me dhjetë për qind vitin e ardhshëm.",
    ],
    "eu": [
        "Gasteizko Udalak datorren urteko aurrekontuak onartu ditu gaur goizeko osoko bilkuran, oposizioaren aurkako botoekin.",
        "Guztira 450 milioi euroko aurrekontua da, iazkoa baino sei puntu handiagoa, eta zerbitzu sozialetarako partida da handiena.",
        "Etxebizitza publikoari 20 milioi euro bideratuko zaizkio, eta beste hamar milioi garraio publikoa hobetzeko.",
    ],
}

_DL, _RO, _NL = "dateline", "promo-label", "newsletter-prompt"
#: (language, residue line, the pass that takes it)
GOES = [
    ("ca", "Sant Cugat del Vallès, 12/03/2025 - 09:15 h", _DL),
    ("ms", "Artikel ini disiarkan pada : Khamis, 5 Disember 2024 @ 10:30 PM", _DL),
    ("id", 'Baca artikel detiknews, "Banjir Rendam 3 Kecamatan di Bandung" selengkapnya https://news.detik.com/berita/d-7671234/banjir', _RO),
    ("ms", "Klik di sini untuk terus membaca", _RO),
    ("sw", "Jiandikishe kupata habari kila siku", _NL),
    ("sq", "E enjte, 5 dhjetor 2024, 22:45", _DL),
    ("eu", "2024ko abenduaren 5a", _DL),
    ("eu", "2024ko abe. 5a 20:15", _DL),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("ca", "A Palma, el 04/12/2024 a les 21:58 h, el jutge va signar la interlocutòria que ordenava l'escorcoll."),
    ("ms", "Artikel ini disiarkan pada 5 Disember 2024 dan telah dibaca lebih sejuta kali dalam tempoh seminggu."),
    ("id", "Baca artikel detiknews itu selengkapnya, kata polisi, dan warga akan mengerti duduk perkaranya."),
    ("ms", "Klik di sini untuk terus membaca, kata iklan palsu yang mengelabui ribuan pengguna di media sosial."),
    ("sw", "Jiandikishe kupata habari kila siku, aliwaambia wananchi mkuu wa wilaya alipozindua huduma hiyo mpya."),
    ("sq", "E enjte, 5 dhjetor 2024, ora 22:45 ishte momenti kur Kuvendi votoi buxhetin pas një debati të gjatë."),
    ("eu", "2024ko abenduaren 5ean onartu zituen Udalak aurrekontuak, eta urtarrilean sartuko dira indarrean."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


_kept = kept


#: a cookie banner in a language no table knows, with its button (language, banner, button)
_BANNERS = [
    ("sq", "Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë. Duke vazhduar, ju pranoni përdorimin e tyre.", "Pranoj"),
    ("eu", "Cookieak erabiltzen ditugu zure nabigazio esperientzia hobetzeko. Nabigatzen jarraitzen baduzu, horien erabilera onartzen duzula ulertuko dugu.", "Onartu"),
]
_BANNER = "a cookie banner between the page's furniture"


@pytest.mark.parametrize(("lang", "banner", "button"), _BANNERS)
def test_a_cookie_banner_under_the_pages_rail_goes_and_the_rail_with_it(lang: str, banner: str, button: str) -> None:
    # edge-furniture (edge_minor.cookie_banners): the banner is no paragraph, and the rail and comments' heading over it
    # go as the page's run
    tail = ["Lajme të ngjashme", "Komente", "Abonohu", banner, button]
    lost_lines, gone = _kept([*TEXT[lang], *tail])
    assert lost_lines == tail, gone
    assert ("edge-furniture", banner) in gone


@pytest.mark.parametrize(("lang", "banner", "button"), _BANNERS)
def test_a_cookie_banner_over_the_pages_menu_goes(lang: str, banner: str, button: str) -> None:
    head = [banner, button, "Lajme", "Politikë", "Sport"]
    lost_lines, gone = _kept([*head, *TEXT[lang]])
    assert lost_lines == head, gone
    result = cleaner.explain_text("\n".join([*head, *TEXT[lang]]))
    assert [r.reason for r in result.removed if r.text == banner] == [_BANNER]


_ON_COOKIES = "Komisioni Evropian kërkon që faqet që përdorin cookies të marrin pëlqimin e përdoruesve para se t'i vendosin."


@pytest.mark.parametrize(
    "page",
    [
        # the article's last paragraph on cookies, under its prose, over the share row
        [*TEXT["sq"], _ON_COOKIES, "Shpërndaje", "Facebook"],
        # under a subheading (one short line between it and the prose)
        [*TEXT["sq"], "Çfarë ndryshon", _ON_COOKIES, "Shpërndaje", "Facebook"],
        # the first paragraph on cookies, under the headline and the byline
        ["Rregullat e reja për cookies", "Nga Arben Hoxha", _ON_COOKIES, *TEXT["sq"]],
        # the first paragraph announcing a list (a colon): the article's
        ["Rregullat e reja", "Nga Arben Hoxha", "Faqet që përdorin cookies duhet të respektojnë tri rregulla të reja nga janari:", "Pëlqimi", "Transparenca", *TEXT["sq"]],
    ],
)
def test_an_articles_paragraph_on_cookies_stays(page: list[str]) -> None:
    lost_lines, gone = _kept(page)
    assert not any("cookies" in line and len(line.split()) >= 8 for line in lost_lines), gone


_CLOSING = "Faqet që nuk respektojnë rregullat për cookies do të gjobiten. Gjobat fillojnë nga janari i vitit të ardhshëm."
_NAMING = "Sipas vendimit, faqet vendosnin cookies reklamuese pa marrë më parë pëlqimin e përdoruesve."


@pytest.mark.parametrize(
    "page",
    [
        # the closing paragraph under a list the text announces with its colon
        [*TEXT["sq"], "Rregullat e reja:", "Pëlqimi i qartë", "Refuzimi i lehtë", _CLOSING, "Shpërndaje", "Facebook"],
        # under a list under a subheading, in an article whose other paragraphs name cookies
        [TEXT["sq"][0], _NAMING, TEXT["sq"][2], "Çfarë ndryshon", "Pëlqimi i qartë", "Refuzimi i lehtë", _CLOSING, "Shpërndaje", "Facebook"],
    ],
)
def test_a_closing_paragraph_on_cookies_under_a_list_stays(page: list[str]) -> None:
    lost_lines, gone = _kept(page)
    assert lost_lines == ["Facebook"], gone


#: a list under a label of one long word, then the article's sentence (language, the lines)
_COMPOUND_LISTS = [
    ("is", ["Gljúfrasteinn opnar nýja sýningu", "Anna Sigurðardóttir", "5. desember 2024 kl. 14:12", "Ný sýning um ævi og verk Halldórs Laxness opnar á Gljúfrasteini á laugardag og stendur fram á vor.", "Þar verða handrit, ljósmyndir og bréf sem aldrei hafa verið sýnd áður.", "Aðgangur er ókeypis.", "Opnunartímar:", "Þriðjudaga til sunnudaga kl. 10-17", "Lokað á mánudögum", "„Þetta er einstakt tækifæri,“ segir forstöðumaður safnsins."]),
    ("de", ["Neue Ausstellung über Heinrich Böll", "Von Anna Schmidt", "5. Dezember 2024, 14:12 Uhr", "Das Museum zeigt ab Samstag eine neue Ausstellung über Leben und Werk des Schriftstellers Heinrich Böll.", "Zu sehen sind Handschriften, Fotos und Briefe, die noch nie gezeigt wurden.", "Der Eintritt ist frei.", "Öffnungszeiten:", "Dienstag bis Sonntag 10-17 Uhr", "Montags geschlossen", "„Eine einmalige Gelegenheit“, sagt die Leiterin."]),
]


@pytest.mark.parametrize(("lang", "text"), _COMPOUND_LISTS)
def test_a_list_under_a_label_of_one_long_word_stays(lang: str, text: list[str]) -> None:
    # edge_announced.unannounced (edge_minor.compound_label): the label reads as one of two words, the list and the
    # sentence under it are the article's; the page's run under them still goes
    tail = ["Lesa meira", "Deila frétt", "Skráðu þig á póstlistann", "Mest lesið"]
    lost_lines, gone = _kept([*text, *tail])
    assert lost_lines == [*text[:3], *tail], gone


def test_a_footers_label_of_one_long_word_over_its_links_still_goes() -> None:
    # (the items of one word each, a footer's links: no list of two words an item, the run goes as before)
    text = _COMPOUND_LISTS[0][1][:6]
    footer = ["Efnisflokkar:", "Innlent", "Stjórnmál", "Fjárlög", "Menning"]
    lost_lines, gone = _kept([*text, *footer, "Vísir er í eigu Sýnar hf."])
    assert [line for line in lost_lines if line in footer] == footer, gone


def test_the_byline_and_share_row_under_a_headline_naming_a_year_go() -> None:
    # edge-furniture (edge_minor.headline_year in edge_boxes.fact_box): the headline is no row of data over which
    # the lines under it stay as a fact box's
    head = ["Lajme", "Politikë", "Ekonomi", "Sport", "Kuvendi miraton buxhetin e vitit 2025", "Nga Arben Hoxha", "05/12/2024 15:30", "Shpërndaje", "Facebook", "Twitter", "Viber"]
    lost_lines, gone = _kept([*head, *TEXT["sq"]])
    assert lost_lines == head, gone


def test_an_events_box_under_a_title_naming_a_year_stays() -> None:
    # (the box's rows stay under its dates, a row of figures of their own: "22-26 de julio")
    box = ["Festival de Jazz de Donostia 2025", "22-26 de julio", "Donostia", "Gratis"]
    lost_lines, gone = _kept(["Kultura", "Agenda", *box, *TEXT["eu"]])
    assert lost_lines == ["Kultura", "Agenda"], gone


def test_a_malay_page_forced_ms_reads_with_indonesians_tables() -> None:
    # (config.language_code: "ms" is told "id", as detection tells a Malay page)
    page = [*TEXT["ms"], "Klik di sini untuk terus membaca"]
    result = cleaner.explain_text("\n".join(page), language="ms")
    assert result.language == "id"
    assert lost(page, result) == ["Klik di sini untuk terus membaca"], removed(result)


# session 39 (lead): the article's closing sentence on cookies under a short list and over its share row, in a language
# whose tables name banners (they do the work there) and in one no table knows (a banner runs two sentences)
_RECIPE_EN = [
    "Brown butter chocolate chip biscuits", "By Jane Baker",
    "My grandmother baked these every Sunday, and the brown butter gives them a deep, nutty flavour that is hard to "
    "beat.",
    "Ingredients", "200 g butter", "250 g flour", "2 eggs", "Method", "Brown the butter and let it cool",
    "Mix everything and bake at 180C",
    "Store the cookies in an airtight container for up to a week, and they will stay soft.", "Share", "Pin",
]
_LAW_EN = [
    "Parliament votes on new privacy rules",
    "The European Parliament on Tuesday approved a sweeping update of the bloc's privacy rules, after two years of "
    "talks between member states and lobbyists.",
    "The vote passed by 412 to 201, with 18 abstentions.", "What changes", "Consent banners", "Tracking walls", "Fines",
    "From next year, websites will no longer be allowed to set tracking cookies without asking users first, the "
    "rapporteur said.",
    "Share", "Comments",
]
_BAKERY_DE = [
    "Bäckerei eröffnet in der Altstadt",
    "Die neue Bäckerei am Marktplatz hat am Samstag eröffnet, und schon am Morgen bildete sich eine lange Schlange vor "
    "der Tür.",
    "Öffnungszeiten", "Montag bis Freitag", "Samstag",
    "Zum Start gibt es für alle Kinder Cookies gratis, sagte die Inhaberin am Eröffnungstag.", "Teilen", "Drucken",
]
_ONE_SENTENCE_SQ = "Autoriteti do të kontrollojë edhe faqet që vendosin cookies pa pëlqimin e lexuesve deri në fund të vitit."


@pytest.mark.parametrize(
    ("page", "closing"),
    [
        (_RECIPE_EN, _RECIPE_EN[-3]),
        (_LAW_EN, _LAW_EN[-3]),
        (_BAKERY_DE, _BAKERY_DE[-3]),
        ([*TEXT["sq"], "Çfarë ndryshon", "Gjobat", "Afatet", _ONE_SENTENCE_SQ, "Shpërndaje", "Facebook"], _ONE_SENTENCE_SQ),
    ],
)
def test_the_articles_closing_sentence_on_cookies_is_no_banner(page: list[str], closing: str) -> None:
    result = cleaner.explain_text("\n".join(page))
    assert closing in result.text.splitlines(), removed(result)
    assert _BANNER not in [r.reason for r in result.removed]


if __name__ == "__main__":
    report(CASES)
