"""Remarks that answer the day's news and acts told beside a relative clause of saying (voices62): a quoted
word after a verb of saying in the past does not make the saying present, so a spokesman's undated reply
stays an event; "opened a hotline in June that officials said would cut queues" tells the act, and the
saying only describes the hotline. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import mentions_below_lead

from events.extract.background import speaks_in_the_present
from events.extract.corpus import split_sentences
from events.extract.speakers import speech_in

THURSDAY = dt.date(2027, 5, 13)

COUNCIL_LEAD = "The city council was accused on Wednesday of hiding the cost of the new tram line.\n\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # the saying is past; "claims" and "says" after it are in what was said
        ('A council spokesman said the claims were "misleading" and that the budget was public.', False),
        ('A council spokesman said the report "says nothing new" about the budget.', False),
        # a present saying stays present, quoted words or not
        ('The council says the claims are "misleading".', True),
        ("The council says the budget is public.", True),
        # a quotation keeps the speaker's own present: a view, as before
        ('Jane Roe, who says she "never saw the figures", said the budget was public.', True),
    ],
)
def test_the_sayings_own_verb_tells_its_tense_whatever_is_quoted(text: str, present: bool) -> None:
    assert speaks_in_the_present(text, speech_in(text)) is present


def test_a_spokesmans_undated_reply_to_the_days_charge_is_an_event() -> None:
    found = mentions_below_lead(
        'A council spokesman said the claims were "misleading" and that the budget had always been public.',
        THURSDAY,
        COUNCIL_LEAD,
    )
    assert [m.event_type for m in found] in (["statement"], ["denial"])


@pytest.mark.parametrize(
    "text",
    [
        "The council opened a hotline in June that officials said would cut queues at the town hall.",
        "The port started a night shift in mid-April that managers said they hope will clear the backlog.",
        "The ministry set up a fund last year which aides said could pay for new classrooms.",
    ],
)
def test_a_saying_in_a_relative_clause_leaves_the_main_clause_its_act(text: str) -> None:
    assert speech_in(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the saying is the sentence's own
        "Officials said the hotline would cut queues at the town hall.",
        "The mayor said that officials would review the queues in June.",
        # ("that" opens what was said, whose subject is named)
        "Officials said that the council would open a hotline in June.",
    ],
)
def test_a_saying_of_the_sentences_own_is_kept(text: str) -> None:
    speech = speech_in(text)
    assert speech is not None and speech.group() == "said"


def test_the_act_before_a_relative_clause_of_saying_is_dated_by_its_own_month() -> None:
    found = mentions_below_lead(
        "The council opened a hotline in June that officials said would cut queues at the town hall.",
        THURSDAY,
        COUNCIL_LEAD,
    )
    assert [m.date_start.month for m in found] == [6]


@pytest.mark.parametrize(
    "text",
    [
        # a quotation left open runs to the sentence's end: the present words are the speaker's own
        'A volunteer told the radio station: "Nobody can say how long the water will stay but I think it is'
        " falling.",
        # a quotation closed with no opening: the sentence is its tail
        'The fares, they say, are too high," said Jane Roe, who runs a group that says it speaks for riders.',
    ],
)
def test_an_unbalanced_quotation_keeps_the_present_of_what_is_quoted(text: str) -> None:
    assert speaks_in_the_present(text, speech_in(text)) is True


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a quotation closed after a letter and its stop ends the sentence
        (
            'Vets said the strain "shows the part pigs play in influenza A." The outbreak began in May.',
            2,
        ),
        ('The mayor called the ferry "our plan B." Officials agreed on Monday.', 2),
        # an initial or a title with no quotation closed after it does not
        ("The talks were led by John F. Kennedy Jr. and ended on Monday.", 1),
        ("He met Gen. Roe and Mr. Hale in the U.S. Senate on Monday.", 1),
    ],
)
def test_a_quotation_closed_after_an_initial_ends_the_sentence(text: str, sentences: int) -> None:
    assert len(list(split_sentences(text))) == sentences
