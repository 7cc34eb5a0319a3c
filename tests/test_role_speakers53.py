"""Who an office that speaks stands for (role speakers53): "the judge said" after a sentence only about a
defendant is the judge, not the defendant; the person just heard, named with no office of their own, is still
the one an office no one holds describes. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import report_mentions

from events.extract.coreference import described_as

TUESDAY = dt.date(2027, 5, 11)


def speakers(text: str) -> dict[str, str]:
    """Each sentence's opening words -> the speaker of its first mention."""
    found: dict[str, str] = {}
    for mention in report_mentions(text, TUESDAY):
        found.setdefault(" ".join(mention.sentence.text.split()[:2]), mention.speaker)
    return found


@pytest.mark.parametrize(
    ("text", "opening", "party"),
    [
        # courts: the judge and the prosecutor of a trial are not its defendant
        (
            "The trial of the surgeon Lena Marsh resumed in Dunmore on Monday.\n\n"
            "The judge told jurors on Monday that the hearing would last until October.",
            "The judge",
            "Lena Marsh",
        ),
        (
            "The trial of the surgeon Lena Marsh resumed in Dunmore on Monday.\n\n"
            "The prosecutor said on Tuesday that the hospital had hidden the errors.",
            "The prosecutor",
            "Lena Marsh",
        ),
        # a coroner is not the dead
        (
            "The inquest into the death of the climber Petra Vallin opened in Bergen on Monday.\n\n"
            "The coroner said on Tuesday that the rescue had come too late.",
            "The coroner",
            "Petra Vallin",
        ),
        # elections: the official who counts is not the candidate counted
        (
            "Kwame Osei, the opposition candidate, won the recount in Accra on Monday.\n\n"
            "The returning officer said on Tuesday that the result would stand.",
            "The returning",
            "Kwame Osei",
        ),
        # companies: the chairman is not the founder the police arrested
        (
            "Ines Halvorsen, the founder of Korvel, was arrested in Oslo on Monday.\n\n"
            "The chairman said on Tuesday that the board would help the inquiry.",
            "The chairman",
            "Ines Halvorsen",
        ),
    ],
)
def test_an_office_after_a_person_only_spoken_of_is_not_that_person(
    text: str, opening: str, party: str
) -> None:
    said = speakers(text)
    assert said[opening] != party


def test_the_person_just_heard_is_still_described_by_an_office_no_one_holds() -> None:
    said = speakers(
        "Ana Lund, who has advised the growers for years, said on Tuesday they were angry.\n\n"
        "The union leader said the tariff would ruin small farms."
    )
    assert said["The union"] == "Ana Lund"


@pytest.mark.parametrize(
    ("text", "opening", "holder"),
    [
        (
            "Lena Marsh, the presiding judge, adjourned the bribery trial on Monday.\n\n"
            "The judge said on Tuesday that the hearing would resume in October.",
            "The judge",
            "Lena Marsh",
        ),
        (
            "Ana Lund, a union leader from Tromso, was arrested in Oslo on Monday.\n\n"
            "The union leader said on Tuesday that the strike would go on.",
            "The union",
            "Ana Lund",
        ),
    ],
)
def test_a_person_only_spoken_of_but_called_by_that_office_is_its_speaker(
    text: str, opening: str, holder: str
) -> None:
    assert speakers(text)[opening] == holder


@pytest.mark.parametrize(
    ("text", "name", "role", "expected"),
    [
        ("Judge Lena Marsh adjourned the trial.", "Lena Marsh", "judge", True),
        ("The coroner, Petra Vallin, opened the inquest.", "Petra Vallin", "coroner", True),
        ("Lena Marsh, the presiding judge, adjourned it.", "Lena Marsh", "judge", True),
        ("Omar Fieldstone, a former union leader, spoke.", "Omar Fieldstone", "leader", True),
        ("Omar Fieldstone was charged. The judge spoke.", "Omar Fieldstone", "judge", False),
        ("The judge sentenced Lena Marsh on Monday.", "Lena Marsh", "judge", False),
    ],
)
def test_described_as_reads_the_office_given_with_the_name(
    text: str, name: str, role: str, expected: bool
) -> None:
    assert described_as(text, name, role) is expected
