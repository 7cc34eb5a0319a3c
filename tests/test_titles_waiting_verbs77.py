"""Titles never left on a verb that waits for what the cut took: a progressive or passive before its "to" or
"from" ("is now helping | to ..."), a verb of telling before the clause told; "that" after whom it was told
goes when room is short, and "once" opening a clause of time is a place to cut. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import _verb_awaits_its_complement, fit
from events.schema import TITLE_MAX


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The vaccine developed by a small laboratory in the capital over the past decade is now"
            " helping to cut infections among children",
            "The vaccine developed by a small laboratory is now helping to cut infections",
        ),
        (
            "The striker signed from a rival club in the north last summer was being prevented from"
            " training with the squad by a dispute over pay",
            "The striker signed from a rival club was being prevented from training with the squad",
        ),
        (
            "Thousands of flood victims housed in tents outside the northern city are still waiting to"
            " receive food and clean water from the army",
            "Thousands of flood victims are still waiting to receive food and clean water from the army",
        ),
        (
            "The chief executive assured shareholders that the company would return to profit within two"
            " years despite the collapse in steel prices",
            "The chief executive assured shareholders the company would return to profit",
        ),
        (
            "Storm crews will begin clearing fallen trees from the coastal road once the winds ease later on"
            " Thursday, the county highways office said",
            "Storm crews will begin clearing fallen trees from the coastal road",
        ),
        (
            "The union leader warned ministers that nurses would strike for a week once the current pay deal"
            " expires at the end of March and April",
            "The union leader warned ministers that nurses would strike for a week",
        ),
    ],
)
def test_a_verb_keeps_what_it_waits_for(text: str, title: str) -> None:
    assert fit(text) == title
    assert len(title) <= TITLE_MAX


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "once" the adverb opens no clause
        (
            "The old stadium, which was once the largest in the country, will be demolished next year to"
            " make room for homes and shops and parks",
            "The old stadium, which was once the largest in the country, will be demolished",
        ),
        # a listener with a phrase of place keeps its "that"
        (
            "The senator told reporters on Capitol Hill that she would vote against the budget bill"
            " because of its cuts to school meals and buses",
            "The senator told reporters on Capitol Hill that she would vote against the budget bill",
        ),
        # a noun that holds the clause keeps its "that"
        (
            "The old fisherman told the story that his grandfather had sailed with the navy during the war"
            " and had lost two brothers at sea in one night",
            "The old fisherman told the story that his grandfather had sailed with the navy",
        ),
        # verbs that stand without what follows them
        (
            "Doctors at the city hospital were working through the night to treat the injured after the"
            " bus crash on the motorway near the border",
            "Doctors at the city hospital were working through the night to treat the injured",
        ),
        (
            "Shares in the airline were trading higher in London on Monday after it announced a new"
            " chief executive and a plan to cut costs",
            "Shares in the airline were trading higher in London on Monday",
        ),
        (
            "The court ordered the company to pay damages of more than two million dollars to the"
            " families of the workers killed in the mine blast",
            "The court ordered the company to pay damages of more than two million dollars",
        ),
    ],
)
def test_a_whole_verb_phrase_is_kept_as_it_was(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    ("kept", "text", "awaits"),
    [
        ("The dam is now helping", "The dam is now helping to control floods", True),
        ("Nurses were being barred", "Nurses were being barred from entering the ward", True),
        ("The board asked the mayor", "The board asked the mayor to resign", True),
        ("The coach assured the fans", "The coach assured the fans that the club would stay", True),
        ("The dam was built", "The dam was built to the north of the town", False),
        ("Crews were working", "Crews were working through the night", False),
        ("The board asked the mayor", "The board asked the mayor about the budget", False),
        ("The mayor was sworn in", "The mayor was sworn in to loud applause", False),
        ("The result will be decided", "The result will be decided to some degree by the weather", False),
        ("The injured were flown", "The injured were flown to hospital", False),
        ("Fans were banned", "Fans were banned from travelling to the match", True),
    ],
)
def test_which_verbs_wait_for_their_complement(kept: str, text: str, awaits: bool) -> None:
    assert _verb_awaits_its_complement(kept, text) is awaits


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The board of the airline is meeting to decide whether to sell its regional routes as the losses"
            " have grown for a third year in a row",
            "The board of the airline is meeting to decide whether to sell its regional routes",
        ),
        (
            "Investigators were testing samples to confirm which patients with the new strain of the virus"
            " had travelled abroad in the past two weeks or had contact",
            "Investigators were testing samples",
        ),
    ],
)
def test_a_question_word_with_its_infinitive_is_whole(text: str, title: str) -> None:
    assert fit(text) == title
