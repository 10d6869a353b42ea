# ruff: noqa: E501  (residue lines quoted whole)
"""HTML probe htmlgov 48 (docstring written after round 1)."""

from __future__ import annotations

from html_probes import FIXTURES, page_probe_tests, report, tagged_inline

PAGES_DIR = FIXTURES / "html_htmlgov48"
PAGES = sorted(PAGES_DIR.glob("*.html"))

#: Page -> the residue lines still left (may only shrink).
RESIDUE_LEFT: dict[str, list[str]] = {p.stem: [] for p in PAGES} | {
    "en_hospital_news": [
        "For media enquiries",
        "Please contact the communications team on 01722 555 010 or email comms@wessexhospitals.nhs.example",
        "Out of hours, please call the switchboard and ask for the on-call communications manager.",
    ],
    "en_ngo_press_release": ["Spokespeople and case studies are available for interview on request."],
    "en_university_news": ["Tom Reilly, Press Officer", "t.reilly@northmoor.ac.example | +44 (0)191 555 2233"],
    "fr_ministere_communique": ["Contact presse : Service de presse du ministère – 01 40 56 60 00 – sec.presse@sante.gouv.example"],
    "fr_ville_actualite": ["Documents à télécharger"],
    "it_comune_comunicato": ["Descrizione", "Documenti", "A cura di", "Argomenti", "Istruzione Alimentazione"],
    "it_universita_comunicato": ["Ufficio Stampa Università di Collemarino", "Tel. 071 220 1234 – ufficio.stampa@unicollemarino.example"],
    "nl_rijksoverheid_nieuwsbericht": [
        "Documenten",
        "Kamerbrief over versnelling Hoogwaterbeschermingsprogramma",
        "Kamerstuk: Kamerbrief | 07-02-2025",
        "PDF document | 6 pagina's | 312 kB",
        "Rapport Dijkinspecties na hoogwater januari 2025",
        "Rapport | 07-02-2025",
        "PDF document | 84 pagina's | 2,3 MB",
        "Voor meer informatie kunt u contact opnemen met de woordvoerder van het ministerie via 070 456 0000.",
    ],
    "pt_govbr_noticia": ["Ministério da Saúde"],
}
#: Page -> article lines still lost (a known gap; may only shrink, and no other line may go).
KNOWN_LOST: dict[str, list[str]] = {}

test_every_page_is_listed, test_article_lines_survive, test_residue_only_shrinks = page_probe_tests(
    PAGES, RESIDUE_LEFT, KNOWN_LOST, 12, min_gold=4, tag=tagged_inline
)


if __name__ == "__main__":  # the probe: article lines lost and residue left, page by page
    import sys

    report([p for p in PAGES if len(sys.argv) < 2 or p.stem in sys.argv[1:]], tagged_inline)
