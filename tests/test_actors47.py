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


# Review 47a's fixes


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"We will not back down," said the Prime Minister of Italy, Mario Draghi, on Tuesday.',
            "Mario Draghi",
        ),
        (
            '"Inflation is easing," said the Vice President of the European Central Bank on Wednesday.',
            "European Central Bank",
        ),
        (
            '"The vaccine is safe," said the Chief Medical Officer of England, Chris Whitty, on Tuesday.',
            "Chris Whitty",
        ),
        (
            '"The quake was shallow," said the United States Geological Survey of the Interior Department.',
            "United States Geological Survey of the Interior Department",
        ),
        (
            '"The storm will turn north," said forecaster Jim Reed at the National Hurricane Center.',
            "Jim Reed",
        ),
        ('"The count was fair," said the election commissioner Tom Hale of Ohio on Monday.', "Tom Hale"),
        ('"Prices will fall," said officials at the Department of Energy on Monday.', "Department of Energy"),
        ('"The vote was clean," said election observers of the European Union on Sunday.', "European Union"),
    ],
)
def test_capitals_after_an_article_and_before_of_are_an_office_not_a_name(
    sentence: str, speaker: str
) -> None:
    # (only a bare role noun, "said forecaster Jim Reed at ...", names a person placed in a body; nor is a
    # country the name of one who speaks)
    assert speakers_of(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The merger will cost jobs," said the Chief Executive of Barclays on Wednesday.',
        '"Our forces will respond," said the Crown Prince of Saudi Arabia on Sunday.',
        '"We played badly," said the coach of the Lakeside Tigers on Saturday.',
        '"Our client is innocent," said lawyers for Anna Ricci on Friday.',
        '"Rates will fall," said analysts at Morgan Stanley on Thursday.',
    ],
)
def test_no_office_title_or_client_is_taken_for_the_speaker(sentence: str) -> None:
    assert not any(
        s in ("Chief Executive", "Crown Prince", "Lakeside Tigers", "Anna Ricci", "Morgan Stanley")
        for s in speakers_of(sentence)
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Floods cut off roads in Belize City on Monday.", "BLZ"),
        ("Police arrested three men in Luxembourg City on Friday.", "LUX"),
        ("A car bomb exploded in Djibouti City on Sunday.", "DJI"),
        ("Japan Falls Into Recession as Exports Slump", "JPN"),
        ("Mexico Beach Volleyball Team Wins Gold", "MEX"),
    ],
)
def test_a_countrys_own_city_and_a_headlines_verb_keep_the_country(text: str, country: str) -> None:
    # (a "<name> City" drops the country only when the city of that name lies in another country)
    assert [e.country for e in load_gazetteer().find(text) if e.kind == "country"] == [country]


def test_a_city_named_for_a_country_it_is_not_in_drops_that_country() -> None:
    assert [
        e for e in load_gazetteer().find("Police raided a bar in Benin City.") if e.kind == "country"
    ] == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Rebels held two of the paper's reporters on Monday, a spokeswoman for the New York Times said.",
            "New York Times",
        ),
        ("Presenter Huw Lane was suspended on Friday pending an inquiry, the BBC said.", "BBC"),
        ("Presenter Huw Lane left the BBC on Friday after 20 years, the broadcaster said.", "BBC"),
        ("The Ledger reported on Monday that the group is in talks to sell its ports.", "Ledger"),
    ],
)
def test_an_outlet_party_to_the_news_it_closes_still_speaks(sentence: str, speaker: str) -> None:
    # (named or referred to in the clause, one of its people speaking for it, or a doer left untold)
    assert speakers_of(sentence) == [speaker]
