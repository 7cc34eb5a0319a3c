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


FRI = dt.date(2026, 3, 6)  # Friday 6 March 2026


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # what was called for, told after the occasion: a clause of its own, or after a comma
        (
            "The opposition called for fresh elections in a letter to the president to be held in June.",
            dt.date(2026, 6, 1),
        ),
        (
            "The opposition leader called for a general strike in a statement, to begin on Monday.",
            dt.date(2026, 3, 9),
        ),
        (
            "The guild called for a boycott in an open letter that should start on Tuesday.",
            dt.date(2026, 3, 10),
        ),
    ],
)
def test_a_date_apart_from_the_occasion_is_what_was_called_for(text: str, start: dt.date) -> None:
    (found,) = find_dates(text, FRI)
    assert found.date_start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The envoy called for a truce during a visit to Oslo on Monday.", dt.date(2026, 3, 2)),
        ("The cardinal urged calm in a broadcast to the faithful in February.", dt.date(2026, 2, 1)),
    ],
)
def test_a_date_right_after_the_occasion_dates_the_call(text: str, start: dt.date) -> None:
    (found,) = find_dates(text, FRI)
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
        "Owing to the strike, the orchestra has scrapped its tour of four northern cities next month.",
        "The governor called off a visit to the flooded valley towns next week.",
    ],
)
def test_a_plan_undone_is_not_dated_by_the_plans_day(text: str) -> None:
    ((day, ahead, reason),) = _built(text)
    assert (day, ahead) == (TUE, False)
    assert "when the plan called off was to happen" in reason
    assert "no date in the sentence" not in reason


def test_a_plan_moved_to_a_day_keeps_its_reading() -> None:
    built = _built("The council postponed the budget vote until next week.")
    assert all("plan called off" not in reason for _, _, reason in built)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a participle after a determiner is an adjective: the plan ahead is dated
        (
            "The postponed talks between the two governments will resume next month in Geneva.",
            dt.date(2026, 4, 1),
        ),
        ("The cancelled match will be replayed next week at a neutral ground.", dt.date(2026, 3, 9)),
        # a later clause with its own plan and date
        ("The band scrapped its tour of Japan and will release a new album next month.", dt.date(2026, 4, 1)),
        (
            "The governor postponed a visit to the coast and will hold talks with the unions on Monday.",
            dt.date(2026, 3, 9),
        ),
        ("The striker called off his trip to Rome, to be rescheduled next week.", dt.date(2026, 3, 9)),
    ],
)
def test_a_plan_ahead_beside_an_undoing_keeps_its_date(text: str, start: dt.date) -> None:
    built = _built(text, FRI)
    assert any(day == start and ahead for day, ahead, _ in built)
    assert all("plan called off" not in reason for _, _, reason in built)


JUNE = dt.date(2024, 6, 12)  # Wednesday 12 June 2024


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Three insurers have now settled claims over the shooting of a doorman in 2019.",
            "shooting",
        ),
        ("Police have charged two men over the robbery of a jeweller in March.", "robbery"),
    ],
)
def test_a_past_date_closing_a_noun_under_a_perfect_is_the_nouns(text: str, noun: str) -> None:
    ((day, _, reason),) = _built(text, JUNE)
    assert day == JUNE
    assert reason.startswith(f"'{'2019' if '2019' in text else 'March'}' is when the {noun} happened")


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
    assert all("happened; the news" not in reason for _, _, reason in _built(text, JUNE))


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
    text = "Residents have protested for weeks about the blast on 3 March, which left the depot in ruins."
    assert all("happened; the news" not in reason for _, _, reason in _built(text, JUNE))


def _dated(text: str, published: dt.date, words: str) -> list[dt.date]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    found = [m.date_start for m in extract_mentions(article, load_gazetteer()) if words in m.sentence.text]
    assert found
    return found


def test_a_day_owning_a_happening_dates_no_later_remarks() -> None:
    text = (
        "Union leader Petra Lind spent an hour on the phone with managers, asking about Tuesday's fire in "
        "the bottling hall. Ms Lind said workers would stay home until the hall was safe."
    )
    friday = dt.date(2024, 6, 14)
    assert _dated(text, friday, "stay home") == [friday]


MONDAY_WEEK = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        # the possessive opens the sentence: it is the sentence's own day, and the paragraph's
        (
            "Monday's earthquake killed at least 300 people in the province, officials said. Rescuers worked "
            "through the night to free survivors from collapsed homes.",
            "Rescuers",
            MONDAY_WEEK,
        ),
        (
            "Tuesday's vote was a defeat for the government. Opposition parties celebrated in the streets of "
            "the capital.",
            "celebrated",
            dt.date(2026, 3, 3),
        ),
        (
            "Last week's attack on the convoy killed nine soldiers, the army said. Two of the wounded later "
            "died in hospital.",
            "wounded",
            dt.date(2026, 2, 23),
        ),
    ],
)
def test_a_possessive_day_opening_its_sentence_dates_its_paragraph(
    text: str, words: str, day: dt.date
) -> None:
    assert _dated(text, FRI, words) == [day]


def test_a_later_sentence_naming_the_owned_happening_keeps_its_day() -> None:
    text = (
        "Senator Ada Brook asked hard questions about Monday's hearing on the dam. Ms Brook said at the "
        "hearing that the builders had cut corners."
    )
    assert _dated(text, FRI, "cut corners") == [MONDAY_WEEK]


def test_an_accident_dated_with_a_when_clause_dates_the_clause_that_tells_it() -> None:
    # ("accident" is no noun of a happening the date may take from the clause that tells it: one event, dated)
    text = (
        "The ferry operator has faced mounting anger in Norway over the accident on 3 March when one of its "
        "ferries capsized with the loss of 40 lives."
    )
    assert _dated(text, dt.date(2026, 5, 8), "capsized") == [dt.date(2026, 3, 3)]
