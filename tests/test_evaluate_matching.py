"""The evaluator's matching of labels to built events: every label that some free event can answer is
answered, even when best-first order first gave its only event to a label that had another."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from events.evaluate import GoldEvent, evaluate, evaluate_open
from events.schema import Tables

DAY = dt.date(2026, 5, 12)


def _gold(gold_id: str, event_type: str, keywords: str) -> GoldEvent:
    return GoldEvent(
        gold_id=gold_id,
        event_type=event_type,
        date=DAY,
        date_end=DAY,
        sources=frozenset({"a.txt"}),
        keywords=re.compile(keywords, re.IGNORECASE),
        note="",
    )


def _tables(events: list[tuple[str, str, str]]) -> Tables:
    rows = [
        {
            "event_id": event_id,
            "title": title,
            "event_type": event_type,
            "sources": "a.txt",
            "date": pd.Timestamp(DAY),
            "date_end": pd.Timestamp(DAY),
            "confidence": 0.8,
        }
        for event_id, event_type, title in events
    ]
    mentions = pd.DataFrame(
        {"event_id": [r["event_id"] for r in rows], "sentence": [r["title"] for r in rows]}
    )
    return Tables(events=pd.DataFrame(rows), mentions=mentions, sources=pd.DataFrame())


def test_a_label_whose_only_event_went_first_to_another_label_is_still_answered() -> None:
    # "court" fits both events, "ruling" only the first: best first would give the first event to
    # "court" (same type, listed first) and leave "ruling" with nothing
    tables = _tables(
        [
            ("ev-1", "legal", "The court issued its ruling on the appeal"),
            ("ev-2", "legal", "The court adjourned the hearing"),
        ]
    )
    gold = [_gold("court", "legal", "court"), _gold("ruling", "legal", "ruling")]
    for scores in (evaluate(tables, gold), evaluate_open(tables, gold)):
        assert sorted((m.gold.gold_id, m.event_id) for m in scores.matches) == [
            ("court", "ev-2"),
            ("ruling", "ev-1"),
        ]


def test_an_event_still_answers_one_label_per_article() -> None:
    tables = _tables([("ev-1", "legal", "The court issued its ruling on the appeal")])
    gold = [_gold("court", "legal", "court"), _gold("ruling", "legal", "ruling")]
    assert len(evaluate(tables, gold).matches) == 1
