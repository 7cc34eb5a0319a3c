"""The review queue: the events most likely wrong first, each with the reasons in plain words.

An event waits for review until an analyst accepts it (an "accept" correction marks it `reviewed`),
fixes it (which accepts it too, in the dashboard), merges it or rejects it. The order adds up what
makes an extraction doubtful:

    low confidence          1 - confidence
    a single source         +0.3   nobody else reports it
    date from context       +0.35  its own sentence has no date; a neighbour's or the speaker's was used
    date from publication   +0.25  no date at all, only the day the article appeared
    contested               +0.3   a denial answers the claim
    mixed date words        +0.2   merged from mentions that word its date differently
    a likely twin           +0.3   another event of the same type, days apart, naming the same actor
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from events.schema import Tables, split_list

LOW_CONFIDENCE = 0.5
TWIN_DAYS = 2
NEIGHBOURS = 6  # events after each one (same type, by date) compared as possible twins
# What adds to an event's doubt (besides 1 - confidence), as the module docstring lists it.
SINGLE_SOURCE, FROM_CONTEXT, FROM_PUBLICATION, CONTESTED, MIXED_WORDS, TWIN = 0.3, 0.35, 0.25, 0.3, 0.2, 0.3
WORD = r"[a-z0-9]+"  # a title's words (lowered), as `_title_words` and the SQL path find them
_WORD = re.compile(WORD)
MIN_WORD = 3
STOP = frozenset(
    "a an the of in on at to for and or by with from that this as is are was were be has had".split()
)


@dataclass(frozen=True)
class ReviewItem:
    """One event waiting for review: how doubtful (higher first), why, and a suggested twin ("" if none)."""

    event_id: str
    score: float
    reasons: tuple[str, ...]
    twin: str = ""


@dataclass(frozen=True)
class ReviewHead:
    """How many events wait for review, and the most doubtful of them, in queue order."""

    waiting: int
    first: tuple[ReviewItem, ...]


def review_head(tables: Tables, limit: int) -> ReviewHead:
    """The queue's length and its first `limit` items (`review_queue`'s, in its order)."""
    queue = review_queue(tables)
    return ReviewHead(len(queue), tuple(queue[: max(0, limit)]))


def review_item(row: Any, twin: str, mixed: bool) -> ReviewItem | None:
    """One event's place in the queue (None: nothing to doubt); `row` has the columns `_doubts` reads.
    The SQL path ranks in DuckDB, then makes its head's items here, so both say the same words."""
    score, reasons = _doubts(row, twin, mixed)
    return ReviewItem(str(row.event_id), round(score, 3), tuple(reasons), twin) if reasons else None


def review_queue(tables: Tables) -> list[ReviewItem]:
    """Events not yet reviewed that have at least one reason for doubt, most doubtful first."""
    events = tables.events
    if events.empty:
        return []
    reviewed = events["reviewed"].to_numpy(bool) if "reviewed" in events else np.zeros(len(events), bool)
    twins = suggest_twins(events)
    mixed = _mixed_date_words(tables.mentions)
    items = []
    for row, done in zip(events.itertuples(index=False), reviewed, strict=True):
        event_id = str(row.event_id)
        if done:
            continue
        item = review_item(row, twins.get(event_id, ""), event_id in mixed)
        if item is not None:
            items.append(item)
    items.sort(key=lambda item: (-item.score, item.event_id))
    return items


def _doubts(row: Any, twin: str, mixed: bool) -> tuple[float, list[str]]:
    confidence = float(row.confidence)
    score = 1.0 - confidence
    reasons = []
    if confidence < LOW_CONFIDENCE:
        reasons.append(f"low confidence ({confidence:.2f})")
    if int(row.n_sources) <= 1:
        score += SINGLE_SOURCE
        reasons.append("a single source")
    basis = str(row.date_basis)
    if basis == "context":
        score += FROM_CONTEXT
        reasons.append("date taken from the context: its own sentence gives none")
    elif basis == "publication":
        score += FROM_PUBLICATION
        reasons.append("dated only by the day the article appeared")
    if bool(row.contested):
        score += CONTESTED
        reasons.append("contested: a denial answers it")
    if mixed:
        score += MIXED_WORDS
        # Different words ("Tuesday", "April 8") may name one day: said as words, not as dates that differ
        # (the drill-down says when the days themselves differ).
        reasons.append("merged from mentions that word its date differently: check they name one day")
    if twin:
        score += TWIN
        reasons.append(f"may be the same happening as {twin}")
    return score, reasons


def _mixed_date_words(mentions: pd.DataFrame) -> set[str]:
    """Events whose mentions give more than one date expression ("Tuesday" and "8 April")."""
    if mentions.empty or "date_text" not in mentions:
        return set()
    words = mentions[mentions["date_text"].astype(str).str.strip() != ""]
    # Distinct (event, lowered words) pairs, counted per event: one vectorised pass (a Python function
    # per group took over a minute at a million events).
    pairs = pd.DataFrame(
        {"event_id": words["event_id"].astype(str), "words": words["date_text"].astype(str).str.lower()}
    ).drop_duplicates()
    counts = pairs.groupby("event_id").size()
    return set(counts[counts > 1].index.astype(str))


def suggest_twins(events: pd.DataFrame) -> dict[str, str]:
    """For each event, another of the same type within TWIN_DAYS that names an actor it names, or whose
    title shares half its words: the likeliest duplicate, to offer as a merge."""
    ordered = events.sort_values(["event_type", "date", "event_id"], kind="stable")
    ids = ordered["event_id"].astype(str).to_list()
    types = ordered["event_type"].astype(str).to_list()
    days = ordered["date"].to_numpy("datetime64[D]").astype(np.int64)
    actors = [set(split_list(cell)) for cell in ordered["actors"]]
    words = [_title_words(title) for title in ordered["title"]]
    best: dict[str, tuple[float, str]] = {}
    for i in range(len(ids)):
        for j in range(i + 1, min(i + 1 + NEIGHBOURS, len(ids))):
            if types[j] != types[i] or days[j] - days[i] > TWIN_DAYS:
                break
            shared = len(words[i] & words[j]) / max(min(len(words[i]), len(words[j])), 1)
            if not (actors[i] & actors[j]) and shared < 0.5:
                continue
            likeness = shared + (0.5 if actors[i] & actors[j] else 0.0) - 0.1 * (days[j] - days[i])
            for one, other in ((ids[i], ids[j]), (ids[j], ids[i])):
                if likeness > best.get(one, (-1.0, ""))[0]:
                    best[one] = (likeness, other)
    return {event_id: other for event_id, (_, other) in best.items()}


def _title_words(title: object) -> set[str]:
    return {w for w in _WORD.findall(str(title).lower()) if w not in STOP and len(w) >= MIN_WORD}
