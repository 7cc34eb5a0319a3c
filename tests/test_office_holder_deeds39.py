"""A deed told in the simple past by someone named by their office alone (issue 7, recall): "The mayor
closed the bridges" reports an act as "Crews removed the barriers" does; steps of a life ("The governor
studied law") tell who someone is. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.acts import past_deed
from events.extract.mentions import Mention
from tests.reports import body_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def mentions_of(sentence: str) -> list[Mention]:
    return body_mentions(sentence, THU)


def test_a_deed_of_an_office_holder_named_by_the_office_is_the_days_news() -> None:
    for sentence in (
        "The mayor closed the riverside park and the two bridges over the canal.",
        "The regional governor cancelled the festival planned for the harbour.",
        "Its chief executive sold half of his shares in the shipping line.",
    ):
        found = mentions_of(sentence)
        assert [m.date_start for m in found] == [THU], sentence


def test_guard_steps_of_a_life_are_no_deed_of_the_day() -> None:
    for sentence in (
        "The president grew up in a small fishing town on the southern coast.",
        "The governor studied law in the capital before entering politics.",
        "The new minister served two terms in the upper house of parliament.",
    ):
        assert mentions_of(sentence) == [], sentence
    assert past_deed("Ana Roe graduated from the military academy.", []) is None


def test_a_deed_denied_by_its_subject_words_echoed_or_a_lease_held_are_no_deed() -> None:
    assert past_deed("Neither the mayor nor the port authority gave an estimate of the damage.", []) is None
    assert past_deed("No official from the port authority attended the ceremony.", []) is None
    assert past_deed("The port authority echoed those remarks.", []) is None
    assert past_deed("The port authority leased the dredger from a firm in the north.", []) is None


def test_a_courtesy_of_an_office_holder_is_no_deed_of_the_day() -> None:
    for sentence in (
        "The governor, who was joined by her husband, thanked the volunteers at the shelter.",
        "The prime minister congratulated the rowing crew on its win.",
    ):
        assert mentions_of(sentence) == [], sentence
