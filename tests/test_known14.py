"""Known over-stripping losses and residue left, session 14: unbulleted cast lists, tracklists and
two-word step lists in the middle of an article (EN, DE, FR, ES, PL, IT), and residue pages the earlier
probes named (a short Polish page, a Vietnamese byline under a long menu, an image credit next to a
page-meta row, a footer box under a closing list).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (either). Article lines
must survive (a hard assertion); the residue each page leaves is pinned in ``RESIDUE_LEFT`` and may
only shrink. ``python tests/test_known14.py`` prints the numbers.
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import report, tagged_probe_tests

CASES = {
    # EXTRACTOR: an English film review, the cast unbulleted "Name – Role" between two paragraphs
    "en_cast": """\
T Review: The Lighthouse Keeper's Daughter is a quiet storm
A Director Maya Okafor's second feature takes its time, and the patience pays off in a final act that lands like a wave.
A The cast is small and uniformly strong:
A Ellen Marsh – Nora
A Tobias Reed – Samuel
A Ada Lindqvist – the harbour master
A Jonah Price – Father Cole
A Marsh carries the film with a performance built almost entirely from silences, and Reed matches her scene for scene.
A The Lighthouse Keeper's Daughter opens in cinemas on Friday.
R Share this article
R Facebook
R Twitter
""",
    # EXTRACTOR: a German film review, the cast under a heading, no colon, prose going on after it
    "de_besetzung": """\
T Kritik: „Die stille Bucht“ erzählt vom Sommer, der alles ändert
A Regisseurin Lena Vogt erzählt in ihrem zweiten Spielfilm von einer Familie, die einen Sommer lang an der Ostsee auseinanderfällt.
A Besetzung
A Sandra Keller – Mutter
A Jonas Brandt – Vater
A Mia Hoffmann – Tochter
A Paul Seidel – Nachbar
A Vor allem Mia Hoffmann überzeugt als Tochter, die mehr versteht, als die Erwachsenen ahnen, und den Film trägt.
A Der Film läuft ab Donnerstag in den Kinos.
R Mehr zum Thema
R Kinostarts der Woche
""",
    # NAIVE: an English album review, the tracklist numbered then a paragraph, the site's menu and footer
    "en_tracklist": """\
R Home
R Music
R Reviews
R Albums
T Hollow Pines – Northern Weather review
A The Leeds four-piece return with a record that trades the scrappy guitars of their debut for something colder and far more patient.
A Tracklist
A 1. Frostline
A 2. Northern Weather
A 3. Glass Harbour
A 4. Tidewater
A 5. The Long Field
A Opener Frostline sets the tone with six minutes of slowly building drones, and the title track is the closest thing here to a single.
A It is a record that rewards a second listen and then a third, and it may well end up in our albums of the year.
R Share
R Facebook
R Twitter
R About us
R Contact
R Privacy policy
R © 2024 Soundcheck Weekly
""",
    # EXTRACTOR: a Spanish album review, an unnumbered tracklist between two paragraphs
    "es_canciones": """\
T Crítica: «Mareas», el disco más íntimo de Lucía Berrocal
A La cantante granadina vuelve tres años después de su debut con un disco corto, grabado en directo en una casa de campo.
A Las canciones
A Mareas
A Puerto Viejo
A Agosto
A La Caleta
A Nana del faro
A El disco se cierra con una nana que Berrocal escribió para su hija y que canta casi en susurros, acompañada solo de una guitarra.
A Mareas ya está disponible en todas las plataformas.
R Te puede interesar
R Los conciertos del verano en Andalucía
""",
    # EXTRACTOR: an English how-to, two-word steps between two paragraphs
    "en_steps": """\
T How to bleed a radiator in five minutes
A If the top of a radiator stays cold while the bottom is hot, air is trapped inside and the heating is running well below its best.
A What to do
A Switch off
A Find the valve
A Open slowly
A Close tightly
A Check pressure
A Once the radiator is full of water again, turn the heating back on and check that the whole panel warms up evenly from top to bottom.
A Repeat for every radiator in the house, starting with the one furthest from the boiler.
R Related
R How to fix a dripping tap
""",
    # EXTRACTOR: a Polish how-to, two-word steps between two paragraphs
    "pl_kroki2": """\
T Jak odpowietrzyć kaloryfer? Poradnik krok po kroku
A Jeśli kaloryfer jest zimny u góry, a ciepły na dole, w środku zebrało się powietrze i ogrzewanie działa znacznie słabiej, niż powinno.
A Co zrobić
A Wyłącz ogrzewanie
A Podstaw naczynie
A Odkręć zawór
A Zakręć zawór
A Sprawdź ciśnienie
A Gdy z zaworu zacznie płynąć sama woda, a kaloryfer nagrzewa się równo na całej powierzchni, można ponownie włączyć ogrzewanie.
A Czynność warto powtórzyć przy każdym kaloryferze w domu.
R Zobacz też
R Jak uszczelnić okna przed zimą
""",
    # EXTRACTOR: an Italian review of a play, cast lines "Nome – Ruolo" and a closing paragraph
    "it_cast": """\
T «Il giardino d'inverno» al Teatro Verdi: la recensione
A La regia di Chiara Bellini porta in scena una famiglia che si ritrova dopo vent'anni nella vecchia casa di campagna dei nonni.
A Gli interpreti
A Marco Ferri – Giulio
A Anna Conti – Lucia
A Sara Gallo – la madre
A Luca Neri – il notaio
A Lo spettacolo resta in scena fino a domenica e merita il viaggio, anche solo per la prova intensa di Anna Conti nel secondo atto.
A Biglietti da 18 euro, ridotti per gli under 25.
R Leggi anche
R Le prime della stagione
""",
    # EXTRACTOR: a French how-to, two-word steps between two paragraphs
    "fr_etapes": """\
T Comment détartrer sa bouilloire sans produit chimique
A Le calcaire qui s'accumule au fond de la bouilloire allonge le temps de chauffe et finit par donner un goût à l'eau du thé.
A La méthode
A Verser le vinaigre
A Faire bouillir
A Laisser reposer
A Rincer abondamment
A Pour les bouilloires très entartrées, on peut recommencer l'opération une deuxième fois en laissant agir le vinaigre toute une nuit.
A Le citron donne le même résultat, avec une odeur plus agréable.
R Lire aussi
R Comment nettoyer son four sans effort
""",
    # NAIVE: a short Polish page, no long prose: its residue is Polish
    "pl_krotka": """\
R Strona główna
R Wiadomości
T Nowy rozkład autobusów od poniedziałku
A Od poniedziałku linie 4 i 12 pojadą częściej w godzinach szczytu.
A Zmiany potrwają do końca wakacji.
R Udostępnij
R Komentarze (3)
R Zobacz też: Remont ulicy Długiej potrwa do jesieni
""",
    # NAIVE: a Vietnamese page, the byline under a menu of eight lines
    "vi_menu8": """\
R Trang chủ
R Mới nhất
R Thời sự
R Thế giới
R Kinh tế
R Giáo dục
R Sức khỏe
R Du lịch
T Hà Nội mở thêm ba tuyến xe buýt điện
R Tác giả: Lê Hương
A Từ ngày 1/7, Hà Nội sẽ đưa vào khai thác thêm ba tuyến xe buýt điện nối trung tâm với các khu đô thị mới ở phía tây thành phố.
A Mỗi tuyến có 20 xe, chạy từ 5 giờ sáng đến 10 giờ tối, giá vé không đổi so với xe buýt thường.
A Sở Giao thông cho biết sẽ tiếp tục mở thêm tuyến mới trong năm nay.
R Chia sẻ
R Facebook
R Zalo
""",
    # NAIVE: the footer's box of sentence-case links right under the last paragraph, the page's end
    "en_footer_box": """\
T Parking changes in the town centre from next month
A The council has confirmed the new parking rules that will apply in the town centre from the first of next month.
A Residents and traders were consulted over the summer and most of their suggestions were taken on board.
R Useful links
R Find your local council
R Report a broken meter
R Pay a parking fine
""",
    # NAIVE: a Vietnamese page, menu of eight lines and breadcrumbs, then the title, the date and the byline
    "vi_menu_byline": """\
R Trang chủ
R Mới nhất
R Thời sự
R Thế giới
R Kinh tế
R Giáo dục
R Sức khỏe
R Du lịch
R Trang chủ / Giao thông / Đô thị
T Hà Nội mở thêm ba tuyến xe buýt điện
R 02/07/2024 09:15
R Tác giả: Minh Châu
A Từ ngày 1/7, Hà Nội sẽ đưa vào khai thác thêm ba tuyến xe buýt điện nối trung tâm với các khu đô thị mới ở phía tây thành phố.
A Mỗi tuyến có 20 xe, chạy từ 5 giờ sáng đến 10 giờ tối, giá vé không đổi so với xe buýt thường.
A Sở Giao thông cho biết sẽ tiếp tục mở thêm tuyến mới trong năm nay.
R Chia sẻ
R Facebook
R Zalo
""",
    # NAIVE: a footer menu in sentence case between the article's last paragraph and the site's blurb
    "en_inner_footer": """\
T Harbour wall repairs to start in May
A Repairs to the harbour wall will start in May and last for most of the summer, the harbour board said on Monday.
A Boats will be moved to the outer moorings while the work goes on, and the slipway will stay open at weekends.
R About us
R Contact us
R Privacy policy
R Terms of use
R Cookie settings
R Advertise with us
R The Harbour Gazette is the independent weekly newspaper for the town and its villages, published every Thursday since 1921.
""",
    # EXTRACTOR: an image credit and a page-meta row next to each other over the text
    "en_credit_meta": """\
T Town council approves new cycle lanes on the high street
R Photo: Jane Doe/Riverside Gazette
R Published 14 March 2024 · 3 min read
A The town council voted on Tuesday night to build protected cycle lanes along the full length of the high street by next spring.
A The plan removes forty parking spaces, which traders say will cost them customers, and adds two loading bays at each end.
A Work is due to start in September.
""",
    # NAIVE: a closing list of sentence-case items, then the footer's box of sentence-case links
    "en_closing_footer": """\
T Parking changes in the town centre from next month
A The council has confirmed the new parking rules that will apply in the town centre from the first of next month.
A Residents and traders were consulted over the summer and most of their suggestions were taken on board.
A What changes
A Sunday parking stays free
A Evening charges end at eight
A Blue badge bays move closer
R Useful links
R Find your local council
R Report a broken meter
R Pay a parking fine
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)


if __name__ == "__main__":
    report(CASES)
