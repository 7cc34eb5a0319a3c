"""Counts of people read with their noun, which tell one report's two acts of a kind apart."""

from __future__ import annotations

import pytest

from events.extract.quantities import find_figures, people_counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police arrested 14 students outside the court.", {14.0}),
        ("Six dock workers were detained at the harbour.", {6.0}),
        ("Two more pupils were sent home.", {2.0}),
        ("Up to 12,000 North Korean troops were sent.", {12000.0}),
        # a share of a count told elsewhere, a bare number, a year, things: no count of people
        ("Forty of its staff were sent home, and 40 of its staff stayed.", set()),
        ("The 14 were charged on Monday.", set()),
        ("In 2010 students marched through the city.", set()),
        ("Two days later five trucks arrived.", set()),
    ],
)
def test_people_counts_are_numbers_with_a_noun_of_people(text: str, counts: set[float]) -> None:
    assert people_counts(text) == counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The fund paid about $5.7 million to the growers.", 5.7e6),
        ("The repairs came to nearly $16m last year.", 16e6),
        ("Profits rose to £2.5bn in the first half.", 2.5e9),
    ],
)
def test_a_sum_with_its_qualifier_or_short_scale_word_is_money(sentence: str, value: float) -> None:
    [figure] = find_figures(sentence)
    assert (figure.kind, figure.value) == ("money", value)


def test_a_share_stays_a_share() -> None:
    [figure] = find_figures("Prices rose about 5 percent in May.")
    assert figure.kind == "share"
