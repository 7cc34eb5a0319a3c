"""Who speaks and which country (issue 7): a person named by a charge a participle tells ("the official
overseeing the Dutch recall") speaks, not the country in the charge; a demonym of a person's forebears ("of
Indian descent") makes no country a party; a country's possessive of a firm's name ("Japan's Mitsui Oil
Company") says whose the firm is, not where a report is set. Sentences are our own."""

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
            "The official overseeing the Dutch vaccine recall said on Friday that the doses were safe.",
            "Official overseeing the Dutch vaccine recall",
            "NLD",
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


def test_a_demonym_of_a_state_body_keeps_its_country() -> None:
    assert countries_of("Indian troops crossed the border on Tuesday.") == {"IND"}


def _report_country(text: str) -> str:
    return article_country(text, load_gazetteer().find(text))


def test_a_firms_possessive_does_not_set_the_report() -> None:
    text = (
        "Germany's Siemens AG won a contract to build turbines, the company said.\n\n"
        "The deal follows months of talks with Germany's Siemens AG and two rivals.\n\n"
        "Work on the first turbine is due to begin next year."
    )
    assert _report_country(text) == ""


def test_a_countrys_possessive_of_a_place_or_body_still_sets_it() -> None:
    text = (
        "Germany's parliament approved the budget on Tuesday.\n\n"
        "Germany's finance minister welcomed the vote.\n\n"
        "The budget takes effect in Germany's next fiscal year."
    )
    assert _report_country(text) == "DEU"


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        (
            "The Texas Department of State Health Services said on Monday that two cases were confirmed.",
            False,
        ),
        ("The Ohio Department of State Parks closed three beaches on Monday.", False),
        ("The Department of State said on Monday that the embassy would close.", True),
        ("The US Department of State said on Monday that the embassy would close.", True),
    ],
)
def test_a_listed_body_inside_a_longer_name_is_another(sentence: str, listed: bool) -> None:
    names = {e.name for e in load_gazetteer().find(sentence) if e.kind == "actor"}
    assert ("State Department" in names) == listed


def test_an_adverb_before_the_verb_is_no_part_of_the_charge() -> None:
    assert speaker_of(
        "The official overseeing the Dutch vaccine recall has meanwhile said the doses were safe."
    ) == ("Official overseeing the Dutch vaccine recall")


def test_a_place_opening_a_bodys_name_stands_alone_as_the_place() -> None:
    text = (
        "A boy fell ill in Dallas on 4 April, the Texas Department of Health Services said.\n\n"
        "Texas Governor Ann Roe said closing the schools was an option. The Norvik Company said no. "
        "Norvik said yes."
    )
    found = [(e.text, e.kind, e.name) for e in load_gazetteer().find(text)]
    assert ("Texas", "place", "Texas") in found
    assert ("Norvik", "actor", "Norvik Company") in found


def test_a_bodys_first_words_together_still_name_it() -> None:
    text = (
        "Ana Roe, a dean at Florida State University, said so. Researchers from Florida State took samples."
    )
    found = [(e.text, e.name) for e in load_gazetteer().find(text) if e.kind == "actor"]
    assert ("Florida", "Florida State University") in found
