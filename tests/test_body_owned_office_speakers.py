"""A speaker named by a body's possessive and an office ("the club's manager said"): the holder of that
body's office speaks, as "the manager of the club" does; a possessive before a thing the body has ("the
company's shares") or before a person's kin ("the boy's father") names no speaker. Every sentence is our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def mentions_of(sentence: str) -> list[tuple[str, str, str]]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 16)))
    return [(m.event_type, m.speaker, m.speaker_country) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        ("The council's leader said on Monday that parking fees would rise.", "Leader of the council", ""),
        (
            "The club's manager said on Saturday that the striker would miss the final.",
            "Manager of the club",
            "",
        ),
        (
            "The hospital's chief nurse told reporters on Tuesday that the wards were full.",
            "Chief nurse of the hospital",
            "",
        ),
        ("The bank's governor said on Monday that rates would stay on hold.", "Governor of the bank", ""),
        (
            "The company's chief executive said on Wednesday that sales had fallen.",
            "Chief executive of the company",
            "",
        ),
        ("The team's head coach said on Sunday that the squad was tired.", "Head coach of the team", ""),
        # (the body's country, when the report gives it in the body's name)
        (
            "The Kenyan port's director told reporters on Wednesday that the cranes were idle.",
            "Director of the Kenyan port",
            "KEN",
        ),
        # (after the verb it inverts)
        (
            "The lorries were held at the border on Friday, said the union's leader.",
            "Leader of the union",
            "",
        ),
    ],
)
def test_a_bodys_office_speaks(sentence: str, speaker: str, country: str) -> None:
    assert (speaker, country) in [(s, c) for _, s, c in mentions_of(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The team's defeat was confirmed on Saturday.",
        "The company's shares fell on Monday.",
        "The storm's path shifted on Tuesday.",
        "The council's decision was announced on Monday.",
    ],
)
def test_a_bodys_thing_is_no_speaker(sentence: str) -> None:
    assert all(not s for _, s, _ in mentions_of(sentence))


def test_a_persons_kin_is_no_office() -> None:
    # (a possessive before kin names a person's relative, whose words are colour; no office of a body)
    assert all(
        s != "Father of the boy"
        for _, s, _ in mentions_of("The boy's father said on Friday that he was relieved.")
    )


def test_a_name_after_the_office_still_speaks() -> None:
    found = mentions_of("The council's leader, Jo Smith, said on Saturday that fees would rise.")
    assert [s for _, s, _ in found] == ["Jo Smith"]
