"""Dates of unseen news prose (issue 7, session 40): a plan or a saying told only in the present is of the
report's days, not of the speaker's remarks dated a week before; the future seen from a past expectation
("it was expected that the board would meet on Sunday") is the nearest such day either side. Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions

THURSDAY = dt.date(2011, 3, 17)
FRIDAY = dt.date(2011, 9, 9)


def act_dates(text: str, published: dt.date) -> list[tuple[str, dt.date]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [(m.sentence.text, m.date_start) for m in extract_mentions(article, load_gazetteer())]


def test_a_plan_told_in_the_present_is_not_dated_by_last_weeks_remarks() -> None:
    text = (
        "Harbour operator Kestrel Marine said late last week it would close the eastern pier to cargo ships"
        " after divers found cracks in two of its pilings.\n\n"
        "Repairs are expected to cost about $4 million.\n\n"
        "Kestrel Marine also plans to bring in a floating crane from the Baltic to help unload ships at the"
        " western quay."
    )
    found = act_dates(text, THURSDAY)
    crane = [day for title, day in found if "crane" in title]
    assert crane == [THURSDAY]
    # (the saying of last week keeps its own day)
    assert any(day == dt.date(2011, 3, 10) for title, day in found if "pier" in title)


def test_a_saying_in_the_past_still_takes_the_speakers_earlier_day() -> None:
    text = (
        "Harbour operator Kestrel Marine said late last week it would close the eastern pier to cargo ships"
        " after divers found cracks in two of its pilings.\n\n"
        "Repairs are expected to cost about $4 million.\n\n"
        "Kestrel Marine added that it had hired divers from Oslo to inspect the western quay."
    )
    found = act_dates(text, THURSDAY)
    assert all(day == dt.date(2011, 3, 10) for title, day in found if "Oslo" in title or "divers" in title)


def dated(text: str, published: dt.date) -> list[tuple[str, dt.date]]:
    return [(d.text, d.date_start) for d in find_dates(text, published)]


def test_a_past_expectation_that_something_would_happen_looks_to_the_nearest_such_day() -> None:
    # Friday's report: the Sunday expected is the coming one, two days on, not five days back
    found = dated(
        "It was widely expected that the league would proceed on Sunday with a replay of the final, which"
        " slow-motion pictures show to be marred by a refereeing error.",
        FRIDAY,
    )
    assert found == [("Sunday", dt.date(2011, 9, 11))]
    found = dated(
        "It was hoped that the ferry would sail on Sunday with the stranded hikers, who say they are running"
        " out of food.",
        FRIDAY,
    )
    assert found == [("Sunday", dt.date(2011, 9, 11))]
    # (a past act with no expectation stays behind)
    assert dated("The league staged the replay on Sunday.", FRIDAY) == [("Sunday", dt.date(2011, 9, 4))]


def test_a_day_closing_a_time_clause_in_the_present_lies_ahead() -> None:
    sunday = dt.date(2011, 9, 11)
    found = dated(
        "Even before the review board holds its first hearing Monday in Leeds, its chair has doubts.", sunday
    )
    assert found == [("Monday", dt.date(2011, 9, 12))]
    found = dated(
        "Dock workers will stay home when the prime minister visits the harbour on Tuesday.", FRIDAY
    )
    assert found == [("Tuesday", dt.date(2011, 9, 13))]
    # (told in the past, or with no verb in the clause, the day is behind)
    found = dated("The ferry waited until the rescue crews arrived on Monday.", FRIDAY)
    assert found == [("Monday", dt.date(2011, 9, 5))]
    assert dated("Prices slid after Roe's remarks on Thursday.", FRIDAY) == [
        ("Thursday", dt.date(2011, 9, 8))
    ]
    found = dated("Sales jumped when the band's tour opened in Oslo on Thursday.", FRIDAY)
    assert found == [("Thursday", dt.date(2011, 9, 8))]


def test_a_weekly_count_is_not_dated_by_the_last_day_of_its_week() -> None:
    friday = dt.date(2011, 5, 13)
    text = (
        "New claims for unemployment benefit fell by 4,000 to 44,000 in the week ended May 8, the labour"
        " ministry said."
    )
    assert [day for _sentence, day in act_dates(text, friday)] == [friday]
    text = "Grain exports rose by a tenth in the month to April 30, the customs office said."
    assert [day for _sentence, day in act_dates(text, friday)] == [friday]
