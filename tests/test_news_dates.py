"""How a report's wording dates what it tells: remarks and acts in the present perfect as the report's
news, recurring days that are no date, and which report's date an event keeps. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import build_reports

from events.extract.dates import find_dates


def build(*reports: tuple[dt.date, str]) -> list[tuple[str, str, str, str]]:
    return [event[:4] for event in build_reports(*reports)]


def test_remarks_told_in_the_present_perfect_below_the_lead_are_the_days_news() -> None:
    found = build(
        (
            dt.date(2026, 3, 12),
            "Floodwaters reached the centre of Tamale on Tuesday, forcing thousands from their homes.\n\n"
            "Rescue boats were sent to the northern districts on Wednesday.\n\n"
            "The Ghanaian military has defended its handling of the evacuation, saying crews reached "
            "every district within hours.",
        )
    )
    speech = [(f[1], f[2]) for f in found if f[0] in ("statement", "claim", "denial")]
    assert speech == [("2026-03-12", "2026-03-12")]


def test_a_weekday_that_recurs_is_no_date() -> None:
    from events.extract.dates import find_dates

    wed = dt.date(2026, 3, 11)
    assert (
        find_dates("Its results, normally published on the last Tuesday of the month, are late.", wed) == []
    )
    assert find_dates("The committee meets every Monday to hear the claims.", wed) == []
    # "Monday of last week" is still a day
    [day] = find_dates("The strike began on Monday of last week.", wed)
    assert (day.date_start, day.date_end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 2))


def test_a_date_before_a_happenings_noun_names_it_and_does_not_date_the_sentence() -> None:
    found = build(
        (
            dt.date(2026, 6, 9),
            "Most residents say the operator has handled the May 2 pipeline blast badly, a poll showed on "
            "Monday.\n\n"
            "Lawmakers opened hearings on May 2 refinery blast that forced thousands from their homes.\n\n"
            "Engineers on Tuesday settled on a June 20 launch date for the repaired pipeline.",
        )
    )
    dated = {(f[0], f[1]) for f in found}
    # the hearings are today's news, not the blast's day
    hearings = [f for f in found if "hearings" in f[3]]
    assert hearings and all(f[1] == "2026-06-09" for f in hearings)
    # each dated noun is a happening of its own day
    assert ("disaster", "2026-05-02") in dated
    # (one ahead is told as due, not as having taken place)
    assert [f[3] for f in found if f[1] == "2026-06-20"] == ["The launch is due"]
    # the remarks about the blast are not dated by it
    assert not [f for f in found if f[0] in ("statement", "claim") and f[1] == "2026-05-02"]


def test_a_lead_in_the_present_perfect_is_the_reports_news_unless_it_tells_a_state() -> None:
    moved = build(
        (
            dt.date(2026, 6, 17),
            "Shares in Norvik Energy have closed up almost 9% after the company secured a rescue loan.\n\n"
            "Analysts said the loan removed some of the uncertainty.",
        )
    )
    assert [(f[1], f[2]) for f in moved if "closed up" in f[3]] == [("2026-06-17", "2026-06-17")]
    state = build(
        (
            dt.date(2026, 6, 17),
            "Shares in Norvik Energy have recovered steadily since the summer.\n\n"
            "Analysts said the company was in better shape.",
        )
    )
    assert not [f for f in state if "recovered" in f[3]]


def test_a_happenings_noun_dated_right_after_it_is_that_happening() -> None:
    found = build(
        (
            dt.date(2026, 7, 25),
            "The damning testimony yesterday from two engineers about switched-off alarms could be a "
            "turning point for the inquiry.",
        )
    )
    assert [(f[0], f[1]) for f in found] == [("legal", "2026-07-24")]


def test_a_date_after_a_promise_dates_what_was_promised_not_the_promise() -> None:
    found = build(
        (
            dt.date(2026, 6, 17),
            "Norvik Energy signed a $2bn compensation agreement with the government on Wednesday.",
        ),
        (
            dt.date(2026, 6, 18),
            "Norvik Energy shares rose 4% on Thursday after the fund was set up.\n\n"
            "Norvik Energy has agreed to put $500m into the scheme this year, with monthly sums after that.",
        ),
    )
    assert [(f[1], f[2]) for f in found if f[0] == "agreement"] == [("2026-06-17", "2026-06-17")]
    # alone, the report tells of no agreement made this year as a whole
    alone = build(
        (
            dt.date(2026, 6, 18),
            "Norvik Energy shares rose 4% on Thursday.\n\n"
            "Norvik Energy has agreed to put $500m into the scheme this year, with monthly sums after that.",
        )
    )
    assert not [f for f in alone if (f[1], f[2]) == ("2026-01-01", "2026-12-31")]


def test_remarks_quoted_as_of_this_morning_are_of_the_day_the_lead_tells_of() -> None:
    # a Friday report of Thursday's hearing: the speakers' "this morning" is Thursday's
    found = build(
        (
            dt.date(2026, 6, 19),
            "The parliamentary hearing on Thursday into the dam collapse came down to one word: sorry.\n\n"
            "Opposition leader Ama Boateng called the apology too late.\n\n"
            '"The minister\'s remarks this morning were wrong," party leaders Kofi Mensah and Esi Owusu '
            "said in a statement.",
        )
    )
    remarks = [f[1] for f in found if "remarks this morning" in f[3] or "Mensah" in f[3]]
    assert remarks == ["2026-06-18"]


def test_a_career_step_told_in_an_aside_is_no_happening_of_the_story() -> None:
    found = build(
        (
            dt.date(2026, 3, 10),
            "Opposition leader Ama Boateng, who was elected a lawmaker in 2021, said on Monday the count was "
            "rigged.",
        )
    )
    assert [f[1] for f in found] == ["2026-03-09"]


def test_a_vow_in_the_present_perfect_below_the_lead_is_no_news_of_the_day() -> None:
    found = build(
        (
            dt.date(2026, 3, 12),
            "Floodwaters reached the centre of Tamale on Tuesday, forcing thousands from their homes.\n\n"
            "Rescue boats were sent to the northern districts on Wednesday.\n\n"
            "The Ghanaian military has vowed to punish those responsible for the delays.",
        )
    )
    assert not [f for f in found if "vowed" in f[3] or "punish" in f[3]]


def test_what_a_since_clause_names_is_not_dated_by_the_report() -> None:
    found = build(
        (
            dt.date(2026, 6, 16),
            "Norvik Energy has seen its share price drop sharply since the gas leak started.\n\n"
            "Norvik Energy said on Monday it would repair the pipeline.",
        )
    )
    # (the repair it announces is its own act, acts26, dated by the announcement)
    assert [(f[0], f[1]) for f in found] == [("other", "2026-06-15")]


def test_all_week_is_this_week() -> None:
    from events.extract.dates import find_dates

    fri = dt.date(2026, 5, 8)
    [week] = find_dates("The library, which has been shut all week after a pipe burst, will reopen.", fri)
    assert (week.text, week.date_start, week.date_end, week.precision) == (
        "all week",
        dt.date(2026, 5, 4),
        dt.date(2026, 5, 8),  # (shut all week, told in the past: up to the report's day)
        "week",
    )
    assert find_dates("After all, week after week the talks failed.", fri) == []


def test_a_year_before_a_named_happening_dates_that_happening_not_the_remarks() -> None:
    found = build(
        (
            dt.date(2026, 5, 14),
            "At its current rate, the deficit could exceed by next month the size of the 1992 budget gap, "
            "officials said.",
        )
    )
    assert [(kind, day) for kind, day, _end, _title in found] == [("statement", "2026-05-14")]


def test_the_part_of_the_day_after_a_verb_of_saying_is_when_not_what() -> None:
    found = build(
        (
            dt.date(2026, 5, 14),
            "The National Weather Service estimated Wednesday night that floodwater could be rising at a "
            "rate of up to two inches an hour.",
        )
    )
    assert len(found) == 1
    assert "night" not in found[0][3]
    assert "floodwater could be rising" in found[0][3]


def test_a_word_quoted_inside_a_since_when_clause_stays_in_its_title() -> None:
    found = build(
        (
            dt.date(2026, 8, 2),
            "The Harbour Bridge has not carried traffic since July 15, when divers sealed shut a steel "
            '"gate" that had been fitted on top of the sluice.',
        )
    )
    titles = {title for _kind, _day, _end, title in found}
    assert any(t.startswith('Divers sealed shut a steel "gate"') for t in titles), titles


def test_a_weekday_after_could_or_may_is_the_coming_one_and_no_plan() -> None:
    # remarks of the day they were reported; what may happen is no planned event, and never last week's
    for text in (
        "Engineers said the dam may fail on Saturday.",
        "The reservoir could overflow by Friday, engineers warned.",
    ):
        found = build((dt.date(2026, 5, 14), text))
        assert [(kind, day) for kind, day, _end, _title in found] == [("statement", "2026-05-14")], text


def test_could_not_and_the_month_may_are_no_possibility() -> None:
    thursday = dt.date(2026, 5, 14)
    past = find_dates("Rescuers could not reach the village on Tuesday.", thursday)
    assert [(d.text, d.date_start) for d in past] == [("Tuesday", dt.date(2026, 5, 12))]
    coming = find_dates("Rescuers could reach the village on Tuesday.", thursday)
    assert [(d.text, d.date_start) for d in coming] == [("Tuesday", dt.date(2026, 5, 19))]
    month = find_dates("In May the council voted to close the mine.", thursday)
    assert [d.date_start for d in month] == [dt.date(2026, 5, 1)]


def test_someone_awaited_on_a_weekday_is_awaited_on_the_coming_one() -> None:
    thursday = dt.date(2026, 5, 14)
    awaited = find_dates(
        "The company's chief executive, Jane Roe, is also expected in Lagos on Sunday.", thursday
    )
    assert [d.date_start for d in awaited] == [dt.date(2026, 5, 17)]
    missed = find_dates("The minister was expected in Lagos on Sunday but did not come.", thursday)
    assert [d.date_start for d in missed] == [dt.date(2026, 5, 10)]


def test_a_month_that_names_the_happening_an_act_comes_from_does_not_date_the_act() -> None:
    found = build(
        (
            dt.date(2026, 5, 14),
            "The smoke from Vexor's plant explosion in April has already caused more than 400 complaints.",
        )
    )
    # (the complaints are the report's news, on its day, whatever type the smoke at work gives them)
    assert "2026-05-14" in [day for _kind, day, _end, _title in found]
    assert ("disaster", "2026-04-01") in [(kind, day) for kind, day, _end, _title in found]


def test_a_count_of_days_later_runs_on_from_the_day_its_sentence_names() -> None:
    thu = dt.date(2026, 3, 12)
    _, later = find_dates("The ferry left port on 3 March and sank two days later.", thu)
    assert (later.text, later.date_start, later.date_end) == (
        "two days later",
        dt.date(2026, 3, 5),
        dt.date(2026, 3, 5),
    )
    [_, weeks] = find_dates(
        "The miners walked out on Monday, February 2, and returned three weeks later.", thu
    )
    assert weeks.date_start == dt.date(2026, 2, 23)
    # with no day before it in its sentence, the count names no date
    assert find_dates("The fever broke. She went home five days later.", thu) == []
    assert find_dates("The strike began in January and ended two weeks later.", thu)[-1].text == "January"


def test_a_death_days_after_a_dated_admission_is_dated_by_the_count() -> None:
    found = build(
        (
            dt.date(2026, 3, 12),
            "A second patient in the coastal province has died of the fever, health officials said on "
            "Thursday.\n\n"
            "The woman, a 52-year-old teacher, was admitted to the regional hospital on 2 March but died "
            "four days later.",
        )
    )
    assert ("casualties", "2026-03-06", "2026-03-06") in [f[:3] for f in found]


def test_a_bodys_act_in_the_present_perfect_below_the_lead_is_the_days_news() -> None:
    found = build(
        (
            dt.date(2026, 3, 12),
            "Floods cut the main road to the capital on Tuesday, officials said.\n\n"
            "Rescue teams reached the northern villages on Wednesday.\n\n"
            "Kenya has placed dozens of travellers in quarantine as a precaution against the fever.\n\n"
            "The company has received as many as 4,000 claims from farmers along the river.\n\n"
            "Residents have blamed the outbreak on a nearby tannery.\n\n"
            "The government has also banned the sale of river fish.",
        )
    )
    news = sorted(f[3] for f in found if f[1] == "2026-03-12")
    assert news == [
        "Kenya has placed dozens of travellers in quarantine as a precaution against the fever",
        "The company has received as many as 4,000 claims from farmers along the river",
    ]


def test_what_looms_in_a_month_is_ahead() -> None:
    fri = dt.date(2026, 5, 15)
    [month] = find_dates("The party fears a backlash, with regional elections looming in November.", fri)
    assert (month.date_start, month.tense) == (dt.date(2026, 11, 1), "future")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Meat-Free Monday project asks schools to drop beef from canteens.",
        "Charities in the city joined the Giving Tuesday campaign with a food drive.",
    ],
)
def test_a_weekday_in_the_name_of_a_campaign_is_no_date(sentence: str) -> None:
    assert find_dates(sentence, dt.date(2026, 6, 13)) == []


def test_a_weekday_after_a_name_that_opens_no_campaign_is_a_date() -> None:
    found = find_dates("Residents of Dover met on Monday to plan the campaign.", dt.date(2026, 6, 13))
    assert [d.date_start for d in found] == [dt.date(2026, 6, 8)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The new governor formally takes over the bank Friday.", dt.date(2026, 6, 19)),
        ("The chairman steps down on Monday after ten years.", dt.date(2026, 6, 22)),
        ("He took over the bank Friday.", dt.date(2026, 6, 12)),
    ],
)
def test_an_office_changing_hands_in_the_present_is_the_timetables_day(sentence: str, day: dt.date) -> None:
    # published on Wednesday 17 June 2026: the present is ahead, the past behind
    [found] = find_dates(sentence, dt.date(2026, 6, 17))
    assert found.date_start == day
