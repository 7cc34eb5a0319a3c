"""When a happening took place and what kind it is, read from the sentence around it (issue 7): the date
of a saying versus the dates in what was said, description of a speaker versus an act, background versus
the day's news, forecasts versus happenings. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.merge.clusters import cluster_mentions, title

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def mentions(text: str, published: dt.date = THU) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return extract_mentions(article, load_gazetteer())


def kinds(text: str, published: dt.date = THU) -> list[tuple[str, dt.date, dt.date]]:
    return [(m.event_type, m.date_start, m.date_end) for m in mentions(text, published)]


def test_remarks_are_dated_by_the_day_after_the_verb_of_saying_not_by_what_they_urge() -> None:
    text = (
        "The World Health Organization urged people to get vaccinated before winter, its spokesman said "
        "on Tuesday."
    )
    assert kinds(text) == [("statement", dt.date(2026, 3, 10), dt.date(2026, 3, 10))]


def test_remarks_in_a_statement_on_a_day_take_that_day() -> None:
    text = "Exxon called for calm before the summer holidays, the company said in a statement on Monday."
    assert [d for _, d, _ in kinds(text)] == [dt.date(2026, 3, 9)]


def test_what_describes_a_speaker_is_no_act_of_the_sentence() -> None:
    after = (
        '"They would not commit to it," said Jane Roe, a lawyer who is leading the lawsuits against Exxon.'
    )
    before = "Jane Roe, a lawyer who filed the lawsuit against the company, said the ruling was unfair."
    assert [t for t, _, _ in kinds(after)] == ["statement"]
    assert [t for t, _, _ in kinds(before)] == ["statement"]
    # an act told before the attribution keeps its own type
    assert [t for t, _, _ in kinds("Police arrested the mayor on Monday, said Jane Roe, a prosecutor.")] == [
        "arrest"
    ]


def test_a_denial_event_is_titled_from_the_report_that_denies() -> None:
    text = (
        "BP Plc told a court it was committed to waiving the cap on its liability from the spill. "
        '"BP has chosen to waive the statutory limitation," BP said in a court filing on Monday. '
        "In Monday's court filing, BP said it would waive the cap. BP also said it reserved the right to "
        "seek costs from its partners and denied engaging in grossly negligent conduct."
    )
    denials = [title(c) for c in cluster_mentions(mentions(text)) if c.event_type == "denial"]
    assert denials
    assert denials == ["BP denies engaging in grossly negligent conduct"]


LEAD = (
    "Rebels seized the town of Kamako on Tuesday, the army said. "
    "Thousands of residents fled across the river on Wednesday.\n\n"
)


def weak(text: str) -> list[tuple[str, bool]]:
    """(type, undated_past) of each mention below the two-sentence lead."""
    return [(m.event_type, m.undated_past) for m in mentions(LEAD + text)[2:]]


def test_an_undated_act_in_a_paragraph_dated_long_ago_is_background_not_the_days_news() -> None:
    text = "The rebel group was founded in 2012. Its fighters attacked an army base and killed 40 soldiers."
    assert weak(text) == [("attack", True)]


def test_an_undated_founding_is_background_but_an_aside_about_one_is_not() -> None:
    assert weak("The rebel commander founded the militia that attacked the convoy.") == [("attack", True)]
    text = "The group's leader, who founded the movement, was arrested by police in the capital."
    assert weak(text) == [("arrest", False)]


def test_an_undated_act_in_a_paragraph_of_recent_news_stays_the_days_news() -> None:
    text = "The army retook the bridge on Wednesday. Its soldiers arrested twelve fighters in the market."
    assert ("arrest", False) in weak(text)


def test_undated_background_is_left_out_of_the_events_unless_a_dated_report_tells_it() -> None:
    text = (
        LEAD
        + "The rebel group was founded in 2012. Its fighters attacked an army base and killed 40 soldiers."
    )
    assert not [c for c in cluster_mentions(mentions(text)) if c.event_type == "attack"]
