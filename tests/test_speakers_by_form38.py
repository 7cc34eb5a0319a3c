"""A speaker named only by a job no list holds, told by the noun's form ("the harbour master", "a park
ranger"), speaks; so does an office after an opening phrase of where the words were given with no comma ("In a
statement the minister said"). Things of the same form ("the letter said", "the company later said") name
nobody."""

from __future__ import annotations

import pytest

from events.extract import speakers


def _speaker(sentence: str) -> str:
    speech = speakers.speech_in(sentence)
    assert speech is not None
    speaker, _, _ = speakers.find_speaker(sentence, speech, [], ("", ""))
    return speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The dock master said on Friday that four barges had run aground.", "Dock master"),
        ("The forest ranger told reporters the trail would stay shut until May.", "Forest ranger"),
        ('"The roof held," the school caretaker said.', "School caretaker"),
        ("The grain silos are empty, the local historian said on Thursday.", "Local historian"),
        ("The water is safe, said the chief chemist.", "Chief chemist"),
        ("The head librarian said the archive had been moved to Varn.", "Head librarian"),
        ("But the ferry inspector said the hull was sound.", "Ferry inspector"),
    ],
)
def test_a_job_of_an_agent_nouns_form_speaks(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter said the plant would close in June.",
        "The company later said the plant would close in June.",
        "The former said the plant would close in June.",
        "The tanker said nothing about its cargo.",
    ],
)
def test_a_thing_of_an_agent_nouns_form_names_nobody(sentence: str) -> None:
    assert _speaker(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "One chemist said the queue had grown all week.",
        "A fisherman told reporters the nets came up empty.",
        "The nets came up empty, another boatman said.",
    ],
)
def test_a_job_met_on_the_scene_is_colour_and_names_nobody(sentence: str) -> None:
    assert _speaker(sentence) == ""


def test_an_office_holder_unnamed_speaks_after_an_adverb() -> None:
    assert _speaker("A port spokesman later said the cranes were idle.") == "Port spokesman"


def test_a_bare_job_after_the_points_back_and_names_nobody_unresolved() -> None:
    assert _speaker("The teacher maintained her innocence on Monday.") == ""


def test_after_according_to_a_job_with_its_workplace_the_job_speaks() -> None:
    sentence = "Nine cabins were flooded, according to a mountain ranger at the pass."
    assert _speaker(sentence) == "Mountain ranger"


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("In a statement the finance minister said the levy would stay.", "finance minister"),
        ("At a briefing on Friday the governor said the bridge would reopen.", "governor"),
        ("During an interview with a radio station the mayor said the pumps worked.", "mayor"),
    ],
)
def test_an_office_after_an_opening_phrase_without_its_comma_speaks(sentence: str, office: str) -> None:
    assert _speaker(sentence).lower() == office
    assert speakers.office_named_alone(sentence) == office


def test_an_opening_phrase_of_place_is_no_subject() -> None:
    # (the phrase opens the sentence; what speaks is the subject after it, a body named by what it is)
    assert _speaker("In a statement the letter said nothing of the cost.") == ""


def test_a_job_of_agent_form_is_told_from_a_thing() -> None:
    assert speakers.agent_named("harbour master")
    assert speakers.agent_named("county surveyor")
    assert not speakers.agent_named("quarterly newsletter")
    assert not speakers.agent_named("storm that the ranger")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The coroner's office said on Monday that the road would reopen.", "Coroner's office"),
        ("Later, the governor's spokeswoman said the levy would stay.", "Governor's spokeswoman"),
        ("The ferries are running, the harbour master's office said.", "Harbour master's office"),
    ],
)
def test_the_voice_of_an_office_holder_speaks(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_the_voice_of_a_thing_names_nobody() -> None:
    assert _speaker("The letter's last page said the plant would close.") == ""


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Although dock workers said the cranes were idle, the port stayed open.", "Dock workers"),
        ("Having said that if the levy saves one farm, then the cost is worth it.", ""),
    ],
)
def test_a_conjunction_a_count_or_a_participle_is_no_speaker(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("speaker", "paper"),
    [
        ("The report", True),
        ("Regional estimates", True),
        ("Court filings", False),
        ("Court documents", True),
        ("The final audit", True),
        ("Harbour master", False),
        ("The Daily Report", False),
        ("Tom Hale", False),
    ],
)
def test_a_paper_as_speaker_is_told_from_a_party(speaker: str, paper: bool) -> None:
    assert speakers.a_paper(speaker) is paper


def test_an_office_the_lists_hold_is_left_to_the_office_rules() -> None:
    # (the holder named before, "The mayor of Tarn, Ida Berg," is who "said the mayor" is; not the office)
    assert speakers.agent_named_alone('"We will pay for every roof," said the mayor.') == ""
    assert (
        speakers.agent_named_alone('"We will pay for every roof," said the harbour master.')
        == "harbour master"
    )
