"""Precision, recall and date accuracy of a built events table against hand-labelled events."""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from events.errors import InputError
from events.schema import SPEECH_EVENT_TYPES, Tables, split_list


@dataclass(frozen=True)
class GoldEvent:
    gold_id: str
    event_type: str
    date: dt.date
    date_end: dt.date
    sources: frozenset[str]
    keywords: re.Pattern[str]
    note: str


@dataclass(frozen=True)
class Match:
    gold: GoldEvent
    event_id: str
    date_correct: bool


@dataclass(frozen=True)
class Scores:
    n_events: int
    n_gold: int
    matches: tuple[Match, ...]
    missed: tuple[GoldEvent, ...]
    unmatched_events: tuple[str, ...]

    @property
    def precision(self) -> float:
        return len(self.matches) / self.n_events if self.n_events else 0.0

    @property
    def recall(self) -> float:
        return len(self.matches) / self.n_gold if self.n_gold else 0.0

    @property
    def date_accuracy(self) -> float:
        """Of the matched events, the share whose date interval lies within the labelled one."""
        return sum(m.date_correct for m in self.matches) / len(self.matches) if self.matches else 0.0

    def report(self) -> str:
        lines = [
            f"events {self.n_events}  labelled {self.n_gold}  matched {len(self.matches)}",
            f"precision     {self.precision:.3f}",
            f"recall        {self.recall:.3f}",
            f"date accuracy {self.date_accuracy:.3f}",
        ]
        lines += [f"  missed: {g.gold_id} ({g.event_type} {g.date}) {g.note}" for g in self.missed]
        lines += [
            f"  wrong date: {m.gold.gold_id} -> {m.event_id}" for m in self.matches if not m.date_correct
        ]
        return "\n".join(lines)


def load_gold(path: Path) -> list[GoldEvent]:
    if not path.exists():
        raise InputError(f"{path}: no such file of labelled events.")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        GoldEvent(
            gold_id=row["gold_id"],
            event_type=row["event_type"],
            date=dt.date.fromisoformat(row["date"]),
            date_end=dt.date.fromisoformat(row["date_end"]),
            sources=frozenset(split_list(row["sources"])),
            keywords=re.compile(row["keywords"], re.IGNORECASE),
            note=row.get("note", ""),
        )
        for row in rows
    ]


def _same_kind(a: str, b: str) -> bool:
    return a == b or (a in SPEECH_EVENT_TYPES and b in SPEECH_EVENT_TYPES)


def evaluate(tables: Tables, gold: list[GoldEvent]) -> Scores:
    """Match each labelled event to at most one built event: same kind, a shared source article, and
    its keywords in one of the event's source sentences; the best overlap of sources wins."""
    sentences = tables.mentions.groupby("event_id")["sentence"].apply(" ".join).to_dict()
    candidates = []
    for event in tables.events.to_dict("records"):
        sources = set(split_list(event["sources"]))
        text = f"{event['title']} {sentences.get(event['event_id'], '')}"
        for g in gold:
            shared = len(sources & g.sources)
            if shared and _same_kind(str(event["event_type"]), g.event_type) and g.keywords.search(text):
                exact_type = event["event_type"] == g.event_type
                candidates.append((shared + exact_type, str(event["event_id"]), g, event))
    taken_events: set[str] = set()
    taken_gold: set[str] = set()
    matches = []
    for _score, event_id, g, event in sorted(candidates, key=lambda c: -c[0]):
        if event_id in taken_events or g.gold_id in taken_gold:
            continue
        taken_events.add(event_id)
        taken_gold.add(g.gold_id)
        start, end = pd.Timestamp(event["date"]).date(), pd.Timestamp(event["date_end"]).date()
        matches.append(Match(g, event_id, g.date <= start and end <= g.date_end))
    return Scores(
        n_events=len(tables.events),
        n_gold=len(gold),
        matches=tuple(matches),
        missed=tuple(g for g in gold if g.gold_id not in taken_gold),
        unmatched_events=tuple(e for e in tables.events["event_id"] if e not in taken_events),
    )
