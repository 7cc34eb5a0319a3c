"""Who said it, second round: a full name after an inverted "said" speaks even when a body or a country is
named in what was said, a "told" with no listener is a passive, and "he" or "she" is never a country."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.mentions import Mention
from tests.reports import report_mentions


def mentions_of(text: str) -> list[Mention]:
    return report_mentions(text, dt.date(2026, 5, 12))


@pytest.mark.parametrize(
    "sentence",
    [
        # a country named in what was said is no speaker; the title before the name is no part of it
        "Instead, 40 ferries registered in Greece had crews from abroad, said Mayor Piet Mabuza.",
        "Instead, 40 ferries registered in Greece had crews from abroad, said Mayor Piet Mabuza, who runs "
        "the port.",
        # a "told" with no listener after it is a passive joined to the verb before, nobody's saying
        "Ferry crews hired by Toyota were sent home and told they would not sail again this week, said Piet "
        "Mabuza, head of the harbour association.",
    ],
)
def test_the_name_after_an_inverted_said_speaks(sentence: str) -> None:
    assert [m.speaker for m in mentions_of(sentence)] == ["Piet Mabuza"]


def test_a_possessive_after_an_inverted_said_names_an_office_not_a_person() -> None:
    assert [m.speaker for m in mentions_of("Two people died in the floods, said Peru's leader.")] == [
        "Peru's leader"
    ]


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_pronoun_that_speaks_is_never_the_country_heard_before(pronoun: str) -> None:
    text = (
        "Ms Ana Berg, a nurse, reached the flooded town on Monday. Peru said on Tuesday that 40 people had "
        f'died in the floods. "The dam burst on Sunday and swept away the bridge," {pronoun} added.'
    )
    quoted = [m for m in mentions_of(text) if m.sentence.text.startswith('"The dam')]
    assert all(m.speaker != "Peru" for m in quoted)


def test_the_country_still_speaks_for_itself() -> None:
    assert [
        m.speaker for m in mentions_of("Peru said on Tuesday that 40 people had died in the floods.")
    ] == ["Peru"]


def test_a_company_voice_closing_the_sentence_is_the_firm_that_opens_it() -> None:
    text = (
        "Nordmine Plc said on Monday it would appeal. Nordmine Plc is still reviewing the findings, a "
        "company spokeswoman said on Tuesday."
    )
    assert [m.speaker for m in mentions_of(text)] == ["Nordmine Plc", "Nordmine Plc"]


def test_a_company_voice_after_a_firm_named_inside_what_was_said_names_no_firm() -> None:
    # (only the firm that opens the sentence is its subject; one named later is what was said about)
    text = "The fine will cost Nordmine Plc about 2 billion dollars, a company spokesman said on Tuesday."
    assert "Nordmine Plc" not in [m.speaker for m in mentions_of(text)]
