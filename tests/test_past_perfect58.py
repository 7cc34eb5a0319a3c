"""Acts and remarks told in the past perfect: they had happened before the time the report is at, so the
day it was printed is never theirs. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import BODY_OPENING, report_mentions

FRIDAY = dt.date(2026, 3, 13)
WEDNESDAY = dt.date(2026, 3, 11)
# (the opening's second sentence is dated Wednesday; this one, undated, sits between it and the one tested)
UNDATED_LINE = "Counting was slow in the hill districts because of snow.\n\n"


def mentions_of(sentence: str, above: str = "") -> list[Mention]:
    """The mentions of `sentence` read below the body opening (and `above`, when given)."""
    found = report_mentions(BODY_OPENING + above + sentence + "\n", FRIDAY)
    return [m for m in found if sentence in m.sentence.text]


def test_remarks_in_the_past_perfect_take_the_day_the_sentence_above_sets() -> None:
    # "Turnout was lower ..., officials said on Wednesday." then the past perfect: by Wednesday, not Friday
    found = mentions_of("The justice ministry had asked the court to suspend two election commissioners.")
    assert found and all(m.date_start == WEDNESDAY and m.date_basis == "context" for m in found)


def test_remarks_in_the_past_perfect_with_no_day_above_are_background() -> None:
    found = mentions_of(
        "The justice ministry had asked the court to suspend the election commissioner.", above=UNDATED_LINE
    )
    assert found and all(m.undated_past for m in found)
    assert all(m.date_start != FRIDAY or m.date_basis == "publication" for m in found)


def test_a_saying_in_the_simple_past_of_a_past_perfect_keeps_its_own_date() -> None:
    # the news is the saying; what was said is in the past perfect
    found = mentions_of("Election officials said the ballot boxes had been sealed.", above=UNDATED_LINE)
    assert found and not any(m.undated_past for m in found)


def test_a_past_perfect_closed_by_an_attribution_is_the_speakers_word_of_its_day() -> None:
    found = mentions_of(
        "Volunteers had delivered 3,000 food parcels to the flooded villages, the charity added.",
        above=UNDATED_LINE,
    )
    assert not any(m.undated_past for m in found)


def test_remarks_and_the_earlier_act_their_past_perfect_clause_dates_are_two_happenings() -> None:
    found = mentions_of(
        "The union accused the shipping line of hiding its losses until after the regulator had "
        "inspected the fleet on 2 March."
    )
    by_type = {m.event_type: m for m in found}
    assert set(by_type) >= {"claim"}
    # the accusation is not of the day the inspection was
    assert by_type["claim"].date_start != dt.date(2026, 3, 2)
    assert any(m.date_start == dt.date(2026, 3, 2) and m.event_type != "claim" for m in found)


def test_an_act_after_a_past_perfect_clause_keeps_the_clauses_date() -> None:
    # news copy tells an act right after the one it follows: the date stays the act's
    found = mentions_of("Soldiers seized the airport outside the city after the rebels had fled on Monday.")
    assert found and all(m.date_start == dt.date(2026, 3, 9) for m in found)
