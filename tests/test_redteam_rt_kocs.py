"""Red team of the Korean and Czech vocabularies: short lines of an article that look like residue,
Slovak prose through the Czech tables, and the residue the narrowed patterns still take.

Subheadings, list items and one-line quotes cannot live in ``fixtures/negatives/<lang>.txt``, which
also puts every line first in a text, where a heading is the page's title. Here each stands in the
middle of a short article (and at its end, after the last paragraph) and must survive with the
article around it. The long sentences of the same red team are in ``fixtures/negatives/ko.txt`` and
``cs.txt``. Korean sentences are short in words, so the ten-word guard of reported speech rarely
applies: the Korean patterns carry their own guard (a plain "…다." closes news, the notices are
polite "…니다."/"…세요").
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from probes import assert_residue_goes, assert_survives, short_line_params, with_line
from strategies import ARTICLES

SHORT_LINES: dict[str, list[str]] = {
    "ko": [
        # headings whose words end in particles are no byline ("그는 베테랑 기자")
        "나는 사진 기자",
        "그는 베테랑 기자",
        "우리 시대의 기자",
        "1면 헤드라인",
        # a tip line names its channel; these are headings about tips
        "제보하기 어려운 구조",
        "제보는 어떻게 처리되나",
        "제보는 어디로 하나?",
        # an app's call ends at its button; these are headlines about apps
        "은행 앱 설치 시 주의사항",
        "앱 설치 후 해야 할 일",
        "앱 다운로드 10만 건 돌파",
        "보안 앱 설치는 필수",
        # a bare "구독" takes no word after it
        "왜 구독인가?",
        "넷플릭스 구독 해지",
        "구독 경제",
        "정기 구독 열풍",
        "신문 구독률",
        # a form's consent line ends at its consent
        "개인정보 수집에 동의하지 않으면 가입할 수 없는 구조",
        "이용약관에 동의해야만 서비스 이용 가능",
        # a sentence with its credit after it is the article's, even glued
        "서울시는 5일 따릉이 대여소 300곳을 새로 설치한다고 밝혔다.(사진=서울시 제공)",
        "정부는 저소득층에 월 30만원을 지원한다(보건복지부 제공)",
        "전문가 답변",
        "베스트 댓글의 정치학",
        "쿠키 정책의 허점",
        "3월 5일(화) 개막식",
        "취소!",
        "놀랐어요!",
    ],
    "cs": [
        # an article's own key points, not a teaser box
        "Ve zkratce",
        "V kostce",
        # a profile's or a consumer guide's section: footer links only in a row
        "Kariéra",
        "Reklamace",
        "Vrácení zboží",
        "Historie",
        "K tématu: co říká zákon o nájmu",
        "Snímek Reuters se stal symbolem války",
    ],
}

#: A Slovak article (the test articles' own): Slovak pages have their own tables now, and may be forced to the Czech ones.
SK_ARTICLE = ARTICLES["sk"]

SK_LINES = [
    "Naši partneri používajú rovnaké postupy ako my.",
    "Pridať komentár k návrhu môže verejnosť až do konca mesiaca.",
    "Tri komentáre k voľbám vyšli v sobotných novinách.",
    "Fotografie archívu ukazujú, ako vyzerala Bratislava v roku 1900.",
    "Snímka AP zachytáva okamih, keď prezident opúšťa budovu.",
    "Text vyšiel prvýkrát v roku 1968 v samizdate.",
    "Šírenie fotografií bez súhlasu je trestné.",
    "Preklad Biblie trval pätnásť rokov.",
    "Experti spolupracovali na texte zákona dva roky.",
    "Odporúčame: pite aspoň dva litre vody denne.",
    "Stiahnite si aplikáciu banky a zapnite overovanie odtlačkom prsta.",
    "Kliknite na odkaz v e-maile iba vtedy, ak poznáte odosielateľa.",
    "Podvodníci posielajú do vašej schránky falošné faktúry.",
    "Prihláste sa do e-mailovej schránky a skontrolujte, či vám správa neprišla.",
    "Zaregistrujte sa, aby ste mohli čerpať dávky.",
    "Kedykoľvek sa môžete odhlásiť z poistenia bez sankcií.",
    "Ďakujeme za váš záujem, odpovedala hovorkyňa.",
    "Súhlasím so zásadami, ktoré prezident nastavil.",
    "Prečítajte si podmienky zmluvy ešte pred podpisom.",
    "Dosiahol 20 rokov praxe a napísal stovky článkov.",
    "Plný prístup k internetu za 30 eur mesačne je dnes štandard.",
    "Ak vyhráme, dostaneme odmenu od sponzora.",
    "Vyberte mesto, kde chcete bývať.",
    "Nie, ďakujem.",
    "Možno neskôr.",
    "Niečo sa pokazilo.",
    "Redaktor Václav Moravec, ktorý moderuje diskusiu, odišiel z televízie.",
    "Komentáre čitateľov ukázali, že téma ľudí zaujíma.",
    "Reklama v televízii stúpla o desať percent.",
    "Registrácia vozidla trvá týždeň.",
    "Sledujte nás na Facebooku, vyzvali hasiči verejnosť.",
    "Táto stránka používa súbory cookies, uviedol úrad.",
    "Tento web používa cookies podľa zákona, ale informačná lišta chýbala.",
]

PARAMS = short_line_params(SHORT_LINES)


@pytest.mark.parametrize(("lang", "line", "position"), PARAMS)
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


@pytest.mark.parametrize("forced", [None, "cs"])
@pytest.mark.parametrize("position", ["head", "middle", "tail"])
@pytest.mark.parametrize("line", SK_LINES, ids=[line[:40] for line in SK_LINES])
def test_slovak_through_czech_tables(line: str, position: str, forced: str | None) -> None:
    assert_survives(with_line(SK_ARTICLE, line, position), language=forced)


@pytest.mark.parametrize(
    ("lang", "line", "pass_name"),
    [
        # the narrowed patterns still take the residue they were written for
        ("ko", "구독", "newsletter-prompt"),
        ("ko", "네이버에서 연합뉴스 구독하기", "newsletter-prompt"),
        ("ko", "제보는 카카오톡 okjebo", "call-to-action"),
        ("ko", "기사제보", "call-to-action"),
        ("ko", "▶ 연합뉴스 앱 지금 바로 다운받기~", "call-to-action"),
        ("ko", "이 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.", "cookie-notice"),
        ("ko", "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.", "consent-line"),
        ("ko", "등록번호 서울 아00123 | 등록일 2010.01.01 | 발행인 김발행 | 편집인 이편집", "site-chrome"),
        ("ko", "◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다.", "call-to-action"),
        ("ko", "서울 여의도의 따릉이 대여소 [연합뉴스 자료사진]", "image-credit"),
        ("ko", "뉴시스 헤드라인", "teaser-box"),
        ("ko", "연합뉴스 홍길동 기자", "byline"),
        ("cs", "Foto ČTK/Michal Kamaryt", "image-credit"),
        ("cs", "Foto archiv autora", "image-credit"),
        ("cs", "Přeložil Pavel Eisner.", "copyright"),
        ("cs", "Článek vyšel původně v deníku Právo.", "copyright"),
        ("cs", "Komentář vyjadřuje názor autora, nikoli redakce.", "copyright"),
        ("cs", "Čtěte také: Vláda schválila rozpočet", "promo-label"),
        ("cs", "Živě: Vláda jedná o rozpočtu", "promo-label"),
        ("cs", "Stáhněte si naši aplikaci a mějte zprávy vždy po ruce.", "call-to-action"),
        ("cs", "Nejdůležitější zprávy dne přímo do vaší schránky.", "newsletter-prompt"),
        ("cs", "Zaregistrujte se a čtěte zdarma.", "newsletter-prompt"),
        ("cs", "Kdykoli se můžete odhlásit.", "newsletter-prompt"),
        ("cs", "Souhlasím se zpracováním osobních údajů.", "consent-line"),
        ("cs", "Přečtěte si naše zásady ochrany osobních údajů.", "consent-line"),
        ("cs", "Přečetli jste 5 článků zdarma.", "paywall"),
        ("cs", "Neomezený přístup ke všem článkům za 99 Kč měsíčně.", "paywall"),
        ("cs", "Pokud nakoupíte přes odkaz v článku, můžeme získat provizi.", "consent-line"),
        ("cs", "Něco se pokazilo. Zkuste to znovu.", "newsletter-prompt"),  # (a form's status: signup.form_status since appeals27)
        ("cs", "Vyberte jazyk: čeština", "site-chrome"),
        ("cs", "Kariéra | Kontakt | Reklama", "site-chrome"),
        ("cs", "My a naši partneři ukládáme a zpracováváme údaje o vašem zařízení.", "cookie-notice"),
        ("cs", "Staňte se členem Klubu Respekt", "newsletter-prompt"),
    ],
)
def test_residue_still_goes(lang: str, line: str, pass_name: str) -> None:
    assert_residue_goes(ARTICLES[lang], line, pass_name)
