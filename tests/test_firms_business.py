"""A firm's own business (its shares, dividend, results, board and chief) is of the firm's home, as the report
or the list of listed firms gives it; what the firm does at a place stays at the place."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.entities import load_gazetteer
from events.extract.firms import firms_homes, home_of_business, is_own_business, listed_homes
from tests.reports import report_mentions

PUBLISHED = dt.date(2024, 3, 14)

# A report set in one country (its dateline and its places) about a firm from another
REPORT = (
    "HOUSTON (Wire) - Shares in Norvik Energy, the Dutch oil company, fell 9 percent on Tuesday after a gas "
    "leak at its Texas refinery forced the plant to close.\n\n"
    "The leak was found on Monday at the refinery near Port Arthur, the company said.\n\n"
    "Norvik Energy's board will meet on Friday to decide whether to cut its dividend, a spokesman said.\n\n"
    "The firm's chief executive, Jan de Boer, will step down in October, Norvik said on Tuesday.\n\n"
    "Norvik said on Tuesday it had no plans to sell new shares.\n\n"
    "Texas regulators said on Wednesday they would inspect the plant.\n"
)


def homes_of(text: str) -> dict[str, str]:
    return {
        name: home
        for name, home in firms_homes(text, load_gazetteer().find(text)).items()
        if name not in listed_homes()
    }


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("Shares in Norvik Energy, the Dutch oil company, fell on Tuesday.", {"Norvik Energy": "NLD"}),
        ("The Dutch energy group Norvik said on Tuesday it would cut jobs.", {"Norvik": "NLD"}),
        ("Swiss-based driller Kellmar said its rig was idle.", {"Kellmar": "CHE"}),
        ("Canadian-based Ostrava Mining raised its forecast.", {"Ostrava Mining": "CAN"}),
        # a person of business is no firm, nor is a country named for itself
        ("The British chief executive Tom Hale said the plant would close.", {}),
        ("Kenya's president said the port would reopen.", {}),
    ],
)
def test_a_firms_home_is_the_one_the_report_gives_it(text: str, homes: dict[str, str]) -> None:
    assert homes_of(text) == homes


@pytest.mark.parametrize(
    ("sentence", "event_type", "own"),
    [
        ("Norvik's shares fell 9 percent on Tuesday.", "other", True),
        ("The company will cut its dividend this year.", "other", True),
        ("Its quarterly results will be published on 2 May.", "other", True),
        ("The board will meet on Friday to discuss the offer.", "other", True),
        ("The chief executive will step down in October.", "leadership", True),
        ("The firm took a $2bn charge in its first-quarter accounts.", "other", True),
        # an act at a place, or the firm's business told as an accident's measure
        ("The company closed its plant in Ohio on Monday.", "other", False),
        ("The explosion knocked 5 percent off the share price.", "other", False),
        ("Divers found a second leak near the platform on Friday.", "disaster", False),
        # a share of something is no stock
        ("The firm says it is capturing a growing share of the oil.", "statement", False),
        # holders of shares named as people, and a provision of a law
        ("It is a view shared by many critics, some of them Norvik shareholders.", "statement", False),
        ("The mayor said provisions for flood defence in the bill were weak.", "statement", False),
        ("The company cut its provision for legal claims by $1bn.", "other", True),
    ],
)
def test_a_firms_own_business_by_its_words(sentence: str, event_type: str, own: bool) -> None:
    assert is_own_business(sentence, event_type) is own


def test_the_business_is_of_the_firm_that_owns_it_not_of_the_firm_that_comments() -> None:
    homes = {"Norvik": "NLD", "Vega Capital": "USA"}
    assert home_of_business("Vega Capital said Norvik's dividend was safe.", "statement", (), homes) == "NLD"
    # a firm the report gives no home leaves the business unplaced
    assert (
        home_of_business("Shares in Ardent rose, Vega Capital said.", "other", (), {"Vega Capital": "USA"})
        == ""
    )


def test_a_listed_firms_home_comes_from_the_list() -> None:
    assert listed_homes()["Toyota"] == "JPN"
    assert home_of_business("Toyota's shares rose 2 percent on Monday.", "other", (), listed_homes()) == "JPN"


def test_a_firms_business_is_of_its_home_and_its_acts_stay_where_they_happened() -> None:
    found = report_mentions(REPORT, PUBLISHED)

    def homes_opening(words: str) -> set[str]:
        return {m.home_country for m in found if m.sentence.text.startswith(words)}

    assert homes_opening("Norvik Energy's board") == {"NLD"}
    assert homes_opening("The firm's chief executive") == {"NLD"}
    assert homes_opening("Norvik said on Tuesday it had no plans") == {"NLD"}
    # the leak is at the refinery, in the country the report is set in
    assert homes_opening("The leak was found") == {"USA"}


@pytest.mark.parametrize(
    ("sentence", "reporters_post"),
    [
        (
            "Refugees crossed the river on Tuesday, our correspondent in the capital, Lome, says.",
            "Lome",
        ),
        (
            "Refugees reached the camp on Wednesday, our correspondent in the Ivorian city of Bouake says.",
            "Bouake",
        ),
        ("Shops reopened on Thursday, the network's correspondent reporting from Lome said.", "Lome"),
    ],
)
def test_where_a_correspondent_is_adds_no_country(sentence: str, reporters_post: str) -> None:
    found = [m for m in report_mentions(sentence, PUBLISHED) if m.sentence.text == sentence]
    assert found
    assert all(reporters_post not in m.locations for m in found)


def test_reporters_a_speaker_told_are_where_the_speaker_spoke() -> None:
    sentence = "The minister told reporters in Lome on Tuesday that the border would reopen."
    assert {"TGO"} <= {c for m in report_mentions(sentence, PUBLISHED) for c in m.countries}
