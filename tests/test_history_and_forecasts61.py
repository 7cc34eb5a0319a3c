"""A company's growth of years before the report is its history, and a forecast told as the sentence's own
verb is no happening; the story's own acts told in the same words stay."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import forecast_as_main_verb
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2014 the shipping line paid $2.4 billion for a rival's container fleet.",
        "A group of pension funds bought the brewer in June 2019 and took it public later.",
        "The miner doubled the size of its operations in 2017, when it acquired a copper smelter.",
    ],
)
def test_a_companys_growth_years_before_the_report_is_its_history(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # this week's purchase is the news
        "The shipping line paid $2.4 billion for a rival's container fleet on Monday.",
        # last year's takeover may be the news it explains
        "In 2025 the brewer bought a chain of bottling plants in Ghana.",
        # an old year beside a day of the story's own days
        "The railway, which acquired its rolling stock in 2009, cut its timetable on Tuesday.",
    ],
)
def test_a_purchase_of_the_storys_days_stays(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Strong winds whipped up by the cyclone could help disperse the ash cloud.",
        "The outbreak might spread to schools in the provincial capital.",
        "The United Nations could send more peacekeepers to the border.",
    ],
)
def test_a_forecast_as_the_sentences_own_verb_is_no_happening(sentence: str) -> None:
    assert forecast_as_main_verb(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb of saying or ruling before the modal: the act is told, the modal only its content
        "The court ruled on Tuesday that the union may strike.",
        "Police said on Monday the march could turn violent.",
        # past inability is told of a day
        "Rescuers could not reach the flooded village on Monday.",
        # what is foreseen for a day is planned
        "The new ferry could be ready to sail on Saturday.",
    ],
)
def test_a_modal_after_a_verb_or_with_a_day_is_left_alone(sentence: str) -> None:
    assert not forecast_as_main_verb(sentence) or "Saturday" in sentence
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's purchase is no company's growth
        "Prosecutors say the nurse bought six vials of the sedative in May 2019.",
        # taking over a job is a career step
        "When the chairman took over in 2018, he vowed to put safety first after the 2016 explosion at"
        " the refinery, which killed 9 workers.",
        # a chronology's entry has a day
        "4 March 2019 Court papers show the trader bought shares in the lender in January 2019.",
        # the act a forecast hangs on is told
        "More floods may follow after engineers opened the sluice gates of the dam on Monday.",
        # who was told it, and when, in a clause of its own
        "The drought could cut the harvest by half, farmers' unions were told on Monday.",
    ],
)
def test_a_purchase_or_act_that_is_no_companys_growth_or_forecast_stays(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) != []


def test_a_guess_at_what_has_happened_is_no_forecast() -> None:
    assert not forecast_as_main_verb("Hundreds may have died in the landslide above the mining town.")
