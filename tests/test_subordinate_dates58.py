"""A date inside a subordinate clause dates that clause's happening, not the main clause's: a relative
clause between the subject and its verb, and a participle phrase hung on "after" that opens the sentence
while the main clause has a day of its own. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 6, 19)


def mentions_of(body: str, published: dt.date = FRIDAY) -> list[Mention]:
    return report_mentions("Headline of the story\n\n" + body, published)


def test_a_relative_clause_before_a_short_main_clause_keeps_its_date_to_itself() -> None:
    found = mentions_of("The senator, who was arrested on Monday, resigned from the committee.")
    resigned = next(m for m in found if "resigned" in m.clause)
    assert resigned.date_start == FRIDAY
    assert any(m.date_start == dt.date(2026, 6, 15) and "arrested" in m.clause for m in found)


def test_a_relative_clause_before_a_verb_in_the_present_is_a_happening_of_its_own() -> None:
    found = mentions_of("Work on the new ring road, which started on 2 May, continues.")
    assert [(m.clause, m.date_start) for m in found] == [
        ("Work on the new ring road started on 2 May", dt.date(2026, 5, 2))
    ]


def test_a_relative_clause_date_gives_no_day_to_a_main_clause_of_background() -> None:
    found = mentions_of("The cyclist, who fell ill in Ghent in March, had a heart condition.")
    assert all("heart condition" not in m.clause for m in found)


def test_an_opening_after_phrase_keeps_its_day_when_the_main_act_has_its_own() -> None:
    found = mentions_of(
        "After shelling the harbour for six hours on Monday, the navy halted its fire on Tuesday."
    )
    halted = next(m for m in found if "halted" in m.clause)
    assert halted.date_start == dt.date(2026, 6, 16)
    assert not halted.clause.startswith("After")
    shelled = [m for m in found if "shelling" in m.clause]
    assert [m.date_start for m in shelled] == [dt.date(2026, 6, 15)]


def test_an_opening_after_phrase_still_dates_a_main_act_with_no_day_of_its_own() -> None:
    # the act follows the phrase's day, the earliest it can be and the one news copy means by it
    found = mentions_of(
        "After striking down the curfew on Tuesday, a judge rejected a request to restore it."
    )
    rejected = next(m for m in found if "rejected" in m.clause)
    assert rejected.date_start == dt.date(2026, 6, 16)


def test_a_relative_clause_that_tells_no_happening_alone_leaves_the_sentence_whole() -> None:
    found = mentions_of("The operation, which began on Wednesday, involves pumping water into the old mine.")
    assert [m.date_start for m in found] == [dt.date(2026, 6, 17)]


def test_an_order_to_appear_on_a_day_ahead_is_made_now_and_the_appearance_is_planned() -> None:
    found = mentions_of("The court ordered the former governor to appear in court on 3 July.")
    order = next(m for m in found if "ordered" in m.clause)
    assert (order.date_start, order.planned) == (FRIDAY, False)
    appearance = next(m for m in found if m.planned)
    assert (appearance.clause, appearance.date_start) == (
        "The former governor to appear in court on 3 July",
        dt.date(2026, 7, 3),
    )


def test_an_order_of_its_own_day_keeps_that_day() -> None:
    found = mentions_of("The judge on Thursday ordered the banker to appear in court on 3 July.")
    order = next(m for m in found if "ordered" in m.clause)
    assert order.date_start == dt.date(2026, 6, 18)


def test_a_summons_for_a_weekday_reads_the_day_ahead_of_the_summons() -> None:
    found = mentions_of("A tribunal summoned the mining minister to testify on Monday.")
    assert (dt.date(2026, 6, 22), True) in [(m.date_start, m.planned) for m in found]
    assert (FRIDAY, False) in [(m.date_start, m.planned) for m in found]


def test_a_persons_relative_clause_inside_the_subjects_phrase_leaves_the_sentence_whole() -> None:
    # "who" tells of the name nearest it, not of the appointment the main clause is about
    found = mentions_of("The appointment of Okoro, who will take charge on 1 October, comes at a hard time.")
    assert [m.clause for m in found if "Okoro will" in m.clause] == []
