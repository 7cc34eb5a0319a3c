"""Happenings that made no mention (issue 7, recall): kinds of English news sentence whose act no date, no
trigger word or no named speaker marked. A market's move told with "to be" ("shares were down 12
percent"), what tests showed, remarks whose subject opens an earlier clause joined to them ("The company
faces fines ..., but said ..."), and a saying under way in the present progressive ("The administration is
demanding ..."). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import body_mentions

WED = dt.date(2026, 3, 11)  # Wednesday 11 March 2026


def mentions_of(sentence: str) -> list[Mention]:
    return body_mentions(sentence, WED)


def test_a_market_move_told_with_to_be_is_the_days_move() -> None:
    for sentence in (
        "Shares of other companies with stakes in the mine were also down between 10 and 19 percent.",
        "The carmaker's shares were up 4 percent in early trading in Frankfurt.",
    ):
        assert [m.event_type for m in mentions_of(sentence)] == ["other"], sentence


def test_a_price_level_with_no_move_is_no_market_move() -> None:
    # ("were higher than a year ago" compares two levels; no figure of a move is told)
    assert not [
        m for m in mentions_of("Shares in the sector were higher than a year ago.") if m.family == "market"
    ]


def test_what_tests_showed_is_a_happening_dated_by_the_tests() -> None:
    found = mentions_of(
        "In Leeds, tests showed that a passenger on the flight from Lima did not have the virus."
    )
    assert [m.event_type for m in found] == ["other"]
    weekend = mentions_of("Tests over the weekend on the new valve suggested that it was holding.")
    assert [m.date_start for m in weekend] == [dt.date(2026, 3, 7)]


def test_tests_to_come_show_nothing_yet() -> None:
    for sentence in (
        "If tests show the seal is holding, the well will be closed for good.",
        "Doctors hope further tests will show whether the drug works.",
    ):
        assert not [m for m in mentions_of(sentence) if m.family == "test result"], sentence


def test_remarks_joined_to_a_clause_whose_subject_is_a_body_are_that_bodys() -> None:
    found = mentions_of(
        "The company risks a penalty of $400 a tonne if the complaint is upheld, but said it would not alter "
        "its accounts."
    )
    assert [(m.event_type, m.speaker) for m in found] == [("statement", "The company")]


def test_a_saying_under_way_in_the_present_progressive_is_the_days() -> None:
    found = mentions_of(
        "The administration is demanding new pressure tests before it approves the second well."
    )
    assert [(m.event_type, m.date_start) for m in found] == [("statement", WED)]


def test_an_act_under_way_until_a_day_ahead_is_the_reports_days() -> None:
    # (the day after "until" is where the delay ends; the delaying goes on now)
    found = mentions_of(
        "Senate leader Jane Roe is delaying action on the water bill until some time after the chamber "
        "returns from its recess in mid September."
    )
    assert [(m.event_type, m.date_start) for m in found] == [("other", WED)]


def test_a_saying_inside_a_clause_only_vouches_for_a_word_of_the_main_act() -> None:
    (interview,) = mentions_of(
        "On Saturday detectives carried out what they said was a long interview with the club's doctor, who "
        "was at the ground that night."
    )
    assert (interview.event_type, interview.date_start, interview.speaker) == (
        "other",
        dt.date(2026, 3, 7),
        "",
    )
    assert interview.clause.startswith("Detectives carried out a long interview")
    (delay,) = mentions_of(
        "But the rough seas have delayed the work of another barge that officials say will double the catch."
    )
    assert (delay.event_type, delay.speaker) == ("other", "")
    assert "that will double" in delay.clause


def test_a_saying_inside_a_dash_aside_only_vouches_for_the_thing_the_aside_follows() -> None:
    (trials,) = mentions_of(
        "Trials of the new desalination ship - which its builders say can clean 40 million litres of water a "
        "day - began on Saturday off the coast of Oman."
    )
    assert (trials.event_type, trials.date_start, trials.speaker) == ("other", dt.date(2026, 3, 7), "")
    assert "began" in trials.clause


def test_a_main_saying_before_a_vouching_one_still_speaks() -> None:
    found = mentions_of("Officials said the barge, which the navy says was sunk, will be raised next month.")
    assert ("statement", "Officials") in [(m.event_type, m.speaker) for m in found]


def test_a_named_kind_of_act_under_way_is_the_days_whatever_its_subject() -> None:
    found = mentions_of(
        "A federal agency that looks into mine disasters -- the Mine Safety Board -- is launching a probe "
        "into the causes of the collapse."
    )
    assert [(m.event_type, m.date_start) for m in found] == [("other", WED)]


def test_a_long_finding_is_told_by_what_the_tests_found() -> None:
    (found,) = mentions_of(
        "In Leeds, tests showed that a member of the cabin crew on the overnight flight from Lima did not "
        "have the virus."
    )
    assert found.clause.startswith("A member of the cabin crew")
    # (a finding that opens with a pronoun keeps the tests that make it clear)
    (holding,) = mentions_of(
        "Tests over the weekend on the new valve fitted over the broken pipe suggested that it was holding, "
        "and that no more water was leaking."
    )
    assert holding.clause.startswith("Tests over the weekend")
