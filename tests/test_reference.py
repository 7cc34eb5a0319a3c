"""What a pronoun that opens a clause stands for, named in the title only when the words say so reliably.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import build_reports, report_mentions

from events.extract.reference import (
    opening_pronoun,
    person_gender,
    referent,
    referent_in_sentence,
    referent_looking_back,
    sentence_subject,
)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The ferry company, which runs six boats, announced new fares.", "The ferry company"),
        ("North Bay grammar school in central Dundee shut on Monday.", "North Bay grammar school"),
        ("On Monday, the harbour board voted to close the dock.", "The harbour board"),
        ("Dock workers have walked out over pay.", "Dock workers"),
        ('"We will not move," the mayor said.', ""),  # a quotation: its subject is the speaker's
        ("He was also asked about the fares.", ""),  # a pronoun names nobody
        ("Prosecutors accuse Lindqvist of taking bribes.", ""),  # no verb the rule knows: nothing guessed
    ],
)
def test_the_subject_of_a_sentence_is_the_phrase_before_its_verb(sentence: str, subject: str) -> None:
    assert sentence_subject(sentence) == subject


def test_a_pronoun_is_named_only_by_a_subject_that_agrees_with_it() -> None:
    people = {"Tomas Berg Jr."}
    assert referent("it", "The river authority raised its charges.", people) == "The river authority"
    assert referent("they", "The river authority raised its charges.", people) == ""
    assert referent("they", "Dock workers have walked out over pay.", people) == "Dock workers"
    assert referent("it", "Dock workers have walked out over pay.", people) == ""
    assert referent("it", "The night watchman locked the gate.", people) == ""  # a person is never "it"
    assert referent("he", "Ferry captain Tomas Berg Jr. was arrested at dawn.", people) == "Berg"
    assert referent("she", "The river authority raised its charges.", people) == ""


def test_a_joined_clause_takes_the_subject_of_its_clause_unless_another_thing_could_be_meant() -> None:
    sentence = "The ferry left Oban at noon, and it docked at six."
    assert referent_in_sentence("it", sentence, sentence.index("it docked"), set()) == ""  # "Oban"?
    sentence = "The ferry left at noon, and it docked at six."
    assert referent_in_sentence("it", sentence, sentence.index("it docked"), set()) == "The ferry"
    sentence = "The council approved the plan on Monday, but it faces a challenge."
    assert referent_in_sentence("it", sentence, sentence.index("it faces"), set()) == ""  # the plan?
    sentence = "Until it was flooded in May, the old mill was the town's biggest employer."
    assert referent_in_sentence("it", sentence, sentence.index("it was"), set()) == "The old mill"


def test_an_event_told_with_it_or_they_is_titled_with_who() -> None:
    built = build_reports(
        (
            dt.date(2026, 3, 4),
            "North Bay grammar school in central Dundee shut after a pupil was found to have measles. "
            "It will reopen on Thursday and has offered every pupil a vaccine.\n\n"
            "Union negotiators from both sides met in Perth on Tuesday, when they agreed to a pay deal "
            "that ends the strike.",
        )
    )
    titles = [row[3] for row in built]
    assert any(t.startswith("North Bay grammar school will reopen") for t in titles), titles
    assert any(t.startswith("Union negotiators from both sides agreed to a pay deal") for t in titles), titles
    assert not any(t.startswith(("It ", "They ")) for t in titles), titles


def test_after_a_report_the_pronoun_names_the_speaker_only_when_it_speaks_again() -> None:
    before = "The weather office said a storm had formed over the gulf."
    assert referent("it", before, set()) == ""  # "It could reach the coast": the storm, more likely
    assert referent("it", before, set(), saying=True) == "The weather office"  # "It also said ..."


def test_words_told_unquoted_of_the_subject_before_name_it_and_never_the_reporter() -> None:
    built = build_reports(
        (
            dt.date(2026, 3, 4),
            "The grey seals are badly placed to escape the slick. They are poor swimmers, making the colony "
            "vulnerable to any spill, said Jana Novak, a marine biologist at the institute.\n\n"
            "The weather office said a storm had formed over the strait on Tuesday. It could reach the "
            "harbour within two days, said Tomas Lund, a senior forecaster.",
        )
    )
    titles = [row[3] for row in built]
    assert any("says the grey seals are poor swimmers" in t for t in titles), titles
    assert not any("the weather office could reach" in t.lower() for t in titles), titles


def test_he_or_she_agrees_with_the_gender_the_subject_gives() -> None:
    people = {"Ana Berg", "Tom Vik"}
    assert referent("she", "Mrs Ana Berg was arrested at dawn.", people) == "Berg"
    assert referent("he", "Mrs Ana Berg was arrested at dawn.", people) == ""
    assert referent("she", "Mr Tom Vik was arrested at dawn.", people) == ""
    assert referent("he", "Harbour chairman Tom Vik was arrested at dawn.", people) == "Vik"
    assert referent("he", "Ana Berg was arrested at dawn.", people) == "Berg"  # nothing says: as before


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Ana Berg", "she"),  # "a spokeswoman" set off after her name
        ("Tom Hale", "he"),  # "Mr Hale"
        ("Jo Pike", "she"),  # "his sister, Jo Pike"
        ("Bob Lane", "he"),  # "Bob Lane said he ..."
        ("Kim Orr", ""),  # nothing says which
    ],
)
def test_the_text_says_whether_a_person_is_a_he_or_a_she(name: str, gender: str) -> None:
    text = (
        "Ana Berg, a spokeswoman for the port, spoke first. Mr Hale, the ferry captain, followed. "
        "His sister, Jo Pike, waited. Bob Lane said he was sorry. Kim Orr left early."
    )
    assert person_gender(name, text) == gender


@pytest.mark.parametrize(
    ("name", "text", "gender"),
    [
        ("Jo Pike", "The statement came from Mrs.\nPike on Sunday.", "she"),  # a title, a dot, a line break
        ("Jo Pike", "It was the actress,  Jo Pike, who spoke.", "she"),  # a word and a comma before
        ("Lee Dunn", "Lee Dunn, the former  chairman of the club, resigned.", "he"),  # set off after
        ("Lee Dunn", "Dunn told reporters that she would stay.", "she"),  # told someone that she
        ("Lee Dunn", "Yesterday Dunn said she would stay.", "she"),  # the surname alone
    ],
)
def test_each_cue_is_found_where_the_name_is_written(name: str, text: str, gender: str) -> None:
    assert person_gender(name, text) == gender


def test_a_person_the_text_gives_no_cue_costs_no_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    import events.extract.reference as reference

    def refuse(called: str) -> None:
        raise AssertionError("patterns compiled")

    monkeypatch.setattr(reference, "_gender_cues", refuse)
    text = "Kim Orr left early. Orr then spoke to the council, whose members listened; Orr said they agreed."
    assert person_gender("Kim Orr", text) == ""


def test_a_family_name_shared_counts_only_with_the_full_name() -> None:
    text = "Mr Berg spoke. Ana Berg, his daughter, wept."
    assert person_gender("Ana Berg", text, namesakes=True) == "she"
    assert person_gender("Kim Berg", text, namesakes=True) == ""


def test_a_run_of_sentences_opening_with_one_pronoun_continues_the_subject_before_it() -> None:
    before = [
        "It has sold several smaller fields before.",
        "Norvale, worth $4 billion, is the region's largest independent driller.",
    ]
    assert referent_looking_back("it", before, set()) == "Norvale"
    # (a run of another pronoun, or a sentence whose "it" stands for nothing, breaks the chain)
    assert referent_looking_back("it", ["They have sold fields before.", *before[1:]], set()) == ""
    assert referent_looking_back("it", ["It emerged that fields were sold.", *before[1:]], set()) == ""


def test_an_age_beside_a_name_makes_it_a_person_for_he_or_she_never_for_it() -> None:
    before = "Lindqvist, 58, sat still as the verdict was read out."
    assert referent("he", before, set()) == "Lindqvist"
    assert referent("it", before, set()) == ""


@pytest.mark.parametrize(
    ("sentence", "pronoun"),
    [
        ("In 2004 it bought a smelter in Chile.", "it"),
        ("Two years later she won the seat back.", "she"),
        ("While at the bank, he ran its bond desk.", "he"),
        ("It is hoped the talks will resume.", ""),  # an "it" that stands for nothing
        ("It emerged on Monday that the mine had flooded.", ""),
        ("The mine flooded.", ""),
    ],
)
def test_the_pronoun_opening_a_sentence_may_follow_a_phrase_of_time(sentence: str, pronoun: str) -> None:
    assert opening_pronoun(sentence) == pronoun


def test_an_act_told_in_a_run_of_pronouns_is_titled_with_who() -> None:
    found = report_mentions(
        "Marten Lindqvist, a former harbour commissioner in Velora, was convicted of fraud on Monday.\n\n"
        "Lindqvist, 58, sat still as the verdict was read out. He was arrested in Oslo in March 2023 and "
        "extradited to Velora the following month.\n\n"
        "Norvale Mining, worth $4 billion, is the region's largest independent driller. It has sold "
        "smaller fields before. In 2004 it bought a copper smelter in Chile for $300 million.\n",
        dt.date(2026, 3, 4),
    )
    clauses = [m.clause for m in found]
    assert any(c.startswith("Lindqvist was extradited to Velora") for c in clauses), clauses
    assert any("Norvale Mining bought a copper smelter" in c for c in clauses), clauses


def test_an_age_in_years_beside_a_name_makes_a_person_of_the_gender_its_words_give() -> None:
    before = "Ana Lindqvist, a 39-year-old mother of two, fell ill in early May."
    assert referent("she", before, set()) == "Lindqvist"
    assert referent("he", before, set()) == ""  # "mother": the "he" after it is somebody else


def test_a_heading_in_capitals_run_into_the_sentence_is_no_part_of_its_subject() -> None:
    assert sentence_subject("SECOND VICTIM Ana Lindqvist, 39, fell ill in May.") == "Ana Lindqvist"


def test_a_sentence_that_opens_with_no_subject_of_its_own_names_no_pronoun() -> None:
    # "it" linked to what it is opens no run of sentences about one subject
    assert opening_pronoun("It is a busy week for the port.") == ""
    # a clause of time opens the sentence: its "it" is no part of a subject
    assert sentence_subject("Twelve days after it had shut the dock, the port said losses were light.") == ""
