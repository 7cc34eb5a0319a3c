"""A name's relative aside that tells a dated act of its own is a second happening of the sentence (issue 7:
happenings missed on unseen text). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports, report_mentions

MON = dt.date(2026, 3, 2)  # Monday 2 March 2026
FRI = dt.date(2026, 3, 6)  # Friday 6 March 2026


def acts(text: str, published: dt.date = MON) -> list[tuple[str, dt.date, bool]]:
    return [(m.clause, m.date_start, m.planned) for m in report_mentions(text, published)]


def test_an_aside_after_a_name_that_tells_a_days_act_ahead_is_a_planned_happening() -> None:
    text = (
        "The pension fund has paid out 4,000 claims. The fund's new manager, Ana Silva, who formally takes "
        "over from Piet Roe on 5 March, told MPs a week ago that the fund expects to pay less than planned."
    )
    found = [(c, d, p) for c, d, p in acts(text) if "takes over" in c]
    assert found == [("Ana Silva formally takes over from Piet Roe on 5 March", dt.date(2026, 3, 5), True)]


def test_an_aside_with_a_clause_a_count_back_or_a_state_is_no_happening_of_its_own() -> None:
    for aside in (
        "who resigned two years ago this month",
        "who remains in charge until Friday",
        "who said on Friday",
        "who could visit the dam on Friday",
        # (the reporter's own contact with the named one is no happening of the story)
        "who was interviewed on Friday",
        "who was asked on Friday",
        "who was quoted on Friday",
        # (an office held or run is who the named one is)
        "who led the board in May",
        "who ran the fund in May",
        "who chaired the panel in May",
        "who managed the fund in May",
    ):
        # (a main clause the old splitter of asides leaves whole: "told MPs ..." would have it tell the aside)
        text = f"The polls closed. Ana Silva, {aside}, said turnout was high."
        told = [
            c
            for c, _, _ in acts(text, dt.date(2026, 3, 9))
            if c.startswith("Ana Silva ") and "turnout" not in c
        ]
        assert told == [], aside


def test_a_deed_done_to_the_named_one_in_the_aside_is_a_happening_of_its_own() -> None:
    text = "The polls closed on Sunday. Ana Silva, who was sworn in on Friday, said turnout was high."
    assert ("Ana Silva was sworn in on Friday", dt.date(2026, 2, 27)) in [(c, d) for c, d, _ in acts(text)]


def test_a_date_that_names_a_thing_in_the_aside_dates_no_act_of_it() -> None:
    text = (
        '"We cannot undo that," said Piet Roe, who also oversaw payouts to victims of the October 14, 2009, '
        "depot fire."
    )
    assert [d for _, d, _ in acts(text) if d.year == 2009] == []


def test_a_habit_told_in_the_aside_is_no_happening_of_a_day() -> None:
    for aside in ("who always attends the games on Sunday", "who sometimes watches the games on Sunday"):
        text = f"The team lost again. Coach Tom Berg, {aside}, said the fans deserved better."
        assert [(c, d) for c, d, _ in acts(text, FRI) if d != FRI] == [], aside


def test_the_asides_happening_is_told_by_the_aside_alone() -> None:
    text = "The strike went on. Ana Silva, who flies to Oslo on Monday, said talks were stuck."
    found = [m for m in report_mentions(text, FRI) if m.date_start == dt.date(2026, 3, 9)]
    assert [(m.clause, m.sentence.text) for m in found] == [
        ("Ana Silva flies to Oslo on Monday", "who flies to Oslo on Monday")
    ]
    titles = [title for _kind, day, _end, title, _n in build_reports((FRI, text)) if day == "2026-03-09"]
    assert titles == ["Ana Silva flies to Oslo"]
    # (the plan told again in a sentence of its own keeps the aside's title off the main clause)
    again = text + " Silva will fly to Oslo on Monday for talks with the union."
    titles = [title for _kind, day, _end, title, _n in build_reports((FRI, again)) if day == "2026-03-09"]
    assert "Ana Silva said talks were stuck" not in titles


def test_an_aside_in_the_present_looks_ahead_whatever_the_main_clause() -> None:
    text = "The market fell. Piet Roe, who turns 70 on Monday, said the market would recover."
    assert ("Piet Roe turns 70 on Monday", dt.date(2026, 3, 9), True) in acts(text, FRI)


def test_sworn_in_as_an_office_is_one_clause_of_the_aside() -> None:
    text = "The polls closed. Ana Silva, who was sworn in as president on Friday, said turnout was high."
    assert ("Ana Silva was sworn in as president on Friday", dt.date(2026, 3, 6)) in [
        (c, d) for c, d, _ in acts(text, dt.date(2026, 3, 9))
    ]
