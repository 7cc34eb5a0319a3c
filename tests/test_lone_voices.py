"""A lone voice of a body ("a spokesman said") and the speaker of a quotation paragraph. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

from reports import report_mentions

from events.extract.mentions import Mention


def mentions_of(text: str) -> list[Mention]:
    return report_mentions(text, dt.date(2026, 5, 12))


def test_a_lone_spokesman_speaks_for_the_body_heard_last() -> None:
    found = mentions_of(
        "The Harbour Board said on Monday the pier was unsafe.\n\n"
        "A spokesman said on Wednesday the pier would reopen in June.\n"
    )
    later = [m for m in found if "spokesman" in m.sentence.text]
    assert later
    assert {m.speaker for m in later} == {"Harbour Board"}


def test_a_lone_spokesman_with_no_body_heard_names_nobody_but_the_event_stays() -> None:
    found = mentions_of("A spokesman said on Wednesday the pier would reopen in June.\n")
    assert found
    assert all(m.speaker == "" and "Spokesman" not in m.actors for m in found)
    assert "statement" in {m.event_type for m in found}


def test_a_lone_spokesman_after_a_person_names_nobody() -> None:
    found = mentions_of(
        "Jane Roe said on Monday the pier was unsafe.\n\n"
        "The pier was closed on Tuesday after heavy rain, a spokesman said.\n"
    )
    later = [m for m in found if "spokesman" in m.sentence.text]
    assert later
    assert all(m.speaker not in ("Spokesman", "Jane Roe") for m in later)


def test_a_name_inside_a_quotation_paragraph_does_not_take_the_speakers_place() -> None:
    found = mentions_of(
        "Jane Roe said on Monday she was saddened by the death of the composer.\n\n"
        '"Tom Hale was a giant of music."\n\n'
        '"He taught me everything," she said on Tuesday.\n'
    )
    last = [m for m in found if "taught" in m.sentence.text]
    assert last
    assert {m.speaker for m in last} == {"Jane Roe"}
