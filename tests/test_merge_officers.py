"""An officer named beside the body they serve speaks for it: their remarks of the day and the body's are
one event. A chairman or a chief executive speaks for themselves as much, and stays apart. All texts are
our own."""

from __future__ import annotations

from tests.reports import build_monday_reports

build = build_monday_reports


def test_an_adviser_named_after_the_body_is_its_voice() -> None:
    found = build(
        "Water Board energy adviser Ana Lund said on Sunday that the pipes under the river were safe.",
        "The Water Board said on Sunday that the pipes under the river had been tested twice.",
    )
    assert found == [("statement", "2026-03-08", 2)]


def test_an_officer_named_before_the_body_is_its_voice() -> None:
    found = build(
        "Ana Lund, the Water Board's chief operating officer, said on Sunday that the pipes were safe.",
        "The Water Board said on Sunday that the pipes under the river had been tested twice.",
    )
    assert found == [("statement", "2026-03-08", 2)]


def test_a_chairman_speaks_for_himself() -> None:
    found = build(
        "Water Board chairman Olaf Brandt said on Sunday that he would not resign over the leak.",
        "The Water Board said on Sunday that the pipes under the river had been tested twice.",
    )
    assert found == [("statement", "2026-03-08", 1), ("statement", "2026-03-08", 1)]


def test_an_adviser_of_another_body_is_another_voice() -> None:
    found = build(
        "Harbour Authority legal adviser Ana Lund said on Sunday that the pipes were not its concern.",
        "The Water Board said on Sunday that the pipes under the river had been tested twice.",
    )
    assert found == [("statement", "2026-03-08", 1), ("statement", "2026-03-08", 1)]


def test_a_company_named_with_and_without_its_legal_form_is_one_voice() -> None:
    found = build(
        "Norland Shipping PLC told a committee of lawmakers on Sunday that it had spent $4 million on "
        "advertising since the collision.\n\n"
        "Norland Shipping said on Sunday that its advertising was meant to help the towns along the bay."
    )
    assert found == [("statement", "2026-03-08", 1)]
