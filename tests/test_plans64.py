"""A planned happening told without "will" (issue 7, items 5 and 6): what is likely or at hand with its day
("are likely to reopen on Friday", "are poised to sign on Saturday"), a plan dated only by a year ahead
("is expected to rule in early 2027"), an opening "when" clause that awaits a step with its day ("When the
bypass is finished next month, ..."), and a timetable's present with a month ("which takes place in June").
Each is a planned event on its own date; a hope, a state or a figure foreseen with no act stays none.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def days_of(text: str) -> list[tuple[str, str]]:
    """(first day, last day) of each event a Thursday report made of `text` alone makes."""
    return [(day, end) for _kind, day, end, _title, _n in build_reports((THU, text))]


def test_what_is_likely_with_its_day_is_planned_for_that_day() -> None:
    assert days_of("Shops in the old town are likely to reopen on Friday.") == [("2026-03-13", "2026-03-13")]


def test_what_a_party_is_poised_to_do_on_a_weekday_is_ahead() -> None:
    assert days_of("The rebel commanders are poised to sign the accord on Saturday.") == [
        ("2026-03-14", "2026-03-14")
    ]


def test_a_state_or_a_figure_that_is_likely_is_no_plan() -> None:
    # ("as is likely to happen": no one whose plan it is)
    assert (
        days_of("The gravest risk is a flood, as is likely to occur once the rains come in November.") == []
    )
    assert days_of("The new toll road is likely to be costly for hauliers.") == []
    assert days_of("Bread prices are likely to rise next month.") == []
    assert days_of("It is likely to snow on Friday.") == []


def test_a_plan_dated_only_by_a_year_ahead_is_planned_for_that_year() -> None:
    assert days_of("The cabinet is expected to rule on the dam project in early 2027.") == [
        ("2027-01-01", "2027-04-30")
    ]
    assert days_of("The two choirs plan to play a series of concerts in Asia next year.") == [
        ("2027-01-01", "2027-12-31")
    ]


def test_a_bare_will_a_year_ahead_foretells_no_plan() -> None:
    # a trend or a forecast, as often as a plan: only words of a plan date an act by its year alone
    assert days_of("The blight will spread to more provinces next year.") == []
    assert days_of("The country is on track to miss its emissions target in 2030.") == []


def test_a_year_ahead_that_holds_no_act_makes_no_plan() -> None:
    assert days_of("A worry for farmers is whether the drought will shrink next year's maize harvest.") == []
    assert days_of("Next year will be a lean one for the ferry operator, analysts say.") == []


def test_an_opening_that_awaits_a_step_dates_that_step() -> None:
    assert days_of(
        "When the bypass is finished next month, lorries could use it to avoid the town centre."
    ) == [("2026-04-01", "2026-04-30")]


def test_an_opening_told_in_the_past_is_no_plan() -> None:
    assert days_of("When the dam burst in May, the whole valley was flooded.") == [
        ("2025-05-01", "2025-05-31")
    ]


def test_a_timetable_told_in_the_present_with_a_month_is_ahead() -> None:
    assert days_of(
        "The mayor and the bishop were visiting a school to promote the harvest festival, "
        "which takes place in June."
    ) == [("2026-06-01", "2026-06-30")]


def test_a_view_of_a_year_ahead_is_no_plan() -> None:
    assert days_of("Most growers agree that few apricots will be picked in the valley next year.") == []
