"""Remarks against acts (acts26): a speaker who announces its own act to come ("said it would sell its
regional arm") or tells what its own people have done ("said its engineers had replaced the valve") reports
an act, typed as the act; words, views, efforts, forecasts and pledges to come stay the speaker's remarks.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.acts import own_deed_ahead, own_people_act
from events.extract.mentions import Mention
from events.extract.speakers import speech_in
from events.schema import SPEECH_EVENT_TYPES
from tests.reports import FLOOD_LEAD, mentions_below_lead

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
LEAD = FLOOD_LEAD


def mentions_of(sentence: str) -> list[Mention]:
    return mentions_below_lead(sentence, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norvik Power said on Tuesday it would sell its regional grid business to a rival for $2 billion.",
        "Halden Bank said it would cancel the dividend it had declared for the first quarter.",
        "The Velora Water Board said it would release $10 million from its reserve fund for repairs.",
        "Tarsk Airways says it will carry 40 tonnes of tents and blankets to the province.",
    ],
)
def test_an_own_act_announced_is_the_act(sentence: str) -> None:
    found = mentions_of(sentence)
    assert found, sentence
    assert all(m.event_type not in SPEECH_EVENT_TYPES for m in found), [m.event_type for m in found]


@pytest.mark.parametrize(
    "sentence",
    [
        # words, efforts and processes to come
        "Norvik Power said it would raise its concerns with the regulator at a meeting next month.",
        "Halden Bank said it would co-operate fully with the inquiry into the floods.",
        "Judge Anna Berg said she would decide by Friday whether to lift the order.",
        # a figure foreseen, a pledge to pay all that is owed, an act denied
        "Norvik Power said it would cost about $2 billion to rebuild the lines.",
        "Halden Bank said it will pay all legitimate claims from customers who lost their savings.",
        "Norvik Power said it would not sell the plant to any foreign buyer.",
    ],
)
def test_words_views_and_pledges_to_come_stay_remarks(sentence: str) -> None:
    # (a dated act ahead, "at a meeting next month", is a planned mention of its own beside the remarks)
    found = mentions_of(sentence)
    assert any(m.event_type in SPEECH_EVENT_TYPES for m in found), [m.event_type for m in found]


def test_the_announcement_titles_the_act_with_who_made_it_known() -> None:
    (mention,) = mentions_of(
        "Norvik Power said on Tuesday it would sell its regional grid business for $2 billion."
    )
    assert mention.event_type == "other"
    assert mention.clause.startswith("Norvik Power says it would sell its regional grid business")
    assert mention.date_start == dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "Velora Water said its engineers had replaced the broken valve at the pumping station.",
        "Professor Ana Lund said her team had located a second plume of oil near the coast.",
        "The Red Cross said on Tuesday its volunteers had distributed 3,000 food parcels in the province.",
    ],
)
def test_what_the_speakers_own_people_did_is_the_act(sentence: str) -> None:
    found = mentions_of(sentence)
    assert found, sentence
    assert all(m.event_type not in SPEECH_EVENT_TYPES for m in found), [m.event_type for m in found]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The agency said its engineers had replaced the valve.", "its engineers had replaced"),
        ("A geologist said his crew had located another plume.", "his crew had located"),
        ("The union said on Monday its members have voted to strike.", "its members have voted"),
        # a count, words said, a measure of change, what was not done
        ("The agency said its labs have confirmed 12,954 infections.", None),
        ("The firm said its staff had been told to wait.", None),
        ("The firm said its costs had risen sharply.", None),
        ("He said his team had not finished the work.", None),
    ],
)
def test_own_people_act_reads_the_words_after_the_saying(sentence: str, told: str | None) -> None:
    said = speech_in(sentence)
    assert said is not None
    found = own_people_act(sentence, said.end())
    assert (found is None) is (told is None)
    assert found is None or told is None or found.group().endswith(told)


@pytest.mark.parametrize(
    ("sentence", "announced"),
    [
        ("The carrier said it would sell its regional arm.", True),
        ("The ministry announced on Monday that it will close the border crossing.", True),
        ("The carrier said it would review its options.", False),
        ("The carrier said it would cost $2 billion.", False),
        ("The carrier said it will pay all claims.", False),
        ("The carrier said it will honour legitimate claims.", False),
        ("The carrier said it would attempt to drill two wells.", False),
        ("The carrier said that it would now be able to fly again.", False),
        ("Officials said they will move cautiously before approving leases.", False),
        # an argument or a warning about what one will do is no announcement
        ("The carrier warned it would cut flights.", False),
    ],
)
def test_own_deed_ahead_tells_an_announcement_from_remarks(sentence: str, announced: bool) -> None:
    said = speech_in(sentence)
    assert said is not None
    assert (own_deed_ahead(sentence, said) is not None) is announced


def test_an_act_ahead_with_its_own_date_keeps_its_announcement_apart() -> None:
    # ("said on Tuesday it would hold a public meeting on 29 July": the announcement of the day and the
    # meeting planned at its own date, two mentions)
    found = mentions_of(
        "Norvik Power announced on Tuesday it would hold a public meeting on 29 July in Tarsk."
    )
    kinds = sorted((m.event_type in SPEECH_EVENT_TYPES, m.date_start) for m in found)
    assert kinds == [(False, dt.date(2026, 7, 29)), (True, dt.date(2026, 5, 12))]
