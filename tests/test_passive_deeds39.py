"""A deed told in the passive with the one who did it after "by" (issue 7, recall): the same act as the
active "The council rejected the motion", turned round to put the thing done first. Every sentence is our
own."""

from __future__ import annotations

import datetime as dt

from events.extract.acts import past_deed
from events.extract.entities import Entity
from events.extract.mentions import Mention
from tests.reports import body_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def mentions_of(sentence: str) -> list[Mention]:
    return body_mentions(sentence, THU)


def test_a_deed_done_by_a_body_or_an_office_holder_in_the_passive_is_the_days_news() -> None:
    for sentence in (
        "The revised offer was accepted by the transport minister as a first step.",
        "The second recorder was recovered by navy divers from the wreck of the plane.",
        "The shelter in the old stadium was reopened by the city council for a second night.",
    ):
        found = mentions_of(sentence)
        assert [m.date_start for m in found] == [THU], sentence


def test_guard_a_passive_with_no_actor_after_by_or_a_standing_relation_is_no_deed() -> None:
    assert past_deed("The driver was hit by a bus on the bridge.", []) is None
    assert past_deed("The firm was founded by two brothers from the valley.", []) is None
    assert past_deed("The ferry was owned by a shipping company in the south.", []) is None
    # who was done to is a pronoun: the title would open on "He"
    assert past_deed("He was handed a fine by the court.", []) is None


def test_the_passive_deed_keeps_the_whole_clause_for_its_title() -> None:
    text = "The motion to shut the port was rejected by the regional council after a long debate."
    assert past_deed(text, []) == text


def _named(text: str, words: str, kind: str = "actor") -> Entity:
    start = text.index(words)
    return Entity(kind, words, "", start, start + len(words), words)


def test_a_feeling_a_thing_of_the_actor_s_or_a_describing_participle_is_no_deed() -> None:
    outraged = "Dock workers were outraged by Norcargo's decision to close the quay."
    assert past_deed(outraged, [_named(outraged, "Norcargo")]) is None
    bought = "The vaccines were purchased by Norcargo's predecessor, Tom Ley, at a cost of $1m."
    assert past_deed(bought, [_named(bought, "Norcargo")]) is None
    # "launched" before "by" and who did it describes the subject; the main verb comes after
    drafted = "The Norcargo relief plan launched by Senator Ana Roe was drafted with the farm lobby in mind."
    assert past_deed(drafted, [_named(drafted, "Norcargo")]) is None
    done = "The relief plan was rejected by Norcargo after a long debate."
    assert past_deed(done, [_named(done, "Norcargo")]) == done


def test_a_past_step_told_with_how_the_thing_stands_now_is_no_deed() -> None:
    for sentence in (
        "The arena was rebuilt by the county council and now holds 25,000 people.",
        "The library was opened by the king and still has its first reading room.",
    ):
        assert mentions_of(sentence) == [], sentence
