"""Acts of any news story that no date and no verb of saying mark, found by their words (issue 7, recall:
happenings that made no mention): inquiries opened, a trade or public places closed, a market move told
by who made it, something set going, the dead honoured, a visit, a service failing, disorder reported,
and a leak's flow. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import body_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def mentions_of(sentence: str, published: dt.date = THU) -> list[Mention]:
    return body_mentions(sentence, published)


def types_of(sentence: str) -> list[str]:
    return [m.event_type for m in mentions_of(sentence)]


def test_inquiries_opened_and_claims_dismissed_by_a_judge_are_legal_steps() -> None:
    for sentence in (
        "Shares in the lender slid again amid news that prosecutors have opened several civil and criminal "
        "inquiries into its accounts.",
        "But the judge dismissed their claims, setting a new hearing for the autumn.",
    ):
        assert "legal" in types_of(sentence), sentence


def test_a_trade_or_public_places_closed_are_measures() -> None:
    for sentence in (
        "With the slick spreading, the state government closed commercial and recreational fishing for at "
        "least ten days along the northern coast.",
        "Football matches were played in empty stadiums, and theatres, shops and museums were closed.",
    ):
        assert "policy" in types_of(sentence), sentence


def test_a_fishing_trade_named_as_a_plan_is_no_closure() -> None:
    assert "policy" not in types_of(
        "The fishermen said the ministry would never dare to close recreational fishing."
    )


def test_a_market_move_told_by_who_made_it() -> None:
    sentence = "But investors, worried about fines, drove the insurer's shares down 4.5 percent in Frankfurt."
    assert types_of(sentence) == ["other"]


def test_something_set_going_by_a_body_is_an_act_of_the_day() -> None:
    for sentence in (
        "The Marlow Trust, best known for its coastal walks, has launched a $2 million clean-up challenge.",
        "The National Mining Safety Board is launching a probe into the causes of the fire.",
    ):
        found = mentions_of(sentence)
        assert [m.event_type for m in found] == ["other"], sentence
        assert found[0].date_end == THU, sentence


def test_a_launch_to_come_is_no_act() -> None:
    assert mentions_of("The charity hopes it will be able to afford to launch a petition soon.") == []


def test_the_dead_honoured_at_a_memorial_service() -> None:
    for sentence in (
        "The crew of the sunken trawler were honoured at a sombre memorial service in the harbour town.",
        "Hundreds of residents held a candlelit vigil for the crew of the sunken trawler.",
    ):
        assert types_of(sentence) == ["other"], sentence


def test_a_visit_told_by_where_the_visitor_was_and_what_for() -> None:
    sentence = "Minister Halvorsen was in Tromso to tour the regional flood command centre with the governor."
    assert types_of(sentence) == ["other"]


def test_a_service_failing_and_disorder_reported_are_happenings_of_a_disaster() -> None:
    for sentence in (
        "Phone lines to the island failed shortly after the first tremor.",
        "There were some reports of looting overnight in the port district.",
    ):
        assert types_of(sentence) == ["other"], sentence


def test_a_leaks_flow_told_as_the_days_news() -> None:
    sentence = (
        "Oil spewed largely unchecked once again into the bay as crews worked to replace a leaking valve."
    )
    assert types_of(sentence) == ["other"]


def test_a_disaster_named_with_its_toll_and_year_is_that_years_happening() -> None:
    found = mentions_of(
        "The case will be handled by the inspectors who examined the firm's practices after a deadly 2019 "
        "refinery explosion in Ohio."
    )
    assert [(m.event_type, m.date_start.year) for m in found if m.event_type == "disaster"] == [
        ("disaster", 2019)
    ]


def test_a_meeting_under_way_is_diplomacy() -> None:
    sentence = (
        "The announcement came as Defence Minister Karl Weiss was meeting with Indonesian defence officials "
        "at a security conference in Singapore."
    )
    assert "diplomacy" in types_of(sentence)


def test_a_compound_names_no_sanction_and_no_ruling() -> None:
    assert "sanction" not in types_of(
        "Set up by the president last year, the panel is the first government-sanctioned group to finish its "
        "review of the flood."
    )
    assert "legal" not in types_of("Officials reported a single infection on Palmora, a self-ruled island.")


def test_to_before_a_place_is_no_directive() -> None:
    sentence = "Walz thought that the valves he had ordered flown to the rig were the wrong type."
    assert "policy" not in types_of(sentence)


def test_a_leader_who_stopped_all_drilling_took_a_measure() -> None:
    assert "policy" in types_of("On Monday the governor stopped all gas drilling off the eastern coast.")


def test_a_season_of_storms_beginning_is_no_disaster() -> None:
    assert "disaster" not in types_of("The Atlantic hurricane season began on Monday with no storm in sight.")


def test_remarks_of_a_body_named_by_what_it_is_are_made() -> None:
    # the subject is a body, though the report gives it no name: "the company", "the county coroner's office"
    for sentence in (
        "Late Wednesday, the company said it would pay for the cleanup of the river.",
        "The county coroner's office said the driver had died of his injuries.",
    ):
        assert mentions_of(sentence), sentence
    # nobody at all said it
    assert not [m for m in mentions_of("It was said the river would be clean by spring.") if m.is_speech]


def test_a_leak_of_any_kind_flowing_is_the_days_news() -> None:
    for sentence in (
        "Raw sewage poured freely into the harbour again after the pumping station failed.",
        "Lava flowed into the sea from the eastern vent.",
    ):
        assert "other" in types_of(sentence), sentence
