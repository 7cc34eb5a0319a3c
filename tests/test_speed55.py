"""The fast searches for names written before a bare surname find what `re.finditer` over the text before
it finds (speed55): same places, same order, none overlapping."""

import re

import pytest

from events.extract.entities import _given_and_surname, _written_before, namesake_meant

TEXT = (
    "Senator Ruth Carver won the vote. Ruth Carver's rival, Paul Carver-Lind, conceded.\n"
    "Paul Carver spoke later. Mr Carver said the count was fair. O'Carver and Tim Carver, who "
    "ran the Carvers' campaign, agreed; Carver smiled. Tim Carver Jr. met Jr.Lind and Carver_ at 5."
)


@pytest.mark.parametrize(
    "spelling",
    ["Ruth Carver", "Paul Carver", "Carver", "Tim Carver", "Carvers", "Lind", "Carver-", "Jr.", "O'"],
)
def test_written_before_is_finditer_before(spelling: str) -> None:
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(spelling)}\b")
    for before in range(len(TEXT) + 2):
        expected = [m.span() for m in pattern.finditer(TEXT[:before])]
        assert list(_written_before(spelling, TEXT, before)) == expected


@pytest.mark.parametrize("surname", ["Carver", "Carver-Lind", "Lind"])
def test_given_and_surname_is_finditer_before(surname: str) -> None:
    pattern = re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b")
    for before in range(len(TEXT) + 2):
        expected = [(m.span(), m.group(1)) for m in pattern.finditer(TEXT[:before])]
        assert [(m.span(), m.group(1)) for m in _given_and_surname(surname, TEXT, before)] == expected


def test_namesake_meant_still_takes_the_one_just_named() -> None:
    text = "Ruth Carver won the vote. Paul Carver conceded. Carver said the count was fair."
    people: dict[str, tuple[str, ...]] = {"Ruth Carver": (), "Paul Carver": ()}
    assert namesake_meant(people, text.index("Carver said"), text) == "Paul Carver"
