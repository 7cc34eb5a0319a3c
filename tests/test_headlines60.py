"""A headline run into the lead with no stop (headlines60): where the lead begins, and where it does not.
A headline has no full stop and the lead opens with its own subject and verb; a name inside the headline or
the lead is never split. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article, run_in_caption, run_in_title

ROW = SourceRow(published=dt.date(2025, 3, 6), outlet="news")


def first_sentence(page: str) -> str:
    return prepare_article("page.txt", page, ROW).sentences[0].text


def lead(line: str) -> str:
    return line[run_in_title(line) :]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a role and a full name, four capitalised words, then the verb
        (
            "Ortiz makes flood statement Chilean President Ana Ortiz said on Tuesday that aid was coming.",
            "Chilean President Ana Ortiz said on Tuesday that aid was coming.",
        ),
        # a holder of a role named by whose, then the verb
        (
            "Dam inspectors find cracks in the spillway"
            " Valdoria's water minister has ordered the reservoir drained.",
            "Valdoria's water minister has ordered the reservoir drained.",
        ),
        # a headline does not end on a preposition: the lead begins at the opener after its object
        (
            "What the suit against Norvex can achieve"
            " The state's suit against Norvex sends its board a message.",
            "The state's suit against Norvex sends its board a message.",
        ),
        # a verb that a clause follows: the name after it is the clause's subject, not the lead's
        (
            "Guard claims Dr Lind hid the vials in a box"
            " Tomas Berg's nurse told the court on Monday she saw it.",
            "Tomas Berg's nurse told the court on Monday she saw it.",
        ),
        # a possessive inside a title's name is no holder of a role
        (
            "Comedy Rain's Not Coming gets two million viewers"
            " Rain's Not Coming is a spoof of weather reports.",
            "Rain's Not Coming is a spoof of weather reports.",
        ),
    ],
)
def test_the_lead_begins_where_its_subject_and_verb_do(line: str, expected: str) -> None:
    assert lead(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a sentence, not a headline: no boundary inside the name
        "Ana Ortiz said on Tuesday that the aid would arrive within days.",
        # a participle's object says whose, and the verb is the sentence's own
        "The legal team representing Tomas Berg's former doctor has dropped its claim about the vials.",
        # an infinitive's object
        "Efforts to rebuild Valdoria's main port are being stepped up as supplies run short.",
        # a list's last name, its verb in the plural: no role and name of one person
        "Leading singers including Ana Roe and poet Laureate Mary Ann Lind are taking part in a concert.",
    ],
)
def test_no_lead_is_cut_from_a_sentence(line: str) -> None:
    assert run_in_title(line) == 0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an article before a compound whose words after the hyphen are in lower case, after a name
        (
            "Huts run by the group for 400 orphaned Valdorans"
            " A Leeds-based charity is helping to rehome children.",
            "A Leeds-based charity is helping to rehome children.",
        ),
        (
            "Rescuers reached the village near Tarsk A 23-year-old farmer was pulled from the mud on Monday.",
            "A 23-year-old farmer was pulled from the mud on Monday.",
        ),
        # a count after the date that closed the caption
        (
            "The nurse fell ill on Wednesday Forty-two new cases have been confirmed by the agency.",
            "Forty-two new cases have been confirmed by the agency.",
        ),
        ("The singer died while on tour in 2019 Three of her sons have defended the concert.", None),
        # "More than" after a name
        (
            "Tomas Berg and Ana Lind More than two years after the crash, the pilot has appeared in court.",
            "More than two years after the crash, the pilot has appeared in court.",
        ),
        # people who open a sentence as its subject
        (
            "Trial jury to see the crash photographs"
            " Lawyers for the pilot have said the pictures are unfair.",
            "Lawyers for the pilot have said the pictures are unfair.",
        ),
    ],
)
def test_a_caption_run_into_the_lead_is_cut_off(line: str, expected: str | None) -> None:
    want = expected if expected is not None else line[line.index("Three") :]
    assert line[run_in_caption(line) :] == want


@pytest.mark.parametrize(
    "line",
    [
        # a count is a name's own after a name
        "Five pupils in Year Seven were sent home from the school on Friday after falling ill.",
        "The concert will be broadcast on Channel Four next week and repeated in the spring.",
        # a count that a name holds after "the"
        "The film about the Chicago Seven trial opened in cinemas across the country last week.",
    ],
)
def test_a_count_in_a_name_opens_no_sentence(line: str) -> None:
    assert run_in_caption(line) == 0


def test_a_headline_after_the_pages_stamp_is_cut_off() -> None:
    page = (
        "Page last updated at 09:12 GMT, Tuesday, 4 March 2025 (an error occurred while processing this"
        " directive) Tarsk ferry will sail again after the storm Karin Holm has been named the ferry's new"
        " captain after the storm.\n\nThe ferry was damaged in the storm on Friday.\n"
    )
    assert first_sentence(page) == "Karin Holm has been named the ferry's new captain after the storm."
