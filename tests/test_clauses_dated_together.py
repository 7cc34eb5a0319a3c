"""Clauses that belong together share a date: a "when" clause carrying the sentence's only date dates its
main clause, and a relative clause of a noun a day names ("the March 3 flood, which destroyed the bridge")
tells what happened on that day. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import body_mentions

TUESDAY = dt.date(2026, 6, 16)


def test_a_when_clause_with_the_only_date_dates_its_main_clause_as_one_happening() -> None:
    # (last year's purchase: one of 2011 would be the brewer's history, no event)
    found = body_mentions("The brewer acquired the bottling plant when it bought a rival in 2025.", TUESDAY)
    assert [(m.date_start, m.precision) for m in found] == [(dt.date(2025, 1, 1), "year")]
    assert "acquired the bottling plant" in found[0].clause


def test_no_noun_phrase_runs_across_a_when_clause() -> None:
    found = body_mentions("The union ended the strike when it signed a new pay deal in March.", TUESDAY)
    assert not any(" was signed" in m.clause or " were signed" in m.clause for m in found)


def test_a_reduced_relative_after_an_object_still_tells_its_own_happening() -> None:
    found = body_mentions("The city has lifted all curfews imposed last month.", TUESDAY)
    assert any(m.clause.startswith("Curfews were imposed") for m in found)


def test_a_relative_clause_of_a_dated_happening_takes_its_day() -> None:
    found = body_mentions(
        "Since the March 3 landslide, which killed nine villagers, the road has stayed shut.", TUESDAY
    )
    deaths = next(m for m in found if m.event_type == "casualties")
    assert deaths.date_start == dt.date(2026, 3, 3)
    assert deaths.clause == "The March 3 landslide killed nine villagers"


def test_a_possessive_day_dates_what_its_happening_did() -> None:
    found = body_mentions(
        "Fishermen began repairing their boats since Saturday's cyclone, which killed 14 people.", TUESDAY
    )
    deaths = next(m for m in found if m.event_type == "casualties")
    assert deaths.date_start == dt.date(2026, 6, 13)


def test_a_main_clause_of_its_own_kind_keeps_its_own_date() -> None:
    found = body_mentions(
        "Police arrested two men after the May 2 riot, which injured six officers.", TUESDAY
    )
    arrest = next(m for m in found if m.event_type == "arrest")
    assert arrest.date_start == TUESDAY


def test_a_relative_inside_the_subjects_aside_does_not_date_the_main_clause() -> None:
    found = body_mentions(
        "The reform, meant to shield tenants who were evicted in March, was approved by the senate.", TUESDAY
    )
    assert found
    assert all(m.date_start == TUESDAY for m in found)


def test_a_relative_set_off_by_commas_before_a_short_main_clause_keeps_its_date() -> None:
    found = body_mentions("The union, which called the strike on March 3, accepted the offer.", TUESDAY)
    assert [m.date_start for m in found] == [dt.date(2026, 3, 3)]
