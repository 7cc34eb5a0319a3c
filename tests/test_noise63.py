"""How things stand and what nobody named holds are no happenings: a figure at its running peak, the suits a
party faces counted as its main clause, the view of experts counted only as "some" or "other", and what a
film or book goes into. Each rule keeps the acts told beside them and the story's own parties. Every
sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import ranked_against_all, record_described
from events.extract.noise import at_its_peak, faces_a_count, standing_position, unnamed_experts_view
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "At its peak, the airlift flew 900 tonnes of grain a day into the valley.",
        "At their height the protests drew 100,000 people a night.",
        "But at its busiest, the ferry service carried 4,000 passengers.",
    ],
)
def test_a_running_peak_is_no_happening(sentence: str) -> None:
    assert at_its_peak(sentence)
    assert standing_position(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a time of the crisis, with no "its", sets the act the sentence tells
        "At the height of the crisis, the president fled the capital.",
        # no figure reached: "at its peak" only sets the scene
        "At its peak the storm tore roofs from houses along the coast.",
    ],
)
def test_a_time_set_by_a_peak_keeps_its_act(sentence: str) -> None:
    assert not at_its_peak(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The insurer is also facing about 300 lawsuits and more are likely to be filed.",
        "The builder faces some 40 claims from homeowners.",
        "Meanwhile the ferry company now faces 12 legal challenges.",
    ],
)
def test_a_count_of_suits_faced_is_no_happening(sentence: str) -> None:
    assert faces_a_count(sentence)
    assert standing_position(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the act is the main clause; the count only describes its subject
        "Roe, who faces three charges of fraud, pleaded not guilty.",
        # an act joined after the count is news
        "The builder faces 40 claims and settled two of them with buyers.",
        # a sentence in prison is no suit counted
        "He faces up to 20 years in prison.",
        # what a speaker says the suspect faces is the speaker's remark
        "Prosecutors said the captain faces 12 counts of manslaughter.",
    ],
)
def test_an_act_beside_a_count_of_charges_is_kept(sentence: str) -> None:
    assert not faces_a_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "But some geologists claim that the fault is still moving under the bay.",
        "Other environmentalists warned of damage to the marshes.",
        "Some experts who have studied the satellite pictures have estimated the flood at 2,000 sq km.",
    ],
)
def test_unnamed_experts_view_is_commentary(sentence: str) -> None:
    assert unnamed_experts_view(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's own scientists speak for it
        "Government scientists estimate the flooded area at 2,000 sq km.",
        "Other scientists at the Weather Service said the storm would turn north.",
        # a panel counted by its number, telling a committee, is testimony
        "Four independent scientists told the committee the pictures were needed.",
        # what experts did is a happening, not a view
        "Some experts fled the country after the coup.",
        "Other researchers found a second crack in the dam.",
    ],
)
def test_experts_of_a_party_or_their_acts_are_kept(sentence: str) -> None:
    assert not unnamed_experts_view(sentence)


def test_unnamed_experts_on_a_named_day_are_left_to_the_day() -> None:
    # the caller keeps a view given on a day of its own: it may be the day's news
    sentence = "Some geologists said on Wednesday that they found a crack in the dam."
    assert unnamed_experts_view(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        'The documentary at 8pm tonight called "Harbour: the Long Night" also delves into the port\'s past.',
        "The book charts the general's rise from a village school to the palace.",
        "The film then looks back at the floods of the last decade.",
    ],
)
def test_what_a_work_goes_into_is_no_happening(sentence: str) -> None:
    assert record_described(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a revelation may carry news
        "The film reveals that the ferry company hid the cracks in the hull.",
        # what befalls the work is a happening
        "The programme was pulled from the schedule on Monday.",
        # the subject is no work
        "Police arrested the director, whose film explores the army's abuses, on Tuesday.",
    ],
)
def test_a_works_news_is_kept(sentence: str) -> None:
    assert not record_described(sentence)


def test_a_relative_clause_that_ranks_its_noun_adds_no_happening() -> None:
    sentence = (
        "The documentary tonight also delves into the history of Kestrel Steel, which last year produced "
        "more steel than any other private company."
    )
    assert ranked_against_all("which last year produced more steel than any other private company.")
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_a_main_clause_with_a_rank_is_left_alone() -> None:
    assert not ranked_against_all("The storm killed more people than any other in a decade.")
