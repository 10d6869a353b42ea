"""Red team of two residue shapes of forum threads, comment sections and news pages: a relative timestamp alone on its
line ("4 hr. ago", "vor 3 Tagen", "il y a 2 mois", "hace 3 días", "3 giorni fa", "há 3 dias", "3 dagen geleden",
"3 gün önce", "3 dni temu", "3 дня назад"), and a forum post's user box ("Posts: 3051", "Joined: Mar 2019",
"Mitglied seit 11.2012", "Inscrit le : 12/03/2019", "Lid sinds 2016").

Before: the tables named a post's age in days, weeks or months only under a label ("Aktualisiert vor 3 Tagen"; English
alone also bare), and only German named a user box: 154 of the 218 residue tests below (109 lines, middle and
tail) failed.

What stays: a sentence that opens on a relative time ("Vor drei Tagen hatte die Polizei …", "Il y a 3 jours, un
incendie …"); a number spelled out or a round count of years, which heads a retrospective ("Vor drei Tagen",
"Vor 30 Jahren", "50 anni fa"); a club's or a player's fact row ("Mitglieder: 3.200", "Joined: July 2019",
"Mitglied seit: 1990", "Lid sinds: 1990": with a colon, a bare year or a full month's name; a score, "Points : 45";
an event's registration date, "Iscrizione: 12/03/2024"); labelled headings ("Posts: the letters …").
The full sentences are also in ``fixtures/negatives/<lang>.txt``.
"""

from __future__ import annotations

import pytest
from probes import assert_gate_admits, assert_survives, short_line_params, with_line
from strategies import ARTICLES

import cleaner

RESIDUE: dict[str, list[str]] = {
    "en": [
        "4 hr. ago", "2 hrs ago", "just now", "3 days ago", "2 weeks ago", "a month ago", "an hour ago",
        "• 3 days ago", "Updated 2 hours ago", "Updated 3 days ago", "Posted 5 days ago",
        "Posts: 3051", "Posts: 3,051", "Joined: Mar 2019", "Joined: 12 Mar 2019", "Joined: Mon Mar 04, 2019 8:12 pm",
        "Member since 2015", "Messages: 1,204", "Reputation: 45", "Registered: 2019-03-12",
    ],
    "de": [
        "vor 3 Tagen", "vor 2 Std.", "vor 5 Minuten", "vor einer Woche", "vor 2 Monaten", "· vor 3 Tagen",
        "Aktualisiert vor 2 Stunden", "Aktualisiert vor 3 Tagen", "gerade eben",
        "Mitglied seit 11.2012", "Mitglied seit 2012", "Beiträge: 1.204", "Beiträge: 3051",
        "Registriert: Mo 3. Feb 2020",
        "Registriert: 03.02.2020",
    ],
    "fr": [
        "il y a 2 mois", "il y a 3 h", "il y a 3 jours", "Il y a 5 minutes", "il y a une semaine", "• il y a 2 jours",
        "Mis à jour il y a 2 heures", "à l'instant",
        "Messages : 1 234", "Messages : 234", "Inscrit le : 12/03/2019", "Inscrit le : 12 mars 2019",
        "Inscription : mars 2019", "Membre depuis 2015",
    ],
    "es": [
        "hace 2 horas", "hace 3 días", "hace un mes", "Hace 2 semanas", "• hace 3 días", "Actualizado hace 2 horas",
        "hace un momento", "Mensajes: 845", "Mensajes: 1.845", "Registrado: 14 ene 2018", "Registrado: 14/01/2018",
        "Miembro desde 2015",
    ],
    "it": [
        "2 ore fa", "3 giorni fa", "un mese fa", "2 settimane fa", "• 3 giorni fa", "Aggiornato 2 ore fa", "poco fa",
        "Messaggi: 3.210", "Messaggi: 210", "Iscritto il: 5 mar 2017", "Iscritto il: 05/03/2017",
        "Membro dal 2015",
    ],
    "pt": [
        "há 2 horas", "há 3 dias", "Há 2 semanas", "há um mês", "• há 3 dias", "Atualizado há 2 horas",
        "Mensagens: 845", "Registrado em: 14/01/2018", "Membro desde 2015", "Posts: 845",
    ],
    "nl": [
        "3 dagen geleden", "2 uur geleden", "een week geleden", "2 maanden geleden", "• 3 dagen geleden",
        "Bijgewerkt 2 uur geleden", "zojuist", "Berichten: 512", "Lid sinds 2016", "Lid sinds 12 maart 2016",
        "Geregistreerd: 12-03-2016",
    ],
    "tr": ["3 gün önce", "2 saat önce", "1 hafta önce", "Mesajlar: 512", "Üyelik tarihi: 12.03.2016"],
    "pl": ["2 godziny temu", "3 dni temu", "tydzień temu", "Posty: 512", "Dołączył: 12.03.2016"],
    "ru": ["2 часа назад", "3 дня назад", "неделю назад", "Сообщений: 512", "Регистрация: 12.03.2016"],
}

# headings, fact rows and list items that resemble them (not first in a text: there a short line is the title)
SHORT_LINES: dict[str, list[str]] = {
    "en": [
        "Posts: the letters that arrived after the flood", "Joined: a village and its new neighbours", "Members: 3,200",
        "Members since 2015: 3,200", "Joined: July 2019", "Joined: 2019", "Member since: 1990", "Two years ago",
        "A decade ago", "Years ago", "Fifty years ago", "Three days ago: the timeline", "Now and then",
        "Messages: what the letters said", "Posts: 12 (full-time)",
    ],
    "de": [
        "Mitglieder: 3.200", "Gegründet: 1905", "Beiträge: Die Briefe nach der Flut", "Vor 30 Jahren", "Vor drei Tagen",
        "Vor 100 Jahren: Die Gründung des Vereins", "Vor zwei Wochen", "Mitglied seit: 1990", "Dabei seit: 2015",
        "Mitgliedsbeitrag: 120 Euro im Jahr", "Einwohner: 3.051", "Vor einem Jahrhundert", "Registriert: 1.204 Vereine",
    ],
    "fr": [
        "Membres : 3 200", "Il y a 30 ans", "Il y a deux mois", "Messages : ce que disent les lettres de poilus",
        "Membre depuis : 1990", "Habitants : 3 051", "Il y a un siècle", "Points : 45",
    ],
    "es": [
        "Socios: 3.200", "Hace 50 años", "Hace dos años", "Mensajes: las cartas que llegaron tras la riada",
        "Miembro desde: 1990", "Habitantes: 3.051", "Ahora mismo", "Hace un siglo",
        "Puntos: 45", "Registro: 14/01/2018",
    ],
    "it": [
        "Soci: 3.200", "50 anni fa", "Tre giorni fa", "Messaggi: le lettere arrivate dopo l'alluvione",
        "Abitanti: 3.051",
        "Adesso", "Un secolo fa", "Iscritto dal: 2017", "Punti: 45", "Iscrizione: 12/03/2024",
    ],
    "pt": ["Sócios: 3.200", "Há 50 anos", "Há dois anos", "Mensagens: as cartas que chegaram depois da enchente",
           "Membro desde: 1990", "Habitantes: 3.051"],
    "nl": ["Leden: 3.200", "50 jaar geleden", "Twee jaar geleden",
           "Berichten: de brieven die na de overstroming kwamen",
           "Inwoners: 3.051", "Lang geleden", "Lid sinds: 1990"],
    "tr": ["50 yıl önce", "Üç gün önce", "Üye sayısı: 3.200", "Şimdi", "Puan: 45"],
    "pl": ["50 lat temu", "Trzy dni temu", "Członkowie: 3200"],
    "ru": ["50 лет назад", "Три дня назад", "Участников: 3200", "Рейтинг: 8"],
}

# full sentences opening on a relative time or a user box's label (also in the negatives); tested first in a text too
SENTENCES: dict[str, list[str]] = {
    "en": [
        "Two hours ago the council voted to close the road.",
        "Three days ago, the family had been told the school would stay open.",
        "3 days ago the river burst its banks near the old mill.",
        "Joined in 2019 and has played 45 matches since.",
        "Member since 2015 of the city council, she chairs its finance committee.",
        "Posts: 3,051 vacancies were advertised by the health board last year, it said.",
    ],
    "de": [
        "Vor drei Tagen hatte die Polizei den Verdächtigen festgenommen.",
        "Vor 3 Tagen ist der Zug entgleist, sagte ein Sprecher der Bahn.",
        "Mitglied seit 2012 im Gemeinderat, leitet sie den Finanzausschuss.",
        "Registriert sind 1.204 Vereine im Landkreis, so das Amt.",
    ],
    "fr": [
        "Il y a deux mois, la mairie avait annoncé la fermeture de la piscine.",
        "Il y a 3 jours, un incendie a ravagé l'entrepôt.",
        "Inscrit le 12 mars 2019 sur les listes électorales, il a pu voter.",
        "Membre depuis 2015 du conseil municipal, elle préside la commission des finances.",
    ],
    "es": [
        "Hace dos años el club descendió a segunda división.",
        "Hace 3 días, la policía detuvo al sospechoso.",
        "Registrado en 2018, el partido obtuvo dos escaños.",
        "Miembro desde 2015 del consejo, preside la comisión de hacienda.",
    ],
    "it": [
        "Tre giorni fa la polizia ha arrestato il sospettato.",
        "Due anni fa il club è retrocesso in serie B.",
        "Iscritto dal 2017 al partito, è stato eletto consigliere.",
        "3 giorni fa la polizia ha chiuso la strada per una frana.",
    ],
    "pt": [
        "Há dois anos o clube foi rebaixado.",
        "Há 3 dias, a polícia prendeu o suspeito.",
        "Membro desde 2015 do conselho, preside a comissão de finanças.",
    ],
    "nl": [
        "Drie dagen geleden heeft de politie de verdachte opgepakt.",
        "Twee jaar geleden degradeerde de club.",
        "Lid sinds 2016 van de gemeenteraad, zit zij de financiële commissie voor.",
        "3 dagen geleden werd de brug afgesloten voor zwaar verkeer.",
    ],
    "tr": ["Üç gün önce polis şüpheliyi gözaltına aldı.", "3 gün önce köprü ağır araçlara kapatıldı."],
    "pl": ["Trzy dni temu policja zatrzymała podejrzanego.", "3 dni temu most został zamknięty dla ciężarówek."],
    "ru": ["Три дня назад полиция задержала подозреваемого.", "3 дня назад мост закрыли для грузовиков."],
}


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(RESIDUE))
def test_residue_goes(lang: str, line: str, position: str) -> None:
    paragraphs = ARTICLES[lang]
    result = cleaner.explain_text("\n\n".join(with_line(paragraphs, line, position)))
    removed = [(r.pass_name, r.text) for r in result.removed]
    assert result.text == "\n\n".join(paragraphs), removed
    assert any(r.pass_name in ("dateline", "comment-ui") and line in r.text for r in result.removed), removed


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SHORT_LINES))
def test_short_line_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


@pytest.mark.parametrize(("lang", "line", "position"), short_line_params(SENTENCES, ("head", "middle", "tail")))
def test_sentence_survives(lang: str, line: str, position: str) -> None:
    assert_survives(with_line(ARTICLES[lang], line, position))


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, lines in SENTENCES.items() for line in lines])
def test_sentence_survives_as_list_item(lang: str, line: str) -> None:
    paragraphs = ARTICLES[lang]
    assert_survives([*paragraphs[:1], f"- {line}", *paragraphs[1:]])


@pytest.mark.parametrize("lang", list(RESIDUE))
def test_gate_admits_residue(lang: str) -> None:
    assert_gate_admits(lang, RESIDUE[lang])
