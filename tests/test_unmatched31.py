"""Events that match no happening (unmatched31): the plans one report sets for one day round the occasion it
announces are one happening, plans for other days stay apart; what happened "at the time" or "on that
occasion" is an earlier time looked back on, not news of the report's day. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import body_kinds, build_reports

from events.extract.noise import at_that_time

THURSDAY = dt.date(2027, 9, 16)


def planned(*texts: str) -> list[tuple[str, str, int]]:
    """(type, date, number of reports) of each event of one report published on a Thursday."""
    return [(kind, day, n) for kind, day, _end, _title, n in build_reports((THURSDAY, "\n\n".join(texts)))]


def test_the_plans_one_report_sets_for_one_day_are_one_occasion() -> None:
    found = planned(
        "The city's harvest fair will open in the old market square on Saturday, the organisers said on "
        "Thursday.",
        "Gates will open at noon on Saturday and the last stalls will close at ten.",
        "A brass band from the port will play at the fair on Saturday evening.",
    )
    saturday = [event for event in found if event[1] == "2027-09-18"]
    assert len(saturday) == 1


def test_plans_for_two_days_stay_two_happenings() -> None:
    found = planned(
        "The city's harvest fair will open in the old market square on Saturday, the organisers said on "
        "Thursday.",
        "A brass band from the port will play at the town hall on Sunday.",
    )
    assert {day for _kind, day, _n in found} >= {"2027-09-18", "2027-09-19"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time, the ferry company said the vessel had passed every safety inspection.",
        "The river town of Selby bore the brunt on that occasion, with hundreds of homes flooded.",
        "The electoral commission said at that time it would recount the ballots by hand.",
    ],
)
def test_what_happened_at_the_time_is_no_news_of_the_reports_day(sentence: str) -> None:
    assert at_that_time(sentence)
    assert body_kinds(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time of the collapse, 40 miners were working underground.",
        "The judge adjourned the trial at the time that suited both sides.",
    ],
)
def test_a_time_named_by_its_happening_is_not_looked_back_on(sentence: str) -> None:
    assert not at_that_time(sentence)


def test_a_dated_sentence_about_that_time_keeps_its_happening() -> None:
    sentence = (
        "On Tuesday, at the time the polls closed, the commission announced a recount in two districts."
    )
    assert body_kinds(sentence, THURSDAY) != []
