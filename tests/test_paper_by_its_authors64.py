"""A paper the subject of a verb of saying speaks for whom it is by: "A joint statement by X and Y said" is
X's (the first named), never "Joint"; a paper from a body described ("the family of X") is not X's. All texts
are our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions

MONDAY = dt.date(2026, 3, 9)


def test_a_joint_statement_speaks_for_the_first_it_names() -> None:
    found = report_mentions(
        "A joint statement by Foreign Minister Tomas Brandt and Trade Minister Ana Roe said the border would "
        "reopen on Monday.",
        MONDAY,
    )
    assert [m.speaker for m in found] == ["Tomas Brandt"]


def test_a_statement_from_a_family_is_not_the_named_man_speaking() -> None:
    found = report_mentions(
        "A statement from the family of Mark Doe said on Monday that he had been released.", MONDAY
    )
    assert "Mark Doe" not in [m.speaker for m in found]


def test_a_statement_first_by_a_country_names_no_later_author_as_speaker() -> None:
    # the first author is the country: its minister named second does not speak for the paper
    found = report_mentions(
        "A joint statement by France and Foreign Minister Ana Roe said the border would reopen on Monday.",
        MONDAY,
    )
    assert "Ana Roe" not in [m.speaker for m in found]
