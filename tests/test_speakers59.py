"""Speakers told by their office and owner ("the country's health ministry said"), and sayings refused
("officials would not say who ..."), which are no statement."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import Gazetteer, load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.speakers import refused_to_say


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def mentions_of(text: str, gazetteer: Gazetteer) -> list[Mention]:
    article = prepare_article("landslide.txt", text, SourceRow(published=dt.date(2026, 3, 11)))
    return extract_mentions(article, gazetteer)


def said_in(mentions: list[Mention], words: str) -> list[Mention]:
    return [m for m in mentions if words in m.sentence.text]


def test_the_countrys_office_speaks_for_the_country_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "A landslide buried three villages in the hills of Ecuador on Monday.\n\n"
        "The country's interior minister said on Tuesday that 27 people had been pulled from the mud.\n"
    )
    [minister] = said_in(mentions_of(text, gazetteer), "interior minister")
    assert minister.speaker == "Ecuador's interior minister"
    assert minister.speaker_country == "ECU"
    assert "ECU" in minister.countries


def test_the_nations_office_in_the_perfect_speaks_for_the_last_country_named(gazetteer: Gazetteer) -> None:
    text = (
        "Aid flights left Canada for Ecuador on Monday.\n\n"
        "The nation's health ministry has said that 400 families were sleeping in schools.\n"
    )
    [ministry] = said_in(mentions_of(text, gazetteer), "health ministry")
    assert ministry.speaker == "Ecuador's health ministry"
    assert ministry.speaker_country == "ECU"


def test_the_countrys_office_with_no_country_before_is_left_as_it_was(gazetteer: Gazetteer) -> None:
    text = "The country's interior minister said on Tuesday that 27 people had been pulled from the mud.\n"
    for mention in mentions_of(text, gazetteer):
        assert "ECU" not in mention.countries
        assert not mention.speaker.endswith("'s interior minister") or mention.speaker.startswith("The")


def test_a_refused_saying_before_an_open_question_is_no_statement(gazetteer: Gazetteer) -> None:
    text = (
        "A landslide buried three villages in the hills of Ecuador on Monday.\n\n"
        "The army would not say on Tuesday whether the Mining Authority had been warned.\n\n"
        "Officials declined to say how many soldiers the Interior Ministry had sent.\n"
    )
    mentions = mentions_of(text, gazetteer)
    assert not said_in(mentions, "would not say")
    assert not said_in(mentions, "declined to say")


def test_a_happening_told_inside_the_open_question_stays(gazetteer: Gazetteer) -> None:
    # the arrest on Tuesday is news whatever the police would not say about it the day after
    text = "Police did not say on Wednesday whether the two men arrested on Tuesday had been charged.\n"
    [arrest] = mentions_of(text, gazetteer)
    assert arrest.event_type == "arrest"
    assert arrest.date_start == dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        ("The ministry did not say who ordered the evacuation.", True),
        ("A spokeswoman wouldn't say when the bridge would reopen.", True),
        ("Officials declined to say on Friday how much the repairs would cost.", True),
        ("He would not say how much was paid but said the work was done.", False),
        ("The mayor said she did not know who ordered the evacuation.", False),
        ("The ministry declined to comment on the report.", False),
    ],
)
def test_a_saying_is_refused_only_before_the_question_it_leaves_open(sentence: str, refused: bool) -> None:
    assert refused_to_say(sentence) is refused


def test_a_legislator_given_party_and_state_is_american(gazetteer: Gazetteer) -> None:
    text = (
        "Hearings on the collapse of the Granby dam opened on Monday.\n\n"
        "Rep. Ellen Varga (D-Ore.) said on Tuesday that the inspectors had been warned.\n\n"
        "Sen. Carl Moss, R-Kan., said on Wednesday that the builder would be called.\n\n"
        "Varga said on Thursday that the report would be published in May.\n"
    )
    mentions = mentions_of(text, gazetteer)
    for words, speaker in (("Varga (D", "Ellen Varga"), ("Moss", "Carl Moss"), ("Varga said", "Ellen Varga")):
        said = said_in(mentions, words)
        assert said
        assert all((m.speaker, m.speaker_country) == (speaker, "USA") for m in said)


def test_a_person_with_no_party_and_state_gets_no_country_from_it(gazetteer: Gazetteer) -> None:
    text = "Ellen Varga (pictured) said on Tuesday that the inspectors had been warned.\n"
    assert all(m.speaker_country != "USA" for m in mentions_of(text, gazetteer))


def test_a_bare_surname_that_speaks_is_the_namesake_heard_speak(gazetteer: Gazetteer) -> None:
    text = (
        "Fire swept through the Kalmar timber yard on Monday.\n\n"
        "Councillor Petra Lund said on Tuesday that 40 workers had been sent home. Her son, Erik Lund, a "
        "fireman, was among those hurt on Monday.\n\n"
        '"The yard will reopen on Friday," Lund said.\n'
    )
    [reopening] = said_in(mentions_of(text, gazetteer), "reopen")
    assert reopening.speaker == "Petra Lund"


def test_a_bare_surname_of_two_namesakes_heard_speak_is_read_as_before(gazetteer: Gazetteer) -> None:
    # both spoke in full: the one named last in the paragraph, as before
    text = (
        "Fire swept through the Kalmar timber yard on Monday.\n\n"
        "Councillor Petra Lund said on Tuesday that 40 workers had been sent home. Her son Erik Lund said "
        'on Tuesday that he had been hurt. "The yard will reopen on Friday," Lund said.\n'
    )
    [reopening] = said_in(mentions_of(text, gazetteer), "reopen")
    assert reopening.speaker == "Erik Lund"
