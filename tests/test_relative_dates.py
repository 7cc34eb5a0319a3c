"""Dates told relative to the story, not to the report: "A day later", "hours later", "the next morning"
count from the happening the text has just dated; a weekday in the present progressive ("is holding a
vigil Sunday") is an arrangement ahead. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.mentions import Mention
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 5, 15)


def dates_of(text: str, published: dt.date = FRIDAY) -> dict[str, dt.date]:
    return {m.text: m.date_start for m in find_dates(text, published)}


def mention_with(words: str, text: str, published: dt.date = FRIDAY) -> Mention:
    found = report_mentions("Headline of the story\n\n" + text, published)
    return next(m for m in found if words in m.sentence.text)


def test_a_day_later_opening_a_sentence_counts_from_the_day_told_before() -> None:
    found = dates_of(
        "The engineer was due to fly out on 2 May. A day later, the port cancelled the inspection."
    )
    assert found["A day later"] == dt.date(2026, 5, 3)


def test_a_count_later_in_the_next_sentence_counts_from_the_story_not_from_publication() -> None:
    found = dates_of("The tanker ran aground on Monday. The hull split two days later.")
    assert found["two days later"] == dt.date(2026, 5, 13)


def test_a_week_later_counts_weeks_from_the_story() -> None:
    found = dates_of("The dam failed on 20 April. A week later, the first aid convoy arrived.")
    assert found["A week later"] == dt.date(2026, 4, 27)


def test_hours_later_and_shortly_afterwards_keep_the_story_day() -> None:
    found = dates_of(
        "The tanker ran aground on 4 May. Hours later, the crew abandoned the ship. "
        "Shortly afterwards, the coast guard closed the channel."
    )
    assert found["Hours later"] == dt.date(2026, 5, 4)
    assert found["Shortly afterwards"] == dt.date(2026, 5, 4)


def test_the_next_morning_is_the_day_after_the_story_day() -> None:
    found = dates_of("Rebels shelled the town on 6 May. The next morning, the army sent reinforcements.")
    assert found["The next morning"] == dt.date(2026, 5, 7)


def test_the_story_moves_on_with_each_count() -> None:
    found = dates_of(
        "The tanker ran aground on 4 May. A day later, the crew left. Two days later, the hull split."
    )
    assert found["Two days later"] == dt.date(2026, 5, 7)


def test_a_count_later_with_no_day_told_before_is_no_date() -> None:
    found = dates_of("A day later, the port cancelled the inspection.")
    assert "A day later" not in found


def test_a_count_later_after_a_month_is_no_day() -> None:
    # "in April ... A day later": no day to count from
    found = dates_of("The dam failed in April. A day later, the first convoy arrived.")
    assert "A day later" not in found


def test_a_mention_told_a_day_later_takes_the_counted_day() -> None:
    mention = mention_with(
        "cancelled",
        "The engineer was due to fly to the port on 2 May to inspect the dam. "
        "A day later, the port authority cancelled the inspection.",
    )
    assert mention.date_start == dt.date(2026, 5, 3)


def test_a_weekday_in_the_present_progressive_is_the_coming_day() -> None:
    found = dates_of("The church is holding a vigil Sunday for the victims.")
    assert found["Sunday"] == dt.date(2026, 5, 17)


def test_a_weekday_after_a_progressive_and_a_to_infinitive_is_the_coming_day() -> None:
    found = dates_of(
        "The club is opening its ground to members and their children to watch the final Saturday."
    )
    assert found["Saturday"] == dt.date(2026, 5, 16)


def test_a_weekday_of_a_past_thing_after_a_progressive_stays_past() -> None:
    found = dates_of("Police are investigating a crash Sunday that killed two people.")
    assert found["Sunday"] == dt.date(2026, 5, 10)
    found = dates_of("The senator is recovering after surgery Monday.")
    assert found["Monday"] == dt.date(2026, 5, 11)


def test_a_weekday_in_the_simple_past_stays_past() -> None:
    found = dates_of("The church held a vigil Sunday for the victims.")
    assert found["Sunday"] == dt.date(2026, 5, 10)


def test_an_arrangement_told_in_the_progressive_is_a_planned_mention() -> None:
    mention = mention_with("vigil", "The church is holding a vigil Sunday for the victims of the flood.")
    assert mention.date_start == dt.date(2026, 5, 17)
    assert mention.planned


def test_a_count_over_this_year_is_dated_by_its_telling() -> None:
    # "this year" is the stretch the toll runs over; "last month" is when it was told
    mention = mention_with(
        "2,500",
        "The charity said last month that at least 2,500 residents had died of the fever this year.",
        dt.date(2026, 5, 15),
    )
    assert (mention.date_start, mention.date_end) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))


def test_this_year_alone_still_dates_its_sentence() -> None:
    mention = mention_with("killed", "More than 2,500 people have been killed by the fever this year.")
    assert mention.date_start.year == 2026


def test_a_count_later_far_from_the_last_day_told_is_no_date() -> None:
    found = dates_of(
        "The tanker ran aground on 4 May. The crew was unhurt. The owners were insured. "
        "A day later, the port reopened."
    )
    assert "A day later" not in found


def test_the_ends_of_a_range_date_no_act() -> None:
    # "from April to July" is the stretch a figure runs over; Tuesday is when it was told
    mention = mention_with(
        "20,000", "The airline carried 20,000 passengers from April to July, the company said on Tuesday."
    )
    assert mention.date_start == dt.date(2026, 5, 12)


def test_an_editors_note_is_no_event() -> None:
    found = report_mentions(
        "Headline of the story\n\nFloodwater reached the old town on Monday.\n\n"
        "This article was amended on 16 May 2026.",
        dt.date(2026, 5, 16),
    )
    assert not any("amended" in m.sentence.text for m in found)
