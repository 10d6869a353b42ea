"""Language identification and stopword lists.

Two stages, because langdetect costs ~5 ms a call while cleaning a whole page should cost
about a millisecond:

1. a stopword profile of a bounded sample: when one supported language clearly dominates
   (European languages with distinctive function words), that is the answer; else the
   script: a sample dominated by Han and kana is Japanese with kana, Chinese without, and
   one dominated by Hangul is Korean, one dominated by Thai is Thai (:func:`guess_by_script`;
   those languages have no function words to vote with: they write no spaces between words),
   and one dominated by Hebrew is Hebrew (most of its function words are prefixes glued to
   their word);
2. otherwise langdetect, seeded for determinism, on a bounded sample, loaded lazily on
   first use and with its own factory (the global one is left alone).

:class:`~cleaner.context.Context` runs the stages: the passes work with the first alone
(:attr:`~cleaner.context.Context.language`, and :func:`lean_by_stopwords` when it cannot
tell); langdetect names the language a :class:`~cleaner.result.Result` reports and picks the
residue tables for a text neither stage places where another language has votes or its letters
are not all ASCII (:func:`worth_detecting`: a short page of headings in Spanish or Estonian), and
where a lean's language's letters are missing (:func:`lean_checked`: a Spanish page's shared words
lean Hungarian); on the dev set, one page in 181.

Stopword lists come from jusText's stoplists (100 languages), filtered to plain words.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from . import kernels
from .textstats import blank_punctuation, lower

# The C kernel of :func:`_votes`' count (:mod:`cleaner.kernels`); None where it was not built: then the plain loop runs.
_VOTE_WORDS: Callable[[str, Any], tuple[int, list[float]]] | None = kernels.VOTE_WORDS
_VOTE_TABLE: Callable[[dict[str, tuple[tuple[int, float], ...]], int], Any] | None = kernels.VOTE_TABLE

#: Languages with residue vocabularies, mapped to jusText stoplist names (None: no stoplist,
#: prose is judged by length and sentence ends alone, as for any unspaced script).
SUPPORTED: dict[str, str | None] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Russian",
    "pl": "Polish",
    "tr": "Turkish",
    "sv": "Swedish",
    "da": "Danish",
    "cs": "Czech",
    "uk": "Ukrainian",
    "ro": "Romanian",
    "no": "Norwegian_Bokmal",
    "sk": "Slovak",
    "ar": "Arabic",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "hu": "Hungarian",
    "el": "Greek",
    "fi": "Finnish",
    "hr": "Croatian",
    "sl": "Slovenian",
    "tl": "Tagalog",
    "he": "Hebrew",
    "fa": "Persian",
    "hi": "Hindi",
    "bn": "Bengali",
    "ca": "Catalan",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "mk": "Macedonian",
    "sw": "Swahili",
    "is": "Icelandic",  # nordic43
    "th": None,
    "zh": None,
    "ja": None,
    "ko": None,
}

#: Other languages whose stopwords we use for prose detection when detected.
_EXTRA_STOPLISTS: dict[str, str] = {
    "ru": "Russian", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal",
    "fi": "Finnish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish",
    "id": "Indonesian", "ca": "Catalan", "uk": "Ukrainian", "el": "Greek", "hr": "Croatian",
    "sk": "Slovak", "sl": "Slovenian", "bg": "Bulgarian", "vi": "Vietnamese", "af": "Afrikaans",
}

SAMPLE_CHARS = 2000
PROFILE_CHARS = 1200
# (and the Devanagari danda, which closes Hindi and Bengali sentences glued to their last word, and the Arabic
# comma, semicolon and question mark, glued to a Persian or Arabic word as a Latin comma is)
_PUNCT_CHARS = "!\"#$%&()*+,./:;<=>?@[\\]^`{|}~«»“”„‘’‚‹›—–…·•¡¿।॥،؛؟"
_PUNCT = re.compile("[" + re.escape(_PUNCT_CHARS) + "]")  # blanked out
_PUNCT_ASCII = bytes(c for c in range(128) if _PUNCT.match(chr(c)))
_PUNCT_BYTES = bytes.maketrans(_PUNCT_ASCII, b" " * len(_PUNCT_ASCII))  # the same, for ASCII text
_PUNCT_WIDE = tuple(c for c in _PUNCT_CHARS if not c.isascii())  # the rest of it
# the C kernel's blanking (see :func:`_profile_blanked`; None where it was not built)
_BLANK: Callable[[str, Any], str] | None = kernels.BLANK
_PROFILE_PUNCT: Any = kernels.char_set(_PUNCT_ASCII.decode("ascii") + "".join(_PUNCT_WIDE))
_WORD = re.compile(r"\w+")
_PLAIN_WORD = re.compile(r"^\w+$")
# Words of the Indic scripts: letters and the vowel signs and viramas between them (combining marks, which
# ``\w`` does not match: "लिए", "থেকে")
_INDIC_WORD = re.compile(r"^[\w\u0900-\u0963\u0966-\u09ff]+$")
#: The languages whose stoplist words are :data:`_INDIC_WORD` words.
_INDIC = frozenset({"hi", "bn"})
_lock = threading.Lock()
_factory: Any = None


@lru_cache(maxsize=64)
def stopwords(lang: str) -> frozenset[str]:
    """Lower-case stopwords of ``lang`` (ISO 639-1); empty for a language we have none for."""
    name = SUPPORTED.get(lang) or _EXTRA_STOPLISTS.get(lang)
    if name is None:
        return frozenset()
    try:
        words = _read_stoplist(name)
    except (ValueError, OSError, UnicodeDecodeError):
        return frozenset()
    if lang in _INDIC:
        return frozenset(spelt for w in map(lower, words) if _INDIC_WORD.match(w) for spelt in _spellings(w))
    if lang == "fa":
        return frozenset(spelt for w in map(lower, words) if _PLAIN_WORD.match(w) for spelt in _spellings(w))
    return frozenset(w for w in map(lower, words) if _PLAIN_WORD.match(w))


def _read_stoplist(name: str) -> list[str]:
    """jusText's stoplist ``name``, read from its package folder without importing jusText:
    its import pulls in lxml and urllib (~50 ms), on the critical path of every process's
    first document (the CLI's workers included). A package that is not a plain folder
    (a zip import) goes through jusText itself."""
    spec = importlib.util.find_spec("justext")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        path = os.path.join(folder, "stoplists", f"{name}.txt")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as fh:
                return fh.read().splitlines()
    import justext

    return list(justext.get_stoplist(name))


#: Short, distinctive function-word lists used to vote on the language.
_PROFILE_WORDS: dict[str, str] = {
    "en": "the and of to in is that for with was on are it as by this be have from",
    "de": "der die und das ist nicht mit den von zu ein eine auf für sich dem des auch",
    # (and French's own pronouns and adverbs, "nous", "vous", "leur", "très": a short French text has few of the
    # rest. "de", "un", "en", "à" are Spanish's, Italian's, Dutch's or Portuguese's too and stay out: pages of those
    # lose their answer with them)
    "fr": "le la les et des est une dans pour pas que qui sur au avec du ce il sont aux ont été cette cet par plus "
    "nous vous leur ils elle était être aussi très ces ses",
    "es": "el la los las y en que del por con una para es se al lo como más pero",
    # (and Italian's articled prepositions and adverbs no other list spells so, "alla", "nella", "anche", "dopo": a
    # one-sentence Italian text's "ha", "per", "un" vote Hungarian and Catalan too, and left it no lean)
    "it": "il la di che e per un una del della non sono gli le è si con al nel "
    "alla dalla nella sulla degli anche ancora dopo fino stato stata",
    "pt": "o a os as de que e do da em um uma para com não no na por é ao",
    "nl": "de het een en van is dat op te in niet met voor zijn ook aan er",
    # (Russian joins prepositions and particles to its words less than it inflects them: its own short words
    # lift a page's share, and no other language here votes with Cyrillic words)
    "ru": "и в не на что с по как это из за от для то но он его все так же во о об к у а бы ли при после был "
    "была были который которые также уже только еще ещё или чем "
    # (and the forms Ukrainian spells otherwise: эти/ці, будет/буде, когда/коли, чтобы/щоб, мы/ми ...)
    "эти этот эта этой этом этого будет года году где когда если чтобы может можно нет они она мы вы даже "
    "очень между под",
    "pl": "i w nie na się z do że to jest jak o po ale od za co tak przez",
    "sv": "och i att det som en på är av för med till den har de inte om ett",
    # (and Indonesian's own words that no other language here spells so: "para", Spanish and Portuguese, stays out)
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke ada oleh atau karena sudah telah bisa "
    "saat lebih masih harus namun bahwa setelah mereka kami kita saya sebagai hingga serta tersebut antara secara "
    "sejak bagi agar sehingga menjadi",
    # (Turkish says with suffixes what others say with function words: its own words lift a page's share)
    "tr": "ve bir bu da de için ile olarak daha çok gibi en ama ne olan sonra ise kadar göre değil veya ancak "
    "yüzde tarafından arasında nedeniyle üzerinde şu yok",
    # Czech shares po, od, za, co, jak, tak with Polish (votes for Polish alone): its own words tell them apart
    "cs": "a se na je že v o s to do jsou ve jako by k pro ale z také už jen podle při nebo když ještě "
    "však který které která",
    # Slovak and Norwegian vote with their neighbours (see _NEIGHBOURS): these lists also hold the words
    # they share with them, so that only the words each spells its own way tell a pair apart
    "sk": "a sa na je že v o s to do sú vo ako by k pre ale z aj tiež už len podľa pri alebo keď ešte "
    "však ktorý ktoré ktorá ktorí bol bola boli bolo medzi viac počas",
    # (Danish adds no Swedish word: "efter", "blev", "sig", "mig", "dig" are Swedish too, and a short Swedish
    # page would lose to the pair; they only pick one of it, see _PICK_WORDS. Norwegian needs its "av", "mot",
    # "ut", "blir", "mer", which split their votes with Swedish, and the words Danish spells otherwise
    # ("noen", "uten", "enn", "slik", "gjør": "nogen", "uden", "end", "sådan", "gør"; Danish has those
    # but "end", English's too), or a notice's "anbefaler at" is Danish.)
    "da": "og i at det er en til på af for med som den ikke har de ud mod noget meget havde siger bliver "
    "blive mere hvad været mellem gennem nogen uden gør gøre",
    "no": "og i det er en til på av for med som den ikke har de å ble etter seg ut mot noe mye hadde sier "
    "blir bli mer meg deg hva vært mellom gjennom nå ikkje frå kva berre noen uten enn slik gjør gjøre",
    # Ukrainian shares в, у, не, на, за, по, а, о, при, для, так with Russian: they split their vote
    # between the two (a Ukrainian page is full of them: voting for Russian alone, they made Ukrainian news
    # Russian), and their own words tell them apart: Ukrainian's with і ї є and the forms Russian spells
    # otherwise (що/что, від/от, його/его, був/был)
    "uk": "в у не на за по а о при для так і й та що це як з із від його її їх але вже тільки ще або ніж "
    "який яка які яке також після був "
    "була були було буде бути щоб має мають може можуть цього цей ця ці цю цих під коли чи він вона вони ми ви де "
    "ні року лише щодо між проте однак навіть дуже якщо тому хоча поки наразі зараз серед своїх яких якого",
    # Romanian: its own short words, with and without the comma-below and cedilla (și, şi) letters sites
    # print; the Romance words it shares (de, la, o, un, a) vote for the others
    "ro": "și şi în cu pe din care este nu să sunt pentru fost lui după dupa dar sau prin iar fi acest "
    "această aceasta într s-a s-au a-și a-şi au ale "
    # (and its "that", "the ... -est" and adverbs: a short Romanian text's "a", "o", "de", "la" vote the others)
    "că cei cel cea însă fără între către deși deşi acum",
    # Arabic: its own function words and the forms with the conjunction glued on (وفي, وقد), with and
    # without the hamza sites often leave out (إلى/الى, التي/التى). Persian spells with ی and ک and has
    # words of its own ("در", "از", "که", "است"): "من", "ما", "بعد", "قبل", which both write, split their
    # vote between the two; "او", "ان", "به", "هم", "ضمن" (Persian's or Urdu's too) do not vote
    "ar": "في من ما على إلى الى أن إن التي التى الذي الذين عن مع هذا هذه ذلك تلك كان كانت قد لم لن لا بعد "
    "قبل بين حيث كما ثم حتى أو وفي وقد وأن وإن ولا وهو وهي وكان وكانت فيما لكن إذا اذا عند منذ خلال أيضا "
    "أيضاً عبر لدى وقال وأضاف أنه أنها إنه كل هناك ليس يكون تكون إلا أي غير عليه عليها فيه فيها منه منها "
    "له لها لهم عنه إليه وهذا وهذه وذلك لقد ولكن ولم كذلك",
    # Persian: a Persian page is told Persian, never Arabic
    "fa": "در به از که این را با است می برای آن یک تا شد بود شده کرد های خود نیز وی هر کند کنند دارد "
    "من ما بعد قبل",
    # (and Hungarian's own words that no other language here spells so: a recipe or a list page has few of the others;
    # its postpositions, pronoun forms and conjunctions too, "éven át", "ebből", "jelezze nekünk": an obituary of names
    # and dates has few of the rest. "sem", "lett", "most", "mi", "ami", "erre" are Portuguese's, Norwegian's,
    # English's, Italian's or French's words too and stay out)
    "hu": "a az és hogy nem is egy meg de van volt csak már ki el ez azt ezt mint vagy még majd pedig szerint után "
    "amely amelyek aki akik ezért lesz lehet kell így nagyon minden olyan között alatt mert ha "
    "át nincs volna amit amikor ahol akkor itt ott valamint illetve azonban hanem tehát viszont mellett előtt óta "
    "során számára ennek annak ebben abban ebből abból arra ezzel azzal neki nekünk egyik",
    # Vietnamese writes a word a syllable, each spaced: its own function syllables, none of them a word of
    # another language here ("và", "của", "được", "cho", "trong"; "là" and "sau", French's and Romanian's
    # too, stay out)
    "vi": "và của các có được những cho trong không với này một đã để người khi từ theo đến cũng sẽ như về "
    "nhiều đang vào nhưng thì tại hơn nên vì bị rất nếu lại đó tôi bạn chúng họ mỗi phải sự việc còn "
    "chỉ mới đều",
    # Greek: its own articles, prepositions and particles (no other language here writes the Greek script)
    "el": "και το της του η ο να σε την τα με για από στο που οι των στην είναι θα δεν τον τις στα στον ότι "
    "αλλά ή ως μετά κατά",
    # Finnish: its own particles, conjunctions and the forms of "olla" (a Finnish page says with case endings
    # what others say with prepositions: its own short words lift a page's share)
    "fi": "ja on ei se että oli hän ovat mutta kun niin myös tai jos tämä tämän joka jotka sekä mukaan jo nyt "
    "vain kuin ole ollut olisi olivat hänen sen mitä vielä jälkeen kanssa siitä sitä eli eikä noin koska",
    # Croatian (and Serbian and Bosnian in the Latin script): only the words no other language here spells so
    # ("je", "se", "na", "da", "za", "od", "do", "o", "s" vote for Czech, Slovak, Polish or Portuguese; "ali",
    # "iz", "tako", "samo", "bila", "bilo", "ima" are Slovenian's too and do not vote), or a Croatian page
    # is Polish or Czech by its prepositions
    "hr": "u su koji koja koje kojeg kojoj kojim kojima što će nije biti bio bili također takođe kao već ili jer "
    "kada kad gdje gde još prema nakon tijekom tokom posle između može sve ovaj ova ovo ove ovog njegov njihov "
    "treba kod dok nisu koju kojem",
    # Slovenian: its own words likewise ("in" is English's and Dutch's, "pri" Slovak's, "že" Czech's, "med"
    # Scandinavian's too; "ali", "iz", "tako", "bila" are Croatian's too)
    "sl": "ki tudi bo bodo so ter če lahko vendar smo bil kjer kar saj še tem jih naj zelo niso kot "
    "ob ker vse ni več tega",
    # Tagalog: its markers and particles ("sa", Slovak's too, and "na", "at", "para", "din", "kami" do not vote)
    "tl": "ang ng mga ay hindi siya ito kung rin nang niya sila tayo ngunit upang mula ayon isang nito naman "
    "lamang dahil kanyang noong",
    # Hebrew: the function words that stand alone (most glue to their word as a prefix: ב, ל, ה, ו, מ, ש); no other
    # language here writes its script
    "he": "של את על עם לא כי גם זה זו הוא היא הם הן או אך אבל כל יש אין היה הייתה היו אשר כמו לפי בין עד רק "
    "לאחר אחרי מאוד יותר כאשר כך שם",
    # Hindi: only the words Marathi and Nepali, which write Devanagari too, do not ("के", "का", "की", "को", "हो",
    # "ही", "एक", "जो", "कि", "तो", "या", "तथा", "द्वारा" are theirs as well, and do not vote): a Marathi or Nepali page
    # ("आहे", "आणि", "छ", "र", "पनि") is told nothing, never Hindi
    "hi": "है हैं में से ने और पर भी यह था थे थी लिए इस किया गया गई नहीं कहा वह उन्होंने इसके उनके हुए हुआ "
    "करने होगा जाएगा बाद",
    # Bengali: its own function words (no other language here writes its script; Assamese, which does, is ruled
    # out by its letters, see _RULED_OUT)
    "bn": "এবং ও এই করে হয় না থেকে জন্য সঙ্গে সাথে তিনি যে কিন্তু আর হবে ছিল করা নিয়ে বলে এ তার তাঁর হয়েছে "
    "করেছে করেন একটি এর বা পর কোনো তবে যা সেই তারা তাদের আমরা আমাদের দিয়ে পর্যন্ত মধ্যে কাছে হলে হচ্ছে বলেন "
    "জানান জানিয়েছে বলছেন রয়েছে হলো করেছেন থাকবে যাবে এখন আরও সব মতো",
    # Catalan votes with Spanish (see _NEIGHBOURS): its own words alone ("els", "amb", "més", "però", "també": none
    # is Spanish's, French's, Italian's or Portuguese's); a Catalan page's "el", "la", "que", "en", "del", "al" vote
    # Spanish, and the pair picks Catalan by them ("va", "van", "on", "com", "seu", "sense" are Spanish's, Dutch's,
    # English's or Portuguese's words too and stay out, and so do "i", "a", "és", which the Scandinavian, Polish,
    # Portuguese and Hungarian lists hold: a share of their votes would cost those languages' pages theirs)
    "ca": "els amb més però són també aquest aquesta aquests aquestes aquell aquella seva seves molt fins quan hi "
    "ho perquè això així aquí havia pel pels unes tenen fer dels el la en que del una es se al",
    # Bulgarian and Serbian (in the Cyrillic script; in the Latin one Serbian is told Croatian, see "hr"): their own
    # words alone, none of them Russian's or Ukrainian's (a share of "и", "в", "на", "за" would cost those
    # languages' pages their votes); the words they share with Russian vote Russian, and the letters give those
    # votes to the language that writes them (see _CYRILLIC_LETTERS). Serbian's own words are mostly spelled with
    # ј, ћ, љ, њ, which no other language here writes; Macedonian's ќ, ѓ, ѕ rule both out (see _RULED_OUT)
    "bg": "е са че ще това които който която което като към със във също още тази този тези беше бяха според "
    "след обаче където когато защото ги вече трябва бъде бил били годишно сме сте",
    "sr": "је су који која које ће није као још после након између бити био била било али овај ова ово према "
    "већ јер када тако само има може њихов његов треба код од са што",
    # Lithuanian and Latvian: "ir", "kad", "bet", "jau", "ar", "kas", "kur", "tik" are both's (the letters only one
    # writes give their votes, see _LETTER_PAIRS); "un", "po", "per", "su", "to", "no", "jo", "pas", "dar", "bei",
    # "kada" are Italian's, Polish's, Croatian's, Finnish's, French's, Romanian's or German's words too and stay out
    "lt": "ir kad bet jau ar kas kur tik yra iš į kaip buvo arba taip nuo apie už prie jis ji jie savo kuris "
    "kuri kurie gali labai tačiau nes pagal metų iki dėl kai tai šis ši nėra turi reikia kiek kodėl dabar "
    "daugiau pat vis nors jei jeigu todėl kol prieš tarp ant",
    "lv": "ir kad bet jau ar kas kur tik uz arī vai tā lai vēl pēc kā bija tiek tika viņš viņa šis šī tas "
    "kuru kurā kuri gada gadā gadu līdz tikai būs tomēr pie starp savu savā ka gan tad ko ļoti vairāk "
    "tāpēc kamēr pirms bez pret kopš tiks šo šīs šajā būtu",
    # Estonian: its own words alone ("ja", "on", "ei", "oli", "siis", "oma" are Finnish's, "et" French's; the
    # letters õ and ü give Finnish's votes on them to Estonian, see _LETTER_PAIRS); "ka" is Latvian's too
    "et": "ka see kui aga ning mis või ta nad üle veel nii kes mida seda selle pärast juba ainult kuid olid "
    "olnud sest vaid kõik pole nagu vastu aastal poolt ehk samuti jaoks kohta järel juures alates kuni koos "
    "umbes iga kus nüüd võib saab tuleb peab enne kelle meie teie",
    # Macedonian: its own words alone, none of them another list's ("и", "на", "во", "за", "по", "не", "но" vote
    # Russian, "што", "од", "има", "може", "само" Serbian, "е", "ги", "според" Bulgarian); its letters give it those
    # votes (ѓ, ќ, ѕ, which no other language here writes; see _macedonian_votes)
    "mk": "се ќе дека го ја тоа оваа овој овие тие таа тој кој кое кои нив веќе уште меѓу преку околу кога каде "
    "зошто бидејќи така многу сите со пред биле нејзиниот неговиот нивните сè",
    # Swahili: its own particles, connectives and the agreement forms of "of" (ya, wa, vya, za...: "za" is Polish's
    # and Czech's too and stays out, "ni" Slovenian's, "la" the Romance languages', "cha" Vietnamese's); a Swahili
    # page had no answer (langdetect named it for the result alone) and got the English tables only
    "sw": "ya wa kwa katika kuwa hiyo hii pia lakini ambao ambayo ambapo kwamba baada wakati hadi zaidi kutoka "
    "yake zao wao huo hilo kwenye alisema amesema sasa kila kama vya hayo yao",
    # nordic43: Icelandic: its own words alone ("og", "er", "til" are Danish's and Norwegian's, "um" Portuguese's); an
    # Icelandic page was read as Norwegian and got no table of its own ("Lestu einnig", "Deila", "Auglýsing")
    "is": "að það þetta við eða með ekki hefur sagði þegar einnig þess þeirra hún voru verður fyrir eftir frá hjá "
    "vegna mjög líka segir hafa hefði verið sér þeir því hans hennar úr nú",
}


#: Languages so close to a neighbour that most of their function words are the neighbour's too
#: (Slovak and Czech, Norwegian and Danish, Catalan and Spanish): a pair votes as one language against the others
#: (under the neighbour's name, each word once), so neither splits the pair's votes and loses to a
#: third language; when the pair wins, the words only one of the two has pick it (:func:`_pick`).
_NEIGHBOURS: dict[str, str] = {"sk": "cs", "no": "da", "ca": "es"}

#: The languages that vote: every profile language but those that vote with a neighbour.
_LANGS = tuple(lang for lang in _PROFILE_WORDS if lang not in _NEIGHBOURS)


# Letters sites print two ways: Bengali's য় ড় ঢ় as a letter and its nukta (the Unicode normal form, as the lists here
# spell them) and as the one precomposed character older keyboards and converters print; Persian's ی and ک, which
# some sites type with Arabic's ي and ك. A word spelled either way is the same word.
_TWO_WAYS = (("\u09af\u09bc", "\u09df"), ("\u09a1\u09bc", "\u09dc"), ("\u09a2\u09bc", "\u09dd"), ("\u06cc", "\u064a"),
             ("\u06a9", "\u0643"))


def _spellings(word: str) -> list[str]:
    """``word`` and, where it holds such a letter, the same word spelled the other way."""
    other = word
    for usual, also in _TWO_WAYS:
        other = other.replace(usual, also)
    return [word] if other == word else [word, other]


@lru_cache(maxsize=1)
def _vote_table() -> dict[str, tuple[int, ...]]:
    """Word -> indices (in ``_LANGS``) of the languages it votes for, a pair's once."""
    table: dict[str, list[int]] = {}
    for lang, words in _PROFILE_WORDS.items():
        n = _LANGS.index(_NEIGHBOURS.get(lang, lang))
        for w in [spelt for word in words.split() for spelt in _spellings(word)]:
            hits = table.setdefault(w, [])
            if n not in hits:
                hits.append(n)
    return {w: tuple(v) for w, v in table.items()}


#: Words that only pick one language of a pair (:func:`_pick`), not vote: a third language
#: spells them so too (Swedish "efter", "blev", "sig", "mig", "dig"), or they are too rare to vote. Norwegian and
#: Danish spell these otherwise (Danish "nu", "lidt", "måske", "tilbage", "fik", "gik", "sagde", "fået", "vores",
#: "endnu", "alligevel", "os" where Norwegian writes "nå", "litt", "kanskje", "tilbake", "fikk", "gikk", "sa",
#: "fått", "våre", "ennå", "likevel", "oss"), and Nynorsk writes "eg", "ho", "dei", "ein", "eit", "vere", "korleis",
#: "kvar", "kven", "mykje", "seier", "meiner", "fekk", "gjekk", where Danish writes "jeg", "hun", "de", "en", "et",
#: "være", "hvordan", "hver", "hvem", "meget", "siger", "mener", "fik", "gik" ("ein", "eg", "dei", "sa", "oss" are
#: German's, Italian's or Swedish's words too: they pick, never vote). "at" is not Danish's alone: Norwegian writes it
#: as its "that" ("vedtok at ..."), only the infinitive's "å" is Norwegian's own (see the "no" list), and a Nynorsk
#: sentence with "at" and one "av" was Danish by it.
_PICK_WORDS: dict[str, str] = {
    "da": "blev efter sig mig dig nu lidt måske tilbage fik gik sagde fået vores endnu alligevel os",
    "no": "at litt kanskje tilbake fikk gikk sa fått våre ennå likevel oss eg ho dei ein eit vere korleis kvar kven "
    "mykje seier meiner fekk gjekk",
}


@lru_cache(maxsize=1)
def _own_words() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """Neighbour -> (the language voting with it, the neighbour's own words, that language's own
    words): the profile (and pick) words only one of the two has."""
    out = {}
    for lang, neighbour in _NEIGHBOURS.items():
        mine = set(_PROFILE_WORDS[lang].split()) | set(_PICK_WORDS.get(lang, "").split())
        theirs = set(_PROFILE_WORDS[neighbour].split()) | set(_PICK_WORDS.get(neighbour, "").split())
        out[neighbour] = (lang, frozenset(theirs - mine), frozenset(mine - theirs))
    return out


#: Letters only one language of a pair writes, by the pair's neighbour: (the neighbour's own, the language voting with
#: it's own). Czech writes ě ř ů in nearly every sentence and never ä ľ ĺ ŕ ô; Slovak the reverse. A short Slovak
#: page has few of the words only Slovak spells so ("sa", "sú", "pre", "aj"), and with as many of them as of Czech's
#: own (none, often) the pair's votes went to Czech and its Czech tables missed the Slovak residue ("Súvisiace
#: články", "Komentáre", "Odpovedať"). The letters decide where one side writes three and the other none (a Czech
#: page naming Ľubomír, a Slovak one naming Dvořák, still go by their words). Norwegian and Danish write the same
#: letters: their words alone tell them.
_PAIR_LETTERS: dict[str, tuple[str, str]] = {"cs": ("ěřů", "äľĺŕô")}
PAIR_LETTERS_MIN = 3


def _pick(winner: str, words: list[str], sample: str = "") -> str:
    """``winner``, or the language voting with it when more of the sample's words are that
    language's own than ``winner``'s own ("ble", "etter", "å" against "blev", "efter", "at"); where the pair writes
    letters of its own (``_PAIR_LETTERS``), ``PAIR_LETTERS_MIN`` of one side's and none of the other's decide first."""
    pair = _own_words().get(winner)
    if pair is None:
        return winner
    lang, theirs, mine = pair
    letters = _PAIR_LETTERS.get(winner)
    if letters is not None and sample:
        text = lower(sample[:PROFILE_CHARS])
        winner_letters = sum(map(text.count, letters[0]))
        lang_letters = sum(map(text.count, letters[1]))
        if lang_letters >= PAIR_LETTERS_MIN and not winner_letters:
            return lang
        if winner_letters >= PAIR_LETTERS_MIN and not lang_letters:
            return winner
    if sum(w in mine for w in words) > sum(w in theirs for w in words):
        return lang
    return winner


def _profile_words(sample: str) -> list[str]:
    """The words of a lower-cased sample, punctuation blanked out."""
    return _profile_blanked(sample).split()


def _profile_blanked(sample: str) -> str:
    """A lower-cased sample with its punctuation blanked out (a byte table for ASCII text: several times faster
    than the regex): :func:`_profile_words` are its words."""
    if sample.isascii():
        return sample.encode("ascii").translate(_PUNCT_BYTES).decode("ascii")
    if _BLANK is not None:
        return _BLANK(sample, _PROFILE_PUNCT)
    # (as _PUNCT.sub; blank_punctuation scans for each wide character itself: no need to find them first)
    return blank_punctuation(sample, _PUNCT_WIDE, _PUNCT_BYTES)


# Pairs that split the votes of the words they share: Russian and Ukrainian (в, на, не, а, по …),
# Swedish and Danish with Norwegian (i, den, har, med, som …). The letters only one of a pair
# writes tell whose those votes are: ы э ъ are Russian's, і ї є ґ Ukrainian's; ä ö Swedish's, æ ø
# Danish and Norwegian's (å is all three's); Czech and Polish (na, to, po, za, do, ale …): ě ř ů are
# Czech's, ą ę ł ń ś ź ż Polish's; Lithuanian and Latvian (ir, kad, bet, jau …): ą ę ė į ų are Lithuanian's,
# ā ē ī ķ ļ ņ ģ Latvian's; Finnish and Estonian: Estonian's õ and ü give it Finnish's votes (on "ja", "on", "ei",
# which only the Finnish list holds).
_LETTER_PAIRS: tuple[tuple[str, frozenset[str], str, frozenset[str]], ...] = (
    ("ru", frozenset("ыэъ"), "uk", frozenset("іїєґ")),
    ("sv", frozenset("äö"), "da", frozenset("æø")),
    ("cs", frozenset("ěřů"), "pl", frozenset("ąęłńśźż")),
    ("lt", frozenset("ąęėįų"), "lv", frozenset("āēīķļņģ")),
    ("fi", frozenset(), "et", frozenset("õü")),
)
_LETTER_PAIRS_AT = tuple((_LANGS.index(a), al, _LANGS.index(b), bl) for a, al, b, bl in _LETTER_PAIRS)


# Croatian and Slovenian share their prepositions and particles with Czech, Slovak and Polish ("je", "se",
# "na", "v", "z", "za", "od", "do", "pri", "že"): those vote for the northern languages alone, and a Slovenian
# page read as Czech got the Czech tables. A text that writes č, š, ž (or Croatian's ć, đ) is written with its
# diacritics; Polish writes none of those letters, and Czech and Slovak write their long and soft vowels in
# every sentence (á é í ý ú, ě ř ů, ô ä ľ), more of them than of č, š, ž: a text with three of the southern
# letters and fewer than half as many of a northern language's own (or one or two and none of its own) is not that
# language (a Croatian page naming Dvořák still is Croatian), and its shared words' votes go to the southern language
# with more votes of its own: a short Slovenian or Croatian text has only two or three of its own words ("tudi",
# "bodo"; "će", "u"), which fell short of a clear answer once "je", "na", "se", "za" counted for no one.
_SOUTH_LETTERS = "čšžćđ"
_SOUTH_AT = (_LANGS.index("hr"), _LANGS.index("sl"))
_BALTIC_LETTERS = "āēīūķļņģėįų"
_NORTH_LETTERS: tuple[tuple[int, str], ...] = (
    (_LANGS.index("cs"), "áéíýúěřůôäľĺŕťď"),
    (_LANGS.index("pl"), "ąęłńśźż"),
)


# Bulgarian and Serbian share their prepositions and conjunctions ("и", "на", "за", "по", "до", "не") with Russian,
# whose list alone holds them (a share of them would cost a Russian page its votes): a Cyrillic text's letters tell
# whose votes they are. Russian writes ы and э, Ukrainian і, ї, є, ґ, Serbian ј, љ, њ, ћ, ђ, џ, in every few
# sentences; Bulgarian writes none of them. A language with votes but fewer than three of its letters (a Bulgarian page
# naming Быков) gives them to the one language whose letters the text has (three at least), or to Bulgarian when
# no language's are there.
_CYRILLIC_LETTERS: tuple[tuple[str, str], ...] = (("ru", "ыэ"), ("uk", "іїєґ"), ("sr", "јљњћђџ"))
_CYRILLIC_AT = tuple((_LANGS.index(lang), letters) for lang, letters in _CYRILLIC_LETTERS)
_BG_AT = _LANGS.index("bg")

# Macedonian writes ѓ, ќ, ѕ (ќ in its future "ќе", in nearly every sentence), which no other language here writes, and
# never й, щ, ъ, ь, ю, я (Russian's, Ukrainian's and Bulgarian's in every line), ы, э, ё, і, ї, є, ґ, nor Serbian's ђ,
# ћ. A Cyrillic text with three of its letters and fewer of the others (or two and none of the others: a notice with
# few future tenses) is Macedonian: the words it shares with Russian, Serbian and Bulgarian ("и", "на", "што", "од",
# "е") give their votes to it. A text with three of the others and as many of its own or fewer (a Russian or a
# Bulgarian page's "со", "така") gives Macedonian none.
_MK_LETTERS = "ѓќѕ"
_NOT_MK_LETTERS = "йщъьюяыэёіїєґђћ"
_MK_AT = _LANGS.index("mk")
_RU_AT = _LANGS.index("ru")
_TO_MK = tuple(_LANGS.index(lang) for lang in ("ru", "uk", "bg", "sr"))

#: Letters that rule out a language's votes (so many of them at least, and none of the letters that keep it): a
#: Catalan text's "a", "és" voted Hungarian, which writes ő and ű in every few sentences and never à, è, ò, ç; a
#: Latvian text's "un" voted Italian, which never writes ā, ē, ī, ķ, ļ, ņ, ģ (5% of a Latvian text's letters; an
#: Italian page naming Rīga has one or two); a Catalan text's "per", "un" voted Italian, which writes ì and ù and never
#: ç, · or ï (nor the ó of Catalan's "-ció"); an Estonian text's "et" (its "that") voted French, which never writes õ
#: and seldom ä or ö, and writes é, è, à or ç in every sentence.
_VOTES_RULED_OUT: tuple[tuple[str, str, int, str], ...] = (
    ("hu", "àèòç", 2, "őű"), ("it", "āēīķļņģ", 8, ""), ("it", "çó·ï", 3, "ìù"), ("fr", "õäö", 3, "éèàç"),
)
_VOTES_RULED_OUT_AT = tuple(
    (_LANGS.index(lang), letters, least, keep) for lang, letters, least, keep in _VOTES_RULED_OUT
)
_SR_AT = _LANGS.index("sr")

#: s44: Icelandic writes ð and þ (about 6% of its letters together), which no other language here writes; its
#: words it shares with Danish, Norwegian and Swedish ("og", "er", "til", "sem", "af", "en") vote for them, so a short
#: Icelandic page with few words of its own was told Norwegian. A text whose letters are ``_IS_SHARE`` ð and þ or
#: more (``_IS_LEAST`` at least) gives those votes to Icelandic; a Danish page naming Þórsson and Guðmundsdóttir
#: holds a few in thousands of letters.
_IS_LETTERS = "ðþ"
_IS_LEAST = 4
_IS_SHARE = 0.01
_IS_AT = _LANGS.index("is")
_TO_IS = tuple(_LANGS.index(lang) for lang in ("da", "sv"))  # (Norwegian votes as Danish: _NEIGHBOURS)


def _cyrillic_votes(text: str, scores: list[float]) -> None:
    """Give the votes of the Cyrillic languages a text lacks the letters of to the one it writes
    (see ``_CYRILLIC_LETTERS``)."""
    if text.isascii():
        return
    present: list[int] = []
    absent: list[int] = []
    for n, letters in _CYRILLIC_AT:
        if scores[n]:
            count = sum(map(text.count, letters))
            (present if count >= 3 else absent).append(n)
    if not absent:
        return
    if len(present) == 1:
        to = present[0]
    elif not present and scores[_BG_AT]:
        to = _BG_AT
    else:
        return
    for n in absent:
        scores[to] += scores[n]
        scores[n] = 0.0


#: The words that tell Macedonian from Serbian where neither's own letters do (a Serbian text with no ћ, ђ, a Macedonian
#: one with no ѓ, ќ, ѕ: the two alphabets differ in those five letters alone): Macedonian's "во", "е", "со", "дека",
#: "кога", "тоа" against Serbian's "у", "је", "су", "са", "када", "који"; the words both write ("се", "од", "што",
#: "пред", "има", "може", "ја") tell nothing.
_MK_WORDS = frozenset((
    "во", "е", "со", "дека", "го", "тоа", "оваа", "овој", "овие", "тие", "таа", "тој", "кој", "кое", "кои", "нив",
    "уште", "преку", "околу", "кога", "каде", "така", "многу", "сите", "биле",
))
_SR_WORDS = frozenset((
    "у", "је", "су", "са", "који", "која", "које", "ће", "није", "као", "још", "после", "након", "између", "бити",
    "био", "јер", "када", "тако", "његов", "њихов", "код",
))


def _macedonian_votes(text: str, scores: list[float], words: list[str]) -> None:
    """Give the Cyrillic languages' votes to Macedonian where the text writes its letters (or, where it writes no
    letter that tells it from Serbian, more of its words than of Serbian's: see ``_MK_WORDS``), or take its votes
    where the text writes the letters it never does (see ``_MK_LETTERS``)."""
    if text.isascii():
        return
    own = sum(map(text.count, _MK_LETTERS))
    other = sum(map(text.count, _NOT_MK_LETTERS))
    if (own >= 3 and other < own) or (own >= 2 and not other) or _macedonian_by_words(text, words, other):
        for n in _TO_MK:
            scores[_MK_AT] += scores[n]
            scores[n] = 0.0
    elif other >= 3 and other >= own:
        scores[_MK_AT] = 0.0


def _macedonian_by_words(text: str, words: list[str], other: int) -> bool:
    """Whether a text that writes a letter only Macedonian and Serbian write (ј, љ, њ, џ: never a Russian "во вторник
    со ним") and none Macedonian never writes (but for a quoted Serbian sentence's one or two ћ, ђ) holds two of
    Macedonian's words at least (``_MK_WORDS``), and more of them than of Serbian's."""
    if (other and (other >= 3 or other != sum(map(text.count, "ђћ")))) or not any(c in text for c in "јљњџ"):
        return False
    mk = sum([w in _MK_WORDS for w in words])
    return mk >= 2 and mk > sum([w in _SR_WORDS for w in words])


def _croatian_letters(text: str) -> bool:
    """eastern44: whether ``text`` writes đ, or ć with none of Polish's own letters (Polish writes ć too): a short
    Croatian page with none of Croatian's own function words ("Policija je uhitila …", "Pratite nas na …") had its
    shared words' votes ("je", "na", "za") go to Czech, whose tables read it; its ć and đ give them to Croatian."""
    return "đ" in text or ("ć" in text and not any(c in text for c in "ąęłńśźż"))


def _rule_out_by_letters(text: str, scores: list[float]) -> None:
    """Zero the votes of the northern Slavic languages a text in the southern ones' letters cannot be
    (see ``_SOUTH_LETTERS``)."""
    if text.isascii() or not _holds_at_least(text, _SOUTH_LETTERS, 1):
        return
    south = sum(map(text.count, _SOUTH_LETTERS))
    hr, sl = scores[_SOUTH_AT[0]], scores[_SOUTH_AT[1]]
    # (the votes of the words they share go to the southern language with more votes of its own; none where the two
    # have as many, or the text writes a Baltic letter: Lithuanian and Latvian write č, š, ž too, and "su", "kad")
    to = -1 if hr == sl or any(c in text for c in _BALTIC_LETTERS) else _SOUTH_AT[0] if hr > sl else _SOUTH_AT[1]
    if to < 0 and not hr and not sl and _croatian_letters(text):
        to = _SOUTH_AT[0]
    for n, own in _NORTH_LETTERS:
        # (one or two of the southern letters, and none of the northern language's: a short Slovenian results page,
        # "Celje je doma igralo neodločeno s Koprom.", which Czech writes with its long vowels in every few words)
        if scores[n] and (2 * sum(map(text.count, own)) < south if south >= 3 else not any(c in text for c in own)):
            if to >= 0:
                scores[to] += scores[n]
            scores[n] = 0.0


@lru_cache(maxsize=1)
def _vote_kernel_table() -> Any:
    """:func:`_vote_shares` as the C kernel's table (see :func:`_vote_count`)."""
    assert _VOTE_TABLE is not None
    return _VOTE_TABLE(_vote_shares(), len(_LANGS))


@lru_cache(maxsize=1)
def _vote_shares() -> dict[str, tuple[tuple[int, float], ...]]:
    """:func:`_vote_table` with each language's share of a word's vote: (index, 1 / languages)."""
    return {w: tuple((n, 1.0 / len(hit)) for n in hit) for w, hit in _vote_table().items()}


# The last sample's votes: a document asks for its language, then (when there is no clear answer) for the
# language its words lean to, both from the same sample (see ``Context.vocab_languages``).
_last_votes: tuple[str, list[str], list[float]] | None = None


def _votes(sample: str, lowered: str | None = None) -> tuple[list[str], list[float]]:
    """The words of ``sample`` (lower-cased, its profile's share) and each language's function-word votes
    (fresh lists: a caller may change them). ``lowered``: ``lower(sample[:PROFILE_CHARS])`` when the
    caller has it."""
    global _last_votes
    last = _last_votes
    if last is not None and last[0] == sample:
        return list(last[1]), list(last[2])
    text = lower(sample[:PROFILE_CHARS]) if lowered is None else lowered
    words = _profile_words(text)
    votes = _vote_shares()
    scores = [0.0] * len(_LANGS)
    for w in words:  # the function words, in order (a plain loop: compiled, no Python call a word)
        hit = votes.get(w)
        if hit is not None:
            for n, share in hit:
                scores[n] += share
    _letters_votes(text, scores, words)
    _last_votes = (sample, words, scores)
    return list(words), list(scores)


def _vote_count(sample: str, lowered: str | None = None) -> tuple[int, list[float]]:
    """How many words :func:`_votes` reads and its votes, without the words where the C kernel was built
    (``cleaner/_kernels.c``: the words are looked up by their characters, no str object made a word; the
    same additions in the same order give the same floats). The words, where a judgement needs them
    (close rivals, a neighbour pair), come from :func:`_votes`."""
    if _VOTE_WORDS is None:
        words, scores = _votes(sample, lowered)
        return len(words), scores
    last = _last_votes
    if last is not None and last[0] == sample:
        return len(last[1]), list(last[2])
    text = lower(sample[:PROFILE_CHARS]) if lowered is None else lowered
    count, scores = _VOTE_WORDS(_profile_blanked(text), _vote_kernel_table())
    _letters_votes(text, scores, None)
    return count, scores


def _letters_votes(text: str, scores: list[float], words: list[str] | None) -> None:
    """Move or drop votes by the letters ``text`` (the lower-cased profile) writes (``words``: its words, or None
    to split them here where a rule needs them)."""
    for a, a_letters, b, b_letters in _LETTER_PAIRS_AT:
        if scores[a] and scores[b]:  # (a few C-speed scans: cheaper than the set of the text's letters)
            has_a, has_b = any(c in text for c in a_letters), any(c in text for c in b_letters)
            if has_a and not has_b:  # (the shared words' votes are the language whose letters the text has)
                scores[a], scores[b] = scores[a] + scores[b], 0.0
            elif has_b and not has_a:
                scores[b], scores[a] = scores[b] + scores[a], 0.0
    if scores[_SOUTH_AT[0]] or scores[_SOUTH_AT[1]] or _croatian_letters(text):
        _rule_out_by_letters(text, scores)
    if scores[_MK_AT] or scores[_SR_AT] or scores[_RU_AT]:  # (Macedonian's words may have voted Serbian or Russian)
        _macedonian_votes(text, scores, _profile_words(text) if words is None else words)
    if scores[_BG_AT] or scores[_SR_AT]:
        _cyrillic_votes(text, scores)
    if any(scores[n] for n in _TO_IS) and _holds_at_least(text, _IS_LETTERS, _IS_LEAST):
        _icelandic_votes(text, scores)
    for n, letters, least, keep in _VOTES_RULED_OUT_AT:
        if (
            scores[n]
            and not text.isascii()
            and _holds_at_least(text, letters, least)
            and not any(c in text for c in keep)
        ):
            scores[n] = 0.0


def _icelandic_votes(text: str, scores: list[float]) -> None:
    """Give Danish's votes (Norwegian's with them) and Swedish's to Icelandic where ð and þ make up ``_IS_SHARE``
    of the letters."""
    if sum(map(text.count, _IS_LETTERS)) >= _IS_SHARE * sum(map(str.isalpha, text)):
        for n in _TO_IS:
            scores[_IS_AT], scores[n] = scores[_IS_AT] + scores[n], 0.0


def guess_by_stopwords(sample: str, lowered: str | None = None) -> str | None:
    """The language whose function words clearly dominate ``sample``, else None.

    A function word shared by several languages ("de", "la", "en") splits its vote
    between them, so related languages do not drown each other out. Clear means: the
    winner's votes reach 8% of the words and 1.5 times the runner-up's, or a sister language's
    close votes come from the words the two share (:func:`_clear_margin`). A pair of close
    neighbours (``_NEIGHBOURS``: Slovak and Czech, Norwegian and Danish) votes as one, and
    the words only one of them has pick it. Cheap enough to run on every document.
    ``lowered``: ``sample``'s first ``PROFILE_CHARS`` characters lower-cased, when the caller has them.
    """
    count, scores = _vote_count(sample, lowered)
    if count < 20:
        return None
    first = _first(scores)
    words: list[str] | None = None  # (asked for only where a judgement reads them: most pages need none)
    if scores[first] < 0.08 * count:
        if scores[first] < _CLEAR_SHARE[first] * count:
            return None
        if count < _LOW_SHARE_MIN_WORDS or scores[first] < 2 * _runner_up(scores, first):
            return None  # (a short Spanish page's "de", "el", "ha" are Hungarian's words too: no answer)
    if _rivals(scores, first):
        if words is None:
            words = _votes(sample, lowered)[0]
        if not _clear_margin_of(words, scores, first):
            return None
    winner = _LANGS[first]
    if winner in _own_words():
        winner = _pick(winner, _votes(sample, lowered)[0] if words is None else words, sample)
    return _ruled_out(winner, sample)


#: The share of a sample's words a language's function words must reach for a clear answer: 8%, and 5.5% for the
#: languages that say with endings what others say with function words (Finnish, Estonian, Hungarian, Turkish,
#: Latvian, Lithuanian) or whose short words are the Romance languages' too and vote for them (Romanian). A news page
#: in those languages, its menus and footer with it, reaches 6-8% ("Liinil on kolm peatust", "Haber Kaynağı"): under
#: 8% the passes judged it without its stopwords and with the tables its few votes leaned to.
_LOW_SHARE_LANGS = frozenset({"fi", "et", "hu", "tr", "lv", "lt", "ro"})
#: Under 8%, the sample runs 60 words or more and the winner has twice the runner-up's votes (a short page of another
#: language shares a few of its words: a Spanish Q&A's "de", "el", "ha" are Hungarian's too).
_LOW_SHARE_MIN_WORDS = 60
_CLEAR_SHARE: tuple[float, ...] = tuple(0.055 if lang in _LOW_SHARE_LANGS else 0.08 for lang in _LANGS)


def _rivals(scores: list[float], first: int) -> bool:
    """Whether another language comes close to ``first`` (:func:`_clear_margin_of`'s rivals: none, a clear win)."""
    top = scores[first]
    close = False
    for n in range(len(scores)):  # (a plain loop: compiled, no generator a document)
        if n != first and 1.5 * (scores[n] if scores[n] > 1.0 else 1.0) > top:
            close = True
            break
    return close


def _first(scores: list[float]) -> int:
    """The language with the most votes, the first of equal ones: what ``sorted(range(len(scores)),
    key=scores.__getitem__, reverse=True)[0]`` gives (a stable sort), without a Python call a language."""
    best = 0
    for n in range(1, len(scores)):
        if scores[n] > scores[best]:
            best = n
    return best


def _clear_margin(words: list[str], scores: list[float], order: list[int]) -> bool:
    """The language first in ``order`` (by ``scores``) wins clearly: 1.5 times the votes of each other language,
    or of each that comes closer, 1.5 times its votes on the words that tell the two apart. A word the two
    share gives each the same share of its vote, and so only pulls their ratio towards one: a short Spanish
    page's "la", "una", "del", "al" vote Italian as much as Spanish, and its "de" and "a" vote Hungarian (the
    words that tell them apart: "y", "el", "en", "que" against "un", "e"; "y", "la", "que" against "de", "ha").
    The rival's votes on those words stay under ``LEAN_MIN_VOTES`` (too few for a lean of their own): a page of
    two languages (English notes over Czech sentences) has many of each and stays without a clear answer."""
    return _clear_margin_of(words, scores, order[0])


def _clear_margin_of(words: list[str], scores: list[float], first: int) -> bool:
    """:func:`_clear_margin` of the language ``first``: its rivals are every other language that comes close
    (which of them is judged first changes nothing)."""
    top = scores[first]
    # (``max(scores[n], 1.0)`` written out: a language a document, the call costs more than the test)
    rivals = [n for n in range(len(scores)) if n != first and 1.5 * (scores[n] if scores[n] > 1.0 else 1.0) > top]
    if not rivals:
        return True
    shares = _vote_shares()
    mine = [0.0] * len(rivals)
    theirs = [0.0] * len(rivals)
    for w in words:
        hit = shares.get(w)
        if hit is None:
            continue
        langs = [n for n, _share in hit]
        for k, rival in enumerate(rivals):
            if first in langs:
                if rival not in langs:
                    mine[k] += hit[0][1]
            elif rival in langs:
                theirs[k] += hit[0][1]
    return all(m >= 1.5 * max(t, 1.0) and t < LEAN_MIN_VOTES for m, t in zip(mine, theirs, strict=True))


#: :func:`lean_by_stopwords`: the fewest votes, and the least share of the words, a lean needs.
LEAN_MIN_VOTES = 4.0
LEAN_MIN_SHARE = 0.03
#: ... or fewer votes, this many at least, where no other language has a third of them: a short text (two or three
#: lines) in a language whose list holds only its own words ("mukaan", "myös"; "את", "כי", "גם") has two or three,
#: and nothing else votes.
LEAN_UNOPPOSED_VOTES = 2.0
#: ... and where the other languages' votes come from words they share with the first (:func:`_opposition`), this many
#: distinct words voting for it (never one or two words repeated), with votes of this share of the words at least (a
#: clear answer's, :func:`guess_by_stopwords`: as dense as a sentence has them, not thinned out by links and names).
LEAN_SHARED_MIN_WORDS = 3
LEAN_SHARED_MIN_SHARE = 0.08


def lean_by_stopwords(sample: str) -> str | None:
    """The language ``sample`` leans to when :func:`guess_by_stopwords` cannot tell: a page of
    lists, tables and headings has too few function words for a clear answer, but the few
    it has still point one way ("1a etapa: 10 de março", "Calendário da Stock Car").

    The winner needs ``LEAN_MIN_VOTES`` votes (or ``LEAN_UNOPPOSED_VOTES`` where no other language has a
    third as many: a short text), ``LEAN_MIN_SHARE`` of the words and a clear margin over the runner-up
    (:func:`_clear_margin`; a clear answer needs 8% of the words and 20 words). Only the residue
    vocabularies follow a lean (see ``Context.vocab_languages``); prose is still judged without a
    stopword list.
    """
    words, scores = _votes(sample)
    first = _first(scores)
    top = scores[first]
    if top < LEAN_MIN_VOTES and (top < LEAN_UNOPPOSED_VOTES or _opposition(words, scores, first) * 3 > top):
        return None
    if top >= LEAN_MIN_SHARE * len(words) and _clear_margin_of(words, scores, first):
        return _ruled_out(_pick(_LANGS[first], words, sample), sample)
    return None


#: the letters a lean's language writes in most texts of a few sentences (``lean_checked``)
_LEAN_LETTERS: dict[str, str] = {
    "hu": "őűá", "pt": "ãõçê", "es": "ñ¿¡ó", "fr": "èêàçù", "it": "àèìòù", "de": "äöüß", "nl": "ĳéë", "cs": "ěřůčš",
    "sk": "ľĺŕôäčš", "pl": "ąęłńśźż", "ro": "ăâîșțşţ", "tr": "ığşç", "da": "æøå", "no": "æøå", "sv": "åäö",
    "fi": "äö", "et": "õäöü", "lv": "āēīķļņģ", "lt": "ąęėįųū", "hr": "čćžšđ", "sl": "čžš", "ca": "çàèòï·",
}
#: ``unplaced``: the votes of a language other than English that make langdetect worth asking, or the share of the
#: sample's letters outside ASCII (a page of Estonian or Finnish headings has few function words, but its letters)
UNPLACED_MIN_VOTES = 1.0
UNPLACED_MIN_FOREIGN = 0.01


def lean_checked(lang: str, sample: str) -> bool:
    """Whether a lean to ``lang`` is worth checking with langdetect: the sample writes none of the letters that
    language writes in most texts (``_LEAN_LETTERS``: a Spanish page's shared words lean Hungarian, with no "ő" or
    "ű"; a Portuguese page's lean, with its "ã" and "ç", is left alone: langdetect costs more than cleaning)."""
    letters = _LEAN_LETTERS.get(lang)
    if letters is None:
        return False
    text = lower(sample[:PROFILE_CHARS])
    return not any(c in text for c in letters)


def worth_detecting(sample: str) -> bool:
    """Whether a sample neither a clear answer nor a lean places is worth langdetect's time: a language other than
    English has ``UNPLACED_MIN_VOTES`` of its function-word votes and ``LEAN_MIN_SHARE`` of its words, or
    ``UNPLACED_MIN_FOREIGN`` of its letters are outside ASCII, and English has not the most votes (a recipe's
    ingredients or a box score's names, two hundred words with a stray "a", are read with the English tables without
    asking)."""
    words, scores = _votes(sample)
    first = _first(scores)
    if scores[first] > 0 and _LANGS[first] == "en":
        return False
    top = max((v for n, v in enumerate(scores) if _LANGS[n] != "en"), default=0.0)
    if top >= UNPLACED_MIN_VOTES and top >= LEAN_MIN_SHARE * len(words):
        return True
    text = sample[:PROFILE_CHARS]
    letters = sum(c.isalpha() for c in text)
    foreign = sum(c.isalpha() and not c.isascii() for c in text)
    return letters > 0 and foreign >= UNPLACED_MIN_FOREIGN * letters


def _runner_up(scores: list[float], first: int) -> float:
    """The most votes of a language other than ``first``."""
    return max([v for n, v in enumerate(scores) if n != first], default=0.0)


def _opposition(words: list[str], scores: list[float], first: int) -> float:
    """The votes that oppose a short text's lean to ``first``: :func:`_runner_up`'s, or, where the text's votes for
    ``first`` are as a sentence of it has them (``LEAN_SHARED_MIN_WORDS`` distinct words, ``LEAN_SHARED_MIN_SHARE`` of
    the words), its function words that do not vote ``first`` (each a whole word against it, however many languages
    share it), when those are fewer.

    A word two languages share gives each the same share, and so opposes neither: a Spanish sentence's three "el"
    (Hungarian's "el" too) gave Hungarian half of Spanish's votes on its own words, and a one-sentence Spanish,
    Portuguese, Polish or Dutch text no lean ("El ayuntamiento aprobó el martes el cierre del viejo puente ...": "el",
    "del", "por", "la", every one another list's too). But shared words say that much only as a sentence has them:
    a Czech page's two sentences among its footer's links (five "a", one "pro", one "o" in 63 words: its footer's
    links, told Czech, then lost the group that made them a footer), a sentence's one or two words repeated ("na",
    "o", "na"), a list's "de la de la de la en el en el" (no sentence of any language). And a word none of ``first``'s
    votes explains counts whole against it: the list's three "de" (six languages' "de", a sixth of a vote each) are
    three words Spanish's list has not. The figure never exceeds :func:`_runner_up`'s: a lean only ever comes more
    easily than by it. The letters' moves (``_LETTER_PAIRS``, ``_rule_out_by_letters``) are in ``scores``: a word
    voting only languages they zeroed opposes nothing."""
    runner = _runner_up(scores, first)
    if not runner or scores[first] < LEAN_SHARED_MIN_SHARE * len(words):
        return runner
    shares = _vote_shares()
    mine: set[str] = set()
    against = 0.0
    for w in words:
        hit = shares.get(w)
        if hit is None:
            continue
        if any(n == first for n, _share in hit):
            mine.add(w)
        elif any(scores[n] for n, _share in hit):
            against += 1.0
    return runner if len(mine) < LEAN_SHARED_MIN_WORDS else min(against, runner)


#: Letters that rule a language out whatever its function words say: Assamese writes its own ৰ and ৱ where
#: Bengali writes র and ব, and shares many short words with it ("এই", "না", "কিন্তু"); Macedonian's ѓ, ќ, ѕ rule out
#: Bulgarian, Serbian and Russian (a short Macedonian text with too few of them to give it their votes).
_RULED_OUT: dict[str, str] = {"bn": "ৰৱ", "bg": "ыэёјћђљњџіїєќѓѕ", "sr": "ыэёіїєќѓѕ", "ru": "ќѓѕ"}


def _ruled_out(lang: str, sample: str) -> str | None:
    """``lang``, or None where three of the letters ``_RULED_OUT`` names for it stand in ``sample``'s profile."""
    letters = _RULED_OUT.get(lang)
    if letters is None:
        return lang
    return None if _holds_at_least(sample[:PROFILE_CHARS], letters, 3) else lang


def _holds_at_least(text: str, letters: str, least: int) -> bool:
    """``sum(map(text.count, letters)) >= least``, for ``least`` of 1 or more: most texts hold none of the
    letters, which a C-speed scan a letter tells (``str.count`` compares every character)."""
    if not any(c in text for c in letters):
        return False
    return sum(map(text.count, letters)) >= least


#: Letters only one supported language writes, and those that rule it out: Turkish's dotless ı and
#: soft ğ (Azerbaijani, which writes them too, has its ə). Turkish says with suffixes what others say
#: with function words, so a short Turkish page rarely gives :func:`guess_by_stopwords` a clear
#: answer; its letters do (3-9% of a Turkish page's letters are ı or ğ; a page quoting a Turkish
#: name has a few). Polish writes ą ę ł ń ś ź ż, which no other supported language does (about 5% of a
#: Polish page's letters; a short Polish page of results or lists has too few function words for a clear
#: answer); Czech, Slovak, Croatian, Lithuanian and Latvian letters rule it out (a Czech ě, ř, a Croatian č).
#: Finnish writes ä and ö (about 4% of a Finnish page's letters), and says with case endings what others say with
#: function words (a short Finnish page has few); Swedish (å), German (ü, ß), Estonian (õ, ü), Hungarian (ő, é, á),
#: Turkish (ü, ş, ı) and Slovak (á, é, í) write them too, with letters of their own that rule Finnish out.
#: Latvian writes ā ē ī ķ ļ ņ ģ (about 6% of its letters), Lithuanian ą ę ė į ų (about 3%), none of which another
#: supported language writes (Polish's ą ę come with its ł ń ś ź ż); both say with case endings what others say with
#: function words, and a short page of either has few (pinyin's tone marks ǎ ǐ ǒ ǔ rule Latvian out).
_OWN_LETTERS: tuple[tuple[str, str, str], ...] = (
    ("tr", "ığ", "ə"),
    ("pl", "ąęłńśźż", "čšžřůěňďťľĺŕėįųāēīķļņģ"),
    ("fi", "äö", "åüõßőűøæçşğıéáíóúàèâêôûëï"),
    ("lv", "āēīķļņģ", "ąęėįųõäöüåøæłńśźżőűßǎǐǒǔ"),
    ("lt", "ąęėįų", "āēīķļņģłńśźżõäöüőűß"),
)
#: :func:`guess_by_letters`: the fewest of a language's own letters, and their least share of the letters.
LETTERS_MIN = 8
LETTERS_MIN_SHARE = 0.015


def guess_by_letters(sample: str) -> str | None:
    """The language whose own letters (``_OWN_LETTERS``) make up ``LETTERS_MIN_SHARE`` of the
    letters of ``sample`` (and at least ``LETTERS_MIN`` of them), where no letter rules it out;
    else None. Cheap (a few C-speed counts); it runs where :func:`guess_by_stopwords` cannot tell."""
    text = lower(sample[:PROFILE_CHARS])
    if text.isascii():
        return None
    letters = 0
    for lang, own, ruled_out in _OWN_LETTERS:
        count = sum(map(text.count, own))
        if count < LETTERS_MIN or any(c in text for c in ruled_out):
            continue
        if not letters:
            letters = sum(map(str.isalpha, text))
        if count >= LETTERS_MIN_SHARE * letters:
            return lang
    return None


# Han (CJK ideographs, extension A, compatibility, the iteration and zero marks 々 〇) and kana
# (Hiragana, Katakana, their phonetic extensions, halfwidth Katakana): Chinese and Japanese.
_HAN = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_KANA_CHAR = re.compile(f"[{_KANA}]")
# A run of letters of any other script (Latin, Hangul, Cyrillic ...): one word of it.
_OTHER_WORD = re.compile(f"[^\\W\\d_{_HAN}{_KANA}]+")

#: :func:`guess_by_script`: the fewest Han and kana characters a guess needs, and the least
#: share of kana among them that makes the text Japanese.
SCRIPT_MIN_CHARS = 20
KANA_MIN_SHARE = 0.1


def guess_by_script(sample: str) -> str | None:
    """Chinese or Japanese, when Han and kana dominate ``sample``: "ja" when kana make up
    ``KANA_MIN_SHARE`` of them (every Japanese sentence has its particles and endings in
    Hiragana), else "zh" (simplified and traditional alike); Korean ("ko") when Hangul does;
    Thai ("th") when Thai does (:func:`_thai_dominates`), Hebrew ("he") when Hebrew does
    (:func:`_hebrew_dominates`); None otherwise.

    Han and kana dominate when there are at least ``SCRIPT_MIN_CHARS`` of them, and more words
    of them (two characters a word, as :func:`~cleaner.textstats.word_count` counts) than words
    in other scripts, so an English page quoting a Chinese name, a Korean page (Hangul, maybe a
    few Hanja) or a page half Latin is no Chinese. Hangul dominates (:func:`_hangul_dominates`)
    when it has ``SCRIPT_MIN_CHARS`` syllables and more words (Korean is spaced: a run of
    Hangul is a word) than all other scripts together, Han and kana counted as above: a
    Chinese or Japanese page quoting a Korean name stays theirs. Deterministic and cheap (a
    few regex scans of a bounded sample): it runs where :func:`guess_by_stopwords` cannot
    tell, never langdetect.
    """
    sample = sample[:PROFILE_CHARS]
    if sample.isascii():
        return None
    if not _may_hold_cjk(sample):
        return _thai_or_hebrew(sample)
    han = len(_HAN_CHAR.findall(sample))
    kana = len(_KANA_CHAR.findall(sample))
    chars = han + kana
    if chars < SCRIPT_MIN_CHARS or chars / 2 <= len(_OTHER_WORD.findall(sample)):
        if _hangul_dominates(sample, chars):
            return "ko"
        return _thai_or_hebrew(sample)
    return "ja" if kana >= KANA_MIN_SHARE * chars else "zh"


# Thai (its letters, vowel signs, digits and marks, U+0E01-U+0E5B; Lao has a block of its own): no other
# language here writes it. Thai is written without spaces between words, a space between clauses.
_THAI_CHAR = re.compile("[\u0e01-\u0e5b]")
_NON_THAI_WORD = re.compile("[^\\W\\d_\u0e01-\u0e5b]+")
_THAI_LEADS = (b"\xe0\xb8", b"\xe0\xb9")  # (the UTF-8 form of U+0E00-U+0E7F opens with one of them)


def _thai_dominates(sample: str) -> bool:
    """Whether Thai dominates ``sample``: ``SCRIPT_MIN_CHARS`` of its characters, and more of its words (two
    characters a word, as for Han) than words of other scripts (an English page naming a Thai dish is English)."""
    data = sample.encode("utf-8", "surrogatepass")
    if not any(lead in data for lead in _THAI_LEADS):
        return False
    thai = len(_THAI_CHAR.findall(sample))
    return thai >= SCRIPT_MIN_CHARS and thai / 2 > len(_NON_THAI_WORD.findall(sample))


def _thai_or_hebrew(sample: str) -> str | None:
    """"th" where Thai dominates ``sample``, "he" where Hebrew does, else None."""
    if _thai_dominates(sample):
        return "th"
    return "he" if _hebrew_dominates(sample) else None


# Hebrew (its letters, U+05D0-U+05EA; the points and cantillation marks are combining marks): no other language
# here writes it (Yiddish, which does, is none of them). Hebrew glues most of its function words to the next word
# as a prefix (ב, ל, ה, ו, מ, ש): a short page has too few of the words that stand alone for the stopword vote.
_HEBREW_CHAR = re.compile("[\u05d0-\u05ea]")
_HEBREW_WORD = re.compile("[\u05d0-\u05ea]+")
_NON_HEBREW_WORD = re.compile("[^\\W\\d_\u0590-\u05ff]+")
_HEBREW_LEAD = b"\xd7"  # (the UTF-8 form of U+05C0-U+05FF, the letters among them, opens with it)


def _hebrew_dominates(sample: str) -> bool:
    """Whether Hebrew dominates ``sample``: ``SCRIPT_MIN_CHARS`` of its letters, and more of its words than words
    of other scripts (Hebrew is spaced, as Korean: an English page quoting a Hebrew name is English)."""
    if _HEBREW_LEAD not in sample.encode("utf-8", "surrogatepass"):
        return False
    if len(_HEBREW_CHAR.findall(sample)) < SCRIPT_MIN_CHARS:
        return False
    return len(_HEBREW_WORD.findall(sample)) > len(_NON_HEBREW_WORD.findall(sample))


# UTF-8 lead bytes of every Han, kana and Hangul character (U+1100-U+11FF: E1, U+3005-U+9FFF: E3-E9,
# U+A960-U+D7FF: EA-ED, U+F900-U+FFDC: EF): a sample without any of them holds none of those characters.
_CJK_LEADS = (b"\xe1", b"\xe3", b"\xe4", b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9", b"\xea", b"\xeb", b"\xec",
              b"\xed", b"\xef")
_CJK_LEAD_CODES = tuple([lead[0] for lead in _CJK_LEADS])  # (as values: see textstats._UNSPACED_LEAD_CODES)


def _may_hold_cjk(sample: str) -> bool:
    """Whether ``sample`` may hold a Han, kana or Hangul character: False when the UTF-8 form holds no
    lead byte of one (a few C-speed byte scans, where each of the regexes of :func:`guess_by_script`
    scans the sample a character at a time: a Cyrillic, Greek or accented Latin page with no clear
    function-word answer is no Chinese, Japanese or Korean)."""
    data = sample.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _CJK_LEAD_CODES)


# Hangul: syllables, Jamo, compatibility Jamo, the Jamo extensions, halfwidth Jamo.
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uffa0-\uffdc"
_HANGUL_CHAR = re.compile(f"[{_HANGUL}]")
_HANGUL_WORD = re.compile(f"[{_HANGUL}]+")
# A run of letters of a script other than Hangul, Han and kana (Latin, Cyrillic ...): one word of it.
_NON_HANGUL_WORD = re.compile(f"[^\\W\\d_{_HAN}{_KANA}{_HANGUL}]+")


def _hangul_dominates(sample: str, cjk_chars: int) -> bool:
    """Whether Hangul dominates ``sample``: ``SCRIPT_MIN_CHARS`` of its characters, and more
    words of it than words of Latin or other scripts and of Han and kana (two characters a
    word) together ("文在寅 대통령은 …" with a few Hanja is Korean; "韩国总统尹锡悦（윤석열）…" is not)."""
    if len(_HANGUL_CHAR.findall(sample)) < SCRIPT_MIN_CHARS:
        return False
    return len(_HANGUL_WORD.findall(sample)) > len(_NON_HANGUL_WORD.findall(sample)) + cjk_chars / 2


def _get_factory() -> Any:
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

            factory = DetectorFactory()
            factory.load_profile(PROFILES_DIRECTORY)
            factory.set_seed(0)
            _factory = factory
        return _factory


@cache
def detectable(lang: str) -> bool:
    """Whether langdetect has a profile for ``lang`` (it has none for Serbian, Bosnian or Malay, say: it calls a
    Serbian sentence Macedonian, so its answer cannot overrule a lean to Serbian)."""
    return any(name.split("-")[0] == lang for name in _get_factory().get_lang_list())


# fallback35: scripts that one language alone writes among those pages come in, and that langdetect has no profile
# for (it calls an Armenian or a Georgian page Estonian, and has no answer for Amharic, Khmer or Burmese): the
# language reported where they make most of a sample's letters (what ``Result.language`` says; the passes never read
# it). By the first character of each block: Armenian, Georgian, Ethiopic, Khmer, Myanmar.
_OWN_SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("hy", "\u0531", "\u058f"), ("ka", "\u10a0", "\u10ff"), ("am", "\u1200", "\u139f"), ("km", "\u1780", "\u17ff"),
    ("my", "\u1000", "\u109f"),
)


def _own_script(sample: str) -> str | None:
    """The language of ``_OWN_SCRIPTS`` whose script writes more than half the letters of ``sample``, else None."""
    letters = [c for c in sample if c.isalpha() or "\u1000" <= c <= "\u17ff"]
    for lang, low, high in _OWN_SCRIPTS:
        if 2 * sum(1 for c in letters if low <= c <= high) > len(letters):
            return lang
    return None


def detect(sample: str) -> str | None:
    """langdetect's answer for a bounded sample, seeded; None when it cannot tell. A sample mostly in a script one
    language alone writes and langdetect has no profile for is told that language (``_OWN_SCRIPTS``)."""
    sample = sample[:SAMPLE_CHARS]
    if not sample.isascii() and (own := _own_script(sample)) is not None:  # fallback35
        return own
    if len(_WORD.findall(sample)) < 3:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    factory = _get_factory()
    try:
        detector = factory.create()
        detector.append(sample)
        lang: str = detector.detect()
    except LangDetectException:
        return None
    if lang == "unknown":
        return None
    return lang.split("-")[0]  # zh-cn -> zh: callers want ISO 639-1
