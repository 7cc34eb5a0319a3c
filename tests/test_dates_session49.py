"""Dates of found happenings read as English news prose tells them (the forty-ninth session): an opening
phrase that names its occasion by the day's possessive ("At Tuesday's hearing,") or gives the day after the
occasion ("In an interview on Sunday,") dates what was said there; a fixture told with "is" and its day
("Kick-off is at 3 p.m. on Saturday") is ahead; and wire copy's one-sentence paragraphs keep the scene's
day over a line or two told untimed in the simple past. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.dating import dates_of_the_saying
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 7, 8)


def _saying_dates(text: str) -> list[str]:
    return [d.text for d in dates_of_the_saying(find_dates(text, WEDNESDAY), text, 0)]


def test_an_opening_occasion_named_by_the_days_possessive_dates_the_saying() -> None:
    assert _saying_dates("At Tuesday's hearing, the senator said the deal would raise prices.") == ["Tuesday"]
    assert _saying_dates("At Monday's briefing, the health officer said the outbreak had peaked.") == [
        "Monday"
    ]


def test_an_opening_occasion_with_its_day_after_it_dates_the_saying() -> None:
    assert _saying_dates(
        "In an interview on Sunday, the minister said the rules would cut waiting times."
    ) == ["Sunday"]
    assert _saying_dates(
        "In an interview with a radio station on Sunday, the chief executive said profits would recover."
    ) == ["Sunday"]
    assert _saying_dates(
        "At a news conference late on Friday, the coach said his striker would miss the final."
    ) == ["Friday"]


def test_an_opening_that_names_no_occasion_of_words_does_not_date_the_saying() -> None:
    # (a bare month with no determiner, a happening that is no occasion of words, a day inside the words)
    assert _saying_dates("In March, the senator said the deal would raise prices.") == []
    assert _saying_dates("At Tuesday's match, fans booed the referee, the club said.") == []
    assert _saying_dates("At Sunday's floods, the river rose two metres, the agency said.") == []
    assert _saying_dates("In an interview, the minister said the vote on Sunday would be close.") == []
    assert _saying_dates("In a case heard on Monday, the court said the law was void.") == []
    assert _saying_dates("Unlike Tuesday's hearing, the session passed quietly, the clerk said.") == []


def test_a_fixture_told_with_is_and_its_day_is_ahead() -> None:
    for text, day in (
        ("Kick-off is at 3 p.m. GMT on Saturday.", dt.date(2026, 7, 11)),
        ("The vote is at 7 p.m. on Thursday.", dt.date(2026, 7, 9)),
        ("The funeral is on Friday, the family said.", dt.date(2026, 7, 10)),
        ("The game is at noon on Sunday.", dt.date(2026, 7, 12)),
        ("Polls open at 7 a.m. Sunday.", dt.date(2026, 7, 12)),
    ):
        assert [(m.date_start, m.tense) for m in find_dates(text, WEDNESDAY)] == [(day, "future")], text


def test_a_fixture_told_in_the_past_or_no_fixture_stays_behind() -> None:
    for text, day in (
        ("Kick-off was at 3 p.m. on Saturday.", dt.date(2026, 7, 4)),
        ("Polls opened at 7 a.m. Sunday.", dt.date(2026, 7, 5)),
        ("The hearing was on Monday.", dt.date(2026, 7, 6)),
        ("The focus is on Monday.", dt.date(2026, 7, 6)),
    ):
        assert [(m.date_start, m.tense) for m in find_dates(text, WEDNESDAY)] == [(day, "past")], text


def _dated(text: str, published: dt.date) -> dict[str, dt.date]:
    return {m.sentence.text[:20]: m.date_start for m in report_mentions(text, published)}


def test_wire_paragraphs_keep_the_scenes_day_over_an_untimed_line() -> None:
    friday = dt.date(2026, 3, 13)
    text = (
        "Riot police cleared the main square of the capital on Tuesday, firing tear gas at protesters.\n\n"
        "Dozens of protesters were detained.\n\n"
        "Three officers were injured in the clashes.\n"
    )
    assert _dated(text, friday)["Three officers were "] == dt.date(2026, 3, 10)


def test_a_line_of_another_time_between_breaks_the_scene() -> None:
    friday = dt.date(2026, 3, 13)
    for between in (
        "The square has been the scene of protests for weeks.",
        "Police had cleared the square once before.",
        "Earlier, protesters blocked the main road.",
        "Dozens of protesters were detained, officials said.",
    ):
        text = (
            "Riot police cleared the main square of the capital on Tuesday, firing tear gas.\n\n"
            f"{between}\n\n"
            "Three officers were injured in the clashes.\n"
        )
        assert _dated(text, friday).get("Three officers were ") in (None, friday), between
