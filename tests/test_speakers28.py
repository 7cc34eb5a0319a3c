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
