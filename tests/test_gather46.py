"""One happening a report tells twice is one event: an act of a named kind restated further down in other
words, of the same day, by a definite noun ("The complaint, filed on Sunday, ..."). Another act of that
day, brought in as new ("A shipping line sued ..."), stays apart. All texts are our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports

MONDAY = dt.date(2026, 3, 9)


def events_of(text: str) -> list[tuple[str, str, int]]:
    return [(kind, day, n) for kind, day, _end, _title, n in build_reports((MONDAY, text))]


LEAD = (
    "The suit, filed in a district court on Sunday, accuses the port authority of breaking labour rules, and "
    "seeks damages for dockworkers hurt on night shifts since the terminal opened."
)
BETWEEN = "Cargo volumes at the port fell by a tenth last year."


def test_a_suit_restated_further_down_in_other_words_is_one_event() -> None:
    later = (
        "The forty-page complaint filed on Sunday accuses the authority and two crane makers of skipping "
        "inspections of the gantries and of hiding injury reports from regulators."
    )
    found = events_of(f"{LEAD}\n\n{BETWEEN}\n\n{later}")
    assert [e for e in found if e[0] == "legal"] == [("legal", "2026-03-08", 1)]


def test_another_suit_of_the_same_day_brought_in_as_new_stays_apart() -> None:
    later = (
        "A shipping line sued two crane makers on Sunday, and its filing accuses them of skipping "
        "inspections of the gantries and of hiding injury reports from regulators."
    )
    found = events_of(f"{LEAD}\n\n{BETWEEN}\n\n{later}")
    assert len([e for e in found if e[0] == "legal"]) == 2
