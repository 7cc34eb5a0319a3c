"""Types, actors and countries a newcomer reading fresh reports found wrong (3 Dec 2026, twelfth session):
an office left or taken up typed "other", testimony typed "other", words against someone typed as an attack,
a legislator's party and state taken for a second speaker, a paper and a job kept in a person's name, a
country left out of what happened given as its place. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.entities import load_gazetteer, name_after_occupation
from events.merge.titles import headline


def events_of(text: str) -> list[tuple[str, str, str]]:
    """(type, actors, countries) of each event built from a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    events = build_tables(Corpus(articles=(article,))).events
    return list(zip(events["event_type"], events["actors"], events["countries"], strict=True))


def types_of(text: str) -> list[str]:
    return [event_type for event_type, _, _ in events_of(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Authority chief Lena Moss retired Tuesday after 30 years in the post.",
        "The fire brigade's new chief, Tom Hale, stepped into the post on Monday from his job at the port.",
        "A former council aide started as the utility's spokesperson this week.",
    ],
)
def test_an_office_left_or_taken_up_is_leadership(sentence: str) -> None:
    assert types_of(sentence) == ["leadership"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Retired general Omar Diallo said on Tuesday that the talks had failed.",
        "The retired judge said on Monday that the court had erred.",
        "Work on the bridge started as planned on Monday.",
    ],
)
def test_retired_before_a_name_and_work_started_are_no_office_changing_hands(sentence: str) -> None:
    assert "leadership" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I told my supervisor twice," the crane operator Dan Pike told the inquiry on Tuesday.',
        "An inquest in Leeds heard testimony on Monday from the site manager, who said the alarm had failed.",
    ],
)
def test_testimony_is_legal(sentence: str) -> None:
    assert types_of(sentence) == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline came under fresh attack on Tuesday amid accusations that it had hidden the figures.",
        "Opposition leaders attacked the minister on Monday over his handling of the floods.",
        "The carrier came under attack from critics on Monday for cutting the rural routes.",
    ],
)
def test_words_against_someone_are_no_attack(sentence: str) -> None:
    assert "attack" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked a police post near the border on Monday, killing four officers.",
        "The convoy came under attack from rebels on Tuesday near the river.",
    ],
)
def test_blows_struck_are_still_attacks(sentence: str) -> None:
    assert types_of(sentence)[0] == "attack"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Tom Baxter, R-Ohio, said on Tuesday that bank executives should resign.",
        "Rep. Tom Baxter, D-Calif., said on Tuesday that bank executives should resign.",
    ],
)
def test_a_legislators_party_and_state_are_no_actor(sentence: str) -> None:
    ((_, actors, _),) = events_of(sentence)
    assert actors == "Tom Baxter"


def test_a_paper_and_a_job_before_a_name_are_no_part_of_it() -> None:
    ((_, actors, _),) = events_of(
        "Herald Editor Mark Bell told reporters on Tuesday that the paper would not retract the story."
    )
    assert actors == "Mark Bell"


@pytest.mark.parametrize(
    ("words", "start"),
    [
        (["Rescuer", "Tomas", "Reyes"], 1),
        (["Herald", "Editor", "Mark", "Bell"], 2),
        (["Tomas", "Reyes"], 0),
        (["Editor", "Bell"], 0),  # (a name needs two words: "Editor Bell" may be all the name there is)
    ],
)
def test_the_name_begins_after_what_the_person_does(words: list[str], start: int) -> None:
    assert name_after_occupation(words) == start


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the album topped the download charts in every country except Japan.",
        "The fares rose on Monday in all member states apart from Portugal.",
    ],
)
def test_a_country_left_out_of_what_happened_is_not_its_place(text: str) -> None:
    assert not [e for e in load_gazetteer().find(text) if e.kind == "country"]


def test_where_a_persons_family_came_from_is_not_where_it_happened() -> None:
    found = load_gazetteer().find("Dan Tran, who is Vietnamese-American, said the claims were dismal.")
    assert "VNM" not in {e.country for e in found}


def test_a_country_named_as_the_place_still_counts() -> None:
    found = load_gazetteer().find("Japan's health ministry said on Monday it would close 40 schools.")
    assert [e.country for e in found if e.kind == "country"] == ["JPN"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Tom Reyes Jr., a professor at Leeds University, said on Monday his crew found a crack.",
            "Tom Reyes Jr.",
        ),
        (
            "Tom H. Reyes Jr., a professor at Leeds University, said on Monday the dam was safe.",
            "Tom H. Reyes Jr.",
        ),
    ],
)
def test_a_name_closed_by_jr_is_still_the_speaker_before_its_description(sentence: str, speaker: str) -> None:
    ((_, actors, _),) = events_of(sentence)
    assert actors.split(";")[0] == speaker


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "Mayor Ana Ruiz toured the flooded streets during her brief, rain-soaked visit to the northern "
            "districts on Monday.",
            "Mayor Ana Ruiz toured the flooded streets during her brief, rain-soaked visit",
        ),
        (
            "The council approved the plan for the new harbour wall on Monday night, ending a long, costly "
            "dispute with the port operator.",
            "The council approved the plan for the new harbour wall",
        ),
    ],
)
def test_a_title_is_not_cut_between_two_words_describing_one_noun(clause: str, title: str) -> None:
    assert headline(clause) == title


def test_a_title_is_still_cut_at_a_comma_before_a_participle() -> None:
    clause = (
        "Rebels shelled the main market of the old river town on Monday morning, killing dozens of people in "
        "the crowded square near the mosque."
    )
    assert headline(clause) == "Rebels shelled the main market of the old river town"


def test_said_then_a_name_and_its_description_closing_remarks_is_no_part_of_the_title() -> None:
    clause = "Additional ferries were likely to be cut this winter, said Ana Roe, a spokeswoman for the port"
    assert headline(clause, speaker="Ana Roe", speech=True) == (
        "Ana Roe says additional ferries were likely to be cut this winter"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new harbour master, Tom Hale, compared the storm to a freight train on Monday.", "statement"),
        ("Engineers compared the samples with the reference strain on Monday.", "other"),
    ],
)
def test_a_likeness_put_on_the_record_is_words_said(sentence: str, expected: str) -> None:
    assert types_of(sentence) == [expected]
