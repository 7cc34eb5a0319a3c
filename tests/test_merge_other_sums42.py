"""Two reports' acts of one kind that each state a sum of money, none near the other's, are two acts
(`_other_sums` in events.merge.clusters): "The World Bank reached an agreement earlier in May to lend
$310 million" and "The World Bank agreed to lend $6 billion this week" are two loans; a sum told again,
rounded or not, is one.

All texts are our own."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article


def mentions_of(*reports: tuple[str, dt.date, str]) -> pd.DataFrame:
    """The mentions of reports given as (file, publication date, text), with their events."""
    articles = tuple(
        prepare_article(name, text + "\n", SourceRow(published=day, outlet=f"Outlet {i}"))
        for i, (name, day, text) in enumerate(reports)
    )
    return build_tables(Corpus(articles=articles)).mentions


def events_telling(mentions: pd.DataFrame, word: str) -> set[str]:
    return set(mentions[mentions["sentence"].str.contains(word)]["event_id"])


def test_two_loans_for_other_sums_stay_apart() -> None:
    mentions = mentions_of(
        (
            "a.txt",
            dt.date(2031, 5, 16),
            "The World Bank agreed to lend the Morvanian government $6 billion this week and has invited "
            "bids for its bonds.",
        ),
        (
            "b.txt",
            dt.date(2031, 5, 20),
            "The World Bank reached an agreement earlier in May to lend the port authority of Kestrel Bay "
            "$310 million.",
        ),
    )
    assert len(events_telling(mentions, "World Bank")) == 2


def test_one_loan_whose_sum_is_told_again_rounded_is_one_event() -> None:
    mentions = mentions_of(
        (
            "a.txt",
            dt.date(2031, 5, 16),
            "The World Bank agreed to lend the Morvanian government $6 billion this week.",
        ),
        (
            "b.txt",
            dt.date(2031, 5, 20),
            "The World Bank reached an agreement earlier in May to lend Morvania's government $6.1 billion.",
        ),
    )
    assert len(events_telling(mentions, "World Bank")) == 1
