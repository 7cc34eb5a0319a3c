"""Dates taken from the right clause: a since-clause inside what a speaker said dates the happening counted
from, not the saying; a stretch that holds the report's day, closing a clause of the future in what was said,
dates the plan announced, not the saying; and a happening named again by its noun and told doing harm is of
the day the article gave it before. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.dating import possessive_names_a_thing_told_of
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

APRIL = dt.date(2027, 4, 20)  # a Tuesday
MARCH = dt.date(2027, 3, 9)  # a Tuesday


def _mentions(text: str, published: dt.date) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return list(extract_mentions(article, load_gazetteer()))


def test_a_since_clause_in_what_was_said_does_not_date_the_saying() -> None:
    text = (
        "A club spokesman said the tour is the coach's first since the stand that the club was renting "
        "collapsed March 2, injuring 40 fans."
    )
    said = [m for m in _mentions(text, APRIL) if m.event_type == "statement"]
    assert said
    assert all(m.date_start == APRIL for m in said)


def test_this_week_closing_a_plan_in_what_was_said_dates_the_plan_not_the_saying() -> None:
    found = _mentions("The agency said it would publish the new figures this week.", MARCH)
    planned = [m for m in found if m.planned]
    said = [m for m in found if not m.planned]
    # (still ahead: the rest of the week, from the report's day)
    assert [(m.date_start, m.date_end) for m in planned] == [(MARCH, dt.date(2027, 3, 14))]
    assert [m.date_start for m in said] == [MARCH]


def test_this_week_in_a_past_deed_that_was_said_still_dates_the_remark() -> None:
    found = _mentions("The agency said its inspectors found the crack this week.", MARCH)
    assert not any(m.planned for m in found)
    assert [m.date_start for m in found] == [dt.date(2027, 3, 8)]


def test_a_happening_named_again_and_burying_people_is_of_its_own_day() -> None:
    text = (
        "Rescuers were still searching on Monday for the victims of the March 3 collapse at the quarry. "
        "The collapse buried seven workers under tons of rock."
    )
    buried = [m for m in _mentions(text, MARCH) if m.sentence.text.startswith("The collapse")]
    assert [m.date_start for m in buried] == [dt.date(2027, 3, 3)]


def test_a_day_owning_a_thing_to_come_does_not_date_what_is_already_done() -> None:
    found = _mentions(
        "The singer has been named as the co-host of next month's charity concert in Leeds.", MARCH
    )
    assert [(m.date_start, m.planned) for m in found] == [(MARCH, False)]
    thursday = dt.date(2027, 3, 11)
    found = _mentions("Hosts of Saturday's gala have given $1m to the hospital fund.", thursday)
    assert [(m.date_start, m.planned) for m in found] == [(thursday, False)]


def test_a_day_owning_a_thing_to_come_still_dates_a_plan() -> None:
    found = _mentions("The singer will be the co-host of next month's charity concert.", MARCH)
    assert [(m.date_start, m.planned) for m in found] == [(dt.date(2027, 4, 1), True)]


def test_a_day_owning_what_the_words_relate_to_does_not_date_the_saying() -> None:
    text = "Officials said the timing of their appeal was related to Wednesday's deadline set by the court."
    said = [m for m in _mentions(text, dt.date(2027, 3, 13)) if m.event_type == "statement"]
    assert [m.date_start for m in said] == [dt.date(2027, 3, 13)]


def test_a_perfect_in_a_time_clause_under_a_clause_ahead_is_ahead() -> None:
    text = "The court will not rule until the three judges have heard the appeal on Wednesday."
    saturday = dt.date(2027, 3, 13)
    assert [d.date_start for d in find_dates(text, saturday)] == [dt.date(2027, 3, 17)]


def test_a_date_of_a_past_clause_after_the_perfect_stays_behind() -> None:
    saturday = dt.date(2027, 3, 13)
    text = "The depot will stay closed until engineers have repaired the roof that collapsed on Wednesday."
    assert [d.date_start for d in find_dates(text, saturday)] == [dt.date(2027, 3, 10)]
    text = "The lender will not extend credit until the council has repaid the sum it borrowed in February."
    assert [d.date_start for d in find_dates(text, saturday)] == [dt.date(2027, 2, 1)]


def test_a_perfect_told_of_the_past_stays_behind() -> None:
    saturday = dt.date(2027, 3, 13)
    text = "The chairman has met the mayor on Wednesday, aides said."
    assert [d.date_start for d in find_dates(text, saturday)] == [dt.date(2027, 3, 10)]


def test_what_may_not_happen_until_a_day_is_no_plan_and_not_the_saying_day() -> None:
    text = (
        "But an aide said the budget might not be passed before the treasurer has briefed the council on "
        "Wednesday."
    )
    found = _mentions(text, dt.date(2027, 3, 13))
    assert [(m.date_start, m.planned) for m in found] == [(dt.date(2027, 3, 13), False)]


def test_a_day_owning_a_thing_awaited_still_dates_what_leads_up_to_it() -> None:
    text = (
        "Organisers said 30,000 tickets have now been sold ahead of Sunday night's stadium concert in Hull."
    )
    found = _mentions(text, dt.date(2027, 3, 11))
    assert dt.date(2027, 3, 14) in [m.date_start for m in found]


def test_a_guarantee_refused_still_tells_the_date_set() -> None:
    text = (
        "Engineer Tom Vale told reporters the crews were ahead of schedule. But Vale said he could not "
        "guarantee the tunnel would be finished before its scheduled opening date in August."
    )
    found = _mentions(text, dt.date(2027, 6, 16))
    assert [m.date_start for m in found if m.planned] == [dt.date(2027, 8, 1)]


def test_a_day_owning_a_thing_looked_forward_to_is_not_set_aside() -> None:
    text = "The carmaker said it was looking forward to Friday's talks with the unions."
    told = [d for d in find_dates(text, dt.date(2027, 3, 11)) if d.text == "Friday"]
    assert told
    assert not possessive_names_a_thing_told_of(told[0], text, 0, text.index("said"))
    text = "The carmaker said the delay was related to Friday's talks with the unions."
    told = [d for d in find_dates(text, dt.date(2027, 3, 11)) if d.text == "Friday"]
    assert possessive_names_a_thing_told_of(told[0], text, 0, text.index("said"))


def test_a_doubt_in_another_clause_leaves_the_plan_of_the_date() -> None:
    text = (
        "The governor said on Monday the ferry line would resume on Friday, though the price of the new "
        "tickets could not be confirmed."
    )
    found = _mentions(text, MARCH)
    assert (dt.date(2027, 3, 12), True) in [(m.date_start, m.planned) for m in found]


def test_a_change_forecast_for_this_week_is_no_plan() -> None:
    found = _mentions("Meteorologists said the heatwave will ease this week.", MARCH)
    assert not any(m.planned for m in found)
    assert len(found) <= 1
