"""Dates read in their context: future clauses, "today (Friday)", and years counted from the story's time.
All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates

SUNDAY = dt.date(2026, 4, 26)


def first(text: str, published: dt.date = SUNDAY) -> tuple[str, dt.date, dt.date]:
    found = find_dates(text, published)
    return found[0].text, found[0].date_start, found[0].date_end


@pytest.mark.parametrize(
    "sentence",
    [
        "The new tariffs will take effect on Wednesday.",
        "The ministry said the border would reopen on Wednesday.",
        "Union leaders called for a general strike on Wednesday.",
        "Schools are to stay shut until Wednesday, the governor said.",
    ],
)
def test_weekday_in_a_clause_about_the_future_is_the_next_one(sentence: str) -> None:
    assert first(sentence)[1] == dt.date(2026, 4, 29)


def test_weekday_in_a_past_clause_is_the_last_one() -> None:
    assert first("The border reopened on Wednesday.")[1] == dt.date(2026, 4, 22)


def test_today_with_its_weekday_in_brackets_is_that_day() -> None:
    # a Thursday edition that calls the day "today (Friday)" is dated by its time zone, not its words
    found = find_dates("Talks resume today (Friday) in Geneva.", dt.date(2026, 4, 23))
    assert [(d.text, d.date_start) for d in found][-1] == ("Friday", dt.date(2026, 4, 24))


def test_previous_year_counts_from_the_year_the_story_is_in() -> None:
    text = "The dam was finished in 2019. Floods hit the valley the previous year."
    assert [(d.text, d.date_start.year) for d in find_dates(text, SUNDAY)][-1] == ("the previous year", 2018)


def test_that_year_is_the_year_last_stated() -> None:
    text = "The mine opened in 2011. That year, 40 workers were hurt."
    assert find_dates(text, SUNDAY)[-1].date_start == dt.date(2011, 1, 1)


def test_that_year_with_nothing_before_it_dates_nothing() -> None:
    assert find_dates("That year, the river flooded.", SUNDAY) == []


def test_month_of_the_previous_year_without_a_stated_year_is_before_publication() -> None:
    assert first("Rebels took the town in March of the previous year.")[1:] == (
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 31),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Engineers hope to seal the well by August.", dt.date(2026, 8, 1)),
        ("The company announces its results on 27 July.", dt.date(2026, 7, 27)),
    ],
)
def test_a_date_just_ahead_with_no_past_verb_is_this_years(sentence: str, expected: dt.date) -> None:
    assert first(sentence, dt.date(2026, 7, 10))[1] == expected


def test_a_date_just_ahead_in_a_past_clause_is_last_years() -> None:
    assert first("In August, the ministry changed its rules.", dt.date(2026, 7, 10))[1] == dt.date(2025, 8, 1)


def test_a_past_participle_is_no_future_however_would_comes_before() -> None:
    text = "He said the town would recover from the flood, caused by a dam failure on 20 April."
    assert first(text, dt.date(2026, 7, 10))[1] == dt.date(2026, 4, 20)


def test_the_following_month_counts_from_the_month_the_story_is_in() -> None:
    found = find_dates("He was arrested in March 2022 and flown to The Hague the following month.", SUNDAY)
    assert [(d.date_start, d.date_end) for d in found][-1] == (dt.date(2022, 4, 1), dt.date(2022, 4, 30))


def test_the_following_month_with_no_month_before_it_dates_nothing() -> None:
    assert find_dates("The talks resumed the following month.", SUNDAY) == []


def test_a_bare_month_follows_an_earlier_year_of_its_sentence() -> None:
    text = "The rebels took the city in January of the previous year and a second city in February."
    assert [d.date_start for d in find_dates(text, SUNDAY)] == [dt.date(2025, 1, 1), dt.date(2025, 2, 1)]


def test_a_bare_month_with_no_earlier_year_is_the_latest_one() -> None:
    assert first("The rebels took a second city in February.")[1] == dt.date(2026, 2, 1)


def test_a_participle_after_should_be_looks_ahead() -> None:
    text = "The first flood wall should be finished by mid-August."
    assert first(text, dt.date(2026, 7, 10))[1:] == (dt.date(2026, 8, 11), dt.date(2026, 8, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He interviewed the doctor two days after the singer's death on 25 June 2009.",
            dt.date(2009, 6, 27),
        ),
        ("The firm took out the policy two months before the singer's June 2009 death.", dt.date(2009, 4, 1)),
        ("Talks resumed a week after the ceasefire on 3 May 2026.", dt.date(2026, 5, 10)),
    ],
)
def test_a_count_from_a_dated_point_is_resolved_exactly(text: str, expected: dt.date) -> None:
    assert [d.date_start for d in find_dates(text, SUNDAY)] == [expected]


def test_a_week_ago_is_about_seven_days_back() -> None:
    (found,) = find_dates("A week ago, the council tried to close the road.", dt.date(2026, 5, 18))
    assert (found.date_start, found.date_end) == (dt.date(2026, 5, 9), dt.date(2026, 5, 13))


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a Monday article: the ferry was due yesterday, not next Sunday
        (
            "The ferry was expected to dock in Piraeus on Sunday evening.",
            dt.date(2026, 4, 27),
            dt.date(2026, 4, 26),
        ),
        # a Friday article: the choir was to sing tomorrow, not last Saturday
        (
            "The choir was to sing for the visiting delegates on Saturday.",
            dt.date(2026, 4, 24),
            dt.date(2026, 4, 25),
        ),
        ("The ministers were due to sign the accord on Tuesday.", dt.date(2026, 4, 23), dt.date(2026, 4, 21)),
        # a Monday article: what the agency said it expected was yesterday's, not next Sunday's
        (
            "The aid agency said it expected to feed 9,000 families on Sunday, up from 6,000 a day before.",
            dt.date(2026, 4, 27),
            dt.date(2026, 4, 26),
        ),
    ],
)
def test_a_weekday_ahead_of_a_past_time_is_the_nearest_one(
    sentence: str, published: dt.date, expected: dt.date
) -> None:
    assert first(sentence, published)[1] == expected


def test_a_weekday_far_into_a_future_clause_still_looks_ahead() -> None:
    sentence = (
        "A chartered cargo plane will carry generators, water purification units, tarpaulins, hygiene kits"
        " and 40 tonnes of rice and lentils from the Red Crescent, the World Food Programme and several"
        " private firms to the stricken coastal province on Friday."
    )
    assert first(sentence)[1] == dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The runoff due to be held on 3 May has been put off.", dt.date(2026, 5, 3)),
        ("The runoff was delayed due to the floods on 3 March.", dt.date(2026, 3, 3)),
    ],
)
def test_due_to_be_looks_ahead_but_due_to_a_cause_does_not(sentence: str, expected: dt.date) -> None:
    assert first(sentence, dt.date(2026, 4, 2))[1] == expected


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Divers hope to reach the wreck by week's end.", dt.date(2026, 5, 1), dt.date(2026, 5, 3)),
        ("The fund will be closed at the year's end.", dt.date(2026, 11, 1), dt.date(2026, 12, 31)),
    ],
)
def test_the_end_of_the_week_or_year_written_with_a_possessive(
    sentence: str, start: dt.date, end: dt.date
) -> None:
    assert first(sentence, dt.date(2026, 4, 28))[1:] == (start, end)


@pytest.mark.parametrize(
    ("published", "expected"),
    [(dt.date(2026, 4, 23), dt.date(2026, 4, 25)), (dt.date(2026, 4, 27), dt.date(2026, 4, 25))],
)
def test_an_occasion_named_for_its_weekday_is_the_nearest_one(published: dt.date, expected: dt.date) -> None:
    # a Thursday preview and a Monday report both mean the Saturday between them
    assert first("Organisers sold 40,000 tickets for Saturday's final.", published)[1] == expected
