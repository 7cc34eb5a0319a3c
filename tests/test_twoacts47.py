"""Two happenings in one sentence (twoacts47): two clauses with subjects of their own are two mentions when
the second's verb is in the perfect or the progressive ("and the army is sending trucks"), and a second
clause keeps its happening when the first tells none. A shared subject, a quotation or a scene stays as it
was. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import clause_of_its_own, mentions_below_lead

from events.extract.mentions import Mention

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday


def mentions_of(sentence: str) -> list[Mention]:
    return mentions_below_lead(sentence, PUBLISHED)


def second_clause(text: str) -> str | None:
    return clause_of_its_own(text, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The storm has flattened homes on the coast and the army is sending trucks of water.",
            "the army is sending trucks of water.",
        ),
        (
            "The court fined the airline, and the regulator has begun an inquiry into its fares.",
            "the regulator has begun an inquiry into its fares.",
        ),
        (
            "The jury convicted the former mayor of fraud and the judge fined two of his aides.",
            "the judge fined two of his aides.",
        ),
    ],
)
def test_a_second_subject_with_its_own_finite_verb_is_a_clause_of_its_own(sentence: str, second: str) -> None:
    assert second_clause(sentence) == second


@pytest.mark.parametrize(
    "sentence",
    [
        # one subject's list of deeds stays one telling
        "The regulator has fined the bank and has opened an inquiry into its lending.",
        # what was said stays whole
        '"The storm flattened homes and the army is sending trucks," the governor said.',
        # subjects joined, one verb
        "Farmers in the valley and traders in the capital have protested against the new tax.",
    ],
)
def test_one_subject_a_quotation_or_joined_subjects_stay_whole(sentence: str) -> None:
    assert second_clause(sentence) is None


def test_a_second_clause_keeps_its_happening_when_the_first_tells_none() -> None:
    found = mentions_of(
        "Most of the shops are shut or boarded up, and the Red Crescent has begun a $5m appeal."
    )
    assert [m.sentence.text for m in found] == ["the Red Crescent has begun a $5m appeal."]


def test_a_scene_after_a_scene_is_no_happening() -> None:
    found = mentions_of("Most market stalls are shut and the smell of smoke has begun to fill the streets.")
    assert not any(m.sentence.text.startswith("the smell of smoke") for m in found)
