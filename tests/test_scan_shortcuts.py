"""The searches that skip most of a text (the ages before a place's name, the opening before a passage's year,
the places of initials, a capital before a name with an office) find what a search of the whole text finds.
All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.coreference import office_holders
from events.extract.dates import find_dates
from events.extract.entities import Gazetteer, load_gazetteer

FRIDAY = dt.date(2026, 5, 15)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def places(gazetteer: Gazetteer, text: str) -> list[str]:
    return [e.text for e in gazetteer.find(text) if e.kind in ("place", "country")]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia, 9, said the flood had reached her school. Georgia and her brother were rescued by boat.",
        "The flood reached the school, said Georgia, 9, who was rescued with her brother by boat in Georgia.",
        "Rescuers carried Georgia, 9 (the youngest) and Georgia, 9, 11 and 14 to the boats.",
    ],
)
def test_a_place_name_given_an_age_is_a_persons_everywhere_in_the_text(
    gazetteer: Gazetteer, text: str
) -> None:
    assert "Georgia" not in places(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian, 25, said the vote was fair. Observers in Georgia agreed.",
        "A voter in Georgia said the count was slow. The vote, 12, was close.",
    ],
)
def test_a_place_name_given_no_age_of_its_own_stays_a_place(gazetteer: Gazetteer, text: str) -> None:
    assert "Georgia" in places(gazetteer, text)


@pytest.mark.parametrize(
    "opening",
    ["The levee failed.”  In  1998, ", "The levee failed.)\n\nIn\t1998, ", "In 1998, "],
)
def test_a_year_opening_its_sentence_after_quotes_and_spaces_sets_the_passage(opening: str) -> None:
    text = f"{opening}the town had no sirens. In November, the river rose again."
    november = [d for d in find_dates(text, FRIDAY) if d.text == "November"]
    assert [d.date_start for d in november] == [dt.date(1998, 11, 1)]


def test_a_year_after_a_word_ending_in_the_opening_word_sets_no_passage() -> None:
    # ("within 1998" is no opening "in")
    text = "The levee was built within 1998, the council says. In November, the river rose again."
    november = [d for d in find_dates(text, FRIDAY) if d.text == "November"]
    assert [d.date_start.year for d in november] == [2025]


def test_initials_that_act_only_where_they_stand_alone_are_a_body(gazetteer: Gazetteer) -> None:
    # ("KRT-trained" is no place of the initials; "KRT said" is)
    text = "The KRT-trained crews arrived first. Later KRT said the pump had failed twice."
    assert "KRT" in [e.name for e in gazetteer.find(text) if e.kind == "actor"]


def test_a_name_then_its_office_is_found_after_lower_case_text() -> None:
    text = "the vote was counted twice, said Jane Roe, the elections minister, on Friday."
    holders = office_holders(text, [])
    assert [(h.role, h.name) for h in holders] == [("minister", "Jane Roe")]


def test_an_office_before_a_name_is_found_on_every_line_and_never_across_one() -> None:
    # (the office search reads only the lines with an office before two capitalised words)
    text = (
        "The ferry sank in the harbour.\n\nPort Director Ana Ruiz said the crew was safe.\n"
        "No one was hurt, according to the deputy director\nTom Hale, who was on the quay.\n"
        "Transport Minister Karl Weiss ordered an inquiry."
    )
    holders = office_holders(text, [])
    assert [(h.role, h.name) for h in holders] == [("director", "Ana Ruiz"), ("minister", "Karl Weiss")]
