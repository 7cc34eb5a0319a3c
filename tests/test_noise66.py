"""What is no happening at all: hearsay nobody owns ("is said to have", "according to reports"), sources
nobody names foretelling, a question people are asking, and what a party will hope. Each rule keeps the acts
told beside them, and the acts of the story's own parties. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import (
    according_to_reports,
    analysts_estimate,
    open_question_asked,
    said_to_have,
    sources_foretell,
    writers_guess,
)
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tenor is said to have given $4m to the orchestra.",
        "The two brothers are rumoured to have fallen out over the estate.",
        "The new owner was reputed to be the richest man in the province.",
    ],
)
def test_hearsay_in_the_passive_is_no_happening(sentence: str) -> None:
    assert said_to_have(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a source named after it makes it someone's report
        "The tenor is said to have given $4m to the orchestra, his agent told reporters.",
        # a toll believed is a toll
        "At least 30 miners are believed to have died in the blast.",
        # an act of its own before the hearsay is the main clause
        "Ms Okoro has been asked to testify before the panel and is said to be weighing the request.",
    ],
)
def test_hearsay_with_a_source_or_a_toll_is_left_alone(sentence: str) -> None:
    assert not said_to_have(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The carrier sold its stake in the port, according to unconfirmed reports.",
        "According to some local media reports, the mayor fled the town.",
    ],
)
def test_reports_nobody_names_are_hearsay(sentence: str) -> None:
    assert according_to_reports(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor fled the town, according to reports in the Dornvale Herald.",
        # reports the writer does not call unconfirmed pass on news it stands by
        "Four students were diagnosed with measles after a school trip, according to local media reports.",
        # the attribution covers only the clause after "and": the first clause is told on its own
        "After a day, the ferries sailed again, and according to press reports, no checks were made.",
    ],
)
def test_reports_named_or_covering_one_clause_are_left_alone(sentence: str) -> None:
    assert not according_to_reports(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police sources said the search would widen to the hills.",
        "Sources close to the board say the chief could step down.",
    ],
)
def test_unnamed_sources_foretelling_are_no_happening(sentence: str) -> None:
    assert sources_foretell(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police sources said two men were arrested at the border.",
        # the deed said is told; "would have" looks back at what it left undone
        "Trade sources say that the carrier sent the inspectors home, a check that would have taken hours.",
    ],
)
def test_unnamed_sources_telling_a_deed_are_left_alone(sentence: str) -> None:
    assert not sources_foretell(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers and relief agencies are asking whether the dam will hold.",
        "Shopkeepers in the old town were wondering how long the curfew could last.",
    ],
)
def test_a_question_people_are_asking_is_no_happening(sentence: str) -> None:
    assert open_question_asked(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_a_request_is_no_open_question() -> None:
    assert not open_question_asked("Unions are asking the ministry to delay the vote.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The carrier will hope the talks calm its lenders.",
        "Ministers will be keen to avoid a second vote.",
    ],
)
def test_what_a_party_will_hope_is_the_writers_guess(sentence: str) -> None:
    assert writers_guess(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hotel managers asked guests to leave on Monday.",
        "Traders asked the exchange to suspend dealing on Friday.",
        "The governor has ordered 20,000 residents to leave within three days.",
        "Tom Hale, a former army chief, said on Tuesday he had seized power.",
        "The long-awaited inquiry blamed the captain on Thursday.",
        "Analysts at the central bank said on Monday it would raise rates.",
        "Police sources said on Monday the inquiry would widen.",
        "The firm said it hoped the summit would calm investors.",
        "After a day, the ferries sailed again, and according to press reports, no checks were made.",
        "Four students were diagnosed with measles after a school trip, according to local media reports.",
    ],
)
def test_acts_of_the_story_are_kept(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Market analysts predicted that the bank would cut rates.",
        "Some analysts suggested that the lender could sell its branches.",
        "Critics predicted on Monday that the toll road would fail.",
    ],
)
def test_unnamed_analysts_whose_view_reads_as_a_saying_are_commentary(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts at Norbank put the likely cost at $9 billion, in a note issued on Tuesday.",
        "Analysts put the cost of the flood for the insurer at 2bn euros.",
        "Brokerage analysts kept a buy rating on the shares on June 3, but cut their price target.",
    ],
)
def test_analysts_own_figures_and_ratings_are_commentary(sentence: str) -> None:
    assert analysts_estimate(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts at the central bank said on Monday it would raise rates.",
        "Analysts at the lender put the cost of the repairs at $2 billion on Monday.",
        "Two analysts were arrested on Monday.",
        "Equity analysts and the rating agency downgraded the bank on Thursday.",
    ],
)
def test_analysts_who_act_or_announce_are_kept(sentence: str) -> None:
    assert not analysts_estimate(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


def test_a_partys_own_figure_before_analysts_is_kept() -> None:
    sentence = (
        "The carrier said on Monday it had spent $90m on repairs, but some analysts put the bill at $2bn."
    )
    assert not analysts_estimate(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "One economist calculated the region could lose up to 90,000 jobs.",
        "One City analyst told the radio that the lenders' fears made no sense.",
        "Most economists said the slump would last into next year.",
    ],
)
def test_unnamed_analysts_views_are_commentary(sentence: str) -> None:
    assert analysts_estimate(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_a_bodys_own_economist_is_no_unnamed_analyst() -> None:
    assert not analysts_estimate("The central bank's chief economist said on Monday it would raise rates.")


def test_a_paper_named_economist_is_no_analyst() -> None:
    assert not analysts_estimate("The Economist has argued as much.")
