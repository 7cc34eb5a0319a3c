"""Titles that read right to a briefing officer: the words said keep the case the sentence wrote them in,
the verb of saying agrees with its speaker, one saying is told once, an opening time dropped leaves no
stray word, and whom something was told goes before what was said. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.merge.titles import headline, plural_speaker, tidy
from tests.reports import build_reports, report_mentions

FRIDAY = dt.date(2026, 5, 1)


def test_words_said_keep_the_lower_case_the_sentence_wrote() -> None:
    # the clause opens with a capital; "costs" was lower case after "said"
    title = headline(
        "Costs of the flood repairs were running at two million a week",
        speaker="Harbour Board",
        speech=True,
        sentence="The Harbour Board said costs of the flood repairs were running at two million a week",
    )
    assert title == "Harbour Board says costs of the flood repairs were running at two million a week"


def test_a_name_said_keeps_its_capital() -> None:
    title = headline(
        "Marren had paid the first instalment",
        speaker="Harbour Board",
        speech=True,
        sentence="The Harbour Board said Marren had paid the first instalment.",
    )
    assert title == "Harbour Board says Marren had paid the first instalment"


def test_a_reported_title_keeps_the_case_of_its_sentence() -> None:
    titles = [
        row[3]
        for row in build_reports(
            (
                FRIDAY,
                "The Harbour Board said costs of the flood repairs were "
                "running at two million dollars a week.",
            )
        )
    ]
    assert titles == [
        "Harbour Board says costs of the flood repairs were running at two million dollars a week"
    ]


def test_reports_denied_are_the_object_of_the_denial() -> None:
    # never "deny that Reports that ..."
    titles = [
        row[3]
        for row in build_reports(
            (
                FRIDAY,
                "The interior ministry on Tuesday denied reports that its troops had fired on protesters.",
            )
        )
    ]
    assert len(titles) == 1
    # (the ministry speaks by its words, "Interior ministry denies ...")
    assert titles[0].endswith("denies reports that its troops had fired on protesters")


@pytest.mark.parametrize(
    ("speaker", "plural"),
    [
        ("Farmers in the valley", True),
        ("Supporters of the ban", True),
        ("Coastal fishermen", True),
        ("Tomas Varga and Ruth Lund", True),
        ("Spokeswoman for the growers", False),
        ("Regional Water and Sewage Authority", False),
        ("Carmen", False),
        ("Jane Roe", False),
    ],
)
def test_a_speakers_number_is_its_head_nouns(speaker: str, plural: bool) -> None:
    assert plural_speaker(speaker) is plural


def test_the_verb_of_saying_agrees_with_a_plural_speaker_and_its_phrase() -> None:
    title = headline("The drought had ruined their harvest", speaker="Farmers in the valley", speech=True)
    assert title == "Farmers in the valley say the drought had ruined their harvest"


def test_one_voice_for_a_body_says() -> None:
    titles = [
        row[3]
        for row in build_reports(
            (
                FRIDAY,
                "A spokeswoman for the growers said on Monday the drought had ruined most of the harvest.",
            )
        )
    ]
    assert titles == ["Spokeswoman for the growers says the drought had ruined most of the harvest"]


def test_a_pronoun_that_says_is_the_speaker_once() -> None:
    # never "Anne Vosk says she said ..."
    title = headline(
        "She said the council would meet to discuss the budget",
        speaker="Anne Vosk",
        speech=True,
        sentence="Speaking on local radio, she said the council would meet to discuss the budget.",
    )
    assert title == "Anne Vosk said the council would meet to discuss the budget"


def test_a_pronoun_in_words_reported_is_not_taken_for_the_speaker() -> None:
    # "he" after "said on Tuesday" may be somebody else
    title = headline(
        "He told the council the budget would be cut",
        speaker="Anne Vosk",
        speech=True,
        sentence="Anne Vosk said on Tuesday he told the council the budget would be cut.",
    )
    assert title == "Anne Vosk says he told the council the budget would be cut"


@pytest.mark.parametrize(
    ("clause", "tidied"),
    [
        (
            "Very early on Sunday, March 8, we crossed the border at the northern post",
            "We crossed the border at",
        ),
        (
            "In the week of June 2, inspectors closed three bakeries in the old town",
            "Inspectors closed three",
        ),
    ],
)
def test_an_opening_time_dropped_leaves_no_stray_word(clause: str, tidied: str) -> None:
    assert tidy(clause).startswith(tidied)


def test_whom_it_was_told_goes_before_what_was_said() -> None:
    clauses = [
        m.clause
        for m in report_mentions(
            "The mayor told a county committee on Monday that the bridge would stay closed until spring.",
            FRIDAY,
        )
    ]
    assert [c.lower() for c in clauses] == ["the bridge would stay closed until spring"]


def test_a_cut_keeps_the_verb_of_what_was_said() -> None:
    # never "Economists say trade minister Ana Lind": a weaker break that keeps the verb said is better
    title = headline(
        'trade minister Ana Lind and two other officials had been "encouraged" by the results of the talks '
        "on the new grain quotas",
        speaker="Economists",
        speech=True,
    )
    assert title == 'Economists say trade minister Ana Lind and two other officials had been "encouraged"'


def test_a_shorter_name_makes_room_for_the_verb_said() -> None:
    # "Tomas Varga says more than 100 miles | of ..." has lost the verb; the surname lets it in
    title = headline(
        "More than 100 miles of the northern coast of the island had so far been hit by the spilled fuel oil",
        speaker="Tomas Varga",
        speech=True,
    )
    assert title == "Varga says more than 100 miles of the northern coast of the island had so far been hit"


def test_an_outlets_name_is_not_cut_to_its_last_word() -> None:
    title = headline(
        "voters in the northern districts think the new bridge over the estuary will cost "
        "far more than it should",
        speaker="Valley News",
        speech=True,
    )
    assert title.startswith("Valley News says voters")
