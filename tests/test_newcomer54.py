"""Rules from reading unseen articles as a new user would (fifty-fourth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.extract.triggers import SPEECH


@pytest.mark.parametrize(
    "sentence",
    [
        "Port authorities eventually asserted themselves but lacked the boats to stem the spill.",
        "The army asserted control over the airport on Sunday.",
    ],
)
def test_asserting_oneself_or_control_is_no_saying(sentence: str) -> None:
    assert not any(m.group().startswith("asserted") for m in SPEECH.finditer(sentence))


def test_asserting_that_is_saying() -> None:
    assert any(
        m.group() == "asserted" for m in SPEECH.finditer("The mayor asserted that the bridge was safe.")
    )


def _clauses(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 21)))
    return [m.clause for m in extract_mentions(article, load_gazetteer())]


def test_a_span_of_time_that_ended_is_no_happening() -> None:
    # "the business year ended in March" names the period the figure counts over
    text = (
        "Bakers gain\n\nThe bakery booked orders for 90,000 loaves in April, more than it sold in the whole "
        "business year ended in March, a spokesman said.\n"
    )
    assert not any(c.lower().startswith(("business year", "whole business year")) for c in _clauses(text))
    # a reduced relative that tells an act still gives its happening
    text = "Curfew lifted\n\nThe port has lifted all restrictions imposed last month, officials said.\n"
    assert any(c.startswith("Restrictions were imposed") for c in _clauses(text))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a Wednesday paper: the simple present of a meeting, journey or hearing is the timetable's
        ("The committee meets on Thursday to decide on the levy.", dt.date(2026, 5, 14)),
        ("The minister flies to Lisbon on Friday.", dt.date(2026, 5, 15)),
        ("She testifies before the panel on Monday.", dt.date(2026, 5, 18)),
        # told in the past, or a day behind the verb's own
        ("The committee met on Thursday.", dt.date(2026, 5, 7)),
        ("The squad returns to training after its defeat on Saturday.", dt.date(2026, 5, 9)),
        # the day opening its sentence: the tense after it tells
        ("On Thursday, lawmakers hold a hearing on the levy.", dt.date(2026, 5, 14)),
        ("On Thursday, lawmakers held a hearing on the levy.", dt.date(2026, 5, 7)),
        ("On Monday, the company said its profits fell.", dt.date(2026, 5, 11)),
    ],
)
def test_a_weekday_of_a_timetable_present_is_ahead(sentence: str, day: dt.date) -> None:
    (found,) = find_dates(sentence, dt.date(2026, 5, 13))
    assert found.date_start == day


def test_a_chronologys_item_in_the_historic_present_keeps_its_past_day() -> None:
    (found,) = find_dates("May 5 - A ferry begins towing the pontoon to the harbour.", dt.date(2026, 6, 1))
    assert found.date_start == dt.date(2026, 5, 5)
