"""Titles cut at a phrase's end: never after a verb that waits for the phrase cut off (a relative clause
holding only its verb, a participle describing the object), and a clause after a verb of demanding, whose
verb is bare, is whole. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import fit, is_fragment
from events.schema import TITLE_MAX


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The health ministry said the new strain was causing far fewer hospital admissions compared with"
            " the winter wave of last year",
            "The health ministry said the new strain was causing far fewer hospital admissions",
        ),
        (
            "The club's new manager has signed three young defenders from the academy teams that play in the"
            " regional under-21 league",
            "The club's new manager has signed three young defenders from the academy teams",
        ),
        (
            "The museum now holds a complete collection of the rare butterfly species that breed in the"
            " high valleys of the northern range",
            "The museum now holds a complete collection of the rare butterfly species",
        ),
    ],
)
def test_a_cut_keeps_no_verb_whose_phrase_it_cut_off(text: str, title: str) -> None:
    assert len(text) > TITLE_MAX
    assert fit(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (the clause's own verb, right after its subject or after a verb of saying, keeps its phrase cut)
        (
            "The central bank said prices jumped in March at the fastest pace for a decade as energy bills"
            " rose across the whole country",
            "The central bank said prices jumped at the fastest pace for a decade",
        ),
        (
            "The hurricane was downgraded to a tropical storm late on Friday as it moved over colder water"
            " off the coast of North Carolina",
            "The hurricane was downgraded to a tropical storm late on Friday",
        ),
        (
            "The striker who scored twice in the final was named player of the season by the league's"
            " managers at a ceremony in Madrid",
            "The striker who scored twice in the final was named player of the season",
        ),
        # (a noun before the verb is the subject of a clause of its own after "how", "what"; a word in -t
        # may be a noun, "its first pipe cut")
        (
            "The strike brought back memories of how the union collapsed in the long winter of the early"
            " eighties in the north",
            "The strike brought back memories of how the union collapsed in the long winter",
        ),
        (
            "The surveyor said it was too early to conclude what happened on the night the old stone bridge"
            " gave way over the river",
            "The surveyor said it was too early to conclude what happened",
        ),
        (
            "Engineers said the crews were in the middle of their first major pipe cut in the latest bid to"
            " drain the flooded tunnel",
            "Engineers said the crews were in the middle of their first major pipe cut",
        ),
    ],
)
def test_a_verb_of_the_clause_itself_may_end_a_cut(text: str, title: str) -> None:
    assert fit(text) == title


def test_a_clause_after_a_verb_of_demanding_is_whole_with_its_bare_verb() -> None:
    assert not is_fragment("Forty senators demanded that the airline pay $2bn into a fund for passengers")
    assert not is_fragment("The regulator insisted that the bank repay all its customers")
    # (what was demanded still needs its verb)
    assert is_fragment("The players' union demanded that the league")
    assert (
        fit(
            "Forty senators demanded that the airline pay $2bn into a ring-fenced fund to make sure it met"
            " all its debts to passengers"
        )
        == "Forty senators demanded that the airline pay $2bn into a ring-fenced fund"
    )
