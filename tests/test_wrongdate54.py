"""Dates that a sentence's grammar gives to something else than its act, or puts ahead of a report: a time
moved to a month ("extended the deadline to the end of May") and a year that modifies a noun the act is told
of ("a co-author of a 2019 study"). All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates
from tests.reports import opening, report_mentions

LATE_APRIL = dt.date(2025, 4, 28)  # a Monday


def only_date(text: str, published: dt.date = LATE_APRIL) -> tuple[dt.date, dt.date]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0].date_start, found[0].date_end


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a deadline extended, a vote postponed, a launch pushed back: the new time is still to come
        (
            "The electoral board has extended the deadline for postal ballots to the end of May.",
            dt.date(2025, 5, 25),
        ),
        ("The league postponed the final until March.", dt.date(2026, 3, 1)),
        ("The airline pushed the launch of its new route back to February.", dt.date(2026, 2, 1)),
        ("The tax office extended the filing deadline to 20 May.", dt.date(2025, 5, 20)),
        ("The court adjourned and postponed the hearing to 3 March.", dt.date(2026, 3, 3)),
        ("The builder delayed the opening of the bridge to the autumn.", dt.date(2025, 9, 1)),
    ],
)
def test_a_time_moved_to_a_month_is_the_next_one(text: str, start: dt.date) -> None:
    assert only_date(text)[0] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a month after "moved ... to" a place, or in a sentence set in a stated year, keeps its reading
        ("The club moved the squad to Lisbon in March.", dt.date(2025, 3, 1)),
        ("The insurer moved its offices to the harbour on May 20.", dt.date(2024, 5, 20)),
    ],
)
def test_a_month_not_moved_to_keeps_the_nearest_past(text: str, start: dt.date) -> None:
    assert only_date(text)[0] == start


def test_a_moved_time_in_a_stated_year_stays_in_that_year() -> None:
    found = find_dates("In 2019 the council postponed the vote to March.", LATE_APRIL)
    assert [d.date_start for d in found if d.precision == "month"] != [dt.date(2026, 3, 1)]


def test_a_year_modifying_the_noun_a_speaker_is_described_by_does_not_date_the_remark() -> None:
    found = report_mentions(
        "Report\n\nMaria Lund, a co-author of a 2019 study on river pollution, told the inquiry that the "
        "permits had been granted too quickly.\n",
        LATE_APRIL,
    )
    remark = opening(found, "Maria Lund")
    assert remark.date_start == LATE_APRIL


def test_a_year_modifying_a_noun_after_to_does_not_date_the_saying() -> None:
    found = report_mentions(
        "Report\n\nThe adviser to the 2018 commission on water rights, Tomas Ruiz, told reporters that the "
        "dykes were unsafe.\n",
        LATE_APRIL,
    )
    assert any(m.date_start == LATE_APRIL and m.event_type == "statement" for m in found)
    assert not any(m.date_start.year == 2015 and m.event_type == "statement" for m in found)


def test_a_year_naming_a_happening_the_sentence_is_read_for_stays() -> None:
    found = report_mentions(
        "Report\n\nExperts warned of a disaster on the scale of the 1989 tanker spill, in which thousands of "
        "seabirds died.\n",
        LATE_APRIL,
    )
    assert not any(m.date_start == LATE_APRIL and m.event_type == "disaster" for m in found)


def test_a_year_that_dates_the_happening_the_act_is_done_in_stays() -> None:
    found = report_mentions(
        "Report\n\nThe Green Party won 40 percent of the vote in the 2019 election.\n", LATE_APRIL
    )
    assert any(m.date_start.year == 2019 for m in found)


def test_a_time_moved_in_reported_past_perfect_is_still_ahead() -> None:
    found = find_dates("The company said on Monday it had extended the offer period to June 15.", LATE_APRIL)
    assert [d.date_start for d in found if d.text == "June 15"] == [dt.date(2025, 6, 15)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "the following Sunday", "the next Monday": the first such day after the day the story is at
        ("The vote was held on 3 March. The following Sunday, the president resigned.", dt.date(2025, 3, 9)),
        (
            "The rebels seized the port on Monday 3 March. The next Monday, the army retook it.",
            dt.date(2025, 3, 10),
        ),
        (
            "The floods began on 2 April. By the following Sunday, 40 villages were under water.",
            dt.date(2025, 4, 6),
        ),
    ],
)
def test_the_following_weekday_counts_from_the_story_day(text: str, day: dt.date) -> None:
    assert find_dates(text, LATE_APRIL)[-1].date_start == day


def test_next_weekday_without_the_is_still_read_from_the_report() -> None:
    found = find_dates("The vote was held on 3 March. The talks will resume next Sunday.", LATE_APRIL)
    assert found[-1].date_start == dt.date(2025, 5, 4)


def test_a_letter_dated_by_its_modifier_keeps_its_date_for_what_it_says() -> None:
    found = report_mentions(
        "Report\n\nWhat about the March 2021 letter from the National Water Board accusing the Ministry of "
        'Works of understating the "risks and costs" of a major flood?\n',
        LATE_APRIL,
    )
    assert any(m.date_start == dt.date(2021, 3, 1) for m in found)
