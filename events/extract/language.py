"""Is an article in English? The extractor reads English only, so `add` and `build` both refuse
other languages, with the same judgement: few English function words and langdetect sure of another.
"""

from __future__ import annotations

import re
import threading

from langdetect import DetectorFactory, LangDetectException, detect_langs

from events.errors import NotEnglish

# English function words that are not also common words of a nearby language: "a", "in", "no", "is",
# "was", "to", "for", "by", "over", "we", "her" are left out (French/Italian/Spanish "a", Dutch "is",
# "was", "over", Polish "to", Danish "for", "by", "her"...). Measured on the samples in
# tests/test_ingest.py: English news scores 0.29-0.43, and French, German, Spanish, Italian,
# Portuguese, Dutch, Danish, Norwegian, Swedish, Polish, Turkish, Indonesian, Russian, Ukrainian,
# Arabic and Chinese, long or short, all score 0.00.
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "that",
        "this",
        "with",
        "from",
        "has",
        "have",
        "are",
        "been",
        "their",
        "his",
        "they",
        "who",
        "which",
        "what",
        "when",
        "there",
        "after",
        "before",
        "into",
        "than",
        "would",
        "said",
        "says",
        "will",
        "not",
        "were",
        "its",
    ]
)
ENGLISH_WORD_SHARE = 0.1
# langdetect is sure of every foreign sample (0.86-1.00) but unsure of short English full of names
# ("Talks resumed in Geneva on Monday." -> Estonian 0.57): only a sure verdict refuses an article.
LANGDETECT_SURE = 0.8
MIN_WORDS_TO_JUDGE = 3
_LANGDETECT_LOCK = threading.Lock()
DetectorFactory.seed = 0  # langdetect is random without a seed: the same text must get the same answer


def english_word_share(text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) if words else 0.0


# Below ENGLISH_WORD_SHARE langdetect decides, and loading its 55 language profiles costs a build about
# 1.5 s of CPU; English pages thin in function words (lists of headlines, captions, menus) score 0.05-0.1.
# Such a page is plainly English, with no need of langdetect, when every word is written in plain ASCII
# letters and none is a commonest function word of another language written in Latin letters (French,
# German, Spanish, Italian, Portuguese, Dutch, Scandinavian, Polish, Turkish, Romanian, Indonesian, Tagalog,
# Swahili, Vietnamese without its accents): a text of another language, or English mixed into one, has
# those words or letters outside ASCII. Words that are also English ("die", "den", "do", "van") are listed
# too: a hit only sends the text to langdetect, as before.
PLAINLY_ENGLISH_SHARE = 0.05
_OTHER_FUNCTION_WORDS = frozenset(
    """le la les des du un une et est dans pour pas qui que sur au aux ce cette il elle ont sont avec par
    ne se
    der die das und ist nicht ein eine einen dem den von mit zu auf sich des im auch wird nach bei aus
    el los las y del por con una es para lo como pero su sus al
    di che della per gli nel non e
    os uma com do da em na ao pelo
    het een van en op niet met voor zijn dat te
    och att det som og er til av ikke jeg vi har med
    nie jest ze sie
    ve bir bu ile icin
    si cu pe din
    yang dan ini itu dengan untuk dari pada akan tidak
    ang ng sa mga
    wa ya kwa za
    va cua cac nhung mot trong nguoi duoc cho khong""".split()
)


def _plainly_english(words: list[str]) -> bool:
    """Whether lower-cased words whose English word share is short of ENGLISH_WORD_SHARE are still plainly
    English (see _OTHER_FUNCTION_WORDS), so that langdetect need not be asked."""
    if not words or sum(w in _ENGLISH_WORDS for w in words) < PLAINLY_ENGLISH_SHARE * len(words):
        return False
    return all(w.isascii() and w not in _OTHER_FUNCTION_WORDS for w in words)


def detect_language(text: str) -> tuple[str, float]:
    """langdetect's best guess and its probability (("fr", 0.99)); ("", 0.0) when it cannot tell."""
    with _LANGDETECT_LOCK:  # langdetect seeds the global random module while it runs
        try:
            found = detect_langs(text[:5000])
        except LangDetectException:
            return "", 0.0
    return (str(found[0].lang), float(found[0].prob)) if found else ("", 0.0)


def check_english(text: str, label: str) -> None:
    """NotEnglish when the text has almost no English function words and langdetect is sure it is
    another language; a text of fewer than three words is not judged."""
    sample = text[:5000]
    if len(re.findall(r"[^\W\d_]+", sample)) < MIN_WORDS_TO_JUDGE:
        return
    if english_word_share(sample) >= ENGLISH_WORD_SHARE:
        return
    if _plainly_english(re.findall(r"[^\W\d_]+", sample.lower())):
        return
    language, probability = detect_language(sample)
    if language in ("en", "") or probability < LANGDETECT_SURE:
        return
    raise NotEnglish(
        f"{label}: the text looks like {_language_name(language)}, not English; only English articles can "
        "be read for events. Add an English version of the article.",
        language,
    )


_LANGUAGE_NAMES = {
    "af": "Afrikaans (or Dutch)",
    "ar": "Arabic",
    "da": "Danish",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "zh-cn": "Chinese",
    "zh-tw": "Chinese",
}


def _language_name(code: str) -> str:
    return _LANGUAGE_NAMES.get(code, f"another language ({code})")
