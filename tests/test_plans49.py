"""What is called, set or scheduled "for" a day, and protests by strike or march (issue 7, items 4 and 6):
the target of a setting ("set a hearing for Friday", "has called a strike on March 20") lies ahead of the
setting, a yearless date in it the next one; a labour strike or walkout is a protest by its doer's sense
(a strike of arms stays an attack); a march demanding a resignation stays a protest; a measure a government
announces by its noun is a policy. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import build_reports, report_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def read(text: str) -> list[Mention]:
    return report_mentions(text, THU)


def dated(text: str) -> list[tuple[str, dt.date, bool]]:
    """(type, first day, planned) of each mention a Thursday report of `text` alone makes."""
    return [(m.event_type, m.date_start, m.planned) for m in read(text)]


def types(text: str) -> list[str]:
    """The type of each event of the table a Thursday report of `text` alone makes."""
    return [kind for kind, _day, _end, _title, _n in build_reports((THU, text))]


def days(text: str) -> list[tuple[dt.date, bool]]:
    return [(m.date_start, m.planned) for m in read(text)]


def test_what_is_set_for_a_day_is_planned_for_it() -> None:
    assert days("The court set a hearing for Friday.") == [(dt.date(2026, 3, 13), True)]
    assert days("The judge set the trial date for September 9.") == [(dt.date(2026, 9, 9), True)]
    assert days("The prime minister called a snap election for June 21.") == [(dt.date(2026, 6, 21), True)]
    assert days("Organisers have postponed the marathon for October 4.") == [(dt.date(2026, 10, 4), True)]
    assert days("The airline delayed the launch of the route for Monday.") == [(dt.date(2026, 3, 16), True)]


def test_a_yearless_date_set_for_is_the_next_one() -> None:
    assert days("The electoral commission has set the date of the presidential election for June 14.") == [
        (dt.date(2026, 6, 14), True)
    ]


def test_an_occasion_called_on_a_day_in_the_perfect_is_that_days() -> None:
    # (the present perfect takes no past day of its own: the day is the strike's)
    assert dated("The union has called a national strike on March 20.") == [
        ("protest", dt.date(2026, 3, 20), True)
    ]


def test_a_day_with_no_for_before_it_is_the_settings_own() -> None:
    assert days("The court set bail at $5,000 on Friday.") == [(dt.date(2026, 3, 6), False)]
    assert days("Officials moved residents to shelters on Tuesday.") == [(dt.date(2026, 3, 10), False)]
    assert days("The mayor called the governor on Friday for help.") == [(dt.date(2026, 3, 6), False)]
    assert days("The company set aside money on Monday for staff bonuses.") == [(dt.date(2026, 3, 9), False)]


def test_a_record_set_for_a_month_is_behind() -> None:
    assert days("Sales set a record for February, the company said on Monday.")[0] == (
        dt.date(2026, 2, 1),
        False,
    )


def test_a_labour_strike_or_walkout_is_a_protest() -> None:
    assert dated("Dock workers walked out on Monday over pay.") == [("protest", dt.date(2026, 3, 9), False)]
    assert dated("Rail workers will hold a strike on March 20.") == [("protest", dt.date(2026, 3, 20), True)]
    assert [m.event_type for m in read("Nurses plan to walk out next week.")] == ["protest"]
    assert dated("The union called a strike for Friday.") == [("protest", dt.date(2026, 3, 13), True)]
    assert [m.event_type for m in read("The prisoner began a hunger strike on Tuesday.")] == ["protest"]


def test_a_strike_of_arms_or_of_weather_or_a_deal_struck_is_no_protest() -> None:
    assert [m.event_type for m in read("Warplanes carried out air strikes on Monday.")] == ["attack"]
    assert [m.event_type for m in read("A lightning strike started a fire on Sunday.")] != ["protest"]
    assert [m.event_type for m in read("The two firms struck a deal on Monday.")] == ["agreement"]
    assert [m.event_type for m in read("The patient walked out of the hospital on Friday.")] != ["protest"]


def test_a_march_demanding_a_resignation_is_a_protest() -> None:
    text = (
        "Thousands of protesters marched through the capital on Saturday demanding the mayor's resignation."
    )
    assert types(text) == ["protest"]
    assert types("The opposition leader on Monday demanded the president's resignation.") == ["statement"]


def test_a_measure_a_government_announces_by_its_noun_is_a_policy() -> None:
    assert types("Last month, the finance minister announced a freeze on public sector pay.") == ["policy"]
    assert types("The city council unveiled a ban on plastic bags on Monday.") == ["policy"]
    assert types("The company announced a freeze on hiring on Monday.") == ["statement"]
    assert types("The mayor called for a ban on fireworks on Wednesday.") == ["statement"]


def test_a_walkout_from_talks_is_no_labour_protest() -> None:
    assert types("An earlier round of talks collapsed in September when the delegation walked out.") != [
        "protest"
    ]
    assert types("Cabin crews at the airline walked out on Sunday.") == ["protest"]


def test_a_title_drops_the_for_that_leads_to_a_weekday_counted_from_now() -> None:
    titles = [
        title
        for _kind, _day, _end, title, _n in build_reports(
            (THU, "Unions have called a strike for next Tuesday.")
        )
    ]
    assert titles == ["Unions have called a strike"]
