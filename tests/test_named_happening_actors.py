"""Who did a happening that a sentence names only by its day ("the March 3 blast", "last Tuesday's
earthquake") inside someone's remark or act (issue 7): the person who speaks of it or acts on it is no doer of
the happening; a name inside the noun phrase still is. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions

WED = dt.date(2026, 5, 20)  # Wednesday 20 May 2026


def named_happening_actors(text: str) -> list[tuple[str, ...]]:
    return [
        m.actors for m in report_mentions(text, WED) if m.event_type == "disaster" and m.date_start.month == 4
    ]


def test_a_senator_who_names_a_dated_blast_is_not_its_actor() -> None:
    text = "Senator Ana Roe said new rules were needed to prevent a repeat of the April 3 blast."
    actors = named_happening_actors(text)
    assert actors and all("Ana Roe" not in a for a in actors)


def test_a_general_who_counts_aid_since_a_dated_quake_is_not_its_actor() -> None:
    text = (
        "Maj Gen Lee Darby, the deputy commander of the relief effort, said the troops had handed out "
        "9,000 tents since the April 14 earthquake."
    )
    actors = named_happening_actors(text)
    assert actors and all("Lee Darby" not in a for a in actors)
