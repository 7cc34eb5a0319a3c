"""Acts that news prose tells in forms the build did not read as acts (issue 7, found on unseen text): the
perfect of a verb whose participle is irregular and not in the short list the build knew ("has ridden",
"have swum"), and a count of those hit given as a range in a speaker's present-tense remarks ("say between
200 and 300 people are homeless"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.acts import news_in_remarks
from tests.reports import build_reports
from tests.reports import events_below_storm as events_of

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def report_of(text: str) -> list[tuple[str, str, str]]:
    """(type, day, title) of each event a Thursday report made of `text` alone makes."""
    return [(kind, day, title) for kind, day, _end, title, _n in build_reports((THU, text))]


def test_an_act_in_the_perfect_of_an_irregular_participle_is_the_reports_news() -> None:
    # (a participle in "-en" the build reads as a perfect act; that it is not in the list of irregular
    # perfects had made the sentence a standing fact)
    assert report_of(
        "The swollen river has ridden a strong spring tide onto 30 miles of the delta's farmland."
    ) == [
        (
            "other",
            "2026-03-12",
            "The swollen river has ridden a strong spring tide onto 30 miles of the delta's farmland",
        )
    ]


def test_a_state_told_in_the_perfect_stays_no_act() -> None:
    assert report_of("The harbour town has long been a centre of the region's fishing trade.") == []
    assert events_of("The harbour town has long been a centre of the region's fishing trade.") == []


def test_a_count_given_as_a_range_is_news_in_remarks() -> None:
    assert news_in_remarks("Relief workers say between 200 and 300 families are still without shelter.")
    assert news_in_remarks("The charity says from 40 to 60 children are missing.")


def test_a_range_of_something_else_is_no_count_of_those_hit() -> None:
    assert not news_in_remarks("Forecasters say between 20 and 30 centimetres of rain may fall.")


def test_a_happening_an_opening_counts_back_to_is_background_of_its_own() -> None:
    # (a count in years names the year, one in months the month, one in days the day)
    assert report_of(
        "Two years after the landslide that buried 30 homes in the valley, the road through the pass "
        "reopened yesterday."
    ) == [
        ("disaster", "2024-01-01", "The landslide buried 30 homes in the valley"),
        ("other", "2026-03-11", "The road through the pass reopened yesterday"),
    ]
    assert report_of(
        "Now, 20 days after the pipeline fire that forced thousands from their homes, attention is turning "
        "to the cost."
    ) == [("disaster", "2026-02-20", "The pipeline fire forced thousands from their homes")]


def test_the_toll_of_a_happening_counted_back_to_types_no_act_of_the_day() -> None:
    found = report_of(
        "Two years after the storm that killed 40 people, the transport ministry reopened the coast road "
        "yesterday."
    )
    assert ("disaster", "2024-01-01", "The storm killed 40 people") in found
    assert [kind for kind, day, _title in found if day == "2026-03-11"] == ["other"]


def test_an_order_given_in_the_passive_perfect_is_a_measure() -> None:
    assert report_of(
        "Residents of the three coastal districts have been told to boil their drinking water."
    ) == [
        (
            "policy",
            "2026-03-12",
            "Residents of the three coastal districts have been told to boil their drinking water",
        )
    ]


def test_words_told_or_an_order_in_a_relative_clause_are_no_measure() -> None:
    assert report_of("Residents of the coastal districts have been told that the tap water is safe.") == []
    assert (
        report_of("Residents of the valley, who have been told to boil their water, are angry at the delay.")
        == []
    )


def test_a_thing_kept_for_a_step_ahead_dates_the_step() -> None:
    found = report_of(
        "The ferry's damaged engine is being held at a navy yard to await inspection next month."
    )
    assert [(kind, day) for kind, day, _title in found] == [("other", "2026-04-01")]
