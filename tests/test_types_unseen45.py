"""Types a briefing officer would file a report under (issue 7), for classes of news English that the type
rules misread on unseen text (the forty-fifth session's count of wrong types on two opened slices and a
fresh draw): a light verb read by its object (a measure issued, a penalty or a suit laid on someone), a
measure's change named by its noun, a seat taken on a board, and a named storm as its clause's subject.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports, types_below_lead

THURSDAY = dt.date(2031, 5, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry issued a new, more limited ban today.",
        "The regulator will issue new safety requirements for small brewers next week.",
        "The cabinet issued an order on Monday that restricted the sale of pesticides.",
        "The ministry issued fresh regulations for dairies on Wednesday.",
        "The council put in place new curbs on Wednesday.",
        "The interior minister authorised the relaxation of border controls on Monday.",
    ],
)
def test_a_measure_issued_or_changed_is_policy(sentence: str) -> None:
    assert "policy" in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        # a warning or a statement issued, an order for goods, a judge's order, a measure only asked for
        "The ministry issued a warning to travellers on Monday.",
        "Nova Air issued orders on Monday for six new jets.",
        "The judge issued an order on Monday that barred the firm from selling the land.",
        "Farmers called for the easing of the restrictions on Monday.",
    ],
)
def test_a_warning_an_order_for_goods_or_a_judges_order_is_no_policy(sentence: str) -> None:
    assert "policy" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        # a measure only asked for or named after a preposition, an order for goods or to a person, a sanction
        # given to a player, a directive to one firm
        "The guild issued a call for a ban on night work on Friday.",
        "The guild issued a demand for new curbs on Friday.",
        "Parents issued a petition against the school ban on Friday.",
        "The bank issued bonds despite new restrictions on Friday.",
        "Sola Air issued orders to Jetmark on Friday for 12 new planes.",
        "Police issued an order to clear the square on Friday.",
        "The umpire issued orders to the teams on Friday.",
        "The federation issued a three-match ban to the winger on Friday.",
        "The minister issued a directive to Corvo Mining on Friday.",
        # a decree that grants powers is no measure yet
        "The cabinet issued a decree giving the governor wider powers on Friday.",
    ],
)
def test_a_measure_asked_for_an_order_to_someone_or_a_players_ban_is_no_policy(sentence: str) -> None:
    assert "policy" not in [event[0] for event in build_reports((THURSDAY, sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Carla Mendes joined the board of Arlo Corp on Monday.",
        "Carla Mendes was promoted to finance chief on Monday.",
        "Tomas Vell joined the board in April, the firm said on Monday.",
        "Tomas Vell was promoted to head coach on Monday.",
        "The firm said on Monday Ivo Marin was handing over day-to-day management of it to Ana Ruiz.",
        "Ivo Marin handed the reins of the club to his son on Monday.",
    ],
)
def test_a_seat_on_a_board_or_a_rise_to_an_office_is_leadership(sentence: str) -> None:
    assert "leadership" in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Carla Mendes joined the board in calling for a review on Monday.",
        "The envoy joined the cabinet meeting on Monday by phone.",
        "Tomas Vell joined the board's walkout on Monday.",
        "Tomas Vell joined the board shorts maker on Monday.",
        # a club or a player moving up a league or a squad holds no office
        "The club was promoted to the second division on Saturday.",
        "The side were promoted to the top tier on Saturday.",
        "The forward was promoted to the senior squad on Saturday.",
        "Police handed over the suspect to prosecutors on Monday.",
    ],
)
def test_joining_a_boards_act_or_a_team_promoted_is_no_leadership(sentence: str) -> None:
    assert "leadership" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norvex was hit with a record fine of $90 million on Monday.",
        "The council was slapped with a penalty of $2 million on Tuesday.",
        "Norvex settled with the families of the crew for $4 million on Monday.",
        "Dalco was hit with fraud charges on Monday.",
        "Kova settled with the plaintiffs out of court on Tuesday.",
    ],
)
def test_a_penalty_laid_on_or_a_case_settled_is_legal(sentence: str) -> None:
    assert "legal" in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two neighbours settled their dispute over the fence on Monday.",
        "The town was hit with heavy snow on Monday.",
        # a price laid on, people who settle somewhere, a market that settles, an insurer that pays
        "Commuters were hit with steeper rail charges on Friday.",
        "Shoppers were hit with new card charges on Friday.",
        "The migrants settled with their families in the east on Friday.",
        "Shares settled with investors wary ahead of the budget on Friday.",
        "The mutual settled claims from the storm victims on Friday.",
    ],
)
def test_a_dispute_settled_or_a_town_hit_with_snow_is_not_legal(sentence: str) -> None:
    assert "legal" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tropical Storm Wanda blossomed over the Azores on Monday.",
        "Hurricane Pedro, the second of the season, strengthened on Tuesday.",
        "Tropical Storm Lisa formed then dissipated far out at sea on Tuesday.",
    ],
)
def test_a_named_storm_doing_what_storms_do_is_a_disaster(sentence: str) -> None:
    assert "disaster" in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters said on Monday the crisis was worse than Hurricane Pedro.",
        "Hurricane Pedro victims gathered in the square on Monday.",
        # the storm as the source of what does the act, in a clause that times another
        "Ferries stayed in port on Monday after gusts from Hurricane Pedro churned up high seas.",
        # a ship, a horse or a player bearing a storm's name
        "The vessel Cyclone Rover crossed the bay on Monday.",
        "The film Typhoon Belle developed a cult following on Monday.",
        "Typhoon Mendes, the team's new winger, tore down the flank on Monday.",
        "Hurricane Brody, the club's top striker, slammed home a penalty on Monday.",
    ],
)
def test_a_storm_as_a_measure_or_a_name_is_no_disaster(sentence: str) -> None:
    assert "disaster" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a participle that only describes the object of an act under way types nothing
        ("Work crews were replacing fences dislodged or damaged by the storm on Monday.", "disaster"),
        ("Rescuers were searching homes destroyed in the landslide on Monday.", "disaster"),
        # a measure that is one of a list of things demanded is no measure taken
        (
            "On Monday, dozens lined up to demand the firm pay up, a sweeping ban on logging and parks.",
            "policy",
        ),
        # a legislature's committee meeting on a bill is lawmaking at home, no diplomacy
        (
            "The Senate Finance Committee met on Monday to negotiate proposed legislation on lenders.",
            "diplomacy",
        ),
    ],
)
def test_a_describing_participle_a_listed_demand_or_a_committee_on_a_bill_types_nothing(
    sentence: str, wrong: str
) -> None:
    assert wrong not in [event[0] for event in build_reports((THURSDAY, sentence))]


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("Fences were damaged by the storm on Monday.", "disaster"),
        ("On Monday the council imposed a ban on logging.", "policy"),
        # a demand in an opening clause, the main clause's own measure after it
        ("Weeks after growers demanded aid, the board imposed new curbs on exports on Friday.", "policy"),
        ("After nurses called for action, the council banned night shifts on Friday.", "policy"),
        ("Answering calls for reform, the state imposed a ban on drones on Friday.", "policy"),
    ],
)
def test_a_participle_after_were_or_a_measure_imposed_keeps_its_type(sentence: str, right: str) -> None:
    assert right in [event[0] for event in build_reports((THURSDAY, sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        'On Tuesday the mayor of Lorsk blamed "sloppy checks and a lazy depot crew" for the bus fire.',
        "Mining executives traded blame in parliament on Tuesday over the collapse.",
    ],
)
def test_fault_laid_on_another_is_words_on_the_record(sentence: str) -> None:
    assert [event[0] for event in build_reports((THURSDAY, sentence))] == ["statement"]


def test_a_fault_told_in_the_passive_is_no_one_s_words() -> None:
    assert "statement" not in [
        event[0] for event in build_reports((THURSDAY, "The fire was blamed on faulty wiring on Tuesday."))
    ]


def test_a_moratorium_a_body_has_not_yet_issued_keeps_its_planned_event() -> None:
    sentence = (
        "The board is relaxing the rules, yet has not said when it might issue a fresh moratorium, on Friday."
    )
    assert "policy" in [event[0] for event in build_reports((THURSDAY, sentence))]
