"""Acts the extractor did not read (unfound45): the first of two deeds of two named parties, read with the
voice and the day that close the sentence ("A shut two mills and B evacuated staff, the firm said on
Sunday"); and a deed told with "will" and a year ahead ("will leave the bank at the end of the year"), a
plan as "is due to" is. A consequence or a state to come stays unread. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import mentions_below_lead

from events.extract.mentions import Mention

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday


def mentions_of(sentence: str) -> list[Mention]:
    return mentions_below_lead(sentence, PUBLISHED)


@pytest.mark.parametrize("voice", ["the company", "the companies"])
def test_the_closing_voice_and_day_tell_the_first_of_two_deeds_too(voice: str) -> None:
    found = mentions_of(
        "Norvik closed two paper mills and Hallam evacuated some staff from its three depots, "
        f"{voice} said on Monday."
    )
    texts = [m.sentence.text for m in found]
    assert len(found) == 2
    assert texts[0].startswith("Norvik closed two paper mills")
    assert texts[1].startswith("Hallam evacuated")
    # both deeds told on the Monday the voice gives
    assert all(m.date_start == dt.date(2026, 5, 11) for m in found)


def test_the_first_deed_is_typed_as_the_clause_alone_tells_it() -> None:
    found = mentions_of(
        "Kestrel Mining closed two quarries and Dunmore evacuated its staff, the firm said on Monday."
    )
    # a deed the voice reports, not the voice's remark
    assert [m.event_type for m in found] == ["other", "other"]


@pytest.mark.parametrize(
    "first",
    [
        "Mara Vetrova was born in Tarnow",
        "Kestrel Mining is the biggest employer in the valley",
        "Kestrel Mining has never made a loss",
        "Kestrel Mining had already closed two quarries",
        "Kestrel Mining was the biggest employer in the valley",
    ],
)
def test_a_state_or_background_in_the_first_clause_stays_unread(first: str) -> None:
    found = mentions_of(f"{first} and Dunmore evacuated its staff, the firm said on Monday.")
    assert not any(m.sentence.text.rstrip(" ,") == first for m in found)
    assert len(found) <= 1


def test_one_party_with_two_deeds_and_a_closing_voice_stays_one() -> None:
    found = mentions_of("Norvik closed two paper mills and laid off 40 workers, the company said on Monday.")
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Ostrova, the bank's head of lending, will leave the bank at the end of the year.",
        "Lena Ostrova will tour eleven cities in Brazil next year.",
    ],
)
def test_a_deed_with_will_and_a_year_ahead_is_planned(sentence: str) -> None:
    found = mentions_of(sentence)
    assert len(found) == 1
    assert found[0].planned


@pytest.mark.parametrize(
    "sentence",
    [
        # a consequence foreseen, a state to come, a figure forecast: nobody's act
        "The dry spell will mean higher bread prices for families next year.",
        "The northern valleys will remain short of water until the end of the year.",
        "Bread prices will rise by a fifth next year.",
        # a thing, not a party, as the subject: a trend foretold
        "The blight will spread to more provinces next year.",
        # a common noun opening the sentence names no party
        "Shareholders will demand bigger dividends next year.",
        "Growers will sow less barley next year.",
        # an adverb before the verb hides no state or forecast
        "Kestrel Mining will again be the biggest employer in the valley next year.",
        "Mara Vetrova will almost certainly lose her seat next year.",
        # a forecast of a named party is no plan of its own
        "Kestrel Mining will post its first loss in a decade next year.",
        "Mara Vetrova will turn 70 next year.",
    ],
)
def test_a_consequence_or_a_state_ahead_is_no_plan(sentence: str) -> None:
    assert not any(m.planned for m in mentions_of(sentence))


def test_a_figure_that_has_risen_to_a_new_value_is_the_days_news() -> None:
    found = mentions_of("The death toll from the mudslide in the hills has risen to 3,150.")
    assert [m.event_type for m in found] == ["casualties"]
    # of the report's days, not some undated time before them (which merging would leave out)
    assert not found[0].undated_past


def test_a_figure_grown_over_years_stays_a_standing_fact() -> None:
    assert (
        mentions_of("The number of people living in the valley has grown to 12,000 over the past century.")
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a quantified or a trade's unnamed group: colour, nobody's voice
        "Several firms said they expect orders to shrink next year.",
        "Some airlines said they had stopped hiring pilots.",
        "Most hospitals said they had no beds left for new patients.",
        "Shipping companies expressed similar worries, saying the rules could cost jobs.",
    ],
)
def test_an_unnamed_group_of_bodies_stays_silent(sentence: str) -> None:
    assert mentions_of(sentence) == []


def test_a_figure_beside_another_deed_in_the_perfect_leaves_that_deed_undated() -> None:
    found = mentions_of("Dunmore has sold its two ferries and its debt has risen to 3 billion euros.")
    assert len(found) == 1
    assert found[0].undated_past


@pytest.mark.parametrize(
    "sentence",
    [
        # a change over months, or a yearly rate: no news of the report's days
        "The number of people killed on the roads of Tarnow has risen to 140 in the past 14 months.",
        "The number of people killed each year on the roads of Tarnow has fallen to 1,800.",
    ],
)
def test_a_figure_reached_over_months_or_as_a_rate_is_no_news_of_the_day(sentence: str) -> None:
    found = mentions_of(sentence)
    assert found
    assert all(m.undated_past for m in found)


def test_a_figure_reached_with_its_old_value_after_it_stays_undated() -> None:
    # ("up from": the change told from-to, as "from 41 to 52 percent" is)
    found = mentions_of(
        "Backing for the bypass has increased to 52 percent, up from 41 percent in early March."
    )
    assert found
    assert all(m.undated_past for m in found)
