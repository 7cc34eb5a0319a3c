"""Types on unseen news (issue 7): an outbreak told by its cases' own count, its spread or the sick confirmed
is a `disaster`, a first death confirmed a toll; an office to be taken or a successor named is `leadership`;
findings made public are remarks. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article


def events_of(text: str, column: str) -> list[str]:
    """A column of each event built from a one-paragraph report published on a Thursday."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return list(build_tables(Corpus(articles=(article,))).events[column])


def types_of(text: str) -> list[str]:
    return events_of(text, "event_type")


@pytest.mark.parametrize(
    "sentence",
    [
        "Cholera cases in the delta rose to 412 on Tuesday, health officials said.",
        "Confirmed infections climbed to 1,200 on Monday.",
        "The virus spread to four more districts on Monday, the ministry said.",
        "A nurse and a schoolboy were confirmed as suffering from the fever on Tuesday.",
        "Two farm workers were also confirmed as having the virus on Monday.",
        "The ministry said on Monday that 12 tourists had the virus in the first cases to reach the island.",
    ],
)
def test_an_outbreaks_count_spread_or_new_sick_is_the_outbreak(sentence: str) -> None:
    assert types_of(sentence) == ["disaster"]


def test_court_cases_rising_are_no_outbreak() -> None:
    assert "disaster" not in types_of("Court cases rose to 300 last year, the judges' union said on Monday.")


def test_a_first_death_confirmed_is_a_toll() -> None:
    assert types_of("The first death from the fever was confirmed on Wednesday in the port city.") == [
        "casualties"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The board said on Monday that Karl Weiss will succeed him in June.",
        "Jane Roe succeeded Tom Hale on Tuesday.",
        "Jane Roe will become chief executive of the airline on April 1, the company said on Monday.",
        "Jane Roe is due to become the insurer's chairman in May.",
    ],
)
def test_an_office_to_be_taken_or_a_successor_is_leadership(sentence: str) -> None:
    assert "leadership" in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescue team succeeded in freeing the miners on Tuesday.",
        "Jane Roe became the main concern of the police on Monday.",
        "The army took over the airport on Monday.",
    ],
)
def test_no_office_changes_hands(sentence: str) -> None:
    assert "leadership" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The inspector released a damning report on Tuesday that said the builder used weak concrete.",
        "The agency published a study on Monday showing that river levels had fallen.",
    ],
)
def test_findings_made_public_are_remarks(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


def test_a_companys_results_released_stay_its_business() -> None:
    assert types_of("The retailer released its quarterly earnings report on Tuesday.") == ["other"]


def test_a_chief_executive_fired_is_leadership() -> None:
    assert types_of("The carmaker fired its chief executive on Monday.") == ["leadership"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government imposed a curfew on Friday to end the riots.", "policy"),
        ("The governor imposed a curfew on Friday in a bid to quell the riots.", "policy"),
        ("The army sent 500 soldiers on Monday in order to contain the outbreak.", "deployment"),
        ("Doctors flew to the valley on Monday to fight the outbreak.", "other"),
    ],
)
def test_what_an_act_is_done_to_stop_does_not_type_it(sentence: str, expected: str) -> None:
    assert types_of(sentence) == [expected]


def test_a_happening_in_a_dash_aside_does_not_take_the_purposes_place() -> None:
    # (the aside's blast is an event of its own, of its day; the drilling keeps the leak it is done to halt)
    text = (
        "Nordvik Energy said on Thursday it was pumping mud into the damaged well. It also is drilling a "
        "second well to halt the leak -- which began after the Nordvik platform exploded on March 3, killing "
        "9 workers -- but it could take up to two months to complete."
    )
    assert any(title.startswith("It also is drilling a second well") for title in events_of(text, "title"))


@pytest.mark.parametrize(
    "sentence",
    [
        "It may succeed H7N9 as the likeliest strain to spread among people.",
        "The slow response let the disease spread to the point that schools had to close in 2019.",
    ],
)
def test_no_successor_and_no_spread_told(sentence: str) -> None:
    assert not {"leadership", "disaster"} & set(types_of(sentence))
