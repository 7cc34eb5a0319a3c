"""A title cut that would keep only the subject and its aside ("The two ferry operators, both fined ... last
spring") keeps the clause instead, without the aside: who did what. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import headline


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "The two ferry operators, both fined heavily by the regulator last spring, have suspended their "
            "crossings to the islands until further notice",
            "The two ferry operators have suspended their crossings to the islands until further notice",
        ),
        (
            "Four nurses and a hospital porter, all employed at the same rural clinic, have tested positive "
            "for the virus, bringing the total to 52",
            "Four nurses and a hospital porter have tested positive for the virus",
        ),
    ],
)
def test_a_long_clause_drops_its_subjects_aside_before_its_verb(clause: str, title: str) -> None:
    assert headline(clause) == title


def test_a_clause_that_fits_keeps_its_aside() -> None:
    clause = "The three men, all aged under 30, were charged with fraud"
    assert headline(clause) == clause
