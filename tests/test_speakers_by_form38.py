"""A speaker named only by a job no list holds, told by the noun's form ("the harbour master", "a park
ranger"), speaks; so does an office after an opening phrase of where the words were given with no comma ("In a
statement the minister said"). Things of the same form ("the letter said", "the company later said") name
nobody."""

from __future__ import annotations

import pytest

from events.extract import speakers


def _speaker(sentence: str, last: tuple[str, str] = ("", "")) -> str:
    speech = speakers.speech_in(sentence)
    assert speech is not None
    speaker, _, _ = speakers.find_speaker(sentence, speech, [], last)
    return speaker


_JOBS_AFTER_THE = [
    "The dock master said on Friday that four barges had run aground.",
    "The forest ranger told reporters the trail would stay shut until May.",
    '"The roof held," the school caretaker said.',
    "The grain silos are empty, the local historian said on Thursday.",
    "The water is safe, said the chief chemist.",
    "The head librarian said the archive had been moved to Varn.",
    "But the ferry inspector said the hull was sound.",
]


@pytest.mark.parametrize("sentence", _JOBS_AFTER_THE)
def test_a_job_of_an_agent_nouns_form_after_the_is_the_one_named_before(sentence: str) -> None:
    # (mentions keeps the last voice only when the report called that person by the job)
    assert _speaker(sentence, ("Ida Berg", "")) == "Ida Berg"


@pytest.mark.parametrize("sentence", _JOBS_AFTER_THE)
def test_a_job_after_the_names_nobody_new(sentence: str) -> None:
    # ('Tom Hale, who runs a bakery, ... "We lost it all," the local baker said': "the" points back; with
    # nobody it points to, it names nobody, never a new person "Local baker")
    assert _speaker(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional lender said on Tuesday it had shut two branches.",
        "The car parts supplier said the plant would close.",
        "The grid operator said the lines were down.",
        "The state-owned lender said its losses had doubled.",
        "The safety checklist said on Wednesday that the doors must be locked.",
        "The revised offer said on Thursday that bids would close in June.",
        "The final dossier said the dam was unsafe.",
    ],
)
def test_a_firm_or_a_paper_of_agent_form_is_no_person(sentence: str) -> None:
    assert _speaker(sentence) == ""
    assert speakers.agent_named_alone(sentence) == ""


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
    sentence = "Nine cabins were flooded, according to the mountain ranger at the pass."
    assert _speaker(sentence) == "Mountain ranger"


@pytest.mark.parametrize(
    "sentence",
    [
        "The blaze began in a storeroom on Monday, according to a shopper at the market.",
        "Rents doubled on Tuesday, according to a trader in the port.",
        "The frost came on Monday, according to the thermometer at the airport.",
    ],
)
def test_after_according_to_a_bystander_or_a_thing_is_no_party(sentence: str) -> None:
    assert _speaker(sentence) not in ("Shopper", "Trader", "Thermometer")


def test_after_according_to_an_office_with_its_workplace_speaks() -> None:
    sentence = "Nine cabins were flooded, according to a park spokesman at the pass."
    assert _speaker(sentence) == "Park spokesman"


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


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("The governor's office said on Tuesday that 40 roads were closed.", "governor"),
        ("The actor's spokesman said on Tuesday that she would recover.", "actor"),
    ],
)
def test_the_voice_of_an_office_holder_named_before_is_that_holder(sentence: str, office: str) -> None:
    # ("Governor Ida Berg declared an emergency. The governor's office said ...": mentions keeps her as the
    # last voice, the report having called her so)
    assert _speaker(sentence, ("Ida Berg", "")) == "Ida Berg"
    assert speakers.agent_named_alone(sentence) == office


def test_the_voice_of_a_thing_names_nobody() -> None:
    assert _speaker("The letter's last page said the plant would close.") == ""


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Although dock workers said the cranes were idle, the port stayed open.", "Dock workers"),
        # (a condition is no report that they said it)
        ("If port officials said on Monday that the water was safe, they were wrong.", ""),
        ("Unless dock workers say the cranes are idle, the port stays open.", ""),
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
