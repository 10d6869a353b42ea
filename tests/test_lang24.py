# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""Lang 24: the language a page is told, and what a wrong or missing answer costs its cleaning.

``Context.language`` (a stopword vote, then the script, then the letters) picks the stopwords the passes judge prose by,
and ``Context.vocab_languages`` the residue tables (a lean of the few function words where there is no clear answer).
Probed by language group, close pairs first (mk/sr/bg, ru/uk/be, cs/sk, hr/sr/bs/sl, no/da/sv, es/gl/ca/pt and pt-BR,
id/ms, fa/ar/ur, hi/mr/ne, fi/et, lt/lv, he), with short texts: the same four news sentences a language, one to four of
them (``test_short_texts_are_told``), and short pages: one to four of them with a photo credit over the text, a "read
also" teaser between its paragraphs and the share and comment rows under it, each in the language (residue its tables
read: with the language given, every page loses nothing and leaves nothing), ``_ONE`` (one sentence, in each of 38
languages) and ``_SHORT`` (two to four, the close groups'); and eleven pages of mixed
kinds, ``_MIXED``: a Croatian and a Slovenian article under an English template's chrome, an English article under a
Croatian and a Slovenian site's chrome, a German article quoting an English sentence, a Macedonian one quoting a Serbian
minister, Russian and Hindi transliterated into Latin letters, results tables and an exchange-rate list with a
sentence or two over them.

Measured before (104 pages, 218 article lines, 418 residue lines): article lines lost 0, residue lines left 87:

- (3) a Macedonian sentence told Russian (the words it shares with Russian, no letter of Macedonian's own), and (5)
  Macedonian of two to four sentences told Serbian (a text with none of ѓ, ќ, ѕ; Macedonian writes ј, љ, њ, џ as
  Serbian does, and only those five letters tell the alphabets apart): "Сподели" on each page, and the sr tables miss
  Macedonian's spellings (test_redteam23's mk_recipe left six for it: "Автор: …", "Оценете го рецептот", "Споделете",
  "Слични рецепти" …);
- (19) Slovenian of one to four sentences told nothing (Slovenian's "je", "na", "se", "za", "v", "od" vote Czech and
  Polish alone, which the letters č, š, ž then rule out, and its own words are two or three: "tudi", "bodo"), so only
  the English tables: "Foto: Bobo", "Preberite tudi: …", "Deli", "Komentarji (3)"; a Slovenian results page leaned
  Czech; (11) a sentence of Croatian, Bosnian or Serbian in the Latin script, and a short Croatian text (article lines
  alone), were told nothing for the same reason;
- (8) Estonian of three or four sentences, (4) Finnish of two, (6) Hebrew of one or two, (4) a Vietnamese sentence: two
  or three votes of the language's own words ("mukaan", "myös"; "את", "כי", "גם"), under the 8% of the words a clear
  answer needs and the four votes a lean needs, nothing else voting (an Estonian text's "et", its "that", voted
  French);
- (4) Catalan of two sentences, (4) Estonian of two, (8) a Finnish and an Estonian sentence, (11) English articles
  under Croatian or Slovenian chrome: see below.

The fixes (``language.py``):

- the Croatian and Slovenian shared words' votes (``_rule_out_by_letters``): where č, š, ž rule Czech and Polish out,
  their votes go to the one of Croatian and Slovenian with more of its own (none where the two have as many, or the
  text writes a Baltic letter), and one or two of the southern letters rule out a language that wrote none of its
  own (a short Slovenian results page);
- Macedonian by its words (``_macedonian_by_words``): a Cyrillic text that writes ј, љ, њ or џ and no letter
  Macedonian never writes (but a quoted Serbian sentence's one or two ћ, ђ) is Macedonian when it holds two of its
  words at least ("во", "е", "со", "дека", "тоа", "кога" …) and more of them than of Serbian's ("у", "је", "су",
  "када" …); asked also where Serbian or Russian has votes (Macedonian's own list may have none);
- a lean needs four votes, or two where no other language has a third as many (``LEAN_UNOPPOSED_VOTES``: a short
  text in a language whose list holds only its own words); its tables only, not its stopwords;
- French's votes are ruled out by three of õ, ä, ö with none of é, è, à, ç (an Estonian "et").

And vocabulary: a count of the comments alone on its line ("14 komentara", "3 komentarji", "14 коментара") in the hr,
sl and sr ``comments.ui`` tables, as English's "14 comments" (test_lang_vocab18's Serbian recipe, told Croatian now
where it leaned Croatian, kept the count under its byline: the comment-ui pass takes it wherever it stands).

Merged beside left24 (the same session), whose script rule tells a text mostly in Hebrew script Hebrew
(``language.guess_by_script``, as Thai): Hebrew of one sentence or two is now told Hebrew (``PAGE_TOLD``'s he_1
and he_2, ``SHORT_TOLD``'s he).

After: lost 0, left 27 (``RESIDUE_LEFT``): a Catalan page of two sentences (its "per", "un", "ha" vote Italian and
Hungarian as much as its own words vote Catalan: no clear answer, no lean), an Estonian one of two (one vote of its
own), a Finnish and an Estonian sentence (no function word in them), and the English articles under a Croatian or
Slovenian site's chrome (told English: the page's other language is never looked for; a second vote over the short
lines would cost every page). Elsewhere: test_redteam23's mk_recipe
left 6, now 0; its sl_sport left 4, now 0.

Not changed (told as before, nothing lost): Serbian in the Latin script and Bosnian are told Croatian (by design: the
hr tables take their forms), Galician Portuguese, Malay Indonesian, Belarusian, Urdu, Marathi and Nepali nothing
(no tables; the Hindi list holds no word Marathi or Nepali writes), Russian transliterated into Latin letters Czech
("na", "v", "o", "s"; the cs tables find nothing in it), a text of one sentence nothing (under twenty words) but a lean.
The figures under an exchange-rate list's two sentences go as page furniture after the text with any language or
none (``T``: the structure decides them, not the language).

Cost: callgrind on the compiled build, recall variant, one pass over the dev pages: 565.5 M instructions before, 566.0 M
after (+0.09%; ``Context.language`` 98.4 M to 99.1 M: the vote's new steps run only on texts with the letters or votes
they judge, and the Macedonian one on Russian and Serbian texts too; a build differing by one profile word measured
565.1 M: the change is within a build's noise).

Dev set: pagecmp ``changed 0/362``.
"""

from __future__ import annotations

import pytest
from probes import judge, page_text, parse, report, tagged_probe_tests

import cleaner
from cleaner import language
from cleaner.context import Context
from cleaner.document import Document

# Short pages: a photo credit over two to four sentences, a "read also" teaser between them, the share and comment
# rows under them, each in the page's language
_SHORT: dict[str, str] = {
    "mk_2": """\
R Фото: МИА
A Владата на седницата одржана во вторник донесе одлука за зголемување на платите во јавниот сектор за пет отсто.
R Прочитајте и: Инфлацијата во февруари падна на четири отсто
A Министерот за финансии изјави дека средствата се обезбедени во буџетот и нема да има задоцнување на исплатата.
R Сподели
R Коментари (3)
""",
    "mk_3": """\
R Фото: МИА
A Владата на седницата одржана во вторник донесе одлука за зголемување на платите во јавниот сектор за пет отсто.
R Прочитајте и: Инфлацијата во февруари падна на четири отсто
A Министерот за финансии изјави дека средствата се обезбедени во буџетот и нема да има задоцнување на исплатата.
A Синдикатите побараа дополнителни разговори за условите за работа во здравството и образованието.
R Сподели
R Коментари (3)
""",
    "mk_4": """\
R Фото: МИА
A Владата на седницата одржана во вторник донесе одлука за зголемување на платите во јавниот сектор за пет отсто.
R Прочитајте и: Инфлацијата во февруари падна на четири отсто
A Министерот за финансии изјави дека средствата се обезбедени во буџетот и нема да има задоцнување на исплатата.
A Синдикатите побараа дополнителни разговори за условите за работа во здравството и образованието.
A Според податоците на Државниот завод за статистика, просечната плата во март изнесувала 40.000 денари.
R Сподели
R Коментари (3)
""",
    "sr_2": """\
R Фото: Танјуг
A Влада Србије је на данашњој седници усвојила предлог закона о изменама закона о буџету за ову годину.
R Прочитајте још: Инфлација у фебруару пала на четири одсто
A Министар финансија је рекао да ће плате у јавном сектору бити повећане за пет одсто од првог јануара.
R Подели
R Коментари (3)
""",
    "sr_3": """\
R Фото: Танјуг
A Влада Србије је на данашњој седници усвојила предлог закона о изменама закона о буџету за ову годину.
R Прочитајте још: Инфлација у фебруару пала на четири одсто
A Министар финансија је рекао да ће плате у јавном сектору бити повећане за пет одсто од првог јануара.
A Синдикати су затражили нове преговоре о условима рада у здравству и просвети.
R Подели
R Коментари (3)
""",
    "sr_latin_2": """\
R Foto: Tanjug
A Vlada Srbije je na današnjoj sednici usvojila predlog zakona o izmenama zakona o budžetu za ovu godinu.
R Pročitajte još: Inflacija u februaru pala na četiri odsto
A Ministar finansija je rekao da će plate u javnom sektoru biti povećane za pet odsto od prvog januara.
R Podelite
R Komentari (3)
""",
    "sr_latin_3": """\
R Foto: Tanjug
A Vlada Srbije je na današnjoj sednici usvojila predlog zakona o izmenama zakona o budžetu za ovu godinu.
R Pročitajte još: Inflacija u februaru pala na četiri odsto
A Ministar finansija je rekao da će plate u javnom sektoru biti povećane za pet odsto od prvog januara.
A Sindikati su zatražili nove pregovore o uslovima rada u zdravstvu i prosveti.
R Podelite
R Komentari (3)
""",
    "bs_2": """\
R Foto: Anadolija
A Vijeće ministara je na današnjoj sjednici usvojilo prijedlog zakona o budžetu institucija za ovu godinu.
R Pročitajte još: Inflacija u februaru pala na četiri posto
A Ministar finansija je kazao da će plate u javnom sektoru biti povećane za pet posto od januara.
R Podijeli
R Komentari (3)
""",
    "bs_3": """\
R Foto: Anadolija
A Vijeće ministara je na današnjoj sjednici usvojilo prijedlog zakona o budžetu institucija za ovu godinu.
R Pročitajte još: Inflacija u februaru pala na četiri posto
A Ministar finansija je kazao da će plate u javnom sektoru biti povećane za pet posto od januara.
A Sindikati su zatražili nove pregovore o uslovima rada u zdravstvu i obrazovanju.
R Podijeli
R Komentari (3)
""",
    "bg_2": """\
R Снимка: БГНЕС
A Правителството одобри на днешното си заседание проекта на закон за държавния бюджет за следващата година.
R Прочетете още: Инфлацията през февруари спадна до четири процента
A Финансовият министър заяви, че заплатите в държавния сектор ще бъдат увеличени с пет процента от януари.
R Сподели
R Коментари (3)
""",
    "bg_3": """\
R Снимка: БГНЕС
A Правителството одобри на днешното си заседание проекта на закон за държавния бюджет за следващата година.
R Прочетете още: Инфлацията през февруари спадна до четири процента
A Финансовият министър заяви, че заплатите в държавния сектор ще бъдат увеличени с пет процента от януари.
A Синдикатите поискаха нови преговори за условията на труд в здравеопазването и образованието.
R Сподели
R Коментари (3)
""",
    "ru_2": """\
R Фото: ТАСС
A Правительство на сегодняшнем заседании одобрило проект закона о федеральном бюджете на следующий год.
R Читайте также: Инфляция в феврале снизилась до четырех процентов
A Министр финансов заявил, что зарплаты в государственном секторе будут повышены на пять процентов с января.
R Поделиться
R Комментарии (3)
""",
    "ru_3": """\
R Фото: ТАСС
A Правительство на сегодняшнем заседании одобрило проект закона о федеральном бюджете на следующий год.
R Читайте также: Инфляция в феврале снизилась до четырех процентов
A Министр финансов заявил, что зарплаты в государственном секторе будут повышены на пять процентов с января.
A Профсоюзы потребовали новых переговоров об условиях труда в здравоохранении и образовании.
R Поделиться
R Комментарии (3)
""",
    "uk_2": """\
R Фото: УНІАН
A Уряд на сьогоднішньому засіданні схвалив проєкт закону про державний бюджет на наступний рік.
R Читайте також: Інфляція в лютому знизилася до чотирьох відсотків
A Міністр фінансів заявив, що зарплати в державному секторі буде підвищено на п'ять відсотків із січня.
R Поділитися
R Коментарі (3)
""",
    "uk_3": """\
R Фото: УНІАН
A Уряд на сьогоднішньому засіданні схвалив проєкт закону про державний бюджет на наступний рік.
R Читайте також: Інфляція в лютому знизилася до чотирьох відсотків
A Міністр фінансів заявив, що зарплати в державному секторі буде підвищено на п'ять відсотків із січня.
A Профспілки вимагали нових переговорів щодо умов праці в охороні здоров'я та освіті.
R Поділитися
R Коментарі (3)
""",
    "hr_2": """\
R Foto: Marko Lukunić/PIXSELL
A Vlada je na današnjoj sjednici prihvatila prijedlog zakona o državnom proračunu za sljedeću godinu.
R Pročitajte još: Inflacija u veljači pala na četiri posto
A Ministar financija rekao je da će se plaće u javnom sektoru od siječnja povećati za pet posto.
R Podijeli
R Komentari (3)
""",
    "hr_3": """\
R Foto: Marko Lukunić/PIXSELL
A Vlada je na današnjoj sjednici prihvatila prijedlog zakona o državnom proračunu za sljedeću godinu.
R Pročitajte još: Inflacija u veljači pala na četiri posto
A Ministar financija rekao je da će se plaće u javnom sektoru od siječnja povećati za pet posto.
A Sindikati traže nove pregovore o uvjetima rada u zdravstvu i školstvu.
R Podijeli
R Komentari (3)
""",
    "sl_2": """\
R Foto: Bobo
A Vlada je na današnji seji sprejela predlog zakona o državnem proračunu za prihodnje leto.
R Preberite tudi: Inflacija februarja padla na štiri odstotke
A Finančni minister je dejal, da se bodo plače v javnem sektorju od januarja zvišale za pet odstotkov.
R Deli
R Komentarji (3)
""",
    "sl_3": """\
R Foto: Bobo
A Vlada je na današnji seji sprejela predlog zakona o državnem proračunu za prihodnje leto.
R Preberite tudi: Inflacija februarja padla na štiri odstotke
A Finančni minister je dejal, da se bodo plače v javnem sektorju od januarja zvišale za pet odstotkov.
A Sindikati zahtevajo nova pogajanja o delovnih pogojih v zdravstvu in šolstvu.
R Deli
R Komentarji (3)
""",
    "sl_4": """\
R Foto: Bobo
A Vlada je na današnji seji sprejela predlog zakona o državnem proračunu za prihodnje leto.
R Preberite tudi: Inflacija februarja padla na štiri odstotke
A Finančni minister je dejal, da se bodo plače v javnem sektorju od januarja zvišale za pet odstotkov.
A Sindikati zahtevajo nova pogajanja o delovnih pogojih v zdravstvu in šolstvu.
A Po podatkih statističnega urada je povprečna plača marca znašala 1.400 evrov.
R Deli
R Komentarji (3)
""",
    "cs_2": """\
R Foto: ČTK
A Vláda na dnešním zasedání schválila návrh zákona o státním rozpočtu na příští rok.
R Přečtěte si také: Inflace v únoru klesla na čtyři procenta
A Ministr financí uvedl, že platy ve veřejném sektoru se od ledna zvýší o pět procent.
R Sdílet
R Diskuse (3)
""",
    "cs_3": """\
R Foto: ČTK
A Vláda na dnešním zasedání schválila návrh zákona o státním rozpočtu na příští rok.
R Přečtěte si také: Inflace v únoru klesla na čtyři procenta
A Ministr financí uvedl, že platy ve veřejném sektoru se od ledna zvýší o pět procent.
A Odbory požadují nová jednání o pracovních podmínkách ve zdravotnictví a školství.
R Sdílet
R Diskuse (3)
""",
    "sk_2": """\
R Foto: TASR
A Vláda na dnešnom rokovaní schválila návrh zákona o štátnom rozpočte na budúci rok.
R Prečítajte si aj: Inflácia vo februári klesla na štyri percentá
A Minister financií uviedol, že platy vo verejnom sektore sa od januára zvýšia o päť percent.
R Zdieľať
R Diskusia (3)
""",
    "sk_3": """\
R Foto: TASR
A Vláda na dnešnom rokovaní schválila návrh zákona o štátnom rozpočte na budúci rok.
R Prečítajte si aj: Inflácia vo februári klesla na štyri percentá
A Minister financií uviedol, že platy vo verejnom sektore sa od januára zvýšia o päť percent.
A Odbory požadujú nové rokovania o pracovných podmienkach v zdravotníctve a školstve.
R Zdieľať
R Diskusia (3)
""",
    "no_2": """\
R Foto: NTB
A Regjeringen la i dag fram forslaget til statsbudsjett for neste år, og det blir ingen skatteøkning.
R Les også: Prisveksten falt til fire prosent i februar
A Finansministeren sier at lønningene i offentlig sektor skal øke med fem prosent fra januar.
R Del
R Kommentarer (3)
""",
    "no_3": """\
R Foto: NTB
A Regjeringen la i dag fram forslaget til statsbudsjett for neste år, og det blir ingen skatteøkning.
R Les også: Prisveksten falt til fire prosent i februar
A Finansministeren sier at lønningene i offentlig sektor skal øke med fem prosent fra januar.
A Fagforeningene krever nye forhandlinger om arbeidsforholdene i helsevesenet og skolen.
R Del
R Kommentarer (3)
""",
    "da_2": """\
R Foto: Ritzau Scanpix
A Regeringen fremlagde i dag sit forslag til finansloven for næste år, og der kommer ingen skattestigning.
R Læs også: Inflationen faldt til fire procent i februar
A Finansministeren siger, at lønningerne i den offentlige sektor skal stige med fem procent fra januar.
R Del
R Kommentarer (3)
""",
    "da_3": """\
R Foto: Ritzau Scanpix
A Regeringen fremlagde i dag sit forslag til finansloven for næste år, og der kommer ingen skattestigning.
R Læs også: Inflationen faldt til fire procent i februar
A Finansministeren siger, at lønningerne i den offentlige sektor skal stige med fem procent fra januar.
A Fagforeningerne kræver nye forhandlinger om arbejdsforholdene i sundhedsvæsenet og skolen.
R Del
R Kommentarer (3)
""",
    "sv_2": """\
R Foto: TT
A Regeringen lade i dag fram sitt förslag till statsbudget för nästa år, och det blir ingen skattehöjning.
R Läs också: Inflationen sjönk till fyra procent i februari
A Finansministern säger att lönerna i den offentliga sektorn ska höjas med fem procent från januari.
R Dela
R Kommentarer (3)
""",
    "sv_3": """\
R Foto: TT
A Regeringen lade i dag fram sitt förslag till statsbudget för nästa år, och det blir ingen skattehöjning.
R Läs också: Inflationen sjönk till fyra procent i februari
A Finansministern säger att lönerna i den offentliga sektorn ska höjas med fem procent från januari.
A Fackförbunden kräver nya förhandlingar om arbetsvillkoren inom vården och skolan.
R Dela
R Kommentarer (3)
""",
    "ca_2": """\
R Foto: ACN
A El Govern ha aprovat aquest dimarts el projecte de llei de pressupostos per a l'any vinent.
R Llegeix també: La inflació baixa fins al quatre per cent al febrer
A La consellera d'Economia ha explicat que els sous dels funcionaris pujaran un cinc per cent a partir de gener.
R Comparteix
R Comentaris (3)
""",
    "ca_3": """\
R Foto: ACN
A El Govern ha aprovat aquest dimarts el projecte de llei de pressupostos per a l'any vinent.
R Llegeix també: La inflació baixa fins al quatre per cent al febrer
A La consellera d'Economia ha explicat que els sous dels funcionaris pujaran un cinc per cent a partir de gener.
A Els sindicats reclamen noves negociacions sobre les condicions laborals a la sanitat i l'educació.
R Comparteix
R Comentaris (3)
""",
    "es_2": """\
R Foto: EFE
A El Gobierno aprobó este martes en el Consejo de Ministros el proyecto de ley de presupuestos para el próximo año.
R Lee también: La inflación baja al cuatro por ciento en febrero
A La ministra de Hacienda explicó que los salarios de los funcionarios subirán un cinco por ciento desde enero.
R Compartir
R Comentarios (3)
""",
    "es_3": """\
R Foto: EFE
A El Gobierno aprobó este martes en el Consejo de Ministros el proyecto de ley de presupuestos para el próximo año.
R Lee también: La inflación baja al cuatro por ciento en febrero
A La ministra de Hacienda explicó que los salarios de los funcionarios subirán un cinco por ciento desde enero.
A Los sindicatos reclaman nuevas negociaciones sobre las condiciones laborales en la sanidad y la educación.
R Compartir
R Comentarios (3)
""",
    "pt_2": """\
R Foto: Lusa
A O Governo aprovou esta terça-feira em Conselho de Ministros a proposta de Orçamento do Estado para o próximo ano.
R Leia também: Inflação desce para quatro por cento em fevereiro
A O ministro das Finanças explicou que os salários da função pública vão subir cinco por cento a partir de janeiro.
R Partilhar
R Comentários (3)
""",
    "pt_3": """\
R Foto: Lusa
A O Governo aprovou esta terça-feira em Conselho de Ministros a proposta de Orçamento do Estado para o próximo ano.
R Leia também: Inflação desce para quatro por cento em fevereiro
A O ministro das Finanças explicou que os salários da função pública vão subir cinco por cento a partir de janeiro.
A Os sindicatos exigem novas negociações sobre as condições de trabalho na saúde e na educação.
R Partilhar
R Comentários (3)
""",
    "et_2": """\
R Foto: Postimees
A Valitsus esitas teisipäeval riigikogule järgmise aasta riigieelarve eelnõu.
R Loe ka: Inflatsioon langes veebruaris nelja protsendini
A Rahandusminister ütles, et avaliku sektori palgad tõusevad jaanuarist viis protsenti.
R Jaga
R Kommentaarid (3)
""",
    "et_3": """\
R Foto: Postimees
A Valitsus esitas teisipäeval riigikogule järgmise aasta riigieelarve eelnõu.
R Loe ka: Inflatsioon langes veebruaris nelja protsendini
A Rahandusminister ütles, et avaliku sektori palgad tõusevad jaanuarist viis protsenti.
A Ametiühingud nõuavad uusi läbirääkimisi töötingimuste üle tervishoius ja hariduses.
R Jaga
R Kommentaarid (3)
""",
    "et_4": """\
R Foto: Postimees
A Valitsus esitas teisipäeval riigikogule järgmise aasta riigieelarve eelnõu.
R Loe ka: Inflatsioon langes veebruaris nelja protsendini
A Rahandusminister ütles, et avaliku sektori palgad tõusevad jaanuarist viis protsenti.
A Ametiühingud nõuavad uusi läbirääkimisi töötingimuste üle tervishoius ja hariduses.
A Statistikaameti andmetel oli keskmine palk märtsis 1900 eurot.
R Jaga
R Kommentaarid (3)
""",
    "fi_2": """\
R Kuva: Lehtikuva
A Hallitus esitteli tiistaina ensi vuoden talousarvioesityksensä eduskunnalle.
R Lue myös: Inflaatio hidastui helmikuussa neljään prosenttiin
A Valtiovarainministerin mukaan julkisen sektorin palkat nousevat tammikuusta alkaen viisi prosenttia.
R Jaa
R Kommentit (3)
""",
    "fi_3": """\
R Kuva: Lehtikuva
A Hallitus esitteli tiistaina ensi vuoden talousarvioesityksensä eduskunnalle.
R Lue myös: Inflaatio hidastui helmikuussa neljään prosenttiin
A Valtiovarainministerin mukaan julkisen sektorin palkat nousevat tammikuusta alkaen viisi prosenttia.
A Ammattiliitot vaativat uusia neuvotteluja terveydenhuollon ja koulutuksen työoloista.
R Jaa
R Kommentit (3)
""",
    "lv_2": """\
R Foto: LETA
A Valdība otrdien iesniedza Saeimā nākamā gada valsts budžeta projektu.
R Lasi arī: Inflācija februārī samazinājās līdz četriem procentiem
A Finanšu ministrs sacīja, ka sabiedriskā sektora darbinieku algas no janvāra pieaugs par pieciem procentiem.
R Dalīties
R Komentāri (3)
""",
    "lv_3": """\
R Foto: LETA
A Valdība otrdien iesniedza Saeimā nākamā gada valsts budžeta projektu.
R Lasi arī: Inflācija februārī samazinājās līdz četriem procentiem
A Finanšu ministrs sacīja, ka sabiedriskā sektora darbinieku algas no janvāra pieaugs par pieciem procentiem.
A Arodbiedrības pieprasa jaunas sarunas par darba apstākļiem veselības aprūpē un izglītībā.
R Dalīties
R Komentāri (3)
""",
    "lt_2": """\
R Nuotrauka: ELTA
A Vyriausybė antradienį pateikė Seimui kitų metų valstybės biudžeto projektą.
R Taip pat skaitykite: Infliacija vasarį sumažėjo iki keturių procentų
A Finansų ministrė sakė, kad viešojo sektoriaus darbuotojų atlyginimai nuo sausio padidės penkiais procentais.
R Dalintis
R Komentarai (3)
""",
    "lt_3": """\
R Nuotrauka: ELTA
A Vyriausybė antradienį pateikė Seimui kitų metų valstybės biudžeto projektą.
R Taip pat skaitykite: Infliacija vasarį sumažėjo iki keturių procentų
A Finansų ministrė sakė, kad viešojo sektoriaus darbuotojų atlyginimai nuo sausio padidės penkiais procentais.
A Profesinės sąjungos reikalauja naujų derybų dėl darbo sąlygų sveikatos apsaugoje ir švietime.
R Dalintis
R Komentarai (3)
""",
    "he_2": """\
R צילום: פלאש 90
A הממשלה הציגה ביום שלישי את הצעת התקציב לשנה הבאה ואמרה שלא יהיו העלאות מסים.
R קראו גם: האינפלציה ירדה בפברואר לארבעה אחוזים
A שר האוצר אמר כי השכר במגזר הציבורי יעלה בחמישה אחוזים החל מינואר.
R שתפו
R תגובות (3)
""",
    "he_3": """\
R צילום: פלאש 90
A הממשלה הציגה ביום שלישי את הצעת התקציב לשנה הבאה ואמרה שלא יהיו העלאות מסים.
R קראו גם: האינפלציה ירדה בפברואר לארבעה אחוזים
A שר האוצר אמר כי השכר במגזר הציבורי יעלה בחמישה אחוזים החל מינואר.
A ההסתדרות דורשת משא ומתן חדש על תנאי העבודה במערכת הבריאות והחינוך.
R שתפו
R תגובות (3)
""",
    "fa_2": """\
R عکس: ایرنا
A دولت امروز لایحه بودجه سال آینده را به مجلس شورای اسلامی تقدیم کرد.
R بیشتر بخوانید: تورم در بهمن به چهار درصد رسید
A وزیر اقتصاد گفت که حقوق کارمندان دولت از ابتدای سال پنج درصد افزایش می‌یابد.
R اشتراک گذاری
R نظرات (3)
""",
    "fa_3": """\
R عکس: ایرنا
A دولت امروز لایحه بودجه سال آینده را به مجلس شورای اسلامی تقدیم کرد.
R بیشتر بخوانید: تورم در بهمن به چهار درصد رسید
A وزیر اقتصاد گفت که حقوق کارمندان دولت از ابتدای سال پنج درصد افزایش می‌یابد.
A اتحادیه‌ها خواستار مذاکرات تازه درباره شرایط کار در بخش بهداشت و آموزش شدند.
R اشتراک گذاری
R نظرات (3)
""",
    "ar_2": """\
R تصوير: رويترز
A قدمت الحكومة اليوم مشروع قانون الموازنة العامة للعام المقبل إلى مجلس النواب.
R اقرأ أيضا: التضخم يتراجع إلى أربعة في المئة في فبراير
A وقال وزير المالية إن رواتب موظفي القطاع العام سترتفع بنسبة خمسة في المئة اعتبارا من يناير.
R شارك
R التعليقات (3)
""",
    "ar_3": """\
R تصوير: رويترز
A قدمت الحكومة اليوم مشروع قانون الموازنة العامة للعام المقبل إلى مجلس النواب.
R اقرأ أيضا: التضخم يتراجع إلى أربعة في المئة في فبراير
A وقال وزير المالية إن رواتب موظفي القطاع العام سترتفع بنسبة خمسة في المئة اعتبارا من يناير.
A وطالبت النقابات بمفاوضات جديدة حول ظروف العمل في قطاعي الصحة والتعليم.
R شارك
R التعليقات (3)
""",
    "hi_2": """\
R फोटो: पीटीआई
A सरकार ने आज संसद में अगले साल का बजट पेश किया और कहा कि करों में कोई बढ़ोतरी नहीं होगी।
R यह भी पढ़ें: फरवरी में महंगाई घटकर चार प्रतिशत पर
A वित्त मंत्री ने कहा कि सरकारी कर्मचारियों के वेतन में जनवरी से पांच प्रतिशत की बढ़ोतरी की जाएगी।
R शेयर करें
R कमेंट्स (3)
""",
    "hi_3": """\
R फोटो: पीटीआई
A सरकार ने आज संसद में अगले साल का बजट पेश किया और कहा कि करों में कोई बढ़ोतरी नहीं होगी।
R यह भी पढ़ें: फरवरी में महंगाई घटकर चार प्रतिशत पर
A वित्त मंत्री ने कहा कि सरकारी कर्मचारियों के वेतन में जनवरी से पांच प्रतिशत की बढ़ोतरी की जाएगी।
A कर्मचारी संगठनों ने स्वास्थ्य और शिक्षा क्षेत्र में काम की शर्तों पर नई बातचीत की मांग की है।
R शेयर करें
R कमेंट्स (3)
""",
    "id_2": """\
R Foto: Antara
A Pemerintah hari ini menyampaikan rancangan anggaran pendapatan dan belanja negara untuk tahun depan.
R Baca juga: Inflasi Februari Turun ke Empat Persen
A Menteri Keuangan mengatakan gaji pegawai negeri akan naik lima persen mulai Januari.
R Bagikan
R Komentar (3)
""",
    "id_3": """\
R Foto: Antara
A Pemerintah hari ini menyampaikan rancangan anggaran pendapatan dan belanja negara untuk tahun depan.
R Baca juga: Inflasi Februari Turun ke Empat Persen
A Menteri Keuangan mengatakan gaji pegawai negeri akan naik lima persen mulai Januari.
A Serikat pekerja meminta perundingan baru mengenai kondisi kerja di sektor kesehatan dan pendidikan.
R Bagikan
R Komentar (3)
""",
}

# One-sentence pages: the credit, the sentence, the teaser, the share and comment rows, in each of 38 languages
_ONE: dict[str, str] = {
    "mk_1": """\
R Фото: МИА
A Владата на седницата одржана во вторник донесе одлука за зголемување на платите во јавниот сектор за пет отсто.
R Прочитајте и: Инфлацијата во февруари падна на четири отсто
R Сподели
R Коментари (3)
""",
    "sr_1": """\
R Фото: Танјуг
A Влада Србије је на данашњој седници усвојила предлог закона о изменама закона о буџету за ову годину.
R Прочитајте још: Инфлација у фебруару пала на четири одсто
R Подели
R Коментари (3)
""",
    "sr_latin_1": """\
R Foto: Tanjug
A Vlada Srbije je na današnjoj sednici usvojila predlog zakona o izmenama zakona o budžetu za ovu godinu.
R Pročitajte još: Inflacija u februaru pala na četiri odsto
R Podelite
R Komentari (3)
""",
    "bg_1": """\
R Снимка: БГНЕС
A Правителството одобри на днешното си заседание проекта на закон за държавния бюджет за следващата година.
R Прочетете още: Инфлацията през февруари спадна до четири процента
R Сподели
R Коментари (3)
""",
    "hr_1": """\
R Foto: Marko Lukunić/PIXSELL
A Vlada je na današnjoj sjednici prihvatila prijedlog zakona o državnom proračunu za sljedeću godinu.
R Pročitajte još: Inflacija u veljači pala na četiri posto
R Podijeli
R Komentari (3)
""",
    "bs_1": """\
R Foto: Anadolija
A Vijeće ministara je na današnjoj sjednici usvojilo prijedlog zakona o budžetu institucija za ovu godinu.
R Pročitajte još: Inflacija u februaru pala na četiri posto
R Podijeli
R Komentari (3)
""",
    "sl_1": """\
R Foto: Bobo
A Vlada je na današnji seji sprejela predlog zakona o državnem proračunu za prihodnje leto.
R Preberite tudi: Inflacija februarja padla na štiri odstotke
R Deli
R Komentarji (3)
""",
    "cs_1": """\
R Foto: ČTK
A Vláda na dnešním zasedání schválila návrh zákona o státním rozpočtu na příští rok.
R Přečtěte si také: Inflace v únoru klesla na čtyři procenta
R Sdílet
R Diskuse (3)
""",
    "sk_1": """\
R Foto: TASR
A Vláda na dnešnom rokovaní schválila návrh zákona o štátnom rozpočte na budúci rok.
R Prečítajte si aj: Inflácia vo februári klesla na štyri percentá
R Zdieľať
R Diskusia (3)
""",
    "no_1": """\
R Foto: NTB
A Regjeringen la i dag fram forslaget til statsbudsjett for neste år, og det blir ingen skatteøkning.
R Les også: Prisveksten falt til fire prosent i februar
R Del
R Kommentarer (3)
""",
    "da_1": """\
R Foto: Ritzau Scanpix
A Regeringen fremlagde i dag sit forslag til finansloven for næste år, og der kommer ingen skattestigning.
R Læs også: Inflationen faldt til fire procent i februar
R Del
R Kommentarer (3)
""",
    "sv_1": """\
R Foto: TT
A Regeringen lade i dag fram sitt förslag till statsbudget för nästa år, och det blir ingen skattehöjning.
R Läs också: Inflationen sjönk till fyra procent i februari
R Dela
R Kommentarer (3)
""",
    "ca_1": """\
R Foto: ACN
A El Govern ha aprovat aquest dimarts el projecte de llei de pressupostos per a l'any vinent.
R Llegeix també: La inflació baixa fins al quatre per cent al febrer
R Comparteix
R Comentaris (3)
""",
    "es_1": """\
R Foto: EFE
A El Gobierno aprobó este martes en el Consejo de Ministros el proyecto de ley de presupuestos para el próximo año.
R Lee también: La inflación baja al cuatro por ciento en febrero
R Compartir
R Comentarios (3)
""",
    "pt_1": """\
R Foto: Lusa
A O Governo aprovou esta terça-feira em Conselho de Ministros a proposta de Orçamento do Estado para o próximo ano.
R Leia também: Inflação desce para quatro por cento em fevereiro
R Partilhar
R Comentários (3)
""",
    "et_1": """\
R Foto: Postimees
A Valitsus esitas teisipäeval riigikogule järgmise aasta riigieelarve eelnõu.
R Loe ka: Inflatsioon langes veebruaris nelja protsendini
R Jaga
R Kommentaarid (3)
""",
    "fi_1": """\
R Kuva: Lehtikuva
A Hallitus esitteli tiistaina ensi vuoden talousarvioesityksensä eduskunnalle.
R Lue myös: Inflaatio hidastui helmikuussa neljään prosenttiin
R Jaa
R Kommentit (3)
""",
    "lv_1": """\
R Foto: LETA
A Valdība otrdien iesniedza Saeimā nākamā gada valsts budžeta projektu.
R Lasi arī: Inflācija februārī samazinājās līdz četriem procentiem
R Dalīties
R Komentāri (3)
""",
    "lt_1": """\
R Nuotrauka: ELTA
A Vyriausybė antradienį pateikė Seimui kitų metų valstybės biudžeto projektą.
R Taip pat skaitykite: Infliacija vasarį sumažėjo iki keturių procentų
R Dalintis
R Komentarai (3)
""",
    "he_1": """\
R צילום: פלאש 90
A הממשלה הציגה ביום שלישי את הצעת התקציב לשנה הבאה ואמרה שלא יהיו העלאות מסים.
R קראו גם: האינפלציה ירדה בפברואר לארבעה אחוזים
R שתפו
R תגובות (3)
""",
    "ru_1": """\
R Фото: ТАСС
A Правительство на сегодняшнем заседании одобрило проект закона о федеральном бюджете на следующий год.
R Читайте также: Инфляция в феврале снизилась до четырех процентов
R Поделиться
R Комментарии (3)
""",
    "uk_1": """\
R Фото: УНІАН
A Уряд на сьогоднішньому засіданні схвалив проєкт закону про державний бюджет на наступний рік.
R Читайте також: Інфляція в лютому знизилася до чотирьох відсотків
R Поділитися
R Коментарі (3)
""",
    "fa_1": """\
R عکس: ایرنا
A دولت امروز لایحه بودجه سال آینده را به مجلس شورای اسلامی تقدیم کرد.
R بیشتر بخوانید: تورم در بهمن به چهار درصد رسید
R اشتراک گذاری
R نظرات (3)
""",
    "ar_1": """\
R تصوير: رويترز
A قدمت الحكومة اليوم مشروع قانون الموازنة العامة للعام المقبل إلى مجلس النواب.
R اقرأ أيضا: التضخم يتراجع إلى أربعة في المئة في فبراير
R شارك
R التعليقات (3)
""",
    "hi_1": """\
R फोटो: पीटीआई
A सरकार ने आज संसद में अगले साल का बजट पेश किया और कहा कि करों में कोई बढ़ोतरी नहीं होगी।
R यह भी पढ़ें: फरवरी में महंगाई घटकर चार प्रतिशत पर
R शेयर करें
R कमेंट्स (3)
""",
    "id_1": """\
R Foto: Antara
A Pemerintah hari ini menyampaikan rancangan anggaran pendapatan dan belanja negara untuk tahun depan.
R Baca juga: Inflasi Februari Turun ke Empat Persen
R Bagikan
R Komentar (3)
""",
    "tr_1": """\
R Fotoğraf: AA
A Hükümet salı günü gelecek yılın bütçe tasarısını Meclis'e sundu.
R Ayrıca okuyun: Şubatta enflasyon yüzde dörde düştü
R Paylaş
R Yorumlar (3)
""",
    "hu_1": """\
R Fotó: MTI
A A kormány kedden benyújtotta a jövő évi költségvetési törvényjavaslatot.
R Ezt is olvassa el: Februárban négy százalékra csökkent az infláció
R Megosztás
R Hozzászólások (3)
""",
    "pl_1": """\
R Fot. PAP
A Rząd przedstawił we wtorek projekt ustawy budżetowej na przyszły rok.
R Czytaj także: Inflacja w lutym spadła do czterech procent
R Udostępnij
R Komentarze (3)
""",
    "ro_1": """\
R Foto: Inquam
A Guvernul a aprobat marți proiectul legii bugetului de stat pentru anul viitor.
R Citește și: Inflația a scăzut în februarie la patru la sută
R Distribuie
R Comentarii (3)
""",
    "el_1": """\
R Φωτογραφία: Eurokinissi
A Η κυβέρνηση κατέθεσε την Τρίτη στη Βουλή το σχέδιο του προϋπολογισμού για το επόμενο έτος.
R Διαβάστε επίσης: Στο τέσσερα τοις εκατό υποχώρησε ο πληθωρισμός τον Φεβρουάριο
R Κοινοποίηση
R Σχόλια (3)
""",
    "nl_1": """\
R Foto: ANP
A Het kabinet heeft dinsdag de begroting voor volgend jaar gepresenteerd en er komt geen belastingverhoging.
R Lees ook: Inflatie daalt in februari naar vier procent
R Delen
R Reacties (3)
""",
    "de_1": """\
R Foto: dpa
A Die Regierung hat am Dienstag ihren Haushaltsentwurf für das kommende Jahr vorgelegt.
R Lesen Sie auch: Inflation sinkt im Februar auf vier Prozent
R Teilen
R Kommentare (3)
""",
    "it_1": """\
R Foto: Ansa
A Il governo ha approvato oggi in Consiglio dei ministri il disegno di legge di bilancio per il prossimo anno.
R Leggi anche: L'inflazione scende al quattro per cento a febbraio
R Condividi
R Commenti (3)
""",
    "fr_1": """\
R Photo : AFP
A Le gouvernement a présenté mardi en Conseil des ministres le projet de loi de finances pour l'année prochaine.
R Lire aussi : L'inflation recule à quatre pour cent en février
R Partager
R Commentaires (3)
""",
    "vi_1": """\
R Ảnh: TTXVN
A Chính phủ hôm thứ Ba đã trình Quốc hội dự toán ngân sách nhà nước cho năm tới.
R Xem thêm: Lạm phát tháng Hai giảm xuống bốn phần trăm
R Chia sẻ
R Bình luận (3)
""",
    "tl_1": """\
R Larawan: PNA
A Inihain ng pamahalaan noong Martes sa Kongreso ang panukalang badyet para sa susunod na taon.
R Basahin din: Bumaba sa apat na porsiyento ang implasyon noong Pebrero
R Ibahagi
R Mga komento (3)
""",
    "bn_1": """\
R ছবি: বাসস
A সরকার মঙ্গলবার সংসদে আগামী বছরের বাজেট পেশ করেছে এবং বলেছে যে করের হার বাড়ানো হবে না।
R আরও পড়ুন: ফেব্রুয়ারিতে মূল্যস্ফীতি কমে চার শতাংশ
R শেয়ার করুন
R মন্তব্য (3)
""",
}


# Mixed pages: a template's chrome in another language, a quote in another language, transliterated text, pages
# mostly of figures
_MIXED: dict[str, str] = {
    "hr_english_chrome": """\
R Home
R News
R Sport
T Vlada povećala plaće
R By Ivan Horvat
R Published 14 March 2025
A Vlada je na današnjoj sjednici prihvatila prijedlog zakona o državnom proračunu za sljedeću godinu.
A Ministar financija rekao je da će se plaće u javnom sektoru od siječnja povećati za pet posto.
R Read more: Inflation falls to four percent
A Sindikati traže nove pregovore o uvjetima rada u zdravstvu i školstvu.
R Share this article
R Comments (3)
R Subscribe to our newsletter
""",
    "sl_english_chrome": """\
T Vlada zvišala plače
R By Maja Novak
R Updated 2 hours ago
A Vlada je na današnji seji sprejela predlog zakona o državnem proračunu za prihodnje leto.
A Finančni minister je dejal, da se bodo plače v javnem sektorju od januarja zvišale za pet odstotkov.
R Related articles
R Share on Facebook
R Leave a comment
""",
    "en_slovenian_chrome": """\
R Domov
R Novice
T Government raises public sector pay
R Foto: Bobo
A The government presented its budget for next year on Tuesday and said there would be no tax increase.
A The finance minister said public sector salaries would rise by five percent from January.
R Preberite tudi: Inflacija februarja padla na štiri odstotke
A Unions are demanding new talks on working conditions in health care and education.
R Deli
R Komentarji (3)
R Vse pravice pridržane.
""",
    "en_croatian_chrome": """\
T Government raises public sector pay
R Foto: Marko Lukunić/PIXSELL
A The government presented its budget for next year on Tuesday and said there would be no tax increase.
A The finance minister said public sector salaries would rise by five percent from January.
R Pročitajte još: Inflacija u veljači pala na četiri posto
A Unions are demanding new talks on working conditions in health care and education.
R Podijeli
R Komentari (3)
""",
    "de_english_quote": """\
T Regierung legt Haushalt vor
R Foto: dpa
A Die Regierung hat am Dienstag ihren Haushaltsentwurf für das kommende Jahr vorgelegt.
A "We will not raise taxes this year, and we will keep our promise to the people who elected us," sagte der Minister auf Englisch.
R Lesen Sie auch: Inflation sinkt im Februar auf vier Prozent
A Die Gewerkschaften fordern neue Verhandlungen über die Arbeitsbedingungen im Gesundheitswesen und in den Schulen.
R Teilen
R Kommentare (3)
""",
    "mk_serbian_quote": """\
T Владата ги зголеми платите
R Фото: МИА
A Владата на седницата одржана во вторник донесе одлука за зголемување на платите во јавниот сектор за пет отсто.
A „Плате у јавном сектору биће повећане од првог јануара“, изјави српскиот министер на заедничката прес-конференција.
R Прочитајте и: Инфлацијата во февруари падна на четири отсто
A Синдикатите побараа дополнителни разговори за условите за работа во здравството и образованието.
R Сподели
R Коментари (3)
""",
    "translit_ru": """\
T Pravitelstvo odobrilo byudzhet
A Pravitelstvo na segodnyashnem zasedanii odobrilo proekt zakona o federalnom byudzhete na sleduyushchiy god.
A Ministr finansov zayavil, chto zarplaty v gosudarstvennom sektore budut povysheny na pyat protsentov s yanvarya.
A Profsoyuzy potrebovali novykh peregovorov ob usloviyakh truda v zdravookhranenii i obrazovanii.
R Share
R Comments (3)
""",
    "translit_hi": """\
T Sarkar ne budget pesh kiya
A Sarkar ne aaj sansad mein agle saal ka budget pesh kiya aur kaha ki karon mein koi badhotri nahin hogi.
A Vitt mantri ne kaha ki sarkari karmchariyon ke vetan mein January se paanch pratishat ki badhotri ki jayegi.
A Karmchari sangathanon ne swasthya aur shiksha kshetra mein kaam ki sharton par nayi baatcheet ki maang ki hai.
R Share
R Comments (3)
""",
    "hr_numbers": """\
T Ljestvica HNL-a nakon 25. kola
A Dinamo je u subotu pobijedio Osijek s 2:0 i povećao prednost na vrhu ljestvice na pet bodova.
A Hajduk je kod kuće remizirao s Rijekom, a Lokomotiva je izgubila u Varaždinu.
A 1. Dinamo 25 17 5 3 52:20 56
A 2. Hajduk 25 15 6 4 41:22 51
A 3. Rijeka 25 14 6 5 40:24 48
A 4. Osijek 25 11 7 7 35:29 40
A 5. Varaždin 25 9 8 8 30:31 35
R Pročitajte još: Dinamo doveo novog napadača
R Podijeli
R Komentari (3)
""",
    "sl_numbers": """\
T Rezultati 20. kroga
A Olimpija je v soboto premagala Maribor z 2:1 in ostaja na vrhu lestvice.
A Celje je doma igralo neodločeno s Koprom.
A 1. Olimpija 20 14 4 2 40:15 46
A 2. Celje 20 12 5 3 35:18 41
A 3. Maribor 20 11 4 5 33:20 37
A 4. Koper 20 8 6 6 25:24 30
R Preberite tudi: Olimpija pripeljala novega napadalca
R Deli
R Komentarji (3)
""",
    "mk_numbers": """\
T Курсна листа на Народната банка
A Народната банка ја објави курсната листа што важи од денес во сите банки во земјата.
A Еврото останува стабилно, а доларот малку зајакна во однос на денарот.
T ЕУР 61,50
T УСД 56,80
T ЦХФ 64,20
R Прочитајте и: Инфлацијата во февруари падна на четири отсто
R Сподели
R Коментари (3)
""",
}

CASES = {**_ONE, **_SHORT, **_MIXED}

KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # two Catalan sentences: "per", "un", "ha" vote Italian and Hungarian as much as "els", "dels", "aquest" vote
    # Catalan (no clear answer, no lean; "per" in the Catalan list too tells it, but makes test_fixes17's page of
    # Spanish and Italian sentences Spanish); two Estonian sentences: one vote of its own
    "ca_2": 4,
    "et_2": 4,
    # one sentence with no function word ("Hallitus esitteli tiistaina ensi vuoden talousarvioesityksensä eduskunnalle.")
    "fi_1": 4,
    "et_1": 4,
    # an English article under a Croatian or Slovenian site's chrome: told English, the chrome's language never looked
    # for
    "en_croatian_chrome": 4,
    "en_slovenian_chrome": 7,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)

# the language a short page is given: its key's (Serbian in the Latin script as Serbian, Bosnian as Croatian)
_GIVEN = {"sr_latin": "sr", "bs": "hr"}


def _given(key: str) -> str:
    prefix = key.rsplit("_", 1)[0]
    return _GIVEN.get(prefix, prefix)


@pytest.mark.parametrize("key", sorted({**_ONE, **_SHORT}))
def test_the_short_pages_with_their_language_given_lose_and_leave_nothing(key: str) -> None:
    # (the residue is what the language's tables read: what a page told otherwise leaves is detection's)
    assert judge(CASES[key], language=_given(key)) == ([], [])


def _told(text: str) -> tuple[str | None, str]:
    """The language the passes work with, and the first whose tables apply (a lean where there is no clear answer)."""
    context = Context(Document(text))
    return context.language, context.vocab_languages[0]


# what each page is told: (language, first tables)
# (s40: a page with no clear answer and no lean gets the tables of langdetect's answer where English has not the
# most function-word votes: the Catalan, Estonian and Finnish pages their own; romanised Hindi, Indonesian's)
PAGE_TOLD: dict[str, tuple[str | None, str]] = {
    "mk_1": ('mk', 'mk'),
    "sr_1": ('sr', 'sr'),
    "sr_latin_1": ('hr', 'hr'),
    "bg_1": ('bg', 'bg'),
    "hr_1": ('hr', 'hr'),
    "bs_1": ('hr', 'hr'),
    "sl_1": ('sl', 'sl'),
    "cs_1": ('cs', 'cs'),
    "sk_1": ('sk', 'sk'),
    "no_1": ('no', 'no'),
    "da_1": ('da', 'da'),
    "sv_1": ('sv', 'sv'),
    "ca_1": ('ca', 'ca'),
    "es_1": ('es', 'es'),
    "pt_1": ('pt', 'pt'),
    "et_1": (None, 'et'),
    "fi_1": (None, 'fi'),
    "lv_1": ('lv', 'lv'),
    "lt_1": ('lt', 'lt'),
    "he_1": ("he", "he"),
    "ru_1": ('ru', 'ru'),
    "uk_1": ('uk', 'uk'),
    "fa_1": ('fa', 'fa'),
    "ar_1": ('ar', 'ar'),
    "hi_1": ('hi', 'hi'),
    "id_1": ('id', 'id'),
    "tr_1": ('tr', 'tr'),
    "hu_1": ('hu', 'hu'),
    "pl_1": ('pl', 'pl'),
    "ro_1": ('ro', 'ro'),
    "el_1": ('el', 'el'),
    "nl_1": ('nl', 'nl'),
    "de_1": ('de', 'de'),
    "it_1": ('it', 'it'),
    "fr_1": ('fr', 'fr'),
    "vi_1": (None, 'vi'),
    "tl_1": ('tl', 'tl'),
    "bn_1": ('bn', 'bn'),
    "mk_2": ('mk', 'mk'),
    "mk_3": ('mk', 'mk'),
    "mk_4": ('mk', 'mk'),
    "sr_2": ('sr', 'sr'),
    "sr_3": ('sr', 'sr'),
    "sr_latin_2": ('hr', 'hr'),
    "sr_latin_3": ('hr', 'hr'),
    "bs_2": ('hr', 'hr'),
    "bs_3": ('hr', 'hr'),
    "bg_2": ('bg', 'bg'),
    "bg_3": ('bg', 'bg'),
    "ru_2": ('ru', 'ru'),
    "ru_3": ('ru', 'ru'),
    "uk_2": ('uk', 'uk'),
    "uk_3": ('uk', 'uk'),
    "hr_2": ('hr', 'hr'),
    "hr_3": ('hr', 'hr'),
    "sl_2": ('sl', 'sl'),
    "sl_3": ('sl', 'sl'),
    "sl_4": ('sl', 'sl'),
    "cs_2": ('cs', 'cs'),
    "cs_3": ('cs', 'cs'),
    "sk_2": ('sk', 'sk'),
    "sk_3": ('sk', 'sk'),
    "no_2": ('no', 'no'),
    "no_3": ('no', 'no'),
    "da_2": ('da', 'da'),
    "da_3": ('da', 'da'),
    "sv_2": ('sv', 'sv'),
    "sv_3": ('sv', 'sv'),
    "ca_2": (None, 'ca'),
    "ca_3": ('ca', 'ca'),
    "es_2": ('es', 'es'),
    "es_3": ('es', 'es'),
    "pt_2": ('pt', 'pt'),
    "pt_3": ('pt', 'pt'),
    "et_2": (None, 'et'),
    "et_3": (None, 'et'),
    "et_4": (None, 'et'),
    "fi_2": (None, 'fi'),
    "fi_3": ('fi', 'fi'),
    "lv_2": ('lv', 'lv'),
    "lv_3": ('lv', 'lv'),
    "lt_2": ('lt', 'lt'),
    "lt_3": ('lt', 'lt'),
    "he_2": ("he", "he"),
    "he_3": ('he', 'he'),
    "fa_2": ('fa', 'fa'),
    "fa_3": ('fa', 'fa'),
    "ar_2": ('ar', 'ar'),
    "ar_3": ('ar', 'ar'),
    "hi_2": ('hi', 'hi'),
    "hi_3": ('hi', 'hi'),
    "id_2": ('id', 'id'),
    "id_3": ('id', 'id'),
    "hr_english_chrome": ('hr', 'hr'),
    "sl_english_chrome": ('sl', 'sl'),
    "en_slovenian_chrome": ('en', 'en'),
    "en_croatian_chrome": ('en', 'en'),
    "de_english_quote": ('de', 'de'),
    "mk_serbian_quote": ('mk', 'mk'),
    "translit_ru": ('cs', 'cs'),
    "translit_hi": (None, 'id'),
    "hr_numbers": ('hr', 'hr'),
    "sl_numbers": ('sl', 'sl'),
    "mk_numbers": ('mk', 'mk'),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_each_page_is_told_its_language(key: str) -> None:
    assert _told(page_text(CASES[key])) == PAGE_TOLD[key]


# the first one, two and three sentences of each short page's article (its lines alone, no residue), as told: (language,
# first tables). One sentence is under the twenty words a clear answer needs, and gets a lean at most.
# (s40: where no lean names a language either and English has not the most function-word votes, langdetect's answer,
# the one the result reports, picks the tables: one sentence now gets its language's)
# (lang25: a one-sentence Portuguese text now leans to its tables: the words Czech, Polish or Hungarian share with it
# no longer count as opposition, see language._opposition; the Czech one's "na", "o", "na", two words, one repeated,
# still do)
SHORT_TOLD: dict[str, tuple[tuple[str | None, str], ...]] = {
    "mk": ((None, 'mk'), ('mk', 'mk'), ('mk', 'mk')),
    "sr": ((None, 'sr'), ('sr', 'sr'), ('sr', 'sr')),
    "sr_latin": ((None, 'hr'), ('hr', 'hr'), ('hr', 'hr')),
    "bs": ((None, 'hr'), ('hr', 'hr'), ('hr', 'hr')),
    "bg": ((None, 'ru'), ('bg', 'bg'), ('bg', 'bg')),
    "ru": ((None, 'ru'), ('ru', 'ru'), ('ru', 'ru')),
    "uk": ((None, 'uk'), ('uk', 'uk'), ('uk', 'uk')),
    "hr": ((None, 'hr'), ('hr', 'hr'), ('hr', 'hr')),
    "sl": ((None, 'sl'), ('sl', 'sl'), ('sl', 'sl')),
    "cs": ((None, 'cs'), ('cs', 'cs'), ('cs', 'cs')),
    "sk": ((None, 'sk'), ('sk', 'sk'), ('sk', 'sk')),
    "no": ((None, 'no'), ('no', 'no'), ('no', 'no')),
    "da": ((None, 'da'), ('da', 'da'), ('da', 'da')),
    "sv": ((None, 'sv'), ('sv', 'sv'), ('sv', 'sv')),
    "ca": ((None, 'ca'), (None, 'ca'), (None, 'ca')),
    "es": ((None, 'es'), ('es', 'es'), ('es', 'es')),
    "pt": ((None, 'pt'), ('pt', 'pt'), ('pt', 'pt')),
    "et": ((None, 'et'), (None, 'et'), (None, 'et')),
    "fi": ((None, 'fi'), (None, 'fi'), ('fi', 'fi')),
    "lv": ((None, 'lv'), (None, 'lv'), ('lv', 'lv')),
    "lt": ((None, 'lt'), ('lt', 'lt'), ('lt', 'lt')),
    "he": (('he', 'he'), ('he', 'he'), ('he', 'he')),
    "fa": ((None, 'fa'), ('fa', 'fa'), ('fa', 'fa')),
    "ar": ((None, 'ar'), ('ar', 'ar'), ('ar', 'ar')),
    "hi": (('hi', 'hi'), ('hi', 'hi'), ('hi', 'hi')),
    "id": ((None, 'id'), ('id', 'id'), ('id', 'id')),
}


@pytest.mark.parametrize("lang", sorted(SHORT_TOLD))
def test_short_texts_are_told(lang: str) -> None:
    lines = [text for tag, text in parse(_SHORT[f"{lang}_3"]) if tag == "A"]
    assert tuple(_told("\n".join(lines[:n])) for n in (1, 2, 3)) == SHORT_TOLD[lang]


# languages with no tables of their own, beside one that has them: three sentences each
_OTHERS: dict[str, list[str]] = {
    "be": [
        'Урад на сённяшнім пасяджэнні ўхваліў праект закона аб дзяржаўным бюджэце на наступны год.',
        'Міністр фінансаў заявіў, што заробкі ў дзяржаўным сектары будуць павышаныя на пяць адсоткаў са студзеня.',
        'Прафсаюзы запатрабавалі новых перамоваў аб умовах працы ў ахове здароўя і адукацыі.',
    ],
    "gl": [
        'O Goberno aprobou este martes no Consello da Xunta o proxecto de lei de orzamentos para o vindeiro ano.',
        'A conselleira de Facenda explicou que os salarios dos funcionarios subirán un cinco por cento dende xaneiro.',
        'Os sindicatos reclaman novas negociacións sobre as condicións laborais na sanidade e no ensino.',
    ],
    "pt-BR": [
        'O governo federal apresentou nesta terça-feira o projeto de lei do Orçamento para o ano que vem.',
        'O ministro da Fazenda disse que os salários dos servidores vão ter reajuste de cinco por cento a partir de janeiro.',
        'Os sindicatos cobram novas negociações sobre as condições de trabalho na saúde e na educação.',
    ],
    "ms": [
        'Kerajaan hari ini membentangkan belanjawan negara bagi tahun hadapan di Dewan Rakyat.',
        'Menteri Kewangan berkata gaji penjawat awam akan dinaikkan sebanyak lima peratus mulai Januari.',
        'Kesatuan sekerja meminta rundingan baharu mengenai keadaan kerja dalam sektor kesihatan dan pendidikan.',
    ],
    "ur": [
        'حکومت نے آج آئندہ سال کا بجٹ قومی اسمبلی میں پیش کر دیا ہے۔',
        'وزیر خزانہ نے کہا کہ سرکاری ملازمین کی تنخواہوں میں جنوری سے پانچ فیصد اضافہ کیا جائے گا۔',
        'مزدور تنظیموں نے صحت اور تعلیم کے شعبوں میں کام کے حالات پر نئے مذاکرات کا مطالبہ کیا ہے۔',
    ],
    "mr": [
        'सरकारने आज विधानसभेत पुढील वर्षाचा अर्थसंकल्प सादर केला आणि करांमध्ये कोणतीही वाढ होणार नाही असे सांगितले.',
        'अर्थमंत्र्यांनी सांगितले की सरकारी कर्मचाऱ्यांच्या पगारात जानेवारीपासून पाच टक्के वाढ केली जाईल.',
        'कर्मचारी संघटनांनी आरोग्य आणि शिक्षण क्षेत्रातील कामाच्या परिस्थितीवर नव्याने चर्चा करण्याची मागणी केली आहे.',
    ],
    "ne": [
        'सरकारले आज संसदमा आगामी वर्षको बजेट पेस गरेको छ र करमा कुनै वृद्धि नहुने बताएको छ।',
        'अर्थमन्त्रीले सरकारी कर्मचारीको तलब माघदेखि पाँच प्रतिशतले बढाइने बताए।',
        'कर्मचारी संगठनहरूले स्वास्थ्य र शिक्षा क्षेत्रमा कामको अवस्थाबारे नयाँ वार्ताको माग गरेका छन्।',
    ],
}

# what they are told: the neighbour whose tables read them, or nothing
# (s40: Belarusian, langdetect's Russian)
OTHERS_TOLD: dict[str, tuple[str | None, str]] = {
    "be": (None, 'ru'),
    "gl": ("pt", "pt"),
    "pt-BR": ("pt", "pt"),
    "ms": ("id", "id"),
    "ur": (None, "en"),
    "mr": (None, "en"),
    "ne": (None, "en"),
}


@pytest.mark.parametrize("lang", sorted(_OTHERS))
def test_a_close_language_without_tables_is_told_its_neighbour_or_nothing_and_loses_nothing(lang: str) -> None:
    article = _OTHERS[lang]
    assert _told("\n".join(article)) == OTHERS_TOLD[lang]
    page = ["Home", "News", *article, "Share this article", "Comments (3)"]
    result = cleaner.explain_text("\n".join(page))
    assert [line for line in article if line not in result.text.split("\n")] == []


# -- the new votes, against the texts they must not take ------------------------------------------------------------

# a northern Slavic or Baltic text naming a southern Slav (č, ć, ž, đ in a name) stays itself; a Russian text's "во",
# "со" (Macedonian's words too, but Russian writes no ј) is no Macedonian; a Serbian text quoting a Macedonian sentence
# (one ќ) stays Serbian; Bulgarian stays Bulgarian
_CONTROLS = {
    "cs": "Srbský tenista Novak Đoković porazil ve finále turnaje Španěla Nadala ve třech setech a získal další titul.\nZápas sledovalo na stadionu přes patnáct tisíc diváků, kteří oslavovali až do noci.",
    "pl": "Chorwacki napastnik Mario Mandžukić strzelił dwa gole w meczu z Juventusem i został wybrany zawodnikiem kolejki.\nTrener powiedział po meczu, że jest bardzo zadowolony z postawy całej drużyny.",
    "sk": "Chorvátsky útočník Mario Mandžukić strelil v zápase dva góly a bol vyhlásený za hráča kola.\nTréner po zápase povedal, že je s výkonom celého tímu veľmi spokojný.",
    "lt": "Vyriausybė antradienį pateikė Seimui kitų metų valstybės biudžeto projektą, o finansų ministrė sakė, kad atlyginimai didės.\nProfesinės sąjungos su tuo nesutinka ir reikalauja naujų derybų dėl darbo sąlygų.",
    "ru": "Во время визита министр встретился с коллегами во Франции и обсудил вопросы торговли и инвестиций в регионе.\nПо его словам, во всех странах ситуация с ценами остаётся сложной, но правительство готово помочь.",
    "sr": "Министар финансија је рекао да ће плате у јавном сектору бити повећане за пет одсто од првог јануара.\nМакедонски министар је изјавио: „Владата ќе ги зголеми платите од јануари“, рекао је он.",
    "bg": "Правителството одобри проекта на закон за бюджета, а министърът заяви, че заплатите ще бъдат увеличени.\nСпоред синдикатите това не е достатъчно и те ще протестират пред парламента в сряда.",
    "fr": "Le pilote finlandais Kimi Räikkönen et son compatriote Valtteri Bottas ont été reçus à l'Élysée mardi soir.\nIls ont évoqué avec le président la saison prochaine et l'avenir du Grand Prix de France.",
    "hr": "Vlada je na današnjoj sjednici prihvatila prijedlog zakona o proračunu.\nMinistar je rekao da će se plaće povećati za pet posto.",
}


@pytest.mark.parametrize("lang", sorted(_CONTROLS))
def test_texts_the_new_votes_must_not_take_are_told_their_language(lang: str) -> None:
    assert _told(_CONTROLS[lang]) == (lang, lang)


@pytest.mark.parametrize("text", ["Во вторник со своим другом он поехал в город на машине", "Во вторник со своим другом он поехал в город на машине и там купил много подарков для детей"])
def test_a_short_russian_line_with_vo_and_so_is_no_macedonian(text: str) -> None:
    assert _told(text)[1] == "ru"


def test_an_english_page_with_two_foreign_words_stays_english() -> None:
    # (a lean of two unopposed votes is asked only where no clear answer came: English's own words give it one)
    text = "Results of the Helsinki marathon on Sunday, with the times of the first ten runners and their clubs.\nThe race was won by Matti Virtanen, who ran for the club 'Ja on ihan' in 2:11:05."
    assert _told(text) == ("en", "en")


def test_a_lean_needs_its_votes_unopposed() -> None:
    # two Finnish votes, alone or against half a vote ("ka", Estonian's and Latvian's): Finnish
    assert language.lean_by_stopwords("mukaan myös 12 34 56 78 90 11 22 33 44 55 66 77 88 99 10 20 30") == "fi"
    assert language.lean_by_stopwords("mukaan myös ka 12 34 56 78 90 11 22 33 44 55 66 77 88 99 10 20 30") == "fi"
    # two votes, the runner-up a third as many and more: none
    assert language.lean_by_stopwords("mukaan myös the 12 34 56 78 90 11 22 33 44 55 66 77 88 99 10 20 30") is None


def test_the_answer_is_the_same_whatever_was_asked_before() -> None:
    # (the vote keeps the last sample's votes: each page is told the same after any other)
    keys = sorted(CASES)
    first = {key: _told(page_text(CASES[key])) for key in keys}
    again = {key: _told(page_text(CASES[key])) for key in reversed(keys)}
    assert first == again


# -- the comment count alone on its line (hr, sl, sr) -----------------------------------------------------------------

_COUNTS = {
    "hr": ("14 komentara", "Ispod članka čitatelji su ostavili 14 komentara."),
    "sl": ("14 komentarjev", "Pod članek so bralci zapisali 14 komentarjev."),
    "sr": ("14 коментара", "Испод чланка читаоци су оставили 14 коментара."),
}


@pytest.mark.parametrize("lang", sorted(_COUNTS))
def test_a_comment_count_under_the_byline_goes_and_a_sentence_counting_comments_stays(lang: str) -> None:
    count, sentence = _COUNTS[lang]
    article = [line for tag, line in parse(_SHORT[f"{lang}_3"]) if tag == "A"]
    page = ["Autor: Ana Horvat", count, article[0], sentence, *article[1:]]
    result = cleaner.explain_text("\n".join(page), language=lang)
    kept = result.text.split("\n")
    assert count not in kept
    assert [line for line in [article[0], sentence, *article[1:]] if line not in kept] == []


if __name__ == "__main__":
    report(CASES)
