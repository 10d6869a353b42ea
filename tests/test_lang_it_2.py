"""Italian pages, a second probe: the genres and outlet styles the first (``test_lang_it.py``) left
out.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Half of the pages are what a naive scraper keeps (all the visible text: a national daily behind its
paywall, a calcio match report with the players' marks, a recipe site, a business page with the
Piazza Affari widget), half what an extractor lets through (a regional paper, a comune's notice, a
tech blog with its comments, a sports daily's live commentary, a gossip site with an embedded
Instagram post, a consumer magazine's guide whose advice is a list of imperatives). The article lines resemble residue
on purpose: reported speech about comments, subscriptions and cookies, the pagelle's short
"name mark" lines, a recipe's imperatives and ingredient list, a live's minute stamps, one-line
quotes, subheadings without punctuation, numbers and dates.

Measured when the probe was written, before any rule change (10 pages, 95 article and 153 residue
lines): article lines lost 1, residue lines left 10 (a live page's "Diretta" and "Aggiorna" labels and
its call to the app, a blog's "Ti è stato utile? Condividilo!", a comune's attachments named by their
file and size, a recipe's rating without its label; the gossip page, added after the first rules,
touched by none of them: "Di Redazione" and an Instagram embed's two lines; the guide, added last,
lost its step "Scarica l'app del tuo fornitore per leggere i consumi in tempo reale.", taken as the
site's app call: an app of the reader's own or of a service body is advice now). After: article lines lost 0, residue lines
left 0.
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    judge,
    language_probe_tests,
    report,
    short_line_tests,
    tagged_probe_tests,
    tail_residue_tests,
)
from strategies import ARTICLES

CASES = {
    # NAIVE: a national daily behind its paywall: cookie banner, menu, byline, the article's free
    # part, the paywall box, the "Leggi anche" box, footer
    "naive_paywall": """\
R Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Cliccando su «Accetta» acconsenti all'uso dei cookie.
R Accetta
R Rifiuta
R Personalizza
R Cronaca
R Politica
R Economia
R Esteri
R Cultura
R Abbonati
R Accedi
T Superbonus, il governo stringe sui crediti: stop alle cessioni dal 2025
R di Marco Bianchi
R 28 marzo 2024 (modifica il 28 marzo 2024 | 21:14)
R Ascolta l'articolo
R 3 min
A Il Consiglio dei ministri ha approvato in serata un decreto che blocca le ultime possibilità di cessione dei crediti legati al Superbonus e agli altri bonus edilizi.
A La misura, spiegano fonti del ministero dell'Economia, serve a contenere un costo che ha superato i 160 miliardi di euro.
A «Non possiamo più permetterci una spesa fuori controllo», ha detto il ministro in conferenza stampa.
A Le associazioni dei costruttori parlano di migliaia di cantieri a rischio. Nei commenti raccolti dalle agenzie, l'Ance chiede un regime transitorio per i lavori già avviati.
R Questo articolo è riservato agli abbonati
R Per continuare a leggere abbonati a 1 € al mese per 3 mesi
R Abbonati ora
R Sei già abbonato? Accedi
R Leggi anche
R Bonus casa 2024: le detrazioni che restano
R Pensioni, cosa cambia da aprile
R Iscriviti alla newsletter
R Chi siamo
R Lavora con noi
R Privacy
R Cookie policy
R Copyright 2024 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati | P.IVA 12086540155
""",
    # EXTRACTOR: a regional paper: the dateline's place, the photo credit, "Leggi anche", the
    # reproduction notice and the comments call
    "regionale": """\
T Acqua alta a Chioggia, il Mose non si alza: negozi allagati in centro
R CHIOGGIA.
R 15 Novembre 2023 alle 07:30
R 2 minuti di lettura
R I negozianti di corso del Popolo al lavoro per svuotare i locali (foto Bergamasco)
A Quarantotto centimetri d'acqua in corso del Popolo e nei negozi del centro storico, nella notte tra lunedì e martedì.
A Le paratoie del Mose non sono state alzate perché la marea prevista era di 105 centimetri, sotto la soglia di 110 fissata per l'attivazione.
A «Ci hanno lasciati soli un'altra volta», dice la titolare di una merceria, mentre tira fuori i cartoni bagnati.
A Il sindaco ha chiesto al commissario di abbassare la soglia per Chioggia, che è più bassa di Venezia.
R Leggi anche
R Mose, i costi di manutenzione salgono a 60 milioni l'anno
A I commercianti hanno raccolto le foto dei danni e le manderanno alla Regione per chiedere un risarcimento.
A Domani è prevista una nuova marea di 100 centimetri alle 9.20.
R © Riproduzione riservata
R Commenta
R Per commentare gli articoli è necessario essere abbonati. Accedi o abbonati
""",
    # NAIVE: a calcio match report with the players' marks: menu, the score line, the lineups,
    # the pagelle, the share row and "Ti potrebbe interessare"
    "naive_pagelle": """\
R Serie A
R Champions League
R Calciomercato
R Risultati
R Classifica
R Home › Calcio › Serie A
T Milan-Lazio 2-0, le pagelle: Leão show, Theo c'è
R 1 marzo 2024 - 23:04
R di Luca Conti
A Il Milan batte la Lazio a San Siro e consolida il terzo posto. Decidono un gol di Leão al 12' e il raddoppio di Pulisic nel recupero.
A Il migliore in campo
A Rafael Leão ha giocato la sua miglior partita della stagione: un gol, un palo e almeno tre occasioni create per i compagni.
T Milan (4-2-3-1): Maignan; Calabria, Gabbia, Tomori, Theo Hernandez; Reijnders, Bennacer; Pulisic, Loftus-Cheek, Leão; Giroud. All. Pioli.
T Lazio (4-3-3): Provedel; Lazzari, Gila, Romagnoli, Marusic; Guendouzi, Cataldi, Luis Alberto; Felipe Anderson, Immobile, Zaccagni. All. Sarri.
T Arbitro: Di Bello
T Ammoniti: Marusic, Guendouzi, Tomori
A Le pagelle del Milan
A Maignan 6,5: attento sull'unica conclusione pericolosa di Zaccagni nel primo tempo.
A Theo Hernandez 7: spinge per novanta minuti e chiude bene su Felipe Anderson.
A Leão 8: segna, colpisce un palo, fa impazzire Lazzari.
A Giroud 6: lotta ma non trova la porta.
A Le pagelle della Lazio
A Provedel 6: non può nulla sui gol.
A Immobile 5: mai pericoloso, esce al 60'.
A «Abbiamo giocato una grande partita», ha detto Pioli a fine gara.
R Condividi
R Facebook
R Twitter
R WhatsApp
R Ti potrebbe interessare
R Lazio, Sarri: «Non siamo stati all'altezza»
R Classifica Serie A: il Milan allunga sulla Juve
R Vedi tutte le notizie
R Redazione
R Pubblicità
R Contatti
R © 2024 Riproduzione riservata
""",
    # NAIVE: a recipe site: cookie banner, menu, the recipe's facts, ingredienti and procedimento,
    # the save and print buttons, the rating, comments, footer
    "naive_ricetta": """\
R Utilizziamo i cookie per migliorare la tua esperienza di navigazione. Continuando a navigare accetti l'utilizzo dei cookie.
R OK
R Ricette
R Primi piatti
R Dolci
R Video ricette
R Home › Ricette › Primi piatti
T Pasta alla Norma
R Salva ricetta
R Stampa
R 4,7 (412 voti)
T Difficoltà: Facile
T Preparazione: 20 min
T Cottura: 30 min
T Dosi per: 4 persone
A La pasta alla Norma è un classico della cucina catanese, dedicato all'opera di Vincenzo Bellini.
A Ingredienti
A 320 g di maccheroni
A 2 melanzane
A 400 g di pomodori pelati
A 1 spicchio d'aglio
A 100 g di ricotta salata
A Basilico
A Olio extravergine d'oliva
A Procedimento
A Lavate le melanzane, tagliatele a cubetti e lasciatele sotto sale per mezz'ora.
A Friggete le melanzane in abbondante olio finché saranno dorate, poi scolatele su carta assorbente.
A In una padella fate soffriggere l'aglio con un filo d'olio, aggiungete i pelati e cuocete per 15 minuti.
A Lessate la pasta, scolatela al dente e conditela con il sugo e le melanzane.
A Servite con ricotta salata grattugiata e qualche foglia di basilico.
A Consiglio: potete preparare il sugo il giorno prima e conservarlo in frigorifero.
R Ti è piaciuta questa ricetta? Lascia un voto!
R Commenti (23)
R Giovanna
R 12 marzo 2024
R Buonissima, io aggiungo anche un po' di peperoncino.
R Rispondi
R Ricette correlate
R Parmigiana di melanzane
R Caponata siciliana
R Note legali
R Privacy policy
R © 2024 Cucina Facile S.r.l. - P.IVA 01234567890
""",
    # EXTRACTOR: a comune's notice: the date, the list of papers, the office hours, the download
    # links, the share row and the "last updated" line
    "comune": """\
T Bando per i contributi all'affitto 2024: domande entro il 30 aprile
R Data di pubblicazione: 15 marzo 2024
R Tempo di lettura: 2 min
A Il Comune ha pubblicato il bando per l'assegnazione dei contributi al pagamento del canone di locazione per l'anno 2024.
A Possono presentare domanda i cittadini residenti con un ISEE non superiore a 15.000 euro e titolari di un contratto di affitto regolarmente registrato.
A Documenti da allegare
A Copia del documento d'identità
A Copia del contratto di locazione
A Attestazione ISEE in corso di validità
A Ricevute dei canoni pagati
A Le domande vanno presentate entro le ore 12 del 30 aprile 2024 tramite lo sportello online o all'Ufficio Protocollo.
A L'ufficio è aperto dal lunedì al venerdì dalle 9 alle 12.30 e il giovedì anche dalle 15 alle 17.
A Per informazioni: tel. 0522 456789.
R Allegati
R Bando contributi affitto 2024.pdf (312 KB)
R Modulo di domanda.pdf (98 KB)
R Condividi
R Stampa
R Ultimo aggiornamento: 18 marzo 2024, 10:22
R Quanto sei soddisfatto della chiarezza di questa pagina?
R Valuta da 1 a 5 stelle la pagina
""",
    # EXTRACTOR: a tech blog with comments: the post's date and author, the affiliate note, the
    # commenters' names, dates and "Rispondi", the comment form
    "blog_tech": """\
T Come installare Linux su un vecchio portatile: la guida passo passo
R Pubblicato il 4 febbraio 2024 da Stefano
R 12 commenti
A Avete un portatile di dieci anni fa che con Windows 10 non si muove più? Con Linux può tornare utile per navigare e scrivere.
A Cosa serve
A Una chiavetta USB da almeno 8 GB
A Il file ISO di Linux Mint Xfce
A Un programma come Balena Etcher per creare la chiavetta avviabile
A Creare la chiavetta
A Scaricate la ISO dal sito ufficiale, aprite Etcher, selezionate il file e la chiavetta e premete «Flash».
A Avviare il portatile dalla chiavetta
A Riavviate il computer e premete F12 (o Esc, dipende dal modello) per aprire il menu di avvio.
A Se nei commenti mi scrivete il modello del vostro portatile, provo a dirvi quale tasto usare.
A Alla fine dell'installazione, il mio vecchio ThinkPad si avvia in 25 secondi.
R Questo articolo contiene link di affiliazione: se acquisti tramite questi link, riceviamo una piccola commissione.
R Ti è stato utile? Condividilo!
R Articoli correlati
R Le 5 migliori distribuzioni Linux leggere
R 12 commenti su “Come installare Linux su un vecchio portatile: la guida passo passo”
R Marco
R 5 febbraio 2024 alle 9:12
R Ottima guida, su un Acer del 2012 funziona tutto tranne il wifi.
R Rispondi
R Stefano
R 5 febbraio 2024 alle 11:30
R Ciao Marco, prova a installare il driver dal gestore driver di Mint.
R Rispondi
R Lascia un commento Annulla risposta
R Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *
R Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.
R Pubblica il commento
""",
    # EXTRACTOR: a sports daily's live commentary: the live label and refresh, minute stamps over
    # the entries, the final whistle, the share and "segui anche" lines
    "gazzetta_live": """\
T Inter-Atalanta 4-0: la diretta
R Diretta
R Aggiorna
R Ultimo aggiornamento 28 febbraio 2024 22:45
A 90'+2
A Finisce qui. L'Inter batte l'Atalanta 4-0 e vola a +12 sulla Juventus.
A 79'
A Gol dell'Inter! Dimarco da centrocampo sorprende Carnesecchi. Un gol incredibile.
A 66'
A Cambio Atalanta: esce Lookman, entra De Ketelaere.
A 56'
A Ammonito Scalvini per un fallo su Thuram.
A 45'
A Fine primo tempo: Inter avanti di due gol con Darmian e Lautaro.
A 1'
A Si parte! Primo pallone per l'Atalanta.
R Segui la diretta anche sull'app
R Scarica l'app
R Condividi
R Leggi i commenti
""",
    # EXTRACTOR: a gossip site: the labels inside the text, an embedded post's lines, the ad break,
    # photo credits, the WhatsApp call and the agency's tail
    "gossip": """\
T Belén e il nuovo amore: le foto in Sardegna
R Di Redazione
R 18 Luglio 2024
A Belén Rodriguez è stata fotografata in Sardegna insieme al nuovo compagno, un imprenditore milanese di 38 anni.
A I due sono arrivati a Porto Cervo con un volo privato e hanno trascorso la giornata in barca.
R Leggi anche >> Stefano De Martino, la verità sulla rottura
A «Sono felice e non ho nulla da nascondere», ha detto la showgirl a un settimanale.
R Visualizza questo post su Instagram
R Un post condiviso da Belén Rodriguez (@belenrodriguezreal)
A Nei commenti al post, migliaia di fan le hanno augurato buona fortuna.
R Continua a leggere dopo la pubblicità
A Secondo il settimanale, la coppia resterà in Sardegna fino a metà agosto.
R Foto: Instagram
R Potrebbe interessarti anche:
R Chiara Ferragni, le vacanze in Puglia con i figli
R Clicca qui per iscriverti al nostro canale WhatsApp
R Riproduzione riservata ©
""",
    # EXTRACTOR: a consumer magazine's guide to the energy bill: its advice is a list of imperatives
    # that look like calls to action (download the app, sign up, share, read), then the real ones
    "guida_bollette": """\
T Bollette luce e gas: come leggerle e risparmiare
R di Redazione Consumi
R 9 gennaio 2024
A Dal 1° luglio 2024 il mercato tutelato dell'elettricità è finito per la maggior parte delle famiglie, che devono scegliere un'offerta sul mercato libero.
A Cosa c'è in bolletta
A La voce più importante è la spesa per la materia energia, che pesa per circa il 60% del totale.
A Poi ci sono il trasporto, gli oneri di sistema e le imposte, che il cliente non può negoziare.
A Come risparmiare
A Confronta le offerte sul Portale Offerte dell'Arera prima di firmare un contratto.
A Scarica l'app del tuo fornitore per leggere i consumi in tempo reale.
A Iscriviti al Registro pubblico delle opposizioni per bloccare il telemarketing aggressivo.
A Comunica l'autolettura del contatore ogni mese, anche dall'area clienti.
A Leggi le condizioni del contratto, soprattutto la durata del prezzo bloccato.
A «Molti consumatori firmano al telefono senza sapere cosa stanno accettando», avverte l'associazione.
A Quanto si risparmia
A Secondo le stime dell'Arera, una famiglia tipo può risparmiare fino a 200 euro l'anno scegliendo l'offerta più conveniente.
R Leggi anche: Bonus sociale 2024, chi ne ha diritto
R Iscriviti alla newsletter per ricevere ogni settimana le nostre guide
R Tutti i diritti riservati
""",
    # NAIVE: a business page with the Piazza Affari widget: the indices' figures, menu, the
    # article, "Leggi anche", newsletter box and footer
    "naive_borsa": """\
R FTSE MIB
R 33.766,45
R +0,62%
R Spread BTP-Bund
R 142
R EUR/USD
R 1,0821
R Mercati
R Economia
R Risparmio
R Tasse
R Home › Mercati
T Piazza Affari chiude in rialzo, bene le banche. Spread a 142 punti
R 22/03/2024 17:45
A Seduta positiva per Piazza Affari, che chiude in rialzo dello 0,62% a 33.766 punti, sui massimi dal 2008.
A A spingere il listino sono state ancora le banche: Unicredit ha guadagnato il 2,1%, Intesa Sanpaolo l'1,8%.
A In calo invece i titoli del lusso, con Moncler a -1,4% dopo i conti di un concorrente francese.
A Lo spread tra Btp e Bund scende a 142 punti base, con il rendimento del decennale italiano al 3,68%.
A Le attese sulla Bce
A Gli investitori guardano alla riunione della Bce di aprile. «Un taglio dei tassi a giugno è ormai quasi scontato», spiega un gestore milanese.
R Leggi anche
R Btp Valore, raccolti 18 miliardi nella prima settimana
R Newsletter
R Iscriviti per ricevere ogni mattina le notizie dei mercati
R Iscriviti
R Chi siamo
R Contatti
R Privacy
R © Copyright 2024 - Tutti i diritti riservati
""",
}

#: The residue lines each page may still keep (what is left today; lower it when a rule improves).
RESIDUE_LEFT: dict[str, int] = {}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="it", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_italian, test_probe_pages_are_told_italian = language_probe_tests(
    CASES, "it", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("Ti è stato utile? Condividilo!", "call-to-action"),
    ("Segui la diretta anche sull'app", "call-to-action"),
    ("Aggiorna", "site-chrome"),
    ("Diretta", "site-chrome"),
    ("4,7 (412 voti)", "site-chrome"),
    ("Valutazione: 4,7/5 (412 voti)", "site-chrome"),
    ("Modulo di domanda.pdf (98 KB)", "site-chrome"),
    ("Di Redazione", "byline"),
    ("Visualizza questo post su Instagram", "social-buttons"),
    ("Un post condiviso da Belén Rodriguez (@belenrodriguezreal)", "social-buttons"),
]


test_residue_goes = tail_residue_tests(ARTICLES["it"], RESIDUE_GOES)


SHORT_LINES = [
    "Ti è stato utile?",
    "Diretta Rai alle 21",
    "Aggiorna il software.",
    "Diretta e sincera",
    "4,7 su 10",
    "Valutazione: discreta",
    "Leão 8",
    "90'+2",
    "La redazione",
    "Visualizza questo post",
    "Scarica l'app della tua banca.",
]


test_short_line_survives = short_line_tests(ARTICLES["it"], SHORT_LINES)


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_it_2.py
    report(CASES)
    print("as Italian:")
    report(CASES, lambda case: judge(case, language="it"))
