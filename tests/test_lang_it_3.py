"""Italian pages, a third probe: the NON-NEWS pages people scrape (the first two probes,
``test_lang_it.py`` and ``test_lang_it_2.py``, are news-heavy).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Four pages are what a NAIVE scraper keeps (all the visible text: a town council's service page with
its cookie banner, "Indice della pagina" and "Questa pagina ti è stata utile?", a software
documentation how-to with "In questa pagina" and "Modifica questa pagina su GitHub", a shop's product
page with its price, "Aggiungi al carrello" and reviews, a museum's event page with its ticket box),
three what an EXTRACTOR lets through (a travel guide with its affiliate lines, a forum thread
extracted as text, a recipe blog with its readers' comments). The article lines resemble residue on
purpose: how-to imperatives ("Clicca su Salva, poi esci e accedi di nuovo"), numbered steps and a
command line, a shop's own spec list, a travel guide's "Prenota subito se…", a programme's timed
rows, a recipe's imperative steps, a notice's list of papers to bring.

Measured when the probe was written, before any rule change (7 pages, 80 article and 160 residue lines):
article lines lost 1 (the event's "Accessibilità" subheading, taken by site-chrome as a footer link),
residue lines left 35 (the council page's table of contents under "Indice della pagina", the docs page's
"Modifica questa pagina su GitHub", the shop's free-shipping banner, tabs and rating, the event's ticket
button, the travel guide's booking and Pinterest buttons, the forum's "Rispondi citando" and counters).
While the rules were written, the shop page lost its care tip ("Lavala solo con acqua calda, senza
detersivo.": detached-blocks took the lines under the first block's last paragraph for a byline box over a
review that names the product). After: article lines lost 0, residue lines left 13 (see ``RESIDUE_LEFT``).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    contents_tests,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    section_name_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

CASES = {
    # NAIVE: a town council's service page
    "comune": """\
R Vai al contenuto principale
R Vai al footer
R Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Leggi l'informativa estesa.
R Accetta tutti
R Rifiuta
R Personalizza
R Comune di Valleverde
R Amministrazione
R Novità
R Servizi
R Vivere il comune
R Cerca
R Accedi all'area personale
R Home
R Servizi
R Anagrafe e stato civile
T Richiedere la carta d'identità elettronica
A La carta d'identità elettronica (CIE) è il documento personale che attesta l'identità del cittadino e permette di accedere ai servizi online della pubblica amministrazione.
R Indice della pagina
R A chi è rivolto
R Come fare
R Cosa serve
R Tempi e scadenze
R Quanto costa
A A chi è rivolto
A Ai cittadini residenti nel Comune di Valleverde, anche minorenni, e ai cittadini italiani residenti all'estero iscritti all'AIRE.
A Come fare
A Prenota un appuntamento sull'agenda online o chiama l'Ufficio Anagrafe al numero 0372 123456.
A Presentati allo sportello con i documenti richiesti. L'operatore acquisirà la foto e le impronte digitali.
A Cosa serve
A Una fototessera recente in formato cartaceo o digitale
A La carta d'identità scaduta o la denuncia di smarrimento
A La tessera sanitaria
A Tempi e scadenze
A La carta viene spedita all'indirizzo indicato entro 6 giorni lavorativi.
A Quanto costa
A Il costo è di 22,21 euro, da pagare con PagoPA allo sportello.
T Prenota appuntamento
R Ultimo aggiornamento: 10/02/2025
R Questa pagina ti è stata utile?
R Sì
R No
R Contatta il Comune
R Leggi le domande frequenti
R Segnala disservizio
R Comune di Valleverde
R Via Roma 1 - 26100 Valleverde (CR)
R Codice fiscale 00123456789
R PEC: protocollo@pec.comune.valleverde.it
R Amministrazione trasparente
R Informativa privacy
R Note legali
R Dichiarazione di accessibilità
R Mappa del sito
""",
    # NAIVE: a software documentation how-to
    "docs": """\
R Documentazione
R Guide
R Riferimento API
R Novità
R Cerca nella documentazione
R Accedi
R Documentazione
R Account
R Sicurezza
T Attivare l'autenticazione a due fattori
R In questa pagina
R Prima di iniziare
R Configurare l'app di autenticazione
R Codici di recupero
R Risoluzione dei problemi
A L'autenticazione a due fattori aggiunge un secondo passaggio all'accesso: oltre alla password serve un codice generato dal telefono.
A Prima di iniziare
A Per rendere obbligatoria l'autenticazione in tutto lo spazio di lavoro serve il ruolo di Proprietario o Amministratore.
A Configurare l'app di autenticazione
A 1. Vai su Impostazioni > Sicurezza.
A 2. Clicca su Attiva 2FA.
A 3. Inquadra il codice QR con l'app di autenticazione.
A 4. Inserisci il codice a sei cifre.
A Clicca su Salva, poi esci e accedi di nuovo.
A Codici di recupero
A Scarica i codici di recupero e conservali in un posto sicuro. Ogni codice può essere usato una sola volta.
A Puoi attivare la 2FA anche dalla riga di comando:
A $ nubeo auth mfa enable --method totp
A Nota: se perdi il telefono e i codici, chiedi al proprietario dello spazio di lavoro di reimpostare la 2FA.
A Risoluzione dei problemi
A Se i codici vengono rifiutati, controlla che l'ora del telefono sia impostata automaticamente.
A Per ricevere una notifica quando questa guida cambia, iscriviti al feed RSS dal tuo lettore.
R Questa pagina ti è stata utile?
R Sì
R No
R Modifica questa pagina su GitHub
R Ultimo aggiornamento: 12 gennaio 2025
R Precedente
R Gestire le chiavi API
R Successivo
R Single sign-on (SSO)
R © 2025 Nubeo. Documentazione distribuita con licenza CC BY 4.0.
""",
    # NAIVE: a shop's product page
    "prodotto": """\
R Spedizione gratuita per ordini superiori a 49 €
R Negozio
R Cucina
R Caffè
R Offerte
R Il mio account
R Carrello (0)
R Home
R Cucina
R Caffettiere
T Caffettiera moka in acciaio Aurora 6 tazze
T 39,90 €
R IVA inclusa
R ★★★★☆ 4,5 (87 recensioni)
R Disponibile
R Quantità
R Aggiungi al carrello
R Aggiungi alla lista dei desideri
A La moka Aurora è in acciaio inox 18/10 e funziona su tutti i piani cottura, induzione compresa.
A Prepara sei tazzine di espresso in circa cinque minuti.
A Caratteristiche
A Capacità: 6 tazze (300 ml)
A Materiale: acciaio inox 18/10
A Manico in bachelite antiscottatura
A Compatibile con piano a induzione
A Come si usa
A Riempi la caldaia d'acqua fino alla valvola, aggiungi il caffè nel filtro senza pressarlo e metti la moka sul fuoco medio.
A Lavala solo con acqua calda, senza detersivo.
R Spedizione e resi
R Reso gratuito entro 30 giorni.
R Recensioni dei clienti
R 4,5 su 5
R Scrivi una recensione
R Ottima, fa un caffè cremoso
R Acquisto verificato
R Giulia, 3 marzo 2025
R Uso la moka ogni mattina da tre mesi ed è come nuova.
R Questa recensione ti è stata utile? Sì (9) No (0)
R Spesso comprati insieme
R Macinacaffè manuale
R 24,90 €
R Iscriviti alla newsletter e ricevi il 10% di sconto sul primo ordine
R © 2025 Casa Aurora S.r.l. - P.IVA 01234567890
""",
    # NAIVE: a museum's event page
    "evento": """\
R Mostre
R Eventi
R Visita
R Biglietti
R Sostienici
R Acquista biglietti
T Notte al Museo: i dinosauri dopo il tramonto
R Venerdì 7 novembre 2025
R Ore 18:30 - 22:00
R Salone centrale
R Dai 18 anni
R Da 18 €
R Acquista il biglietto
R Aggiungi al calendario
A Dopo la chiusura, il Salone centrale riapre per una serata di incontri, musica e aperitivi sotto lo scheletro della nostra balenottera.
A La paleontologa Elena Ferri terrà alle 19 un intervento di mezz'ora su come vivevano gli ultimi dinosauri.
A Programma
A 18:30 Apertura porte
A 19:00 Incontro: gli ultimi giorni dei dinosauri
A 20:00 Silent disco nella Galleria dei fossili
A 21:45 Ultimo giro al bar
A Il biglietto comprende una consumazione. Puoi mostrarlo sullo smartphone o stamparlo a casa.
A Accessibilità
A Il Salone centrale è accessibile senza gradini. Segnalaci le tue esigenze al momento della prenotazione.
R Condividi l'evento
R Facebook
R X
R Email
R Potrebbe interessarti anche
R Serata soci: gli uccelli del mondo
R Iscriviti alla newsletter
R Ricevi in anteprima le novità su mostre ed eventi.
R © 2025 Museo di Storia Naturale di Valleverde
R P.IVA 01234567890
""",
    # EXTRACTOR: a travel guide with its affiliate lines
    "viaggio": """\
T Tre giorni a Lisbona: cosa vedere e dove dormire
R Di Sara Bellini
R Aggiornato il 2 maggio 2025
R Questo articolo contiene link di affiliazione: se prenoti tramite questi link riceviamo una piccola commissione, senza costi aggiuntivi per te.
A Lisbona è una città di colline, tram e facciate di azulejos, e tre giorni bastano per vederne il meglio senza correre.
A Primo giorno: Alfama e il castello
A Arriva presto al Castelo de São Jorge, prima dei gruppi organizzati. Il biglietto costa 15 euro.
A Scendi a piedi per l'Alfama e fermati al Miradouro de Santa Luzia per la vista sul fiume.
A Secondo giorno: Belém
A Prendi il tram 15 da Praça da Figueira fino a Belém. Compra prima la carta Viva Viagem: costa 50 centesimi e si può ricaricare.
A Prenota subito se vuoi visitare il Monastero dos Jerónimos ad agosto, perché i biglietti a orario finiscono giorni prima.
R Prenota qui il tuo tour a Belém
A Terzo giorno: Sintra
A Sintra è a 40 minuti di treno dalla stazione del Rossio. I treni partono ogni 20 minuti.
A Dove dormire
A Noi abbiamo dormito al Chiado, centrale e abbastanza pianeggiante per gli standard di Lisbona.
R Controlla prezzi e disponibilità
R Salvalo su Pinterest!
R Potrebbe interessarti anche:
R Le 10 gite in giornata più belle da Porto
R Dove mangiare a Madrid spendendo poco
R Lascia un commento
""",
    # EXTRACTOR: a forum thread extracted as text
    "forum": """\
R Indice › Casa e fai da te › Riscaldamento
T Caldaia di 17 anni: meglio ripararla o sostituirla?
R Messaggio da quieteacero » 3 febbraio 2025, 21:14
A La mia caldaia ha 17 anni e si è guastata due volte quest'inverno. Il tecnico mi ha chiesto 450 euro per un ventilatore nuovo e 2.800 per una caldaia a condensazione.
A Conviene ripararla ancora una volta o sto buttando soldi?
R Rispondi citando
R Messaggio da termotecnico » 3 febbraio 2025, 22:05
A Faccio il caldaista. A 17 anni la cambierei: i ricambi si trovano sempre meno e una caldaia a condensazione consuma circa il 15% di gas in meno.
R Rispondi citando
R Messaggio da quieteacero » 4 febbraio 2025, 08:30
A Grazie, utilissimo. Conta molto la marca?
R Rispondi citando
R Messaggio da frugale_franca » 4 febbraio 2025, 10:12
A Fatti fare tre preventivi. A noi andavano da 2.400 a 3.900 euro per la stessa caldaia.
R Rispondi citando
R 4 messaggi • Pagina 1 di 1
R Torna a “Riscaldamento”
R Chi c’è in linea
R Visitano il forum: 0 utenti iscritti e 12 ospiti
""",
    # EXTRACTOR: a recipe blog with its readers' comments
    "ricetta": """\
T Pasta alla Norma, la ricetta siciliana originale
R Pubblicato il 12 agosto 2025 da Giusi
R 6 commenti
A La pasta alla Norma è il piatto simbolo di Catania: melanzane fritte, salsa di pomodoro, basilico e ricotta salata.
A Ingredienti per 4 persone
A 320 g di maccheroni
A 2 melanzane
A 500 g di passata di pomodoro
A Ricotta salata q.b.
A Preparazione
A Taglia le melanzane a fette, salale e lasciale riposare per 30 minuti.
A Friggile in abbondante olio bollente e mettile ad asciugare su carta assorbente.
A Prepara la salsa con aglio, olio e passata e lasciala cuocere per 15 minuti.
A Scola la pasta al dente, condiscila con la salsa e aggiungi le melanzane.
A Servi con una grattugiata di ricotta salata e qualche foglia di basilico.
A Il consiglio di Giusi: se volete un piatto più leggero, cuocete le melanzane al forno.
R Condividi la ricetta
R Stampa la ricetta
R 6 commenti
R Rosaria
R 13 agosto 2025 alle 09:12
R L'ho fatta ieri sera, buonissima! Io aggiungo un pizzico di peperoncino.
R Rispondi
R Giusi
R 13 agosto 2025 alle 11:40
R Grazie Rosaria, col peperoncino è ancora più buona!
R Rispondi
R Lascia un commento
R Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *
R Commento *
R Nome *
R Email *
R Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.
R Pubblica il commento
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {
    # the council's address and tax code in the footer (an address and a number are a notice's own data elsewhere)
    "comune": 2,
    # the event's fact box under its date (time, room, ages, price: the rows a story's fact box holds) and the
    # mailing list's pitch ("Ricevi in anteprima le novità su mostre ed eventi.": a sentence)
    "evento": 5,
    # the forum software's who-is-online box ("Chi c’è in linea", "Visitano il forum: …": one platform's strings)
    # and the back link with the board's name in quotes ("Torna a “Riscaldamento”": a subheading's shape)
    "forum": 3,
    # the delivery promise ("Reso gratuito entro 30 giorni.": a sentence) and a review's text (a reader's sentence);
    # (lang25: the page is told Italian now, its "alla", "anche", "dopo" votes lifting it over 8% of the words, and the
    # review's title "Ottima, fa un caffè cremoso" is left as it is with Italian given: the same three lines)
    "prodotto": 3,
    # an affiliate link's call ("Prenota qui il tuo tour a Belém": a travel guide's own advice has the same words)
    "viaggio": 1,
}

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
    ("Modifica questa pagina su GitHub", "site-chrome"),
    ("Spedizione e resi", "site-chrome"),
    ("Recensioni dei clienti", "site-chrome"),
    ("Scrivi una recensione", "site-chrome"),
    ("Acquisto verificato", "site-chrome"),
    ("4,5 su 5", "site-chrome"),
    ("Acquista il biglietto", "site-chrome"),
    ("Controlla prezzi e disponibilità", "site-chrome"),
    ("Salvalo su Pinterest!", "site-chrome"),
    ("Rispondi citando", "site-chrome"),
    ("4 messaggi • Pagina 1 di 1", "site-chrome"),
    ("Da Wikipedia, l'enciclopedia libera.", "site-chrome"),
    ("↑ Rossi, Mario (1998). Frutteti di Romagna. Bologna: Edizioni del Borgo. p. 79.", "site-chrome"),
    ("Spedizione gratuita per ordini superiori a 49 €", "site-chrome"),
]

test_residue_goes = residue_goes_tests(ARTICLES["it"], RESIDUE_GOES)


#: Article lines that resemble the residue above: they stay in the middle and at the end of an article.
SHORT_LINES = [
    "Clicca su Salva, poi esci e accedi di nuovo.",
    "2. Clicca su Attiva 2FA.",
    "Taglia le melanzane a fette, salale e lasciale riposare per 30 minuti.",
    "Capacità: 6 tazze (300 ml)",
    "Modifica questa pagina su GitHub se trovi un errore, invita la guida.",
    "Spedizione e resi gratuiti per tutto il mese, ha annunciato l'azienda.",
    "Recensioni dei clienti false: l'Antitrust multa il negozio online.",
    "Acquisto verificato o no, ogni recensione conta allo stesso modo.",
    "4,5 su 5 è il voto medio dato dai clienti, secondo l'azienda.",
    "Acquista il biglietto online per evitare la coda, consiglia il museo.",
    "Controlla prezzi e disponibilità prima di partire, suggerisce l'agenzia.",
    "Rispondi citando la fonte, raccomanda il moderatore del forum.",
    "Salvalo su Pinterest: così molti utenti conservano le ricette.",
    "Da Wikipedia, l'enciclopedia libera, provengono molte delle citazioni del libro.",
    "Spedizione gratuita per ordini superiori a 49 euro, ha promesso il negozio.",
]

test_short_line_survives = short_line_tests(ARTICLES["it"], SHORT_LINES)


test_a_section_name_between_two_paragraphs_is_their_subheading = section_name_tests(
    ARTICLES["it"], ("Accessibilità", "Contatti", "Domande frequenti"), ["Note legali", "Privacy", "Accessibilità", "Contatti"]
)


_SECTIONS = ["Costi", "Calendario"]


(
    test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay,
    test_a_list_under_a_contents_heading_whose_items_head_nothing_stays,
) = contents_tests(
    ARTICLES["it"], ("Indice della pagina", "In questa pagina", "Sommario"), (_SECTIONS[0], _SECTIONS[1]), "Calendario: due anni di lavori",
    [["Una tenda per due persone", "Quattro paletti"], ["Costi", "Cosa dicono i residenti"]], "Indice",
)


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_it_3.py
    report(CASES)
    print("as Italian:")
    report(CASES, lambda case: judge(case, language="it"))
