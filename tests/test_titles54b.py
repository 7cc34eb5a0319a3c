"""Titles read on news never seen: what was said cut to a clause, never to a phrase with no verb."""

from __future__ import annotations

from events.merge.titles import headline


def test_a_subject_said_keeps_what_its_head_is_of_and_drops_the_phrase_after() -> None:
    # (the verb of what was said falls past the limit: the head, what it is of, and the verb make a clause)
    clause = (
        "large sheets of hail with the size of golf balls or the weight of stones will fall across the "
        "northern valleys tonight, while the south stays dry"
    )
    title = headline(clause, speaker="Omar Felt", speech=True)
    assert title == "Omar Felt says large sheets of hail will fall across the northern valleys"


def test_a_subject_said_past_an_aside_keeps_its_verb() -> None:
    # (the cut fell inside the aside: "the audit, like the count of last spring ..." is no clause)
    clause = (
        "the audit, like the count of last spring in the capital city of the province, had found the "
        "ballots were counted twice in several districts, involving thousands of votes"
    )
    title = headline(clause, speaker="The electoral board", speech=True)
    assert title == "The electoral board says the audit had found the ballots were counted twice"


def test_a_subject_said_that_cannot_become_a_clause_is_left_as_it_was() -> None:
    # (a list as subject: dropping its items would change what was said)
    clause = (
        "sandbags, pumps and boats to ferry the stranded were being sent to the flooded towns along the "
        "river by the regional government"
    )
    assert headline(clause, speaker="Officials", speech=True) == (
        "Officials say sandbags, pumps and boats to ferry the stranded were being sent"
    )


def test_a_verb_of_a_relative_clause_is_never_given_to_the_subject_said() -> None:
    # (the first verb after the subject is the relative clause's: dropping the modifier would give the
    # subject a verb that was never its own)
    clause = (
        "a 61-year-old voter from the river district of the northern province who had not registered in "
        "time had been allowed to cast a ballot on Sunday"
    )
    title = headline(clause, speaker="The electoral commission", speech=True)
    assert "voter had not registered" not in title


def test_a_participle_after_the_is_no_verb_of_the_subject_said() -> None:
    clause = (
        "any comparison between the flooded valley towns of the north and the storm of a decade ago was "
        "a mistake that hurt the relief effort"
    )
    title = headline(clause, speaker="Lena Varga", speech=True)
    assert "comparison flooded" not in title
