"""Dates of found happenings read as English news prose tells them (the forty-ninth session): an opening
phrase that names its occasion by the day's possessive ("At Tuesday's hearing,") or gives the day after the
occasion ("In an interview on Sunday,") dates what was said there; a fixture told with "is" and its day
("Kick-off is at 3 p.m. on Saturday") is ahead. Wire copy's one-sentence paragraphs do not carry the
scene's day over untimed lines (background told in the simple past reads as a deed). All sentences are
our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.dating import dates_of_the_saying
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 7, 8)


def _saying_dates(text: str) -> list[str]:
    return [d.text for d in dates_of_the_saying(find_dates(text, WEDNESDAY), text, 0)]


def test_an_opening_occasion_named_by_the_days_possessive_dates_the_saying() -> None:
    assert _saying_dates("At Tuesday's hearing, the senator said the deal would raise prices.") == ["Tuesday"]
    assert _saying_dates("At Monday's briefing, the health officer said the outbreak had peaked.") == [
        "Monday"
    ]


def test_an_opening_occasion_with_its_day_after_it_dates_the_saying() -> None:
    assert _saying_dates(
        "In an interview on Sunday, the minister said the rules would cut waiting times."
    ) == ["Sunday"]
    assert _saying_dates(
        "In an interview with a radio station on Sunday, the chief executive said profits would recover."
    ) == ["Sunday"]
    assert _saying_dates(
        "At a news conference late on Friday, the coach said his striker would miss the final."
    ) == ["Friday"]


def test_an_opening_that_names_no_occasion_of_words_does_not_date_the_saying() -> None:
    # (a bare month with no determiner, a happening that is no occasion of words, a day inside the words)
    assert _saying_dates("In March, the senator said the deal would raise prices.") == []
    assert _saying_dates("At Tuesday's match, fans booed the referee, the club said.") == []
    assert _saying_dates("At Sunday's floods, the river rose two metres, the agency said.") == []
    assert _saying_dates("In an interview, the minister said the vote on Sunday would be close.") == []
    assert _saying_dates("In a case heard on Monday, the court said the law was void.") == []
    assert _saying_dates("Unlike Tuesday's hearing, the session passed quietly, the clerk said.") == []


def test_a_fixture_told_with_is_and_its_day_is_ahead() -> None:
    for text, day in (
        ("Kick-off is at 3 p.m. GMT on Saturday.", dt.date(2026, 7, 11)),
        ("The vote is at 7 p.m. on Thursday.", dt.date(2026, 7, 9)),
        ("The funeral is on Friday, the family said.", dt.date(2026, 7, 10)),
        ("The game is at noon on Sunday.", dt.date(2026, 7, 12)),
        ("Polls open at 7 a.m. Sunday.", dt.date(2026, 7, 12)),
    ):
        assert [(m.date_start, m.tense) for m in find_dates(text, WEDNESDAY)] == [(day, "future")], text


def test_a_fixture_told_in_the_past_or_no_fixture_stays_behind() -> None:
    for text, day in (
        ("Kick-off was at 3 p.m. on Saturday.", dt.date(2026, 7, 4)),
        ("Polls opened at 7 a.m. Sunday.", dt.date(2026, 7, 5)),
        ("The hearing was on Monday.", dt.date(2026, 7, 6)),
        ("The focus is on Monday.", dt.date(2026, 7, 6)),
    ):
        assert [(m.date_start, m.tense) for m in find_dates(text, WEDNESDAY)] == [(day, "past")], text


def _dated(text: str, published: dt.date) -> dict[str, dt.date]:
    return {m.sentence.text[:20]: m.date_start for m in report_mentions(text, published)}


def test_the_wire_scene_is_not_carried_over_untimed_lines() -> None:
    # (the line between may be background: the third line is no deed of Tuesday's scene)
    friday = dt.date(2026, 3, 13)
    tuesday = dt.date(2026, 3, 10)
    for text, third in (
        (
            "Voters in the district chose a new mayor on Tuesday.\n\n"
            "The last mayor resigned over a bribery scandal.\n\n"
            "Prosecutors charged the former mayor with fraud.\n",
            "Prosecutors charged ",
        ),
        (
            "The probe landed on the comet on Tuesday.\n\nEngineers in Germany built the probe.\n\n"
            "The European agency launched the probe from French Guiana.\n",
            "The European agency",
        ),
        (
            "A judge jailed the former minister for six years on Tuesday.\n\n"
            "The minister lost the election.\n\n"
            "Police arrested the minister at the airport.\n",
            "Police arrested the ",
        ),
        (
            "Police raided a warehouse in the port on Tuesday.\n\nThe warehouse belonged to a shipping firm. "
            "The firm collapsed amid a fraud inquiry. Prosecutors charged its owner with fraud.\n",
            "Prosecutors charged ",
        ),
    ):
        assert _dated(text, friday).get(third) != tuesday, text


def test_a_planned_day_or_a_new_place_is_no_scene_to_go_on_with() -> None:
    monday = dt.date(2026, 3, 16)
    friday = dt.date(2026, 3, 13)
    for text, third in (
        (
            "The leaders were due to sign the treaty in Geneva on Friday.\n\n"
            "The foreign ministers drafted the text.\n\nNegotiators from both sides met in Vienna.\n",
            "Negotiators from bot",
        ),
        (
            "Floods swept through villages in the northern province on Friday.\n\n"
            "In the south, a drought ruined the harvest.\n\nThe government sent troops to the capital.\n",
            "The government sent ",
        ),
    ):
        assert _dated(text, monday).get(third) != friday, text


def test_an_occasion_ahead_or_before_another_thing_does_not_date_the_saying() -> None:
    # (a day ahead or moved, and a day that belongs to the thing named between the occasion and the day)
    assert (
        _saying_dates(
            "At next Tuesday's hearing, the lawyer said, his client will plead guilty to the charges."
        )
        == []
    )
    assert (
        _saying_dates(
            "At Tuesday's rescheduled hearing next week, the lawyer said, he will ask the court "
            "to free his client."
        )
        == []
    )
    assert (
        _saying_dates("In an interview before the hearing on Friday, the lawyer said his client was abroad.")
        == []
    )
    assert (
        _saying_dates(
            "In a speech to mark the anniversary of the uprising on Tuesday, the president said "
            "reforms would come."
        )
        == []
    )


def test_an_opening_occasion_leaves_the_date_of_the_words_to_them() -> None:
    # (when the words carry a date of their own, the opening's day does not take it from them)
    wednesday = dt.date(2026, 3, 11)
    text = "In a broadcast on Sunday, the general said the army had retaken the town in February.\n"
    assert dt.date(2026, 2, 1) in {m.date_start for m in report_mentions(text, wednesday)}
    assert _saying_dates("In an interview on Sunday, the minister said elections would be held in May.") == []


def test_a_fixture_on_a_thing_named_by_its_day_or_a_bare_number_is_no_timetable() -> None:
    wednesday = dt.date(2026, 3, 11)
    for text, day in (
        ("The vote is on Monday's amendment to the budget.", dt.date(2026, 3, 9)),
        ("The hearing is on Monday's arrests.", dt.date(2026, 3, 9)),
        ("Attention at the hearing is on Tuesday's leak of the report.", dt.date(2026, 3, 10)),
        ("Shares of the firm close at 12 on Friday.", dt.date(2026, 3, 6)),
        ("The index ends at 45 on Friday, traders said.", dt.date(2026, 3, 6)),
    ):
        assert [(m.date_start, m.tense) for m in find_dates(text, wednesday)] == [(day, "past")], text
