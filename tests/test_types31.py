"""Types on unseen text (types31): statement or the deed told. Words given on the record ("spoke of", "will
address the nation", "gave an update") are remarks; a speaker's own act told "last week" is the act. A
disaster's word used as a figure ("a political storm", "a tsunami of bad debt", "like a hurricane") makes no
disaster, while one of matter or told by its size ("a flood of water", "of magnitude 6") stays one. Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_kinds

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def kinds(sentence: str) -> list[str]:
    return [kind for kind, _ in body_kinds(sentence, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A diplomatic storm broke out on Tuesday after the ambassador was expelled.",
        "A political storm broke out on Tuesday over the minister's remarks.",
        "A media storm erupted on Tuesday after the photographs were published.",
        "A flood of cheap steel hit European markets on Tuesday.",
        "A tsunami of bad debt hit the banks on Tuesday.",
        "A perfect storm of rising costs and falling sales hit the retailer on Tuesday.",
        "Like a storm, the protests swept through the capital on Tuesday.",
    ],
)
def test_a_disaster_word_used_as_a_figure_makes_no_disaster(sentence: str) -> None:
    assert "disaster" not in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A flood of water swept through the village on Tuesday.",
        "An avalanche of snow and rock hit the village on Tuesday.",
        "An earthquake of magnitude 6.2 struck the coast on Tuesday.",
        "Floods of biblical proportions swept the valley on Tuesday.",
        "A storm of unusual strength hit the coast on Tuesday.",
        "The storms of the past week hit the coast hard on Tuesday.",
        "A tropical storm hit the islands on Tuesday.",
        "Floodwaters swept through the town centre on Tuesday.",
    ],
)
def test_a_disaster_of_matter_or_told_by_its_size_stays_a_disaster(sentence: str) -> None:
    assert kinds(sentence) == ["disaster"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The president spoke of his anger on Tuesday.", dt.date(2026, 3, 10)),
        ("The president will address the nation on Tuesday night.", dt.date(2026, 3, 17)),
        ("The minister will give an update on the outbreak on Wednesday.", dt.date(2026, 3, 18)),
        ("The mayor refused to answer questions on Tuesday.", dt.date(2026, 3, 10)),
    ],
)
def test_words_given_on_the_record_are_remarks_dated_as_the_deed(sentence: str, day: dt.date) -> None:
    assert body_kinds(sentence, PUBLISHED) == [("statement", day)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor addressed the problem of flooding on Tuesday.",
        "The general gave an order to withdraw on Tuesday.",
        "The minister spoke to rescuers at the site on Tuesday.",
    ],
)
def test_a_deed_that_only_looks_like_words_stays_a_deed(sentence: str) -> None:
    assert kinds(sentence) == ["other"]


def test_nothing_to_speak_of_is_no_remark() -> None:
    assert "statement" not in kinds("Yesterday there was no damage to speak of in the town.")


def test_an_own_act_announced_last_week_is_the_act() -> None:
    assert kinds("Oxfam announced last week that it had raised $4 million for the victims.") == ["other"]


def test_a_report_received_told_by_its_receiver_is_remarks() -> None:
    sentence = "Kallis Shipping said earlier on Thursday it had received a report of a fire on board."
    assert kinds(sentence) == ["statement"]
