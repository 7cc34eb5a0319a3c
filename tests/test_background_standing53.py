"""Standing facts and the writer's own view told beside the news are no happenings of it: a deed told as
history ("once", "famously"), what earlier studies found, a correspondent's own sources and sense of
things. Each rule keeps the story's own happenings told in like words. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import earlier_findings, standing_position, told_as_history, writer_in_first_person
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The textile mill once employed half the town.",
        "The general famously refused to surrender the fortress.",
        "It notoriously lost two ballot boxes in the count.",
        "But the ferry operator once ran six boats a day to the islands.",
    ],
)
def test_a_deed_told_as_history_is_no_happening(sentence: str) -> None:
    assert told_as_history(sentence)
    assert standing_position(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # "once" opening a clause, an aside or a reduced relative: the main clause is the news
        "Once the rain stopped, crews cleared the blocked road.",
        "The senator, who once chaired the budget committee, resigned.",
        "A clerk once jailed for fraud was arrested again at the border.",
        "Police at once arrested the driver of the lorry.",
        "The party once again won the seat in the by-election.",
    ],
)
def test_once_that_does_not_tell_the_main_deed_leaves_it(sentence: str) -> None:
    assert not told_as_history(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Previous studies by the central bank have said a long drought could halve the wheat harvest.",
        "Past research at the institute found that the levees were too low.",
        "Earlier studies suggested the new tariff would cost thousands of jobs.",
    ],
)
def test_what_earlier_studies_found_is_background(sentence: str) -> None:
    assert earlier_findings(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # earlier reports may be the day's own toll, superseded
        "Earlier reports said three people had died in the blaze.",
        # a study published now is news
        "A new study by the central bank found the drought would halve the harvest.",
    ],
)
def test_earlier_reports_and_a_new_study_are_left_alone(sentence: str) -> None:
    assert not earlier_findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "My conversations with senior diplomats suggest the border talks will collapse.",
        "My sources say the vote on the budget will be close.",
        "My guess is that the court will send the case back.",
    ],
)
def test_a_correspondents_own_sources_and_sense_are_no_remarks(sentence: str) -> None:
    assert writer_in_first_person(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_my_in_a_quotation_or_of_a_party_is_left_alone() -> None:
    assert not writer_in_first_person('"My sources say the vote will be close," the senator said.')
    assert not writer_in_first_person("My government will cut the fuel tax, the prime minister said.")
