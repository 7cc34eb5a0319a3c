"""Month and half-year phrases the reader dates: "last January" is the latest January before the month just
ended, a month before a noun of a disaster or a deed names that happening's month, and "the first half" told
with results or trade is a half of the year. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions

JULY = dt.date(2027, 7, 15)  # a Thursday
MARCH = dt.date(2027, 3, 10)


def _dated(text: str, published: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    return [(d.text, d.date_start, d.date_end) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("sentence", "published", "first_day"),
    [
        # a July report: last January and last May are this year's; last June, the month just ended,
        # would be "last month", so "last June" is a year back, as is last September
        ("The dam first cracked last January, engineers said.", JULY, dt.date(2027, 1, 1)),
        ("The inquiry opened last May.", JULY, dt.date(2027, 5, 1)),
        ("The inquiry opened last June.", JULY, dt.date(2026, 6, 1)),
        ("The inquiry opened last September.", JULY, dt.date(2026, 9, 1)),
        # "March last year" names its year
        ("The inquiry opened in March last year.", JULY, dt.date(2026, 3, 1)),
    ],
)
def test_last_month_is_the_latest_such_month_before_the_month_just_ended(
    sentence: str, published: dt.date, first_day: dt.date
) -> None:
    assert _dated(sentence, published)[0][1] == first_day


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Six workers were hurt in the May fire at the refinery.", 5),
        ("Villagers are still rebuilding after the April landslide.", 4),
        ("Police arrested two men over the March bombings in the market.", 3),
        ("He has not been seen since the February inauguration.", 2),
    ],
)
def test_a_month_before_a_noun_of_a_happening_dates_it(sentence: str, month: int) -> None:
    found = _dated(sentence, JULY)
    assert [(start.year, start.month) for _, start, _ in found] == [(2027, month)]


def test_a_month_before_a_noun_of_no_happening_is_no_date() -> None:
    assert _dated("Residents said the May heat had dried the wells.", JULY) == []
    assert _dated("The May government fell after a vote.", JULY) == []


def test_a_death_in_a_fire_named_by_its_month_takes_that_month() -> None:
    text = "Four miners died in the May fire at the colliery, the owners said on Wednesday."
    article = prepare_article("own.txt", text + "\n", SourceRow(published=JULY))
    deaths = [m for m in extract_mentions(article, load_gazetteer()) if m.event_type == "casualties"]
    assert [(m.date_start, m.date_end) for m in deaths] == [(dt.date(2027, 5, 1), dt.date(2027, 5, 31))]


@pytest.mark.parametrize(
    ("sentence", "published", "span"),
    [
        (
            "The brewer's profits fell 12 percent in the first half, it said.",
            JULY,
            (dt.date(2027, 1, 1), dt.date(2027, 6, 30)),
        ),
        (
            "Exports of grain rose in the second half, the ministry said.",
            MARCH,
            (dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
        ),
    ],
)
def test_a_half_told_with_results_is_a_half_of_the_year(
    sentence: str, published: dt.date, span: tuple[dt.date, dt.date]
) -> None:
    assert [(start, end) for _, start, end in _dated(sentence, published)] == [span]


@pytest.mark.parametrize(
    "sentence",
    [
        "The visitors scored twice in the first half.",
        "She spoke for the first half of the session about sales.",
        "Sales were the subject of the first half.",
    ],
)
def test_a_half_of_a_match_or_a_speech_is_no_date(sentence: str) -> None:
    assert _dated(sentence, JULY) == []


LEAD_TODAY = (
    "The government ordered the Kessel reservoir drained on Wednesday after new cracks appeared in its dam."
)


def _dates_of(text: str, opening: str) -> list[tuple[dt.date, dt.date]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=JULY))
    return [
        (m.date_start, m.date_end)
        for m in extract_mentions(article, load_gazetteer())
        if m.sentence.text.startswith(opening)
    ]


def test_an_undated_act_goes_on_with_the_story_the_sentence_above_dates() -> None:
    text = (
        f"{LEAD_TODAY}\n\nIn 2019 engineers inspected the dam for the regional council. The council closed "
        "the road to lorries and evacuated 300 residents."
    )
    assert _dates_of(text, "The council closed") == [(dt.date(2019, 1, 1), dt.date(2019, 12, 31))]


@pytest.mark.parametrize(
    "below",
    [
        # a saying below a date of the story's past is the report's own
        "The minister said the dam was safe.",
        # told of now, or of what may come
        "The agency is now drafting a report on the dam, which could be finished by the end of the month.",
        # a time word of its own, or a sign of another time
        "Later the council closed the road to lorries.",
    ],
)
def test_a_saying_a_present_or_a_new_time_is_not_carried_back(below: str) -> None:
    text = f"{LEAD_TODAY}\n\nIn 2019 engineers inspected the dam for the regional council. {below}"
    found = _dates_of(text, below[:12])
    assert found
    assert all(start.year == JULY.year for start, _ in found)


def test_a_habit_told_in_the_present_is_no_timetable_ahead() -> None:
    # "usually begins in June" tells what happens each year, not a June to come
    found = find_dates("The rainy season usually begins in June, and farmers plant maize soon after.", MARCH)
    assert [d.tense for d in found] != ["future"]
    assert [d.tense for d in find_dates("The fair begins in June.", MARCH)] == ["future"]


def test_a_year_closing_an_aside_is_not_carried_to_the_news_below() -> None:
    # "in 2011" closes a sentence of comparison; the rescue below is the report's own news
    text = (
        f"{LEAD_TODAY}\n\nA quake of similar size hit the region in 2011. Rescuers pulled 40 people from the "
        "rubble of the market."
    )
    assert all(start.year == JULY.year for start, _ in _dates_of(text, "Rescuers pulled"))


def test_a_half_of_the_year_needs_results_in_its_own_clause() -> None:
    text = (
        "Police arrested 12 fans after fighting broke out in the first half, and the club was fined $20,000."
    )
    assert [d.text for d in find_dates(text, JULY) if "half" in d.text] == []
