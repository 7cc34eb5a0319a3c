"""A time and size budget for reading one article, so that no single article can hold up a build.

Extraction is linear in the text, but a 2 MB article still takes seconds, and the data lock is held
meanwhile. The extractor checks `spent_reading()` between sentences and between the clauses of one
sentence and stops reading early, then dates what it read until `spent()`; the build notes that the
rest of the article was not read. A "sentence" far longer
than any written one (a page with no full stops, a pasted table) is read in pieces of at most
SENTENCE_MAX_CHARS (`bounded_sentences`), so that no one sentence can run long past the budget: the
work on a sentence grows faster than its length.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from events.extract.corpus import Sentence

# Far above what a news article needs (a few milliseconds), well below what makes a writer give up.
ARTICLE_SECONDS = 20.0
# Reading sentences stops at this share of the budget, so that what was read can still be dated.
READING_SHARE = 0.75
# About 330 words: several times the longest sentences of news writing.
SENTENCE_MAX_CHARS = 2_000
# Where a piece of an overlong sentence ends, best first: after a clause mark, else between words.
_CLAUSE_END = re.compile(r"[;:,)\]](?=\s)")
_WORD_END = re.compile(r"\S(?=\s)")


@dataclass
class Budget:
    """Seconds one article may take; `exhausted` stays True once `spent()` has said so."""

    seconds: float = ARTICLE_SECONDS
    clock: Callable[[], float] = time.monotonic
    exhausted: bool = False
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def spent(self, share: float = 1.0) -> bool:
        """Whether `share` of the seconds have passed; once one has, the article is not read in full."""
        over = self.clock() - self.started > self.seconds * share
        self.exhausted = self.exhausted or over
        return over

    def spent_reading(self) -> bool:
        """Whether to stop reading sentences: the rest of the budget goes to dating what was read."""
        return self.spent(READING_SHARE)


def bounded_sentences(sentences: Iterable[Sentence], limit: int = SENTENCE_MAX_CHARS) -> Iterator[Sentence]:
    """The sentences, each longer than `limit` characters cut into pieces of at most `limit`: at the last
    clause mark (";", ",", ...) in the second half of the piece, else at the last space, else anywhere."""
    for sentence in sentences:
        if len(sentence.text) <= limit:
            yield sentence
            continue
        text, position = sentence.text, 0
        while position < len(text):
            rest = len(text) - position
            end = len(text) if rest <= limit else _cut(text, position, position + limit)
            piece = text[position:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                start = sentence.start + position + lead
                yield Sentence(start, start + len(piece), piece, sentence.paragraph)
            position = end


def _cut(text: str, start: int, end: int) -> int:
    """Where a piece of text[start:end] ends (after the last clause mark or word in its second half)."""
    middle = start + (end - start) // 2
    for pattern in (_CLAUSE_END, _WORD_END):
        ends = [match.end() for match in pattern.finditer(text, middle, end)]
        if ends:
            return ends[-1]
    return end
