"""An act told in the present perfect with no date is news of its report's days (issue 7, right date):
another report's act of days before is its happening only when it names that act's particulars; with a
count of its own it stands as the count of its report's day, otherwise it is an aside. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from events.merge.clusters import Cluster, _count_of_its_days, same_happening, stands_alone
from tests.reports import BODY_OPENING, report_mentions

TUESDAY = dt.date(2026, 3, 10)
THURSDAY = dt.date(2026, 3, 12)

TUBE_INSERTED = "Norvik Energy on Monday inserted a narrow tube into the broken pipe."
CASE_CONFIRMED = "Estmark on Monday confirmed one case of the fever."


def dated_on_monday(sentence: str) -> Cluster:
    """The happening a Tuesday report dates to Monday."""
    return Cluster([report_mentions(sentence, TUESDAY, name="first.txt")[0]])


def perfect_act(sentence: str, published: dt.date) -> Mention:
    """The mention of `sentence` read in the body of a later report, below its dated lead."""
    found = report_mentions(BODY_OPENING + sentence, published, name="later.txt")
    act = next(m for m in found if m.sentence.start >= len(BODY_OPENING))
    assert act.undated_past and act.date_basis == "publication", sentence
    return act


def test_a_perfect_act_days_later_naming_none_of_the_acts_particulars_is_not_that_act() -> None:
    happening = dated_on_monday(TUBE_INSERTED)
    video = perfect_act("Norvik Energy has also released a video of the leaking gas.", THURSDAY)
    assert not same_happening(video, happening)
    # (no count of its own: an aside of the report, not an event)
    assert not stands_alone(video, [happening])


def test_a_perfect_act_of_the_next_days_report_may_still_be_the_act() -> None:
    # (a report's news is of its day or the day before: the window a day wide is left as it was)
    video = perfect_act("Norvik Energy has also released a video of the leaking gas.", TUESDAY)
    assert same_happening(video, dated_on_monday(TUBE_INSERTED))


def test_a_perfect_act_days_later_in_the_acts_own_words_is_that_act() -> None:
    retold = perfect_act("Norvik Energy has inserted a narrow tube into the broken pipe.", THURSDAY)
    assert same_happening(retold, dated_on_monday(TUBE_INSERTED))


def test_a_perfect_count_days_later_stands_alone_as_news_of_its_report() -> None:
    happening = dated_on_monday(CASE_CONFIRMED)
    tally = perfect_act(
        "The health board has raised its count of confirmed cases of the fever from 140 to 185.", THURSDAY
    )
    assert not same_happening(tally, happening)
    assert stands_alone(tally, [happening])


def test_a_count_only_in_a_clause_of_time_is_no_count_of_the_reports_day() -> None:
    counted = perfect_act("Some 300 miners have been arrested since the strike began.", THURSDAY)
    aside = perfect_act("Hundreds of farms have been abandoned since a storm wrecked 14 bridges.", THURSDAY)
    assert _count_of_its_days(counted)
    assert not _count_of_its_days(aside)
