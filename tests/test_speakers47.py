"""Who said it, fourth round: a discourse marker that is no saying, a pronoun with an auxiliary before
"said of", a note sent to someone, "they" joined to a clause opened by people, an office of a country named
by its adjective, a letter that speaks for its sender, and a party word before a person's name."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_mentions, report_mentions

DAY = dt.date(2026, 5, 12)


def speakers_of(sentence: str) -> list[str]:
    return [m.speaker for m in body_mentions(sentence, DAY)]


def report_speakers(text: str) -> list[str]:
    return [m.speaker for m in report_mentions(text, DAY)]


def test_a_discourse_marker_is_no_saying() -> None:
    sentence = "Having said that, if the levy can keep one mill open, the cost is worth it."
    assert "Having" not in speakers_of(sentence)
    sentence = "That said, the flood defences held on Monday, the mayor said."
    assert speakers_of(sentence) == ["Mayor"]


def test_a_pronoun_with_an_auxiliary_before_said_of_is_the_speaker_not_whom_it_speaks_of() -> None:
    text = (
        "Senator Ana Ruiz said on Monday the bank had failed its savers. "
        '"They are either careless or dishonest," she has said of the Harbour Bank\'s directors.'
    )
    assert report_speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Four days later, the clerk sent a typed note to Judge Ana Ruiz saying the vote count was wrong.",
            "Clerk",
        ),
        (
            "On Monday the Harbour Board sent a letter to Judge Ana Ruiz saying the port would stay shut.",
            "Harbour Board",
        ),
    ],
)
def test_who_a_note_is_sent_to_does_not_speak(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


def test_they_joined_to_the_main_clause_are_the_people_who_open_it() -> None:
    sentence = (
        "Several senators criticised the Harbour Commission on Monday because they said its report ignored "
        "the evidence."
    )
    assert speakers_of(sentence) == ["Several senators"]
    # (a body opening the sentence stays its speaker)
    sentence = "The Harbour Board closed the port on Monday because they said the storm was close."
    assert speakers_of(sentence) == ["Harbour Board"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The French president, who faces a strike over pensions, said on Monday he would not resign.",
            "French president",
        ),
        ("The U.S. president said on Monday he would sign the trade bill.", "U.S. president"),
        ("The French foreign minister said on Monday the trade talks had failed.", "French foreign minister"),
    ],
)
def test_an_office_of_a_country_named_by_its_adjective_is_no_country(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


def test_an_office_of_a_country_is_the_person_the_report_names_with_it() -> None:
    text = (
        "President Ana Ruiz of France opened a school in Lyon on Sunday.\n\n"
        "The French president, who faces a strike over pensions, said on Monday she would not resign."
    )
    assert report_speakers(text)[-1] == "Ana Ruiz"


@pytest.mark.parametrize(
    "opening",
    [
        "The Harbour Board wrote to the party on Monday.",
        "The Harbour Board sent a letter to the party on Monday.",
        "The Harbour Board said in a letter to the party on Monday that it would act.",
    ],
)
def test_a_letter_speaks_for_its_sender(opening: str) -> None:
    assert report_speakers(opening + " The letter said the vote must be held again.")[-1] == "Harbour Board"


def test_a_letter_with_no_sender_named_speaks_as_itself() -> None:
    assert speakers_of("The letter said the vote must be held again on Monday.") == ["The letter"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The budget will fail," said Republican Tom Reyes on Monday.', "Tom Reyes"),
        ("Democrat Ana Ruiz said on Monday the budget would fail.", "Ana Ruiz"),
        ("The Democratic Party said on Monday the budget would fail.", "Democratic Party"),
    ],
)
def test_a_party_word_is_no_part_of_a_name(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Texas A&M University said on Monday it would close the campus before the storm.",
            "Texas A&M University",
        ),
        ("The AT&T Foundation said on Monday it would give $5 million to flood victims.", "AT&T Foundation"),
    ],
)
def test_initials_joined_by_an_ampersand_stay_in_a_body_name(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


def test_a_month_after_a_given_name_is_a_surname() -> None:
    assert set(speakers_of("Hannah August said on Monday the court would sit in June.")) == {"Hannah August"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Early August, the court ruled that the vote stood, officials said.",
        "The court ruled on Monday August 5 that the vote stood, officials said.",
    ],
)
def test_a_month_that_dates_is_no_surname(sentence: str) -> None:
    assert not any("August" in s for s in speakers_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        '"The claim has no merit," said Harbour Lines lawyer Tom Reyes on Monday.',
        '"The claim has no merit," said Harbour Lines spokesman Tom Reyes.',
    ],
)
def test_a_body_no_list_knows_before_a_role_leaves_the_person_after_it_speaking(sentence: str) -> None:
    assert speakers_of(sentence) == ["Tom Reyes"]
