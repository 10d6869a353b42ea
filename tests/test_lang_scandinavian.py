"""Swedish and Danish pages: a probe of scraped texts in the genres and outlet styles these sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Article lines must survive (a hard assertion); the residue left on each page is
recorded in ``RESIDUE_LEFT`` and may only shrink (the probe's measure: before the Swedish and
Danish vocabularies 145 of 243 residue lines were left, after them 12; no article line lost either way).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import tagged_probe_tests

import cleaner

CASES = {
    # a national news site: a menu, dateline and byline, promos inside the text, credits, comments
    "sv_news": """\
R Nyheter
R Sverige
R Världen
R Ekonomi
R Sport
R Kultur
T Riksdagen röstade ja till sänkt skatt på bensin
R Publicerad 21 mars 2024 kl. 14.05
R Uppdaterad 21 mars 2024 kl. 16.30
R Av: Anna Lindqvist
A Riksdagen röstade på onsdagen igenom regeringens förslag om sänkt skatt på bensin och diesel. Förslaget fick stöd av 175 ledamöter, 154 röstade emot.
A Sänkningen gäller från den 1 maj och innebär att literpriset på bensin beräknas sjunka med omkring 50 öre.
R Läs också: Elpriset stiger igen – så mycket dyrare blir det i april
A Finansministern försvarade förslaget i debatten och menade att hushållen på landsbygden drabbats hårdast av de höga priserna.
A – Det här är en reform för dem som inte kan välja bort bilen, sade hon.
R LÄS MER: Oppositionen kräver besked om klimatmålen
A Oppositionen kritiserade beslutet och pekade på att utsläppen från vägtrafiken riskerar att öka.
A Vad händer nu?
A Skatteverket ska nu informera drivmedelsbolagen om de nya skattesatserna.
R Foto: TT
R Dela
R Facebook
R X
R Kommentarer (12)
R Lasse_77
R 21 mars 2024 kl. 15.10
R Äntligen något som hjälper oss som bor på landet.
R Svara
R Anmäl
R Logga in för att kommentera
""",
    # a regional paper: labelled dates, a promo box, newsletter box, the most-read list, the footer
    "sv_regional": """\
R Startsida
R Nyheter
R Göteborg
R Publicerad: 2024-03-21 14:05
R Uppdaterad: 2024-03-21 16:30
T Vägarbetet på Linnégatan drar ut på tiden
A Sedan i måndags är Linnégatan avstängd för biltrafik mellan Järntorget och Olivedalsgatan. Trafikkontoret byter ut vattenledningar och lägger ny asfalt.
A Enligt kommunen ska arbetet vara klart i slutet av oktober. Spårvagnslinje 1 och 6 leds om under tiden.
R Mest läst
R Brand i flerfamiljshus i Angered – tio personer evakuerade
R Så blir nya Skeppsbron – se bilderna
A De boende i området klagar på att informationen om omledningarna har varit dålig. – Ingen sa något om att bussen inte skulle stanna här längre, säger Karin som bor på Linnégatan.
A Trafikkontoret lovar att skyltningen ska förbättras redan den här veckan.
R Prenumerera på vårt nyhetsbrev
R De viktigaste nyheterna från Göteborg direkt i din inkorg.
R Din e-postadress
R Prenumerera
R Mest lästa
R Nya regler för bilister – böter på upp till 4 000 kronor
R Alla rättigheter förbehållna
""",
    # a business site: stock widgets around a report with figures
    "sv_business": """\
R Börsen
R Valutor
R Aktier
T Volvo Cars ökar vinsten – aktien stiger
R 21 mars 2024 08:45
A Volvo Cars rörelseresultat ökade till 5,4 miljarder kronor under fjärde kvartalet, enligt bolagets bokslutskommuniké. Resultatet var bättre än analytikernas förväntningar.
A Nyckeltal för helåret:
A Intäkter: 399,3 miljarder kronor
A Rörelseresultat: 21,1 miljarder kronor
A Nettoresultat: 14,2 miljarder kronor
A Aktien steg med 3,2 procent vid börsens öppning.
R Lägg till i bevakningslista
R Senast
R 42,15 SEK
R +3,20%
R Kurserna är fördröjda minst 15 minuter.
A Styrelsen föreslår en utdelning på 1,20 kronor per aktie. Beslutet fattas på årsstämman i maj.
R Läs mer
R Följ oss på Facebook
R © 2024 Affärsnytt AB
""",
    # a blog post with the WordPress comment form under it
    "sv_blog": """\
T En vecka i Jämtlandsfjällen – vår vandring dag för dag
R Publicerat den 12 augusti 2023 av Karin
A I år bestämde vi oss för att vandra i Jämtlandsfjällen. Under sju dagar gick vi mellan fjällstugorna och åt de godaste våfflorna i livet.
A Första dagen gick vi från Storulvån till Sylarna. Leden är väl markerad men blöt efter regnet.
A Vad ska man packa?
A Framför allt bra kängor, regnkläder och vatten. I stugorna går det att köpa mat, men priserna är höga.
A Har ni frågor så skriv i kommentarerna!
R Dela det här:
R Facebook
R Twitter
R Relaterade inlägg
R 12 kommentarer
R Tomas
R 13 augusti 2023 kl. 09:12
R Vilken fin berättelse, vi ska dit nästa sommar!
R Svara
R Karin
R 13 augusti 2023 kl. 10:01
R Tack! Åk i september, då är det färre människor.
R Svara
R Lämna ett svar Avbryt svar
R Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *
R Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.
R Publicera kommentar
""",
    # a forum thread: the posts are the page's content, the controls around them are not
    "sv_forum": """\
R Forum
R Fordon
T Byta kamrem på Volvo V70 D5 – vad kostar det?
A Hej, jag har en V70 från 2012 som gått 18 000 mil. Verkstaden säger att kamremmen och vattenpumpen ska bytas. Vad har ni betalat?
R Svara
R Citera
A Jag betalade 6 500 kronor med vattenpump förra året, på en verkstad i Uppsala. Märkesverkstaden ville ha över 9 000.
R Citera
R Anmäl
A Kolla även spännrullen, om den går sönder är motorn körd.
R Logga in för att svara
""",
    # a shop's product page: cart, wish list, shipping banner, ratings
    "sv_shop": """\
R Fri frakt över 499 kr
R Logga in
R Varukorg
T Vattenkokare i rostfritt stål 1,7 l
A Vattenkokare i rostfritt stål med 1,7 liters volym och en effekt på 2200 W. Kokar en liter vatten på under tre minuter.
A Tekniska data:
A Volym: 1,7 l
A Effekt: 2200 W
A Vikt: 1,2 kg
A Vattenkokaren stängs av automatiskt när vattnet kokar och när den lyfts av sockeln.
R Lägg i varukorgen
R Lägg till i önskelistan
R Recensioner (23)
R Skriv en recension
R Du kanske också gillar
R Köpvillkor
""",
    # a recipe: the card's buttons and the rating prompt
    "sv_recipe": """\
R Hoppa till recept
T Mormors äppelkaka
A Den här äppelkakan smakar barndom. Saftiga äpplen, mycket kanel och en krispig smuldeg.
A Ingredienser:
A 1 kg äpplen
A 3 dl vetemjöl
A 200 g smör
A 1 dl socker
A Gör så här:
A Sätt ugnen på 200 grader. Skala och skiva äpplena och lägg dem i en smord form.
A Nyp ihop mjöl, smör och socker till en smulig deg och strö över äpplena. Grädda i 30 minuter.
R Skriv ut recept
R Betygsätt receptet
R Har du provat receptet? Berätta gärna i kommentarerna!
R Prenumerera på vårt nyhetsbrev och få nya recept varje vecka.
""",
    # a municipal notice
    "sv_kommun": """\
R Uppsala kommun
R Nyheter
T Samråd om ny detaljplan för Gränby
A Kommunen har tagit fram ett förslag till detaljplan för cirka 400 nya bostäder i Gränby. Nu kan du lämna synpunkter på förslaget.
A Samrådet pågår: 21 mars – 30 april 2024
A Plats: Stadshuset, Stationsgatan 12
A Ett öppet informationsmöte hålls den 10 april klockan 18.00 i stadshusets foajé.
A Synpunkter lämnas skriftligen till plan- och byggnadsnämnden senast den 30 april.
R Senast uppdaterad: 21 mars 2024
R Dela sidan
R Skriv ut
R Tillbaka till toppen
R Tillgänglighetsredogörelse
""",
    # a naive full page: header, cookie bar, menus, an article, app badges, footer
    "sv_naive1": """\
R Hoppa till innehållet
R Vi använder cookies
R Vi använder cookies för att ge dig en bättre upplevelse av webbplatsen. Genom att fortsätta använda webbplatsen godkänner du att vi använder cookies.
R Acceptera alla
R Inställningar
R Logga in
R Sök
R Meny
T Staden planterar 500 nya träd i parkerna
A Före slutet av april ska 500 nya träd planteras i stadens parker, främst lindar, lönnar och ekar. Planteringen finansieras av stadens medborgarbudget.
A Flest träd hamnar i Rålambshovsparken och på torget vid Hornsgatan. Invånarna kan också föreslå nya platser.
A Förslagen tas emot av stadsmiljöförvaltningen till den 10 april.
R Läs mer
R Ladda ner appen
R Ladda ned i App Store
R Ladda ned på Google Play
R Om oss
R Kontakta oss
R Integritetspolicy
R Annonsera
R Copyright © 2024 Stadstidningen. Alla rättigheter förbehållna.
""",
    # another naive page: the paywall, a social row, a teaser list and the footer
    "sv_naive2": """\
R Nyheter | Sverige | Världen | Ekonomi | Kultur
T Läkare varnar för influensavåg – toppen väntas i februari
R Uppdaterad 21 mars 2024 kl. 14.05
A Under den senaste veckan har över 3 000 fall av influensa bekräftats, enligt Folkhälsomyndighetens statistik.
A Experterna uppmanar riskgrupper att vaccinera sig. Vaccinet är gratis för alla över 65 år.
R Den här artikeln är endast för prenumeranter.
R Redan prenumerant? Logga in
R Prenumerera
R Följ oss
R Facebook
R Instagram
R Senaste nytt
R Regeringen lägger fram ny försvarsproposition
R Alla rättigheter förbehållna © 2024 Dagsposten
""",
    # --- Danish ---
    "da_news": """\
R Nyheder
R Indland
R Udland
R Politik
R Sport
R Kultur
T Folketinget vedtager lavere afgift på benzin
R Opdateret 21. marts 2024 kl. 14.05
R Af Mette Hansen
A Folketinget vedtog onsdag regeringens forslag om at sænke afgiften på benzin og diesel. 95 stemte for, mens 80 stemte imod.
A Nedsættelsen gælder fra den 1. maj og betyder, at literprisen på benzin ventes at falde med omkring 40 øre.
R Læs også: Elprisen stiger igen – så meget dyrere bliver det i april
A Skatteministeren forsvarede forslaget under debatten og sagde, at familierne i landdistrikterne har været hårdest ramt af de høje priser.
A – Det her er en reform for dem, der ikke kan undvære bilen, sagde hun.
R LÆS OGSÅ: Oppositionen kræver svar om klimamålene
A Oppositionen kritiserede beslutningen og påpegede, at udledningen fra vejtrafikken risikerer at stige.
A Hvad sker der nu?
A Skattestyrelsen skal nu orientere selskaberne om de nye satser.
R Foto: Ritzau Scanpix
R Del
R Facebook
R X
R Kommentarer (12)
R Lars_77
R 21. marts 2024 kl. 15.10
R Endelig noget der hjælper os der bor på landet.
R Svar
R Anmeld
R Log ind for at kommentere
""",
    "da_regional": """\
R Forside
R Nyheder
R Aarhus
R Publiceret 21.03.2024 kl. 14:05
R Opdateret 21.03.2024 kl. 16:30
T Vejarbejdet på Nørrebrogade trækker ud
A Siden mandag har Nørrebrogade været lukket for biltrafik mellem Nørreport og Vesterbro Torv. Kommunen udskifter vandrør og lægger ny asfalt.
A Ifølge kommunen skal arbejdet være færdigt i slutningen af oktober. Buslinje 2A og 3A bliver omlagt i mellemtiden.
R Mest læste
R Brand i etageejendom i Gellerup – ti personer evakueret
R Sådan bliver den nye havnefront – se billederne
A Beboerne i området klager over, at informationen om omlægningerne har været dårlig. – Ingen sagde noget om, at bussen ikke ville stoppe her længere, siger Karen, der bor på Nørrebrogade.
A Kommunen lover, at skiltningen bliver forbedret allerede i denne uge.
R Tilmeld dig vores nyhedsbrev
R De vigtigste nyheder fra Aarhus direkte i din indbakke.
R Din e-mailadresse
R Tilmeld
R Alle rettigheder forbeholdes
""",
    "da_business": """\
R Børs
R Valuta
R Aktier
T Novo Nordisk øger overskuddet – aktien stiger
R 21. marts 2024 08:45
A Novo Nordisk øgede driftsresultatet til 102,6 milliarder kroner sidste år, fremgår det af selskabets årsrapport. Resultatet var bedre end analytikernes forventninger.
A Nøgletal for året:
A Omsætning: 232,3 mia. kr.
A Driftsresultat: 102,6 mia. kr.
A Nettoresultat: 83,7 mia. kr.
A Aktien steg med 3,2 procent ved børsens åbning.
R Tilføj til watchlist
R Seneste
R 812,40 DKK
R +3,20%
R Kurserne er forsinket mindst 15 minutter.
A Bestyrelsen foreslår et udbytte på 9,40 kroner pr. aktie. Beslutningen træffes på generalforsamlingen i marts.
R Læs mere
R Følg os på Facebook
R © 2024 Erhvervsnyt A/S
""",
    "da_blog": """\
T En uge i Skagen – vores tur dag for dag
R Udgivet 12. august 2023 af Karen
A I år besluttede vi at holde ferie i Skagen. I syv dage cyklede vi langs stranden, besøgte museerne og spiste de bedste fiskefrikadeller i vores liv.
A Første dag cyklede vi ud til Grenen. Stien er godt afmærket, men der blæser meget.
A Hvad skal man pakke?
A Først og fremmest gode sko, regntøj og en vindjakke. Der er masser af caféer, men priserne er høje.
A Hvis I har spørgsmål, så skriv i kommentarerne!
R Del dette:
R Facebook
R Twitter
R Relaterede indlæg
R 12 kommentarer
R Thomas
R 13. august 2023 kl. 09:12
R Skøn beretning, vi tager derop næste sommer!
R Svar
R Karen
R 13. august 2023 kl. 10:01
R Tak! Tag af sted i september, så er der færre mennesker.
R Svar
R Skriv en kommentar Annuller svar
R Din e-mailadresse vil ikke blive publiceret. Krævede felter er markeret med *
R Gem mit navn, mail og websted i denne browser til næste gang jeg kommenterer.
R Send kommentar
""",
    "da_forum": """\
R Forum
R Biler
T Skifte tandrem på Skoda Octavia 1.6 TDI – hvad koster det?
A Hej, jeg har en Octavia fra 2016, der har kørt 180.000 km. Mekanikeren siger, at tandremmen og vandpumpen skal skiftes. Hvad har I betalt?
R Svar
R Citér
A Jeg betalte 6.500 kroner med vandpumpe sidste år på et værksted i Odense. Mærkeværkstedet ville have over 9.000.
R Citér
R Anmeld
A Tjek også strammerullen, for hvis den går, er motoren færdig.
R Log ind for at svare
""",
    "da_shop": """\
R Fri fragt over 499 kr.
R Log ind
R Kurv
T Elkedel i rustfrit stål 1,7 l
A Elkedel i rustfrit stål med en kapacitet på 1,7 liter og en effekt på 2200 W. Koger en liter vand på under tre minutter.
A Tekniske data:
A Kapacitet: 1,7 l
A Effekt: 2200 W
A Vægt: 1,2 kg
A Kedlen slukker automatisk, når vandet koger, og når den løftes af soklen.
R Læg i kurv
R Tilføj til ønskeliste
R Anmeldelser (23)
R Skriv en anmeldelse
R Du vil måske også kunne lide
R Handelsbetingelser
""",
    "da_recipe": """\
R Gå til opskrift
T Mormors æblekage
A Denne æblekage smager af barndom. Syrlige æbler, masser af kanel og knasende makroner.
A Ingredienser:
A 1 kg æbler
A 200 g makroner
A 100 g smør
A 1 dl sukker
A Sådan gør du:
A Skræl æblerne, skær dem i stykker og kog dem til en grød med sukker.
A Smelt smørret på en pande og rist de knuste makroner. Lag grød og makroner i en skål.
R Udskriv opskrift
R Bedøm opskriften
R Har du prøvet opskriften? Fortæl os det i kommentarerne!
R Tilmeld dig vores nyhedsbrev og få nye opskrifter hver uge.
""",
    "da_kommune": """\
R Aarhus Kommune
R Nyheder
T Høring om ny lokalplan for Gellerup
A Kommunen har udarbejdet et forslag til lokalplan for cirka 400 nye boliger i Gellerup. Nu kan du komme med bemærkninger til forslaget.
A Høringsperiode: 21. marts – 30. april 2024
A Sted: Rådhuset, Rådhuspladsen 2
A Der holdes et åbent borgermøde den 10. april klokken 18.00 i rådhusets foyer.
A Bemærkninger sendes skriftligt til Teknik og Miljø senest den 30. april.
R Senest opdateret: 21. marts 2024
R Del siden
R Udskriv
R Til toppen
R Tilgængelighedserklæring
""",
    "da_naive1": """\
R Gå til indhold
R Vi bruger cookies
R Vi bruger cookies for at give dig den bedste oplevelse af hjemmesiden. Ved at fortsætte med at bruge hjemmesiden accepterer du vores brug af cookies.
R Accepter alle
R Indstillinger
R Log ind
R Søg
R Menu
T Byen planter 500 nye træer i parkerne
A Inden udgangen af april bliver der plantet 500 nye træer i byens parker, primært lind, ahorn og eg. Beplantningen finansieres af kommunens borgerbudget.
A Flest træer kommer til Fælledparken og til pladsen ved Halmtorvet. Borgerne kan også foreslå nye steder.
A Forslagene modtages af Teknik- og Miljøforvaltningen indtil den 10. april.
R Læs mere
R Hent appen
R Hent i App Store
R Hent på Google Play
R Om os
R Kontakt os
R Privatlivspolitik
R Annoncering
R Copyright © 2024 Bybladet. Alle rettigheder forbeholdes.
""",
    "da_naive2": """\
R Nyheder | Indland | Udland | Erhverv | Kultur
T Læger advarer mod influenzabølge – toppen ventes i februar
R Opdateret 21. marts 2024 kl. 14.05
A I den seneste uge er over 3.000 tilfælde af influenza blevet bekræftet, viser tal fra Statens Serum Institut.
A Eksperterne opfordrer risikogrupper til at blive vaccineret. Vaccinen er gratis for alle over 65 år.
R Denne artikel er kun for abonnenter.
R Allerede abonnent? Log ind
R Køb abonnement
R Følg os
R Facebook
R Instagram
R Seneste nyt
R Regeringen fremlægger nyt forsvarsforlig
R Alle rettigheder forbeholdes © 2024 Dagsposten
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    "sv_business": 2,  # the quote widget's price and change ("42,15 SEK", "+3,20%")
    "da_business": 2,  # the quote widget's price and change ("812,40 DKK", "+3,20%")
    "sv_forum": 2,  # the forum's breadcrumb words at the head
    "da_forum": 2,
    "sv_kommun": 2,  # the municipality's name and a section word at the head
    "da_kommune": 2,
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT
)


# A short Swedish text whose function words Danish and Norwegian mostly share (av, har, den, med): its
# ä and ö (and no æ or ø) give the shared words' votes to Swedish (found by the property tests).
_SHORT_SV = [
    "Under tisdagen efter månader av förhandlingar, ministern har presenterat den nya planen för den gamla hamnen.",
    "Under tisdagen efter månader av förhandlingar, ministern har presenterat den nya planen för den gamla hamnen. "
    "Under tisdagen efter månader av förhandlingar, ministern har presenterat avtalet med leverantörerna av el.",
]
_SHORT_DA = [
    "Efter måneder med forhandlinger har ministeren i dag fremlagt den nye plan for den gamle havn.",
    "Efter måneder med forhandlinger har ministeren i dag fremlagt den nye plan for den gamle havn, og kommunen "
    "har godkendt aftalen med leverandørerne af el og vand til de nye bygninger på havnen.",
]


def test_swedish_letters_give_swedish_the_shared_words_votes() -> None:
    result = cleaner.explain_text("\n\n".join(["Annons", *_SHORT_SV]))
    assert result.language == "sv"
    assert result.text == "\n\n".join(_SHORT_SV)
    assert [r.pass_name for r in result.removed] == ["ad-marker"]
    assert cleaner.explain_text("\n\n".join(_SHORT_DA)).language == "da"
