"""Dates of found happenings read as English news prose tells them: a clock's "a.m." or "p.m." does not end
the sentence before its zone or weekday, "as early as" and "as far back as" give a month, a count of days
runs on from the story's day only to the report's day, and an opening phrase of the occasion dates what was
said there. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.dating import dates_of_the_saying
from events.merge.titles import tidy
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 7, 8)


def test_a_clock_time_in_pm_does_not_cut_a_timetable_from_its_day() -> None:
    found = find_dates(
        "The council will vote on the budget at a meeting slated for 6 p.m. local time on Friday.", WEDNESDAY
    )
    assert [(m.text, m.date_start, m.tense) for m in found] == [("Friday", dt.date(2026, 7, 10), "future")]


def test_a_clock_time_in_pm_still_ends_a_sentence_before_a_capital() -> None:
    found = find_dates("Polls closed at 8 p.m. Turnout was low on Sunday, officials said.", WEDNESDAY)
    assert [(m.text, m.date_start) for m in found] == [("Sunday", dt.date(2026, 7, 5))]


def test_a_clock_time_runs_on_into_its_zone_and_its_weekday() -> None:
    for text in (
        "The ferry will dock at 7 a.m. EST on Friday, the operator said.",
        "Counting will begin at 9 p.m. GMT on Friday.",
        "The court will hear the appeal at 10 a.m. Friday.",
    ):
        assert [(m.text, m.date_start, m.tense) for m in find_dates(text, WEDNESDAY)] == [
            ("Friday", dt.date(2026, 7, 10), "future")
        ], text


def test_a_deed_at_a_clock_time_and_weekday_is_one_sentence() -> None:
    text = "A gas main exploded at 5 a.m. Monday near the station, police said.\n"
    found = report_mentions(text, WEDNESDAY)
    assert [(m.sentence.text[:25], m.date_start) for m in found] == [
        ("A gas main exploded at 5 ", dt.date(2026, 7, 6))
    ]


def test_a_weekday_owning_a_noun_after_a_clock_still_opens_a_sentence() -> None:
    found = find_dates("Polls closed at 9 p.m. Sunday's count was slow, officials said.", WEDNESDAY)
    assert [(m.text, m.date_start) for m in found] == [("Sunday", dt.date(2026, 7, 5))]


def test_as_early_as_and_as_far_back_as_give_a_bare_month() -> None:
    for text in (
        "Engineers warned of cracks in the dam as early as March, the inquiry heard.",
        "The airline knew of the fault in its engines as far back as March.",
    ):
        assert [(m.text, m.value) for m in find_dates(text, WEDNESDAY)] == [("March", "2026-03")]


def test_may_the_name_is_still_no_month() -> None:
    assert find_dates("The court heard from Theresa May as a witness.", WEDNESDAY) == []
    assert find_dates("Theresa May briefing notes were leaked to the paper.", WEDNESDAY) == []
    # ("as late as" and "as recently as" compare with a person as often as with a time)
    assert find_dates("Few ministers stayed in the chamber as late as May did.", WEDNESDAY) == []
    assert find_dates("The envoy met officials as recently as May, who said little.", WEDNESDAY) == []
    found = find_dates("The mine was still hiring as recently as March, its accounts show.", WEDNESDAY)
    assert [(m.text, m.value) for m in found] == [("March", "2026-03")]


def test_a_count_on_from_a_day_gone_by_does_not_run_past_the_report() -> None:
    text = (
        "A landslide buried the road on 2 August 2008. "
        '"The hill moved. We ran. Nobody helped," a driver said on Monday. '
        "Three weeks later, engineers rebuilt the road."
    )
    assert "Three weeks later" not in [m.text for m in find_dates(text, WEDNESDAY)]
    # (a count that stays behind the report still runs on from the story's day)
    text = "The dam burst on 2 June. Rescuers came. Two weeks later, engineers rebuilt the road."
    found = {m.text: m.date_start for m in find_dates(text, WEDNESDAY)}
    assert found["Two weeks later"] == dt.date(2026, 6, 16)


def test_a_count_of_days_takes_no_day_from_a_quotation_or_an_aside_far_back() -> None:
    for text in (
        'The nurses struck on 4 May. "We will strike again on 11 May. Pay is too low. We are tired," '
        "their leader said. Hospitals cancelled operations. Two days later, the nurses returned to work.\n",
        "The museum shut on Monday. Staff learned of it by e-mail. The museum, which opened on 9 April 1961, "
        "drew many visitors. Its roof had leaked for years. The council was blamed. Two days later, "
        "protesters marched to the town hall.\n",
    ):
        found = report_mentions(text, dt.date(2026, 6, 10))
        later = [m for m in found if "Two days later" in m.sentence.text]
        assert all(m.date_start not in (dt.date(2026, 5, 13), dt.date(1961, 4, 11)) for m in later), text


def test_a_month_names_a_briefing_a_speech_or_a_news_conference() -> None:
    for text in (
        "At a June briefing, the health minister said the outbreak was under control.",
        "At a June news conference, the coach said the striker was fit.",
        "Her June speech to the party was widely praised.",
    ):
        assert [(m.text, m.value) for m in find_dates(text, WEDNESDAY)] == [("June", "2026-06")]


def test_an_opening_phrase_of_the_occasion_dates_the_saying() -> None:
    text = "At a September hearing, the judge suggested the claims were good candidates for settlement.\n"
    found = report_mentions(text, dt.date(2026, 10, 6))
    judge = [m for m in found if "suggested" in m.sentence.text]
    assert judge and all(m.date_start == dt.date(2026, 9, 1) for m in judge)


def test_only_an_opening_phrase_of_an_occasion_dates_the_saying() -> None:
    def saying_dates(text: str) -> list[str]:
        return [d.text for d in dates_of_the_saying(find_dates(text, WEDNESDAY), text, 0)]

    assert saying_dates("At a March rally, the senator said the plant would stay open.") == ["March"]
    assert saying_dates("At a June briefing, the minister said the outbreak was under control.") == ["June"]
    assert saying_dates("During a June visit, the minister said the clinic would reopen.") == ["June"]
    # (a phrase of another kind, or a thing that is no occasion of words, names what was talked about)
    assert saying_dates("Unlike the March rally, the protest passed off quietly, police said.") == []
    assert saying_dates("At the March floods, the river rose two metres, the agency said.") == []
    assert saying_dates("Fans at a March match booed the referee, the club said.") == []


def test_a_headline_drops_an_opening_clock_with_its_zone_or_weekday() -> None:
    # (the whole sentence now reaches the headline maker with its clock and weekday: both are the date's)
    assert tidy("About 5 a.m. Monday, crews began clearing the rubble") == "Crews began clearing the rubble"
    assert tidy("At 9 a.m. EST, divers reached the wreck") == "Divers reached the wreck"
    assert tidy("By 3 a.m., the fire was out") == "The fire was out"
    assert tidy("At 4 p.m. talks, the envoys met") == "At 4 p.m. talks, the envoys met"
