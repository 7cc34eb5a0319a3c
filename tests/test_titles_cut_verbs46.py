"""Titles cut at a phrase's end: never after a verb that waits for the phrase cut off (a relative clause
holding only its verb, a participle describing the object), and a clause after a verb of demanding, whose
verb is bare, is whole. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import _verb_left_without_its_phrase, fit, is_fragment
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
        # (an adverb inside the verb group, a gerund after a preposition, a noun in -ing after its adjective,
        # the noun a copula's complement)
        (
            "Rescue teams from the regional fire service have now arrived in the valley and the search is"
            " continuing",
            "Rescue teams from the regional fire service have now arrived in the valley",
        ),
        (
            "The opposition has already put the minister's apology to the unions into advertising for its"
            " campaign this spring",
            "The opposition has already put the minister's apology to the unions into advertising",
        ),
        (
            "The coach said a tired defence may be the only thing standing between the club and a place in"
            " the final this year",
            "The coach said a tired defence may be the only thing standing between the club and a place",
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


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams from the fire service have now arrived in the valley",
        "The opposition put the apology into advertising for its campaign",
        "The bank disclosed in a regulatory filing that its chief had resigned",
        "A tired defence may be the only thing standing between the club and the final",
        "The strike brought back memories of how the union collapsed in the winter",
        "Engineers were busy with the first major pipe cut in the tunnel",
        "The new valve should prevent water gushing from the broken main",
        "The coach has become more troubled since the defeat",
    ],
)
def test_a_verb_of_the_clause_or_a_noun_keeps_the_cut_after_it(text: str) -> None:
    # (the cut before the last preposition of the stretch stays where it is)
    cut = max(text.rfind(f" {word} ") for word in ("in", "for", "that", "between", "from", "since"))
    assert _verb_left_without_its_phrase(text, cut) == cut


def test_a_verb_alone_in_its_relative_clause_moves_the_cut_before_the_clause() -> None:
    text = "The club signed three defenders from the teams that play in the regional league"
    cut = text.rfind(" in ")
    assert (
        text[: _verb_left_without_its_phrase(text, cut)] == "The club signed three defenders from the teams"
    )
