"""Italian pages: a probe of scraped texts in the genres and outlet styles Italian sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Half of the pages are what a naive scraper keeps (all the visible text: menus, cookie
banner, share row, related headlines, footer), half what an extractor lets through (comments,
photo credits, bylines, "leggi anche" lines, sign-up prompts). Article lines must survive (a hard
assertion); the residue left on each page is recorded in ``RESIDUE_LEFT`` and may only shrink.
The pages were written before looking at ``rules/lang/it.toml``: the probe measures, it does not
confirm (see the commit adding this file for the numbers before any rule change).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import language_probe_tests, short_line_tests, tagged_probe_tests, tail_residue_tests
from strategies import ARTICLES

CASES = {
    # a national news portal as a naive scraper keeps it: header, menu, cookie banner, article, share row, related box, footer
    "naive_news": """\
R Vai al contenuto principale
R Accedi
R Abbonati
R Cerca
R Home
R Politica
R Cronaca
R Economia
R Esteri
R Sport
R Cultura
R Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.
R Accetta
R Rifiuta
R Scopri di più e personalizza
R Politica
T Legge di bilancio, via libera del Senato: cosa cambia per pensioni e bonus
R di Marco Ferri
R 21 marzo 2024 (modifica il 21 marzo 2024 | 16:30)
A Il Senato ha approvato giovedì la legge di bilancio con 108 voti favorevoli e 65 contrari. Il testo passa ora alla Camera per la seconda lettura.
A Tra le misure principali c'è la conferma del taglio del cuneo fiscale per i redditi fino a 35 mila euro lordi annui.
A Le opposizioni hanno criticato la scelta di non rifinanziare il fondo per la sanità. «È una manovra senza visione», ha detto la capogruppo del Pd.
A Cosa cambia per le pensioni
A Quota 103 viene confermata anche per il prossimo anno, ma con il ricalcolo interamente contributivo dell'assegno.
A Il ministro dell'Economia ha risposto alle critiche in un'intervista, spiegando che i commenti dell'opposizione ignorano i vincoli europei.
R Condividi
R Facebook
R X
R WhatsApp
R Copia link
R Leggi anche
R Pensioni, il governo studia una nuova uscita anticipata
R Bonus casa, cosa resta nel 2025
R Scarica l'app
R Seguici su Instagram
R Chi siamo
R Redazione
R Pubblicità
R Privacy Policy
R Cookie Policy
R Lavora con noi
R © 2024 Gruppo Editoriale Nazionale S.p.A. - P.IVA 01234567890 - Tutti i diritti riservati
""",
    # a regional paper as an extractor leaves it: byline, photo credit, a read-also line, a video promo, comments
    "regional": """\
T Alluvione in Romagna, un anno dopo: i cantieri ancora fermi
R di Laura Bassi
R Pubblicato il 21/03/2024 alle 08:15 · Ultimo aggiornamento: 21/03/2024 alle 10:42
A A dieci mesi dall'alluvione che ha colpito la Romagna, molti argini non sono ancora stati ricostruiti. Nella zona di Faenza i lavori sono fermi da novembre.
R (Foto Ansa)
A I residenti di via Cimatti raccontano di vivere con la paura che basti un temporale per tornare sott'acqua.
A «Ogni volta che piove non dormiamo», dice una pensionata che ha perso la casa.
R LEGGI ANCHE: Ravenna, sgomberate 40 famiglie dopo la piena del Lamone
A Le foto pubblicate sui social dai residenti mostrano i sacchi di sabbia ancora ammucchiati davanti ai portoni.
A La Regione ha annunciato che i primi fondi della ricostruzione arriveranno entro l'estate.
R GUARDA IL VIDEO: le immagini del fiume in piena
A Il sindaco ha detto di non voler commentare le accuse dei comitati prima dell'incontro con il commissario.
R © RIPRODUZIONE RISERVATA
R 3 commenti
R Giorgio_74
R 21 marzo 2024 alle 11:03
R Vergogna, un anno per non fare niente.
R Rispondi
R Segnala
R Devi essere registrato per commentare. Accedi o registrati.
""",
    # a tabloid / gossip site as a naive scraper keeps it: teaser grid, gallery labels, ad labels
    "naive_tabloid": """\
R Menu
R Gossip
R Tv
R Royal
R Oroscopo
R Video
T Sanremo, la cantante rompe il silenzio: «Non mi sono mai sentita così sola»
R Redazione
R 21/03/2024 - 18:02
A La cantante ha parlato per la prima volta dopo l'eliminazione dal Festival in un'intervista al settimanale Oggi.
R Continua a leggere dopo la pubblicità
A «Ho letto tutti i commenti, anche quelli cattivi, e mi hanno fatto male», ha raccontato.
A Nelle foto pubblicate su Instagram la si vede sorridente accanto al compagno, ma l'artista assicura che il periodo è stato difficile.
R FOTO
R 1 di 12
R Instagram
R Ti potrebbe interessare
R Belen, il nuovo amore dopo l'addio
R Il principe William torna in pubblico
R I più letti
R Iscriviti alla newsletter
R Ricevi ogni mattina le notizie più lette direttamente nella tua casella di posta.
R Iscriviti
R Contatti
R Note legali
R Copyright © 2024 Gossip Italia Srl. Tutti i diritti riservati.
""",
    # a business page as an extractor leaves it: a stock widget inside the text, the data-delay notice
    "business": """\
R Mercati
T Piazza Affari chiude in rialzo, volano le banche
R 21 marzo 2024 - 17:45
A Seduta positiva per Piazza Affari, con il Ftse Mib che ha chiuso in rialzo dell'1,4% a 34.210 punti, il livello più alto dal 2008.
A I dati principali della giornata:
A Ftse Mib: 34.210 punti
A Spread Btp-Bund: 128 punti base
A Euro/dollaro: 1,087
A A trainare il listino sono state le banche, con Unicredit in rialzo del 3,2% e Intesa Sanpaolo del 2,5%.
R Unicredit
R Ultimo prezzo
R 33,41
R +3,21%
R Aggiungi al portafoglio
R Dati in differita di 15 minuti
A Gli analisti si aspettano che il rialzo possa proseguire anche nelle prossime sedute, se la Bce confermerà il taglio dei tassi.
R Leggi di più
R Iscriviti alla newsletter Mercati: ogni sera il riepilogo della giornata in Borsa.
R Riproduzione riservata
""",
    # a sports site as a naive scraper keeps it: live-coverage promo, a league table, related links
    "naive_sport": """\
R Calcio
R Serie A
R Risultati
R Classifica
R Calciomercato
T L'Inter batte la Roma 2-0 e vola a +10 sul Milan
R Diretta
R Guarda gli highlights
A Nella 29ª giornata di Serie A l'Inter ha battuto la Roma 2-0 a San Siro grazie ai gol di Lautaro Martinez al 34' e di Thuram al 78'.
A La classifica dopo la 29ª giornata:
A 1. Inter 76
A 2. Milan 66
A 3. Juventus 59
A 4. Bologna 54
A «Abbiamo giocato da squadra vera», ha detto l'allenatore nel dopopartita.
A Formazioni
A Inter: Sommer; Pavard, Acerbi, Bastoni; Dumfries, Barella, Calhanoglu, Mkhitaryan, Dimarco; Thuram, Lautaro.
R (Foto LaPresse)
R Condividi su Facebook
R Condividi su WhatsApp
R Altre notizie
R Juventus, infortunio per Vlahovic
R Tutti i risultati della giornata
R Partner ufficiale
R Scommetti responsabilmente. Il gioco è vietato ai minori di 18 anni.
""",
    # a blog post as an extractor leaves it: the WordPress share row and comment thread
    "blog": """\
T Tre giorni nelle Langhe: itinerario e consigli
R Pubblicato il 12 agosto 2023 da Giulia
A Quest'estate abbiamo deciso di passare un lungo weekend nelle Langhe. Abbiamo dormito in un agriturismo vicino a Barolo e girato le colline in bicicletta.
A Il primo giorno abbiamo visitato il castello di Grinzane Cavour e fatto una degustazione in una cantina di famiglia.
A Cosa mettere in valigia
A Scarpe comode, un cappello e una giacca leggera: la sera sulle colline fa fresco anche ad agosto.
A Se avete domande scrivetemi nei commenti, rispondo a tutti!
R Condividi:
R Fai clic per condividere su Facebook (Si apre in una nuova finestra)
R Fai clic per condividere su WhatsApp (Si apre in una nuova finestra)
R Mi piace Caricamento...
R Correlati
R 2 commenti
R Marco
R 13 agosto 2023 alle 09:12
R Bellissimo articolo, l'anno prossimo ci andiamo anche noi.
R Rispondi
R Giulia
R 13 agosto 2023 alle 10:01
R Grazie! Ti consiglio settembre, durante la vendemmia.
R Rispondi
R Lascia un commento Annulla risposta
R Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *
R Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.
R Pubblica il commento
""",
    # a recipe as an extractor leaves it: imperatives and ingredient lists that must stay, the recipe card's buttons
    "recipe": """\
R Salta alla ricetta
T Tiramisù classico della nonna
A Il tiramisù è il dolce della domenica a casa nostra. Questa è la ricetta di mia nonna, senza panna e con tanto caffè.
A Ingredienti
A 500 g di mascarpone
A 4 uova
A 100 g di zucchero
A 300 g di savoiardi
A Caffè q.b.
A Preparazione
A Separate i tuorli dagli albumi. Montate i tuorli con lo zucchero fino a ottenere una crema chiara e spumosa.
A Aggiungete il mascarpone poco alla volta e mescolate delicatamente.
A Inzuppate velocemente i savoiardi nel caffè e disponeteli in una pirofila. Coprite con la crema e lasciate riposare in frigo per almeno 4 ore.
A Conservate il tiramisù in frigorifero per un massimo di due giorni.
R Stampa la ricetta
R Vota la ricetta
R Hai provato questa ricetta? Facci sapere nei commenti!
R Iscriviti alla nostra newsletter per ricevere ogni settimana nuove ricette.
""",
    # a municipal notice as a naive scraper keeps it: the institutional header, breadcrumb and footer
    "naive_comune": """\
R Comune di Bergamo
R Salta al contenuto
R Amministrazione
R Servizi
R Novità
R Vivere il Comune
R Home / Novità / Avvisi
T Chiusura di via XX Settembre per lavori alla rete fognaria
A Si informa la cittadinanza che dal 25 marzo al 5 aprile via XX Settembre sarà chiusa al traffico nel tratto tra piazza Pontida e largo Rezzara.
A Le linee 5 e 7 dell'autobus saranno deviate su via Tiraboschi.
A Per informazioni è possibile contattare l'Ufficio Mobilità al numero 035 399 111.
R Data di pubblicazione: 21 marzo 2024
R Ultimo aggiornamento: 21 marzo 2024
R Quanto sono chiare le informazioni su questa pagina?
R Valuta da 1 a 5 stelle
R Torna su
R Contatti
R Privacy
R Dichiarazione di accessibilità
R Comune di Bergamo - Piazza Matteotti 27 - Codice fiscale 80034840167
""",
    # a long-read as an extractor leaves it: subheadings, one-line quotes, a paywall and a syndication tail
    "longread": """\
T Il paese che ha smesso di fare figli
R di Francesca Riva
R 21 marzo 2024
A Nel 2023 in Italia sono nati 379 mila bambini, il numero più basso dall'Unità. Per il quindicesimo anno consecutivo le nascite sono diminuite.
A Un calo lungo vent'anni
A Secondo l'Istat il numero medio di figli per donna è sceso a 1,20. Nel Mezzogiorno il calo è stato ancora più rapido che al Nord.
A «Non è che non vogliamo figli. È che non possiamo permetterceli.»
A Lo dice Chiara, 34 anni, insegnante precaria a Torino.
R Foto: Getty Images
A Le politiche che non bastano
A L'assegno unico ha raggiunto oltre sei milioni di famiglie, ma secondo i demografi non basta a invertire la tendenza.
A Leggete i dati regione per regione: in Sardegna il tasso di fecondità è ormai sotto l'uno.
A «Servono asili nido, non bonus.»
R Questo articolo è riservato agli abbonati
R Sei già abbonato? Accedi
R Abbonati a 1€ al mese per il primo anno
R Tag: natalità, Istat, famiglia
R © Riproduzione riservata
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    # the quote box inside the text: the instrument's name and two bare numbers between two paragraphs
    # (a name and a number line are what a table of the article's own is made of); the section word at the head
    "business": 4,
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="it"
)


test_article_lines_survive_as_italian, test_probe_pages_are_told_italian = language_probe_tests(CASES, "it")


_SHORT_LINES = [
    # subheadings, quotes and list items that share words with the new patterns
    "Ultimo prezzo e volumi in Borsa",
    "Abbonati a 1 euro al mese: la corsa dei giornali",
    "Valuta da 1 a 5 stelle il tuo medico: la nuova app della Regione",
    "«Gioca responsabilmente»",
    "Codice fiscale e partita Iva",
    "Il prezzo del gas (aggiornato al 21 marzo 2024)",
    "Hai provato questa ricetta?",
]


test_short_line_survives = short_line_tests(ARTICLES["it"], _SHORT_LINES)


test_residue_goes = tail_residue_tests(
    ARTICLES["it"],
    [
        ("Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.", "cookie-notice"),
        ("Pubblicato il 21/03/2024 alle 08:15 · Ultimo aggiornamento: 21/03/2024 alle 10:42", "dateline"),
        ("21 marzo 2024 (modifica il 21 marzo 2024 | 16:30)", "dateline"),
        ("GUARDA IL VIDEO: le immagini del fiume in piena", "promo-label"),
        ("Hai provato questa ricetta? Facci sapere nei commenti!", "site-chrome"),
        ("Abbonati a 1€ al mese per il primo anno", "paywall"),
        ("Valuta da 1 a 5 stelle", "feedback-prompt"),
        ("Ultimo prezzo", "finance-widget"),
        ("Comune di Bergamo - Piazza Matteotti 27 - Codice fiscale 80034840167", "copyright"),
        ("Scommetti responsabilmente. Il gioco è vietato ai minori di 18 anni.", "ad-marker"),
    ],
)


if __name__ == "__main__":
    from probes import report

    report(CASES)
