"""Countries of bodies named after their town: a public body whose name opens with a town the text also
names bare ("a clinic in Leicester", then "Leicester Health Board said") is that town's country's, though
bodies are matched before the towns; a firm named after a town keeps no country from it."""

from __future__ import annotations

import pytest

from events.extract.entities import Gazetteer, load_gazetteer
from events.extract.firms import is_own_business


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def body_country(gazetteer: Gazetteer, text: str, body: str) -> str:
    return next(e.country for e in gazetteer.find(text) if e.kind == "actor" and e.text == body)


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "Two nurses at a clinic in Leicester fell ill. Leicester Health Board said both were recovering.",
            "Leicester Health Board",
            "GBR",
        ),
        (
            "Floods closed roads in Winnipeg on Monday. The Winnipeg Police Service said three were missing.",
            "Winnipeg Police Service",
            "CAN",
        ),
        (
            "A fire broke out near Porto. Officials of the Porto Civil Protection Authority said it was out.",
            "Porto Civil Protection Authority",
            "PRT",
        ),
    ],
)
def test_a_body_named_after_a_town_the_text_names_has_its_country(
    gazetteer: Gazetteer, text: str, body: str, country: str
) -> None:
    assert body_country(gazetteer, text, body) == country


def test_a_firm_named_after_a_town_takes_no_country_from_it(gazetteer: Gazetteer) -> None:
    text = "Storms hit Leicester on Friday. Leicester Freight Company said its depots were shut."
    assert body_country(gazetteer, text, "Leicester Freight Company") == ""


def test_a_town_the_text_never_names_bare_gives_no_country(gazetteer: Gazetteer) -> None:
    # (the body alone may be named from anywhere: "Richmond" is a town of several countries)
    text = "Richmond Health Board said both patients were recovering."
    assert body_country(gazetteer, text, "Richmond Health Board") == ""


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        # the town the text names, not the largest town of that name
        (
            "A water main burst in Hamilton, New Zealand, on Friday, and engineers came from Calgary. "
            "Hamilton City Council said supply was back.",
            "Hamilton City Council",
            "NZL",
        ),
        # a state no other place shares the name of needs no bare mention, its country named elsewhere
        (
            "Hail fell in Tulsa on Monday. The Nevada Health Department said two were hurt.",
            "Nevada Health Department",
            "USA",
        ),
        # a town a region the lists do not know qualifies may have been read as another country's
        (
            "Storms cut power in Sydney, Nova Scotia, overnight. Sydney City Council said roads were shut.",
            "Sydney City Council",
            "",
        ),
        (
            "Flooding hit Richmond, British Columbia, and crews came from Portland. "
            "The Richmond Fire Department said two homes were lost.",
            "Richmond Fire Department",
            "",
        ),
    ],
)
def test_a_body_takes_the_country_of_the_town_the_text_names(
    gazetteer: Gazetteer, text: str, body: str, country: str
) -> None:
    assert body_country(gazetteer, text, body) == country


def wheres(gazetteer: Gazetteer, text: str) -> list[str]:
    return [e.country for e in gazetteer.find(text) if e.kind in ("place", "country")]


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Marlowe died in March. His friend described Paris Marlowe, his daughter, as devastated.",
        "Ann Whitcombe left the band in 2003. Her sister Kenya Whitcombe later joined a choir.",
        "Lawyers for Robert Okafor filed the appeal, and Jordan Okafor attended the hearing.",
    ],
)
def test_a_place_before_the_surname_of_someone_the_text_names_is_a_given_name(
    gazetteer: Gazetteer, text: str
) -> None:
    assert wheres(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # (a word after the place that no one the text names bears: the place stays)
        ("Daniel Marlowe flew to Paris. The Paris Air Show opened on Monday.", "FRA"),
        ("Ann Whitcombe said London Bridge was closed to traffic.", "GBR"),
    ],
)
def test_a_place_before_a_word_no_one_bears_stays_a_place(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert country in wheres(gazetteer, text)


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        # the business and its day told first: an accident after them only measures or explains it
        (
            "Kestrel shares closed down 2 percent on Friday, taking the fall since the blast to 11 percent.",
            True,
        ),
        ("Kestrel's shares slid on Tuesday after a tunnel collapse shut its northern mine.", True),
        ("Its dividend was cut on 4 March after the floods at two of its mines.", True),
        # with no day before it, or told first, the accident is what the sentence dates
        ("Its shares have halved since the explosion.", False),
        ("The fire on Friday knocked 5 percent off Kestrel's share price.", False),
        ("Shares in Kestrel fell 4 percent after the collapse on 2 May.", False),
    ],
)
def test_a_firms_dated_business_told_before_an_accident_is_its_own(sentence: str, own: bool) -> None:
    assert is_own_business(sentence, "other") is own


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Daniel Marlowe died in May. In the UK Marlowe topped the charts again.", "GBR"),
        ("Daniel Marlowe died in May. In Kenya Marlowe was mourned by thousands.", "KEN"),
        # (a preposition or a subordinator before it: "Beyond Kenya Marlowe..." names a place)
        ("Gen. Peter Tarrant spoke on Monday. Beyond Cairo Tarrant said raids had fallen.", "EGY"),
        ("Mary Castell resigned. After Norway Castell was criticised by her party.", "NOR"),
        ("Ken Adeyemi lands today. Before Lisbon Adeyemi will stop in Madrid.", "PRT"),
        ("Ken Adeyemi lands today. Since Vienna Adeyemi has met four ministers.", "AUT"),
        ("Ken Adeyemi lands today. Unlike Chile Adeyemi has no coastline to defend.", "CHL"),
    ],
)
def test_a_place_after_a_word_of_place_before_a_surname_stays_a_place(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert country in wheres(gazetteer, text)


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("Kestrel shares tumbled 6 percent in early trading.", True),
        ("Kestrel shares sank after the recall of its vans.", True),
        ("Kestrel's stock slid on the news.", True),
        ("Shares soared after the merger was announced.", True),
        # a country's stock market, or a stock of goods, is no firm's stock
        ("Ruritania's stock market fell 3 percent.", False),
        ("Ruritania's stock of grain ran low in March.", False),
    ],
)
def test_a_firms_shares_moving_by_any_verb_of_prices_are_its_own_business(sentence: str, own: bool) -> None:
    assert is_own_business(sentence, "other") is own
