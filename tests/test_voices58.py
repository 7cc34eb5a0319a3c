"""A voice named by an office alone after another office's holder: another portfolio is another voice. All
sentences are our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions

THURSDAY = dt.date(2026, 6, 11)
TWO_MINISTERS = (
    "Harbour shelled\n\nThe defence minister said on Tuesday that rebels had shelled the harbour at Dravo on "
    "Monday.\n\nThe health minister said the hospital was full.\n\n"
    "The minister added that more beds would come.\n"
)


def speakers(text: str) -> list[str]:
    return [m.speaker for m in report_mentions(text, THURSDAY)]


def test_an_office_of_another_portfolio_is_not_the_minister_heard_last() -> None:
    assert speakers(TWO_MINISTERS)[1] == "Health minister"


def test_the_office_said_alone_goes_on_with_the_minister_heard_last() -> None:
    assert speakers(TWO_MINISTERS)[2] == "Health minister"


def test_an_unnamed_official_goes_on_by_the_office_alone() -> None:
    text = (
        "Border road\n\nA defence official said the road was closed. "
        "The official added that it would reopen soon.\n"
    )
    assert speakers(text) == ["Defence official", "Defence official"]
