"""Dates a passage set in a past year gives to the months it goes on to name without their year, and the
year "that terrible year" is. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.mentions import Mention
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 5, 15)

FLOOD_YEARS = (
    "Flood years\n\nThe river town marked the anniversary of its worst flood on Friday.\n\n"
    "In 1998, the town had no levee and no warning sirens. In June of that awful year, the council "
    "declared an emergency after the river burst its banks. In November, when the second flood came, "
    "the mayor resigned.\n"
)


def mention_of(text: str, opening: str) -> Mention:
    """The mention of the sentence that opens with `opening`, in a report of ours published on a Friday."""
    found = [m for m in report_mentions(text, FRIDAY) if m.sentence.text.startswith(opening)]
    assert found, f"no mention of {opening!r}"
    return found[0]


def test_a_word_between_that_and_year_leaves_it_the_year_of_the_story() -> None:
    june = mention_of(FLOOD_YEARS, "In June of that")
    assert (june.date_start, june.date_end) == (dt.date(1998, 6, 1), dt.date(1998, 6, 30))


def test_in_that_bitter_year_is_the_year_stated_before() -> None:
    text = "The strike began in 1984. In that bitter year, the miners lost their jobs."
    years = [d for d in find_dates(text, FRIDAY) if "bitter" in d.text]
    assert [(d.date_start, d.date_end) for d in years] == [(dt.date(1984, 1, 1), dt.date(1984, 12, 31))]


def test_a_conjunction_that_before_a_word_and_year_is_no_story_year() -> None:
    text = "The minister said in 2019 that economic year-end figures would show cuts."
    assert all("that" not in d.text for d in find_dates(text, FRIDAY))


def test_a_month_without_its_year_goes_on_with_the_passage_of_a_past_year() -> None:
    november = mention_of(FLOOD_YEARS, "In November")
    assert (november.date_start, november.date_end) == (dt.date(1998, 11, 1), dt.date(1998, 11, 30))


def test_a_day_without_its_year_goes_on_with_the_passage_of_a_past_year() -> None:
    text = (
        "In 2011, auditors flagged loans at the port authority. On March 3, the board dismissed its chief. "
        "Prosecutors charged him on Tuesday."
    )
    march = [d for d in find_dates(text, FRIDAY) if d.text.startswith("March")]
    assert [d.date_start for d in march] == [dt.date(2011, 3, 3)]


def test_a_past_year_named_in_passing_sets_no_passage() -> None:
    # the year does not open its sentence: the month after it is of the months before publication
    text = "The court, founded in 1998, is the oldest in the region. In March, it struck down the tax."
    march = [d for d in find_dates(text, FRIDAY) if d.text == "March"]
    assert [d.date_start for d in march] == [dt.date(2026, 3, 1)]


def test_a_month_looking_ahead_has_left_the_passage() -> None:
    text = "In 2009, the party lost every seat. In June, it will stand again in the capital."
    june = [d for d in find_dates(text, FRIDAY) if d.text == "June"]
    assert [d.date_start.year for d in june] == [2026]


def test_days_counted_after_a_passage_of_a_past_year_are_of_that_year() -> None:
    text = (
        "Bank probe\n\nProsecutors charged a former bank director with fraud on Thursday.\n\n"
        "In 2011, an auditor flagged irregular loans at the bank's branch in the capital.\n\n"
        "Six days later, the branch manager resigned.\n"
    )
    resigned = mention_of(text, "Six days later")
    assert (resigned.date_start, resigned.date_end) == (dt.date(2011, 1, 1), dt.date(2011, 12, 31))


def test_days_counted_after_a_day_are_still_counted_from_it() -> None:
    text = "The dam failed on 3 March 2011. Six days later, the minister resigned."
    later = [d for d in find_dates(text, FRIDAY) if d.text == "Six days later"]
    assert [d.date_start for d in later] == [dt.date(2011, 3, 9)]


def test_this_year_inside_what_was_announced_does_not_date_the_announcement() -> None:
    text = (
        "Miner cuts payout\n\nCopper prices fell again on Thursday.\n\n"
        "The mining firm announced that its shareholders will receive no further dividends this year.\n"
    )
    announced = mention_of(text, "The mining firm")
    assert (announced.date_start, announced.date_end) == (dt.date(2026, 5, 14), dt.date(2026, 5, 14))


def test_later_this_month_still_dates_the_plan_that_was_announced() -> None:
    text = (
        "Trade talks\n\nThe minister said the delegation would raise the tariffs at the summit later this "
        "month.\n"
    )
    plan = mention_of(text, "The minister said")
    assert (plan.date_start.month, plan.date_end) == (5, dt.date(2026, 5, 31))
