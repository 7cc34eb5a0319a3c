"""Dates in news text: what counts as a date, the interval each resolves to, spans, flags and reasons."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random

import pytest

from events.extract.dates import DateMention, find_dates

WED = dt.date(2025, 4, 9)  # Wednesday 9 April 2025, ISO week 2025-W15
SUN = dt.date(2025, 4, 13)  # Sunday 13 April 2025
NEW_YEAR = dt.date(2025, 1, 3)  # Friday 3 January 2025, ISO week 2025-W01 (from Mon 30 Dec 2024)
OCTOBER = dt.date(2025, 10, 15)  # Wednesday 15 October 2025
D = dt.date


def the_mention(text: str, published: dt.date = WED) -> DateMention:
    mentions = find_dates(text, published)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


def check(
    text: str, published: dt.date, expected: str, value: str, start: dt.date, end: dt.date, precision: str
) -> DateMention:
    """The one mention in `text`, after checking its span, value, interval and precision."""
    mention = the_mention(text, published)
    assert mention.text == expected
    assert text[mention.start : mention.end] == expected
    assert (mention.value, mention.date_start, mention.date_end, mention.precision) == (
        value,
        start,
        end,
        precision,
    )
    return mention


@pytest.mark.parametrize(
    ("text", "expected", "value", "start", "end"),
    [
        (
            "The accord was signed on April 9, 2025, in Geneva.",
            "April 9, 2025",
            "2025-04-09",
            D(2025, 4, 9),
            None,
        ),
        ("Published 9 Apr 2025, updated hourly.", "9 Apr 2025", "2025-04-09", D(2025, 4, 9), None),
        (
            "Wednesday, 09 April 2025 | Kyiv bureau",
            "Wednesday, 09 April 2025",
            "2025-04-09",
            D(2025, 4, 9),
            None,
        ),
        (
            "The sanctions took effect on October 24, 2024.",
            "October 24, 2024",
            "2024-10-24",
            D(2024, 10, 24),
            None,
        ),
        (
            "The ministry's filing, dated 2025-04-09, was posted.",
            "2025-04-09",
            "2025-04-09",
            D(2025, 4, 9),
            None,
        ),
        (
            "Hijacked jets struck on Sept. 11, 2001, in New York.",
            "Sept. 11, 2001",
            "2001-09-11",
            D(2001, 9, 11),
            None,
        ),
        (
            "Voting closed on the 3rd of March 2025.",
            "the 3rd of March 2025",
            "2025-03-03",
            D(2025, 3, 3),
            None,
        ),
        ("The memo was sent Apr. 2, 2025, to staff.", "Apr. 2, 2025", "2025-04-02", D(2025, 4, 2), None),
        ("A timestamp read 2025-04-09T14:33:00Z.", "2025-04-09", "2025-04-09", D(2025, 4, 9), None),
        ("The invasion began in February 2022.", "February 2022", "2022-02", D(2022, 2, 1), D(2022, 2, 28)),
        (
            "The talks opened in March of 2023 in Doha.",
            "March of 2023",
            "2023-03",
            D(2023, 3, 1),
            D(2023, 3, 31),
        ),
        (
            "Prices have risen since November 2024.",
            "November 2024",
            "2024-11",
            D(2024, 11, 1),
            D(2024, 11, 30),
        ),
        ("In 2024, the army grew by a tenth.", "2024", "2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("The 2022 invasion displaced millions.", "2022", "2022", D(2022, 1, 1), D(2022, 12, 31)),
        ("Russia's 2014 annexation of Crimea was condemned.", "2014", "2014", D(2014, 1, 1), D(2014, 12, 31)),
    ],
)
def test_stated_dates_resolve_to_what_the_text_says(text, expected, value, start, end):
    mention = check(text, WED, expected, value, start, end or start, the_precision(value))
    assert mention.explicit


def the_precision(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}[len(value)]


@pytest.mark.parametrize(
    ("text", "published", "expected", "day"),
    [
        ("The navy said on April 8 that a frigate had been hit.", WED, "April 8", D(2025, 4, 8)),
        ("Troops have held the bridge since March 27.", WED, "March 27", D(2025, 3, 27)),
        ("The ministry reported the strike on April 9.", WED, "April 9", D(2025, 4, 9)),
        ("The truce collapsed on December 30, officials said.", NEW_YEAR, "December 30", D(2024, 12, 30)),
        ("The port was shelled on Aug. 24, its mayor said.", WED, "Aug. 24", D(2024, 8, 24)),
        ("Parliament met on 2 April to debate the bill.", WED, "2 April", D(2025, 4, 2)),
    ],
)
def test_day_without_year_takes_the_latest_year_on_or_before_publication(text, published, expected, day):
    mention = check(text, published, expected, day.isoformat(), day, day, "day")
    assert mention.explicit
    assert mention.tense in ("past", "present")


@pytest.mark.parametrize(
    ("text", "expected", "day"),
    [
        ("Elections will be held on June 1, the commission said.", "June 1", D(2025, 6, 1)),
        ("The vote is scheduled for March 2.", "March 2", D(2026, 3, 2)),
        ("Ministers are expected to sign the deal on April 9.", "April 9", D(2025, 4, 9)),
    ],
)
def test_day_without_year_in_a_sentence_about_the_future_is_on_or_after_publication(text, expected, day):
    mention = check(text, WED, expected, day.isoformat(), day, day, "day")
    assert mention.tense == "future"


def test_day_without_year_just_after_publication_is_this_years():
    # A story about 11 April of the previous year would give the year.
    check(
        "The hearing on April 11 was postponed.",
        WED,
        "April 11",
        "2025-04-11",
        D(2025, 4, 11),
        D(2025, 4, 11),
        "day",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The file was dated 2025-33-09.",
        "A form dated February 30, 2025 was void.",
        "Nothing happened on April 31.",
    ],
)
def test_impossible_calendar_dates_give_no_mention(text):
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    ("text", "published", "expected", "day"),
    [
        ("The governor said on Tuesday that power was restored.", WED, "Tuesday", D(2025, 4, 8)),
        ("Thursday's strike hit a school.", WED, "Thursday", D(2025, 4, 3)),
        ("Envoys met in Riyadh Friday afternoon.", WED, "Friday afternoon", D(2025, 4, 4)),
        ("Officials said Monday that the bridge was closed.", SUN, "Monday", D(2025, 4, 7)),
        ("The talks began on Saturday and continued.", NEW_YEAR, "Saturday", D(2024, 12, 28)),
    ],
)
def test_weekday_is_the_nearest_such_day_before_publication(text, published, expected, day):
    mention = check(text, published, expected, day.isoformat(), day, day, "day")
    assert not mention.explicit
    assert mention.tense == "past"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The ministry confirmed the losses on Wednesday.", WED, "Wednesday"),
        ("Sunday's drone attack killed two.", SUN, "Sunday"),
        ("Wednesday's assessment from the general staff was grim.", WED, "Wednesday"),
    ],
)
def test_weekday_on_publication_day_is_that_day(text, published, expected):
    check(text, published, expected, published.isoformat(), published, published, "day")


def test_weekday_with_modifier_keeps_the_modifier_and_the_day():
    mention = check(
        "He spoke late Wednesday in a video address.", WED, "late Wednesday", "2025-04-09", WED, WED, "day"
    )
    assert mention.modifier == "LATE"
    mention = check(
        "Shelling resumed early Monday.",
        WED,
        "early Monday",
        "2025-04-07",
        D(2025, 4, 7),
        D(2025, 4, 7),
        "day",
    )
    assert mention.modifier == "EARLY"


@pytest.mark.parametrize(
    ("text", "expected", "day", "tense"),
    [
        ("Talks will resume next Tuesday in Istanbul.", "next Tuesday", D(2025, 4, 15), "future"),
        ("The envoy arrived last Wednesday.", "last Wednesday", D(2025, 4, 2), "past"),
        ("The minister will visit Kyiv on Friday.", "Friday", D(2025, 4, 11), "future"),
        ("On Friday, the leaders will meet in Rome.", "Friday", D(2025, 4, 11), "future"),
        ("Officials expect a decision by Thursday.", "Thursday", D(2025, 4, 10), "future"),
        ("The vote is due on Wednesday, the speaker said.", "Wednesday", D(2025, 4, 9), "future"),
        ("Both sides met on Tuesday of last week.", "Tuesday of last week", D(2025, 4, 1), "past"),
    ],
)
def test_weekday_looking_ahead_is_on_or_after_publication(text, expected, day, tense):
    mention = check(text, WED, expected, day.isoformat(), day, day, "day")
    assert mention.tense == tense


@pytest.mark.parametrize(
    ("text", "expected", "value", "start", "end", "precision", "tense"),
    [
        (
            "The ministry said yesterday that it had no comment.",
            "yesterday",
            "2025-04-08",
            D(2025, 4, 8),
            None,
            "day",
            "past",
        ),
        ("The president speaks today in Brussels.", "today", "2025-04-09", WED, None, "day", "present"),
        ("He will address the nation tonight.", "tonight", "2025-04-09", WED, None, "day", "present"),
        (
            "A day earlier, the army had withdrawn.",
            "A day earlier",
            "2025-04-08",
            D(2025, 4, 8),
            None,
            "day",
            "past",
        ),
        (
            "The drone fell two days ago near Odesa.",
            "two days ago",
            "2025-04-07",
            D(2025, 4, 7),
            None,
            "day",
            "past",
        ),
        (
            "Guards had seen them the previous day.",
            "the previous day",
            "2025-04-08",
            D(2025, 4, 8),
            None,
            "day",
            "past",
        ),
        (
            "It was shot down last night over the sea.",
            "last night",
            "2025-04-08",
            D(2025, 4, 8),
            None,
            "day",
            "past",
        ),
        (
            "Earlier this week, the UN warned of famine.",
            "Earlier this week",
            "2025-W15",
            D(2025, 4, 7),
            D(2025, 4, 8),  # "earlier": before the report's own day
            "week",
            "past",
        ),
        (
            "The convoy was hit last week.",
            "last week",
            "2025-W14",
            D(2025, 3, 31),
            D(2025, 4, 6),
            "week",
            "past",
        ),
        (
            # (told in the past: this week up to the report's day)
            "Shelling intensified this week.",
            "this week",
            "2025-W15",
            D(2025, 4, 7),
            D(2025, 4, 9),
            "week",
            "past",
        ),
        (
            "The summit opens next week in Rome.",
            "next week",
            "2025-W16",
            D(2025, 4, 14),
            D(2025, 4, 20),
            "week",
            "future",
        ),
        (
            # (what rose this month rose by the report's day)
            "Prices rose this month.",
            "this month",
            "2025-04",
            D(2025, 4, 1),
            WED,
            "month",
            "past",
        ),
        (
            "Earlier this month, the port reopened.",
            "Earlier this month",
            "2025-04",
            D(2025, 4, 1),
            D(2025, 4, 8),
            "month",
            "past",
        ),
        (
            "A vote is expected later this month.",
            "later this month",
            "2025-04",
            WED,
            D(2025, 4, 30),
            "month",
            "future",
        ),
        ("Exports fell last month.", "last month", "2025-03", D(2025, 3, 1), D(2025, 3, 31), "month", "past"),
        (
            "The deal was agreed a month ago.",
            "a month ago",
            "2025-03",
            D(2025, 3, 1),
            D(2025, 3, 31),
            "month",
            "past",
        ),
        (
            "The bridge was rebuilt last year.",
            "last year",
            "2024",
            D(2024, 1, 1),
            D(2024, 12, 31),
            "year",
            "past",
        ),
        (
            "Output had doubled the previous year.",
            "the previous year",
            "2024",
            D(2024, 1, 1),
            D(2024, 12, 31),
            "year",
            "past",
        ),
        ("Growth slowed this year.", "this year", "2025", D(2025, 1, 1), D(2025, 12, 31), "year", "present"),
        (
            "A census is planned next year.",
            "next year",
            "2026",
            D(2026, 1, 1),
            D(2026, 12, 31),
            "year",
            "future",
        ),
        (
            "The rebels struck three years ago.",
            "three years ago",
            "2022",
            D(2022, 1, 1),
            D(2022, 12, 31),
            "year",
            "past",
        ),
        (
            "Shops will be shut this weekend.",
            "this weekend",
            "2025-W15-WE",
            D(2025, 4, 12),
            D(2025, 4, 13),
            "week",
            "future",
        ),
        (
            # told in the past in a Wednesday paper: the weekend just gone
            "Shops were shut this weekend.",
            "this weekend",
            "2025-W14-WE",
            D(2025, 4, 5),
            D(2025, 4, 6),
            "week",
            "past",
        ),
        (
            # a weekend's end is its Sunday, not days of the next week
            "The barriers should be up by the end of this weekend.",
            "the end of this weekend",
            "2025-W15-WE",
            D(2025, 4, 13),
            None,
            "week",
            "future",
        ),
        (
            "The ferry resumes early this weekend.",
            "early this weekend",
            "2025-W15-WE",
            D(2025, 4, 12),
            None,
            "week",
            "future",
        ),
    ],
)
def test_relative_expressions_resolve_against_publication(
    text, expected, value, start, end, precision, tense
):
    mention = check(text, WED, expected, value, start, end or start, precision)
    assert mention.tense == tense
    assert not mention.explicit


@pytest.mark.parametrize(
    ("text", "expected", "value", "start", "end", "precision"),
    [
        ("The convoy was hit last week.", "last week", "2024-W52", D(2024, 12, 23), D(2024, 12, 29), "week"),
        ("Exports fell last month.", "last month", "2024-12", D(2024, 12, 1), D(2024, 12, 31), "month"),
        (
            "Earlier this week, the UN warned of famine.",
            "Earlier this week",
            "2025-W01",
            D(2024, 12, 30),
            D(2025, 1, 2),
            "week",
        ),
        ("The bridge was rebuilt last year.", "last year", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ],
)
def test_relative_expressions_cross_the_new_year(text, expected, value, start, end, precision):
    check(text, NEW_YEAR, expected, value, start, end, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 600 prisoners are now held there.", "now"),
        ("The plant is currently offline.", "currently"),
        ("At present, no talks are planned.", "At present"),
    ],
)
def test_now_and_currently_are_the_present(text, expected):
    mention = check(text, WED, expected, "PRESENT_REF", WED, WED, "day")
    assert mention.tense == "present"


@pytest.mark.parametrize(
    ("text", "published", "expected", "value", "start", "end", "precision", "modifier"),
    [
        (
            "Elections are due in early 2025.",
            WED,
            "early 2025",
            "2025",
            D(2025, 1, 1),
            D(2025, 4, 30),
            "year",
            "EARLY",
        ),
        (
            "The plant closed in mid-2024.",
            WED,
            "mid-2024",
            "2024",
            D(2024, 5, 1),
            D(2024, 8, 31),
            "year",
            "MID",
        ),
        (
            "Fighting escalated in late 2024.",
            WED,
            "late 2024",
            "2024",
            D(2024, 9, 1),
            D(2024, 12, 31),
            "year",
            "LATE",
        ),
        (
            "The dam failed in late December 2024.",
            WED,
            "late December 2024",
            "2024-12",
            D(2024, 12, 21),
            D(2024, 12, 31),
            "month",
            "LATE",
        ),
        (
            "Both towns fell in early April.",
            WED,
            "early April",
            "2025-04",
            D(2025, 4, 1),
            D(2025, 4, 10),
            "month",
            "EARLY",
        ),
        (
            "Deliveries resumed in mid-March.",
            WED,
            "mid-March",
            "2025-03",
            D(2025, 3, 11),
            D(2025, 3, 20),
            "month",
            "MID",
        ),
        (
            "Talks stalled at the end of 2024.",
            WED,
            "the end of 2024",
            "2024",
            D(2024, 11, 1),
            D(2024, 12, 31),
            "year",
            "END",
        ),
        (
            "The offensive began in late last July.",
            WED,
            "late last July",
            "2024-07",
            D(2024, 7, 21),
            D(2024, 7, 31),
            "month",
            "LATE",
        ),
        (
            "Troops withdrew in the fall of 2025.",
            WED,
            "the fall of 2025",
            "2025-FA",
            D(2025, 9, 1),
            D(2025, 11, 30),
            "season",
            "",
        ),
        (
            "A new line opens in autumn 2025.",
            WED,
            "autumn 2025",
            "2025-FA",
            D(2025, 9, 1),
            D(2025, 11, 30),
            "season",
            "",
        ),
        (
            "Rationing will return this summer.",
            WED,
            "this summer",
            "2025-SU",
            D(2025, 6, 1),
            D(2025, 8, 31),
            "season",
            "",
        ),
        (
            "The dam was breached last summer.",
            WED,
            "last summer",
            "2024-SU",
            D(2024, 6, 1),
            D(2024, 8, 31),
            "season",
            "",
        ),
        (
            "The dam was breached last summer.",
            OCTOBER,
            "last summer",
            "2025-SU",
            D(2025, 6, 1),
            D(2025, 8, 31),
            "season",
            "",
        ),
        (
            "Harvests failed in late summer 2024.",
            WED,
            "late summer 2024",
            "2024-SU",
            D(2024, 8, 1),
            D(2024, 8, 31),
            "season",
            "LATE",
        ),
        (
            "Blackouts spread through the winter of 2024.",
            WED,
            "the winter of 2024",
            "2024-WI",
            D(2024, 12, 1),
            D(2025, 2, 28),
            "season",
            "",
        ),
        (
            "In the spring, troops crossed the river.",
            WED,
            "the spring",
            "2025-SP",
            D(2025, 3, 1),
            D(2025, 5, 31),
            "season",
            "",
        ),
        (
            "In the spring, troops crossed the river.",
            OCTOBER,
            "the spring",
            "2025-SP",
            D(2025, 3, 1),
            D(2025, 5, 31),
            "season",
            "",
        ),
        (
            "Profits fell in the first quarter of 2025.",
            WED,
            "the first quarter of 2025",
            "2025-Q1",
            D(2025, 1, 1),
            D(2025, 3, 31),
            "quarter",
            "",
        ),
        ("Profits fell in Q1 2025.", WED, "Q1 2025", "2025-Q1", D(2025, 1, 1), D(2025, 3, 31), "quarter", ""),
        (
            "Sales recovered in the fourth quarter.",
            WED,
            "the fourth quarter",
            "2024-Q4",
            D(2024, 10, 1),
            D(2024, 12, 31),
            "quarter",
            "",
        ),
        (
            "Output fell last quarter.",
            WED,
            "last quarter",
            "2025-Q1",
            D(2025, 1, 1),
            D(2025, 3, 31),
            "quarter",
            "",
        ),
        (
            "Debt rose in the second half of 2024.",
            WED,
            "the second half of 2024",
            "2024-H2",
            D(2024, 7, 1),
            D(2024, 12, 31),
            "year",
            "",
        ),
    ],
)
def test_fuzzy_periods_are_intervals_with_precision_and_modifier(
    text, published, expected, value, start, end, precision, modifier
):
    mention = check(text, published, expected, value, start, end, precision)
    assert mention.modifier == modifier


@pytest.mark.parametrize(
    "text",
    [
        "The siege lasted two months.",
        "It is a three-year-long war of attrition.",
        "The fighting went on for four days.",
        "Power was cut for 24 hours.",
        "No attacks were reported in the past 24 hours.",
        "Both sides agreed a 30-day halt to strikes on energy sites.",
        "Over the past year, prices doubled.",
        "In the last week, the army lost ground.",
        "Some 155 fighters were captured.",
        "About 2,000 homes lost power.",
        "The unit had 11,000 troops.",
        "Nearly 2000 troops crossed the border.",
        "Russia has seized 1,300 square kilometers.",
        "The fund holds $50 billion in assets.",
        "A ticket costs $3,480 this way.",
        "A 45-year-old man was detained.",
        "Turnout reached 62% in the capital.",
        "The alert sounded at 02:33 PM.",
        "Drones attacked overnight.",
        "He said he may go to Paris.",
        "Thousands joined a march on the capital.",
        "March organisers asked for calm.",
        "April Ryan asked the first question.",
        "Theresa May said the talks had failed.",
        "The Sunday Times reported the leak.",
        'The minister appeared on "Morning Report Sunday" and on "This Week."',
        "USA Today published the letter.",
        "A spring offensive is widely expected.",
        "The fall of the city shocked the region.",
        "He deleted a now-deleted post.",
        "Troops served on flight 2019 out of Kabul.",
        "The 1990s were a hard decade.",
        "Nobody knows how many were there.",
        "",
    ],
)
def test_durations_counts_money_and_other_lookalikes_give_no_mention(text):
    assert find_dates(text, WED) == []


def test_date_with_clock_time_is_one_mention_covering_the_date():
    text = "Wednesday, 09 April 2025 02:33 PM EDT"
    check(text, WED, "Wednesday, 09 April 2025", "2025-04-09", WED, WED, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike came on Tuesday.", "Tuesday"),
        ("He spoke late Wednesday in Kyiv.", "late Wednesday"),
        ("Talks are set for early 2025.", "early 2025"),
        ("Aid arrived on April 8, officials said.", "April 8"),
        ("Guns fell silent on Sunday's eve.", "Sunday"),
        ("It happened in 2024.", "2024"),
        ("(February 2022)", "February 2022"),
    ],
)
def test_span_covers_the_expression_and_no_neighbouring_word(text, expected):
    mention = the_mention(text)
    assert (mention.start, mention.end) == (text.index(expected), text.index(expected) + len(expected))
    assert mention.text == text[mention.start : mention.end] == expected


def test_range_of_days_gives_one_mention_per_day():
    text = "Heavy fighting was reported on April 6-7 near the border."
    mentions = find_dates(text, WED)
    assert [(m.text, m.value) for m in mentions] == [("April 6", "2025-04-06"), ("7", "2025-04-07")]
    mentions = find_dates("Talks ran from 8 to 10 April 2025.", WED)
    assert [(m.text, m.value) for m in mentions] == [("8", "2025-04-08"), ("10 April 2025", "2025-04-10")]


def test_range_of_years_gives_one_mention_per_year():
    mentions = find_dates("The 2022-23 winter was the hardest.", WED)
    assert [(m.text, m.value) for m in mentions] == [("2022", "2022"), ("23", "2023")]


def test_count_after_a_month_name_leaves_the_month():
    check("In March 20 soldiers deserted.", WED, "March", "2025-03", D(2025, 3, 1), D(2025, 3, 31), "month")


def test_bare_month_in_a_sentence_about_the_future_is_the_coming_one():
    check(
        "The ministry will hold elections in May.",
        WED,
        "May",
        "2025-05",
        D(2025, 5, 1),
        D(2025, 5, 31),
        "month",
    )
    check(
        "In May, the ministry changed its rules.",
        WED,
        "May",
        "2024-05",
        D(2024, 5, 1),
        D(2024, 5, 31),
        "month",
    )


def test_mentions_in_an_article_are_sorted_and_do_not_overlap():
    article = (
        "KYIV, April 9 (Reuters) - Drones hit the port late Tuesday, the governor said on Wednesday. "
        "It was the third attack this week and the biggest since February 2022, when the war began. "
        "A day earlier, officials had said repairs would be finished by the end of the month. "
        "Talks are due to resume next Tuesday; the last round, in early March, failed."
    )
    mentions = find_dates(article, WED)
    assert [m.text for m in mentions] == [
        "April 9",
        "late Tuesday",
        "Wednesday",
        "this week",
        "February 2022",
        "A day earlier",
        "the end of the month",
        "next Tuesday",
        "early March",
    ]
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start
    for mention in mentions:
        assert article[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("It began on Tuesday.", "'Tuesday' in an article published Wed 9 Apr 2025 → Tue 8 Apr 2025"),
        ("It began on April 8.", "'April 8' (no year) in an article published Wed 9 Apr 2025 → 8 Apr 2025"),
        ("It began in February 2022.", "'February 2022' stated in the text"),
        ("It began in late 2024.", "'late 2024' stated in the text → 1 Sep–31 Dec 2024"),
        (
            "It began last week.",
            "'last week' in an article published Wed 9 Apr 2025 → Mon 31 Mar–Sun 6 Apr 2025",
        ),
    ],
)
def test_reason_says_how_the_date_was_worked_out(text, reason):
    assert the_mention(text).reason == reason


@pytest.mark.parametrize(
    ("text", "explicit"),
    [
        ("It began on April 8.", True),
        ("It began in February 2022.", True),
        ("It began in 2024.", True),
        ("It began this summer.", True),
        ("It began on Tuesday.", False),
        ("It began yesterday.", False),
        ("It began last week.", False),
        ("It began two days ago.", False),
    ],
)
def test_explicit_when_the_text_names_the_calendar_date_or_period(text, explicit):
    assert the_mention(text).explicit is explicit


def test_to_json_gives_plain_values_and_iso_dates():
    mention = the_mention("The dam failed in late December 2024.")
    data = mention.to_json()
    assert data == {
        "start": 18,
        "end": 36,
        "text": "late December 2024",
        "value": "2024-12",
        "date_start": "2024-12-21",
        "date_end": "2024-12-31",
        "precision": "month",
        "explicit": True,
        "modifier": "LATE",
        "tense": "past",
        "reason": "'late December 2024' stated in the text → 21–31 Dec 2024",
    }
    assert json.loads(json.dumps(data)) == data


def test_publication_datetime_is_taken_as_its_date():
    mention = the_mention("It began on Tuesday.", dt.datetime(2025, 4, 9, 23, 59))
    assert mention.date_start == D(2025, 4, 8)


def test_text_without_dates_gives_an_empty_list():
    assert find_dates("The ministry gave no further details.", WED) == []


@pytest.mark.parametrize(
    ("text", "published", "value", "start", "end", "tense"),
    [
        (
            "Rescue work went on through the weekend.",
            WED,
            "2025-W14-WE",
            D(2025, 4, 5),
            D(2025, 4, 6),
            "past",
        ),
        ("Rescue work went on through the weekend.", SUN, "2025-W15-WE", D(2025, 4, 12), SUN, "present"),
        ("The storm is expected to hit over the weekend.", WED, "2025-W15-WE", D(2025, 4, 12), SUN, "future"),
    ],
)
def test_the_weekend_is_the_latest_one_or_in_a_sentence_about_the_future_the_next(
    text, published, value, start, end, tense
):
    mention = check(text, published, "the weekend", value, start, end, "week")
    assert mention.tense == tense


@pytest.mark.parametrize(
    ("text", "published", "expected", "day"),
    [
        ("The attack on Christmas Day killed nine people.", NEW_YEAR, "Christmas Day", D(2024, 12, 25)),
        ("Fireworks were banned on New Year's Eve.", NEW_YEAR, "New Year's Eve", D(2024, 12, 31)),
        ("May Day marches passed off peacefully.", D(2025, 5, 2), "May Day", D(2025, 5, 1)),
        ("The shops will reopen after Christmas.", OCTOBER, "Christmas", D(2025, 12, 25)),
        ("The ferry sank on Boxing Day 2004.", WED, "Boxing Day 2004", D(2004, 12, 26)),
    ],
)
def test_fixed_date_holidays_resolve_like_a_day_without_year(text, published, expected, day):
    check(text, published, expected, day.isoformat(), day, day, "day")


def test_month_after_for_is_a_date_but_may_after_for_is_a_name():
    check(
        "The figure for November was the highest.",
        WED,
        "November",
        "2024-11",
        D(2024, 11, 1),
        D(2024, 11, 30),
        "month",
    )
    assert find_dates("Most Conservative MPs voted for May.", WED) == []


def test_forecast_looks_ahead():
    check(
        "Heavy rain is forecast for Thursday.",
        WED,
        "Thursday",
        "2025-04-10",
        D(2025, 4, 10),
        D(2025, 4, 10),
        "day",
    )


def test_future_in_a_later_clause_does_not_move_an_earlier_date():
    text = "The bank held rates on 6 November and will next decide on 18 December."
    mentions = find_dates(text, D(2025, 11, 20))
    assert [(m.text, m.value, m.tense) for m in mentions] == [
        ("6 November", "2025-11-06", "past"),
        ("18 December", "2025-12-18", "future"),
    ]


def test_start_and_end_of_a_period_are_narrower_than_early_and_late():
    start = the_mention("Output rose at the start of 2025.")
    assert (start.modifier, start.date_start, start.date_end) == ("START", D(2025, 1, 1), D(2025, 2, 28))
    end = the_mention("The road reopens at the end of April.")
    assert (end.modifier, end.date_start, end.date_end) == ("END", D(2025, 4, 24), D(2025, 4, 30))


def test_february_29_without_year_takes_the_latest_leap_year():
    check(
        "The law was passed on February 29.",
        WED,
        "February 29",
        "2024-02-29",
        D(2024, 2, 29),
        D(2024, 2, 29),
        "day",
    )


MIXED_WORDS = (
    "January May March Apr Sept. Tuesday Wed early late mid- the start end of this last next earlier later "
    "in on since week weekend month year quarter half spring fall winter first Q1 H2 ago a two day days "
    "yesterday tonight now Christmas Day New Year's 9 29 31 32 9th 2024 2099 1,300 $2024 2024-25 2025-02-29 "
    "2025-33-09 - , . ; will said troops İ"
)


def test_any_mix_of_date_words_gives_sound_mentions_and_no_exception():
    words = MIXED_WORDS.split()
    rng = random.Random(20250409)
    for published in (D(2024, 2, 29), D(2024, 12, 31), D(2025, 1, 1), WED):
        for _ in range(500):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 20)))
            mentions = find_dates(text, published)
            for before, after in itertools.pairwise(mentions):
                assert before.end <= after.start
            for mention in mentions:
                assert mention.text == text[mention.start : mention.end] == mention.text.strip() != ""
                assert mention.date_start <= mention.date_end


def test_a_weekday_or_week_quoted_in_lower_case_is_still_a_date():
    assert [m.text for m in find_dates('She said "this week" the vote would be held on Sunday.', WED)] == [
        "this week",
        "Sunday",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Engineers feared the year-2000 bug would halt the clocks.",
        "Fans bought shirts from the Cup-2010 stall outside the ground.",
    ],
)
def test_a_year_hyphened_onto_a_word_names_a_thing_not_a_time(text: str) -> None:
    assert find_dates(text, WED) == []


def test_a_year_after_pre_or_post_still_places_the_sentence_in_time() -> None:
    (found,) = find_dates("Prices sank in the post-2008 slump.", WED)
    assert found.date_start.year == 2008


@pytest.mark.parametrize(
    "text",
    [
        "The insurer sued Harbour Shipping 2015 LLC over the cargo on Friday.",
        "Shares in Delta Mining 2010 Ltd fell sharply.",
        "A claim against Northgate 2021 Holdings Group was dismissed.",
        "Shares in Nordvik Shipping 2019 ASA rose.",
        "Vento Energia 2018 SpA was sued.",
        # (the stops of a legal form's initials, before a word as before a full stop)
        "Harbour Shipping 2015 L.L.C. was sued.",
        "The suit names Delta Mining 2010 P.L.C.",
    ],
)
def test_a_year_inside_a_company_name_is_no_date(text: str) -> None:
    assert all(m.precision != "year" for m in find_dates(text, WED))


@pytest.mark.parametrize(
    ("text", "year"),
    [("In 2006 AB 32 became law in California.", 2006), ("By 2010 SE Asia had recovered.", 2010)],
)
def test_a_year_before_two_capitals_that_are_no_legal_form_is_a_date(text: str, year: int) -> None:
    (found,) = find_dates(text, WED)
    assert (found.precision, found.date_start.year) == ("year", year)


def test_a_year_after_a_month_or_preposition_before_a_name_is_still_a_date() -> None:
    assert [m.text for m in find_dates("In March 2024 Kenya held a vote; in 2019 Ghana did.", WED)] == [
        "March 2024",
        "2019",
    ]


def test_the_day_before_and_the_previous_week_count_from_the_day_the_story_is_at() -> None:
    text = (
        "The ceasefire was signed in Doha on 3 February 2025. The day before, rebels shelled the airport. "
        "The previous week, both sides freed prisoners. The next day, the talks resumed."
    )
    found = {m.text: (m.date_start, m.date_end, m.precision, m.tense) for m in find_dates(text, WED)}
    assert found["The day before"] == (D(2025, 2, 2), D(2025, 2, 2), "day", "past")
    assert found["The previous week"] == (D(2025, 1, 27), D(2025, 2, 2), "week", "past")
    assert found["The next day"] == (D(2025, 2, 4), D(2025, 2, 4), "day", "past")


def test_the_previous_day_with_no_day_told_before_counts_from_publication() -> None:
    check(
        "Guards had seen them the previous day.",
        WED,
        "the previous day",
        "2025-04-08",
        D(2025, 4, 8),
        D(2025, 4, 8),
        "day",
    )
    check(
        "The talks resumed the following week.",
        WED,
        "the following week",
        "2025-W16",
        D(2025, 4, 14),
        D(2025, 4, 20),
        "week",
    )


def test_a_word_in_ed_qualifying_a_noun_does_not_make_a_month_past() -> None:
    # "escaped", "injured", "proposed" here describe a noun; the clause looks ahead to this July
    june = dt.date(2025, 6, 16)
    for text in (
        "The plant plans to be able to treat 9,000 tonnes of spoiled grain a week by mid-July.",
        "The agency hopes to rehouse the injured by mid-July.",
    ):
        found = the_mention(text, june)
        assert (found.date_start, found.tense) == (dt.date(2025, 7, 11), "future"), text
    # a verb in -ed still makes the month the last one
    assert the_mention("The depot was sold in July.", june).date_start == dt.date(2024, 7, 1)
    assert the_mention("A proposed ban was announced in July.", june).date_start == dt.date(2024, 7, 1)


def test_last_year_and_last_week_in_words_said_on_a_past_day_count_from_that_day() -> None:
    text = (
        "Jan Roe told police in 2009 that he had fallen ill last year. "
        "Jan Roe said on 3 June 2010 that the company had paid the debt last week. "
        "The company said its profit had doubled since last year."
    )
    found = [(m.text, m.date_start, m.date_end) for m in find_dates(text, WED)]
    assert found[1] == ("last year", D(2008, 1, 1), D(2008, 12, 31))
    assert found[3] == ("last week", D(2010, 5, 24), D(2010, 5, 30))
    # with no dated saying before it, "last year" is the year before the report
    assert found[4] == ("last year", D(2024, 1, 1), D(2024, 12, 31))


def test_a_day_of_last_year_is_one_date_in_that_year() -> None:
    # "On June 3 of last year": the day, in last year, not the whole of last year beside a day
    check(
        "On June 3 of last year, the bridge collapsed.",
        WED,
        "June 3 of last year",
        "2024-06-03",
        D(2024, 6, 3),
        D(2024, 6, 3),
        "day",
    )
    check(
        "The treaty was signed on the 4th of July of 2019.",
        WED,
        "the 4th of July of 2019",
        "2019-07-04",
        D(2019, 7, 4),
        D(2019, 7, 4),
        "day",
    )


def test_over_or_almost_a_count_of_weeks_ago_lies_on_one_side_of_the_mark() -> None:
    # published Wednesday 9 April: a week back is Wednesday 2 April
    over = the_mention("A little over a week ago, the government announced the closure.")
    assert over.text == "A little over a week ago"
    assert (over.date_start, over.date_end) == (D(2025, 3, 31), D(2025, 4, 2))
    almost = the_mention("The flood reached the town almost two weeks ago.")
    assert almost.text == "almost two weeks ago"
    assert (almost.date_start, almost.date_end) == (D(2025, 3, 26), D(2025, 3, 28))
    plain = the_mention("The talks began two weeks ago.")
    assert (plain.date_start, plain.date_end) == (D(2025, 3, 24), D(2025, 3, 28))


def test_a_caption_aside_dates_the_photograph_not_the_sentence() -> None:
    assert find_dates("The minister, pictured in 2019, has denied the claims.", WED) == []
    assert find_dates("The mayor (shown at a rally in 2019) has resigned.", WED) == []
    # not an aside: the year still dates what the sentence tells
    assert [m.text for m in find_dates("Growth, seen in 2019, was weak.", WED)] == ["2019"]
    assert [m.text for m in find_dates("The figures were shown in 2019 to be wrong.", WED)] == ["2019"]


def test_two_dates_joined_by_or_are_one_stretch_from_the_first_to_the_second() -> None:
    check(
        "In late May or early June, the ministry rejected the request.",
        WED,
        "late May or early June",
        "2024-05",
        D(2024, 5, 21),
        D(2024, 6, 10),
        "month",
    )
    check(
        "The vote will be held in late December or early January.",
        WED,
        "late December or early January",
        "2025-12",
        D(2025, 12, 21),
        D(2026, 1, 10),
        "month",
    )
    # two days are no one day
    check(
        "The ship sank on Monday or Tuesday.",
        WED,
        "Monday or Tuesday",
        "2025-04-07",
        D(2025, 4, 7),
        D(2025, 4, 8),
        "week",
    )
    # years far apart are two dates, not a stretch
    assert [m.text for m in find_dates("The law passed in 1990 or 2010.", WED)] == ["1990", "2010"]


def test_would_not_comment_is_a_refusal_told_in_the_past() -> None:
    # Wednesday 9 April: "would not confirm ... on Sunday" is the Sunday just gone
    refused = the_mention("A spokesman for the airline would not confirm any numbers on Sunday.")
    assert (refused.date_start, refused.tense) == (D(2025, 4, 6), "past")
    # "would not" before another verb still looks ahead
    ahead = the_mention("The minister said the talks would not resume on Sunday.")
    assert ahead.date_start == D(2025, 4, 13)


def test_a_quoted_today_before_show_is_a_programme_not_a_day() -> None:
    assert find_dates('"Most of the oil is gone," Roe said on NBC\'s "Today" show.', WED) == []
    assert [m.text for m in find_dates("The minister spoke today.", WED)] == ["today"]


@pytest.mark.parametrize(
    "text",
    [
        "Oslo 2032 chairman Ken Lund confirmed the sponsor's role.",
        "The minister said the reform, part of Horizon 2040, would create jobs.",
        "Fans flocked to the Cup 2018 final in the capital.",
        "The firm ended support for Orbit 2000 software.",
        "Officials met to review the Agenda 2035 plan.",
    ],
)
def test_a_year_after_a_name_word_is_part_of_the_name_not_a_date(text: str) -> None:
    assert all(m.precision != "year" for m in find_dates(text, WED))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the year first, a happening it dates
        ("The 2018 Cup final drew a record crowd.", 2018),
        # a word that opens a sentence before a bare year without naming anything
        ("Throughout 2019 the port stayed open.", 2019),
        ("In 2019 the port stayed open.", 2019),
        ("Fiscal 2019 revenue rose.", 2019),
    ],
)
def test_a_year_after_a_word_that_names_nothing_is_still_a_date(text: str, year: int) -> None:
    (found,) = find_dates(text, WED)
    assert (found.precision, found.date_start.year) == ("year", year)


def test_a_holiday_before_a_year_is_still_its_day() -> None:
    (found,) = find_dates("Christmas 2019 was the coldest in a decade.", WED)
    assert found.date_start == dt.date(2019, 12, 25)
