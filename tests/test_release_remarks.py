"""Remarks in the present that name the release they were given in are the report's news, not a standing
view (issue 7: happenings missed on unseen text). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions

FRI = dt.date(2026, 3, 6)  # Friday 6 March 2026
OPENING = (
    "The mayor visited the flooded district on Thursday. Officials said the river would crest on Saturday. "
    "The army sent trucks. "
)


def said(sentence: str) -> list[str]:
    return [m.event_type for m in report_mentions(OPENING + sentence, FRI) if m.sentence.text == sentence]


def test_remarks_given_in_a_statement_are_the_reports_news() -> None:
    assert said('In its statement, the Velora Water Board says it "does not gag its engineers".') == [
        "statement"
    ]
    assert said("The Velora Water Board says in a statement that the dam is safe.") == ["statement"]


def test_remarks_in_the_present_with_no_release_named_stay_a_standing_view() -> None:
    assert said("The Velora Water Board says the dam is safe.") == []
    assert said("In his column, Piet Roe says the dam is safe.") == []
    assert said("In an interview with the Herald, Piet Roe says the dam is safe.") == []


def test_a_release_with_a_standing_claim_is_still_the_reports_news() -> None:
    undated = "The mayor visited the flooded district. The army sent trucks. "
    text = 'In a statement, the Velora Water Board says it "never gags its engineers".'
    assert [m.event_type for m in report_mentions(undated + text, FRI) if m.sentence.text == text] == [
        "statement"
    ]


def test_a_stance_held_for_ever_is_left_as_it_was_whatever_the_release() -> None:
    # (the rule leaves alone what other rules judge a standing view: "has always opposed")
    undated = "The mayor visited the flooded district. The army sent trucks. "
    text = "In a statement, the Velora Water Board says it has always opposed the plan."
    assert [m.event_type for m in report_mentions(undated + text, FRI) if m.sentence.text == text] == []


def test_a_release_qualified_by_other_words_is_named() -> None:
    assert said("In a court filing, the Velora Water Board says the dam is safe.") == ["statement"]
    assert said("In an emailed statement, the Velora Water Board says the dam is safe.") == ["statement"]


def test_a_release_inside_a_relative_aside_is_not_the_sayings() -> None:
    assert (
        said("The Velora Group, which in a statement last year urged a ban, says the plan is flawed.") == []
    )


def test_a_letter_quoted_in_the_present_stays_a_standing_view() -> None:
    assert said("In the letter, Piet Roe says he cannot sell a single canvas.") == []
