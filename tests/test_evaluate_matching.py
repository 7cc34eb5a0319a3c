"""The evaluator's matching of labels to built events: every label that some free event can answer is
answered, even when best-first order first gave its only event to a label that had another."""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd

from events.evaluate import GoldEvent, evaluate, evaluate_open, ranking_auc
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


def _tables(events: list[tuple[str, str, str]], confidences: tuple[float, ...] = ()) -> Tables:
    rows = [
        {
            "event_id": event_id,
            "title": title,
            "event_type": event_type,
            "sources": "a.txt",
            "date": pd.Timestamp(DAY),
            "date_end": pd.Timestamp(DAY),
            "confidence": confidences[index] if confidences else 0.8,
        }
        for index, (event_id, event_type, title) in enumerate(events)
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


def test_the_confidence_auc_says_whether_right_events_rank_above_the_rest() -> None:
    events = [
        ("ev-1", "legal", "The court issued its ruling on the appeal"),
        ("ev-2", "other", "Fans gathered outside the stadium before the match"),
        ("ev-3", "other", "The ferry left the harbour an hour late"),
    ]
    gold = [_gold("ruling", "legal", "ruling")]
    assert evaluate_open(_tables(events, (0.9, 0.5, 0.6)), gold).confidence_auc == 1.0
    assert evaluate_open(_tables(events, (0.4, 0.5, 0.6)), gold).confidence_auc == 0.0
    assert evaluate_open(_tables(events, (0.5, 0.5, 0.6)), gold).confidence_auc == 0.25  # a tie counts half
    assert "AUC" in evaluate_open(_tables(events, (0.9, 0.5, 0.6)), gold).report()


def test_the_auc_needs_both_right_and_wrong_events() -> None:
    assert math.isnan(ranking_auc(pd.Series([0.2, 0.9]), pd.Series([True, True])))
    assert ranking_auc(pd.Series([0.2, 0.9]), pd.Series([False, True])) == 1.0


def test_titles_led_by_a_bare_pronoun_are_counted_apart_from_fragments() -> None:
    events = [
        ("ev-1", "legal", "The court issued its ruling on the appeal"),
        ("ev-2", "other", "It will reopen the stadium on Thursday"),
        ("ev-3", "other", "They denied cutting corners on the ferry"),
        ("ev-4", "other", "It is hoped the ferry will sail again"),  # an "it" that stands for nothing
        ("ev-5", "other", "The ferry left the harbour an hour late and"),
    ]
    scores = evaluate_open(_tables(events), [_gold("ruling", "legal", "ruling")])
    assert (scores.pronoun_led, scores.fragments, scores.n_titles) == (2, 1, 5)
    assert "titles whose subject is a bare pronoun 2/5 = 0.400" in scores.report()
