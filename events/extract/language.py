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
