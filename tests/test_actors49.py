"""Who speaks and which country (issue 7): a person named by a charge a participle tells ("the official
running the Kenyan census") speaks, not the country in the charge, when the charge is short and no trip; a
demonym of a person's forebears ("of Indian descent") makes no country a party; a country's possessive
("Brazil's Amazon", "Japan's Toyota") still sets a report's country; a place opening a body's name stands
alone as the place. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import article_country, load_gazetteer
from events.extract.mentions import extract_mentions
from events.extract.speakers import find_speaker, speech_in


def countries_of(sentence: str) -> set[str]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return {code for m in extract_mentions(article, load_gazetteer()) for code in m.countries}


def speaker_of(sentence: str) -> str:
    gazetteer = load_gazetteer()
    return find_speaker(sentence, speech_in(sentence), gazetteer.find(sentence), ("", ""))[0]


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        (
            "The official supervising the Ghanaian cocoa harvest said on Friday that yields were low.",
            "Official supervising the Ghanaian cocoa harvest",
            "GHA",
        ),
        (
            "The engineer leading the Chilean rescue said on Monday that the miners were safe.",
            "Engineer leading the Chilean rescue",
            "CHL",
        ),
        (
            "The official running the Kenyan census said on Tuesday that counting had finished.",
            "Official running the Kenyan census",
            "KEN",
        ),
    ],
)
def test_one_who_runs_a_countrys_charge_speaks(sentence: str, speaker: str, country: str) -> None:
    assert speaker_of(sentence) == speaker
    assert countries_of(sentence) == {country}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The official in charge of the national assembly said on Monday that the vote would go ahead.",
            "Official in charge of the national assembly",
        ),
        (
            "The official overseeing the water supply said on Monday that reservoirs were half full.",
            "Official overseeing the water supply",
        ),
        (
            "The engineer responsible for the city's electricity supply said on Tuesday that power would "
            "return by Friday.",
            "Engineer responsible for the city's electricity supply",
        ),
        (
            "The official overseeing the Olympic torch rally said on Monday that the route had changed.",
            "Official overseeing the Olympic torch rally",
        ),
    ],
)
def test_a_charge_ending_in_ly_is_whole(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # (a charge of more than five words would fill the title and push out the news)
        "The police officer leading the investigation into the killing of a French tourist in Morocco said "
        "on Sunday that two men had been arrested.",
        "Searchers found the wreckage of the helicopter on Tuesday, said the commander leading the "
        "Indonesian and Malaysian search teams in the Java Sea.",
        # (a participle of travel is no charge)
        "The Greek minister heading to Brussels for the talks said on Monday that a deal was close.",
        "The candidate running for mayor said on Monday that taxes would fall.",
    ],
)
def test_a_long_charge_or_a_trip_names_no_speaker(sentence: str) -> None:
    assert not any(word in speaker_of(sentence) for word in ("leading", "heading", "running"))


def test_a_countrys_own_body_still_speaks() -> None:
    assert speaker_of("A spokesman for the British embassy said on Friday that the office would close.") == (
        "British embassy"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Rahul Mehta, a London surgeon of Indian ancestry, was arrested on Tuesday in Manchester.",
        "The striker, who is of Nigerian descent, scored twice on Saturday in Madrid.",
        "A Chicago nurse of Irish and Polish heritage won the lottery on Monday.",
    ],
)
def test_a_persons_forebears_are_no_country(sentence: str) -> None:
    assert not countries_of(sentence) & {"IND", "NGA", "IRL", "POL"}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Indian troops crossed the border on Tuesday.", "IND"),
        ("A fire damaged a Cambodian heritage site on Monday, officials said.", "KHM"),
        (
            "French heritage minister Ana Roe said on Monday that the cathedral roof would be rebuilt "
            "within five years.",
            "FRA",
        ),
        ("Peruvian heritage officials closed the ruins to visitors on Tuesday after a landslide.", "PER"),
    ],
)
def test_a_demonym_not_after_of_keeps_its_country(sentence: str, country: str) -> None:
    assert country in countries_of(sentence)


def _report_country(text: str) -> str:
    return article_country(text, load_gazetteer().find(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Brazil's Amazon lost 4,600 square kilometres of forest in the year to July, the space research "
            "institute said on Thursday.\n\nBrazil's Amazon states have promised to hire more forest guards."
            "\n\nLoggers cleared most of the land for cattle, officials said on Friday.",
            "BRA",
        ),
        (
            "Iraq's Oil Minister Karim Salih said on Sunday that crude exports rose in March.\n\nIraq's Oil "
            "Minister added that output at southern fields would reach 3 million barrels.\n\nRepairs to the "
            "northern pipeline were finished last week, the ministry said.",
            "IRQ",
        ),
        (
            "Floods swept through Ireland's Co Kerry on Monday.\n\nIreland's Co Clare was also hit.\n\n"
            "The army was sent in on Tuesday to help with sandbags.",
            "IRL",
        ),
        (
            "Canada's Oil Sands produced 1.8 million barrels a day in March.\n\nCanada's Oil Sands output is "
            "expected to double by 2025.\n\nPipeline capacity is the main limit, the regulator said.",
            "CAN",
        ),
        (
            "Japan's Toyota Motor Corp said on Tuesday it would recall 400,000 hybrid cars over a braking "
            "fault.\n\nJapan's Honda Motor Co said it was checking its own hybrid models.\n\nThe recall will "
            "cost about 1 billion dollars, the company said on Wednesday.",
            "JPN",
        ),
        (
            "South Korea's Samsung Electronics said on Thursday its quarterly profit rose 26 percent.\n\n"
            "South Korea's Hyundai Motor also reported record sales on Thursday.\n\nThe won fell against "
            "the dollar on Friday as exporters sold dollars.",
            "KOR",
        ),
    ],
)
def test_a_countrys_possessive_sets_the_report(text: str, country: str) -> None:
    assert _report_country(text) == country


def test_a_place_opening_a_bodys_name_stands_alone_as_the_place() -> None:
    text = (
        "The Oregon Board of Forestry said on Monday that the fires were out.\n\n"
        "Oregon voters approved the levy on Tuesday. The Norvik Company said no. Norvik said yes."
    )
    found = [(e.text, e.kind, e.name) for e in load_gazetteer().find(text)]
    assert ("Oregon", "place", "Oregon") in found
    assert ("Norvik", "actor", "Norvik Company") in found


def test_a_bodys_first_words_together_still_name_it() -> None:
    text = "Ana Roe, a coach at Kansas State University, said so. Players from Kansas State won on Saturday."
    found = [(e.text, e.name) for e in load_gazetteer().find(text) if e.kind == "actor"]
    assert ("Kansas", "Kansas State University") in found
