"""An act told first and its teller named after it ("..., the Water Board said.") is the act, not the
teller's remarks, so it stays apart from what the teller said that day (branch merged24). All texts are
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_mentions, build_monday_reports

THURSDAY = dt.date(2026, 3, 12)


def _types(sentence: str) -> list[str]:
    return [m.event_type for m in body_mentions(sentence, THURSDAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pumping station at Harrow Bridge was closed for repairs, the Water Board said.",
        "As a precaution, the regional crisis room has been opened and is working closely with the capital, "
        "Ms Lund said.",
        "The price of the company's bonds widened by 71 basis points, Water Board adviser Ana Lund said.",
    ],
)
def test_an_act_told_before_its_teller_is_the_act(sentence: str) -> None:
    assert _types(sentence) == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a finding, a standing position, what may be, and the teller's own quoted words stay remarks
        "Tests have shown that the plume travelled 40 miles, the Water Board said.",
        "The company is committed to paying all claims, Ms Lund said.",
        "The pumping station could be closed for repairs, the Water Board said.",
        '"The pumping station was closed for repairs," the Water Board said.',
        # an explanation, its participle after an adverb, and a view the teller gave on a day
        "The fever, commonly referred to as river fever, is carried by mosquitoes, the Water Board said.",
        "The new rules on permits posed uncertainties for years, the Water Board said on Tuesday.",
    ],
)
def test_a_finding_a_view_or_a_quotation_before_the_teller_stays_remarks(sentence: str) -> None:
    assert _types(sentence) == ["statement"]


def test_the_act_stays_apart_from_the_tellers_remarks_of_the_day() -> None:
    found = build_monday_reports(
        "The Water Board said on Sunday that the pipes under the river were safe.\n\n"
        "The pumping station at Harrow Bridge was closed for repairs, the Water Board said."
    )
    assert sorted(kind for kind, _day, _n in found) == ["other", "statement"]
