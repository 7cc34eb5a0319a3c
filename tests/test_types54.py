"""The type an act the extraction left `other` settles on from the words news prose gives its kind: a letter
or an objection made public is a statement, a rescue team's or a force's arrival a deployment, two leaders'
talks diplomacy, measures imposed or lifted a policy, a hazard at work in the main clause a disaster. The
settled type changes no event's date or reports. All texts are our own."""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor sent a letter to the electoral commission on Tuesday asking for a recount.",
        "Two dozen economists wrote to the finance minister urging a pause in rate rises.",
        "In a joint letter to the league, the clubs questioned the new broadcasting deal.",
        "The farmers' union raised an objection to the proposed import quota.",
        "The mayor objected to the route of the new motorway.",
        "The shipping firm complained that port fees had doubled in a year.",
        "The bishop appealed to both parties for calm before the vote.",
        "In an interview with a local radio station, the coach defended his team selection.",
    ],
)
def test_words_made_public_are_a_statement(sentence: str) -> None:
    assert settled_type("other", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        # money asked for is a fundraising drive, and a complaint taken to court is the court's
        "The charity launched an appeal for $4m to rebuild the schools.",
        "The singer appealed for donations to the flood fund.",
        "The tenants lodged a complaint in court against the landlord.",
        # symptoms complained of are a patient's, no remark made public
        "The driver was taken to hospital complaining of chest pains.",
        # a letter received is no letter sent by the one the sentence is about
        "The shop received a delivery of letters boxes on Monday.",
    ],
)
def test_no_words_made_public(sentence: str) -> None:
    assert settled_type("other", sentence) != "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Norwegian search and rescue team with sniffer dogs landed at the island's airport on Sunday.",
        "The navy's aircraft carrier will arrive off the coast on Friday.",
        "Two hundred peacekeepers arrived in the border town overnight.",
        "Military medical teams are expected to reach the flooded valley by Monday.",
    ],
)
def test_a_force_or_rescue_team_arriving_is_a_deployment(sentence: str) -> None:
    assert settled_type("other", sentence) == "deployment"


@pytest.mark.parametrize(
    "sentence",
    [
        # a delegation of trade or a leader arriving is a visit, and rescuers at work are a rescue
        "The trade delegation arrived in the capital for a week of talks.",
        "Rescuers pulled a boy alive from the collapsed school.",
        "The cargo ship docked in the port with 30,000 tonnes of wheat.",
    ],
)
def test_arrivals_of_no_force(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Lena Ortiz will discuss the fishing dispute with President Karel Novak on Saturday.",
        "Chancellor Weiss and President Amadou will meet in Geneva next week.",
        "Foreign ministers will discuss reconstruction at a donor conference in Oslo on Monday.",
    ],
)
def test_two_leaders_talks_are_diplomacy(sentence: str) -> None:
    assert settled_type("other", sentence) == "diplomacy"


def test_a_leader_meeting_no_leader_is_no_diplomacy() -> None:
    # a head of government meeting a company's head is a meeting of no two states
    assert (
        settled_type("other", "President Ruiz will meet the carmaker's chief executive on Monday.") == "other"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The provincial government lifted all restrictions imposed during the measles outbreak.",
        "Curbs on gatherings were imposed in the capital last month.",
        "The ministry tightened screening at airports and border crossings.",
        "Officials eased their travel warning for the northern provinces.",
    ],
)
def test_measures_imposed_or_lifted_are_a_policy(sentence: str) -> None:
    assert settled_type("other", sentence) == "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tropical storm Ida formed over the western Caribbean on Wednesday.",
        "The storm battered the coast for a second day, cutting power to 40,000 homes.",
        "Floods in the delta destroyed hundreds of rice fields.",
        "The outbreak in March spread to two poultry markets on the coast.",
        "Two accidents in 2019 knocked a third off the refiner's share price.",
        "The slick grew overnight and the spill spread to the eastern bay.",
        "The ferry, carrying 300 passengers, caught fire off the northern cape.",
        "Damage in the hill towns was caused by a series of landslides.",
    ],
)
def test_a_hazard_at_work_is_a_disaster(sentence: str) -> None:
    assert settled_type("other", sentence) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        # a hazard in a clause of time or a relative clause is the time or the cause of something else
        "A boy was pulled alive from the rubble five days after the earthquake struck.",
        "Mourners honoured the miners who died in the blast that destroyed the shaft.",
        "The board met on the day parliament began hearings on the explosion that caused the leak.",
        # a compound names a service, a season or a defence, no hazard at work
        "The fire service closed the road for three hours.",
        "Flood defences were raised along the river.",
        # what a hazard forced someone to do is that one's act
        "The flood has also forced the council to delay the budget vote.",
    ],
)
def test_a_hazard_outside_the_main_clause_is_no_disaster(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


def test_only_acts_with_no_type_are_settled() -> None:
    # an act the extraction typed keeps its type: the settled kinds are read only where there was none
    assert settled_type("protest", "Strikers sent a letter to the board on Monday.") == "protest"
    assert settled_type("attack", "Troops arrived in the town after the shelling.") == "attack"


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        ("The airline's chairman is to stand down after a year of losses.", "leadership"),
        ("She stood down as party leader on the night of the count.", "leadership"),
        ("A former winger took over as coach of the national side.", "leadership"),
        # an alert ended is no office left
        ("Reserve units were ordered to stand down after the drill.", "other"),
    ],
)
def test_leaving_or_taking_up_an_office_is_leadership(sentence: str, settled: str) -> None:
    assert settled_type("other", sentence) == settled


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        (
            "The UN health agency raised its alert level to 5 after cases spread to a third region.",
            "disaster",
        ),
        ("The World Health Organization raised the pandemic alert to its highest phase.", "disaster"),
        # a city's own alert, with its measures, is its policy
        ("The city raised its heat alert to red and opened cooling centres.", "policy"),
    ],
)
def test_the_worlds_pandemic_alert_raised_declares_the_outbreak(sentence: str, settled: str) -> None:
    assert settled_type("policy", sentence) == settled


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        (
            "A trade magazine reported that the label's sales had doubled since the singer's comeback.",
            "claim",
        ),
        ("The airline plans to cut 2,000 jobs, the Sunday Herald reported.", "claim"),
        ("The BBC has learned the minister will receive a pension of £90,000.", "claim"),
        ("It emerged that the regulator had waived the safety rule twice.", "claim"),
        # a paper's own act, and something that emerges from rubble, pass on no story
        ("The newspaper cut its price to one euro on Monday.", "other"),
        ("A survivor emerged from the rubble after nine days.", "other"),
    ],
)
def test_another_outlets_story_is_a_claim(sentence: str, settled: str) -> None:
    assert settled_type("other", sentence) == settled


def test_an_alert_raised_before_the_act_is_the_acts_time() -> None:
    # the world's alert raised in a clause of time dates the ministry's advice, which stays its policy
    sentence = (
        "After the UN health agency raised its alert level, the ministry began advising against travel to the"
        " region."
    )
    assert settled_type("policy", sentence) == "policy"


def test_a_wire_named_as_the_source_passes_on_no_claim() -> None:
    # "the Associated Press reported" tells where the news came from: the warning is the event
    assert settled_type(
        "other", "A flood watch was issued for the river valley, the Associated Press reported."
    ) == ("other")


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        ("The two nurses will be questioned in court on 4 May.", "legal"),
        ("The former treasurer testified before the jury for a second day.", "legal"),
        # a chamber's hearing is no case
        ("The chief executive testified before a Senate committee on Tuesday.", "other"),
    ],
)
def test_evidence_given_to_a_court_is_a_step_of_the_case(sentence: str, settled: str) -> None:
    assert settled_type("other", sentence) == settled


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        ("Approval by the health ministry for the trial of the new vaccine came late on Monday.", "policy"),
        ("The go-ahead from the planning authority for the third runway was announced on Friday.", "policy"),
        # consent given by no public body is none
        ("Permission from the family for the biography was granted in March.", "other"),
    ],
)
def test_a_public_bodys_approval_is_a_policy(sentence: str, settled: str) -> None:
    assert settled_type("other", sentence) == settled


def test_the_title_tells_which_clause_is_the_event() -> None:
    # the hazard told in a relative clause is the event when the title was made from that clause
    sentence = "Shares have fallen by a third since the explosion that set off the fire at the depot."
    assert settled_type("other", sentence) == "other"
    assert settled_type("other", sentence, "The explosion set off the fire at the depot") == "disaster"
