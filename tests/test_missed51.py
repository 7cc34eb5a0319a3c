"""A happening of plain news prose that no mention was made of (missed51): work under way on the scene told
in the passive progressive ("Tests are being carried out"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_kinds

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday


# --- work under way, in the passive progressive ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Precautionary tests are being carried out on the two ferry passengers.",
        "Food parcels are being distributed in the camps north of the capital.",
        "Water samples from the reservoir are being tested at the national laboratory.",
    ],
)
def test_work_under_way_in_the_passive_is_news_of_the_reports_day(sentence: str) -> None:
    assert [day for _, day in body_kinds(sentence, PUBLISHED)] == [PUBLISHED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The proposal for a new stadium is being considered by the council.",
        "The referee's decision is being criticised by fans of both clubs.",
        "The bridge is being watched closely by engineers from the county.",
        # a dispatch is a deployment, which "other" would mistype; "treated" may be care or a judgement
        "Two army helicopters are being sent to the flooded valley.",
        "The warehouse fire is being treated by detectives as arson.",
        # a bare pronoun would lead the title
        "They are being vaccinated at the school hall by nurses.",
    ],
)
def test_a_passive_of_judging_or_watching_is_no_work(sentence: str) -> None:
    assert body_kinds(sentence, PUBLISHED) == []
