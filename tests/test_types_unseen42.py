"""Types a briefing officer would file a report under (issue 7), for classes of news English that the type
rules misread on unseen text: an estimate or a forecast given or revised is its makers' words, not an act nor
a planned happening. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.triggers import settled_type
from tests.reports import build_reports

THURSDAY = dt.date(2031, 5, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier in the week, harbour officials raised their estimate of the fuel lost to 900 tonnes.",
        "On May 2, after receiving figures from the owners, the port board announced the 900-tonne estimate.",
        "The regional bank cut its growth forecast for the province on Tuesday.",
        "Inspectors revised their estimate of the damage to the bridge on Wednesday.",
        "The insurers' best guess for the loss was $40m, a figure since doubled.",
        "The official estimate of the flow, based on divers' reports and images, is 700 to 900 tonnes.",
        "Full repairs will not be finished until October, the owners predict.",
        "The fund's administrator said he estimates that about $40 million will be paid out by the summer.",
    ],
)
def test_an_estimate_or_a_forecast_given_is_its_makers_words(sentence: str) -> None:
    assert settled_type("other", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        # an adjective, not the verb: the act is what was done with the estimate
        "In late April the port board received an updated estimate from the owners.",
        # the revision is only the time of another act
        "After the agency raised its estimate, the owners sold their stake in the terminal.",
        # a relative clause tells who someone is; the main clause's act is the news
        "The engineer, who revised the first estimate, flew to Varna on Monday.",
        # a noun at the sentence's end is no verb of forecasting
        "The dock will reopen in June, according to the latest estimate.",
        "Crews began work on the new pier on Monday, a $2bn project.",
        # a deed with a figure is no estimate
        "The owners cut the salvage team to 20 divers on Monday.",
    ],
)
def test_an_act_beside_an_estimate_keeps_its_type(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


def test_a_revised_estimate_built_from_a_report_is_a_statement() -> None:
    text = (
        "A freighter sank near the mouth of the harbour at Varna on Monday, port officials said.\n\n"
        "On Wednesday, harbour officials sharply raised their estimate of the fuel lost, from 200 to 900 "
        "tonnes a day.\n"
    )
    types = {title: kind for kind, _, _, title, _ in build_reports((THURSDAY, text))}
    raised = [kind for title, kind in types.items() if "estimate" in title]
    assert raised == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the south, port inspectors confirmed a fuel slick about six miles from the beaches of Varna.",
        'Coastal regulators reported a "first sighting" of a slick near the Toma Islands on Tuesday.',
        "Officials confirmed a fire at the chemical plant outside Brenn on Monday.",
        "Pilots spotted a new sheen off the northern cape.",
    ],
)
def test_a_hazard_sighted_by_who_watches_for_it_is_the_disaster(sentence: str) -> None:
    assert settled_type("statement", sentence) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        # the hazard subject of another act told
        "The company confirmed the leak had been plugged on Monday.",
        # none found
        "Inspectors found no leak at the plant on Monday.",
        # a relative clause says who someone is
        "The weekly, which reported a fire at the plant, was sued by its owners.",
        # its cause, not the hazard
        "Officials confirmed the cause of the fire on Tuesday.",
        # the hazard's course told in a clause of its own
        "Officials said the slick was shrinking.",
    ],
)
def test_words_about_a_hazard_stay_words(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The health agency reported the number of infected people to have reached 4,120 across 31 countries.",
        "Officials said the total of people infected had climbed to 612 in the delta.",
        "The ministry said the number of confirmed cases had risen to 1,240 on Monday.",
    ],
)
def test_an_outbreaks_count_told_through_its_keeper_is_the_outbreak(sentence: str) -> None:
    assert settled_type("statement", sentence) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        # a forecast, not a count
        "Officials said the number of cases could reach 10,000 by June.",
        # the dead counted, a toll
        "The minister said the number of flu deaths had risen to 40.",
        # no outbreak's count
        "The court said the number of fraud cases had risen to 40.",
        "The hospital said the number of patients had risen to 40.",
    ],
)
def test_other_counts_told_stay_words(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"
