"""Who spoke, and for whom (voices63): a reply's speaker is who replies, never the accuser it answers; a
letter's writer acts, not whom it is written to; "the company statement" speaks for the company heard just
before; a reaction in the simple past ("hailed", "welcomed") is a past saying whatever tense is quoted; and
"Last month the government said" is a body speaking after a time phrase with no comma. All texts are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from reports import mentions_below_lead, report_mentions

WEDNESDAY = dt.date(2027, 6, 16)

LEVY_LEAD = "The island's parliament on Tuesday passed a law that bans trawling in the northern bay.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        'Prime Minister Ana Lopes hailed the vote as a "new chapter" and thanked the deputies who "have '
        'stood by the fishermen".',
        'Governor Rui Mota welcomed the law and praised the crews who "have kept the harbour open all '
        'winter".',
    ],
)
def test_a_reaction_in_the_simple_past_stays_remarks_whatever_tense_is_quoted(sentence: str) -> None:
    found = mentions_below_lead(sentence, WEDNESDAY, LEVY_LEAD)
    assert [m.event_type for m in found] == ["statement"]


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Last month the ministry said that most of the fund would go to new schools.", 5),
        ("In April the agency warned that the bay's stocks were at their lowest in a decade.", 4),
    ],
)
def test_a_body_speaking_after_a_time_phrase_without_a_comma_is_dated_by_it(
    sentence: str, month: int
) -> None:
    found = mentions_below_lead(sentence, WEDNESDAY, LEVY_LEAD)
    assert [(m.event_type, m.date_start.month) for m in found] == [("statement", month)]


def test_the_company_statement_speaks_for_the_company_heard_just_before() -> None:
    found = report_mentions(
        "Norship moves routes after island levy\n\n"
        "Norship said on Wednesday it would move two of its ferry routes to a rival port.\n\n"
        "The company statement said the tax office had cleared it of any wrongdoing.\n",
        WEDNESDAY,
    )
    statement = next(m for m in found if "tax office" in m.sentence.text)
    assert statement.speaker == "Norship"


def test_whom_a_letter_is_written_to_is_no_actor() -> None:
    found = report_mentions(
        "Town asks for delay to trawling ban\n\n"
        "In a letter to Fisheries Minister Paul Berger, the mayor of Lanford, Ann Kerr, asked on Tuesday for "
        "the ban to start six months later.\n",
        WEDNESDAY,
    )
    letter = next(m for m in found if "letter" in m.sentence.text)
    assert "Paul Berger" not in letter.actors


DOCKS_REPORT = (
    "Ministry defends port levy figures\n\n"
    "The transport ministry said on Tuesday it had published every figure on the new port levy.\n\n"
    "Opposition leader Mark Dell accused the ministry of hiding the cost of the levy from shippers.\n\n"
    "A ministry spokeswoman called Dell's charge baseless.\n\n"
    '"We have nothing to hide," the spokeswoman said of Dell\'s claims, adding that an audit was under way.\n'
)


@pytest.mark.parametrize("words", ["called Dell's charge", "said of Dell's claims"])
def test_a_reply_is_not_the_accusers_and_is_no_claim(words: str) -> None:
    reply = next(m for m in report_mentions(DOCKS_REPORT, WEDNESDAY) if words in m.sentence.text)
    assert reply.speaker != "Mark Dell"
    assert "Mark Dell" not in reply.actors
    assert reply.event_type in ("statement", "denial")


def test_the_statement_far_below_speaks_for_the_one_body_that_put_one_out() -> None:
    filler = "".join(
        f"Ferry crews on route {n} reported calm seas and full decks through the morning crossing.\n\n"
        for n in range(1, 9)
    )
    found = report_mentions(
        "Island names new harbour master\n\n"
        '"Tom Vale knows every berth in the harbour," the Marlow Harbour Board said in a statement on '
        "Tuesday.\n\n" + filler + "He will keep his seat on the pilots' board, the statement said.\n",
        WEDNESDAY,
    )
    later = next(m for m in found if "pilots' board" in m.sentence.text)
    assert later.speaker == "Marlow Harbour Board"
    assert "The statement" not in later.actors
