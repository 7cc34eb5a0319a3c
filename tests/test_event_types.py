"""The type vocabulary: documented once, with the classifier's precedence, and assigned by general rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.extract.triggers import TRIGGERS
from events.query.figures import TYPE_STYLES
from events.schema import EVENT_TYPE_DEFINITIONS, EVENT_TYPES

DOC = Path(__file__).resolve().parent.parent / "docs" / "event_types.md"


def test_every_type_is_documented_with_a_cameo_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    for event_type, (definition, cameo) in EVENT_TYPE_DEFINITIONS.items():
        assert f"| `{event_type}` | {definition} | {cameo} |" in text


def test_documented_precedence_is_the_classifiers() -> None:
    order = ", ".join(dict.fromkeys(t.event_type for t in TRIGGERS))
    assert " ".join(order.split()) in " ".join(DOC.read_text(encoding="utf-8").split())


def test_every_type_has_a_timeline_style() -> None:
    assert set(TYPE_STYLES) == set(EVENT_TYPES)


def _types(sentence: str) -> list[str]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 12)))
    return [m.event_type for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A magnitude 6.8 earthquake struck the northern coast on Tuesday, killing at least 40 people.",
            "disaster",
        ),
        ("Floods swept through three provinces on Monday after days of heavy rain.", "disaster"),
        ("The two rebel groups signed a peace deal in Doha on Monday.", "agreement"),
        ("Soldiers ousted the president in a coup on Wednesday, state television said.", "leadership"),
        ("The prime minister resigned on Tuesday after losing a confidence vote.", "leadership"),
        ("Police arrested the opposition leader at his home on Monday.", "arrest"),
        ("A court in the capital sentenced the former mayor to six years in prison on Tuesday.", "legal"),
        ("Voters went to the polls on Sunday in a presidential run-off election.", "election"),
        ("Thousands of protesters marched on parliament on Saturday to demand new elections.", "protest"),
        ("The government imposed new tariffs on imported steel on Monday.", "policy"),
        ("Drones struck an oil depot near the port on Monday night, officials said.", "attack"),
        # a judge's order is a ruling, wherever the court sits and whenever it ruled
        ("A federal judge in Harwick on Tuesday ordered the mining firm to pay $40 million.", "legal"),
        # a market's move put down to a cause is the move
        ("Thursday's slide in the index was blamed on fears of new sanctions on exporters.", "other"),
    ],
)
def test_international_news_gets_its_type(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_a_cardiac_arrest_is_no_arrest() -> None:
    assert "arrest" not in _types("The banker suffered a cardiac arrest in his car on Monday, police said.")
    assert _types("Police arrested the actor's doctor at his home on Monday.")[:1] == ["arrest"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In May of the previous year, a flash flood in the town killed more than 200 people.", "disaster"),
        ("As many as 400 people died in the 9 March landslide.", "disaster"),
        ("Floods have killed 112 people since Monday, officials said.", "casualties"),
        ("Artillery fire killed five people in the town on Monday.", "casualties"),
        ("The health agency on Monday reported a further 23 cases of the fever.", "disaster"),
        ("Thirty-five new cases of cholera in the north were confirmed on Sunday.", "disaster"),
        ("The fever has now infected almost 500 people in the north alone.", "disaster"),
        (
            "With 40 new cases in Ostrava and two cases in Brno confirmed on Friday, a total of 900 "
            "people have now caught the disease.",
            "disaster",
        ),
    ],
)
def test_a_disaster_told_with_its_toll_or_its_new_cases(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_an_aim_to_attack_is_no_attack() -> None:
    assert "attack" not in _types("Scientists on Monday tested a compound designed to attack DNA in tumours.")
    assert _types("Gunmen attacked a police station in the north on Monday.")[:1] == ["attack"]


def test_a_heart_attack_or_being_struck_by_a_thought_is_no_attack() -> None:
    assert "attack" not in _types("The singer died of a heart attack at a clinic on Friday, his lawyer said.")
    assert "attack" not in _types("The mayor said on Monday she was struck by how many families had stayed.")
    assert _types("A rocket struck a school in the north on Monday, officials said.")[:1] == ["attack"]


def test_people_of_any_nationality_captured_are_not_a_capture_of_their_own() -> None:
    assert "capture" not in _types(
        "The army said on Monday it had captured Nigerien soldiers near the border."
    )
    assert _types("Rebels captured a cargo ship off the coast on Monday, residents said.")[:1] == ["capture"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels captured the town of Kalemie on Monday, residents said.", "offensive"),
        ("The rebels captured Goma in January and seized Bukavu in February.", "offensive"),
        ("In 2019 the guards held the British-flagged Stena Impero for two months.", "capture"),
        (
            "On Friday the board said the managing director had been relieved of his day-to-day duties.",
            "leadership",
        ),
        ("An earlier round of talks collapsed in September when the delegation walked out.", "diplomacy"),
    ],
)
def test_war_gains_ships_held_removals_and_talks_collapsing(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_ruling_out_is_a_statement_not_a_ruling() -> None:
    assert _types("Investigators ruled out sabotage after a first inspection on Friday.") == ["statement"]


def test_a_single_case_confirmed_is_a_disaster() -> None:
    assert _types("The ministry has confirmed the first case of cholera in the capital.")[:1] == ["disaster"]


def test_an_order_to_cull_or_quarantine_is_policy() -> None:
    assert _types("Authorities in the province have ordered a cull of poultry.")[:1] == ["policy"]
    assert _types("About 130 passengers from the flight have already been quarantined.")[:1] == ["policy"]


def test_a_market_move_the_story_reports_is_an_event() -> None:
    assert _types("Shares in the mining group closed down 4.5% in London.")[:1] == ["other"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His sentence will be announced on July 2, the court said.", "legal"),
        ("The former minister will appear before an anti-corruption court on Monday.", "legal"),
        ("The utility hopes to seal the breach for good by mid-August.", "other"),
        ("The ministry has confirmed nine deaths from the fever.", "casualties"),
        ("Mobile internet was cut for several hours.", "policy"),
        ("City prosecutors will file a criminal case against the surgeon on Monday, officials say.", "legal"),
    ],
)
def test_planned_acts_court_dates_confirmed_deaths_and_blackouts(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_a_planned_act_is_planned() -> None:
    article = prepare_article(
        "own.txt",
        "The utility hopes to seal the breach by mid-August.\n",
        SourceRow(published=dt.date(2026, 7, 10)),
    )
    (mention,) = extract_mentions(article, load_gazetteer())
    assert mention.planned and mention.date_start == dt.date(2026, 8, 11)


def test_further_cases_confirmed_are_a_disaster_and_a_missed_quarantine_is_no_policy() -> None:
    assert _types("Nine further cases of the virus were confirmed in the region on Monday.")[:1] == [
        "disaster"
    ]
    assert "policy" not in _types("They should have quarantined passengers off the ferries on Monday.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sanctions follow the fall of El Fasher to the militia in late October of last year.",
            "offensive",
        ),
        ("He was arrested in Chad in March 2022 and transferred to The Hague the following month.", "arrest"),
        # what had been scheduled did not happen: the postponement is the first happening
        (
            "The vote had been scheduled for December of the previous year but was postponed in October.",
            "election",
        ),
    ],
)
def test_what_the_opening_refers_back_to_and_shared_subjects(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_a_second_clause_that_shares_its_subject_takes_the_type_the_subject_gives() -> None:
    sentence = "The vote had been scheduled for December of the previous year but was postponed in October."
    assert _types(sentence) == ["election"]  # the plan overtaken is no happening of its own
    assert _types(
        "He was arrested in Chad in March 2022 and transferred to The Hague the following month."
    ) == [
        "arrest",
        "legal",
    ]


def test_an_act_before_a_closing_attribution_with_a_participle_is_the_act() -> None:
    sentence = (
        "Authorities upstream will begin releasing water from the dam on Friday, the water ministry said, "
        "raising the risk of further flooding."
    )
    assert _types(sentence) == ["other"]


def test_oil_captured_and_farm_run_off_are_no_capture_or_election() -> None:
    assert "capture" not in _types(
        "The company said on Monday it had captured 9,400 barrels of oil from the stricken tanker."
    )
    assert "election" not in _types("Algae blooms spread on Monday, fed by run-off from farm fertiliser.")


def test_aftershocks_that_followed_are_a_disaster() -> None:
    sentence = "The quake was followed by more than 150 aftershocks, the strongest a 5.1 tremor on Sunday."
    assert _types(sentence)[:1] == ["disaster"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The governor ordered the water board on Monday to restore supplies to the eastern suburbs.",
            "policy",
        ),
        ("A civil action against the operator was filed in a district court on Tuesday.", "legal"),
        ("The fishermen's union filed a complaint with the maritime tribunal on Friday.", "legal"),
    ],
)
def test_a_directive_and_a_suit_filed_are_acts_not_remarks(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional governor visited a flooded cement works on Monday.",
        "The finance minister met with executives of two airlines on Wednesday.",
    ],
)
def test_a_visit_or_meeting_at_home_is_no_diplomacy(sentence: str) -> None:
    assert _types(sentence)[:1] == ["other"]


def test_a_visit_between_two_states_is_diplomacy() -> None:
    assert _types("The Brazilian president visited Angola on Monday.")[:1] == ["diplomacy"]
    assert _types("Rich and poor governments discussed vaccine prices in Geneva on Monday.")[:1] == [
        "diplomacy"
    ]


def test_someone_feared_dead_is_a_casualty_report() -> None:
    article = prepare_article(
        "own.txt",
        "The head of the survey team is missing and feared dead after the mine flooded.\n",
        SourceRow(published=dt.date(2026, 5, 12)),
    )
    assert [m.event_type for m in extract_mentions(article, load_gazetteer())][:1] == ["casualties"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a killing told by how it was done is a toll
        ("Soldiers shot dead three villagers near the border on Monday.", "casualties"),
        ("A shopkeeper was stabbed to death in the market on Tuesday.", "casualties"),
        # an opening absolute phrase sets the scene; the main clause's act is typed, not the phrase's
        ("With the election over, the president named a new cabinet on Tuesday.", "other"),
        # a measure told by what it did to a place or to people
        ("Police sealed off the hotel on Friday night after the test results came back.", "policy"),
        ("The government has placed dozens of travellers in forced quarantine.", "policy"),
        ("The school has been closed and pupils given antiviral drugs.", "policy"),
        # the outbreak's new cases, counted as people diagnosed
        (
            "Two more people in Leeds have been diagnosed with the virus, health officials confirmed.",
            "disaster",
        ),
        # the dead counted with "were dead", "known to be dead"
        ("Two of the hostages are dead, the army said on Tuesday.", "casualties"),
        ("The minister said on Monday that 16 peacekeepers were known to be dead.", "casualties"),
        # a command taken is leadership; an office held ("in charge of") is no court case
        ("Ghana took charge of the monitoring mission in 2011.", "leadership"),
        # the outbreak's count raised, a storm that formed with its season between
        (
            "The health agency today raised its national tally of confirmed measles cases to 1,480.",
            "disaster",
        ),
        ("The first tropical depression of the Pacific season formed off the coast on Monday.", "disaster"),
        # homes lost are a toll as well
        (
            "More than 23,000 people were displaced and 3,500 homes destroyed, the agency said on Monday.",
            "casualties",
        ),
        # job cuts made are an act; cuts to come stay the remarks that announce them
        ("The carmaker cut 900 jobs on Monday as it prepares to close its plant.", "other"),
        (
            "The carmaker will cut 900 jobs as it prepares to close its plant, officials said on Thursday.",
            "statement",
        ),
    ],
)
def test_acts_told_by_their_effect_get_their_type(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_opening_fire_is_not_typed_an_attack() -> None:
    assert "attack" not in _types("Police opened fire on the crowd outside the ministry on Tuesday.")


def test_one_persons_diagnosis_is_no_outbreak() -> None:
    assert "disaster" not in _types("The singer was diagnosed with cancer on Monday, his agent said.")


def test_the_one_in_charge_of_something_is_no_court_case() -> None:
    assert "legal" not in _types(
        "The official in charge of the fund said on Monday he was ready to pay all claims."
    )


def test_a_standing_count_of_the_displaced_is_no_toll() -> None:
    assert "casualties" not in _types(
        "The agency says more than 7 million people are displaced inside the country."
    )


def test_a_place_described_as_cordoned_off_is_no_measure_taken() -> None:
    assert "policy" not in _types("The warehouse is being watched by guards and cordoned off with tape.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb's act, not a word that names the topic or what somebody is
        ("The appeals judge struck down the state's ban on night flights on Monday.", "legal"),
        ("Jane Roe struck an upbeat note on Friday, saying the firm would recover.", "statement"),
        (
            "Harbour Watch said on Tuesday the freighter had switched off its transponder, a trick common "
            "among tankers carrying sanctioned fuel.",
            "other",
        ),
        (
            "Shares in European carriers fell on Monday amid fears over the outbreak that started in Asia.",
            "other",
        ),
        (
            "The European Union's election observer mission said on Monday the count had been orderly.",
            "statement",
        ),
        ("Canada suspended its security dialogue with Peru on Monday.", "diplomacy"),
        ("Ministers will review the bloc's relations with Lima at a meeting next month.", "diplomacy"),
        (
            "The chief executive will present results on Tuesday and talks about strategy with investors.",
            "other",
        ),
        # an outbreak counted, a spill told by what it let out or where it came ashore
        ("Peru has more than 800 confirmed cases of the virus, including 12 deaths.", "casualties"),
        ("Eleven new cases were diagnosed in Wales on Sunday.", "disaster"),
        ("The drilling platform blew up on 3 March, the operator said.", "disaster"),
        ("By Sunday, 1m to 2m gallons (4m to 8m litres) of diesel had spewed into the harbour.", "disaster"),
        ("Tar balls washed ashore on beaches near the port on Saturday.", "disaster"),
        # measures, closures and declarations
        ("Linden primary school closed on Monday when two pupils fell ill.", "policy"),
        ("Fernhill college, in west Wales, will be closed this week after a student fell ill.", "policy"),
        ("The health ministry outlined the measures it has taken against the outbreak on Monday.", "policy"),
        ("The governor declared the flooded valley a disaster area on Monday.", "policy"),
        # equipment put to work is no deployment; an inquiry by prosecutors is a legal step
        ("The salvage firm is deploying robotic submarines to seal the pipe on Friday.", "other"),
        ("UN rescue teams were redeployed to the coastal town on Thursday.", "deployment"),
        (
            "On Monday the prosecutor said police had opened a criminal investigation into the collapse.",
            "legal",
        ),
        ("Government scientists issued a figure of 20,000 barrels a day on 2 March.", "statement"),
        ("A Kenyan nurse was the first foreign aid worker to die in the epidemic on Tuesday.", "casualties"),
    ],
)
def test_the_main_verbs_act_decides_the_type(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_oil_collected_is_no_capture() -> None:
    assert "capture" not in _types(
        "The company is raising its oil capturing capacity to 12,000 barrels a day."
    )
    assert "capture" not in _types("Crews captured 6,500 barrels of oil on Monday.")


def test_an_old_spill_recalled_by_a_participle_is_no_disaster_of_the_sentence() -> None:
    assert "disaster" not in _types(
        "The total is nearly 9m litres, dwarfing the 400,000 litres of diesel spilled by a barge in 1997."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone else's act told in the pluperfect is the act, its title keeping who told of it
        ("Harbour Watch said on Tuesday the freighter had switched off its transponder.", "other"),
        ("Harbour Watch said on Tuesday that rescue crews had reopened the bridge.", "other"),
        # a view, a fate or words reported stay remarks
        ("Harbour Watch said on Tuesday the captain had survived.", "statement"),
        ("Jane Roe said on Tuesday the company had warned staff.", "statement"),
        (
            "Police confirmed on Tuesday that Mr Roe had been helpful and had handed over records.",
            "statement",
        ),
        # a circumstance in a while-clause is not what the remarks are
        (
            "The European Union's election observer mission said on Monday the count had been orderly, "
            "while noting delays in "
            "the delivery of ballot papers.",
            "statement",
        ),
    ],
)
def test_an_act_reported_by_someone_is_the_act_and_remarks_stay_remarks(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


def test_a_reported_act_keeps_its_teller_in_the_title() -> None:
    article = prepare_article(
        "own.txt",
        "Harbour Watch said on Tuesday the freighter had switched off its transponder.\n",
        SourceRow(published=dt.date(2026, 3, 12)),
    )
    (mention,) = extract_mentions(article, load_gazetteer())
    assert mention.clause.startswith("Harbour Watch says the freighter had switched off")


@pytest.mark.parametrize(
    "sentence",
    [
        # a writer's forecast, and what it measures against
        "At this rate the deficit could exceed by next month the 1992 gap that led to a bailout.",
        # a photo's caption: a scene, the happening only named in its clauses
        "Gas that escaped from a broken main following an explosion at a plant drifts over the rooftops.",
    ],
)
def test_a_forecast_or_a_caption_reports_no_act(sentence: str) -> None:
    assert _types(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Health Minister Jane Roe said on Friday the ship had about 300 passengers and 80 crew.",
        "Engineers at the site said on Friday the crack had doubled in length in a week.",
    ],
)
def test_what_a_thing_had_or_how_it_grew_stays_remarks(sentence: str) -> None:
    assert _types(sentence)[:1] == ["statement"]


def test_a_reported_act_of_a_plural_teller_says_so_in_the_plural() -> None:
    article = prepare_article(
        "own.txt",
        "Engineers said on Friday the crews had replaced the valve.\n",
        SourceRow(published=dt.date(2026, 3, 12)),
    )
    (mention,) = extract_mentions(article, load_gazetteer())
    assert (mention.event_type, mention.clause) == ("other", "Engineers say the crews had replaced the valve")


def test_oil_already_collected_is_no_act() -> None:
    assert _types("It does far more harm than the collected oil that floats on the lake.") == []
    assert _types("The ship was expected to begin collecting oil on Sunday night.")[:1] == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hopes rose on Monday that the talks would resume.",
        "With the utility unable to stop the flow from a main that burst last week, attention was turning to "
        "the suburbs.",
    ],
)
def test_a_public_mood_is_colour_not_an_act(sentence: str) -> None:
    assert _types(sentence) == []


def test_what_made_a_mood_rise_is_a_happening_of_its_own() -> None:
    assert "disaster" in _types(
        "Fears of a wider spill grew on Tuesday after oil slicks reached the beaches."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "One fund manager, Halden Capital, captured the grim mood at the meeting on Tuesday.",
        "The singer's farewell tour captured the public imagination in March.",
    ],
)
def test_capturing_a_mood_or_the_imagination_is_no_capture(sentence: str) -> None:
    assert "capture" not in _types(sentence)


def test_rebels_capturing_a_town_is_still_a_capture() -> None:
    assert "capture" in _types("Rebels captured the northern town of Kalehe on Tuesday.")


def test_a_storm_that_has_formed_is_a_disaster_even_when_forecasters_report_it() -> None:
    assert _types("Forecasters said late on Friday that a tropical depression had formed off the coast.") == [
        "disaster"
    ]
    assert _types(
        "A tropical storm has formed in the western Pacific, the weather agency said on Thursday."
    ) == ["disaster"]


def test_a_dated_aside_after_a_named_storm_and_its_description_tells_of_the_storm() -> None:
    from events.merge.clusters import cluster_mentions, title

    text = (
        "Fishing fleets stayed in port on Thursday. The coast is still recovering from Typhoon Mira, the "
        "strongest storm of the year, which battered the southern islands last week, killing 14 people."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12)))
    storms = [
        c for c in cluster_mentions(extract_mentions(article, load_gazetteer())) if c.window[0].day == 2
    ]
    assert [(c.event_type, title(c)) for c in storms] == [
        ("disaster", "Typhoon Mira battered the southern islands last week")
    ]


def test_rescue_teams_and_police_sent_are_deployments_but_an_offer_to_send_is_not() -> None:
    assert _types("Norway sent a team of 40 search-and-rescue specialists to the quake zone on Monday.") == [
        "deployment"
    ]
    assert _types("The government sent 500 police officers to the border town on Tuesday.") == ["deployment"]
    assert "deployment" not in _types("Chile and Peru offered on Monday to send rescue teams to the region.")
    assert "leadership" not in _types("The minister offered on Tuesday to resign over the scandal.")


def test_a_measure_weighed_is_remarks_not_the_measure() -> None:
    assert _types(
        "The European Union's farm commissioner said on Friday the bloc should weigh its own moratorium "
        "on deep-sea trawling."
    ) == ["statement"]
    assert _types("The cabinet is weighing a ban on exports of raw nickel, officials said on Monday.") == [
        "statement"
    ]
    # a measure taken stays one
    assert _types("The cabinet imposed a ban on exports of raw nickel on Monday.") == ["policy"]


def test_a_courts_order_and_a_motion_to_stay_it_are_legal() -> None:
    assert _types("A federal judge, also in Sacramento, lifted the ban on new pipelines on Tuesday.") == [
        "legal"
    ]
    assert _types("The court threw out the government's moratorium on logging on Tuesday.") == ["legal"]
    assert _types("The city is asking for a stay of the judge's order at a hearing on Thursday.") == ["legal"]
    # a government lifting its own ban is a policy
    assert _types("The government lifted the ban on new pipelines on Tuesday.") == ["policy"]


def test_a_ship_that_broke_up_or_capsized_is_a_disaster() -> None:
    assert _types("In 2019 the tanker Sea Falcon broke up off the Norwegian coast, spilling its crude.") == [
        "disaster"
    ]
    assert _types("A ferry capsized on Lake Victoria on Sunday with 200 passengers on board.") == ["disaster"]


def test_people_put_into_quarantine_is_a_policy() -> None:
    assert _types("The whole choir was put into quarantine on Monday after a singer fell ill.") == ["policy"]


def test_investigators_interviewing_witnesses_is_a_legal_step() -> None:
    assert _types("Prosecutors began interviewing witnesses in the fraud inquiry on Monday.") == ["legal"]


def test_a_demonstration_plant_is_no_protest() -> None:
    assert "protest" not in _types("The start-up opened a demonstration plant in Ohio on Monday.")
    assert _types("Thousands of demonstrators marched through the capital on Monday.") == ["protest"]


def test_oil_captured_by_its_amount_is_no_capture() -> None:
    text = "Workers removed the filter on Tuesday that had been capturing large quantities of gas."
    assert "capture" not in _types(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "A gas explosion destroyed the chemical plant outside Rotterdam last month, investigators said.",
        "Until it was wrecked by the tornado on Tuesday, the old mill was the town's pride.",
        "What started with an exploding gas pipeline on March 2 has turned into a regional crisis.",
        "On Monday, oil reached a 300-acre mussel farm leased by a family near Bantry.",
        "On Friday, dozens of seabirds coated in oil were found on the beaches near Gdansk.",
        "At least 4 million litres of diesel have now spilled into the river, officials said.",
        "The leak has formed a thick oil slick that covered 40 square kilometres by Sunday.",
        "Since the new bird flu virus was first identified three weeks ago in two farm workers, officials"
        " have raised alerts.",
        "Vets said on Monday they had detected a new strain of swine fever on a pig farm.",
        "Chile has confirmed 14 people infected with the virus, the health ministry said on Tuesday.",
        "The agency said on Friday that nearly 900 residents have been confirmed infected with the fever.",
    ],
)
def test_a_disaster_told_by_what_it_did_or_left_is_a_disaster(sentence: str) -> None:
    assert _types(sentence)[:1] == ["disaster"]


def test_a_price_reached_is_no_spill() -> None:
    assert "disaster" not in _types("Crude reached $95 a barrel on Monday, its highest in a year.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities in the province on Thursday lowered their three-tier alert system from orange to amber.",
        "The city has lifted all restrictions imposed in March after the outbreak eased.",
        "The new majority has disbanded the parliamentary committee on water supply.",
    ],
)
def test_a_measure_eased_or_a_body_abolished_is_policy(sentence: str) -> None:
    assert _types(sentence)[:1] == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chancellor called Polish President Andrzej Duda and Czech Prime Minister Petr Fiala on Friday"
        " to explain the decision.",
        "In a phone call on Sunday, the prime minister told the French president he had no wish to reopen"
        " the treaty.",
        "The foreign minister spoke by phone with his Turkish counterpart on Saturday.",
        "The president was to depart on a four-day trip to Kenya and Ghana on May 3.",
        "The prime minister scrapped his trip to Japan on Tuesday to deal with the floods.",
        "Next week finance ministers will gather in Basel for the annual banking summit.",
    ],
)
def test_calls_trips_and_summits_are_diplomacy(sentence: str) -> None:
    assert _types(sentence)[:1] == ["diplomacy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Mark Reid called the budget a disgrace on Tuesday.",
        "The opposition leader called President Ruto a liar on Tuesday.",
        "In a phone call with reporters on Monday, the chief executive said sales would recover.",
    ],
)
def test_words_about_a_leader_or_to_reporters_are_no_diplomacy(sentence: str) -> None:
    assert "diplomacy" not in _types(sentence)


def test_words_in_a_relative_clause_leave_the_main_clause_the_news() -> None:
    memo = (
        "A senator on Monday released an internal company memo that said, in the worst case, up to 9,000"
        " tonnes of ash could escape from the dam."
    )
    assert _types(memo)[:1] == ["other"]
    assert _types("Police on Friday arrested a man who said he had planted a device at the station.")[:1] == [
        "arrest"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Commission on Tuesday asked member states to extend the drought relief scheme to 2030.",
        "More than 30 airlines have asked the European Commission to delay the new noise rules until 2030.",
        "Senator Jane Roe asked on Monday.",
        "That figure is well above the last estimate issued by the European Commission on March 3.",
        "The Daily Courier was sharply critical of the mayor's handling of the strike in an editorial"
        " on Sunday.",
    ],
)
def test_a_request_a_criticism_or_an_estimate_issued_is_a_statement(sentence: str) -> None:
    assert _types(sentence)[:1] == ["statement"]


def test_asked_in_the_passive_is_no_statement() -> None:
    assert "statement" not in _types("The mayor was asked to leave the meeting on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The chemical maker's conduct before and after the March 3 Rivertown plant explosion prompted the"
        " boycott, Smith said.",
        "Even after its deadly 2011 refinery fire, the company accounted for most of the violations found by"
        " inspectors.",
    ],
)
def test_a_disaster_named_with_its_day_is_the_disaster(sentence: str) -> None:
    assert _types(sentence)[:1] == ["disaster"]


def test_a_disaster_as_a_yardstick_is_no_disaster_told() -> None:
    assert "disaster" not in _types(
        "The flood threatens to eclipse the 1953 surge as the worst in the region."
    )
    assert _types("The operator was fined $20 million on Monday over the 2019 chemical spill.")[:1] == [
        "legal"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "At least seven factory workers were taken to hospital yesterday after breathing in fumes.",
        "Among the 3,000 dead, the few survivors pulled out by rescuers give the valley some hope.",
        "The floods left 300 people dead across the province on Sunday.",
    ],
)
def test_the_hurt_taken_to_hospital_and_the_dead_counted_are_casualties(sentence: str) -> None:
    assert _types(sentence)[:1] == ["casualties"]


def test_dead_batteries_are_no_toll() -> None:
    assert "casualties" not in _types("Two dead batteries were blamed for the delay on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Announcing the criminal investigations on Tuesday, the attorney general said: "
        '"No one is above the law."',
        "The justice ministry announced a criminal investigation into the collapse on Friday.",
    ],
)
def test_an_investigation_announced_is_legal(sentence: str) -> None:
    assert _types(sentence)[:1] == ["legal"]


# An opening that is a dated act of its own, so that the sentence under test is read as one later in a
# report (an undated lead in the past is the day's act whatever its verb)
_OPENING = (
    "Lawmakers in the capital met on Monday to discuss the budget.\n\n"
    "The talks ran late into the night at the parliament building.\n\n"
    "The weather was mild across the region for most of the week.\n\n"
)


def _later(sentence: str) -> list[tuple[str, str, dt.date, str]]:
    """(type, family, date, title clause) of each mention of `sentence`, read after an opening."""
    article = prepare_article(
        "own.txt", _OPENING + sentence + "\n", SourceRow(published=dt.date(2026, 3, 12))
    )
    return [
        (m.event_type, m.family, m.date_start, m.clause)
        for m in extract_mentions(article, load_gazetteer())
        if m.sentence.start >= len(_OPENING) - 2
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator downgraded the lender's credit rating to junk.",
        "The carmaker suspended its dividend after a third quarterly loss.",
        "The chemicals group sold its fertiliser unit to a rival.",
        "The insurer has set up a $2 billion fund to compensate flood victims.",
        "The retailer filed for bankruptcy protection after talks with creditors failed.",
        "The utility has already paid $80 million in compensation to farmers.",
        "The mining group launched a $9 billion takeover bid for its smaller rival.",
        "The toymaker recalled 300,000 baby walkers over safety fears.",
        "The ratings agency cut the utility's debt to junk status.",
        "The carmaker cut its dividend for the first time in a decade.",
        "The two banks merged to form the country's biggest lender.",
    ],
)
def test_a_companys_own_act_is_a_happening_of_no_named_type(sentence: str) -> None:
    assert [t for t, *_ in _later(sentence)] == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a product's trade in the present, and advice in the imperative, are no company's act
        "The painkiller is made by a drugs group and is also marketed under the name Vexol.",
        "Then set up a trust fund and cap the payouts at that amount.",
    ],
)
def test_a_trade_described_or_advised_is_no_act(sentence: str) -> None:
    assert _later(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Weiss was named chief executive of the bank.",
        "Tom Hale quit as chief executive after the accounting scandal.",
        "Tom Hale was replaced as coach by Marco Rossi after the defeat.",
        "Hale will be succeeded by Marco Rossi as chairman at the end of the year.",
    ],
)
def test_an_office_changing_hands_told_of_who_comes_or_goes_is_leadership(sentence: str) -> None:
    assert [t for t, *_ in _later(sentence)] == ["leadership"]


def test_an_office_changing_hands_in_a_company_or_a_club_is_leadership() -> None:
    assert [t for t, *_ in _later("Anna Berg will replace Tom Hale as chief executive in January.")] == [
        "leadership"
    ]
    assert [t for t, *_ in _later("The club named Marco Rossi its new coach.")] == ["leadership"]
    # the successor, set apart by what they head, is the title's subject
    told = _later(
        "The bank also said Anna Berg, head of its retail arm, will replace Tom Hale as chief executive."
    )
    assert [(t, c) for t, _, _, c in told] == [
        ("leadership", "Anna Berg will replace Tom Hale as chief executive")
    ]


def test_an_agreement_told_by_its_content_or_its_announcement_is_one_agreement() -> None:
    text = (
        "The deal, which gives the state oil firm a 40 percent stake in the field, was signed in the capital."
    )
    assert [t for t, *_ in _later(text)] == ["agreement"]
    text = "Under the agreement announced on Friday, the port operator will run the terminal for 30 years."
    assert [(t, d) for t, _, d, _ in _later(text)] == [("agreement", dt.date(2026, 3, 6))]
    assert [
        t for t, *_ in _later("Two chipmakers have formed a joint venture to build a plant in Ohio.")
    ] == ["agreement"]
    # a deal named with its participle and date, or with its partner before the passive
    text = (
        "The pipeline will be built in the north following a deal signed in 2019 with the neighbouring state."
    )
    assert [(t, d) for t, _, d, _ in _later(text)] == [("agreement", dt.date(2019, 1, 1))]
    text = (
        "When the deal with the state oil company was announced in 2019 the group set a minimum commitment."
    )
    assert [t for t, *_ in _later(text)] == ["agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its shares slid 8 percent on Thursday after the report.",
        "The euro slipped to its lowest level in four years against the dollar.",
        "Oil prices rose to $94 a barrel on Tuesday.",
        "The carmaker's shares fell $1.20 in early trading on Tuesday.",
    ],
)
def test_a_market_move_is_titled_as_the_move(sentence: str) -> None:
    assert [(t, f, c) for t, f, _, c in _later(sentence)] == [("other", "market", sentence.rstrip("."))]


def test_a_word_that_only_looks_like_a_type_does_not_type_the_event() -> None:
    # brokers are a trade, not the brokering of talks
    text = "Three of the world's biggest insurance brokers have joined a consortium to cover wind farms."
    assert "diplomacy" not in [t for t, *_ in _later(text)]
    # a quake's focus, whatever the word for the quake
    assert [t for t, *_ in _later("It struck at a depth of 10 km, too deep to cause a tsunami.")] == [
        "disaster"
    ]
    assert [t for t, *_ in _later("A cyclone formed in the Bay of Bengal on Sunday.")] == ["disaster"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a measure named in what is said is its topic
        (
            "The National Farmers Union said in a statement that the curfew will hurt small businesses.",
            "statement",
        ),
        ("Mayor Jane Roe acknowledged on Thursday there will be job losses from the tariff.", "statement"),
        ("Senator Jane Roe said on Monday she never backed the decision to impose a curfew.", "statement"),
        (
            "The six-month moratorium on new permits posed uncertainties for years, Moody's said on Tuesday.",
            "statement",
        ),
        ("The curfew, imposed on Sunday, will stay in place until Friday, police said.", "policy"),
        # ... and the act where a verb imposes or lifts it
        ("The president announced a one-year moratorium on new mining permits on Monday.", "policy"),
        ("Police said the curfew was lifted on Sunday.", "policy"),
    ],
)
def test_a_measure_named_in_remarks_is_remarks_unless_acted_on(sentence: str, expected: str) -> None:
    assert [t for t, *_ in _later(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "not_expected"),
    [
        # criticism told in the words of violence and of disaster
        ("The minister came under attack from his own party on Tuesday over the tax plan.", "attack"),
        (
            "The chief executive faced attacks from politicians and the audience at the hearing on Tuesday.",
            "attack",
        ),
        ("Minority shareholders may sue should a deal be struck with the rival on Tuesday.", "attack"),
        ("The minister bore the brunt of the verbal attacks from the panel on Tuesday.", "attack"),
        ("The explorer struck gas off the northern coast on Tuesday, its shares rising 8%.", "attack"),
        (
            "The airline was hit by a storm of criticism on Tuesday after it cancelled 300 flights.",
            "disaster",
        ),
        # an advert that sells or informs is no recruitment
        (
            "The troupe has contributed a video heavily based on the oil company's television adverts.",
            "recruitment",
        ),
    ],
)
def test_a_word_of_violence_or_disaster_used_of_words_does_not_type_the_event(
    sentence: str, not_expected: str
) -> None:
    assert not_expected not in [t for t, *_ in _later(sentence)]


def test_the_same_words_of_real_violence_and_weather_keep_their_type() -> None:
    assert [
        t for t, *_ in _later("The convoy came under attack from militants near the border on Tuesday.")
    ] == ["attack"]
    assert [
        t for t, *_ in _later("A severe storm hit the coast on Tuesday, cutting power to thousands.")
    ] == ["disaster"]
    assert [t for t, *_ in _later("Drones struck a gas pipeline near the border on Tuesday.")] == ["attack"]
    assert [t for t, *_ in _later("Adverts for contract soldiers appeared on job sites on Monday.")] == [
        "recruitment"
    ]


def test_a_share_price_knocked_down_is_a_market_move() -> None:
    text = "The ruling wiped $4 billion from the drugmaker's market value on Tuesday."
    assert [(t, f) for t, f, *_ in _later(text)] == [("other", "market")]


def test_a_relative_clause_after_a_time_phrase_tells_of_the_noun_before_it() -> None:
    text = (
        "The lender also got good news from Kestrel Ratings this morning, which raised its debt rating on "
        "the bank to A, from BBB."
    )
    assert [(t, c) for t, _, _, c in _later(text)] == [
        ("other", "Kestrel Ratings raised its debt rating on the bank to A")
    ]


def test_a_fine_told_by_what_it_punishes_is_legal() -> None:
    assert [t for t, *_ in _later("The regulator fined the bank for misleading customers over fees.")] == [
        "legal"
    ]


def test_a_happening_named_as_the_cause_of_what_goes_on_is_no_happening() -> None:
    text = "The explosion at the refinery continues to cause fuel shortages across the region."
    assert "disaster" not in [t for t, *_ in _later(text)]


def test_a_licence_required_is_the_measure_told() -> None:
    text = "The ministry said in a statement that exporters would need licences for every shipment abroad."
    assert [t for t, *_ in _later(text)] == ["policy"]


def _dated_types(sentence: str) -> list[tuple[str, str]]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 12)))
    return [(m.event_type, str(m.date_start)) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a disaster's toll dated weeks before the report: the disaster the story goes back to
        (
            "The refinery explosion that killed 14 workers on 3 January was the plant's worst.",
            [("disaster", "2026-01-03")],
        ),
        (
            "Production has been halted since the 9 February refinery explosion that killed 14 workers.",
            [("disaster", "2026-02-09")],
        ),
        # ... dated within the report's week: the toll is the news
        ("A gas explosion killed six people at a market on Tuesday.", [("casualties", "2026-03-10")]),
        # who runs the platform, told between it and its verb
        (
            "The platform operated by Norsk Marine exploded on Sunday, killing three workers.",
            [("disaster", "2026-03-08")],
        ),
        # a disaster told by what it did to a coast, its toll feared
        (
            "The cyclone has devastated fishing villages along the coast, and hundreds are feared dead.",
            [("disaster", "2026-03-12")],
        ),
        # an undated reference back to a known disaster is no happening of the report
        ("Shareholders blamed the board for the explosion that killed nine workers.", []),
    ],
)
def test_a_disaster_told_with_its_toll(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _dated_types(sentence) == expected


def test_a_bombs_explosion_is_no_disaster() -> None:
    text = "A car bomb explosion killed nine people outside a police station on 2 January."
    assert "disaster" not in [t for t, _ in _dated_types(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Red Cross said it was sending 40 tonnes of medical supplies to the flooded province.",
        "The Health Ministry said on Monday that crews were evacuating two care homes near the river.",
        # work readied on the spot is under way too
        "Northgate Water said on Monday engineers were preparing to sink a pump into the flooded shaft.",
        "The Nordic Relief Fund said it was approving a $3 million emergency loan.",
    ],
)
def test_an_act_under_way_told_by_who_does_it_is_the_act(sentence: str) -> None:
    assert [t for t, _ in _dated_types(sentence)] == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        # intent, effort, a watch kept and cooperation told in the progressive are remarks
        "The central bank said on Monday it was considering emergency rate cuts.",
        "The airline said on Monday it was working closely with investigators.",
        "The utility said on Monday it was monitoring the situation at the dam.",
        "The charity said on Monday it was mobilising help for the stricken villages.",
        # what is said runs on to a hope: remarks about where the work stands
        "The utility says it is pumping water out of the tunnels and hopes to restore power by Friday.",
    ],
)
def test_intent_or_a_watch_in_the_progressive_stays_remarks(sentence: str) -> None:
    assert "other" not in [t for t, _ in _dated_types(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the speaker's own act, with when it was said between the verb and the act
        (
            "The provincial health department said yesterday it had confirmed cholera in two fishermen.",
            "disaster",
        ),
        (
            "The ministry said on Monday it had detected the virus in three travellers from abroad.",
            "disaster",
        ),
        # a named death, told by the toll it joins
        ("A hospital spokesman said the town's deputy mayor was among the dead.", "casualties"),
        # leaders on the telephone; a mayor calling residents is no diplomacy
        (
            "On Friday the chancellor spoke to Prime Minister Jane Roe by telephone about the gas deal.",
            "diplomacy",
        ),
        ("The mayor spoke to residents by telephone on Saturday.", "other"),
        # rescue teams on their way are sent as troops are
        (
            "Two rescue teams from Norway arrived in the port city on Wednesday with sniffer dogs.",
            "deployment",
        ),
    ],
)
def test_acts_told_through_their_own_words(sentence: str, expected: str) -> None:
    assert [t for t, _ in _dated_types(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # prosecutors' inquiry begun, told through the one who announces it
        (
            "The state prosecutor said investigators had begun a criminal investigation into the sinking.",
            "legal",
        ),
        # new infections counted, with a rough count
        ("Regional laboratories have confirmed nearly 4,200 infections.", "disaster"),
    ],
)
def test_a_step_of_a_case_or_an_outbreak_told_in_a_report(sentence: str, expected: str) -> None:
    assert [t for t, _ in _dated_types(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ines Varga won a second term on Sunday.",
        "The governor won a fourth consecutive term on Tuesday.",
    ],
)
def test_a_term_won_is_an_election(sentence: str) -> None:
    assert "election" in _types(sentence)


def test_a_term_of_a_contract_won_in_court_is_no_election() -> None:
    assert "election" not in _types("The union won a key term in its contract dispute on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The former president was forced out of power early in 2004, after months of unrest.",
        "When the general was forced from power in 1986, the country hoped for democracy.",
        "She was a popular choice for the post when the chairman stepped aside in 2007.",
    ],
)
def test_an_ouster_in_the_passive_or_a_leader_stepping_aside_is_a_change_of_leadership(sentence: str) -> None:
    assert _types(sentence) == ["leadership"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour master Jan Roe approved part of a proposal on Tuesday to dredge the channel and keep fuel "
        "from coming ashore near the docks.",
        "Last autumn the energy regulator approved plans for three wind farms off the western coast.",
        "In March the cabinet gave the go-ahead for a new rail line between the two ports.",
        "A measure approved by the health committee would ban the sale of energy drinks to children.",
    ],
)
def test_a_plan_or_a_measure_cleared_is_policy_and_what_it_is_to_stop_is_no_disaster(sentence: str) -> None:
    assert _types(sentence)[:1] == ["policy"]


def test_a_go_ahead_still_to_come_is_no_policy_and_oil_coming_ashore_is_a_disaster() -> None:
    assert "policy" not in _types(
        "Once inspectors give the go-ahead, the ferry will resume sailings to the island."
    )
    assert _types("Tar balls were coming ashore on the island's beaches on Monday.")[:1] == ["disaster"]


def test_a_rise_in_the_count_of_the_sick_announced_is_a_disaster() -> None:
    assert _types("The health ministry recorded a sharp rise in confirmed measles cases in the capital.")[
        :1
    ] == ["disaster"]


@pytest.mark.parametrize(
    ("sentence", "not_type"),
    [
        # a resignation called for has not happened
        ("Protesters renewed their calls for the rail minister to step down on Monday.", "leadership"),
        (
            "Opposition leader Jan Roe on Monday urged the president to impose sanctions on the ministry.",
            "sanction",
        ),
        # a disaster of the past remembered on its anniversary is no disaster of the report
        (
            "Jan Roe will meet the prime minister on May 3 to mark the tenth anniversary of the cyclone that "
            "hit the coast.",
            "disaster",
        ),
    ],
)
def test_an_act_called_for_or_a_disaster_remembered_gives_no_type(sentence: str, not_type: str) -> None:
    assert not_type not in _types(sentence)


def test_oil_arriving_on_a_shore_is_a_disaster_and_oil_kept_from_it_none() -> None:
    assert _types("Thick crude started arriving on the beaches of the two islands on Monday.")[:1] == [
        "disaster"
    ]
    assert "disaster" not in _types(
        "Volunteers built sand walls to keep the fuel from coming ashore, the mayor said on Monday."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister tapped Jan Roe on Friday to lead the new water agency.",
        "In 2019 Jan Roe became head of the national library.",
        "Jan Roe is to hand over as the bank's chairman at the end of the year.",
        "Jan Roe will retire as head of the fire service in June.",
    ],
)
def test_an_office_taken_or_left_by_any_verb_is_leadership(sentence: str) -> None:
    assert _types(sentence)[:1] == ["leadership"]


def test_becoming_the_chief_concern_is_no_office() -> None:
    assert "leadership" not in _types("Water became the chief concern of the town on Monday, the mayor said.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a business stops its own work: no public measure
        ("The airline suspended operations at the airport on Monday after the floods.", "other"),
        ("Norvik Petroleum Plc halted production at the refinery on Monday.", "other"),
        # a government or a union of states stops what others do: a measure
        ("The government suspended flights to the island on Monday.", "policy"),
        ("The European Union suspended exports of the vaccine on Monday.", "policy"),
    ],
)
def test_work_suspended_is_policy_only_when_no_business_stops_its_own(sentence: str, expected: str) -> None:
    assert _types(sentence)[:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a case argued is remarks, whatever act it tells of
        (
            "Defence lawyers argued on Monday that the pilot had done a great service to the town.",
            "statement",
        ),
        ("Lawyers for the owners insisted on Monday that the crew had followed every rule.", "statement"),
    ],
)
def test_an_argued_case_stays_remarks(sentence: str, expected: str) -> None:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 10)))
    types = {m.event_type for m in extract_mentions(article, load_gazetteer())}
    assert types == {expected}, types
