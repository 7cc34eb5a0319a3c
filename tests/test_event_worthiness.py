"""What is a happening a briefing lists, and what is background, commentary or colour. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2026, 5, 12)  # a Tuesday


def mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=PUBLISHED))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    "sentence",
    [
        "The refugee camp now shelters about 80,000 people, according to the UN refugee agency.",
        "At its height the fire covered 4,000 hectares, according to the forestry service.",
    ],
)
def test_an_undated_fact_given_its_source_is_background(sentence: str) -> None:
    assert mentions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The truce will take effect on Friday, according to a draft seen by reporters.", "agreement"),
        ("Two journalists were arrested on Monday, according to their editor.", "arrest"),
    ],
)
def test_a_dated_act_given_its_source_stays(sentence: str, event_type: str) -> None:
    assert [m.event_type for m in mentions(sentence)] == [event_type]


def test_a_happening_named_in_a_relative_clause_does_not_type_the_remarks() -> None:
    text = (
        "Senator Maria Ostrova said on Monday that the family wanted answers from the surgeon, "
        "who was with the patient when she died."
    )
    assert [m.event_type for m in mentions(text)] == ["statement"]


def test_a_scene_setting_phrase_does_not_type_the_remarks() -> None:
    text = "In announcing the election delay, Governor Ana Lopes said on Monday she would not run again."
    assert [m.event_type for m in mentions(text)] == ["statement"]


def test_a_happening_reported_through_a_speaker_keeps_its_type() -> None:
    text = "The army said on Monday that rebels attacked two villages near the border."
    assert [m.event_type for m in mentions(text)] == ["attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The outbreak has claimed its first victim in the province after a farmer died on Monday.",
        "The storm claimed 14 lives on Monday as it crossed the coast.",
    ],
)
def test_a_toll_that_claimed_lives_is_no_claim(sentence: str) -> None:
    assert [m.event_type for m in mentions(sentence)] == ["casualties"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Roe's complaint seeks damages of more than $50,000 and alleges that the clinic was negligent.",
        "The ex-mayor told detectives he signed the permits, according to an indictment unsealed on Monday.",
    ],
)
def test_what_a_court_paper_says_is_part_of_the_case(sentence: str) -> None:
    assert [m.event_type for m in mentions(sentence)] == ["legal"]


def test_a_speaker_facing_a_lawsuit_still_speaks() -> None:
    text = "Mayor Ana Lopes, who faces a lawsuit over the permits, said on Monday she would run again."
    assert [m.event_type for m in mentions(text)] == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"It could take a decade for the reef to recover," said Nadia Perez, a professor of marine biology.',
        '"If the levee fails, the whole district might flood," said hydrologist Tom Barker.',
    ],
)
def test_an_experts_view_of_what_may_come_is_no_event(sentence: str) -> None:
    assert mentions(sentence) == []


def test_an_expert_reacting_to_the_news_is_a_statement() -> None:
    text = "Nadia Perez, an infectious disease expert, said the government was over-reacting to the cases."
    assert [m.event_type for m in mentions(text)] == ["statement"]


def test_estimates_as_a_noun_is_nobody_speaking() -> None:
    text = "Using the Red Crescent's estimates of 40,000 displaced, the camps could be full within a week."
    assert mentions(text) == []


def test_where_a_case_stands_is_background() -> None:
    assert mentions("The former governor is charged with embezzling public funds.") == []
    assert mentions("The two reporters are still held in a military prison.") == []


def test_a_case_going_on_or_dated_is_news() -> None:
    assert [m.event_type for m in mentions("The former governor was charged with fraud on Monday.")] == [
        "legal"
    ]


def test_a_bystander_named_as_the_subject_of_an_act_is_colour() -> None:
    text = "Lena Brandt, a German tourist, checked into the hotel on Friday but left before nightfall."
    assert mentions(text) == []


def test_a_plan_overtaken_is_no_happening_but_what_came_instead_is() -> None:
    text = "The referendum had been scheduled for March but was postponed in February after the floods."
    found = mentions(text)
    assert [(m.event_type, m.date_start.month) for m in found] == [("election", 2)]
