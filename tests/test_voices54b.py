"""Speakers joined by an aside before their verb, and remarks that name a case only as their circumstance
(helper voices54b): invented sentences on elections, trade, storms and courts."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import report_mentions

from events.extract.triggers import settled_type

THURSDAY = dt.date(2027, 5, 13)


def speaker_of(text: str) -> str:
    """The speaker of the first mention of `text`."""
    found = report_mentions(text, THURSDAY)
    assert found, f"no mention of {text!r}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jane Roe and Tom Reyes, together with dozens of dock traders, said on Tuesday the new tariff "
            "would hurt the port.",
            "Jane Roe and Tom Reyes",
        ),
        (
            "Jane Roe and Tom Reyes, as well as two church groups, said on Tuesday the march should "
            "be moved.",
            "Jane Roe and Tom Reyes",
        ),
        (
            "Ana Okonkwo and Piet Varga, along with several farm unions, have also said on Tuesday "
            "the timing of the vote is wrong.",
            "Ana Okonkwo and Piet Varga",
        ),
    ],
)
def test_those_named_before_an_aside_of_who_else_joined_in_speak(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two of the governor's sisters, Ana Roe and Maria Roe, have said on Tuesday the harvest festival "
            "should not go ahead.",
            "Ana Roe and Maria Roe",
        ),
        (
            "Two of the senator's sons, Piet and Tomas, have said on Tuesday the recount should be stopped.",
            "Piet and Tomas",
        ),
        (
            "One of the mayor's advisers, Tom Reyes, said on Tuesday the storm plan had failed.",
            "Tom Reyes",
        ),
    ],
)
def test_an_apposition_naming_the_members_of_the_subject_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe said on Tuesday the timing of the rally was wrong given the trial.",
        "The mayor said on Tuesday the parade should wait until after the trial of the two officers.",
        "The union said the strike would be put off ahead of next week's court hearing.",
    ],
)
def test_a_remark_naming_a_case_only_as_its_circumstance_is_a_statement(text: str) -> None:
    assert settled_type("legal", text) == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said on Tuesday they would appeal the ruling.",
        "Jane Roe said on Tuesday the trial would open in March.",
        "The lawyer said his client would plead not guilty at the trial.",
        "The former minister was jailed on Tuesday after the trial, his lawyer said.",
        "After the trial, the court said the verdict would be read on Friday.",
    ],
)
def test_a_remark_telling_a_step_of_the_case_stays_legal(text: str) -> None:
    assert settled_type("legal", text) == "legal"
