"""A state's short name with inner stops that a scrape broke after its first letter ("D-W." / "Va., ...",
"Trenton, N." / "J., ...") is one sentence, not two; a line that merely ends on an initial is left alone.
All sentences are our own."""

from __future__ import annotations

import pytest

from events.extract.corpus import classify_lines


def _body(text: str) -> list[str]:
    return [" ".join(line.text.split()) for line in classify_lines(text) if line.kind == "body"]


LEAD = "The state senate passed the water bill by a wide margin on Tuesday evening after a long debate.\n\n"


@pytest.mark.parametrize(
    ("opened", "closed"),
    [
        ("Rep. Ann Dole, D-W.", "Va., the measure's main sponsor, said it would protect farms."),
        ("Sen. Bob Kern, R-N.", "J., voted against the bill in committee last week."),
        ("The mayor of Concord, N.", "H., said the town would apply for the grant."),
        ("Rep. Lee Tran, D-S.", "C., called the vote a turning point for rural clinics."),
        ("A firm based in Providence, R.", "I., won the contract to build the plant."),
    ],
)
def test_a_state_broken_after_its_first_letter_stays_in_one_sentence(opened: str, closed: str) -> None:
    body = _body(f"{LEAD}{opened}\n\n{closed}\n")
    assert f"{opened} {closed}" in body
    assert closed not in body


@pytest.mark.parametrize(
    ("opened", "closed"),
    [
        # (no state: "N.A." is none; an initial before a new sentence; a letter with no comma or dash before)
        ("The report was written by the panel, N.", "A. Smith chaired the panel for years."),
        ("Her grade was a plain C.", "J. Moore, her tutor, disagreed with it."),
        ("The team's answer was option W.", "Va. officials did not comment on the plan."),
    ],
)
def test_a_line_ending_on_a_letter_that_makes_no_state_is_left_alone(opened: str, closed: str) -> None:
    body = _body(f"{LEAD}{opened}\n\n{closed}\n")
    assert closed in body
