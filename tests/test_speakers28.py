"""One speaker, two names (speakers28): a report names its speaker in full once and elsewhere by surname or by
office alone; read whole, those are one person, so that their remarks carry one actor and merge. Two people of
one surname or one office, or none, leave the speaker as read. All texts are our own."""

from __future__ import annotations

import datetime as dt

from reports import report_mentions

TUESDAY = dt.date(2027, 5, 11)


def speakers(text: str) -> dict[str, str]:
    """Each sentence's opening words -> the speaker of its first mention."""
    found: dict[str, str] = {}
    for mention in report_mentions(text, TUESDAY):
        found.setdefault(" ".join(mention.sentence.text.split()[:3]), mention.speaker)
    return found


def test_a_surname_is_the_person_named_in_full_who_never_spoke_before() -> None:
    said = speakers(
        "The flow from the broken pipe was far larger than the company said, a study found on Tuesday.\n\n"
        "The estimate was made by Timothy Vask, an engineer at Kestrel University.\n\n"
        '"Our figure could still be low," Vask said.'
    )
    assert said['"Our figure could'] == "Timothy Vask"


def test_a_surname_with_a_courtesy_title_is_the_person_named_in_full() -> None:
    said = speakers(
        "The harbour board closed the north quay on Tuesday.\n\n"
        "The decision was taken after a survey by Edwina R. Marlow found cracks in the wall.\n\n"
        "Ms Marlow said the wall could fail in a storm."
    )
    assert said["Ms Marlow said"] == "Edwina R. Marlow"


def test_a_surname_two_people_share_stays_as_written() -> None:
    said = speakers(
        "The flow from the broken pipe was far larger than the company said, a study found on Tuesday.\n\n"
        "The estimate was made by Timothy Vask, an engineer, and checked by Lena Vask, his sister.\n\n"
        '"Our figure could still be low," Vask said.'
    )
    assert said['"Our figure could'] == "Vask"


def test_a_title_before_the_surname_is_no_first_name() -> None:
    said = speakers(
        "The harbour board closed the north quay on Tuesday.\n\n"
        "Chairman Marlow and the mayor visited the quay on Monday.\n\n"
        "Marlow said the wall could fail in a storm."
    )
    assert said["Marlow said the"] == "Marlow"


def test_an_office_in_the_lead_is_the_person_named_with_it_below() -> None:
    said = speakers(
        "The health minister said on Tuesday that 40 people had died in the floods in the north.\n\n"
        "Health Minister Ann Corrigan visited the flooded towns on Monday."
    )
    assert said["The health minister"] == "Ann Corrigan"


def test_an_office_is_its_holder_not_whoever_spoke_last() -> None:
    said = speakers(
        "Judge Marta Okonedo postponed the trial of the surgeon Tom Hale on Tuesday.\n\n"
        '"I am innocent," Hale told reporters.\n\n'
        "The judge said she would rule on bail on Friday."
    )
    assert said["The judge said"] == "Marta Okonedo"


def test_an_office_named_after_the_person_is_theirs() -> None:
    said = speakers(
        "Ann Corrigan, the health minister, visited the flooded towns on Tuesday.\n\n"
        "Tom Hale, the mayor of Kestrel, said the town had run out of sandbags.\n\n"
        '"The army will bring more," the minister told reporters.'
    )
    assert said['"The army will'] == "Ann Corrigan"


def test_of_two_holders_of_an_office_the_words_of_the_office_tell_which() -> None:
    said = speakers(
        "Health Minister Ann Corrigan and Foreign Minister Bob Tarrant met on Tuesday.\n\n"
        "Tom Hale, the mayor, said the town was safe.\n\n"
        "The minister said 40 people had died in the floods.\n\n"
        "The health minister said the hospitals were full."
    )
    assert said["The health minister"] == "Ann Corrigan"
    # "the minister" alone may be either: the office tells nobody
    assert said["The minister said"] not in ("Ann Corrigan", "Bob Tarrant")


def test_a_person_described_after_an_opening_setting_speaks() -> None:
    said = speakers(
        "The charity closed its regional offices on Tuesday.\n\n"
        "In a statement released on Tuesday, Edwina Marlow, a visiting official from the US Department of "
        "Labor, said the charity would cut 400 jobs."
    )
    assert said["In a statement"] == "Edwina Marlow"


def test_an_opening_day_is_no_speaker() -> None:
    said = speakers(
        "The floods reached the capital on Monday.\n\n"
        "On Tuesday, Tarvian President Ana Ruiz toured the flooded towns, saying the state would pay for "
        "the repairs."
    )
    assert said["On Tuesday, Tarvian"] != "On Tuesday"
