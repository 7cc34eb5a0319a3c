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
        "Earlier in the week, the hospital board raised its estimate of the repair bill to 900,000 euros.",
        "On May 2, after receiving figures from builders, the school board announced the 900-seat estimate.",
        "The regional bank cut its growth forecast for the province on Tuesday.",
        "Inspectors revised their estimate of the damage to the bridge on Wednesday.",
        "The insurers' best guess for the loss was $40m, a figure since doubled.",
        "The official estimate of the crowd, based on ticket sales and photographs, is 7,000 to 9,000.",
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
        # the estimate told in a clause of circumstance after the act
        "The grocer closed four shops on Monday, as it cut its sales forecast.",
        # a noun after the word names something else
        "The institute unveiled its new forecast model at a fair in Tarvo on Monday.",
    ],
)
def test_an_act_beside_an_estimate_keeps_its_type(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


def test_a_revised_estimate_built_from_a_report_is_a_statement() -> None:
    text = (
        "A storm tore the roof off the sports hall at Varna on Monday, town officials said.\n\n"
        "On Wednesday, town officials sharply raised their estimate of the repair bill, from 200,000 to "
        "900,000 euros.\n"
    )
    types = {title: kind for kind, _, _, title, _ in build_reports((THURSDAY, text))}
    raised = [kind for title, kind in types.items() if "estimate" in title]
    assert raised == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the south, mine inspectors confirmed a gas leak about six miles from the town of Varna.",
        'Forest rangers reported a "first sighting" of a blaze close to the Toma ridge.',
        "Officials confirmed a fire at the chemical plant outside Brenn on Monday.",
        "Pilots spotted a new wildfire near the northern pass.",
        "Engineers detected a leak 3 kilometres from the dam on Monday.",
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
        "Officials said the blaze was shrinking.",
        # figures of speech, not hazards at a place
        "Auditors discovered a leak in the charity's accounts, the minister told parliament on Monday.",
        "Critics found the new musical slick, the weekly said on Monday.",
        "Brokers reported a drought in lending to small farms on Monday, the bank said.",
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


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The water board said its new filter system had removed 3,200 tonnes of silt from the canal.",
            "other",
        ),
        ("Police in Tarnow said their officers arrested six men at the border on Monday.", "arrest"),
        ("The charity said its teams had distributed 4,000 tents in the valley on Sunday.", "other"),
        # craft or a force: an accident or a move of force the words miss, no plain act
        ("The ferry line said its boats collided in fog on Sunday.", "statement"),
        ("The army said its soldiers entered the village on Sunday.", "statement"),
    ],
)
def test_a_deed_of_a_bodys_own_people_or_means_told_through_its_voice_is_the_deed(
    sentence: str, kind: str
) -> None:
    assert settled_type("statement", sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure that changed, not a doer
        "The company said its shares had slumped on Monday.",
        # a person alone speaks for no body
        "Jo Roe said its crews had cleared the road.",
        # not done, or a judgement of how it was done
        "The company said its engineers had not replaced the valve.",
        "The company said its engineers had acted properly.",
        # a view or a finding, no deed
        "The ministry said its inspectors had found no fault.",
        "The agency said its officials believed the road was safe.",
        # the saying of one day telling a deed of another: the deed is its own day's event, made from its
        # own clause, and the saying stays the remark (typed as the deed it told the deed twice)
        "The water board said on Tuesday its crews had cleared 400 tonnes of silt from the canal on Monday.",
        "Police said on Friday their officers arrested six men at the border on Thursday.",
    ],
)
def test_words_about_a_bodys_own_people_stay_words(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The relief fund's administrator on Wednesday encouraged claimants to file early for final payments.",
        "Lawyers for the port briefed members of the assembly on their findings in early May.",
        "The fishermen have now threatened to block the harbour.",
        "The mayor threatened to close the market on Monday.",
    ],
)
def test_words_addressed_to_others_are_a_statement(sentence: str) -> None:
    assert settled_type("other", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        # a hazard threatens, no one speaks
        "The storm threatened to flood the lower town.",
        "Rising water threatened to swamp the levee.",
        "Rising waters threatened to swamp the levee.",
        # a risk, no threat made
        "The quarrels threatened to wreck the venture, until Ana Roe got involved again.",
        # no one addressed
        "The minister encouraged investment in the port.",
        "The firm updated its software on Monday.",
        # no one speaks: a cause urges no one
        "Cheap loans encouraged farmers to borrow more last year.",
        "The new levy encouraged shops to open longer hours.",
        "Rising prices have encouraged hundreds of families to leave the valley.",
        "The town council updated the parking fees on Monday.",
        "The quarrel between Roe and Lund threatened to split the club on Monday.",
        # the when-clause's act is the news
        "Police were briefing reporters on Monday when a shot rang out near the court.",
    ],
)
def test_acts_and_hazards_beside_those_verbs_keep_their_type(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


def test_a_hazard_sighted_in_a_speakers_account_stays_his_words() -> None:
    sentence = "Jo Roe, a crane driver, said one of the cameras spotted a fire near the north gate."
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "A team of doctors from the charity, including some from Peru, were travelling to Avra "
        "and should be in the country by Sunday.",
        "Seventeen humanitarian experts had arrived in Tarvonia on Friday.",
        "Aid workers were heading to the valley on Monday.",
        "A team of doctors from the relief group arrived in the port on Monday.",
    ],
)
def test_skilled_help_on_its_way_or_arrived_is_a_deployment(sentence: str) -> None:
    assert settled_type("other", sentence) == "deployment"


@pytest.mark.parametrize(
    "sentence",
    [
        "A team of lawyers arrived at the court on Monday.",
        "The experts arrived at their conclusion on Monday.",
        "A team of engineers from the firm arrived at the plant on Monday.",
        # no help sent: experts come to audit or to review
        "A team of experts from the lenders arrived in Tarvo on Monday to review the loan.",
        "A team of specialists arrived to audit the savings bank on Monday.",
        # the when-clause's act is the news
        "Aid workers were driving to the camp on Monday when bandits stopped their lorries.",
    ],
)
def test_others_arriving_are_no_deployment(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"
