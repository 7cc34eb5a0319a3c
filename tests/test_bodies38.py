"""A body known by its kind alone speaks by that kind, and acts when it opens its sentence; a body's name
that opens with a role word is kept whole. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def _speakers(text: str) -> list[tuple[str, str]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [(m.speaker, m.speaker_country) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ministry said on Tuesday it would end the night-time ban.", "Ministry"),
        ("The army said its soldiers had taken back the bridge on Saturday.", "Army"),
        ("The military said on Monday it had shot down four drones.", "Military"),
        ("The government said on Wednesday it would raise the fuel levy.", "Government"),
        ("The company said in a statement on Monday that it would close two plants.", "Company"),
        ("The council said on Thursday it would sell the old depot.", "Council"),
    ],
)
def test_a_body_named_only_by_its_kind_speaks_by_that_kind(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(speaker, "")]


def test_the_body_named_before_is_still_the_one_meant() -> None:
    text = (
        "Norway's fisheries ministry said on Monday the quota would be cut.\n\n"
        "The ministry said on Tuesday it would pay the crews."
    )
    assert _speakers(text)[-1] == ("Norway's fisheries ministry", "NOR")


def test_a_body_whose_name_opens_with_a_role_word_is_kept_whole() -> None:
    assert _speakers("The General Water Office said on Monday it would sell the reservoir.") == [
        ("General Water Office", "")
    ]


def _actors(text: str) -> list[tuple[str, ...]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [m.actors for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Norway's fisheries ministry has closed the northern grounds.", "Norway's fisheries ministry"),
        ("Norwegian police arrested three skippers on Monday.", "Norwegian police"),
        ("The government has approved the harbour budget.", "Government"),
    ],
)
def test_a_body_of_state_that_opens_its_sentence_acts(sentence: str, actor: str) -> None:
    assert _actors(sentence)[0][:1] == (actor,)


def test_a_body_owned_by_what_is_no_country_is_left_to_the_names() -> None:
    assert _actors("Vantor's board approved the merger on Monday.")[0] == ()
