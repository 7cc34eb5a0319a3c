"""Types that held on the labelled stories but not on unseen ones: a chamber's vote told by its tally or
named as its approval is the measure (`policy`); an outbreak's count that soars is the outbreak's
(`disaster`), and so is one more of the sick told by the illness taken; a body recovered is a death
(`casualties`); a trial's side closing or putting its case is the case's (`legal`); checks stepped up are a
measure (`policy`). All texts are our own."""

from __future__ import annotations

import pytest

from events.extract.clauses import first_trigger
from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    "sentence",
    [
        "The Senate voted 70-25 on Friday to extend the fishing quotas.",
        "Lawmakers in the lower chamber voted 212-190 after a night of debate.",
        "The lower house's approval on Tuesday followed a week of debate.",
    ],
)
def test_a_chambers_vote_by_its_tally_or_approval_is_a_policy(sentence: str) -> None:
    trigger = first_trigger(sentence)
    assert trigger is not None and trigger.event_type == "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        # a leader's rating and a vote still needed are no measure passed
        "The president's approval rating fell to 38 percent.",
        "The treaty still needs Senate approval.",
    ],
)
def test_no_chamber_vote(sentence: str) -> None:
    trigger = first_trigger(sentence)
    assert trigger is None or trigger.event_type != "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of confirmed measles cases soared to 310 by the end of the month.",
        "The tally of infections with the fever has surged to 95.",
    ],
)
def test_an_outbreaks_count_soaring_is_the_outbreak(sentence: str) -> None:
    assert settled_type("other", sentence) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        "A second pupil at the village school 'has developed probable measles', said the health board.",
        "The board said a nurse on the children's ward had contracted the virus.",
    ],
)
def test_one_more_of_the_sick_told_by_the_illness_taken_is_the_outbreak(sentence: str) -> None:
    assert settled_type("statement", sentence) == "disaster"


def test_a_remedy_developed_is_no_case() -> None:
    sentence = "The drugmaker said its scientists had developed a flu vaccine for children."
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy's body was recovered from the rubble of the hotel on Sunday.",
        "The body of a missing climber was found on the glacier.",
    ],
)
def test_a_body_recovered_is_a_death(sentence: str) -> None:
    assert settled_type("other", sentence) == "casualties"


def test_a_governing_body_found_is_no_death() -> None:
    sentence = "The sport's governing body was found to have broken its own rules."
    assert settled_type("other", sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        'Mr Roe had been "reckless", while the defence said the pilot had caused the crash himself.',
        "Prosecutors ended their case on Friday by saying the treasurer had lied to the board.",
        "The defence characterised the mayor as a scapegoat.",
    ],
)
def test_a_trials_side_putting_its_case_is_legal(sentence: str) -> None:
    assert settled_type("other", sentence) == "legal"


def test_a_defence_ministry_speaking_is_no_trial() -> None:
    sentence = "The defence ministry said its engineers had repaired the runway."
    assert settled_type("other", sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said it was stepping up screening of passengers at the ports.",
        "Border guards intensified checks on lorries from the south.",
    ],
)
def test_checks_stepped_up_are_a_policy(sentence: str) -> None:
    assert settled_type("other", sentence) == "policy"


def test_an_illness_in_question_is_no_case() -> None:
    sentence = "Tests will show whether a 40-year-old teacher has contracted the fever, the board said."
    assert settled_type("statement", sentence) == "statement"
