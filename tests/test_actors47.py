"""Who acts and which country (forty-seventh session): a news outlet closing a sentence ("..., AP said")
only relays the news and is no speaker; a person named by a role after an inverted verb and placed in a body
("said economist Omar Lutz of Harbor Bank") speaks, not the body; a country's name that opens a namesake
town's or county's name ("Lebanon County", "Panama City Beach") is no country. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def speakers_of(sentence: str) -> list[str]:
    """The speaker of each mention read from a one-sentence report."""
    article = prepare_article(
        "own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own")
    )
    return [m.speaker for m in extract_mentions(article, load_gazetteer()) if m.sentence.text == sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ana Roe of Springfield resigned on Monday after an inquiry, AP said.",
        "Judge Tom Hale delayed the fraud trial on Tuesday, the Associated Press reported.",
        "President Ivo Ranta dissolved parliament on Sunday, the state news agency Xinhua reported.",
        "Norvik Bank will cut 500 jobs by next March, according to Reuters.",
        "Senator Paul Kerr voted against the budget on Thursday, the Associated Press reported.",
    ],
)
def test_an_outlet_closing_the_sentence_only_relays_the_news_of_one_it_names(sentence: str) -> None:
    assert not any(s in ("AP", "Associated Press", "Reuters", "Xinhua") for s in speakers_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Two climbers died on the mountain on Sunday, AP said.", "Associated Press"),
        (
            "The waters off the coast were calm on Thursday morning, the Associated Press reported.",
            "Associated Press",
        ),
    ],
)
def test_an_outlet_closing_news_of_nobody_named_stays_its_voice(sentence: str, speaker: str) -> None:
    # (a remark of nobody's would join the day's other news of the report)
    assert speaker in speakers_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The BBC said on Monday it would cut 400 jobs in its news division.", "BBC"),
        ('"We got this story wrong," the Guardian said in an editorial on Friday.', "Guardian"),
        ("CNN announced on Wednesday that its chief executive would step down.", "CNN"),
    ],
)
def test_an_outlet_that_speaks_for_itself_still_speaks(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Prices will rise," said economist Omar Lutz of Harbor Bank on Tuesday.', "Omar Lutz"),
        ('"We are ready," said head coach Lena Brandt of the Riverside Hawks on Friday.', "Lena Brandt"),
        (
            '"The season will be long," said marine biologist Tara Quinlan of Coastal State University.',
            "Tara Quinlan",
        ),
    ],
)
def test_a_person_named_by_a_role_after_the_verb_speaks_not_the_body_she_is_of(
    sentence: str, speaker: str
) -> None:
    assert speakers_of(sentence) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Storms hit Panama City Beach on Friday.",
        "Storms hit Mexico Beach on Friday.",
        "Rain fell in Lebanon County on Friday.",
        "Traffic stopped in Jersey City on Monday.",
        "A school closed in Peru Township last week.",
    ],
)
def test_a_country_name_opening_a_namesake_towns_name_is_no_country(text: str) -> None:
    assert [e for e in load_gazetteer().find(text) if e.kind == "country"] == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protesters marched in Kuwait City on Friday.", "KWT"),
        ("Mexico City banned cars on Sunday.", "MEX"),
        ("He lives in Guatemala City.", "GTM"),
        ("Ships crossed the Panama Canal.", "PAN"),
        ("Jordan said on Monday it would reopen the border.", "JOR"),
    ],
)
def test_a_capital_named_for_its_country_and_the_countrys_own_ground_keep_the_country(
    text: str, country: str
) -> None:
    assert [e.country for e in load_gazetteer().find(text) if e.kind == "country"] == [country]
