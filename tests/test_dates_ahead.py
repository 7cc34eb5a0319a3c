"""Dates that look ahead or back from the words around them (issue 7): a deadline of an act named by a
gerund, a count of days from now, a happening named by its month alone, and an "earlier" date that
belongs to the phrase hung on "after". All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from tests.reports import report_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026
LATE_APRIL = dt.date(2026, 4, 29)  # Wednesday 29 April 2026


def dates(text: str, published: dt.date = THU) -> list[tuple[str, dt.date, dt.date]]:
    return [(d.text, d.date_start, d.date_end) for d in find_dates(text, published)]


def mention_dates(text: str, published: dt.date = THU) -> list[tuple[dt.date, dt.date]]:
    return [(m.date_start, m.date_end) for m in report_mentions(text, published)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather service gave the storm a 40 percent chance of strengthening into a hurricane by Friday.",
        "Engineers voiced hope of finishing the repairs by Friday.",
    ],
)
def test_a_deadline_of_an_act_named_by_a_gerund_is_the_nearest_such_day(sentence: str) -> None:
    # an act still to be done, named by "of" or "for" and a gerund, lies ahead as an infinitive's does
    assert dates(sentence) == [("Friday", dt.date(2026, 3, 13), dt.date(2026, 3, 13))]


def test_a_deadline_of_an_act_already_told_in_the_past_stays_behind() -> None:
    assert dates("The storm had strengthened into a hurricane by Friday.")[0][1] == dt.date(2026, 3, 6)


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("A navy ship is expected to reach the port in a couple of days.", "in a couple of days", 14),
        ("The relief convoy will arrive in two days.", "in two days", 14),
        ("The results are due in 10 days.", "in 10 days", 22),
    ],
)
def test_a_count_of_days_in_a_clause_that_looks_ahead_is_counted_from_publication(
    sentence: str, text: str, day: int
) -> None:
    assert dates(sentence) == [(text, dt.date(2026, 3, day), dt.date(2026, 3, day))]


def test_a_count_of_weeks_ahead_is_about_that_many_weeks_on() -> None:
    [(text, start, end)] = dates("The panel will report back in two weeks.")
    assert text == "in two weeks"
    assert start <= dt.date(2026, 3, 26) <= end
    assert (end - start).days <= 4


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the second attack in three days.",
        "Prices doubled in two weeks.",
        "The strike ended in two days of talks.",
    ],
)
def test_a_count_of_days_told_of_the_past_or_of_a_stretch_is_no_date(sentence: str) -> None:
    assert dates(sentence) == []


def test_a_happening_awaited_and_named_by_its_month_is_the_coming_one() -> None:
    # an April report: "the June elections" are two months ahead, not ten months back
    [(_, start, end)] = dates("Candidates were being chosen for the June European elections.", LATE_APRIL)
    assert (start, end) == (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    [(_, start, _)] = dates("Leaders met ahead of the May summit.", LATE_APRIL)
    assert start == dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # what was told of in the past was at a happening already held
        ("She spoke at the May summit.", dt.date(2025, 5, 1)),
        # a month just past is the nearer, whatever the tense
        ("Residents still recall the March floods.", dt.date(2026, 3, 1)),
        ("Residents still recall the December floods.", dt.date(2025, 12, 1)),
    ],
)
def test_a_happening_named_by_its_month_that_is_past_stays_behind(sentence: str, first: dt.date) -> None:
    assert dates(sentence, LATE_APRIL)[0][1] == first


def test_an_earlier_date_in_a_phrase_after_the_act_dates_that_phrase_only() -> None:
    # the shares fell today, after gaining ground on an earlier day of the week
    text = "Vexa shares fell 3 percent in London after gaining ground earlier this week."
    assert mention_dates(text) == [(THU, THU)]
    # the act's own date still dates it
    text = "Vexa shares fell 3 percent on Wednesday after gaining ground earlier this week."
    assert mention_dates(text) == [(dt.date(2026, 3, 11), dt.date(2026, 3, 11))]


def test_a_forecast_told_in_the_past_with_a_deadline_ahead_is_still_a_happening() -> None:
    # the deadline is the coming Friday, never the one behind, and the sentence is not dropped for it
    text = (
        "The weather service gave the storm a 40 percent chance of strengthening into a hurricane by Friday."
    )
    assert dates(text) == [("Friday", dt.date(2026, 3, 13), dt.date(2026, 3, 13))]
    # (dates21: the deadline is of the strengthening that may come; the odds were given on the report's
    # day, which dates the happening)
    assert mention_dates(text) == [(THU, THU)]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The bridge will not reopen until Monday.", (dt.date(2026, 3, 16), dt.date(2026, 3, 16))),
        (
            "The talks won't resume until next week, officials said.",
            (dt.date(2026, 3, 16), dt.date(2026, 3, 22)),
        ),
    ],
)
def test_what_is_not_done_until_a_day_is_done_on_that_day(
    sentence: str, when: tuple[dt.date, dt.date]
) -> None:
    assert mention_dates(sentence) == [when]


def test_a_state_that_lasts_until_a_day_is_not_dated_by_it() -> None:
    assert mention_dates("The bridge will stay closed until Monday.") == [(THU, THU)]


def test_a_count_back_to_a_happening_dates_the_clause_after_since() -> None:
    published = dt.date(2026, 6, 3)
    [(text, start, end)] = dates(
        "In the six weeks since the Vexa rig exploded, oil has poured out.", published
    )
    assert text == "six weeks since"
    assert start <= dt.date(2026, 4, 22) <= end
    # "since then", "since last Monday": counted from a date, no clause of a happening
    assert [d for d, _, _ in dates("Nothing has changed in the three months since then.", published)] == []
    text = "In the six weeks since the Vexa rig exploded, killing four workers, oil has poured into the bay."
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    found = extract_mentions(article, load_gazetteer())
    # the explosion is told as history, six weeks back, and never as news of the report's day
    assert [(m.event_type, m.date_start <= dt.date(2026, 4, 22) <= m.date_end) for m in found] == [
        ("disaster", True)
    ]


def test_a_year_naming_a_happening_does_not_date_another_act() -> None:
    # the workers sued now; 1989 names the spill they cleaned up after
    assert mention_dates("Workers who cleaned up after the 1989 Vexa spill sued the company.") == [(THU, THU)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Security was tightened before Sunday's awards.",
        "The band pulled out of Sunday's awards after a row.",
        "She was named host of Sunday's ceremony, organisers said.",
    ],
)
def test_an_occasion_named_by_its_day_that_something_awaits_is_the_nearest_such_day(sentence: str) -> None:
    # a Thursday report: the coming Sunday is three days ahead, the last one four days back
    assert dates(sentence)[0][1] == dt.date(2026, 3, 15)


def test_an_occasion_named_by_its_day_at_which_something_was_done_is_behind() -> None:
    assert dates("The singer won three prizes at Sunday's awards.")[0][1] == dt.date(2026, 3, 8)
    assert dates("Reaction to Sunday's vote was muted.")[0][1] == dt.date(2026, 3, 8)


def test_the_day_a_count_stands_at_cuts_no_clause_from_remarks_dated_by_their_saying() -> None:
    monday = dt.date(2026, 3, 9)
    text = (
        "About 14,000 claims had been filed as of March 7, and 9,000 payments have been made, the insurer "
        "said on Monday."
    )
    assert mention_dates(text, monday) == [(monday, monday)]
    # two acts, each with its day, are still two
    text = "The ministry reported 300 cases as of March 7 and the army sealed the border on Sunday."
    assert len(mention_dates(text, monday)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "She's got a runoff on 20 March.",  # "have got" is the present of possession, no past
        "Officials said finishing the work by 20 March was possible.",  # a deadline, however reported
        "Asked about remarks made by the minister, the head of the agency, that finishing by 20 March was "
        "possible, she stressed the caveats.",
    ],
)
def test_a_day_just_ahead_with_no_past_act_of_its_own_is_this_years(sentence: str) -> None:
    assert dates(sentence)[0][1:] == (dt.date(2026, 3, 20), dt.date(2026, 3, 20))


def test_a_deadline_of_an_act_told_in_the_past_perfect_stays_a_year_back() -> None:
    assert dates("The storm had strengthened into a hurricane by 20 March.")[0][1] == dt.date(2025, 3, 20)
