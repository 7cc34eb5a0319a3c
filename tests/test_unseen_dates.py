"""Dates of news prose as unseen articles tell them (issue 7): a past act named without its year is behind
the report, "would" in a story is no forecast, a sentence may open on "In December" with no comma, "the
next day" needs a day to count from, a rough count from a happening stops at the report, and a reporting
period dates no act. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions

NOVEMBER = dt.date(2025, 11, 20)  # a Thursday
JANUARY = dt.date(2026, 1, 30)  # a Friday


def dated(text: str, published: dt.date) -> list[tuple[str, dt.date]]:
    return [(d.text, d.date_start) for d in find_dates(text, published)]


def act_dates(text: str, published: dt.date) -> list[tuple[str, dt.date]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [(m.event_type, m.date_start) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # a past act is last year's day; a future tense points forward
        ("The mine was sealed on May 16 after the second blast.", 2025),
        ("The mine will be sealed on May 16.", 2026),
        ("The mine is due to be sealed on May 16.", 2026),
        # "would" told in the story is the future of its past, not of the report
        ("The company's licence would expire by May 16, months before the vote.", 2025),
        ("The port's lease would run out in May.", 2025),
        # ... but "said ... would" reports a saying of the last day or two, whose future is ahead
        ("The regulator said the licence would expire by May 16.", 2026),
        ("The union said the strike would begin on December 3.", 2025),
    ],
)
def test_a_day_without_its_year_is_behind_the_report_unless_a_future_tense_points_ahead(
    sentence: str, year: int
) -> None:
    assert dated(sentence, NOVEMBER)[0][1].year == year


def test_an_irregular_past_verb_keeps_every_month_of_a_list_in_the_past() -> None:
    # ("late April or early May" is one stretch, from the first to the second)
    found = dated("The referendum took place in late April or early May.", JANUARY)
    assert found == [("late April or early May", dt.date(2025, 4, 21))]
    found = dated("The referendum will take place in late April or early May.", JANUARY)
    assert found == [("late April or early May", dt.date(2026, 4, 21))]


def test_a_past_act_a_few_days_after_the_report_day_is_last_years() -> None:
    assert dated("The ceasefire was signed on 3 February.", JANUARY) == [("3 February", dt.date(2025, 2, 3))]
    # a perfect that looks ahead ("hopes to have sent", "will have been sent") is no act in the past
    assert (
        dated("The agency hopes to have sent a million food packs by 3 February.", JANUARY)[0][1].year == 2026
    )
    assert dated("The packs will have been sent by 3 February.", JANUARY)[0][1].year == 2026
    # a day that qualifies a noun is what was set, ahead; and a timetable's present is ahead too
    assert dated("Officials settled on a 3 February polling day.", JANUARY)[0][1] == dt.date(2026, 2, 3)
    assert dated("Polls open on 3 February.", JANUARY)[0][1] == dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "In December Prime Minister Anna Holt dissolved parliament.",
        "In December Holt dissolved parliament.",
        "In May Lindqvist resigned as chairman.",
    ],
)
def test_a_sentence_opening_on_in_and_a_month_needs_no_comma_before_its_subject(sentence: str) -> None:
    assert dated(sentence, JANUARY)[0][0] in ("December", "May")


def test_a_month_followed_by_a_name_elsewhere_is_still_no_date() -> None:
    assert dated("The award went to April Holt.", JANUARY) == []
    assert dated("Police met March organisers in the square.", JANUARY) == []


def test_the_next_day_counts_from_the_story_and_is_no_tomorrow_without_one() -> None:
    assert dated("The next day we drive to the border crossing.", JANUARY) == []
    assert dated("The treaty was signed on 12 January. The next day, the troops left.", JANUARY)[-1] == (
        "The next day",
        dt.date(2026, 1, 13),
    )
    # what went before needs no story: the report's eve
    assert dated("The previous day, the troops left.", JANUARY) == [
        ("The previous day", dt.date(2026, 1, 29))
    ]


def test_a_rough_count_from_a_dated_happening_stops_at_the_report() -> None:
    text = (
        "The Red Cross has started handing out food across the province, aiming to reach half a million "
        "people nearly three weeks after the deadly landslide.\n\n"
        "Hundreds of patients have been flown abroad since the 12 January landslide that killed 3,000 "
        "people."
    )
    found = act_dates(text, JANUARY)
    assert ("other", JANUARY) in found
    assert all(day <= JANUARY for _, day in found)
    # a count that lands well ahead, in a sentence that looks ahead, is left as counted
    text = (
        "A runoff will be held a week after the vote.\n\n"
        "Turnout was high at the 27 January vote that returned the ruling party."
    )
    assert all(day != JANUARY for _, day in act_dates(text, JANUARY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlow Foods reported a 12% rise in profit for the quarter to April, beating forecasts.",
        "Brandt Holdings said its profit for the six months ended March 31 fell by a third.",
    ],
)
def test_a_reporting_period_dates_no_act_the_results_are_the_reports(sentence: str) -> None:
    found = act_dates(sentence, dt.date(2026, 5, 20))
    assert found and all(day == dt.date(2026, 5, 20) for _, day in found)


def test_a_period_that_ends_as_a_clause_of_its_own_still_dates_it() -> None:
    text = "The administrator closed the fund after the filing period ended Tuesday."
    assert [day for _, day in act_dates(text, dt.date(2026, 5, 20))] == [dt.date(2026, 5, 19)]


def test_a_timetable_present_with_no_word_of_the_future_takes_the_nearer_day() -> None:
    june = dt.date(2026, 6, 15)
    # a timeline told in the present: the May just gone, not next year's
    assert dated("Drilling of the second tunnel starts on 16 May.", june)[0][1] == dt.date(2026, 5, 16)
    # a timetable ahead stays ahead, near or far
    assert dated("Talks begin on 20 June.", june)[0][1] == dt.date(2026, 6, 20)
    assert dated("Talks begin on 16 October.", june)[0][1] == dt.date(2026, 10, 16)
    assert dated("Talks will begin on 16 May.", june)[0][1] == dt.date(2027, 5, 16)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("The lawyer, in a September interview, said the fund was too small.", 9),
        ("The March election was marred by fraud.", 3),
        ("Its June report found flaws in the inspections.", 6),
    ],
)
def test_a_month_between_an_article_and_a_happening_dates_it(sentence: str, month: int) -> None:
    found = dated(sentence, NOVEMBER)
    assert [(start.year, start.month) for _, start in found] == [(2025, month)]


def test_a_month_before_a_noun_of_no_happening_is_no_date() -> None:
    assert dated("The May government fell.", NOVEMBER) == []


def test_the_date_of_an_agent_after_a_participle_is_the_agents_not_the_sentences() -> None:
    text = (
        "Shares in Lagos fell 3 percent after dropping 5 percent in one of the sectors worst hit by the "
        "cholera outbreak six years ago."
    )
    assert [day for _, day in act_dates(text, NOVEMBER)] == [NOVEMBER]
    # the clause's own verb with its agent keeps the date
    assert [
        day.year for _, day in act_dates("Coastal towns were badly hit by the storm last year.", NOVEMBER)
    ] == [2024]


def test_a_happening_named_in_a_phrase_of_cause_dates_itself_not_the_sentences_act() -> None:
    text = "Dozens of claims have been filed by farmers stemming from the March flood of the river valley."
    found = act_dates(text, NOVEMBER)
    # the claims are the report's; the flood is a happening of its own, in March
    assert sorted((kind, day) for kind, day in found) == [
        ("disaster", dt.date(2025, 3, 1)),
        ("other", NOVEMBER),
    ]


def test_this_week_in_a_weekend_paper_looks_to_the_week_ahead_when_its_clause_does() -> None:
    saturday = dt.date(2026, 4, 25)
    ahead = dated("Schools will remain closed this week.", saturday)
    assert ahead[0][1] == dt.date(2026, 4, 27)
    assert dated("Schools remained closed this week.", saturday)[0][1] == dt.date(2026, 4, 20)
    # on a weekday "this week" is the week the paper is in, whatever the tense (what is ahead from its day on)
    assert dated("Schools will remain closed this week.", dt.date(2026, 4, 22))[0][1] == dt.date(2026, 4, 22)
    assert dated("Schools remained closed this week.", dt.date(2026, 4, 22))[0][1] == dt.date(2026, 4, 20)


def test_a_number_after_than_is_a_quantity_and_leaves_the_date_to_the_act() -> None:
    text = "Hundreds of nurses went through more than four hours of training this week, they said."
    assert [day for _, day in act_dates(text, dt.date(2026, 5, 8))] == [dt.date(2026, 5, 4)]
    # nor is a yardstick of no date ("better than expected")
    text = (
        "The fall came despite the insurer posting far stronger than expected half-year profits on Tuesday."
    )
    assert [day for _, day in act_dates(text, dt.date(2026, 5, 8))] == [dt.date(2026, 5, 5)]
    # a real comparison still dates nothing
    assert [day for _, day in act_dates("Turnout was lower than in 2022, officials said.", NOVEMBER)] == [
        NOVEMBER
    ]


def test_the_clock_stamps_of_a_live_page_are_no_years() -> None:
    live = (
        "2042: The governor says he will not let the company dictate access to the site.\n\n"
        "2017: The president says he will meet the company's chairman.\n\n"
        "1957: A reader in Ohio writes: Please help us.\n\n"
        "1945: The address begins."
    )
    assert dated(live, dt.date(2026, 6, 15)) == []
    # a timeline's years, none of them ahead, stay years
    timeline = "2005: The firm is founded.\n\n2008: It lists its shares.\n\n2016: It collapses."
    assert [text for text, _ in dated(timeline, dt.date(2026, 6, 15))] == ["2005", "2008", "2016"]


def test_a_caption_run_into_the_text_lends_no_tense_to_the_sentence_after_it() -> None:
    text = (
        "We could at least count on the local council's help On Saturday morning, a strong aftershock "
        "struck the port, forcing people to flee their homes."
    )
    sunday = dt.date(2026, 4, 26)
    assert dated(text, sunday) == [("Saturday morning", dt.date(2026, 4, 25))]


def test_that_day_is_the_day_the_story_is_at_and_no_day_without_one() -> None:
    text = "The envoy landed in Lima on 4 August. He met the president later that day."
    assert dated(text, NOVEMBER)[-1] == ("later that day", dt.date(2025, 8, 4))
    text = "The treaty was signed on 3 May. That same day, the border reopened."
    assert dated(text, NOVEMBER)[-1] == ("That same day", dt.date(2025, 5, 3))
    assert dated("The border reopened that day.", NOVEMBER) == []
    # "the same day as" another happening is that happening's day, which the text does not give
    text = (
        "The envoy landed in Lima on 4 August. In a post the same day as the envoy's speech, a critic wrote."
    )
    assert [found for found, _ in dated(text, NOVEMBER)] == ["4 August"]


def test_a_plan_told_in_the_past_takes_the_nearest_such_weekday() -> None:
    thursday = dt.date(2026, 6, 11)
    text = "She also planned to raise the complaints with the company on Wednesday."
    assert dated(text, thursday)[0][1] == dt.date(2026, 6, 10)
    assert dated("The mayor will raise the complaints on Wednesday.", thursday)[0][1] == dt.date(2026, 6, 17)


def test_a_future_seen_from_the_past_takes_the_nearer_day() -> None:
    may = dt.date(2026, 5, 21)
    # ahead of a time the story tells: the 5 May just gone, not next year's
    assert dated("The engineer was set to fly to the platform on 5 May.", may)[0][1] == dt.date(2026, 5, 5)
    # ... or just ahead of the report, when that is nearer
    assert dated("The plant was due to open on 3 June.", may)[0][1] == dt.date(2026, 6, 3)
    # an act told in the past a few days on is last year's
    assert dated("The plant opened on 3 June.", may)[0][1] == dt.date(2025, 6, 3)


def test_a_deadline_of_an_act_still_to_be_done_is_the_nearer_day_whatever_the_tense_of_the_order() -> None:
    # a report of 30 January: "by 3 February" is four days ahead, not a year back
    assert dated("The mayor was ordered to hand over the records by 3 February.", JANUARY)[0][1] == dt.date(
        2026, 2, 3
    )
    assert dated("Residents were told to leave their homes by February 3.", JANUARY)[0][1].year == 2026
    # ... a deadline long past the report is still last year's, and an act done by then stays behind
    assert dated("The mayor was ordered to hand over the records by 3 December.", JANUARY)[0][1].year == 2025
    assert dated("Crews had cleared the road by 3 February.", JANUARY)[0][1].year == 2025


def test_on_course_looks_ahead_and_a_participle_after_being_tells_no_past() -> None:
    # a report of 20 November: "by January" is the coming one
    found = dated(
        "The firm said the new plant being built in the north is on course to open by January.", NOVEMBER
    )
    assert found[0][1] == dt.date(2026, 1, 1)


def test_plans_after_a_possessive_is_a_noun_and_the_clause_keeps_its_past() -> None:
    # a report of 30 January 2026: the plans were unveiled last March
    found = dated(
        "When the minister unveiled his plans for the railway in March, he promised new jobs.", JANUARY
    )
    assert found[0][1] == dt.date(2025, 3, 1)
    # "plans to" as a verb still looks ahead
    assert dated("The minister plans to open the railway in March.", JANUARY)[0][1] == dt.date(2026, 3, 1)


def test_a_weekday_deadline_of_an_act_to_be_done_is_the_nearest_such_day() -> None:
    # a report of Thursday 20 November 2025: "by Friday" is the next day
    assert dated("Residents were told to leave their homes by Friday.", NOVEMBER)[0][1] == dt.date(
        2025, 11, 21
    )
    # ... an act done by then is behind the report
    assert dated("Crews had cleared the road by Friday.", NOVEMBER)[0][1] == dt.date(2025, 11, 14)


def test_what_someone_is_ordered_to_do_by_a_day_ahead_is_planned_for_that_day() -> None:
    found = act_dates("The mayor was ordered to hand over the council's records by 3 February.", JANUARY)
    assert found == [("other", dt.date(2026, 2, 3))]


def test_a_gap_against_a_plan_is_no_day_counted_back() -> None:
    assert dated("The ministry ended the ban six weeks earlier than planned.", JANUARY) == []
    # ... a count back with no comparison still is one
    assert dated("The ban had ended six weeks earlier.", JANUARY) != []


def test_a_count_of_hours_later_runs_on_from_the_storys_day_to_the_nearest_day() -> None:
    text = (
        "The ferry caught fire on 20 January. In the blaze, four crew members died.\n\n"
        "Just over 36 hours later the ferry sank. Seven hours later, divers reached the wreck."
    )
    assert [(found, day) for found, day in dated(text, JANUARY) if "later" in found] == [
        ("36 hours later", dt.date(2026, 1, 22)),
        ("Seven hours later", dt.date(2026, 1, 22)),
    ]
    # with no day told before it, a count of hours dates nothing
    assert dated("Seven hours later, divers reached the wreck.", JANUARY) == []


def test_this_week_told_in_the_past_ends_at_the_report() -> None:
    # a report of Thursday 20 November 2025
    for sentence in (
        "The regulator this week raised the question of whether the firm cut corners.",
        "Also testifying this week for the first time was the plant's chief engineer.",
    ):
        found = [(d.text, d.date_start, d.date_end) for d in find_dates(sentence, NOVEMBER)]
        assert found == [("this week", dt.date(2025, 11, 17), NOVEMBER)], sentence
    # ... what is still to come this week falls in the rest of the week, from the report's day
    found = find_dates("Schools will remain closed this week.", NOVEMBER)
    assert [(d.date_start, d.date_end) for d in found] == [(NOVEMBER, dt.date(2025, 11, 23))]


def test_this_month_told_in_the_past_ends_at_the_report() -> None:
    # a report of Thursday 20 November 2025: what was done this month was done by the report's day
    found = find_dates(
        "The finance minister warned in a radio interview this month that taxes would rise.", NOVEMBER
    )
    assert [(d.text, d.date_start, d.date_end) for d in found] == [
        ("this month", dt.date(2025, 11, 1), NOVEMBER)
    ]
    # ... what is still to come this month falls in the rest of the month, from the report's day
    found = find_dates("The central bank will cut its rates this month.", NOVEMBER)
    assert [(d.date_start, d.date_end) for d in found] == [(NOVEMBER, dt.date(2025, 11, 30))]
