"""A budget of work for reading one article, so that no single article can hold up a build, and the same
article is always read to the same point.

The budget counts steps, not seconds: the extractor looks at it (`spent_reading()`) before each sentence
and each clause it reads, and (`spent()`) before each mention it dates, and every look is one step. A
budget of seconds cut the same article at different points on an idle and a busy machine (and in a
freshly started worker process, whose first article also paid for loading the date parser), so the
event table depended on the load and on which worker read which article. Steps make the cut a function
of the text alone; the build notes that the rest of the article was not read.

A step's work is bounded because a "sentence" far longer than any written one (a page with no full
stops, a pasted table) is read in pieces of at most SENTENCE_MAX_CHARS (`bounded_sentences`): the work
on a sentence grows faster than its length, and so a count of steps bounds the time as a count of
sentences could not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from events.extract.corpus import Sentence

# A step takes a few milliseconds, so this is some twenty seconds of reading on an ordinary machine. A
# news article takes 50 to 300 steps; a 110 KB page of many stories, 1,400.
ARTICLE_STEPS = 6_000
# Reading sentences stops at this share of the budget, so that what was read can still be dated.
READING_SHARE = 0.75
# About 330 words: several times the longest sentences of news writing.
SENTENCE_MAX_CHARS = 2_000
# Where a piece of an overlong sentence ends, best first: after a clause mark, else between words.
_CLAUSE_END = re.compile(r"[;:,)\]](?=\s)")
_WORD_END = re.compile(r"\S(?=\s)")


@dataclass
class Budget:
    """Steps one article may take; `exhausted` stays True once a look has found them spent."""

    steps: int = ARTICLE_STEPS
    taken: int = 0
    exhausted: bool = False

    def spent(self, share: float = 1.0) -> bool:
        """Take a step; whether `share` of the steps were taken before it. Once they were, the article is
        not read in full."""
        over = self.taken >= self.steps * share
        self.taken += 1
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
