"""Happenings of a report that got no event (issue 7, found on unseen text): a step of the story told in the
past perfect or the past progressive after an opening that sets it on the story's line of time
("Meanwhile, the crew had begun cutting the hull"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import mentions_below_lead

WED = dt.date(2026, 3, 11)  # Wednesday 11 March 2026


def titles_below_lead(sentence: str) -> list[str]:
    """The clause of each mention `sentence` makes below a dated lead, in a Wednesday report."""
    return [m.clause for m in mentions_below_lead(sentence, WED)]


def test_a_step_told_in_the_past_perfect_after_meanwhile_is_an_act() -> None:
    assert titles_below_lead("Meanwhile, the salvage crew had begun cutting the barge's hull.") == [
        "The salvage crew had begun cutting the barge's hull"
    ]


def test_a_step_told_in_the_past_progressive_after_meanwhile_is_an_act() -> None:
    assert titles_below_lead("Meanwhile, engineers were pumping water out of the flooded tunnel.") == [
        "Engineers were pumping water out of the flooded tunnel"
    ]


def test_a_state_or_a_hope_in_those_tenses_stays_no_act() -> None:
    assert titles_below_lead("Meanwhile, residents were waiting for news of their relatives.") == []
    assert titles_below_lead("Earlier, the firm had hoped to sell the unit to a rival.") == []
    assert titles_below_lead("Meanwhile, the ferry company was losing customers to the airline.") == []
    assert titles_below_lead("By then, the city council was running short of funds.") == []


def test_a_past_perfect_with_no_opening_of_time_stays_backstory() -> None:
    # (without "Meanwhile," or "A day later," the past perfect tells what came before the story)
    assert titles_below_lead("The crew had begun cutting the barge's hull.") == []


def test_office_holders_named_by_what_they_are_make_remarks() -> None:
    # (no name, but mayors hold office and speak as such: their remarks are news, as a ministry's are)
    assert titles_below_lead("Provincial mayors expressed anger at the slow delivery of sandbags.") == [
        "Provincial mayors expressed anger at the slow delivery of sandbags"
    ]


def test_a_bodys_part_named_by_what_it_is_says_what_it_did() -> None:
    assert titles_below_lead("The group's freight unit has won a $25m contract, it said on Tuesday.") == [
        "The group's freight unit has won a $25m contract"
    ]


def test_a_crowd_named_by_what_it_is_stays_no_remarks() -> None:
    assert titles_below_lead("Local residents expressed anger at the slow delivery of sandbags.") == []


def test_a_deed_forced_on_the_subject_in_the_perfect_is_an_act() -> None:
    assert titles_below_lead("Coastguards have had to close the harbour to small boats.") == [
        "Coastguards have had to close the harbour to small boats"
    ]


def test_a_state_borne_in_that_perfect_stays_no_act() -> None:
    assert titles_below_lead("Farmers in the valley have had to live with floods for decades.") == []
    assert titles_below_lead("Many of the flood's survivors have had to fend for themselves.") == []


def test_one_voice_of_a_body_after_a_clause_of_no_reply_makes_remarks() -> None:
    found = mentions_below_lead(
        "No answer came from the port authority, though one aide insisted that the quay was sound.", WED
    )
    assert [m.event_type for m in found] == ["statement"]


def test_siding_with_another_is_a_remark_of_ones_own() -> None:
    found = mentions_below_lead("Councillor Maria Stenholm agreed with the harbour master.", WED)
    assert [(m.event_type, m.clause) for m in found] == [
        ("statement", "Councillor Maria Stenholm agreed with the harbour master")
    ]


def test_a_crowd_siding_with_another_stays_no_remark() -> None:
    for text in (
        "Most residents agreed with the decision to shut the market.",
        "Some neighbours sided with the school board.",
    ):
        assert all(m.event_type != "statement" for m in mentions_below_lead(text, WED)), text


def test_agreeing_with_a_party_on_terms_stays_what_the_triggers_read() -> None:
    # (a deal reached is read as such, or not at all, by the kinds of happening, never as a remark)
    found = mentions_below_lead("The dockers agreed with the port operator on a new pay scale.", WED)
    assert all(m.event_type != "statement" for m in found)


def test_officials_insisting_in_the_present_reply_to_the_days_news() -> None:
    found = mentions_below_lead("Transport ministry officials insist the viaduct is safe.", WED)
    assert [(m.event_type, m.clause) for m in found] == [
        ("statement", "Transport ministry officials insist the viaduct is safe")
    ]


def test_a_position_held_still_or_continued_is_no_reply_of_the_day() -> None:
    for text in (
        "The water board continues to insist that it can repair the main by spring.",
        "The haulage firm still denies any fault in the crash.",
    ):
        assert mentions_below_lead(text, WED) == [], text


def test_an_opening_still_with_its_comma_is_a_conjunction() -> None:
    found = mentions_below_lead("Still, the provincial governor insists the sirens sounded in time.", WED)
    assert [m.event_type for m in found] == ["statement"]


def test_a_field_named_after_the_reply_does_not_block_it() -> None:
    found = mentions_below_lead("Transport ministry officials insist the cyclists were warned.", WED)
    assert [m.event_type for m in found] == ["statement"]


def test_an_expert_insisting_in_the_present_stays_a_view() -> None:
    assert (
        mentions_below_lead(
            "Tomas Berg, a hydrologist at the state university, insists the dam is safe.", WED
        )
        == []
    )
    assert mentions_below_lead("Ana Lind, an engineer and physicist, insists the viaduct is safe.", WED) == []


def test_a_body_named_by_what_it_is_after_the_quotation_it_closes_speaks() -> None:
    found = mentions_below_lead(
        '"Most of the water has drained away," the agency said in its latest report.', WED
    )
    assert [m.event_type for m in found] == ["statement"]


def test_one_official_placed_in_an_office_speaks_for_it() -> None:
    found = mentions_below_lead("An official from the governor's office in Dunmere said aid had slowed.", WED)
    assert [m.event_type for m in found] == ["statement"]


def test_members_of_a_body_of_office_and_holders_set_apart_by_names_speak() -> None:
    assert [
        m.event_type for m in mentions_below_lead("Other panel members said the hearing would be open.", WED)
    ] == ["statement"]
    found = mentions_below_lead(
        "At least two senators, Ana Roe (Ohio) and Tom Ley (Utah), have said they will not back the levy.",
        WED,
    )
    assert [m.event_type for m in found] == ["statement"]


def test_members_of_the_public_stay_colour() -> None:
    assert mentions_below_lead("Members of the public said the water rose fast.", WED) == []


def test_office_holders_set_apart_by_names_are_the_speaker_of_the_title() -> None:
    found = mentions_below_lead(
        "At least two senators, Ana Roe (Ohio) and Tom Ley (Utah), have said they will not back the levy.",
        WED,
    )
    assert [m.speaker for m in found] == ["At least two senators"]


def test_an_insisting_judged_by_the_writers_adverb_stays_a_view() -> None:
    assert (
        mentions_below_lead("Ministry officials awkwardly insist that, this time, the dam is safe.", WED)
        == []
    )


def test_holders_set_apart_by_a_relative_clause_stay_unnamed() -> None:
    text = (
        "The officials, who asked that their names be withheld, said the board would be like panels formed "
        "to look into the Kellton mine disaster in 1994."
    )
    assert all(m.event_type != "statement" for m in mentions_below_lead(text, WED))
