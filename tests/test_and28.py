"""Every dated happening in a sentence (and28): two clauses joined by "and", "while" or "but", each with a
subject and a verb of its own, are two happenings when each tells one ("Police arrested two men and the court
charged them on Tuesday"); a shared subject, a list of subjects or a quotation's inner "and" stays one.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import clause_of_its_own, mentions_below_lead

from events.extract.clauses import verb_since_opening
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
            "Police arrested two men and the court charged them on Tuesday.",
            "the court charged them on Tuesday.",
        ),
        (
            "The ministry confirmed 12 new cases, and schools in the capital closed.",
            "schools in the capital closed.",
        ),
        (
            "Storms uprooted trees in the south on Tuesday, while the capital recorded heavy rain.",
            "the capital recorded heavy rain.",
        ),
        (
            "The agency estimated 1,000 barrels a day, but on Friday the coast guard raised the estimate.",
            "on Friday the coast guard raised the estimate.",
        ),
    ],
)
def test_a_clause_with_a_subject_of_its_own_is_found(sentence: str, second: str) -> None:
    assert second_clause(sentence) == second


@pytest.mark.parametrize(
    "sentence",
    [
        # one actor, two deeds: a shared subject
        "He resigned on Monday and left the country for good.",
        # two subjects of one verb
        "Scientists in the north and Australia have produced other strains.",
        "In late April, just after the storm began, the coast guard and the navy received new orders.",
        # a noun after a preposition, and a participle after a noun, are no clause
        "A sheen has reached land in parts of the coast, but the thick rafts of coagulated crude stayed out.",
        "The army shelled the towns and villages used as bases by the rebels.",
        # the joint inside a subordinate clause whose verb is still to come
        "The seas calmed on Tuesday, allowing crews to get back to work as businesses and residents watched.",
        # one voice's report running on past the joint
        "Three people were hurt in the capital, officials said, and the port was shelled 30 times.",
        # a quotation's inner "and"
        '"We searched the house and the dogs found nothing at all," the officer said.',
    ],
)
def test_no_second_clause_of_its_own(sentence: str) -> None:
    assert second_clause(sentence) is None


def test_the_words_before_a_joint_need_a_verb_of_their_own_clause() -> None:
    assert verb_since_opening("Police arrested two men")
    assert not verb_since_opening("Scientists in the US")
    assert not verb_since_opening("The slick has spread over 100 miles, but Mississippi")


def test_two_subjects_and_a_date_in_the_second_clause_make_two_happenings_of_that_day() -> None:
    found = mentions_of("Police arrested two men and the court sentenced them on Tuesday.")
    clauses = {m.clause: m.date_start for m in found}
    assert clauses == {
        "Police arrested two men": dt.date(2026, 5, 12),
        "The court sentenced them on Tuesday": dt.date(2026, 5, 12),
    }


def test_a_deed_then_remarks_of_another_speaker_are_two_happenings() -> None:
    found = mentions_of(
        "The well held on Friday after a new cap stopped the flow, but President Lars Dahl warned that more"
        " needed to be done before it was fixed."
    )
    clauses = [m.clause for m in found]
    assert any(c.startswith("The well held on Friday") for c in clauses)
    remarks = [m for m in found if m.event_type == "statement"]
    assert len(remarks) == 1 and remarks[0].clause.startswith("more needed to be done")
    assert "A new cap stopped the flow" in clauses  # the clause the first one follows, still read
    assert all(m.date_start == dt.date(2026, 5, 8) for m in found)


def test_a_deed_of_the_present_set_for_a_day_ahead_is_a_happening_of_its_own() -> None:
    found = mentions_of("Talks began in March and the agreement takes effect on 1 June.")
    assert {(m.clause, m.date_start) for m in found} == {
        ("Talks began in March", dt.date(2026, 3, 1)),
        ("The agreement takes effect on 1 June", dt.date(2026, 6, 1)),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "He resigned on Monday and left the country.",
        # a second clause of no named kind leans on the first: the sentence is read whole
        "The government declared a public health emergency on Monday, and the mayor echoed that call.",
        # a toll after the disaster or attack that took it is that happening's toll
        "The storm flattened three fishing villages, and dozens are feared dead.",
        "Gunmen stormed the crowded market and at least nine people were killed.",
    ],
)
def test_one_happening_stays_one_mention(sentence: str) -> None:
    assert len(mentions_of(sentence)) == 1
