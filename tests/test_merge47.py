"""merge47: a measure's government asked of every report of the happening, and remarks a report dates only
by the same speaker's remarks above joined to them (`same_happening`). All texts are our own."""

from __future__ import annotations

import datetime as dt

from reports import report_mentions

from events.extract.mentions import Mention
from events.merge.clusters import Cluster, same_happening

SATURDAY = dt.date(2026, 3, 14)


def _first(text: str, name: str) -> Mention:
    return report_mentions(text, SATURDAY, name=name)[0]


def test_a_measure_naming_no_government_lets_only_its_governments_measure_join() -> None:
    # the best dated report names no government; Kenya's closing joins it, and then Uganda's closing of the
    # same day (which names Kenya as the border it closed along) is another government's measure
    unnamed = _first(
        "Schools were closed on Saturday to stop the spread of the cattle grivosis, officials said.", "a.txt"
    )
    kenya = _first("Kenya on Saturday closed all schools to stop the spread of the cattle grivosis.", "b.txt")
    uganda = _first(
        "Uganda on Saturday closed all schools along its border with Kenya to stop the spread of the cattle "
        "grivosis.",
        "c.txt",
    )
    happening = Cluster([unnamed])
    assert same_happening(kenya, happening)
    happening.add(kenya)
    assert not same_happening(uganda, happening)


def test_the_same_governments_measure_still_joins() -> None:
    unnamed = _first(
        "Schools were closed on Saturday to stop the spread of the cattle grivosis, officials said.", "a.txt"
    )
    kenya = _first("Kenya on Saturday closed all schools to stop the spread of the cattle grivosis.", "b.txt")
    again = _first("Kenyan authorities on Saturday closed all schools, citing the cattle grivosis.", "c.txt")
    happening = Cluster([unnamed, kenya])
    assert same_happening(again, happening)


HEARING = (
    "The port authority faced fresh criticism on Wednesday after two cranes collapsed at the container "
    "terminal.\n\n"
    "In his first appearance before the transport committee on Wednesday, Hal Corvin, the new head of the "
    "port authority, told senators he was setting up an inspection unit.\n\n"
    "Corvin promised a new team would examine the links between inspectors and the shipping lines.\n\n"
    "Senators gave the authority a harsh review of its record.\n"
)


def _mention(found: list[Mention], words: str) -> Mention:
    chosen = [m for m in found if m.sentence.text.startswith(words)]
    assert chosen, words
    return chosen[0]


def test_remarks_dated_by_the_speakers_remarks_above_join_them() -> None:
    found = report_mentions(HEARING, dt.date(2026, 3, 12))
    told = _mention(found, "In his first appearance")
    promised = _mention(found, "Corvin promised")
    assert same_happening(promised, Cluster([told]))


def test_remarks_of_their_own_day_are_not_joined_by_the_rule() -> None:
    text = (
        "Coach Pavel Dvorak told reporters on Monday he would name a young squad.\n\n"
        "Dvorak said on Thursday that the veteran strikers would be rested.\n"
    )
    found = report_mentions(text, dt.date(2026, 3, 13))
    monday = _mention(found, "Coach Pavel Dvorak")
    thursday = _mention(found, "Dvorak said on Thursday")
    assert not same_happening(thursday, Cluster([monday]))


def test_remarks_another_speaker_makes_after_a_ruling_stay_apart() -> None:
    text = (
        "Judge Marta Soares on Tuesday refused bail to the former bank chairman accused of fraud.\n\n"
        "Defence lawyer Rui Matos said the ruling would be appealed.\n"
    )
    found = report_mentions(text, dt.date(2026, 3, 11))
    ruling = _mention(found, "Judge Marta Soares")
    appeal = _mention(found, "Defence lawyer")
    assert not same_happening(appeal, Cluster([ruling]))
