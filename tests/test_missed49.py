"""A happening of plain news prose that no mention was made of (missed49): a rank reached among those that
have done something ("has become the third country to ..."); and a total over years, which is no figure
of the report's days. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.plain_reports import (
    perfect_figure_report,
    perfect_milestone,
)
from tests.reports import body_kinds

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday


# --- a figure over years ------------------------------------------------------------------------------------


def test_a_figure_spent_over_years_is_no_count_of_the_reports_days() -> None:
    assert perfect_figure_report("The chain has spent more than $50m lobbying lawmakers since 2004.") is None
    assert perfect_figure_report("The chain has spent more than $50m on the recall so far.") is not None


# --- a rank reached -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru has become the first country to ratify the fishing treaty.",
        "The county has become the third in the state to report cases of the fever.",
        "Ms Roe has become the first woman to be elected to the court twice.",
    ],
)
def test_a_rank_reached_in_the_perfect_is_an_act_of_the_reports_days(sentence: str) -> None:
    assert perfect_milestone(sentence) is not None
    assert [day for _, day in body_kinds(sentence, PUBLISHED)] == [PUBLISHED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The square has become a symbol of the protests.",
        "The port has become the busiest in the region.",
        "The firm has become the first to be a member of both trade bodies.",
        "The college has become the latest to announce it will shut for a week.",
        "If the bill passes, the state will have become the first to ban the pesticide.",
    ],
)
def test_no_rank_or_a_rank_in_announcing_is_no_milestone(sentence: str) -> None:
    assert perfect_milestone(sentence) is None
