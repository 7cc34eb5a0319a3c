"""Colour is no event: bystanders named by their living or their age, a name given in an
opening participle, a country's people after a quantifier, a question the writer frames. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.speakers import aged_surname, bystander_surnames, speech_in


def mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    "sentence",
    [
        "Often called the Voice of the Delta, Roe will be remembered as a great singer of her time.",
        "Widely called the father of the modern port, Hale is to be buried on Friday in his home town.",
    ],
)
def test_called_in_an_opening_participle_names_no_speaker(sentence: str) -> None:
    # a name given to the subject, and nobody speaks
    assert speech_in(sentence) is None


@pytest.mark.parametrize(
    "sentence", ["Kelly called the ruling a disgrace.", "He called the ruling a disgrace."]
)
def test_called_after_a_name_or_a_pronoun_is_still_said(sentence: str) -> None:
    found = speech_in(sentence)
    assert found is not None and found.group() == "called"


def test_a_countrys_people_after_a_quantifier_are_not_the_state_speaking() -> None:
    # "some Kenyans" were already people; "some Congolese" (no plural ending) too
    assert not [m for m in mentions("Some Congolese have criticised the offer.\n") if m.speaker]
    stated = mentions("The Congolese government criticised the offer on Monday.\n")
    assert [m.speaker_country for m in stated] == ["COD"]


@pytest.mark.parametrize(
    ("sentence", "surnames"),
    [
        ("Some, like fisherman Dave Roe, have kept their boats tied up.", {"Roe"}),
        ("The tugs were watched by harbour resident Jane Hale and her son.", {"Hale"}),
        # the subject of a verb may be a party to the story ("farmer Jane Roe maintained her innocence")
        ("Harbour resident Jane Hale watched the tugs leave.", set()),
        # a family word before the name may be a party to the story
        ("His mother Jane Hale was in court on Monday.", set()),
    ],
)
def test_a_bystander_is_known_by_a_living(sentence: str, surnames: set[str]) -> None:
    assert bystander_surnames(sentence) == surnames


@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        ("Lyn Roe, 47, ferried reporters to the bay on Wednesday.", "Roe"),
        # an age with an office after it is an official's, not a bystander's
        ("Sita Hale, 61, the former finance minister, said the vote would go ahead.", ""),
    ],
)
def test_a_person_opening_a_sentence_with_an_age_and_no_office(sentence: str, surname: str) -> None:
    assert aged_surname(sentence) == surname


def test_a_party_named_with_an_age_in_an_act_is_no_bystander() -> None:
    text = (
        "Tom Cole, 57, was charged with manslaughter on Monday.\n\n"
        '"I will clear my name," Cole told reporters on Monday.\n'
    )
    assert any(m.speaker.endswith("Cole") for m in mentions(text))


@pytest.mark.parametrize(
    "opening",
    [
        "Dave Cole, a fisherman, has kept his boat tied up since the spill.",
        "Some, like fisherman Dave Cole, have kept their boats tied up since the spill.",
        "Dave Cole, 47, ferried reporters to the bay on Wednesday.",
    ],
)
def test_a_bystanders_words_later_in_the_article_are_colour(opening: str) -> None:
    text = (
        "The company began a new clean-up on Monday along the coast, officials said.\n\n"
        f"{opening}\n\n"
        '"They can say what they like, but we will never trust them again," Cole said on Monday.\n'
    )
    assert not [m for m in mentions(text) if m.speaker.endswith("Cole")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The question Friday was whether the new cap would hold under the pressure of the well.",
        "The question on Monday was whether the dam would hold.",
    ],
)
def test_a_question_the_writer_frames_is_no_happening(sentence: str) -> None:
    assert mentions(sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBC's Jane Roe visited a field hospital in the capital on Monday.",
        "The BBC's Jane Roe has met rescuers in the capital as they search for survivors of the quake.",
    ],
)
def test_what_the_outlets_own_reporter_did_is_the_reporting(sentence: str) -> None:
    text = f"A strong earthquake struck the capital on Sunday, officials said.\n\n{sentence}\n"
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12), outlet="BBC"))
    assert not [m for m in extract_mentions(article, load_gazetteer()) if "Roe" in m.sentence.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "When Friday dawned, it was still Groundhog Day on the coast.",
        "By noon on Monday, it was again a waiting game at the harbour.",
    ],
)
def test_a_scene_that_goes_on_is_no_happening(sentence: str) -> None:
    assert mentions(sentence + "\n") == []


def test_what_was_done_again_to_it_stays() -> None:
    assert [m.event_type for m in mentions("It was again postponed on Monday.\n")] == ["other"]


def test_people_known_only_by_where_they_were_are_colour() -> None:
    # (none24) nobody named: what they tell the paper is colour, not remarks a briefing lists
    lead = "The company sealed the well on Monday, officials said.\n\n"
    said = (
        "People who watched the last spill tell The Associated Press that the company's actions suggest it "
        "hasn't changed much at all."
    )
    assert [m for m in mentions(lead + said + "\n") if m.sentence.text == said] == []
