"""Trigger and type word lists hold the whole family of a construction, not the one word first met: any
substance taken in by its amount, any verb of making public or of handing papers in, any structure that
gives way, "hurt" as "injured", any way of putting someone out of office, any role in charge of something;
and dates are not taken from a holiday used as a modifier or from the edge of a stretch of time."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=PUBLISHED))
    return extract_mentions(article, load_gazetteer())


def _types(sentence: str) -> list[str]:
    return [m.event_type for m in _mentions(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The dome had been capturing large quantities of silt, engineers said on Monday.",
        "The new filter captured large amounts of sediment on Monday.",
        "The basin captured half of the muddy water on Monday.",
        "The new filter captured a large share of the leaking gas on Monday.",
        "The cap was capturing large volumes of methane on Monday.",
    ],
)
def test_a_substance_taken_in_by_its_amount_is_no_capture(sentence: str) -> None:
    assert "capture" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Guerrillas captured large quantities of ammunition on Monday.",
        "Rebels captured the oil field on Monday.",
        "Rebels captured the gas plant near the border on Monday.",
        "Troops captured half of the town on Monday.",
    ],
)
def test_materiel_or_a_place_named_by_a_substance_is_still_captured(sentence: str) -> None:
    assert _types(sentence) == ["capture"]


@pytest.mark.parametrize(
    "act",
    [
        "The safety agency has published an investigation into the refinery explosion.",
        "The safety agency has unveiled a report on the refinery explosion.",
        "The safety agency has lodged an appeal against the ruling.",
        "The safety agency has submitted a complaint to the regulator.",
    ],
)
def test_a_body_making_a_report_public_or_handing_papers_in_is_news_of_the_day(act: str) -> None:
    text = f"Crews worked through the night at the refinery on Monday. {act} More news came later."
    (told,) = [m for m in _mentions(text) if m.sentence.text == act]
    assert told.date_start == PUBLISHED
    assert not told.undated_past


@pytest.mark.parametrize("verb", ["filed", "lodged", "submitted", "registered"])
def test_claims_handed_in_are_papers_not_words_said(verb: str) -> None:
    assert _types(f"Thousands of people have {verb} claims with the compensation fund.") == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A dam collapse on Monday flooded three villages.",
        "The mine flooded on Monday, trapping 20 miners.",
        "The levee was breached on Monday.",
        "A tunnel caved in on Monday.",
        "The collapse of a school on Monday buried 30 pupils.",
        "The old stone bridge gave way on Monday.",
    ],
)
def test_a_structure_giving_way_is_a_disaster(sentence: str) -> None:
    assert _types(sentence) == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The hall was flooded with calls on Monday.",
        "Cheap mines flooded the market with coal last year.",
        "Shares in the builder collapsed on Monday.",
        "The port stayed open despite the collapse of its old crane, the harbour board said on Monday.",
    ],
)
def test_what_is_no_structure_giving_way_is_no_disaster(sentence: str) -> None:
    assert "disaster" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Four workers had been hurt in the blast on Monday.",
        "Twelve people were badly hurt when the bus overturned on Monday.",
        "Twelve hurt in the blast on Monday, police said.",
        "Six people were hurt in Monday's crash.",
        "Two welders died and six were hurt by the explosion on Monday.",
        "Three soldiers were maimed by a mine on Monday.",
    ],
)
def test_hurt_as_injured_is_a_toll(sentence: str) -> None:
    assert _types(sentence) == ["casualties"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales were hurt by the slump on Monday.",
        "The company was hurt in the downturn last year.",
        "The firm will help the families who have been hurt, the chief said on Monday.",
        "The decision will hurt farmers, the union said on Monday.",
    ],
)
def test_hurt_of_trade_or_feelings_is_no_toll(sentence: str) -> None:
    assert "casualties" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The general was stripped of his duties on Monday.",
        "The governor was stripped of her emergency powers on Monday.",
        "The minister was removed from his post on Monday.",
        "The mayor was suspended from office on Monday.",
    ],
)
def test_put_out_of_office_is_leadership(sentence: str) -> None:
    assert _types(sentence) == ["leadership"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The boxer was stripped of his title on Monday.",
        "The firm was stripped of its licence on Monday.",
        "The pupil was suspended from school on Monday.",
        "The list was removed from the government website on Monday.",
        "The envoy was stripped of his diplomatic immunity on Monday.",
    ],
)
def test_losing_a_title_a_licence_or_a_place_at_school_is_no_office_lost(sentence: str) -> None:
    assert "leadership" not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The federal official in charge of the cleanup told a radio station Wednesday that the leak was "
            "no longer a threat.",
            "Federal official in charge of the cleanup",
        ),
        (
            "The senior army officer in charge of the search told reporters on Monday that hope was fading.",
            "Senior army officer in charge of the search",
        ),
        (
            "The leak is no longer a threat, said the regional coordinator in charge of the response.",
            "Regional coordinator in charge of the response",
        ),
    ],
)
def test_anyone_named_by_the_charge_they_hold_speaks(sentence: str, speaker: str) -> None:
    assert [m.speaker for m in _mentions(sentence)] == [speaker]


def test_a_financial_charge_of_an_amount_is_no_criminal_charge() -> None:
    assert "legal" not in _types("The company took a charge of $2 billion on Monday.")
    assert _types("Prosecutors brought charges of fraud against the banker on Monday.") == ["legal"]


def _date_texts(text: str) -> list[str]:
    return [d.text for d in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Staff held Christmas parties despite the warnings.",
        "Shoppers cut Christmas spending sharply.",
        "Sales of Halloween costumes fell.",
    ],
)
def test_a_holiday_before_a_noun_is_no_date(text: str) -> None:
    assert _date_texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was arrested on Christmas morning.", "Christmas"),
        ("The shops will reopen after Christmas when demand returns.", "Christmas"),
        ("The Christmas Day attack killed nine.", "Christmas Day"),
        ("Over the Christmas holidays, 40 people died.", "Christmas"),
    ],
)
def test_a_holiday_itself_or_a_time_of_it_is_a_date(text: str, expected: str) -> None:
    assert _date_texts(text) == [expected]


@pytest.mark.parametrize(
    "stretch",
    [
        "the period after 2007",
        "the years before 2007",
        "the period between 2005 and 2007",
        "the months after May",
    ],
)
def test_the_edge_of_a_stretch_of_time_does_not_date_the_act(stretch: str) -> None:
    text = (
        "Interior Secretary Jane Roe said on Monday that inspectors had failed. "
        f"She has asked the auditor to widen her review to {stretch}, looking into any failures at the plant."
    )
    second = [m for m in _mentions(text) if m.sentence.text.startswith("She")]
    assert second
    assert all(m.date_start == PUBLISHED and not m.date_text for m in second)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every verb a case is found by, and one case told with its disease
        ("The region's first case of measles was detected in a pupil on Monday.", "disaster"),
        ("Three new cases were identified in the capital on Monday.", "disaster"),
        # the dead counted in the passive as in the active
        ("Two fatalities have been reported in the north.", "casualties"),
        ("Nine deaths were confirmed in the port on Monday.", "casualties"),
        # an alert raised to a level, the word "level" left out
        ("The agency raised its pandemic alert to phase 5 on Monday.", "policy"),
        # an office taken over, as "succeeded" tells it
        ("Jane Roe will take over as the bank's chief executive in October.", "leadership"),
        ("Karl Weiss took over as coach on Monday.", "leadership"),
        # every way an installation gives way
        ("The well blew out on Monday and destroyed the platform.", "disaster"),
        ("The pipeline ruptured on Monday, spilling crude into the river.", "disaster"),
    ],
)
def test_the_same_happening_told_with_another_word_of_its_family_has_its_type(
    sentence: str, expected: str
) -> None:
    assert _types(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The case of the missing girl was reported to police on Monday.",
        "Neighbours raised the alert on Monday.",
        "Tyres on the truck blew out on Monday.",
    ],
)
def test_a_court_case_an_alarm_given_or_a_tyre_is_none_of_them(sentence: str) -> None:
    assert not set(_types(sentence)) & {"disaster", "policy", "casualties"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The board dismissed chief executive Tom Hale on Monday.", ["leadership"]),
        ("The president sacked army chief Karl Weiss on Monday.", ["leadership"]),
        # what the office-holder said, dismissed, is words
        ("The minister dismissed chief executive Tom Hale's claims as nonsense on Monday.", ["statement"]),
    ],
)
def test_an_office_holder_put_out_is_named_with_or_without_an_article(
    sentence: str, expected: list[str]
) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "is_election"),
    [
        ("Farm runoff fed the algae bloom, scientists said on Monday.", False),
        ("The basin held most of the muddy runoff on Monday.", False),
        ("Voters went to the polls in a runoff on Sunday.", True),
        ("The presidential run-off was held on Sunday.", True),
    ],
)
def test_runoff_of_water_is_no_second_round_of_a_vote(sentence: str, is_election: bool) -> None:
    assert ("election" in _types(sentence)) is is_election


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Analysts at the bank put the total cost of the repairs at $9 billion on Monday.",
            "Analysts at the bank",
        ),
        ("Officials put the death toll at 300 on Monday.", "Officials"),
        ("In a note to clients, Vantor put the volume it collected at 12,000 barrels.", "Vantor"),
    ],
)
def test_a_figure_put_at_an_amount_is_an_estimate_given(sentence: str, speaker: str) -> None:
    assert [(m.event_type, m.speaker) for m in _mentions(sentence)] == [("statement", speaker)]


@pytest.mark.parametrize(
    "sentence",
    ["The firm put the plan on hold on Monday.", "Crews put the fire out at 3 am on Monday."],
)
def test_put_of_an_act_is_no_estimate(sentence: str) -> None:
    assert "statement" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 700,000 tonnes of toxic sludge had poured into the river by Monday.",
        "Some 2,000 litres of diesel had leaked into the harbour by Monday.",
        "Nearly 300 cubic metres of mine tailings had poured into the valley by Monday.",
    ],
)
def test_any_substance_let_out_by_its_amount_is_a_spill(sentence: str) -> None:
    assert _types(sentence) == ["disaster"]
