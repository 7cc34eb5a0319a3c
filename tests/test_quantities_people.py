"""Counts of people read with their noun, which tell one report's two acts of a kind apart."""

from __future__ import annotations

import pytest

from events.extract.quantities import people_counts


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
