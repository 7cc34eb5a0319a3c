"""Happenings kept apart that a report tells beside another: a family member speaking beside another of
the family (one surname, another given name), remarks a report says were made earlier, on another
occasion, and a death the report calls another one. All texts are our own."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from events.extract.mentions import Mention
from events.merge.clusters import _same_speaker
from tests.reports import build_reports, report_mentions

MONDAY = dt.date(2026, 3, 9)
THURSDAY = dt.date(2026, 3, 12)


def kinds(*reports: tuple[dt.date, str]) -> list[tuple[str, str, int]]:
    return [(kind, day, n) for kind, day, _end, _title, n in build_reports(*reports)]


LEAD = (
    "The novelist Maria Okonjo announced on Sunday that her late husband's papers would be sold at auction "
    "in the spring."
)


def remarks_with_no_speaker_read(sentence: str) -> tuple[Mention, Mention]:
    """The lead's remarks and `sentence`'s, whose speaker is taken as not read (a heading run into the
    sentence can hide it), so that only the name before "said" tells who spoke."""
    lead, later = report_mentions(f"{LEAD}\n\n{sentence}", MONDAY)[:2]
    return lead, replace(later, speaker="")


def test_a_son_with_his_mothers_surname_is_another_voice() -> None:
    mother, sons = remarks_with_no_speaker_read(
        "But in a statement, her sons Daniel and Peter Okonjo said the sale was rushed."
    )
    assert not _same_speaker(sons, mother)


def test_the_speaker_named_by_surname_alone_stays_one_voice() -> None:
    mother, again = remarks_with_no_speaker_read("Ms Okonjo said the sale would fund a prize for poets.")
    assert _same_speaker(again, mother)


def test_remarks_told_as_made_earlier_are_another_occasion() -> None:
    text = (
        "Harbour master Lena Holt said on Sunday that the north quay would reopen to ferries next week.\n\n"
        'She said: "The divers found no damage to the piles."\n\n'
        "Earlier, Ms Holt said that the storm had cost the port two days of cargo and that crews had "
        "worked through the night."
    )
    found = [k for k in kinds((MONDAY, text)) if k[0] == "statement"]
    assert len(found) == 2


def test_remarks_said_earlier_within_the_sentence_stay_with_the_days_remarks() -> None:
    text = (
        "Harbour master Lena Holt said on Sunday that the north quay would reopen to ferries next week.\n\n"
        'She said: "The divers found no damage to the piles."\n\n'
        "Ms Holt said earlier that the divers had checked the northern quay's piles."
    )
    found = [k for k in kinds((MONDAY, text)) if k[0] == "statement"]
    assert len(found) == 1


def test_a_death_told_as_another_one_days_later_is_its_own_event() -> None:
    first = "A mountain guide is missing and feared dead after an avalanche in the Tatra range on Sunday."
    later = (
        "Rescuers resumed the search in the Tatra range on Wednesday.\n\n"
        "Another guide, Jonas Vik, 41, of Bergen, is feared to have been killed in the avalanche."
    )
    found = [k for k in kinds((MONDAY, first), (THURSDAY, later)) if k[0] == "casualties"]
    assert len(found) == 2


def test_a_country_read_from_a_demonym_is_no_voice_of_its_ambassador() -> None:
    text = (
        "The first Dane confirmed dead in the flood was a keen sailor, his relatives said in a statement on "
        "Sunday.\n\n"
        "Anders Holm, Denmark's ambassador to Chile, said on Sunday the embassy was tracing every traveller."
    )
    found = [k for k in kinds((MONDAY, text)) if k[0] == "statement"]
    assert len(found) == 2


def test_a_country_named_as_speaking_speaks_through_its_ambassador() -> None:
    text = (
        "Denmark said on Sunday that the embassy was tracing every traveller caught by the flood.\n\n"
        "Anders Holm, Denmark's ambassador to Chile, said on Sunday the embassy was tracing every traveller."
    )
    found = [k for k in kinds((MONDAY, text)) if k[0] == "statement"]
    assert len(found) == 1
