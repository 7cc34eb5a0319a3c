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


# --- a plan with no day -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The finance ministry is set to announce a record deficit for the year.",
        "The port authorities are due to reopen the northern terminal after repairs.",
        "The transport ministry is set to lift the ban on night flights.",
    ],
)
def test_a_plan_with_no_day_is_news_of_the_reports_day(sentence: str) -> None:
    assert [day for _, day in body_kinds(sentence, PUBLISHED)] == [PUBLISHED]


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure or a state foreseen
        "The carmaker is set to become the largest employer in the province.",
        "Fuel prices are set to rise again before the winter.",
        # an aim or a step is the subject, not a party
        "The government's plan is set to divide the ruling coalition.",
        # nobody named acts
        "Thousands more are set to lose their jobs in the textile mills.",
        # the writer's own voice
        "We are set to see many more of these cases in the coming weeks.",
    ],
)
def test_a_forecast_or_an_aim_is_no_plan(sentence: str) -> None:
    assert body_kinds(sentence, PUBLISHED) == []
