"""Types a briefing officer would file a report under (issue 7), for classes of news English that the type
rules misread on unseen text (the forty-fourth session's count of wrong types on two opened slices and a
fresh draw): every form of a verb the vocabulary already knows, and a light verb read by its object. Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports, types_below_lead

THURSDAY = dt.date(2031, 5, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        # a toll a killer takes, in every form of "claim"
        "The fever is feared to be claiming 40 lives a week in the southern districts.",
        "The fire claimed the life of one volunteer, a nurse from Tarvel, on Tuesday.",
        "The mudslide on Sunday claimed the life of a shepherd near Orlo.",
        # the first deaths counted together, with their number
        "Provincial health officials reported the region's first two deaths from the fever on Monday.",
    ],
)
def test_a_toll_in_every_form_of_its_verb_is_casualties(sentence: str) -> None:
    assert "casualties" in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        # a claim about victims, no toll
        "Lawyers claiming 40 victims were misled by the lender filed papers on Monday.",
        "The firm said on Monday it was claiming the life insurance of its former director.",
        # a court's first sentences of death, counted, are no deaths
        "The tribunal in Kesk announced its first three death sentences under the emergency law on Friday.",
    ],
)
def test_a_claim_about_victims_or_a_policy_is_no_toll(sentence: str) -> None:
    assert "casualties" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The health ministry quarantined 40 students at a boarding school in Lorvia on Monday.",
        "Officials on Wednesday quarantined a group of at least 30 tourists in a hotel in Brenn.",
        "Soldiers quarantined three villages near the border on Wednesday.",
    ],
)
def test_a_quarantine_told_by_its_active_verb_is_policy(sentence: str) -> None:
    assert types_below_lead(sentence, THURSDAY) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The quarantined passengers were released on Wednesday.",
        "Two quarantined nurses left the ward in Orlo on Wednesday.",
        "The couple quarantined themselves at home on Wednesday after a neighbour fell ill.",
        # a reduced relative clause with its time only says who they are
        "The 25 sailors quarantined two weeks ago aboard a freighter in Kesk went ashore on Wednesday.",
    ],
)
def test_a_quarantined_participle_or_a_choice_is_no_measure(sentence: str) -> None:
    assert "policy" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # executives or a chairman called before lawmakers or a government: no act between states
        ("Lawmakers on Monday summoned the chief executives of four banks to a hearing.", "other"),
        ("The chairman of the airline was summoned to the presidential palace on Monday.", "other"),
        # a state's envoy summoned, actively or in the passive
        ("The foreign ministry summoned the Ruritanian ambassador on Monday.", "diplomacy"),
        ("The Ruritanian ambassador was summoned to the foreign ministry on Monday.", "diplomacy"),
        # a high commissioner, a nuncio or a bloc's foreign ministers are diplomats too
        ("Valdor summoned the Lorvian High Commissioner on Monday to protest the remarks.", "diplomacy"),
        (
            "Foreign ministers of the pact were summoned to an emergency meeting in Kesk on Monday.",
            "diplomacy",
        ),
        ("The government of Tarvia summoned the papal nuncio on Monday over the sermon.", "diplomacy"),
        (
            "The prime minister summoned his cabinet on Monday for talks with the Valdor delegation.",
            "diplomacy",
        ),
    ],
)
def test_a_summons_is_no_diplomacy_only_for_a_firms_heads_or_a_witness(sentence: str, wanted: str) -> None:
    assert {kind for kind, *_ in build_reports((THURSDAY, sentence))} == {wanted}


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister offered his condolences to the families of the miners on Wednesday.",
        "The port authority offered an apology to the fishermen of Kesk on Wednesday.",
        "Governor Ann Lee extended her deepest sympathies to the relatives on Wednesday.",
        "Mayor Tom Raff offered reassurance on Wednesday that the dykes would hold.",
    ],
)
def test_a_light_verb_with_words_for_its_object_is_a_statement(sentence: str) -> None:
    assert [kind for kind, *_ in build_reports((THURSDAY, sentence))] == ["statement"]


def test_remarks_beside_condolences_keep_their_title() -> None:
    # what was said is the news a title tells, not the condolences offered beside it
    sentence = (
        "Speaking in Brenn, Governor Ann Lee offered her condolences and said the state was doing its utmost "
        "to reopen the roads."
    )
    [(kind, _, _, title, _)] = build_reports((THURSDAY, sentence))
    assert kind == "statement"
    assert "reopen the roads" in title


@pytest.mark.parametrize(
    "sentence",
    [
        "The council offered a reward of $5,000 on Wednesday for information about the fire.",
        "The charity offered help to the families of the miners on Wednesday.",
    ],
)
def test_a_light_verb_with_a_thing_for_its_object_is_no_statement(sentence: str) -> None:
    assert "statement" not in [kind for kind, *_ in build_reports((THURSDAY, sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday the foreign ministry advised against all but essential travel to Valdor.",
        "On Wednesday Lorvia began an unprecedented nationwide shutdown of offices to contain the fever.",
        "The citywide lockdown of Brenn began on Wednesday.",
    ],
)
def test_travel_advice_and_a_country_shut_down_are_policy(sentence: str) -> None:
    assert types_below_lead(sentence, THURSDAY) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The refinery at Kesk began a shutdown for maintenance on Wednesday.",
        "Unions staged a nationwide shutdown strike on Wednesday over fuel prices.",
        # strikers' or a firm's own shutdown
        "Bus drivers began a nationwide shutdown on Wednesday over unpaid wages.",
        "The bicycle maker Varro began a nationwide shutdown of its plants on Wednesday, short of parts.",
        "Opposition parties enforced a citywide shutdown in Kesk on Wednesday to protest the vote.",
        # the measure as the topic of remarks
        "President Ana Roe went on television on Wednesday to say a nationwide shutdown had curbed it.",
    ],
)
def test_a_plants_shutdown_or_a_strike_is_no_measure(sentence: str) -> None:
    assert "policy" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "text",
    [
        "May 3 - The ferry Aldra sinks off the cape and a fuel slick forms.\n",
        "May 4 - The tanker runs aground near the harbour of Kesk.\n",
    ],
)
def test_a_wreck_in_a_chronologys_present_is_a_disaster(text: str) -> None:
    assert [kind for kind, *_ in build_reports((THURSDAY, text))] == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If the ferry sinks, the island loses its only link, the mayor said on Wednesday.",
        "The inspector said on Wednesday that when a tanker catches fire the crew has minutes to leave.",
        # a plot, a warning, a time left: no wreck of the day
        "The opera, in which the ferry sinks in the last act, opened in Kesk on Wednesday.",
        "Divers warned on Wednesday that the freighter breaks apart within hours if the storm reaches it.",
        "The passengers have an hour before the boat sinks, the harbour master said on Wednesday.",
    ],
)
def test_a_wreck_told_as_a_rule_or_a_condition_is_no_disaster(sentence: str) -> None:
    assert "disaster" not in types_below_lead(sentence, THURSDAY)


def test_what_a_body_is_set_up_to_look_into_types_nothing() -> None:
    sentence = (
        "The commission set up to investigate the mine collapse at Orlo began its hearings on Wednesday."
    )
    assert "disaster" not in types_below_lead(sentence, THURSDAY)


def test_an_explosion_the_police_look_into_is_still_told() -> None:
    # only a body set up for it, or named by what it looks into, makes the happening its topic
    sentence = "Police are investigating an explosion that destroyed a house in Kesk on Wednesday."
    assert types_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "text",
    [
        "May 4 - Governor Ann Lee deplores the contractors, blaming them for the delays at the dam.\n",
        "April 29 - President Tom Raff applauds the crews who rebuilt the bridge at Orlo.\n",
    ],
)
def test_a_verb_of_saying_in_a_chronologys_present_is_a_statement(text: str) -> None:
    assert [kind for kind, *_ in build_reports((THURSDAY, text))] == ["statement"]


def test_a_captions_present_testimony_is_no_event() -> None:
    # a photo's or video's caption tells its picture in the present, with no day of its own: no statement
    # dated by the page (the lead's own event stays)
    text = (
        "Flooding closed three highways in the valley of Kesk on Monday, officials said. Ivo Marsh, senior "
        "engineer at the Regional Water Agency, testifies to the House Transport Subcommittee about the "
        "flooding. Video: Mayor Ana Roe expresses regret during her remarks to the council."
    )
    assert "statement" not in [kind for kind, *_ in build_reports((THURSDAY, text))]


def test_where_one_hails_from_is_no_saying() -> None:
    sentence = "The new minister hails from the northern town of Kesk, officials said on Wednesday."
    [(_, _, _, title, _)] = build_reports((THURSDAY, sentence))
    assert title.startswith("Officials")


@pytest.mark.parametrize(
    "sentence",
    [
        # "pledges" is as often the noun, with or without a determiner
        "Those pledges do not mean much to Ana Roe, who filed a claim with the insurer in Brenn a month ago.",
        "Donor pledges to the flood appeal reached $3 billion on Wednesday.",
        "Relief pledges more than tripled on Wednesday, the agency in Kesk said.",
    ],
)
def test_pledges_as_a_noun_are_no_saying(sentence: str) -> None:
    assert "statement" not in [kind for kind, *_ in build_reports((THURSDAY, sentence))]


def test_a_storm_that_slams_into_a_coast_says_nothing() -> None:
    sentence = "A typhoon slams into the coast near Kesk on Wednesday, killing nine people."
    assert not {"statement", "claim"} & {kind for kind, *_ in build_reports((THURSDAY, sentence))}
