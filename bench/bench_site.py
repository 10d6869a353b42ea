"""Site-profile benchmark: invented per-site furniture that no vocabulary knows.

Builds a deterministic synthetic corpus (``--sites`` sites x ``--pages`` pages), each site
with its own invented furniture (mastheads, menus, tip lines, a reader-funding sentence,
addresses) at the head, middle and tail, in English, German, French, Spanish, Italian or
Dutch; articles are built from varied sentences; a few quotes recur in two articles of a
site and a few pages are near-duplicate re-scrapes of another page. Prints, with and
without learned profiles, the share of furniture lines removed and the article lines
lost, plus learning time, peak memory (tracemalloc) and candidate lines held.

    .venv/bin/python -m bench.bench_site [--sites 30] [--pages 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from dataclasses import dataclass, field

from cleaner import Cleaner
from cleaner.site import ProfileLearner, SiteDoc, SiteProfile

_SYL = ["zor", "bly", "kve", "lt", "dru", "mor", "spa", "vex", "qui", "nar", "tho", "pel", "gra", "wun", "ix",
        "bal", "fen", "rok", "sul", "tam", "ov", "ery", "lud", "kas"]

FURNITURE = {
    "en": {"mast": "{N} {P}, independent since {Y}", "tip": "Tips? Write to desk@{n}.example",
           "fund": "The {N} {P} is paid for by its readers in {C}, and by nobody else at all.",
           "addr": "{N} {P} Ltd, {K} {S} Lane, {C}", "guild": "Printed on {D}s by the {W} Press Guild",
           "follow": "Follow the {N} {P} on {W}net", "ed": "{C} edition"},
    "de": {"mast": "{N} {P} – unabhängig seit {Y}", "tip": "Hinweise? Schreiben Sie an redaktion@{n}.example",
           "fund": "Der {N} {P} wird von seinen Lesern in {C} bezahlt und von niemandem sonst.",
           "addr": "{N} {P} GmbH, {S}gasse {K}, {C}", "guild": "Gedruckt bei der {W} Druckgilde",
           "follow": "Folgen Sie dem {N} {P} auf {W}net", "ed": "Ausgabe {C}"},
    "fr": {"mast": "{N} {P}, indépendant depuis {Y}", "tip": "Une info ? Écrivez à redac@{n}.example",
           "fund": "Le {N} {P} est financé par ses lecteurs de {C}, et par personne d'autre.",
           "addr": "{N} {P} SARL, {K} rue {S}, {C}", "guild": "Imprimé par la guilde {W}",
           "follow": "Suivez le {N} {P} sur {W}net", "ed": "Édition de {C}"},
    "es": {"mast": "{N} {P}, independiente desde {Y}", "tip": "¿Pistas? Escriba a redaccion@{n}.example",
           "fund": "El {N} {P} lo pagan sus lectores de {C} y nadie más que ellos.",
           "addr": "{N} {P} S.L., calle {S} {K}, {C}", "guild": "Impreso por la cofradía {W}",
           "follow": "Siga a {N} {P} en {W}net", "ed": "Edición {C}"},
    "it": {"mast": "{N} {P}, indipendente dal {Y}", "tip": "Segnalazioni? Scrivete a redazione@{n}.example",
           "fund": "Il {N} {P} è pagato dai suoi lettori di {C} e da nessun altro.",
           "addr": "{N} {P} S.r.l., via {S} {K}, {C}", "guild": "Stampato dalla gilda {W}",
           "follow": "Seguite il {N} {P} su {W}net", "ed": "Edizione di {C}"},
    "nl": {"mast": "{N} {P}, onafhankelijk sinds {Y}", "tip": "Tips? Mail naar redactie@{n}.example",
           "fund": "De {N} {P} wordt betaald door zijn lezers in {C} en door niemand anders.",
           "addr": "{N} {P} B.V., {S}straat {K}, {C}", "guild": "Gedrukt door het {W} drukkersgilde",
           "follow": "Volg de {N} {P} op {W}net", "ed": "Editie {C}"},
}
PAPER = {"en": "Gazette", "de": "Bote", "fr": "Courrier", "es": "Heraldo", "it": "Corriere", "nl": "Koerier"}

_EN_SUBJ = ["The harbour council", "A cooperative of farmers", "The regional museum", "Teachers at the college",
            "The new mayor", "Railway engineers", "The owner of a small bakery", "The football club",
            "Volunteers from the parish", "The water authority", "Two students from the university",
            "The hospital board", "Fishermen in the bay", "The fire brigade", "Residents of the old quarter",
            "A local historian", "The chamber of commerce", "Nurses at the clinic", "The transport minister"]
_EN_VERB = ["announced plans to rebuild", "voted against closing", "raised money to repair", "complained about",
            "started a review of", "reopened", "published a report on", "asked hard questions about",
            "proposed to expand", "warned about the cost of", "celebrated the anniversary of", "inspected"]
_EN_OBJ = ["the old stone bridge", "the village school", "the northern ferry line", "the summer festival",
           "the public library", "the flooded car park", "the wind farm project", "the night bus service",
           "the covered market", "the mountain observatory", "the sports hall", "the canal locks"]
_EN_TAIL = ["after a meeting that lasted {h} hours on {d}", "because costs rose by {n} percent in {y}",
            "and promised a decision before the end of {m}", "while {n} residents waited outside in the rain",
            "although only {n} people came to the first hearing", "as the budget for {y} was being drawn up",
            "despite a petition signed by {k} people", "with support from {n} local businesses"]
_EN_MORE = ["Officials said the plan would be discussed again in {m}.",
            "Critics argued that the money could be better spent on {o2}.",
            "A spokesperson declined to comment on the timetable.",
            "The last similar project took {n} months to complete.",
            "Several speakers at the meeting said they had waited {h} years for this.",
            "The opposition called the decision rushed and poorly explained.",
            "Work is expected to begin in {m} if the permits arrive on time."]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_MONTHS = ["January", "March", "April", "June", "July", "September", "October", "November"]

_OTHER = {
    "de": (["Der Gemeinderat", "Eine Gruppe von Landwirten", "Das Stadtmuseum", "Die neue Bürgermeisterin",
            "Der Fußballverein", "Die Feuerwehr", "Eine Historikerin aus dem Ort", "Die Krankenhausleitung"],
           ["hat am {d} beschlossen, {o} zu erneuern", "hat sich gegen die Schließung {o2} ausgesprochen",
            "will bis {m} einen Bericht über {o} vorlegen", "hat {k} Euro für {o} gesammelt"],
           ["die alte Brücke", "die Dorfschule", "die Fähre", "das Sommerfest", "die Bibliothek", "den Markt"],
           "und die Anwohner warten seit {h} Jahren auf eine Entscheidung der Verwaltung."),
    "fr": (["Le conseil municipal", "Un groupe d'agriculteurs", "Le musée régional", "La nouvelle maire",
            "Le club de football", "Les pompiers", "Une historienne de la ville", "La direction de l'hôpital"],
           ["a décidé le {d} de rénover {o}", "s'est opposé à la fermeture de {o}",
            "présentera en {m} un rapport sur {o}", "a récolté {k} euros pour {o}"],
           ["le vieux pont", "l'école du village", "le bac", "la fête d'été", "la bibliothèque", "le marché"],
           "et les habitants attendent une décision de la préfecture depuis {h} ans."),
    "es": (["El ayuntamiento", "Un grupo de agricultores", "El museo regional", "La nueva alcaldesa",
            "El club de fútbol", "Los bomberos", "Una historiadora local", "La dirección del hospital"],
           ["decidió el {d} renovar {o}", "se opuso al cierre de {o}",
            "presentará en {m} un informe sobre {o}", "recaudó {k} euros para {o}"],
           ["el puente viejo", "la escuela del pueblo", "el transbordador", "la fiesta de verano",
            "la biblioteca", "el mercado"],
           "y los vecinos esperan desde hace {h} años una respuesta de la administración."),
    "it": (["Il consiglio comunale", "Un gruppo di agricoltori", "Il museo regionale", "La nuova sindaca",
            "La squadra di calcio", "I vigili del fuoco", "Una storica del posto", "La direzione dell'ospedale"],
           ["ha deciso il {d} di restaurare {o}", "si è opposto alla chiusura de {o}",
            "presenterà a {m} una relazione su {o}", "ha raccolto {k} euro per {o}"],
           ["il vecchio ponte", "la scuola del paese", "il traghetto", "la festa d'estate", "la biblioteca",
            "il mercato"],
           "e gli abitanti aspettano da {h} anni una risposta dell'amministrazione."),
    "nl": (["De gemeenteraad", "Een groep boeren", "Het streekmuseum", "De nieuwe burgemeester",
            "De voetbalclub", "De brandweer", "Een historica uit het dorp", "De directie van het ziekenhuis"],
           ["besloot op {d} om {o} te vernieuwen", "verzette zich tegen de sluiting van {o}",
            "presenteert in {m} een rapport over {o}", "haalde {k} euro op voor {o}"],
           ["de oude brug", "de dorpsschool", "de veerpont", "het zomerfeest", "de bibliotheek", "de markt"],
           "en de bewoners wachten al {h} jaar op een besluit van de gemeente."),
}


def _word(r: random.Random, n: int) -> str:
    return "".join(r.choice(_SYL) for _ in range(n)).capitalize()


def _fill(r: random.Random, template: str) -> str:
    return template.format(d=r.choice(_DAYS), m=r.choice(_MONTHS), n=r.randint(3, 400), k=r.randint(500, 90000),
                           h=r.randint(2, 30), y=r.randint(1990, 2024), o2=r.choice(_EN_OBJ),
                           o=r.choice(_EN_OBJ))


def paragraph(r: random.Random, lang: str) -> str:
    if lang in _OTHER and r.random() < 0.7:
        subj, verbs, objs, tail = _OTHER[lang]
        parts = []
        for _ in range(2):
            v = r.choice(verbs).replace("{o}", r.choice(objs)).replace("{o2}", r.choice(objs))
            parts.append(_fill(r, f"{r.choice(subj)} ({_word(r, 3)}) {v}, {tail}"))
        return " ".join(parts)
    first = _fill(r, f"{r.choice(_EN_SUBJ)} in {_word(r, 3)} {r.choice(_EN_VERB)} {r.choice(_EN_OBJ)} "
                     f"{r.choice(_EN_TAIL)}.")
    return f"{first} {_word(r, 2)} {_fill(r, r.choice(_EN_MORE))}"


@dataclass
class Page:
    site: str
    url: str
    lines: list[tuple[str, bool]] = field(default_factory=list)  # (text, is_furniture)

    @property
    def text(self) -> str:
        return "\n\n".join(t for t, _ in self.lines)


def build_corpus(sites: int = 30, pages: int = 30, seed: int = 1) -> list[Page]:
    """The synthetic corpus, deterministic for a seed; pages of all sites interleaved."""
    r = random.Random(seed)
    by_site: list[list[Page]] = []
    for s in range(sites):
        lang = list(FURNITURE)[s % len(FURNITURE)]
        name = _word(r, 2)
        host = f"www.{name.lower()}{s}.example"
        f = {k: v.format(N=name, P=PAPER[lang], n=name.lower(), Y=r.randint(1850, 1990), C=_word(r, 3),
                         K=r.randint(1, 99), S=_word(r, 2), D=r.choice(_DAYS), W=_word(r, 2))
             for k, v in FURNITURE[lang].items()}
        menu = " · ".join(_word(r, 2) for _ in range(r.randint(3, 6)))
        quote = _fill(r, f"“We have never seen anything like this in {_word(r, 3)},” said a witness who lived "
                         "near the square for {h} years.")
        quoted = set(r.sample(range(pages), 2))
        site_pages: list[Page] = []
        for p in range(pages):
            page = Page(host, f"https://{host}/news/{p}.html")
            add = page.lines.append
            add((f["mast"], True))
            add((menu, True))
            if r.random() < 0.7:
                add((f["ed"], True))  # rotating furniture: on most pages, not all
            body = [paragraph(r, lang) for _ in range(r.randint(4, 8))]
            for i, para in enumerate(body):
                add((para, False))
                if i == 1:
                    add((f["tip"], True))
                if i == 2:
                    add((f["fund"], True))
                if i == 3 and p in quoted:
                    add((quote, False))
            add((f["follow"], True))
            add((f["addr"], True))
            add((f["guild"], True))
            site_pages.append(page)
        for p in r.sample(range(pages), 2):  # near-duplicate re-scrapes of two pages
            src = site_pages[p]
            dup = Page(host, src.url + "?amp=1")
            dup.lines = [(t.replace("“", '"').replace("”", '"'), furn) for t, furn in src.lines if furn or
                         r.random() < 0.9]
            site_pages.append(dup)
        by_site.append(site_pages)
    corpus: list[Page] = []
    for i in range(max(map(len, by_site))):
        corpus.extend(sp[i] for sp in by_site if i < len(sp))
    return corpus


def score(cleaner: Cleaner, corpus: list[Page], profiles: dict[str, SiteProfile] | None) -> dict[str, float]:
    furniture = removed_furniture = article = lost = lost_site = 0
    for page in corpus:
        profile = profiles.get(page.site.removeprefix("www.")) if profiles is not None else None
        result = cleaner.explain_text(page.text, profile=profile)
        gone = {r.start_line: r.pass_name for r in result.removed if r.kind == "line"}
        for k, (_text, is_furniture) in enumerate(page.lines):
            lineno = 2 * k + 1  # lines are separated by one blank line
            if is_furniture:
                furniture += 1
                removed_furniture += lineno in gone
            else:
                article += 1
                lost += lineno in gone
                lost_site += gone.get(lineno) == "site-boilerplate"
    return {"furniture": furniture, "removed": removed_furniture, "pct": 100.0 * removed_furniture / furniture,
            "article": article, "lost": lost, "lost_site": lost_site}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=30)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-candidates", type=int, default=20_000)
    args = ap.parse_args(argv)
    corpus = build_corpus(args.sites, args.pages, args.seed)
    cleaner = Cleaner()
    print(f"corpus: {args.sites} sites, {len(corpus)} pages, {sum(len(p.lines) for p in corpus)} lines")

    def run_learner() -> tuple[ProfileLearner, dict[str, SiteProfile]]:
        learner = ProfileLearner(max_candidates=args.max_candidates)
        for page in corpus:
            doc = SiteDoc(page.text, url=page.url)
            learner.add(doc.site, doc.text)
        return learner, learner.profiles()

    t0 = time.perf_counter()
    run_learner()
    elapsed = time.perf_counter() - t0
    tracemalloc.start()  # a second run for memory: tracemalloc slows Python down
    learner, profiles = run_learner()
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    dups = sum(int(p.settings.get("duplicates", 0)) for p in profiles.values())
    print(f"learning: {elapsed:.2f}s ({1000 * elapsed / len(corpus):.2f} ms/page), peak {peak / 2**20:.1f} MiB, "
          f"{learner.candidates} candidate lines held (cap {args.max_candidates}/site), "
          f"{sum(map(len, profiles.values()))} furniture lines learned, {dups} near-duplicate pages counted once")

    for label, prof in (("without profiles", None), ("with profiles", profiles)):
        s = score(cleaner, corpus, prof)
        print(f"{label:>17}: furniture removed {s['removed']}/{s['furniture']} = {s['pct']:.1f}%, "
              f"article lines lost {s['lost']}/{s['article']} (by site-boilerplate: {s['lost_site']})")

    # held out: learn on the first two thirds of each site's pages, clean the rest
    split = args.pages * 2 // 3
    train = [p for p in corpus if int(p.url.rsplit("/", 1)[1].split(".")[0]) < split]
    test = [p for p in corpus if p not in train]
    held = Cleaner().learn(SiteDoc(p.text, url=p.url) for p in train)
    s = score(cleaner, test, held)
    print(f"{'held-out pages':>17}: furniture removed {s['removed']}/{s['furniture']} = {s['pct']:.1f}%, "
          f"article lines lost {s['lost']}/{s['article']} (by site-boilerplate: {s['lost_site']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
