"""Titles never stop inside the phrase that opens what was said: the clause said is kept whole or left out."""

from __future__ import annotations

from events.merge.titles import headline


def test_a_title_does_not_stop_after_a_phrase_that_opens_the_clause_said() -> None:
    title = headline(
        "Senator Jane Roe says the port authority had informed her committee that at some point in the "
        "last two months, the crew of the dredger had stopped the pumps on the quay."
    )
    assert not title.endswith("that at some point")
    assert title.startswith("Senator Jane Roe says the port authority had informed her committee")
    title = headline(
        "Port engineers are hopeful that by the end of the week they will have placed a new seal on the "
        "broken lock gate, the harbour board said."
    )
    assert not title.endswith("by the end")


def test_a_clause_said_after_its_opening_phrase_stays() -> None:
    assert headline("The minister said that in March the firm cut jobs.") == (
        "The minister said that in March the firm cut jobs"
    )


def test_a_title_does_not_stop_after_a_time_and_the_clause_that_says_which() -> None:
    # ("on the night Roe died": the verb is the time's own clause, and what was testified comes after)
    title = headline(
        "Roe's driver, Tom Hale, testifies that on the night Roe died, the aide ordered him to fetch the "
        "files before calling the police."
    )
    assert not title.endswith("on the night Roe died")
    assert title.startswith("Roe's driver, Tom Hale, testifies")
