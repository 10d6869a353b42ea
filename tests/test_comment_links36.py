# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Comment links and calls between an article's paragraphs, in the languages whose tables had no ``section_link``.

A call to comment or a link to the comments ("Visa kommentarer", "Pokaż komentarze", "Показать комментарии") may stand
anywhere on a page, between two of the article's paragraphs too; comment-section opens a section at such a line only
where no article paragraphs go on after it, while a heading that names the comments ("12 thoughts on …") opens one
wherever it stands late in the text. Fourteen languages (ar cs da ja ko no pl ro ru sk sv tr uk zh) had no
``section_link`` table, so each of their calls and links was read as such a heading: one after the first paragraph of a
three-paragraph story took the two paragraphs under it. Their tables now list section_start's calls, links and bare
counts as links (session 36), and de's login call in the infinitive ("Zum Kommentieren anmelden") with them.

A paragraph that goes on after a link counts as the article's at 15 words, or (session 36) at 8 words when a reporting
clause closes it (", the council added."): a short plain sentence may as well be a reader's.
"""

from __future__ import annotations

import pytest

import cleaner

ARTICLES: dict[str, list[str]] = {
    "ar": [
        "أقرت الحكومة اللبنانية، اليوم الأحد، خطة جديدة لإعادة هيكلة القطاع المصرفي، في خطوة يطالب بها صندوق النقد الدولي منذ سنوات.",
        "وقال وزير المالية في مؤتمر صحفي عقب الجلسة إن الخطة تهدف إلى حماية صغار المودعين وإعادة الثقة بالمصارف.",
        "ورفض حاكم مصرف لبنان بالإنابة التعليق على تفاصيل الخطة قبل إحالتها إلى البرلمان.",
    ],
    "cs": [
        "Správa železnic od pondělí 15. dubna uzavře trať mezi Prahou-Smíchovem a Berounem kvůli rekonstrukci mostu u Dobřichovic.",
        "Mluvčí Správy železnic Marek Illiaš uvedl, že stavbaři vymění nosnou konstrukci mostu, která pochází z roku 1910.",
        "Náhradní autobusová doprava bude zastavovat u všech železničních stanic, v Černošicích však na náhradní zastávce u náměstí.",
    ],
    "da": [
        "Folketinget vedtog onsdag regeringens forslag om at sænke afgiften på benzin og diesel. 95 stemte for, mens 80 stemte imod.",
        "Nedsættelsen gælder fra den 1. maj og betyder, at literprisen på benzin ventes at falde med omkring 40 øre.",
        "Skatteministeren forsvarede forslaget under debatten og sagde, at familierne i landdistrikterne har været hårdest ramt af de høje priser.",
    ],
    "ja": [
        "東京都は12日、老朽化した隅田川の橋の補修工事のため、夏休みの終わりまで車両と歩行者の通行を止めると発表した。",
        "3月の定期点検で橋脚2本にひびが見つかったといい、都は利用者の安全を最優先したと説明している。",
        "工事期間中、歩行者は下流に設けられる仮設の歩道橋を利用することになり、来週月曜日の朝から通行できる。",
    ],
    "ko": [
        "업계에 따르면 국내 뉴스레터 플랫폼에 등록된 뉴스레터는 지난해 말 기준 3,000개를 넘어섰으며, 이 가운데 유료 구독 모델을 도입한 곳도 늘고 있다.",
        "구독자들은 알고리즘이 골라주는 소셜미디어 피드와 달리 뉴스레터는 자신이 직접 선택한 정보만 받을 수 있다는 점을 장점으로 꼽았다.",
        "전문가들은 다만 쿠키 없이도 열람 여부를 추적하는 기술이 쓰이고 있어 개인정보 보호 문제가 제기될 수 있다고 지적했다.",
    ],
    "no": [
        "Bystyret vedtok tirsdag å stenge den gamle brua over elva for reparasjoner fram til slutten av sommerferien i august.",
        "Ingeniører fant i mars sprekker i to av bruas pilarer under en rutinemessig inspeksjon, opplyser kommunen i en pressemelding.",
        "Fotgjengere må i mellomtiden bruke en midlertidig gangbru lenger ned langs elva, som åpner for alle mandag morgen.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek o zamknięciu starego mostu na rzece na czas remontu do końca wakacji letnich.",
        "Inżynierowie wykryli w marcu pęknięcia w dwóch filarach mostu podczas rutynowej kontroli, poinformował urząd miasta.",
        "Piesi będą w tym czasie korzystać z tymczasowej kładki ustawionej niżej na rzece, którą otwarto w poniedziałek rano.",
    ],
    "ro": [
        "Primăria Clujului a aprobat bugetul pentru 2025, cel mai mare din istoria orașului, cu bani mai ales pentru transport și școli.",
        "Vor fi cumpărate 40 de autobuze electrice, iar linia de tramvai va fi extinsă spre Florești până la sfârșitul anului viitor.",
        "Zece școli vor fi renovate, iar trei grădinițe noi vor fi construite în cartierul Borhanci, a anunțat primarul orașului.",
    ],
    "ru": [
        "Городской совет во вторник решил закрыть старый мост через реку на ремонт до конца летних каникул.",
        "Инженеры обнаружили в марте трещины в двух опорах моста во время плановой проверки, сообщили в мэрии.",
        "Пешеходы в это время будут пользоваться временным переходом ниже по течению, который откроется в понедельник утром.",
    ],
    "sk": [
        "Mestské zastupiteľstvo v utorok rozhodlo, že starý most cez rieku bude až do konca letných prázdnin zatvorený pre opravy.",
        "Inžinieri v marci pri bežnej kontrole objavili trhliny v dvoch pilieroch mosta, informovala radnica v tlačovej správe.",
        "Chodci budú medzitým využívať dočasnú lávku postavenú nižšie po prúde rieky, ktorá sa otvorí v pondelok ráno.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade på tisdagen att stänga den gamla bron över älven för reparationer fram till slutet av sommarlovet.",
        "Ingenjörer hittade i mars sprickor i två av brons pelare vid en rutinbesiktning, meddelar kommunen.",
        "Fotgängare får under tiden använda en tillfällig gångbro längre nedströms, som öppnar på måndag morgon.",
    ],
    "tr": [
        "Şehir kütüphanesi gelecek aydan itibaren on iki yıl aradan sonra ilk kez pazar günleri de açık olacak.",
        "Pazar günleri kütüphane 11.00 ile 16.00 arasında hizmet verecek, yaz tatilinde çocuk bölümünde her hafta okuma kulübü düzenlenecek.",
        "Geçen yıl yapılan bir ankette iki binden fazla vatandaş hafta sonu açılış talep etmişti, bunların çoğu küçük çocuk sahibi ailelerdi.",
    ],
    "uk": [
        "Сьогодні, 5 травня, в Україні не плануються відключення електроенергії для побутових споживачів, повідомили в Укренерго.",
        "Енергосистема працює стабільно завдяки імпорту з Польщі, Словаччини та Румунії, а також високій сонячній генерації вдень.",
        "Водночас у компанії закликають українців економно споживати електрику у вечірні години з 18:00 до 22:00.",
    ],
    "zh": [
        "北京市轨道交通指挥部12日宣布，地铁平谷线一期工程将于本月底开通试运营，全长约81公里，设站21座。",
        "据介绍，该线路最高运行时速160公里，是北京首条跨区域的市郊快线，并与多条既有线路实现换乘。",
        "北京交通发展研究院专家表示，平谷线将有效缓解东部地区的通勤压力，并带动沿线区域发展。",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag beschlossen, die alte Flussbrücke bis zum Ende der Sommerferien für Reparaturen zu sperren.",
        "Ingenieure hatten bei einer routinemäßigen Prüfung im März Risse in zwei Pfeilern der Brücke entdeckt, teilte die Stadt mit.",
        "Fußgänger müssen in dieser Zeit einen provisorischen Steg weiter flussabwärts benutzen, der am Montag öffnet.",
    ],
}

# a call to comment or a link to the comments, in each language (each matched by its section_start and section_link)
LINKS: dict[str, list[str]] = {
    "ar": ["أضف تعليقك"],
    "cs": ["Zobrazit komentáře", "Napište komentář"],
    "da": ["Skriv en kommentar", "Vis alle kommentarer"],
    "ja": ["コメントを書く"],
    "ko": ["댓글 쓰기"],
    "no": ["Skriv en kommentar", "Vis alle kommentarer"],
    "pl": ["Pokaż komentarze", "Dodaj komentarz", "Zobacz komentarze"],
    "ro": ["Lasă un comentariu", "Vezi toate comentariile"],
    "ru": ["Показать комментарии", "Оставить комментарий", "Войдите, чтобы оставить комментарий"],
    "sk": ["Zobraziť komentáre", "Napíšte komentár"],
    "sv": ["Visa kommentarer", "Skriv en kommentar", "Läs kommentarer", "Logga in för att kommentera"],
    "tr": ["Yorum yap", "Tüm yorumları göster"],
    "uk": ["Показати коментарі", "Залишити коментар"],
    "zh": ["发表评论"],
    "de": ["Zum Kommentieren anmelden"],
}
CASES = [(lang, link) for lang, links in sorted(LINKS.items()) for link in links]


def _lost(article: list[str], page: list[str], **options: str) -> list[str]:
    out = cleaner.clean_text("\n".join(page), **options).split("\n")
    return [line for line in article if line not in out]


@pytest.mark.parametrize("at", [1, 2])
@pytest.mark.parametrize(("lang", "link"), CASES)
def test_a_comment_link_between_the_articles_paragraphs_takes_none_of_them(lang: str, link: str, at: int) -> None:
    article = ARTICLES[lang]
    page = [*article[:at], link, *article[at:]]
    assert _lost(article, page) == []
    assert _lost(article, page, language=lang) == []


@pytest.mark.parametrize(("lang", "link"), CASES)
def test_the_link_that_tables_name_as_a_link(lang: str, link: str) -> None:
    # (the link is section_start's and section_link's both: a call, judged on what follows it, not a heading)
    from cleaner import vocab

    start, links = (vocab.table("comments", name, (lang,)) for name in ("section_start", "section_link"))
    assert start.match(link) and links.match(link)


THREADS: dict[str, list[str]] = {
    "pl": ["Jan Kowalski", "14.03.2024 10:32", "Najwyższy czas, ten most ledwo stał.", "Odpowiedz",
           "Anna Nowak", "14.03.2024 11:05", "A co z rowerzystami?", "Odpowiedz"],
    "sv": ["Erik Lund", "14 mars 2024 10:32", "Äntligen, bron har varit i dåligt skick länge.", "Svara",
           "Anna Berg", "14 mars 2024 11:05", "Vad gäller för cyklister?", "Svara"],
    "ru": ["Иван Петров", "14.03.2024 10:32", "Давно пора, мост еле держался.", "Ответить",
           "Анна Смирнова", "14.03.2024 11:05", "А как же велосипедисты?", "Ответить"],
}


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_the_link_over_readers_comments_still_opens_the_section(lang: str) -> None:
    article, thread = ARTICLES[lang], THREADS[lang]
    link = LINKS[lang][0]
    result = cleaner.explain_text("\n".join([*article, link, *thread]))
    assert result.text.split("\n") == article
    assert {r.pass_name for r in result.removed} <= {"comment-section", "comment-ui"}


EN = [
    "The county council voted on Tuesday to close the old river bridge for repairs until the end of the summer holidays.",
    "Engineers found cracks in two of the bridge's piers during a routine inspection in March, the council said in a statement.",
    "Residents will have to use a temporary footbridge further downstream, which opens on Monday morning.",
]


@pytest.mark.parametrize("link", ["Show comments", "Leave a comment", "Join the discussion"])
def test_a_short_paragraph_closed_by_a_reporting_clause_keeps_the_article_going(link: str) -> None:
    article = [*EN, "The footbridge will be lit at night and patrolled by wardens, the council added.",
               "Shops on the far bank said they feared losing customers during the busiest months of the year."]
    for at in range(1, len(article)):
        assert _lost(article, [*article[:at], link, *article[at:]]) == [], at


def test_a_short_plain_remark_under_the_link_at_the_end_still_goes() -> None:
    # (no reporting clause: a reader's sentence as likely as the article's, under a link at the page's end)
    remark = "I drive over this bridge every day and never noticed a thing."
    result = cleaner.explain_text("\n".join([*EN, "Leave a comment", remark]))
    assert result.text.split("\n") == EN
    assert ("comment-section", remark) in [(r.pass_name, r.text) for r in result.removed]
