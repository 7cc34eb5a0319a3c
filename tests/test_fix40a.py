"""A live report's sections headed by an hour with no minutes ("6pm CDT: ...") are sections like those headed
"10.42am:" (events.merge.clusters `_SECTION_STAMP`, `_live_report`), for every caller of it: a report's
sections are of several hours, whose acts and remarks are told apart. A score ("3:1") heads no section.

All texts are our own."""

from __future__ import annotations

from events.merge.clusters import _SECTION_STAMP


def test_an_hour_with_no_minutes_heads_a_section() -> None:
    assert _SECTION_STAMP.search("6pm CDT: The mayor said the levee had held.") is not None
    assert _SECTION_STAMP.search("9 a.m.: Crews reached the levee.") is not None
    assert _SECTION_STAMP.search("3:1 was the score at the break.") is None
    assert _SECTION_STAMP.search("6 pm was when the levee broke.") is None
