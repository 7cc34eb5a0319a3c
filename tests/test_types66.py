"""Types a briefing officer would file a report under (issue 7), for words news prose gives a disaster, an act
made known, a resignation refused and a leaders' meeting: help with skills sent is a deployment; a hazard
that slows the work against it, a disaster told with its toll and an outbreak's case told as a person are the
disaster; an act a body says it will do is the act; a resignation refused, denied or only demanded is words;
two leaders' words after their talks are the talks. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    "sentence",
    [
        "The neighbouring state was sending surgeons and helicopters to the valley on Friday.",
        "The charity dispatched two medical teams to the border town on Monday.",
    ],
)
def test_help_with_skills_sent_is_a_deployment(sentence: str) -> None:
    assert settled_type("other", sentence) == "deployment"


def test_supplies_sent_are_no_deployment() -> None:
    assert (
        settled_type("other", "The charity sent 3,000 tents and blankets to the valley on Monday.") == "other"
    )


def test_a_hazard_that_slows_the_work_against_it_is_the_disaster() -> None:
    assert (
        settled_type("other", "Storms and high swells slowed the salvage of the barge on Tuesday.")
        == "disaster"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The gale forced the governor to shelve the harbour plans.",
        "Choppy seas delayed the arrival of a second barge.",
    ],
)
def test_what_a_hazard_forces_or_the_weather_alone_delays_is_no_disaster(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mine collapse killed six in the shaft on Saturday.",
        "Eleven workers on the Tarvo platform were killed by the collapse.",
        "A train crash near Ulmo killed 14 people in March.",
    ],
)
def test_a_disaster_told_with_its_toll_is_the_disaster(sentence: str) -> None:
    assert settled_type("casualties", sentence) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods have killed at least 40 people in the delta, the rescue agency said on Monday.",
        "The cyclone has killed at least 31 people in the region.",
        "Floods killed 12 people in the hill state on Sunday.",
    ],
)
def test_a_running_toll_or_one_told_by_who_counts_it_stays_the_toll(sentence: str) -> None:
    assert settled_type("casualties", sentence) == "casualties"


@pytest.mark.parametrize(
    "sentence",
    [
        "The newest case is a taxi driver from the coast, officials said on Thursday.",
        "The ministry said on Tuesday the new case was a Varnian man who had flown in from Osk.",
    ],
)
def test_an_outbreaks_case_told_as_a_person_is_the_disaster(sentence: str) -> None:
    assert settled_type("statement", sentence) == "disaster"


def test_a_court_case_described_is_no_outbreak() -> None:
    assert settled_type(
        "statement", "The first case is a dispute over a fishing licence, the judge said."
    ) != ("disaster")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Mayor Ana Ruiz on Tuesday denied reports that she would resign.", "denial"),
        ("The premier on Wednesday rejected calls to step down.", "statement"),
        ("Union leaders on Monday called for the port chief to resign.", "statement"),
        ("The minister said on Friday she had no intention of stepping down.", "statement"),
    ],
)
def test_a_resignation_refused_denied_or_demanded_is_words(sentence: str, kind: str) -> None:
    assert settled_type("leadership", sentence) == kind


def test_a_resignation_after_calls_to_step_down_is_the_resignation() -> None:
    sentence = "The mayor resigned on Thursday after weeks of calls to step down."
    assert settled_type("leadership", sentence) == "leadership"


def test_two_leaders_words_after_their_talks_are_the_talks() -> None:
    sentence = "The two presidents said after talks in Lisbon on Monday that the border would reopen."
    assert settled_type("statement", sentence) == "diplomacy"


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm said on Tuesday the gale would postpone its drilling.",
        "The tunnel will reach the trapped miners by Friday, the fire chief said on Monday.",
        "Forecasters said on Monday the river would flood the lower town by Friday.",
        "Opposition leaders said on Monday the government would sack the central bank governor on Friday.",
    ],
)
def test_an_act_of_no_type_or_anothers_act_foretold_stays_the_remarks(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency said the ban would reduce output by 8,000 barrels a day.",
        "The board said it would pay all costs.",
        "The fund said it would co-ordinate with other lenders.",
        "Officials said the town would rely on help from abroad.",
        "People are going to die from infections, the doctor said.",
        "The chief said it would be weeks before the water cleared.",
    ],
)
def test_a_forecast_a_view_or_a_pledge_stays_words(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


def test_a_plan_passed_on_by_sources_is_left_to_the_triggers() -> None:
    sentence = "Sources said the lender planned to raise $1bn by Friday."
    assert settled_type("statement", sentence) == "statement"


def test_a_wild_animal_found_dead_alone_is_no_disaster() -> None:
    assert settled_type("other", "A dead bear was found beside a motorway near Kelso on Monday.") == "other"


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        (
            "other",
            "The minister said on Thursday that prosecutors had opened an investigation into the bank.",
        ),
        ("statement", "Detectives are investigating the owners of the barge, the ministry said on Tuesday."),
    ],
)
def test_an_inquiry_opened_by_those_who_bring_cases_is_legal(kind: str, sentence: str) -> None:
    assert settled_type(kind, sentence) == "legal"


def test_a_regulators_inquiry_is_no_case() -> None:
    assert (
        settled_type("statement", "The regulator said on Monday it had begun an inquiry into the delays.")
        != "legal"
    )


def test_an_outbreak_raised_to_pandemic_status_is_the_outbreak() -> None:
    sentence = "The health agency raised the fever to pandemic status on Thursday."
    assert settled_type("other", sentence) == "disaster"


def test_bodies_buried_and_counted_are_the_toll() -> None:
    assert settled_type("other", "Officials have buried 3,000 bodies in the hills so far.") == "casualties"


def test_a_step_in_a_case_a_body_says_it_will_take_is_legal() -> None:
    assert settled_type("statement", "The ministry said on Monday it would appeal.") == "legal"


def test_what_a_test_will_show_stays_words() -> None:
    sentence = "Officials said it will show whether the valve can hold the pressure."
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("other", "Heavy rain triggered landslides across the valley on Friday."),
        ("other", "Aftershocks continued to rattle the port city on Monday."),
        ("statement", "Officials said on Monday the flood has since covered a third of the province."),
    ],
)
def test_a_disasters_course_told_or_reported_is_the_disaster(kind: str, sentence: str) -> None:
    assert settled_type(kind, sentence) == "disaster"


def test_a_storm_forecast_is_no_deed() -> None:
    assert settled_type("statement", "Officials said the storm would hit the coast on Friday.") == "statement"


def test_a_hazards_dead_reported_are_left_to_the_toll() -> None:
    sentence = "Officials said on Monday the floods had killed 40 people in the delta."
    assert settled_type("statement", sentence) != "disaster"


def test_a_cost_of_a_hazard_reported_is_no_hazard_at_work() -> None:
    sentence = "Last week, the firm said the cost of dealing with the flood had reached nearly $4 billion."
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("claim", "The abbot said on Monday he had heard of as many as 700 dead."),
        ("claim", "The governor claimed that 2,000 were dead in the hill towns."),
    ],
)
def test_the_dead_a_speaker_counts_by_an_adjective_are_the_toll(kind: str, sentence: str) -> None:
    assert settled_type(kind, sentence) == "casualties"


def test_dead_zones_counted_are_no_toll() -> None:
    assert settled_type("statement", "Scientists said the bay now had 30 dead zones.") == "statement"


def test_two_leaders_telling_a_joint_news_conference_are_the_talks() -> None:
    sentence = "The two leaders told a joint news conference in Riga that the ferry link would reopen."
    assert settled_type("statement", sentence) == "diplomacy"


def test_two_companies_joint_words_are_no_diplomacy() -> None:
    sentence = "Both companies said in a joint statement that the merger would close in May."
    assert settled_type("statement", sentence) != "diplomacy"


def test_a_things_own_change_announced_stays_words() -> None:
    sentence = "The harbour master said on Sunday that the east quay would reopen to ferries next week."
    assert settled_type("statement", sentence) == "statement"


def test_a_bombings_toll_is_no_disaster() -> None:
    sentence = "An explosion at a crowded temple in Orvik killed 30 pilgrims during evening prayers."
    assert settled_type("casualties", sentence) == "casualties"


@pytest.mark.parametrize(
    "sentence",
    [
        "The premier announced his resignation on Monday after months of resisting calls to step down.",
        "The mayor was forced to resign on Friday after weeks of demands that she quit.",
        "The chief handed in his resignation on Tuesday, having refused to step down for a month.",
    ],
)
def test_a_resignation_made_after_refusing_is_the_resignation(sentence: str) -> None:
    assert settled_type("leadership", sentence) == "leadership"


@pytest.mark.parametrize(
    "sentence",
    [
        "Underwriters said on Monday the cyclone caused losses of more than $3bn.",
        "A flood of letters has swamped the ombudsman since the new fees came in, officials said.",
        "Officials said a storm of protest had swept the capital since the vote.",
    ],
)
def test_a_hazards_cost_or_a_hazard_as_a_figure_is_no_disaster(sentence: str) -> None:
    assert settled_type("statement", sentence) != "disaster"


def test_two_leaders_of_one_government_after_a_cabinet_meeting_are_no_talks() -> None:
    sentence = (
        "President Lia Mont and Prime Minister Odo Varr said after a cabinet meeting on Monday that bus"
        " fares would rise."
    )
    assert settled_type("statement", sentence) != "diplomacy"


def test_nurses_sent_home_are_no_deployment() -> None:
    sentence = "The clinic was sending nurses home on Wednesday because it had too few patients."
    assert settled_type("other", sentence) != "deployment"


def test_a_hospitals_patient_described_is_no_outbreak() -> None:
    sentence = (
        "The patient was a 70-year-old woman who had gone in for a routine hip operation, the clinic said."
    )
    assert settled_type("statement", sentence) != "disaster"


def test_the_speakers_own_untyped_act_set_for_a_day_leaves_the_remarks_remarks() -> None:
    # (typed `other`, the remarks' own day read as something done that day; the plan's day is its own event's)
    sentence = "The academy said on Thursday it would shut early on Friday."
    assert settled_type("statement", sentence) == "statement"


def test_a_sum_another_will_hand_over_leaves_the_remarks_remarks() -> None:
    # (a payment has no type of its own: `other` would read the remarks as a deed done the day they were said)
    sentence = "The port board said the lender Osk Bank would pay a $3 billion deposit for the quay."
    assert settled_type("statement", sentence) == "statement"
