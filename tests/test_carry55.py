"""Dates an undated sentence carries over from the one above it: "that night" and "that evening" told of the
day the story is at, and remarks "after that meeting" dated by the meeting told just above. All sentences
are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from tests.reports import BODY_OPENING, report_mentions

FRIDAY = dt.date(2026, 3, 13)
TUESDAY = dt.date(2026, 3, 10)


def days_of(text: str, published: dt.date) -> list[tuple[str, dt.date]]:
    return [(m.text, m.date_start) for m in find_dates(text, published)]


def test_that_night_is_the_night_of_the_day_the_story_is_at() -> None:
    text = "Rebels seized the airport on Tuesday. That night, looters broke into the fuel depot."
    assert days_of(text, FRIDAY) == [("Tuesday", TUESDAY), ("That night", TUESDAY)]
    text = "The storm reached the coast on Tuesday. Power failed across the port that evening."
    assert days_of(text, FRIDAY)[-1] == ("that evening", TUESDAY)


def test_that_night_with_no_day_above_gives_no_date() -> None:
    assert days_of("That night, looters broke into the fuel depot.", FRIDAY) == []


def test_that_after_a_verb_of_saying_opens_what_was_said() -> None:
    text = "The airline grounded its fleet on Tuesday. Officials said that night flights would resume soon."
    assert days_of(text, FRIDAY) == [("Tuesday", TUESDAY)]


def test_remarks_after_that_meeting_take_the_day_of_the_meeting_above() -> None:
    text = (
        BODY_OPENING
        + "The prime minister met the farmers' union leaders on Tuesday to discuss the tariffs.\n\n"
        "In remarks after that meeting, the prime minister promised to protect grain growers from the "
        "new duties.\n"
    )
    promised = [m for m in report_mentions(text, FRIDAY) if "promised" in m.sentence.text]
    assert promised and all(m.date_start == TUESDAY for m in promised)


def test_the_meeting_not_pointed_at_keeps_its_own_reading() -> None:
    # "the meeting" with no "that" and no meeting dated above: no day carried from the sentence above
    text = (
        BODY_OPENING + "Protesters blocked the main road into the capital on Tuesday.\n\n"
        "Separately, the finance minister promised after the cabinet meeting to cut fuel duties.\n"
    )
    promised = [m for m in report_mentions(text, FRIDAY) if "promised" in m.sentence.text]
    assert promised and all(m.date_start != TUESDAY for m in promised)


def test_remarks_below_news_of_the_day_before_keep_that_day() -> None:
    text = (
        "The transport minister resigned on Thursday after the rail strike collapsed.\n\n"
        "Her resignation letter reached the prime minister's office on Thursday.\n\n"
        "A government spokesman said the ministry would carry on with its plans.\n"
    )
    said = [m for m in report_mentions(text, FRIDAY) if "spokesman" in m.sentence.text]
    assert said and all(m.date_start == dt.date(2026, 3, 12) for m in said)


def test_that_nights_names_a_happening_and_gives_no_date() -> None:
    text = "The council met on Tuesday. The budget looked sound, paving the way for that night's vote."
    assert days_of(text, FRIDAY) == [("Tuesday", TUESDAY)]
