# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Session 53: the article's last text, cut off from the rest of it by a widget (``cleaner/passes/edge_cutoff.py``).

Two of the known losses of the language probes (``test_lang_fr`` business, ``test_lang_fr_2`` live_be) were article
text that detached-blocks took for another story's block, cut off by furniture and naming none of the article's key
terms: a market report's last sentence under a quote widget, right over the paywall's notice; a live blog's oldest
entry under an embed's consent notice, its time taken by dateline as the other entries' were. Each guard is tested
both ways: the article's text stays, and the same block where it is another story's still goes.
"""

from __future__ import annotations

from probes import kept

#: A market report's paragraphs (French), the quote widget under them.
_REPORT = [
    "La Bourse de Paris a terminé jeudi sur un nouveau record, le CAC 40 gagnant 0,85 % à 8 179,72 points dans un marché porté par le luxe et les valeurs bancaires.",
    "LVMH a bondi de 3,2 %, tandis que Kering a reculé de 1,1 % après un avertissement sur ses ventes en Chine, publié mercredi soir.",
    "Les banques ont profité de la hausse des taux longs, BNP Paribas prenant 1,4 % et Société Générale 2,1 % sur la séance.",
]
_WIDGET = ["CAC 40", "8 179,72", "+0,85 %", "Données différées de 15 minutes", "Ajouter à ma liste"]
_LAST = "Les investisseurs attendent désormais les chiffres de l'inflation américaine, publiés vendredi."
_PAYWALL = ["Cet article est réservé aux abonnés.", "Il vous reste 60 % de cet article à lire.", "Déjà abonné ? Se connecter"]


def test_the_articles_text_right_over_the_paywalls_notice_stays() -> None:
    page = [*_REPORT, *_WIDGET, _LAST, *_PAYWALL]
    lost, removed = kept(page, "fr")
    assert _LAST not in lost, removed
    assert set(_PAYWALL) <= set(lost)


def test_a_teaser_under_the_paywalls_notice_still_goes() -> None:
    # (the other stories' teasers come under the notice; the article's text stops over it)
    teaser = "Le prix du gazole a encore baissé cette semaine dans les stations-service de la région lyonnaise."
    page = [*_REPORT, *_PAYWALL, *_WIDGET, teaser]
    lost, removed = kept(page, "fr")
    assert teaser in lost, removed


def test_a_teaser_block_with_no_paywall_under_it_still_goes() -> None:
    teaser = "Le prix du gazole a encore baissé cette semaine dans les stations-service de la région lyonnaise."
    page = [*_REPORT, *_WIDGET, teaser, "Lire aussi", "Newsletter", "Mentions légales", "Contact"]
    lost, removed = kept(page, "fr")
    assert teaser in lost, removed


# -- a live blog whose entry times a pass took -------------------------------------------------------------------------

_BLOG = [
    "17h48",
    "Le gouverneur a déclenché la phase provinciale du plan d'urgence pour la vallée de la Vesdre. Les habitants de Pepinster sont invités à monter à l'étage.",
    "17h20",
    "La Vesdre a débordé en plusieurs endroits de Pepinster, a annoncé la commune. Des bus évacuent les rues les plus basses de Pepinster.",
    "16h55",
    "« On n'a jamais vu la Vesdre monter aussi vite, même en 2021. » C'est ce que confie une habitante de Pepinster à notre journaliste sur place.",
]
_EMBED = [
    "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
    "En cliquant sur « Afficher le contenu », vous acceptez que X dépose des cookies sur votre terminal.",
    "Afficher le contenu",
]
_ENTRY = "L'institut météorologique a relevé l'alerte rouge pour deux provinces. Il est tombé jusqu'à 90 litres par mètre carré en 24 heures."


def test_a_live_blogs_entry_under_an_embed_stays_its_time_taken() -> None:
    page = [*_BLOG, *_EMBED, "16h10", _ENTRY, "Ne manquez aucune information : activez les notifications."]
    lost, removed = kept(page, "fr")
    assert _ENTRY not in lost, removed


def test_the_same_block_goes_when_the_times_run_out_of_order_or_no_blog_is_over_it() -> None:
    # (a time earlier than the entries' over it, and later than the first: no blog's order; no entry times at all
    # over the gap: an article of prose, the block under the embed another story's)
    for when in ("17h55",):
        page = [*_BLOG, *_EMBED, when, _ENTRY, "Ne manquez aucune information : activez les notifications."]
        lost, removed = kept(page, "fr")
        assert _ENTRY in lost, removed
    prose = [line for line in _BLOG if not line[0].isdigit()]
    page = [*prose, *_EMBED, "16h10", _ENTRY, "Ne manquez aucune information : activez les notifications."]
    lost, removed = kept(page, "fr")
    assert _ENTRY in lost, removed


def test_a_tickers_headline_under_the_blog_is_no_entry() -> None:
    # (a headline ends on no full stop: no entry's sentence)
    headline = "Tempête : des coupures de courant dans le Hainaut et en Flandre occidentale pour des milliers de foyers"
    page = [*_BLOG, *_EMBED, "16h10", headline, "Ne manquez aucune information : activez les notifications."]
    lost, removed = kept(page, "fr")
    assert headline in lost, removed
