"""Dates of the forty-third session: which time expression dates which clause (issue 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions

TUE = dt.date(2024, 3, 12)  # Tuesday 12 March 2024


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Over the next week the ministry will open three new clinics.", dt.date(2024, 3, 19)),
        ("Within the next week, engineers are to test the pumps.", dt.date(2024, 3, 19)),
        ("During the coming week the ferry company will add two sailings.", dt.date(2024, 3, 19)),
        ("A ruling is expected in the next week or two.", dt.date(2024, 3, 26)),
        ("Over the next month the council will repave the square.", dt.date(2024, 4, 12)),
    ],
)
def test_the_next_week_after_a_preposition_is_the_stretch_after_the_report(text: str, end: dt.date) -> None:
    (found,) = find_dates(text, TUE)
    assert (found.date_start, found.date_end) == (TUE + dt.timedelta(days=1), end)
    assert "the stretch after its day" in found.reason


def test_next_week_alone_is_still_the_calendar_week() -> None:
    (found,) = find_dates("The vote is scheduled for next week.", TUE)
    assert (found.date_start, found.date_end) == (dt.date(2024, 3, 18), dt.date(2024, 3, 24))


def test_the_next_week_told_in_the_past_is_no_date_of_the_report() -> None:
    text = "Over the next week, volunteers pulled 40 people from the mud."
    assert find_dates(text, TUE) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The senator called for calm in a speech to the assembly in February.", dt.date(2024, 2, 1)),
        ("She urged restraint during her tour of the northern towns in January.", dt.date(2024, 1, 1)),
        ("The mayor called for new elections in a statement on Saturday.", dt.date(2024, 3, 9)),
        ("The bishop urged donors at a rally on Sunday to give more.", dt.date(2024, 3, 10)),
    ],
)
def test_a_call_made_at_an_occasion_is_dated_by_the_occasion(text: str, start: dt.date) -> None:
    (found,) = find_dates(text, TUE)
    assert found.date_start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The senator called for new elections in February.", dt.date(2025, 2, 1)),
        ("The union called for a meeting on Friday.", dt.date(2024, 3, 15)),
        # an occasion after an infinitive is the one urged; a summit is as often what is called for
        ("The aide urged the senator to speak at a rally on Saturday.", dt.date(2024, 3, 16)),
        ("The bloc called for talks at a summit in February.", dt.date(2025, 2, 1)),
    ],
)
def test_what_is_called_for_stays_ahead_without_an_occasion(text: str, start: dt.date) -> None:
    (found,) = find_dates(text, TUE)
    assert found.date_start == start


def _built(text: str, published: dt.date = TUE) -> list[tuple[dt.date, bool, str]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [
        (m.date_start, m.date_end > published, m.date_reason)
        for m in extract_mentions(article, load_gazetteer())
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The premier, in a sudden move, cancelled plans to fly to Lima and Quito later in the month.",
        "The governor called off a visit to the flooded valley towns next week.",
    ],
)
def test_a_plan_undone_is_not_dated_by_the_plans_day(text: str) -> None:
    ((day, ahead, reason),) = _built(text)
    assert (day, ahead) == (TUE, False)
    assert "the day of the plan undone" in reason


def test_a_plan_moved_to_a_day_keeps_its_reading() -> None:
    built = _built("The council postponed the budget vote until next week.")
    assert all("the day of the plan undone" not in reason for _, _, reason in built)


JUNE = dt.date(2024, 6, 12)  # Wednesday 12 June 2024


@pytest.mark.parametrize(
    "text",
    [
        "A judge in Denver has ordered the trainer of the boxer Ray Ortiz to stand trial over the fighter's "
        "death in 2019.",
        "Police have charged two men over the robbery of a jeweller in March.",
    ],
)
def test_a_past_date_closing_a_noun_under_a_perfect_is_the_nouns(text: str) -> None:
    ((day, _, reason),) = _built(text, JUNE)
    assert day == JUNE
    assert "dates the noun before it" in reason


@pytest.mark.parametrize(
    "text",
    [
        # told in the past, the clause may hold the date
        "Police charged two men over the robbery of a jeweller in March.",
        # a perfect with the date its own, no noun phrase before it
        "The firm has lost $2bn in 2019.",
        # a noun of no happening: the date may be the perfect's own, as some writers use it
        "The trust has paid $3m for the farmland in 2018.",
    ],
)
def test_a_past_date_outside_that_frame_keeps_its_clause(text: str) -> None:
    assert all("dates the noun before it" not in reason for _, _, reason in _built(text, JUNE))


@pytest.mark.parametrize(
    "text",
    [
        "In April of every year, the herders would drive their flocks up the valley.",
        "The regatta is held in August each year.",
        "Storks come back every year in May.",
    ],
)
def test_a_month_that_comes_round_every_year_is_no_date(text: str) -> None:
    assert find_dates(text, TUE) == []


def test_a_month_before_each_year_group_is_still_a_date() -> None:
    (found,) = find_dates("In February, each year group sat the exam.", TUE)
    assert found.date_start == dt.date(2024, 2, 1)


def test_a_dated_noun_whose_happening_is_told_after_it_keeps_its_date() -> None:
    text = (
        "The carrier has faced mounting anger in Peru over the accident on 3 March when its ferry capsized "
        "and sank with the loss of 40 lives."
    )
    assert all("dates the noun before it" not in reason for _, _, reason in _built(text, JUNE))


def test_a_day_owning_a_happening_dates_no_later_remarks() -> None:
    text = (
        "Cabinet aide Lena Moss told a radio station it wanted to know exactly what caused last week's "
        "blast at the paint works near Hull. The inspectors also ordered checks at nine other works. "
        "Ms Moss announced the new safety rules on a morning programme."
    )
    friday = dt.date(2024, 6, 14)
    article = prepare_article("own.txt", text + "\n", SourceRow(published=friday))
    later = [m for m in extract_mentions(article, load_gazetteer()) if "announced" in m.sentence.text]
    assert later
    assert all(m.date_start == friday for m in later)
