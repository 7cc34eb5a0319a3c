"""Colour is not a happening: a bystander's quoted wish, longing or one-word verdict on the story, and a
scholar's undated guess at what could be, give no event; an official's words, a finding of the scholar's own
work and a guess given on a day the report names are still news. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import quoted_opinion_only, scholars_guess
from tests.reports import mentions_below_lead

FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I wish the whole valley could see this," said Marta Quell from Ridgeton, Ohio.',
        '"It is heartbreaking to watch the harbour like this," added Paul Brenner.',
        '"I am here for the families because I grew up with them," said Rosa Lind, a nurse.',
        '"I miss the old pier so much," said Jonah Pike, 34.',
        '"It\'s freaking wonderful," a fisherman from Low Marsh told the paper.',
        '"I always wanted to thank him but now I never will," said Sekou Arden, another fan.',
    ],
)
def test_quoted_wish_or_verdict_of_a_bystander_is_no_happening(sentence: str) -> None:
    assert quoted_opinion_only(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an official's or an executive's words are their side's
        '"It is a tragedy for the whole region," the governor said.',
        '"I love this city and I will rebuild the pier," the mayor said.',
        '"I wish the council had acted sooner," said Tom Reed from the housing ministry.',
        # a pronoun may stand for anyone the report has named
        '"It is terrible," he said.',
        # what a witness saw befall is news
        '"We saw the pier collapse into the water," said Marta Quell from Ridgeton.',
    ],
)
def test_official_or_witnessed_quotation_stays(sentence: str) -> None:
    assert not quoted_opinion_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"The smoke might drift as far as the coast," said Ruth Kemp, head of the earth sciences department at'
        " Marlow University.",
        "Clearing the roads could take weeks, said Tom Hale, co-director of the Flood Research Centre at Norland"
        " College.",
        '"If the wind turns, the ash may settle on the farms," Ines Varga of the Ostrand Institute said.',
    ],
)
def test_scholars_undated_guess_is_no_happening(sentence: str) -> None:
    assert scholars_guess(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a finding of the scholar's own work
        '"Our samples showed the water could be unsafe," said Tom Hale of Norland College.',
        # a guess given on a day the report names
        '"It could take months," said Tom Hale of Norland College on Thursday.',
        # an office-holder's guess or decision
        '"The bridge could reopen on Monday," the transport minister said.',
        "The university will close its campus for a week, said Ana Roe, a spokeswoman for Kestrel University.",
    ],
)
def test_finding_dated_guess_or_decision_stays(sentence: str) -> None:
    assert not scholars_guess(sentence)
