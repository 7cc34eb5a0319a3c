"""A disputed sum of money that sources qualify ("nearly $16", "about $5.7 million") is called a sum of
money on the claims page, not a percentage (check55, seen on a 300-article build)."""

from __future__ import annotations

import pandas as pd

from events.query.disputes import disputed_figures, figure_in_words
from events.schema import Tables


def _tables(figures: str) -> Tables:
    events = pd.DataFrame({"event_id": ["ev-0000000001"], "figures": [figures]})
    sources = pd.DataFrame({"article": ["a.txt", "b.txt"], "outlet": ["The Guardian", "Reuters"]})
    return Tables(events, pd.DataFrame(), sources)


def test_qualified_sums_of_money_in_dispute_are_called_a_sum_of_money() -> None:
    (dispute,) = disputed_figures(_tables("nearly $16 [a.txt];about $5.7 million [b.txt]"))
    assert figure_in_words(dispute.kind) == "a sum of money"
    assert [value.text for value in dispute.values] == ["nearly $16", "about $5.7 million"]


def test_percentages_in_dispute_stay_a_percentage() -> None:
    (dispute,) = disputed_figures(_tables("about 25 percent [a.txt];nearly 60 percent [b.txt]"))
    assert figure_in_words(dispute.kind) == "a percentage"
