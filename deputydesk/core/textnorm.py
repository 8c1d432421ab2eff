"""Text normalisation, tokenisation, stemming and language detection for Kazakh and Russian.

Used by the library's full-text index and by every area that compares or searches text. Pure Python plus
PyStemmer (C); no Qt, no SQL.

- :func:`fold` — NFC, case folding, ``ё→е``, Latin/Cyrillic look-alike repair inside a word
  (``"hеестре"`` typed with a Latin *h*, ``"жергiлiктi"`` with Latin *i*, ``"VІІІ"`` with Cyrillic *І*).
- :func:`tokens` / :func:`token_spans` — words as runs of letters and digits (hyphens, slashes split).
- :func:`stem_ru` — Snowball Russian through PyStemmer.
- :func:`stem_kk` — a light Kazakh suffix stripper: plural, possessive, case and predicate endings in their
  vowel-harmony and consonant-assimilation variants (DESIGN.md §6). Kazakh has no Snowball stemmer.
- :func:`detect_language` — ``kk``, ``ru``, ``mixed`` (or ``und`` without evidence) with a confidence,
  from Kazakh-specific letters (ә ғ қ ң ө ұ ү һ і) and frequent function words, Cyrillic or Latin script.
- :func:`index_forms` / :func:`query_stems` — what the search index stores and what a query looks for.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

INDEX_VERSION = "1"
"""Changes whenever folding, tokenising or stemming changes: an index built by another version must be
rebuilt (its rows cannot be matched or removed by recomputing them)."""

KK_LETTERS = frozenset("әғқңөұүһі")
"""Letters of the Kazakh Cyrillic alphabet that Russian does not use (lower case)."""

KK_LATIN_LETTERS = frozenset("áǵıńóúýşçğüöä")
"""Letters of the Kazakh Latin alphabets (2018 with acutes, 2021 with breves/cedillas)."""

_WORD_RE = re.compile(r"[^\W_]+")
WORD_RE = _WORD_RE
"""A word: letters and digits (the index, the snippets and their candidate search all cut words the same way)."""

# ---------------------------------------------------------------------------------------------- look-alikes
# Latin letters that look like Cyrillic ones, case by case (upper H is Н, lower h is Kazakh һ).
_LAT_TO_CYR = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "Y": "У",
    "a": "а", "c": "с", "e": "е", "h": "һ", "i": "і", "k": "к", "o": "о", "p": "р", "x": "х", "y": "у",
}
_CYR_TO_LAT = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M", "О": "O", "Р": "P",
    "Т": "T", "Х": "X", "У": "Y", "Ү": "Y",
    "а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "к": "k", "о": "o", "р": "p", "х": "x", "у": "y",
}
LOOKALIKES_LATIN_TO_CYRILLIC = dict(_LAT_TO_CYR)
_LAT_TRANS = str.maketrans(_LAT_TO_CYR)
_CYR_TRANS = str.maketrans(_CYR_TO_LAT)


def _script(ch: str) -> str:
    o = ord(ch)
    if 0x0400 <= o <= 0x04FF or 0x0500 <= o <= 0x052F:
        return "c"
    if ch.isascii() and ch.isalpha() or 0x00C0 <= o <= 0x024F:
        return "l"
    return ""


_HAS_CYR = re.compile(r"[\u0400-\u052f]")
_HAS_LAT = re.compile(r"[A-Za-z\u00c0-\u024f]")


def fix_lookalikes(word: str) -> str:
    """Repair a word that mixes Latin and Cyrillic look-alike letters, towards the script of its
    unambiguous letters. Words in one script, or with no unambiguous letter, are returned unchanged."""
    if not (_HAS_CYR.search(word) and _HAS_LAT.search(word)):
        return word
    unambiguous_c = any(_script(ch) == "c" and ch not in _CYR_TO_LAT for ch in word)
    unambiguous_l = any(_script(ch) == "l" and ch not in _LAT_TO_CYR for ch in word)
    if unambiguous_c and not unambiguous_l:
        return word.translate(_LAT_TRANS)
    if unambiguous_l and not unambiguous_c:
        return word.translate(_CYR_TRANS)
    if unambiguous_c and unambiguous_l:
        return word
    # Only look-alikes on both sides ("ВЕC"): the majority script wins, Cyrillic on a tie.
    n_c = sum(1 for ch in word if _script(ch) == "c")
    n_l = sum(1 for ch in word if _script(ch) == "l")
    return word.translate(_LAT_TRANS) if n_c >= n_l else word.translate(_CYR_TRANS)


# ---------------------------------------------------------------------------------------------- folding
@lru_cache(maxsize=300_000)
def fold_word(word: str) -> str:
    """Normalise one word for comparison: look-alikes repaired, case folded, ``ё→е``."""
    return fix_lookalikes(word).casefold().replace("ё", "е")


def fold(text: str) -> str:
    """Normalise text for comparison and search: NFC, look-alikes repaired word by word, case folded,
    ``ё→е``. Punctuation and spacing are kept, so offsets stay meaningful for ordinary text."""
    text = unicodedata.normalize("NFC", text)
    text = _WORD_RE.sub(lambda m: fix_lookalikes(m.group(0)), text)
    return text.casefold().replace("ё", "е")


def token_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, folded word)`` for each word of ``text`` (offsets into the text as given; run NFC
    first if the text may be decomposed)."""
    for m in _WORD_RE.finditer(text):
        yield m.start(), m.end(), fold_word(m.group(0))


def tokens(text: str) -> list[str]:
    """Folded words of ``text`` in order."""
    text = unicodedata.normalize("NFC", text)
    return [fold_word(w) for w in _WORD_RE.findall(text)]


# ---------------------------------------------------------------------------------------------- word class
_HAS_KK = re.compile("[әғқңөұүһі]")


@lru_cache(maxsize=300_000)
def word_class(word: str) -> str:
    """Class of a folded word: ``kk`` (Kazakh-specific Cyrillic letters), ``cyr`` (Cyrillic shared by
    Kazakh and Russian), ``lat`` (Latin letters), ``num`` (digits only) or ``other``."""
    if word.isdigit():
        return "num"
    if _HAS_KK.search(word):
        return "kk"
    if _HAS_CYR.search(word):
        return "cyr"
    if _HAS_LAT.search(word):
        return "lat"
    return "other"


# ---------------------------------------------------------------------------------------------- Russian
_ru_local = threading.local()


def _ru_stemmer():
    stemmer = getattr(_ru_local, "stemmer", None)
    if stemmer is None:
        import Stemmer  # PyStemmer; one instance per thread (instances are not thread-safe)

        stemmer = Stemmer.Stemmer("russian")
        stemmer.maxCacheSize = 50000
        _ru_local.stemmer = stemmer
    return stemmer


def stem_ru(word: str) -> str:
    """Snowball Russian stem of a folded word."""
    return str(_ru_stemmer().stemWord(word))


# ---------------------------------------------------------------------------------------------- Kazakh
_BACK_VOWELS = frozenset("аоұыяю")
_FRONT_VOWELS = frozenset("әөүіеиэ")
_VOWELS = _BACK_VOWELS | _FRONT_VOWELS | frozenset("уё")
# Consonants after which -та/-те, -тың, -тан, -тар… are used. Final б/в/г/д occur only in loanwords
# ("округ", "клуб", "завод") and take the voiceless endings too ("округтер", "клубта").
_VOICELESS = frozenset("птксшқфхцчщбвгд")
_NASAL = frozenset("мнң")

# Environment codes of the sound before a suffix: V vowel, P a possessive vowel ы/і (also a vowel),
# N nasal (м н ң), Z other voiced consonant, S voiceless consonant.
_ANY = "VPNZS"


def _env(ch: str) -> str:
    if ch in "ыі":
        return "P"
    if ch == "у":  # the glide у takes the endings of a voiced consonant ("жерлеуді", "бекітуге")
        return "Z"
    if ch in _VOWELS:
        return "V"
    if ch in _NASAL:
        return "N"
    if ch in _VOICELESS:
        return "S"
    return "Z"


# (suffix, harmony 'b'ack / 'f'ront / '' any, environments allowed before it). "V" also admits "P".
_IMPERATIVE: list[tuple[str, str, str]] = [
    ("ылсын", "b", _ANY), ("ілсін", "f", _ANY), ("лсын", "b", "V"), ("лсін", "f", "V"),
    ("сын", "b", _ANY), ("сін", "f", _ANY),
]
_PREDICATE: list[tuple[str, str, str]] = [
    ("мын", "b", "VNZ"), ("мін", "f", "VNZ"), ("бын", "b", "Z"), ("бін", "f", "Z"),
    ("пын", "b", "S"), ("пін", "f", "S"),
    ("сыңдар", "b", _ANY), ("сіңдер", "f", _ANY), ("сыздар", "b", _ANY), ("сіздер", "f", _ANY),
    ("мыз", "b", "VNZ"), ("міз", "f", "VNZ"), ("быз", "b", "Z"), ("біз", "f", "Z"),
    ("пыз", "b", "S"), ("піз", "f", "S"),
    ("дыр", "b", "VNZ"), ("дір", "f", "VNZ"), ("тыр", "b", "S"), ("тір", "f", "S"),
]
_CASE: list[tuple[str, str, str]] = [
    # attributive locative -дағы "of/in"
    ("ндағы", "b", "P"), ("ндегі", "f", "P"), ("дағы", "b", "VNZ"), ("дегі", "f", "VNZ"),
    ("тағы", "b", "S"), ("тегі", "f", "S"),
    # instrumental
    ("менен", "b", _ANY), ("мен", "", "VNZ"), ("бен", "", "Z"), ("пен", "", "S"),
    # genitive
    ("ның", "b", "VN"), ("нің", "f", "VN"), ("дың", "b", "Z"), ("дің", "f", "Z"),
    ("тың", "b", "S"), ("тің", "f", "S"),
    # ablative
    ("нан", "b", "PN"), ("нен", "f", "PN"), ("дан", "b", "VZ"), ("ден", "f", "VZ"),
    ("тан", "b", "S"), ("тен", "f", "S"),
    # locative
    ("нда", "b", "P"), ("нде", "f", "P"), ("да", "b", "VNZ"), ("де", "f", "VNZ"),
    ("та", "b", "S"), ("те", "f", "S"),
    # dative
    ("на", "b", "P"), ("не", "f", "P"), ("ға", "b", "VNZ"), ("ге", "f", "VNZ"),
    ("қа", "b", "S"), ("ке", "f", "S"),
    # accusative
    ("ны", "b", "V"), ("ні", "f", "V"), ("ды", "b", "NZ"), ("ді", "f", "NZ"),
    ("ты", "b", "S"), ("ті", "f", "S"),
    # accusative -н after a possessive vowel ("шешімін", "қағидаларын")
    ("н", "", "P"),
    # equative -ша "like, according to"
    ("ша", "b", _ANY), ("ше", "f", _ANY),
    # attributive -ғы/-гі/-қы/-кі after a consonant ("жылғы", "күнгі", "кешкі"); after a vowel "-ғы" is
    # a stem ғ/г plus a possessive ("тармағы", "көмегі")
    ("ғы", "b", "NZ"), ("гі", "f", "NZ"), ("қы", "b", "S"), ("кі", "f", "S"),
]
_POSSESSIVE: list[tuple[str, str, str]] = [
    ("ымыз", "b", "NZS"), ("іміз", "f", "NZS"), ("мыз", "b", "V"), ("міз", "f", "V"),
    ("ыңыз", "b", "NZS"), ("іңіз", "f", "NZS"), ("ңыз", "b", "V"), ("ңіз", "f", "V"),
    ("ы", "b", "NZS"), ("і", "f", "NZS"),
]
_PLURAL: list[tuple[str, str, str]] = [
    ("лар", "b", "VZ"), ("лер", "f", "VZ"), ("дар", "b", "NZ"), ("дер", "f", "NZ"),
    ("тар", "b", "S"), ("тер", "f", "S"),
]
# derived adjectives/nouns -лық/-лік ("облыстық", "аудандық", "мемлекеттік")
_DERIVED: list[tuple[str, str, str]] = [
    ("лық", "b", "VZ"), ("лік", "f", "VZ"), ("дық", "b", "NZ"), ("дік", "f", "NZ"),
    ("тық", "b", "S"), ("тік", "f", "S"),
    ("лығ", "b", "VZ"), ("ліг", "f", "VZ"), ("дығ", "b", "NZ"), ("діг", "f", "NZ"),
    ("тығ", "b", "S"), ("тіг", "f", "S"),
]
# verb forms common in official texts: participles "бекітілген", verbal noun "бекіту", passive "-ыл/-іл"
_VERBAL: list[tuple[str, str, str]] = [
    ("ылған", "b", _ANY), ("ілген", "f", _ANY), ("лған", "b", "V"), ("лген", "f", "V"),
    ("ған", "b", "VNZ"), ("ген", "f", "VNZ"), ("қан", "b", "S"), ("кен", "f", "S"),
    ("ылу", "b", _ANY), ("ілу", "f", _ANY), ("у", "", _ANY),
]
for _table in (_IMPERATIVE, _PREDICATE, _CASE, _POSSESSIVE, _PLURAL, _DERIVED, _VERBAL):
    _table.sort(key=lambda item: -len(item[0]))

_MIN_STEM = 3
_ATTRIBUTIVE = frozenset(("ғы", "гі", "қы", "кі"))
_FINAL_DEVOICE = str.maketrans({"ғ": "қ", "г": "к", "б": "п"})


def _last_vowel(stem: str) -> str:
    for ch in reversed(stem):
        if ch in _VOWELS:
            return ch
    return ""


def _harmony_ok(stem: str, harmony: str) -> bool:
    if not harmony:
        return True
    v = _last_vowel(stem)
    if not v or v in "уё":
        return True  # no decisive vowel: accept either series
    if harmony == "b":
        return v in _BACK_VOWELS
    return v in _FRONT_VOWELS


def _strip(word: str, table: list[tuple[str, str, str]]) -> str | None:
    for suffix, harmony, envs in table:
        if len(word) - len(suffix) < _MIN_STEM or not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if not any(ch in _VOWELS for ch in stem):
            continue
        env = _env(stem[-1])
        if stem[-1] == "у" and suffix in _ATTRIBUTIVE:
            continue  # "округі" is округ + і, not окру + гі
        if env not in envs and not (env == "P" and "V" in envs):
            continue
        if not _harmony_ok(stem, harmony):
            continue
        return stem
    return None


def _canonical(stem: str) -> str:
    # Voiced ғ/г/б before a vowel ending are қ/к/п in the bare word ("тармағы" ~ "тармақ").
    if stem[-1] in "ғгб":
        stem = stem[:-1] + stem[-1].translate(_FINAL_DEVOICE)
    # A final н or с after a vowel is ambiguous between the stem and an ending ("ауданы" is аудан+ы,
    # "қаланы" is қала+ны; "облысы" is облыс+ы, "қаласы" is қала+сы): drop it, so that all forms of
    # the word meet whichever way the ending was read.
    if len(stem) > _MIN_STEM and stem[-1] in "нс" and stem[-2] in _VOWELS:
        stem = stem[:-1]
    # A final ы/і is ambiguous between the stem and a possessive ("төлемақы" + "сы" vs "облыс" + "ы"):
    # drop it too.
    if len(stem) > _MIN_STEM and stem[-1] in "ыі" and stem[-2] not in _VOWELS:
        stem = stem[:-1]
    return stem


@lru_cache(maxsize=200_000)
def stem_kk(word: str) -> str:
    """Light Kazakh stem of a folded word.

    Strips, from the end, at most one ending of each layer — imperative, predicate, case, possessive,
    plural, derived -лық/-лік, participle/verbal noun — each only in the variant that vowel harmony and
    the preceding sound allow, never leaving fewer than three letters. The result is canonical rather
    than a dictionary form: final ғ/г/б are written қ/к/п and a final н/с after a vowel is dropped, so
    "аудан", "ауданы", "ауданның", "аудандар" and "аудандық" all give "ауда"."""
    if len(word) <= _MIN_STEM or word_class(word) not in ("kk", "cyr"):
        return word
    w = word
    imperative = _strip(w, _IMPERATIVE)
    if imperative is not None:
        w = imperative
        for table in (_VERBAL,):
            r = _strip(w, table)
            if r is not None:
                w = r
        return _canonical(w)
    for table in (_PREDICATE, _CASE, _POSSESSIVE, _PLURAL, _DERIVED):
        r = _strip(w, table)
        if r is not None:
            w = r
    r = _strip(w, _VERBAL)
    if r is not None:
        w = r
    return _canonical(w)


# ---------------------------------------------------------------------------------------------- Latin Kazakh
_KK_LATIN_2018 = {
    "a": "а", "á": "ә", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "ǵ": "ғ", "h": "х",
    "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ń": "ң", "o": "о", "ó": "ө", "p": "п",
    "q": "қ", "r": "р", "s": "с", "t": "т", "u": "ұ", "ú": "ү", "v": "в", "w": "у", "x": "х", "y": "ы",
    "ý": "у", "z": "з",
}


@lru_cache(maxsize=50_000)
def latin_kk_to_cyrillic(word: str) -> str:
    """Kazakh in the 2018 Latin alphabet (acute accents: "máslıhattyń", "boıynsha") written in Cyrillic,
    so Cyrillic queries find Latin-script texts. ı is й after a vowel, и otherwise; sh/ch are ш/ч."""
    out: list[str] = []
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in "sc" and nxt == "h":
            out.append("ш" if ch == "s" else "ч")
            i += 2
            continue
        if ch == "ı":
            out.append("й" if out and out[-1] in _VOWELS else "и")
        else:
            out.append(_KK_LATIN_2018.get(ch, ch))
        i += 1
    return "".join(out)


def _is_latin_kk(word: str) -> bool:
    return any(ch in KK_LATIN_LETTERS for ch in word) or word in KK_LATIN_WORDS


# ---------------------------------------------------------------------------------------------- stems
@lru_cache(maxsize=200_000)
def stem(word: str, lang: str = "ru") -> str:
    """Stem of a folded word for the search index. Words with Kazakh-specific letters always go through
    the Kazakh stripper; Cyrillic words without them go through ``lang``'s stemmer (the language of
    the paragraph they stand in); Latin words and numbers stay as they are."""
    cls = word_class(word)
    if cls == "kk":
        return stem_kk(word)
    if cls == "cyr":
        return stem_kk(word) if lang == "kk" else stem_ru(word)
    if cls == "lat" and (lang == "kk" or _is_latin_kk(word)):
        return stem_kk(latin_kk_to_cyrillic(word))
    return word


@lru_cache(maxsize=100_000)
def query_stems(word: str) -> tuple[str, ...]:
    """Stems a query word may have in the index: both languages' stems for Cyrillic words that either
    language could own ("бюджета", "ауданы"), one stem otherwise."""
    cls = word_class(word)
    if cls == "kk":
        return (stem_kk(word),)
    if cls == "cyr":
        ru = stem_ru(word)
        kk = stem_kk(word)
        return (ru,) if ru == kk else (ru, kk)
    if cls == "lat":
        kk = stem_kk(latin_kk_to_cyrillic(word))
        return (word,) if kk == word else (word, kk)
    return (word,)


@dataclass(frozen=True)
class IndexForms:
    words: str
    """Folded words, space-separated (exact-form and prefix matching)."""
    stems: str
    """Stems in the same order, space-separated (morphological matching and phrases)."""


def index_forms(text: str, lang: str | None = None) -> IndexForms:
    """Folded words and their stems for the full-text index. Shared Cyrillic words are stemmed by the
    language of the paragraph they stand in: the page's language (``lang``, or detected) unless the page
    mixes Kazakh and Russian, in which case each line that says enough decides for itself."""
    text = unicodedata.normalize("NFC", text)
    words = [fold_word(w) for w in _WORD_RE.findall(text)]
    if not words:
        return IndexForms("", "")
    kk, ru = _evidence(words)
    if lang not in ("kk", "ru"):
        lang = "kk" if kk > ru else "ru"
    if kk == 0 or ru == 0 or max(kk, ru) >= 8 * min(kk, ru):
        # one language throughout (the usual case): one pass
        return IndexForms(" ".join(words), " ".join([stem(w, lang) for w in words]))
    stems_out: list[str] = []
    for line in text.splitlines():
        line_words = [fold_word(w) for w in _WORD_RE.findall(line)]
        if not line_words:
            continue
        line_lang = lang
        if len(line_words) >= 6:
            lkk, lru = _evidence(line_words)
            if lkk + lru >= 3:
                if lkk >= 2 * lru:
                    line_lang = "kk"
                elif lru >= 2 * lkk:
                    line_lang = "ru"
        stems_out.extend(stem(w, line_lang) for w in line_words)
    return IndexForms(" ".join(words), " ".join(stems_out))


# ---------------------------------------------------------------------------------------------- language
KK_FUNCTION_WORDS = frozenset(
    """және мен бен пен туралы бойынша үшін осы бұл сол жылғы жылы сәйкес шешім шешімі шешімге қаулы
    бекіту бекітілсін тиіс керек емес болып болады ретінде сондай ақ оның олардың деп да де та те ма ме
    бар жоқ тағы ол біз сіз қазақстан республикасының облысы облысының ауданы ауданының мәслихаты
    мәслихатының әкімі әкімдігі жөніндегі арналған қатысты дейін кейін арқылы бірге ғана""".split()
)
RU_FUNCTION_WORDS = frozenset(
    """и в во на по с со от для о об к ко не что это как года году год или а из при за до же то
    также который которые которых согласно решение решения утвердить настоящего настоящему области
    района республики казахстан маслихат маслихата акимата аким акима был была были будет его её их
    они она он мы вы только между после перед через над под без""".split()
)
KK_LATIN_WORDS = frozenset(
    """jáne men ben pen týraly boıynsha úshin osy bul sol jylǵy jyly sáıkes sheshim qaýly tıis kerek
    emes bolyp retinde sondaı aq onyń dep de da bar joq taǵy ol biz siz qazaqstan respýblıkasynyń
    oblysy aýdany máslıhat máslıhaty ákimi ákimdigi""".split()
)


def _evidence(words: list[str]) -> tuple[int, int]:
    kk = ru = 0
    for w in words:
        cls = word_class(w)
        if cls == "kk":
            kk += 1
            continue
        if w in KK_FUNCTION_WORDS:
            kk += 1
        elif w in RU_FUNCTION_WORDS:
            ru += 1
        elif cls == "lat":
            if w in KK_LATIN_WORDS or any(ch in KK_LATIN_LETTERS for ch in w):
                kk += 1
        elif cls == "cyr" and len(w) > 4 and w.endswith(("ого", "ему", "ыми", "ими", "ость", "ение", "ения",
                                                         "ции", "ться", "ются", "ется", "ать", "ить")):
            ru += 1
    return kk, ru


@dataclass(frozen=True)
class Language:
    code: str
    """``kk``, ``ru``, ``mixed`` or ``und`` (not enough text to tell)."""
    confidence: float
    kk_share: float
    """Share of the text (by words in paragraphs that say enough) that reads as Kazakh."""


def detect_language(text: str) -> Language:
    """Language of a document: paragraphs are classified one by one (Kazakh letters and function words
    against Russian function words and endings) and weighted by length; ``mixed`` when the minority
    language holds at least a fifth of the classified text."""
    text = unicodedata.normalize("NFC", text)
    kk_weight = ru_weight = 0.0
    total_kk = total_ru = 0
    for para in re.split(r"\n\s*\n|\n(?=\S)", text):
        words = [fold_word(w) for w in _WORD_RE.findall(para)]
        words = [w for w in words if not w.isdigit()]
        if not words:
            continue
        kk, ru = _evidence(words)
        total_kk += kk
        total_ru += ru
        if kk + ru == 0:
            continue
        share = kk / (kk + ru)
        weight = len(words)
        kk_weight += weight * share
        ru_weight += weight * (1 - share)
    total = kk_weight + ru_weight
    if total == 0 or total_kk + total_ru < 2:
        return Language("und", 0.0, 0.0)
    kk_share = kk_weight / total
    evidence = total_kk + total_ru
    strength = min(1.0, evidence / 20)
    if kk_share >= 0.8:
        return Language("kk", round(strength * (0.6 + 0.4 * (kk_share - 0.8) / 0.2), 2), round(kk_share, 3))
    if kk_share <= 0.2:
        return Language("ru", round(strength * (0.6 + 0.4 * (0.2 - kk_share) / 0.2), 2), round(kk_share, 3))
    balance = 1 - abs(kk_share - 0.5) / 0.3
    return Language("mixed", round(strength * (0.5 + 0.4 * balance), 2), round(kk_share, 3))
