"""Happenings that news prose tells with words no trigger knew (missed46): a rescue told as people found
alive, a market's move told without its figure or after an aside, the hurt counted by a bare participle,
a spill told by what escaped, and verbs that put a position on the record ("repeated that", "made it clear
that", "sought to reassure ... that"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.triggers import TRIGGERS, possible_families
from tests.reports import body_kinds, families_in, said_in

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
TUESDAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two climbers were found alive on the ridge on Tuesday.",
        "A boy has been found alive in the rubble of the school.",
        "Four fishermen were later located alive on an islet.",
    ],
)
def test_people_found_alive_are_a_rescue(sentence: str) -> None:
    assert "rescue" in families_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers hope more people could be found alive.",
        "Two hikers were found dead on the ridge.",
    ],
)
def test_hope_or_the_dead_found_is_no_rescue(sentence: str) -> None:
    assert "rescue" not in families_in(sentence)


def test_a_rescue_found_alive_is_an_event_of_its_day() -> None:
    assert body_kinds("Two miners were found alive under the rubble on Tuesday.", PUBLISHED) == [
        ("other", TUESDAY)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bank shares have continued to slide in trading on the Frankfurt exchange.",
        "Shares of the airline fell sharply on Tuesday after the strike was called.",
        "Shares in the carmaker, the parent of two truck brands, shed 14 percent, while a rival lost 6%.",
    ],
)
def test_a_market_move_without_its_figure_or_after_an_aside(sentence: str) -> None:
    assert "market" in families_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices rose.",
        "The fall in shares continued for a week, as traders had feared.",
        "Shares in the port, which handles grain, are owned by the state.",
    ],
)
def test_no_market_move_is_read_in_a_plain_rise_or_a_state(sentence: str) -> None:
    assert "market" not in families_in(sentence)


def test_the_hurt_counted_by_a_bare_participle() -> None:
    sentence = "Most of the crew were brought ashore, including nine taken to hospital."
    assert "casualties" in families_in(sentence)
    assert body_kinds(sentence, PUBLISHED) == [("casualties", PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The agency repeated that it saw no need for travel limits.", "repeated"),
        ("The minister repeated on Tuesday her call for calm.", "repeated"),
        ("The governor made it clear that no tax would rise.", "made it clear"),
        ("Union leaders are making it clear they will not sign.", "making it clear"),
        ("The premier sought to reassure farmers that the subsidy would stay.", "sought to reassure"),
        (
            "Officials suggested in a late-night briefing for local reporters that the levee could hold.",
            "suggested",
        ),
    ],
)
def test_a_position_put_on_the_record(sentence: str, verb: str) -> None:
    assert verb in said_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers repeated the test twice.",
        "The board made it clear enough.",
    ],
)
def test_no_position_in_a_repeated_act_or_a_relative_clause(sentence: str) -> None:
    assert not {"repeated", "made it clear"} & set(said_in(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The refinery leaked 40,000 gallons of diesel into the estuary in 2019.",
        "A tanker spilled about 3,000 tonnes of crude off the cape.",
    ],
)
def test_a_spill_told_by_what_escaped(sentence: str) -> None:
    assert "disaster" in families_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The broken main has leaked 2 million litres of sewage so far.",
        # a disaster told before, measured by what it spilled, is no new spill
        "The freighter ran aground in 1998 and spilled 9,000 tonnes of fuel into the bay.",
    ],
)
def test_a_spill_total_to_date_or_a_measured_disaster_is_no_new_spill(sentence: str) -> None:
    assert not [
        m
        for t in TRIGGERS
        for m in t.finditer(sentence, possible_families(sentence.lower()))
        if "spilled" in m.group() or "leaked" in m.group()
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government pledged $6m in aid to the villages hit by the cyclone.",
        "Norway gave 40 million kroner to help the flood victims.",
        "The bank donated £2m (about $2.5m) for the relief effort.",
    ],
)
def test_money_pledged_for_relief_is_an_act(sentence: str) -> None:
    assert "other" in families_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister pledged to rebuild the bridge.",
        "The firm promised $2 in dividends.",
    ],
)
def test_a_pledge_of_words_or_of_dividends_is_no_relief(sentence: str) -> None:
    assert "other" not in families_in(sentence)


def test_aid_pledged_today_is_an_act_of_the_day() -> None:
    assert body_kinds("The government today pledged $6m in aid to help the flooded towns.", PUBLISHED) == [
        ("other", PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The ministry on Tuesday said it had no record of the letter.", TUESDAY),
        ("The health ministry today said it was ready to answer the auditors.", PUBLISHED),
    ],
)
def test_a_body_speaks_with_the_day_before_its_verb(sentence: str, day: dt.date) -> None:
    assert body_kinds(sentence, PUBLISHED) == [("statement", day)]


def test_a_position_repeated_is_a_statement() -> None:
    assert body_kinds("The agency repeated that it saw no need for travel limits.", PUBLISHED) == [
        ("statement", PUBLISHED)
    ]
