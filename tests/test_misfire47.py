"""Four drop rules narrowed to what they are for (issue 7, recall on unseen text): a figure lost, spent or
raised in the present perfect, remarks of a body named by its name alone, a figure that changed, and a
birthday told beside an act are news; a state, a sentence of trivia alone and remarks by nobody named are
still dropped. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from events.extract.plain_reports import (
    figure_changed,
    named_body_speaks,
    perfect_figure_report,
)
from tests.reports import body_mentions, build_reports

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def mentions_of(sentence: str) -> list[Mention]:
    return body_mentions(sentence, THU)


def test_a_figure_lost_spent_or_raised_in_the_present_perfect_is_news() -> None:
    for sentence in (
        "The relief agency has lost at least 12 staff members in the fighting.",
        "The city council has spent more than $4m so far on clearing the debris.",
        "Roads into the valley are still closed and the charity has begun a $5m appeal.",
    ):
        assert mentions_of(sentence), sentence


def test_a_perfect_with_no_figure_is_still_no_report() -> None:
    assert perfect_figure_report("The club has lost its way this season.") is None
    assert perfect_figure_report("The coach has spent years building the squad.") is None
    assert not mentions_of("The club has lost its way this season.")


def test_a_perfect_inside_a_condition_is_no_report() -> None:
    assert perfect_figure_report("If the union has lost 300 members, the vote will fail.") is None


def test_a_body_named_by_its_name_alone_speaks() -> None:
    found = mentions_of(
        "Meanwhile, the Greenfield Park cemetery have confirmed visitors will be allowed to leave wreaths."
    )
    assert [m.speaker for m in found] == ["Greenfield Park cemetery"]
    assert named_body_speaks("Earlier this week the trade weekly Tally ", "reported") == "Tally"


def test_no_named_body_in_a_time_a_place_or_the_tail_of_a_name() -> None:
    assert named_body_speaks("On Monday ", "said") == ""
    assert named_body_speaks("Speaking in Paris ", "said") == ""
    assert named_body_speaks("Jane Roe ", "said") == ""
    assert named_body_speaks("A spokesman ", "said") == ""


def test_a_figure_that_changed_is_no_standing_fact() -> None:
    assert figure_changed("Northland says the number of its sailors missing has risen from 9 to 12.")
    assert figure_changed("The count of ballots spoiled rose from about 300 to 450.")
    assert not figure_changed("Northland says its navy has 12 ships.")
    found = mentions_of("Northland says the number of its sailors missing has risen from 9 to 12.")
    assert found and found[0].date_start == THU


def test_a_birthday_told_beside_an_act_keeps_the_act() -> None:
    found = mentions_of(
        "The actor, a week shy of his 60th birthday, collapsed on stage and died in hospital."
    )
    assert [m.event_type for m in found] == ["casualties"]


def test_a_sentence_of_birthday_trivia_alone_is_still_dropped() -> None:
    assert not mentions_of("The senator celebrated his birthday with a party at the ranch.")
    assert not mentions_of("The goalkeeper turned 40 on Saturday.")


def test_a_name_whose_relative_clause_runs_to_the_saying_is_the_speaker() -> None:
    found = mentions_of("Jane Roe, who chaired last year's inquiry said the findings were damning.")
    assert [m.speaker for m in found] == ["Jane Roe"]


def test_a_name_inside_another_clause_is_no_speaker() -> None:
    assert named_body_speaks("A sale that size would cover half the money Norland has ", "said") == ""
    assert named_body_speaks("The school featured in a television documentary ", "called") == ""
    assert named_body_speaks("Later the Westbay coast ", "says") == ""


def test_a_figure_lost_in_the_perfect_that_joins_no_report_stands_as_its_own_event() -> None:
    events = build_reports(
        (
            THU,
            "Rescue teams reached the valley on Wednesday.\n\n"
            "The relief agency has lost at least 12 staff members.",
        )
    )
    assert any("lost at least 12 staff" in title for _, _, _, title, _ in events), events
