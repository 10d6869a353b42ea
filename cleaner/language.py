"""Language identification and stopword lists.

Two stages, because langdetect costs ~5 ms a call while cleaning a whole page should cost
about a millisecond:

1. a stopword profile of a bounded sample: when one supported language clearly dominates
   (European languages with distinctive function words), that is the answer;
2. otherwise langdetect, seeded for determinism, on a bounded sample, loaded lazily on
   first use and with its own factory (the global one is left alone).

Stopword lists come from jusText's stoplists (100 languages), filtered to plain words.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

#: Languages with residue vocabularies, mapped to jusText stoplist names.
SUPPORTED: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}

#: Other languages whose stopwords we use for prose detection when detected.
_EXTRA_STOPLISTS: dict[str, str] = {
    "ru": "Russian", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal",
    "fi": "Finnish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish",
    "id": "Indonesian", "ca": "Catalan", "uk": "Ukrainian", "el": "Greek", "hr": "Croatian",
    "sk": "Slovak", "sl": "Slovenian", "bg": "Bulgarian", "vi": "Vietnamese", "af": "Afrikaans",
}

SAMPLE_CHARS = 2000
_WORD = re.compile(r"\w+")
_PLAIN_WORD = re.compile(r"^\w+$")
_lock = threading.Lock()
_factory = None


@lru_cache(maxsize=64)
def stopwords(lang: str) -> frozenset[str]:
    """Lower-case stopwords of ``lang`` (ISO 639-1); empty for a language we have none for."""
    name = SUPPORTED.get(lang) or _EXTRA_STOPLISTS.get(lang)
    if name is None:
        return frozenset()
    import justext  # lazy: only needed once per language per process

    try:
        words = justext.get_stoplist(name)
    except (ValueError, OSError):
        return frozenset()
    return frozenset(w.lower() for w in words if _PLAIN_WORD.match(w))


@lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    """Union of the supported languages' stopwords: the safe choice for unknown text."""
    out: set[str] = set()
    for lang in SUPPORTED:
        out |= stopwords(lang)
    return frozenset(out)


@lru_cache(maxsize=1)
def _profile_words() -> dict[str, frozenset[str]]:
    """Short, distinctive function-word lists used to vote on the language."""
    return {
        "en": frozenset("the and of to in is that for with was on are it as by this be have from".split()),
        "de": frozenset("der die und das ist nicht mit den von zu ein eine auf für sich dem des auch".split()),
        "fr": frozenset("le la les et des est une dans pour pas que qui sur au avec du ce il sont".split()),
        "es": frozenset("el la los las y en que del por con una para es se al lo como más pero".split()),
        "it": frozenset("il la di che e per un una del della non sono gli le è si con al nel".split()),
        "pt": frozenset("o a os as de que e do da em um uma para com não no na por é ao".split()),
        "nl": frozenset("de het een en van is dat op te in niet met voor zijn ook aan er".split()),
    }


def guess_by_stopwords(sample: str) -> str | None:
    """The supported language whose function words clearly dominate ``sample``, else None.

    Clear means: at least 12% of the words are its function words and it scores at
    least 1.6 times the runner-up. Cheap enough to run on every document.
    """
    words = [w.lower() for w in _WORD.findall(sample[:SAMPLE_CHARS])]
    if len(words) < 20:
        return None
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _profile_words().items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 0.12 * len(words) and top >= 1.6 * max(second, 1):
        return best
    return None


def _get_factory():  # type: ignore[no-untyped-def]
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

            factory = DetectorFactory()
            factory.load_profile(PROFILES_DIRECTORY)
            factory.set_seed(0)
            _factory = factory
        return _factory


def detect(sample: str) -> str | None:
    """langdetect's answer for a bounded sample, seeded; None when it cannot tell."""
    sample = sample[:SAMPLE_CHARS]
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


def identify(sample: str) -> str | None:
    """Stopword profile first, langdetect when the profile cannot tell."""
    return guess_by_stopwords(sample) or detect(sample)
