"""What is called, set or scheduled "for" a day, and protests by strike or march (issue 7, items 4 and 6):
the target of a setting ("set a hearing for Friday", "has called a strike on March 20") lies ahead of the
setting, a yearless date in it the next one; a labour strike or walkout is a protest by its doer's sense
(a strike of arms stays an attack); a march demanding a resignation stays a protest; a measure a government
announces by its noun is a policy. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import _SET_FOR_A_DAY
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


def test_what_is_set_for_a_day_in_the_present_or_perfect_is_planned_for_it() -> None:
    assert days("The court has set a hearing for Friday.") == [(dt.date(2026, 3, 13), True)]
    assert days("The board sets its vote for next Monday.") == [(dt.date(2026, 3, 16), True)]
    assert days("The league has moved the final for Sunday.") == [(dt.date(2026, 3, 15), True)]
    assert days("The board has set the annual meeting for May 4.") == [(dt.date(2026, 5, 4), True)]


def test_a_yearless_date_ahead_set_for_is_this_years() -> None:
    assert days("The electoral commission has set the date of the presidential election for June 14.") == [
        (dt.date(2026, 6, 14), True)
    ]


def test_an_occasion_called_on_a_weekday_in_the_perfect_is_that_days() -> None:
    # (the present perfect takes no past day of its own: the day is the strike's)
    assert dated("The union has called a national strike on Monday.") == [
        ("protest", dt.date(2026, 3, 16), True)
    ]
    text = "The health minister has scheduled talks on Friday with the doctors' union."
    assert days(text) == [(dt.date(2026, 3, 13), True)]


def test_a_past_setting_keeps_its_date_behind() -> None:
    # (a past or past perfect setting is often told with its outcome: its date is not moved ahead)
    def on(text: str, published: dt.date) -> list[tuple[dt.date, bool]]:
        return [(m.date_start, m.planned) for m in report_mentions(text, published)]

    text = "The judge set the trial for May 4. The jury convicted the former mayor on May 20 after a week."
    assert (dt.date(2026, 5, 4), False) in on(text, dt.date(2026, 6, 1))
    text = (
        "The electoral commission set the election for June 14. Turnout on the day was the lowest in years."
    )
    assert on(text, dt.date(2026, 7, 20)) == [(dt.date(2026, 6, 14), False)]
    text = "Organisers moved the final for June 3 because of rain. Spain won the final in extra time."
    assert (dt.date(2026, 6, 3), False) in on(text, dt.date(2026, 6, 10))
    text = "The union had called a strike for March 2, but it was called off after talks."
    assert on(text, dt.date(2026, 3, 10))[0] == (dt.date(2026, 3, 2), False)
    text = "The party has set the leadership vote for March 2. Members chose Ms Okafor by a wide margin."
    assert (dt.date(2026, 3, 2), False) in on(text, dt.date(2026, 3, 9))
    text = "The scientists delayed the launch of the probe for March 2, the agency said in a report."
    assert on(text, dt.date(2026, 3, 20)) == [(dt.date(2026, 3, 2), False)]
    text = "The singer postponed the tour for March 20 after falling ill. Fans were refunded."
    assert on(text, dt.date(2026, 3, 25))[0] == (dt.date(2026, 3, 20), False)
    # a weekday: the strike the next sentence reports was last Monday's
    text = "The union called a strike for Monday. Thousands of workers stayed home, and buses did not run."
    assert {day for day, _planned in on(text, dt.date(2026, 3, 11))} == {dt.date(2026, 3, 9)}


def test_no_setting_without_an_occasion_right_before_for() -> None:
    assert days("The hospital moved the patients for Monday.") == [(dt.date(2026, 3, 9), False)]
    assert all(
        not planned for _day, planned in days("Investors called it the worst day for March since 2020.")
    )
    text = "Temperatures set the highest reading for June 3 since records began."
    assert [(m.date_start, m.planned) for m in report_mentions(text, dt.date(2026, 6, 5))] == [
        (dt.date(2026, 6, 3), False)
    ]
    for text in (
        "The carmaker delays its results for the third quarter.",
        "The company sets its sales target for 2025.",
        "The government has set a target for 2020.",
        "The delays continued for a third day.",
        "The move sets the stage for Tuesday.",
    ):
        assert not _SET_FOR_A_DAY.search(text[: text.rindex("for") + 4]), text


def test_a_labour_strike_or_walkout_is_a_protest() -> None:
    assert dated("Dock workers walked out on Monday over pay.") == [("protest", dt.date(2026, 3, 9), False)]
    assert dated("Rail workers will hold a strike on March 20.") == [("protest", dt.date(2026, 3, 20), True)]
    assert [m.event_type for m in read("Nurses plan to walk out next week.")] == ["protest"]
    assert [m.event_type for m in read("The union called a strike for Friday.")] == ["protest"]
    assert [m.event_type for m in read("The prisoner began a hunger strike on Tuesday.")] == ["protest"]
    assert types("Nurses at three hospitals began a strike on Monday over pay.") == ["protest"]
    assert types("The airline's pilots have voted for strike action, the union said on Monday.") == [
        "protest"
    ]


def test_a_strike_of_arms_or_of_weather_or_a_deal_struck_is_no_protest() -> None:
    assert [m.event_type for m in read("Warplanes carried out air strikes on Monday.")] == ["attack"]
    assert [m.event_type for m in read("A lightning strike started a fire on Sunday.")] != ["protest"]
    assert [m.event_type for m in read("The two firms struck a deal on Monday.")] == ["agreement"]
    assert [m.event_type for m in read("The patient walked out of the hospital on Friday.")] != ["protest"]
    # strikes begun or announced with no labour doer are of arms
    for text in (
        "Israel began new strikes on Iranian nuclear sites on Friday, the army said.",
        "Ukraine began strikes on Russian refineries on Tuesday.",
        "The Pentagon announced fresh strikes against Houthi positions on Tuesday.",
        "The army began strikes on rebel-held towns on Sunday.",
        "The US announced new strikes on Monday.",
    ):
        assert "protest" not in types(text), text
    # (review49p's "The alliance joined the strikes on Islamic State" is a protest by an older rule, of
    # "joined ... strikes", at the base already: not this rule's)


def test_a_strike_in_sport_or_a_rescue_walked_out_is_no_protest() -> None:
    for text in (
        "The umpire called three strikes on Ortiz in the ninth inning on Sunday.",
        "The umpire called strike three on Sunday.",
        "Root was on strike when the rain came on Saturday at Lord's.",
        "The bowlers kept Smith on strike for the last over on Sunday.",
        "Rescue crews walked out the last survivors on Tuesday after the mine collapse.",
        "Members of the jury walked out of court after the verdict on Friday.",
    ):
        assert "protest" not in types(text), text
    # (a strike "on" a day's offer is no strike of that day)
    assert types("Unions have called a strike on last Tuesday's pay offer.") == []


def test_a_march_demanding_a_resignation_is_a_protest() -> None:
    text = (
        "Thousands of protesters marched through the capital on Saturday demanding the mayor's resignation."
    )
    assert types(text) == ["protest"]
    assert types("The opposition leader on Monday demanded the president's resignation.") == ["statement"]
    # (a protest only in a clause of circumstance leaves the refusal the news)
    text = "The prime minister rejected calls to step down on Monday as protests spread to a third city."
    assert types(text) == ["statement"]


def test_a_measure_a_government_announces_by_its_noun_is_a_policy() -> None:
    assert types("Last month, the finance minister announced a freeze on public sector pay.") == ["policy"]
    assert types("The city council unveiled a ban on plastic bags on Monday.") == ["policy"]
    assert types("The company announced a freeze on hiring on Monday.") == ["statement"]
    assert types("The mayor called for a ban on fireworks on Wednesday.") == ["statement"]
    # (the government word must head the subject)
    text = "The president of the company announced a freeze on hiring on Monday as sales slumped."
    assert types(text) == ["statement"]
    assert types("The club's president announced a freeze on signings on Friday.") != ["policy"]


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
