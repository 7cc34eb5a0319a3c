"""Deeds told inside remarks (deeds27): a speaker's trip told in the sentence that gives what was said on it
("The minister, visiting the region on Tuesday, said ...") is a visit of its own beside the remarks, dated
by its own words or else by the remarks'. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.acts import trip_told_with_remarks
from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.schema import SPEECH_EVENT_TYPES

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
LEAD = "Floods swept through the northern province of Velora on Monday, officials said.\n\n"
REMARKS = "the government would rebuild every school"


def mentions_of(sentence: str) -> list[Mention]:
    article = prepare_article("own.txt", LEAD + sentence + "\n", SourceRow(published=PUBLISHED))
    found = extract_mentions(article, load_gazetteer())
    return [m for m in found if m.sentence.start >= len(LEAD)]


@pytest.mark.parametrize(
    ("sentence", "visit", "day"),
    [
        (
            f"Lars Dahl, visiting the flooded districts on Tuesday, said {REMARKS}.",
            "Lars Dahl visited the flooded districts on Tuesday",
            dt.date(2026, 5, 12),
        ),
        (
            f"Speaking on a tour of the flooded districts, Lars Dahl said {REMARKS}.",
            "Lars Dahl toured the flooded districts",
            PUBLISHED,
        ),
        (
            f"During a visit to the port on Tuesday, Mayor Anna Holt said {REMARKS}.",
            "Anna Holt visited the port on Tuesday",
            dt.date(2026, 5, 12),
        ),
        (
            f"Lars Dahl, who was on his first visit to the province, said {REMARKS}.",
            "Lars Dahl visited the province",
            PUBLISHED,
        ),
        (
            f"Lars Dahl visited the flooded districts and said {REMARKS}.",
            "Lars Dahl visited the flooded districts",
            PUBLISHED,
        ),
        # a journey's end
        (
            f"Arriving in the capital on Tuesday, Lars Dahl said {REMARKS}.",
            "Lars Dahl arrived in the capital on Tuesday",
            dt.date(2026, 5, 12),
        ),
        (
            f"Minister Lars Dahl, who has flown to the capital, said {REMARKS}.",
            "Lars Dahl flew to the capital",
            PUBLISHED,
        ),
    ],
)
def test_a_trip_is_told_beside_the_remarks_made_on_it(sentence: str, visit: str, day: dt.date) -> None:
    found = mentions_of(sentence)
    said = [m for m in found if m.event_type in SPEECH_EVENT_TYPES]
    trips = [m for m in found if m.event_type == "other"]
    assert said and REMARKS in said[0].clause, [(m.event_type, m.clause) for m in found]
    assert [m.clause for m in trips] == [visit]
    # the remarks were made on the trip: one day for both
    assert trips[0].date_start == day == said[0].date_start


def test_a_trip_told_by_an_office_named_by_nobody_is_the_trip_and_the_remarks() -> None:
    # (remarks of an office nobody in the report holds are kept, told by the office as written; the trip is
    # told apart, by its subject as the sentence gives it)
    found = mentions_of("The interior minister, visiting the region on Tuesday, said the damage was severe.")
    assert sorted((m.event_type, m.clause) for m in found) == [
        ("other", "The interior minister visited the region on Tuesday"),
        ("statement", "the damage was severe"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a trip to come, or an occasion before one, is no trip made
        f"Lars Dahl, speaking before a visit to the province, said {REMARKS}.",
        f"Lars Dahl, visiting the province next week, will say {REMARKS}.",
        # a meeting or an occasion of speaking is no trip
        f"After meeting the governor, Lars Dahl said {REMARKS}.",
        # a pronoun opens no trip: who went is told elsewhere
        f"He, visiting the flooded districts, said {REMARKS}.",
    ],
)
def test_no_trip_made(sentence: str) -> None:
    assert all(not m.clause.startswith(("Lars Dahl visited", "He visited")) for m in mentions_of(sentence))
    assert trip_told_with_remarks(sentence) is None or "next week" in sentence


def test_who_went_is_the_subject_and_a_date_of_what_was_said_is_not_the_trips() -> None:
    # (the company named in the words said is not who went, and the meeting's Friday is not the trip's day)
    found = mentions_of(
        "Lars Dahl, on his fourth visit to the province since the floods began, said he would press Norvik"
        " Power at a meeting on Friday to pay every claim."
    )
    trips = [m for m in found if m.clause.endswith("visited the province")]
    assert [m.clause for m in trips] == ["Lars Dahl visited the province"]
    assert trips[0].date_start == PUBLISHED


def test_visits_counted_are_no_trip_of_the_day() -> None:
    sentence = f"Lars Dahl, who has toured the province twice since the floods began, said {REMARKS}."
    assert trip_told_with_remarks(sentence) is None
