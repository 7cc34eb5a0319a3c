"""Free-text search by a token index: which events' titles or reporting sentences hold a text, answered
from the words of a stored generation instead of a scan of every sentence per search.

The search matches what the SQL path matches: `contains(lower(text), lower(query))`, a substring of the
text lowered by DuckDB, case-insensitive and without wildcards. The index holds each distinct token of
the lowered texts (split at the space character only, so a token keeps its punctuation: "tuesday,") and
the events whose title or sentences hold it:

    index = TokenIndex.from_postings(tokens, postings, index_of, size)   # events per token
    index.search("officials")          # (events holding it, True): a query without a space is exact
    index.search("said on")            # (candidates, False): the SQL path checks these

A text holds a query without a space exactly when one of its tokens holds it (the text is its tokens
joined by spaces), so such a query is answered from the tokens alone. A query with spaces can only
be in an event that has, for each of its space-separated pieces, a token holding that piece: those
events are the candidates that `events.query.duck.EventQuery` checks in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

SPACE = " "  # where the lowered texts are split into tokens


@dataclass(frozen=True)
class TokenIndex:
    """Each distinct token of the events' lowered texts, and the events (by index) whose texts hold it."""

    tokens: pa.Array  # string: the distinct tokens, none empty and none with a space
    starts: np.ndarray  # int64 per token, and one past the last: where its events begin in `events`
    events: np.ndarray  # int32: each token's events, token after token
    size: int  # how many events the indexes count

    @classmethod
    def from_postings(
        cls, tokens: pa.Array, postings: pa.Array, index_of: np.ndarray, size: int
    ) -> TokenIndex:
        """`tokens`: distinct tokens; `postings`: a list array, per token the row positions of the events
        that hold it; `index_of`: each row position's event index (`CodedEvents.index_of`)."""
        offsets = np.asarray(postings.offsets, dtype=np.int64)
        positions = np.asarray(postings.flatten())
        events = index_of[positions].astype(np.int32)
        return cls(tokens.cast(pa.string()), offsets - offsets[0], events, size)

    def holding(self, piece: str) -> np.ndarray:
        """Whether each event has a token that holds `piece` (a non-empty text without a space)."""
        found = np.flatnonzero(np.asarray(pc.match_substring(self.tokens, piece).fill_null(False)))
        mask = np.zeros(self.size, dtype=bool)
        if not len(found):
            return mask
        lengths = self.starts[found + 1] - self.starts[found]
        # The runs of `events` of the found tokens, as one array of positions into it.
        within = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        mask[self.events[np.repeat(self.starts[found], lengths) + within]] = True
        return mask

    def search(self, lowered: str) -> tuple[np.ndarray, bool]:
        """The events whose texts may hold `lowered` (a query lowered as the texts were), and whether
        that is exactly the events that do (a query without a space); else they are candidates."""
        pieces = sorted({piece for piece in lowered.split(SPACE) if piece}, key=len, reverse=True)
        if not pieces:  # spaces only: any text with a space may hold it
            return np.ones(self.size, dtype=bool), False
        mask = self.holding(pieces[0])  # the longest piece first: usually the fewest events
        for piece in pieces[1:]:
            if not mask.any():
                break
            mask &= self.holding(piece)
        return mask, SPACE not in lowered


__all__ = ["SPACE", "TokenIndex"]
