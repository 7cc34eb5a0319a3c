"""Experts and analysts quoted for comment in the forms a report also names them: a professor's title before
the name with the chair or the university after it, an apposition that runs to the verb with no comma, the
firm and the role before the name, the firm after it. Their view is commentary (tests/data/DEV_SET.md,
"Conventions for disputed classes", a); an office in a body makes them a party. Every sentence here is our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import mentions_below_lead

MAY_2026 = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Ana Roe, chair in hydrology at Kestrel University, says the river will keep rising.",
        "Professor Tom Hale of Kestrel College said the dam could fail within weeks.",
        'Tom Hale, an expert in dam safety at Kestrel University said: "The wall was never built for this."',
        '"The carmaker can absorb the fine," said Crescent Capital analyst Omar Haddad.',
        "Steel analyst Omar Haddad, of Haddad Research, said the carmaker came out of the hearing well.",
    ],
)
def test_an_expert_or_analyst_quoted_for_comment_makes_no_event(sentence: str) -> None:
    assert mentions_below_lead(sentence, MAY_2026) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an office in a government or in the body that acts in the story: a party speaks
        "Professor Ana Roe, the health minister, said on Monday that schools in the valley would close.",
        "Professor Tom Hale, director of the Kestrel Institute of Hydrology, said the dam shut on Monday.",
    ],
)
def test_a_professor_who_holds_an_office_speaks_for_a_party(sentence: str) -> None:
    assert mentions_below_lead(sentence, MAY_2026) != []


def test_a_journalist_named_in_what_a_court_said_is_news_of_him() -> None:
    sentence = "A court in the capital said editor Tom Hale had been convicted of libel on Monday."
    assert mentions_below_lead(sentence, MAY_2026) != []
