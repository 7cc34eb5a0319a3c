"""Titles on unseen news (session 41): a count or a described part reads whole before its "of", scraped page
furniture goes, a name is never cut at its start. Every sentence is our own."""

from __future__ import annotations

from events.merge.titles import fit, headline


def test_a_plural_count_reads_whole_before_its_of() -> None:
    title = fit(
        "The careless use of sprays by the harbour board has long served to sweep thousands of tonnes of ash"
        " out of public view"
    )
    assert title == "The careless use of sprays by the harbour board has long served to sweep thousands"


def test_a_described_part_reads_whole_before_its_of() -> None:
    title = headline(
        "a crack in a pipe inserted into the leaking part of the main drain that feeds the old reservoir",
        speaker="Inspectors",
        speech=True,
    )
    assert title == "Inspectors say a crack in a pipe inserted into the leaking part"


def test_a_bare_part_still_keeps_its_of() -> None:
    title = fit(
        "Port officials had begun work to survey a new ferry terminal site at the mouth of the Tamsin River"
        " for barges to undergo checks before entering the harbour"
    )
    assert title == "Port officials had begun work to survey a new ferry terminal site"
