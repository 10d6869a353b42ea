# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""edge-furniture and an article's closing fact box.

An event's, a recipe's or a job ad's facts often close the article right after its last line of
text: rows of figures (dates, hours, prices, "Label : value") parted by short headings ("STAFF",
"Ticketing", "Eintritt"), perhaps under a title line or two, ending in a heading over a phone number.
The rows are data and always stayed; the titles and headings went as a menu. They are the article's.

The guards: a site footer's rows, a list of headlines with figures in them, a newsletter box, tags,
share buttons and a box standing after residue still go, by the pass that took them before.
"""

from __future__ import annotations

import pytest

import cleaner


def explain(doc: str) -> cleaner.Result:
    return cleaner.Cleaner().explain_text(doc)


def out_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


EN_SHOW = (
    "The company returns this spring with a new staging of the palace story, with live music, dance and a cast of twenty performers who bring the old court to life on stage.\n\n"
    "Audiences can meet the cast after each show, and the theatre café serves traditional tea in the interval. We hope to see you there! 🙂"
)
DE_SHOW = (
    "Das Stadttheater zeigt im Sommer eine neue Inszenierung des Klassikers, mit Live-Musik, Tanz und einem Ensemble von zwanzig Darstellerinnen und Darstellern auf der großen Bühne.\n\n"
    "Nach jeder Vorstellung können die Zuschauer das Ensemble im Foyer treffen, und das Theatercafé hat bis Mitternacht geöffnet. Wir freuen uns auf Ihren Besuch!"
)
FR_SHOW = (
    "Le théâtre municipal présente cet été une nouvelle mise en scène du grand classique, avec de la musique en direct, de la danse et une troupe de vingt comédiens sur la grande scène.\n\n"
    "Après chaque représentation, le public peut rencontrer la troupe dans le foyer, et le café du théâtre reste ouvert jusqu'à minuit. Nous vous attendons nombreux !"
)
KO_SHOW = (
    "정동극장은 올봄 새롭게 단장한 궁중 이야기 공연을 선보입니다. 라이브 음악과 춤, 스무 명의 배우들이 무대 위에서 옛 궁궐의 모습을 생생하게 되살려 관객들에게 특별한 경험을 선사할 예정입니다.\n\n"
    "공연이 끝난 뒤에는 배우들과 함께 사진을 찍을 수 있으며, 극장 카페에서는 전통차를 맛볼 수 있습니다. 많은 관심과 사랑 부탁드립니다!"
)
EN_RECIPE = (
    "Heat the oven to 200C and roast the squash with the garlic and thyme for forty minutes, turning it once halfway through so that the edges catch and caramelise.\n\n"
    "Blend the roasted squash with the stock until smooth, season well and serve with a swirl of cream."
)
EN_JOB = (
    "We are looking for an experienced data engineer to join our platform team, building the pipelines that move millions of records a day between our services and the warehouse.\n\n"
    "You will work closely with analysts and product managers, and you will have the freedom to choose the tools that fit the problem. Apply today!"
)
COMMENTS = "Leave a Reply\nWant to join the discussion?\nFeel free to contribute!"

BOXES = [
    pytest.param(
        EN_SHOW,
        "Tradition Series Performance\n<The Palace>\n2024.04.05 ~ OPEN RUN\nTue – Sat 4PM (Closed on Sun & Mon)\nAges 8 and above\n"
        "STAFF\nChoreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, Composer_Kim Cheol Hwan\n"
        "Ticketing\nwww.example-theatre.com\nVIP : 60,000₩\nR : 50,000₩\nS : 40,000₩\nInquiry\n02-751-1500",
        COMMENTS,
        id="en-performance",
    ),
    pytest.param(
        EN_SHOW,
        "Festival Season\n2024.04.05 ~ 2024.06.30\nDaily 7:30pm\nTickets\nAdults: £25\nChildren: £12\nBox office\n020 7946 0958",
        "Share this entry\nShare on Facebook\nShare on Twitter",
        id="en-festival",
    ),
    pytest.param(
        DE_SHOW,
        "Termine\n12.07.2024 – 28.07.2024\nDi – So 19:30 Uhr\nEintritt\nErwachsene 25 €, ermäßigt 12 €\nVorverkauf\n030 1234567",
        COMMENTS,
        id="de-vorstellung",
    ),
    pytest.param(
        FR_SHOW,
        "Dates\nDu 12/07 au 28/07/2024\nHoraires\nDu mardi au dimanche à 20h30\nTarifs\nPlein tarif : 25 €\nTarif réduit : 12 €\nRéservation\n01 23 45 67 89",
        "",
        id="fr-spectacle",
    ),
    pytest.param(
        KO_SHOW,
        "정동극장 전통 시리즈\n<궁: 장녹수전>\n2024.04.05 ~ 2024.06.30\n화 – 토 오후 4시\n티켓\nVIP석 : 60,000원\nR석 : 50,000원\n문의\n02-751-1500",
        COMMENTS,
        id="ko-performance",
    ),
    pytest.param(
        EN_RECIPE,
        "Prep time\n15 min\nCook time\n45 min\nNutrition per serving\nCalories: 320 kcal\nFat: 12 g\nProtein: 9 g",
        "",
        id="en-recipe-nutrition",
    ),
    pytest.param(
        EN_JOB,
        "Data Engineer (m/f/d)\nBerlin, hybrid\nSalary: €70,000 – €85,000\nHours: 40 per week\nHoliday: 30 days\n"
        "How to apply\njobs@example.com\nQuestions\n+49 30 1234567",
        "",
        id="en-job-facts",
    ),
]


@pytest.mark.parametrize(("article", "box", "after"), BOXES)
def test_a_fact_box_closing_the_article_stays_whole(article: str, box: str, after: str) -> None:
    """Its titles, the headings between its rows and the heading over its phone number went as a run of
    furniture after the last paragraph (dev pages 52 and 99); the comment section after it still goes."""
    result = explain("\n".join(filter(None, [article, box, after])))
    out = out_lines(result.text)
    assert [line for line in box.splitlines() if line not in out] == [], result.removed
    assert all(line not in out for line in after.splitlines()), result.removed


GUARDS = [
    # (tail after the article, lines that must go, the pass that takes the first of them)
    pytest.param("Contact us\nPrivacy Policy\nTerms\nFollow us\nFacebook\nTwitter",
                 ["Contact us", "Privacy Policy", "Terms", "Follow us", "Facebook", "Twitter"], "site-chrome", id="footer-menu"),
    pytest.param("Contact\n12 Harbour Road, Springfield\nTel. 555-0142\nPrivacy Policy\nTerms\nFollow us\nFacebook\nTwitter",
                 ["Contact", "Tel. 555-0142", "Terms"], "edge-furniture", id="footer-contact"),
    pytest.param("Contact\n12 Harbour Road, Springfield\nPhone\n555-0142\nOpening hours\nMon–Fri 9:00–17:00\nAbout\nCareers\nPrivacy Policy",
                 ["Contact", "Phone", "555-0142", "Opening hours", "About", "Careers"], "edge-furniture", id="footer-contact-hours"),
    # a footer's rows with headings between them run on into its menu (the box closes the text)
    pytest.param("Our office\n12 Harbour Road, Springfield\nPhone\n555-0142\nFax\n555-0143\nHours\nMon–Fri 9:00–17:00\nAbout\nCareers\nPress\nAdvertise",
                 ["Our office", "Phone", "555-0142", "Fax", "Hours", "About", "Careers", "Advertise"], "edge-furniture", id="footer-office-menu"),
    # ... or their figures are phone numbers under "Phone" and "Fax", no rows of dates or prices
    pytest.param("Our office\n12 Harbour Road, Springfield\nPhone\n555-0142\nFax\n555-0143\nHours\nMon–Fri 9:00–17:00\nAbout us\nPrivacy Policy\nTerms of use",
                 ["Our office", "Phone", "555-0142", "Fax", "555-0143", "Hours"], "edge-furniture", id="footer-office-phones"),
    pytest.param("Newsletter\nThe best of the week in your inbox\nEmail address\nSubscribe\nAbout\nCareers",
                 ["Newsletter", "Email address", "Subscribe", "About", "Careers"], "newsletter-prompt", id="newsletter"),
    pytest.param("Related posts\n10 things to do in Seoul this autumn\nThe 5 best hikes near Busan in 2024\n3 cafés worth the trip\n"
                 "More from the blog\n7 day trips from Seoul by train\nOur 12 favourite palaces",
                 ["Related posts", "More from the blog", "The 5 best hikes near Busan in 2024"], "teaser-box", id="related-posts"),
    # headlines with figures in them are no rows of facts: the headings between them still go
    pytest.param("Popular this week\nBitcoin tops $60,000 for the first time\nOil falls 3.5% as demand slows\nMarkets today\n"
                 "Gold hits $2,400 an ounce\nDollar slips 0.4% against the yen\nHome\nNews",
                 ["Popular this week", "Markets today", "Home", "News"], "edge-furniture", id="headlines-with-figures"),
    pytest.param("Tags: Seoul, theatre, 2024\nCategories: Culture, Events\nShare\nFacebook\nTwitter\nAbout us",
                 ["Tags: Seoul, theatre, 2024", "Categories: Culture, Events", "Share", "Facebook"], "teaser-box", id="tags-and-share"),
    # a box after residue is the page's, not the article's
    pytest.param("Share this:\nFacebook\nTwitter\nFestival Season\n2024.04.05 ~ 2024.06.30\nDaily 7:30pm\nTickets\nAdults: £25\nChildren: £12\nBox office\n020 7946 0958",
                 ["Share this:", "Festival Season", "Daily 7:30pm", "Tickets", "Box office"], "social-buttons", id="box-after-residue"),
]


@pytest.mark.parametrize(("tail", "gone", "pass_name"), GUARDS)
def test_a_footer_teasers_and_buttons_after_the_article_still_go(tail: str, gone: list[str], pass_name: str) -> None:
    result = explain(f"{EN_SHOW}\n{tail}")
    out = out_lines(result.text)
    assert [line for line in gone if line in out] == [], result.removed
    assert any(r.pass_name == pass_name and r.text.strip() == gone[0] for r in result.removed), result.removed
    assert out[:2] == out_lines(EN_SHOW)  # (the article stays)


def test_the_box_headings_are_reported_as_furniture_after_residue() -> None:
    """The same box after a share row: its title and headings go, by edge-furniture, as a run after the
    article's last paragraph."""
    result = explain(f"{EN_SHOW}\nShare this:\nFacebook\nTwitter\nFestival Season\n2024.04.05 ~ 2024.06.30\nTickets\nAdults: £25\nChildren: £12\nBox office\n020 7946 0958")
    reasons = {r.text.strip(): (r.pass_name, r.reason) for r in result.removed}
    for heading in ("Festival Season", "Tickets", "Box office"):
        assert reasons[heading] == ("edge-furniture", "short non-sentence line in a run of page furniture after the article's last paragraph")
